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
mod cases;
mod copies;
mod held;
mod relay;
mod staff;

use std::sync::{Arc, Mutex, MutexGuard};

use teloxide::prelude::*;
use teloxide::types::{InlineKeyboardButton, MessageId, Update, UpdateKind};

use super::sender::Cost;
use super::{Handled, Telegram};
use crate::content::Action;
use crate::engine::{CallbackPayload, HandoffButton, HandoffNotice, Reply};
use crate::handoff::desks::{Desk, Her, Index, KeyedLocks};
use crate::handoff::{Outcome, StaffedHours};
use crate::staff::{Role, StaffMember};
use crate::store::{Channel, ContactKey, NewCase, Store, StoreError};

pub use announce::GroupLimit;

/// A closed chat may be rated for a day (counted from the end of the day it closed: the
/// store keeps the day only).
const RATING_WINDOW: i64 = 86_400;
/// A case nobody takes is announced again to the staff group at most this many times, and
/// she is told as many times that nobody is free yet; after that it waits, listed in
/// `/cases`, until someone takes it or it is closed for lack of activity.
const MAX_ESCALATION_NOTICES: i64 = 3;
/// Her messages a case keeps for the mediator before a claim, at most: passed on at the
/// claim, each at the mediator chat's pace (a second apart), so a flood of them would keep
/// the mediator's chat busy for minutes. She is told once when the rest is not kept.
pub const MAX_HELD: usize = 50;

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
    /// Days without a message either way after which a case is closed (`Outcome::Idle`).
    pub idle_days: i64,
}

pub struct Handoff {
    settings: HandoffSettings,
    index: Mutex<Index>,
    /// One lock per open case: a claim, a close and the messages of that chat do not
    /// interleave.
    case_locks: KeyedLocks,
    /// One lock per mediator's chat: a line naming a case and the message it names are
    /// never separated by a message of another case.
    desk_locks: KeyedLocks,
    /// Held messages being passed on to the other side (see `held`).
    passings: held::Passings,
    group: announce::Group,
    /// Wakes [`Telegram::run_handoff`] when a case opens.
    wake: tokio::sync::Notify,
}

impl Handoff {
    /// Loads the open cases, so that a restart changes nothing for anyone in a chat.
    pub async fn load(store: &Store, settings: HandoffSettings) -> Result<Handoff, StoreError> {
        let index = Index::of_open_cases(&store.open_cases().await?);
        let group = announce::Group::new(settings.staff_chat, settings.group_limit);
        Ok(Handoff {
            settings,
            index: Mutex::new(index),
            case_locks: KeyedLocks::default(),
            desk_locks: KeyedLocks::default(),
            passings: held::Passings::default(),
            group,
            wake: tokio::sync::Notify::new(),
        })
    }

    /// How many cases are open now.
    pub fn open_cases(&self) -> usize {
        self.index().women.len()
    }

    /// A sign of life in `case` (see `Store::note_case_activity`): a case is closed after
    /// `idle_days` without one.
    async fn note_activity(&self, tg: &Telegram, case: i64, her_chat: Option<i64>) {
        let now = crate::clock::now();
        let store = tg.conversations.store();
        if let Err(e) = store.note_case_activity(case, now, her_chat).await {
            tracing::warn!(error = %e, "cannot note a case's activity");
        }
    }

    /// The case a mediator's message goes to when that is clear already (a reply to a
    /// message of the case, or the desk's target), as `mediator_message` decides it.
    async fn mediator_target(&self, tg: &Telegram, user: i64, message: &Message) -> Option<i64> {
        if let Some(original) = message.reply_to_message() {
            let store = tg.conversations.store();
            return store
                .case_of_message(user, i64::from(original.id.0))
                .await
                .ok()
                .flatten();
        }
        self.index().desks.get(&user).and_then(Desk::target)
    }

    fn index(&self) -> MutexGuard<'_, Index> {
        self.index.lock().unwrap_or_else(|e| e.into_inner())
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
    /// Handles the updates that belong to the handoff: her messages and presses during a
    /// chat, the mediators' messages, staff commands and the chat's buttons. `None`: not
    /// ours (the engine answers).
    pub(super) async fn route_handoff(self: &Arc<Self>, update: &Update) -> Option<Handled> {
        let handoff = self.handoff.as_ref()?;
        match &update.kind {
            UpdateKind::CallbackQuery(query) => {
                let payload = CallbackPayload::parse(query.data.as_deref()?).ok()?;
                if let CallbackPayload::Handoff(button) = payload {
                    return handoff.button(self, query, button).await;
                }
                let user = query.from.id.0 as i64;
                let her = handoff.index().women.get(&user).copied()?;
                handoff.note_activity(self, her.case, Some(user)).await;
                match payload {
                    // Safety and the helplines stay one tap away during a chat.
                    CallbackPayload::Goto(node) if node == "danger" || node == "talk" => None,
                    CallbackPayload::Action(Action::Exit | Action::Forget) => None,
                    // The dialogues pause: a reminder of where she is instead.
                    _ => {
                        self.answer_button(ChatId(user), &query.id, "").await;
                        handoff.remind(self, ChatId(user), her).await;
                        Some(Handled::HandoffNotice)
                    }
                }
            }
            UpdateKind::Message(message) if message.chat.is_private() => {
                let chat = message.chat.id.0;
                let her = handoff.index().women.get(&chat).copied();
                if let Some(her) = her {
                    handoff.note_activity(self, her.case, Some(chat)).await;
                    return handoff.her_message(self, her.case, message).await;
                }
                if let Some(outcome) = handoff.staff_command(self, message).await {
                    return Some(outcome);
                }
                let user = message.from.as_ref()?.id.0 as i64;
                let has_desk = handoff.index().desks.contains_key(&user);
                if !has_desk {
                    return None;
                }
                if let Some(case) = handoff.mediator_target(self, user, message).await {
                    handoff.note_activity(self, case, None).await;
                }
                handoff.mediator_message(self, user, message).await
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
                let her = Her {
                    case: case.id,
                    mediator: None,
                    paused: false,
                    told_held_full: false,
                };
                handoff.index().women.insert(chat.0, her);
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
            false if case.mediator.is_some() => HandoffNotice::InChat,
            false => HandoffNotice::Already {
                case: case.id,
                position,
            },
        };
        let replies = self.her_notice(chat, notice, None).await;
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
        let case = handoff.index().women.get(&chat.0).map(|her| her.case);
        if let Some(case) = case {
            handoff.close(self, case, outcome).await;
        }
    }

    /// She used quick exit: someone may be near her. Nothing more reaches her chat until
    /// she writes again (the mediator is told once her messages are deleted:
    /// [`finish_quick_exit_of`](Self::finish_quick_exit_of)).
    pub(super) async fn pause_handoff_of(&self, chat: ChatId) {
        if let Some(handoff) = self.handoff.as_ref() {
            handoff.pause(self, chat).await;
        }
    }

    /// After her quick exit (and the deletion of her own chat's messages, which comes
    /// first: someone may be near her), her copies in the mediator's chat are deleted,
    /// then the mediator is told. What this misses (an error on the way) the handoff's
    /// next round deletes.
    pub(super) async fn finish_quick_exit_of(&self, chat: ChatId) {
        let Some(handoff) = self.handoff.as_ref() else {
            return;
        };
        let case = handoff.index().women.get(&chat.0).map(|her| her.case);
        if let Some(case) = case {
            handoff.delete_copies_of(self, case).await;
            handoff.tell_paused(self, chat).await;
        }
    }

    /// Whether `chat` is the private chat of a mediator who holds open cases.
    pub(super) fn has_cases(&self, chat: ChatId) -> bool {
        self.handoff
            .as_ref()
            .is_some_and(|handoff| handoff.index().desks.contains_key(&chat.0))
    }

    /// A mediator blocked the bot: their cases go back in the line.
    pub(super) async fn mediator_gone(&self, user: i64) {
        if let Some(handoff) = self.handoff.as_ref() {
            handoff.release_all_of(self, user).await;
        }
    }

    /// The handoff's regular round: closes the cases that ended without anyone saying so
    /// (no message for `idle_days`, or her contact purged), announces new cases, escalates
    /// those nobody took or answered in time, puts back in line the cases of mediators who
    /// left the staff, finishes hand-overs a restart cut short, passes on messages that
    /// could not be copied before, and deletes her copies that a restart or a failed call
    /// left in a mediator's chat. Runs every few seconds; tests call it with the time they
    /// choose.
    pub async fn handoff_tick(self: &Arc<Self>, now: i64) {
        if let Some(handoff) = self.handoff.as_ref() {
            handoff.close_idle(self, now).await;
            handoff.announce_due(self, now).await;
            handoff.remind_silent_mediators(self, now).await;
            handoff.release_orphans(self).await;
            handoff.finish_hand_overs(self, now).await;
            handoff.retry_held(self).await;
            handoff.delete_stale_copies(self, now).await;
        }
    }

    /// Runs [`handoff_tick`](Self::handoff_tick) every few seconds, and at once when a
    /// case opens, until `stopped`.
    pub async fn run_handoff(self: &Arc<Self>, mut stopped: tokio::sync::watch::Receiver<bool>) {
        let Some(handoff) = self.handoff.as_ref() else {
            return;
        };
        loop {
            self.handoff_tick(crate::clock::now()).await;
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
        let now = crate::clock::now();
        let menu = CallbackPayload::Action(Action::Menu).encode();
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

    /// A notice to her, rendered in her language from her saved state (in `language` when
    /// nothing is saved any more: her contact was purged).
    async fn her_notice(
        &self,
        chat: ChatId,
        notice: HandoffNotice<'_>,
        language: Option<&str>,
    ) -> Vec<Reply> {
        let key = her_key(chat.0);
        let saved = self
            .conversations
            .store()
            .load_conversation(key)
            .await
            .ok()
            .flatten()
            .map(|s| s.conversation);
        let fallback = language.map(|language| crate::engine::Conversation {
            locale: Some(language.to_string()),
            ..Default::default()
        });
        self.conversations
            .engine()
            .handoff_notice(saved.or(fallback).as_ref(), notice)
    }

    /// Sends a notice to her and keeps the ids for quick exit.
    async fn tell_her(&self, chat: ChatId, notice: HandoffNotice<'_>) {
        self.tell_her_in(chat, notice, None).await;
    }

    /// [`tell_her`](Self::tell_her), in `language` when nothing of her is saved.
    async fn tell_her_in(&self, chat: ChatId, notice: HandoffNotice<'_>, language: Option<&str>) {
        let replies = self.her_notice(chat, notice, language).await;
        let mut sent = Vec::new();
        for reply in &replies {
            if let Err(e) = super::delivery::send_reply(self, chat, reply, &mut sent).await {
                tracing::warn!(error = %e, "handoff notice not delivered");
                break;
            }
        }
        self.remember(her_key(chat.0), &sent, None, crate::clock::now())
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
