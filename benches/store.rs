//! Events through the store with persistence: `Conversations::handle` loads her state, runs
//! the engine and saves the new state. Targets (docs/benchmarks.md): at least 10,000
//! events/s on SQLite and 5,000/s on PostgreSQL, with p99 under 5 ms.
//!
//!     cargo bench --bench store
//!     CARENET_BENCH_POSTGRES=postgres://user@host:5432/db cargo bench --bench store
//!     CARENET_BENCH_POSTGRES='postgres://postgres@127.0.0.1:5432/test?options=-c%20synchronous_commit%3Doff' \
//!         cargo bench --bench store
//!
//! A plain `main` (no criterion): it needs total throughput under concurrency and the
//! latency of each event, which criterion does not report. For each backend and each
//! number of concurrent tasks, 1,000 new contacts each go through the same ten button
//! presses (every one changes her state, so every event is a read and a write); a task
//! takes the next contact when it has finished one, so events of one contact stay in
//! order, as channels guarantee. PostgreSQL runs in a fresh schema, dropped afterwards;
//! SQLite in a temporary file. Set `CARENET_BENCH_POSTGRES=off` to skip PostgreSQL,
//! `CARENET_BENCH_SQLITE=off` to skip SQLite.

use std::path::Path;
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant};

use anyhow::{Context, Result, ensure};
use carenet::clock;
use carenet::content::Content;
use carenet::conversation::Conversations;
use carenet::engine::{Engine, Features, Inbound};
use carenet::store::{Channel, ContactKey, Store};
use sqlx::{AssertSqlSafe, Connection, PgConnection, raw_sql};

const CONTACTS: usize = 1_000;
const CONCURRENCY: [usize; 3] = [1, 4, 16];
const DEFAULT_POSTGRES: &str = "postgres://postgres@127.0.0.1:5432/test";

/// What one contact does, in order: open the chat, agree, then browse
/// menu → rights → rights_it → back → rights_es → help_es → menu → help → help_it.
fn script() -> Vec<Inbound> {
    let mut events = vec![Inbound::Start {
        language: Some("en-GB".into()),
    }];
    for payload in [
        "a:consent",
        "g:rights",
        "g:rights_it",
        "a:back",
        "g:rights_es",
        "g:help_es",
        "a:menu",
        "g:help",
        "g:help_it",
    ] {
        events.push(Inbound::Button(payload.into()));
    }
    events
}

fn engine() -> Engine {
    let content = Content::load(
        Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/dialogues")),
        Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/locales")),
    )
    .expect("the shipped content loads");
    Engine::new(Arc::new(content), Features::default())
}

/// The script is only worth measuring if every event changes her state (so each one is
/// saved) and each button was on the screen before it.
fn check_script(engine: &Engine) {
    let mut state = None;
    let mut offered: Vec<String> = Vec::new();
    for input in script() {
        if let Inbound::Button(payload) = &input {
            assert!(offered.contains(payload), "{payload} is not on screen");
        }
        let step = engine.handle(state.as_ref(), input.clone());
        assert_ne!(step.state, state, "{input:?} changes nothing");
        offered = step
            .replies()
            .flat_map(|r| r.buttons())
            .map(|b| b.payload.clone())
            .collect();
        state = step.state;
    }
}

fn key(chat_id: i64) -> ContactKey {
    ContactKey {
        channel: Channel::Telegram,
        chat_id,
    }
}

struct Run {
    events: usize,
    elapsed: Duration,
    latencies: Vec<Duration>,
}

impl Run {
    fn per_second(&self) -> f64 {
        self.events as f64 / self.elapsed.as_secs_f64()
    }
}

/// The `q` quantile (0..=1) of sorted durations.
fn quantile(sorted: &[Duration], q: f64) -> Duration {
    let rank = ((sorted.len() as f64 * q).ceil() as usize).clamp(1, sorted.len());
    sorted[rank - 1]
}

fn ms(d: Duration) -> String {
    format!("{:.3}", d.as_secs_f64() * 1e3)
}

/// `contacts` new contacts (chat ids from `first_id`) go through the script, `tasks` at a
/// time.
async fn run(
    conversations: &Conversations,
    first_id: i64,
    contacts: usize,
    tasks: usize,
) -> Result<Run> {
    let script = Arc::new(script());
    let next = Arc::new(AtomicUsize::new(0));
    let started = Instant::now();
    let mut handles = Vec::new();
    for _ in 0..tasks {
        let conversations = conversations.clone();
        let script = script.clone();
        let next = next.clone();
        handles.push(tokio::spawn(async move {
            let mut latencies = Vec::with_capacity(contacts / tasks * script.len() + 64);
            loop {
                let n = next.fetch_add(1, Ordering::Relaxed);
                if n >= contacts {
                    break;
                }
                let key = key(first_id + n as i64);
                for input in script.iter() {
                    let input = input.clone();
                    let at = Instant::now();
                    let effects = conversations.handle(key, input, clock::now()).await?;
                    latencies.push(at.elapsed());
                    ensure!(!effects.is_empty(), "an event without an answer");
                }
            }
            Ok(latencies)
        }));
    }
    let mut latencies = Vec::new();
    for handle in handles {
        latencies.extend(handle.await??);
    }
    let elapsed = started.elapsed();
    latencies.sort_unstable();
    Ok(Run {
        events: latencies.len(),
        elapsed,
        latencies,
    })
}

/// Every contact of a run ended on `help_it`, back history included: the writes happened.
async fn check_saved(store: &Store, first_id: i64, contacts: usize) -> Result<()> {
    ensure!(store.contact_count().await? >= contacts as i64);
    for n in [0, contacts / 2, contacts - 1] {
        let saved = store
            .load_conversation(key(first_id + n as i64))
            .await?
            .context("a contact was not saved")?;
        let c = saved.conversation;
        ensure!(c.node == "help_it" && c.history == ["help"] && c.consented);
        ensure!(c.locale.as_deref() == Some("en") && c.region.as_deref() == Some("it"));
    }
    Ok(())
}

/// Where the time of one event goes, one contact at a time: load, save, the engine.
async fn phases(conversations: &Conversations, first_id: i64, contacts: usize) -> Result<()> {
    let store = conversations.store();
    let engine = conversations.engine();
    let (mut load, mut save, mut think) = (Vec::new(), Vec::new(), Vec::new());
    let press = Inbound::Button("g:rights".into());
    for n in 0..contacts {
        let key = key(first_id + n as i64);
        let at = Instant::now();
        let saved = store.load_conversation(key).await?.context("not saved")?;
        load.push(at.elapsed());
        let at = Instant::now();
        let step = engine.handle(Some(&saved.conversation), press.clone());
        think.push(at.elapsed());
        let state = step.state.context("erased")?;
        let at = Instant::now();
        store.save_conversation(key, &state, clock::now()).await?;
        save.push(at.elapsed());
    }
    for (name, mut times) in [("load", load), ("engine", think), ("save", save)] {
        times.sort_unstable();
        println!(
            "  phase {name:<6}  p50 {:>7} ms  p99 {:>7} ms",
            ms(quantile(&times, 0.5)),
            ms(quantile(&times, 0.99)),
        );
    }
    Ok(())
}

/// Runs every concurrency level on one store. Returns the rows of the summary.
async fn bench_store(name: &str, store: Store, target: f64) -> Result<Vec<String>> {
    store.migrate().await?;
    let conversations = Conversations::new(engine(), store.clone());
    // Warm-up: opens the pool's connections and the caches, not counted.
    run(&conversations, 1_000_000, 100, 16).await?;
    let mut rows = Vec::new();
    for (i, tasks) in CONCURRENCY.into_iter().enumerate() {
        let first_id = 1_000_000 * (i as i64 + 2);
        let r = run(&conversations, first_id, CONTACTS, tasks).await?;
        check_saved(&store, first_id, CONTACTS).await?;
        let (p50, p99) = (quantile(&r.latencies, 0.5), quantile(&r.latencies, 0.99));
        let max = *r.latencies.last().unwrap_or(&Duration::ZERO);
        let ok = r.per_second() >= target && p99 < Duration::from_millis(5);
        let row = format!(
            "{name:<10} tasks {tasks:>2}  {:>6} events in {:>6.2} s  {:>8.0} events/s  \
             p50 {:>7} ms  p99 {:>7} ms  max {:>8} ms  target {target:.0}/s, p99 < 5 ms: {}",
            r.events,
            r.elapsed.as_secs_f64(),
            r.per_second(),
            ms(p50),
            ms(p99),
            ms(max),
            if ok { "met" } else { "MISSED" },
        );
        println!("{row}");
        rows.push(row);
    }
    phases(&conversations, 2_000_000, CONTACTS).await?;
    store.close().await;
    Ok(rows)
}

async fn sqlite() -> Result<Vec<String>> {
    let dir = tempfile::tempdir()?;
    let url = format!("sqlite://{}", dir.path().join("bench.db").display());
    let store = Store::connect(&url).await?;
    bench_store("sqlite", store, 10_000.0).await
}

/// `base` with `-c search_path=<schema>` added to its `options` parameter (kept, so that a
/// URL can carry other settings, e.g. `?options=-c%20synchronous_commit%3Doff`).
fn with_search_path(base: &str, schema: &str) -> String {
    let setting = format!("-c%20search_path%3D{schema}");
    if base.contains("options=") {
        base.replacen("options=", &format!("options={setting}%20"), 1)
    } else {
        let separator = if base.contains('?') { '&' } else { '?' };
        format!("{base}{separator}options={setting}")
    }
}

/// A fresh schema on the server, selected through the connection URL, dropped at the end
/// whatever happened.
async fn postgres(base: &str) -> Result<Vec<String>> {
    let schema = format!("carenet_bench_{}", std::process::id());
    let mut admin = PgConnection::connect(base)
        .await
        .with_context(|| format!("connecting to {base}"))?;
    // The name is ours (digits and letters), not user input.
    let sql = format!("DROP SCHEMA IF EXISTS {schema} CASCADE; CREATE SCHEMA {schema}");
    raw_sql(AssertSqlSafe(sql)).execute(&mut admin).await?;
    let url = with_search_path(base, &schema);
    let result = async {
        let store = Store::connect(&url).await?;
        bench_store("postgres", store, 5_000.0).await
    }
    .await;
    let sql = format!("DROP SCHEMA {schema} CASCADE");
    raw_sql(AssertSqlSafe(sql)).execute(&mut admin).await?;
    admin.close().await?;
    result
}

fn main() -> Result<()> {
    check_script(&engine());
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()?;
    println!(
        "{CONTACTS} contacts x {} events each, tokio multi-thread runtime ({} worker threads)",
        script().len(),
        std::thread::available_parallelism().map_or(1, |n| n.get()),
    );
    let mut rows = Vec::new();
    if std::env::var("CARENET_BENCH_SQLITE").is_ok_and(|v| v == "off") {
        println!("sqlite     skipped (CARENET_BENCH_SQLITE=off)");
    } else {
        rows.extend(runtime.block_on(sqlite())?);
    }
    let postgres_url =
        std::env::var("CARENET_BENCH_POSTGRES").unwrap_or_else(|_| DEFAULT_POSTGRES.into());
    if postgres_url == "off" {
        println!("postgres   skipped (CARENET_BENCH_POSTGRES=off)");
    } else {
        rows.extend(runtime.block_on(postgres(&postgres_url))?);
    }
    println!("\nsummary");
    for row in rows {
        println!("{row}");
    }
    Ok(())
}
