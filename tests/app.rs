//! The composition root end to end: the bot as `carenet run` builds it answers through the
//! real Bot API client, stops cleanly at a shutdown, and stops whole (saying which part
//! failed) when one of its tasks fails.

mod common;
#[path = "support/fake_telegram.rs"]
mod fake_telegram;

use std::time::Duration;

use common::app::{settings, spawn_app};
use common::{TestDb, eventually, text};
use fake_telegram::{FakeTelegram, TOKEN, updates};

const HER: i64 = 4_242;

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_bot_answers_and_a_shutdown_stops_it_cleanly() {
    let fake = FakeTelegram::start().await;
    let db = TestDb::sqlite();
    let app = spawn_app(settings(&db.url, &fake.url(), TOKEN)).await;
    fake.push(updates::command(HER, "/start", "en"));
    let welcome = text("en", "welcome");
    eventually("her /start answered with the welcome", || {
        fake.sent_texts(HER)
            .iter()
            .any(|t| t == &welcome)
            .then_some(())
    })
    .await;
    assert!(
        fake.calls_to("setMyCommands").iter().any(|c| c.ok()),
        "the command menu is registered at start"
    );
    app.shut_down(Duration::from_secs(15))
        .await
        .expect("a clean stop");
    // Everything was written and the file closed: another process opens it and finds her.
    let store = db.store().await;
    assert_eq!(store.contact_count().await.unwrap(), 1);
    store.close().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_failing_task_stops_the_whole_bot_and_names_itself() {
    let fake = FakeTelegram::start().await;
    let db = TestDb::sqlite();
    // The webhook's address is taken: its server cannot start.
    let taken = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let mut settings = settings(&db.url, &fake.url(), TOKEN);
    settings.telegram.webhook = true;
    settings.telegram.webhook_url = Some("https://bot.example.org/telegram".parse().unwrap());
    settings.telegram.webhook_secret = Some("s".repeat(40));
    settings.telegram.listen = taken.local_addr().unwrap();
    let app = spawn_app(settings).await;
    let error = app
        .finished(Duration::from_secs(15))
        .await
        .expect_err("the bot cannot run without its server");
    let error = format!("{error:#}");
    assert!(error.starts_with("updates failed"), "{error}");
    // The other tasks (sender, purge, handoff) stopped too: the store was closed after
    // them, and the file opens again.
    let store = db.store().await;
    store.close().await;
}

/// `CARENET_DIRECTORY_SOURCES`: `carenet run` imports each source at start (then every
/// `CARENET_DIRECTORY_SYNC_HOURS`), and the bot finds what it brought.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_directory_sources_are_imported_by_the_running_bot() {
    let fake = FakeTelegram::start().await;
    let db = TestDb::sqlite();
    let dir = tempfile::tempdir().unwrap();
    let source = dir.path().join("lines.csv");
    std::fs::write(
        &source,
        "id,name,category,service_area\nsync-1,Synced line,helpline,it\n",
    )
    .unwrap();
    let mut settings = settings(&db.url, &fake.url(), TOKEN);
    settings.directory.sources = vec![source.display().to_string()];
    let app = spawn_app(settings).await;
    let store = app.store.clone();
    let mut found = false;
    for _ in 0..100 {
        let directory = store.load_directory().await.unwrap();
        if carenet::directory::Directory::new(&directory)
            .services()
            .iter()
            .any(|s| s.id.as_ref() == "sync-1")
        {
            found = true;
            break;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    assert!(found, "the source was imported");
    app.shut_down(Duration::from_secs(15))
        .await
        .expect("a clean stop, the sync task too");
}
