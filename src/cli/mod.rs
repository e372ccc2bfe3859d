//! What each `carenet` subcommand does; `main.rs` only parses the command line.

pub mod broadcast;
pub mod directory;

use std::io::IsTerminal;
use std::path::Path;
use std::process::ExitCode;
use std::sync::Arc;

use anyhow::Context;

use crate::channels::console::Console;
use crate::channels::telegram::{
    DELETABLE_SECONDS, GroupLimit, Handoff, HandoffSettings, Limits, Telegram, WebhookSettings,
    run_polling, run_webhook,
};
use crate::config::{BroadcastConfig, Config, HandoffConfig, TelegramConfig};
use crate::content::{Content, Review, coverage};
use crate::conversation::Conversations;
use crate::directory::LiveDirectory;
use crate::engine::{Engine, Features};
use crate::purge::{Purge, Retention};
use crate::store::{Channel, ContactKey, Store};

/// How often what is past its time is erased.
const PURGE_EVERY: std::time::Duration = std::time::Duration::from_secs(3600);

/// `carenet check`: validates all content; prints every problem with file and line, or a
/// coverage summary per language.
pub fn check(dialogues: &Path, locales: &Path) -> ExitCode {
    match Content::load(dialogues, locales) {
        Ok(content) => {
            for warning in &content.warnings {
                println!("{warning}");
            }
            println!(
                "{} nodes in {}; {} languages in {}:",
                content.dialogues.nodes().len(),
                dialogues.display(),
                content.locales.all().len(),
                locales.display()
            );
            for c in coverage(&content.locales) {
                let review = match c.review {
                    Review::Reference => "reference",
                    Review::Reviewed => "reviewed by a native speaker",
                    Review::Draft => "draft, not reviewed by a native speaker",
                };
                let shipped = if c.shipped { "" } else { ", not shipped" };
                println!(
                    "  {:<6} {:<12} {:>3}/{} messages  {review}{shipped}",
                    c.code, c.name, c.translated, c.total
                );
            }
            ExitCode::SUCCESS
        }
        Err(diagnostics) => {
            for d in &diagnostics {
                eprintln!("{d}");
            }
            let errors = diagnostics
                .iter()
                .filter(|d| d.severity == crate::content::Severity::Error)
                .count();
            eprintln!("carenet check: {errors} error(s)");
            ExitCode::FAILURE
        }
    }
}

/// Loads and checks the content; a bot with broken content does not start.
pub fn load_content(config: &Config) -> anyhow::Result<Arc<Content>> {
    match Content::load(&config.dialogues, &config.locales) {
        Ok(content) => Ok(Arc::new(content)),
        Err(diagnostics) => {
            for d in &diagnostics {
                eprintln!("{d}");
            }
            anyhow::bail!("the content has errors: run `carenet check` for the full list")
        }
    }
}

pub async fn open_store(config: &Config) -> anyhow::Result<Store> {
    let store = Store::connect(&config.database_url)
        .await
        .context("cannot open the database")?;
    store.migrate().await?;
    Ok(store)
}

/// `carenet migrate`.
pub async fn migrate(config: &Config) -> anyhow::Result<()> {
    let store = open_store(config).await?;
    println!("database is up to date ({:?})", store.backend());
    store.close().await;
    Ok(())
}

/// `carenet chat`: the terminal chat, as the local user `user`.
pub async fn chat(config: &Config, language: Option<&str>, user: i64) -> anyhow::Result<()> {
    let content = load_content(config)?;
    let store = open_store(config).await?;
    load_shipped_directory(&store, config).await;
    let directory = Arc::new(LiveDirectory::load(&store).await?);
    let engine = Engine::new(content, Features::default()).with_directory(directory);
    let conversations = Conversations::new(engine, store);
    let interactive = std::io::stdin().is_terminal() && std::io::stdout().is_terminal();
    let input = tokio::io::BufReader::new(tokio::io::stdin());
    let console = Console::new(input, tokio::io::stdout(), interactive);
    let key = ContactKey {
        channel: Channel::Console,
        chat_id: user,
    };
    console.run(&conversations, key, language).await?;
    conversations.store().close().await;
    Ok(())
}

/// `carenet run`: the Telegram bot, until SIGINT or SIGTERM.
pub async fn run(
    config: &Config,
    telegram: &TelegramConfig,
    broadcast: &BroadcastConfig,
) -> anyhow::Result<()> {
    let token = std::env::var("TELOXIDE_TOKEN")
        .context("TELOXIDE_TOKEN is not set: create a bot with @BotFather and export its token")?;
    telegram.validate()?;
    let content = load_content(config)?;
    let store = open_store(config).await?;
    // What organisers imported (`carenet directory import`); without it, "Find help near
    // me" shows the national lines of the dialogues.
    let directory = Arc::new(LiveDirectory::load(&store).await?);
    let features = Features {
        handoff: telegram.handoff.staff_chat.is_some(),
        subscriptions: true,
    };
    let engine = Engine::new(content, features).with_directory(directory.clone());
    let conversations = Conversations::new(engine, store.clone());
    let mut bot = teloxide::Bot::new(token);
    if let Ok(api_url) = std::env::var("TELOXIDE_API_URL") {
        bot = bot.set_api_url(api_url.parse().context("TELOXIDE_API_URL is not a URL")?);
    }
    let limits = Limits {
        overall_per_second: telegram.rate_overall,
        per_chat_per_second: telegram.rate_per_chat,
        per_chat_burst: telegram.burst_per_chat,
        // It may follow a process on the same token that was sending until just now.
        quiet_start: true,
        ..Limits::default()
    };
    let mut tg = Telegram::new(bot, conversations, limits, telegram.flood_per_minute);
    if let Some(settings) = handoff_settings(&telegram.handoff)? {
        tg = tg.with_handoff(Handoff::load(&store, settings).await?);
    } else {
        tracing::warn!("CARENET_STAFF_CHAT is not set: \"Talk to a person\" shows the helplines");
    }
    let tg = Arc::new(tg);
    if let Err(e) = tg.register_commands().await {
        tracing::warn!(error = %e, "could not register the command menu");
    }

    let (stop, stopped) = tokio::sync::watch::channel(false);
    tokio::spawn(async move {
        shutdown_signal().await;
        tracing::info!("stopping: finishing the updates in hand");
        let _ = stop.send(true);
    });
    let retention = Retention {
        contact_days: telegram.retention_days,
        case_days: telegram.handoff.case_retention_days,
        message_seconds: DELETABLE_SECONDS,
    };
    let purge = {
        let purge = Purge::new(store.clone(), retention);
        let stopped = stopped.clone();
        async move {
            purge.run(PURGE_EVERY, stopped).await;
            anyhow::Ok(())
        }
    };
    let handoff = {
        let tg = Arc::clone(&tg);
        let stopped = stopped.clone();
        async move {
            tg.run_handoff(stopped).await;
            anyhow::Ok(())
        }
    };
    let broadcasts = send_broadcasts(
        store.clone(),
        tg.clone(),
        telegram,
        broadcast,
        stopped.clone(),
    );
    let reload = reload_directory_regularly(directory, store.clone(), stopped.clone());
    let pauses = {
        let (tg, store, stopped) = (tg.clone(), store.clone(), stopped.clone());
        async move {
            crate::channels::telegram::share_pauses(tg, store, stopped).await;
            anyhow::Ok(())
        }
    };
    let serve = async {
        if telegram.webhook {
            let settings = WebhookSettings {
                url: telegram
                    .webhook_url
                    .clone()
                    .context("--webhook needs --webhook-url")?,
                listen: telegram.listen,
                secret: telegram
                    .webhook_secret
                    .clone()
                    .context("--webhook needs CARENET_WEBHOOK_SECRET")?,
            };
            run_webhook(tg, settings, stopped).await
        } else {
            let timeout = std::time::Duration::from_secs(telegram.poll_timeout);
            run_polling(tg, timeout, stopped)
                .await
                .map_err(anyhow::Error::from)
        }
    };
    // Both end on the stop signal, the server after the updates in hand; a failing
    // worker ends the process at once, loudly.
    let result = tokio::try_join!(serve, purge, reload, handoff, broadcasts, pauses).map(|_| ());
    store.close().await;
    result
}

/// The broadcast sender (issue 6): sends while this process holds the bot's sender lock.
async fn send_broadcasts(
    store: Store,
    tg: Arc<Telegram>,
    telegram: &TelegramConfig,
    broadcast: &BroadcastConfig,
    stopped: tokio::sync::watch::Receiver<bool>,
) -> anyhow::Result<()> {
    if !broadcast.sender {
        return Ok(());
    }
    let settings = crate::broadcast::worker::WorkerSettings {
        rate: telegram.rate_overall.get(),
        max_attempts: broadcast.broadcast_attempts.max(1),
        backoff: std::time::Duration::from_secs(broadcast.broadcast_backoff),
        progress_every: std::time::Duration::from_secs(broadcast.broadcast_progress.max(1)),
        ..Default::default()
    };
    let outbox = Arc::new(crate::channels::telegram::Outbox::new(tg));
    crate::broadcast::worker::run(store, outbox, settings, stopped).await?;
    Ok(())
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
            _ = tokio::time::sleep(std::time::Duration::from_secs(60)) => {}
        }
        match directory.refresh(&store).await {
            Ok(true) => tracing::info!(services = directory.get().len(), "directory reloaded"),
            Ok(false) => {}
            Err(error) => tracing::warn!(%error, "directory reload failed"),
        }
    }
}

async fn shutdown_signal() {
    let ctrl_c = tokio::signal::ctrl_c();
    #[cfg(unix)]
    {
        let mut term =
            match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
                Ok(term) => term,
                Err(_) => {
                    let _ = ctrl_c.await;
                    return;
                }
            };
        tokio::select! {
            _ = ctrl_c => {}
            _ = term.recv() => {}
        }
    }
    #[cfg(not(unix))]
    let _ = ctrl_c.await;
}

/// Loads the helplines and the example directory we ship, so that a new user sees the
/// directory work at once. A problem is reported and the chat goes on without them.
async fn load_shipped_directory(store: &Store, config: &Config) {
    let now = crate::clock::now();
    match crate::directory::load_shipped(store, &config.directory_data, now).await {
        Ok(report) => {
            for problem in &report.problems {
                tracing::warn!(%problem, "shipped directory data");
            }
        }
        Err(e) => tracing::warn!(error = %e, "the shipped directory data was not loaded"),
    }
}

/// `carenet staff add ID ROLE [LANGUAGES]`.
pub async fn staff_add(
    config: &Config,
    user_id: &str,
    role: &str,
    languages: &str,
) -> anyhow::Result<()> {
    use crate::staff::{Role, StaffMember, parse_languages, parse_user_id};
    let member = StaffMember {
        user_id: parse_user_id(user_id)?,
        role: Role::parse(role)?,
        languages: parse_languages(languages)?,
    };
    let store = open_store(config).await?;
    store.put_staff(&member, crate::clock::now()).await?;
    println!("{} is now {}", member.user_id, member.describe());
    store.close().await;
    Ok(())
}

/// `carenet staff remove ID`.
pub async fn staff_remove(config: &Config, user_id: &str) -> anyhow::Result<()> {
    let user_id = crate::staff::parse_user_id(user_id)?;
    let store = open_store(config).await?;
    let removed = store.remove_staff(user_id).await?;
    store.close().await;
    anyhow::ensure!(removed, "{user_id} is not staff");
    println!("{user_id} is no longer staff");
    Ok(())
}

/// `carenet staff list`.
pub async fn staff_list(config: &Config) -> anyhow::Result<()> {
    let store = open_store(config).await?;
    let staff = store.staff().await?;
    store.close().await;
    if staff.is_empty() {
        println!("no staff yet: carenet staff add USER_ID admin");
    }
    for member in &staff {
        println!("{}  {}", member.user_id, member.describe());
    }
    Ok(())
}

/// The handoff's settings, or `None` when no staff group is set (the handoff is off).
fn handoff_settings(config: &HandoffConfig) -> anyhow::Result<Option<HandoffSettings>> {
    let Some(staff_chat) = config.staff_chat else {
        return Ok(None);
    };
    Ok(Some(HandoffSettings {
        staff_chat: teloxide::types::ChatId(staff_chat),
        topics: config.staff_topics,
        admins: config.admin_ids()?,
        escalate_after: config.escalate_minutes as i64 * 60,
        hours: crate::handoff::StaffedHours::parse(&config.staffed_hours)?,
        group_limit: GroupLimit(config.staff_chat_per_minute),
        idle_days: config.case_idle_days,
    }))
}

/// `carenet stats`: the figures of the cases opened in the last `days` days, aggregated
/// (no row describes one person).
pub async fn stats(config: &Config, days: i64) -> anyhow::Result<()> {
    anyhow::ensure!((1..=3650).contains(&days), "--days must be from 1 to 3650");
    let store = open_store(config).await?;
    let since = crate::clock::now() - days * crate::store::SECONDS_PER_DAY;
    let times = store.case_times(since).await?;
    store.close().await;
    println!("Cases opened in the last {days} days (time to the mediator's first reply):");
    println!(
        "{}",
        crate::handoff::format_figures(&crate::handoff::figures(&times))
    );
    Ok(())
}
