//! The hourly purge: what is past its time is erased. A failing round (the database
//! away for a moment, a locked file) is logged and tried again at the next round: the
//! purge is a promise to her, and one database error must neither stop the bot nor end
//! the purging for the rest of the run.

use std::sync::atomic::{AtomicU64, Ordering};
use std::time::Duration;

use crate::store::{SECONDS_PER_DAY, Store, StoreError};

/// How long what we keep is kept.
#[derive(Debug, Clone, Copy)]
pub struct Retention {
    /// Contacts not seen for this many days are erased.
    pub contact_days: i64,
    /// The anonymous metadata of a closed case goes this many days after the close.
    pub case_days: i64,
    /// Message ids (kept for quick exit) go after this many seconds: the channel cannot
    /// delete older messages (Telegram: 48 hours).
    pub message_seconds: i64,
}

/// Those who never agreed to what is kept and have not written for this long are erased.
const UNCONSENTED_SECONDS: i64 = 2 * SECONDS_PER_DAY;

pub struct Purge {
    store: Store,
    retention: Retention,
    rounds: AtomicU64,
}

impl Purge {
    pub fn new(store: Store, retention: Retention) -> Purge {
        Purge {
            store,
            retention,
            rounds: AtomicU64::new(0),
        }
    }

    /// Rounds run so far, failed ones included.
    pub fn rounds(&self) -> u64 {
        self.rounds.load(Ordering::SeqCst)
    }

    /// One round at `now`: message ids older than the channel lets us delete, contacts not
    /// seen for `contact_days`, those who never agreed and have not written for two days,
    /// and the metadata of cases closed `case_days` ago; then, on PostgreSQL, VACUUM on
    /// the tables erased from (see `Store::vacuum_erased`).
    pub async fn round(&self, now: i64) -> Result<(), StoreError> {
        let store = &self.store;
        store
            .purge_old_messages(now - self.retention.message_seconds)
            .await?;
        let purged = store
            .purge_inactive(now - self.retention.contact_days * SECONDS_PER_DAY)
            .await?
            + store.purge_unconsented(now - UNCONSENTED_SECONDS).await?;
        if purged > 0 {
            tracing::info!(purged, "contacts past their retention period erased");
        }
        let cases = store
            .purge_cases(now - self.retention.case_days * SECONDS_PER_DAY)
            .await?;
        if cases > 0 {
            tracing::info!(cases, "case metadata past its retention period erased");
        }
        store.vacuum_erased().await
    }

    /// A round now and then every `every`, until `stopped`. Never fails: a failed round is
    /// logged (the error's kind, never data) and the next one tries again.
    pub async fn run(&self, every: Duration, mut stopped: tokio::sync::watch::Receiver<bool>) {
        loop {
            if let Err(error) = self.round(crate::clock::now()).await {
                tracing::error!(%error, "purge failed: tried again at the next round");
            }
            self.rounds.fetch_add(1, Ordering::SeqCst);
            tokio::select! {
                _ = stopped.wait_for(|stop| *stop) => return,
                _ = tokio::time::sleep(every) => {}
            }
        }
    }
}
