//! What each `carenet` subcommand does; `main.rs` only parses the command line.

pub mod broadcast;
pub mod directory;

use std::io::IsTerminal;
use std::path::Path;
use std::process::ExitCode;

use anyhow::Context;

use crate::app::{App, Core, Settings};
pub use crate::app::{load_content, open_store};
use crate::channels::console::Console;
use crate::config::{BroadcastConfig, Config, DirectorySyncConfig, TelegramConfig};
use crate::content::{
    Content, Facts, MAX_SCREEN_WORDS, MAX_SCREEN_WORDS_ALLOWED, MAX_SENTENCE_WORDS, Review,
    coverage, reading_level,
};
use crate::engine::Features;
use crate::store::{Channel, ContactKey, Store};

/// `carenet check`: validates all content; prints every problem with file and line, or a
/// coverage and reading-level summary per language.
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
            println!(
                "reading level (sentences over {MAX_SENTENCE_WORDS} words, screens over \
                 {MAX_SCREEN_WORDS} and over {MAX_SCREEN_WORDS_ALLOWED} words; English is the reference):"
            );
            for r in reading_level(&content.dialogues, &content.locales) {
                println!(
                    "  {}: {} long sentences, {} long screens, {} over {MAX_SCREEN_WORDS_ALLOWED} words (of {} screens)",
                    r.code, r.long_sentences, r.long_screens, r.too_long_screens, r.screens
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

/// `carenet migrate`.
pub async fn migrate(config: &Config) -> anyhow::Result<()> {
    let store = open_store(config).await?;
    println!("database is up to date ({:?})", store.backend());
    store.close().await;
    Ok(())
}

/// `carenet chat`: the terminal chat, as the local user `user`.
pub async fn chat(config: &Config, language: Option<&str>, user: i64) -> anyhow::Result<()> {
    // The terminal chat is a local trial: it states `carenet run`'s default retention.
    let content = load_content(config, &Facts::default())?;
    let store = open_store(config).await?;
    load_shipped_directory(&store, config).await;
    let core = Core::on(store, content, Features::default()).await?;
    let interactive = std::io::stdin().is_terminal() && std::io::stdout().is_terminal();
    let input = tokio::io::BufReader::new(tokio::io::stdin());
    let console = Console::new(input, tokio::io::stdout(), interactive);
    let key = ContactKey {
        channel: Channel::Console,
        chat_id: user,
    };
    console.run(&core.conversations, key, language).await?;
    core.store.close().await;
    Ok(())
}

/// `carenet run`: the Telegram bot, until SIGINT or SIGTERM.
pub async fn run(
    config: &Config,
    telegram: &TelegramConfig,
    broadcast: &BroadcastConfig,
    directory: &DirectorySyncConfig,
) -> anyhow::Result<()> {
    let token = std::env::var("TELOXIDE_TOKEN")
        .context("TELOXIDE_TOKEN is not set: create a bot with @BotFather and export its token")?;
    let api_url = match std::env::var("TELOXIDE_API_URL") {
        Ok(url) => Some(url.parse().context("TELOXIDE_API_URL is not a URL")?),
        Err(_) => None,
    };
    let settings = Settings {
        config: config.clone(),
        telegram: telegram.clone(),
        broadcast: broadcast.clone(),
        directory: directory.clone(),
        token,
        api_url,
    };
    App::build(settings)
        .await?
        .run_until(shutdown_signal())
        .await
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
