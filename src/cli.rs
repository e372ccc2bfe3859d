//! What each `carenet` subcommand does; `main.rs` only parses the command line.

use std::io::IsTerminal;
use std::path::Path;
use std::process::ExitCode;
use std::sync::Arc;

use anyhow::Context;

use crate::channels::console::Console;
use crate::channels::telegram::{
    DELETABLE_SECONDS, Limits, Telegram, WebhookSettings, run_polling, run_webhook,
};
use crate::config::{Config, TelegramConfig};
use crate::content::{Content, Review, coverage};
use crate::conversation::Conversations;
use crate::directory::LiveDirectory;
use crate::engine::{Engine, Features};
use crate::store::{Channel, ContactKey, SECONDS_PER_DAY, Store};

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
pub async fn run(config: &Config, telegram: &TelegramConfig) -> anyhow::Result<()> {
    let token = std::env::var("TELOXIDE_TOKEN")
        .context("TELOXIDE_TOKEN is not set: create a bot with @BotFather and export its token")?;
    telegram.validate()?;
    let content = load_content(config)?;
    let store = open_store(config).await?;
    // What organisers imported (`carenet directory import`); without it, "Find help near
    // me" shows the national lines of the dialogues.
    let directory = Arc::new(LiveDirectory::load(&store).await?);
    let engine = Engine::new(content, Features::default()).with_directory(directory.clone());
    let conversations = Conversations::new(engine, store.clone());
    let mut bot = teloxide::Bot::new(token);
    if let Ok(api_url) = std::env::var("TELOXIDE_API_URL") {
        bot = bot.set_api_url(api_url.parse().context("TELOXIDE_API_URL is not a URL")?);
    }
    let limits = Limits {
        overall_per_second: telegram.rate_overall,
        per_chat_per_second: telegram.rate_per_chat,
        per_chat_burst: telegram.burst_per_chat,
        ..Limits::default()
    };
    let tg = Arc::new(Telegram::new(
        bot,
        conversations,
        limits,
        telegram.flood_per_minute,
    ));
    if let Err(e) = tg.register_commands().await {
        tracing::warn!(error = %e, "could not register the command menu");
    }

    let (stop, stopped) = tokio::sync::watch::channel(false);
    tokio::spawn(async move {
        shutdown_signal().await;
        tracing::info!("stopping: finishing the updates in hand");
        let _ = stop.send(true);
    });
    let purge = purge_regularly(store.clone(), telegram.retention_days, stopped.clone());
    let reload = reload_directory_regularly(directory, store.clone(), stopped.clone());
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
                    .context("--webhook needs --webhook-secret")?,
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
    let result = tokio::try_join!(serve, purge, reload).map(|_| ());
    store.close().await;
    result
}

/// Erases what is past its time, once an hour: message ids older than Telegram lets us
/// delete, contacts not seen for `retention_days`, and those who never agreed to what is
/// kept and have not written for two days.
async fn purge_regularly(
    store: Store,
    retention_days: i64,
    mut stopped: tokio::sync::watch::Receiver<bool>,
) -> anyhow::Result<()> {
    loop {
        let now = crate::conversation::unix_now();
        store.purge_old_messages(now - DELETABLE_SECONDS).await?;
        let purged = store
            .purge_inactive(now - retention_days * SECONDS_PER_DAY)
            .await?
            + store.purge_unconsented(now - 2 * SECONDS_PER_DAY).await?;
        if purged > 0 {
            tracing::info!(purged, "contacts past their retention period erased");
        }
        tokio::select! {
            _ = stopped.wait_for(|stop| *stop) => return Ok(()),
            _ = tokio::time::sleep(std::time::Duration::from_secs(3600)) => {}
        }
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
    let now = crate::conversation::unix_now();
    match crate::directory::load_shipped(store, &config.directory_data, now).await {
        Ok(report) => {
            for problem in &report.problems {
                tracing::warn!(%problem, "shipped directory data");
            }
        }
        Err(e) => tracing::warn!(error = %e, "the shipped directory data was not loaded"),
    }
}

/// `carenet directory import`: every bad row on standard error, then the summary. Fails
/// when the source cannot be read, or with `--strict` when a row is bad.
pub async fn directory_import(config: &Config, source: &str, strict: bool) -> anyhow::Result<()> {
    let store = open_store(config).await?;
    let now = crate::conversation::unix_now();
    let report = crate::directory::import(&store, source, strict, now).await;
    store.close().await;
    let report = report?;
    for problem in &report.problems {
        eprintln!("{problem}");
    }
    println!("{}", report.summary());
    anyhow::ensure!(
        !report.aborted,
        "{} bad row(s): nothing imported (--strict)",
        report.rejected
    );
    Ok(())
}

/// `carenet directory export DIR`.
pub async fn directory_export(config: &Config, dir: &Path) -> anyhow::Result<()> {
    let store = open_store(config).await?;
    let exported = crate::directory::export(&store, dir).await;
    store.close().await;
    println!("exported {} services to {}", exported?, dir.display());
    Ok(())
}

/// The questions of `carenet directory search`.
#[derive(Debug, Clone, clap::Args)]
pub struct DirectorySearch {
    /// Her location, LAT,LON (e.g. 45.16,10.79).
    #[arg(long, value_name = "LAT,LON", allow_hyphen_values = true)]
    pub near: Option<String>,
    /// A town, region or country, in any of our languages.
    #[arg(long)]
    pub place: Option<String>,
    /// One of the category codes (shelter, legal_aid, …).
    #[arg(long)]
    pub category: Option<String>,
    /// Spoken by staff or an interpreter (ISO 639-1).
    #[arg(long)]
    pub lang: Option<String>,
    #[arg(long)]
    pub open_now: bool,
    #[arg(long)]
    pub free: bool,
    /// Open around the clock.
    #[arg(long = "24-7")]
    pub always_open: bool,
    #[arg(long, default_value_t = 5)]
    pub limit: usize,
    #[arg(long, default_value_t = 0)]
    pub offset: usize,
}

/// `carenet directory search`: the same search the bot runs.
pub async fn directory_search(config: &Config, search: &DirectorySearch) -> anyhow::Result<()> {
    use crate::directory::{Category, Query, category::category_list};
    let store = open_store(config).await?;
    let directory = crate::directory::load_directory(&store).await;
    store.close().await;
    let directory = directory?;
    let near = match &search.near {
        None => None,
        Some(text) => Some(parse_near(text)?),
    };
    let place = match &search.place {
        None => None,
        Some(text) => Some(
            directory
                .resolve_place(text)
                .with_context(|| format!("no town, region or country called \"{text}\""))?,
        ),
    };
    let category = match &search.category {
        None => None,
        Some(code) => Some(Category::parse(code).with_context(|| {
            format!("unknown category \"{code}\" (one of {})", category_list())
        })?),
    };
    let query = Query {
        near,
        place: place.clone(),
        category,
        language: search.lang.as_ref().map(|l| l.to_ascii_lowercase()),
        open_at: search.open_now.then(jiff::Timestamp::now),
        free_only: search.free,
        always_open_only: search.always_open,
        offset: search.offset,
        limit: search.limit,
    };
    if let Some(place) = &place {
        println!("in {} ({:?}, {})", place.name, place.kind, place.country);
    }
    let page = directory.search(&query);
    if page.hits.is_empty() {
        let country = place
            .map(|p| p.country.to_string())
            .or_else(|| near.and_then(|p| p.country()).map(str::to_string));
        println!("nothing matched");
        if let Some(country) = country {
            println!("helplines in {country}:");
            for line in directory.helplines(&country) {
                print_service(line, None);
            }
        }
        return Ok(());
    }
    for hit in &page.hits {
        print_service(hit.service, hit.distance_km);
    }
    if page.more {
        println!("more: --offset {}", search.offset + page.hits.len());
    }
    Ok(())
}

fn parse_near(text: &str) -> anyhow::Result<crate::engine::Coordinates> {
    let (lat, lon) = text
        .split_once(',')
        .context("--near takes LAT,LON, e.g. 45.16,10.79")?;
    let (lat, lon): (f64, f64) = (
        lat.trim()
            .parse()
            .context("--near: the latitude is not a number")?,
        lon.trim()
            .parse()
            .context("--near: the longitude is not a number")?,
    );
    Ok(crate::engine::Coordinates::new(lat, lon)?)
}

fn print_service(service: &crate::directory::Service, distance_km: Option<f64>) {
    let distance = distance_km.map_or(String::new(), |km| format!("{km:.1} km  "));
    let example = if service.example {
        "[EXAMPLE, not a real service]  "
    } else {
        ""
    };
    let phones: Vec<&str> = service.phones.iter().map(|p| &*p.number).collect();
    let languages: Vec<String> = service
        .languages
        .iter()
        .map(|l| format!("{}{}", l.code(), if l.via_interpreter { "*" } else { "" }))
        .collect();
    println!("{distance}{example}{} ({})", service.name, service.category);
    let city = service
        .place
        .as_ref()
        .and_then(|p| p.city.as_deref())
        .unwrap_or("");
    println!(
        "    {city}  phone {}  languages {}{}{}",
        phones.join(", "),
        languages.join(" "),
        if service.free { "  free" } else { "" },
        if service.is_always_open() {
            "  24/7"
        } else {
            ""
        },
    );
}
