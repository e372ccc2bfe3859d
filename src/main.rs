//! The `carenet` command line. Each subcommand lives in `carenet::cli`.

use std::io::IsTerminal;
use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand};

use carenet::cli;
use carenet::cli::directory;
use carenet::config::{BroadcastConfig, Config, DirectorySyncConfig, TelegramConfig};

/// carenet: rights and help against gender-based violence, in her language.
#[derive(Parser)]
#[command(version, about)]
struct Cli {
    #[command(subcommand)]
    command: Option<Command>,
}

// Parsed once at start: the size of its largest variant (`run`'s settings) costs nothing.
#[allow(clippy::large_enum_variant)]
#[derive(Subcommand)]
enum Command {
    /// Talk to the bot in the terminal (scriptable: pipe answers on standard input).
    Chat {
        /// Start in this language: the code of a folder of locales/ (en, it, ar, ur…).
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
    /// Run the Telegram bot (long polling, or webhooks with --webhook).
    Run {
        #[command(flatten)]
        config: Config,
        #[command(flatten)]
        telegram: TelegramConfig,
        #[command(flatten)]
        broadcast: BroadcastConfig,
        #[command(flatten)]
        directory: DirectorySyncConfig,
    },
    /// Create or update the database schema.
    Migrate {
        #[command(flatten)]
        config: Config,
    },
    /// The service directory: import, export and search.
    Directory {
        #[command(subcommand)]
        command: DirectoryCommand,
    },
    /// Figures for organisers: cases opened and claimed, time to a first reply, by
    /// language and region (aggregates only).
    Stats {
        /// The period: cases opened in the last DAYS days.
        #[arg(long, default_value_t = 30)]
        days: i64,
        #[command(flatten)]
        config: Config,
    },
    /// Staff who work with the bot: admins, mediators, organisers.
    Staff {
        #[command(subcommand)]
        command: StaffCommand,
    },
    /// Awareness sessions: add, list, remove, announce.
    Session {
        #[command(subcommand)]
        command: carenet::cli::broadcast::SessionCommand,
    },
    /// Broadcasts to subscribers: create from a file, status, cancel.
    Broadcast {
        #[command(subcommand)]
        command: carenet::cli::broadcast::BroadcastCommand,
    },
}

#[derive(Subcommand)]
enum StaffCommand {
    /// Add a staff member, or change their role and languages.
    Add {
        /// Telegram user id.
        user_id: String,
        /// admin, mediator or organiser.
        role: String,
        /// Languages a mediator works in, comma-separated ISO 639-1 codes (it,ar,fa).
        #[arg(default_value = "")]
        languages: String,
        #[command(flatten)]
        config: Config,
    },
    /// Remove a staff member.
    Remove {
        user_id: String,
        #[command(flatten)]
        config: Config,
    },
    /// List staff members.
    List {
        #[command(flatten)]
        config: Config,
    },
}

#[derive(Subcommand)]
enum DirectoryCommand {
    /// Import a flat CSV file, a folder (HSDS package or flat CSV files) or an https URL.
    Import {
        #[command(flatten)]
        import: carenet::cli::directory::ImportArgs,
        #[command(flatten)]
        config: Config,
    },
    /// Write the directory as an HSDS CSV package into DIR.
    Export {
        dir: PathBuf,
        #[command(flatten)]
        config: Config,
    },
    /// List the services nobody confirmed for a year (no import brought them since).
    Stale {
        #[command(flatten)]
        config: Config,
    },
    /// Answer the bot's questions from the command line.
    Search {
        #[command(flatten)]
        search: carenet::cli::directory::SearchArgs,
        #[command(flatten)]
        config: Config,
    },
}

/// glibc gives threads that allocate at the same moment arenas of their own, up to eight
/// per core, and keeps what each frees for later: after a burst of updates the bot held
/// 2–5 MB more than it used, just over the 50 MB of issue 3 in some runs. Two arenas (one
/// per core of a small server) measured 43–44 MB with no loss of throughput
/// (docs/benchmarks.md). Called first, before any other thread exists.
#[cfg(all(target_os = "linux", target_env = "gnu"))]
fn limit_malloc_arenas() {
    // SAFETY: mallopt only sets an allocator parameter; no thread allocates yet.
    unsafe {
        libc::mallopt(libc::M_ARENA_MAX, 2);
    }
}

#[cfg(not(all(target_os = "linux", target_env = "gnu")))]
fn limit_malloc_arenas() {}

fn main() -> ExitCode {
    limit_malloc_arenas();
    let cli = Cli::parse();
    // The bot logs each update (kind, outcome, latency: never content); the terminal chat
    // stays quiet unless asked.
    let runs_bot = match &cli.command {
        Some(Command::Run { .. }) => true,
        None => std::env::var_os("TELOXIDE_TOKEN").is_some(),
        _ => false,
    };
    let default_filter = if runs_bot { "info" } else { "warn" };
    tracing_subscriber::fmt()
        .with_env_filter(
            tracing_subscriber::EnvFilter::try_from_env("CARENET_LOG")
                .unwrap_or_else(|_| default_filter.into()),
        )
        .with_ansi(std::io::stderr().is_terminal())
        .with_writer(std::io::stderr)
        .init();
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
        Some(Command::Run {
            config,
            telegram,
            broadcast,
            directory,
        }) => runtime.block_on(cli::run(&config, &telegram, &broadcast, &directory)),
        Some(Command::Directory { command }) => match command {
            DirectoryCommand::Import { import, config } => {
                runtime.block_on(directory::import(&config, &import))
            }
            DirectoryCommand::Export { dir, config } => {
                runtime.block_on(directory::export(&config, &dir))
            }
            DirectoryCommand::Stale { config } => runtime.block_on(directory::stale(&config)),
            DirectoryCommand::Search { search, config } => {
                runtime.block_on(directory::search(&config, &search))
            }
        },
        Some(Command::Stats { days, config }) => runtime.block_on(cli::stats(&config, days)),
        Some(Command::Staff { command }) => match command {
            StaffCommand::Add {
                user_id,
                role,
                languages,
                config,
            } => runtime.block_on(cli::staff_add(&config, &user_id, &role, &languages)),
            StaffCommand::Remove { user_id, config } => {
                runtime.block_on(cli::staff_remove(&config, &user_id))
            }
            StaffCommand::List { config } => runtime.block_on(cli::staff_list(&config)),
        },
        Some(Command::Session { command }) => runtime.block_on(command.run()),
        Some(Command::Broadcast { command }) => runtime.block_on(command.run()),
        None => {
            let config = carenet::config::from_env::<Config>();
            match std::env::var_os("TELOXIDE_TOKEN") {
                Some(_) => runtime.block_on(cli::run(
                    &config,
                    &carenet::config::from_env::<TelegramConfig>(),
                    &carenet::config::from_env::<BroadcastConfig>(),
                    &carenet::config::from_env::<DirectorySyncConfig>(),
                )),
                None => runtime.block_on(cli::chat(&config, None, 1)),
            }
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
