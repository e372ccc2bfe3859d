//! Helpers shared by the integration tests: the real content, and a fresh database per
//! test on each backend.

#![allow(dead_code)] // each test file uses a part of this module

use std::io::Write;
use std::path::Path;
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};

use carenet::content::Content;
use carenet::engine::Conversation;
use carenet::store::Store;

/// The variable that names the PostgreSQL server for the tests. CI always sets it.
pub const POSTGRES_ENV: &str = "CARENET_TEST_POSTGRES";

pub fn content() -> Arc<Content> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let content = Content::load(&root.join("dialogues"), &root.join("locales"))
        .unwrap_or_else(|errors| panic!("the shipped content has errors: {errors:#?}"));
    Arc::new(content)
}

/// `carenet` itself (the binary Cargo built for the tests) on the database at `url`, run
/// from the repository so that it finds the dialogues and locales.
pub fn carenet(url: &str) -> std::process::Command {
    let mut command = std::process::Command::new(env!("CARGO_BIN_EXE_carenet"));
    command
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .env("CARENET_DATABASE_URL", url)
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
        static COUNTER: AtomicUsize = AtomicUsize::new(0);
        let schema = format!(
            "carenet_test_{}_{}",
            std::process::id(),
            COUNTER.fetch_add(1, Ordering::Relaxed)
        );
        admin_sql(&base, &format!("DROP SCHEMA IF EXISTS {schema} CASCADE")).await;
        admin_sql(&base, &format!("CREATE SCHEMA {schema}")).await;
        let separator = if base.contains('?') { '&' } else { '?' };
        let url = format!("{base}{separator}options=-c%20search_path%3D{schema}");
        Some(TestDb {
            url,
            backend: "postgres",
            _dir: None,
            schema: Some((base, schema)),
        })
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
