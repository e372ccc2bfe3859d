//! `carenet broadcast …` and `carenet session …`: the organisers' command line, for
//! scripting. The bot's `/broadcast` and `/session` do the same in a chat.

use std::collections::BTreeMap;
use std::path::PathBuf;

use anyhow::Context;
use clap::Subcommand;
use serde::Deserialize;

use super::progress::{self, Reach};
use super::sessions::{NewSession, Session, local_time, parse_local_time};
use super::{Audience, NewBroadcast, Topic, Topics};
use crate::config::Config;
use crate::conversation::unix_now;
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
                let broadcast = super::file::read(&file, unix_now()).map_err(anyhow::Error::msg)?;
                let store = open(&config).await?;
                let result = create(&store, &broadcast, dry_run).await;
                store.close().await;
                result
            }
            BroadcastCommand::Status { id, config } => {
                let store = open(&config).await?;
                let result = status(&store, id).await;
                store.close().await;
                result
            }
            BroadcastCommand::Cancel { id, config } => {
                let store = open(&config).await?;
                let cancelled = store.cancel_broadcast(id, unix_now()).await;
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
                let store = open(&config).await?;
                let id = store.add_session(&session, unix_now()).await;
                store.close().await;
                println!("session #{} added", id?);
                Ok(())
            }
            SessionCommand::List { config } => {
                let store = open(&config).await?;
                let sessions = store.upcoming_sessions(unix_now(), None, None, 100).await;
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
                let store = open(&config).await?;
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
                let store = open(&config).await?;
                let result = async {
                    let session = store
                        .session(id)
                        .await?
                        .with_context(|| format!("no session #{id}"))?;
                    let at = match send_at {
                        Some(at) => {
                            parse_local_time(&at, &session.timezone).map_err(anyhow::Error::msg)?
                        }
                        None => unix_now(),
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

async fn open(config: &Config) -> anyhow::Result<Store> {
    let store = Store::connect(&config.database_url)
        .await
        .context("cannot open the database")?;
    store.migrate().await?;
    Ok(store)
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
    let created = store.create_broadcast(broadcast, unix_now()).await?;
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
    match at > unix_now() {
        true => format!("to be sent at {} UTC", local_time(at, "UTC")),
        false => "sending now".to_string(),
    }
}

async fn status(store: &Store, id: Option<i64>) -> anyhow::Result<()> {
    let now = unix_now();
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

/// The announcement of a session, in each of its languages: title, time, place,
/// description; to the subscribers of its region and topic.
pub fn announcement(
    session: &Session,
    at: i64,
    created_by: Option<i64>,
    progress: Option<(i64, i64)>,
) -> NewBroadcast {
    let texts: BTreeMap<String, String> = session
        .texts
        .iter()
        .map(|(language, (title, description))| {
            let text = format!(
                "{title}\n📅 {} ({})\n📍 {}\n\n{description}",
                local_time(session.starts_at, &session.timezone),
                session.timezone,
                session.place
            );
            (language.clone(), text.trim_end().to_string())
        })
        .collect();
    let fallback = texts.contains_key("en").then(|| "en".to_string());
    NewBroadcast {
        // One announcement of a session for a given time; sent now, one a day: a command
        // run twice (or retried) does not send it twice.
        idempotency_key: Some(match at > crate::conversation::unix_now() {
            true => format!("session:{}:announce:{at}", session.id),
            false => format!("session:{}:announce:day:{}", session.id, at / 86_400),
        }),
        texts,
        fallback,
        audience: Audience {
            languages: vec![],
            regions: vec![session.region.clone()],
            topics: Topics(session.topic.bit()),
        },
        scheduled_at: at,
        created_by,
        progress,
    }
}

pub fn describe_session(session: &Session) -> String {
    let (title, _) = session.text_in("en");
    format!(
        "#{} {} ({}) · {} · {} · languages {} · topic {} · {}",
        session.id,
        local_time(session.starts_at, &session.timezone),
        session.timezone,
        session.region,
        title,
        session.languages.join(","),
        session.topic.name(),
        session.place
    )
}

/// The session file (TOML), also what `/session` takes in the bot:
///
/// ```toml
/// starts = "2026-12-03 17:30"
/// timezone = "Europe/Rome"
/// place = "Casa delle Donne, Via Roma 1, Milano"   # or an online link
/// languages = ["it", "ar"]                          # spoken at the session
/// topic = "rights"                                  # rights, health, work, language, children
/// region = "it"                                     # it, es, gr
/// [texts.en]
/// title = "Your rights at work"
/// description = "A free meeting with a lawyer and a mediator."
/// [texts.it]
/// title = "…"
/// description = "…"
/// ```
pub fn parse_session(text: &str) -> Result<NewSession, String> {
    #[derive(Deserialize)]
    #[serde(deny_unknown_fields)]
    struct File {
        starts: String,
        timezone: String,
        place: String,
        languages: Vec<String>,
        topic: String,
        region: String,
        texts: BTreeMap<String, Texts>,
    }
    #[derive(Deserialize)]
    #[serde(deny_unknown_fields)]
    struct Texts {
        title: String,
        #[serde(default)]
        description: String,
    }
    let file: File = toml::from_str(text).map_err(|e| e.to_string())?;
    let session = NewSession {
        starts_at: parse_local_time(&file.starts, &file.timezone)?,
        timezone: file.timezone,
        place: file.place.trim().to_string(),
        languages: file
            .languages
            .iter()
            .map(|l| l.trim().to_lowercase())
            .collect(),
        topic: Topic::parse(&file.topic)
            .ok_or_else(|| format!("unknown topic {:?}", file.topic))?,
        region: file.region.trim().to_lowercase(),
        texts: file
            .texts
            .into_iter()
            .map(|(l, t)| {
                (
                    l.to_lowercase(),
                    (t.title.trim().to_string(), t.description.trim().to_string()),
                )
            })
            .collect(),
    };
    session.validate()?;
    Ok(session)
}
