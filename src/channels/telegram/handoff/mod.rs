//! Talk to a person on Telegram. A case opens when she asks; it is announced in the staff
//! group (a topic per case where the group is a forum) with a Claim button; the mediator
//! who claims it talks with her in the mediator's own private chat with the bot, where the
//! bot copies messages both ways (`copyMessage`: no "forwarded from" header, so neither
//! sees who the other is). The group carries only announcements and status lines, within
//! its limit of about 20 messages a minute.
//!
//! The database is the truth (cases survive restarts); memory keeps an index of who is in
//! a case, so that the messages of everyone else pass with no query, and each mediator's
//! desk: which case their messages go to.

mod announce;
mod relay;
mod staff;

use std::collections::{BTreeSet, HashMap};
use std::sync::{Arc, Mutex, MutexGuard};

use teloxide::prelude::*;
use teloxide::types::{MessageId, Update, UpdateKind};

use super::Telegram;
use super::sender::Cost;
use crate::engine::{CallbackPayload, Command, HandoffButton, HandoffNotice, Reply};
use crate::handoff::{Case, Outcome, StaffedHours};
use crate::staff::{Role, StaffMember};
use crate::store::{Channel, ContactKey, NewCase, Store, StoreError};

pub use announce::GroupLimit;

/// A closed chat may be rated for a day.
const RATING_WINDOW: i64 = 86_400;
/// She is told at most this many times that nobody is free yet.
const MAX_ESCALATION_NOTICES: i64 = 3;

/// How the handoff works here (from `HandoffConfig`).
#[derive(Debug, Clone)]
pub struct HandoffSettings {
    pub staff_chat: ChatId,
    pub topics: bool,
    pub admins: Vec<i64>,
    /// Seconds a case may wait unclaimed in staffed hours before it is escalated.
    pub escalate_after: i64,
    pub hours: StaffedHours,
    pub group_limit: GroupLimit,
}

pub struct Handoff {
    settings: HandoffSettings,
    index: Mutex<Index>,
    /// One lock per open case: a claim, a close and her messages do not interleave.
    locks: Mutex<HashMap<i64, Arc<tokio::sync::Mutex<()>>>>,
    group: announce::Group,
    /// Wakes [`Telegram::run_handoff`] when a case opens.
    wake: tokio::sync::Notify,
}

/// Who is in a case now, mirrored from the database.
#[derive(Default)]
struct Index {
    /// Her chat id → her open case, and its mediator once claimed.
    women: HashMap<i64, (i64, Option<i64>)>,
    /// Mediators with open cases.
    desks: HashMap<i64, Desk>,
}

/// One mediator's cases, and where their messages go.
#[derive(Default)]
struct Desk {
    cases: BTreeSet<i64>,
    /// The case their messages go to when they do not reply to a particular message.
    active: Option<i64>,
    /// The case of the last message shown in their chat.
    shown: Option<i64>,
    /// A message sent while it was not clear for whom, waiting for their choice.
    held: Option<MessageId>,
}

impl Desk {
    /// The case a message that replies to nothing goes to: the only case, or the active
    /// one when the last message shown was of that case too. Otherwise the mediator is
    /// asked: a reply meant for one woman must never reach another.
    fn target(&self) -> Option<i64> {
        match (self.cases.len(), self.active) {
            (1, _) => self.cases.first().copied(),
            (_, Some(active)) if self.shown == Some(active) => Some(active),
            _ => None,
        }
    }
}

impl Handoff {
    /// Loads the open cases, so that a restart changes nothing for anyone in a chat.
    pub async fn load(store: &Store, settings: HandoffSettings) -> Result<Handoff, StoreError> {
        let mut index = Index::default();
        for case in store.open_cases().await? {
            if let Some(chat) = case.chat_id {
                index.women.insert(chat, (case.id, case.mediator));
            }
            if let Some(mediator) = case.mediator {
                index
                    .desks
                    .entry(mediator)
                    .or_default()
                    .cases
                    .insert(case.id);
            }
        }
        let group = announce::Group::new(settings.staff_chat, settings.group_limit);
        Ok(Handoff {
            settings,
            index: Mutex::new(index),
            locks: Mutex::new(HashMap::new()),
            group,
            wake: tokio::sync::Notify::new(),
        })
    }

    /// How many cases are open now.
    pub fn open_cases(&self) -> usize {
        self.index().women.len()
    }

    fn index(&self) -> MutexGuard<'_, Index> {
        self.index.lock().unwrap_or_else(|e| e.into_inner())
    }

    fn case_lock(&self, case: i64) -> Arc<tokio::sync::Mutex<()>> {
        let mut locks = self.locks.lock().unwrap_or_else(|e| e.into_inner());
        locks.entry(case).or_default().clone()
    }

    fn drop_lock(&self, case: i64) {
        let mut locks = self.locks.lock().unwrap_or_else(|e| e.into_inner());
        locks.remove(&case);
    }

    /// The staff member behind a user id, checked in the database every time (the first
    /// admins come from the settings).
    async fn staff_member(&self, tg: &Telegram, user: i64) -> Option<StaffMember> {
        if self.settings.admins.contains(&user) {
            return Some(StaffMember {
                user_id: user,
                role: Role::Admin,
                languages: vec![],
            });
        }
        match tg.conversations.store().staff_member(user).await {
            Ok(member) => member,
            Err(e) => {
                tracing::error!(error = %e, "cannot read staff roles");
                None
            }
        }
    }
}

/// Mediators and admins take cases; organisers do not.
fn takes_cases(member: &StaffMember) -> bool {
    matches!(member.role, Role::Mediator | Role::Admin)
}

impl Telegram {
    /// Handles the updates that belong to the handoff: her messages during a chat, the
    /// mediators' messages, staff commands and the chat's buttons. `None`: not ours.
    pub(super) async fn route_handoff(&self, update: &Update) -> Option<&'static str> {
        let handoff = self.handoff.as_ref()?;
        match &update.kind {
            UpdateKind::CallbackQuery(query) => {
                let data = query.data.as_deref()?;
                let Ok(CallbackPayload::Handoff(button)) = CallbackPayload::parse(data) else {
                    return None;
                };
                handoff.button(self, query, button).await
            }
            UpdateKind::Message(message) if message.chat.is_private() => {
                let chat = message.chat.id.0;
                let in_case = handoff.index().women.get(&chat).copied();
                if let Some((case, _)) = in_case {
                    return handoff.her_message(self, case, message).await;
                }
                if let Some(outcome) = handoff.staff_command(self, message).await {
                    return Some(outcome);
                }
                let user = message.from.as_ref()?.id.0 as i64;
                let has_desk = handoff.index().desks.contains_key(&user);
                match has_desk {
                    true => handoff.mediator_message(self, user, message).await,
                    false => None,
                }
            }
            _ => None,
        }
    }

    /// The engine asked for a person: open her case (or remind her of the one open).
    pub(super) async fn open_handoff(
        &self,
        chat: ChatId,
        new: NewCase<'_>,
        now: i64,
        sent: &mut Vec<MessageId>,
    ) -> Result<(), super::SendError> {
        let Some(handoff) = self.handoff.as_ref() else {
            return Ok(());
        };
        let store = self.conversations.store();
        let opened = store.open_case(chat.0, new, now).await;
        let (case, created) = match opened {
            Ok(opened) => opened,
            Err(e) => {
                tracing::error!(error = %e, "cannot open a case");
                self.fallback_reply(chat).await;
                return Ok(());
            }
        };
        let position = store.queue_position(case.id).await.unwrap_or(1);
        let notice = match created {
            true => {
                handoff.index().women.insert(chat.0, (case.id, None));
                tracing::info!(case = case.id, "case opened");
                let staffed = handoff.settings.hours.is_staffed(&case.language, now);
                HandoffNotice::Waiting {
                    case: case.id,
                    position,
                    away: (!staffed)
                        .then(|| handoff.settings.hours.team_for(&case.language))
                        .flatten(),
                }
            }
            false => HandoffNotice::Already {
                case: case.id,
                position,
            },
        };
        let replies = self.her_notice(chat, notice).await;
        for reply in &replies {
            super::delivery::send_reply(self, chat, reply, sent).await?;
        }
        if created {
            // Announced at once by the handoff's task, not at its next round: her reply
            // must not wait for the staff group's limit.
            handoff.wake.notify_one();
        }
        Ok(())
    }

    /// She erased herself or blocked the bot: her open case closes and its link to her
    /// goes; the mediator is told.
    pub(super) async fn close_handoff_of(&self, chat: ChatId, outcome: Outcome) {
        let Some(handoff) = self.handoff.as_ref() else {
            return;
        };
        let case = handoff.index().women.get(&chat.0).map(|(case, _)| *case);
        if let Some(case) = case {
            handoff.close(self, case, outcome).await;
        }
    }

    /// Checks the cases that wait: announces new ones, escalates those nobody took in
    /// time. Runs every few seconds; tests call it with the time they choose.
    pub async fn handoff_tick(&self, now: i64) {
        if let Some(handoff) = self.handoff.as_ref() {
            handoff.announce_due(self, now).await;
            handoff.release_orphans(self).await;
        }
    }

    /// Announces and escalates cases every few seconds, and at once when one opens,
    /// until `stopped`.
    pub async fn run_handoff(&self, mut stopped: tokio::sync::watch::Receiver<bool>) {
        let Some(handoff) = self.handoff.as_ref() else {
            return;
        };
        loop {
            self.handoff_tick(crate::conversation::unix_now()).await;
            tokio::select! {
                _ = stopped.wait_for(|stop| *stop) => return,
                _ = handoff.wake.notified() => {}
                _ = tokio::time::sleep(std::time::Duration::from_secs(5)) => {}
            }
        }
    }

    /// Her menu, as if she had pressed Menu, after a chat ends.
    async fn show_menu(&self, chat: ChatId) {
        let key = her_key(chat.0);
        let now = crate::conversation::unix_now();
        let menu = CallbackPayload::Action(crate::content::Action::Menu).encode();
        let effects = match self
            .conversations
            .handle(key, crate::engine::Inbound::Button(menu), now)
            .await
        {
            Ok(effects) => effects,
            Err(e) => {
                tracing::error!(error = %e, "store error");
                return;
            }
        };
        let mut sent = Vec::new();
        for effect in &effects {
            if let crate::engine::Outbound::Reply(reply) = effect
                && super::delivery::send_reply(self, chat, reply, &mut sent)
                    .await
                    .is_err()
            {
                break;
            }
        }
        self.remember(key, &sent, None, now).await;
    }

    /// A notice to her, rendered in her language from her saved state.
    async fn her_notice(&self, chat: ChatId, notice: HandoffNotice<'_>) -> Vec<Reply> {
        let key = her_key(chat.0);
        let saved = self
            .conversations
            .store()
            .load_conversation(key)
            .await
            .ok()
            .flatten();
        self.conversations
            .engine()
            .handoff_notice(saved.as_ref().map(|s| &s.conversation), notice)
    }

    /// Sends a notice to her and keeps the ids for quick exit.
    async fn tell_her(&self, chat: ChatId, notice: HandoffNotice<'_>) {
        let replies = self.her_notice(chat, notice).await;
        let mut sent = Vec::new();
        for reply in &replies {
            if let Err(e) = super::delivery::send_reply(self, chat, reply, &mut sent).await {
                tracing::warn!(error = %e, "handoff notice not delivered");
                break;
            }
        }
        self.remember(
            her_key(chat.0),
            &sent,
            None,
            crate::conversation::unix_now(),
        )
        .await;
    }

    /// A short text to a staff member's private chat.
    async fn tell_staff(
        &self,
        user: i64,
        text: String,
        keyboard: Option<teloxide::types::InlineKeyboardMarkup>,
    ) -> Result<Message, super::SendError> {
        let chat = ChatId(user);
        self.sender
            .call(chat, Cost::Message, || {
                let request = self.bot.send_message(chat, text.clone());
                match &keyboard {
                    Some(k) => request.reply_markup(k.clone()),
                    None => request,
                }
            })
            .await
    }
}

fn her_key(chat: i64) -> ContactKey {
    ContactKey {
        channel: Channel::Telegram,
        chat_id: chat,
    }
}

/// What a command she types during a chat means.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum HerCommand {
    /// `/end`: she ends the chat (not a command of the engine).
    End,
    /// One of the engine's commands.
    Engine(Command),
}

/// `None` for anything that is not a known command: that goes to the mediator, even when
/// it starts with a slash.
fn her_command(message: &Message) -> Option<HerCommand> {
    let text = message.text()?;
    let word = text
        .trim_start()
        .strip_prefix('/')?
        .split_whitespace()
        .next()
        .unwrap_or("");
    if word
        .split('@')
        .next()
        .unwrap_or("")
        .eq_ignore_ascii_case("end")
    {
        return Some(HerCommand::End);
    }
    Command::parse(text)
        .filter(|c| *c != Command::Unknown)
        .map(HerCommand::Engine)
}

impl Handoff {
    /// Closes a case: the database first (one winner), then memory, then everyone is
    /// told. She gets the closing message, a rating and the menu when the chat ended
    /// normally; after /forget or a block she gets nothing more.
    async fn close(&self, tg: &Telegram, case_id: i64, outcome: Outcome) {
        let lock = self.case_lock(case_id);
        let _guard = lock.lock().await;
        let now = crate::conversation::unix_now();
        let closed = match tg
            .conversations
            .store()
            .close_case(case_id, outcome, now)
            .await
        {
            Ok(Some(case)) => case,
            Ok(None) => return,
            Err(e) => {
                tracing::error!(error = %e, "cannot close a case");
                return;
            }
        };
        {
            let mut index = self.index();
            if let Some(chat) = closed.chat_id {
                index.women.remove(&chat);
            }
            if let Some(mediator) = closed.mediator
                && let Some(desk) = index.desks.get_mut(&mediator)
            {
                desk.cases.remove(&case_id);
                if desk.active == Some(case_id) {
                    desk.active = None;
                }
                if desk.cases.is_empty() {
                    index.desks.remove(&mediator);
                }
            }
        }
        self.drop_lock(case_id);
        tracing::info!(case = case_id, outcome = outcome.name(), "case closed");
        if let Some(chat) = closed.chat_id.map(ChatId)
            && matches!(outcome, Outcome::Ended | Outcome::Closed)
        {
            tg.tell_her(
                chat,
                HandoffNotice::Ended {
                    case: case_id,
                    by_mediator: outcome == Outcome::Closed,
                },
            )
            .await;
            tg.show_menu(chat).await;
        }
        if let Some(mediator) = closed.mediator {
            let why = match outcome {
                Outcome::Ended => "she ended the chat",
                Outcome::Closed => "closed",
                Outcome::Forgotten => "she erased her data (/forget)",
                Outcome::Blocked => "she blocked the bot",
            };
            let _ = tg
                .tell_staff(
                    mediator,
                    format!("✅ Case {}: {why}.", closed.label()),
                    None,
                )
                .await;
        }
        self.group
            .status(tg, &closed, &format!("✅ closed: {}", outcome.name()))
            .await;
    }

    /// The chat's buttons. Staff buttons check the role each time; anyone else pressing
    /// one gets a short answer and nothing happens.
    async fn button(
        &self,
        tg: &Telegram,
        query: &teloxide::types::CallbackQuery,
        button: HandoffButton,
    ) -> Option<&'static str> {
        let user = query.from.id.0 as i64;
        let private = query.message.as_ref().is_none_or(|m| m.chat().is_private());
        let answer = |text: &'static str| async move {
            let _ = tg
                .sender
                .call(ChatId(user), Cost::Free, || {
                    let request = tg.bot.answer_callback_query(query.id.clone());
                    match text.is_empty() {
                        true => request,
                        false => request.text(text),
                    }
                })
                .await;
        };
        match button {
            HandoffButton::End => {
                let case = self.index().women.get(&user).map(|(case, _)| *case);
                let case = case.filter(|_| private)?;
                answer("").await;
                self.close(tg, case, Outcome::Ended).await;
                Some("handoff-end")
            }
            HandoffButton::Rate { case, score } => {
                answer("").await;
                if !private {
                    return Some("ignored");
                }
                let now = crate::conversation::unix_now();
                let rated = tg
                    .conversations
                    .store()
                    .rate_case(case, i64::from(score), now, RATING_WINDOW)
                    .await
                    .unwrap_or(false);
                if rated {
                    tg.tell_her(ChatId(user), HandoffNotice::Thanks).await;
                }
                Some("handoff-rate")
            }
            HandoffButton::Claim(case) => {
                let Some(member) = self.staff_member(tg, user).await.filter(takes_cases) else {
                    answer("Only mediators can take cases.").await;
                    return Some("handoff-refused");
                };
                let said = self.claim(tg, case, &member).await;
                answer(said).await;
                Some("handoff-claim")
            }
            HandoffButton::Close(case) | HandoffButton::Switch(case) => {
                let member = self.staff_member(tg, user).await.filter(takes_cases);
                let holds = self
                    .index()
                    .desks
                    .get(&user)
                    .is_some_and(|d| d.cases.contains(&case));
                if member.is_none() || !holds || !private {
                    answer("This is not one of your cases.").await;
                    return Some("handoff-refused");
                }
                answer("").await;
                match button {
                    HandoffButton::Close(_) => self.close(tg, case, Outcome::Closed).await,
                    _ => self.switch(tg, user, case).await,
                }
                Some("handoff-staff")
            }
        }
    }

    /// A mediator takes a case. Returns what the button answers.
    async fn claim(&self, tg: &Telegram, case_id: i64, member: &StaffMember) -> &'static str {
        let lock = self.case_lock(case_id);
        let _guard = lock.lock().await;
        let store = tg.conversations.store();
        let now = crate::conversation::unix_now();
        match store.claim_case(case_id, member.user_id, now).await {
            Ok(true) => {}
            Ok(false) => return "Someone else took this case, or it is closed.",
            Err(e) => {
                tracing::error!(error = %e, "cannot claim a case");
                return "Something went wrong; try again.";
            }
        }
        let Ok(Some(case)) = store.case(case_id).await else {
            return "Something went wrong; try again.";
        };
        let intro = format!(
            "✋ You have case {}.\nHer messages will appear here. What you send here goes \
             to her, copied by the bot: she does not see your name and you do not see hers.\n\
             With several cases, reply to one of her messages to answer her. /cases lists \
             your cases; /close ends this one.",
            case.label()
        );
        let keyboard = close_keyboard(&case);
        let sent = tg.tell_staff(member.user_id, intro, Some(keyboard)).await;
        let intro = match sent {
            Ok(message) => message,
            Err(e) => {
                // Most often: they never opened a private chat with the bot.
                tracing::warn!(error = %e, "cannot reach the mediator: case back in line");
                let _ = store.release_case(case_id, member.user_id).await;
                return "Open a private chat with the bot and press Start, then claim again.";
            }
        };
        let _ = store
            .note_case_message(member.user_id, i64::from(intro.id.0), case_id)
            .await;
        let chat = case.chat_id;
        {
            let mut index = self.index();
            if let Some(chat) = chat {
                index.women.insert(chat, (case_id, Some(member.user_id)));
            }
            let desk = index.desks.entry(member.user_id).or_default();
            desk.cases.insert(case_id);
            desk.active = Some(case_id);
            desk.shown = Some(case_id);
        }
        tracing::info!(case = case_id, "case claimed");
        if let Some(chat) = chat.map(ChatId) {
            self.pass_held(tg, &case, chat, member.user_id).await;
            tg.tell_her(chat, HandoffNotice::Joined).await;
        }
        self.group.claimed(tg, &case, member.user_id).await;
        "The case is yours: open your private chat with the bot."
    }

    /// The mediator's messages go to `case` from now on; a message held while that was
    /// unclear goes now.
    async fn switch(&self, tg: &Telegram, user: i64, case: i64) {
        let held = {
            let mut index = self.index();
            let Some(desk) = index.desks.get_mut(&user) else {
                return;
            };
            desk.active = Some(case);
            desk.shown = Some(case);
            desk.held.take()
        };
        let label = match tg.conversations.store().case(case).await {
            Ok(Some(case)) => case.label(),
            _ => format!("#{case}"),
        };
        let _ = tg
            .tell_staff(
                user,
                format!("➡️ Your messages now go to case {label}."),
                None,
            )
            .await;
        if let Some(message) = held {
            self.relay_to_her(tg, user, case, message).await;
        }
    }

    /// Cases whose mediator is no longer staff go back in the line.
    async fn release_orphans(&self, tg: &Telegram) {
        let mediators: Vec<i64> = self.index().desks.keys().copied().collect();
        for mediator in mediators {
            if self
                .staff_member(tg, mediator)
                .await
                .is_some_and(|m| takes_cases(&m))
            {
                continue;
            }
            let cases: Vec<i64> = self
                .index()
                .desks
                .get(&mediator)
                .map(|d| d.cases.iter().copied().collect())
                .unwrap_or_default();
            for case in cases {
                self.release(tg, case, mediator).await;
            }
        }
    }

    /// Puts a claimed case back in the line and tells her.
    async fn release(&self, tg: &Telegram, case_id: i64, mediator: i64) {
        let store = tg.conversations.store();
        if !store.release_case(case_id, mediator).await.unwrap_or(false) {
            return;
        }
        let chat = {
            let mut index = self.index();
            if let Some(desk) = index.desks.get_mut(&mediator) {
                desk.cases.remove(&case_id);
                if desk.active == Some(case_id) {
                    desk.active = None;
                }
                if desk.cases.is_empty() {
                    index.desks.remove(&mediator);
                }
            }
            let chat = index
                .women
                .iter()
                .find(|(_, (case, _))| *case == case_id)
                .map(|(chat, _)| *chat);
            if let Some(chat) = chat {
                index.women.insert(chat, (case_id, None));
            }
            chat
        };
        tracing::info!(case = case_id, "case back in line");
        if let Some(chat) = chat {
            tg.tell_her(ChatId(chat), HandoffNotice::MediatorLeft).await;
        }
    }
}

fn close_keyboard(case: &Case) -> teloxide::types::InlineKeyboardMarkup {
    use teloxide::types::InlineKeyboardButton;
    teloxide::types::InlineKeyboardMarkup::new(vec![vec![InlineKeyboardButton::callback(
        format!("✅ Close #{}", case.id),
        CallbackPayload::Handoff(HandoffButton::Close(case.id)).encode(),
    )]])
}
