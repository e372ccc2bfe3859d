//! Engine effects → Bot API calls for one chat: messages with inline keyboards (a button
//! press edits the message it came from where one reply replaces one screen), long text
//! split, the location button, and quick exit's deletions.

use teloxide::prelude::*;
use teloxide::types::{
    ButtonRequest, InlineKeyboardButton, InlineKeyboardMarkup, KeyboardButton, KeyboardMarkup,
    MessageId,
};
use teloxide::{ApiError, RequestError};

use super::Telegram;
use super::sender::{Cost, SendError};
use super::updates::{Incoming, Pressed};
use crate::content::MAX_MESSAGE_UNITS;
use crate::engine::{Outbound, Reply};
use crate::store::ContactKey;
use crate::text::split_message;

/// Telegram lets bots delete messages in private chats for 48 hours; keep a margin.
pub const DELETABLE_SECONDS: i64 = 48 * 3600 - 600;
/// `deleteMessages` takes at most this many ids.
const DELETE_BATCH: usize = 100;

/// Carries out `effects` for the chat `incoming` came from. The ids of the messages sent
/// go into `sent` as they are sent, for a later quick exit, even when a later call fails.
pub async fn deliver(
    tg: &Telegram,
    key: ContactKey,
    incoming: &Incoming,
    effects: &[Outbound],
    now: i64,
    sent: &mut Vec<MessageId>,
) -> Result<(), SendError> {
    let chat = incoming.chat;
    let replies = effects
        .iter()
        .filter(|e| matches!(e, Outbound::Reply(_)))
        .count();
    // One screen replacing the screen whose button she pressed: edit it in place, but only
    // while quick exit can still delete it (an edit does not restart Telegram's 48 hours).
    let mut edit = match (&incoming.callback, replies) {
        (Some((_, Some(pressed))), 1)
            if !effects.contains(&Outbound::QuickExit) && deletable(pressed, now) =>
        {
            Some(pressed.id)
        }
        _ => None,
    };
    for effect in effects {
        match effect {
            Outbound::Reply(reply) => {
                if let Some(message) = edit.take()
                    && edit_in_place(tg, chat, message, reply).await?
                {
                    continue;
                }
                send_reply(tg, chat, reply, sent).await?;
            }
            Outbound::QuickExit => {
                // First: a mediator's message must not arrive just after the deletion.
                tg.pause_handoff_of(chat).await;
                let cleared = quick_exit(tg, key, incoming, now).await;
                tg.finish_quick_exit_of(chat).await;
                cleared?;
            }
            Outbound::Forget => {
                tg.flood.forget(chat.0);
                tg.sender.forget(chat);
                tg.close_handoff_of(chat, crate::handoff::Outcome::Forgotten)
                    .await;
            }
            Outbound::OpenHandoff {
                topic,
                language,
                region,
            } => {
                let new = crate::store::NewCase {
                    language,
                    region,
                    topic,
                };
                tg.open_handoff(chat, new, now, sent).await?;
            }
            Outbound::Venue {
                latitude,
                longitude,
                title,
                address,
            } => {
                let message = tg
                    .sender
                    .call(chat, Cost::Message, || {
                        tg.bot
                            .send_venue(chat, *latitude, *longitude, title.clone(), address.clone())
                            .disable_notification(true)
                    })
                    .await?;
                sent.push(message.id);
            }
            Outbound::Subscribe => super::subscribe::open(tg, key, chat, now, sent).await?,
            Outbound::Unsubscribe => tg.subscriptions.stop(key).await,
        }
    }
    Ok(())
}

fn deletable(pressed: &Pressed, now: i64) -> bool {
    pressed.sent_at > 0 && now - pressed.sent_at < DELETABLE_SECONDS
}

fn inline_keyboard(reply: &Reply) -> InlineKeyboardMarkup {
    InlineKeyboardMarkup::new(reply.keyboard.iter().map(|row| {
        row.iter()
            .map(|b| InlineKeyboardButton::callback(b.label.clone(), b.payload.clone()))
            .collect::<Vec<_>>()
    }))
}

/// `Ok(false)` when the message cannot be edited (too old, deleted): send a new one.
async fn edit_in_place(
    tg: &Telegram,
    chat: ChatId,
    message: MessageId,
    reply: &Reply,
) -> Result<bool, SendError> {
    let fits = reply.text.encode_utf16().count() <= MAX_MESSAGE_UNITS;
    if !fits || reply.location_button.is_some() {
        return Ok(false);
    }
    let keyboard = inline_keyboard(reply);
    let result = tg
        .sender
        .call(chat, Cost::Edit, || {
            tg.bot
                .edit_message_text(chat, message, reply.text.clone())
                .reply_markup(keyboard.clone())
        })
        .await;
    match result {
        Ok(_) => Ok(true),
        Err(SendError::Refused(RequestError::Api(ApiError::MessageNotModified))) => Ok(true),
        Err(SendError::Refused(_)) => Ok(false),
        Err(other) => Err(other),
    }
}

/// Sends a reply, split where too long. Replies come silently: she is in the chat, and a
/// late reply must not ring for someone near her to hear. Silent does not hide the text
/// on a lock screen: the safety screen tells her how to hide previews.
pub(super) async fn send_reply(
    tg: &Telegram,
    chat: ChatId,
    reply: &Reply,
    sent: &mut Vec<MessageId>,
) -> Result<(), SendError> {
    let parts = split_message(&reply.text, MAX_MESSAGE_UNITS);
    let last = parts.len() - 1;
    let keyboard = inline_keyboard(reply);
    for (i, part) in parts.iter().enumerate() {
        let message = tg
            .sender
            .call(chat, Cost::Message, || {
                let request = tg
                    .bot
                    .send_message(chat, part.clone())
                    .disable_notification(true);
                match i == last && !reply.keyboard.is_empty() {
                    true => request.reply_markup(keyboard.clone()),
                    false => request,
                }
            })
            .await?;
        sent.push(message.id);
    }
    if let Some(label) = &reply.location_button {
        // A message has either inline buttons or a reply keyboard: the location button,
        // which only a reply keyboard can carry, comes in a short message of its own.
        let button = KeyboardButton::new(label.clone()).request(ButtonRequest::Location);
        let markup = KeyboardMarkup::new(vec![vec![button]])
            .resize_keyboard()
            .one_time_keyboard();
        let message = tg
            .sender
            .call(chat, Cost::Message, || {
                tg.bot
                    .send_message(chat, label.clone())
                    .disable_notification(true)
                    .reply_markup(markup.clone())
            })
            .await?;
        sent.push(message.id);
    }
    Ok(())
}

/// Deletes the messages of the last 48 hours that we know of, hers and ours. What
/// Telegram refuses (too old, already gone) is skipped: the rest still goes.
async fn quick_exit(
    tg: &Telegram,
    key: ContactKey,
    incoming: &Incoming,
    now: i64,
) -> Result<(), SendError> {
    let chat = incoming.chat;
    let mut ids: Vec<MessageId> = tg
        .conversations
        .store()
        .take_recent_messages(key, now - DELETABLE_SECONDS)
        .await
        .unwrap_or_else(|e| {
            tracing::error!(error = %e, "cannot read message ids for quick exit");
            vec![]
        })
        .into_iter()
        .filter_map(|id| i32::try_from(id).ok().map(MessageId))
        .collect();
    ids.extend(incoming.message);
    if let Some((_, Some(pressed))) = &incoming.callback
        && deletable(pressed, now)
    {
        ids.push(pressed.id);
    }
    ids.sort_by_key(|m| m.0);
    ids.dedup();
    delete_messages(tg, chat, &ids).await
}

/// Deletes messages of one chat in batches of what `deleteMessages` takes. What Telegram
/// refuses (too old, already gone) is skipped; a batch that fails does not hold back the
/// next ones (as much as can go, goes), and the first failure is reported. A block
/// stops at once: nothing more can be deleted there.
pub(super) async fn delete_messages(
    tg: &Telegram,
    chat: ChatId,
    ids: &[MessageId],
) -> Result<(), SendError> {
    let mut outcome = Ok(());
    for batch in ids.chunks(DELETE_BATCH) {
        let result = tg
            .sender
            .call(chat, Cost::Free, || {
                tg.bot.delete_messages(chat, batch.to_vec())
            })
            .await;
        match result {
            Ok(_) | Err(SendError::Refused(_)) => {}
            Err(SendError::Blocked) => return Err(SendError::Blocked),
            Err(e) if outcome.is_ok() => outcome = Err(e),
            Err(_) => {}
        }
    }
    outcome
}
