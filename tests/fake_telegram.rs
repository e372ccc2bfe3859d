//! The fake Telegram Bot API server (tests/support/fake_telegram.rs), checked with the real
//! teloxide client, and with plain HTTP where teloxide cannot say it (method name case, form
//! bodies, 5xx without teloxide's 10 s pause).

#[path = "support/fake_telegram.rs"]
mod fake_telegram;

use std::net::SocketAddr;
use std::time::{Duration, Instant};

use fake_telegram::{BOT_ID, BOT_USERNAME, Encoding, FakeTelegram, Fault, Pending, updates};
use serde_json::{Value, json};
use teloxide::ApiError;
use teloxide::RequestError;
use teloxide::adaptors::throttle::Limits;
use teloxide::prelude::*;
use teloxide::types::{
    BotCommand, ChatId, InlineKeyboardButton, InlineKeyboardMarkup, InputFile, MessageId,
    UpdateKind,
};
use teloxide::update_listeners::Polling;
use tokio::io::{AsyncReadExt, AsyncWriteExt};

const WAIT: Duration = Duration::from_secs(3);

/// One HTTP/1.1 request without teloxide; returns the status and the JSON answer.
async fn raw(
    addr: SocketAddr,
    verb: &str,
    path: &str,
    content_type: Option<&str>,
    body: &str,
) -> (u16, Value) {
    let mut stream = tokio::net::TcpStream::connect(addr).await.expect("connect");
    let mut request = format!(
        "{verb} {path} HTTP/1.1\r\nHost: {addr}\r\nConnection: close\r\nContent-Length: {}\r\n",
        body.len()
    );
    if let Some(content_type) = content_type {
        request.push_str(&format!("Content-Type: {content_type}\r\n"));
    }
    request.push_str("\r\n");
    request.push_str(body);
    stream.write_all(request.as_bytes()).await.expect("write");
    let mut answer = String::new();
    stream.read_to_string(&mut answer).await.expect("read");
    let status = answer[9..12].parse().expect("status code");
    let (_, json) = answer.split_once("\r\n\r\n").expect("head and body");
    (status, serde_json::from_str(json).expect("a JSON answer"))
}

#[tokio::test]
async fn get_me_answers_the_full_bot_user() {
    let tg = FakeTelegram::start().await;
    let me = tg.bot().get_me().await.expect("getMe");
    assert_eq!(me.id.0, BOT_ID as u64);
    assert!(me.is_bot);
    assert_eq!(me.username(), BOT_USERNAME);
    assert!(me.can_join_groups);
    assert!(!me.has_main_web_app);

    let calls = tg.calls();
    assert_eq!(calls.len(), 1);
    assert_eq!(calls[0].method, "GetMe", "teloxide sends PascalCase names");
    assert!(calls[0].is("getMe"));
    assert_eq!(calls[0].encoding, Encoding::Json);
}

#[tokio::test]
async fn a_pushed_update_is_returned_and_confirmed_by_the_next_offset() {
    let tg = FakeTelegram::start().await;
    let bot = tg.bot();
    let first = tg.push(updates::text(42, "hello", "ar"));
    let second = tg.push(updates::text(42, "again", "ar"));
    assert_eq!(second, first + 1);

    let got = bot.get_updates().await.expect("getUpdates");
    assert_eq!(got.len(), 2);
    assert_eq!(got[0].id.0, first as u32);
    let UpdateKind::Message(message) = &got[0].kind else {
        panic!("not a message: {:?}", got[0].kind)
    };
    assert_eq!(message.text(), Some("hello"));
    assert_eq!(message.chat.id, ChatId(42));
    let from = message.from.as_ref().expect("a sender");
    assert_eq!(from.language_code.as_deref(), Some("ar"));

    // Without a new offset the same updates come again.
    assert_eq!(bot.get_updates().await.expect("getUpdates").len(), 2);

    // Offset = first + 1 confirms the first one.
    let got = bot
        .get_updates()
        .offset(first as i32 + 1)
        .await
        .expect("getUpdates");
    assert_eq!(got.len(), 1);
    assert_eq!(got[0].id.0, second as u32);
    assert_eq!(tg.pending_updates().len(), 1);

    let got = bot
        .get_updates()
        .offset(second as i32 + 1)
        .timeout(0)
        .await
        .expect("getUpdates");
    assert!(got.is_empty());
    assert!(tg.pending_updates().is_empty());

    let offsets: Vec<Option<i64>> = tg
        .calls_to("getUpdates")
        .iter()
        .map(|call| call.i64("offset"))
        .collect();
    assert_eq!(
        offsets,
        [None, None, Some(first + 1), Some(second + 1)],
        "the recorded parameters"
    );
}

#[tokio::test]
async fn every_update_builder_parses_in_teloxide() {
    let tg = FakeTelegram::start().await;
    tg.push(updates::text(42, "hola", "es"));
    tg.push(updates::command(42, "/start ref_clinic", "fa"));
    tg.push(updates::callback_query(42, 7, "lang:ar", "ar"));
    tg.push(updates::location(42, 41.39, 2.17));
    tg.push(updates::sticker(42, "👍"));
    tg.push(updates::group_text(-500, 77, "hi all"));
    tg.push(updates::group_text(-1_001_234_567_890, 78, "hi super"));

    let got = tg.bot().get_updates().await.expect("getUpdates");
    let kinds: Vec<&UpdateKind> = got.iter().map(|u| &u.kind).collect();
    let [
        UpdateKind::Message(text),
        UpdateKind::Message(command),
        UpdateKind::CallbackQuery(callback),
        UpdateKind::Message(location),
        UpdateKind::Message(sticker),
        UpdateKind::Message(group),
        UpdateKind::Message(supergroup),
    ] = kinds[..]
    else {
        panic!("unexpected update kinds: {kinds:#?}")
    };
    assert_eq!(text.text(), Some("hola"));
    assert_eq!(command.text(), Some("/start ref_clinic"));
    let entities = command.entities().expect("entities");
    assert_eq!((entities[0].offset, entities[0].length), (0, 6));
    assert_eq!(callback.data.as_deref(), Some("lang:ar"));
    assert_eq!(callback.from.language_code.as_deref(), Some("ar"));
    let callback_message = callback.regular_message().expect("an accessible message");
    assert_eq!(callback_message.id, MessageId(7));
    assert_eq!(callback_message.chat.id, ChatId(42));
    let point = location.location().expect("a location");
    assert_eq!((point.latitude, point.longitude), (41.39, 2.17));
    assert_eq!(
        sticker.sticker().expect("a sticker").emoji.as_deref(),
        Some("👍")
    );
    assert!(group.chat.is_group());
    assert_eq!(group.text(), Some("hi all"));
    assert_eq!(group.from.as_ref().map(|u| u.id.0), Some(77));
    assert!(supergroup.chat.is_supergroup());
    // Message ids are given in order.
    assert!(text.id.0 < command.id.0 && location.id.0 < sticker.id.0);
}

#[tokio::test]
async fn long_poll_returns_early_when_an_update_is_pushed_and_empty_at_its_timeout() {
    let tg = std::sync::Arc::new(FakeTelegram::start().await);
    let bot = tg.bot();

    let started = Instant::now();
    let poll = tokio::spawn({
        let bot = bot.clone();
        async move { bot.get_updates().timeout(10).await }
    });
    tokio::time::sleep(Duration::from_millis(100)).await;
    assert!(
        !poll.is_finished(),
        "the poll waits while nothing is pending"
    );
    tg.push(updates::text(42, "wake up", "en"));
    let got = poll.await.expect("join").expect("getUpdates");
    assert_eq!(got.len(), 1);
    assert!(started.elapsed() < Duration::from_secs(2), "returned early");

    let started = Instant::now();
    let got = bot
        .get_updates()
        .offset(got[0].id.0 as i32 + 1)
        .timeout(1)
        .await
        .expect("getUpdates");
    let waited = started.elapsed();
    assert!(got.is_empty());
    assert!(
        waited >= Duration::from_millis(950) && waited < Duration::from_secs(3),
        "waited {waited:?} for timeout=1"
    );
}

#[tokio::test]
async fn a_second_poller_terminates_the_first_with_a_conflict() {
    let tg = FakeTelegram::start().await;
    let bot = tg.bot();
    let first = tokio::spawn({
        let bot = bot.clone();
        async move { bot.get_updates().timeout(5).await }
    });
    tokio::time::sleep(Duration::from_millis(100)).await;
    let second = tokio::spawn({
        let bot = bot.clone();
        async move { bot.get_updates().timeout(1).await }
    });
    let error = first.await.expect("join").expect_err("a conflict");
    assert!(
        matches!(
            error,
            RequestError::Api(ApiError::TerminatedByOtherGetUpdates)
        ),
        "{error:?}"
    );
    tg.push(updates::text(42, "hi", "en"));
    assert_eq!(second.await.expect("join").expect("getUpdates").len(), 1);
}

#[tokio::test]
async fn send_message_with_an_inline_keyboard_is_recorded_and_echoed() {
    let tg = FakeTelegram::start().await;
    let bot = tg.bot();
    tg.push(updates::text(42, "hello", "ar")); // makes chat 42 known
    let keyboard = InlineKeyboardMarkup::new([
        vec![
            InlineKeyboardButton::callback("نعم", "yes"),
            InlineKeyboardButton::callback("لا", "no"),
        ],
        vec![InlineKeyboardButton::url(
            "Help",
            "https://example.org/help".parse().expect("URL"),
        )],
    ]);
    let sent = bot
        .send_message(ChatId(42), "Do you feel safe?")
        .reply_markup(keyboard.clone())
        .await
        .expect("sendMessage");
    assert_eq!(sent.text(), Some("Do you feel safe?"));
    assert_eq!(sent.chat.id, ChatId(42));
    assert_eq!(sent.chat.username(), Some("test_user_42"));
    assert_eq!(sent.reply_markup(), Some(&keyboard));
    assert_eq!(sent.from.as_ref().map(|u| u.is_bot), Some(true));

    let second = bot.send_message(ChatId(42), "Second").await.expect("send");
    assert_eq!(second.id.0, sent.id.0 + 1);
    assert_eq!(second.reply_markup(), None);

    let calls = tg.sent_messages(42);
    assert_eq!(calls.len(), 2);
    assert_eq!(calls[0].encoding, Encoding::Json);
    assert_eq!(
        calls[0].inline_keyboard(),
        Some(vec![
            vec![
                ("نعم".to_owned(), "yes".to_owned()),
                ("لا".to_owned(), "no".to_owned())
            ],
            vec![("Help".to_owned(), "https://example.org/help".to_owned())],
        ])
    );
    assert_eq!(tg.sent_texts(42), ["Do you feel safe?", "Second"]);
    assert!(tg.sent_messages(43).is_empty());
}

#[tokio::test]
async fn edits_callbacks_and_deletes_answer_as_telegram_does() {
    let tg = FakeTelegram::start().await;
    let bot = tg.bot();
    let keyboard = InlineKeyboardMarkup::new([[InlineKeyboardButton::callback("A", "a")]]);
    let sent = bot
        .send_message(ChatId(42), "Pick one")
        .reply_markup(keyboard.clone())
        .await
        .expect("sendMessage");

    tg.push(updates::callback_query(42, i64::from(sent.id.0), "a", "en"));
    let got = bot.get_updates().await.expect("getUpdates");
    let UpdateKind::CallbackQuery(query) = &got[0].kind else {
        panic!("{:?}", got[0].kind)
    };
    let pressed = query.regular_message().expect("the bot's message");
    assert_eq!(pressed.text(), Some("Pick one"), "the message the bot sent");
    assert_eq!(pressed.reply_markup(), Some(&keyboard));
    bot.answer_callback_query(query.id.clone())
        .text("Saved")
        .await
        .expect("answerCallbackQuery");
    let answered = &tg.calls_to("answerCallbackQuery")[0];
    assert_eq!(answered.str("callback_query_id"), Some(query.id.0.as_str()));
    assert_eq!(answered.str("text"), Some("Saved"));

    let edited = bot
        .edit_message_text(ChatId(42), sent.id, "Picked A")
        .reply_markup(keyboard.clone())
        .await
        .expect("editMessageText");
    assert_eq!(edited.text(), Some("Picked A"));
    assert_eq!(edited.id, sent.id);
    assert!(edited.edit_date().is_some());
    assert_eq!(edited.reply_markup(), Some(&keyboard));

    let same = bot
        .edit_message_text(ChatId(42), sent.id, "Picked A")
        .reply_markup(keyboard)
        .await
        .expect_err("not modified");
    assert!(
        matches!(same, RequestError::Api(ApiError::MessageNotModified)),
        "{same:?}"
    );
    let missing = bot
        .edit_message_text(ChatId(42), MessageId(9999), "x")
        .await
        .expect_err("unknown message");
    assert!(
        matches!(missing, RequestError::Api(ApiError::MessageToEditNotFound)),
        "{missing:?}"
    );

    bot.delete_message(ChatId(42), sent.id)
        .await
        .expect("deleteMessage");
    bot.delete_messages(ChatId(42), [sent.id, MessageId(1)])
        .await
        .expect("deleteMessages");
}

/// HTML parse mode: what Telegram parses goes through, what it refuses gets 400 "can't
/// parse entities", so that a text the bot forgot to escape fails a test as it fails in
/// production.
#[tokio::test]
async fn html_that_telegram_cannot_parse_is_refused() {
    let tg = FakeTelegram::start().await;
    let bot = tg.bot();
    let send = |text: &str| {
        bot.send_message(ChatId(42), text)
            .parse_mode(teloxide::types::ParseMode::Html)
    };
    for good in [
        "<b>bold</b> <i>it</i> <pre>&lt;5 &amp; &gt; &quot;&#60;&#x3C;</pre> a > b",
        "<a href=\"tg://user?id=1\">mediator 1</a>, <span class=\"tg-spoiler\">x</span>",
        "<pre><code class=\"language-rust\">x</code></pre><blockquote expandable>q</blockquote>",
    ] {
        send(good).await.unwrap_or_else(|e| panic!("{good}: {e:?}"));
    }
    for (bad, why) in [
        (
            "<pre>uk  all  <5  -</pre>",
            "Unsupported start tag \"5\" at byte offset 14",
        ),
        ("Tom & Jerry", "Character '&' at byte offset 4"),
        ("&nbsp;", "Character '&' at byte offset 0"),
        (
            "<b>open",
            "Can't find end tag corresponding to start tag \"b\"",
        ),
        ("<b><i>x</b></i>", "Unmatched end tag at byte offset 7"),
        ("x</b>", "Unexpected end tag at byte offset 1"),
        ("a <b", "Unclosed start tag at byte offset 2"),
        (
            "<span>x</span>",
            "Tag \"span\" must have class \"tg-spoiler\"",
        ),
        ("<div>x</div>", "Unsupported start tag \"div\""),
    ] {
        let refused = send(bad).await.expect_err(bad);
        let RequestError::Api(ApiError::CantParseEntities(description)) = &refused else {
            panic!("{bad}: {refused:?}");
        };
        assert!(description.contains(why), "{bad}: {description}");
    }
    let call = tg.calls_to("sendMessage").pop().unwrap();
    assert_eq!(call.status, 400);
    assert!(
        call.response["description"]
            .as_str()
            .unwrap()
            .starts_with("Bad Request: can't parse entities: "),
        "{}",
        call.response
    );
    assert!(
        tg.sent_messages(42)
            .iter()
            .all(|c| !c.text().unwrap().contains("<5"))
    );
    // The same text without a parse mode is plain text, and captions are checked too.
    bot.send_message(ChatId(42), "<5 & <div>")
        .await
        .expect("plain text");
    let caption = bot
        .copy_message(ChatId(42), ChatId(43), MessageId(1))
        .caption("<5")
        .parse_mode(teloxide::types::ParseMode::Html)
        .await
        .expect_err("caption");
    assert!(matches!(
        caption,
        RequestError::Api(ApiError::CantParseEntities(_))
    ));
}

#[tokio::test]
async fn a_429_reaches_teloxide_as_retry_after() {
    let tg = FakeTelegram::start().await;
    let bot = tg.bot();
    tg.inject(Fault::retry_after(7).method("sendMessage").times(2));

    for _ in 0..2 {
        let error = bot.send_message(ChatId(42), "hi").await.expect_err("429");
        let RequestError::RetryAfter(after) = error else {
            panic!("not RetryAfter: {error:?}")
        };
        assert_eq!(after.seconds(), 7);
    }
    bot.send_message(ChatId(42), "hi")
        .await
        .expect("the fault is used up");
    bot.get_me().await.expect("other methods are not affected");

    let statuses: Vec<u16> = tg
        .calls_to("sendMessage")
        .iter()
        .map(|c| c.status)
        .collect();
    assert_eq!(statuses, [429, 429, 200]);
    assert_eq!(
        tg.calls_to("sendMessage")[0].response["parameters"]["retry_after"],
        7
    );
    assert_eq!(tg.sent_messages(42).len(), 1, "only the successful one");
}

#[tokio::test]
async fn a_403_reaches_teloxide_as_bot_blocked_for_that_chat_only() {
    let tg = FakeTelegram::start().await;
    let bot = tg.bot();
    tg.inject(Fault::bot_blocked().chat(42).always());

    for _ in 0..2 {
        let error = bot.send_message(ChatId(42), "hi").await.expect_err("403");
        assert!(
            matches!(error, RequestError::Api(ApiError::BotBlocked)),
            "{error:?}"
        );
    }
    bot.send_message(ChatId(43), "hi")
        .await
        .expect("another chat");
    tg.clear_faults();
    bot.send_message(ChatId(42), "hi")
        .await
        .expect("after clear_faults");
}

#[tokio::test]
async fn a_400_chat_not_found_reaches_teloxide_as_chat_not_found() {
    let tg = FakeTelegram::start().await;
    tg.inject(Fault::chat_not_found().method("sendmessage"));
    let error = tg
        .bot()
        .send_message(ChatId(404), "hi")
        .await
        .expect_err("400");
    assert!(
        matches!(error, RequestError::Api(ApiError::ChatNotFound)),
        "{error:?}"
    );
    let call = &tg.calls_to("sendMessage")[0];
    assert_eq!(call.status, 400);
    assert_eq!(call.response["description"], "Bad Request: chat not found");
}

#[tokio::test]
async fn other_errors_and_latency() {
    let tg = FakeTelegram::start().await;
    let bot = tg.bot();

    tg.inject(Fault::error(400, "Bad Request: something new"));
    let error = bot.get_me().await.expect_err("400");
    assert!(
        matches!(&error, RequestError::Api(ApiError::Unknown(text)) if text == "Bad Request: something new"),
        "{error:?}"
    );

    let bad_token = Bot::new("not-a-token").set_api_url(tg.url().parse().expect("URL"));
    let error = bad_token.get_me().await.expect_err("401");
    assert!(
        matches!(error, RequestError::Api(ApiError::InvalidToken)),
        "{error:?}"
    );

    tg.inject(Fault::delay(Duration::from_millis(300)).method("getMe"));
    let started = Instant::now();
    bot.get_me().await.expect("getMe");
    assert!(started.elapsed() >= Duration::from_millis(300));
    let started = Instant::now();
    bot.get_me().await.expect("getMe");
    assert!(started.elapsed() < Duration::from_millis(300), "only once");

    // A 5xx, read without teloxide (which pauses 10 s before reading one).
    tg.inject(Fault::server_error(502).method("getMe"));
    let (status, body) = raw(tg.addr(), "POST", "/bot123:TEST/getMe", None, "").await;
    assert_eq!(status, 502);
    assert_eq!(
        body,
        json!({"ok": false, "error_code": 502, "description": "Bad Gateway"})
    );
}

/// teloxide sleeps 10 s before it reads a 5xx answer: run with `--ignored` to see it.
#[tokio::test]
#[ignore = "takes 10 s: teloxide pauses before reading a 5xx"]
async fn a_5xx_reaches_teloxide_after_its_pause() {
    let tg = FakeTelegram::start().await;
    tg.inject(Fault::server_error(502));
    let started = Instant::now();
    let error = tg.bot().get_me().await.expect_err("502");
    println!("5xx after {:?}: {error:?}", started.elapsed());
    assert!(
        matches!(&error, RequestError::Api(ApiError::Unknown(text)) if text == "Bad Gateway"),
        "{error:?}"
    );
}

#[tokio::test]
async fn method_names_match_in_any_case_with_json_form_or_query_parameters() {
    let tg = FakeTelegram::start().await;
    for name in ["getMe", "getme", "GETME", "GetMe"] {
        let (status, body) =
            raw(tg.addr(), "POST", &format!("/bot123:TEST/{name}"), None, "").await;
        assert_eq!(status, 200, "{name}");
        assert_eq!(body["result"]["username"], BOT_USERNAME, "{name}");
    }
    let (status, _) = raw(tg.addr(), "GET", "/bot123:TEST/GETME", None, "").await;
    assert_eq!(status, 200);

    let (status, body) = raw(
        tg.addr(),
        "POST",
        "/bot123:TEST/sendmessage",
        Some("application/x-www-form-urlencoded"),
        "chat_id=42&text=caf%C3%A9+ok&reply_markup=%7B%22inline_keyboard%22%3A%5B%5B%7B%22text%22%3A%22A%22%2C%22callback_data%22%3A%22a%22%7D%5D%5D%7D",
    )
    .await;
    assert_eq!(status, 200, "{body}");
    assert_eq!(body["result"]["text"], "café ok");
    assert_eq!(
        body["result"]["reply_markup"]["inline_keyboard"][0][0]["text"],
        "A"
    );

    let (status, body) = raw(
        tg.addr(),
        "GET",
        "/bot123:TEST/SENDMESSAGE?chat_id=43&text=hi",
        None,
        "",
    )
    .await;
    assert_eq!(status, 200, "{body}");
    assert_eq!(body["result"]["chat"]["id"], 43);

    let (status, body) = raw(
        tg.addr(),
        "POST",
        "/bot123:TEST/sendMessage",
        Some("application/json"),
        r#"{"chat_id": 44, "text": ""}"#,
    )
    .await;
    assert_eq!(
        (status, body["description"].as_str()),
        (400, Some("Bad Request: message text is empty"))
    );

    let (status, _) = raw(tg.addr(), "POST", "/bot123:TEST/getNoSuchThing", None, "").await;
    assert_eq!(status, 404);

    let encodings: Vec<(String, Encoding)> = tg
        .calls()
        .iter()
        .map(|c| (c.method.clone(), c.encoding))
        .collect();
    assert_eq!(encodings[5], ("sendmessage".to_owned(), Encoding::Form));
    assert_eq!(encodings[6], ("SENDMESSAGE".to_owned(), Encoding::Empty));
    assert_eq!(tg.sent_messages(42)[0].chat_id(), Some(42));
    assert_eq!(tg.sent_texts(43), ["hi"]);
}

#[tokio::test]
async fn what_teloxide_sends_for_each_method() {
    let tg = FakeTelegram::start().await;
    let bot = tg.bot();
    let chat = ChatId(42);

    let location = bot
        .send_location(chat, 41.39, 2.17)
        .await
        .expect("sendLocation");
    assert_eq!(location.location().map(|l| l.latitude), Some(41.39));
    let venue = bot
        .send_venue(chat, 41.39, 2.17, "Centre", "Carrer 1")
        .await
        .expect("sendVenue");
    assert_eq!(venue.venue().map(|v| v.title.as_str()), Some("Centre"));
    let copy = bot
        .copy_message(chat, chat, location.id)
        .await
        .expect("copyMessage");
    assert!(copy.0 > venue.id.0);
    bot.send_chat_action(chat, teloxide::types::ChatAction::Typing)
        .await
        .expect("sendChatAction");
    bot.set_my_commands([BotCommand::new("start", "Start")])
        .await
        .expect("setMyCommands");
    assert_eq!(
        bot.get_my_commands().await.expect("getMyCommands")[0].command,
        "start"
    );
    bot.set_webhook("https://example.org/hook".parse().expect("URL"))
        .await
        .expect("setWebhook");
    assert_eq!(
        bot.get_webhook_info()
            .await
            .expect("getWebhookInfo")
            .url
            .map(|u| u.to_string()),
        Some("https://example.org/hook".to_owned())
    );
    bot.delete_webhook().await.expect("deleteWebhook");
    let document = bot
        .send_document(chat, InputFile::memory("a,b\n1,2\n").file_name("x.csv"))
        .caption("numbers")
        .await
        .expect("sendDocument");
    assert_eq!(document.chat.id, chat);

    let seen: Vec<(String, Encoding)> = tg
        .calls()
        .iter()
        .map(|c| (c.method.clone(), c.encoding))
        .collect();
    println!("{seen:#?}");
    use Encoding::{Json, Multipart};
    assert_eq!(
        seen,
        [
            ("SendLocation", Json),
            ("SendVenue", Json),
            ("CopyMessage", Json),
            ("SendChatAction", Json),
            ("SetMyCommands", Json),
            ("GetMyCommands", Json),
            ("SetWebhook", Multipart),
            ("GetWebhookInfo", Json),
            ("DeleteWebhook", Json),
            ("SendDocument", Multipart),
        ]
        .map(|(m, e)| (m.to_owned(), e))
    );
    let hook = &tg.calls_to("setWebhook")[0];
    assert_eq!(hook.str("url"), Some("https://example.org/hook"));
    let doc = &tg.calls_to("sendDocument")[0];
    assert_eq!(
        doc.chat_id(),
        Some(42),
        "multipart numbers stay strings: {}",
        doc.params
    );
    assert_eq!(doc.str("caption"), Some("numbers"));
    assert_eq!(doc.params["document"]["file_name"], "x.csv");
    assert_eq!(doc.params["document"]["size"], 8);
}

#[tokio::test]
async fn the_throttle_adaptor_works_and_retries_after_a_429() {
    let tg = FakeTelegram::start().await;
    let bot = tg.bot().throttle(Limits::default());

    bot.get_me().await.expect("getMe through Throttle");
    bot.send_message(ChatId(1), "one").await.expect("send");
    bot.send_message(ChatId(2), "two").await.expect("send");

    // Throttle retries by itself after the 429's retry_after.
    tg.inject(Fault::retry_after(1).method("sendMessage").chat(3));
    let started = Instant::now();
    bot.send_message(ChatId(3), "three")
        .await
        .expect("sent after the retry");
    assert!(started.elapsed() >= Duration::from_millis(950));
    let calls: Vec<_> = tg
        .calls_to("sendMessage")
        .into_iter()
        .filter(|c| c.chat_id() == Some(3))
        .collect();
    assert_eq!(
        calls.iter().map(|c| c.status).collect::<Vec<_>>(),
        [429, 200]
    );
    assert!(calls[1].at - calls[0].at >= Duration::from_millis(950));
    assert_eq!(tg.sent_texts(1), ["one"]);
    assert_eq!(tg.sent_texts(2), ["two"]);
}

#[tokio::test]
async fn stop_and_restart_on_the_same_port_keeping_or_dropping_updates() {
    let tg = FakeTelegram::start().await;
    let bot = tg.bot();
    let url = tg.url();
    tg.push(updates::text(42, "before", "en"));
    bot.get_me().await.expect("getMe");

    tg.stop().await;
    assert!(!tg.is_running());
    let error = bot.get_me().await.expect_err("down");
    assert!(matches!(error, RequestError::Network(_)), "{error:?}");
    tg.push(updates::text(42, "while down", "en"));

    tg.restart(Pending::Keep).await;
    assert_eq!(tg.url(), url);
    let got = bot.get_updates().await.expect("getUpdates after restart");
    assert_eq!(got.len(), 2);

    tg.restart(Pending::Drop).await;
    let got = bot.get_updates().await.expect("getUpdates");
    assert!(got.is_empty());
    let id = tg.push(updates::text(42, "after", "en"));
    let got = bot.get_updates().await.expect("getUpdates");
    assert_eq!(got[0].id.0 as i64, id, "update ids keep counting");
}

#[tokio::test]
async fn stop_ends_a_waiting_long_poll() {
    let tg = FakeTelegram::start().await;
    let bot = tg.bot();
    let poll = tokio::spawn(async move { bot.get_updates().timeout(10).await });
    tokio::time::sleep(Duration::from_millis(100)).await;
    let started = Instant::now();
    tg.stop().await;
    assert!(started.elapsed() < Duration::from_secs(2));
    let got = poll.await.expect("join");
    assert!(matches!(&got, Ok(updates) if updates.is_empty()), "{got:?}");
}

#[tokio::test]
async fn a_teloxide_dispatcher_polls_answers_and_confirms() {
    let tg = FakeTelegram::start().await;
    let bot = tg.bot();
    let handler = Update::filter_message().endpoint(|bot: Bot, message: Message| async move {
        let text = message.text().unwrap_or_default().to_owned();
        bot.send_message(message.chat.id, format!("echo: {text}"))
            .await?;
        respond(())
    });
    let mut dispatcher = Dispatcher::builder(bot.clone(), handler).build();
    let shutdown = dispatcher.shutdown_token();
    let listener = Polling::builder(bot)
        .timeout(Duration::from_secs(1))
        .build();
    let running = tokio::spawn(async move {
        dispatcher
            .dispatch_with_listener(listener, LoggingErrorHandler::new())
            .await
    });

    tg.push(updates::text(42, "hello", "ar"));
    tg.push(updates::text(43, "salut", "fr"));
    tg.wait_for_calls("sendMessage", 2, WAIT).await;
    assert_eq!(tg.sent_texts(42), ["echo: hello"]);
    assert_eq!(tg.sent_texts(43), ["echo: salut"]);

    shutdown.shutdown().expect("running").await;
    running.await.expect("join");
    assert!(
        tg.pending_updates().is_empty(),
        "confirmed: {:?}",
        tg.pending_updates()
    );
    assert!(
        tg.calls_to("getMe").len() == 1,
        "the dispatcher asks getMe once"
    );
}
