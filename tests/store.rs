//! The store, the same tests on SQLite and on PostgreSQL: saving and resuming a
//! conversation, consent time, forgetting, purging, and a restart that resumes her where
//! she was.

mod common;

use carenet::conversation::Conversations;
use carenet::engine::{Conversation, Engine, Features, Inbound, Outbound};
use carenet::store::{Channel, ContactKey, day_of};
use common::{TestDb, content};

const NOW: i64 = 1_795_000_000;

fn key(chat_id: i64) -> ContactKey {
    ContactKey {
        channel: Channel::Telegram,
        chat_id,
    }
}

fn sample() -> Conversation {
    Conversation {
        locale: Some("ar".into()),
        node: "rights_it".into(),
        history: vec!["rights".into(), "help".into()],
        region: Some("it".into()),
        consented: true,
    }
}

#[tokio::test]
async fn saves_and_loads_a_conversation() {
    for db in TestDb::each("saves_and_loads_a_conversation").await {
        let store = db.store().await;
        assert_eq!(store.load_conversation(key(7)).await.unwrap(), None);
        store
            .save_conversation(key(7), &sample(), NOW)
            .await
            .unwrap();
        let saved = store.load_conversation(key(7)).await.unwrap().unwrap();
        assert_eq!(saved.conversation, sample(), "{}", db.backend);
        assert_eq!(saved.last_seen_day, day_of(NOW));

        // The same chat id on another channel is another person.
        let console = ContactKey {
            channel: Channel::Console,
            chat_id: 7,
        };
        assert_eq!(store.load_conversation(console).await.unwrap(), None);

        let mut changed = sample();
        changed.node = "menu".into();
        changed.history.clear();
        changed.region = None;
        store
            .save_conversation(key(7), &changed, NOW + 5)
            .await
            .unwrap();
        let saved = store.load_conversation(key(7)).await.unwrap().unwrap();
        assert_eq!(saved.conversation, changed, "{}", db.backend);
        assert_eq!(store.contact_count().await.unwrap(), 1);
        store.close().await;
        db.drop_schema().await;
    }
}

#[tokio::test]
async fn forget_erases_the_contact_and_her_conversation() {
    for db in TestDb::each("forget_erases_the_contact_and_her_conversation").await {
        let store = db.store().await;
        store
            .save_conversation(key(1), &sample(), NOW)
            .await
            .unwrap();
        store
            .save_conversation(key(2), &sample(), NOW)
            .await
            .unwrap();
        assert!(store.forget(key(1)).await.unwrap());
        assert!(
            !store.forget(key(1)).await.unwrap(),
            "nothing left to forget"
        );
        assert_eq!(store.load_conversation(key(1)).await.unwrap(), None);
        assert!(store.load_conversation(key(2)).await.unwrap().is_some());
        assert_eq!(store.contact_count().await.unwrap(), 1, "{}", db.backend);
        store.close().await;
        db.drop_schema().await;
    }
}

#[tokio::test]
async fn purges_contacts_not_seen_for_a_while() {
    for db in TestDb::each("purges_contacts_not_seen_for_a_while").await {
        let store = db.store().await;
        let month = 30 * 86_400;
        store
            .save_conversation(key(1), &sample(), NOW - 3 * month)
            .await
            .unwrap();
        store
            .save_conversation(key(2), &sample(), NOW)
            .await
            .unwrap();
        assert_eq!(store.purge_inactive(NOW - month).await.unwrap(), 1);
        assert_eq!(store.load_conversation(key(1)).await.unwrap(), None);
        assert!(store.load_conversation(key(2)).await.unwrap().is_some());
        store.close().await;
        db.drop_schema().await;
    }
}

#[tokio::test]
async fn purges_contacts_who_never_consented_after_two_days() {
    for db in TestDb::each("purges_contacts_who_never_consented_after_two_days").await {
        let store = db.store().await;
        let undecided = Conversation {
            consented: false,
            ..sample()
        };
        store
            .save_conversation(key(1), &undecided, NOW - 3 * 86_400)
            .await
            .unwrap();
        store
            .save_conversation(key(2), &undecided, NOW)
            .await
            .unwrap();
        store
            .save_conversation(key(3), &sample(), NOW - 3 * 86_400)
            .await
            .unwrap();
        assert_eq!(
            store.purge_unconsented(NOW - 2 * 86_400).await.unwrap(),
            1,
            "{}",
            db.backend
        );
        assert_eq!(store.load_conversation(key(1)).await.unwrap(), None);
        assert!(
            store.load_conversation(key(2)).await.unwrap().is_some(),
            "recent"
        );
        assert!(
            store.load_conversation(key(3)).await.unwrap().is_some(),
            "consented"
        );
        store.close().await;
        db.drop_schema().await;
    }
}

#[tokio::test]
async fn migrations_can_run_twice() {
    for db in TestDb::each("migrations_can_run_twice").await {
        let store = db.store().await;
        store
            .migrate()
            .await
            .expect("second migration run is a no-op");
        store.close().await;
        db.drop_schema().await;
    }
}

/// A woman is in the middle of the rights screens when the process stops; after a restart
/// (a new engine and a new connection to the same database) "Back" takes her on from
/// exactly where she was, in her language.
#[tokio::test]
async fn a_restart_resumes_her_where_she_was() {
    for db in TestDb::each("a_restart_resumes_her_where_she_was").await {
        let me = key(42);
        {
            let conversations = Conversations::new(
                Engine::new(content(), Features::default()),
                db.store().await,
            );
            for input in ["l:it", "a:consent", "g:rights", "g:rights_it"] {
                conversations
                    .handle(me, Inbound::Button(input.into()), NOW)
                    .await
                    .unwrap();
            }
            conversations.store().close().await;
        }
        let conversations = Conversations::new(
            Engine::new(content(), Features::default()),
            db.store().await,
        );
        let effects = conversations
            .handle(me, Inbound::Resume, NOW)
            .await
            .unwrap();
        let italian = content().locales.text("it", "rights-it").to_string();
        assert!(
            matches!(&effects[0], Outbound::Reply(r) if r.text == italian),
            "{}",
            db.backend
        );
        let effects = conversations
            .handle(me, Inbound::Button("a:back".into()), NOW)
            .await
            .unwrap();
        let rights = content().locales.text("it", "rights").to_string();
        assert!(matches!(&effects[0], Outbound::Reply(r) if r.text == rights));
        let saved = conversations
            .store()
            .load_conversation(me)
            .await
            .unwrap()
            .unwrap();
        assert!(saved.conversation.consented);
        assert_eq!(saved.conversation.region.as_deref(), Some("it"));
        conversations.store().close().await;
        db.drop_schema().await;
    }
}

#[tokio::test]
async fn forget_through_the_engine_leaves_no_row() {
    for db in TestDb::each("forget_through_the_engine_leaves_no_row").await {
        let conversations = Conversations::new(
            Engine::new(content(), Features::default()),
            db.store().await,
        );
        let me = key(9);
        for input in ["l:fa", "a:consent", "g:help_gr"] {
            conversations
                .handle(me, Inbound::Button(input.into()), NOW)
                .await
                .unwrap();
        }
        assert_eq!(conversations.store().contact_count().await.unwrap(), 1);
        let effects = conversations
            .handle(me, Inbound::Text("/forget".into()), NOW)
            .await
            .unwrap();
        assert!(effects.contains(&Outbound::Forget));
        assert_eq!(
            conversations.store().contact_count().await.unwrap(),
            0,
            "{}",
            db.backend
        );
        conversations.store().close().await;
        db.drop_schema().await;
    }
}

#[tokio::test]
async fn remembers_message_ids_for_quick_exit_until_taken_or_old() {
    for db in TestDb::each("remembers_message_ids_for_quick_exit_until_taken_or_old").await {
        let store = db.store().await;
        store
            .remember_messages(key(5), &[10, 11], NOW - 50 * 3600)
            .await
            .unwrap();
        store
            .remember_messages(key(5), &[12, 13, 12], NOW)
            .await
            .unwrap();
        store.remember_messages(key(6), &[12], NOW).await.unwrap();
        let since = NOW - 48 * 3600;
        assert_eq!(
            store.take_recent_messages(key(5), since).await.unwrap(),
            vec![12, 13],
            "{}",
            db.backend
        );
        assert_eq!(
            store.take_recent_messages(key(5), since).await.unwrap(),
            Vec::<i64>::new(),
            "taken, and the old ones erased with them"
        );
        assert_eq!(
            store.take_recent_messages(key(6), since).await.unwrap(),
            vec![12],
            "others keep theirs"
        );
        store
            .remember_messages(key(6), &[20], NOW - 50 * 3600)
            .await
            .unwrap();
        store.remember_messages(key(6), &[21], NOW).await.unwrap();
        assert_eq!(store.purge_old_messages(since).await.unwrap(), 1);
        assert_eq!(
            store.take_recent_messages(key(6), 0).await.unwrap(),
            vec![21]
        );
        store.close().await;
        db.drop_schema().await;
    }
}

#[tokio::test]
async fn many_contacts_writing_at_once_are_all_saved() {
    for db in TestDb::each("many_contacts_writing_at_once_are_all_saved").await {
        let store = db.store().await;
        let writers: Vec<_> = (0..200)
            .map(|n| {
                let store = store.clone();
                tokio::spawn(async move {
                    let mut mine = sample();
                    mine.node = format!("node{n}");
                    store.save_conversation(key(n), &mine, NOW).await?;
                    store.remember_messages(key(n), &[n, n + 1], NOW).await
                })
            })
            .collect();
        for writer in writers {
            writer.await.unwrap().unwrap();
        }
        assert_eq!(store.contact_count().await.unwrap(), 200, "{}", db.backend);
        for n in [0, 99, 199] {
            let saved = store.load_conversation(key(n)).await.unwrap().unwrap();
            assert_eq!(
                saved.conversation.node,
                format!("node{n}"),
                "{}",
                db.backend
            );
            let ids = store.take_recent_messages(key(n), NOW).await.unwrap();
            assert_eq!(ids, vec![n, n + 1], "{}", db.backend);
        }
        store.close().await;
        db.drop_schema().await;
    }
}

#[tokio::test]
async fn an_in_memory_database_keeps_what_it_is_given() {
    let store = carenet::store::Store::connect("sqlite::memory:")
        .await
        .unwrap();
    store.migrate().await.unwrap();
    store
        .save_conversation(key(1), &sample(), NOW)
        .await
        .unwrap();
    let saved = store.load_conversation(key(1)).await.unwrap().unwrap();
    assert_eq!(saved.conversation, sample());
}

#[tokio::test]
async fn remembers_more_message_ids_than_one_statement_holds() {
    for db in TestDb::each("remembers_more_message_ids_than_one_statement_holds").await {
        let store = db.store().await;
        let ids: Vec<i64> = (1..=1_201).collect();
        store.remember_messages(key(3), &ids, NOW).await.unwrap();
        store
            .remember_messages(key(3), &ids[..10], NOW)
            .await
            .unwrap();
        let taken = store.take_recent_messages(key(3), NOW).await.unwrap();
        assert_eq!(taken, ids, "{}", db.backend);
        store.close().await;
        db.drop_schema().await;
    }
}

#[tokio::test]
async fn two_steps_of_one_contact_saved_together_keep_the_later() {
    for db in TestDb::each("two_steps_of_one_contact_saved_together_keep_the_later").await {
        let store = db.store().await;
        let mut earlier = sample();
        earlier.node = "help".into();
        let later = sample();
        // Queued in this order, both before either is written.
        let (a, b) = tokio::join!(
            store.save_conversation(key(5), &earlier, NOW),
            store.save_conversation(key(5), &later, NOW)
        );
        a.unwrap();
        b.unwrap();
        let saved = store.load_conversation(key(5)).await.unwrap().unwrap();
        if db.backend == "sqlite" {
            assert_eq!(saved.conversation, later);
        } else {
            // PostgreSQL writes them on two connections at once: either may land last.
            assert!(saved.conversation == later || saved.conversation == earlier);
        }
        assert_eq!(store.contact_count().await.unwrap(), 1, "{}", db.backend);
        store.close().await;
        db.drop_schema().await;
    }
}

#[tokio::test]
async fn sqlite_copies_its_log_into_the_file_in_the_background() {
    let db = TestDb::sqlite();
    let store = db.store().await;
    let path = db.url.trim_start_matches("sqlite://").to_string();
    let size = || std::fs::metadata(&path).map(|m| m.len()).unwrap_or(0);
    // Let the checkpoint after the migrations pass, then write ~2,000 rows: they sit in
    // the log until the next checkpoint copies them into the file.
    tokio::time::sleep(std::time::Duration::from_millis(1_500)).await;
    let before = size();
    for n in 0..2_000 {
        store
            .save_conversation(key(n), &sample(), NOW)
            .await
            .unwrap();
    }
    let deadline = tokio::time::Instant::now() + std::time::Duration::from_secs(5);
    while size() <= before + 64 * 1024 {
        assert!(
            tokio::time::Instant::now() < deadline,
            "the database file stayed at {} bytes",
            size()
        );
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
    store.close().await;
}

/// A chat id whose bytes cannot turn up by chance: SQLite stores it as a 6-byte
/// big-endian integer in a record.
const DISTINCT_CHAT: i64 = 0x5EA7_C391_B2D4;

/// Where in `bytes` her chat id occurs, as SQLite could store it (6 or 8 bytes, big
/// endian) or as text.
fn traces_of(chat: i64, bytes: &[u8]) -> Vec<&'static str> {
    let be = chat.to_be_bytes();
    let text = chat.to_string();
    let forms: [(&'static str, &[u8]); 3] = [
        ("8-byte integer", &be),
        ("6-byte integer", &be[2..]),
        ("text", text.as_bytes()),
    ];
    forms
        .into_iter()
        .filter(|(_, form)| bytes.windows(form.len()).any(|w| w == *form))
        .map(|(name, _)| name)
        .collect()
}

/// Her traces in the database file and its log, by file.
fn traces_in_files(path: &str, chat: i64) -> Vec<String> {
    ["", "-wal"]
        .iter()
        .flat_map(|suffix| {
            let file = format!("{path}{suffix}");
            let bytes = std::fs::read(&file).unwrap_or_default();
            traces_of(chat, &bytes)
                .into_iter()
                .map(move |form| format!("{form} in {file}"))
        })
        .collect()
}

/// She used /forget: her contact, subscription, message ids and case link are erased,
/// and no copy of her chat id stays in the file's free space or in the write-ahead log
/// (secure_delete, and the log emptied after the erasure). The files are hers alone to
/// read (0600), also a file that existed with a wider mode.
#[cfg(unix)]
#[tokio::test]
async fn forget_leaves_no_trace_of_her_chat_id_in_the_sqlite_files() {
    use std::os::unix::fs::PermissionsExt;
    let db = TestDb::sqlite();
    let path = db.url.trim_start_matches("sqlite://").to_string();
    // A file left by an earlier version, readable by everyone.
    std::fs::write(&path, b"").unwrap();
    std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o644)).unwrap();
    let store = db.store().await;
    let her = key(DISTINCT_CHAT);
    for other in 1..300 {
        store
            .save_conversation(key(other), &sample(), NOW)
            .await
            .unwrap();
        common::subscribe(&store, other, "en", "it", carenet::broadcast::Topics::all()).await;
    }
    store.save_conversation(her, &sample(), NOW).await.unwrap();
    common::subscribe(
        &store,
        DISTINCT_CHAT,
        "ar",
        "it",
        carenet::broadcast::Topics::all(),
    )
    .await;
    store
        .remember_messages(her, &[11, 12, 13], NOW)
        .await
        .unwrap();
    let new = carenet::store::NewCase {
        language: "ar",
        region: "it",
        topic: "rights",
    };
    let (case, _) = store.open_case(DISTINCT_CHAT, new, NOW).await.unwrap();
    store
        .hold_message(case.id, carenet::store::Sender::Her, 14)
        .await
        .unwrap();
    // Her id is in the files now (the test can see it): in the log, then in the file.
    common::eventually("her chat id written to the file", || {
        let file = std::fs::read(&path).unwrap_or_default();
        (!traces_of(DISTINCT_CHAT, &file).is_empty()).then_some(())
    })
    .await;

    // /forget as the bot runs it: the contact, then quick exit's message ids, then her
    // case closes.
    assert!(store.forget(her).await.unwrap());
    store.take_recent_messages(her, 0).await.unwrap();
    store
        .close_case(case.id, carenet::handoff::Outcome::Forgotten, NOW, 7)
        .await
        .unwrap();

    let deadline = tokio::time::Instant::now() + common::WAIT;
    loop {
        let traces = traces_in_files(&path, DISTINCT_CHAT);
        if traces.is_empty() {
            break;
        }
        assert!(
            tokio::time::Instant::now() < deadline,
            "her chat id is still on disk: {traces:?}"
        );
        tokio::time::sleep(std::time::Duration::from_millis(50)).await;
    }
    for suffix in ["", "-wal", "-shm"] {
        let file = format!("{path}{suffix}");
        let mode = std::fs::metadata(&file).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode, 0o600, "{file} has mode {mode:o}");
    }
    assert_eq!(store.contact_count().await.unwrap(), 299);
    store.close().await;
}

/// /forget passes every flood guard, so its cost must stay small: one of someone we know
/// nothing about empties no log, and a burst of real ones empties it at most once a
/// second (each truncation waits for the writer's turn, and every step queues behind it).
#[tokio::test]
async fn a_burst_of_forgets_empties_the_sqlite_log_at_most_once_a_second() {
    let db = TestDb::sqlite();
    let store = db.store().await;
    for n in 0..300 {
        store
            .save_conversation(key(n), &sample(), NOW)
            .await
            .unwrap();
    }
    for stranger in 1_000..1_300 {
        assert!(!store.forget(key(stranger)).await.unwrap());
        store.take_recent_messages(key(stranger), 0).await.unwrap();
    }
    tokio::time::sleep(std::time::Duration::from_millis(1_200)).await;
    assert_eq!(store.log_truncations(), 0, "nothing was erased");

    let since = std::time::Instant::now();
    for n in 0..300 {
        assert!(store.forget(key(n)).await.unwrap());
        tokio::time::sleep(std::time::Duration::from_millis(5)).await;
    }
    let seconds = since.elapsed().as_secs();
    let truncations = store.log_truncations();
    assert!(
        (1..=seconds + 2).contains(&truncations),
        "{truncations} truncations of the log in {seconds} s"
    );
    store.close().await;
}

/// A new SQLite file is created readable by its owner only, whatever the umask.
#[cfg(unix)]
#[tokio::test]
async fn a_new_sqlite_file_is_private() {
    use std::os::unix::fs::PermissionsExt;
    let db = TestDb::sqlite();
    let path = db.url.trim_start_matches("sqlite://").to_string();
    let store = db.store().await;
    store
        .save_conversation(key(1), &sample(), NOW)
        .await
        .unwrap();
    for suffix in ["", "-wal", "-shm"] {
        let file = format!("{path}{suffix}");
        let mode = std::fs::metadata(&file).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode, 0o600, "{file} has mode {mode:o}");
    }
    store.close().await;
}

/// PostgreSQL: the hourly purge's VACUUM of the erased tables runs (outside any
/// transaction, as VACUUM requires); on SQLite it has nothing to do.
#[tokio::test]
async fn the_erased_tables_are_vacuumed() {
    for db in TestDb::each("the_erased_tables_are_vacuumed").await {
        let store = db.store().await;
        store
            .save_conversation(key(1), &sample(), NOW)
            .await
            .unwrap();
        assert!(store.forget(key(1)).await.unwrap());
        store
            .vacuum_erased()
            .await
            .unwrap_or_else(|e| panic!("{}: {e}", db.backend));
        // And so does a whole round of the hourly purge, which ends with it.
        let retention = carenet::purge::Retention {
            contact_days: 180,
            case_days: 365,
            message_seconds: 48 * 3600,
        };
        carenet::purge::Purge::new(store.clone(), retention)
            .round(NOW)
            .await
            .unwrap_or_else(|e| panic!("{}: {e}", db.backend));
        store.close().await;
        db.drop_schema().await;
    }
}

/// A database error in the hourly purge (here: the pool is closed) is logged and the
/// purge goes on at its next round; it used to end the task, and with it the whole bot.
#[tokio::test]
async fn the_purge_goes_on_after_a_database_error() {
    use carenet::purge::{Purge, Retention};
    let db = TestDb::sqlite();
    let store = db.store().await;
    store.close().await;
    let retention = Retention {
        contact_days: 180,
        case_days: 365,
        message_seconds: 48 * 3600,
    };
    let purge = std::sync::Arc::new(Purge::new(store, retention));
    assert!(purge.round(NOW).await.is_err(), "the database is closed");
    let (stop, stopped) = tokio::sync::watch::channel(false);
    let task = {
        let purge = purge.clone();
        tokio::spawn(async move {
            purge
                .run(std::time::Duration::from_millis(10), stopped)
                .await
        })
    };
    common::eventually("three failed rounds", || {
        (purge.rounds() >= 3).then_some(())
    })
    .await;
    assert!(!task.is_finished(), "the purge ended on an error");
    stop.send(true).unwrap();
    tokio::time::timeout(common::WAIT, task)
        .await
        .expect("the purge stops when asked")
        .unwrap();
}

/// The migration of issue 12 on a database that has cases already: a closed case's times
/// become days (its waits kept), an open one keeps its seconds, case ids are never given
/// twice (SQLite builds the table again), and the new outcome `idle` is accepted.
#[tokio::test]
async fn cases_of_an_older_database_are_rounded_and_keep_their_ids() {
    use carenet::handoff::Outcome;
    use carenet::store::NewCase;
    for db in TestDb::each("cases_of_an_older_database").await {
        let dialect = db.backend;
        // The database as the previous release left it.
        let older = tempfile::tempdir().unwrap();
        let folder = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("migrations")
            .join(dialect);
        for entry in std::fs::read_dir(&folder).unwrap() {
            let path = entry.unwrap().path();
            let name = path.file_name().unwrap().to_string_lossy().to_string();
            if name.as_str() < "20261205" {
                std::fs::copy(&path, older.path().join(&name)).unwrap();
            }
        }
        sqlx::any::install_default_drivers();
        let url = match dialect {
            "sqlite" => format!("{}?mode=rwc", db.url),
            _ => db.url.clone(),
        };
        let pool = sqlx::AnyPool::connect(&url).await.unwrap();
        sqlx::migrate::Migrator::new(older.path())
            .await
            .unwrap()
            .run(&pool)
            .await
            .unwrap();
        let opened = 1_795_012_345;
        let day = opened - opened % 86_400;
        for (chat, closed) in [
            (None, Some(opened + 900)),
            (Some(77), None),
            (None, Some(opened)),
        ] {
            sqlx::query(
                "INSERT INTO cases (chat_id, language, opened_at, claimed_at, first_reply_at,
                                    closed_at, outcome, mediator)
                 VALUES ($1, 'ar', $2, $3, $4, $5, $6, 100)",
            )
            .bind(chat)
            .bind(opened)
            .bind(opened + 300)
            .bind(opened + 600)
            .bind(closed)
            .bind(closed.map(|_| "ended"))
            .execute(&pool)
            .await
            .unwrap();
        }
        // The last one purged: its id must not come back.
        sqlx::query("DELETE FROM cases WHERE id = 3")
            .execute(&pool)
            .await
            .unwrap();
        pool.close().await;

        let store = db.store().await;
        let closed = store.case(1).await.unwrap().unwrap();
        assert_eq!(
            (closed.opened_at, closed.claimed_at, closed.first_reply_at),
            (day, Some(day + 300), Some(day + 600)),
            "{dialect}"
        );
        assert_eq!(closed.closed_at, Some(day));
        let open = store.case(2).await.unwrap().unwrap();
        assert_eq!(
            (open.opened_at, open.chat_id),
            (opened, Some(77)),
            "{dialect}"
        );
        let new = NewCase {
            language: "uk",
            region: "",
            topic: "",
        };
        let (next, created) = store.open_case(88, new, opened).await.unwrap();
        assert!(created);
        assert_eq!(
            next.id, 4,
            "{dialect}: a purged case's id is not given again"
        );
        assert!(
            store
                .close_case(2, Outcome::Idle, opened + 86_400, 1)
                .await
                .unwrap()
                .is_some()
        );
        assert_eq!(
            store.case(2).await.unwrap().unwrap().outcome,
            Some(Outcome::Idle)
        );
        store.close().await;
        db.drop_schema().await;
    }
}

/// What a mediator wrote while she was away is an id in *their* chat: when the case goes
/// back in line it goes, or the next mediator's chat would be copied from with that id
/// (another message, maybe to another woman). Hers stay for whoever claims next.
#[tokio::test]
async fn a_released_case_drops_what_its_mediator_left_held() {
    use carenet::store::Sender;
    for db in TestDb::each("a_released_case_drops_what_its_mediator_left_held").await {
        let store = db.store().await;
        let new = carenet::store::NewCase {
            language: "ar",
            region: "it",
            topic: "rights",
        };
        let (case, _) = store.open_case(77, new, NOW).await.unwrap();
        assert!(store.claim_case(case.id, 500, NOW).await.unwrap());
        store
            .hold_message(case.id, Sender::Mediator, 41)
            .await
            .unwrap();
        store.hold_message(case.id, Sender::Her, 42).await.unwrap();
        assert!(store.release_case(case.id, 500, true).await.unwrap());
        assert!(
            store
                .held_messages(case.id, Sender::Mediator)
                .await
                .unwrap()
                .is_empty()
        );
        assert_eq!(
            store.held_messages(case.id, Sender::Her).await.unwrap(),
            [42]
        );
        store.close().await;
        db.drop_schema().await;
    }
}
