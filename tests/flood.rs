//! One woman flooding the bot from inside an open case (commands, texts, button presses:
//! what a script or ten forwards of 100 messages bring) must not silence it for anyone
//! else: another woman's /start and danger button are answered within 2 seconds, in
//! polling and in webhook mode, at Telegram's real limits (1 message a second per chat).
//! And the flooding woman's own danger button and quick exit still pass.

mod common;
#[path = "support/fake_telegram.rs"]
mod fake_telegram;

use std::sync::Arc;
use std::time::{Duration, Instant};

use carenet::channels::telegram::{Limits, Telegram, webhook_router};
use carenet::clock;
use carenet::engine::{Conversation, Features};
use carenet::handoff::{HandoffSettings, MAX_HELD, StaffedHours};
use carenet::staff::{Role, StaffMember};
use carenet::store::{Sender, Store};
use common::bot::{Tasks, fast_limits, telegram, with_handoff};
use common::{TestDb, eventually, eventually_for, key, text};
use fake_telegram::{FakeTelegram, updates};
use serde_json::Value;

const GROUP: i64 = -1_001_234_567_890;
/// The woman who floods, and the one who must still be answered.
const FLOODER: i64 = 720_000_011;
const OTHER: i64 = 720_000_022;
const FLOOD: usize = 2_000;
const ANSWERED_WITHIN: Duration = Duration::from_secs(2);

/// How updates reach the bot: the fake's getUpdates, or POSTs to the webhook.
enum Inbound {
    Polling,
    Webhook {
        url: String,
        client: reqwest::Client,
    },
}

impl Inbound {
    fn name(&self) -> &'static str {
        match self {
            Inbound::Polling => "polling:",
            Inbound::Webhook { .. } => "webhook:",
        }
    }

    async fn send(&self, fake: &FakeTelegram, update: Value) {
        let Inbound::Webhook { url, client } = self else {
            fake.push(update);
            return;
        };
        let body = fake.webhook_update(update);
        let response = client
            .post(url)
            .header("content-type", "application/json")
            .header("X-Telegram-Bot-Api-Secret-Token", SECRET)
            .body(body.to_string())
            .send()
            .await
            .expect("the webhook answers");
        assert_eq!(response.status(), 200);
    }
}

const SECRET: &str = "a-webhook-secret-of-at-least-32-characters";

async fn prepared(db: &TestDb) -> Store {
    let store = db.store().await;
    for chat in [FLOODER, OTHER] {
        let conversation = Conversation {
            locale: Some("en".into()),
            node: "menu".into(),
            consented: true,
            region: Some("it".into()),
            ..Conversation::default()
        };
        store
            .save_conversation(key(chat), &conversation, clock::now())
            .await
            .unwrap();
    }
    store
}

/// The bot as `carenet run` builds it with a staff group and Telegram's default limits
/// (30 messages a second, 1 a second per chat) and flood guard (20 a minute).
async fn bot(fake: &FakeTelegram, store: &Store) -> Arc<Telegram> {
    bot_with(fake, store, Limits::default(), 20).await
}

async fn bot_with(fake: &FakeTelegram, store: &Store, limits: Limits, flood: u32) -> Arc<Telegram> {
    let settings = HandoffSettings {
        admins: vec![],
        escalate_after: 600,
        idle_days: 14,
        hours: StaffedHours::always(),
    };
    let features = Features {
        handoff: true,
        subscriptions: false,
    };
    let tg = telegram(fake.bot(), store, features, limits, flood);
    Arc::new(with_handoff(tg, settings, GROUP, false, 600).await)
}

/// Her messages, commands and presses, in turns, as fast as they can be sent.
fn flood_update(i: usize) -> Value {
    match i % 3 {
        0 => updates::text(FLOODER, &format!("message {i}"), "en"),
        1 => updates::command(FLOODER, "/menu", "en"),
        _ => updates::callback_query(FLOODER, 1, "g:rights", "en"),
    }
}

/// Whether the bot sent or edited a message in `chat` with `needle` in it, among the calls
/// after the first `skip` (a button's answer may edit the message it was under).
fn shows(fake: &FakeTelegram, chat: i64, needle: &str, skip: usize) -> bool {
    fake.calls()
        .iter()
        .skip(skip)
        .filter(|c| c.ok() && c.chat_id() == Some(chat))
        .any(|c| c.text().is_some_and(|t| t.contains(needle)))
}

/// How long after `since` a message to `chat` containing `needle` was shown.
async fn answered(fake: &FakeTelegram, chat: i64, needle: &str, since: Instant) -> Duration {
    eventually_for(
        Duration::from_secs(30),
        &format!("an answer to {chat} with {needle:?}"),
        || shows(fake, chat, needle, 0).then(|| since.elapsed()),
    )
    .await
}

async fn flood_from_a_case_silences_nobody(inbound: Inbound, fake: &FakeTelegram) {
    inbound
        .send(fake, updates::command(FLOODER, "/human", "en"))
        .await;
    eventually("her case opens", || {
        fake.sent_texts(FLOODER)
            .iter()
            .any(|t| t.contains(&text("en", "handoff-case-number")))
            .then_some(())
    })
    .await;

    for i in 0..FLOOD {
        inbound.send(fake, flood_update(i)).await;
    }
    // While her flood is in hand: another woman starts, and presses danger.
    let since = Instant::now();
    inbound
        .send(fake, updates::command(OTHER, "/start", "en"))
        .await;
    let danger = text("en", "danger");
    let danger_line = danger.lines().next().unwrap().to_string();
    inbound
        .send(fake, updates::callback_query(OTHER, 1, "g:danger", "en"))
        .await;
    let start = eventually_for(Duration::from_secs(30), "an answer to /start", || {
        (!fake.sent_messages(OTHER).is_empty()).then(|| since.elapsed())
    })
    .await;
    let danger_at = answered(fake, OTHER, &danger_line, since).await;
    assert!(
        start <= ANSWERED_WITHIN && danger_at <= ANSWERED_WITHIN,
        "another woman waited {start:?} for /start and {danger_at:?} for danger"
    );

    // Her own danger button passes her flood too.
    let before = fake.calls().len();
    let since = Instant::now();
    inbound
        .send(fake, updates::callback_query(FLOODER, 1, "g:danger", "en"))
        .await;
    let hers = eventually_for(Duration::from_secs(30), "her danger screen", || {
        shows(fake, FLOODER, &danger_line, before).then(|| since.elapsed())
    })
    .await;
    assert!(
        hers <= ANSWERED_WITHIN,
        "her danger button waited {hers:?} behind her flood"
    );
    // The flood got one calm notice, then silence: not one reply per update.
    let to_her = fake.sent_messages(FLOODER).len();
    assert!(
        to_her < 40,
        "{to_her} messages to the flooding chat: the guard did not hold her updates"
    );
    // The figures for docs/benchmarks.md (`cargo test --test flood -- --nocapture`).
    eprintln!(
        "{} flood of {FLOOD}: /start answered after {start:?}, danger after {danger_at:?}; \
         her own danger after {hers:?}; {to_her} messages to her chat",
        inbound.name()
    );
    // At most the held messages' cap reaches the mediator's side: nobody claimed, so
    // nothing went; the staff group saw one announcement, not a flood.
    assert!(fake.sent_messages(GROUP).len() <= 2);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_flood_from_an_open_case_does_not_silence_the_bot_when_polling() {
    let fake = FakeTelegram::start().await;
    let db = TestDb::sqlite();
    let store = prepared(&db).await;
    let tg = bot(&fake, &store).await;
    let mut tasks = Tasks::default();
    tasks.poll(tg.clone());
    flood_from_a_case_silences_nobody(Inbound::Polling, &fake).await;
    tasks.abort().await;
    store.close().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_flood_from_an_open_case_does_not_silence_the_bot_by_webhook() {
    let fake = FakeTelegram::start().await;
    let db = TestDb::sqlite();
    let store = prepared(&db).await;
    let tg = bot(&fake, &store).await;
    let app = webhook_router(tg, SECRET.into());
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let url = format!("http://{}/telegram", listener.local_addr().unwrap());
    let server = tokio::spawn(async move { axum::serve(listener, app).await.unwrap() });
    let inbound = Inbound::Webhook {
        url,
        client: reqwest::Client::new(),
    };
    flood_from_a_case_silences_nobody(inbound, &fake).await;
    server.abort();
    store.close().await;
}

/// Mediators for the hand-over tests.
const AMAL: i64 = 100;
const OKSANA: i64 = 200;

async fn with_mediators(store: &Store) {
    for user_id in [AMAL, OKSANA] {
        let member = StaffMember {
            user_id,
            role: Role::Mediator,
            languages: vec!["en".into()],
        };
        store.put_staff(&member, clock::now()).await.unwrap();
    }
}

/// She asks for a person; her case's number once it is open.
async fn open_case(fake: &FakeTelegram, store: &Store, chat: i64) -> i64 {
    fake.push(updates::command(chat, "/human", "en"));
    let wait = Duration::from_secs(30);
    eventually_for(wait, "her case", || {
        shows(fake, chat, &text("en", "handoff-case-number"), 0).then_some(())
    })
    .await;
    let cases = store.open_cases().await.unwrap();
    cases
        .iter()
        .find(|c| c.chat_id == Some(chat))
        .expect("her open case")
        .id
}

/// A mediator presses Claim under the case's announcement.
async fn press_claim(fake: &FakeTelegram, mediator: i64, case: i64) {
    let data = format!("h:claim:{case}");
    let announced = eventually_for(Duration::from_secs(30), "the announcement", || {
        fake.sent_messages(GROUP)
            .into_iter()
            .find(|c| c.params["reply_markup"].to_string().contains(&data))
    })
    .await;
    let message = announced.response["message_id"].as_i64().unwrap();
    fake.push(updates::group_callback(GROUP, mediator, message, &data));
}

/// Polling and the handoff's clock (which announces cases), as `carenet run` runs them.
fn ticking(tg: &Arc<Telegram>) -> Tasks {
    let mut tasks = Tasks::default();
    tasks.poll(tg.clone());
    let (ticker, stopped) = (tg.clone(), tasks.stopped());
    tasks.spawn(async move { ticker.run_handoff(stopped).await });
    tasks
}

/// Waits until `n` of her messages are held for the case's mediator.
async fn held_becomes(store: &Store, case: i64, n: usize) {
    let deadline = Instant::now() + Duration::from_secs(30);
    loop {
        let held = store.held_messages(case, Sender::Her).await.unwrap().len();
        if held == n {
            return;
        }
        assert!(Instant::now() < deadline, "{held} held, waited for {n}");
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
}

fn copies_to(fake: &FakeTelegram, chat: i64) -> usize {
    fake.calls_to("copyMessage")
        .iter()
        .filter(|c| c.ok() && c.chat_id() == Some(chat))
        .count()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_case_keeps_at_most_fifty_messages_for_the_mediator_and_tells_her_once() {
    let fake = FakeTelegram::start().await;
    let db = TestDb::sqlite();
    let store = prepared(&db).await;
    with_mediators(&store).await;
    let tg = bot_with(&fake, &store, fast_limits(), 1000).await;
    let tasks = ticking(&tg);
    let case = open_case(&fake, &store, FLOODER).await;
    for i in 0..70 {
        fake.push(updates::text(FLOODER, &format!("message {i}"), "en"));
    }
    let full = text("en", "handoff-held-full");
    // Handled in order: once a reminder for a later /menu came, the 70 are done.
    fake.push(updates::command(FLOODER, "/menu", "en"));
    eventually("the reminder", || {
        shows(&fake, FLOODER, &text("en", "handoff-already"), 0).then_some(())
    })
    .await;
    let told = fake
        .sent_texts(FLOODER)
        .iter()
        .filter(|t| t.contains(&full))
        .count();
    assert_eq!(told, 1, "told once that the rest is not passed on");
    let held = store.held_messages(case, Sender::Her).await.unwrap();
    assert_eq!(held.len(), MAX_HELD);

    press_claim(&fake, AMAL, case).await;
    eventually("the held messages at the mediator", || {
        (copies_to(&fake, AMAL) == MAX_HELD).then_some(())
    })
    .await;
    held_becomes(&store, case, 0).await;
    assert_eq!(copies_to(&fake, AMAL), MAX_HELD);
    tasks.abort().await;
    store.close().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_long_hand_over_does_not_hold_up_other_claims() {
    const HELD: usize = 15;
    let (fake, _db, store, _tg, tasks, _first) = long_hand_over(HELD).await;
    let second = open_case(&fake, &store, OTHER).await;
    let since = Instant::now();
    press_claim(&fake, OKSANA, second).await;
    let needle = format!("You have case #{second}");
    let claimed = eventually_for(Duration::from_secs(30), "the second claim", || {
        shows(&fake, OKSANA, &needle, 0).then(|| since.elapsed())
    })
    .await;
    let copied = copies_to(&fake, AMAL);
    assert!(
        claimed <= Duration::from_secs(3) && copied < HELD,
        "the second claim waited {claimed:?}, after {copied} of {HELD} copies"
    );
    tasks.abort().await;
    store.close().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_mediator_at_work_is_not_held_by_the_flood_guard() {
    let fake = FakeTelegram::start().await;
    let db = TestDb::sqlite();
    let store = prepared(&db).await;
    with_mediators(&store).await;
    // The default guard: 20 a minute.
    let tg = bot_with(&fake, &store, fast_limits(), 20).await;
    let tasks = ticking(&tg);
    let case = open_case(&fake, &store, FLOODER).await;
    press_claim(&fake, AMAL, case).await;
    let needle = format!("You have case #{case}");
    eventually("the claim", || shows(&fake, AMAL, &needle, 0).then_some(())).await;
    // A mediator answering at length: 30 messages at once, more than the guard's minute.
    const ANSWERS: usize = 30;
    for i in 0..ANSWERS {
        fake.push(updates::text(AMAL, &format!("answer {i}"), "en"));
    }
    eventually_for(Duration::from_secs(30), "every answer reaches her", || {
        (copies_to(&fake, FLOODER) == ANSWERS).then_some(())
    })
    .await;
    tasks.abort().await;
    store.close().await;
}

/// The ids of the bot's copies in `chat`.
fn copy_ids(fake: &FakeTelegram, chat: i64) -> Vec<i64> {
    fake.calls_to("copyMessage")
        .iter()
        .filter(|c| c.ok() && c.chat_id() == Some(chat))
        .filter_map(|c| c.response["message_id"].as_i64())
        .collect()
}

/// A case with `held` of her messages, claimed by Amal, its hand-over begun at Telegram's
/// pace (a second a message in the mediator's chat).
async fn long_hand_over(held: usize) -> (FakeTelegram, TestDb, Store, Arc<Telegram>, Tasks, i64) {
    let fake = FakeTelegram::start().await;
    let db = TestDb::sqlite();
    let store = prepared(&db).await;
    with_mediators(&store).await;
    let tg = bot_with(&fake, &store, Limits::default(), 1000).await;
    let tasks = ticking(&tg);
    let case = open_case(&fake, &store, FLOODER).await;
    for i in 0..held {
        fake.push(updates::text(FLOODER, &format!("message {i}"), "en"));
    }
    held_becomes(&store, case, held).await;
    press_claim(&fake, AMAL, case).await;
    eventually_for(Duration::from_secs(10), "the hand-over begins", || {
        (copies_to(&fake, AMAL) >= 2).then_some(())
    })
    .await;
    (fake, db, store, tg, tasks, case)
}

/// She writes once more during a long hand-over, then leaves with `command`: it is done
/// at once (not after the hand-over), the hand-over stops, and every copy of hers in the
/// mediator's chat is deleted.
async fn leaving_during_a_long_hand_over(command: &str) {
    const HELD: usize = 20;
    let (fake, _db, store, _tg, tasks, case) = long_hand_over(HELD).await;
    fake.push(updates::text(FLOODER, "are you there?", "en"));
    let since = Instant::now();
    fake.push(updates::command(FLOODER, command, "en"));
    let done = eventually_for(Duration::from_secs(30), "her chat cleared", || {
        fake.calls_to("deleteMessages")
            .iter()
            .any(|c| c.ok() && c.chat_id() == Some(FLOODER))
            .then(|| since.elapsed())
    })
    .await;
    // What was in flight lands, then the copies go; no more come.
    tokio::time::sleep(Duration::from_secs(3)).await;
    let copies = copy_ids(&fake, AMAL);
    let deleted = fake.deleted_in(AMAL);
    let left: Vec<&i64> = copies.iter().filter(|c| !deleted.contains(c)).collect();
    assert!(
        done < ANSWERED_WITHIN && left.is_empty() && copies.len() < HELD,
        "{command}: her chat cleared after {done:?}; {} copies made, {left:?} not deleted",
        copies.len()
    );
    if command == "/forget" {
        let case = store.case(case).await.unwrap().expect("the case");
        assert!(!case.is_open(), "/forget closes her case");
    }
    tasks.abort().await;
    store.close().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn quick_exit_during_a_long_hand_over_is_done_at_once_and_stops_it() {
    leaving_during_a_long_hand_over("/exit").await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn forget_during_a_long_hand_over_is_done_at_once_and_stops_it() {
    leaving_during_a_long_hand_over("/forget").await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_handoff_round_never_starts_a_second_hand_over_of_one_under_way() {
    const HELD: usize = 8;
    let (fake, _db, store, tg, tasks, case) = long_hand_over(HELD).await;
    // A round that believes the claim is old (as after a restart) and its hand-over cut
    // short: it must neither wait for the one under way nor start another.
    let since = Instant::now();
    tg.handoff_tick(clock::now() + 120).await;
    let round = since.elapsed();
    assert!(round < ANSWERED_WITHIN, "the round waited {round:?}");
    eventually_for(
        Duration::from_secs(30),
        "every held message passed on",
        || (copies_to(&fake, AMAL) >= HELD).then_some(()),
    )
    .await;
    held_becomes(&store, case, 0).await;
    tokio::time::sleep(Duration::from_secs(2)).await;
    let joined = text("en", "handoff-joined");
    let told = fake
        .sent_texts(FLOODER)
        .iter()
        .filter(|t| t.contains(&joined))
        .count();
    let taken = fake
        .calls()
        .iter()
        .filter(|c| c.ok() && c.chat_id() == Some(GROUP))
        .filter(|c| c.text().is_some_and(|t| t.contains("taken by")))
        .count();
    assert_eq!(
        (copies_to(&fake, AMAL), told, taken),
        (HELD, 1, 1),
        "(copies, 'joined' told, 'taken by' lines)"
    );
    tasks.abort().await;
    store.close().await;
}
