//! The Telegram channel (teloxide): long polling or webhooks, updates handled in order per
//! chat and in parallel across chats, replies within Telegram's limits.

mod delivery;
mod dispatch;
mod handled;
mod handoff;
mod organiser;
mod outbox;
mod pauses;
mod polling;
mod sender;
mod subscribe;
mod updates;
mod webhook;

use std::num::NonZeroU32;
use std::sync::Arc;
use std::time::Instant;

use teloxide::prelude::*;
use teloxide::types::{AllowedUpdate, BotCommand, CallbackQueryId, MessageId, Update};

use crate::broadcast::organiser::Organiser;
use crate::clock;
use crate::content::Action;
use crate::conversation::Conversations;
use crate::engine::{CallbackPayload, Command, Inbound, Outbound};
use crate::handoff::Handoff;
use crate::route::Route;
use crate::store::{Channel, ContactKey};
use crate::subscriptions::Subscriptions;

pub use crate::channels::flood::{FloodGuard, Verdict};
pub use delivery::DELETABLE_SECONDS;
pub use handled::Handled;
pub use handoff::{GroupLimit, StaffGroupSettings};
pub use outbox::Outbox;
pub use pauses::share_pauses;
pub use polling::run_polling;
pub use sender::{Cost, Limits, SendError, Sender};
pub use webhook::{
    MAX_BODY as MAX_WEBHOOK_BODY, WebhookSettings, router as webhook_router, run_webhook,
};

/// The updates the bot asks for: messages, button presses, and "she blocked the bot".
pub const ALLOWED_UPDATES: [AllowedUpdate; 3] = [
    AllowedUpdate::Message,
    AllowedUpdate::CallbackQuery,
    AllowedUpdate::MyChatMember,
];

/// The bot: the Bot API client, the conversations, and the limits in both directions.
pub struct Telegram {
    bot: Bot,
    conversations: Conversations,
    sender: Sender,
    flood: FloodGuard,
    /// Her sessions and invitation screens.
    subscriptions: Subscriptions,
    /// The organisers' broadcasts and sessions.
    organiser: Organiser,
    /// Talk to a person, when a staff group is set up.
    handoff: Option<Arc<Handoff>>,
    staff_group: Option<handoff::StaffGroup>,
}

impl Telegram {
    pub fn new(
        bot: Bot,
        conversations: Conversations,
        limits: Limits,
        flood_per_minute: NonZeroU32,
    ) -> Self {
        // The consent seals are keyed by the token: only this bot can make them.
        let subscriptions = Subscriptions::new(conversations.clone(), bot.token());
        let organiser = Organiser::new(conversations.store().clone());
        Telegram {
            bot,
            conversations,
            subscriptions,
            organiser,
            sender: Sender::new(limits),
            flood: FloodGuard::new(flood_per_minute),
            handoff: None,
            staff_group: None,
        }
    }

    /// How many cases are open now (0 without the handoff).
    pub fn open_cases(&self) -> usize {
        self.handoff
            .as_ref()
            .map_or(0, |handoff| handoff.open_cases())
    }

    /// The bot's id, the part of the token before the colon: public, unlike the rest.
    /// Names what is shared by the bot's processes (its sender lock, its pauses).
    pub fn bot_id(&self) -> String {
        let token = self.bot.token();
        token.split(':').next().unwrap_or("bot").to_string()
    }

    /// Until when this process holds its calls because of a 429 (its own or another
    /// process's), if one came.
    pub fn paused_until(&self) -> Option<Instant> {
        self.sender.paused_until().map(Instant::from)
    }

    pub fn bot(&self) -> &Bot {
        &self.bot
    }

    /// The conversations this bot serves (the domain services it shares are built on
    /// them).
    pub fn conversations(&self) -> &Conversations {
        &self.conversations
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
    pub async fn handle_update(self: &Arc<Self>, update: &Update) {
        let started = Instant::now();
        let kind = updates::kind(update);
        let outcome = self.handle(update).await;
        tracing::info!(
            kind,
            outcome = outcome.name(),
            latency_us = started.elapsed().as_micros() as u64,
            "update"
        );
    }

    async fn handle(self: &Arc<Self>, update: &Update) -> Handled {
        if let Some(chat) = updates::blocked_chat(update) {
            self.forget_blocked(chat).await;
            return Handled::Blocked;
        }
        let incoming = updates::read(update).or_else(|| {
            // A message of a kind this teloxide cannot read still gets an answer.
            updates::unreadable_private_chat(update).map(|chat| updates::Incoming {
                chat,
                inbound: Inbound::Unsupported,
                message: None,
                callback: None,
            })
        });
        // The flood guard sees every update of a private chat first, whatever she is
        // doing (in a case too: each message there costs a copy or a reminder).
        let too_fast = match &incoming {
            Some(incoming) => match self.flood_verdict(incoming).await {
                Verdict::Handle => false,
                Verdict::Notify => true,
                // Not even her button is answered: each answer is a call to Telegram,
                // which is what a flood must not cost (her app stops the spinner itself).
                Verdict::Ignore => return Handled::Flood,
            },
            None => false,
        };
        if !too_fast && let Some(outcome) = self.route_handoff(update).await {
            return outcome;
        }
        let Some(incoming) = incoming else {
            return Handled::Ignored;
        };
        if !too_fast {
            let handled = match Route::of(&incoming.inbound) {
                Route::Subscription(press) => subscribe::handle(self, &incoming, press).await,
                Route::Organiser(request) => organiser::handle(self, &incoming, request).await,
                Route::Engine => None,
            };
            if let Some(outcome) = handled {
                return outcome;
            }
        }
        let key = ContactKey {
            channel: Channel::Telegram,
            chat_id: incoming.chat.0,
        };
        let now = clock::now();
        if let Some((id, _)) = &incoming.callback {
            self.answer_button(incoming.chat, id, "").await;
        }
        let inbound = match too_fast {
            true => Inbound::TooFast,
            false => incoming.inbound.clone(),
        };
        let effects = match self.conversations.handle(key, inbound, now).await {
            Ok(effects) => effects,
            Err(e) => {
                tracing::error!(error = %e, "store error");
                self.fallback_reply(incoming.chat).await;
                return Handled::StoreError;
            }
        };
        let mut sent = Vec::new();
        let result = delivery::deliver(self, key, &incoming, &effects, now, &mut sent).await;
        match effects.contains(&Outbound::Forget) {
            // After /forget nothing of her is kept but the ids of the bot's last reply,
            // so that quick exit can still delete it (purged within 48 hours).
            true => self.remember(key, &sent, None, now).await,
            false => self.remember(key, &sent, incoming.message, now).await,
        }
        match result {
            Ok(()) => Handled::Ok,
            Err(SendError::Blocked) => {
                self.forget_blocked(incoming.chat).await;
                Handled::Blocked
            }
            Err(e) => {
                tracing::warn!(error = %e, "reply not delivered");
                Handled::SendFailed
            }
        }
    }

    /// The flood guard's verdict on one update of a private chat; quick exit, /forget and
    /// the danger button are never held back, however fast she presses. An ignored
    /// message's id is still kept, so that quick exit deletes it.
    async fn flood_verdict(&self, incoming: &updates::Incoming) -> Verdict {
        // A mediator at work writes to the women whose cases they hold: their pace is the
        // chat's, and a message of theirs dropped would be a message she never gets.
        if is_escape(&incoming.inbound) || self.has_cases(incoming.chat) {
            return Verdict::Handle;
        }
        let verdict = self.flood.check(incoming.chat.0);
        if verdict == Verdict::Ignore {
            let key = ContactKey {
                channel: Channel::Telegram,
                chat_id: incoming.chat.0,
            };
            self.remember(key, &[], incoming.message, clock::now())
                .await;
        }
        verdict
    }

    /// Keeps the ids of her messages that a full queue dropped, for quick exit.
    async fn remember_dropped(&self, chat: ChatId, messages: &[MessageId]) {
        let key = ContactKey {
            channel: Channel::Telegram,
            chat_id: chat.0,
        };
        self.remember(key, messages, None, clock::now()).await;
    }

    /// Answers a button press (always: or her app shows a spinner on the button), with a
    /// short notice when `text` is not empty.
    async fn answer_button(&self, chat: ChatId, id: &CallbackQueryId, text: &str) {
        let _ = self
            .sender
            .call(chat, Cost::Free, || {
                let request = self.bot.answer_callback_query(id.clone());
                match text.is_empty() {
                    true => request,
                    false => request.text(text),
                }
            })
            .await;
    }

    /// Keeps the ids of the messages of this turn for quick exit.
    async fn remember(
        &self,
        key: ContactKey,
        sent: &[MessageId],
        hers: Option<MessageId>,
        now: i64,
    ) {
        let ids: Vec<i64> = sent.iter().chain(&hers).map(|m| i64::from(m.0)).collect();
        if let Err(e) = self
            .conversations
            .store()
            .remember_messages(key, &ids, now)
            .await
        {
            tracing::error!(error = %e, "cannot remember message ids");
        }
    }

    /// She blocked the bot: forget her, as /forget would.
    async fn forget_blocked(&self, chat: ChatId) {
        let key = ContactKey {
            channel: Channel::Telegram,
            chat_id: chat.0,
        };
        let store = self.conversations.store();
        if let Err(e) = store.forget(key).await {
            tracing::error!(error = %e, "cannot forget a blocked contact");
        }
        // Her messages cannot be deleted any more: their ids are of no use.
        if let Err(e) = store.take_recent_messages(key, 0).await {
            tracing::error!(error = %e, "cannot erase a blocked contact's message ids");
        }
        self.flood.forget(chat.0);
        self.sender.forget(chat);
        // Her chat with a mediator, if any, closes (after she is forgotten: the mediator
        // is told it is over).
        self.close_handoff_of(chat, crate::handoff::Outcome::Blocked)
            .await;
        // Or it was a mediator: their cases go back in the line.
        self.mediator_gone(chat.0).await;
    }

    /// When the database fails she still gets an answer with the emergency number:
    /// silent, like every reply, and kept for quick exit (if the database lets it).
    async fn fallback_reply(&self, chat: ChatId) {
        let content = self.conversations.engine().content();
        let text = content
            .locales
            .text(crate::content::REFERENCE, "not-understood");
        let sent = self
            .sender
            .call(chat, Cost::Message, || {
                self.bot.send_message(chat, text).disable_notification(true)
            })
            .await;
        if let Ok(message) = sent {
            let key = ContactKey {
                channel: Channel::Telegram,
                chat_id: chat.0,
            };
            self.remember(key, &[message.id], None, clock::now()).await;
        }
    }
}

/// Button presses and commands that must always go through: quick exit, forget and the
/// danger screen.
fn is_escape(inbound: &Inbound) -> bool {
    match inbound {
        Inbound::Text(text) => {
            matches!(Command::parse(text), Some(Command::Exit | Command::Forget))
        }
        Inbound::Button(payload) => {
            matches!(
                CallbackPayload::parse(payload),
                Ok(CallbackPayload::Action(Action::Exit | Action::Forget))
            ) || matches!(CallbackPayload::parse(payload), Ok(CallbackPayload::Goto(node)) if node == DANGER)
        }
        _ => false,
    }
}

/// The screen of "I am in danger now".
const DANGER: &str = "danger";

/// Whether an update is one of those that always go through ([`is_escape`]), read from
/// the raw update (before a chat's queue, which must never drop one).
fn escapes(update: &Update) -> bool {
    use teloxide::types::UpdateKind;
    match &update.kind {
        UpdateKind::Message(message) => message
            .text()
            .is_some_and(|text| is_escape(&Inbound::Text(text.to_string()))),
        UpdateKind::CallbackQuery(query) => query
            .data
            .as_ref()
            .is_some_and(|data| is_escape(&Inbound::Button(data.clone()))),
        _ => false,
    }
}
