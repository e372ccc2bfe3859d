//! A case's life: claimed, switched to, paused by her quick exit, put back in line,
//! closed; and the chat's buttons, each checked against who presses it.

use std::hash::BuildHasher;
use std::sync::Arc;

use super::desks::Her;
use super::held::{Passing, UnderWay};
use super::port::{Handled, Messenger, Press, StaffNote, Status};
use super::service::{Handoff, RATING_WINDOW, takes_cases};
use super::{Case, Outcome};
use crate::engine::{HandoffButton, HandoffNotice};
use crate::staff::StaffMember;
use crate::store::Sender;

/// A claim this many seconds old whose hand-over never finished was cut short by a
/// restart (a hand-over takes a second or two).
const HAND_OVER_GRACE: i64 = 30;

impl Handoff {
    /// Closes a case: the database first (one winner), then memory, then everyone is
    /// told. She gets the closing message, a rating and the menu when the chat ended
    /// normally; after /forget or a block she gets nothing more.
    pub(super) async fn close<M: Messenger>(&self, m: &M, case_id: i64, outcome: Outcome) {
        self.close_at(m, case_id, outcome, crate::clock::now())
            .await;
    }

    /// [`close`](Self::close) at `now`. A case closed for lack of activity tells her so
    /// in one calm message with the menu button (no rating: nobody may have talked), and
    /// nothing at all when she left it with quick exit: someone may be near her.
    pub(super) async fn close_at<M: Messenger>(
        &self,
        m: &M,
        case_id: i64,
        outcome: Outcome,
        now: i64,
    ) {
        let lock = self.case_locks.get(case_id);
        let guard = lock.lock().await;
        let token = rating_token(case_id, now);
        let closed = match self.store().close_case(case_id, outcome, now, token).await {
            Ok(Some(case)) => case,
            Ok(None) => return,
            Err(e) => {
                tracing::error!(error = %e, "cannot close a case");
                return;
            }
        };
        {
            let mut index = self.index();
            if let Some(chat) = closed.chat_id {
                index.women.remove(&chat);
            }
            if let Some(mediator) = closed.mediator {
                index.leave_desk(mediator, case_id);
            }
        }
        drop(guard);
        self.case_locks.forget(case_id);
        tracing::info!(case = case_id, outcome = outcome.name(), "case closed");
        self.delete_copies_of(m, case_id).await;
        if let Some(chat) = closed.chat_id
            && matches!(outcome, Outcome::Ended | Outcome::Closed)
        {
            let notice = HandoffNotice::Ended {
                case: case_id,
                token,
                by_mediator: outcome == Outcome::Closed,
            };
            self.tell_her(m, chat, notice).await;
            self.show_menu(m, chat).await;
        }
        if let Some(chat) = closed.chat_id
            && outcome == Outcome::Idle
            && !closed.paused
        {
            let language = Some(closed.language.as_str());
            self.tell_her_in(m, chat, HandoffNotice::Idle, language)
                .await;
        }
        if let Some(mediator) = closed.mediator {
            let why = match outcome {
                Outcome::Ended => "she ended the chat",
                Outcome::Closed => "closed",
                Outcome::Forgotten => "she erased her data (/forget)",
                Outcome::Blocked => "she blocked the bot",
                Outcome::Idle => "closed by the bot: no message for a long time",
            };
            let text = format!("✅ Case {}: {why}.", closed.label());
            self.tell_staff(m, mediator, text).await;
        }
        m.post_status(&closed, Status::Closed(outcome)).await;
    }

    /// The chat's buttons. Staff buttons check the role each time; anyone else pressing
    /// one gets a short answer and nothing happens. `None` only for her End button pressed
    /// when she has no case any more (the engine shows the menu).
    pub(super) async fn button<M: Messenger>(
        self: &Arc<Self>,
        m: &Arc<M>,
        press: &Press,
        button: HandoffButton,
    ) -> Option<Handled> {
        let user = press.user;
        let private = press.private;
        let answer = |text: &'static str| m.answer_press(press, text);
        match button {
            HandoffButton::End => {
                let case = self.index().women.get(&user).map(|her| her.case);
                match (case, private) {
                    (Some(case), true) => {
                        answer("").await;
                        self.close(m.as_ref(), case, Outcome::Ended).await;
                        Some(Handled::End)
                    }
                    (None, true) => None,
                    (_, false) => {
                        answer("").await;
                        Some(Handled::Ignored)
                    }
                }
            }
            HandoffButton::Rate { case, token, score } => {
                answer("").await;
                let now = crate::clock::now();
                let rated = private
                    && self
                        .store()
                        .rate_case(case, token, i64::from(score), now, RATING_WINDOW)
                        .await
                        .unwrap_or(false);
                if rated {
                    self.tell_her(m.as_ref(), user, HandoffNotice::Thanks).await;
                }
                Some(Handled::Rate)
            }
            HandoffButton::Claim(case) => {
                let Some(member) = self.staff_member(user).await.filter(takes_cases) else {
                    answer("Only mediators can take cases.").await;
                    return Some(Handled::Refused);
                };
                match self.claim(m.as_ref(), case, &member).await {
                    Ok((claimed, under_way)) => {
                        answer("The case is yours: open your private chat with the bot.").await;
                        // Her messages of the wait (up to MAX_HELD, each at the mediator
                        // chat's pace) go in a task of their own, never in the staff
                        // group's queue, where every other claim would wait behind them.
                        // A restart before it ends is covered by `finish_hand_overs`.
                        match under_way {
                            Some(under_way) => self.pass_held(m, claimed, under_way, true),
                            // The same mediator's passing of this case is still under way
                            // (released and taken back meanwhile): it goes on.
                            None => {
                                let taken = Status::Taken {
                                    mediator: member.user_id,
                                };
                                m.post_status(&claimed, taken).await;
                            }
                        }
                    }
                    Err(refusal) => answer(refusal).await,
                }
                Some(Handled::Claim)
            }
            HandoffButton::Close(case)
            | HandoffButton::Switch(case)
            | HandoffButton::Send { case, .. } => {
                let member = self.staff_member(user).await.filter(takes_cases);
                let holds = self
                    .index()
                    .desks
                    .get(&user)
                    .is_some_and(|d| d.cases.contains(&case));
                if member.is_none() || !holds || !private {
                    answer("This is not one of your cases.").await;
                    return Some(Handled::Refused);
                }
                answer("").await;
                match button {
                    HandoffButton::Close(_) => self.close(m.as_ref(), case, Outcome::Closed).await,
                    HandoffButton::Send { message, .. } => {
                        self.note_activity(case, None).await;
                        self.switch(m.as_ref(), user, case, false).await;
                        self.relay_to_her(m.as_ref(), user, case, message).await;
                    }
                    _ => self.switch(m.as_ref(), user, case, true).await,
                }
                Some(Handled::Staff)
            }
        }
    }

    /// A mediator takes a case: the database decides who was first; then the mediator's
    /// private chat must be reachable (they pressed Start once), or the case goes back.
    /// With the case, the passing of her held messages, marked under way before her next
    /// message can come (it waits behind them).
    async fn claim<M: Messenger>(
        &self,
        m: &M,
        case_id: i64,
        member: &StaffMember,
    ) -> Result<(Case, Option<UnderWay>), &'static str> {
        let lock = self.case_locks.get(case_id);
        let _guard = lock.lock().await;
        let store = self.store();
        let now = crate::clock::now();
        match store.claim_case(case_id, member.user_id, now).await {
            Ok(true) => {}
            Ok(false) => return Err("Someone else took this case, or it is closed."),
            Err(e) => {
                tracing::error!(error = %e, "cannot claim a case");
                return Err("Something went wrong; try again.");
            }
        }
        let Ok(Some(case)) = store.case(case_id).await else {
            return Err("Something went wrong; try again.");
        };
        let intro = format!(
            "✋ You have case {}.\nHer messages will appear here. What you send here goes \
             to her, copied by the bot: she does not see your name and you do not see hers.\n\
             Her messages here cannot be forwarded or saved, and are deleted when the case \
             ends or she uses quick exit.\n\
             With several cases, use Reply on one of her messages to answer her. /cases \
             lists your cases; /close ends this one.",
            case.label()
        );
        let note = StaffNote::text(intro).with_buttons(vec![vec![HandoffButton::Close(case.id)]]);
        let intro = match m.tell_staff(member.user_id, note).await {
            Ok(message) => message,
            Err(e) => {
                // Most often: they never opened a private chat with the bot. The case
                // stays announced as it was.
                tracing::warn!(error = %e, "cannot reach the mediator: case back in line");
                let _ = store.release_case(case_id, member.user_id, false).await;
                return Err("Open a private chat with the bot and press Start, then claim again.");
            }
        };
        let _ = store
            .note_case_message(member.user_id, intro, case_id)
            .await;
        let mut index = self.index();
        if let Some(chat) = case.chat_id
            && let Some(her) = index.women.get_mut(&chat)
        {
            her.mediator = Some(member.user_id);
        }
        // The case's first message is the last one shown in their chat: their next
        // message goes to her.
        let desk = index.desks.entry(member.user_id).or_default();
        desk.cases.insert(case_id);
        desk.active = Some(case_id);
        desk.shown = Some(case_id);
        drop(index);
        let under_way = self.passings.start(Passing {
            case: case_id,
            mediator: member.user_id,
            from: Sender::Her,
        });
        tracing::info!(case = case_id, "case claimed");
        Ok((case, under_way))
    }

    /// Hand-overs a restart cut short (claimed in the database, then the process
    /// stopped): done now, and staff told who took the case. A hand-over still under way
    /// (a claim of less than a grace period ago, or a long one) is left to finish.
    pub(super) async fn finish_hand_overs<M: Messenger>(self: &Arc<Self>, m: &Arc<M>, now: i64) {
        let store = self.store();
        let Ok(untold) = store.untold_claims(now - HAND_OVER_GRACE).await else {
            return;
        };
        for id in untold {
            if let Ok(Some(case)) = store.case(id).await
                && case.is_open()
                && let Some(mediator) = case.mediator
                && let Some(under_way) = self.passings.start(Passing {
                    case: id,
                    mediator,
                    from: Sender::Her,
                })
            {
                tracing::info!(case = id, "finishing a hand-over cut short by a restart");
                self.pass_held(m, case, under_way, true);
            }
        }
    }

    /// The mediator's messages that reply to nothing go to `case` from now on.
    async fn switch<M: Messenger>(&self, m: &M, user: i64, case: i64, confirm: bool) {
        if let Some(desk) = self.index().desks.get_mut(&user) {
            desk.active = Some(case);
            desk.shown = Some(case);
        }
        if !confirm {
            return;
        }
        let label = match self.store().case(case).await {
            Ok(Some(case)) => case.label(),
            _ => format!("#{case}"),
        };
        let note = StaffNote::text(format!("➡️ Your messages now go to case {label}."));
        if let Ok(sent) = m.tell_staff(user, note).await {
            let _ = self.store().note_case_message(user, sent, case).await;
        }
    }

    /// Cases whose mediator is no longer staff go back in the line.
    pub(super) async fn release_orphans<M: Messenger>(&self, m: &M) {
        let mediators: Vec<i64> = self.index().desks.keys().copied().collect();
        for mediator in mediators {
            if self
                .staff_member(mediator)
                .await
                .is_some_and(|member| takes_cases(&member))
            {
                continue;
            }
            self.release_all_of(m, mediator).await;
        }
    }

    /// Puts every case of a mediator back in the line.
    pub(super) async fn release_all_of<M: Messenger>(&self, m: &M, mediator: i64) {
        let cases: Vec<i64> = self
            .index()
            .desks
            .get(&mediator)
            .map(|d| d.cases.iter().copied().collect())
            .unwrap_or_default();
        for case in cases {
            self.release(m, case, mediator, true).await;
        }
    }

    /// Puts a claimed case back in the line and tells her.
    pub(super) async fn release<M: Messenger>(
        &self,
        m: &M,
        case_id: i64,
        mediator: i64,
        announce_again: bool,
    ) {
        let released = self
            .store()
            .release_case(case_id, mediator, announce_again)
            .await
            .unwrap_or(false);
        if !released {
            return;
        }
        let her = {
            let mut index = self.index();
            index.leave_desk(mediator, case_id);
            let her = index.chat_of(case_id);
            if let Some((chat, _)) = her
                && let Some(entry) = index.women.get_mut(&chat)
            {
                entry.mediator = None;
            }
            her
        };
        tracing::info!(case = case_id, "case back in line");
        self.wake.notify_one();
        if let Some((chat, her)) = her
            && !her.paused
        {
            self.tell_her(m, chat, HandoffNotice::MediatorLeft).await;
        }
    }

    /// Closes the cases that ended without anyone saying so: no sign of life for
    /// `idle_days`, or her contact erased by the retention purge.
    pub(super) async fn close_idle<M: Messenger>(&self, m: &M, now: i64) {
        let idle = match self.store().idle_cases(now, self.settings.idle_days).await {
            Ok(idle) => idle,
            Err(e) => {
                tracing::error!(error = %e, "cannot read idle cases");
                return;
            }
        };
        for case in idle {
            tracing::info!(case, "closing a case nobody wrote to for a long time");
            self.close_at(m, case, Outcome::Idle, now).await;
        }
    }

    /// Her quick exit: nothing more reaches her chat until she writes again. Called
    /// before her chat is cleared: a mediator's message must not arrive just after.
    pub async fn pause_of(&self, chat: i64) {
        let her = {
            let mut index = self.index();
            let Some(her) = index.women.get_mut(&chat) else {
                return;
            };
            her.paused = true;
            *her
        };
        let now = crate::clock::now();
        if let Err(e) = self.store().pause_case(her.case, true, now).await {
            tracing::error!(error = %e, "cannot pause a case");
        }
    }

    /// After her quick exit (her chat and her copies cleared): the mediator is told. Not
    /// before: a call in the mediator's chat waits for that chat's pace, and her deletion
    /// must not.
    pub(super) async fn tell_paused<M: Messenger>(&self, m: &M, chat: i64) {
        let her = self.index().women.get(&chat).copied();
        if let Some(her) = her
            && let Some(mediator) = her.mediator
        {
            let text = format!(
                "⏸ Case #{}: she used quick exit; someone may be near her. Her messages here \
                 were deleted. What you send now waits and reaches her when she writes again.",
                her.case
            );
            self.tell_staff(m, mediator, text).await;
        }
    }

    /// She pressed a button of the dialogues, or typed a command, during a chat.
    pub(super) async fn remind<M: Messenger>(&self, m: &M, chat: i64, her: Her) {
        let notice = match her.mediator {
            Some(_) => HandoffNotice::InChat,
            None => HandoffNotice::Already {
                case: her.case,
                position: self.store().queue_position(her.case).await.unwrap_or(1),
            },
        };
        self.tell_her(m, chat, notice).await;
    }
}

/// A number nobody else can guess, for her rating buttons (1 to 2³², never 0).
fn rating_token(case: i64, now: i64) -> i64 {
    let random = std::collections::hash_map::RandomState::new().hash_one((case, now));
    (random % u64::from(u32::MAX)) as i64 + 1
}
