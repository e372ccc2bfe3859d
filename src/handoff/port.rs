//! What the handoff needs from a channel, and what a channel gives it: the `Messenger`
//! port (send her a screen, copy a message either way, delete copies, write to a staff
//! member, announce a case to staff and post its status) and the inputs and outcomes of
//! the handoff in the channel's own terms. A channel implements the port; the handoff's
//! rules never see the channel's API.

use std::future::Future;

use super::{Case, Outcome};
use crate::engine::{HandoffButton, Reply};
use crate::store::Channel;

/// Why a message did not reach its chat.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Undelivered {
    /// The person blocked the bot or their account is gone: never retried.
    Blocked,
    /// Refused for good (a message of a kind that cannot be copied, deleted meanwhile…).
    Refused(String),
    /// Passing failures went on past the last attempt: worth trying again later.
    Failed(String),
    /// Sent, then deleted at once: she used quick exit while it was on its way.
    Withdrawn,
}

impl std::fmt::Display for Undelivered {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Undelivered::Blocked => f.write_str("the user blocked the bot or was deactivated"),
            Undelivered::Refused(why) => write!(f, "refused: {why}"),
            Undelivered::Failed(why) => write!(f, "gave up after repeated failures: {why}"),
            Undelivered::Withdrawn => f.write_str("withdrawn: she used quick exit meanwhile"),
        }
    }
}

impl std::error::Error for Undelivered {}

/// A message to a staff member: English text, an optional table shown in a fixed-width
/// font, and the case buttons under it.
#[derive(Debug, Clone, Default)]
pub struct StaffNote {
    pub text: String,
    pub table: Option<String>,
    pub buttons: Vec<Vec<HandoffButton>>,
}

impl StaffNote {
    pub fn text(text: impl Into<String>) -> StaffNote {
        StaffNote {
            text: text.into(),
            ..StaffNote::default()
        }
    }

    pub fn with_buttons(mut self, buttons: Vec<Vec<HandoffButton>>) -> StaffNote {
        self.buttons = buttons;
        self
    }
}

/// A case announced to staff, with a Claim button.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Announcement {
    pub kind: AnnouncementKind,
    /// Cases waiting now, this one included.
    pub waiting: usize,
    /// Mediators mentioned because they speak her language (empty outside staffed hours).
    pub speakers: Vec<i64>,
    /// The other mediators mentioned (when nobody speaks her language, or escalating).
    pub others: Vec<i64>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AnnouncementKind {
    New,
    /// New outside the staffed hours of her language.
    NewOffHours,
    /// Nobody took it: reminder `number` of `of`, `minutes` after it opened.
    Reminder {
        minutes: i64,
        number: i64,
        of: i64,
    },
}

/// Where an announcement landed: its message, and the case's thread where staff have one
/// per case.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Posted {
    pub message: Option<i32>,
    pub thread: Option<i32>,
}

/// A status line about a case for staff.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Status {
    Taken { mediator: i64 },
    Unanswered { minutes: i64 },
    Closed(Outcome),
}

/// A message in a private chat with the bot: hers during a case, or a staff member's.
/// Its `Debug` hides who wrote it and what.
#[derive(Clone)]
pub struct PrivateMessage {
    pub chat: i64,
    /// The sender (in a private chat, the chat's person).
    pub from: i64,
    pub id: i64,
    pub text: Option<String>,
    pub kind: MessageKind,
    /// The message it replies to, in the same chat.
    pub reply_to: Option<i64>,
}

/// What a message carries, as far as the rules tell kinds apart.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MessageKind {
    /// A contact card: a name and a number, never passed on.
    Contact,
    /// A file, which keeps hidden details (where and when a photo was taken).
    Document,
    /// Text, photos, voice and the rest.
    Other,
}

/// A press of one of the chat's buttons. Its `Debug` hides who pressed it.
#[derive(Clone)]
pub struct Press {
    pub user: i64,
    /// Pressed in a private chat (not in the staff group).
    pub private: bool,
    /// The channel's id of the press, to answer it.
    pub id: String,
}

impl std::fmt::Debug for PrivateMessage {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("PrivateMessage")
            .field("kind", &self.kind)
            .field("reply", &self.reply_to.is_some())
            .finish_non_exhaustive()
    }
}

impl std::fmt::Debug for Press {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Press")
            .field("private", &self.private)
            .finish_non_exhaustive()
    }
}

/// Why an announcement did not go, and the case's thread if one was made on the way (kept,
/// so that the next try does not make another).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NotPosted {
    pub error: Undelivered,
    pub thread: Option<i32>,
}

/// A channel as the handoff uses it. Chats and messages are the channel's ids; a staff
/// member's private chat is their user id.
pub trait Messenger: Send + Sync + 'static {
    /// The channel of her chats (the key her message ids are kept under).
    fn channel(&self) -> Channel;

    /// Sends screens to her chat, silently; the ids of what was sent go to `sent` as they
    /// are sent, even when a later one fails.
    fn send_to_her(
        &self,
        chat: i64,
        replies: &[Reply],
        sent: &mut Vec<i64>,
    ) -> impl Future<Output = Result<(), Undelivered>> + Send;

    /// A copy of her message in the mediator's chat, which the mediator cannot forward or
    /// save; its id there.
    fn copy_to_mediator(
        &self,
        her_chat: i64,
        message: i64,
        mediator: i64,
    ) -> impl Future<Output = Result<i64, Undelivered>> + Send;

    /// A silent copy of the mediator's message in her chat; its id there.
    fn copy_to_her(
        &self,
        mediator: i64,
        message: i64,
        her_chat: i64,
    ) -> impl Future<Output = Result<i64, Undelivered>> + Send;

    /// How long after sending the channel lets the bot delete a message in a private chat.
    fn deletable_seconds(&self) -> i64;

    /// Deletes messages of one chat; those refused one by one (too old, gone already)
    /// count as done.
    fn delete(
        &self,
        chat: i64,
        messages: &[i64],
    ) -> impl Future<Output = Result<(), Undelivered>> + Send;

    /// A message to a staff member's private chat; its id.
    fn tell_staff(
        &self,
        user: i64,
        note: StaffNote,
    ) -> impl Future<Output = Result<i64, Undelivered>> + Send;

    /// Answers a press (with a short notice when `text` is not empty).
    fn answer_press(&self, press: &Press, text: &str) -> impl Future<Output = ()> + Send;

    /// Announces a case to staff.
    fn announce(
        &self,
        case: &Case,
        announcement: &Announcement,
    ) -> impl Future<Output = Result<Posted, NotPosted>> + Send;

    /// Posts a status line about an announced case (failures are logged by the channel).
    fn post_status(&self, case: &Case, status: Status) -> impl Future<Output = ()> + Send;

    /// Her chat cannot be reached any more (she blocked the bot): forget her, as the
    /// channel does when it learns of a block, which closes her case.
    fn forget_unreachable(&self, chat: i64) -> impl Future<Output = ()> + Send;
}

/// How the handoff handled one input: one closed list, logged by name (never with
/// content or ids).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Handled {
    /// A staff command, answered.
    StaffCommand,
    Relayed,
    Held,
    HeldFull,
    NotPassed,
    Failed,
    Gone,
    Refused,
    Notice,
    FileWarning,
    ContactRefused,
    End,
    Rate,
    Claim,
    Staff,
    Reply,
    WhichCase,
    /// A button pressed where it means nothing (her End button in a group).
    Ignored,
}

impl Handled {
    pub fn name(self) -> &'static str {
        match self {
            Handled::StaffCommand => "staff-command",
            Handled::Relayed => "handoff-relayed",
            Handled::Held => "handoff-held",
            Handled::HeldFull => "handoff-held-full",
            Handled::NotPassed => "handoff-not-passed",
            Handled::Failed => "handoff-failed",
            Handled::Gone => "handoff-gone",
            Handled::Refused => "handoff-refused",
            Handled::Notice => "handoff-notice",
            Handled::FileWarning => "handoff-file-warning",
            Handled::ContactRefused => "handoff-contact-refused",
            Handled::End => "handoff-end",
            Handled::Rate => "handoff-rate",
            Handled::Claim => "handoff-claim",
            Handled::Staff => "handoff-staff",
            Handled::Reply => "handoff-reply",
            Handled::WhichCase => "handoff-which-case",
            Handled::Ignored => "ignored",
        }
    }
}
