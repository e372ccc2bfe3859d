//! The handoff service: who is in a case, the locks that keep a case's events in order,
//! and the entry points a channel calls (her messages and presses during a case, the
//! mediators' messages, staff commands, a case opened by the engine, her quick exit,
//! /forget and a block, and the regular round).
//!
//! The database is the truth (cases survive restarts); memory keeps an index of who is in
//! a case, so that the messages of everyone else pass with no query, and each mediator's
//! desk: which case their messages go to.

use std::sync::{Arc, Mutex, MutexGuard};

use super::desks::{Desk, Her, Index, KeyedLocks};
use super::held::Passings;
use super::port::{Handled, Messenger, Press, PrivateMessage};
use super::{Outcome, StaffedHours};
use crate::content::Action;
use crate::conversation::Conversations;
use crate::engine::{CallbackPayload, HandoffNotice, Reply};
use crate::staff::{Role, StaffMember};
use crate::store::{ContactKey, NewCase, Store, StoreError};

/// A closed chat may be rated for a day (counted from the end of the day it closed: the
/// store keeps the day only).
pub(super) const RATING_WINDOW: i64 = 86_400;
/// A case nobody takes is announced again to staff at most this many times, and she is
/// told as many times that nobody is free yet; after that it waits, listed in `/cases`,
/// until someone takes it or it is closed for lack of activity.
pub(super) const MAX_ESCALATION_NOTICES: i64 = 3;
/// Her messages a case keeps for the mediator before a claim, at most: passed on at the
/// claim, each at the mediator chat's pace (a second apart), so a flood of them would keep
/// the mediator's chat busy for minutes. She is told once when the rest is not kept.
pub const MAX_HELD: usize = 50;

/// How the handoff works here, whatever the channel.
#[derive(Debug, Clone)]
pub struct HandoffSettings {
    /// The first admins (their user ids), from the configuration.
    pub admins: Vec<i64>,
    /// Seconds a case may wait unclaimed in staffed hours before it is escalated.
    pub escalate_after: i64,
    pub hours: StaffedHours,
    /// Days without a message either way after which a case is closed (`Outcome::Idle`).
    pub idle_days: i64,
}

pub struct Handoff {
    pub(super) settings: HandoffSettings,
    pub(super) conversations: Conversations,
    index: Mutex<Index>,
    /// One lock per open case: a claim, a close and the messages of that chat do not
    /// interleave.
    pub(super) case_locks: KeyedLocks,
    /// One lock per mediator's chat: a line naming a case and the message it names are
    /// never separated by a message of another case.
    pub(super) desk_locks: KeyedLocks,
    /// Held messages being passed on to the other side (see `held`).
    pub(super) passings: Passings,
    /// One announcing round at a time, so that no case is announced twice.
    pub(super) announcing: tokio::sync::Mutex<()>,
    /// Wakes [`run`](Self::run) when a case opens or goes back in line.
    pub(super) wake: tokio::sync::Notify,
}

/// A case the engine asked for: what she is told, and whether it is new.
pub struct Opening {
    pub replies: Vec<Reply>,
    pub created: bool,
}

impl Handoff {
    /// Loads the open cases, so that a restart changes nothing for anyone in a chat.
    pub async fn load(
        conversations: Conversations,
        settings: HandoffSettings,
    ) -> Result<Handoff, StoreError> {
        let index = Index::of_open_cases(&conversations.store().open_cases().await?);
        Ok(Handoff {
            settings,
            conversations,
            index: Mutex::new(index),
            case_locks: KeyedLocks::default(),
            desk_locks: KeyedLocks::default(),
            passings: Passings::default(),
            announcing: tokio::sync::Mutex::new(()),
            wake: tokio::sync::Notify::new(),
        })
    }

    /// How many cases are open now.
    pub fn open_cases(&self) -> usize {
        self.index().women.len()
    }

    pub(super) fn store(&self) -> &Store {
        self.conversations.store()
    }

    pub(super) fn index(&self) -> MutexGuard<'_, Index> {
        self.index.lock().unwrap_or_else(|e| e.into_inner())
    }

    /// A press of a button by anyone. The handoff's own buttons are its to answer; her
    /// other buttons during a case pause the dialogues (a reminder of where she is
    /// instead), except safety, the helplines, quick exit and /forget. `None`: not the
    /// handoff's (the engine answers).
    pub async fn press<M: Messenger>(
        self: &Arc<Self>,
        m: &Arc<M>,
        press: &Press,
        payload: &str,
    ) -> Option<Handled> {
        let payload = CallbackPayload::parse(payload).ok()?;
        if let CallbackPayload::Handoff(button) = payload {
            return self.button(m, press, button).await;
        }
        let her = self.index().women.get(&press.user).copied()?;
        self.note_activity(her.case, Some(press.user)).await;
        match payload {
            // Safety and the helplines stay one tap away during a chat.
            CallbackPayload::Goto(node) if node == "danger" || node == "talk" => None,
            CallbackPayload::Action(Action::Exit | Action::Forget) => None,
            _ => {
                m.answer_press(press, "").await;
                self.remind(m.as_ref(), press.user, her).await;
                Some(Handled::Notice)
            }
        }
    }

    /// A message in a private chat: hers during a case, a staff command, or a mediator's
    /// message for a woman. `None`: not the handoff's (the engine answers).
    pub async fn message<M: Messenger>(
        self: &Arc<Self>,
        m: &Arc<M>,
        message: &PrivateMessage,
    ) -> Option<Handled> {
        let her = self.index().women.get(&message.chat).copied();
        if let Some(her) = her {
            self.note_activity(her.case, Some(message.chat)).await;
            return self.her_message(m, her.case, message).await;
        }
        if let Some(handled) = self.staff_command(m.as_ref(), message).await {
            return Some(handled);
        }
        if !self.has_cases(message.from) {
            return None;
        }
        if let Some(case) = self.mediator_target(message).await {
            self.note_activity(case, None).await;
        }
        self.mediator_message(m.as_ref(), message).await
    }

    /// The engine asked for a person: open her case (or remind her of the one open).
    /// `None` when the database failed. Once her replies are sent, call
    /// [`announce_soon`](Self::announce_soon) for a new case.
    pub async fn open(
        &self,
        chat: i64,
        new: NewCase<'_>,
        key: ContactKey,
        now: i64,
    ) -> Option<Opening> {
        let store = self.store();
        let (case, created) = match store.open_case(chat, new, now).await {
            Ok(opened) => opened,
            Err(e) => {
                tracing::error!(error = %e, "cannot open a case");
                return None;
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
                self.index().women.insert(chat, her);
                tracing::info!(case = case.id, "case opened");
                let staffed = self.settings.hours.is_staffed(&case.language, now);
                HandoffNotice::Waiting {
                    case: case.id,
                    position,
                    away: (!staffed)
                        .then(|| self.settings.hours.team_for(&case.language))
                        .flatten(),
                }
            }
            false if case.mediator.is_some() => HandoffNotice::InChat,
            false => HandoffNotice::Already {
                case: case.id,
                position,
            },
        };
        let replies = self.her_notice(key, notice, None).await;
        Some(Opening { replies, created })
    }

    /// Announces new cases at once (not at the round's next turn): called after her reply
    /// went, which must not wait for the staff group's limit.
    pub fn announce_soon(&self) {
        self.wake.notify_one();
    }

    /// She erased herself or blocked the bot: her open case closes and its link to her
    /// goes; the mediator is told.
    pub async fn close_of<M: Messenger>(&self, m: &M, chat: i64, outcome: Outcome) {
        let case = self.index().women.get(&chat).map(|her| her.case);
        if let Some(case) = case {
            self.close(m, case, outcome).await;
        }
    }

    /// After her quick exit (and the deletion of her own chat's messages, which comes
    /// first: someone may be near her), her copies in the mediator's chat are deleted,
    /// then the mediator is told. What this misses (an error on the way) the next round
    /// deletes.
    pub async fn finish_quick_exit_of<M: Messenger>(&self, m: &M, chat: i64) {
        let case = self.index().women.get(&chat).map(|her| her.case);
        if let Some(case) = case {
            self.delete_copies_of(m, case).await;
            self.tell_paused(m, chat).await;
        }
    }

    /// Whether `user` is a mediator who holds open cases.
    pub fn has_cases(&self, user: i64) -> bool {
        self.index().desks.contains_key(&user)
    }

    /// A mediator blocked the bot: their cases go back in the line.
    pub async fn mediator_gone<M: Messenger>(&self, m: &M, user: i64) {
        self.release_all_of(m, user).await;
    }

    /// The regular round: closes the cases that ended without anyone saying so (no
    /// message for `idle_days`, or her contact purged), announces new cases, escalates
    /// those nobody took or answered in time, puts back in line the cases of mediators who
    /// left the staff, finishes hand-overs a restart cut short, passes on messages that
    /// could not be copied before, and deletes her copies that a restart or a failed call
    /// left in a mediator's chat. Runs every few seconds; tests call it with the time they
    /// choose.
    pub async fn tick<M: Messenger>(self: &Arc<Self>, m: &Arc<M>, now: i64) {
        self.close_idle(m.as_ref(), now).await;
        self.announce_due(m.as_ref(), now).await;
        self.remind_silent_mediators(m.as_ref(), now).await;
        self.release_orphans(m.as_ref()).await;
        self.finish_hand_overs(m, now).await;
        self.retry_held(m).await;
        self.delete_stale_copies(m.as_ref(), now).await;
    }

    /// Runs [`tick`](Self::tick) every few seconds, and at once when a case opens, until
    /// `stopped`.
    pub async fn run<M: Messenger>(
        self: Arc<Self>,
        m: Arc<M>,
        mut stopped: tokio::sync::watch::Receiver<bool>,
    ) {
        loop {
            self.tick(&m, crate::clock::now()).await;
            tokio::select! {
                _ = stopped.wait_for(|stop| *stop) => return,
                _ = self.wake.notified() => {}
                _ = tokio::time::sleep(std::time::Duration::from_secs(5)) => {}
            }
        }
    }

    /// A sign of life in `case` (see `Store::note_case_activity`): a case is closed after
    /// `idle_days` without one.
    pub(super) async fn note_activity(&self, case: i64, her_chat: Option<i64>) {
        let now = crate::clock::now();
        if let Err(e) = self.store().note_case_activity(case, now, her_chat).await {
            tracing::warn!(error = %e, "cannot note a case's activity");
        }
    }

    /// The case a mediator's message goes to when that is clear already (a reply to a
    /// message of the case, or the desk's target), as `mediator_message` decides it.
    async fn mediator_target(&self, message: &PrivateMessage) -> Option<i64> {
        if let Some(original) = message.reply_to {
            return self
                .store()
                .case_of_message(message.from, original)
                .await
                .ok()
                .flatten();
        }
        self.index().desks.get(&message.from).and_then(Desk::target)
    }

    /// The staff member behind a user id, checked in the database every time (the first
    /// admins come from the settings).
    pub(super) async fn staff_member(&self, user: i64) -> Option<StaffMember> {
        if self.settings.admins.contains(&user) {
            return Some(StaffMember {
                user_id: user,
                role: Role::Admin,
                languages: vec![],
            });
        }
        match self.store().staff_member(user).await {
            Ok(member) => member,
            Err(e) => {
                tracing::error!(error = %e, "cannot read staff roles");
                None
            }
        }
    }

    pub(super) fn her_key<M: Messenger>(m: &M, chat: i64) -> ContactKey {
        ContactKey {
            channel: m.channel(),
            chat_id: chat,
        }
    }

    /// Keeps the ids of messages in her chat for quick exit.
    pub(super) async fn remember(&self, key: ContactKey, ids: &[i64], now: i64) {
        if let Err(e) = self.store().remember_messages(key, ids, now).await {
            tracing::error!(error = %e, "cannot remember message ids");
        }
    }

    /// Her menu, as if she had pressed Menu, after a chat ends.
    pub(super) async fn show_menu<M: Messenger>(&self, m: &M, chat: i64) {
        let key = Self::her_key(m, chat);
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
        let replies: Vec<Reply> = effects
            .into_iter()
            .filter_map(|effect| match effect {
                crate::engine::Outbound::Reply(reply) => Some(reply),
                _ => None,
            })
            .collect();
        let mut sent = Vec::new();
        let _ = m.send_to_her(chat, &replies, &mut sent).await;
        self.remember(key, &sent, now).await;
    }

    /// A notice to her, rendered in her language from her saved state (in `language` when
    /// nothing is saved any more: her contact was purged).
    async fn her_notice(
        &self,
        key: ContactKey,
        notice: HandoffNotice<'_>,
        language: Option<&str>,
    ) -> Vec<Reply> {
        let saved = self
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
    pub(super) async fn tell_her<M: Messenger>(&self, m: &M, chat: i64, notice: HandoffNotice<'_>) {
        self.tell_her_in(m, chat, notice, None).await;
    }

    /// [`tell_her`](Self::tell_her), in `language` when nothing of her is saved.
    pub(super) async fn tell_her_in<M: Messenger>(
        &self,
        m: &M,
        chat: i64,
        notice: HandoffNotice<'_>,
        language: Option<&str>,
    ) {
        let key = Self::her_key(m, chat);
        let replies = self.her_notice(key, notice, language).await;
        let mut sent = Vec::new();
        if let Err(e) = m.send_to_her(chat, &replies, &mut sent).await {
            tracing::warn!(error = %e, "handoff notice not delivered");
        }
        self.remember(key, &sent, crate::clock::now()).await;
    }

    /// A short text to a staff member's private chat.
    pub(super) async fn tell_staff<M: Messenger>(&self, m: &M, user: i64, text: String) {
        let _ = m.tell_staff(user, super::port::StaffNote::text(text)).await;
    }
}

/// Mediators and admins take cases; organisers do not.
pub(super) fn takes_cases(member: &StaffMember) -> bool {
    matches!(member.role, Role::Mediator | Role::Admin)
}
