//! Relay latency of the handoff (issue 5): her message arriving → the mediator's copy
//! sent, and the mediator's reply arriving → her copy sent, with 200 open cases held by 20
//! mediators (10 each, so most messages come with a line naming the case first). The real
//! application in this process (teloxide client, polling, engine, SQLite store in a
//! temporary file) against the fake Bot API on 127.0.0.1, with Telegram's rate limits
//! raised so that the figures exclude rate-limit waits. Target: p99 under 50 ms.
//!
//!     cargo bench --bench handoff
//!
//! Latency: from the push of the update into the fake to the arrival at the fake of the
//! `copyMessage` it caused (so it includes the long poll's delivery). Settings:
//! `CARENET_RELAY_RATE` messages a second (default 200), `CARENET_RELAY_SECONDS` per
//! direction (default 10).

#[path = "../tests/support/fake_telegram.rs"]
mod fake_telegram;

use std::collections::HashMap;
use std::num::NonZeroU32;
use std::path::Path;
use std::sync::Arc;
use std::time::{Duration, Instant};

use carenet::channels::telegram::{GroupLimit, Limits, StaffGroupSettings, Telegram, run_polling};
use carenet::clock;
use carenet::content::Content;
use carenet::conversation::Conversations;
use carenet::engine::{Conversation, Engine, Features};
use carenet::handoff::{Handoff, HandoffSettings, StaffedHours};
use carenet::staff::{Role, StaffMember};
use carenet::store::{Channel, ContactKey, NewCase, Store};
use fake_telegram::{FakeTelegram, updates};

const GROUP: i64 = -1_001_000_000_001;
const CASES: i64 = 200;
const MEDIATORS: i64 = 20;
const FIRST_WOMAN: i64 = 100_000;
const FIRST_MEDIATOR: i64 = 1_000;

fn setting(name: &str, default: u64) -> u64 {
    std::env::var(name)
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(default)
}

#[tokio::main]
async fn main() {
    let rate = setting("CARENET_RELAY_RATE", 200);
    let seconds = setting("CARENET_RELAY_SECONDS", 10);
    let dir = tempfile::tempdir().expect("temporary folder");
    let url = format!("sqlite://{}", dir.path().join("bench.db").display());
    let store = Store::connect(&url).await.expect("connect");
    store.migrate().await.expect("migrate");
    let now = clock::now();

    // 20 mediators, 200 women, each case claimed: mediator m holds cases m, m+20, ...
    for m in 0..MEDIATORS {
        let member = StaffMember {
            user_id: FIRST_MEDIATOR + m,
            role: Role::Mediator,
            languages: vec!["ar".into()],
        };
        store.put_staff(&member, now).await.unwrap();
    }
    for w in 0..CASES {
        let chat = FIRST_WOMAN + w;
        let key = ContactKey {
            channel: Channel::Telegram,
            chat_id: chat,
        };
        let state = Conversation {
            locale: Some("ar".into()),
            node: "menu".into(),
            consented: true,
            ..Conversation::default()
        };
        store.save_conversation(key, &state, now).await.unwrap();
        let new = NewCase {
            language: "ar",
            region: "it",
            topic: "menu",
        };
        let (case, _) = store.open_case(chat, new, now).await.unwrap();
        store
            .claim_case(case.id, FIRST_MEDIATOR + w % MEDIATORS, now)
            .await
            .unwrap();
        store
            .mark_announced(case.id, now, None, None, false)
            .await
            .unwrap();
    }

    let fake = FakeTelegram::start().await;
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let content =
        Arc::new(Content::load(&root.join("dialogues"), &root.join("locales")).expect("content"));
    let features = Features {
        handoff: true,
        subscriptions: false,
    };
    let settings = HandoffSettings {
        admins: vec![],
        escalate_after: 3600,
        hours: StaffedHours::always(),
        idle_days: 14,
    };
    let conversations = Conversations::new(Engine::new(content, features), store.clone());
    let handoff = Handoff::load(conversations.clone(), settings)
        .await
        .expect("cases load");
    let group = StaffGroupSettings {
        chat: teloxide::types::ChatId(GROUP),
        topics: false,
        limit: GroupLimit(NonZeroU32::new(20).unwrap()),
    };
    let limits = Limits {
        overall_per_second: NonZeroU32::new(100_000).unwrap(),
        per_chat_per_second: NonZeroU32::new(10_000).unwrap(),
        per_chat_burst: NonZeroU32::new(10_000).unwrap(),
        ..Limits::default()
    };
    let tg = Arc::new(
        Telegram::new(
            fake.bot(),
            conversations,
            limits,
            NonZeroU32::new(100_000).unwrap(),
        )
        .with_handoff(handoff, group),
    );
    assert_eq!(tg.open_cases(), CASES as usize);
    let (stop, stopped) = tokio::sync::watch::channel(false);
    let polling = tokio::spawn(run_polling(tg.clone(), Duration::from_secs(1), stopped));

    println!(
        "relay latency, {CASES} open cases on {MEDIATORS} mediators, {rate} messages/s for \
         {seconds} s each way"
    );
    // Her messages, round robin over the women.
    let pushed = offer(&fake, rate, seconds, |i| {
        let woman = FIRST_WOMAN + i as i64 % CASES;
        (woman, updates::text(woman, "رسالة", "ar"))
    })
    .await;
    let to_mediators = latencies(&fake, &pushed, |chat| {
        (FIRST_MEDIATOR..FIRST_MEDIATOR + MEDIATORS).contains(&chat)
    })
    .await;
    report(
        "her message → the mediator's copy",
        &to_mediators,
        pushed.len(),
    );

    // The mediators answer, each replying to the copy of one of her messages.
    let copies: Vec<(i64, i64)> = fake
        .calls_to("copyMessage")
        .into_iter()
        .filter(|c| c.ok())
        .map(|c| {
            (
                c.chat_id().unwrap(),
                c.response["message_id"].as_i64().unwrap(),
            )
        })
        .collect();
    fake.clear_calls();
    let replies = offer(&fake, rate, seconds, |i| {
        let (mediator, copy) = copies[i % copies.len()];
        (mediator, updates::reply(mediator, "جواب", copy))
    })
    .await;
    let to_women = latencies(&fake, &replies, |chat| chat >= FIRST_WOMAN).await;
    report("the mediator's reply → her copy", &to_women, replies.len());

    let _ = stop.send(true);
    let _ = polling.await;
    store.close().await;
}

/// Pushes `rate` updates a second for `seconds`; returns (chat, message id, pushed at).
async fn offer(
    fake: &FakeTelegram,
    rate: u64,
    seconds: u64,
    update: impl Fn(usize) -> (i64, serde_json::Value),
) -> Vec<(i64, i64, Instant)> {
    let total = (rate * seconds) as usize;
    let start = Instant::now();
    let mut pushed = Vec::with_capacity(total);
    for i in 0..total {
        let due = start + Duration::from_secs_f64(i as f64 / rate as f64);
        tokio::time::sleep_until(due.into()).await;
        let (chat, value) = update(i);
        let at = Instant::now();
        let id = fake.push(value);
        let message = fake
            .pending_updates()
            .iter()
            .rev()
            .find(|u| u["update_id"].as_i64() == Some(id))
            .and_then(|u| u["message"]["message_id"].as_i64())
            .expect("a message id");
        pushed.push((chat, message, at));
    }
    pushed
}

/// Waits for every copy of the pushed messages (to a chat that `to` accepts) and returns
/// the latencies in milliseconds.
async fn latencies(
    fake: &FakeTelegram,
    pushed: &[(i64, i64, Instant)],
    to: impl Fn(i64) -> bool,
) -> Vec<f64> {
    let deadline = Instant::now() + Duration::from_secs(60);
    loop {
        let arrived: HashMap<(i64, i64), Instant> = fake
            .calls_to("copyMessage")
            .into_iter()
            .filter(|c| c.ok() && c.chat_id().is_some_and(&to))
            .map(|c| {
                (
                    (c.i64("from_chat_id").unwrap(), c.i64("message_id").unwrap()),
                    c.at,
                )
            })
            .collect();
        if arrived.len() >= pushed.len() || Instant::now() > deadline {
            return pushed
                .iter()
                .filter_map(|(chat, message, at)| {
                    arrived
                        .get(&(*chat, *message))
                        .map(|copied| copied.duration_since(*at).as_secs_f64() * 1000.0)
                })
                .collect();
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}

fn report(what: &str, latencies: &[f64], pushed: usize) {
    let mut sorted = latencies.to_vec();
    sorted.sort_by(f64::total_cmp);
    let at =
        |p: f64| sorted[((p * sorted.len() as f64).ceil() as usize).clamp(1, sorted.len()) - 1];
    println!(
        "{what}: {} of {pushed} relayed; p50 {:.1} ms, p90 {:.1} ms, p99 {:.1} ms, max {:.1} ms",
        sorted.len(),
        at(0.5),
        at(0.9),
        at(0.99),
        sorted.last().copied().unwrap_or(0.0)
    );
}
