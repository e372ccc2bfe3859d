//! Broadcasts (issue 6): queue creation for 100,000 recipients on SQLite and PostgreSQL
//! (target < 5 s), then delivery through the real sender and Telegram client against the
//! fake Bot API: 100,000 messages at a configured 1,000/s (target ≥ 95 % of it, no loss,
//! no duplicate) and a smaller broadcast at the default 30/s (target ≥ 95 %).
//!
//! ```sh
//! cargo bench --bench broadcast
//! CARENET_BENCH_RECIPIENTS=20000 cargo bench --bench broadcast   # a shorter run
//! CARENET_BENCH_POSTGRES=off cargo bench --bench broadcast       # SQLite only
//! ```

// The test suite's helpers: databases (a PostgreSQL schema of its own), the bot.
#[path = "../tests/common/mod.rs"]
mod common;
#[path = "../tests/support/fake_telegram.rs"]
mod fake_telegram;

use std::collections::HashMap;
use std::num::NonZeroU32;
use std::sync::Arc;
use std::time::{Duration, Instant};

use carenet::broadcast::worker::{self, WorkerSettings};
use carenet::broadcast::{Audience, NewBroadcast};
use carenet::channels::telegram::{Limits, Outbox};
use carenet::clock;
use carenet::engine::Features;
use carenet::store::{Backend, Store};
use common::TestDb;
use fake_telegram::FakeTelegram;
use sqlx::AnyPool;

const LANGUAGES: [&str; 4] = ["en", "it", "ar", "fr"];

fn env_number(name: &str, default: usize) -> usize {
    std::env::var(name)
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(default)
}

fn main() {
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .expect("runtime");
    runtime.block_on(run());
}

async fn run() {
    sqlx::any::install_default_drivers();
    let recipients = env_number("CARENET_BENCH_RECIPIENTS", 100_000);
    let rate = env_number("CARENET_BENCH_RATE", 1_000) as u32;
    let default_recipients = env_number("CARENET_BENCH_DEFAULT_RECIPIENTS", 900);
    println!("machine: {} cores, {}", cores(), cpu_model());

    // Queue creation on both databases.
    let sqlite = TestDb::sqlite();
    let store = create_queue("SQLite", &sqlite.url, recipients).await;
    store.close().await;
    let postgres = std::env::var("CARENET_BENCH_POSTGRES")
        .unwrap_or_else(|_| "postgres://postgres@127.0.0.1:5432/test".into());
    if postgres != "off" {
        let db = TestDb::schema_on(&postgres, "carenet_bench_broadcast").await;
        let store = create_queue("PostgreSQL", &db.url, recipients).await;
        store.close().await;
        db.drop_schema().await;
    }

    // Delivery at the raised rate: the broadcast created above, on SQLite.
    let store = Store::connect(&sqlite.url).await.expect("connect");
    deliver(&store, 1, recipients, rate).await;
    store.close().await;

    // Delivery at the default rate, on a database of its own.
    let db = TestDb::sqlite();
    let store = create_queue("SQLite", &db.url, default_recipients).await;
    deliver(&store, 1, default_recipients, 30).await;
    store.close().await;
}

/// Seeds `n` subscribers, then times the broadcast's creation (one transaction).
async fn create_queue(name: &str, url: &str, n: usize) -> Store {
    let store = Store::connect(url).await.expect("connect");
    store.migrate().await.expect("migrate");
    let seeded = Instant::now();
    seed(url, store.backend(), n).await;
    let seeding = seeded.elapsed();
    let broadcast = NewBroadcast {
        idempotency_key: Some("bench".into()),
        texts: LANGUAGES
            .iter()
            .map(|l| {
                (
                    l.to_string(),
                    format!("Awareness session ({l}): 3 December, 17:30."),
                )
            })
            .collect(),
        fallback: Some("en".into()),
        audience: Audience::default(),
        scheduled_at: clock::now(),
        created_by: None,
        progress: None,
    };
    let started = Instant::now();
    let created = store
        .create_broadcast(&broadcast, clock::now())
        .await
        .expect("create");
    let took = started.elapsed();
    assert_eq!(created.recipients, n as i64);
    println!(
        "queue creation, {name}: {n} recipients in {:.2} s (target < 5 s{}); seeding {:.1} s",
        took.as_secs_f64(),
        if n >= 100_000 && took.as_secs_f64() >= 5.0 {
            ", MISSED"
        } else {
            ""
        },
        seeding.as_secs_f64()
    );
    store
}

/// `n` contacts who agreed and subscribed, written straight into the tables.
async fn seed(url: &str, backend: Backend, n: usize) {
    let pool = AnyPool::connect(url).await.expect("connect");
    let now = clock::now();
    let mut tx = pool.begin().await.expect("begin");
    const WIDTH: usize = 6;
    for chunk_start in (1..=n).step_by(1000) {
        let rows = (n + 1 - chunk_start).min(1000);
        let values: Vec<String> = (0..rows)
            .map(|r| {
                let params: Vec<String> = (0..WIDTH)
                    .map(|c| match backend {
                        Backend::Sqlite => "?".to_string(),
                        Backend::Postgres => format!("${}", r * WIDTH + c + 1),
                    })
                    .collect();
                format!("('telegram', {}, 'menu', '')", params.join(", "))
            })
            .collect();
        let sql = format!(
            "INSERT INTO contacts (channel, chat_id, language, region, consent_at, created_at,
                                   last_seen_at, node, history) VALUES {}",
            values.join(", ")
        );
        let mut query = sqlx::query(sqlx::AssertSqlSafe(sql));
        for i in 0..rows {
            let chat = (chunk_start + i) as i64;
            query = query
                .bind(chat)
                .bind(LANGUAGES[chat as usize % LANGUAGES.len()])
                .bind("it")
                .bind(now)
                .bind(now)
                .bind(now);
        }
        query.execute(&mut *tx).await.expect("contacts");
    }
    sqlx::query(
        "INSERT INTO subscriptions (contact_id, topics, region, silent, consent_at)
         SELECT id, 31, 'it', 0, consent_at FROM contacts",
    )
    .execute(&mut *tx)
    .await
    .expect("subscriptions");
    tx.commit().await.expect("commit");
    pool.close().await;
}

/// Runs the sender until broadcast `id` is done; prints the achieved rate and checks
/// that every chat got exactly one message.
async fn deliver(store: &Store, id: i64, n: usize, rate: u32) {
    let fake = FakeTelegram::start().await;
    let features = Features {
        subscriptions: true,
        ..Features::default()
    };
    let limits = Limits {
        overall_per_second: NonZeroU32::new(rate).expect("rate"),
        ..Limits::default()
    };
    let tg = Arc::new(common::bot::telegram(
        fake.bot(),
        store,
        features,
        limits,
        20,
    ));
    let settings = WorkerSettings {
        rate,
        ..WorkerSettings::default()
    };
    let (stop, stopped) = tokio::sync::watch::channel(false);
    let sender = tokio::spawn(worker::run(
        store.clone(),
        Arc::new(Outbox::new(tg)),
        settings,
        stopped,
    ));
    let started = Instant::now();
    let status = loop {
        tokio::time::sleep(Duration::from_millis(500)).await;
        let status = store
            .broadcast_status(id)
            .await
            .expect("status")
            .expect("exists");
        if status.state != "active" {
            break status;
        }
    };
    let wall = started.elapsed();
    let _ = stop.send(true);
    sender.await.expect("no panic").expect("no store error");

    let calls: Vec<fake_telegram::Call> = fake
        .calls_to("sendMessage")
        .into_iter()
        .filter(|c| c.ok())
        .collect();
    let mut per_chat: HashMap<i64, usize> = HashMap::new();
    for call in &calls {
        *per_chat.entry(call.chat_id().expect("chat")).or_default() += 1;
    }
    let missed = (1..=n as i64).filter(|c| !per_chat.contains_key(c)).count();
    let duplicates: usize = per_chat.values().map(|k| k - 1).sum();
    let times: Vec<Instant> = calls.iter().map(|c| c.at).collect();
    let span = (*times.last().expect("calls") - times[0]).as_secs_f64();
    let achieved = (times.len() - 1) as f64 / span;
    let mut most = 0;
    let mut j = 0;
    for i in 0..times.len() {
        while j < times.len() && times[j] < times[i] + Duration::from_secs(1) {
            j += 1;
        }
        most = most.max(j - i);
    }
    let ok = achieved >= 0.95 * f64::from(rate) && missed == 0 && duplicates == 0;
    println!(
        "delivery at {rate}/s: {} sent in {:.1} s (first to last call {:.1} s): {:.1} messages/s = {:.1} % of the limit; busiest one-second window {most}; missed {missed}, duplicates {duplicates}, failed {}, in flight at a restart {} {}",
        status.counts.sent,
        wall.as_secs_f64(),
        span,
        achieved,
        100.0 * achieved / f64::from(rate),
        status.counts.failed,
        status.in_flight_recovered,
        if ok { "(met)" } else { "(MISSED)" }
    );
}

fn cores() -> usize {
    std::thread::available_parallelism().map_or(1, |n| n.get())
}

fn cpu_model() -> String {
    std::fs::read_to_string("/proc/cpuinfo")
        .ok()
        .and_then(|info| {
            info.lines()
                .find(|l| l.starts_with("model name"))
                .and_then(|l| l.split(':').nth(1))
                .map(|m| m.trim().to_string())
        })
        .unwrap_or_else(|| "unknown CPU".into())
}
