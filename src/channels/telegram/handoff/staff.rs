//! Staff commands in a private chat with the bot. Each checks the sender's role in the
//! database every time; for anyone else they are not commands at all (the engine answers
//! as it would any unknown command), so the bot does not even tell who is staff.
//!
//! - `/staff add ID ROLE [LANGUAGES]`, `/staff remove ID`, `/staff list` (admins)
//! - `/cases`, `/close [N]` (mediators and admins)
//! - `/stats [DAYS]` (all staff): the organisers' figures

use teloxide::prelude::*;
use teloxide::types::{InlineKeyboardMarkup, ParseMode};

use super::super::sender::Cost;
use super::super::{Handled, Telegram};
use super::announce::escape;
use super::{Handoff, staff_button, takes_cases};
use crate::engine::HandoffButton;
use crate::handoff::{Outcome, figures, format_figures};
use crate::staff::{Role, StaffMember, parse_languages, parse_user_id};
use crate::store::SECONDS_PER_DAY;

/// The period `/stats` covers unless told otherwise.
const DEFAULT_STATS_DAYS: i64 = 30;
/// Ten years: more than any retention.
pub const MAX_STATS_DAYS: i64 = 3650;

impl Handoff {
    /// `None` when the message is not a staff command from staff.
    pub(super) async fn staff_command(&self, tg: &Telegram, message: &Message) -> Option<Handled> {
        let text = message.text()?.trim();
        let mut words = text.strip_prefix('/')?.split_whitespace();
        let name = words.next()?.split('@').next()?.to_ascii_lowercase();
        if !matches!(name.as_str(), "staff" | "cases" | "close" | "stats") {
            return None;
        }
        let user = message.from.as_ref()?.id.0 as i64;
        let member = self.staff_member(tg, user).await?;
        let args: Vec<&str> = words.collect();
        let answer = match name.as_str() {
            "staff" if member.role == Role::Admin => self.staff_admin(tg, &args).await,
            "cases" if takes_cases(&member) => return Some(self.list_cases(tg, &member).await),
            "close" if takes_cases(&member) => self.close_command(tg, &member, &args).await,
            "stats" => stats(tg, &args).await,
            _ => "Your role cannot use this command.".to_string(),
        };
        let chat = ChatId(user);
        // Only `/stats` is HTML (its table in <pre>); `stats` escapes what it puts inside.
        let html = name == "stats";
        let sent = tg
            .sender
            .call(chat, Cost::Message, || {
                let request = tg.bot.send_message(chat, answer.clone());
                match html {
                    true => request.parse_mode(ParseMode::Html),
                    false => request,
                }
            })
            .await;
        if let Err(e) = sent {
            tracing::warn!(command = %name, error = %e, "staff command answer not sent");
        }
        Some(Handled::StaffCommand)
    }

    async fn staff_admin(&self, tg: &Telegram, args: &[&str]) -> String {
        let store = tg.conversations.store();
        let now = crate::clock::now();
        match args {
            ["add", id, role, languages @ ..] => {
                let member = parse_user_id(id).and_then(|user_id| {
                    Ok(StaffMember {
                        user_id,
                        role: Role::parse(role)?,
                        languages: parse_languages(&languages.join(","))?,
                    })
                });
                match member {
                    Ok(member) => match store.put_staff(&member, now).await {
                        Ok(()) => format!("{} is now {}", member.user_id, member.describe()),
                        Err(e) => format!("Not saved: {e}"),
                    },
                    Err(e) => e.to_string(),
                }
            }
            ["remove", id] => match parse_user_id(id) {
                Ok(user_id) if self.settings.admins.contains(&user_id) => {
                    format!("{user_id} is an admin from CARENET_ADMINS: change it there")
                }
                Ok(user_id) => match store.remove_staff(user_id).await {
                    Ok(true) => format!("{user_id} is no longer staff"),
                    Ok(false) => format!("{user_id} is not staff"),
                    Err(e) => format!("Not saved: {e}"),
                },
                Err(e) => e.to_string(),
            },
            ["list"] => match store.staff().await {
                Ok(staff) => {
                    let mut lines: Vec<String> = self
                        .settings
                        .admins
                        .iter()
                        .map(|id| format!("{id}  admin (CARENET_ADMINS)"))
                        .collect();
                    lines.extend(
                        staff
                            .iter()
                            .map(|m| format!("{}  {}", m.user_id, m.describe())),
                    );
                    match lines.is_empty() {
                        true => "No staff yet.".to_string(),
                        false => lines.join("\n"),
                    }
                }
                Err(e) => format!("Cannot read the staff: {e}"),
            },
            _ => "Use: /staff add ID admin|mediator|organiser [LANGUAGES, e.g. it,ar]\n\
                  /staff remove ID\n/staff list"
                .to_string(),
        }
    }

    /// The cases waiting (with Claim) and the sender's own (with Switch and Close).
    async fn list_cases(&self, tg: &Telegram, member: &StaffMember) -> Handled {
        let cases = tg
            .conversations
            .store()
            .open_cases()
            .await
            .unwrap_or_default();
        let mut lines = vec![];
        let mut buttons = vec![];
        for case in &cases {
            if case.is_waiting() {
                lines.push(format!("⏳ {} (waiting)", case.label()));
                buttons.push(vec![staff_button(HandoffButton::Claim(case.id))]);
            } else if case.mediator == Some(member.user_id) {
                lines.push(format!("💬 {} (yours)", case.label()));
                buttons.push(vec![
                    staff_button(HandoffButton::Switch(case.id)),
                    staff_button(HandoffButton::Close(case.id)),
                ]);
            }
        }
        if lines.is_empty() {
            lines.push("No case is waiting and you have none open.".into());
        }
        let _ = tg
            .tell_staff(
                member.user_id,
                lines.join("\n"),
                Some(InlineKeyboardMarkup::new(buttons)),
            )
            .await;
        Handled::StaffCommand
    }

    async fn close_command(&self, tg: &Telegram, member: &StaffMember, args: &[&str]) -> String {
        let user = member.user_id;
        let case = match args.first() {
            Some(number) => number.trim_start_matches('#').parse::<i64>().ok(),
            None => self.index().desks.get(&user).and_then(|d| d.target()),
        };
        let Some(case) = case else {
            return "Which case? /close NUMBER (see /cases)".into();
        };
        let holds = self
            .index()
            .desks
            .get(&user)
            .is_some_and(|d| d.cases.contains(&case));
        if !holds && member.role != Role::Admin {
            return format!("Case #{case} is not one of yours.");
        }
        self.close(tg, case, Outcome::Closed).await;
        format!("Case #{case}: done.")
    }
}

/// `/stats [DAYS]`: the figures of the cases opened in the last DAYS days.
async fn stats(tg: &Telegram, args: &[&str]) -> String {
    let days = args
        .first()
        .and_then(|d| d.parse::<i64>().ok())
        .filter(|d| (1..=MAX_STATS_DAYS).contains(d))
        .unwrap_or(DEFAULT_STATS_DAYS);
    let since = crate::clock::now() - days * SECONDS_PER_DAY;
    // HTML: every text inside is escaped ("<5" stands for a group too small to show).
    match tg.conversations.store().case_times(since).await {
        Ok(times) => format!(
            "Cases opened in the last {days} days:\n<pre>{}</pre>",
            escape(&format_figures(&figures(&times)))
        ),
        Err(e) => escape(&format!("Cannot read the figures: {e}")),
    }
}
