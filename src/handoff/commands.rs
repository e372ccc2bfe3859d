//! Staff commands in a private chat with the bot. Each checks the sender's role in the
//! database every time; for anyone else they are not commands at all (the engine answers
//! as it would any unknown command), so the bot does not even tell who is staff.
//!
//! - `/staff add ID ROLE [LANGUAGES]`, `/staff remove ID`, `/staff list` (admins)
//! - `/cases`, `/close [N]` (mediators and admins)
//! - `/stats [DAYS]` (all staff): the organisers' figures

use super::port::{Handled, Messenger, PrivateMessage, StaffNote};
use super::service::{Handoff, takes_cases};
use super::{Outcome, figures, format_figures};
use crate::engine::HandoffButton;
use crate::staff::{Role, StaffMember, parse_languages, parse_user_id};
use crate::store::SECONDS_PER_DAY;

/// The period `/stats` covers unless told otherwise.
const DEFAULT_STATS_DAYS: i64 = 30;
/// Ten years: more than any retention.
const MAX_STATS_DAYS: i64 = 3650;

impl Handoff {
    /// `None` when the message is not a staff command from staff.
    pub(super) async fn staff_command<M: Messenger>(
        &self,
        m: &M,
        message: &PrivateMessage,
    ) -> Option<Handled> {
        let text = message.text.as_deref()?.trim();
        let mut words = text.strip_prefix('/')?.split_whitespace();
        let name = words.next()?.split('@').next()?.to_ascii_lowercase();
        if !matches!(name.as_str(), "staff" | "cases" | "close" | "stats") {
            return None;
        }
        let user = message.from;
        let member = self.staff_member(user).await?;
        let args: Vec<&str> = words.collect();
        let answer = match name.as_str() {
            "staff" if member.role == Role::Admin => StaffNote::text(self.staff_admin(&args).await),
            "cases" if takes_cases(&member) => self.list_cases(&member).await,
            "close" if takes_cases(&member) => {
                StaffNote::text(self.close_command(m, &member, &args).await)
            }
            "stats" => self.stats(&args).await,
            _ => StaffNote::text("Your role cannot use this command."),
        };
        if let Err(e) = m.tell_staff(user, answer).await {
            tracing::warn!(command = %name, error = %e, "staff command answer not sent");
        }
        Some(Handled::StaffCommand)
    }

    async fn staff_admin(&self, args: &[&str]) -> String {
        let store = self.store();
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
    async fn list_cases(&self, member: &StaffMember) -> StaffNote {
        let cases = self.store().open_cases().await.unwrap_or_default();
        let mut lines = vec![];
        let mut buttons = vec![];
        for case in &cases {
            if case.is_waiting() {
                lines.push(format!("⏳ {} (waiting)", case.label()));
                buttons.push(vec![HandoffButton::Claim(case.id)]);
            } else if case.mediator == Some(member.user_id) {
                lines.push(format!("💬 {} (yours)", case.label()));
                buttons.push(vec![
                    HandoffButton::Switch(case.id),
                    HandoffButton::Close(case.id),
                ]);
            }
        }
        if lines.is_empty() {
            lines.push("No case is waiting and you have none open.".into());
        }
        StaffNote::text(lines.join("\n")).with_buttons(buttons)
    }

    async fn close_command<M: Messenger>(
        &self,
        m: &M,
        member: &StaffMember,
        args: &[&str],
    ) -> String {
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
        self.close(m, case, Outcome::Closed).await;
        format!("Case #{case}: done.")
    }

    /// `/stats [DAYS]`: the figures of the cases opened in the last DAYS days.
    async fn stats(&self, args: &[&str]) -> StaffNote {
        let days = args
            .first()
            .and_then(|d| d.parse::<i64>().ok())
            .filter(|d| (1..=MAX_STATS_DAYS).contains(d))
            .unwrap_or(DEFAULT_STATS_DAYS);
        let since = crate::clock::now() - days * SECONDS_PER_DAY;
        match self.store().case_times(since).await {
            Ok(times) => StaffNote {
                text: format!("Cases opened in the last {days} days:"),
                table: Some(format_figures(&figures(&times))),
                buttons: vec![],
            },
            Err(e) => StaffNote::text(format!("Cannot read the figures: {e}")),
        }
    }
}
