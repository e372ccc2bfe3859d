//! The `carenet` command line. Each subcommand lives in `carenet::cli`.

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand};

use carenet::cli;
use carenet::config::Config;

/// carenet: rights and help against gender-based violence, in her language.
#[derive(Parser)]
#[command(version, about)]
struct Cli {
    #[command(subcommand)]
    command: Option<Command>,
}

#[derive(Subcommand)]
enum Command {
    /// Talk to the bot in the terminal (scriptable: pipe answers on standard input).
    Chat {
        /// Start in this language (en, it, es, el, fr, ar, fa, uk).
        #[arg(long)]
        lang: Option<String>,
        /// Local user number: each one is a separate conversation.
        #[arg(long, default_value_t = 1)]
        user: i64,
        #[command(flatten)]
        config: Config,
    },
    /// Check dialogues and translations; exit non-zero with file:line on any error.
    Check {
        #[arg(long, env = "CARENET_DIALOGUES", default_value = "dialogues")]
        dialogues: PathBuf,
        #[arg(long, env = "CARENET_LOCALES", default_value = "locales")]
        locales: PathBuf,
    },
    /// Create or update the database schema.
    Migrate {
        #[command(flatten)]
        config: Config,
    },
}

fn main() -> ExitCode {
    tracing_subscriber::fmt()
        .with_env_filter(
            tracing_subscriber::EnvFilter::try_from_env("CARENET_LOG")
                .unwrap_or_else(|_| "warn".into()),
        )
        .with_writer(std::io::stderr)
        .init();
    let cli = Cli::parse();
    let runtime = match tokio::runtime::Runtime::new() {
        Ok(runtime) => runtime,
        Err(e) => {
            eprintln!("carenet: cannot start: {e}");
            return ExitCode::FAILURE;
        }
    };
    let result = match cli.command {
        Some(Command::Check { dialogues, locales }) => return cli::check(&dialogues, &locales),
        Some(Command::Migrate { config }) => runtime.block_on(cli::migrate(&config)),
        Some(Command::Chat { lang, user, config }) => {
            runtime.block_on(cli::chat(&config, lang.as_deref(), user))
        }
        None => {
            if std::env::var_os("TELOXIDE_TOKEN").is_some() {
                eprintln!(
                    "TELOXIDE_TOKEN is set, but this build has no Telegram channel yet; \
                     starting the terminal chat."
                );
            }
            let config = Config::default_from_env();
            runtime.block_on(cli::chat(&config, None, 1))
        }
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("carenet: {e:#}");
            ExitCode::FAILURE
        }
    }
}
