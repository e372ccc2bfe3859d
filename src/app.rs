//! The composition root: the bot as `carenet run` runs it, built in one place
//! ([`App::build`]) and run until a shutdown ([`App::run_until`]). The command line and
//! the end-to-end tests build it here and nowhere else; the terminal chat shares the part
//! that needs no channel ([`Core`]).

mod tasks;

use std::future::Future;
use std::sync::Arc;
use std::time::Duration;

use anyhow::Context;

pub use tasks::{Shutdown, Tasks};

use crate::broadcast::worker::WorkerSettings;
use crate::channels::telegram::{
    GroupLimit, Limits, Outbox, StaffGroupSettings, Telegram, WebhookSettings, run_polling,
    run_webhook, share_pauses,
};
use crate::config::{BroadcastConfig, Config, DirectorySyncConfig, HandoffConfig, TelegramConfig};
use crate::content::{Content, Facts};
use crate::conversation::Conversations;
use crate::directory::LiveDirectory;
use crate::engine::{Engine, Features};
use crate::handoff::{Handoff, HandoffSettings};
use crate::purge::{Purge, Retention};
use crate::store::Store;

/// How often what is past its time is erased.
const PURGE_EVERY: Duration = Duration::from_secs(3600);

/// Message ids (for quick exit) are erased this long after they were sent, so that with
/// the purge's hour they are gone within the 2 days the texts state.
const MESSAGE_IDS_SECONDS: i64 = 2 * 86_400 - PURGE_EVERY.as_secs() as i64;

/// How often the directory in memory checks for a new import.
const RELOAD_EVERY: Duration = Duration::from_secs(60);

/// What every way of running the bot shares: the content, the store (migrated), the
/// directory in memory and the conversations over them.
pub struct Core {
    pub store: Store,
    pub directory: Arc<LiveDirectory>,
    pub conversations: Conversations,
}

impl Core {
    /// Loads the content (refusing content with errors), opens the store and loads the
    /// directory.
    pub async fn build(config: &Config, facts: &Facts, features: Features) -> anyhow::Result<Core> {
        let content = load_content(config, facts)?;
        let store = open_store(config).await?;
        Core::on(store, content, features).await
    }

    /// The same on a store already open.
    pub async fn on(
        store: Store,
        content: Arc<Content>,
        features: Features,
    ) -> anyhow::Result<Core> {
        let directory = Arc::new(LiveDirectory::load(&store).await?);
        let engine = Engine::new(content, features).with_directory(directory.clone());
        let conversations = Conversations::new(engine, store.clone());
        Ok(Core {
            store,
            directory,
            conversations,
        })
    }
}

/// The content of `config`'s folders, its texts stating `facts`, or an error that says
/// where to look.
pub fn load_content(config: &Config, facts: &Facts) -> anyhow::Result<Arc<Content>> {
    match Content::load_with(&config.dialogues, &config.locales, facts) {
        Ok(content) => Ok(Arc::new(content)),
        Err(errors) => {
            for error in errors.iter() {
                eprintln!("{error}");
            }
            anyhow::bail!("the content has errors: run `carenet check` for the full list")
        }
    }
}

/// The store of `config`, migrated.
pub async fn open_store(config: &Config) -> anyhow::Result<Store> {
    let store = Store::connect(&config.database_url)
        .await
        .context("cannot open the database")?;
    store.migrate().await?;
    Ok(store)
}

/// Everything `carenet run` needs to know.
#[derive(Clone)]
pub struct Settings {
    pub config: Config,
    pub telegram: TelegramConfig,
    pub broadcast: BroadcastConfig,
    pub directory: DirectorySyncConfig,
    /// The bot's token (from `TELOXIDE_TOKEN`).
    pub token: String,
    /// Another Bot API server (from `TELOXIDE_API_URL`): a local one, or a test's fake.
    pub api_url: Option<url::Url>,
}

/// The bot, built and ready to run.
pub struct App {
    core: Core,
    telegram: Arc<Telegram>,
    settings: Settings,
}

impl App {
    /// Builds the bot: content, store, directory, engine, the Telegram adapter within its
    /// limits and, with a staff group, the handoff. Nothing is sent yet.
    pub async fn build(settings: Settings) -> anyhow::Result<App> {
        let telegram_config = &settings.telegram;
        telegram_config.validate()?;
        let features = Features {
            handoff: telegram_config.handoff.staff_chat.is_some(),
            subscriptions: true,
        };
        let facts = Facts::new(
            settings.telegram.retention_days,
            MESSAGE_IDS_SECONDS + PURGE_EVERY.as_secs() as i64,
        );
        let core = Core::build(&settings.config, &facts, features).await?;
        let mut bot = teloxide::Bot::new(&settings.token);
        if let Some(api_url) = &settings.api_url {
            bot = bot.set_api_url(api_url.clone());
        }
        let limits = Limits {
            overall_per_second: telegram_config.rate_overall,
            per_chat_per_second: telegram_config.rate_per_chat,
            per_chat_burst: telegram_config.burst_per_chat,
            // It may follow a process on the same token that was sending until just now.
            quiet_start: true,
            ..Limits::default()
        };
        let mut telegram = Telegram::new(
            bot,
            core.conversations.clone(),
            limits,
            telegram_config.flood_per_minute,
        );
        match handoff_settings(&telegram_config.handoff)? {
            Some((handoff, group)) => {
                let handoff = Handoff::load(core.conversations.clone(), handoff).await?;
                telegram = telegram.with_handoff(handoff, group);
            }
            None => tracing::warn!(
                "CARENET_STAFF_CHAT is not set: \"Talk to a person\" shows the helplines"
            ),
        }
        Ok(App {
            core,
            telegram: Arc::new(telegram),
            settings,
        })
    }

    pub fn store(&self) -> &Store {
        &self.core.store
    }

    pub fn telegram(&self) -> &Arc<Telegram> {
        &self.telegram
    }

    /// Runs the bot until `shutdown` completes or a task fails: updates (polling or the
    /// webhook), the handoff's clock, the broadcast sender, the purge, the directory's
    /// reload and the shared 429 pauses. At shutdown each task finishes what it holds
    /// (the updates in hand first), then the store is closed.
    pub async fn run_until(
        self,
        shutdown: impl Future<Output = ()> + Send + 'static,
    ) -> anyhow::Result<()> {
        let App {
            core,
            telegram: tg,
            settings,
        } = self;
        if let Err(e) = tg.register_commands().await {
            tracing::warn!(error = %e, "could not register the command menu");
        }
        let raised = Shutdown::new();
        let mut tasks = Tasks::new(raised.clone());
        let signal = {
            let raised = raised.clone();
            tokio::spawn(async move {
                shutdown.await;
                tracing::info!("stopping: finishing the updates in hand");
                raised.raise();
            })
        };
        let stopped = || raised.watch();

        let serve = serve(tg.clone(), &settings.telegram, stopped());
        tasks.spawn("updates", serve);
        let handoff = {
            let (tg, stopped) = (tg.clone(), stopped());
            async move {
                tg.run_handoff(stopped).await;
                Ok(())
            }
        };
        tasks.spawn("handoff", handoff);
        if settings.broadcast.sender {
            let worker = crate::broadcast::worker::run(
                core.store.clone(),
                Arc::new(Outbox::new(tg.clone())),
                worker_settings(&settings.telegram, &settings.broadcast),
                stopped(),
            );
            tasks.spawn("broadcasts", async move { Ok(worker.await?) });
        }
        let retention = Retention {
            contact_days: settings.telegram.retention_days,
            case_days: settings.telegram.handoff.case_retention_days,
            message_seconds: MESSAGE_IDS_SECONDS,
        };
        let purge = Purge::new(core.store.clone(), retention);
        let purge_stopped = stopped();
        tasks.spawn("purge", async move {
            purge.run(PURGE_EVERY, purge_stopped).await;
            Ok(())
        });
        let reload =
            reload_directory_regularly(core.directory.clone(), core.store.clone(), stopped());
        tasks.spawn("directory reload", reload);
        let sync = &settings.directory;
        if !sync.sources.is_empty() {
            let every = Duration::from_secs(sync.directory_sync_hours.max(1) * 3600);
            let round = crate::directory::sync::run(
                core.store.clone(),
                sync.sources.clone(),
                every,
                stopped(),
            );
            tasks.spawn("directory sync", async move {
                round.await;
                Ok(())
            });
        }
        let pauses = {
            let (tg, store, stopped) = (tg.clone(), core.store.clone(), stopped());
            async move {
                share_pauses(tg, store, stopped).await;
                Ok(())
            }
        };
        tasks.spawn("429 pauses", pauses);

        let result = tasks.join().await;
        signal.abort();
        core.store.close().await;
        result
    }
}

/// Updates from Telegram until the shutdown: the webhook server or long polling.
fn serve(
    tg: Arc<Telegram>,
    telegram: &TelegramConfig,
    stopped: tokio::sync::watch::Receiver<bool>,
) -> impl Future<Output = anyhow::Result<()>> + Send + 'static {
    let webhook = telegram.webhook.then(|| {
        Ok::<_, anyhow::Error>(WebhookSettings {
            url: telegram
                .webhook_url
                .clone()
                .context("--webhook needs --webhook-url")?,
            listen: telegram.listen,
            secret: telegram
                .webhook_secret
                .clone()
                .context("--webhook needs CARENET_WEBHOOK_SECRET")?,
        })
    });
    let timeout = Duration::from_secs(telegram.poll_timeout);
    async move {
        match webhook {
            Some(settings) => run_webhook(tg, settings?, stopped).await,
            None => run_polling(tg, timeout, stopped)
                .await
                .map_err(anyhow::Error::from),
        }
    }
}

/// The broadcast sender's settings: its rate is the bot's overall rate (broadcasts use
/// what conversations leave).
fn worker_settings(telegram: &TelegramConfig, broadcast: &BroadcastConfig) -> WorkerSettings {
    WorkerSettings {
        rate: telegram.rate_overall.get(),
        max_attempts: broadcast.broadcast_attempts.max(1),
        backoff: Duration::from_secs(broadcast.broadcast_backoff),
        progress_every: Duration::from_secs(broadcast.broadcast_progress.max(1)),
        ..Default::default()
    }
}

/// Picks up a new import within a minute, without a restart. A failed check is logged
/// and tried again; the directory in memory goes on serving meanwhile.
async fn reload_directory_regularly(
    directory: Arc<LiveDirectory>,
    store: Store,
    mut stopped: tokio::sync::watch::Receiver<bool>,
) -> anyhow::Result<()> {
    loop {
        tokio::select! {
            _ = stopped.wait_for(|stop| *stop) => return Ok(()),
            _ = tokio::time::sleep(RELOAD_EVERY) => {}
        }
        match directory.refresh(&store).await {
            Ok(true) => tracing::info!(services = directory.get().len(), "directory reloaded"),
            Ok(false) => {}
            Err(error) => tracing::warn!(%error, "directory reload failed"),
        }
    }
}

/// The handoff's settings and its staff group, or `None` when no staff group is set (the
/// handoff is off).
fn handoff_settings(
    config: &HandoffConfig,
) -> anyhow::Result<Option<(HandoffSettings, StaffGroupSettings)>> {
    let Some(staff_chat) = config.staff_chat else {
        return Ok(None);
    };
    let settings = HandoffSettings {
        admins: config.admin_ids()?,
        escalate_after: config.escalate_minutes as i64 * 60,
        hours: crate::handoff::StaffedHours::parse(&config.staffed_hours)?,
        idle_days: config.case_idle_days,
    };
    let group = StaffGroupSettings {
        chat: teloxide::types::ChatId(staff_chat),
        topics: config.staff_topics,
        limit: GroupLimit(config.staff_chat_per_minute),
    };
    Ok(Some((settings, group)))
}
