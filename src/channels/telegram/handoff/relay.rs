//! Messages between her and the mediator, copied by the bot (`copyMessage`): text,
//! photos, voice, documents, locations. Nothing of their content is stored; only message
//! ids: of what could not be copied yet (hers before a claim, the mediator's after her
//! quick exit) and of the messages in the mediator's chat, to route a reply and to delete
//! her copies there. Contact cards never pass; her first file waits for a warning.

use teloxide::prelude::*;
use teloxide::types::{InlineKeyboardMarkup, MessageId};

use std::sync::Arc;

use super::super::sender::{Cost, SendError};
use super::super::{Handled, Telegram};
use super::held::Passing;
use super::{Handoff, her_key, staff_button};
use crate::engine::HerCommand;
use crate::engine::{Command, HandoffButton, HandoffNotice};
use crate::handoff::{Case, Outcome};
use crate::store::Sender;

impl Handoff {
    /// A message from a woman with an open case. `None`: for the engine (quick exit,
    /// /forget, /stop, or a case that closed meanwhile).
    pub(super) async fn her_message(
        &self,
        tg: &Arc<Telegram>,
        case: i64,
        message: &Message,
    ) -> Option<Handled> {
        let chat = message.chat.id;
        let now = crate::clock::now();
        match message.text().and_then(HerCommand::parse) {
            Some(HerCommand::End) => {
                self.close(tg, case, Outcome::Ended).await;
                tg.remember(her_key(chat.0), &[], Some(message.id), now)
                    .await;
                return Some(Handled::HandoffEnd);
            }
            Some(HerCommand::Engine(Command::Exit | Command::Forget | Command::Stop)) => {
                return None;
            }
            Some(HerCommand::Engine(_)) => {
                let her = self.index().women.get(&chat.0).copied()?;
                self.remind(tg, chat, her).await;
                tg.remember(her_key(chat.0), &[], Some(message.id), now)
                    .await;
                return Some(Handled::HandoffNotice);
            }
            None => {}
        }
        let lock = self.case_locks.get(case);
        let guard = lock.lock().await;
        // Closed (or another case) while this message waited for the lock: the engine's.
        let her = self
            .index()
            .women
            .get(&chat.0)
            .copied()
            .filter(|her| her.case == case)?;
        // Her own message is deleted by quick exit like any other.
        tg.remember(her_key(chat.0), &[], Some(message.id), now)
            .await;
        let store = tg.conversations.store();
        if her.paused {
            // She is back: what the mediator wrote meanwhile reaches her now.
            self.resume(tg, chat, case, her.mediator).await;
        }
        if let Some(refusal) = self.screen(tg, chat, case, message).await {
            return Some(refusal);
        }
        let Some(mediator) = her.mediator else {
            // Nobody has the case yet: kept (its id only) until someone claims it.
            let held = store.held_messages(case, Sender::Her).await;
            if held.is_ok_and(|held| held.len() >= super::MAX_HELD) {
                if !her.told_held_full {
                    if let Some(her) = self.index().women.get_mut(&chat.0) {
                        her.told_held_full = true;
                    }
                    tg.tell_her(chat, HandoffNotice::HeldFull).await;
                }
                return Some(Handled::HandoffHeldFull);
            }
            if let Err(e) = store
                .hold_message(case, Sender::Her, i64::from(message.id.0))
                .await
            {
                tracing::error!(error = %e, "cannot hold a message for the mediator");
            }
            return Some(Handled::HandoffHeld);
        };
        let waiting = store.held_messages(case, Sender::Her).await;
        if self.passing(case, mediator, Sender::Her) || waiting.is_ok_and(|w| !w.is_empty()) {
            // Behind the messages of hers that wait (being passed on, or for the handoff's
            // next round after a failed copy): in order.
            if let Err(e) = store
                .hold_message(case, Sender::Her, i64::from(message.id.0))
                .await
            {
                tracing::error!(error = %e, "cannot hold a message for the mediator");
            }
            return Some(Handled::HandoffHeld);
        }
        let Ok(Some(case)) = store.case(case).await else {
            return Some(Handled::HandoffGone);
        };
        match self
            .copy_to_mediator(tg, &case, chat, mediator, message.id)
            .await
        {
            Ok(()) => Some(Handled::HandoffRelayed),
            Err(SendError::Refused(_)) => {
                tg.tell_her(chat, HandoffNotice::NotPassed).await;
                Some(Handled::HandoffNotPassed)
            }
            Err(e) => {
                // Kept, and tried again at the next round.
                tracing::warn!(error = %e, "message not passed to the mediator yet");
                let _ = store
                    .hold_message(case.id, Sender::Her, i64::from(message.id.0))
                    .await;
                drop(guard);
                if matches!(e, SendError::Blocked) {
                    // The mediator blocked the bot: someone else must take the case.
                    self.release(tg, case.id, mediator, true).await;
                }
                Some(Handled::HandoffFailed)
            }
        }
    }

    /// She wrote again after a quick exit: the case goes on, and the mediator's messages
    /// of the meantime reach her, passed on in a task of their own (she may leave again at
    /// once: nothing here waits for her chat's pace). Called with the case's lock held.
    async fn resume(&self, tg: &Arc<Telegram>, chat: ChatId, case: i64, mediator: Option<i64>) {
        if let Some(her) = self.index().women.get_mut(&chat.0) {
            her.paused = false;
        }
        let store = tg.conversations.store();
        let now = crate::clock::now();
        if let Err(e) = store.pause_case(case, false, now).await {
            tracing::error!(error = %e, "cannot resume a case");
        }
        let Some(mediator) = mediator else {
            return;
        };
        let _ = tg
            .tell_staff(
                mediator,
                format!("▶️ Case #{case}: she is writing again."),
                None,
            )
            .await;
        let passing = Passing {
            case,
            mediator,
            from: Sender::Mediator,
        };
        if let Some(under_way) = self.passings.start(passing)
            && let Ok(Some(case)) = store.case(case).await
        {
            Self::pass_held(tg, case, under_way, false);
        }
    }

    /// What of hers must not reach staff as it is, before it is held or copied: a contact
    /// card (a name and a number, most often her own) never; a file only once she was told
    /// that files keep hidden details. `Some`: not passed on, and she was told why.
    async fn screen(
        &self,
        tg: &Telegram,
        chat: ChatId,
        case: i64,
        message: &Message,
    ) -> Option<Handled> {
        if message.contact().is_some() {
            tg.tell_her(chat, HandoffNotice::ContactRefused).await;
            return Some(Handled::HandoffContactRefused);
        }
        // Her first file is not passed on: the warning comes before anything leaves her
        // chat, and sending it again is her informed choice. (Relaying and warning after
        // would already have put a photo's place and time in the mediator's hands.) A
        // photo sent as a photo is passed on at once: Telegram re-encodes it, without the
        // file's metadata.
        message.document()?;
        match tg.conversations.store().warn_about_files(case).await {
            Ok(false) => None,
            Ok(true) => {
                tg.tell_her(chat, HandoffNotice::FileWarning).await;
                Some(Handled::HandoffFileWarning)
            }
            Err(e) => {
                // Not knowing whether she was warned, the file waits: she can send it again.
                tracing::error!(error = %e, "cannot note the warning about files");
                tg.tell_her(chat, HandoffNotice::FileWarning).await;
                Some(Handled::HandoffFileWarning)
            }
        }
    }

    /// Copies one of her messages to the mediator's chat, after a line naming the case
    /// when the last message shown there was of another case. The mediator's chat is
    /// locked meanwhile, so that the line and the message stay together.
    pub(super) async fn copy_to_mediator(
        &self,
        tg: &Telegram,
        case: &Case,
        her_chat: ChatId,
        mediator: i64,
        message: MessageId,
    ) -> Result<(), SendError> {
        let lock = self.desk_locks.get(mediator);
        let _desk = lock.lock().await;
        let store = tg.conversations.store();
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
            let keyboard = InlineKeyboardMarkup::new(vec![vec![
                staff_button(HandoffButton::Switch(case.id)),
                staff_button(HandoffButton::Close(case.id)),
            ]]);
            // Without the line her message still goes: the copy is routed by its id.
            match tg.tell_staff(mediator, text, Some(keyboard)).await {
                Ok(sent) => {
                    let _ = store
                        .note_case_message(mediator, i64::from(sent.id.0), case.id)
                        .await;
                }
                Err(e) => tracing::warn!(error = %e, "case line not sent"),
            }
        }
        let to = ChatId(mediator);
        // Protected: the mediator's app lets nobody forward or save her message.
        let copy = tg
            .sender
            .call(to, Cost::Message, || {
                tg.bot
                    .copy_message(to, her_chat, message)
                    .protect_content(true)
            })
            .await?;
        if let Err(e) = store
            .note_case_message(mediator, i64::from(copy.0), case.id)
            .await
        {
            tracing::error!(error = %e, "cannot note a relayed message");
        }
        // Deleted when the case no longer needs it there (see `copies`).
        let now = crate::clock::now();
        if let Err(e) = store
            .note_copy(case.id, mediator, i64::from(copy.0), now)
            .await
        {
            tracing::error!(error = %e, "cannot note a copy to delete later");
        }
        if let Some(desk) = self.index().desks.get_mut(&mediator) {
            desk.shown = Some(case.id);
        }
        Ok(())
    }

    /// A message from a mediator who holds cases (and is still staff: checked each time).
    pub(super) async fn mediator_message(
        &self,
        tg: &Telegram,
        user: i64,
        message: &Message,
    ) -> Option<Handled> {
        // Commands (/start, /subscribe...) are for the bot, not for her.
        if message
            .text()
            .is_some_and(|t| t.trim_start().starts_with('/'))
        {
            return None;
        }
        self.staff_member(tg, user)
            .await
            .filter(super::takes_cases)?;
        let store = tg.conversations.store();
        if let Some(original) = message.reply_to_message() {
            // A reply goes to the woman whose message it answers, or to nobody.
            let case = store
                .case_of_message(user, i64::from(original.id.0))
                .await
                .ok()
                .flatten();
            let holds = |case: i64| {
                self.index()
                    .desks
                    .get(&user)
                    .is_some_and(|d| d.cases.contains(&case))
            };
            match case.filter(|c| holds(*c)) {
                Some(case) => self.relay_to_her(tg, user, case, message.id).await,
                None => {
                    let _ = tg
                        .tell_staff(
                            user,
                            "Not sent: the message you answered is of a case that is closed \
                             or not yours."
                                .into(),
                            None,
                        )
                        .await;
                }
            }
            return Some(Handled::HandoffReply);
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
            self.relay_to_her(tg, user, case, message.id).await;
            return Some(Handled::HandoffRelayed);
        }
        // Not clear for whom: ask; the button carries the message, so it goes once they
        // choose (even after a restart), and never to a case they did not choose.
        let message_id = i64::from(message.id.0);
        let buttons = cases
            .iter()
            .map(|&case| {
                vec![staff_button(HandoffButton::Send {
                    case,
                    message: message_id,
                })]
            })
            .collect::<Vec<_>>();
        let _ = tg
            .tell_staff(
                user,
                "Which case is this message for? Choose, or use Reply on one of her messages."
                    .into(),
                Some(InlineKeyboardMarkup::new(buttons)),
            )
            .await;
        Some(Handled::HandoffWhichCase)
    }

    /// Copies a mediator's message to the woman of `case`; while she is away after a
    /// quick exit, it waits.
    pub(super) async fn relay_to_her(
        &self,
        tg: &Telegram,
        user: i64,
        case: i64,
        message: MessageId,
    ) {
        let lock = self.case_locks.get(case);
        let guard = lock.lock().await;
        let her = self
            .index()
            .chat_of(case)
            .filter(|(_, her)| her.mediator == Some(user));
        let Some((chat, her)) = her else {
            let _ = tg
                .tell_staff(user, format!("Case #{case} is closed: not sent."), None)
                .await;
            return;
        };
        let chat = ChatId(chat);
        let store = tg.conversations.store();
        if let Some(desk) = self.index().desks.get_mut(&user) {
            desk.active = Some(case);
        }
        let waiting = store.held_messages(case, Sender::Mediator).await;
        if self.passing(case, user, Sender::Mediator) || waiting.is_ok_and(|w| !w.is_empty()) {
            // Behind what waits for her (being passed on, or for the handoff's next round
            // after a failed copy): in order.
            let _ = store
                .hold_message(case, Sender::Mediator, i64::from(message.0))
                .await;
            return;
        }
        if her.paused {
            let _ = store
                .hold_message(case, Sender::Mediator, i64::from(message.0))
                .await;
            let _ = tg
                .tell_staff(
                    user,
                    format!("⏸ Case #{case}: kept; it reaches her when she writes again."),
                    None,
                )
                .await;
            return;
        }
        match self.copy_to_her(tg, chat, case, user, message).await {
            Ok(()) => {}
            Err(SendError::Blocked) => {
                drop(guard);
                // Forgets her, then closes the case (the mediator is told).
                tg.forget_blocked(chat).await;
            }
            Err(_)
                if self
                    .index()
                    .women
                    .get(&chat.0)
                    .is_some_and(|her| her.paused) =>
            {
                // She used quick exit while it was on its way (and it was deleted): it
                // waits for her like the others.
                let _ = store
                    .hold_message(case, Sender::Mediator, i64::from(message.0))
                    .await;
            }
            Err(e) => {
                tracing::warn!(error = %e, "mediator's message not delivered");
                let _ = tg
                    .tell_staff(
                        user,
                        format!("⚠️ Case #{case}: this message could not be delivered ({e})."),
                        None,
                    )
                    .await;
            }
        }
    }

    /// One copy to her chat, silent (a sound could tell someone near her that she got a
    /// message; silent does not hide its text on her lock screen: the safety screen tells
    /// her how to), remembered for her quick exit.
    pub(super) async fn copy_to_her(
        &self,
        tg: &Telegram,
        chat: ChatId,
        case: i64,
        mediator: i64,
        message: MessageId,
    ) -> Result<(), SendError> {
        let copy = tg
            .sender
            .call(chat, Cost::Message, || {
                tg.bot
                    .copy_message(chat, ChatId(mediator), message)
                    .disable_notification(true)
            })
            .await?;
        let store = tg.conversations.store();
        let now = crate::clock::now();
        // Her quick exit does not wait for this case's lock: if she left while the copy
        // was on its way, the deletion of her chat missed it. It goes now.
        let paused = self
            .index()
            .women
            .get(&chat.0)
            .is_none_or(|her| her.case != case || her.paused);
        if paused {
            let _ = tg
                .sender
                .call(chat, Cost::Free, || tg.bot.delete_message(chat, copy))
                .await;
            return Err(SendError::Withdrawn);
        }
        let _ = store
            .note_case_message(mediator, i64::from(message.0), case)
            .await;
        let _ = store.note_first_reply(case, now).await;
        tg.remember(her_key(chat.0), &[copy], None, now).await;
        Ok(())
    }
}
