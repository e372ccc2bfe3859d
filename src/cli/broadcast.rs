//! `carenet broadcast …` and `carenet session …`: the organisers' command line, for
//! scripting. The bot's `/broadcast` and `/session` do the same in a chat.

use std::path::PathBuf;

use anyhow::Context;
use clap::Subcommand;

use crate::broadcast::NewBroadcast;
use crate::broadcast::progress::{self, Reach};
use crate::broadcast::sessions::{
    announcement, describe_session, local_time, parse_local_time, parse_session,
};
use crate::clock;
use crate::config::Config;
use crate::store::Store;

#[derive(Subcommand)]
pub enum BroadcastCommand {
    /// Queue an announcement from a TOML file, or JSON when its name ends in .json (texts
    /// per language, audience, time). The same file (or key) submitted twice creates one
    /// broadcast.
    Create {
        file: PathBuf,
        /// Show what each language group would get and how many, create nothing.
        #[arg(long)]
        dry_run: bool,
        #[command(flatten)]
        config: Config,
    },
    /// The latest broadcasts, or one in detail.
    Status {
        id: Option<i64>,
        #[command(flatten)]
        config: Config,
    },
    /// Stop a scheduled or running broadcast: nothing more is sent.
    Cancel {
        id: i64,
        #[command(flatten)]
        config: Config,
    },
}

#[derive(Subcommand)]
pub enum SessionCommand {
    /// Add an awareness session from a TOML file (see README).
    Add {
        file: PathBuf,
        #[command(flatten)]
        config: Config,
    },
    /// Upcoming sessions.
    List {
        #[command(flatten)]
        config: Config,
    },
    /// Remove a session (its reminders not yet sent are cancelled).
    Remove {
        id: i64,
        #[command(flatten)]
        config: Config,
    },
    /// Announce a session to the subscribers of its region and topic, in its languages.
    Announce {
        id: i64,
        /// Send later: "2026-12-01 10:00" in the session's time zone.
        #[arg(long)]
        send_at: Option<String>,
        #[command(flatten)]
        config: Config,
    },
}

impl BroadcastCommand {
    pub async fn run(self) -> anyhow::Result<()> {
        match self {
            BroadcastCommand::Create {
                file,
                dry_run,
                config,
            } => {
                let broadcast = crate::broadcast::file::read(&file, clock::now())
                    .map_err(anyhow::Error::msg)?;
                let store = super::open_store(&config).await?;
                let result = create(&store, &broadcast, dry_run).await;
                store.close().await;
                result
            }
            BroadcastCommand::Status { id, config } => {
                let store = super::open_store(&config).await?;
                let result = status(&store, id).await;
                store.close().await;
                result
            }
            BroadcastCommand::Cancel { id, config } => {
                let store = super::open_store(&config).await?;
                let cancelled = store.cancel_broadcast(id, clock::now()).await;
                store.close().await;
                anyhow::ensure!(cancelled?, "no scheduled or running broadcast #{id}");
                println!("broadcast #{id} cancelled: nothing more is sent");
                Ok(())
            }
        }
    }
}

impl SessionCommand {
    pub async fn run(self) -> anyhow::Result<()> {
        match self {
            SessionCommand::Add { file, config } => {
                let text = std::fs::read_to_string(&file)
                    .with_context(|| format!("cannot read {}", file.display()))?;
                let session =
                    parse_session(&text).map_err(|e| anyhow::anyhow!("{}: {e}", file.display()))?;
                let store = super::open_store(&config).await?;
                let id = store.add_session(&session, clock::now()).await;
                store.close().await;
                println!("session #{} added", id?);
                Ok(())
            }
            SessionCommand::List { config } => {
                let store = super::open_store(&config).await?;
                let sessions = store.upcoming_sessions(clock::now(), None, None, 100).await;
                store.close().await;
                let sessions = sessions?;
                if sessions.is_empty() {
                    println!("no upcoming sessions");
                }
                for session in &sessions {
                    println!("{}", describe_session(session));
                }
                Ok(())
            }
            SessionCommand::Remove { id, config } => {
                let store = super::open_store(&config).await?;
                let removed = store.remove_session(id).await;
                store.close().await;
                anyhow::ensure!(removed?, "no session #{id}");
                println!("session #{id} removed");
                Ok(())
            }
            SessionCommand::Announce {
                id,
                send_at,
                config,
            } => {
                let store = super::open_store(&config).await?;
                let result = async {
                    let session = store
                        .session(id)
                        .await?
                        .with_context(|| format!("no session #{id}"))?;
                    let at = match send_at {
                        Some(at) => {
                            parse_local_time(&at, &session.timezone).map_err(anyhow::Error::msg)?
                        }
                        None => clock::now(),
                    };
                    let broadcast = announcement(&session, at, None, None);
                    create(&store, &broadcast, false).await
                }
                .await;
                store.close().await;
                result
            }
        }
    }
}

/// Shows who gets what, then queues it (unless `dry_run`).
async fn create(store: &Store, broadcast: &NewBroadcast, dry_run: bool) -> anyhow::Result<()> {
    let reach = Reach::of(store, broadcast).await?;
    println!("audience: {}", broadcast.audience);
    for language in broadcast.texts.keys() {
        println!("  {language}: {}", reach.language(language));
    }
    if dry_run {
        println!("total {}; nothing created (--dry-run)", reach.total());
        return Ok(());
    }
    let created = store.create_broadcast(broadcast, clock::now()).await?;
    match created.new {
        true => println!(
            "broadcast #{} queued for {}, {}",
            created.id,
            reach.total(),
            when(broadcast.scheduled_at)
        ),
        false => println!(
            "broadcast #{} was already created with this key: nothing new queued",
            created.id
        ),
    }
    Ok(())
}

fn when(at: i64) -> String {
    match at > clock::now() {
        true => format!("to be sent at {} UTC", local_time(at, "UTC")),
        false => "sending now".to_string(),
    }
}

async fn status(store: &Store, id: Option<i64>) -> anyhow::Result<()> {
    let now = clock::now();
    match id {
        Some(id) => {
            let status = store
                .broadcast_status(id)
                .await?
                .with_context(|| format!("no broadcast #{id}"))?;
            println!("{}", progress::render(&status, 30.0, now));
            println!("{}", progress::line(&status, now));
        }
        None => {
            let list = store.recent_broadcasts(20).await?;
            if list.is_empty() {
                println!("no broadcasts yet");
            }
            for status in &list {
                println!("{}", progress::line(status, now));
            }
        }
    }
    Ok(())
}
