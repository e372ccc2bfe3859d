//! Awareness sessions in the bot, against the fake Bot API: she finds the sessions of her
//! region, asks for a reminder, subscribes (consent, topics, region, silent) and stops;
//! an organiser writes, previews and sends a broadcast with `/broadcast` and watches its
//! progress; anyone else who types the organisers' commands gets the ordinary answers.

mod common;
#[path = "support/fake_telegram.rs"]
mod fake_telegram;

use std::collections::BTreeMap;
use std::sync::Arc;
use std::time::Duration;

use carenet::broadcast::sessions::parse_session;
use carenet::broadcast::sessions::{NewSession, Session};
use carenet::broadcast::worker::WorkerSettings;
use carenet::broadcast::{NewBroadcast, Topic, Topics};
use carenet::clock;
use carenet::engine::Features;
use carenet::staff::{Role, StaffMember};
use carenet::store::{Reminder, Store, Subscription};
use common::bot::{Tasks, fast_limits, telegram};
use common::{TestDb, WAIT, eventually, eventually_for, key, subscribe};
use fake_telegram::{FakeTelegram, updates};

/// The bot as `carenet run` starts it (polling and the broadcast sender).
struct Bot {
    store: Store,
    tasks: Tasks,
}

async fn start(fake: &FakeTelegram, db: &TestDb) -> Bot {
    start_with_flood(fake, db, 1000).await
}

/// [`start`], with the flood guard at `per_minute` updates a minute.
async fn start_with_flood(fake: &FakeTelegram, db: &TestDb, per_minute: u32) -> Bot {
    let store = db.store().await;
    let features = Features {
        subscriptions: true,
        ..Features::default()
    };
    let tg = Arc::new(telegram(
        fake.bot(),
        &store,
        features,
        fast_limits(),
        per_minute,
    ));
    let mut tasks = Tasks::default();
    tasks.poll(tg.clone());
    let settings = WorkerSettings {
        rate: 1000,
        idle_poll: Duration::from_millis(50),
        progress_every: Duration::from_millis(200),
        ..WorkerSettings::default()
    };
    tasks.send_broadcasts(&store, tg, settings);
    Bot { store, tasks }
}

/// The fake Bot API, and the bot on a new SQLite database (keep it until the end).
async fn running() -> (FakeTelegram, TestDb, Bot) {
    let fake = FakeTelegram::start().await;
    let db = TestDb::sqlite();
    let bot = start(&fake, &db).await;
    (fake, db, bot)
}

impl Bot {
    async fn shut_down(self) {
        self.tasks.shut_down().await;
        self.store.close().await;
    }
}

/// What is on her screen: the last message sent or edited in `chat`.
#[derive(Debug, Clone)]
struct Screen {
    message: i64,
    text: String,
    buttons: Vec<Vec<(String, String)>>,
}

impl Screen {
    fn payload(&self, prefix: &str) -> String {
        self.buttons
            .iter()
            .flatten()
            .map(|(_, p)| p.clone())
            .find(|p| p.starts_with(prefix))
            .unwrap_or_else(|| panic!("no {prefix} button in {:?}", self.buttons))
    }
}

fn screens(fake: &FakeTelegram, chat: i64) -> Vec<Screen> {
    fake.calls()
        .into_iter()
        // An edit to what is already there changes nothing, yet it is the answer.
        .filter(|c| c.ok() || c.response.to_string().contains("message is not modified"))
        .filter(|c| c.chat_id() == Some(chat))
        .filter(|c| c.is("sendMessage") || c.is("editMessageText"))
        .map(|c| Screen {
            message: c.response["message_id"]
                .as_i64()
                .or_else(|| c.i64("message_id"))
                .unwrap_or(0),
            text: c.text().unwrap_or_default().to_string(),
            buttons: c.inline_keyboard().unwrap_or_default(),
        })
        .collect()
}

/// Pushes an update and waits for the screen it brings: the last one, once no other has
/// come for 150 ms (an answer can be several messages, or a message and an edit).
async fn after(fake: &FakeTelegram, chat: i64, update: serde_json::Value) -> Screen {
    let before = screens(fake, chat).len();
    fake.push(update);
    let deadline = tokio::time::Instant::now() + WAIT;
    let mut seen = before;
    let mut quiet = 0;
    loop {
        let count = screens(fake, chat).len();
        if count > before && count == seen {
            quiet += 1;
            if quiet == 3 {
                return screens(fake, chat).pop().unwrap();
            }
        } else {
            quiet = 0;
        }
        seen = count;
        assert!(tokio::time::Instant::now() < deadline, "no answer");
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
}

/// A send that fails after its broadcast was queued (here: the draft cannot be deleted)
/// still shows the organiser the queued broadcast with its Cancel button, then what did
/// not work; the progress message is recorded, so it is edited as the broadcast goes.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_send_that_fails_after_queueing_still_shows_the_broadcast_and_its_cancel_button() {
    let (fake, db, bot) = running().await;
    let organiser = 778;
    let send = drafted_send_button(&fake, &bot.store, organiser, "en: Hello").await;
    // Only the draft's deletion fails, as a database error would.
    let raw = sqlx::SqlitePool::connect(&db.url).await.unwrap();
    sqlx::query(
        "CREATE TRIGGER no_draft_deletion BEFORE DELETE ON broadcast_drafts \
         BEGIN SELECT RAISE(ABORT, 'the disk is full'); END",
    )
    .execute(&raw)
    .await
    .unwrap();
    let before = screens(&fake, organiser).len();
    fake.push(updates::callback_query(organiser, 1, &send, "en"));
    let answer = eventually("the answer to Send", || {
        let all = screens(&fake, organiser);
        (all.len() >= before + 2).then(|| all[before..].to_vec())
    })
    .await;
    assert!(answer[0].text.starts_with("Broadcast #"), "{answer:?}");
    assert!(answer[0].text.contains("queued"), "{answer:?}");
    assert!(answer[0].payload("o:cancel:").starts_with("o:cancel:"));
    assert!(
        answer[1].text.starts_with("That did not work"),
        "{answer:?}"
    );
    // Recorded before the failure was told.
    let queued = bot.store.recent_broadcasts(1).await.unwrap();
    assert_eq!(queued.len(), 1);
    assert_eq!(
        queued[0].progress,
        Some((organiser, answer[0].message)),
        "the progress message is recorded"
    );
    raw.close().await;
    bot.shut_down().await;
}

/// Her presses on the sessions screens count once against the flood guard: 12 presses
/// within a minute, under a limit of 20, are all answered (counted twice, the later ones
/// got no answer at all).
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn sessions_screens_count_each_press_once_against_the_flood_guard() {
    let fake = FakeTelegram::start().await;
    let db = TestDb::sqlite();
    let bot = start_with_flood(&fake, &db, 20).await;
    let chat = 820;
    let menu = on_the_menu(&fake, chat).await;
    let mut screen = menu;
    for _ in 0..12 {
        screen = press(&fake, chat, &screen, "u:home").await;
        assert!(
            screen.text.contains(&text("sessions-ask")),
            "every press answered: {}",
            screen.text
        );
    }
    let answered = fake.calls_to("answerCallbackQuery").len();
    assert_eq!(answered, 13, "every button press answered once");
    bot.shut_down().await;
}

/// Presses the button of `screen` whose payload starts with `prefix`.
async fn choose(fake: &FakeTelegram, chat: i64, screen: &Screen, prefix: &str) -> Screen {
    press(fake, chat, screen, &screen.payload(prefix)).await
}

/// `chat` types `text`: the screen it brings.
async fn says(fake: &FakeTelegram, chat: i64, text: &str) -> Screen {
    after(fake, chat, updates::text(chat, text, "en")).await
}

async fn press(fake: &FakeTelegram, chat: i64, screen: &Screen, payload: &str) -> Screen {
    after(
        fake,
        chat,
        updates::callback_query(chat, screen.message, payload, "en"),
    )
    .await
}

fn text(id: &str) -> String {
    common::text("en", id)
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn she_sees_sessions_asks_a_reminder_subscribes_silently_and_stops() {
    let (fake, _db, bot) = running().await;
    let session = session_at("2031-03-08 17:30");
    let id = bot.store.add_session(&session, clock::now()).await.unwrap();
    let chat = 601;
    let welcome = after(&fake, chat, updates::command(chat, "/start", "en")).await;
    let menu = press(&fake, chat, &welcome, "a:consent").await;
    let sessions = press(&fake, chat, &menu, "g:sessions").await;
    assert!(
        sessions.text.contains("Awareness sessions"),
        "{}",
        sessions.text
    );
    let home = press(&fake, chat, &sessions, "a:subscribe").await;
    // Her region is not known yet: every region's sessions in her language.
    assert!(home.text.contains("Your rights at work"), "{}", home.text);
    assert!(home.text.contains("2031-03-08 17:30"), "{}", home.text);
    let reminded = press(&fake, chat, &home, &format!("u:r:{id}")).await;
    assert_eq!(reminded.text, text("sessions-reminder-set"));
    let reminders = bot.store.recent_broadcasts(5).await.unwrap();
    assert_eq!(reminders[0].kind, "reminder");
    assert_eq!(reminders[0].counts.pending, 1);
    assert_eq!(reminders[0].scheduled_at, session.starts_at - 86_400);

    let home = press(&fake, chat, &reminded, "u:home").await;
    let consent = choose(&fake, chat, &home, "u:c").await;
    assert_eq!(consent.text, text("sessions-consent"));
    let topics = choose(&fake, chat, &consent, "u:y:").await;
    let rights = Topics(0).toggle(Topic::Rights);
    let topics = choose(&fake, chat, &topics, &format!("u:t:{}:", rights.0)).await;
    let health = rights.toggle(Topic::Health);
    let topics = choose(&fake, chat, &topics, &format!("u:t:{}:", health.0)).await;
    let region = choose(&fake, chat, &topics, "u:g:").await;
    assert_eq!(region.text, text("sessions-region"));
    let silent = choose(&fake, chat, &region, &format!("u:s:{}:es:", health.0)).await;
    let done = choose(&fake, chat, &silent, &format!("u:f:{}:es:1:", health.0)).await;
    assert!(
        done.text.starts_with(&text("sessions-done")),
        "{}",
        done.text
    );
    let subscription = bot.store.subscription(key(chat)).await.unwrap().unwrap();
    assert_eq!(subscription.topics, health);
    assert_eq!(subscription.region, "es");
    assert!(subscription.silent);
    assert!(
        clock::now() - subscription.consent_at < 60,
        "consent time kept"
    );
    // Her region now decides: the Italian session is not listed any more.
    let home = press(&fake, chat, &done, "u:home").await;
    assert!(!home.text.contains("Your rights at work"), "{}", home.text);
    assert!(home.text.contains(&text("sessions-subscribed")));

    let stopped = says(&fake, chat, "/stop").await;
    assert_eq!(stopped.text, text("stop-done"));
    assert!(bot.store.subscription(key(chat)).await.unwrap().is_none());
    bot.shut_down().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_organiser_writes_previews_and_sends_once_and_watches_it_go() {
    let (fake, _db, bot) = running().await;
    let organiser = 777;
    bot.store
        .put_staff(
            &StaffMember {
                user_id: organiser,
                role: Role::Organiser,
                languages: vec![],
            },
            clock::now(),
        )
        .await
        .unwrap();
    // Two women who subscribed through the bot: English in Italy, Italian in Spain.
    for (chat, language, region) in [(801, "en", "it"), (802, "it", "es")] {
        let welcome = after(&fake, chat, updates::command(chat, "/start", language)).await;
        let menu = press(&fake, chat, &welcome, "a:consent").await;
        subscribe_in_the_bot(&fake, chat, &menu, Topics(1), region).await;
    }
    assert_eq!(bot.store.subscriber_count().await.unwrap(), 2);

    // Someone who is not an organiser gets the ordinary answer and no draft.
    let stranger = says(&fake, 803, "/broadcast").await;
    assert!(
        !stranger.text.contains("New broadcast"),
        "{}",
        stranger.text
    );
    assert!(bot.store.broadcast_draft(803).await.unwrap().is_none());

    let help = says(&fake, organiser, "/broadcast").await;
    assert!(help.text.starts_with("New broadcast"), "{}", help.text);
    says(&fake, organiser, "en: Session on Monday").await;
    let kept = says(&fake, organiser, "it: Incontro lunedì").await;
    assert!(
        kept.text.contains("Languages so far: en, it"),
        "{}",
        kept.text
    );
    let before = screens(&fake, organiser).len();
    fake.push(updates::text(organiser, "/preview", "en"));
    let summary = eventually_for(Duration::from_secs(30), "the preview", || {
        let all = screens(&fake, organiser);
        (all.len() >= before + 3).then_some(all)
    })
    .await;
    let preview: Vec<&Screen> = summary[before..].iter().collect();
    assert!(
        preview
            .iter()
            .any(|s| s.text == "[en: fewer than 5 recipients]\n\nSession on Monday")
    );
    assert!(
        preview
            .iter()
            .any(|s| s.text == "[it: fewer than 5 recipients]\n\nIncontro lunedì")
    );
    let last = preview.last().unwrap();
    // One or two people in a language could be told apart: never a count below 5.
    assert!(
        last.text.contains("Total: fewer than 5 recipients"),
        "{}",
        last.text
    );
    let send = last.payload("o:send:");
    // A double tap.
    fake.push(updates::callback_query(
        organiser,
        last.message,
        &send,
        "en",
    ));
    fake.push(updates::callback_query(
        organiser,
        last.message,
        &send,
        "en",
    ));
    let deadline = tokio::time::Instant::now() + WAIT;
    while fake
        .sent_texts(801)
        .iter()
        .all(|t| t != "Session on Monday")
        || fake.sent_texts(802).iter().all(|t| t != "Incontro lunedì")
    {
        assert!(tokio::time::Instant::now() < deadline, "not delivered");
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    let list = bot.store.recent_broadcasts(10).await.unwrap();
    assert_eq!(list.len(), 1, "one broadcast for two taps");
    // The progress message ends with the summary.
    let deadline = tokio::time::Instant::now() + WAIT;
    loop {
        let last = screens(&fake, organiser);
        if last
            .iter()
            .any(|s| s.text.contains("done") && s.text.contains("sent 2 · failed 0"))
        {
            break;
        }
        assert!(
            tokio::time::Instant::now() < deadline,
            "no final summary: {last:?}"
        );
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    fake.push(updates::text(organiser, "/broadcasts", "en"));
    let deadline = tokio::time::Instant::now() + WAIT;
    while !screens(&fake, organiser).iter().any(|s| {
        s.text
            .starts_with("#1 announcement [en,it] done: 2 recipients, sent 2")
    }) {
        assert!(tokio::time::Instant::now() < deadline, "no list");
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    // No longer an organiser: the commands are ordinary text again, at once.
    bot.store.remove_staff(organiser).await.unwrap();
    let now_ordinary = says(&fake, organiser, "/broadcasts").await;
    assert!(!now_ordinary.text.starts_with('#'), "{}", now_ordinary.text);
    bot.shut_down().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_preview_counts_each_language_but_never_one_to_four_people() {
    let (fake, _db, bot) = running().await;
    let organiser = 778;
    // Six read English, two Italian, nobody Arabic.
    for (chat, language) in (901..907)
        .map(|c| (c, "en"))
        .chain([(907, "it"), (908, "it")])
    {
        subscribe(&bot.store, chat, language, "it", Topics::all()).await;
    }
    let texts = ["en: Monday", "it: Lunedì", "ar: الاثنين"];
    draft(&fake, &bot.store, organiser, &texts).await;
    let preview = preview(&fake, organiser, 3).await;
    let texts: Vec<&str> = preview.iter().map(|s| s.text.as_str()).collect();
    assert!(texts.contains(&"[en: 6 recipients]\n\nMonday"), "{texts:?}");
    assert!(
        texts.contains(&"[it: fewer than 5 recipients]\n\nLunedì"),
        "{texts:?}"
    );
    assert!(texts.contains(&"[ar: 0 recipients]\n\nالاثنين"), "{texts:?}");
    // Nor a total that would give it away (8 less 6): a range.
    assert!(
        texts[3].contains("Total: 7 to 10 recipients."),
        "{}",
        texts[3]
    );
    bot.shut_down().await;
}

/// Goes through her choices from any screen of hers: the consent text, yes, `topics`,
/// `region`, with sound. Returns the last screen.
async fn subscribe_in_the_bot(
    fake: &FakeTelegram,
    chat: i64,
    from: &Screen,
    topics: Topics,
    region: &str,
) -> Screen {
    let consent = press(fake, chat, from, "u:c").await;
    let mut screen = choose(fake, chat, &consent, "u:y:").await;
    let mut chosen = Topics(0);
    for topic in topics.iter() {
        chosen = chosen.toggle(topic);
        let payload = screen.payload(&format!("u:t:{}:", chosen.0));
        screen = press(fake, chat, &screen, &payload).await;
    }
    let region_screen = choose(fake, chat, &screen, "u:g:").await;
    let payload = region_screen.payload(&format!("u:s:{}:{region}:", topics.0));
    let silent = press(fake, chat, &region_screen, &payload).await;
    let payload = silent.payload(&format!("u:f:{}:{region}:0:", topics.0));
    let done = press(fake, chat, &silent, &payload).await;
    assert_eq!(done.payload("u:home"), "u:home", "saved: {}", done.text);
    done
}

/// She agreed to the bot's terms and is on its menu.
async fn on_the_menu(fake: &FakeTelegram, chat: i64) -> Screen {
    let welcome = after(fake, chat, updates::command(chat, "/start", "en")).await;
    press(fake, chat, &welcome, "a:consent").await
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_forged_or_borrowed_save_button_records_no_consent() {
    let (fake, _db, bot) = running().await;
    let (her, other) = (611, 612);
    let menu = on_the_menu(&fake, her).await;
    let now = clock::now();
    // Payloads typed by hand, never shown by the bot: Save in the form it had before
    // seals, then with a seal made up, the region step with a seal made up, and Save with
    // the seal of the consent text's Yes (shown to her, but not pressed).
    let consent = || async { press(&fake, her, &menu, "u:c").await.payload("u:y:") };
    for n in 0..4 {
        let forged = match n {
            0 => "u:f:1:it:0".to_string(),
            1 => format!("u:f:1:it:0:{now}:0123456789abcdef"),
            2 => format!("u:s:1:it:{now}:0123456789abcdef"),
            _ => format!(
                "u:f:1:it:0:{}",
                consent().await.strip_prefix("u:y:").unwrap()
            ),
        };
        let answer = press(&fake, her, &menu, &forged).await;
        assert!(
            bot.store.subscription(key(her)).await.unwrap().is_none(),
            "{forged} subscribed her"
        );
        // Calmly, the consent text again, to agree to or not.
        assert_eq!(answer.text, text("sessions-consent"), "{forged}");
    }
    // A real Save button of hers, pressed in another woman's chat: not hers to use.
    let done = subscribe_in_the_bot(&fake, her, &menu, Topics(1), "it").await;
    let save = screens(&fake, her)
        .iter()
        .rev()
        .find_map(|s| {
            s.buttons
                .iter()
                .flatten()
                .find(|(_, p)| p.starts_with("u:f:1:it:0:"))
                .map(|(_, p)| p.clone())
        })
        .expect("her Save button");
    assert!(!done.text.is_empty());
    let other_menu = on_the_menu(&fake, other).await;
    let answer = press(&fake, other, &other_menu, &save).await;
    assert_eq!(answer.text, text("sessions-consent"));
    assert!(bot.store.subscription(key(other)).await.unwrap().is_none());
    assert!(bot.store.subscription(key(her)).await.unwrap().is_some());
    assert_eq!(bot.store.subscriber_count().await.unwrap(), 1);
    bot.shut_down().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn saying_yes_again_keeps_the_new_consent_time() {
    let (fake, _db, bot) = running().await;
    let chat = 621;
    let menu = on_the_menu(&fake, chat).await;
    // She subscribed a month ago.
    let month_ago = clock::now() - 30 * 86_400;
    let old = Subscription {
        topics: Topics(1),
        region: "it".into(),
        silent: false,
        consent_at: month_ago,
    };
    assert!(bot.store.subscribe(key(chat), &old).await.unwrap());
    // Now she changes her choices, agreeing again on the way.
    let before = clock::now();
    subscribe_in_the_bot(&fake, chat, &menu, Topics(2), "gr").await;
    let now = bot.store.subscription(key(chat)).await.unwrap().unwrap();
    assert_eq!((now.topics, now.region.as_str()), (Topics(2), "gr"));
    assert!(
        now.consent_at >= before && now.consent_at <= clock::now(),
        "consent_at {} is not the time of her new yes (from {before})",
        now.consent_at
    );
    bot.shut_down().await;
}

#[tokio::test]
async fn a_changed_subscription_keeps_the_time_of_the_new_consent_on_both_databases() {
    for db in TestDb::each("a_changed_subscription_keeps_the_new_consent_time").await {
        let store = db.store().await;
        subscribe(&store, 1, "en", "it", Topics::all()).await;
        let again = Subscription {
            topics: Topics(4),
            region: "es".into(),
            silent: true,
            consent_at: 2_000_000_000,
        };
        assert!(store.subscribe(key(1), &again).await.unwrap());
        assert_eq!(
            store.subscription(key(1)).await.unwrap(),
            Some(again),
            "{}",
            db.backend
        );
        store.close().await;
        db.drop_schema().await;
    }
}

/// A session in Italy, in English and Italian, as organisers write it.
const SESSION_FILE: &str = r#"
starts = "2031-03-08 17:30"
timezone = "Europe/Rome"
place = "Casa delle Donne, Via Roma 1, Milano"
languages = ["en", "it"]
topic = "rights"
region = "it"
[texts.en]
title = "Your rights at work"
description = "A free meeting with a lawyer."
[texts.it]
title = "I tuoi diritti al lavoro"
"#;

/// The session of `SESSION_FILE`, starting at `starts` instead (local time in Rome).
fn session_at(starts: &str) -> NewSession {
    parse_session(&SESSION_FILE.replace("2031-03-08 17:30", starts)).unwrap()
}

/// Contacts `chats` (English, on the menu) and a session: the session as stored, and
/// when its reminders are due (Unix milliseconds).
async fn a_session_and_contacts(
    store: &Store,
    chats: std::ops::RangeInclusive<i64>,
    now: i64,
) -> (Session, i64) {
    for chat in chats {
        store
            .save_conversation(key(chat), &common::in_language("en"), now)
            .await
            .unwrap();
    }
    let id = store
        .add_session(&session_at("2031-03-08 17:30"), now)
        .await
        .unwrap();
    let session = store.session(id).await.unwrap().unwrap();
    let due = (session.starts_at - 86_400) * 1000;
    (session, due)
}

fn reminder_texts() -> BTreeMap<String, String> {
    BTreeMap::from([("en".to_string(), "Tomorrow".to_string())])
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn ten_first_reminder_requests_at_once_make_one_reminder_broadcast_on_both_databases() {
    for db in TestDb::each("ten_first_reminder_requests_at_once").await {
        let store = db.store().await;
        let now = clock::now();
        let (session, due) = a_session_and_contacts(&store, 1..=10, now).await;
        let requests: Vec<_> = (1..=10)
            .map(|chat| {
                let (store, session) = (store.clone(), session.clone());
                tokio::spawn(async move {
                    store
                        .ask_reminder(&session, key(chat), &reminder_texts(), due, now)
                        .await
                })
            })
            .collect();
        for request in requests {
            let answer = request.await.expect("no panic");
            assert_eq!(answer.unwrap(), Reminder::Set, "{}", db.backend);
        }
        let broadcasts = store.recent_broadcasts(20).await.unwrap();
        assert_eq!(broadcasts.len(), 1, "{}: {broadcasts:?}", db.backend);
        assert_eq!(broadcasts[0].kind, "reminder");
        assert_eq!(broadcasts[0].counts.pending, 10, "{}", db.backend);
        assert_eq!(
            store
                .broadcast_text(broadcasts[0].id, "en")
                .await
                .unwrap()
                .as_deref(),
            Some("Tomorrow")
        );
        store.close().await;
        db.drop_schema().await;
    }
}

#[tokio::test]
async fn a_reminder_is_silent_unless_she_chose_sound_on_both_databases() {
    for db in TestDb::each("a_reminder_is_silent_unless_she_chose_sound").await {
        let store = db.store().await;
        let now = clock::now();
        let (session, due) = a_session_and_contacts(&store, 1..=3, now).await;
        // 1 never chose (no subscription); 2 chose sound for invitations; 3 chose silent.
        for (chat, silent) in [(2, false), (3, true)] {
            let subscription = Subscription {
                topics: Topics(1),
                region: "it".into(),
                silent,
                consent_at: now,
            };
            assert!(store.subscribe(key(chat), &subscription).await.unwrap());
        }
        for chat in 1..=3 {
            let asked = store
                .ask_reminder(&session, key(chat), &reminder_texts(), due, now)
                .await;
            assert_eq!(asked.unwrap(), Reminder::Set, "{}", db.backend);
        }
        let lock = store
            .take_sender_lock("silent-reminders-test", "a", due, Duration::from_secs(5))
            .await
            .unwrap()
            .expect("nobody else sends");
        let mut claimed = store.claim_deliveries(&lock, due, 10).await.unwrap();
        claimed.sort_by_key(|c| c.chat_id);
        let silent: Vec<(i64, bool)> = claimed.iter().map(|c| (c.chat_id, c.silent)).collect();
        assert_eq!(
            silent,
            vec![(1, true), (2, false), (3, true)],
            "{}: silent unless she chose sound",
            db.backend
        );
        store.close().await;
        db.drop_schema().await;
    }
}

#[tokio::test]
async fn cancelled_reminders_of_a_session_stay_off_on_both_databases() {
    for db in TestDb::each("cancelled_reminders_of_a_session_stay_off").await {
        let store = db.store().await;
        let now = clock::now();
        let (session, due) = a_session_and_contacts(&store, 1..=2, now).await;
        let texts = reminder_texts();
        let ask = |chat| store.ask_reminder(&session, key(chat), &texts, due, now);
        assert_eq!(ask(1).await.unwrap(), Reminder::Set);
        let reminders = store.recent_broadcasts(1).await.unwrap()[0].id;
        assert!(store.cancel_broadcast(reminders, now).await.unwrap());
        // A second woman, and the first again: reminders are off, and stay cancelled.
        assert_eq!(ask(2).await.unwrap(), Reminder::Off, "{}", db.backend);
        assert_eq!(ask(1).await.unwrap(), Reminder::Off, "{}", db.backend);
        let status = store.broadcast_status(reminders).await.unwrap().unwrap();
        assert_eq!(status.state, "cancelled", "{}", db.backend);
        assert_eq!((status.counts.pending, status.counts.cancelled), (0, 1));
        store.close().await;
        db.drop_schema().await;
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn she_is_told_when_an_organiser_turned_a_sessions_reminders_off() {
    let (fake, _db, bot) = running().await;
    let id = bot
        .store
        .add_session(&session_at("2031-03-08 17:30"), clock::now())
        .await
        .unwrap();
    let (first, second) = (631, 632);
    let home = press(&fake, first, &on_the_menu(&fake, first).await, "u:home").await;
    let set = press(&fake, first, &home, &format!("u:r:{id}")).await;
    assert_eq!(set.text, text("sessions-reminder-set"));
    let reminders = bot.store.recent_broadcasts(1).await.unwrap()[0].id;
    assert!(
        bot.store
            .cancel_broadcast(reminders, clock::now())
            .await
            .unwrap()
    );
    let home = press(&fake, second, &on_the_menu(&fake, second).await, "u:home").await;
    let off = press(&fake, second, &home, &format!("u:r:{id}")).await;
    assert_eq!(off.text, text("sessions-reminder-off"));
    let status = bot
        .store
        .broadcast_status(reminders)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(
        (status.state.as_str(), status.counts.total()),
        ("cancelled", 1)
    );
    bot.shut_down().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_older_previews_send_button_sends_nothing_and_the_current_one_sends_what_it_shows() {
    let (fake, _db, bot) = running().await;
    let organiser = 779;
    subscribe(&bot.store, 910, "en", "it", Topics::all()).await;
    draft(&fake, &bot.store, organiser, &["en: First words"]).await;
    let old = preview(&fake, organiser, 1).await.pop().unwrap();
    // She corrects the text after that preview.
    says(&fake, organiser, "en: Second words").await;
    let new = preview(&fake, organiser, 1).await.pop().unwrap();
    let (old_send, new_send) = (old.payload("o:send:"), new.payload("o:send:"));

    // The old button: nothing is created, and the draft as it is now is shown again.
    let before = screens(&fake, organiser).len();
    fake.push(updates::callback_query(
        organiser,
        old.message,
        &old_send,
        "en",
    ));
    let again = eventually("the current preview again", || {
        let all = screens(&fake, organiser);
        (all.len() >= before + 3).then(|| all[before..].to_vec())
    })
    .await;
    assert!(again[0].text.contains("out of date"), "{}", again[0].text);
    assert!(again[1].text.ends_with("Second words"), "{}", again[1].text);
    assert_eq!(again[2].payload("o:send:"), new_send);
    assert_ne!(old_send, new_send);
    assert!(bot.store.recent_broadcasts(5).await.unwrap().is_empty());
    assert!(
        bot.store
            .broadcast_draft(organiser)
            .await
            .unwrap()
            .is_some()
    );

    // The current one sends what it showed.
    fake.push(updates::callback_query(
        organiser,
        new.message,
        &new_send,
        "en",
    ));
    eventually("the broadcast delivered", || {
        fake.sent_texts(910)
            .iter()
            .any(|t| t == "Second words")
            .then_some(())
    })
    .await;
    assert_eq!(bot.store.recent_broadcasts(5).await.unwrap().len(), 1);
    assert!(!fake.sent_texts(910).iter().any(|t| t == "First words"));
    bot.shut_down().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn someone_who_is_not_an_organiser_can_neither_type_nor_forge_the_organisers_commands() {
    let (fake, _db, bot) = running().await;
    let organiser = 780;
    subscribe(&bot.store, 911, "en", "it", Topics::all()).await;
    // What there is to touch: a draft of the organiser's, a scheduled broadcast, a session.
    let send = drafted_send_button(&fake, &bot.store, organiser, "en: Hello").await;
    let later = NewBroadcast {
        idempotency_key: None,
        texts: BTreeMap::from([("en".into(), "Later".into())]),
        fallback: None,
        audience: Default::default(),
        scheduled_at: clock::now() + 3600,
        created_by: Some(organiser),
        progress: None,
    };
    let scheduled = bot
        .store
        .create_broadcast(&later, clock::now())
        .await
        .unwrap();
    let session = bot
        .store
        .add_session(&parse_session(SESSION_FILE).unwrap(), clock::now())
        .await
        .unwrap();
    let draft = bot.store.broadcast_draft(organiser).await.unwrap();

    // A woman on the menu, then someone who never started: typed and forged.
    for stranger in [912, 913] {
        if stranger == 912 {
            on_the_menu(&fake, stranger).await;
        }
        for command in [
            "/broadcast".to_string(),
            "en: Hello everyone".into(),
            "/broadcasts".into(),
            format!("/broadcast cancel {}", scheduled.id),
            format!("/session\n{SESSION_FILE}"),
            "/session".into(),
            format!("/session remove {session}"),
            format!("/session announce {session}"),
            "/preview".into(),
        ] {
            fake.push(updates::text(stranger, &command, "en"));
        }
        for payload in [
            send.clone(),
            format!("o:cancel:{}", scheduled.id),
            format!("o:announce:{session}"),
            "o:discard".into(),
            "o:preview".into(),
        ] {
            fake.push(updates::callback_query(stranger, 1, &payload, "en"));
        }
        // Her updates are handled in order: once this is answered, all of them are.
        let menu = text("menu");
        let answered = |fake: &FakeTelegram| {
            fake.sent_texts(stranger)
                .iter()
                .filter(|t| t.contains(&menu))
                .count()
        };
        let before = answered(&fake);
        fake.push(updates::text(stranger, "/menu", "en"));
        eventually("her /menu answered", || {
            (answered(&fake) > before).then_some(())
        })
        .await;
        for reply in fake.sent_texts(stranger) {
            for staff in [
                "New broadcast",
                "Broadcast #",
                "#1 ",
                "Session",
                "Draft",
                "Audience",
            ] {
                assert!(!reply.contains(staff), "{stranger} got {reply:?}");
            }
        }
        assert!(bot.store.broadcast_draft(stranger).await.unwrap().is_none());
    }
    // Nothing was created, cancelled, removed, announced or sent.
    let broadcasts = bot.store.recent_broadcasts(10).await.unwrap();
    assert_eq!(broadcasts.len(), 1, "{broadcasts:?}");
    assert_eq!(broadcasts[0].state, "active");
    assert_eq!(
        bot.store
            .upcoming_sessions(clock::now(), None, None, 10)
            .await
            .unwrap()
            .len(),
        1
    );
    assert_eq!(bot.store.broadcast_draft(organiser).await.unwrap(), draft);
    assert!(fake.sent_texts(911).is_empty(), "no one was sent anything");
    bot.shut_down().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_organiser_adds_a_session_in_the_bot_and_finds_it_in_her_list() {
    let (fake, _db, bot) = running().await;
    let organiser = 781;
    make_organiser(&bot.store, organiser).await;
    let added = says(&fake, organiser, &format!("/session\n{SESSION_FILE}")).await;
    assert!(
        added
            .text
            .starts_with("Session added:\n#1 2031-03-08 17:30 (Europe/Rome)"),
        "{}",
        added.text
    );
    assert_eq!(added.payload("o:announce:"), "o:announce:1");
    let sessions = bot
        .store
        .upcoming_sessions(clock::now(), None, None, 10)
        .await
        .unwrap();
    assert_eq!(sessions.len(), 1);
    assert_eq!(sessions[0].place, "Casa delle Donne, Via Roma 1, Milano");
    assert_eq!(sessions[0].texts["en"].0, "Your rights at work");
    let list = says(&fake, organiser, "/session").await;
    assert!(
        list.text
            .starts_with("#1 2031-03-08 17:30 (Europe/Rome) · it · Your rights at work"),
        "{}",
        list.text
    );
    // A mistake in the file is said, and adds nothing.
    let wrong = after(
        &fake,
        organiser,
        updates::text(organiser, "/session\nstarts = \"tomorrow\"", "en"),
    )
    .await;
    assert!(
        wrong.text.starts_with("That did not work"),
        "{}",
        wrong.text
    );
    assert_eq!(
        bot.store
            .upcoming_sessions(clock::now(), None, None, 10)
            .await
            .unwrap()
            .len(),
        1
    );
    bot.shut_down().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_reminder_goes_out_through_the_queue_the_day_before() {
    let (fake, _db, bot) = running().await;
    // The session starts a day and five seconds from now: her reminder is due in five
    // seconds (a day is the store's and the sender's time, not the test's), time enough
    // for her presses on a slow machine. When it is due, counted now, before them.
    let starts_at = clock::now() + 86_400 + 5;
    let due = std::time::Instant::now()
        + Duration::from_millis(
            ((starts_at - 86_400) * 1000 - carenet::clock::now_ms()).max(0) as u64,
        );
    let mut session = parse_session(SESSION_FILE).unwrap();
    session.starts_at = starts_at;
    let id = bot.store.add_session(&session, clock::now()).await.unwrap();
    let chat = 641;
    let home = press(&fake, chat, &on_the_menu(&fake, chat).await, "u:home").await;
    let set = press(&fake, chat, &home, &format!("u:r:{id}")).await;
    assert_eq!(set.text, text("sessions-reminder-set"));
    let reminder = text("sessions-reminder");
    let sent = eventually_for(Duration::from_secs(10), "the reminder", || {
        fake.sent_messages(chat)
            .into_iter()
            .find(|c| c.text().is_some_and(|t| t.starts_with(&reminder)))
    })
    .await;
    assert!(
        sent.at + Duration::from_millis(20) >= due,
        "sent before it was due"
    );
    let text = sent.text().unwrap();
    assert!(text.contains("Your rights at work"), "{text}");
    assert!(text.contains("Casa delle Donne"), "{text}");
    // Recorded as sent, and the reminder broadcast done.
    let deadline = tokio::time::Instant::now() + WAIT;
    loop {
        let status = bot.store.recent_broadcasts(1).await.unwrap().remove(0);
        assert_eq!(status.kind, "reminder");
        if status.state == "done" {
            assert_eq!(status.counts.sent, 1);
            break;
        }
        assert!(tokio::time::Instant::now() < deadline, "{status:?}");
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    // Once: nothing more comes.
    tokio::time::sleep(Duration::from_millis(500)).await;
    let reminders = fake
        .sent_texts(chat)
        .iter()
        .filter(|t| t.starts_with(&reminder))
        .count();
    assert_eq!(reminders, 1);
    bot.shut_down().await;
}

/// `organiser`, made one, starts a broadcast and writes `texts` (`en: …`, one a message).
async fn draft(fake: &FakeTelegram, store: &Store, organiser: i64, texts: &[&str]) {
    make_organiser(store, organiser).await;
    says(fake, organiser, "/broadcast").await;
    for text in texts {
        says(fake, organiser, text).await;
    }
}

/// The Send button of a one-language draft of `organiser`'s, previewed.
async fn drafted_send_button(
    fake: &FakeTelegram,
    store: &Store,
    organiser: i64,
    text: &str,
) -> String {
    draft(fake, store, organiser, &[text]).await;
    preview(fake, organiser, 1)
        .await
        .pop()
        .unwrap()
        .payload("o:send:")
}

/// Makes `user` an organiser.
async fn make_organiser(store: &Store, user: i64) {
    let member = StaffMember {
        user_id: user,
        role: Role::Organiser,
        languages: vec![],
    };
    store.put_staff(&member, clock::now()).await.unwrap();
}

/// Sends `/preview` and waits for its `languages` texts and the summary with Send.
async fn preview(fake: &FakeTelegram, organiser: i64, languages: usize) -> Vec<Screen> {
    let before = screens(fake, organiser).len();
    fake.push(updates::text(organiser, "/preview", "en"));
    let deadline = tokio::time::Instant::now() + WAIT;
    loop {
        let all = screens(fake, organiser);
        if all.len() > before + languages {
            return all[before..].to_vec();
        }
        assert!(
            tokio::time::Instant::now() < deadline,
            "no preview: {all:?}"
        );
        tokio::time::sleep(Duration::from_millis(10)).await;
    }
}
