//! What each `carenet` subcommand does; `main.rs` only parses the command line.

use std::io::IsTerminal;
use std::path::Path;
use std::process::ExitCode;
use std::sync::Arc;

use anyhow::Context;

use crate::channels::console::Console;
use crate::config::Config;
use crate::content::{Content, Review, coverage};
use crate::conversation::Conversations;
use crate::engine::{Engine, Features};
use crate::store::{Channel, ContactKey, Store};

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
    let conversations = Conversations::new(Engine::new(content, Features::default()), store);
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
