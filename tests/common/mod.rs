//! Helpers shared by the integration tests: the real content, and a fresh database per
//! test on each backend.

#![allow(dead_code)] // each test file uses a part of this module

pub mod app;
pub mod bot;

use std::io::Write;
use std::path::Path;
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::Duration;

use carenet::broadcast::{Audience, NewBroadcast, Topics};
use carenet::clock;
use carenet::content::Content;
use carenet::engine::Conversation;
use carenet::store::{BroadcastStatus, Channel, ContactKey, Store, Subscription};

/// How long a test waits for something that should happen at once: generous, for a slow
/// machine.
pub const WAIT: Duration = Duration::from_secs(5);

/// The variable that names the PostgreSQL server for the tests. CI always sets it.
pub const POSTGRES_ENV: &str = "CARENET_TEST_POSTGRES";

pub fn content() -> Arc<Content> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let content = Content::load(&root.join("dialogues"), &root.join("locales"))
        .unwrap_or_else(|errors| panic!("the shipped content has errors: {errors:#?}"));
    Arc::new(content)
}

/// The content's text `id` in the locale `code`.
pub fn text(code: &str, id: &str) -> String {
    content().locales.text(code, id).to_string()
}

/// Her key on Telegram.
pub fn key(chat: i64) -> ContactKey {
    ContactKey {
        channel: Channel::Telegram,
        chat_id: chat,
    }
}

/// Polls `probe` until it gives `Some`, for at most [`WAIT`].
pub async fn eventually<T>(what: &str, probe: impl FnMut() -> Option<T>) -> T {
    eventually_for(WAIT, what, probe).await
}

/// Polls `probe` until it gives `Some`, for at most `wait`.
pub async fn eventually_for<T>(
    wait: Duration,
    what: &str,
    mut probe: impl FnMut() -> Option<T>,
) -> T {
    let deadline = tokio::time::Instant::now() + wait;
    loop {
        if let Some(found) = probe() {
            return found;
        }
        assert!(tokio::time::Instant::now() < deadline, "waited for {what}");
        tokio::time::sleep(Duration::from_millis(10)).await;
    }
}

/// Someone who chose `language` and `region`, agreed to the bot's terms and asked for
/// invitations about `topics`; silent ones when `chat` is even, so that both kinds occur.
pub async fn subscribe(store: &Store, chat: i64, language: &str, region: &str, topics: Topics) {
    let mut conversation = in_language(language);
    conversation.region = Some(region.into());
    let now = clock::now();
    store
        .save_conversation(key(chat), &conversation, now)
        .await
        .unwrap();
    let subscription = Subscription {
        topics,
        region: region.into(),
        silent: chat % 2 == 0,
        consent_at: now,
    };
    assert!(store.subscribe(key(chat), &subscription).await.unwrap());
}

/// `chats`, each reading English in Italy and subscribed to every topic.
pub async fn subscribers(store: &Store, chats: std::ops::RangeInclusive<i64>) {
    for chat in chats {
        subscribe(store, chat, "en", "it", Topics::all()).await;
    }
}

/// An announcement of `texts` (language, text) to `audience`, due now.
pub fn broadcast(texts: &[(&str, &str)], audience: Audience, key: Option<&str>) -> NewBroadcast {
    NewBroadcast {
        idempotency_key: key.map(str::to_string),
        texts: texts
            .iter()
            .map(|(l, t)| (l.to_string(), t.to_string()))
            .collect(),
        fallback: None,
        audience,
        scheduled_at: clock::now(),
        created_by: None,
        progress: None,
    }
}

/// Waits until broadcast `id` is no longer active.
pub async fn finished(store: &Store, id: i64, timeout: Duration) -> BroadcastStatus {
    let deadline = tokio::time::Instant::now() + timeout;
    loop {
        let status = store.broadcast_status(id).await.unwrap().unwrap();
        if status.state != "active" {
            return status;
        }
        assert!(
            tokio::time::Instant::now() < deadline,
            "broadcast still running after {timeout:?}: {status:?}"
        );
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
}

/// How far the loopback call can move one message's arrival at the fake against
/// another's. The sender caps departures (never more than the rate in any second, its
/// `second_slot`); the fake can only see arrivals. Measured with the whole suite running
/// on two cores: at most 3 ms (so an exact one-second window sometimes holds one more,
/// 999.3 ms apart). A sender that went even 3 % over the rate, or in bursts, still fails.
pub const ARRIVAL_JITTER: Duration = Duration::from_millis(20);

/// The most calls that arrived at the fake within one second less [`ARRIVAL_JITTER`], in
/// a window that slides over every call (`times` in order).
pub fn busiest_second(times: &[std::time::Instant]) -> usize {
    let window = Duration::from_secs(1) - ARRIVAL_JITTER;
    let mut most = 0;
    for (i, start) in times.iter().enumerate() {
        let in_window = times[i..]
            .iter()
            .take_while(|t| **t < *start + window)
            .count();
        most = most.max(in_window);
    }
    most
}

/// `carenet` itself (the binary Cargo built for the tests) on the database at `url`, run
/// from the repository so that it finds the dialogues and locales, with no bot token
/// (it can never reach the real Bot API).
pub fn carenet(url: &str) -> std::process::Command {
    let mut command = std::process::Command::new(env!("CARGO_BIN_EXE_carenet"));
    command
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .env("CARENET_DATABASE_URL", url)
        .env_remove("TELOXIDE_TOKEN")
        .stdin(std::process::Stdio::null());
    command
}

/// What a finished command did.
pub struct Output {
    pub ok: bool,
    pub out: String,
    pub err: String,
}

/// Runs `command` to its end.
pub fn output(command: &mut std::process::Command) -> Output {
    let output = command.output().expect("the command runs");
    Output {
        ok: output.status.success(),
        out: String::from_utf8_lossy(&output.stdout).into_owned(),
        err: String::from_utf8_lossy(&output.stderr).into_owned(),
    }
}

/// Someone who chose `code`, agreed, and is on the menu.
pub fn in_language(code: &str) -> Conversation {
    Conversation {
        locale: Some(code.into()),
        node: "menu".into(),
        consented: true,
        ..Conversation::default()
    }
}

/// A database that exists for one test: an SQLite file in a temporary folder, or a
/// PostgreSQL schema of its own (dropped by [`TestDb::drop_schema`]).
pub struct TestDb {
    pub url: String,
    pub backend: &'static str,
    _dir: Option<tempfile::TempDir>,
    schema: Option<(String, String)>,
}

impl TestDb {
    pub fn sqlite() -> TestDb {
        let dir = tempfile::tempdir().expect("temporary folder");
        let url = format!("sqlite://{}", dir.path().join("carenet.db").display());
        TestDb {
            url,
            backend: "sqlite",
            _dir: Some(dir),
            schema: None,
        }
    }

    /// `None` (after saying so on the terminal) when no PostgreSQL is configured.
    pub async fn postgres(test: &str) -> Option<TestDb> {
        let Ok(base) = std::env::var(POSTGRES_ENV) else {
            // Written straight to stderr: the test harness hides `eprintln!` of passing tests.
            let _ = writeln!(
                std::io::stderr(),
                "SKIPPED {test} on PostgreSQL: set {POSTGRES_ENV}=postgres://127.0.0.1:5432/test to run it"
            );
            return None;
        };
        Some(TestDb::schema_on(&base, "carenet_test").await)
    }

    /// A new schema `{prefix}_{process}_{n}` on the PostgreSQL server at `base`.
    pub async fn schema_on(base: &str, prefix: &str) -> TestDb {
        static COUNTER: AtomicUsize = AtomicUsize::new(0);
        let schema = format!(
            "{prefix}_{}_{}",
            std::process::id(),
            COUNTER.fetch_add(1, Ordering::Relaxed)
        );
        admin_sql(base, &format!("DROP SCHEMA IF EXISTS {schema} CASCADE")).await;
        admin_sql(base, &format!("CREATE SCHEMA {schema}")).await;
        let separator = if base.contains('?') { '&' } else { '?' };
        let url = format!("{base}{separator}options=-c%20search_path%3D{schema}");
        TestDb {
            url,
            backend: "postgres",
            _dir: None,
            schema: Some((base.to_string(), schema)),
        }
    }

    /// Both backends where available: SQLite always, PostgreSQL when configured.
    pub async fn each(test: &str) -> Vec<TestDb> {
        let mut dbs = vec![TestDb::sqlite()];
        dbs.extend(TestDb::postgres(test).await);
        dbs
    }

    pub async fn store(&self) -> Store {
        let store = Store::connect(&self.url).await.expect("connect");
        store.migrate().await.expect("migrate");
        store
    }

    pub async fn drop_schema(self) {
        if let Some((base, schema)) = &self.schema {
            admin_sql(base, &format!("DROP SCHEMA IF EXISTS {schema} CASCADE")).await;
        }
    }
}

/// Runs one statement on the PostgreSQL server itself (schemas are test set-up, not
/// something the product's store does).
async fn admin_sql(base: &str, sql: &str) {
    let pool = sqlx::PgPool::connect(base)
        .await
        .expect("connect to PostgreSQL");
    sqlx::query(sqlx::AssertSqlSafe(sql.to_string()))
        .execute(&pool)
        .await
        .expect("schema statement");
    pool.close().await;
}

/// Kills a process the way a crash does (SIGKILL: nothing runs on the way out), and reaps it.
pub fn kill(child: &mut std::process::Child) {
    let status = std::process::Command::new("kill")
        .args(["-KILL", &child.id().to_string()])
        .status()
        .expect("kill");
    assert!(status.success());
    let _ = child.wait();
}
