//! End to end load on the Telegram channel: the release `carenet run` binary, as a child
//! process, against the fake Bot API server (tests/support/fake_telegram.rs) on 127.0.0.1,
//! with a temporary SQLite file. Target (issue 3): at least 2,000 updates/s handled (update
//! fetched → reply delivered) with 1,000 simulated users, p99 under 20 ms excluding
//! rate-limit waits (the limits are raised for the run), under 50 MB RSS.
//!
//!     cargo bench --bench telegram_load
//!
//! A plain `main` (no criterion). In order:
//!
//! 1. The fake's own capacity: teloxide clients in this process send `sendMessage` to a
//!    fresh fake as fast as they can, so that the fake is known not to be the limit.
//! 2. `carenet run` starts (rate limits and flood limit raised far above the load).
//! 3. Calibration: one user per language walks the script one update at a time; each
//!    button pressed must be on the keyboard the bot sent just before, and the number of
//!    `sendMessage`/`editMessageText` calls each step causes is recorded (a first `/start`
//!    in a draft language is two messages, the help screen comes with a second message for
//!    the location button, a press elsewhere edits the screen in place: one call).
//! 4. Stages at a controlled offered rate (open loop, round robin over the 1,000 users,
//!    so each user's updates are `1000 / rate` seconds apart; the first stage also takes
//!    every user through `/start` and consent, so it is the warm-up), then flat out (every
//!    user's next updates pushed at once). Each stage ends when the fake holds no
//!    unconfirmed update: the bot never confirms an update before it is handled, so all
//!    its replies are in. Once a rate is not kept up with, the rates above the target are
//!    skipped (flat out still runs); a stage not drained within 60 s ends the run.
//!
//! Latency of an update: from its push into the fake to the arrival at the fake of the
//! first `sendMessage`/`editMessageText` it caused. Replies are matched to updates per chat
//! and in order (the bot handles one chat's updates in order), using the calibrated number
//! of calls per step; a chat whose call count does not add up is reported and left out.
//! An update is handled when the last call it caused arrived. Where the time goes: pushed
//! → carried by a `getUpdates` answer → (a press) its `answerCallbackQuery` → first reply.
//! Also reported: how many times `getUpdates` carried each update (an update in hand comes
//! back until the offset passes it), batch sizes, the bot's own logged handling time, the
//! slowest updates. RSS is the child's (`VmRSS` sampled, `VmHWM` at the end); CPU from
//! /proc for the child (by thread name), for this process (the fake server and the load
//! generator) and for the rest of the machine (other work there skews the figures).
//!
//! The users: chat ids from 100,000; languages round robin over it, es, en, fr, ar, fa, uk,
//! el; each does `/start`, presses `a:consent`, then cycles through `g:rights`,
//! `g:rights_it`, `a:back`, `a:menu`, `g:help`, `g:help_it`, a help word in her language
//! ("aiuto", "ayuda", ...) and `/start` again. A press names the message it was under; the
//! fake puts the bot's last version of that message in the callback query.
//!
//! Settings (environment): `CARENET_LOAD_STAGES` as `rate:seconds,...` (default
//! `500:6,1000:8,2000:15,3000:8`), `CARENET_LOAD_FLAT` updates per user in the flat-out
//! stage (default 15, 0 skips it), `CARENET_LOAD_BIN` another `carenet` binary to run
//! (to compare an experimental build; the content is this tree's), `CARENET_LOAD_LOG` its
//! log filter (default `info`; its log is then kept as /tmp/telegram_load_carenet.log).
//! A watchdog ends the run (and the child) after 170 seconds whatever happens. All traffic
//! stays on 127.0.0.1.

#[path = "../tests/support/fake_telegram.rs"]
mod fake_telegram;

use std::collections::HashMap;
use std::fs::File;
use std::io::{Read, Seek, SeekFrom};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicU32, AtomicU64, Ordering};
use std::time::{Duration, Instant};

use fake_telegram::{Call, FakeTelegram, TOKEN, updates};
use serde_json::Value;
use teloxide::prelude::*;
use teloxide::types::{InlineKeyboardButton, InlineKeyboardMarkup};

const USERS: usize = 1_000;
const FIRST_CHAT: i64 = 100_000;
const CALIBRATION_CHAT: i64 = 9_000_000;
/// Languages, each with a word that leads to the help screen.
const LANGUAGES: [(&str, &str); 8] = [
    ("it", "aiuto"),
    ("es", "ayuda"),
    ("en", "help"),
    ("fr", "aide"),
    ("ar", "مساعدة"),
    ("fa", "کمک"),
    ("uk", "допомога"),
    ("el", "βοήθεια"),
];
/// The message a button press is under (the fake keeps the bot's last edit of it).
const PRESSED_MESSAGE: i64 = 1;
const DEFAULT_STAGES: &str = "500:6,1000:8,2000:15,3000:8";
const DEFAULT_FLAT_PER_USER: usize = 15;
const WATCHDOG: Duration = Duration::from_secs(170);
const DRAIN_TIMEOUT: Duration = Duration::from_secs(60);
/// No stage starts after this.
const BUDGET: Duration = Duration::from_secs(110);
const TARGET_RATE: f64 = 2_000.0;
const TARGET_P99_MS: f64 = 20.0;
const TARGET_RSS_MB: f64 = 50.0;
/// The child's pid, for the watchdog.
static CHILD: AtomicU32 = AtomicU32::new(0);

#[derive(Clone, Copy, Debug)]
enum Step {
    Command(&'static str),
    Button(&'static str),
    HelpWord,
}

const ONBOARDING: [Step; 2] = [Step::Command("/start"), Step::Button("a:consent")];
const CYCLE: [Step; 8] = [
    Step::Button("g:rights"),
    Step::Button("g:rights_it"),
    Step::Button("a:back"),
    Step::Button("a:menu"),
    Step::Button("g:help"),
    Step::Button("g:help_it"),
    Step::HelpWord,
    Step::Command("/start"),
];
/// Positions: the onboarding steps, then the cycle's.
const POSITIONS: usize = ONBOARDING.len() + CYCLE.len();

/// Where a user's `n`-th update falls in the script.
fn position(n: usize) -> usize {
    match n < ONBOARDING.len() {
        true => n,
        false => ONBOARDING.len() + (n - ONBOARDING.len()) % CYCLE.len(),
    }
}

fn step_at(position: usize) -> Step {
    match position < ONBOARDING.len() {
        true => ONBOARDING[position],
        false => CYCLE[position - ONBOARDING.len()],
    }
}

fn update(chat: i64, language: usize, step: Step) -> Value {
    let (code, word) = LANGUAGES[language];
    match step {
        Step::Command(command) => updates::command(chat, command, code),
        Step::Button(payload) => updates::callback_query(chat, PRESSED_MESSAGE, payload, code),
        Step::HelpWord => updates::text(chat, word, code),
    }
}

fn is_reply(call: &Call) -> bool {
    call.is("sendMessage") || call.is("editMessageText")
}

// ---------------------------------------------------------------------------------------
// /proc readings.

fn cpus() -> f64 {
    std::thread::available_parallelism().map_or(1.0, |n| n.get() as f64)
}

fn clock_ticks() -> f64 {
    Command::new("getconf")
        .arg("CLK_TCK")
        .output()
        .ok()
        .and_then(|o| String::from_utf8(o.stdout).ok())
        .and_then(|s| s.trim().parse().ok())
        .unwrap_or(100.0)
}

/// utime + stime, in clock ticks, of a /proc/.../stat file.
fn cpu_ticks(stat: &Path) -> u64 {
    let Ok(text) = std::fs::read_to_string(stat) else {
        return 0;
    };
    let Some((_, rest)) = text.rsplit_once(") ") else {
        return 0;
    };
    let fields: Vec<&str> = rest.split_whitespace().collect();
    let field = |i: usize| fields.get(i).and_then(|f| f.parse::<u64>().ok());
    field(11).unwrap_or(0) + field(12).unwrap_or(0)
}

/// Busy CPU ticks of the whole machine (all CPUs, every process), from /proc/stat.
fn machine_busy_ticks() -> u64 {
    let text = std::fs::read_to_string("/proc/stat").unwrap_or_default();
    let fields: Vec<u64> = text
        .lines()
        .next()
        .unwrap_or_default()
        .split_whitespace()
        .skip(1)
        .filter_map(|f| f.parse().ok())
        .collect();
    // user nice system idle iowait irq softirq steal ...: all but idle and iowait.
    fields.iter().sum::<u64>() - fields.get(3).unwrap_or(&0) - fields.get(4).unwrap_or(&0)
}

/// CPU ticks of each thread of `pid`, summed by thread name (digits dropped).
fn thread_ticks(pid: u32) -> HashMap<String, u64> {
    let mut by_name = HashMap::new();
    let Ok(tasks) = std::fs::read_dir(format!("/proc/{pid}/task")) else {
        return by_name;
    };
    for task in tasks.flatten() {
        let name = std::fs::read_to_string(task.path().join("comm")).unwrap_or_default();
        let name: String = name
            .trim()
            .trim_end_matches(|c: char| c.is_ascii_digit())
            .into();
        *by_name.entry(name).or_insert(0) += cpu_ticks(&task.path().join("stat"));
    }
    by_name
}

/// A `kB` line of /proc/<pid>/status, in MB.
fn status_mb(pid: u32, field: &str) -> Option<f64> {
    let text = std::fs::read_to_string(format!("/proc/{pid}/status")).ok()?;
    let line = text.lines().find(|l| l.starts_with(field))?;
    let kb: f64 = line.split_whitespace().nth(1)?.parse().ok()?;
    Some(kb / 1024.0)
}

// ---------------------------------------------------------------------------------------
// The bot process.

struct BotProcess {
    child: Child,
    pid: u32,
    log: PathBuf,
    log_offset: u64,
}

impl BotProcess {
    fn start(fake: &FakeTelegram, db: &str, log: PathBuf) -> BotProcess {
        // Another build of carenet (an experiment) can stand in for this one.
        let exe = std::env::var("CARENET_LOAD_BIN")
            .ok()
            .filter(|bin| !bin.is_empty())
            .unwrap_or_else(|| env!("CARGO_BIN_EXE_carenet").to_string());
        assert!(
            Path::new(&exe).exists(),
            "{exe} is missing: build it with `cargo build --release` (cargo bench does)"
        );
        let child = Command::new(&exe)
            .arg("run")
            .current_dir(env!("CARGO_MANIFEST_DIR"))
            .env("TELOXIDE_TOKEN", TOKEN)
            .env("TELOXIDE_API_URL", fake.url())
            .env("CARENET_DATABASE_URL", db)
            .env("CARENET_POLL_TIMEOUT", "5")
            .env("CARENET_RATE_OVERALL", "1000000")
            .env("CARENET_RATE_PER_CHAT", "1000000")
            .env("CARENET_BURST_PER_CHAT", "1000000")
            .env("CARENET_FLOOD_PER_MINUTE", "1000000")
            // Its default (info: one line per update, with its latency) unless asked.
            .env(
                "CARENET_LOG",
                std::env::var("CARENET_LOAD_LOG").unwrap_or_else(|_| "info".into()),
            )
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(File::create(&log).expect("create the log file"))
            .spawn()
            .expect("start carenet");
        let pid = child.id();
        BotProcess {
            child,
            pid,
            log,
            log_offset: 0,
        }
    }

    /// Handling times the bot logged (`latency_us`) since the last call, in ms, and the
    /// outcomes.
    fn logged_since_last(&mut self) -> (Vec<f64>, HashMap<String, usize>) {
        let mut file = File::open(&self.log).expect("open the log");
        file.seek(SeekFrom::Start(self.log_offset)).expect("seek");
        let mut text = String::new();
        file.read_to_string(&mut text).expect("read the log");
        // Only whole lines.
        let end = text.rfind('\n').map_or(0, |i| i + 1);
        self.log_offset += end as u64;
        let mut latencies = Vec::new();
        let mut outcomes = HashMap::new();
        for line in text[..end].lines() {
            let value = |key: &str| {
                let start = line.find(key)? + key.len();
                let rest = &line[start..];
                let end = rest.find(' ').unwrap_or(rest.len());
                Some(rest[..end].trim_matches('"').to_string())
            };
            if let Some(us) = value("latency_us=").and_then(|v| v.parse::<f64>().ok()) {
                latencies.push(us / 1e3);
            }
            if let Some(outcome) = value("outcome=") {
                *outcomes.entry(outcome).or_insert(0) += 1;
            }
        }
        (latencies, outcomes)
    }

    /// SIGTERM, then SIGKILL if it has not stopped within 10 s.
    fn stop(&mut self) -> Option<std::process::ExitStatus> {
        let _ = Command::new("kill")
            .args(["-TERM", &self.pid.to_string()])
            .status();
        let deadline = Instant::now() + Duration::from_secs(10);
        while Instant::now() < deadline {
            if let Ok(Some(status)) = self.child.try_wait() {
                return Some(status);
            }
            std::thread::sleep(Duration::from_millis(20));
        }
        let _ = self.child.kill();
        self.child.wait().ok();
        None
    }
}

impl Drop for BotProcess {
    fn drop(&mut self) {
        if let Ok(None) = self.child.try_wait() {
            let _ = self.child.kill();
            let _ = self.child.wait();
        }
    }
}

/// Samples the child's `VmRSS` every 20 ms; `take_peak` returns the highest since the
/// last take.
struct RssSampler {
    peak_kb: Arc<AtomicU64>,
    stop: Arc<AtomicBool>,
}

impl RssSampler {
    fn start(pid: u32) -> RssSampler {
        let peak_kb = Arc::new(AtomicU64::new(0));
        let stop = Arc::new(AtomicBool::new(false));
        let (peak, stopping) = (peak_kb.clone(), stop.clone());
        std::thread::spawn(move || {
            while !stopping.load(Ordering::Relaxed) {
                if let Some(mb) = status_mb(pid, "VmRSS:") {
                    peak.fetch_max((mb * 1024.0) as u64, Ordering::Relaxed);
                }
                std::thread::sleep(Duration::from_millis(20));
            }
        });
        RssSampler { peak_kb, stop }
    }

    fn take_peak(&self) -> f64 {
        self.peak_kb.swap(0, Ordering::Relaxed) as f64 / 1024.0
    }
}

impl Drop for RssSampler {
    fn drop(&mut self) {
        self.stop.store(true, Ordering::Relaxed);
    }
}

// ---------------------------------------------------------------------------------------
// Talking to the fake from outside the bot.

/// Updates pushed and not yet confirmed by the bot (`getWebhookInfo`, answered at once).
async fn pending(client: &reqwest::Client, fake: &FakeTelegram) -> u64 {
    let url = format!("{}bot{TOKEN}/getWebhookInfo", fake.url());
    let answer = async {
        let text = client.get(&url).send().await.ok()?.text().await.ok()?;
        serde_json::from_str::<Value>(&text).ok()?["result"]["pending_update_count"].as_u64()
    };
    answer.await.unwrap_or(u64::MAX)
}

/// Waits until the bot has confirmed every update pushed: it has handled them all. `None`
/// if it has not within `timeout`.
async fn drain(
    client: &reqwest::Client,
    fake: &FakeTelegram,
    timeout: Duration,
) -> Option<Duration> {
    let started = Instant::now();
    while pending(client, fake).await != 0 {
        if started.elapsed() > timeout {
            return None;
        }
        tokio::time::sleep(Duration::from_millis(5)).await;
    }
    Some(started.elapsed())
}

// ---------------------------------------------------------------------------------------
// Statistics.

/// The `q` quantile (0..=1) of sorted values.
fn quantile(sorted: &[f64], q: f64) -> f64 {
    if sorted.is_empty() {
        return f64::NAN;
    }
    let rank = ((sorted.len() as f64 * q).ceil() as usize).clamp(1, sorted.len());
    sorted[rank - 1]
}

fn sorted(mut values: Vec<f64>) -> Vec<f64> {
    values.sort_unstable_by(f64::total_cmp);
    values
}

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1e3
}

// ---------------------------------------------------------------------------------------
// 1. The fake's own capacity.

async fn fake_capacity() {
    let fake = FakeTelegram::start().await;
    let bot = fake.bot();
    let keyboard = InlineKeyboardMarkup::new((0..8).map(|i| {
        vec![InlineKeyboardButton::callback(
            format!("Button {i}"),
            format!("g:node_{i}"),
        )]
    }));
    let text = "Di cosa hai bisogno? Scegli un pulsante. ".repeat(8);
    let ticks = clock_ticks();
    let cpu_before = cpu_ticks(Path::new("/proc/self/stat"));
    let started = Instant::now();
    let run_for = Duration::from_secs(3);
    let mut tasks = Vec::new();
    for t in 0..64i64 {
        let (bot, keyboard, text) = (bot.clone(), keyboard.clone(), text.clone());
        tasks.push(tokio::spawn(async move {
            let mut n = 0u64;
            while started.elapsed() < run_for {
                bot.send_message(ChatId(FIRST_CHAT + t), text.clone())
                    .reply_markup(keyboard.clone())
                    .await
                    .expect("the fake answers");
                n += 1;
            }
            n
        }));
    }
    let mut calls = 0;
    for task in tasks {
        calls += task.await.expect("a sender task");
    }
    let elapsed = started.elapsed().as_secs_f64();
    let cpu = (cpu_ticks(Path::new("/proc/self/stat")) - cpu_before) as f64 / ticks;
    println!("## Fake server capacity (fake + 64 teloxide clients, one process)");
    println!(
        "  {calls} sendMessage in {elapsed:.2} s = {:.0} calls/s; CPU {:.0}% ({:.0} µs per call, \
         server and client together)",
        calls as f64 / elapsed,
        cpu / elapsed * 100.0,
        cpu / calls as f64 * 1e6
    );
    drop(fake);
}

// ---------------------------------------------------------------------------------------
// 3. Calibration.

/// Calls caused by each step, by language and position in the script.
type Counts = [[usize; POSITIONS]; LANGUAGES.len()];

async fn calibrate(fake: &FakeTelegram, client: &reqwest::Client) -> Counts {
    let cycles = 2;
    let steps = ONBOARDING.len() + cycles * CYCLE.len();
    let mut seen = vec![0usize; LANGUAGES.len()];
    let mut counts = vec![vec![Vec::new(); POSITIONS]; LANGUAGES.len()];
    for n in 0..steps {
        let calls = fake.calls();
        for (language, _) in LANGUAGES.iter().enumerate() {
            let chat = CALIBRATION_CHAT + language as i64;
            let step = step_at(position(n));
            if let Step::Button(payload) = step {
                // The button she presses is on the last keyboard the bot sent her.
                let keyboard = calls
                    .iter()
                    .rev()
                    .filter(|c| is_reply(c) && c.chat_id() == Some(chat))
                    .find_map(Call::inline_keyboard)
                    .unwrap_or_default();
                assert!(
                    keyboard.iter().flatten().any(|(_, data)| data == payload),
                    "{payload} is not on the keyboard the bot sent in {}: {keyboard:?}",
                    LANGUAGES[language].0
                );
            }
            fake.push(update(chat, language, step));
        }
        drain(client, fake, DRAIN_TIMEOUT)
            .await
            .expect("the bot answers calibration updates");
        let calls = fake.calls();
        for (language, seen) in seen.iter_mut().enumerate() {
            let chat = CALIBRATION_CHAT + language as i64;
            let replies: Vec<&Call> = calls
                .iter()
                .filter(|c| is_reply(c) && c.chat_id() == Some(chat))
                .collect();
            for call in &replies[*seen..] {
                assert!(
                    call.ok(),
                    "{} {} answered {}: {}",
                    call.method,
                    LANGUAGES[language].0,
                    call.status,
                    call.response
                );
            }
            counts[language][position(n)].push(replies.len() - *seen);
            *seen = replies.len();
        }
    }
    let mut table = [[0; POSITIONS]; LANGUAGES.len()];
    for (language, by_position) in counts.iter().enumerate() {
        for (p, observed) in by_position.iter().enumerate() {
            assert!(
                observed.windows(2).all(|w| w[0] == w[1]) && observed[0] > 0,
                "{} {:?}: calls per step differ between cycles or are zero: {observed:?}",
                LANGUAGES[language].0,
                step_at(p)
            );
            table[language][p] = observed[0];
        }
    }
    println!("## Calibration: sendMessage/editMessageText calls per step");
    for (language, row) in table.iter().enumerate() {
        println!("  {}: {row:?}", LANGUAGES[language].0);
    }
    fake.clear_calls();
    table
}

// ---------------------------------------------------------------------------------------
// 4. Stages.

#[derive(Clone, Copy)]
enum Plan {
    /// Updates a second, for so many seconds.
    Rate(f64, f64),
    /// Each user's next `n` updates, pushed at once.
    Flat(usize),
}

struct Pushed {
    user: usize,
    position: usize,
    at: Instant,
    update_id: i64,
    /// A button press's `callback_query.id`, which its `answerCallbackQuery` names.
    callback: Option<String>,
}

struct Load<'a> {
    fake: &'a FakeTelegram,
    client: &'a reqwest::Client,
    bot: &'a mut BotProcess,
    rss: &'a RssSampler,
    counts: Counts,
    next_step: Vec<usize>,
    ticks: f64,
}

/// One update's way through: pushed, fetched by getUpdates, its button answered (a
/// press), its first and last reply call.
struct Sample {
    step: Step,
    pushed: Instant,
    fetched: Instant,
    answered: Option<Instant>,
    first: Instant,
    last: Instant,
}

struct StageResult {
    name: String,
    updates: usize,
    achieved: f64,
    replies_per_second: f64,
    p50: f64,
    p90: f64,
    p99: f64,
    p999: f64,
    max: f64,
    handled_p99: f64,
    peak_rss: f64,
    cpu_child: f64,
    cpu_bench: f64,
    cpu_others: f64,
    /// Every update pushed was handled before the drain timeout.
    complete: bool,
}

impl Load<'_> {
    fn next_update(&mut self, user: usize) -> (Value, usize) {
        let n = self.next_step[user];
        self.next_step[user] += 1;
        let p = position(n);
        let language = user % LANGUAGES.len();
        let value = update(FIRST_CHAT + user as i64, language, step_at(p));
        (value, p)
    }

    /// Pushes one update now.
    fn push(&self, user: usize, position: usize, value: Value) -> Pushed {
        let callback = value["callback_query"]["id"].as_str().map(str::to_owned);
        let at = Instant::now();
        let update_id = self.fake.push(value);
        Pushed {
            user,
            position,
            at,
            update_id,
            callback,
        }
    }

    async fn stage(&mut self, plan: Plan) -> StageResult {
        let name = match plan {
            Plan::Rate(rate, seconds) => format!("{rate:.0}/s for {seconds:.0} s"),
            Plan::Flat(n) => format!("flat out ({n} per user)"),
        };
        println!("## Stage: {name}");
        self.rss.take_peak();
        let child_stat = PathBuf::from(format!("/proc/{}/stat", self.bot.pid));
        let self_stat = Path::new("/proc/self/stat");
        let (child_before, self_before) = (cpu_ticks(&child_stat), cpu_ticks(self_stat));
        let machine_before = machine_busy_ticks();
        let threads_before = thread_ticks(self.bot.pid);
        let mut pushed: Vec<Pushed> = Vec::new();
        let started = Instant::now();
        match plan {
            Plan::Rate(rate, seconds) => {
                let total = (rate * seconds) as usize;
                pushed.reserve(total);
                let mut j = 0;
                while j < total {
                    let due = ((started.elapsed().as_secs_f64() * rate) as usize + 1).min(total);
                    while j < due {
                        let user = j % USERS;
                        let (value, position) = self.next_update(user);
                        pushed.push(self.push(user, position, value));
                        j += 1;
                    }
                    tokio::time::sleep(Duration::from_micros(500)).await;
                }
            }
            Plan::Flat(n) => {
                let mut all = Vec::with_capacity(n * USERS);
                for _ in 0..n {
                    for user in 0..USERS {
                        let (value, position) = self.next_update(user);
                        all.push((user, position, value));
                    }
                }
                pushed.reserve(all.len());
                for (user, position, value) in all {
                    pushed.push(self.push(user, position, value));
                }
                println!(
                    "  pushed {} updates in {:.0} ms",
                    pushed.len(),
                    ms(started.elapsed())
                );
            }
        }
        let pushing = started.elapsed();
        let drained = drain(self.client, self.fake, DRAIN_TIMEOUT).await;
        let wall = started.elapsed().as_secs_f64();
        let cpu_child = (cpu_ticks(&child_stat) - child_before) as f64 / self.ticks / wall;
        let cpu_bench = (cpu_ticks(self_stat) - self_before) as f64 / self.ticks / wall;
        let cpu_machine = (machine_busy_ticks() - machine_before) as f64 / self.ticks / wall;
        // Everything else on the machine (other builds and tests would skew the figures).
        let cpu_others = (cpu_machine - cpu_child - cpu_bench).max(0.0);
        let threads_after = thread_ticks(self.bot.pid);
        let calls = self.fake.calls();
        self.fake.clear_calls();
        let peak_rss = self.rss.take_peak();
        let (handled, outcomes) = self.bot.logged_since_last();

        // Replies per chat, in order.
        let mut by_chat: HashMap<i64, Vec<Instant>> = HashMap::new();
        let mut failed = 0;
        let mut methods: HashMap<String, usize> = HashMap::new();
        for call in &calls {
            *methods.entry(call.method.clone()).or_insert(0) += 1;
            if !call.is("getWebhookInfo") && !call.is("getUpdates") && !call.ok() {
                failed += 1;
            }
            if is_reply(call)
                && let Some(chat) = call.chat_id()
            {
                by_chat.entry(chat).or_default().push(call.at);
            }
        }
        // When each update reached the bot: the getUpdates answer that carried it (a long
        // poll that was waiting is answered at the push). And each button press's
        // answerCallbackQuery, the bot's first call for it, by callback id in order.
        let mut fetched: HashMap<i64, Instant> = HashMap::new();
        let mut answered: HashMap<&str, Vec<Instant>> = HashMap::new();
        for call in &calls {
            if call.is("getUpdates") {
                for update in call.response.as_array().into_iter().flatten() {
                    if let Some(id) = update["update_id"].as_i64() {
                        fetched.entry(id).or_insert(call.at);
                    }
                }
            } else if call.is("answerCallbackQuery")
                && let Some(id) = call.str("callback_query_id")
            {
                answered.entry(id).or_default().push(call.at);
            }
        }
        let mut cursor: HashMap<i64, usize> = HashMap::new();
        let mut answer_cursor: HashMap<&str, usize> = HashMap::new();
        let mut bad_chats = std::collections::HashSet::new();
        let mut samples: Vec<(i64, Sample)> = Vec::with_capacity(pushed.len());
        for p in &pushed {
            let chat = FIRST_CHAT + p.user as i64;
            let count = self.counts[p.user % LANGUAGES.len()][p.position];
            let at = cursor.entry(chat).or_insert(0);
            let replies = by_chat.get(&chat).map_or(&[][..], Vec::as_slice);
            let answer = p.callback.as_deref().and_then(|id| {
                let (key, times) = answered.get_key_value(id)?;
                let next = answer_cursor.entry(key).or_insert(0);
                *next += 1;
                times.get(*next - 1).copied()
            });
            let fetched = fetched.get(&p.update_id).map(|f| (*f).max(p.at));
            match (replies.get(*at), replies.get(*at + count - 1), fetched) {
                (Some(&first), Some(&last), Some(fetched)) if first >= p.at => {
                    samples.push((
                        chat,
                        Sample {
                            step: step_at(p.position),
                            pushed: p.at,
                            fetched,
                            answered: answer,
                            first,
                            last,
                        },
                    ));
                }
                _ => {
                    bad_chats.insert(chat);
                }
            }
            *at += count;
        }
        for (chat, replies) in &by_chat {
            if cursor.get(chat).copied().unwrap_or(0) != replies.len() {
                bad_chats.insert(*chat);
            }
        }
        let samples: Vec<Sample> = samples
            .into_iter()
            .filter(|(chat, _)| !bad_chats.contains(chat))
            .map(|(_, sample)| sample)
            .collect();
        let span = |from: Instant, to: Instant| ms(to.saturating_duration_since(from));
        let latencies: Vec<f64> = samples.iter().map(|s| span(s.pushed, s.first)).collect();
        let queued = sorted(samples.iter().map(|s| span(s.pushed, s.fetched)).collect());
        let to_answer = sorted(
            samples
                .iter()
                .filter_map(|s| Some(span(s.fetched, s.answered?)))
                .collect(),
        );
        let answer_to_reply = sorted(
            samples
                .iter()
                .filter_map(|s| Some(span(s.answered?, s.first)))
                .collect(),
        );
        let message_to_reply = sorted(
            samples
                .iter()
                .filter(|s| s.answered.is_none())
                .map(|s| span(s.fetched, s.first))
                .collect(),
        );
        let first_push = pushed.iter().map(|p| p.at).min();
        let last_handled = samples.iter().map(|s| s.last).max();
        let latencies = sorted(latencies);
        let handled = sorted(handled);
        let window = match (first_push, last_handled) {
            (Some(first), Some(last)) => last.duration_since(first).as_secs_f64(),
            _ => f64::NAN,
        };
        let replies: usize = by_chat.values().map(Vec::len).sum();

        // Batches: getUpdates answers (arrival times and sizes).
        // (A long poll left waiting by the previous stage is recorded in this one, with the
        // time it arrived: leave it out of the cycle times.)
        let polls: Vec<(Instant, usize)> = calls
            .iter()
            .filter(|c| c.is("getUpdates") && c.at >= started)
            .map(|c| (c.at, c.response.as_array().map_or(0, Vec::len)))
            .collect();
        let batches: Vec<f64> = polls
            .iter()
            .filter(|(_, n)| *n > 0)
            .map(|(_, n)| *n as f64)
            .collect();
        let cycle = sorted(
            polls
                .windows(2)
                .filter(|w| w[0].1 > 0)
                .map(|w| ms(w[1].0.duration_since(w[0].0)))
                .collect(),
        );
        let batches = sorted(batches);

        let result = StageResult {
            name,
            updates: pushed.len(),
            achieved: latencies.len() as f64 / window,
            replies_per_second: replies as f64 / window,
            p50: quantile(&latencies, 0.5),
            p90: quantile(&latencies, 0.9),
            p99: quantile(&latencies, 0.99),
            p999: quantile(&latencies, 0.999),
            max: quantile(&latencies, 1.0),
            handled_p99: quantile(&handled, 0.99),
            peak_rss,
            cpu_child,
            cpu_bench,
            cpu_others,
            complete: drained.is_some(),
        };
        match drained {
            Some(drained) => println!(
                "  {} updates pushed in {:.2} s, all handled {:.2} s after the last push",
                result.updates,
                pushing.as_secs_f64(),
                drained.as_secs_f64()
            ),
            None => println!(
                "  {} updates pushed in {:.2} s, NOT all handled {DRAIN_TIMEOUT:?} after the \
                 last push (the figures are for those handled)",
                result.updates,
                pushing.as_secs_f64(),
            ),
        }
        println!(
            "  handled {:.0} updates/s, {:.0} replies/s (first push → last reply {:.2} s)",
            result.achieved, result.replies_per_second, window
        );
        println!(
            "  latency push → first reply (ms): p50 {:.2}  p90 {:.2}  p99 {:.2}  p99.9 {:.2}  \
             max {:.2}  ({} samples, {} chats left out)",
            result.p50,
            result.p90,
            result.p99,
            result.p999,
            result.max,
            latencies.len(),
            bad_chats.len()
        );
        let pct = |v: &[f64]| {
            format!(
                "p50 {:.2} p99 {:.2} max {:.2}",
                quantile(v, 0.5),
                quantile(v, 0.99),
                quantile(v, 1.0)
            )
        };
        println!(
            "  where the time goes (ms): pushed → fetched by getUpdates {}; press: fetched → \
             answerCallbackQuery {}, answerCallbackQuery → reply {}; message: fetched → \
             reply {}",
            pct(&queued),
            pct(&to_answer),
            pct(&answer_to_reply),
            pct(&message_to_reply)
        );
        let mut slowest: Vec<&Sample> = samples.iter().collect();
        slowest.sort_by(|a, b| span(b.pushed, b.first).total_cmp(&span(a.pushed, a.first)));
        for s in slowest.iter().take(3) {
            println!(
                "  slow: {:?} pushed at +{:.0} ms: {:.1} ms to fetch, {} {:.1} ms to the reply",
                s.step,
                span(started, s.pushed),
                span(s.pushed, s.fetched),
                s.answered.map_or(String::new(), |a| format!(
                    "{:.1} ms to answerCallbackQuery,",
                    span(s.fetched, a)
                )),
                span(s.answered.unwrap_or(s.fetched), s.first),
            );
        }
        println!(
            "  in the bot (logged latency_us, ms): p50 {:.2}  p99 {:.2}  max {:.2}; outcomes {:?}",
            quantile(&handled, 0.5),
            result.handled_p99,
            quantile(&handled, 1.0),
            outcomes
        );
        // An update in hand is sent again by every getUpdates until the offset passes it.
        let delivered: f64 = batches.iter().sum();
        println!(
            "  getUpdates: {} answers with updates carried {:.0} updates ({:.1} times each \
             update pushed)",
            batches.len(),
            delivered,
            delivered / pushed.len().max(1) as f64
        );
        println!(
            "  batches: {} non-empty, size mean {:.1} p50 {:.0} max {:.0}; getUpdates → next \
             getUpdates (ms): p50 {:.2} p99 {:.2} max {:.2}",
            batches.len(),
            batches.iter().sum::<f64>() / batches.len().max(1) as f64,
            quantile(&batches, 0.5),
            quantile(&batches, 1.0),
            quantile(&cycle, 0.5),
            quantile(&cycle, 0.99),
            quantile(&cycle, 1.0),
        );
        let mut methods: Vec<_> = methods.into_iter().collect();
        methods.sort();
        println!("  calls: {methods:?}; failed (non-200): {failed}");
        let mut threads: Vec<(String, f64)> = threads_after
            .iter()
            .map(|(name, t)| {
                let before = threads_before.get(name).copied().unwrap_or(0);
                (
                    name.clone(),
                    (t - before) as f64 / self.ticks / wall * 100.0,
                )
            })
            .filter(|(_, pct)| *pct >= 0.5)
            .collect();
        threads.sort_by(|a, b| b.1.total_cmp(&a.1));
        let threads: Vec<String> = threads
            .iter()
            .map(|(name, pct)| format!("{name} {pct:.0}%"))
            .collect();
        println!(
            "  CPU: carenet {:.0}% ({}), this process (fake + load) {:.0}%, other processes \
             {:.0}%, of {:.0}%",
            cpu_child * 100.0,
            threads.join(", "),
            cpu_bench * 100.0,
            cpu_others * 100.0,
            cpus() * 100.0
        );
        println!(
            "  carenet RSS: peak sampled {peak_rss:.1} MB; VmHWM so far {:.1} MB",
            status_mb(self.bot.pid, "VmHWM:").unwrap_or(f64::NAN)
        );
        result
    }
}

fn stages_from_env() -> Vec<Plan> {
    let spec = std::env::var("CARENET_LOAD_STAGES").unwrap_or_else(|_| DEFAULT_STAGES.into());
    let mut plans: Vec<Plan> = spec
        .split(',')
        .filter(|s| !s.trim().is_empty())
        .map(|s| {
            let (rate, seconds) = s
                .trim()
                .split_once(':')
                .expect("CARENET_LOAD_STAGES: rate:seconds,...");
            Plan::Rate(
                rate.parse().expect("a rate"),
                seconds.parse().expect("seconds"),
            )
        })
        .collect();
    let flat = std::env::var("CARENET_LOAD_FLAT")
        .ok()
        .map_or(DEFAULT_FLAT_PER_USER, |n| n.parse().expect("a number"));
    if flat > 0 {
        plans.push(Plan::Flat(flat));
    }
    plans
}

#[tokio::main(flavor = "multi_thread", worker_threads = 2)]
async fn main() {
    // `cargo bench` passes `--bench`; there is nothing to filter.
    let started = Instant::now();
    let plans = stages_from_env();
    // Whatever happens, the run ends: the child first, then this process.
    std::thread::spawn(|| {
        std::thread::sleep(WATCHDOG);
        eprintln!("telegram_load: still running after {WATCHDOG:?}: giving up");
        let pid = CHILD.load(Ordering::SeqCst);
        if pid != 0 {
            let _ = Command::new("kill")
                .args(["-KILL", &pid.to_string()])
                .status();
        }
        std::process::exit(2);
    });

    // Other work on the machine skews every figure: say how busy it was.
    let (busy_before, ticks) = (machine_busy_ticks(), clock_ticks());
    tokio::time::sleep(Duration::from_secs(1)).await;
    let idle_busy = (machine_busy_ticks() - busy_before) as f64 / ticks;
    println!(
        "## Machine: {:.0} CPUs, {:.0}% busy before the run{}",
        cpus(),
        idle_busy * 100.0,
        match idle_busy > 0.2 {
            true => " (other processes are running: the figures will be low)",
            false => "",
        }
    );
    fake_capacity().await;

    let fake = FakeTelegram::start().await;
    let client = reqwest::Client::new();
    let dir = tempfile::tempdir().expect("a temporary directory");
    let db = format!("sqlite://{}", dir.path().join("load.db").display());
    let mut bot = BotProcess::start(&fake, &db, dir.path().join("carenet.log"));
    CHILD.store(bot.pid, Ordering::SeqCst);
    fake.wait_for_calls("deleteWebhook", 1, Duration::from_secs(30))
        .await;
    println!(
        "## carenet run started (pid {}, SQLite {}), RSS {:.1} MB",
        bot.pid,
        db,
        status_mb(bot.pid, "VmRSS:").unwrap_or(f64::NAN)
    );
    fake.clear_calls();
    let rss = RssSampler::start(bot.pid);
    let counts = calibrate(&fake, &client).await;
    bot.logged_since_last();

    let mut load = Load {
        fake: &fake,
        client: &client,
        bot: &mut bot,
        rss: &rss,
        counts,
        next_step: vec![0; USERS],
        ticks: clock_ticks(),
    };
    let mut results = Vec::new();
    let mut saturated = false;
    for plan in plans {
        if let Plan::Rate(rate, _) = plan
            && saturated
            && rate > TARGET_RATE
        {
            println!("## Stage {rate:.0}/s skipped: a lower rate already saturated the bot");
            continue;
        }
        if started.elapsed() > BUDGET {
            println!("## Remaining stages skipped: past the time budget ({BUDGET:?})");
            break;
        }
        let result = load.stage(plan).await;
        let complete = result.complete;
        if let Plan::Rate(rate, _) = plan
            && result.achieved < 0.9 * rate
        {
            saturated = true;
        }
        results.push(result);
        if !complete {
            println!("## Remaining stages skipped: the bot did not catch up");
            break;
        }
    }
    let hwm = status_mb(bot.pid, "VmHWM:").unwrap_or(f64::NAN);
    let status = bot.stop();
    if std::env::var_os("CARENET_LOAD_LOG").is_some() {
        let kept = Path::new("/tmp/telegram_load_carenet.log");
        if std::fs::copy(&bot.log, kept).is_ok() {
            println!("carenet's log: {}", kept.display());
        }
    }
    drop(rss);

    println!("## Summary ({USERS} users, SQLite, limits raised)");
    println!(
        "| stage | updates | handled/s | replies/s | p50 ms | p90 ms | p99 ms | p99.9 ms | max ms \
         | in-bot p99 ms | CPU carenet | CPU fake+load | CPU others | peak RSS MB |"
    );
    println!("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
    for r in &results {
        println!(
            "| {} | {} | {:.0} | {:.0} | {:.2} | {:.2} | {:.2} | {:.2} | {:.2} | {:.2} | {:.0}% \
             | {:.0}% | {:.0}% | {:.1} |",
            r.name,
            r.updates,
            r.achieved,
            r.replies_per_second,
            r.p50,
            r.p90,
            r.p99,
            r.p999,
            r.max,
            r.handled_p99,
            r.cpu_child * 100.0,
            r.cpu_bench * 100.0,
            r.cpu_others * 100.0,
            r.peak_rss
        );
    }
    let best = results.iter().map(|r| r.achieved).fold(f64::NAN, f64::max);
    let at_target = results
        .iter()
        .filter(|r| r.name.starts_with(&format!("{TARGET_RATE:.0}/s")))
        .map(|r| r.p99)
        .fold(f64::NAN, f64::max);
    println!(
        "targets: ≥ {TARGET_RATE:.0} updates/s: best {best:.0} ({}); p99 < {TARGET_P99_MS} ms \
         at {TARGET_RATE:.0}/s: {at_target:.2} ms ({}); RSS < {TARGET_RSS_MB} MB: VmHWM \
         {hwm:.1} MB ({})",
        verdict(best >= TARGET_RATE),
        verdict(at_target < TARGET_P99_MS),
        verdict(hwm < TARGET_RSS_MB),
    );
    println!(
        "carenet exit: {status:?}; whole run {:.1} s",
        started.elapsed().as_secs_f64()
    );
}

fn verdict(met: bool) -> &'static str {
    match met {
        true => "met",
        false => "MISSED",
    }
}
