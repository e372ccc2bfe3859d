//! A 429's pause, shared by every process of the bot. Telegram's limits are per token:
//! when one process is told to wait, the others must wait too, or they earn 429s of
//! their own and longer pauses. Each process publishes its pauses and takes on the
//! others' through the database, a few times a second.

use std::sync::Arc;
use std::time::Duration;

use tokio::sync::watch;
use tokio::time::Instant;

use super::Telegram;
use crate::clock;
use crate::store::Store;

/// How often a process looks at the shared pause (and publishes its own).
pub const SHARE_EVERY: Duration = Duration::from_millis(250);

/// Shares pauses until `stopped` turns true. Database errors are logged, never fatal:
/// each process still obeys the 429s it gets itself.
pub async fn share_pauses(tg: Arc<Telegram>, store: Store, mut stopped: watch::Receiver<bool>) {
    let name = tg.bot_id();
    let mut published: Option<Instant> = None;
    // Said once when the database stops answering, once when it is back: not four times
    // a second.
    let mut failing = false;
    loop {
        let now = Instant::now();
        let own = tg
            .sender
            .paused_until()
            .filter(|until| *until > now && published.is_none_or(|p| *until > p));
        let own_ms = own.map(|until| clock::now_ms() + (until - now).as_millis() as i64);
        match store.share_pause(&name, own_ms).await {
            Ok(shared) => {
                if std::mem::take(&mut failing) {
                    tracing::info!("the shared 429 pause is readable again");
                }
                published = published.max(own);
                let left = shared.map_or(0, |until| until - clock::now_ms());
                if left > 0 {
                    let until = Instant::now() + Duration::from_millis(left as u64);
                    tg.sender.pause_until(until);
                    // Ours now too: not published back.
                    published = published.max(Some(until));
                }
            }
            Err(e) if !failing => {
                failing = true;
                tracing::warn!(error = %e, "the shared 429 pause is not readable");
            }
            Err(_) => {}
        }
        tokio::select! {
            _ = stopped.wait_for(|s| *s) => return,
            _ = tokio::time::sleep(SHARE_EVERY) => {}
        }
    }
}
