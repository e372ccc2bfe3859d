//! Long polling. Telegram forgets an update once a `getUpdates` asks for a later offset,
//! so the offset we send never passes an update still in hand: a crash re-delivers those
//! instead of dropping them. Updates go to per-chat queues ([`Dispatcher`]), so polling goes
//! on while a chat waits for its rate limit. One exception: when a whole answer (100
//! updates) is still in hand behind a chat slow for over a second, or behind a chat that
//! floods, the offset moves past them, or no other chat would be heard until that one
//! caught up.

use std::future::IntoFuture;
use std::sync::Arc;
use std::time::Duration;

use teloxide::RequestError;
use teloxide::prelude::*;
use tokio::sync::watch;

use super::Telegram;
use super::dispatch::Dispatcher;

/// Polls until `shutdown` turns true, then finishes the updates in hand and confirms them.
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
        tracing::warn!(
            error = super::sender::describe(&error),
            wait_ms = wait.as_millis() as u64,
            "deleteWebhook failed"
        );
        tokio::select! {
            _ = shutdown.changed() => return Ok(()),
            _ = tokio::time::sleep(wait) => {}
        }
    }
    let dispatcher = Dispatcher::new(Arc::clone(&tg));
    let mut progress = dispatcher.watch_progress();
    // The next update id we have not seen yet.
    let mut next_new: i32 = 0;
    // The offset of the last getUpdates: asking again from the same offset brings back
    // the same updates still in hand.
    let mut last_offset: Option<i32> = None;
    // Set when a whole answer held only updates still in hand: see `MAX_UPDATES`.
    let mut window_full = false;
    // Updates below this were confirmed early (a full window), and are not asked again.
    let mut floor: i32 = 0;
    failures = 0;
    loop {
        if *shutdown.borrow_and_update() {
            break;
        }
        // Back-pressure: with many updates in hand, let them finish before fetching more.
        progress.borrow_and_update();
        while dispatcher.in_hand() >= MAX_IN_HAND {
            Dispatcher::progressed(&mut progress).await;
        }
        if window_full {
            // Telegram answers at most MAX_UPDATES updates from the offset: with that many
            // still in hand behind a slow chat (a 429, a long queue), holding the offset
            // would hold every other chat too. Confirm what is in hand, though a crash
            // before it is handled would now lose it: the price of not stalling everyone.
            tracing::warn!(
                in_hand = dispatcher.in_hand(),
                "a full answer of updates still in hand: confirming them early"
            );
            floor = next_new;
            window_full = false;
        }
        let mut offset = confirmed_up_to(&dispatcher, next_new).max(floor);
        if last_offset == Some(offset) && dispatcher.in_hand() > 0 {
            // Give the updates in hand a moment to finish, so that the next answer carries
            // new updates rather than the same ones again; never long, or a slow chat
            // would hold up the others.
            tokio::select! {
                _ = Dispatcher::progressed(&mut progress) => {}
                _ = tokio::time::sleep(REPOLL_PAUSE) => {}
            }
            offset = confirmed_up_to(&dispatcher, next_new).max(floor);
        }
        last_offset = Some(offset);
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
                let mut fresh = 0;
                let answered = updates.len();
                for update in updates {
                    let id = update.id.as_offset();
                    if id > next_new {
                        next_new = id;
                        fresh += 1;
                        dispatcher.dispatch(update);
                    }
                }
                // A full answer of updates in hand, held long enough to be a slow chat rather
                // than a busy moment, or behind a chat that floods (no reason to wait then:
                // everyone else's updates are behind that chat's).
                window_full = fresh == 0
                    && answered >= MAX_UPDATES
                    && (dispatcher.flooded()
                        || dispatcher
                            .oldest_held_for()
                            .is_some_and(|held| held >= HOLD_AT_MOST));
                if fresh == 0 && !window_full && dispatcher.in_hand() > 0 {
                    // Only updates already in hand came back (they are not confirmed yet):
                    // wait for one to finish instead of asking again at once.
                    Dispatcher::progressed(&mut progress).await;
                }
            }
            Err(error) => {
                failures += 1;
                let wait = backoff(&error, failures);
                // Never the error itself: an answer teloxide cannot read is in its
                // message whole (updates, names, texts).
                tracing::warn!(
                    error = super::sender::describe(&error),
                    wait_ms = wait.as_millis() as u64,
                    "getUpdates failed"
                );
                tokio::select! {
                    _ = shutdown.changed() => break,
                    _ = tokio::time::sleep(wait) => {}
                }
            }
        }
    }
    // Finish what is in hand, then tell Telegram, so a restart does not see it again.
    dispatcher.drained().await;
    if next_new > 0 {
        let _ = tg
            .bot
            .get_updates()
            .offset(next_new)
            .limit(1)
            .timeout(0)
            .await;
    }
    Ok(())
}

/// The longest polling waits for an update in hand before asking again from the same
/// offset.
const REPOLL_PAUSE: Duration = Duration::from_millis(2);

/// How long the oldest update may hold a full window before it is confirmed early.
const HOLD_AT_MOST: Duration = Duration::from_secs(1);

/// The most updates one `getUpdates` answer carries (Telegram's default and maximum).
const MAX_UPDATES: usize = 100;

/// Updates dispatched but not yet handled, at most, before polling waits.
const MAX_IN_HAND: usize = 1_000;

/// The offset that confirms every handled update and no update still in hand.
fn confirmed_up_to(dispatcher: &Dispatcher, next_new: i32) -> i32 {
    match dispatcher.oldest_in_hand() {
        Some(oldest) => (oldest as i32).min(next_new),
        None => next_new,
    }
}

/// How long to wait after the `failures`-th failure in a row: what a 429 says, else
/// exponential from half a second up to 30 seconds.
fn backoff(error: &RequestError, failures: u32) -> Duration {
    match error {
        RequestError::RetryAfter(seconds) => seconds.duration(),
        _ => Duration::from_millis(500 * 2u64.pow(failures.min(6))).min(Duration::from_secs(30)),
    }
}
