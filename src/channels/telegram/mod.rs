//! The Telegram channel (teloxide): long polling or webhooks, updates handled in order per
//! chat and in parallel across chats, replies within Telegram's limits.

mod delivery;
mod flood;
mod polling;
mod sender;
pub mod split;
mod updates;
mod webhook;

use std::num::NonZeroU32;
use std::time::Instant;

use teloxide::prelude::*;
use teloxide::types::{BotCommand, Update};

use crate::conversation::{Conversations, unix_now};
use crate::engine::{Command, Inbound};
use crate::store::{Channel, ContactKey};

pub use flood::{FloodGuard, Verdict};
pub use polling::run_polling;
pub use sender::{Cost, Limits, SendError, Sender};
pub use webhook::{WebhookSettings, router as webhook_router, run_webhook};

/// The bot: the Bot API client, the conversations, and the limits in both directions.
pub struct Telegram {
    bot: Bot,
    conversations: Conversations,
    sender: Sender,
    flood: FloodGuard,
}

impl Telegram {
    pub fn new(
        bot: Bot,
        conversations: Conversations,
        limits: Limits,
        flood_per_minute: NonZeroU32,
    ) -> Self {
        Telegram {
            bot,
            conversations,
            sender: Sender::new(limits),
            flood: FloodGuard::new(flood_per_minute),
        }
    }

    pub fn bot(&self) -> &Bot {
        &self.bot
    }

    /// The command menu in each shipped language (and English for everyone else).
    pub async fn register_commands(&self) -> Result<(), SendError> {
        let content = self.conversations.engine().content();
        let chat = ChatId(0);
        for locale in content.locales.shipped() {
            let commands: Vec<BotCommand> = Command::LISTED
                .iter()
                .map(|(_, name)| {
                    let description = content.locales.text(&locale.code, &format!("cmd-{name}"));
                    BotCommand::new(*name, description)
                })
                .collect();
            let is_reference = locale.code == crate::content::REFERENCE;
            self.sender
                .call(chat, Cost::Free, || {
                    let request = self.bot.set_my_commands(commands.clone());
                    match is_reference {
                        true => request,
                        false => request.language_code(locale.code.clone()),
                    }
                })
                .await?;
        }
        Ok(())
    }

    /// Handles one update completely: engine, store, replies. Never fails: problems are
    /// logged (without content or ids) and the next update goes on.
    pub async fn handle_update(&self, update: &Update) {
        let started = Instant::now();
        let kind = updates::kind(update);
        let Some(incoming) = updates::read(update) else {
            tracing::debug!(kind, outcome = "ignored", "update");
            return;
        };
        let key = ContactKey {
            channel: Channel::Telegram,
            chat_id: incoming.chat.0,
        };
        if let Some((id, _)) = &incoming.callback {
            // Always answered, or her app shows a spinner on the button.
            let _ = self
                .sender
                .call(incoming.chat, Cost::Free, || {
                    self.bot.answer_callback_query(id.clone())
                })
                .await;
        }
        let inbound = match self.flood.check(incoming.chat) {
            Verdict::Handle => incoming.inbound.clone(),
            Verdict::Notify => Inbound::TooFast,
            Verdict::Ignore => {
                tracing::info!(kind, outcome = "flood", "update");
                return;
            }
        };
        let now = unix_now();
        let outcome = match self.conversations.handle(key, inbound, now).await {
            Err(e) => {
                tracing::error!(error = %e, "store error");
                "store-error"
            }
            Ok(effects) => match delivery::deliver(self, key, &incoming, &effects, now).await {
                Ok(sent) => {
                    let mut ids: Vec<i64> = sent.iter().map(|m| i64::from(m.0)).collect();
                    ids.extend(incoming.message.map(|m| i64::from(m.0)));
                    if let Err(e) = self
                        .conversations
                        .store()
                        .remember_messages(key, &ids, now)
                        .await
                    {
                        tracing::error!(error = %e, "cannot remember message ids");
                    }
                    "ok"
                }
                Err(SendError::Blocked) => {
                    // She blocked the bot: forget her, as /forget would.
                    if let Err(e) = self.conversations.store().forget(key).await {
                        tracing::error!(error = %e, "cannot forget a blocked contact");
                    }
                    "blocked"
                }
                Err(e) => {
                    tracing::warn!(error = %e, "reply not delivered");
                    "send-failed"
                }
            },
        };
        tracing::info!(
            kind,
            outcome,
            latency_us = started.elapsed().as_micros() as u64,
            "update"
        );
    }
}
