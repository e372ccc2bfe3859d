//! Messages between her and the mediator, copied by the bot (`copyMessage`): text,
//! photos, voice, documents, locations. Nothing of their content is stored; only message
//! ids: of what could not be copied yet (hers before a claim, the mediator's after her
//! quick exit) and of the messages in the mediator's chat, to route a reply and to delete
//! her copies there. Contact cards never pass; her first file waits for a warning.

use std::sync::Arc;

use super::held::Passing;
use super::port::{Handled, MessageKind, Messenger, PrivateMessage, StaffNote, Undelivered};
use super::service::{Handoff, MAX_HELD, takes_cases};
use super::{Case, Outcome};
use crate::engine::{Command, HandoffButton, HandoffNotice, HerCommand};
use crate::store::Sender;

impl Handoff {
    /// A message from a woman with an open case. `None`: for the engine (quick exit,
    /// /forget, /stop, or a case that closed meanwhile).
    pub(super) async fn her_message<M: Messenger>(
        self: &Arc<Self>,
        m: &Arc<M>,
        case: i64,
        message: &PrivateMessage,
    ) -> Option<Handled> {
        let chat = message.chat;
        let key = Self::her_key(m.as_ref(), chat);
        let now = crate::clock::now();
        match message.text.as_deref().and_then(HerCommand::parse) {
            Some(HerCommand::End) => {
                self.close(m.as_ref(), case, Outcome::Ended).await;
                self.remember(key, &[message.id], now).await;
                return Some(Handled::End);
            }
            Some(HerCommand::Engine(Command::Exit | Command::Forget | Command::Stop)) => {
                return None;
            }
            Some(HerCommand::Engine(_)) => {
                let her = self.index().women.get(&chat).copied()?;
                self.remind(m.as_ref(), chat, her).await;
                self.remember(key, &[message.id], now).await;
                return Some(Handled::Notice);
            }
            None => {}
        }
        let lock = self.case_locks.get(case);
        let guard = lock.lock().await;
        // Closed (or another case) while this message waited for the lock: the engine's.
        let her = self
            .index()
            .women
            .get(&chat)
            .copied()
            .filter(|her| her.case == case)?;
        // Her own message is deleted by quick exit like any other.
        self.remember(key, &[message.id], now).await;
        let store = self.store();
        if her.paused {
            // She is back: what the mediator wrote meanwhile reaches her now.
            self.resume(m, chat, case, her.mediator).await;
        }
        if let Some(refusal) = self.screen(m.as_ref(), chat, case, message).await {
            return Some(refusal);
        }
        let Some(mediator) = her.mediator else {
            // Nobody has the case yet: kept (its id only) until someone claims it.
            let held = store.held_messages(case, Sender::Her).await;
            if held.is_ok_and(|held| held.len() >= MAX_HELD) {
                if !her.told_held_full {
                    if let Some(her) = self.index().women.get_mut(&chat) {
                        her.told_held_full = true;
                    }
                    self.tell_her(m.as_ref(), chat, HandoffNotice::HeldFull)
                        .await;
                }
                return Some(Handled::HeldFull);
            }
            if let Err(e) = store.hold_message(case, Sender::Her, message.id).await {
                tracing::error!(error = %e, "cannot hold a message for the mediator");
            }
            return Some(Handled::Held);
        };
        let waiting = store.held_messages(case, Sender::Her).await;
        if self.passing(case, mediator, Sender::Her) || waiting.is_ok_and(|w| !w.is_empty()) {
            // Behind the messages of hers that wait (being passed on, or for the handoff's
            // next round after a failed copy): in order.
            if let Err(e) = store.hold_message(case, Sender::Her, message.id).await {
                tracing::error!(error = %e, "cannot hold a message for the mediator");
            }
            return Some(Handled::Held);
        }
        let Ok(Some(case)) = store.case(case).await else {
            return Some(Handled::Gone);
        };
        match self
            .copy_to_mediator(m.as_ref(), &case, chat, mediator, message.id)
            .await
        {
            Ok(()) => Some(Handled::Relayed),
            Err(Undelivered::Refused(_)) => {
                self.tell_her(m.as_ref(), chat, HandoffNotice::NotPassed)
                    .await;
                Some(Handled::NotPassed)
            }
            Err(e) => {
                // Kept, and tried again at the next round.
                tracing::warn!(error = %e, "message not passed to the mediator yet");
                let _ = store.hold_message(case.id, Sender::Her, message.id).await;
                drop(guard);
                if matches!(e, Undelivered::Blocked) {
                    // The mediator blocked the bot: someone else must take the case.
                    self.release(m.as_ref(), case.id, mediator, true).await;
                }
                Some(Handled::Failed)
            }
        }
    }

    /// She wrote again after a quick exit: the case goes on, and the mediator's messages
    /// of the meantime reach her, passed on in a task of their own (she may leave again at
    /// once: nothing here waits for her chat's pace). Called with the case's lock held.
    async fn resume<M: Messenger>(
        self: &Arc<Self>,
        m: &Arc<M>,
        chat: i64,
        case: i64,
        mediator: Option<i64>,
    ) {
        if let Some(her) = self.index().women.get_mut(&chat) {
            her.paused = false;
        }
        let store = self.store();
        let now = crate::clock::now();
        if let Err(e) = store.pause_case(case, false, now).await {
            tracing::error!(error = %e, "cannot resume a case");
        }
        let Some(mediator) = mediator else {
            return;
        };
        let text = format!("▶️ Case #{case}: she is writing again.");
        self.tell_staff(m.as_ref(), mediator, text).await;
        let passing = Passing {
            case,
            mediator,
            from: Sender::Mediator,
        };
        if let Some(under_way) = self.passings.start(passing)
            && let Ok(Some(case)) = store.case(case).await
        {
            self.pass_held(m, case, under_way, false);
        }
    }

    /// What of hers must not reach staff as it is, before it is held or copied: a contact
    /// card (a name and a number, most often her own) never; a file only once she was told
    /// that files keep hidden details. `Some`: not passed on, and she was told why.
    async fn screen<M: Messenger>(
        &self,
        m: &M,
        chat: i64,
        case: i64,
        message: &PrivateMessage,
    ) -> Option<Handled> {
        if message.kind == MessageKind::Contact {
            self.tell_her(m, chat, HandoffNotice::ContactRefused).await;
            return Some(Handled::ContactRefused);
        }
        // Her first file is not passed on: the warning comes before anything leaves her
        // chat, and sending it again is her informed choice. (Relaying and warning after
        // would already have put a photo's place and time in the mediator's hands.) A
        // photo sent as a photo is passed on at once: Telegram re-encodes it, without the
        // file's metadata.
        if message.kind != MessageKind::Document {
            return None;
        }
        match self.store().warn_about_files(case).await {
            Ok(false) => None,
            Ok(true) => {
                self.tell_her(m, chat, HandoffNotice::FileWarning).await;
                Some(Handled::FileWarning)
            }
            Err(e) => {
                // Not knowing whether she was warned, the file waits: she can send it again.
                tracing::error!(error = %e, "cannot note the warning about files");
                self.tell_her(m, chat, HandoffNotice::FileWarning).await;
                Some(Handled::FileWarning)
            }
        }
    }

    /// Copies one of her messages to the mediator's chat, after a line naming the case
    /// when the last message shown there was of another case. The mediator's chat is
    /// locked meanwhile, so that the line and the message stay together.
    pub(super) async fn copy_to_mediator<M: Messenger>(
        &self,
        m: &M,
        case: &Case,
        her_chat: i64,
        mediator: i64,
        message: i64,
    ) -> Result<(), Undelivered> {
        let lock = self.desk_locks.get(mediator);
        let _desk = lock.lock().await;
        let store = self.store();
        let header = {
            let index = self.index();
            match index.desks.get(&mediator) {
                Some(desk) if desk.shown != Some(case.id) && desk.cases.len() > 1 => {
                    Some(desk.active)
                }
                _ => None,
            }
        };
        if let Some(active) = header {
            let mut text = format!("💬 Case {}:", case.label());
            if let Some(active) = active.filter(|a| *a != case.id) {
                text.push_str(&format!(
                    "\n(Use Reply on her message to answer her. You were writing to #{active}.)"
                ));
            }
            let buttons = vec![vec![
                HandoffButton::Switch(case.id),
                HandoffButton::Close(case.id),
            ]];
            // Without the line her message still goes: the copy is routed by its id.
            match m
                .tell_staff(mediator, StaffNote::text(text).with_buttons(buttons))
                .await
            {
                Ok(sent) => {
                    let _ = store.note_case_message(mediator, sent, case.id).await;
                }
                Err(e) => tracing::warn!(error = %e, "case line not sent"),
            }
        }
        let copy = m.copy_to_mediator(her_chat, message, mediator).await?;
        if let Err(e) = store.note_case_message(mediator, copy, case.id).await {
            tracing::error!(error = %e, "cannot note a relayed message");
        }
        // Deleted when the case no longer needs it there (see `copies`).
        let now = crate::clock::now();
        if let Err(e) = store.note_copy(case.id, mediator, copy, now).await {
            tracing::error!(error = %e, "cannot note a copy to delete later");
        }
        if let Some(desk) = self.index().desks.get_mut(&mediator) {
            desk.shown = Some(case.id);
        }
        Ok(())
    }

    /// A message from a mediator who holds cases (and is still staff: checked each time).
    pub(super) async fn mediator_message<M: Messenger>(
        &self,
        m: &M,
        message: &PrivateMessage,
    ) -> Option<Handled> {
        let user = message.from;
        // Commands (/start, /subscribe...) are for the bot, not for her.
        if message
            .text
            .as_deref()
            .is_some_and(|t| t.trim_start().starts_with('/'))
        {
            return None;
        }
        self.staff_member(user).await.filter(takes_cases)?;
        let store = self.store();
        if let Some(original) = message.reply_to {
            // A reply goes to the woman whose message it answers, or to nobody.
            let case = store.case_of_message(user, original).await.ok().flatten();
            let holds = |case: i64| {
                self.index()
                    .desks
                    .get(&user)
                    .is_some_and(|d| d.cases.contains(&case))
            };
            match case.filter(|c| holds(*c)) {
                Some(case) => self.relay_to_her(m, user, case, message.id).await,
                None => {
                    let text = "Not sent: the message you answered is of a case that is \
                                closed or not yours.";
                    self.tell_staff(m, user, text.into()).await;
                }
            }
            return Some(Handled::Reply);
        }
        let (target, cases) = {
            let index = self.index();
            let desk = index.desks.get(&user)?;
            (
                desk.target(),
                desk.cases.iter().copied().collect::<Vec<_>>(),
            )
        };
        if let Some(case) = target {
            self.relay_to_her(m, user, case, message.id).await;
            return Some(Handled::Relayed);
        }
        // Not clear for whom: ask; the button carries the message, so it goes once they
        // choose (even after a restart), and never to a case they did not choose.
        let buttons = cases
            .iter()
            .map(|&case| {
                vec![HandoffButton::Send {
                    case,
                    message: message.id,
                }]
            })
            .collect::<Vec<_>>();
        let text = "Which case is this message for? Choose, or use Reply on one of her messages.";
        let _ = m
            .tell_staff(user, StaffNote::text(text).with_buttons(buttons))
            .await;
        Some(Handled::WhichCase)
    }

    /// Copies a mediator's message to the woman of `case`; while she is away after a
    /// quick exit, it waits.
    pub(super) async fn relay_to_her<M: Messenger>(
        &self,
        m: &M,
        user: i64,
        case: i64,
        message: i64,
    ) {
        let lock = self.case_locks.get(case);
        let guard = lock.lock().await;
        let her = self
            .index()
            .chat_of(case)
            .filter(|(_, her)| her.mediator == Some(user));
        let Some((chat, her)) = her else {
            let text = format!("Case #{case} is closed: not sent.");
            self.tell_staff(m, user, text).await;
            return;
        };
        let store = self.store();
        if let Some(desk) = self.index().desks.get_mut(&user) {
            desk.active = Some(case);
        }
        let waiting = store.held_messages(case, Sender::Mediator).await;
        if self.passing(case, user, Sender::Mediator) || waiting.is_ok_and(|w| !w.is_empty()) {
            // Behind what waits for her (being passed on, or for the handoff's next round
            // after a failed copy): in order.
            let _ = store.hold_message(case, Sender::Mediator, message).await;
            return;
        }
        if her.paused {
            let _ = store.hold_message(case, Sender::Mediator, message).await;
            let text = format!("⏸ Case #{case}: kept; it reaches her when she writes again.");
            self.tell_staff(m, user, text).await;
            return;
        }
        match self.copy_to_her(m, chat, case, user, message).await {
            Ok(()) => {}
            Err(Undelivered::Blocked) => {
                drop(guard);
                // Forgets her, then closes the case (the mediator is told).
                m.forget_unreachable(chat).await;
            }
            Err(_) if self.index().women.get(&chat).is_some_and(|her| her.paused) => {
                // She used quick exit while it was on its way (and it was deleted): it
                // waits for her like the others.
                let _ = store.hold_message(case, Sender::Mediator, message).await;
            }
            Err(e) => {
                tracing::warn!(error = %e, "mediator's message not delivered");
                let text = format!("⚠️ Case #{case}: this message could not be delivered ({e}).");
                self.tell_staff(m, user, text).await;
            }
        }
    }

    /// One copy to her chat, silent (a sound could tell someone near her that she got a
    /// message; silent does not hide its text on her lock screen: the safety screen tells
    /// her how to), remembered for her quick exit.
    pub(super) async fn copy_to_her<M: Messenger>(
        &self,
        m: &M,
        chat: i64,
        case: i64,
        mediator: i64,
        message: i64,
    ) -> Result<(), Undelivered> {
        let copy = m.copy_to_her(mediator, message, chat).await?;
        let store = self.store();
        let now = crate::clock::now();
        // Her quick exit does not wait for this case's lock: if she left while the copy
        // was on its way, the deletion of her chat missed it. It goes now.
        let paused = self
            .index()
            .women
            .get(&chat)
            .is_none_or(|her| her.case != case || her.paused);
        if paused {
            let _ = m.delete(chat, &[copy]).await;
            return Err(Undelivered::Withdrawn);
        }
        let _ = store.note_case_message(mediator, message, case).await;
        let _ = store.note_first_reply(case, now).await;
        self.remember(Self::her_key(m, chat), &[copy], now).await;
        Ok(())
    }
}
