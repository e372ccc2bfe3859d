//! Webhook mode, for deployments behind HTTPS: Telegram POSTs updates to us. Every request
//! must carry the secret token we registered; others get 401 before a byte of their body is
//! read, and a body over [`MAX_BODY`] gets 413 without being read further, so that a
//! stranger who finds the address cannot make us hold or parse anything. Updates go to the
//! same per-chat queues as in polling ([`Dispatcher`]) and are answered 200 at once:
//! Telegram sends them one at a time, so handling one before answering would make every
//! chat wait behind the slowest (a flood, a chat waiting for its rate limit).

use std::net::SocketAddr;
use std::sync::Arc;

use axum::body::{Body, Bytes};
use axum::extract::State;
use axum::http::{HeaderMap, StatusCode, header};
use axum::routing::post;
use axum::{Json, Router};
use teloxide::prelude::*;
use teloxide::types::Update;
use tokio::sync::watch;

use super::Telegram;
use super::dispatch::Dispatcher;

const SECRET_HEADER: &str = "x-telegram-bot-api-secret-token";

/// The largest update body we read. Telegram's updates are a few kilobytes (a message
/// holds at most 4,096 characters, a caption 1,024; files come as ids, not bytes).
pub const MAX_BODY: usize = 256 * 1024;

/// No `Debug`: it holds the secret.
#[derive(Clone)]
pub struct WebhookSettings {
    /// The public HTTPS URL Telegram posts to (ends with `path`).
    pub url: url::Url,
    /// Where this process listens (behind the HTTPS proxy).
    pub listen: SocketAddr,
    /// 32–256 characters of A–Z, a–z, 0–9, _ and - (checked by the config's `validate`).
    pub secret: String,
}

struct Hook {
    dispatcher: Arc<Dispatcher>,
    secret: String,
}

/// The router alone, for tests and for embedding.
pub fn router(tg: Arc<Telegram>, secret: String) -> Router {
    routes(Dispatcher::new(tg), secret)
}

fn routes(dispatcher: Arc<Dispatcher>, secret: String) -> Router {
    let path = "/telegram";
    Router::new()
        .route(path, post(receive))
        .with_state(Arc::new(Hook { dispatcher, secret }))
}

/// Registers the webhook and serves until `shutdown` turns true.
pub async fn run_webhook(
    tg: Arc<Telegram>,
    settings: WebhookSettings,
    mut shutdown: watch::Receiver<bool>,
) -> anyhow::Result<()> {
    // One connection: Telegram then sends updates one by one, so each chat's stay in order.
    tg.bot()
        .set_webhook(settings.url.clone())
        .secret_token(settings.secret.clone())
        .max_connections(1)
        .allowed_updates(super::ALLOWED_UPDATES.to_vec())
        .await
        .map_err(|e| anyhow::anyhow!("setWebhook failed: {}", super::sender::describe(&e)))?;
    let listener = tokio::net::TcpListener::bind(settings.listen).await?;
    let dispatcher = Dispatcher::new(tg);
    axum::serve(listener, routes(Arc::clone(&dispatcher), settings.secret))
        .with_graceful_shutdown(async move {
            let _ = shutdown.wait_for(|stop| *stop).await;
        })
        .await?;
    // Updates taken are answered before the process ends.
    dispatcher.drained().await;
    Ok(())
}

// The body is taken as a stream (`Body`), not as `Bytes`: axum would read the whole of
// `Bytes` before this function runs, whoever sent it.
async fn receive(State(hook): State<Arc<Hook>>, headers: HeaderMap, body: Body) -> StatusCode {
    let given = headers
        .get(SECRET_HEADER)
        .map(|v| v.as_bytes())
        .unwrap_or_default();
    if !constant_time_eq(given, hook.secret.as_bytes()) {
        return StatusCode::UNAUTHORIZED;
    }
    let body = match read_capped(&headers, body).await {
        Ok(body) => body,
        Err(status) => return status,
    };
    let Ok(Json(update)) = Json::<Update>::from_bytes(&body) else {
        // Telegram would resend a failed update forever: take it and move on.
        tracing::warn!("webhook body is not an update");
        return StatusCode::OK;
    };
    hook.dispatcher.dispatch(update);
    StatusCode::OK
}

/// The body, up to [`MAX_BODY`]: a larger declared length is refused before reading, a
/// longer stream as soon as it passes the cap (413 either way).
async fn read_capped(headers: &HeaderMap, body: Body) -> Result<Bytes, StatusCode> {
    let declared = headers
        .get(header::CONTENT_LENGTH)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.parse::<u64>().ok());
    if declared.is_some_and(|length| length > MAX_BODY as u64) {
        tracing::warn!("webhook body over the cap refused");
        return Err(StatusCode::PAYLOAD_TOO_LARGE);
    }
    axum::body::to_bytes(body, MAX_BODY).await.map_err(|_| {
        // Over the cap, or the connection broke: nothing to handle either way.
        tracing::warn!("webhook body over the cap or cut short, refused");
        StatusCode::PAYLOAD_TOO_LARGE
    })
}

/// Compares without stopping at the first difference, so timing tells nothing.
fn constant_time_eq(a: &[u8], b: &[u8]) -> bool {
    if a.len() != b.len() {
        return false;
    }
    a.iter().zip(b).fold(0u8, |acc, (x, y)| acc | (x ^ y)) == 0
}

#[cfg(test)]
mod tests {
    use super::constant_time_eq;

    #[test]
    fn compares_secrets() {
        assert!(constant_time_eq(b"abc", b"abc"));
        assert!(!constant_time_eq(b"abc", b"abd"));
        assert!(!constant_time_eq(b"abc", b"ab"));
        assert!(!constant_time_eq(b"", b"x"));
    }
}
