//! The copies of her messages in a mediator's private chat are deleted once the case no
//! longer needs them there: at the close (whoever closes it), at /forget, at her quick
//! exit, and when the case leaves that mediator. Telegram keeps a private chat's messages
//! until someone deletes them, and lets a bot delete one only while it is under 48 hours
//! old: older copies stay, and her screens say so.
//!
//! The ids are in the database (`case_copies`) until deleted, so that a restart or a failed
//! call loses none: the handoff's round deletes what is left.

use teloxide::prelude::*;
use teloxide::types::MessageId;

use super::super::Telegram;
use super::super::delivery::DELETABLE_SECONDS;
use super::super::sender::{Cost, SendError};
use super::Handoff;
use crate::store::CaseCopy;

/// Telegram's limit of ids in one `deleteMessages`.
const DELETE_BATCH: usize = 100;

impl Handoff {
    /// Deletes the copies of `case` that must go (the case is closed, paused by her quick
    /// exit, or left a mediator's desk).
    pub(super) async fn delete_copies_of(&self, tg: &Telegram, case: i64) {
        let now = crate::clock::now();
        let copies = tg
            .conversations
            .store()
            .stale_copies_of(case, now - DELETABLE_SECONDS)
            .await;
        match copies {
            Ok(copies) => delete(tg, &copies).await,
            Err(e) => tracing::error!(error = %e, "cannot read the copies to delete"),
        }
    }

    /// Deletes every copy left behind by a restart or a failed call.
    pub(super) async fn delete_stale_copies(&self, tg: &Telegram, now: i64) {
        let copies = tg
            .conversations
            .store()
            .stale_copies(now - DELETABLE_SECONDS)
            .await;
        match copies {
            Ok(copies) => delete(tg, &copies).await,
            Err(e) => tracing::error!(error = %e, "cannot read the copies to delete"),
        }
    }
}

/// Deletes `copies` (in order of mediator) in batches, and forgets each batch's ids once
/// Telegram took the call, or refused it for good (the copies are gone already, too old,
/// or the mediator blocked the bot: no later try would do better). A batch that failed
/// for a passing reason is kept for the next round.
async fn delete(tg: &Telegram, copies: &[CaseCopy]) {
    let store = tg.conversations.store();
    for of_one in copies.chunk_by(|a, b| a.mediator == b.mediator) {
        let mediator = of_one[0].mediator;
        let chat = ChatId(mediator);
        for batch in of_one.chunks(DELETE_BATCH) {
            let ids: Vec<MessageId> = batch
                .iter()
                .filter_map(|c| i32::try_from(c.message_id).ok().map(MessageId))
                .collect();
            let result = tg
                .sender
                .call(chat, Cost::Free, || {
                    tg.bot.delete_messages(chat, ids.clone())
                })
                .await;
            match result {
                Ok(_) | Err(SendError::Refused(_) | SendError::Blocked) => {}
                Err(e) => {
                    tracing::warn!(error = %e, "copies in a mediator's chat not deleted yet");
                    continue;
                }
            }
            let done: Vec<i64> = batch.iter().map(|c| c.message_id).collect();
            if let Err(e) = store.forget_copies(mediator, &done).await {
                tracing::error!(error = %e, "cannot forget deleted copies");
            }
        }
    }
}
