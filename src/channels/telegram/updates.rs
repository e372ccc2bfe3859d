//! Telegram updates → engine events. Only private chats reach the engine: in groups the
//! bot stays silent (staff roles arrive with the handoff).

use teloxide::types::{
    CallbackQueryId, ChatId, MaybeInaccessibleMessage, Message, MessageId, Update, UpdateKind,
};

use crate::engine::{Command, Inbound};
use crate::geo::Coordinates;

/// One update, read: who it is from, what she did, and what must be acknowledged. No
/// `Debug`: it holds her chat id.
pub struct Incoming {
    pub chat: ChatId,
    pub inbound: Inbound,
    /// Her own message, to delete on quick exit.
    pub message: Option<MessageId>,
    /// The button press to answer, and the message that carried the button.
    pub callback: Option<(CallbackQueryId, Option<Pressed>)>,
}

/// The message whose button she pressed: editable and deletable only while young.
#[derive(Debug, Clone, Copy)]
pub struct Pressed {
    pub id: MessageId,
    /// Unix seconds it was sent; 0 when Telegram no longer tells (too old to touch).
    pub sent_at: i64,
}

/// Whether this update says she blocked the bot (or left a private chat with it).
pub fn blocked_chat(update: &Update) -> Option<ChatId> {
    match &update.kind {
        UpdateKind::MyChatMember(change)
            if change.chat.is_private()
                && (change.new_chat_member.is_banned() || change.new_chat_member.is_left()) =>
        {
            Some(change.chat.id)
        }
        _ => None,
    }
}

/// The private chat of an update the bot could not read (a new kind of message): she
/// still gets an answer.
pub fn unreadable_private_chat(update: &Update) -> Option<ChatId> {
    let UpdateKind::Error(raw) = &update.kind else {
        return None;
    };
    let chat = raw.get("message")?.get("chat")?;
    if chat.get("type")?.as_str()? != "private" {
        return None;
    }
    chat.get("id")?.as_i64().map(ChatId)
}

/// What kind of update this was, for logs (never the content).
pub fn kind(update: &Update) -> &'static str {
    match &update.kind {
        UpdateKind::Message(m) if m.text().is_some_and(|t| t.starts_with('/')) => "command",
        UpdateKind::Message(m) if m.text().is_some() => "text",
        UpdateKind::Message(m) if m.location().is_some() => "location",
        UpdateKind::Message(_) => "media",
        UpdateKind::CallbackQuery(_) => "button",
        UpdateKind::EditedMessage(_) => "edit",
        UpdateKind::MyChatMember(_) => "membership",
        _ => "other",
    }
}

/// `None` for updates the bot does not answer (groups, channels, edits, polls…).
pub fn read(update: &Update) -> Option<Incoming> {
    match &update.kind {
        UpdateKind::Message(message) if message.chat.is_private() => Some(read_message(message)),
        UpdateKind::CallbackQuery(query) => {
            let carrier = query.message.as_ref();
            if carrier.is_some_and(|m| !m.chat().is_private()) {
                return None;
            }
            // In a private chat the chat id is the user's id.
            let chat = carrier.map_or(ChatId(query.from.id.0 as i64), |m| m.chat().id);
            let data = query.data.clone().unwrap_or_default();
            Some(Incoming {
                chat,
                inbound: Inbound::Button(data),
                message: None,
                callback: Some((query.id.clone(), carrier.map(pressed))),
            })
        }
        _ => None,
    }
}

fn pressed(carrier: &MaybeInaccessibleMessage) -> Pressed {
    Pressed {
        id: carrier.id(),
        sent_at: carrier.regular_message().map_or(0, |m| m.date.timestamp()),
    }
}

fn read_message(message: &Message) -> Incoming {
    let language = message.from.as_ref().and_then(|u| u.language_code.clone());
    let inbound = if let Some(text) = message.text() {
        if Command::parse(text) == Some(Command::Start) {
            Inbound::Start { language }
        } else {
            Inbound::Text(text.to_string())
        }
    } else if let Some(location) = message.location() {
        match Coordinates::new(location.latitude, location.longitude) {
            Ok(at) => Inbound::Location(at),
            Err(_) => Inbound::Unsupported,
        }
    } else {
        Inbound::Unsupported
    };
    Incoming {
        chat: message.chat.id,
        inbound,
        message: Some(message.id),
        callback: None,
    }
}
