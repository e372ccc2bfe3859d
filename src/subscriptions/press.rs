//! The buttons of the sessions and invitation screens (`u:…`): what each carries, and the
//! seal that proves her yes to the consent text. Her choices travel in these payloads
//! until the last press saves them, so nothing half-chosen is kept anywhere.

use std::fmt;

use crate::broadcast::{Topics, is_region};
use crate::store::{Channel, ContactKey};

/// A press on one of these screens, parsed from its payload.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Press {
    /// `u:home`: the sessions screen.
    Home,
    /// `u:c`: what is kept, and her yes. Also any step of the choices without a seal (a
    /// button from before seals, or typed by hand): the consent text again.
    Consent,
    /// `u:y:<seal>`: yes, under the consent text the bot showed.
    Yes(Seal),
    /// `u:t:<topics>:<seal>`: choosing topics (the ones chosen so far).
    Topics(Topics, Seal),
    /// `u:g:<topics>:<seal>`: choosing her region.
    Region(Topics, Seal),
    /// `u:s:<topics>:<region>:<seal>`: sound or silent.
    Silent(Topics, String, Seal),
    /// `u:f:<topics>:<region>:<0|1>:<seal>`: save.
    Finish(Topics, String, bool, Seal),
    /// `u:r:<session>`: remind me.
    Remind(i64),
    /// `u:stop`: no more invitations.
    Stop,
}

impl Press {
    pub fn encode(&self) -> String {
        let flag = |on: bool| if on { 1 } else { 0 };
        match self {
            Press::Home => "u:home".into(),
            Press::Consent => "u:c".into(),
            Press::Yes(seal) => format!("u:y:{seal}"),
            Press::Topics(topics, seal) => format!("u:t:{}:{seal}", topics.0),
            Press::Region(topics, seal) => format!("u:g:{}:{seal}", topics.0),
            Press::Silent(topics, region, seal) => format!("u:s:{}:{region}:{seal}", topics.0),
            Press::Finish(topics, region, silent, seal) => {
                format!("u:f:{}:{region}:{}:{seal}", topics.0, flag(*silent))
            }
            Press::Remind(session) => format!("u:r:{session}"),
            Press::Stop => "u:stop".into(),
        }
    }

    /// `None` for a payload that is not one of these screens' (the engine's, say).
    pub fn parse(raw: &str) -> Option<Press> {
        let rest = raw.strip_prefix("u:")?;
        let parts: Vec<&str> = rest.split(':').collect();
        let topics = |s: &str| s.parse::<i64>().ok().map(|n| Topics(n & Topics::all().0));
        let region = |s: &str| is_region(s).then(|| s.to_string());
        let silent = |s: &str| match s {
            "0" => Some(false),
            "1" => Some(true),
            _ => None,
        };
        // A step of her choices: sealed, or (a payload from before seals, typed by hand,
        // damaged) the consent text again.
        let step = || match parts[..] {
            ["y", at, tag] => Some(Press::Yes(Seal::parse(at, tag)?)),
            ["t", t, at, tag] => Some(Press::Topics(topics(t)?, Seal::parse(at, tag)?)),
            ["g", t, at, tag] => Some(Press::Region(topics(t)?, Seal::parse(at, tag)?)),
            ["s", t, r, at, tag] => {
                Some(Press::Silent(topics(t)?, region(r)?, Seal::parse(at, tag)?))
            }
            ["f", t, r, s, at, tag] => Some(Press::Finish(
                topics(t)?,
                region(r)?,
                silent(s)?,
                Seal::parse(at, tag)?,
            )),
            _ => None,
        };
        match parts[..] {
            ["home"] => Some(Press::Home),
            ["c"] => Some(Press::Consent),
            ["stop"] => Some(Press::Stop),
            ["r", id] => id.parse().ok().filter(|id| *id > 0).map(Press::Remind),
            ["y" | "t" | "g" | "s" | "f", ..] => Some(step().unwrap_or(Press::Consent)),
            _ => None,
        }
    }
}

/// How long a seal holds: she reads the consent text and chooses within minutes; a
/// screen left longer asks her again.
pub const SEAL_VALID: i64 = 6 * 3600;

/// What a [`Seal`] vouches for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Step {
    /// The bot showed her the consent text (on its Yes button).
    Shown = 1,
    /// She pressed Yes under it (on every later step of her choices).
    Accepted = 2,
}

/// The key of the seals: SipHash keys derived from a secret only the bot has (its
/// Telegram token, or another channel's secret). No `Debug`: it is a secret.
#[derive(Clone, Copy)]
pub struct SealKey(u64, u64);

impl SealKey {
    // `SipHasher` is deprecated as a `HashMap` hasher only; it is documented as SipHash-2-4
    // with the keys given, which is what a MAC needs (and is stable across builds, unlike
    // `DefaultHasher`).
    #[allow(deprecated)]
    pub fn from_secret(secret: &str) -> SealKey {
        use std::hash::{Hasher, SipHasher};
        let key = |label: &[u8]| {
            let mut hasher = SipHasher::new_with_keys(0, 0);
            hasher.write(label);
            hasher.write(secret.as_bytes());
            hasher.finish()
        };
        SealKey(key(b"carenet-seal-0"), key(b"carenet-seal-1"))
    }

    #[allow(deprecated)]
    fn tag(&self, contact: ContactKey, step: Step, at: i64) -> u64 {
        use std::hash::{Hasher, SipHasher};
        let mut hasher = SipHasher::new_with_keys(self.0, self.1);
        hasher.write(&contact.chat_id.to_le_bytes());
        // Telegram's seals came first and name the chat alone (seals on screens she has
        // open stay valid); any other channel is named too, so that a seal made for a
        // chat of one channel never holds for the same number on another.
        if contact.channel != Channel::Telegram {
            hasher.write(contact.channel.as_str().as_bytes());
        }
        hasher.write(&[step as u8]);
        hasher.write(&at.to_le_bytes());
        hasher.finish()
    }
}

/// Proof carried in a payload that, in this chat, the bot showed the consent text or she
/// said yes to it, at `at` (Unix seconds): a SipHash-2-4 tag of the chat, the step and the
/// time under the [`SealKey`]. Only the bot has the key, so a payload typed by hand, or
/// copied from another chat, carries no valid seal. SipHash is a keyed function made for
/// short messages (a MAC); 64 bits are far beyond guessing one press at a time.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Seal {
    at: i64,
    tag: u64,
}

impl Seal {
    pub fn new(key: &SealKey, contact: ContactKey, step: Step, at: i64) -> Seal {
        Seal {
            at,
            tag: key.tag(contact, step, at),
        }
    }

    fn parse(at: &str, tag: &str) -> Option<Seal> {
        if tag.len() != 16 {
            return None;
        }
        Some(Seal {
            at: at.parse().ok()?,
            tag: u64::from_str_radix(tag, 16).ok()?,
        })
    }

    /// Made by this bot for `contact` and `step`, and not too old (nor from the future).
    pub fn holds(&self, key: &SealKey, contact: ContactKey, step: Step, now: i64) -> bool {
        self.tag == key.tag(contact, step, self.at)
            && self.at <= now.saturating_add(60)
            && now.saturating_sub(self.at) <= SEAL_VALID
    }
}

impl fmt::Display for Seal {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}:{:016x}", self.at, self.tag)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn telegram(chat_id: i64) -> ContactKey {
        ContactKey {
            channel: Channel::Telegram,
            chat_id,
        }
    }

    #[test]
    fn payloads_parse_and_garbage_is_refused() {
        let seal = Seal {
            at: 1_800_000_000,
            tag: 0xfe,
        };
        assert_eq!(Press::parse("u:home"), Some(Press::Home));
        assert_eq!(
            Press::parse("u:f:3:it:1:1800000000:00000000000000fe"),
            Some(Press::Finish(Topics(3), "it".into(), true, seal))
        );
        assert_eq!(
            Press::parse("u:y:1800000000:00000000000000fe"),
            Some(Press::Yes(seal))
        );
        assert_eq!(Press::parse("u:r:12"), Some(Press::Remind(12)));
        // Choices without a seal (older buttons, or typed by hand), or with a damaged
        // one, or damaged choices: the consent text again, never the engine's "unknown".
        for raw in [
            "u:f:3:it:1",
            "u:t:0",
            "u:g:3",
            "u:s:3:it",
            "u:s:1",
            "u:f:3:xx:1:1800000000:00000000000000fe",
            "u:f:3:it:2:1800000000:00000000000000fe",
            "u:f:3:it:1:1800000000:fe",
            "u:f:3:it:1:x:00000000000000fe",
            "u:y:1800000000:zz000000000000fe",
            "u:t:x:1800000000:00000000000000fe",
        ] {
            assert_eq!(Press::parse(raw), Some(Press::Consent), "{raw}");
        }
        for raw in ["u:", "u:r:-1", "u:x:1", "g:menu"] {
            assert_eq!(Press::parse(raw), None, "{raw}");
        }
    }

    #[test]
    fn every_press_round_trips_exactly() {
        let seal = Seal {
            at: 1_800_000_000,
            tag: 0x0123_4567_89ab_cdef,
        };
        for press in [
            Press::Home,
            Press::Consent,
            Press::Yes(seal),
            Press::Topics(Topics(5), seal),
            Press::Region(Topics::all(), seal),
            Press::Silent(Topics(1), "gr".into(), seal),
            Press::Finish(Topics(3), "es".into(), false, seal),
            Press::Finish(Topics(3), "it".into(), true, seal),
            Press::Remind(42),
            Press::Stop,
        ] {
            let raw = press.encode();
            assert_eq!(Press::parse(&raw), Some(press.clone()), "{raw}");
            // The longest still fits Telegram's 64 bytes.
            assert!(raw.len() <= 64, "{raw}");
        }
    }

    #[test]
    fn a_seal_holds_for_its_chat_step_and_key_only_and_not_for_ever() {
        let (key, chat, now) = (
            SealKey::from_secret("123:SECRET"),
            telegram(42),
            1_800_000_000,
        );
        let seal = Seal::new(&key, chat, Step::Accepted, now);
        assert!(seal.holds(&key, chat, Step::Accepted, now + 60));
        assert!(!seal.holds(&key, telegram(43), Step::Accepted, now));
        assert!(!seal.holds(&key, chat, Step::Shown, now));
        let other = SealKey::from_secret("123:OTHER");
        assert!(!seal.holds(&other, chat, Step::Accepted, now));
        assert!(!seal.holds(&key, chat, Step::Accepted, now + SEAL_VALID + 1));
        assert!(!seal.holds(&key, chat, Step::Accepted, now - 3600));
        let forged = Seal {
            tag: seal.tag ^ 1,
            ..seal
        };
        assert!(!forged.holds(&key, chat, Step::Accepted, now));
        // The same number on another channel is another chat.
        let elsewhere = ContactKey {
            channel: Channel::Console,
            chat_id: 42,
        };
        assert!(!seal.holds(&key, elsewhere, Step::Accepted, now));
        // Times at the ends of the range are refused, never an overflow.
        for at in [i64::MIN, i64::MAX] {
            let extreme = Seal::new(&key, chat, Step::Accepted, at);
            for then in [now, i64::MIN, i64::MAX] {
                assert_eq!(extreme.holds(&key, chat, Step::Accepted, then), at == then);
            }
        }
        let text = seal.to_string();
        let (at, tag) = text.split_once(':').unwrap();
        assert_eq!(Seal::parse(at, tag), Some(seal));
    }

    #[test]
    fn telegram_seals_are_those_made_before_the_service_moved() {
        // The tag of this seal as the Telegram adapter made it (token, chat 42, step
        // Accepted, at 1,800,000,000): screens she has open keep working after the move.
        let key = SealKey::from_secret("123:SECRET");
        let seal = Seal::new(&key, telegram(42), Step::Accepted, 1_800_000_000);
        assert_eq!(seal.to_string(), OLD_SEAL);
    }

    /// Computed by the code before the move (`seal_tag` in the Telegram adapter).
    const OLD_SEAL: &str = "1800000000:3b382aaf2bfcd3ea";
}
