//! The background tasks of a running bot, tracked by name. All of them watch one shutdown
//! signal; the first to fail (an error or a panic) raises it, so that the others finish
//! what they hold (updates in hand, a broadcast batch, the sender lock) instead of being
//! dropped mid-way; [`Tasks::join`] then waits for each, in the order they were started.

use std::future::Future;
use std::sync::Arc;

use tokio::sync::watch;
use tokio::task::JoinHandle;

/// The shutdown signal: `true` once every task must finish.
#[derive(Clone)]
pub struct Shutdown(Arc<watch::Sender<bool>>);

impl Shutdown {
    pub fn new() -> Shutdown {
        Shutdown(Arc::new(watch::channel(false).0))
    }

    /// Asks every task to finish.
    pub fn raise(&self) {
        self.0.send_replace(true);
    }

    /// What a task watches: it turns `true` at shutdown.
    pub fn watch(&self) -> watch::Receiver<bool> {
        self.0.subscribe()
    }

    pub fn is_raised(&self) -> bool {
        *self.0.borrow()
    }
}

impl Default for Shutdown {
    fn default() -> Self {
        Shutdown::new()
    }
}

/// Raises the shutdown when dropped before [`disarm`](Self::disarm): a task that panics
/// unwinds through it, and the others hear of it at once.
struct RaiseOnDrop {
    shutdown: Shutdown,
    armed: bool,
}

impl Drop for RaiseOnDrop {
    fn drop(&mut self) {
        if self.armed {
            self.shutdown.raise();
        }
    }
}

/// Tasks started with [`spawn`](Self::spawn), all stopped by one [`Shutdown`].
pub struct Tasks {
    shutdown: Shutdown,
    running: Vec<(&'static str, JoinHandle<anyhow::Result<()>>)>,
}

impl Tasks {
    pub fn new(shutdown: Shutdown) -> Tasks {
        Tasks {
            shutdown,
            running: Vec::new(),
        }
    }

    pub fn shutdown(&self) -> &Shutdown {
        &self.shutdown
    }

    /// Starts `task`. Should it fail, the shutdown is raised and the failure logged (with
    /// its name, never with a person's data: errors here are the store's and the
    /// network's).
    pub fn spawn(
        &mut self,
        name: &'static str,
        task: impl Future<Output = anyhow::Result<()>> + Send + 'static,
    ) {
        let shutdown = self.shutdown.clone();
        let handle = tokio::spawn(async move {
            let mut guard = RaiseOnDrop {
                shutdown,
                armed: true,
            };
            let result = task.await;
            match &result {
                Ok(()) => guard.armed = false,
                Err(error) => {
                    tracing::error!(task = name, error = %format!("{error:#}"), "a task failed: stopping the others");
                }
            }
            result
        });
        self.running.push((name, handle));
    }

    /// Waits for every task, in the order they were started, and returns the first
    /// failure (an error, or a panic by its name). A task that ended early without error
    /// (a sender turned off) is simply done.
    pub async fn join(self) -> anyhow::Result<()> {
        let mut first: Option<anyhow::Error> = None;
        for (name, handle) in self.running {
            let outcome = match handle.await {
                Ok(Ok(())) => None,
                Ok(Err(error)) => Some(error.context(format!("{name} failed"))),
                Err(joined) if joined.is_panic() => Some(anyhow::anyhow!("{name} panicked")),
                Err(_) => Some(anyhow::anyhow!("{name} was cancelled")),
            };
            if first.is_none() {
                first = outcome;
            }
        }
        match first {
            Some(error) => Err(error),
            None => Ok(()),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::atomic::{AtomicBool, Ordering};
    use std::time::Duration;

    /// A task that runs until the shutdown, then notes that it finished cleanly.
    fn until_shutdown(tasks: &mut Tasks, name: &'static str, finished: Arc<AtomicBool>) {
        let mut stopped = tasks.shutdown().watch();
        tasks.spawn(name, async move {
            let _ = stopped.wait_for(|s| *s).await;
            finished.store(true, Ordering::SeqCst);
            Ok(())
        });
    }

    #[tokio::test]
    async fn a_failing_task_stops_the_others_through_the_signal() {
        let mut tasks = Tasks::new(Shutdown::new());
        let finished = Arc::new(AtomicBool::new(false));
        until_shutdown(&mut tasks, "server", finished.clone());
        tasks.spawn("worker", async {
            tokio::time::sleep(Duration::from_millis(50)).await;
            anyhow::bail!("the database went away")
        });
        let result = tokio::time::timeout(Duration::from_secs(5), tasks.join())
            .await
            .expect("every task stops once one fails");
        let error = format!("{:#}", result.unwrap_err());
        assert!(error.contains("worker failed"), "{error}");
        assert!(
            finished.load(Ordering::SeqCst),
            "the server finished, not dropped"
        );
    }

    #[tokio::test]
    async fn a_panicking_task_stops_the_others_and_is_named() {
        let mut tasks = Tasks::new(Shutdown::new());
        let finished = Arc::new(AtomicBool::new(false));
        until_shutdown(&mut tasks, "server", finished.clone());
        tasks.spawn("purge", async {
            tokio::time::sleep(Duration::from_millis(50)).await;
            panic!("a bug")
        });
        let result = tokio::time::timeout(Duration::from_secs(5), tasks.join())
            .await
            .expect("every task stops once one panics");
        assert_eq!(result.unwrap_err().to_string(), "purge panicked");
        assert!(finished.load(Ordering::SeqCst));
    }

    #[tokio::test]
    async fn the_shutdown_ends_every_task_and_a_task_that_ends_early_is_fine() {
        let shutdown = Shutdown::new();
        let mut tasks = Tasks::new(shutdown.clone());
        let finished = Arc::new(AtomicBool::new(false));
        until_shutdown(&mut tasks, "server", finished.clone());
        tasks.spawn("sender (off)", async { Ok(()) });
        tokio::time::sleep(Duration::from_millis(50)).await;
        assert!(!shutdown.is_raised(), "a task that is done raises nothing");
        shutdown.raise();
        tasks.join().await.expect("a clean stop");
        assert!(finished.load(Ordering::SeqCst));
    }
}
