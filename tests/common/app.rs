//! The bot exactly as `carenet run` builds and runs it ([`App::build`],
//! [`App::run_until`]), against a test's fake Bot API: the one way the end-to-end tests
//! start the whole bot.

use std::sync::Arc;
use std::time::Duration;

use carenet::app::{App, Settings};
use carenet::channels::telegram::Telegram;
use carenet::config::{BroadcastConfig, Config, DirectorySyncConfig, TelegramConfig, from_env};
use carenet::store::Store;
use tokio::sync::oneshot;
use tokio::task::JoinHandle;

/// `carenet run`'s settings with its defaults, on the database at `database_url` and the
/// Bot API at `api_url` (the fake's) with `token`; polls with a one-second timeout.
pub fn settings(database_url: &str, api_url: &str, token: &str) -> Settings {
    let mut config: Config = from_env();
    config.database_url = database_url.to_string();
    let mut telegram: TelegramConfig = from_env();
    telegram.poll_timeout = 1;
    Settings {
        config,
        telegram,
        broadcast: from_env::<BroadcastConfig>(),
        directory: from_env::<DirectorySyncConfig>(),
        token: token.to_string(),
        api_url: Some(api_url.parse().expect("the fake's URL")),
    }
}

/// A running bot, until [`shut_down`](Self::shut_down) or until it stops by itself.
pub struct TestApp {
    pub store: Store,
    pub telegram: Arc<Telegram>,
    stop: Option<oneshot::Sender<()>>,
    running: JoinHandle<anyhow::Result<()>>,
}

/// Builds the bot from `settings` and runs it in a task of its own.
pub async fn spawn_app(settings: Settings) -> TestApp {
    let app = App::build(settings).await.expect("the bot builds");
    let (store, telegram) = (app.store().clone(), app.telegram().clone());
    let (stop, stopped) = oneshot::channel::<()>();
    let running = tokio::spawn(app.run_until(async {
        let _ = stopped.await;
    }));
    TestApp {
        store,
        telegram,
        stop: Some(stop),
        running,
    }
}

impl TestApp {
    /// Stops it as SIGTERM does, and returns how `run_until` ended (within `within`).
    pub async fn shut_down(mut self, within: Duration) -> anyhow::Result<()> {
        if let Some(stop) = self.stop.take() {
            let _ = stop.send(());
        }
        self.finished(within).await
    }

    /// How `run_until` ended by itself (within `within`).
    pub async fn finished(self, within: Duration) -> anyhow::Result<()> {
        tokio::time::timeout(within, self.running)
            .await
            .expect("the bot stopped in time")
            .expect("run_until did not panic")
    }
}
