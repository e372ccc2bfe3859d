//! The broadcast sender's fence, on both databases: a sender that stalled past its lease
//! and lost the lock claims nothing more, records nothing over the next sender, and the
//! next sender sends its rows again only once their lease is over, so that no woman gets
//! an announcement twice; and a 429 told to one process pauses the bot's other processes.

mod common;
#[path = "support/fake_telegram.rs"]
mod fake_telegram;

use std::collections::HashMap;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use carenet::broadcast::worker::{self, Attempt, Transport, WorkerSettings};
use carenet::broadcast::{Audience, NewBroadcast};
use carenet::channels::telegram::{Limits, Outbox, Telegram, run_polling, share_pauses};
use carenet::clock;
use carenet::engine::Features;
use carenet::store::{Outcome, Store};
use common::{TestDb, broadcast, eventually_for, finished, subscribers};
use fake_telegram::{FakeTelegram, Fault, updates};
use tokio::sync::watch;

async fn announce(store: &Store, text: &str) -> i64 {
    let new = broadcast(&[("en", text)], Audience::default(), None);
    store.create_broadcast(&new, clock::now()).await.unwrap().id
}

// ------------------------------------------------------------------- the store's fence

#[tokio::test]
async fn a_sender_that_lost_its_lock_claims_nothing_and_its_rows_wait_for_their_lease() {
    for db in TestDb::each("lost_lock_claims_nothing").await {
        let store_a = db.store().await;
        let store_b = db.store().await;
        subscribers(&store_a, 1..=10).await;
        let id = announce(&store_a, "Hello").await;
        let name = format!("fence-store-test-{}", db.backend);
        let lease = Duration::from_secs(1);

        // Times by the database's clock (the server's on PostgreSQL), as the sender uses.
        let t0 = store_a.clock_ms().await.unwrap();
        let a = store_a
            .take_sender_lock(&name, "a", t0, lease)
            .await
            .unwrap()
            .expect("the lock is free");
        assert!(
            store_b
                .take_sender_lock(&name, "b", t0, lease)
                .await
                .unwrap()
                .is_none(),
            "one sender at a time"
        );
        let in_flight = store_a.claim_deliveries(&a, t0, 4).await.unwrap();
        assert_eq!(in_flight.len(), 4);

        // A stalls and renews nothing. Its lock ends: on SQLite when the lease row expires
        // (times are given), on PostgreSQL when the server ends the lock's connection,
        // idle past the lease.
        let (b, t1) = match db.backend {
            "sqlite" => {
                let t1 = t0 + 1500;
                let b = store_b
                    .take_sender_lock(&name, "b", t1, lease)
                    .await
                    .unwrap();
                (b.expect("A's lease is over"), t1)
            }
            _ => {
                let waited = tokio::time::Instant::now();
                loop {
                    let t1 = store_b.clock_ms().await.unwrap();
                    if let Some(b) = store_b
                        .take_sender_lock(&name, "b", t1, lease)
                        .await
                        .unwrap()
                    {
                        break (b, t1);
                    }
                    assert!(
                        waited.elapsed() < Duration::from_secs(20),
                        "the server never ended the stalled sender's connection"
                    );
                    tokio::time::sleep(Duration::from_millis(200)).await;
                }
            }
        };
        assert!(
            store_a
                .claim_deliveries(&a, t1, 10)
                .await
                .unwrap()
                .is_empty(),
            "{}: a sender that lost its lock claims nothing",
            db.backend
        );
        assert!(!store_a.renew_sender_lock(&a, t1, lease).await.unwrap());

        // B takes the other six; A's four stay in flight until their lease is over.
        let taken = store_b.claim_deliveries(&b, t1, 10).await.unwrap();
        assert_eq!(taken.len(), 6, "{}", db.backend);
        assert!(taken.iter().all(|t| in_flight.iter().all(|f| f.id != t.id)));
        assert_eq!(store_b.recover_in_flight(t0 + 999).await.unwrap(), 0);
        assert_eq!(store_b.recover_in_flight(t0 + 1001).await.unwrap(), 4);
        let status = store_b.broadcast_status(id).await.unwrap().unwrap();
        assert_eq!(status.in_flight_recovered, 4, "each may have gone: counted");

        // A wakes up and records its four: they are no longer its own, nothing changes.
        let late: Vec<(i64, Outcome)> = in_flight.iter().map(|c| (c.id, Outcome::Sent)).collect();
        store_a
            .finish_deliveries(a.session(), &late, t1)
            .await
            .unwrap();
        // Nor over B's rows.
        let over_b: Vec<(i64, Outcome)> = taken.iter().map(|c| (c.id, Outcome::Sent)).collect();
        store_a
            .finish_deliveries(a.session(), &over_b, t1)
            .await
            .unwrap();
        let counts = store_b.broadcast_counts(id).await.unwrap();
        assert_eq!(
            (counts.pending, counts.sending, counts.sent),
            (4, 6, 0),
            "{}",
            db.backend
        );

        // B renews its lock and its rows' leases: they are not recovered while it lives.
        assert!(
            store_b
                .renew_sender_lock(&b, t1 + 500, Duration::from_secs(5))
                .await
                .unwrap()
        );
        assert_eq!(store_b.recover_in_flight(t1 + 1001).await.unwrap(), 0);
        store_b
            .finish_deliveries(b.session(), &over_b, t1 + 600)
            .await
            .unwrap();
        assert_eq!(store_b.broadcast_counts(id).await.unwrap().sent, 6);

        store_a.release_sender_lock(a, clock::now_ms()).await;
        store_b.release_sender_lock(b, clock::now_ms()).await;
        store_a.close().await;
        store_b.close().await;
        db.drop_schema().await;
    }
}

// ------------------------------------------------------------ a sender that stalls

/// A transport that records each delivery, and whose `stall_at`-th call blocks its
/// thread (a stalled process: its runtime, its lock renewal and its timers stop).
struct Stalling {
    name: String,
    who: &'static str,
    calls: AtomicUsize,
    stall_at: Option<usize>,
    stall: Duration,
    /// How long each call takes (waiting, as on the network).
    slow: Duration,
    delivered: Arc<Mutex<Vec<(i64, &'static str)>>>,
}

impl Transport for Stalling {
    async fn send(&self, chat_id: i64, _language: &str, _text: &str, _silent: bool) -> Attempt {
        let n = self.calls.fetch_add(1, Ordering::SeqCst) + 1;
        if self.stall_at == Some(n) {
            std::thread::sleep(self.stall);
        }
        // A call takes more than one step (connect, write, read): the lease is checked
        // between them.
        tokio::task::yield_now().await;
        tokio::time::sleep(self.slow).await;
        self.delivered.lock().unwrap().push((chat_id, self.who));
        Attempt::Sent
    }

    async fn show_progress(&self, _chat_id: i64, _message_id: i64, _text: &str) {}

    fn sender_name(&self) -> String {
        self.name.clone()
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_sender_that_stalls_past_its_lease_sends_nothing_another_sends_again() {
    for db in TestDb::each("stalled_sender").await {
        let store = db.store().await;
        subscribers(&store, 1..=40).await;
        let delivered = Arc::new(Mutex::new(Vec::new()));
        let settings = WorkerSettings {
            rate: 1000,
            lease: Duration::from_secs(2),
            idle_poll: Duration::from_millis(50),
            lock_retry: Duration::from_millis(100),
            ..WorkerSettings::default()
        };
        let transport = |who, stall_at| Stalling {
            name: format!("fence-stall-test-{}", db.backend),
            who,
            calls: AtomicUsize::new(0),
            stall_at,
            stall: Duration::from_secs(8),
            slow: Duration::ZERO,
            delivered: delivered.clone(),
        };

        // A, on a thread of its own (so that its stall stops it only), takes the lock.
        let (stop_a, stopped_a) = watch::channel(false);
        let a = {
            let (url, settings, transport) =
                (db.url.clone(), settings.clone(), transport("a", Some(5)));
            std::thread::spawn(move || {
                let runtime = tokio::runtime::Builder::new_current_thread()
                    .enable_all()
                    .build()
                    .unwrap();
                runtime.block_on(async move {
                    let store = Store::connect(&url).await.unwrap();
                    let result =
                        worker::run(store.clone(), Arc::new(transport), settings, stopped_a).await;
                    store.close().await;
                    result
                })
            })
        };
        // A holds the lock when a probe cannot take it (a probe that can gives it back).
        let name = format!("broadcast-sender-fence-stall-test-{}", db.backend);
        let waited = tokio::time::Instant::now();
        loop {
            let now = store.clock_ms().await.unwrap();
            match store
                .take_sender_lock(&name, "probe", now, Duration::from_millis(1))
                .await
            {
                Ok(None) => break,
                Ok(Some(probe)) => store.release_sender_lock(probe, now).await,
                Err(e) => panic!("{e}"),
            }
            assert!(
                waited.elapsed() < Duration::from_secs(20),
                "A never took the lock"
            );
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
        let (stop_b, stopped_b) = watch::channel(false);
        let b = tokio::spawn(worker::run(
            store.clone(),
            Arc::new(transport("b", None)),
            settings.clone(),
            stopped_b,
        ));
        tokio::time::sleep(Duration::from_millis(300)).await;

        // A claims all forty (its window is 250); its fifth call stalls its thread for
        // four lease lengths, before any of its calls is through: past its lease, and on
        // PostgreSQL past the moment the server ends its lock's idle connection (lease +
        // 4 s), so that B takes over and sends A's rows while A is stalled.
        let id = announce(&store, "Hello").await;
        let status = finished(&store, id, Duration::from_secs(40)).await;
        let _ = stop_a.send(true);
        let _ = stop_b.send(true);
        tokio::task::spawn_blocking(move || a.join())
            .await
            .unwrap()
            .expect("A did not panic")
            .expect("A had no store error");
        b.await.unwrap().unwrap();

        let delivered = delivered.lock().unwrap().clone();
        let mut per_chat: HashMap<i64, usize> = HashMap::new();
        for (chat, _) in &delivered {
            *per_chat.entry(*chat).or_default() += 1;
        }
        assert_eq!(per_chat.len(), 40, "{}: everyone got it", db.backend);
        assert!(
            per_chat.values().all(|n| *n == 1),
            "{}: a stalled sender's rows were sent twice: {delivered:?}",
            db.backend
        );
        assert_eq!(status.counts.sent, 40);
        assert!(
            status.in_flight_recovered >= 36,
            "{}: the stalled sender's rows are counted: {status:?}",
            db.backend
        );
        store.close().await;
        db.drop_schema().await;
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_sender_whose_lock_connection_dies_finishes_its_calls_and_sends_nothing_twice() {
    let Some(db) = TestDb::postgres("lock_connection_dies").await else {
        return;
    };
    let store_a = db.store().await;
    let store_b = db.store().await;
    subscribers(&store_a, 1..=30).await;
    let delivered = Arc::new(Mutex::new(Vec::new()));
    // Five rows in flight at most (a quarter second at 20/s), each call 1.2 s long, a
    // renewal every 2 s (a third of the lease): A sends five, claims five more at once
    // (1.2 s), loses its connection while they are in progress (1.3 s) and finds it at
    // its next renewal (2 s), when they still are (until 2.4 s); each can finish within
    // its lease (6 s after the last renewal).
    let settings = WorkerSettings {
        rate: 20,
        lease: Duration::from_secs(6),
        idle_poll: Duration::from_millis(50),
        lock_retry: Duration::from_millis(100),
        ..WorkerSettings::default()
    };
    let transport = |who, slow| Stalling {
        name: "fence-lock-dies-test".into(),
        who,
        calls: AtomicUsize::new(0),
        stall_at: None,
        stall: Duration::ZERO,
        slow,
        delivered: delivered.clone(),
    };
    let (stop, stopped) = watch::channel(false);
    let a = tokio::spawn(worker::run(
        store_a.clone(),
        Arc::new(transport("a", Duration::from_millis(1200))),
        settings.clone(),
        stopped.clone(),
    ));
    let key = carenet::store::lock_key("broadcast-sender-fence-lock-dies-test");
    let admin = sqlx::PgPool::connect(&db.url).await.unwrap();
    let holder = |admin: sqlx::PgPool| async move {
        sqlx::query_scalar::<_, i32>(
            "SELECT pid FROM pg_locks WHERE locktype = 'advisory' AND granted
               AND classid::bigint = $1 AND objid::bigint = $2 AND objsubid = 1",
        )
        .bind((key as u64 >> 32) as i64)
        .bind((key as u64 & 0xffff_ffff) as i64)
        .fetch_optional(&admin)
        .await
        .unwrap()
    };
    let waited = tokio::time::Instant::now();
    while holder(admin.clone()).await.is_none() {
        assert!(
            waited.elapsed() < Duration::from_secs(20),
            "A never took the lock"
        );
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    let b = tokio::spawn(worker::run(
        store_b.clone(),
        Arc::new(transport("b", Duration::ZERO)),
        settings.clone(),
        stopped.clone(),
    ));
    let id = announce(&store_a, "Hello").await;
    eventually_for(Duration::from_secs(20), "five sent by A", || {
        (delivered.lock().unwrap().len() >= 5).then_some(())
    })
    .await;
    tokio::time::sleep(Duration::from_millis(100)).await;
    // The server ends A's lock connection (as an idle timeout or a broken network
    // would) while A has calls in progress. Then whichever process takes the lock next
    // (A again on a new connection, or B) sends the rest.
    let pid = holder(admin.clone()).await.expect("A holds the lock");
    sqlx::query("SELECT pg_terminate_backend($1)")
        .bind(pid)
        .execute(&admin)
        .await
        .unwrap();
    let status = finished(&store_a, id, Duration::from_secs(30)).await;
    let _ = stop.send(true);
    a.await.unwrap().unwrap();
    b.await.unwrap().unwrap();

    let delivered = delivered.lock().unwrap().clone();
    let mut per_chat: HashMap<i64, usize> = HashMap::new();
    for (chat, _) in &delivered {
        *per_chat.entry(*chat).or_default() += 1;
    }
    assert_eq!(per_chat.len(), 30, "everyone got it");
    assert!(
        per_chat.values().all(|n| *n == 1),
        "sent twice: {delivered:?}"
    );
    // A finished its calls in progress within its lease and recorded them: nothing was
    // left in flight for B to count.
    assert_eq!(status.counts.sent, 30);
    assert_eq!(status.in_flight_recovered, 0, "{status:?}");
    admin.close().await;
    store_a.close().await;
    store_b.close().await;
    db.drop_schema().await;
}

// ------------------------------------------------------- a 429 holds every process

/// The bot at its default limits, as a process of its own would run it.
fn telegram(fake: &FakeTelegram, store: &Store) -> Arc<Telegram> {
    let features = Features {
        subscriptions: true,
        ..Features::default()
    };
    Arc::new(common::bot::telegram(
        fake.bot(),
        store,
        features,
        Limits::default(),
        1000,
    ))
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_429_told_to_one_process_pauses_the_other() {
    for db in TestDb::each("shared_429").await {
        let fake = FakeTelegram::start().await;
        let store = db.store().await;
        subscribers(&store, 1..=1).await;
        let (stop, stopped) = watch::channel(false);
        // Two processes of one bot: one sends broadcasts, the other answers.
        let sending = telegram(&fake, &store);
        let answering = telegram(&fake, &store);
        let mut tasks = Vec::new();
        for tg in [&sending, &answering] {
            tasks.push(tokio::spawn(share_pauses(
                tg.clone(),
                store.clone(),
                stopped.clone(),
            )));
        }
        let settings = WorkerSettings {
            idle_poll: Duration::from_millis(50),
            lock_retry: Duration::from_millis(100),
            ..WorkerSettings::default()
        };
        let worker = tokio::spawn(worker::run(
            store.clone(),
            Arc::new(Outbox::new(sending.clone())),
            settings,
            stopped.clone(),
        ));
        let polling = tokio::spawn(run_polling(
            answering.clone(),
            Duration::from_secs(1),
            stopped.clone(),
        ));

        fake.inject(Fault::retry_after(3).method("sendMessage").chat(1).times(1));
        let id = announce(&store, "Hello").await;
        let refused = fake
            .wait_for_calls("sendMessage", 1, Duration::from_secs(10))
            .await;
        assert_eq!(refused[0].status, 429);
        let pause_ends = refused[0].at + Duration::from_secs(3);
        // The other process learns of the pause (through the database); then a woman
        // writes to it: its answer waits too.
        let waited = tokio::time::Instant::now();
        while answering.paused_until().is_none() {
            assert!(
                waited.elapsed() < Duration::from_secs(3),
                "{}: the other process never learnt of the pause",
                db.backend
            );
            tokio::time::sleep(Duration::from_millis(20)).await;
        }
        fake.push(updates::command(2, "/start", "en"));
        let waited = tokio::time::Instant::now();
        let answer = loop {
            if let Some(answer) = fake.sent_messages(2).first().cloned() {
                break answer;
            }
            assert!(
                waited.elapsed() < Duration::from_secs(15),
                "she is answered"
            );
            tokio::time::sleep(Duration::from_millis(20)).await;
        };
        assert!(
            answer.at + Duration::from_millis(20) >= pause_ends,
            "{}: answered {:?} before the pause ended",
            db.backend,
            pause_ends - answer.at
        );
        // And not held much longer: the pause shared is the one Telegram asked for.
        assert!(
            answer.at < pause_ends + Duration::from_millis(1500),
            "{}: answered {:?} after the pause ended",
            db.backend,
            answer.at - pause_ends
        );
        let status = finished(&store, id, Duration::from_secs(10)).await;
        assert_eq!(status.counts.sent, 1);

        let _ = stop.send(true);
        worker.await.unwrap().unwrap();
        polling.await.unwrap().unwrap();
        for task in tasks {
            task.await.unwrap();
        }
        store.close().await;
        db.drop_schema().await;
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_429_longer_than_the_lease_keeps_the_lock_and_abandons_nothing() {
    for db in TestDb::each("long_429_keeps_the_lock").await {
        let fake = FakeTelegram::start().await;
        let store = db.store().await;
        subscribers(&store, 1..=20).await;
        let tg = telegram(&fake, &store);
        // The organiser's progress message is edited while the pause lasts: those edits
        // wait for the pause too, and must not hold up the lock's renewal.
        let new = NewBroadcast {
            created_by: Some(900),
            progress: Some((900, 77)),
            ..broadcast(&[("en", "Hello")], Audience::default(), None)
        };
        // Four go, the fifth gets "retry after 6" (three leases): the progress text has
        // changed, and its edit waits out the pause.
        fake.inject(Fault::retry_after(6).method("sendMessage").chat(5).times(1));
        let id = store.create_broadcast(&new, clock::now()).await.unwrap().id;
        let (stop, stopped) = watch::channel(false);
        let settings = WorkerSettings {
            lease: Duration::from_secs(2),
            idle_poll: Duration::from_millis(50),
            progress_every: Duration::from_millis(200),
            lock_retry: Duration::from_millis(100),
            ..WorkerSettings::default()
        };
        let worker = tokio::spawn(worker::run(
            store.clone(),
            Arc::new(Outbox::new(tg.clone())),
            settings,
            stopped,
        ));
        let status = finished(&store, id, Duration::from_secs(30)).await;
        let _ = stop.send(true);
        worker.await.unwrap().unwrap();
        assert_eq!(status.counts.sent, 20, "{}", db.backend);
        assert_eq!(
            status.in_flight_recovered, 0,
            "{}: a pause is not a stall: nothing abandoned",
            db.backend
        );
        for chat in 1..=20 {
            assert_eq!(fake.sent_messages(chat).len(), 1, "chat {chat}");
        }
        store.close().await;
        db.drop_schema().await;
    }
}
