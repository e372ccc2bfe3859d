//! Settings, from command-line flags with `CARENET_*` environment variables as fallback
//! (clap reads both).

use std::path::PathBuf;

use clap::Args;

/// The shortest webhook secret we accept: 32 characters of Telegram's 64-letter alphabet
/// are 192 bits, beyond guessing (`openssl rand -hex 32` gives 64 characters).
pub const MIN_WEBHOOK_SECRET: usize = 32;

/// Where content and data live; shared by every subcommand that runs the bot.
#[derive(Debug, Clone, Args)]
pub struct Config {
    /// Database URL: sqlite://FILE (created if missing) or postgres://HOST/DATABASE.
    #[arg(
        long = "db",
        env = "CARENET_DATABASE_URL",
        default_value = "sqlite://carenet.db"
    )]
    pub database_url: String,
    /// Folder of dialogue files.
    #[arg(long, env = "CARENET_DIALOGUES", default_value = "dialogues")]
    pub dialogues: PathBuf,
    /// Folder of locale folders.
    #[arg(long, env = "CARENET_LOCALES", default_value = "locales")]
    pub locales: PathBuf,
    /// Folder of the service directory data we ship (helplines.csv, examples/), loaded by
    /// `carenet chat`.
    #[arg(long, env = "CARENET_DIRECTORY_DATA", default_value = "directory")]
    pub directory_data: PathBuf,
}

/// One group of settings from the environment and the defaults alone (no command line),
/// for `carenet` run without a subcommand.
pub fn from_env<T: Args>() -> T {
    #[derive(clap::Parser)]
    struct Only<T: Args> {
        #[command(flatten)]
        settings: T,
    }
    <Only<T> as clap::Parser>::parse_from(["carenet"]).settings
}

/// Keeping the directory current in `carenet run`: sources re-imported on a schedule.
#[derive(Debug, Clone, Args)]
pub struct DirectorySyncConfig {
    /// URLs (an HSDS package, an HSDS API ending in /services, a datapackage.json, or a
    /// flat CSV) re-imported every --directory-sync-hours; a service that leaves its
    /// source is retired (not shown, kept for the export). Comma-separated.
    #[arg(
        long = "directory-source",
        env = "CARENET_DIRECTORY_SOURCES",
        value_delimiter = ','
    )]
    pub sources: Vec<String>,
    /// Hours between two syncs of the sources.
    #[arg(long, env = "CARENET_DIRECTORY_SYNC_HOURS", default_value_t = 24)]
    pub directory_sync_hours: u64,
}

/// Telegram settings for `carenet run`. The token comes from `TELOXIDE_TOKEN` and the Bot
/// API address from `TELOXIDE_API_URL` (teloxide's own variables). No `Debug`: it holds the
/// webhook secret, which must never reach a log.
#[derive(Clone, Args)]
pub struct TelegramConfig {
    /// Serve webhooks instead of long polling (needs --webhook-url and the secret in
    /// CARENET_WEBHOOK_SECRET).
    #[arg(long, env = "CARENET_WEBHOOK", default_value_t = false)]
    pub webhook: bool,
    /// Public HTTPS URL Telegram posts updates to; it must end in /telegram.
    #[arg(long, env = "CARENET_WEBHOOK_URL")]
    pub webhook_url: Option<url::Url>,
    /// The secret Telegram sends with each update, from `CARENET_WEBHOOK_SECRET` only: a
    /// command-line flag would show it to every local user in `ps`.
    #[arg(skip = webhook_secret_from_env())]
    pub webhook_secret: Option<String>,
    /// Address the webhook server listens on, behind the HTTPS proxy (the proxy on the
    /// same machine: only local connections by default).
    #[arg(long, env = "CARENET_WEBHOOK_LISTEN", default_value = "127.0.0.1:8443")]
    pub listen: std::net::SocketAddr,
    /// Long-poll wait in seconds (below teloxide's 17-second HTTP timeout).
    #[arg(long, env = "CARENET_POLL_TIMEOUT", default_value_t = 10)]
    pub poll_timeout: u64,
    /// Messages a second for the whole bot.
    #[arg(long, env = "CARENET_RATE_OVERALL", default_value = "30")]
    pub rate_overall: std::num::NonZeroU32,
    /// Messages a second per chat, sustained.
    #[arg(long, env = "CARENET_RATE_PER_CHAT", default_value = "1")]
    pub rate_per_chat: std::num::NonZeroU32,
    /// Messages one chat may get at once.
    #[arg(long, env = "CARENET_BURST_PER_CHAT", default_value = "3")]
    pub burst_per_chat: std::num::NonZeroU32,
    /// Updates a minute from one user before one calm notice and then silence.
    #[arg(long, env = "CARENET_FLOOD_PER_MINUTE", default_value = "20")]
    pub flood_per_minute: std::num::NonZeroU32,
    /// Contacts not seen for this many days are erased.
    #[arg(long, env = "CARENET_RETENTION_DAYS", default_value_t = 180)]
    pub retention_days: i64,
    #[command(flatten)]
    pub handoff: HandoffConfig,
}

/// Talk to a person: where staff work and how long she may wait. Without a staff chat the
/// handoff is off and "Talk to a person" lists the helplines.
#[derive(Debug, Clone, Args)]
pub struct HandoffConfig {
    /// The staff supergroup's chat id (e.g. -1001234567890): new cases are announced there.
    #[arg(long, env = "CARENET_STAFF_CHAT", allow_hyphen_values = true)]
    pub staff_chat: Option<i64>,
    /// The staff group has topics (a forum): each case gets a topic of its own.
    #[arg(long, env = "CARENET_STAFF_TOPICS", default_value_t = false)]
    pub staff_topics: bool,
    /// Telegram user ids of the first admins, comma-separated; they are admins whatever the
    /// database says, and add the other staff with /staff.
    #[arg(long, env = "CARENET_ADMINS", default_value = "")]
    pub admins: String,
    /// Minutes a case may wait unclaimed (in staffed hours) before it is escalated.
    #[arg(long, env = "CARENET_ESCALATE_MINUTES", default_value_t = 10)]
    pub escalate_minutes: u64,
    /// When mediators are there, e.g. "Europe/Rome Mo-Fr 09:00-18:00 | ar,fa=Europe/Rome
    /// Mo-Sa 10:00-20:00"; empty: always.
    #[arg(long, env = "CARENET_STAFFED_HOURS", default_value = "")]
    pub staffed_hours: String,
    /// Days without a message in a case (either way) after which the bot closes it; her
    /// case also closes when the retention purge erases her contact.
    #[arg(long, env = "CARENET_CASE_IDLE_DAYS", default_value_t = 14)]
    pub case_idle_days: i64,
    /// Days the anonymous metadata of a closed case is kept for the figures.
    #[arg(long, env = "CARENET_CASE_RETENTION_DAYS", default_value_t = 365)]
    pub case_retention_days: i64,
    /// Messages a minute the bot sends to the staff group (Telegram allows about 20).
    #[arg(long, env = "CARENET_STAFF_CHAT_PER_MINUTE", default_value = "20")]
    pub staff_chat_per_minute: std::num::NonZeroU32,
}

impl HandoffConfig {
    /// The first admins' user ids.
    pub fn admin_ids(&self) -> anyhow::Result<Vec<i64>> {
        self.admins
            .split(',')
            .map(str::trim)
            .filter(|id| !id.is_empty())
            .map(|id| crate::staff::parse_user_id(id).map_err(anyhow::Error::from))
            .collect()
    }
}

/// The broadcast sender of `carenet run` (issue 6). Its rate is the bot's overall rate
/// (`CARENET_RATE_OVERALL`): broadcasts use what conversations leave.
#[derive(Debug, Clone, Args)]
pub struct BroadcastConfig {
    /// Send broadcasts from this process (every process may: one sends at a time).
    #[arg(long = "broadcast-sender", env = "CARENET_BROADCAST_SENDER", default_value_t = true, action = clap::ArgAction::Set)]
    pub sender: bool,
    /// Attempts for a network error or a 5xx before a recipient is given up.
    #[arg(long, env = "CARENET_BROADCAST_ATTEMPTS", default_value_t = 5)]
    pub broadcast_attempts: i64,
    /// First retry delay in seconds, doubled for each attempt.
    #[arg(long, env = "CARENET_BROADCAST_BACKOFF", default_value_t = 5)]
    pub broadcast_backoff: u64,
    /// Seconds between two edits of an organiser's progress message.
    #[arg(long, env = "CARENET_BROADCAST_PROGRESS", default_value_t = 3)]
    pub broadcast_progress: u64,
}

/// `CARENET_WEBHOOK_SECRET`, read here rather than by clap so that no flag can carry it.
fn webhook_secret_from_env() -> Option<String> {
    std::env::var("CARENET_WEBHOOK_SECRET").ok()
}

impl TelegramConfig {
    /// Refuses settings that would fail later or silently: a webhook secret short enough
    /// to guess (or empty: a request without the header would match it), a webhook URL
    /// Telegram would post to the wrong path, a retention that erases everyone, a poll
    /// longer than the HTTP timeout.
    pub fn validate(&self) -> anyhow::Result<()> {
        if self.webhook {
            let secret = self.webhook_secret.as_deref().unwrap_or("");
            let valid = (MIN_WEBHOOK_SECRET..=256).contains(&secret.len())
                && secret
                    .bytes()
                    .all(|b| b.is_ascii_alphanumeric() || b == b'_' || b == b'-');
            anyhow::ensure!(
                valid,
                "CARENET_WEBHOOK_SECRET must be {MIN_WEBHOOK_SECRET} to 256 characters of A-Z, a-z, \
                 0-9, _ and - (e.g. openssl rand -hex 32)"
            );
            let url = self
                .webhook_url
                .as_ref()
                .ok_or_else(|| anyhow::anyhow!("--webhook needs --webhook-url"))?;
            anyhow::ensure!(
                url.scheme() == "https" && url.path().ends_with("/telegram"),
                "--webhook-url must be an https:// URL ending in /telegram"
            );
        }
        anyhow::ensure!(
            (1..=36_500).contains(&self.retention_days),
            "--retention-days must be 1 to 36500"
        );
        anyhow::ensure!(
            (1..=365).contains(&self.handoff.case_idle_days),
            "--case-idle-days must be 1 to 365"
        );
        anyhow::ensure!(
            (1..=36_500).contains(&self.handoff.case_retention_days)
                && (1..=10_080).contains(&self.handoff.escalate_minutes),
            "--case-retention-days must be 1 to 36500, --escalate-minutes 1 to 10080 (a week)"
        );
        anyhow::ensure!(
            (1..=15).contains(&self.poll_timeout),
            "--poll-timeout must be 1 to 15 seconds (teloxide's HTTP timeout is 17)"
        );
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn webhook(url: &str, secret: &str) -> TelegramConfig {
        let mut config = from_env::<TelegramConfig>();
        config.webhook = true;
        config.webhook_url = url.parse().ok();
        config.webhook_secret = Some(secret.to_string());
        config
    }

    /// 32 characters, the shortest secret accepted.
    const SECRET: &str = "s3cret_-X0123456789abcdefghijklm";

    #[test]
    fn refuses_settings_that_would_fail_later() {
        assert_eq!(SECRET.len(), MIN_WEBHOOK_SECRET);
        assert!(
            webhook("https://bot.example.org/telegram", SECRET)
                .validate()
                .is_ok()
        );
        assert!(
            webhook("https://bot.example.org/telegram", "")
                .validate()
                .is_err()
        );
        assert!(
            webhook("https://bot.example.org/telegram", &format!("{SECRET} x"))
                .validate()
                .is_err()
        );
        assert!(
            webhook("https://bot.example.org/hook", SECRET)
                .validate()
                .is_err()
        );
        assert!(
            webhook("http://bot.example.org/telegram", SECRET)
                .validate()
                .is_err()
        );
        // One character short: refused, naming the variable to change.
        let short = webhook("https://bot.example.org/telegram", &SECRET[1..])
            .validate()
            .unwrap_err()
            .to_string();
        assert!(
            short.starts_with("CARENET_WEBHOOK_SECRET must be 32 to 256"),
            "{short}"
        );
        let mut config = from_env::<TelegramConfig>();
        assert!(config.validate().is_ok(), "the defaults are valid");
        assert_eq!(
            config.listen,
            "127.0.0.1:8443".parse().unwrap(),
            "only a proxy on this machine reaches the webhook server by default"
        );
        config.retention_days = 0;
        assert!(config.validate().is_err());
        config.retention_days = 36_501;
        assert!(config.validate().is_err(), "a hundred years at most");
        config.retention_days = 30;
        config.handoff.case_idle_days = 0;
        assert!(
            config.validate().is_err(),
            "a case must be given a day at least"
        );
        config.handoff.case_idle_days = 14;
        config.poll_timeout = 30;
        assert!(config.validate().is_err());
    }
}
