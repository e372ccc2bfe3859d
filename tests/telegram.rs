//! The Telegram channel end to end: the real application (teloxide client, polling loop,
//! engine, SQLite store) against a fake Bot API server on 127.0.0.1.

mod common;
#[path = "support/fake_telegram.rs"]
mod fake_telegram;

use std::num::NonZeroU32;
use std::sync::Arc;
use std::time::Duration;

use carenet::channels::telegram::{Limits, Telegram, run_polling};
use carenet::engine::{Engine, Features};
use carenet::store::Store;
use common::bot::{Tasks, with_engine};
use common::{TestDb, WAIT, content, eventually, key, text};
use fake_telegram::{FakeTelegram, Fault, Pending, updates};
use tokio::sync::watch;

/// The bot, polling the fake server, on a database of its own.
struct Running {
    store: Store,
    tasks: Tasks,
}

async fn start_bot(fake: &FakeTelegram, db: &TestDb) -> Running {
    start_bot_with(fake, db, Limits::default(), 20).await
}

async fn start_bot_with(fake: &FakeTelegram, db: &TestDb, limits: Limits, flood: u32) -> Running {
    let store = db.store().await;
    let tg = telegram(fake, &store, limits, flood);
    tg.register_commands().await.expect("commands registered");
    start_polling(tg, store)
}

/// Polls the fake server with `tg` until shut down.
fn start_polling(tg: Arc<Telegram>, store: Store) -> Running {
    let mut tasks = Tasks::default();
    tasks.poll(tg);
    Running { store, tasks }
}

/// The application as `carenet run` builds it, on the fake server and `store`.
fn telegram(fake: &FakeTelegram, store: &Store, limits: Limits, flood: u32) -> Arc<Telegram> {
    telegram_with(
        fake,
        Engine::new(content(), Features::default()),
        store,
        limits,
        flood,
    )
}

fn telegram_with(
    fake: &FakeTelegram,
    engine: Engine,
    store: &Store,
    limits: Limits,
    flood: u32,
) -> Arc<Telegram> {
    Arc::new(with_engine(fake.bot(), engine, store, limits, flood))
}

impl Running {
    async fn shut_down(self) {
        self.tasks.shut_down().await;
        self.store.close().await;
    }
}

/// Waits until `chat` has received `n` messages; returns their texts.
async fn wait_texts(fake: &FakeTelegram, chat: i64, n: usize) -> Vec<String> {
    let deadline = tokio::time::Instant::now() + WAIT;
    loop {
        let texts = fake.sent_texts(chat);
        if texts.len() >= n {
            return texts;
        }
        assert!(
            tokio::time::Instant::now() < deadline,
            "waited for {n} messages to {chat}, got {texts:#?}"
        );
        tokio::time::sleep(Duration::from_millis(10)).await;
    }
}

/// The texts of the edits made in `chat`, once there are at least `n`.
async fn wait_edits(fake: &FakeTelegram, chat: i64, n: usize) -> Vec<fake_telegram::Call> {
    eventually("edits", || {
        let edits: Vec<_> = fake
            .calls_to("editMessageText")
            .into_iter()
            .filter(|c| c.chat_id() == Some(chat))
            .collect();
        (edits.len() >= n).then_some(edits)
    })
    .await
}

/// The message id and buttons of the last message sent to `chat`.
fn last_sent(fake: &FakeTelegram, chat: i64) -> (i64, Vec<Vec<(String, String)>>) {
    let call = fake.sent_messages(chat).pop().expect("a message");
    let id = call.response["message_id"].as_i64().expect("message id");
    (id, call.inline_keyboard().unwrap_or_default())
}

fn payload_of(keyboard: &[Vec<(String, String)>], label: &str) -> String {
    keyboard
        .iter()
        .flatten()
        .find(|(l, _)| l == label)
        .map(|(_, p)| p.clone())
        .unwrap_or_else(|| panic!("no button {label:?} in {keyboard:?}"))
}

#[tokio::test]
async fn arabic_and_italian_users_are_welcomed_in_their_language_and_navigate() {
    let fake = FakeTelegram::start().await;
    let db = TestDb::sqlite();
    let bot = start_bot(&fake, &db).await;

    for (chat, code) in [(101, "ar"), (102, "it")] {
        fake.push(updates::command(chat, "/start", code));
        let texts = wait_texts(&fake, chat, 2).await;
        assert_eq!(
            texts,
            vec![text(code, "draft-notice"), text(code, "welcome")]
        );

        // OK, continue → the menu, edited into the welcome message.
        let (welcome, keyboard) = last_sent(&fake, chat);
        let agree = payload_of(&keyboard, &text(code, "btn-agree"));
        fake.push(updates::callback_query(chat, welcome, &agree, code));
        let edits = wait_edits(&fake, chat, 1).await;
        let edit = &edits[0];
        assert_eq!(edit.text(), Some(text(code, "menu").as_str()));
        assert_eq!(edit.i64("message_id"), Some(welcome));

        // Menu → rights → rights again → back → menu, all in place.
        let menu = edit.inline_keyboard().unwrap();
        let rights = payload_of(&menu, &text(code, "btn-rights"));
        fake.push(updates::callback_query(chat, welcome, &rights, code));
        fake.push(updates::callback_query(chat, welcome, &rights, code));
        fake.push(updates::callback_query(chat, welcome, "a:back", code));
        let edits = wait_edits(&fake, chat, 4).await;
        let edited: Vec<&str> = edits.iter().filter_map(|c| c.text()).collect();
        assert_eq!(
            edited,
            [
                text(code, "menu"),
                text(code, "rights"),
                text(code, "rights"),
                text(code, "menu")
            ]
        );
        // The second press shows the same screen: Telegram says "not modified", which
        // is not an error and sends nothing new.
        assert_eq!(edits[2].status, 400);
        assert_eq!(fake.sent_texts(chat).len(), 2);
    }
    // Every button press was answered.
    let answered = fake.calls_to("answerCallbackQuery").len();
    assert_eq!(answered, 2 * 4);
    bot.shut_down().await;
}

#[tokio::test]
async fn commands_are_registered_in_every_language() {
    let fake = FakeTelegram::start().await;
    let db = TestDb::sqlite();
    let bot = start_bot(&fake, &db).await;
    let calls = fake.calls_to("setMyCommands");
    assert_eq!(calls.len(), content().locales.shipped().count());
    let italian = calls
        .iter()
        .find(|c| c.str("language_code") == Some("it"))
        .expect("Italian commands");
    let names: Vec<&str> = italian.params["commands"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["command"].as_str().unwrap())
        .collect();
    assert_eq!(
        names,
        [
            "start",
            "menu",
            "human",
            "language",
            "help",
            "exit",
            "forget",
            "subscribe",
            "stop"
        ]
    );
    assert_eq!(
        italian.params["commands"][1]["description"],
        text("it", "cmd-menu")
    );
    bot.shut_down().await;
}

#[tokio::test]
async fn language_switch_location_and_unknown_input_get_answers() {
    let fake = FakeTelegram::start().await;
    let db = TestDb::sqlite();
    let bot = start_bot(&fake, &db).await;
    let chat = 201;
    fake.push(updates::command(chat, "/start", "en"));
    wait_texts(&fake, chat, 1).await;
    fake.push(updates::command(chat, "/language", "en"));
    wait_texts(&fake, chat, 2).await;
    let (_, keyboard) = last_sent(&fake, chat);
    let ukrainian = payload_of(&keyboard, "Українська");
    fake.push(updates::callback_query(chat, 1, &ukrainian, "en"));
    fake.wait_for_calls("answerCallbackQuery", 1, WAIT).await;

    fake.push(updates::location(chat, 37.98, 23.73)); // Athens
    let help = eventually("Greek helplines in Ukrainian", || {
        let help_gr = text("uk", "help-gr");
        fake.sent_texts(chat)
            .into_iter()
            .find(|t| t.contains(&help_gr))
    })
    .await;
    assert!(help.starts_with(&text("uk", "location-used")));
    let saved = bot
        .store
        .load_conversation(key(chat))
        .await
        .unwrap()
        .unwrap();
    assert_eq!(saved.conversation.locale.as_deref(), Some("uk"));
    assert_eq!(saved.conversation.region.as_deref(), Some("gr"));

    let before = fake.sent_texts(chat).len();
    fake.push(updates::sticker(chat, "🙂"));
    fake.push(updates::text(chat, "/frobnicate", "en"));
    fake.push(updates::text(chat, &"x".repeat(10_000), "en"));
    fake.push(updates::callback_query(
        chat,
        1,
        &"\u{1F4A5}".repeat(16),
        "en",
    ));
    let texts = wait_texts(&fake, chat, before + 3).await;
    assert_eq!(texts[before], text("uk", "unsupported-media"));
    assert_eq!(texts[before + 1], text("uk", "not-understood"));
    assert_eq!(texts[before + 2], text("uk", "not-understood"));
    // The garbage button press is answered in the message that carried the button.
    let edits = wait_edits(&fake, chat, 1).await;
    assert_eq!(
        edits.last().unwrap().text(),
        Some(text("uk", "not-understood").as_str())
    );
    assert_eq!(fake.calls_to("answerCallbackQuery").len(), 2);
    bot.shut_down().await;
}

#[tokio::test]
async fn the_help_screen_offers_a_location_button() {
    let fake = FakeTelegram::start().await;
    let db = TestDb::sqlite();
    let bot = start_bot(&fake, &db).await;
    let chat = 250;
    fake.push(updates::text(chat, "/start", "es"));
    wait_texts(&fake, chat, 2).await;
    fake.push(updates::text(chat, "ayuda", "es"));
    let texts = wait_texts(&fake, chat, 4).await;
    assert_eq!(texts[2], text("es", "help"));
    let location_call = fake.sent_messages(chat).pop().unwrap();
    assert_eq!(
        location_call.text(),
        Some(text("es", "btn-share-location").as_str())
    );
    let keyboard = &location_call.params["reply_markup"]["keyboard"];
    assert_eq!(keyboard[0][0]["request_location"], true, "{keyboard}");
    bot.shut_down().await;
}

#[tokio::test]
async fn quick_exit_deletes_both_sides_and_leaves_a_neutral_line() {
    let fake = FakeTelegram::start().await;
    let db = TestDb::sqlite();
    let bot = start_bot(&fake, &db).await;
    let chat = 301;
    let start = fake.push(updates::command(chat, "/start", "fr"));
    let _ = start;
    wait_texts(&fake, chat, 2).await;
    fake.push(updates::text(chat, "droits", "fr"));
    wait_texts(&fake, chat, 3).await;
    let ours: Vec<i64> = fake
        .sent_messages(chat)
        .iter()
        .map(|c| c.response["message_id"].as_i64().unwrap())
        .collect();
    fake.push(updates::command(chat, "/exit", "fr"));
    let deletes = fake.wait_for_calls("deleteMessages", 1, WAIT).await;
    let deleted: Vec<i64> = deletes[0].params["message_ids"]
        .as_array()
        .unwrap()
        .iter()
        .map(|v| v.as_i64().unwrap())
        .collect();
    for id in &ours {
        assert!(
            deleted.contains(id),
            "our message {id} deleted: {deleted:?}"
        );
    }
    assert_eq!(
        deleted.len(),
        ours.len() + 3,
        "her three messages too: {deleted:?}"
    );
    let texts = wait_texts(&fake, chat, 4).await;
    assert_eq!(texts.last().unwrap(), &text("fr", "exit-done"));
    assert!(
        last_sent(&fake, chat).1.is_empty(),
        "the neutral line has no buttons"
    );
    bot.shut_down().await;
}

#[tokio::test]
async fn forget_erases_her_from_the_database() {
    let fake = FakeTelegram::start().await;
    let db = TestDb::sqlite();
    let bot = start_bot(&fake, &db).await;
    let chat = 401;
    fake.push(updates::command(chat, "/start", "el"));
    wait_texts(&fake, chat, 2).await;
    assert!(
        bot.store
            .load_conversation(key(chat))
            .await
            .unwrap()
            .is_some()
    );
    fake.push(updates::command(chat, "/forget", "el"));
    let texts = wait_texts(&fake, chat, 3).await;
    assert_eq!(texts[2], text("el", "forget-done"));
    assert_eq!(bot.store.load_conversation(key(chat)).await.unwrap(), None);
    assert_eq!(bot.store.contact_count().await.unwrap(), 0);
    bot.shut_down().await;
}

#[tokio::test]
async fn the_reply_to_forget_is_deleted_by_a_later_quick_exit() {
    let fake = FakeTelegram::start().await;
    let db = TestDb::sqlite();
    let bot = start_bot(&fake, &db).await;
    let chat = 402;
    fake.push(updates::command(chat, "/start", "en"));
    wait_texts(&fake, chat, 1).await;
    fake.push(updates::command(chat, "/forget", "en"));
    let texts = wait_texts(&fake, chat, 2).await;
    assert_eq!(texts[1], text("en", "forget-done"));
    let forgot = fake.sent_messages(chat)[1].response["message_id"]
        .as_i64()
        .unwrap();
    // /forget deletes the chat's messages so far; then quick exit deletes the rest.
    let before = fake.calls_to("deleteMessages").len();
    fake.push(updates::command(chat, "/exit", "en"));
    let deletes = fake
        .wait_for_calls("deleteMessages", before + 1, WAIT)
        .await;
    let deleted = deletes[before].params["message_ids"].to_string();
    assert!(
        deleted.contains(&forgot.to_string()),
        "'forgotten' ({forgot}) is not among {deleted}"
    );
    bot.shut_down().await;
}

#[tokio::test]
async fn when_the_database_fails_the_fallback_reply_is_silent() {
    let fake = FakeTelegram::start().await;
    let db = TestDb::sqlite();
    let bot = start_bot(&fake, &db).await;
    let chat = 403;
    fake.push(updates::command(chat, "/start", "en"));
    wait_texts(&fake, chat, 1).await;
    bot.store.close().await;
    // A step that must be saved, so that the closed database fails it.
    fake.push(updates::command(chat, "/menu", "en"));
    let texts = wait_texts(&fake, chat, 2).await;
    assert_eq!(texts[1], text("en", "not-understood"));
    let fallback = &fake.sent_messages(chat)[1];
    assert_eq!(fallback.params["disable_notification"], true);
    bot.shut_down().await;
}

#[tokio::test]
async fn a_429_pauses_sending_for_its_retry_after_and_loses_nothing() {
    let fake = FakeTelegram::start().await;
    let db = TestDb::sqlite();
    let bot = start_bot(&fake, &db).await;
    fake.inject(Fault::retry_after(1).method("sendMessage").times(1));
    fake.push(updates::command(501, "/start", "en"));
    let texts = wait_texts(&fake, 501, 1).await;
    assert_eq!(texts, vec![text("en", "welcome")]);
    let sends = fake.calls_to("sendMessage");
    assert_eq!(sends.len(), 2, "one refused, one retried");
    assert_eq!(sends[0].status, 429);
    let waited = sends[1].at.duration_since(sends[0].at);
    assert!(waited >= Duration::from_secs(1), "retried after {waited:?}");
    bot.shut_down().await;
}

#[tokio::test]
async fn a_user_who_blocked_the_bot_is_forgotten_without_retries() {
    let fake = FakeTelegram::start().await;
    let db = TestDb::sqlite();
    let bot = start_bot(&fake, &db).await;
    let chat = 601;
    fake.push(updates::command(chat, "/start", "en"));
    wait_texts(&fake, chat, 1).await;
    fake.inject(Fault::bot_blocked().chat(chat).always());
    fake.push(updates::text(chat, "rights", "en"));
    let refused = fake.wait_for_calls("sendMessage", 2, WAIT).await;
    assert_eq!(refused.last().unwrap().status, 403);
    let deadline = tokio::time::Instant::now() + WAIT;
    while bot
        .store
        .load_conversation(key(chat))
        .await
        .unwrap()
        .is_some()
    {
        assert!(
            tokio::time::Instant::now() < deadline,
            "contact not forgotten"
        );
        tokio::time::sleep(Duration::from_millis(10)).await;
    }
    tokio::time::sleep(Duration::from_millis(300)).await;
    assert_eq!(
        fake.calls_to("sendMessage").len(),
        2,
        "no retries after a 403"
    );
    bot.shut_down().await;
}

#[tokio::test]
async fn a_restart_resumes_the_conversation_and_loses_no_update() {
    let fake = FakeTelegram::start().await;
    let db = TestDb::sqlite();
    let chat = 701;
    let bot = start_bot(&fake, &db).await;
    fake.push(updates::command(chat, "/start", "es"));
    wait_texts(&fake, chat, 2).await;
    fake.push(updates::text(chat, "derechos", "es"));
    wait_texts(&fake, chat, 3).await;
    bot.shut_down().await;

    // While the bot is down, she writes; the Bot API itself restarts too.
    fake.push(updates::text(chat, "/menu", "es"));
    fake.restart(Pending::Keep).await;
    let bot = start_bot(&fake, &db).await;
    let texts = wait_texts(&fake, chat, 4).await;
    assert_eq!(
        texts[3],
        text("es", "menu"),
        "the update sent while down is answered"
    );
    assert_eq!(texts.len(), 4, "nothing answered twice");
    let saved = bot
        .store
        .load_conversation(key(chat))
        .await
        .unwrap()
        .unwrap();
    assert_eq!(saved.conversation.locale.as_deref(), Some("es"));
    assert!(fake.pending_updates().is_empty() || fake.pending_updates().len() <= 1);
    bot.shut_down().await;
}

#[tokio::test]
async fn a_flood_gets_one_calm_notice_and_the_bot_stays_healthy() {
    let fake = FakeTelegram::start().await;
    let db = TestDb::sqlite();
    let limits = Limits {
        per_chat_burst: NonZeroU32::new(200).unwrap(),
        per_chat_per_second: NonZeroU32::new(200).unwrap(),
        overall_per_second: NonZeroU32::new(1000).unwrap(),
        ..Limits::default()
    };
    let bot = start_bot_with(&fake, &db, limits, 20).await;
    let chat = 801;
    fake.push(updates::command(chat, "/start", "en"));
    for i in 0..100 {
        fake.push(updates::text(chat, &format!("message {i}"), "en"));
    }
    let notice = text("en", "flood-notice");
    let deadline = tokio::time::Instant::now() + WAIT;
    while !fake.sent_texts(chat).contains(&notice) {
        assert!(tokio::time::Instant::now() < deadline, "no flood notice");
        tokio::time::sleep(Duration::from_millis(10)).await;
    }
    tokio::time::sleep(Duration::from_millis(300)).await;
    let texts = fake.sent_texts(chat);
    assert_eq!(
        texts.iter().filter(|t| **t == notice).count(),
        1,
        "one notice"
    );
    assert_eq!(
        texts.len(),
        20 + 1,
        "20 answered, then one notice, then quiet"
    );

    // Someone else is not affected.
    fake.push(updates::command(802, "/start", "it"));
    wait_texts(&fake, 802, 2).await;
    bot.shut_down().await;
}

#[tokio::test]
async fn group_chats_get_no_answer() {
    let fake = FakeTelegram::start().await;
    let db = TestDb::sqlite();
    let bot = start_bot(&fake, &db).await;
    fake.push(updates::group_text(-100_123, 901, "/start"));
    fake.push(updates::group_text(-100_123, 901, "help"));
    fake.push(updates::command(902, "/start", "en"));
    wait_texts(&fake, 902, 1).await;
    assert!(fake.sent_texts(-100_123).is_empty());
    assert_eq!(bot.store.contact_count().await.unwrap(), 1);
    bot.shut_down().await;
}

#[tokio::test]
async fn webhook_requests_without_the_secret_are_rejected() {
    let fake = FakeTelegram::start().await;
    let db = TestDb::sqlite();
    let store = db.store().await;
    let tg = telegram(&fake, &store, Limits::default(), 20);
    let app = carenet::channels::telegram::webhook_router(tg, "s3cret-token".into());
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let url = format!("http://{}/telegram", listener.local_addr().unwrap());
    tokio::spawn(async move { axum::serve(listener, app).await.unwrap() });

    // The fake completes the update as Telegram would (ids, dates); nobody polls it here.
    fake.push(updates::command(1001, "/start", "it"));
    let body = fake.pending_updates()[0].to_string();
    let client = reqwest::Client::new();
    let post = |secret: Option<&str>| {
        let mut request = client
            .post(&url)
            .header("content-type", "application/json")
            .body(body.clone());
        if let Some(secret) = secret {
            request = request.header("X-Telegram-Bot-Api-Secret-Token", secret);
        }
        request.send()
    };
    assert_eq!(post(None).await.unwrap().status(), 401);
    assert_eq!(post(Some("wrong")).await.unwrap().status(), 401);
    assert_eq!(post(Some("s3cret-token-")).await.unwrap().status(), 401);
    assert!(
        fake.calls_to("sendMessage").is_empty(),
        "rejected updates are not read"
    );

    assert_eq!(post(Some("s3cret-token")).await.unwrap().status(), 200);
    let texts = wait_texts(&fake, 1001, 2).await;
    assert_eq!(texts[1], text("it", "welcome"));
    store.close().await;
}

#[tokio::test]
async fn telegram_unreachable_at_start_is_waited_for_not_a_crash() {
    let fake = FakeTelegram::start().await;
    fake.stop().await;
    let db = TestDb::sqlite();
    let store = db.store().await;
    let tg = telegram(&fake, &store, Limits::default(), 20);
    let (stop, stopped) = watch::channel(false);
    let task = tokio::spawn(run_polling(tg, Duration::from_secs(1), stopped));
    tokio::time::sleep(Duration::from_millis(700)).await;
    assert!(!task.is_finished(), "still trying");
    fake.push(updates::command(1101, "/start", "en"));
    fake.restart(Pending::Keep).await;
    wait_texts(&fake, 1101, 1).await;
    let _ = stop.send(true);
    task.await.unwrap().unwrap();
    store.close().await;
}

#[tokio::test]
async fn blocking_the_bot_forgets_her_at_once() {
    let fake = FakeTelegram::start().await;
    let db = TestDb::sqlite();
    let bot = start_bot(&fake, &db).await;
    let chat = 1201;
    fake.push(updates::command(chat, "/start", "en"));
    wait_texts(&fake, chat, 1).await;
    assert_eq!(bot.store.contact_count().await.unwrap(), 1);
    fake.push(serde_json::json!({
        "my_chat_member": {
            "chat": updates::private_chat(chat),
            "from": updates::user(chat, "en"),
            "date": 1_795_000_000,
            "old_chat_member": { "status": "member", "user": updates::bot_user() },
            "new_chat_member": { "status": "kicked", "user": updates::bot_user(), "until_date": 0 },
        }
    }));
    let deadline = tokio::time::Instant::now() + WAIT;
    while bot.store.contact_count().await.unwrap() > 0 {
        assert!(
            tokio::time::Instant::now() < deadline,
            "contact not forgotten"
        );
        tokio::time::sleep(Duration::from_millis(10)).await;
    }
    assert!(
        fake.sent_texts(chat).len() == 1,
        "nothing sent to someone who blocked the bot"
    );
    bot.shut_down().await;
}

#[tokio::test]
async fn quick_exit_goes_through_even_during_a_flood() {
    let fake = FakeTelegram::start().await;
    let db = TestDb::sqlite();
    let bot = start_bot_with(&fake, &db, Limits::default(), 3).await;
    let chat = 1301;
    fake.push(updates::command(chat, "/start", "en"));
    for _ in 0..6 {
        fake.push(updates::text(chat, "hello?", "en"));
    }
    fake.push(updates::command(chat, "/exit", "en"));
    fake.wait_for_calls("deleteMessages", 1, WAIT).await;
    let exit_done = text("en", "exit-done");
    eventually("the neutral line", || {
        fake.sent_texts(chat).contains(&exit_done).then_some(())
    })
    .await;
    bot.shut_down().await;
}

#[tokio::test]
async fn replies_are_silent_and_old_screens_are_not_edited() {
    let fake = FakeTelegram::start().await;
    let db = TestDb::sqlite();
    let bot = start_bot(&fake, &db).await;
    let chat = 1401;
    fake.push(updates::command(chat, "/start", "en"));
    wait_texts(&fake, chat, 1).await;
    let first = fake.sent_messages(chat).pop().unwrap();
    assert_eq!(
        first.params["disable_notification"], true,
        "no sound, no lock-screen preview"
    );

    // A button on a screen from three days ago: quick exit could not delete an edit of it,
    // so the answer comes as a new message.
    let mut press = updates::callback_query(chat, 1, "g:rights", "en");
    press["callback_query"]["message"]["date"] = (carenet::clock::now() - 3 * 86_400).into();
    fake.push(press);
    wait_texts(&fake, chat, 2).await;
    assert!(
        fake.calls_to("editMessageText").is_empty(),
        "an old message is never edited"
    );
    bot.shut_down().await;
}

#[tokio::test]
async fn a_slow_chat_does_not_hold_up_the_others() {
    let fake = FakeTelegram::start().await;
    let db = TestDb::sqlite();
    let bot = start_bot(&fake, &db).await;
    // Every reply to chat 1501 takes two seconds (a slow network, a rate-limit wait…).
    fake.inject(
        Fault::delay(Duration::from_secs(2))
            .method("sendMessage")
            .chat(1501)
            .always(),
    );
    fake.push(updates::command(1501, "/start", "en"));
    tokio::time::sleep(Duration::from_millis(100)).await;
    let pushed = tokio::time::Instant::now();
    fake.push(updates::command(1502, "/start", "en"));
    wait_texts(&fake, 1502, 1).await;
    assert!(
        pushed.elapsed() < Duration::from_secs(1),
        "the other chat waited {:?}",
        pushed.elapsed()
    );
    wait_texts(&fake, 1501, 1).await;
    bot.shut_down().await;
}

#[tokio::test]
async fn edits_in_place_keep_to_the_per_chat_limit() {
    let fake = FakeTelegram::start().await;
    let db = TestDb::sqlite();
    // Five calls a second in one chat, one at a time: edits 200 ms apart at least.
    let limits = Limits {
        per_chat_burst: NonZeroU32::new(1).unwrap(),
        per_chat_per_second: NonZeroU32::new(5).unwrap(),
        ..Limits::default()
    };
    let bot = start_bot_with(&fake, &db, limits, 20).await;
    let chat = 1601;
    fake.push(updates::command(chat, "/start", "en"));
    wait_texts(&fake, chat, 1).await;
    let (screen, _) = last_sent(&fake, chat);
    // Four presses on the same screen at once: each answer edits it in place.
    for payload in ["a:consent", "g:rights", "a:back", "g:rights"] {
        fake.push(updates::callback_query(chat, screen, payload, "en"));
    }
    let edits = wait_edits(&fake, chat, 4).await;
    for pair in edits.windows(2) {
        let gap = pair[1].at - pair[0].at;
        assert!(
            gap >= Duration::from_millis(150),
            "two edits {gap:?} apart in one chat"
        );
    }
    bot.shut_down().await;
}

#[tokio::test]
async fn a_location_finds_services_and_a_map_button_sends_a_venue() {
    let fake = FakeTelegram::start().await;
    let db = TestDb::sqlite();
    let store = db.store().await;
    let data = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("directory");
    carenet::directory::load_shipped(&store, &data, carenet::clock::now())
        .await
        .unwrap();
    let live = carenet::directory::LiveDirectory::load(&store)
        .await
        .unwrap();
    let engine = Engine::new(content(), Features::default()).with_directory(Arc::new(live));
    let tg = telegram_with(&fake, engine, &store, Limits::default(), 20);
    let bot = start_polling(tg, store);
    let chat = 1701;
    fake.push(updates::command(chat, "/start", "en"));
    wait_texts(&fake, chat, 1).await;
    let (screen, _) = last_sent(&fake, chat);
    fake.push(updates::callback_query(chat, screen, "a:consent", "en"));
    wait_edits(&fake, chat, 1).await;
    fake.push(updates::location(chat, 45.157, 10.792));
    let texts = wait_texts(&fake, chat, 2).await;
    let results = texts.last().unwrap();
    assert!(
        results.contains("Mantova") && results.contains(" km"),
        "{results}"
    );
    let (message, keyboard) = last_sent(&fake, chat);
    let map = keyboard
        .iter()
        .flatten()
        .find(|(_, payload)| payload.starts_with("v:"))
        .map(|(_, payload)| payload.clone())
        .expect("a map button");
    fake.push(updates::callback_query(chat, message, &map, "en"));
    let venue = eventually("a venue", || fake.calls_to("sendVenue").pop()).await;
    assert_eq!(venue.chat_id(), Some(chat));
    let latitude = venue.params["latitude"].as_f64().unwrap();
    assert!((latitude - 45.157).abs() < 0.05, "{latitude}");
    assert!(venue.str("title").is_some_and(|t| !t.is_empty()));
    bot.shut_down().await;
}

#[tokio::test]
async fn a_hundred_updates_behind_a_slow_chat_do_not_silence_the_others() {
    let fake = FakeTelegram::start().await;
    let db = TestDb::sqlite();
    // No flood notice: every one of her messages waits for its reply.
    let bot = start_bot_with(&fake, &db, Limits::default(), 1_000).await;
    // Every reply to chat 1801 takes two seconds.
    fake.inject(
        Fault::delay(Duration::from_secs(2))
            .method("sendMessage")
            .chat(1801)
            .always(),
    );
    for _ in 0..120 {
        fake.push(updates::text(1801, "hello", "en"));
    }
    tokio::time::sleep(Duration::from_millis(300)).await;
    let pushed = tokio::time::Instant::now();
    fake.push(updates::command(1802, "/start", "en"));
    wait_texts(&fake, 1802, 1).await;
    assert!(
        pushed.elapsed() < Duration::from_secs(2),
        "the other chat waited {:?}",
        pushed.elapsed()
    );
    // A graceful stop would finish her 120 replies at one a second: stop at once.
    bot.tasks.abort().await;
    bot.store.close().await;
}
