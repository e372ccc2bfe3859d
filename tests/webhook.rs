//! Webhook mode's edge: the secret header is checked before a byte of the body is read, a
//! body over the cap is refused without reading the rest, and `carenet run` refuses a
//! secret short enough to guess or given on the command line (where `ps` shows it).
//!
//! Requests are written by hand on a TCP socket, so that a test controls exactly how much
//! of a body exists: a body that never ends can only be answered if it is not read.

mod common;
#[path = "support/fake_telegram.rs"]
mod fake_telegram;

use std::sync::Arc;

use carenet::channels::telegram::{Limits, MAX_WEBHOOK_BODY, Telegram, webhook_router};
use carenet::engine::Features;
use carenet::store::Store;
use common::bot::telegram;
use common::{TestDb, WAIT, eventually, text};
use fake_telegram::{FakeTelegram, updates};
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpStream;

const SECRET: &str = "0123456789abcdef0123456789abcdef-_XY";

/// The webhook router on 127.0.0.1, its address, and what it needs kept alive.
struct Hook {
    addr: std::net::SocketAddr,
    fake: FakeTelegram,
    store: Store,
    _db: TestDb,
}

async fn serve() -> Hook {
    let fake = FakeTelegram::start().await;
    let db = TestDb::sqlite();
    let store = db.store().await;
    let tg: Arc<Telegram> = Arc::new(telegram(
        fake.bot(),
        &store,
        Features::default(),
        Limits::default(),
        20,
    ));
    let app = webhook_router(tg, SECRET.into());
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    tokio::spawn(async move { axum::serve(listener, app).await.unwrap() });
    Hook {
        addr,
        fake,
        store,
        _db: db,
    }
}

/// A POST to /telegram with `secret` and `framing` (a Content-Length or Transfer-Encoding
/// header), then `body` as given: the test decides what follows, or that nothing does.
async fn post_head(
    addr: std::net::SocketAddr,
    secret: &str,
    framing: &str,
    body: &[u8],
) -> TcpStream {
    let mut stream = TcpStream::connect(addr).await.unwrap();
    let head = format!(
        "POST /telegram HTTP/1.1\r\nhost: {addr}\r\ncontent-type: application/json\r\n\
         x-telegram-bot-api-secret-token: {secret}\r\n{framing}\r\n\r\n"
    );
    stream.write_all(head.as_bytes()).await.unwrap();
    stream.write_all(body).await.unwrap();
    stream
}

/// One chunk of chunked transfer encoding.
fn chunk(bytes: &[u8]) -> Vec<u8> {
    let mut out = format!("{:x}\r\n", bytes.len()).into_bytes();
    out.extend_from_slice(bytes);
    out.extend_from_slice(b"\r\n");
    out
}

/// The status of the answer, which must come within [`WAIT`] while the client still holds
/// the request open (a server waiting for the rest of the body would never answer).
async fn status(stream: &mut TcpStream) -> u16 {
    let mut answer = Vec::new();
    let mut buf = [0u8; 1024];
    let read = async {
        while !answer.windows(4).any(|w| w == b"\r\n\r\n") {
            let n = stream.read(&mut buf).await.unwrap();
            assert!(n > 0, "the server closed without an answer");
            answer.extend_from_slice(&buf[..n]);
        }
    };
    tokio::time::timeout(WAIT, read)
        .await
        .expect("an answer while the body is still unsent: the server waited to read it");
    let line = String::from_utf8_lossy(&answer);
    line.split_whitespace().nth(1).unwrap().parse().unwrap()
}

#[tokio::test]
async fn a_wrong_secret_is_refused_before_the_body_is_read() {
    let hook = serve().await;
    // A gigabyte announced, a little sent, the rest never comes.
    let mut stream = post_head(
        hook.addr,
        "wrong-secret-but-long-enough-0123456789",
        "content-length: 1000000000",
        &[b'{'; 1024],
    )
    .await;
    assert_eq!(status(&mut stream).await, 401);
    // A stream without a length that never ends.
    let mut stream = post_head(
        hook.addr,
        &SECRET[1..],
        "transfer-encoding: chunked",
        &chunk(&[b' '; 64 * 1024]),
    )
    .await;
    assert_eq!(status(&mut stream).await, 401);
    // No header at all.
    let mut stream = post_head(hook.addr, "", "transfer-encoding: chunked", b"").await;
    assert_eq!(status(&mut stream).await, 401);
    assert!(hook.fake.calls_to("sendMessage").is_empty());
    hook.store.close().await;
}

#[tokio::test]
async fn a_body_over_the_cap_is_refused_without_reading_the_rest() {
    let hook = serve().await;
    // Announced too long: refused before reading.
    let length = format!("content-length: {}", MAX_WEBHOOK_BODY + 1);
    let mut stream = post_head(hook.addr, SECRET, &length, b"{").await;
    assert_eq!(status(&mut stream).await, 413);
    // Streamed without a length: refused once past the cap, though it never ends. The
    // body is written from another task, so that a full socket cannot stop the test.
    let mut stream = post_head(hook.addr, SECRET, "transfer-encoding: chunked", b"").await;
    let (mut reader, mut writer) = stream.split();
    let write = async {
        for _ in 0..(MAX_WEBHOOK_BODY / (16 * 1024) + 2) {
            if writer.write_all(&chunk(&[b' '; 16 * 1024])).await.is_err() {
                break;
            }
        }
        std::future::pending::<()>().await
    };
    let answer = async {
        let mut buf = [0u8; 64];
        let n = tokio::time::timeout(WAIT, reader.read(&mut buf))
            .await
            .expect("an answer while the body goes on")
            .unwrap();
        String::from_utf8_lossy(&buf[..n]).into_owned()
    };
    let answer = tokio::select! {
        answer = answer => answer,
        _ = write => unreachable!(),
    };
    assert!(answer.starts_with("HTTP/1.1 413"), "{answer}");
    assert!(hook.fake.calls_to("sendMessage").is_empty());
    hook.store.close().await;
}

#[tokio::test]
async fn an_update_with_the_secret_and_up_to_the_cap_is_handled() {
    let hook = serve().await;
    hook.fake.push(updates::command(4201, "/start", "it"));
    let mut body = hook.fake.pending_updates()[0].to_string().into_bytes();
    // Padded to exactly the cap (JSON allows trailing white space), sent in pieces.
    body.resize(MAX_WEBHOOK_BODY, b' ');
    let mut framed: Vec<u8> = body.chunks(50_000).flat_map(chunk).collect();
    framed.extend_from_slice(b"0\r\n\r\n");
    let mut stream = post_head(hook.addr, SECRET, "transfer-encoding: chunked", &framed).await;
    assert_eq!(status(&mut stream).await, 200);
    eventually("the welcome", || {
        hook.fake
            .sent_texts(4201)
            .contains(&text("it", "welcome"))
            .then_some(())
    })
    .await;
    hook.store.close().await;
}

/// `carenet run --webhook` with `secret` in the environment and `args`: its errors.
fn run_webhook(secret: &str, args: &[&str]) -> (bool, String) {
    let dir = tempfile::tempdir().unwrap();
    let db = format!("sqlite://{}", dir.path().join("bot.db").display());
    let out = common::output(
        common::carenet(&db)
            .args(["run", "--webhook", "--webhook-url"])
            .arg("https://bot.example.org/telegram")
            .args(args)
            .env("TELOXIDE_TOKEN", "123456:TEST")
            // Nowhere: the settings are refused before any call.
            .env("TELOXIDE_API_URL", "http://127.0.0.1:9/")
            .env("CARENET_WEBHOOK_SECRET", secret),
    );
    (out.ok, out.err)
}

#[test]
fn a_short_secret_or_one_on_the_command_line_is_refused_at_start() {
    let (ok, err) = run_webhook(&SECRET[..31], &[]);
    assert!(!ok);
    assert!(
        err.contains("CARENET_WEBHOOK_SECRET must be 32 to 256 characters"),
        "{err}"
    );
    assert!(
        !err.contains(&SECRET[..31]),
        "the secret is not echoed: {err}"
    );
    // The flag is gone: a secret there would show in `ps`.
    let (ok, err) = run_webhook(SECRET, &["--webhook-secret", SECRET]);
    assert!(!ok);
    assert!(
        err.contains("unexpected argument '--webhook-secret'"),
        "{err}"
    );
}
