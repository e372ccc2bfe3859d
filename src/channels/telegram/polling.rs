//! Long polling. The offset moves past a batch of updates only when every update in it is
//! handled, so a crash re-delivers them instead of dropping them; updates of one chat run
//! in order, different chats in parallel.

use std::collections::HashMap;
use std::future::IntoFuture;
use std::sync::Arc;
use std::time::Duration;

use teloxide::RequestError;
use teloxide::prelude::*;
use teloxide::types::Update;
use tokio::sync::watch;
use tokio::task::JoinSet;

use super::Telegram;

/// Polls until `shutdown` turns true, then finishes the batch in hand and confirms it.
pub async fn run_polling(
    tg: Arc<Telegram>,
    poll_timeout: Duration,
    mut shutdown: watch::Receiver<bool>,
) -> Result<(), RequestError> {
    // Polling and a webhook exclude each other: Telegram answers getUpdates with 409.
    // Telegram may be unreachable at start: wait for it rather than exit and crash-loop.
    let mut failures: u32 = 0;
    while let Err(error) = tg.bot.delete_webhook().await {
        failures += 1;
        let wait = backoff(&error, failures);
        tracing::warn!(error = %error, wait_ms = wait.as_millis() as u64, "deleteWebhook failed");
        tokio::select! {
            _ = shutdown.changed() => return Ok(()),
            _ = tokio::time::sleep(wait) => {}
        }
    }
    let mut offset = 0;
    failures = 0;
    loop {
        if *shutdown.borrow_and_update() {
            break;
        }
        let request = tg
            .bot
            .get_updates()
            .offset(offset)
            .timeout(poll_timeout.as_secs() as u32)
            .allowed_updates(super::ALLOWED_UPDATES.to_vec());
        let result = tokio::select! {
            _ = shutdown.changed() => break,
            result = request.into_future() => result,
        };
        match result {
            Ok(updates) => {
                failures = 0;
                if let Some(last) = updates.last() {
                    offset = last.id.as_offset();
                }
                handle_batch(&tg, updates).await;
            }
            Err(error) => {
                failures += 1;
                let wait = backoff(&error, failures);
                tracing::warn!(error = %error, wait_ms = wait.as_millis() as u64, "getUpdates failed");
                tokio::select! {
                    _ = shutdown.changed() => break,
                    _ = tokio::time::sleep(wait) => {}
                }
            }
        }
    }
    // Tell Telegram the handled updates are done, so a restart does not see them again.
    if offset > 0 {
        let _ = tg
            .bot
            .get_updates()
            .offset(offset)
            .limit(1)
            .timeout(0)
            .await;
    }
    Ok(())
}

/// How long to wait after the `failures`-th failure in a row: what a 429 says, else
/// exponential from half a second up to 30 seconds.
fn backoff(error: &RequestError, failures: u32) -> Duration {
    match error {
        RequestError::RetryAfter(seconds) => seconds.duration(),
        _ => Duration::from_millis(500 * 2u64.pow(failures.min(6))).min(Duration::from_secs(30)),
    }
}

/// Handles a batch: one task per chat, each chat's updates in order.
pub(super) async fn handle_batch(tg: &Arc<Telegram>, updates: Vec<Update>) {
    let mut by_chat: HashMap<Option<ChatId>, Vec<Update>> = HashMap::new();
    for update in updates {
        by_chat
            .entry(
                update
                    .chat()
                    .map(|c| c.id)
                    .or_else(|| callback_chat(&update)),
            )
            .or_default()
            .push(update);
    }
    let mut tasks = JoinSet::new();
    for (_, group) in by_chat {
        let tg = Arc::clone(tg);
        tasks.spawn(async move {
            for update in &group {
                tg.handle_update(update).await;
            }
        });
    }
    while let Some(done) = tasks.join_next().await {
        if done.is_err() {
            tracing::error!("an update handler panicked; going on with the next updates");
        }
    }
}

fn callback_chat(update: &Update) -> Option<ChatId> {
    update.from().map(|user| ChatId(user.id.0 as i64))
}
