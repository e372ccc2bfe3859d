//! What a chat with a person says to her, in her language. The channel holds the case and
//! decides when each notice is due; the engine only renders it, so that every language is
//! walked and checked like the dialogues.

use super::turn::Turn;
use super::{
    Action, CallbackPayload, Command, Conversation, Engine, HandoffButton, Reply, ReplyButton,
};
use crate::hours::Team;

/// One thing the handoff tells her.
#[derive(Debug, Clone, Copy)]
pub enum HandoffNotice<'a> {
    /// Her case is open and waiting. `away`: nobody is there now; the team's hours say
    /// when someone will be.
    Waiting {
        case: i64,
        position: i64,
        away: Option<&'a Team>,
    },
    /// She asked again while her case is open.
    Already { case: i64, position: i64 },
    /// A mediator claimed her case.
    Joined,
    /// She used the menu or a command during the chat.
    InChat,
    /// Nobody claimed her case in time.
    Escalated,
    /// The mediator could not go on; the case is back in the line.
    MediatorLeft,
    /// A message of a kind that cannot be copied.
    NotPassed,
    /// She wrote more while waiting than a case holds for the mediator.
    HeldFull,
    /// A contact card: not passed on (it shows a name and a number, most often hers).
    ContactRefused,
    /// Her first file of the case: not passed on; files keep hidden details (where and
    /// when a photo was taken). A file she sends after this warning is passed on.
    FileWarning,
    /// The chat ended (by her or by the mediator); a rating follows, its buttons carrying
    /// `token`.
    Ended {
        case: i64,
        token: i64,
        by_mediator: bool,
    },
    /// After her rating.
    Thanks,
    /// Her case was closed after a long time without messages.
    Idle,
}

impl Engine {
    /// The messages of one notice, in her language (English before she has one).
    pub fn handoff_notice(
        &self,
        state: Option<&Conversation>,
        notice: HandoffNotice<'_>,
    ) -> Vec<Reply> {
        let mut turn = Turn {
            engine: self,
            now: 0,
            convo: state.cloned().unwrap_or_default(),
            effects: Vec::new(),
            erased: false,
        };
        turn.handoff_notice(notice);
        turn.effects
            .into_iter()
            .filter_map(|effect| match effect {
                super::Outbound::Reply(reply) => Some(reply),
                _ => None,
            })
            .collect()
    }
}

impl Turn<'_> {
    fn handoff_notice(&mut self, notice: HandoffNotice<'_>) {
        let in_chat = vec![
            vec![self.handoff_button("btn-end-chat", HandoffButton::End)],
            vec![
                self.goto_button("btn-danger", "danger"),
                self.action_button("btn-exit", Action::Exit),
            ],
        ];
        match notice {
            HandoffNotice::Waiting {
                case,
                position,
                away,
            } => {
                let mut lines = vec![
                    self.text("handoff-waiting").to_string(),
                    String::new(),
                    format!("{} {case}", self.text("handoff-case-number")),
                    format!("{} {position}", self.text("handoff-queue-place")),
                ];
                let mut keyboard = in_chat;
                if let Some(team) = away {
                    lines.push(String::new());
                    lines.push(self.text("handoff-hours").to_string());
                    lines.push(format!(
                        "{} ({})",
                        self.format_weekly(&team.hours),
                        team.zone_name
                    ));
                    lines.push(self.text("handoff-hours-later").to_string());
                    keyboard.insert(1, vec![self.goto_button("btn-helplines", "talk")]);
                }
                lines.push(String::new());
                lines.push(self.text("handoff-copies").to_string());
                lines.push(String::new());
                lines.push(self.text("handoff-urgent").to_string());
                let text = self.with_numbers_isolated(lines.join("\n"));
                self.reply(text, keyboard);
            }
            HandoffNotice::Already { case, position } => {
                let text = self.with_numbers_isolated(format!(
                    "{}\n\n{} {case}\n{} {position}\n\n{}",
                    self.text("handoff-already"),
                    self.text("handoff-case-number"),
                    self.text("handoff-queue-place"),
                    self.text("handoff-urgent"),
                ));
                self.reply(text, in_chat);
            }
            HandoffNotice::Joined => {
                let text = format!(
                    "{}\n\n{}",
                    self.text("handoff-joined"),
                    self.text("handoff-copies")
                );
                self.reply(text, in_chat);
            }
            HandoffNotice::InChat => self.notice("handoff-in-chat", in_chat),
            HandoffNotice::Escalated => {
                let mut keyboard = in_chat;
                keyboard.insert(0, vec![self.goto_button("btn-helplines", "talk")]);
                self.notice("handoff-escalated", keyboard);
            }
            HandoffNotice::MediatorLeft => self.notice("handoff-mediator-left", in_chat),
            HandoffNotice::NotPassed => self.notice("handoff-not-passed", vec![]),
            HandoffNotice::HeldFull => self.notice("handoff-held-full", in_chat),
            HandoffNotice::ContactRefused => self.notice("handoff-contact-refused", vec![]),
            HandoffNotice::FileWarning => self.notice("handoff-file-warning", vec![]),
            HandoffNotice::Ended {
                case,
                token,
                by_mediator,
            } => {
                let ended = match by_mediator {
                    true => "handoff-closed-by-mediator",
                    false => "handoff-ended",
                };
                self.notice(ended, vec![]);
                let rating = [
                    ("btn-rate-good", 3),
                    ("btn-rate-some", 2),
                    ("btn-rate-bad", 1),
                ]
                .map(|(label, score)| {
                    self.handoff_button(label, HandoffButton::Rate { case, token, score })
                })
                .to_vec();
                self.notice("handoff-rate", vec![rating]);
            }
            HandoffNotice::Thanks => self.notice("handoff-thanks", vec![self.menu_and_exit()]),
            HandoffNotice::Idle => self.notice("handoff-idle-closed", vec![self.menu_and_exit()]),
        }
    }

    fn notice(&mut self, id: &str, keyboard: Vec<Vec<ReplyButton>>) {
        let text = self.text(id).to_string();
        self.reply(text, keyboard);
    }

    fn handoff_button(&self, label: &str, button: HandoffButton) -> ReplyButton {
        ReplyButton {
            label: self.text(label).to_string(),
            payload: CallbackPayload::Handoff(button).encode(),
        }
    }

    fn goto_button(&self, label: &str, node: &str) -> ReplyButton {
        ReplyButton {
            label: self.text(label).to_string(),
            payload: CallbackPayload::Goto(node.to_string()).encode(),
        }
    }
}

/// What a command she types during a chat with a person means: `/end` ends the chat;
/// the engine's commands keep their meaning (quick exit, /forget, /stop, /menu…).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum HerCommand {
    /// `/end`: she ends the chat (not a command of the engine).
    End,
    /// One of the engine's commands.
    Engine(Command),
}

impl HerCommand {
    /// `None` for anything that is not a known command: that goes to the mediator, even
    /// when it starts with a slash.
    pub fn parse(text: &str) -> Option<HerCommand> {
        let word = text
            .trim_start()
            .strip_prefix('/')?
            .split_whitespace()
            .next()
            .unwrap_or("");
        if word
            .split('@')
            .next()
            .unwrap_or("")
            .eq_ignore_ascii_case("end")
        {
            return Some(HerCommand::End);
        }
        Command::parse(text)
            .filter(|c| *c != Command::Unknown)
            .map(HerCommand::Engine)
    }
}

#[cfg(test)]
mod her_command_tests {
    use super::*;

    #[test]
    fn her_commands_during_a_chat() {
        assert_eq!(HerCommand::parse("/end"), Some(HerCommand::End));
        assert_eq!(
            HerCommand::parse(" /END@carenet_bot now"),
            Some(HerCommand::End)
        );
        assert_eq!(
            HerCommand::parse("/exit"),
            Some(HerCommand::Engine(Command::Exit))
        );
        // Not a command we know, or not a command: for the mediator.
        for text in ["/whatever", "end", "hello /end", "/"] {
            assert_eq!(HerCommand::parse(text), None, "{text}");
        }
    }
}
