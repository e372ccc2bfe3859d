//! The broadcast queue's way out through Telegram: each announcement through the same
//! [`Sender`](super::Sender) as conversations (so replies to women go first and the bot's
//! limits hold for both), with a "stop invitations" button under it, and its id kept for
//! quick exit like every message of her chat.

use std::sync::Arc;

use teloxide::prelude::*;
use teloxide::types::{InlineKeyboardButton, InlineKeyboardMarkup, MessageId};
use teloxide::{ApiError, RequestError};

use super::Telegram;
use super::sender::{Cost, SendError, describe};
use crate::broadcast::worker::{Attempt, Transport};
use crate::clock;
use crate::store::{Channel, ContactKey};

pub struct Outbox {
    tg: Arc<Telegram>,
}

impl Outbox {
    pub fn new(tg: Arc<Telegram>) -> Self {
        Outbox { tg }
    }
}

impl Transport for Outbox {
    async fn send(&self, chat_id: i64, language: &str, text: &str, silent: bool) -> Attempt {
        let tg = &self.tg;
        let chat = ChatId(chat_id);
        let label = tg
            .conversations
            .engine()
            .content()
            .locales
            .text(language, "btn-unsubscribe")
            .to_string();
        let keyboard = InlineKeyboardMarkup::new(vec![vec![InlineKeyboardButton::callback(
            label,
            crate::subscriptions::Press::Stop.encode(),
        )]]);
        let result = tg
            .sender
            .call_broadcast(chat, || {
                tg.bot
                    .send_message(chat, text.to_string())
                    .disable_notification(silent)
                    .reply_markup(keyboard.clone())
            })
            .await;
        // What follows Telegram's answer runs on its own: the worker may drop this call
        // when its lease ends, and an announcement in her chat must stay deletable by
        // quick exit, a block must be forgotten, whatever happens to the call.
        match result {
            Ok(message) => {
                let key = ContactKey {
                    channel: Channel::Telegram,
                    chat_id,
                };
                let id = [i64::from(message.id.0)];
                let tg = tg.clone();
                tokio::spawn(async move {
                    let store = tg.conversations.store();
                    if let Err(e) = store.remember_messages(key, &id, clock::now()).await {
                        tracing::error!(error = %e, "cannot remember an announcement's id");
                    }
                });
                Attempt::Sent
            }
            Err(SendError::Blocked) => {
                // As for a block seen in a conversation: her message ids, her open chat
                // with a mediator (the mediator is told) and everything else go now.
                let tg = tg.clone();
                tokio::spawn(async move { tg.forget_blocked(chat).await });
                Attempt::Blocked
            }
            Err(SendError::Refused(RequestError::Api(ApiError::ChatNotFound))) => {
                Attempt::Refused("chat not found".into())
            }
            Err(SendError::Refused(e)) => Attempt::Refused(describe(&e)),
            Err(SendError::GaveUp(e)) => Attempt::Transient(describe(&e)),
            // Only a mediator's copy is withdrawn; an announcement never is.
            Err(SendError::Withdrawn) => Attempt::Refused("withdrawn".into()),
        }
    }

    async fn show_progress(&self, chat_id: i64, message_id: i64, text: &str) {
        let tg = &self.tg;
        let chat = ChatId(chat_id);
        let Ok(message) = i32::try_from(message_id) else {
            return;
        };
        let result = tg
            .sender
            .call(chat, Cost::Edit, || {
                tg.bot
                    .edit_message_text(chat, MessageId(message), text.to_string())
            })
            .await;
        match result {
            Ok(_) | Err(SendError::Refused(RequestError::Api(ApiError::MessageNotModified))) => {}
            Err(e) => tracing::warn!(error = %e, "progress message not edited"),
        }
    }

    fn sender_name(&self) -> String {
        self.tg.bot_id()
    }
}
