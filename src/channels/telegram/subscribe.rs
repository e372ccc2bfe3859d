//! Her side of awareness sessions on Telegram: the screens of the subscriptions service
//! (`crate::subscriptions`) as messages with inline buttons, edited in place while quick
//! exit can still delete them.

use teloxide::prelude::*;
use teloxide::types::{InlineKeyboardButton, InlineKeyboardMarkup, MessageId};
use teloxide::{ApiError, RequestError};

use super::delivery::DELETABLE_SECONDS;
use super::sender::{Cost, SendError};
use super::updates::{Incoming, Pressed};
use super::{Handled, Telegram};
use crate::store::{Channel, ContactKey};
use crate::subscriptions::{Press, Screen};

/// A press on her sessions and invitation screens (or `/subscribe`); `None` when she has
/// not yet chosen a language and agreed to what is kept (the engine starts with her).
pub(super) async fn handle(tg: &Telegram, incoming: &Incoming, press: Press) -> Option<Handled> {
    let key = ContactKey {
        channel: Channel::Telegram,
        chat_id: incoming.chat.0,
    };
    let now = crate::clock::now();
    // The flood guard has seen this update already (`Telegram::handle`): counted twice,
    // her presses here met the limit at half her pace, and then got no answer at all.
    let language = match tg.subscriptions.consented_language(key).await {
        Ok(Some(language)) => Some(language),
        // The engine answers her, and her button.
        Ok(None) => return None,
        Err(e) => {
            tracing::error!(error = %e, "store error");
            None
        }
    };
    if let Some((id, _)) = &incoming.callback {
        tg.answer_button(incoming.chat, id, "").await;
    }
    // A store error: the engine's path gives her its fallback reply, with 112.
    let language = language?;
    let pressed = incoming.callback.as_ref().and_then(|(_, p)| *p);
    let result = match tg.subscriptions.answer(key, &language, press, now).await {
        Ok(screen) => show(tg, incoming.chat, &language, screen, pressed, now).await,
        Err(e) => {
            tracing::error!(error = %e, "store error");
            return Some(Handled::StoreError);
        }
    };
    match result {
        Ok(sent) => {
            tg.remember(key, &sent, incoming.message, now).await;
            Some(Handled::Ok)
        }
        Err(SendError::Blocked) => {
            tg.forget_blocked(incoming.chat).await;
            Some(Handled::Blocked)
        }
        Err(e) => {
            tracing::warn!(error = %e, "reply not delivered");
            Some(Handled::SendFailed)
        }
    }
}

/// The sessions screen, for the engine's `Outbound::Subscribe` (the *Awareness sessions*
/// button). Sends a new message; the ids go into `sent` for quick exit.
pub(super) async fn open(
    tg: &Telegram,
    key: ContactKey,
    chat: ChatId,
    now: i64,
    sent: &mut Vec<MessageId>,
) -> Result<(), SendError> {
    let (language, screen) = tg.subscriptions.home(key, now).await;
    sent.extend(show(tg, chat, &language, screen, None, now).await?);
    Ok(())
}

/// Shows `screen` with Menu and Quick exit under it: in place of the screen she pressed
/// while quick exit can still delete it, as a new message otherwise.
async fn show(
    tg: &Telegram,
    chat: ChatId,
    language: &str,
    screen: Screen,
    pressed: Option<Pressed>,
    now: i64,
) -> Result<Vec<MessageId>, SendError> {
    let text = |id: &str| tg.subscriptions.text(language, id);
    let mut rows: Vec<Vec<InlineKeyboardButton>> = screen
        .buttons
        .into_iter()
        .map(|row| {
            row.into_iter()
                .map(|(label, press)| InlineKeyboardButton::callback(label, press.encode()))
                .collect()
        })
        .collect();
    rows.push(vec![
        InlineKeyboardButton::callback(text("btn-menu"), "a:menu"),
        InlineKeyboardButton::callback(text("btn-exit"), "a:exit"),
    ]);
    let keyboard = InlineKeyboardMarkup::new(rows);
    if let Some(pressed) = pressed
        && pressed.sent_at > 0
        && now - pressed.sent_at < DELETABLE_SECONDS
    {
        let result = tg
            .sender
            .call(chat, Cost::Edit, || {
                tg.bot
                    .edit_message_text(chat, pressed.id, screen.text.clone())
                    .reply_markup(keyboard.clone())
            })
            .await;
        match result {
            Ok(_) | Err(SendError::Refused(RequestError::Api(ApiError::MessageNotModified))) => {
                return Ok(vec![]);
            }
            Err(SendError::Refused(_)) => {}
            Err(other) => return Err(other),
        }
    }
    let message = tg
        .sender
        .call(chat, Cost::Message, || {
            tg.bot
                .send_message(chat, screen.text.clone())
                .disable_notification(true)
                .reply_markup(keyboard.clone())
        })
        .await?;
    Ok(vec![message.id])
}
