//! The real binary: `carenet broadcast create` twice creates one broadcast; `carenet run`
//! killed with SIGKILL mid-broadcast and restarted misses no subscriber and sends twice at
//! most the rows it recorded in flight; two processes on one PostgreSQL database never
//! send a row twice, and the second takes over when the first dies.

mod common;
#[path = "support/fake_telegram.rs"]
mod fake_telegram;

use std::collections::HashMap;
use std::process::{Child, Stdio};
use std::time::Duration;

use common::{TestDb, busiest_second, carenet, finished, kill, output, subscribers};
use fake_telegram::FakeTelegram;

fn start(fake: &FakeTelegram, db: &str, rate: u32) -> Child {
    carenet(db)
        .arg("run")
        .env("CARENET_LOG", "info")
        .env("TELOXIDE_TOKEN", "123456:TEST")
        .env("TELOXIDE_API_URL", fake.url())
        .env("CARENET_POLL_TIMEOUT", "1")
        .env("CARENET_RATE_OVERALL", rate.to_string())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .expect("start carenet")
}

/// `carenet broadcast create FILE`, checked to succeed; its standard output.
fn create(db: &str, file: &std::path::Path) -> String {
    let created = output(carenet(db).args(["broadcast", "create"]).arg(file));
    assert!(created.ok, "{}", created.err);
    created.out
}

async fn wait_sent(fake: &FakeTelegram, n: usize, timeout: Duration) {
    let deadline = tokio::time::Instant::now() + timeout;
    while fake.count_ok("sendMessage") < n {
        assert!(
            tokio::time::Instant::now() < deadline,
            "only {} sent",
            fake.count_ok("sendMessage")
        );
        tokio::time::sleep(Duration::from_millis(10)).await;
    }
}

/// Messages per chat; every chat of 1..=n must have at least one. Returns the copies
/// beyond the first, summed.
fn duplicates(fake: &FakeTelegram, n: i64) -> i64 {
    let mut per_chat: HashMap<i64, i64> = HashMap::new();
    for call in fake.calls_to("sendMessage") {
        if call.ok() {
            *per_chat.entry(call.chat_id().unwrap()).or_default() += 1;
        }
    }
    for chat in 1..=n {
        assert!(per_chat.contains_key(&chat), "chat {chat} was missed");
    }
    per_chat.values().map(|n| n - 1).sum()
}

const FILE: &str = r#"
key = "process-test"
[texts]
en = "An information session on your rights."
"#;

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn sigkill_mid_broadcast_then_restart_misses_no_one_and_counts_what_may_repeat() {
    let fake = FakeTelegram::start().await;
    let db = TestDb::sqlite();
    let store = db.store().await;
    subscribers(&store, 1..=600).await;
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("broadcast.toml");
    std::fs::write(&file, FILE).unwrap();
    // A double submission (a retried script) creates one broadcast.
    let first = create(&db.url, &file);
    assert!(first.contains("broadcast #1 queued for 600"), "{first}");
    let second = create(&db.url, &file);
    assert!(second.contains("already created"), "{second}");
    assert_eq!(store.recent_broadcasts(10).await.unwrap().len(), 1);

    let mut bot = start(&fake, &db.url, 200);
    wait_sent(&fake, 200, Duration::from_secs(20)).await;
    kill(&mut bot);
    let at_kill = fake.count_ok("sendMessage");
    assert!(at_kill < 600, "the broadcast was over before the kill");
    let mut bot = start(&fake, &db.url, 200);
    let status = finished(&store, 1, Duration::from_secs(30)).await;
    kill(&mut bot);
    assert_eq!(status.counts.sent, 600, "{status:?}");
    let repeated = duplicates(&fake, 600);
    assert!(
        repeated <= status.in_flight_recovered,
        "{repeated} duplicates, {} recorded in flight",
        status.in_flight_recovered
    );
    store.close().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn two_processes_on_postgres_send_each_row_once_and_the_second_takes_over() {
    let Some(db) = TestDb::postgres("two_processes_on_postgres").await else {
        return;
    };
    let fake = FakeTelegram::start().await;
    let store = db.store().await;
    subscribers(&store, 1..=500).await;
    let rate = 150;
    let mut first = start(&fake, &db.url, rate);
    tokio::time::sleep(Duration::from_millis(1500)).await;
    let mut second = start(&fake, &db.url, rate);
    tokio::time::sleep(Duration::from_millis(500)).await;
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("broadcast.toml");
    std::fs::write(&file, FILE).unwrap();
    create(&db.url, &file);
    wait_sent(&fake, 150, Duration::from_secs(20)).await;
    // The first process holds the lock: it dies, the second carries on.
    kill(&mut first);
    let killed = std::time::Instant::now();
    let status = finished(&store, 1, Duration::from_secs(30)).await;
    kill(&mut second);
    assert_eq!(status.counts.sent, 500, "{status:?}");
    let repeated = duplicates(&fake, 500);
    assert!(
        repeated <= status.in_flight_recovered,
        "{repeated} duplicates, {} recorded in flight",
        status.in_flight_recovered
    );
    let times: Vec<_> = fake
        .calls_to("sendMessage")
        .iter()
        .filter(|c| c.ok())
        .map(|c| c.at)
        .collect();
    let resumed = times
        .iter()
        .find(|t| **t > killed)
        .expect("sent after the kill");
    assert!(
        *resumed - killed < Duration::from_secs(3),
        "took over after {:?}",
        *resumed - killed
    );
    // Together they kept to the rate: no one-second window above it (less the jitter
    // between leaving the sender and arriving at the fake).
    let most = busiest_second(&times);
    assert!(most <= rate as usize, "{most} in one second");
    store.close().await;
    db.drop_schema().await;
}
