//! The handoff on Telegram: updates become the handoff's inputs, and its port
//! ([`Messenger`]) becomes Bot API calls. Copies go by `copyMessage` (no "forwarded from"
//! header, so neither sees who the other is), protected in the mediator's chat (nobody can
//! forward or save her message) and silent in hers. Cases are announced in the staff
//! group (a topic per case where the group is a forum), within the group's own limit:
//! Telegram allows about 20 messages a minute in a group, so a rush of cases is announced
//! a little later, never lost and never met with a storm of 429s.

use std::num::NonZeroU32;
use std::sync::Arc;
use std::time::Duration;

use governor::{DefaultDirectRateLimiter, Quota, RateLimiter};
use teloxide::prelude::*;
use teloxide::types::{
    CallbackQueryId, InlineKeyboardButton, InlineKeyboardMarkup, MessageId, ParseMode, ThreadId,
    Update, UpdateKind,
};

use super::delivery::{DELETABLE_SECONDS, delete_messages, send_reply};
use super::sender::{Cost, SendError, describe};
use super::{Handled, Telegram};
use crate::engine::{CallbackPayload, HandoffButton, Reply};
use crate::handoff::port::{
    Announcement, AnnouncementKind, MessageKind, NotPosted, Posted, Press, PrivateMessage,
    StaffNote, Status, Undelivered,
};
use crate::handoff::{Case, Messenger, Outcome};
use crate::store::{Channel, ContactKey, NewCase};

/// Calls a minute to the staff group.
#[derive(Debug, Clone, Copy)]
pub struct GroupLimit(pub NonZeroU32);

/// The staff group where cases are announced.
#[derive(Debug, Clone)]
pub struct StaffGroupSettings {
    pub chat: ChatId,
    /// A forum topic per case.
    pub topics: bool,
    pub limit: GroupLimit,
}

/// The staff group, and the pace of calls to it.
pub struct StaffGroup {
    settings: StaffGroupSettings,
    limiter: DefaultDirectRateLimiter,
}

impl StaffGroup {
    pub fn new(settings: StaffGroupSettings) -> StaffGroup {
        // Evenly spaced with no burst: never more than `limit` calls in any minute.
        let per_minute = settings.limit.0.get().max(2);
        let period = Duration::from_secs(60) / (per_minute - 1);
        let quota = Quota::with_period(period)
            .expect("a minute divided is not zero")
            .allow_burst(NonZeroU32::MIN);
        StaffGroup {
            settings,
            limiter: RateLimiter::direct(quota),
        }
    }

    async fn send(
        &self,
        tg: &Telegram,
        thread: Option<i32>,
        html: String,
        keyboard: Option<InlineKeyboardMarkup>,
    ) -> Result<Message, SendError> {
        let chat = self.settings.chat;
        self.limiter.until_ready().await;
        tg.sender
            .call(chat, Cost::Message, || {
                let mut request = tg
                    .bot
                    .send_message(chat, html.clone())
                    .parse_mode(ParseMode::Html);
                if let Some(thread) = thread {
                    request = request.message_thread_id(ThreadId(MessageId(thread)));
                }
                match &keyboard {
                    Some(k) => request.reply_markup(k.clone()),
                    None => request,
                }
            })
            .await
    }

    /// The case's forum topic, created on first use.
    async fn topic(&self, tg: &Telegram, case: &Case) -> Result<i32, SendError> {
        if let Some(thread) = case.staff_thread {
            return Ok(thread);
        }
        let chat = self.settings.chat;
        self.limiter.until_ready().await;
        let name: String = case.label().chars().take(128).collect();
        let topic = tg
            .sender
            .call(chat, Cost::Message, || {
                tg.bot.create_forum_topic(chat, name.clone())
            })
            .await?;
        Ok(topic.thread_id.0.0)
    }

    /// A status line (HTML) in the case's topic, or as an edit of its announcement.
    async fn status(&self, tg: &Telegram, case: &Case, html: &str) {
        let chat = self.settings.chat;
        let text = format!("{} {html}", escape(&case.label()));
        let result = match (case.staff_thread, case.staff_message) {
            (Some(thread), _) => self.send(tg, Some(thread), text, None).await.map(|_| ()),
            (None, Some(message)) => {
                self.limiter.until_ready().await;
                tg.sender
                    .call(chat, Cost::Edit, || {
                        tg.bot
                            .edit_message_text(chat, MessageId(message), text.clone())
                            .parse_mode(ParseMode::Html)
                    })
                    .await
                    .map(|_| ())
            }
            (None, None) => Ok(()),
        };
        if let Err(e) = result {
            tracing::warn!(error = %e, "status line not posted in the staff group");
        }
    }
}

impl Messenger for Telegram {
    fn channel(&self) -> Channel {
        Channel::Telegram
    }

    fn deletable_seconds(&self) -> i64 {
        DELETABLE_SECONDS
    }

    async fn send_to_her(
        &self,
        chat: i64,
        replies: &[Reply],
        sent: &mut Vec<i64>,
    ) -> Result<(), Undelivered> {
        let mut ids = Vec::new();
        let mut result = Ok(());
        for reply in replies {
            if let Err(e) = send_reply(self, ChatId(chat), reply, &mut ids).await {
                result = Err(undelivered(e));
                break;
            }
        }
        sent.extend(ids.iter().map(|id| i64::from(id.0)));
        result
    }

    async fn copy_to_mediator(
        &self,
        her_chat: i64,
        message: i64,
        mediator: i64,
    ) -> Result<i64, Undelivered> {
        let (from, to, message) = (ChatId(her_chat), ChatId(mediator), message_id(message)?);
        let copy = self
            .sender
            .call(to, Cost::Message, || {
                self.bot
                    .copy_message(to, from, message)
                    .protect_content(true)
            })
            .await
            .map_err(undelivered)?;
        Ok(i64::from(copy.0))
    }

    async fn copy_to_her(
        &self,
        mediator: i64,
        message: i64,
        her_chat: i64,
    ) -> Result<i64, Undelivered> {
        let (from, to, message) = (ChatId(mediator), ChatId(her_chat), message_id(message)?);
        // Silent: a sound could tell someone near her that she got a message (silent does
        // not hide its text on her lock screen: the safety screen tells her how to).
        let copy = self
            .sender
            .call(to, Cost::Message, || {
                self.bot
                    .copy_message(to, from, message)
                    .disable_notification(true)
            })
            .await
            .map_err(undelivered)?;
        Ok(i64::from(copy.0))
    }

    async fn delete(&self, chat: i64, messages: &[i64]) -> Result<(), Undelivered> {
        let ids: Vec<MessageId> = messages
            .iter()
            .filter_map(|id| i32::try_from(*id).ok().map(MessageId))
            .collect();
        // The caller tries again what failed (deleting twice is refused, which is fine).
        delete_messages(self, ChatId(chat), &ids)
            .await
            .map_err(undelivered)
    }

    async fn tell_staff(&self, user: i64, note: StaffNote) -> Result<i64, Undelivered> {
        let chat = ChatId(user);
        let keyboard = (!note.buttons.is_empty()).then(|| staff_keyboard(&note.buttons));
        // A table goes in a fixed-width block (HTML: every text inside is escaped, "<5"
        // standing for a group too small to show).
        let (text, html) = match &note.table {
            Some(table) => (
                format!("{}\n<pre>{}</pre>", escape(&note.text), escape(table)),
                true,
            ),
            None => (note.text, false),
        };
        let sent = self
            .sender
            .call(chat, Cost::Message, || {
                let mut request = self.bot.send_message(chat, text.clone());
                if html {
                    request = request.parse_mode(ParseMode::Html);
                }
                match &keyboard {
                    Some(k) => request.reply_markup(k.clone()),
                    None => request,
                }
            })
            .await
            .map_err(undelivered)?;
        Ok(i64::from(sent.id.0))
    }

    async fn answer_press(&self, press: &Press, text: &str) {
        let id = CallbackQueryId(press.id.clone());
        self.answer_button(ChatId(press.user), &id, text).await;
    }

    async fn announce(
        &self,
        case: &Case,
        announcement: &Announcement,
    ) -> Result<Posted, NotPosted> {
        let Some(group) = self.staff_group.as_ref() else {
            return Err(NotPosted {
                error: Undelivered::Refused("no staff group".into()),
                thread: None,
            });
        };
        let thread = match group.settings.topics {
            true => match group.topic(self, case).await {
                Ok(thread) => Some(thread),
                Err(e) => {
                    tracing::warn!(error = %e, "cannot create the case's topic");
                    None
                }
            },
            false => None,
        };
        let keyboard = staff_keyboard(&[vec![HandoffButton::Claim(case.id)]]);
        let html = announcement_html(case, announcement);
        let sent = group
            .send(self, thread, html, Some(keyboard))
            .await
            .map_err(|e| NotPosted {
                error: undelivered(e),
                thread,
            })?;
        Ok(Posted {
            message: Some(sent.id.0),
            thread,
        })
    }

    async fn post_status(&self, case: &Case, status: Status) {
        let Some(group) = self.staff_group.as_ref() else {
            return;
        };
        let html = match status {
            Status::Taken { mediator } => format!("✋ taken by {}", mention(mediator)),
            Status::Unanswered { minutes } => {
                format!("⏰ taken {minutes} min ago, no reply yet")
            }
            Status::Closed(outcome) => escape(&format!("✅ closed: {}", outcome.name())),
        };
        group.status(self, case, &html).await;
    }

    async fn forget_unreachable(&self, chat: i64) {
        self.forget_blocked(ChatId(chat)).await;
    }
}

impl Telegram {
    /// Hands conversations to mediators (the engine must have `Features::handoff` on),
    /// announcing cases in `group`.
    pub fn with_handoff(
        mut self,
        handoff: crate::handoff::Handoff,
        group: StaffGroupSettings,
    ) -> Self {
        self.handoff = Some(Arc::new(handoff));
        self.staff_group = Some(StaffGroup::new(group));
        self
    }

    /// Handles the updates that belong to the handoff: her messages and presses during a
    /// chat, the mediators' messages, staff commands and the chat's buttons. `None`: not
    /// ours (the engine answers).
    pub(super) async fn route_handoff(self: &Arc<Self>, update: &Update) -> Option<Handled> {
        let handoff = self.handoff.as_ref()?;
        let handled = match &update.kind {
            UpdateKind::CallbackQuery(query) => {
                let press = Press {
                    user: query.from.id.0 as i64,
                    private: query.message.as_ref().is_none_or(|m| m.chat().is_private()),
                    id: query.id.0.clone(),
                };
                handoff.press(self, &press, query.data.as_deref()?).await
            }
            UpdateKind::Message(message) if message.chat.is_private() => {
                handoff.message(self, &private_message(message)).await
            }
            _ => None,
        };
        handled.map(Handled::Handoff)
    }

    /// The engine asked for a person: open her case (or remind her of the one open); her
    /// replies go into `sent`, with the turn's.
    pub(super) async fn open_handoff(
        &self,
        chat: ChatId,
        new: NewCase<'_>,
        now: i64,
        sent: &mut Vec<MessageId>,
    ) -> Result<(), SendError> {
        let Some(handoff) = self.handoff.as_ref() else {
            return Ok(());
        };
        let key = ContactKey {
            channel: Channel::Telegram,
            chat_id: chat.0,
        };
        let Some(opening) = handoff.open(chat.0, new, key, now).await else {
            self.fallback_reply(chat).await;
            return Ok(());
        };
        for reply in &opening.replies {
            send_reply(self, chat, reply, sent).await?;
        }
        if opening.created {
            handoff.announce_soon();
        }
        Ok(())
    }

    /// She erased herself or blocked the bot: her open case closes.
    pub(super) async fn close_handoff_of(&self, chat: ChatId, outcome: Outcome) {
        if let Some(handoff) = self.handoff.as_ref() {
            handoff.close_of(self, chat.0, outcome).await;
        }
    }

    /// She used quick exit: nothing more reaches her chat until she writes again.
    pub(super) async fn pause_handoff_of(&self, chat: ChatId) {
        if let Some(handoff) = self.handoff.as_ref() {
            handoff.pause_of(chat.0).await;
        }
    }

    /// After her quick exit and the deletion of her chat: her copies in the mediator's
    /// chat go, then the mediator is told.
    pub(super) async fn finish_quick_exit_of(&self, chat: ChatId) {
        if let Some(handoff) = self.handoff.as_ref() {
            handoff.finish_quick_exit_of(self, chat.0).await;
        }
    }

    /// Whether `chat` is the private chat of a mediator who holds open cases.
    pub(super) fn has_cases(&self, chat: ChatId) -> bool {
        self.handoff
            .as_ref()
            .is_some_and(|handoff| handoff.has_cases(chat.0))
    }

    /// A mediator blocked the bot: their cases go back in the line.
    pub(super) async fn mediator_gone(&self, user: i64) {
        if let Some(handoff) = self.handoff.as_ref() {
            handoff.mediator_gone(self, user).await;
        }
    }

    /// The handoff's regular round (see `Handoff::tick`); tests call it with the time they
    /// choose.
    pub async fn handoff_tick(self: &Arc<Self>, now: i64) {
        if let Some(handoff) = self.handoff.as_ref() {
            handoff.tick(self, now).await;
        }
    }

    /// Runs the handoff's round every few seconds, and at once when a case opens, until
    /// `stopped`.
    pub async fn run_handoff(self: &Arc<Self>, stopped: tokio::sync::watch::Receiver<bool>) {
        if let Some(handoff) = self.handoff.as_ref() {
            Arc::clone(handoff).run(Arc::clone(self), stopped).await;
        }
    }
}

/// A message of a private chat, as the handoff reads it.
fn private_message(message: &Message) -> PrivateMessage {
    let kind = match (message.contact(), message.document()) {
        (Some(_), _) => MessageKind::Contact,
        (None, Some(_)) => MessageKind::Document,
        (None, None) => MessageKind::Other,
    };
    PrivateMessage {
        chat: message.chat.id.0,
        // In a private chat the sender is the chat's person.
        from: message
            .from
            .as_ref()
            .map_or(message.chat.id.0, |user| user.id.0 as i64),
        id: i64::from(message.id.0),
        text: message.text().map(str::to_string),
        kind,
        reply_to: message.reply_to_message().map(|m| i64::from(m.id.0)),
    }
}

/// A message id of ours as Telegram's (an id out of its range names no message).
fn message_id(id: i64) -> Result<MessageId, Undelivered> {
    i32::try_from(id)
        .map(MessageId)
        .map_err(|_| Undelivered::Refused("no such message".into()))
}

fn undelivered(error: SendError) -> Undelivered {
    match error {
        SendError::Blocked => Undelivered::Blocked,
        SendError::Refused(e) => Undelivered::Refused(describe(&e)),
        SendError::GaveUp(e) => Undelivered::Failed(describe(&e)),
        SendError::Withdrawn => Undelivered::Withdrawn,
    }
}

/// The announcement of a case in the staff group (HTML).
fn announcement_html(case: &Case, announcement: &Announcement) -> String {
    let label = escape(&case.label());
    let mut lines = vec![match announcement.kind {
        AnnouncementKind::Reminder {
            minutes,
            number,
            of,
        } => format!(
            "⏰ Nobody has taken case {label} for {minutes} min (reminder {number} of {of})."
        ),
        AnnouncementKind::New => format!("🆕 New case {label}"),
        AnnouncementKind::NewOffHours => format!(
            "🌙 New case {label} (outside staffed hours for {})",
            escape(&case.language)
        ),
    }];
    lines.push(format!("Waiting: {}", announcement.waiting));
    let mentions = |people: &[i64]| {
        people
            .iter()
            .map(|user| mention(*user))
            .collect::<Vec<_>>()
            .join(", ")
    };
    if !announcement.speakers.is_empty() {
        lines.push(format!(
            "Speaks {}: {}",
            escape(&case.language),
            mentions(&announcement.speakers)
        ));
    }
    if !announcement.others.is_empty() {
        lines.push(format!(
            "Other mediators: {}",
            mentions(&announcement.others)
        ));
    }
    lines.join("\n")
}

/// A mention of a staff member that notifies them, by id: staff have no name here.
fn mention(user: i64) -> String {
    format!("<a href=\"tg://user?id={user}\">mediator {user}</a>")
}

/// Text made safe for Telegram's HTML parse mode, which refuses a message with a stray `<`
/// or `&` (a "<5" in the figures, say) as a whole.
fn escape(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

fn staff_keyboard(rows: &[Vec<HandoffButton>]) -> InlineKeyboardMarkup {
    InlineKeyboardMarkup::new(
        rows.iter()
            .map(|row| row.iter().map(|b| staff_button(*b)).collect::<Vec<_>>()),
    )
}

/// A staff button of the chat, labelled after what it does to which case.
fn staff_button(button: HandoffButton) -> InlineKeyboardButton {
    let label = match button {
        HandoffButton::Claim(case) => format!("✋ Claim #{case}"),
        HandoffButton::Close(case) => format!("✅ Close #{case}"),
        HandoffButton::Switch(case) => format!("➡️ Switch to #{case}"),
        HandoffButton::Send { case, .. } => format!("➡️ Send to #{case}"),
        // Her buttons carry labels in her language, from the engine.
        HandoffButton::End | HandoffButton::Rate { .. } => String::new(),
    };
    InlineKeyboardButton::callback(label, CallbackPayload::Handoff(button).encode())
}
