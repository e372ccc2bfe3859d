//! Keeping the directory current: the sources of `CARENET_DIRECTORY_SOURCES` are
//! re-imported on a schedule. A service that leaves its source is retired (women no
//! longer see it; the export keeps it; coming back revives it). A failed fetch changes
//! nothing; neither does an import with problems or with no services at all, for a bad
//! row or an empty answer must not hide real services.

use std::time::Duration;

use super::import::{ImportError, import};
use crate::store::{Store, StoreError};

/// Information no import confirmed for this long is stale: shown to women with a
/// warning, listed for organisers (`carenet directory stale`).
pub const STALE_AFTER_DAYS: i64 = 365;

/// What one sync of one source did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Synced {
    /// Imported; `retired` services had left the source.
    Done {
        imported: usize,
        updated: usize,
        retired: u64,
    },
    /// Imported, but nothing retired: the import had problems or brought no service.
    Kept { problems: usize },
}

#[derive(Debug, thiserror::Error)]
pub enum SyncError {
    #[error(transparent)]
    Import(#[from] ImportError),
    #[error(transparent)]
    Store(#[from] StoreError),
}

/// Re-imports `source` at `now` (Unix seconds) and retires what left it.
pub async fn sync_source(store: &Store, source: &str, now: i64) -> Result<Synced, SyncError> {
    let report = import(store, source, false, now).await?;
    let brought = report.imported + report.updated;
    if !report.problems.is_empty() || brought == 0 {
        return Ok(Synced::Kept {
            problems: report.problems.len(),
        });
    }
    let retired = store.retire_missing(source, now).await?;
    Ok(Synced::Done {
        imported: report.imported,
        updated: report.updated,
        retired,
    })
}

/// Syncs every source now, then every `every`, until `stopped`. Logs each source's
/// outcome by its position in the list (a URL may carry a key), never its content.
pub async fn run(
    store: Store,
    sources: Vec<String>,
    every: Duration,
    mut stopped: tokio::sync::watch::Receiver<bool>,
) {
    loop {
        for (index, source) in sources.iter().enumerate() {
            match sync_source(&store, source, crate::clock::now()).await {
                Ok(Synced::Done {
                    imported,
                    updated,
                    retired,
                }) => tracing::info!(
                    source = index,
                    imported,
                    updated,
                    retired,
                    "directory synced"
                ),
                Ok(Synced::Kept { problems }) => tracing::warn!(
                    source = index,
                    problems,
                    "directory source imported with problems or empty: nothing retired"
                ),
                Err(error) => tracing::warn!(
                    source = index,
                    error = without_queries(&error.to_string()),
                    "directory sync failed: nothing changed"
                ),
            }
        }
        tokio::select! {
            _ = stopped.wait_for(|stop| *stop) => return,
            _ = tokio::time::sleep(every) => {}
        }
    }
}

/// `text` with the query of every URL in it cut off: a source's URL may carry a key
/// (`?api_key=…`), and logs are read by more people than the configuration.
pub fn without_queries(text: &str) -> String {
    text.split(' ')
        .map(|word| match (word.contains("://"), word.split_once('?')) {
            (true, Some((url, _))) => format!("{url}?…"),
            _ => word.to_string(),
        })
        .collect::<Vec<_>>()
        .join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_in_urls_never_reach_the_log() {
        assert_eq!(
            without_queries("cannot fetch https://api.example.org/services?page=1&key=SECRET: 500"),
            "cannot fetch https://api.example.org/services?… 500"
        );
        assert_eq!(without_queries("no URL here? fine"), "no URL here? fine");
    }
}
