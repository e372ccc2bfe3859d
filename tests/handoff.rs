//! Talk to a person, end to end: the real application (teloxide client, polling, engine,
//! store) against the fake Bot API, with a forum supergroup for staff, two mediators and
//! three women.

mod common;
#[path = "support/fake_telegram.rs"]
mod fake_telegram;

use std::sync::Arc;
use std::time::Duration;

use carenet::channels::telegram::Telegram;
use carenet::clock;
use carenet::engine::{Conversation, Features};
use carenet::handoff::{HandoffSettings, Outcome, StaffedHours};
use carenet::staff::{Role, StaffMember};
use carenet::store::Store;
use common::bot::{Tasks, fast_limits, telegram, with_handoff};
use common::{TestDb, eventually, key, text};
use fake_telegram::{Call, FakeTelegram, Fault, updates};
use serde_json::Value;

/// The staff supergroup (a forum).
const GROUP: i64 = -1_001_234_567_890;
/// Mediators: Arabic and Farsi; Ukrainian and Italian.
const AMAL: i64 = 100;
const OKSANA: i64 = 200;
/// An organiser: staff, but takes no cases.
const ORGANISER: i64 = 300;
/// The admin from CARENET_ADMINS.
const ADMIN: i64 = 900;
/// Someone who is not staff.
const STRANGER: i64 = 555;
/// Women: two who speak Arabic, one Ukrainian.
/// Distinctive ids, so that a leak of one into what staff see cannot go unnoticed.
const SARA: i64 = 710_000_011;
const OLENA: i64 = 710_000_022;
const HIBA: i64 = 710_000_033;

struct Bot {
    tg: Arc<Telegram>,
    tasks: Tasks,
}

fn settings(hours: StaffedHours) -> HandoffSettings {
    HandoffSettings {
        admins: vec![ADMIN],
        escalate_after: 600,
        hours,
        idle_days: 14,
    }
}

/// Staff and women as the tests need them, on a new database.
async fn prepare(db: &TestDb) -> Store {
    let store = db.store().await;
    let now = clock::now();
    for (user_id, role, languages) in [
        (AMAL, Role::Mediator, vec!["ar", "fa"]),
        (OKSANA, Role::Mediator, vec!["it", "uk"]),
        (ORGANISER, Role::Organiser, vec![]),
    ] {
        let member = StaffMember {
            user_id,
            role,
            languages: languages.into_iter().map(String::from).collect(),
        };
        store.put_staff(&member, now).await.unwrap();
    }
    for (chat, language) in [(SARA, "ar"), (OLENA, "uk"), (HIBA, "ar"), (STRANGER, "en")] {
        let conversation = Conversation {
            locale: Some(language.into()),
            node: "menu".into(),
            consented: true,
            region: Some("it".into()),
            ..Conversation::default()
        };
        store
            .save_conversation(key(chat), &conversation, now)
            .await
            .unwrap();
    }
    store
}

/// The bot as `carenet run` builds it with a staff group, polling the fake; with
/// `ticking`, the handoff's own task runs too (tests of time call the tick themselves).
async fn start(
    fake: &FakeTelegram,
    store: &Store,
    settings: HandoffSettings,
    topics: bool,
    ticking: bool,
) -> Bot {
    let features = Features {
        handoff: true,
        subscriptions: false,
    };
    let tg = telegram(fake.bot(), store, features, fast_limits(), 1000);
    let tg = Arc::new(with_handoff(tg, settings, GROUP, topics, 600).await);
    let mut tasks = Tasks::default();
    tasks.poll(tg.clone());
    if ticking {
        let (ticker, stopped) = (tg.clone(), tasks.stopped());
        tasks.spawn(async move { ticker.run_handoff(stopped).await });
    }
    Bot { tg, tasks }
}

impl Bot {
    async fn shut_down(self) {
        self.tasks.shut_down().await;
    }
}

/// Waits for a message to `chat` whose text contains `needle`.
async fn message_to(fake: &FakeTelegram, chat: i64, needle: &str) -> Call {
    eventually(&format!("a message to {chat} with {needle:?}"), || {
        fake.sent_messages(chat)
            .into_iter()
            .find(|c| c.text().is_some_and(|t| t.contains(needle)))
    })
    .await
}

/// The successful copies made to `chat`, as (from chat, message id).
fn copies_to(fake: &FakeTelegram, chat: i64) -> Vec<(i64, i64)> {
    fake.calls_to("copyMessage")
        .into_iter()
        .filter(|c| c.ok() && c.chat_id() == Some(chat))
        .map(|c| (c.i64("from_chat_id").unwrap(), c.i64("message_id").unwrap()))
        .collect()
}

async fn wait_copies(fake: &FakeTelegram, chat: i64, n: usize) -> Vec<(i64, i64)> {
    eventually(&format!("{n} copies to {chat}"), || {
        let copies = copies_to(fake, chat);
        (copies.len() >= n).then_some(copies)
    })
    .await
}

/// The message id the fake answered to a copy to `chat` of (from, message).
fn copy_id(fake: &FakeTelegram, chat: i64, from: (i64, i64)) -> i64 {
    fake.calls_to("copyMessage")
        .into_iter()
        .find(|c| {
            c.chat_id() == Some(chat)
                && c.i64("from_chat_id") == Some(from.0)
                && c.i64("message_id") == Some(from.1)
        })
        .and_then(|c| c.response.get("message_id").and_then(Value::as_i64))
        .expect("the copy was made")
}

/// Pushes a private update and returns its message id.
fn push(fake: &FakeTelegram, update: Value) -> i64 {
    let id = fake.push(update);
    fake.pending_updates()
        .iter()
        .find(|u| u["update_id"].as_i64() == Some(id))
        .and_then(|u| u["message"]["message_id"].as_i64())
        .unwrap_or(-1)
}

/// The announcement of `case` in the staff group, once made.
async fn announcement(fake: &FakeTelegram, case: i64) -> Call {
    eventually("the announcement", || {
        fake.sent_messages(GROUP).into_iter().find(|c| {
            c.params["reply_markup"]
                .to_string()
                .contains(&format!("h:claim:{case}"))
        })
    })
    .await
}

/// Waits until everything `chat` sent so far is handled: her updates are handled in
/// order, so once a `/menu` sent now is answered (with the reminder a chat gives), the
/// earlier ones are done.
async fn handled(fake: &FakeTelegram, chat: i64, language: &str) {
    let reminders = |fake: &FakeTelegram| {
        fake.sent_texts(chat)
            .iter()
            .filter(|t| {
                t.contains(&text(language, "handoff-already"))
                    || t.contains(&text(language, "handoff-in-chat"))
            })
            .count()
    };
    let before = reminders(fake);
    fake.push(updates::command(chat, "/menu", language));
    eventually("the reminder", || (reminders(fake) > before).then_some(())).await;
}

async fn open_case(fake: &FakeTelegram, chat: i64, language: &str) {
    fake.push(updates::command(chat, "/human", language));
    message_to(fake, chat, &text(language, "handoff-case-number")).await;
}

async fn claim(fake: &FakeTelegram, mediator: i64, case: i64) {
    let announced = announcement(fake, case).await;
    let message = announced.response["message_id"].as_i64().unwrap();
    fake.push(updates::group_callback(
        GROUP,
        mediator,
        message,
        &format!("h:claim:{case}"),
    ));
    message_to(fake, mediator, &format!("You have case #{case}")).await;
}

async fn case(store: &Store, id: i64) -> carenet::handoff::Case {
    store.case(id).await.unwrap().expect("the case exists")
}

#[tokio::test]
async fn open_announce_claim_relay_both_ways_and_close() {
    for db in TestDb::each("open_announce_claim_relay_both_ways_and_close").await {
        full_chat(db).await;
    }
}

/// One chat from her request to her rating, on one database.
async fn full_chat(db: TestDb) {
    let fake = FakeTelegram::start().await;
    let store = prepare(&db).await;
    let bot = start(&fake, &store, settings(StaffedHours::always()), true, true).await;

    // She asks for a person from the menu.
    fake.push(updates::callback_query(SARA, 1, "a:handoff", "ar"));
    let waiting = message_to(&fake, SARA, &text("ar", "handoff-waiting")).await;
    let waiting = waiting.text().unwrap();
    assert!(
        waiting.contains(&text("ar", "handoff-case-number")),
        "{waiting}"
    );
    assert!(
        waiting.contains("112"),
        "the emergency number is in the message"
    );
    let c = case(&store, 1).await;
    assert_eq!((c.language.as_str(), c.region.as_str()), ("ar", "it"));
    assert!(c.is_waiting());

    // Announced in a topic of its own, mentioning the mediator who speaks Arabic.
    let announced = announcement(&fake, 1).await;
    let html = announced.text().unwrap();
    assert!(html.contains("tg://user?id=100"), "{html}");
    assert!(
        !html.contains("tg://user?id=200"),
        "Oksana speaks no Arabic: {html}"
    );
    let topic = fake.calls_to("createForumTopic");
    assert_eq!(topic.len(), 1);
    assert_eq!(
        announced.params["message_thread_id"].as_i64(),
        topic[0].response["message_thread_id"].as_i64()
    );

    // What she writes before anyone comes is passed on when someone does.
    let early = push(&fake, updates::text(SARA, "مرحبا، أحتاج مساعدة", "ar"));
    handled(&fake, SARA, "ar").await;
    assert!(copies_to(&fake, AMAL).is_empty(), "nobody has the case yet");

    claim(&fake, AMAL, 1).await;
    assert_eq!(wait_copies(&fake, AMAL, 1).await, vec![(SARA, early)]);
    message_to(&fake, SARA, &text("ar", "handoff-joined")).await;
    message_to(&fake, GROUP, "taken by").await;

    // Both ways, text and a photo.
    let photo = push(&fake, updates::photo(SARA));
    assert_eq!(wait_copies(&fake, AMAL, 2).await[1], (SARA, photo));
    let hello = push(
        &fake,
        updates::text(AMAL, "أنا هنا. كيف يمكنني مساعدتك؟", "ar"),
    );
    let answer_photo = push(&fake, updates::photo(AMAL));
    assert_eq!(
        wait_copies(&fake, SARA, 2).await,
        vec![(AMAL, hello), (AMAL, answer_photo)]
    );
    let to_her = fake
        .calls_to("copyMessage")
        .into_iter()
        .find(|c| c.chat_id() == Some(SARA))
        .unwrap();
    assert_eq!(
        to_her.params["disable_notification"],
        Value::Bool(true),
        "silent: no sound that someone near her could hear"
    );
    assert!(case(&store, 1).await.first_reply_at.is_some());

    // Staff never see who she is.
    for call in fake.calls() {
        let staff_side = matches!(call.chat_id(), Some(AMAL | GROUP));
        if staff_side && !call.is("copyMessage") {
            let params = call.params.to_string();
            assert!(!params.contains("710000011"), "her id: {params}");
            assert!(!params.contains("User710000011"), "her name: {params}");
        }
        assert!(!call.is("forwardMessage"), "forwarding shows who sent it");
    }

    // The mediator closes; she gets the closing message, the rating and the menu.
    fake.push(updates::callback_query(AMAL, 1, "h:close:1", "en"));
    message_to(&fake, SARA, &text("ar", "handoff-closed-by-mediator")).await;
    let rate = message_to(&fake, SARA, &text("ar", "handoff-rate")).await;
    let good = rate.params["reply_markup"]["inline_keyboard"][0][0]["callback_data"]
        .as_str()
        .unwrap()
        .to_string();
    assert!(
        good.starts_with("h:rate:1:") && good.ends_with(":3"),
        "{good}"
    );
    let token = good.split(':').nth(3).unwrap().to_string();
    message_to(&fake, SARA, &text("ar", "menu")).await;
    message_to(&fake, AMAL, "✅ Case #1").await;
    let closed = case(&store, 1).await;
    assert_eq!(closed.outcome, Some(Outcome::Closed));
    assert_eq!(
        closed.chat_id, None,
        "the link to her is erased at the close"
    );

    // Nobody else can rate her chat: the buttons carry a token only she has.
    fake.push(updates::callback_query(STRANGER, 2, "h:rate:1:1:1", "en"));
    let guessed = format!("h:rate:1:{}:1", token.parse::<i64>().unwrap() % 1000 + 1);
    fake.push(updates::callback_query(STRANGER, 3, &guessed, "en"));
    // Her optional rating, once.
    fake.push(updates::callback_query(SARA, 2, &good, "ar"));
    message_to(&fake, SARA, &text("ar", "handoff-thanks")).await;
    assert!(fake.sent_texts(STRANGER).is_empty());
    let rated = store.case_rating(1).await.unwrap();
    assert_eq!(rated, Some(3), "{}", db.backend);

    // After the close her words go to the bot again, not to the mediator.
    let copies = copies_to(&fake, AMAL).len();
    fake.push(updates::text(SARA, "شكرا", "ar"));
    message_to(&fake, SARA, &text("ar", "not-understood")).await;
    assert_eq!(copies_to(&fake, AMAL).len(), copies);

    bot.shut_down().await;
    store.close().await;
    db.drop_schema().await;
}

#[tokio::test]
async fn two_cases_on_one_mediator_reach_the_right_women() {
    let fake = FakeTelegram::start().await;
    let db = TestDb::sqlite();
    let store = prepare(&db).await;
    let bot = start(&fake, &store, settings(StaffedHours::always()), true, true).await;

    open_case(&fake, SARA, "ar").await;
    open_case(&fake, HIBA, "ar").await;
    claim(&fake, AMAL, 1).await;
    claim(&fake, AMAL, 2).await;

    // Sara writes: Amal sees which case it is, and her copy.
    let from_sara = push(&fake, updates::text(SARA, "سارة هنا", "ar"));
    message_to(&fake, AMAL, "💬 Case #1").await;
    wait_copies(&fake, AMAL, 1).await;
    let sara_copy = copy_id(&fake, AMAL, (SARA, from_sara));

    // Amal's last claim was Hiba's, but Sara's message was the last shown: a message that
    // replies to nothing is not guessed; she is asked, and it goes once she chooses.
    let unclear = push(&fake, updates::text(AMAL, "للسيدة الأولى", "en"));
    let ask = message_to(&fake, AMAL, "Which case is this message for?").await;
    assert!(copies_to(&fake, SARA).is_empty() && copies_to(&fake, HIBA).is_empty());
    let to_sara = format!("h:send:1:{unclear}");
    assert!(ask.params["reply_markup"].to_string().contains(&to_sara));
    fake.push(updates::callback_query(AMAL, 5, &to_sara, "en"));
    assert_eq!(wait_copies(&fake, SARA, 1).await, vec![(AMAL, unclear)]);

    // Hiba writes; replies go by the message they answer.
    let from_hiba = push(&fake, updates::text(HIBA, "هبة هنا", "ar"));
    message_to(&fake, AMAL, "💬 Case #2").await;
    wait_copies(&fake, AMAL, 2).await;
    let hiba_copy = copy_id(&fake, AMAL, (HIBA, from_hiba));
    let to_sara = push(&fake, updates::reply(AMAL, "لسارة", sara_copy));
    let to_hiba = push(&fake, updates::reply(AMAL, "لهبة", hiba_copy));
    assert_eq!(wait_copies(&fake, SARA, 2).await[1], (AMAL, to_sara));
    assert_eq!(wait_copies(&fake, HIBA, 1).await, vec![(AMAL, to_hiba)]);

    // Commands are for the bot, on both sides: nothing is relayed, the chat goes on.
    let before = (copies_to(&fake, SARA).len(), copies_to(&fake, AMAL).len());
    fake.push(updates::command(AMAL, "/start", "en"));
    fake.push(updates::command(SARA, "/stop", "ar"));
    message_to(&fake, SARA, &text("ar", "stop-done")).await;
    fake.push(updates::command(SARA, "/menu", "ar"));
    message_to(&fake, SARA, &text("ar", "handoff-in-chat")).await;
    assert_eq!(
        (copies_to(&fake, SARA).len(), copies_to(&fake, AMAL).len()),
        before
    );
    assert!(case(&store, 1).await.is_open());

    // Sara writes, Amal answers her; then Sara ends her chat while Amal writes to her. A
    // reply to Sara's message reaches nobody; a message that replies to nothing is not
    // taken for Hiba: Amal is asked.
    let again = push(&fake, updates::text(SARA, "شيء آخر", "ar"));
    wait_copies(&fake, AMAL, 3).await;
    let again_copy = copy_id(&fake, AMAL, (SARA, again));
    let answered = push(&fake, updates::reply(AMAL, "نعم يا سارة", again_copy));
    assert_eq!(wait_copies(&fake, SARA, 3).await[2], (AMAL, answered));
    fake.push(updates::command(SARA, "/end", "ar"));
    message_to(&fake, SARA, &text("ar", "handoff-ended")).await;
    message_to(&fake, AMAL, "she ended the chat").await;
    fake.push(updates::reply(AMAL, "سارة، هذا هو العنوان", sara_copy));
    message_to(&fake, AMAL, "Not sent: the message you answered").await;
    let asks = fake
        .sent_texts(AMAL)
        .iter()
        .filter(|t| t.starts_with("Which case"))
        .count();
    let last = push(&fake, updates::text(AMAL, "هل أنت بخير؟", "en"));
    eventually("Amal is asked again", || {
        let now = fake
            .sent_texts(AMAL)
            .iter()
            .filter(|t| t.starts_with("Which case"))
            .count();
        (now > asks).then_some(())
    })
    .await;
    fake.push(updates::callback_query(
        AMAL,
        6,
        &format!("h:send:2:{last}"),
        "en",
    ));
    assert_eq!(wait_copies(&fake, HIBA, 2).await[1], (AMAL, last));
    assert_eq!(copies_to(&fake, SARA).len(), 3, "nothing more reached Sara");
    // Oksana holds no case of these: her buttons and /close do nothing.
    for data in ["h:close:2", "h:to:2", &format!("h:send:2:{last}")] {
        fake.push(updates::callback_query(OKSANA, 7, data, "en"));
    }
    fake.push(updates::command(OKSANA, "/close 2", "en"));
    message_to(&fake, OKSANA, "Case #2 is not one of yours.").await;
    assert!(case(&store, 2).await.is_open());
    assert_eq!(copies_to(&fake, HIBA).len(), 2);
    assert_eq!(case(&store, 1).await.outcome, Some(Outcome::Ended));

    bot.shut_down().await;
    store.close().await;
}

#[tokio::test]
async fn someone_who_is_not_a_mediator_cannot_claim_close_or_read_a_case() {
    let fake = FakeTelegram::start().await;
    let db = TestDb::sqlite();
    let store = prepare(&db).await;
    let bot = start(&fake, &store, settings(StaffedHours::always()), false, true).await;

    open_case(&fake, OLENA, "uk").await;
    let announced = announcement(&fake, 1).await;
    let message = announced.response["message_id"].as_i64().unwrap();
    // Oksana speaks Ukrainian: mentioned first; the others only if nobody does.
    assert!(announced.text().unwrap().contains("tg://user?id=200"));

    for intruder in [STRANGER, ORGANISER] {
        fake.push(updates::group_callback(
            GROUP,
            intruder,
            message,
            "h:claim:1",
        ));
        let refused = eventually("the refusal", || {
            fake.calls_to("answerCallbackQuery").into_iter().find(|c| {
                c.str("text") == Some("Only mediators can take cases.")
                    && c.str("callback_query_id")
                        .is_some_and(|id| id.starts_with(&intruder.to_string()))
            })
        })
        .await;
        assert!(refused.ok());
        fake.push(updates::callback_query(intruder, 9, "h:close:1", "en"));
    }
    // Staff commands are not commands for them: the ordinary answer.
    fake.push(updates::command(STRANGER, "/cases", "en"));
    fake.push(updates::command(STRANGER, "/close 1", "en"));
    fake.push(updates::command(STRANGER, "/staff add 555 admin", "en"));
    let ordinary = text("en", "not-understood");
    eventually("three ordinary answers", || {
        let n = fake
            .sent_texts(STRANGER)
            .iter()
            .filter(|t| **t == ordinary)
            .count();
        (n == 3).then_some(())
    })
    .await;
    assert_eq!(store.staff_member(STRANGER).await.unwrap(), None);
    let c = case(&store, 1).await;
    assert!(c.is_waiting(), "still nobody's: {c:?}");

    // Her words reach nobody while nobody has claimed her case.
    fake.push(updates::text(OLENA, "Допоможіть", "uk"));
    handled(&fake, OLENA, "uk").await;
    assert!(fake.calls_to("copyMessage").is_empty());

    // An admin from CARENET_ADMINS manages staff from the chat.
    fake.push(updates::command(
        ADMIN,
        "/staff add 777 mediator uk,ru",
        "en",
    ));
    message_to(&fake, ADMIN, "777 is now mediator (ru, uk)").await;
    fake.push(updates::command(OKSANA, "/staff remove 777", "en"));
    message_to(&fake, OKSANA, "Your role cannot use this command.").await;
    assert!(store.staff_member(777).await.unwrap().is_some());

    bot.shut_down().await;
    store.close().await;
}

#[tokio::test]
async fn a_case_nobody_takes_is_escalated_and_she_is_told() {
    let fake = FakeTelegram::start().await;
    let db = TestDb::sqlite();
    let store = prepare(&db).await;
    let bot = start(&fake, &store, settings(StaffedHours::always()), true, false).await;
    let opened = clock::now();
    open_case(&fake, HIBA, "ar").await;
    bot.tg.handoff_tick(opened).await;
    announcement(&fake, 1).await;
    let announcements = fake.sent_messages(GROUP).len();

    // Ten minutes minus a second: nothing yet.
    bot.tg.handoff_tick(opened + 599).await;
    assert_eq!(fake.sent_messages(GROUP).len(), announcements);
    assert!(
        !fake
            .sent_texts(HIBA)
            .contains(&text("ar", "handoff-escalated"))
    );

    bot.tg.handoff_tick(opened + 601).await;
    let escalated = message_to(&fake, GROUP, "Nobody has taken case #1").await;
    let html = escalated.text().unwrap();
    assert!(
        html.contains("tg://user?id=100") && html.contains("tg://user?id=200"),
        "everyone: {html}"
    );
    let told = message_to(&fake, HIBA, &text("ar", "handoff-escalated")).await;
    assert!(
        told.params["reply_markup"].to_string().contains("g:talk"),
        "the helplines, one tap"
    );
    assert_eq!(case(&store, 1).await.escalations, 1);

    // Not again until another ten minutes have passed.
    bot.tg.handoff_tick(opened + 700).await;
    assert_eq!(fake.sent_messages(GROUP).len(), announcements + 1);
    bot.tg.handoff_tick(opened + 1202).await;
    assert_eq!(fake.sent_messages(GROUP).len(), announcements + 2);

    bot.shut_down().await;
    store.close().await;
}

#[tokio::test]
async fn outside_staffed_hours_she_is_told_when_people_are_there() {
    let fake = FakeTelegram::start().await;
    let db = TestDb::sqlite();
    let store = prepare(&db).await;
    // One minute a week: the test is outside it (but for one minute on Mondays).
    let hours = StaffedHours::parse("Europe/Rome Mo 00:00-00:01").unwrap();
    let bot = start(&fake, &store, settings(hours), false, true).await;

    fake.push(updates::command(OLENA, "/human", "uk"));
    let waiting = message_to(&fake, OLENA, &text("uk", "handoff-hours")).await;
    let shown = waiting.text().unwrap();
    assert!(shown.contains("00:00–00:01 (Europe/Rome)"), "{shown}");
    assert!(
        shown.contains(&text("uk", "handoff-hours-later")),
        "{shown}"
    );
    assert!(
        waiting.params["reply_markup"]
            .to_string()
            .contains("g:talk")
    );
    // Staff see it, without anyone woken at night.
    let announced = message_to(&fake, GROUP, "outside staffed hours").await;
    assert!(!announced.text().unwrap().contains("tg://user"));
    // And it is not escalated while nobody is there.
    bot.tg.handoff_tick(clock::now() + 3600).await;
    assert_eq!(case(&store, 1).await.escalations, 0);

    bot.shut_down().await;
    store.close().await;
}

#[tokio::test]
async fn an_open_case_survives_a_restart() {
    let fake = FakeTelegram::start().await;
    let db = TestDb::sqlite();
    let store = prepare(&db).await;
    let bot = start(&fake, &store, settings(StaffedHours::always()), true, true).await;
    open_case(&fake, SARA, "ar").await;
    open_case(&fake, OLENA, "uk").await;
    claim(&fake, AMAL, 1).await;
    let held = push(&fake, updates::text(OLENA, "Я чекаю", "uk"));
    handled(&fake, OLENA, "uk").await;
    bot.shut_down().await;

    // A new process on the same database.
    let bot = start(&fake, &store, settings(StaffedHours::always()), true, true).await;
    let from_her = push(&fake, updates::text(SARA, "هل ما زلت هنا؟", "ar"));
    assert_eq!(wait_copies(&fake, AMAL, 1).await, vec![(SARA, from_her)]);
    let answer = push(&fake, updates::text(AMAL, "نعم", "en"));
    assert_eq!(wait_copies(&fake, SARA, 1).await, vec![(AMAL, answer)]);
    // What Olena wrote before the restart reaches whoever takes her case after it.
    claim(&fake, OKSANA, 2).await;
    assert_eq!(wait_copies(&fake, OKSANA, 1).await, vec![(OLENA, held)]);
    assert!(copies_to(&fake, AMAL).iter().all(|(from, _)| *from == SARA));

    bot.shut_down().await;
    store.close().await;
}

#[tokio::test]
async fn a_claim_cut_short_by_a_restart_still_tells_her_a_mediator_is_here() {
    let fake = FakeTelegram::start().await;
    let db = TestDb::sqlite();
    let store = prepare(&db).await;
    let bot = start(
        &fake,
        &store,
        settings(StaffedHours::always()),
        false,
        false,
    )
    .await;
    open_case(&fake, SARA, "ar").await;
    let held = push(&fake, updates::text(SARA, "أنا أنتظر", "ar"));
    handled(&fake, SARA, "ar").await;
    bot.shut_down().await;
    // The process stopped right after the database recorded Amal's claim, before it
    // handed the case over.
    let claimed = clock::now();
    assert!(store.claim_case(1, AMAL, claimed).await.unwrap());

    let bot = start(
        &fake,
        &store,
        settings(StaffedHours::always()),
        false,
        false,
    )
    .await;
    let joined = text("ar", "handoff-joined");
    let told = |fake: &FakeTelegram| {
        fake.sent_texts(SARA)
            .iter()
            .filter(|t| t.contains(&joined))
            .count()
    };
    // Not at once: a hand-over in progress has its time.
    bot.tg.handoff_tick(claimed + 5).await;
    assert_eq!(told(&fake), 0);
    bot.tg.handoff_tick(claimed + 60).await;
    message_to(&fake, SARA, &joined).await;
    assert_eq!(wait_copies(&fake, AMAL, 1).await, vec![(SARA, held)]);
    // Once.
    bot.tg.handoff_tick(claimed + 120).await;
    assert_eq!(told(&fake), 1);
    bot.shut_down().await;
    store.close().await;
}

#[tokio::test]
async fn forget_during_a_case_closes_it_and_erases_the_link() {
    let (fake, _db, store, bot) = sara_with_amal().await;
    let from_her = push(&fake, updates::text(SARA, "سر", "ar"));
    wait_copies(&fake, AMAL, 1).await;
    let her_copy = copy_id(&fake, AMAL, (SARA, from_her));

    fake.push(updates::command(SARA, "/forget", "ar"));
    message_to(&fake, SARA, &text("ar", "forget-done")).await;
    message_to(&fake, AMAL, "she erased her data").await;
    let c = case(&store, 1).await;
    assert_eq!((c.outcome, c.chat_id), (Some(Outcome::Forgotten), None));
    assert_eq!(store.case_of_message(AMAL, her_copy).await.unwrap(), None);
    assert!(store.load_conversation(key(SARA)).await.unwrap().is_none());

    // Amal's reply reaches nobody; she is answered as anyone would be.
    let before = fake.sent_messages(AMAL).len();
    fake.push(updates::reply(AMAL, "مرحبا؟", her_copy));
    eventually("the bot's ordinary answer", || {
        (fake.sent_messages(AMAL).len() > before).then_some(())
    })
    .await;
    assert!(copies_to(&fake, SARA).is_empty());

    bot.shut_down().await;
    store.close().await;
}

#[tokio::test]
async fn fifty_cases_at_once_stay_within_the_group_limit_and_none_is_lost() {
    let fake = FakeTelegram::start().await;
    let db = TestDb::sqlite();
    let store = prepare(&db).await;
    // Telegram's limit, scaled up to keep the test short: 600 a minute, spaced evenly.
    // The fake refuses a fifth call within 300 ms, as a group refuses a burst.
    fake.limit_chat(GROUP, 4, Duration::from_millis(300));
    let bot = start(&fake, &store, settings(StaffedHours::always()), false, true).await;
    let women: Vec<i64> = (1000..1050).collect();
    for &woman in &women {
        let state = common::in_language("it");
        store
            .save_conversation(key(woman), &state, clock::now())
            .await
            .unwrap();
    }
    for &woman in &women {
        fake.push(updates::command(woman, "/human", "it"));
    }
    let deadline = tokio::time::Instant::now() + Duration::from_secs(30);
    loop {
        let announced = fake
            .sent_messages(GROUP)
            .iter()
            .filter(|c| c.text().is_some_and(|t| t.contains("New case")))
            .count();
        if announced == women.len() {
            break;
        }
        assert!(
            tokio::time::Instant::now() < deadline,
            "{announced} of 50 announced"
        );
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    let refused: Vec<Call> = fake
        .calls()
        .into_iter()
        .filter(|c| c.chat_id() == Some(GROUP) && c.status == 429)
        .collect();
    assert!(refused.is_empty(), "{} calls met a 429", refused.len());
    // The store records an announcement once its call has returned: the last one may
    // land a moment after the fake has the message.
    loop {
        let cases = store.open_cases().await.unwrap();
        let unannounced = cases.iter().find(|case| case.announced_at.is_none());
        match unannounced {
            None => break,
            Some(case) => assert!(tokio::time::Instant::now() < deadline, "{case:?}"),
        }
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    for &woman in &women {
        assert!(
            fake.sent_texts(woman)
                .iter()
                .any(|t| t.contains(&text("it", "handoff-waiting"))),
            "every woman was answered at once"
        );
    }
    bot.shut_down().await;
    store.close().await;
}

/// The cases' store on both databases: one winner when two claim at once, one open case
/// per woman, the link to her erased at the close, ratings once, figures, and the purge.
#[tokio::test]
async fn cases_in_the_store_on_both_databases() {
    use carenet::store::{NewCase, Sender};
    for db in TestDb::each("cases_in_the_store").await {
        let store = db.store().await;
        let new = || NewCase {
            language: "ar",
            region: "it",
            topic: "rights_it",
        };
        let (first, created) = store.open_case(SARA, new(), 1000).await.unwrap();
        assert!(created, "{}", db.backend);
        let (again, created) = store.open_case(SARA, new(), 1001).await.unwrap();
        assert_eq!(
            (again.id, created),
            (first.id, false),
            "one open case per woman"
        );
        let (second, _) = store.open_case(HIBA, new(), 1002).await.unwrap();
        assert_eq!(store.queue_position(second.id).await.unwrap(), 2);

        // Ten mediators press Claim at the same moment: one gets it.
        let claims = (0..10).map(|m| {
            let store = store.clone();
            async move { store.claim_case(first.id, 100 + m, 1010).await.unwrap() }
        });
        let won = futures_count(claims).await;
        assert_eq!(won, 1, "{}", db.backend);
        assert_eq!(store.queue_position(second.id).await.unwrap(), 1);
        let mediator = store
            .case(first.id)
            .await
            .unwrap()
            .unwrap()
            .mediator
            .unwrap();
        assert_eq!(store.cases_of_mediator(mediator).await.unwrap().len(), 1);

        store.hold_message(second.id, Sender::Her, 7).await.unwrap();
        store.hold_message(second.id, Sender::Her, 5).await.unwrap();
        store
            .hold_message(second.id, Sender::Mediator, 6)
            .await
            .unwrap();
        assert_eq!(
            store.held_messages(second.id, Sender::Her).await.unwrap(),
            vec![5, 7]
        );
        store.release_held(second.id, Sender::Her, 5).await.unwrap();
        assert_eq!(
            store.held_messages(second.id, Sender::Her).await.unwrap(),
            vec![7]
        );
        assert_eq!(
            store
                .held_messages(second.id, Sender::Mediator)
                .await
                .unwrap(),
            vec![6]
        );
        store.pause_case(second.id, true, 1050).await.unwrap();
        assert!(store.case(second.id).await.unwrap().unwrap().paused);
        store.pause_case(second.id, false, 1051).await.unwrap();
        assert!(!store.case(second.id).await.unwrap().unwrap().paused);
        store
            .note_case_message(mediator, 42, first.id)
            .await
            .unwrap();
        assert_eq!(
            store.case_of_message(mediator, 42).await.unwrap(),
            Some(first.id)
        );
        store.note_first_reply(first.id, 1070).await.unwrap();
        store.note_first_reply(first.id, 1999).await.unwrap();

        let closed = store
            .close_case(first.id, Outcome::Ended, 1100, 777)
            .await
            .unwrap()
            .expect("closed by this call");
        assert_eq!(closed.chat_id, Some(SARA), "her chat, to tell her");
        assert!(
            store
                .close_case(first.id, Outcome::Closed, 1101, 778)
                .await
                .unwrap()
                .is_none()
        );
        let after = store.case(first.id).await.unwrap().unwrap();
        assert_eq!((after.chat_id, after.outcome), (None, Some(Outcome::Ended)));
        assert_eq!(store.case_of_message(mediator, 42).await.unwrap(), None);
        assert!(store.open_case_of(SARA).await.unwrap().is_none());
        assert!(
            !store.claim_case(first.id, 999, 1102).await.unwrap(),
            "closed"
        );

        // (case, token, score, now, accepted): the right token once, within a day.
        for (case, token, score, now, accepted, why) in [
            (
                first.id,
                778,
                3,
                1200,
                false,
                "the token of the close that lost",
            ),
            (first.id, 777, 3, 1200, true, "her rating"),
            (first.id, 777, 1, 1201, false, "once"),
            (second.id, 777, 2, 1201, false, "an open case"),
        ] {
            let rated = store
                .rate_case(case, token, score, now, 86_400)
                .await
                .unwrap();
            assert_eq!(rated, accepted, "{why} on {}", db.backend);
        }
        assert_eq!(store.case_rating(first.id).await.unwrap(), Some(3));

        let times = store.case_times(0).await.unwrap();
        assert_eq!(times.len(), 2);
        let figures = carenet::handoff::figures(&times);
        let all = &figures[&("all".to_string(), "all".to_string())];
        assert_eq!((all.opened, all.claimed, all.answered), (2, 1, 1));
        assert_eq!(all.median_first_reply, Some(70));

        // Closed at 1100, kept as its day (0): the purge's boundary is that day.
        assert_eq!(store.purge_cases(0).await.unwrap(), 0);
        store
            .note_case_message(mediator, 43, first.id)
            .await
            .unwrap();
        assert_eq!(store.purge_cases(1).await.unwrap(), 1, "closed ones only");
        assert_eq!(
            store.case_of_message(mediator, 43).await.unwrap(),
            None,
            "ids left of a closed case go with it"
        );
        assert_eq!(
            store.held_messages(second.id, Sender::Her).await.unwrap(),
            vec![7],
            "an open case keeps its own"
        );
        assert_eq!(store.open_cases().await.unwrap().len(), 1);
        store.close().await;
        db.drop_schema().await;
    }
}

/// Runs the claims concurrently and counts those that won.
async fn futures_count(
    claims: impl Iterator<Item = impl Future<Output = bool> + Send + 'static>,
) -> usize {
    let tasks: Vec<_> = claims.map(tokio::spawn).collect();
    let mut won = 0;
    for task in tasks {
        won += usize::from(task.await.unwrap());
    }
    won
}

/// `carenet stats` prints aggregates by language and region, never a row per case.
#[tokio::test]
async fn carenet_stats_prints_the_figures() {
    use carenet::store::NewCase;
    let db = TestDb::sqlite();
    let store = db.store().await;
    let now = clock::now();
    for (chat, language, region, reply_after) in [
        (SARA, "ar", "it", Some(120)),
        (HIBA, "ar", "es", Some(600)),
        (OLENA, "uk", "", None),
    ] {
        let new = NewCase {
            language,
            region,
            topic: "menu",
        };
        let (case, _) = store.open_case(chat, new, now - 1000).await.unwrap();
        if let Some(after) = reply_after {
            store
                .claim_case(case.id, AMAL, now - 1000 + after / 2)
                .await
                .unwrap();
            store
                .note_first_reply(case.id, now - 1000 + after)
                .await
                .unwrap();
        }
    }
    store.close().await;
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_carenet"))
        .args(["stats", "--days", "7"])
        .env("CARENET_DATABASE_URL", &db.url)
        .env_remove("TELOXIDE_TOKEN")
        .output()
        .expect("carenet runs");
    let printed = String::from_utf8_lossy(&out.stdout);
    assert!(out.status.success(), "{printed}");
    let row = |language: &str, region: &str| {
        printed
            .lines()
            .find(|l| l.split_whitespace().take(2).eq([language, region]))
            .unwrap_or_else(|| panic!("no {language} {region} row in\n{printed}"))
            .split_whitespace()
            .skip(2)
            .collect::<Vec<_>>()
            .join(" ")
    };
    // opened, claimed, answered, median, p90.
    assert_eq!(row("all", "all"), "3 2 2 2m00s 10m00s");
    // One case per language and region: no figures of their own (they could tell who).
    assert_eq!(row("ar", "IT"), "<5 - - - -");
    assert_eq!(row("uk", "?"), "<5 - - - -");
    assert!(!printed.contains(&SARA.to_string()), "{printed}");
}

/// `/stats` in the bot when a group has fewer than five cases: its `<5` is escaped for
/// Telegram's HTML, which refused the whole message before (and the error was dropped).
#[tokio::test]
async fn stats_with_fewer_than_five_cases_in_a_group_reach_staff() {
    let fake = FakeTelegram::start().await;
    let db = TestDb::sqlite();
    let store = prepare(&db).await;
    let bot = start(
        &fake,
        &store,
        settings(StaffedHours::always()),
        false,
        false,
    )
    .await;
    open_case(&fake, SARA, "ar").await;
    open_case(&fake, OLENA, "uk").await;

    for staff in [ADMIN, ORGANISER] {
        fake.push(updates::command(staff, "/stats", "en"));
        let figures = message_to(&fake, staff, "Cases opened in the last 30 days").await;
        let figures = figures.text().unwrap();
        assert!(figures.contains("&lt;5"), "{figures}");
        let uk = figures.lines().find(|l| l.starts_with("uk ")).unwrap();
        assert_eq!(
            uk.split_whitespace().collect::<Vec<_>>(),
            ["uk", "all", "&lt;5", "-", "-", "-", "-"]
        );
    }
    let refused = fake
        .calls_to("sendMessage")
        .into_iter()
        .filter(|c| !c.ok())
        .count();
    assert_eq!(refused, 0, "Telegram refused nothing");
    bot.shut_down().await;
    store.close().await;
}

#[tokio::test]
async fn a_mediator_who_leaves_the_staff_or_a_woman_who_blocks_the_bot_ends_nothing_silently() {
    let fake = FakeTelegram::start().await;
    let db = TestDb::sqlite();
    let store = prepare(&db).await;
    let bot = start(&fake, &store, settings(StaffedHours::always()), true, false).await;
    open_case(&fake, OLENA, "uk").await;
    open_case(&fake, SARA, "ar").await;
    bot.tg.handoff_tick(clock::now()).await;
    claim(&fake, OKSANA, 1).await;
    claim(&fake, AMAL, 2).await;

    // Oksana is removed from the staff: her case goes back in line and Olena is told.
    store.remove_staff(OKSANA).await.unwrap();
    bot.tg.handoff_tick(clock::now()).await;
    message_to(&fake, OLENA, &text("uk", "handoff-mediator-left")).await;
    assert!(case(&store, 1).await.is_waiting());
    // Her messages no longer reach Oksana, whose words no longer reach her.
    let before = fake.sent_messages(OKSANA).len();
    fake.push(updates::text(OKSANA, "Привіт", "uk"));
    eventually("the bot's ordinary answer to Oksana", || {
        (fake.sent_messages(OKSANA).len() > before).then_some(())
    })
    .await;
    fake.push(updates::text(OLENA, "Ви тут?", "uk"));
    handled(&fake, OLENA, "uk").await;
    assert!(copies_to(&fake, OLENA).is_empty() && copies_to(&fake, OKSANA).is_empty());
    // It is announced again for someone else to take.
    bot.tg.handoff_tick(clock::now()).await;
    assert!(case(&store, 1).await.announced_at.is_some());

    // Sara blocks the bot: the mediator's next message closes the case and forgets her.
    fake.inject(
        fake_telegram::Fault::bot_blocked()
            .method("copyMessage")
            .chat(SARA),
    );
    fake.push(updates::text(AMAL, "هل أنت بخير؟", "en"));
    message_to(&fake, AMAL, "she blocked the bot").await;
    let c = case(&store, 2).await;
    assert_eq!((c.outcome, c.chat_id), (Some(Outcome::Blocked), None));
    assert!(store.load_conversation(key(SARA)).await.unwrap().is_none());

    // Staff figures in the bot, for staff only.
    fake.push(updates::command(ADMIN, "/stats", "en"));
    let figures = message_to(&fake, ADMIN, "Cases opened in the last 30 days").await;
    assert!(figures.text().unwrap().contains("all"));
    fake.push(updates::command(STRANGER, "/stats", "en"));
    message_to(&fake, STRANGER, &text("en", "not-understood")).await;

    bot.shut_down().await;
    store.close().await;
}

/// A bot on a new database, with Sara's case taken by Amal.
async fn sara_with_amal() -> (FakeTelegram, TestDb, Store, Bot) {
    let fake = FakeTelegram::start().await;
    let db = TestDb::sqlite();
    let store = prepare(&db).await;
    let bot = start(&fake, &store, settings(StaffedHours::always()), true, true).await;
    open_case(&fake, SARA, "ar").await;
    claim(&fake, AMAL, 1).await;
    (fake, db, store, bot)
}

#[tokio::test]
async fn her_quick_exit_pauses_the_chat_until_she_writes_again() {
    let (fake, _db, store, bot) = sara_with_amal().await;

    // Someone comes near her: quick exit. The mediator is told to wait.
    fake.push(updates::command(SARA, "/exit", "ar"));
    message_to(&fake, AMAL, "she used quick exit").await;
    assert!(case(&store, 1).await.paused);
    let meanwhile = push(&fake, updates::text(AMAL, "هل أنت بأمان؟", "en"));
    message_to(&fake, AMAL, "kept; it reaches her when she writes again").await;
    assert!(
        copies_to(&fake, SARA).is_empty(),
        "nothing reaches her chat"
    );

    // She writes again: what the mediator wrote reaches her, and hers reaches the mediator.
    let back = push(&fake, updates::text(SARA, "أنا بخير الآن", "ar"));
    message_to(&fake, AMAL, "she is writing again").await;
    assert_eq!(wait_copies(&fake, SARA, 1).await, vec![(AMAL, meanwhile)]);
    assert_eq!(wait_copies(&fake, AMAL, 1).await, vec![(SARA, back)]);
    assert!(!case(&store, 1).await.paused);

    bot.shut_down().await;
    store.close().await;
}

#[tokio::test]
async fn her_quick_exit_does_not_wait_for_the_mediators_chat() {
    let (fake, _db, store, bot) = sara_with_amal().await;
    // The mediator's chat is slow (its own pace, a 429, a slow network).
    fake.inject(
        Fault::delay(Duration::from_secs(3))
            .method("sendMessage")
            .chat(AMAL)
            .always(),
    );
    let since = std::time::Instant::now();
    fake.push(updates::command(SARA, "/exit", "ar"));
    eventually("her chat cleared", || {
        fake.calls_to("deleteMessages")
            .iter()
            .any(|c| c.chat_id() == Some(SARA))
            .then_some(())
    })
    .await;
    let cleared = since.elapsed();
    assert!(
        cleared < Duration::from_secs(2),
        "her chat was cleared after {cleared:?}, behind the mediator's"
    );
    // The mediator is told all the same, afterwards.
    fake.clear_faults();
    message_to(&fake, AMAL, "she used quick exit").await;
    bot.shut_down().await;
    store.close().await;
}

/// Her message of another kind than text: `field` (`contact`, `document`…) set to `value`.
fn her_message_with(chat: i64, field: &str, value: Value) -> Value {
    let mut update = updates::text(chat, "", "ar");
    let message = update["message"].as_object_mut().expect("a message");
    message.remove("text");
    message.insert(field.to_string(), value);
    update
}

/// A contact card shared in her chat: her own name and number, as it most often is.
fn contact_card(chat: i64) -> Value {
    her_message_with(
        chat,
        "contact",
        serde_json::json!({
            "phone_number": "+393331234567",
            "first_name": "Sara",
            "last_name": "Example",
            "user_id": chat,
        }),
    )
}

/// A photo sent as a file (its metadata kept), in her chat.
fn photo_as_file(chat: i64) -> Value {
    her_message_with(
        chat,
        "document",
        serde_json::json!({
            "file_id": "BQACAgIAAxkBAAFfakeDocumentFileId",
            "file_unique_id": "AgADfakeDocument",
            "file_name": "IMG_2041.jpg",
            "mime_type": "image/jpeg",
            "file_size": 2_345_678,
        }),
    )
}

/// How a case with copies in the mediator's chat stops needing them.
#[derive(Debug, Clone, Copy)]
enum Leaves {
    SheEnds,
    MediatorCloses,
    StaffCloseCommand,
    Forget,
    QuickExit,
}

#[tokio::test]
async fn her_copies_in_the_mediators_chat_are_protected_and_deleted_at_close_forget_and_quick_exit()
{
    for way in [
        Leaves::SheEnds,
        Leaves::MediatorCloses,
        Leaves::StaffCloseCommand,
        Leaves::Forget,
        Leaves::QuickExit,
    ] {
        copies_deleted_when(way).await;
    }
}

async fn copies_deleted_when(way: Leaves) {
    let (fake, _db, store, bot) = sara_with_amal().await;
    // Her screens say what stays where: when the case opens and when the mediator joins.
    let copies_text = text("ar", "handoff-copies");
    for screen in ["handoff-waiting", "handoff-joined"] {
        let screen = text("ar", screen);
        message_to(&fake, SARA, &screen).await;
        let said = fake
            .sent_texts(SARA)
            .into_iter()
            .any(|t| t.contains(&screen) && t.contains(&copies_text));
        assert!(
            said,
            "{way:?}: what stays where is on the screen {screen:?}"
        );
    }

    let hers = [
        push(&fake, updates::text(SARA, "أنا في البيت", "ar")),
        push(&fake, updates::photo(SARA)),
        push(&fake, updates::text(SARA, "هو هنا الآن", "ar")),
    ];
    wait_copies(&fake, AMAL, 3).await;
    let copies: Vec<i64> = hers
        .iter()
        .map(|&m| copy_id(&fake, AMAL, (SARA, m)))
        .collect();
    for call in fake.calls_to("copyMessage") {
        if call.chat_id() == Some(AMAL) {
            assert_eq!(
                call.params["protect_content"],
                Value::Bool(true),
                "{way:?}: the mediator can neither forward nor save her messages"
            );
        }
    }
    assert!(fake.deleted_in(AMAL).is_empty(), "{way:?}: nothing yet");

    match way {
        Leaves::SheEnds => fake.push(updates::command(SARA, "/end", "ar")),
        Leaves::MediatorCloses => fake.push(updates::callback_query(AMAL, 1, "h:close:1", "en")),
        Leaves::StaffCloseCommand => fake.push(updates::command(AMAL, "/close 1", "en")),
        Leaves::Forget => fake.push(updates::command(SARA, "/forget", "ar")),
        Leaves::QuickExit => fake.push(updates::command(SARA, "/exit", "ar")),
    };
    eventually(&format!("{way:?}: every copy deleted"), || {
        let deleted = fake.deleted_in(AMAL);
        copies.iter().all(|c| deleted.contains(c)).then_some(())
    })
    .await;
    // Deleted, their ids go: nothing is left to delete.
    let left = store.stale_copies(0).await.unwrap();
    assert!(left.is_empty(), "{way:?}: {left:?}");

    if let Leaves::QuickExit = way {
        // Her own chat is cleared first: someone may be near her.
        let deletions: Vec<i64> = fake
            .calls_to("deleteMessages")
            .iter()
            .filter_map(|c| c.chat_id())
            .collect();
        let first = |chat: i64| deletions.iter().position(|c| *c == chat);
        let order = (first(SARA), first(AMAL));
        assert!(
            matches!(order, (Some(hers), Some(copies)) if hers < copies),
            "{deletions:?}"
        );
        // She writes again: the chat goes on, and the copy of her new message stays.
        message_to(&fake, AMAL, "she used quick exit").await;
        let back = push(&fake, updates::text(SARA, "أنا بخير الآن", "ar"));
        wait_copies(&fake, AMAL, 4).await;
        let new_copy = copy_id(&fake, AMAL, (SARA, back));
        bot.tg.handoff_tick(clock::now()).await;
        assert!(
            !fake.deleted_in(AMAL).contains(&new_copy),
            "the chat goes on"
        );
        assert!(case(&store, 1).await.is_open());
    } else {
        // Closed before its copies were deleted.
        assert!(!case(&store, 1).await.is_open(), "{way:?}");
    }

    bot.shut_down().await;
    store.close().await;
}

#[tokio::test]
async fn copies_a_restart_left_in_the_mediators_chat_are_deleted_at_the_next_round() {
    let (fake, db, store, bot) = sara_with_amal().await;
    let from_her = push(&fake, updates::text(SARA, "سر", "ar"));
    wait_copies(&fake, AMAL, 1).await;
    let copy = copy_id(&fake, AMAL, (SARA, from_her));
    bot.shut_down().await;

    // The process stopped after the close was written, before the copies were deleted.
    let closed = store
        .close_case(1, Outcome::Closed, clock::now(), 1)
        .await
        .unwrap();
    assert!(closed.is_some());
    let bot = start(&fake, &store, settings(StaffedHours::always()), true, false).await;
    assert!(!fake.deleted_in(AMAL).contains(&copy));
    bot.tg.handoff_tick(clock::now()).await;
    assert!(fake.deleted_in(AMAL).contains(&copy), "{}", db.backend);
    assert!(store.stale_copies(0).await.unwrap().is_empty());

    bot.shut_down().await;
    store.close().await;
}

#[tokio::test]
async fn copies_in_the_store_on_both_databases() {
    use carenet::store::{CaseCopy, NewCase};
    for db in TestDb::each("copies_in_the_store").await {
        let store = db.store().await;
        let new = || NewCase {
            language: "ar",
            region: "it",
            topic: "",
        };
        let (sara, _) = store.open_case(SARA, new(), 1000).await.unwrap();
        let (hiba, _) = store.open_case(HIBA, new(), 1000).await.unwrap();
        for case in [sara.id, hiba.id] {
            assert!(store.claim_case(case, AMAL, 1001).await.unwrap());
        }
        // Sara's copies: one too old to delete, two recent; Hiba's: one.
        store.note_copy(sara.id, AMAL, 11, 1002).await.unwrap();
        store.note_copy(sara.id, AMAL, 12, 5000).await.unwrap();
        store.note_copy(sara.id, AMAL, 13, 5001).await.unwrap();
        store.note_copy(hiba.id, AMAL, 14, 5002).await.unwrap();
        let copy = |case: i64, message_id: i64| CaseCopy {
            case_id: case,
            mediator: AMAL,
            message_id,
        };
        // Open cases in their mediator's hands keep their copies.
        assert!(
            store.stale_copies(0).await.unwrap().is_empty(),
            "{}",
            db.backend
        );

        // Sara's quick exit: her recent copies go, not Hiba's.
        store.pause_case(sara.id, true, 6000).await.unwrap();
        assert_eq!(
            store.stale_copies_of(sara.id, 2000).await.unwrap(),
            vec![copy(sara.id, 12), copy(sara.id, 13)],
            "{}",
            db.backend
        );
        assert!(store.stale_copies_of(hiba.id, 0).await.unwrap().is_empty());
        store.forget_copies(AMAL, &[12, 13]).await.unwrap();
        assert!(store.stale_copies(2000).await.unwrap().is_empty());

        // Hiba's case back in line: its copy leaves Amal's chat; so it does at a close.
        assert!(store.release_case(hiba.id, AMAL, true).await.unwrap());
        assert_eq!(
            store.stale_copies(0).await.unwrap(),
            vec![copy(sara.id, 11), copy(hiba.id, 14)],
            "{}",
            db.backend
        );
        store
            .close_case(hiba.id, Outcome::Ended, 7000, 1)
            .await
            .unwrap();
        assert_eq!(
            store.stale_copies_of(hiba.id, 0).await.unwrap(),
            vec![copy(hiba.id, 14)]
        );

        // Past Telegram's 48 hours the ids are purged: they could not be deleted anyway.
        store.purge_old_messages(5000).await.unwrap();
        assert_eq!(
            store.stale_copies(0).await.unwrap(),
            vec![copy(hiba.id, 14)],
            "{}",
            db.backend
        );

        // Files: she is warned once per case.
        assert!(store.warn_about_files(sara.id).await.unwrap());
        assert!(!store.warn_about_files(sara.id).await.unwrap());
        let (olena, _) = store.open_case(OLENA, new(), 8000).await.unwrap();
        assert!(store.warn_about_files(olena.id).await.unwrap());

        store.close().await;
        db.drop_schema().await;
    }
}

#[tokio::test]
async fn a_contact_card_never_reaches_staff_and_she_is_told_why() {
    let fake = FakeTelegram::start().await;
    let db = TestDb::sqlite();
    let store = prepare(&db).await;
    let bot = start(&fake, &store, settings(StaffedHours::always()), true, true).await;
    let refused = text("ar", "handoff-contact-refused");
    let told = |fake: &FakeTelegram| {
        fake.sent_texts(SARA)
            .iter()
            .filter(|t| **t == refused)
            .count()
    };

    // Before anyone claims the case: not kept for the mediator.
    open_case(&fake, SARA, "ar").await;
    push(&fake, contact_card(SARA));
    eventually("she is told", || (told(&fake) == 1).then_some(())).await;
    claim(&fake, AMAL, 1).await;
    message_to(&fake, SARA, &text("ar", "handoff-joined")).await;

    // During the chat: not passed on either; what she writes as text is.
    push(&fake, contact_card(SARA));
    eventually("she is told again", || (told(&fake) == 2).then_some(())).await;
    let words = push(&fake, updates::text(SARA, "رقمي ليس مهمًا", "ar"));
    assert_eq!(wait_copies(&fake, AMAL, 1).await, vec![(SARA, words)]);
    for call in fake.calls() {
        let params = call.params.to_string();
        assert!(!params.contains("393331234567"), "her number: {params}");
    }

    bot.shut_down().await;
    store.close().await;
}

#[tokio::test]
async fn her_first_file_waits_for_a_warning_and_photos_pass_as_photos() {
    let (fake, _db, store, bot) = sara_with_amal().await;
    let warning = text("ar", "handoff-file-warning");
    let warnings = |fake: &FakeTelegram| {
        fake.sent_texts(SARA)
            .iter()
            .filter(|t| **t == warning)
            .count()
    };

    // A photo sent as a photo (Telegram strips its metadata) passes at once, as a photo.
    let photo = push(&fake, updates::photo(SARA));
    assert_eq!(wait_copies(&fake, AMAL, 1).await, vec![(SARA, photo)]);

    // Her first file does not: she is told why, and how to send it anyway.
    let first = push(&fake, photo_as_file(SARA));
    eventually("the warning", || (warnings(&fake) == 1).then_some(())).await;
    assert_eq!(
        copies_to(&fake, AMAL).len(),
        1,
        "the file was not passed on"
    );

    // Sent again, knowing: passed on. Later files too, with no second warning.
    let again = push(&fake, photo_as_file(SARA));
    assert_eq!(wait_copies(&fake, AMAL, 2).await[1], (SARA, again));
    let later = push(&fake, photo_as_file(SARA));
    assert_eq!(wait_copies(&fake, AMAL, 3).await[2], (SARA, later));
    assert_eq!(warnings(&fake), 1);
    assert!(!copies_to(&fake, AMAL).contains(&(SARA, first)));

    bot.shut_down().await;
    store.close().await;
}

/// Seconds in a day.
const DAY: i64 = 86_400;

/// A closed case keeps days, not the second anything happened (as contacts do): its times
/// move back to the start of the day it opened, so the waits the figures need stay exact;
/// the close is its day. Her rating still works for at least a day after the close.
#[tokio::test]
async fn a_closed_case_keeps_days_not_seconds() {
    use carenet::store::{NewCase, day_of};
    for db in TestDb::each("a_closed_case_keeps_days_not_seconds").await {
        let store = db.store().await;
        let day = day_of(1_795_000_000);
        let opened = day + 12_345;
        let new = NewCase {
            language: "ar",
            region: "it",
            topic: "rights_it",
        };
        let (c, _) = store.open_case(SARA, new, opened).await.unwrap();
        assert!(store.claim_case(c.id, AMAL, opened + 300).await.unwrap());
        store.note_first_reply(c.id, opened + 600).await.unwrap();
        let closed_at = opened + 900;
        store
            .close_case(c.id, Outcome::Ended, closed_at, 5)
            .await
            .unwrap()
            .expect("closed");
        let kept = case(&store, c.id).await;
        assert_eq!(kept.opened_at, day, "{}", db.backend);
        assert_eq!(kept.claimed_at, Some(day + 300), "the wait to the claim");
        assert_eq!(
            kept.first_reply_at,
            Some(day + 600),
            "the wait to the reply"
        );
        assert_eq!(kept.closed_at, Some(day_of(closed_at)));
        let times = store.case_times(0).await.unwrap();
        let figures = carenet::handoff::figures(&times);
        let all = &figures[&("all".to_string(), "all".to_string())];
        assert_eq!(all.median_first_reply, Some(600));
        // A rating a day after the close is still hers to give; three days later it is not.
        assert!(
            !store
                .rate_case(c.id, 5, 3, closed_at + 3 * DAY, DAY)
                .await
                .unwrap()
        );
        assert!(
            store
                .rate_case(c.id, 5, 3, closed_at + DAY, DAY)
                .await
                .unwrap(),
            "{}",
            db.backend
        );
        store.close().await;
        db.drop_schema().await;
    }
}

/// A case nobody writes to is closed after CARENET_CASE_IDLE_DAYS (14 here), by the
/// normal close: she is told calmly in her language, the mediator and the group are told;
/// a message either way puts the day off. Driven by the handoff's clock.
#[tokio::test]
async fn a_case_nobody_writes_to_is_closed_after_the_idle_days() {
    let fake = FakeTelegram::start().await;
    let db = TestDb::sqlite();
    let store = prepare(&db).await;
    let bot = start(&fake, &store, settings(StaffedHours::always()), true, false).await;
    let now = clock::now();
    // Hiba waits, nobody takes her case; Sara's is taken by Amal and then nobody writes.
    open_case(&fake, HIBA, "ar").await;
    open_case(&fake, SARA, "ar").await;
    bot.tg.handoff_tick(now).await;
    claim(&fake, AMAL, 2).await;
    message_to(&fake, SARA, &text("ar", "handoff-joined")).await;
    // Olena's case had a message ten days on (the store is told as the relay would).
    open_case(&fake, OLENA, "uk").await;
    bot.tg.handoff_tick(now).await;
    store
        .note_case_activity(3, now + 10 * DAY, Some(OLENA))
        .await
        .unwrap();
    assert_eq!(
        store
            .load_conversation(key(OLENA))
            .await
            .unwrap()
            .unwrap()
            .last_seen_day,
        carenet::store::day_of(now + 10 * DAY),
        "her message counts as being seen: her contact is not purged meanwhile"
    );

    // Fourteen whole days are not over yet for the day of the last sign of life.
    bot.tg.handoff_tick(now + 14 * DAY).await;
    for id in [1, 2, 3] {
        assert!(case(&store, id).await.is_open(), "case {id} after 14 days");
    }
    bot.tg.handoff_tick(now + 15 * DAY + 1).await;
    let idle = text("ar", "handoff-idle-closed");
    message_to(&fake, HIBA, &idle).await;
    message_to(&fake, SARA, &idle).await;
    for id in [1, 2] {
        let closed = case(&store, id).await;
        assert_eq!(closed.outcome, Some(Outcome::Idle), "case {id}");
        assert_eq!(closed.chat_id, None, "the link to her is erased");
    }
    message_to(&fake, AMAL, "✅ Case #2").await;
    message_to(&fake, GROUP, "closed: idle").await;
    assert!(
        case(&store, 3).await.is_open(),
        "Olena's case had a message"
    );
    assert!(
        !fake
            .sent_texts(OLENA)
            .iter()
            .any(|t| t.contains(&text("uk", "handoff-idle-closed")))
    );
    // She is out of the case: her next message is the bot's again.
    fake.push(updates::command(HIBA, "/menu", "ar"));
    message_to(&fake, HIBA, &text("ar", "menu")).await;

    bot.tg.handoff_tick(now + 25 * DAY + 1).await;
    message_to(&fake, OLENA, &text("uk", "handoff-idle-closed")).await;
    assert_eq!(case(&store, 3).await.outcome, Some(Outcome::Idle));
    assert_eq!(bot.tg.open_cases(), 0);

    bot.shut_down().await;
    store.close().await;
}

/// The retention purge erases her contact: her open case does not keep her chat id. It
/// closes at the handoff's next round, and she is told in her case's language.
#[tokio::test]
async fn a_case_closes_when_the_purge_erases_her_contact() {
    let fake = FakeTelegram::start().await;
    let db = TestDb::sqlite();
    let store = prepare(&db).await;
    let bot = start(&fake, &store, settings(StaffedHours::always()), true, false).await;
    let now = clock::now();
    open_case(&fake, HIBA, "ar").await;
    bot.tg.handoff_tick(now).await;
    announcement(&fake, 1).await;
    // Everyone seen before tomorrow is past retention (as after CARENET_RETENTION_DAYS).
    assert!(store.purge_inactive(now + DAY).await.unwrap() >= 1);
    assert!(
        case(&store, 1).await.is_open(),
        "closed by the handoff, which tells her"
    );

    bot.tg.handoff_tick(now).await;
    message_to(&fake, HIBA, &text("ar", "handoff-idle-closed")).await;
    let closed = case(&store, 1).await;
    assert_eq!(
        (closed.outcome, closed.chat_id),
        (Some(Outcome::Idle), None)
    );
    assert_eq!(
        store.load_conversation(key(HIBA)).await.unwrap(),
        None,
        "the close does not bring her contact back"
    );

    bot.shut_down().await;
    store.close().await;
}

/// A case nobody takes is announced again at most three times (as she is told at most
/// three times), not every ten minutes for ever.
#[tokio::test]
async fn a_case_nobody_takes_is_announced_again_three_times_at_most() {
    let fake = FakeTelegram::start().await;
    let db = TestDb::sqlite();
    let store = prepare(&db).await;
    let bot = start(&fake, &store, settings(StaffedHours::always()), true, false).await;
    let opened = clock::now();
    open_case(&fake, HIBA, "ar").await;
    bot.tg.handoff_tick(opened).await;
    announcement(&fake, 1).await;
    let announcements = fake.sent_messages(GROUP).len();
    for round in 1..=8 {
        bot.tg.handoff_tick(opened + round * 601).await;
    }
    let reminders: Vec<String> = fake
        .sent_texts(GROUP)
        .into_iter()
        .filter(|t| t.contains("Nobody has taken case #1"))
        .collect();
    assert_eq!(reminders.len(), 3, "{reminders:?}");
    assert!(reminders[2].contains("reminder 3 of 3"), "{}", reminders[2]);
    assert_eq!(fake.sent_messages(GROUP).len(), announcements + 3);
    let told = fake
        .sent_texts(HIBA)
        .iter()
        .filter(|t| t.contains(&text("ar", "handoff-escalated")))
        .count();
    assert_eq!(told, 3);
    assert_eq!(case(&store, 1).await.escalations, 3);
    assert!(
        case(&store, 1).await.is_waiting(),
        "still open, listed in /cases"
    );

    bot.shut_down().await;
    store.close().await;
}

/// She left the chat with quick exit and never came back: the case closes when idle, the
/// mediator is told, and nothing is sent to her chat (someone may be near her).
#[tokio::test]
async fn an_idle_case_she_left_with_quick_exit_closes_without_a_word_to_her() {
    let (fake, _db, store, bot) = sara_with_amal().await;
    fake.push(updates::command(SARA, "/exit", "ar"));
    message_to(&fake, AMAL, "she used quick exit").await;
    assert!(case(&store, 1).await.paused);
    let before = fake.sent_messages(SARA).len();

    bot.tg.handoff_tick(clock::now() + 16 * DAY).await;
    message_to(&fake, AMAL, "✅ Case #1").await;
    assert_eq!(case(&store, 1).await.outcome, Some(Outcome::Idle));
    assert_eq!(
        fake.sent_messages(SARA).len(),
        before,
        "nothing to her chat"
    );

    bot.shut_down().await;
    store.close().await;
}

/// The store's side of idle cases, on both databases: a case is idle once whole
/// `idle_days` have passed after the day of its last sign of life; a message puts that
/// off; the retention purge marks the open case of a contact it erases.
#[tokio::test]
async fn idle_cases_in_the_store_on_both_databases() {
    use carenet::store::{NewCase, day_of};
    for db in TestDb::each("idle_cases_in_the_store").await {
        let store = prepare(&db).await;
        let now = clock::now();
        let today = day_of(now);
        let new = |language| NewCase {
            language,
            region: "it",
            topic: "",
        };
        let (quiet, _) = store.open_case(HIBA, new("ar"), now).await.unwrap();
        let (talking, _) = store.open_case(OLENA, new("uk"), now).await.unwrap();
        let (purged, _) = store.open_case(STRANGER, new("en"), now).await.unwrap();
        let idle = |at| {
            let store = store.clone();
            async move { store.idle_cases(at, 14).await.unwrap() }
        };
        assert_eq!(
            idle(today + 15 * DAY - 1).await,
            Vec::<i64>::new(),
            "{}",
            db.backend
        );
        assert_eq!(
            idle(today + 15 * DAY).await,
            vec![quiet.id, talking.id, purged.id]
        );
        store
            .note_case_activity(talking.id, now + 5 * DAY, Some(OLENA))
            .await
            .unwrap();
        assert_eq!(idle(today + 15 * DAY).await, vec![quiet.id, purged.id]);
        assert_eq!(
            idle(today + 20 * DAY).await,
            vec![quiet.id, talking.id, purged.id]
        );

        // Olena was seen on day 5; the others are past a retention that ends tomorrow.
        let erased = store.purge_inactive(today + DAY).await.unwrap();
        assert!(erased >= 2, "{}: {erased}", db.backend);
        assert!(store.load_conversation(key(OLENA)).await.unwrap().is_some());
        assert_eq!(idle(now).await, vec![quiet.id, purged.id], "{}", db.backend);
        store.close().await;
        db.drop_schema().await;
    }
}
