//! Broadcasts end to end: the durable queue in the store (both databases), the sender with
//! the real Telegram client against the fake Bot API (languages and audience, 429, 403,
//! 400, rates, cancel, schedule after a restart, replies first), and a sender with a
//! scripted transport for retries.

mod common;
#[path = "support/fake_telegram.rs"]
mod fake_telegram;

use std::collections::HashMap;
use std::num::NonZeroU32;
use std::sync::atomic::{AtomicI64, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use carenet::broadcast::worker::{self, Attempt, Transport, WorkerSettings};
use carenet::broadcast::{Audience, Topic, Topics};
use carenet::channels::telegram::{Limits, Outbox, Telegram};
use carenet::clock;
use carenet::engine::Features;
use carenet::store::{Created, Store, StoreError};
use common::bot::{Tasks, fast_limits};
use common::{
    TestDb, broadcast, busiest_second, eventually_for, finished, key, subscribe, subscribers,
};
use fake_telegram::{FakeTelegram, Fault, updates};
use tokio::sync::watch;
use tokio::task::JoinHandle;

const LANGUAGES: [&str; 5] = ["en", "it", "ar", "fr", "uk"];

/// 500 subscribers: chat 10_000 + i, language, region and topics varying with i.
async fn five_hundred(store: &Store) -> Vec<(i64, &'static str, &'static str, Topics)> {
    let mut people = Vec::new();
    for i in 0..500i64 {
        let language = LANGUAGES[(i % 5) as usize];
        let region = ["it", "es", "gr"][(i / 5 % 3) as usize];
        let topics = Topics(1 + (i / 15 % 31));
        subscribe(store, 10_000 + i, language, region, topics).await;
        people.push((10_000 + i, language, region, topics));
    }
    people
}

fn rights_or_health() -> Topics {
    Topics(Topic::Rights.bit() | Topic::Health.bit())
}

/// The fake Bot API, and a new SQLite database with subscribers `1..=n` (English, Italy,
/// every topic).
async fn sqlite_with_subscribers(n: i64) -> (FakeTelegram, TestDb, Store) {
    let fake = FakeTelegram::start().await;
    let db = TestDb::sqlite();
    let store = db.store().await;
    subscribers(&store, 1..=n).await;
    (fake, db, store)
}

/// At most `rate` messages a second for the whole bot; Telegram's other limits.
fn at_rate(rate: u32) -> Limits {
    Limits {
        overall_per_second: NonZeroU32::new(rate).unwrap(),
        ..Limits::default()
    }
}

/// `text` in English, to every subscriber, now.
async fn to_everyone(store: &Store, text: &str) -> Created {
    let new = broadcast(&[("en", text)], Audience::default(), None);
    store.create_broadcast(&new, clock::now()).await.unwrap()
}

/// The application on `fake`, as a bot of its own: the sender's lock on PostgreSQL is an
/// advisory lock named after the bot's id, and it holds for the whole database, which the
/// tests running in parallel (and other runs of the suite) share.
fn telegram(fake: &FakeTelegram, store: &Store, limits: Limits) -> Arc<Telegram> {
    static NEXT: AtomicI64 = AtomicI64::new(0);
    let id = i64::from(std::process::id()) * 1000 + NEXT.fetch_add(1, Ordering::Relaxed);
    let features = Features {
        subscriptions: true,
        ..Features::default()
    };
    let bot = fake.bot_with_id(id);
    Arc::new(common::bot::telegram(bot, store, features, limits, 1000))
}

/// The sender running in this process until `stop`.
struct Sending {
    stop: watch::Sender<bool>,
    task: JoinHandle<Result<(), StoreError>>,
}

impl Sending {
    async fn stop(self) {
        let _ = self.stop.send(true);
        tokio::time::timeout(Duration::from_secs(10), self.task)
            .await
            .expect("the sender stops")
            .expect("no panic")
            .expect("no store error");
    }
}

fn settings(rate: u32) -> WorkerSettings {
    WorkerSettings {
        rate,
        backoff: Duration::from_millis(50),
        idle_poll: Duration::from_millis(50),
        progress_every: Duration::from_millis(300),
        lock_retry: Duration::from_millis(100),
        ..WorkerSettings::default()
    }
}

fn start_sender<T: Transport>(
    store: &Store,
    transport: Arc<T>,
    settings: WorkerSettings,
) -> Sending {
    let (stop, stopped) = watch::channel(false);
    let task = tokio::spawn(worker::run(store.clone(), transport, settings, stopped));
    Sending { stop, task }
}

fn start_telegram_sender(tg: &Arc<Telegram>, store: &Store, rate: u32) -> Sending {
    start_sender(store, Arc::new(Outbox::new(tg.clone())), settings(rate))
}

// ---------------------------------------------------------------- the queue in the store

#[tokio::test]
async fn the_queue_gets_one_row_per_subscriber_in_the_audience_in_her_language() {
    for db in TestDb::each("the_queue_gets_one_row_per_subscriber").await {
        let store = db.store().await;
        let people = five_hundred(&store).await;
        let audience = Audience {
            languages: vec![],
            regions: vec!["it".into(), "es".into()],
            topics: rights_or_health(),
        };
        let mut new = broadcast(
            &[("en", "EN"), ("it", "IT"), ("ar", "AR")],
            audience.clone(),
            None,
        );
        let counts = store
            .audience_counts(&audience, &["ar".into(), "en".into(), "it".into()], None)
            .await
            .unwrap();
        let expected = |language: &str, fallback: bool| {
            people
                .iter()
                .filter(|(_, l, r, t)| {
                    (*l == language || (fallback && !["en", "it", "ar"].contains(l)))
                        && *r != "gr"
                        && t.0 & rights_or_health().0 != 0
                })
                .count() as i64
        };
        for language in ["en", "it", "ar"] {
            assert_eq!(
                counts.get(language).copied().unwrap_or(0),
                expected(language, false),
                "{language} on {}",
                db.backend
            );
        }
        assert!(!counts.contains_key("fr"));
        let created = store.create_broadcast(&new, clock::now()).await.unwrap();
        assert!(created.new);
        assert_eq!(created.recipients, counts.values().sum::<i64>());

        // With English as the fallback, French and Ukrainian readers get the English text.
        new.fallback = Some("en".into());
        new.idempotency_key = Some("second".into());
        let counts = store
            .audience_counts(
                &audience,
                &["ar".into(), "en".into(), "it".into()],
                Some("en"),
            )
            .await
            .unwrap();
        assert_eq!(counts["en"], expected("en", true), "{}", db.backend);
        let second = store.create_broadcast(&new, clock::now()).await.unwrap();
        assert_eq!(second.recipients, counts.values().sum::<i64>());

        // The same key again (a double tap, a retried command): the same broadcast.
        let again = store.create_broadcast(&new, clock::now()).await.unwrap();
        assert_eq!((again.id, again.new), (second.id, false), "{}", db.backend);
        assert_eq!(
            store.broadcast_counts(second.id).await.unwrap().total(),
            second.recipients
        );
        store.close().await;
        db.drop_schema().await;
    }
}

#[tokio::test]
async fn claims_recovery_cancel_and_forget_in_the_queue() {
    for db in TestDb::each("claims_recovery_cancel_and_forget").await {
        let store = db.store().await;
        subscribers(&store, 1..=20).await;
        let created = to_everyone(&store, "Hello").await;
        assert_eq!(created.recipients, 20);
        let now = clock::now_ms();
        let lease = Duration::from_secs(5);
        let lock = store
            .take_sender_lock("claims-recovery-test", "a", now, lease)
            .await
            .unwrap()
            .expect("nobody else sends");
        let first = store.claim_deliveries(&lock, now, 5).await.unwrap();
        let second = store.claim_deliveries(&lock, now, 5).await.unwrap();
        assert_eq!((first.len(), second.len()), (5, 5));
        assert!(
            first.iter().all(|a| second.iter().all(|b| a.id != b.id)),
            "claimed twice"
        );
        assert!(first.iter().all(|c| c.attempts == 1));

        // A sender died with these ten in flight: once their lease is over (not before),
        // they are queued again, and counted.
        assert_eq!(store.recover_in_flight(now + 4999).await.unwrap(), 0);
        assert_eq!(store.recover_in_flight(now + 5001).await.unwrap(), 10);
        let status = store.broadcast_status(created.id).await.unwrap().unwrap();
        assert_eq!(status.in_flight_recovered, 10);
        assert_eq!(status.counts.pending, 20);

        // She unsubscribes: her row is dropped. She is forgotten: her row keeps its
        // outcome only, and her subscription is gone.
        assert!(store.unsubscribe(key(1)).await.unwrap());
        assert!(store.subscription(key(1)).await.unwrap().is_none());
        assert!(store.forget(key(2)).await.unwrap());
        assert!(store.subscription(key(2)).await.unwrap().is_none());
        let counts = store.broadcast_counts(created.id).await.unwrap();
        assert_eq!((counts.pending, counts.dropped), (18, 2), "{}", db.backend);

        // Three rows are in flight when she says stop, when she is forgotten and when
        // the broadcast is cancelled; each then fails for now (a 5xx): none goes back in
        // the queue.
        let in_flight = store
            .claim_deliveries(&lock, clock::now_ms(), 3)
            .await
            .unwrap();
        assert_eq!(in_flight.len(), 3);
        let chats: Vec<i64> = in_flight.iter().map(|c| c.chat_id).collect();
        assert!(store.unsubscribe(key(chats[0])).await.unwrap());
        assert!(store.forget(key(chats[1])).await.unwrap());
        assert!(
            store
                .cancel_broadcast(created.id, clock::now())
                .await
                .unwrap()
        );
        let retry = |c: &carenet::store::Claimed| {
            (
                c.id,
                carenet::store::Outcome::Retry {
                    error: "502".into(),
                    at_ms: 0,
                },
            )
        };
        let results: Vec<_> = in_flight.iter().map(retry).collect();
        store
            .finish_deliveries(lock.session(), &results, clock::now_ms())
            .await
            .unwrap();
        let counts = store.broadcast_counts(created.id).await.unwrap();
        assert_eq!((counts.pending, counts.sending), (0, 0), "{}", db.backend);
        // Cancelled: nothing more can be claimed.
        assert!(
            store
                .claim_deliveries(&lock, clock::now_ms(), 50)
                .await
                .unwrap()
                .is_empty()
        );
        assert!(
            !store
                .cancel_broadcast(created.id, clock::now())
                .await
                .unwrap()
        );
        // 15 pending and 2 in flight cancelled; 2 dropped before, 1 by the forgetting.
        let counts = store.broadcast_counts(created.id).await.unwrap();
        assert_eq!(
            (counts.cancelled, counts.dropped),
            (17, 3),
            "{}",
            db.backend
        );
        store.release_sender_lock(lock, clock::now_ms()).await;
        store.close().await;
        db.drop_schema().await;
    }
}

// ------------------------------------------------------------ files, from the command line

/// `carenet broadcast create FILE [--dry-run]` on `db`.
fn create_from(db: &TestDb, file: &std::path::Path, dry_run: bool) -> common::Output {
    let mut command = common::carenet(&db.url);
    command.args(["broadcast", "create"]).arg(file);
    if dry_run {
        command.arg("--dry-run");
    }
    common::output(&mut command)
}

#[tokio::test]
async fn broadcast_files_in_toml_or_json_and_their_mistakes_named_by_file_and_line() {
    let db = TestDb::sqlite();
    let store = db.store().await;
    // Six read English, two Italian; all in Italy.
    for chat in 1..=8 {
        let language = if chat <= 6 { "en" } else { "it" };
        subscribe(&store, chat, language, "it", Topics::all()).await;
    }
    let dir = tempfile::tempdir().unwrap();
    let json = dir.path().join("broadcast.json");
    std::fs::write(
        &json,
        r#"{
            "key": "json-file",
            "audience": { "regions": ["it"], "topics": ["rights"] },
            "texts": { "en": "From JSON", "it": "Da JSON", "ar": "من JSON" }
        }"#,
    )
    .unwrap();
    let common::Output { ok, out, err } = create_from(&db, &json, true);
    assert!(ok, "{err}");
    assert!(out.contains("  en: 6 recipients\n"), "{out}");
    // Two people could be told apart: no count below 5.
    assert!(out.contains("  it: fewer than 5 recipients\n"), "{out}");
    assert!(out.contains("  ar: 0 recipients\n"), "{out}");
    // Nor a total that would give it away (8 less 6).
    assert!(
        out.contains("total 7 to 10 recipients; nothing created"),
        "{out}"
    );
    assert!(store.recent_broadcasts(5).await.unwrap().is_empty());

    let common::Output { ok, out, err } = create_from(&db, &json, false);
    assert!(ok, "{err}");
    assert!(
        out.contains("broadcast #1 queued for 7 to 10 recipients"),
        "{out}"
    );
    assert_eq!(
        store.broadcast_text(1, "it").await.unwrap().as_deref(),
        Some("Da JSON")
    );

    let toml = dir.path().join("broadcast.toml");
    std::fs::write(
        &toml,
        "key = \"toml-file\"\n[audience]\nlanguages = [\"it\"]\n[texts]\nit = \"Da TOML\"\n",
    )
    .unwrap();
    let common::Output { ok, out, err } = create_from(&db, &toml, false);
    assert!(ok, "{err}");
    assert!(
        out.contains("broadcast #2 queued for fewer than 5 recipients"),
        "{out}"
    );
    assert_eq!(store.broadcast_counts(2).await.unwrap().total(), 2);

    // A comma too many in a JSON file (seen on line 4, where the object ends), an unknown
    // field on line 4 of a TOML file: each named, with its line, and nothing created.
    for (name, text) in [
        (
            "bad.json",
            "{\n  \"texts\": {\n    \"en\": \"x\",\n  }\n}\n",
        ),
        ("bad.toml", "[texts]\nen = \"x\"\n[audience]\nshade = 2\n"),
    ] {
        let bad = dir.path().join(name);
        std::fs::write(&bad, text).unwrap();
        let common::Output { ok, err, .. } = create_from(&db, &bad, false);
        assert!(!ok, "{name} was accepted");
        assert!(
            err.contains(&format!("{}, line 4: ", bad.display())),
            "{err}"
        );
    }
    assert_eq!(store.recent_broadcasts(5).await.unwrap().len(), 2);
    store.close().await;
}

#[tokio::test]
async fn broadcast_status_and_cancel_from_the_command_line() {
    let db = TestDb::sqlite();
    let store = db.store().await;
    subscribers(&store, 1..=6).await;
    let carenet =
        |args: &[&str]| common::output(common::carenet(&db.url).arg("broadcast").args(args));
    let none = carenet(&["status"]);
    assert!(none.ok, "{}", none.err);
    assert_eq!(none.out, "no broadcasts yet\n");
    // One cancelled already, one for tomorrow.
    let sent = to_everyone(&store, "Done").await;
    store.cancel_broadcast(sent.id, clock::now()).await.unwrap();
    let mut later = broadcast(
        &[("en", "Later"), ("it", "Dopo")],
        Audience::default(),
        None,
    );
    later.scheduled_at = clock::now() + 86_400;
    let later = store.create_broadcast(&later, clock::now()).await.unwrap();

    let list = carenet(&["status"]);
    assert!(list.ok, "{}", list.err);
    let lines: Vec<&str> = list.out.lines().collect();
    assert_eq!(lines.len(), 2, "{}", list.out);
    assert!(
        lines[0].starts_with(&format!("#{} announcement [en,it] scheduled ", later.id)),
        "{}",
        lines[0]
    );
    assert!(lines[0].contains(": 6 recipients, sent 0, failed 0, blocked 0, remaining 6"));
    assert!(lines[1].starts_with(&format!(
        "#{} announcement [en] cancelled: 6 recipients",
        sent.id
    )));

    let one = carenet(&["status", &later.id.to_string()]);
    assert!(one.ok, "{}", one.err);
    assert!(
        one.out
            .starts_with(&format!("Broadcast #{}: scheduled for ", later.id)),
        "{}",
        one.out
    );
    assert!(
        one.out
            .contains("sent 0 · failed 0 · blocked 0 · remaining 6"),
        "{}",
        one.out
    );
    let missing = carenet(&["status", "99"]);
    assert!(!missing.ok);
    assert!(missing.err.contains("no broadcast #99"), "{}", missing.err);

    let cancelled = carenet(&["cancel", &later.id.to_string()]);
    assert!(cancelled.ok, "{}", cancelled.err);
    assert_eq!(
        cancelled.out,
        format!("broadcast #{} cancelled: nothing more is sent\n", later.id)
    );
    let status = store.broadcast_status(later.id).await.unwrap().unwrap();
    assert_eq!(status.state, "cancelled");
    assert_eq!((status.counts.pending, status.counts.cancelled), (0, 6));
    // Twice, or one that is over: said, and a failure for scripts.
    let again = carenet(&["cancel", &later.id.to_string()]);
    assert!(!again.ok);
    assert!(
        again
            .err
            .contains(&format!("no scheduled or running broadcast #{}", later.id)),
        "{}",
        again.err
    );
    assert!(!carenet(&["cancel", "99"]).ok);
    store.close().await;
}

// ------------------------------------------------------- the sender against the fake API

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn five_hundred_subscribers_get_exactly_their_language_and_only_in_the_audience() {
    for db in TestDb::each("five_hundred_subscribers_get_exactly_their_language").await {
        let fake = FakeTelegram::start().await;
        let store = db.store().await;
        let people = five_hundred(&store).await;
        let audience = Audience {
            languages: vec![],
            regions: vec!["it".into(), "es".into()],
            topics: rights_or_health(),
        };
        let mut new = broadcast(
            &[
                ("en", "Meeting EN"),
                ("it", "Incontro IT"),
                ("ar", "لقاء AR"),
            ],
            audience,
            None,
        );
        new.fallback = Some("en".into());
        let created = store.create_broadcast(&new, clock::now()).await.unwrap();
        let tg = telegram(&fake, &store, fast_limits());
        let sending = start_telegram_sender(&tg, &store, 1000);
        let status = finished(&store, created.id, Duration::from_secs(30)).await;
        sending.stop().await;
        assert_eq!(status.counts.sent, created.recipients, "{status:?}");
        let mut reached = 0;
        for (chat, language, region, topics) in &people {
            let messages = fake.sent_messages(*chat);
            let in_audience = *region != "gr" && topics.0 & rights_or_health().0 != 0;
            if !in_audience {
                assert!(messages.is_empty(), "chat {chat} is not in the audience");
                continue;
            }
            reached += 1;
            assert_eq!(messages.len(), 1, "chat {chat} on {}", db.backend);
            let expected = match *language {
                "it" => "Incontro IT",
                "ar" => "لقاء AR",
                _ => "Meeting EN",
            };
            assert_eq!(messages[0].text(), Some(expected));
            let silent = messages[0].params["disable_notification"].as_bool() == Some(true);
            assert_eq!(silent, chat % 2 == 0, "silent as she asked");
            // Under each announcement, her way out.
            let keyboard = messages[0].inline_keyboard().unwrap();
            assert_eq!(keyboard[0][0].1, "u:stop");
        }
        assert_eq!(reached, created.recipients);
        store.close().await;
        db.drop_schema().await;
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_429_pauses_all_sending_for_its_retry_after_then_every_message_goes() {
    let (fake, _db, store) = sqlite_with_subscribers(30).await;
    // The 11th message gets "retry after 2".
    for _ in 0..10 {
        fake.inject(Fault::delay(Duration::ZERO).method("sendMessage"));
    }
    fake.inject(Fault::retry_after(2).method("sendMessage").times(1));
    let created = to_everyone(&store, "Hi").await;
    // 25 a second: a call leaves every 40 ms, so none is on the wire when the 429 comes
    // back (at 100 a second, on a busy machine, a call sent 10 ms later could still
    // arrive after the 429: it left before the answer came, and was no fault).
    let limits = at_rate(25);
    let tg = telegram(&fake, &store, limits);
    let sending = start_telegram_sender(&tg, &store, 25);
    let status = finished(&store, created.id, Duration::from_secs(20)).await;
    sending.stop().await;
    assert_eq!(status.counts.sent, 30);
    let calls = fake.calls_to("sendMessage");
    let refused = calls.iter().position(|c| c.status == 429).expect("a 429");
    let pause_ends = calls[refused].at + Duration::from_secs(2);
    for call in &calls[refused + 1..] {
        assert!(
            call.at >= pause_ends,
            "a call {:?} before retry_after expired",
            pause_ends - call.at
        );
    }
    for chat in 1..=30 {
        assert_eq!(fake.sent_texts(chat).len(), 1, "chat {chat}");
    }
    store.close().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn blocked_users_are_unsubscribed_and_forgotten_and_unknown_chats_fail_once() {
    for db in TestDb::each("blocked_users_are_unsubscribed_and_forgotten").await {
        let fake = FakeTelegram::start().await;
        let store = db.store().await;
        subscribers(&store, 1..=30).await;
        // Chat 3 had recent messages the bot kept for her quick exit: they go with her.
        store
            .remember_messages(key(3), &[41, 42], clock::now())
            .await
            .unwrap();
        for chat in [3, 7, 11] {
            fake.inject(
                Fault::bot_blocked()
                    .method("sendMessage")
                    .chat(chat)
                    .always(),
            );
        }
        fake.inject(
            Fault::chat_not_found()
                .method("sendMessage")
                .chat(20)
                .always(),
        );
        let created = to_everyone(&store, "Hi").await;
        let tg = telegram(&fake, &store, fast_limits());
        let sending = start_telegram_sender(&tg, &store, 1000);
        let status = finished(&store, created.id, Duration::from_secs(20)).await;
        sending.stop().await;
        assert_eq!(
            (
                status.counts.sent,
                status.counts.blocked,
                status.counts.failed
            ),
            (26, 3, 1),
            "{status:?} on {}",
            db.backend
        );
        for chat in [3, 7, 11] {
            assert!(
                store.load_conversation(key(chat)).await.unwrap().is_none(),
                "forgotten"
            );
            assert!(
                store.subscription(key(chat)).await.unwrap().is_none(),
                "unsubscribed"
            );
            assert!(
                store
                    .take_recent_messages(key(chat), 0)
                    .await
                    .unwrap()
                    .is_empty(),
                "no message id of hers is kept"
            );
        }
        assert_eq!(store.subscriber_count().await.unwrap(), 27);
        // Never retried: one call each.
        for chat in [3, 7, 11, 20] {
            let calls = fake
                .calls_to("sendMessage")
                .into_iter()
                .filter(|c| c.chat_id() == Some(chat))
                .count();
            assert_eq!(calls, 1, "chat {chat}");
        }
        store.close().await;
        db.drop_schema().await;
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn no_one_second_window_holds_more_than_the_configured_rate() {
    let (fake, _db, store) = sqlite_with_subscribers(150).await;
    let rate = 50;
    let limits = at_rate(rate);
    let created = to_everyone(&store, "Hi").await;
    let tg = telegram(&fake, &store, limits);
    let sending = start_telegram_sender(&tg, &store, rate);
    finished(&store, created.id, Duration::from_secs(20)).await;
    sending.stop().await;
    let times: Vec<_> = fake.calls_to("sendMessage").iter().map(|c| c.at).collect();
    assert_eq!(times.len(), 150);
    // The sender's hard cap: never more than the rate in any second.
    let most = busiest_second(&times);
    assert!(most <= rate as usize, "{most} messages in one second");
    let elapsed = *times.last().unwrap() - times[0];
    let achieved = 149.0 / elapsed.as_secs_f64();
    assert!(
        achieved >= 0.95 * f64::from(rate),
        "{achieved:.1} messages/s"
    );
    store.close().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_cancelled_broadcast_sends_nothing_more() {
    let (fake, _db, store) = sqlite_with_subscribers(200).await;
    let limits = at_rate(40);
    let created = to_everyone(&store, "Hi").await;
    let tg = telegram(&fake, &store, limits);
    let sending = start_telegram_sender(&tg, &store, 40);
    eventually_for(Duration::from_secs(30), "twenty sent", || {
        (fake.count_ok("sendMessage") >= 20).then_some(())
    })
    .await;
    assert!(
        store
            .cancel_broadcast(created.id, clock::now())
            .await
            .unwrap()
    );
    let at_cancel = fake.count_ok("sendMessage");
    tokio::time::sleep(Duration::from_secs(1)).await;
    let after = fake.count_ok("sendMessage");
    sending.stop().await;
    // Rows already claimed (at most the window) may still go; nothing after that.
    assert!(
        after - at_cancel <= settings(40).window(),
        "{at_cancel} then {after}"
    );
    let status = store.broadcast_status(created.id).await.unwrap().unwrap();
    assert_eq!(status.state, "cancelled");
    assert_eq!(status.counts.sent as usize, after);
    assert_eq!(status.counts.cancelled as usize, 200 - after);
    store.close().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_scheduled_broadcast_fires_on_time_after_a_restart() {
    let (fake, db, store) = sqlite_with_subscribers(5).await;
    let mut new = broadcast(&[("en", "Later")], Audience::default(), None);
    new.scheduled_at = clock::now() + 2;
    let due = std::time::Instant::now()
        + Duration::from_millis((new.scheduled_at * 1000 - clock::now_ms()).max(0) as u64);
    let created = store.create_broadcast(&new, clock::now()).await.unwrap();
    // A first process runs a while and stops before the time.
    let tg = telegram(&fake, &store, fast_limits());
    start_telegram_sender(&tg, &store, 1000).stop().await;
    store.close().await;
    assert_eq!(fake.count_ok("sendMessage"), 0, "nothing before its time");
    // The restarted process sends it when it is due, not before.
    let store = db.store().await;
    let tg = telegram(&fake, &store, fast_limits());
    let sending = start_telegram_sender(&tg, &store, 1000);
    let status = finished(&store, created.id, Duration::from_secs(10)).await;
    sending.stop().await;
    assert_eq!(status.counts.sent, 5);
    let first = fake.calls_to("sendMessage")[0].at;
    assert!(
        first + Duration::from_millis(20) >= due,
        "sent before its time"
    );
    assert!(first < due + Duration::from_secs(1), "sent late");
    store.close().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_reply_to_a_woman_goes_before_a_running_broadcast() {
    let (fake, _db, store) = sqlite_with_subscribers(300).await;
    // A low overall rate, which the broadcast fills: every slot of it is wanted.
    let rate = 10;
    let limits = at_rate(rate);
    let tg = telegram(&fake, &store, limits);
    let mut polling = Tasks::default();
    polling.poll(tg.clone());
    let created = to_everyone(&store, "Hi").await;
    let sending = start_telegram_sender(&tg, &store, rate);
    eventually_for(Duration::from_secs(30), "twenty sent", || {
        (fake.count_ok("sendMessage") >= 20).then_some(())
    })
    .await;
    // Twenty women write at once: their replies wait for the overall limit too, and go
    // before any broadcast message that had not yet had its turn.
    let women: Vec<i64> = (9_000..9_020).collect();
    for chat in &women {
        fake.push(updates::command(*chat, "/start", "en"));
    }
    let deadline = tokio::time::Instant::now() + Duration::from_secs(20);
    while women
        .iter()
        .any(|chat| fake.sent_messages(*chat).is_empty())
    {
        assert!(
            tokio::time::Instant::now() < deadline,
            "not every woman got a reply"
        );
        tokio::time::sleep(Duration::from_millis(10)).await;
    }
    let status = store.broadcast_status(created.id).await.unwrap().unwrap();
    assert!(
        status.counts.remaining() > 0,
        "the broadcast was still running"
    );
    polling.shut_down().await;
    sending.stop().await;
    let sent: Vec<_> = fake
        .calls_to("sendMessage")
        .into_iter()
        .filter(|c| c.ok())
        .collect();
    let is_reply = |c: &fake_telegram::Call| women.contains(&c.chat_id().unwrap_or(0));
    let first = sent.iter().position(is_reply).unwrap();
    let last = sent.iter().rposition(is_reply).unwrap();
    // Between the first reply and the last, only the broadcast messages already past
    // their turn when the replies came (one waiting for the cap, one on the wire): not
    // one in every other slot, as an equal share of the limit would give.
    let overtaking = sent[first..last].iter().filter(|c| !is_reply(c)).count();
    assert!(
        overtaking <= 2,
        "{overtaking} broadcast messages went between the first reply and the last"
    );
    // Together they kept the bot's limit.
    let times: Vec<_> = sent.iter().map(|c| c.at).collect();
    let most = busiest_second(&times);
    assert!(
        most <= rate as usize,
        "{most} messages in one second, replies and broadcast"
    );
    store.close().await;
}

// ---------------------------------------------- retries, with a transport we script

/// Answers from a script per chat (then Sent), and keeps what it was asked.
struct Scripted {
    /// Names the sender's lock: the same name for senders that compete, another for each
    /// test (on PostgreSQL the lock holds for the whole database the tests share).
    name: String,
    script: Mutex<HashMap<i64, Vec<Attempt>>>,
    calls: Mutex<Vec<(i64, String)>>,
    progress: Mutex<Vec<(i64, i64, String)>>,
}

impl Scripted {
    fn named(test: &str) -> Scripted {
        Scripted {
            name: format!("{test}-{}", std::process::id()),
            script: Mutex::default(),
            calls: Mutex::default(),
            progress: Mutex::default(),
        }
    }
}

impl Transport for Scripted {
    async fn send(&self, chat_id: i64, _language: &str, text: &str, _silent: bool) -> Attempt {
        self.calls.lock().unwrap().push((chat_id, text.to_string()));
        let mut script = self.script.lock().unwrap();
        match script.get_mut(&chat_id) {
            Some(list) if !list.is_empty() => list.remove(0),
            _ => Attempt::Sent,
        }
    }

    async fn show_progress(&self, chat_id: i64, message_id: i64, text: &str) {
        self.progress
            .lock()
            .unwrap()
            .push((chat_id, message_id, text.to_string()));
    }

    fn sender_name(&self) -> String {
        self.name.clone()
    }
}

#[tokio::test]
async fn transient_failures_are_retried_with_backoff_up_to_a_limit_and_progress_is_shown() {
    for db in TestDb::each("transient_failures_are_retried").await {
        let store = db.store().await;
        subscribers(&store, 1..=10).await;
        let transport = Arc::new(Scripted::named("transient_failures"));
        {
            let mut script = transport.script.lock().unwrap();
            script.insert(1, vec![Attempt::Transient("502".into()); 2]);
            script.insert(2, vec![Attempt::Transient("timeout".into()); 10]);
        }
        let mut new = broadcast(&[("en", "Hi")], Audience::default(), None);
        new.progress = Some((777, 5));
        let created = store.create_broadcast(&new, clock::now()).await.unwrap();
        let mut settings = settings(1000);
        settings.max_attempts = 4;
        let sending = start_sender(&store, transport.clone(), settings);
        let status = finished(&store, created.id, Duration::from_secs(20)).await;
        tokio::time::sleep(Duration::from_millis(700)).await;
        sending.stop().await;
        assert_eq!(
            (status.counts.sent, status.counts.failed),
            (9, 1),
            "{}",
            db.backend
        );
        let calls = transport.calls.lock().unwrap().clone();
        let count = |chat| calls.iter().filter(|(c, _)| *c == chat).count();
        assert_eq!((count(1), count(2), count(3)), (3, 4, 1));
        // The organiser's message was edited, the last time with the final summary.
        let progress = transport.progress.lock().unwrap().clone();
        let last = progress.last().expect("progress shown");
        assert_eq!((last.0, last.1), (777, 5));
        assert!(
            last.2.contains("done") && last.2.contains("sent 9 · failed 1"),
            "{}",
            last.2
        );
        store.close().await;
        db.drop_schema().await;
    }
}

#[tokio::test]
async fn one_sender_at_a_time_and_another_takes_over_when_it_stops() {
    for db in TestDb::each("one_sender_at_a_time").await {
        let store_a = db.store().await;
        let store_b = db.store().await;
        subscribers(&store_a, 1..=40).await;
        // Two processes of one bot: one lock.
        let a = Arc::new(Scripted::named("one_sender_at_a_time"));
        let b = Arc::new(Scripted::named("one_sender_at_a_time"));
        let sending_a = start_sender(&store_a, a.clone(), settings(1000));
        tokio::time::sleep(Duration::from_millis(300)).await;
        let sending_b = start_sender(&store_b, b.clone(), settings(1000));
        tokio::time::sleep(Duration::from_millis(300)).await;
        let first = to_everyone(&store_a, "One").await;
        finished(&store_a, first.id, Duration::from_secs(10)).await;
        assert_eq!(a.calls.lock().unwrap().len(), 40);
        assert!(
            b.calls.lock().unwrap().is_empty(),
            "only the lock holder sends"
        );
        sending_a.stop().await;
        let second = to_everyone(&store_b, "Two").await;
        let started = tokio::time::Instant::now();
        finished(&store_b, second.id, Duration::from_secs(10)).await;
        assert!(
            started.elapsed() < Duration::from_secs(3),
            "took over in {:?}",
            started.elapsed()
        );
        assert_eq!(b.calls.lock().unwrap().len(), 40, "{}", db.backend);
        sending_b.stop().await;
        store_a.close().await;
        store_b.close().await;
        db.drop_schema().await;
    }
}
