//! The organisers' requests in a private chat with the bot (`/session`, `/broadcast`,
//! `/broadcasts` and their buttons), answered by the organiser service
//! (`crate::broadcast::organiser`) and sent here as messages with buttons.

use teloxide::prelude::*;
use teloxide::types::{InlineKeyboardButton, InlineKeyboardMarkup};

use super::sender::{Cost, SendError};
use super::updates::Incoming;
use super::{Handled, Telegram};
use crate::broadcast::organiser::{Note, Request};

/// An organiser's request; `None` when the sender is not an organiser (or a draft text
/// comes with no draft open): the engine answers it then, as it would anyone's.
pub(super) async fn handle(
    tg: &Telegram,
    incoming: &Incoming,
    request: Request,
) -> Option<Handled> {
    let user = incoming.chat.0;
    match tg.organiser.accepts(user, &request).await {
        Ok(true) => {}
        Ok(false) => return None,
        Err(e) => {
            tracing::error!(error = %e, "store error");
            return None;
        }
    }
    if let Some((id, _)) = &incoming.callback {
        tg.answer_button(incoming.chat, id, "").await;
    }
    let answer = tg.organiser.answer(user, request).await;
    for note in &answer.notes {
        let sent = match say(tg, incoming.chat, note).await {
            Ok(message) => message,
            Err(e) => return Some(failed(tg, incoming.chat, e.into()).await),
        };
        if let Some(id) = note.progress_of
            && let Err(e) = tg
                .organiser
                .progress_shown(id, user, i64::from(sent.id.0))
                .await
        {
            return Some(failed(tg, incoming.chat, e.into()).await);
        }
    }
    match answer.failed {
        true => Some(Handled::OrganiserError),
        false => Some(Handled::Organiser),
    }
}

/// Tells the organiser that sending the answer failed.
async fn failed(tg: &Telegram, chat: ChatId, e: anyhow::Error) -> Handled {
    tracing::warn!(error = %e, "organiser answer not delivered");
    let _ = say(tg, chat, &Note::failure(&e)).await;
    Handled::OrganiserError
}

async fn say(tg: &Telegram, chat: ChatId, note: &Note) -> Result<Message, SendError> {
    let text = crate::text::split_message(&note.text, crate::content::MAX_MESSAGE_UNITS)
        .into_iter()
        .next()
        .unwrap_or_default();
    let buttons: Vec<Vec<InlineKeyboardButton>> = note
        .buttons
        .iter()
        .filter_map(|(label, request)| {
            let payload = request.payload()?;
            Some(vec![InlineKeyboardButton::callback(label.clone(), payload)])
        })
        .collect();
    tg.sender
        .call(chat, Cost::Message, || {
            let request = tg.bot.send_message(chat, text.clone());
            match buttons.is_empty() {
                true => request,
                false => request.reply_markup(InlineKeyboardMarkup::new(buttons.clone())),
            }
        })
        .await
}
