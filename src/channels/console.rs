//! The terminal chat (`carenet chat`): try the bot without Telegram. Works with piped
//! input, so it is scriptable: buttons are numbered, answer with a number, a /command or
//! text; `/location LAT LON` shares a location; end of input ends the chat.

use tokio::io::{AsyncBufRead, AsyncBufReadExt, AsyncWrite, AsyncWriteExt};

use crate::clock;
use crate::conversation::Conversations;
use crate::engine::{Inbound, Outbound, Reply};
use crate::geo::Coordinates;
use crate::store::ContactKey;

/// Clears the screen and the scrollback: the terminal's version of quick exit.
const CLEAR_SCREEN: &str = "\x1b[2J\x1b[3J\x1b[H";

pub struct Console<R, W> {
    input: R,
    output: W,
    /// A person at a terminal (not a pipe): show a prompt, clear the screen on quick exit.
    interactive: bool,
    /// Payloads of the buttons last shown, by number (1-based).
    buttons: Vec<String>,
}

impl<R: AsyncBufRead + Unpin, W: AsyncWrite + Unpin> Console<R, W> {
    pub fn new(input: R, output: W, interactive: bool) -> Self {
        Console {
            input,
            output,
            interactive,
            buttons: Vec::new(),
        }
    }

    /// Chats until the input ends. `language` picks a language at the start, as if she
    /// had pressed its button.
    pub async fn run(
        mut self,
        conversations: &Conversations,
        key: ContactKey,
        language: Option<&str>,
    ) -> anyhow::Result<()> {
        let first = match language {
            Some(code) => Inbound::Button(format!("l:{code}")),
            None => Inbound::Resume,
        };
        let effects = conversations.handle(key, first, clock::now()).await?;
        self.show(&effects).await?;
        let mut line = String::new();
        loop {
            if self.interactive {
                self.output.write_all(b"> ").await?;
                self.output.flush().await?;
            }
            line.clear();
            if self.input.read_line(&mut line).await? == 0 {
                break;
            }
            let Some(inbound) = self.parse(line.trim()) else {
                continue;
            };
            let effects = conversations.handle(key, inbound, clock::now()).await?;
            self.show(&effects).await?;
        }
        self.output.flush().await?;
        Ok(())
    }

    fn parse(&self, line: &str) -> Option<Inbound> {
        if line.is_empty() {
            return None;
        }
        if let Ok(n) = line.parse::<usize>()
            && let Some(payload) = n.checked_sub(1).and_then(|i| self.buttons.get(i))
        {
            return Some(Inbound::Button(payload.clone()));
        }
        if let Some(rest) = line.strip_prefix("/location") {
            return Some(parse_location(rest).unwrap_or_else(|| Inbound::Text(line.to_string())));
        }
        Some(Inbound::Text(line.to_string()))
    }

    async fn show(&mut self, effects: &[Outbound]) -> std::io::Result<()> {
        let mut out = String::new();
        let mut buttons = Vec::new();
        for effect in effects {
            match effect {
                Outbound::Reply(reply) => render(reply, &mut buttons, &mut out),
                Outbound::QuickExit if self.interactive => out.push_str(CLEAR_SCREEN),
                Outbound::Venue {
                    latitude,
                    longitude,
                    title,
                    address,
                } => {
                    out.push_str(&format!(
                        "🗺️ {title}\n{address}\nhttps://www.openstreetmap.org/?mlat={latitude}&mlon={longitude}#map=17/{latitude}/{longitude}\n\n"
                    ));
                }
                // Nothing else to do in a terminal: the store already acted.
                _ => {}
            }
        }
        self.buttons = buttons;
        self.output.write_all(out.as_bytes()).await?;
        self.output.flush().await
    }
}

fn render(reply: &Reply, buttons: &mut Vec<String>, out: &mut String) {
    out.push_str(&reply.text);
    out.push('\n');
    for button in reply.buttons() {
        buttons.push(button.payload.clone());
        out.push_str(&format!("  [{}] {}\n", buttons.len(), button.label));
    }
    if reply.location_button.is_some() {
        out.push_str("  (/location LAT LON shares a location)\n");
    }
    out.push('\n');
}

fn parse_location(rest: &str) -> Option<Inbound> {
    let mut parts = rest.split_whitespace().map(str::parse::<f64>);
    let latitude = parts.next()?.ok()?;
    let longitude = parts.next()?.ok()?;
    Coordinates::new(latitude, longitude)
        .ok()
        .map(Inbound::Location)
}
