//! Messages between her and the mediator, copied by the bot (`copyMessage`): text,
//! photos, voice, documents, locations. Nothing of their content is stored; only message
//! ids, to copy what she wrote before anyone took her case and to route a mediator's reply.

use teloxide::prelude::*;
use teloxide::types::{InlineKeyboardButton, InlineKeyboardMarkup, MessageId};

use super::super::Telegram;
use super::super::sender::{Cost, SendError};
use super::{Handoff, HerCommand, her_command, her_key};
use crate::engine::{CallbackPayload, Command, HandoffButton, HandoffNotice};
use crate::handoff::{Case, Outcome};

impl Handoff {
    /// A message from a woman with an open case.
    pub(super) async fn her_message(
        &self,
        tg: &Telegram,
        case: i64,
        message: &Message,
    ) -> Option<&'static str> {
        let chat = message.chat.id;
        let now = crate::conversation::unix_now();
        match her_command(message) {
            Some(HerCommand::End) => {
                self.close(tg, case, Outcome::Ended).await;
                tg.remember(her_key(chat.0), &[], Some(message.id), now)
                    .await;
                return Some("handoff-end");
            }
            // Quick exit and /forget work as always (the engine, then the delivery).
            Some(HerCommand::Engine(Command::Exit | Command::Forget | Command::Stop)) => {
                return None;
            }
            Some(HerCommand::Engine(Command::Human)) => {
                let position = tg
                    .conversations
                    .store()
                    .queue_position(case)
                    .await
                    .unwrap_or(0);
                let notice = HandoffNotice::Already { case, position };
                let waiting = self
                    .index()
                    .women
                    .get(&chat.0)
                    .is_some_and(|(_, m)| m.is_none());
                tg.tell_her(
                    chat,
                    if waiting {
                        notice
                    } else {
                        HandoffNotice::InChat
                    },
                )
                .await;
                tg.remember(her_key(chat.0), &[], Some(message.id), now)
                    .await;
                return Some("handoff-notice");
            }
            Some(_) => {
                tg.tell_her(chat, HandoffNotice::InChat).await;
                tg.remember(her_key(chat.0), &[], Some(message.id), now)
                    .await;
                return Some("handoff-notice");
            }
            None => {}
        }
        // Her own message is deleted by quick exit like any other.
        tg.remember(her_key(chat.0), &[], Some(message.id), now)
            .await;
        let lock = self.case_lock(case);
        let _guard = lock.lock().await;
        let mediator = self.index().women.get(&chat.0).and_then(|(_, m)| *m);
        let store = tg.conversations.store();
        let Some(mediator) = mediator else {
            // Nobody has the case yet: kept (its id only) until someone claims it.
            if let Err(e) = store.hold_message(case, i64::from(message.id.0)).await {
                tracing::error!(error = %e, "cannot hold a message for the mediator");
            }
            return Some("handoff-held");
        };
        let Ok(Some(case)) = store.case(case).await else {
            return Some("handoff-gone");
        };
        match self
            .copy_to_mediator(tg, &case, chat, mediator, message.id)
            .await
        {
            Ok(()) => Some("handoff-relayed"),
            Err(SendError::Refused(_)) => {
                tg.tell_her(chat, HandoffNotice::NotPassed).await;
                Some("handoff-not-passed")
            }
            Err(e) => {
                tracing::warn!(error = %e, "message not passed to the mediator");
                drop(_guard);
                if matches!(e, SendError::Blocked) {
                    // The mediator blocked the bot: someone else must take the case.
                    self.release(tg, case.id, mediator).await;
                    let _ = store.hold_message(case.id, i64::from(message.id.0)).await;
                }
                Some("handoff-failed")
            }
        }
    }

    /// Copies one of her messages to the mediator's chat, after a line naming the case
    /// when the last message shown there was of another case.
    async fn copy_to_mediator(
        &self,
        tg: &Telegram,
        case: &Case,
        her_chat: ChatId,
        mediator: i64,
        message: MessageId,
    ) -> Result<(), SendError> {
        let store = tg.conversations.store();
        let header = {
            let index = self.index();
            let desk = index.desks.get(&mediator);
            match desk {
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
                    "\n(Reply to her message to answer her. Messages that reply to nothing \
                     go to #{active} until you switch.)"
                ));
            }
            let keyboard = InlineKeyboardMarkup::new(vec![vec![
                InlineKeyboardButton::callback(
                    format!("➡️ Switch to #{}", case.id),
                    CallbackPayload::Handoff(HandoffButton::Switch(case.id)).encode(),
                ),
                InlineKeyboardButton::callback(
                    format!("✅ Close #{}", case.id),
                    CallbackPayload::Handoff(HandoffButton::Close(case.id)).encode(),
                ),
            ]]);
            let sent = tg.tell_staff(mediator, text, Some(keyboard)).await?;
            let _ = store
                .note_case_message(mediator, i64::from(sent.id.0), case.id)
                .await;
        }
        let to = ChatId(mediator);
        let copy = tg
            .sender
            .call(to, Cost::Message, || {
                tg.bot.copy_message(to, her_chat, message)
            })
            .await?;
        if let Err(e) = store
            .note_case_message(mediator, i64::from(copy.0), case.id)
            .await
        {
            tracing::error!(error = %e, "cannot note a relayed message");
        }
        if let Some(desk) = self.index().desks.get_mut(&mediator) {
            desk.shown = Some(case.id);
        }
        Ok(())
    }

    /// What she wrote while she waited, copied to the mediator who took her case.
    pub(super) async fn pass_held(&self, tg: &Telegram, case: &Case, chat: ChatId, mediator: i64) {
        let store = tg.conversations.store();
        let held = store.held_messages(case.id).await.unwrap_or_default();
        for id in held {
            let Ok(id32) = i32::try_from(id) else {
                continue;
            };
            match self
                .copy_to_mediator(tg, case, chat, mediator, MessageId(id32))
                .await
            {
                // Deleted by her meanwhile, or of a kind that cannot be copied: skip it.
                Ok(()) | Err(SendError::Refused(_)) => {
                    let _ = store.release_held(case.id, id).await;
                }
                Err(e) => {
                    tracing::warn!(error = %e, "held messages not all passed on");
                    return;
                }
            }
        }
    }

    /// A message from a mediator who holds cases (and is still staff: checked each time).
    pub(super) async fn mediator_message(
        &self,
        tg: &Telegram,
        user: i64,
        message: &Message,
    ) -> Option<&'static str> {
        // The bot's own commands (/start, /menu...) are for the bot, not for her.
        if message
            .text()
            .and_then(Command::parse)
            .is_some_and(|c| c != Command::Unknown)
        {
            return None;
        }
        self.staff_member(tg, user)
            .await
            .filter(super::takes_cases)?;
        let store = tg.conversations.store();
        let replied = match message.reply_to_message() {
            Some(original) => store
                .case_of_message(user, i64::from(original.id.0))
                .await
                .ok()
                .flatten(),
            None => None,
        };
        let (target, cases) = {
            let index = self.index();
            let desk = index.desks.get(&user)?;
            let cases: Vec<i64> = desk.cases.iter().copied().collect();
            let target = replied.filter(|c| desk.cases.contains(c)).or(desk.target());
            (target, cases)
        };
        match target {
            Some(case) => {
                self.relay_to_her(tg, user, case, message.id).await;
                Some("handoff-relayed")
            }
            None => {
                // Not clear for whom: ask, and send it once they choose.
                if let Some(desk) = self.index().desks.get_mut(&user) {
                    desk.held = Some(message.id);
                }
                let buttons = cases
                    .iter()
                    .map(|case| {
                        vec![InlineKeyboardButton::callback(
                            format!("➡️ To #{case}"),
                            CallbackPayload::Handoff(HandoffButton::Switch(*case)).encode(),
                        )]
                    })
                    .collect::<Vec<_>>();
                let _ = tg
                    .tell_staff(
                        user,
                        "Which case is this message for? Choose, or reply to one of her \
                         messages."
                            .into(),
                        Some(InlineKeyboardMarkup::new(buttons)),
                    )
                    .await;
                Some("handoff-which-case")
            }
        }
    }

    /// Copies a mediator's message to the woman of `case`.
    pub(super) async fn relay_to_her(
        &self,
        tg: &Telegram,
        user: i64,
        case: i64,
        message: MessageId,
    ) {
        let lock = self.case_lock(case);
        let guard = lock.lock().await;
        let chat = self
            .index()
            .women
            .iter()
            .find(|(_, (c, m))| *c == case && *m == Some(user))
            .map(|(chat, _)| ChatId(*chat));
        let Some(chat) = chat else {
            let _ = tg
                .tell_staff(user, format!("Case #{case} is closed: not sent."), None)
                .await;
            return;
        };
        let store = tg.conversations.store();
        let now = crate::conversation::unix_now();
        // Silent: a sound or a preview on her lock screen could put her at risk.
        let copied = tg
            .sender
            .call(chat, Cost::Message, || {
                tg.bot
                    .copy_message(chat, ChatId(user), message)
                    .disable_notification(true)
            })
            .await;
        match copied {
            Ok(copy) => {
                let _ = store
                    .note_case_message(user, i64::from(message.0), case)
                    .await;
                let _ = store.note_first_reply(case, now).await;
                tg.remember(her_key(chat.0), &[copy], None, now).await;
                if let Some(desk) = self.index().desks.get_mut(&user) {
                    desk.active = Some(case);
                }
            }
            Err(SendError::Blocked) => {
                drop(guard);
                // Forgets her, then closes the case.
                tg.forget_blocked(chat).await;
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
}
