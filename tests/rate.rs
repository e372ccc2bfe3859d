//! Telegram's overall rate is kept in every sliding second at Telegram's side, restarts
//! included: a broadcast with the organiser's progress edits and women chatting at the
//! same time, the real `carenet run` killed with SIGKILL in the middle and started again,
//! against a fake that answers 429 to any call over the rate in any sliding second.
//!
//! `CARENET_RATE_RECIPIENTS` sets the broadcast's size (default 900: half a minute at
//! 30/s, for the suite; the 5,000 takes about three minutes and is recorded in
//! docs/benchmarks.md). Figures print with `--nocapture`.

mod common;
#[path = "support/fake_telegram.rs"]
mod fake_telegram;

use std::process::{Child, Stdio};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::Duration;

use carenet::broadcast::{Audience, Topics};
use carenet::clock;
use common::{TestDb, broadcast, carenet, finished, kill, subscribers};
use fake_telegram::{FakeTelegram, updates};
use teloxide::prelude::*;

const RATE: u32 = 30;
const WOMEN: i64 = 20;
const ORGANISER: i64 = 777_001;

fn start(fake: &FakeTelegram, db: &str) -> Child {
    carenet(db)
        .arg("run")
        .env("CARENET_LOG", "warn")
        .env("TELOXIDE_TOKEN", "123456:TEST")
        .env("TELOXIDE_API_URL", fake.url())
        .env("CARENET_POLL_TIMEOUT", "1")
        .env("CARENET_RATE_OVERALL", RATE.to_string())
        .env("CARENET_BROADCAST_PROGRESS", "1")
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .expect("start carenet")
}

/// Twenty women writing, each every three seconds, until told to stop.
fn women_chatting(fake: Arc<FakeTelegram>, stop: Arc<AtomicBool>) -> tokio::task::JoinHandle<()> {
    tokio::spawn(async move {
        let said = ["/start", "hello", "/menu", "I need help"];
        let mut turn = 0;
        while !stop.load(Ordering::SeqCst) {
            for woman in 0..WOMEN {
                let chat = 500_000 + woman;
                let text = said[(turn + woman as usize) % said.len()];
                let update = match text.strip_prefix('/') {
                    Some(_) => updates::command(chat, text, "en"),
                    None => updates::text(chat, text, "en"),
                };
                fake.push(update);
                tokio::time::sleep(Duration::from_millis(150)).await;
            }
            turn += 1;
        }
    })
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_broadcast_edits_and_chats_through_a_sigkill_get_no_429() {
    let recipients: i64 = std::env::var("CARENET_RATE_RECIPIENTS")
        .ok()
        .and_then(|n| n.parse().ok())
        .unwrap_or(900);
    let fake = Arc::new(FakeTelegram::start().await);
    let db = TestDb::sqlite();
    let store = db.store().await;
    subscribers(&store, 1..=recipients).await;
    // The organiser's status line, as the wizard leaves it, edited with progress.
    let status_line = fake
        .bot()
        .send_message(ChatId(ORGANISER), "queued")
        .await
        .expect("the organiser's status line");
    let mut new = broadcast(
        &[("en", "An information session on your rights.")],
        Audience {
            languages: vec![],
            regions: vec![],
            topics: Topics::all(),
        },
        Some("rate-test"),
    );
    new.progress = Some((ORGANISER, i64::from(status_line.id.0)));
    store.create_broadcast(&new, clock::now()).await.unwrap();
    fake.clear_calls();
    fake.limit_overall(RATE as usize, Duration::from_secs(1));

    let stop = Arc::new(AtomicBool::new(false));
    let chatting = women_chatting(fake.clone(), stop.clone());
    let began = std::time::Instant::now();
    let mut bot = start(&fake, &db.url);
    let halfway = recipients as usize / 2;
    let deadline = tokio::time::Instant::now() + Duration::from_secs(recipients as u64);
    while fake.count_ok("sendMessage") < halfway {
        assert!(
            tokio::time::Instant::now() < deadline,
            "the broadcast stalled"
        );
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    kill(&mut bot);
    let mut bot = start(&fake, &db.url);
    let status = finished(&store, 1, Duration::from_secs(recipients as u64)).await;
    let took = began.elapsed();
    stop.store(true, Ordering::SeqCst);
    chatting.await.unwrap();
    // The last words of the women are answered too.
    tokio::time::sleep(Duration::from_secs(3)).await;
    kill(&mut bot);

    let edits = fake.count_ok("editMessageText");
    let answered: Vec<usize> = (0..WOMEN)
        .map(|woman| fake.sent_messages(500_000 + woman).len())
        .collect();
    let posted = fake
        .calls()
        .iter()
        .filter(|call| {
            let m = call.method.to_ascii_lowercase();
            call.ok() && (m.starts_with("send") || m.starts_with("copy") || m.starts_with("edit"))
        })
        .count();
    println!(
        "{recipients} recipients at {RATE}/s with a SIGKILL: {} sent in {:.1} s, {edits} \
         progress edits, {posted} calls counted in all ({:.1}/s), women answered {:?} times, \
         429s: {}",
        status.counts.sent,
        took.as_secs_f64(),
        posted as f64 / took.as_secs_f64(),
        answered,
        fake.count_429()
    );
    assert_eq!(fake.count_429(), 0, "Telegram's rate was exceeded");
    assert_eq!(status.counts.sent, recipients, "{status:?}");
    assert!(edits >= 3, "the organiser saw {edits} progress edits");
    for (woman, answers) in answered.iter().enumerate() {
        assert!(*answers >= 3, "woman {woman} got {answers} answers");
    }
    store.close().await;
}
