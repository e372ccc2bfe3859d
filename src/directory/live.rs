//! The directory a running bot reads, replaced when an import raises the store's
//! directory version: new data without a restart.

use std::sync::{Arc, RwLock};

use super::index::Directory;
use crate::store::{Store, StoreError};

/// The current directory, shared by every conversation. Call [`refresh`](Self::refresh)
/// every minute or so: it costs one small query when nothing changed.
pub struct LiveDirectory {
    current: RwLock<(i64, Arc<Directory>)>,
}

impl LiveDirectory {
    /// Loads the directory as it is now.
    pub async fn load(store: &Store) -> Result<LiveDirectory, StoreError> {
        let version = store.directory_version().await?;
        let directory = load_directory(store).await?;
        Ok(LiveDirectory {
            current: RwLock::new((version, Arc::new(directory))),
        })
    }

    /// The directory to search now; a search keeps its `Arc` while a reload swaps in the
    /// next one.
    pub fn get(&self) -> Arc<Directory> {
        match self.current.read() {
            Ok(current) => current.1.clone(),
            Err(poisoned) => poisoned.into_inner().1.clone(),
        }
    }

    /// Reloads when the store's directory version moved; returns whether it did.
    pub async fn refresh(&self, store: &Store) -> Result<bool, StoreError> {
        let version = store.directory_version().await?;
        let known = match self.current.read() {
            Ok(current) => current.0,
            Err(poisoned) => poisoned.into_inner().0,
        };
        if version == known {
            return Ok(false);
        }
        let directory = Arc::new(load_directory(store).await?);
        let mut current = match self.current.write() {
            Ok(current) => current,
            Err(poisoned) => poisoned.into_inner(),
        };
        *current = (version, directory);
        Ok(true)
    }
}

/// Reads every row and builds the in-memory directory (building runs on a blocking
/// thread: 100,000 services take a noticeable fraction of a second).
pub async fn load_directory(store: &Store) -> Result<Directory, StoreError> {
    let package = store.load_directory().await?;
    match tokio::task::spawn_blocking(move || Directory::new(&package)).await {
        Ok(directory) => Ok(directory),
        Err(e) => std::panic::resume_unwind(e.into_panic()),
    }
}
