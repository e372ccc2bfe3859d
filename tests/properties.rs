//! Property tests for the parts that face arbitrary input: button payloads, text
//! normalisation, the free-text matcher and the engine as a whole, on the real content.

use std::path::Path;
use std::sync::{Arc, LazyLock};

use proptest::prelude::*;
use proptest::sample::{Index, select};

use carenet::content::{Action, Content};
use carenet::engine::{
    CallbackPayload, Conversation, Engine, Features, Inbound, Matcher, Outbound, Reply,
};
use carenet::geo::Coordinates;
use carenet::text::{keyword_list, normalize};

static CONTENT: LazyLock<Arc<Content>> = LazyLock::new(|| {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let content = Content::load(&root.join("dialogues"), &root.join("locales"))
        .unwrap_or_else(|errors| panic!("the real content has errors: {errors:#?}"));
    Arc::new(content)
});

static MATCHER: LazyLock<Matcher> = LazyLock::new(|| Matcher::new(&CONTENT));

static ENGINE: LazyLock<Engine> =
    LazyLock::new(|| Engine::new(Arc::clone(&CONTENT), Features::default()));

/// One keyword phrase of a shipped locale and the node it leads to.
#[derive(Debug, Clone)]
struct Keyword {
    locale: String,
    phrase: String,
    node: String,
}

static KEYWORDS: LazyLock<Vec<Keyword>> = LazyLock::new(|| {
    let mut keywords = vec![];
    for locale in CONTENT.locales.shipped() {
        for node in CONTENT.dialogues.nodes() {
            let Some(list) = node.keywords.as_deref().and_then(|id| locale.text(id)) else {
                continue;
            };
            for phrase in keyword_list(list) {
                keywords.push(Keyword {
                    locale: locale.code.clone(),
                    phrase: phrase.to_string(),
                    node: node.id.clone(),
                });
            }
        }
    }
    assert!(keywords.len() > 100, "the shipped locales list keywords");
    keywords
});

fn shipped_codes() -> Vec<String> {
    CONTENT.locales.shipped().map(|l| l.code.clone()).collect()
}

fn node_ids() -> Vec<String> {
    CONTENT
        .dialogues
        .nodes()
        .iter()
        .map(|n| n.id.clone())
        .collect()
}

// ---------------------------------------------------------------------------------------
// Strategies

const NODE_ID_CHARS: &str = "abcdefghijklmnopqrstuvwxyz0123456789_";
const TAG_CHARS: &str = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-";

fn string_of(chars: &str, len: std::ops::RangeInclusive<usize>) -> BoxedStrategy<String> {
    let chars: Vec<char> = chars.chars().collect();
    proptest::collection::vec(select(chars), len)
        .prop_map(|cs| cs.into_iter().collect())
        .boxed()
}

/// Any string at all, up to `max` characters.
fn any_string(max: usize) -> BoxedStrategy<String> {
    proptest::collection::vec(any::<char>(), 0..=max)
        .prop_map(|cs| cs.into_iter().collect())
        .boxed()
}

/// Strings close to payloads: a kind letter, a colon, characters payloads use and some
/// they must not, so that every branch of the parser is reached.
fn payload_like() -> BoxedStrategy<String> {
    let kind = select(vec!["g", "a", "l", "x", "G", "", "g:", "a:a"]);
    let body = string_of("abcz_09-:AZ é\u{0}/", 0..=70);
    let action = select(Action::ALL.to_vec()).prop_map(|a| a.name().to_string());
    (kind, prop_oneof![body, action])
        .prop_map(|(k, b)| format!("{k}:{b}"))
        .boxed()
}

fn valid_payload() -> BoxedStrategy<CallbackPayload> {
    prop_oneof![
        string_of(NODE_ID_CHARS, 1..=40).prop_map(CallbackPayload::Goto),
        select(Action::ALL.to_vec()).prop_map(CallbackPayload::Action),
        string_of(TAG_CHARS, 2..=12).prop_map(CallbackPayload::Language),
    ]
    .boxed()
}

// ---------------------------------------------------------------------------------------
// Callback payloads

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn payload_parse_never_panics_and_only_accepts_encodings(
        raw in prop_oneof![any_string(100), payload_like()]
    ) {
        if let Ok(payload) = CallbackPayload::parse(&raw) {
            prop_assert_eq!(payload.encode(), raw.clone());
            prop_assert!(raw.len() <= 64, "accepted {} bytes", raw.len());
        }
    }

    #[test]
    fn payload_round_trips(payload in valid_payload()) {
        let encoded = payload.encode();
        prop_assert!(encoded.len() <= 64);
        prop_assert_eq!(CallbackPayload::parse(&encoded), Ok(payload));
    }

    #[test]
    fn payload_rejects_node_ids_over_40_characters(id in string_of(NODE_ID_CHARS, 41..=62)) {
        let raw = format!("g:{id}");
        prop_assert!(CallbackPayload::parse(&raw).is_err(), "accepted {:?}", raw);
    }
}

// ---------------------------------------------------------------------------------------
// Normalisation

/// Letters whose case people change: ASCII, Greek with and without tonos (final sigma
/// too), and a few Latin accents; with spaces and punctuation between words.
const CASED_CHARS: &str = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ\
    αβγδεζηθικλμνξοπρσςτυφχψωΑΒΓΔΕΖΗΘΙΚΛΜΝΞΟΠΡΣΤΥΦΧΨΩάέήίόύώϊϋΐΰΆΈΉΊΌΎΏΪΫ\
    àáèéìíòóùúñçÀÁÈÉÌÍÒÓÙÚÑÇ 0123456789 ,.!?'-";

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn normalize_is_idempotent(text in any_string(200)) {
        let once = normalize(&text);
        let twice = normalize(&once.join(" "));
        prop_assert_eq!(&twice, &once);
        for word in &once {
            prop_assert!(!word.is_empty());
            prop_assert!(!word.contains(char::is_whitespace), "{:?}", word);
        }
    }

    #[test]
    fn normalize_ignores_case(text in string_of(CASED_CHARS, 0..=80)) {
        let lower = normalize(&text.to_lowercase());
        prop_assert_eq!(normalize(&text.to_uppercase()), lower.clone());
        prop_assert_eq!(normalize(&text), lower);
    }
}

// ---------------------------------------------------------------------------------------
// Free-text matcher

/// Changes the case of each character where `flips` says so.
fn change_case(text: &str, flips: &[bool]) -> String {
    text.chars()
        .zip(flips.iter().copied().chain(std::iter::repeat(false)))
        .map(|(c, flip)| {
            if flip {
                if c.is_lowercase() {
                    c.to_uppercase().collect::<String>()
                } else {
                    c.to_lowercase().collect::<String>()
                }
            } else {
                c.to_string()
            }
        })
        .collect()
}

fn assert_finds(keyword: &Keyword, text: &str) -> Result<(), TestCaseError> {
    let found = MATCHER.find(text, Some(&keyword.locale));
    prop_assert_eq!(
        found.as_ref().map(|m| m.node.as_str()),
        Some(keyword.node.as_str()),
        "{} keyword {:?} (sent as {:?}) should open {:?}",
        keyword.locale,
        keyword.phrase,
        text,
        keyword.node
    );
    prop_assert_eq!(found.map(|m| m.locale), Some(keyword.locale.clone()));
    Ok(())
}

#[test]
fn every_keyword_finds_its_node() {
    let mut wrong = vec![];
    for keyword in KEYWORDS.iter() {
        for text in [
            keyword.phrase.clone(),
            keyword.phrase.to_uppercase(),
            keyword.phrase.to_lowercase(),
        ] {
            let found = MATCHER.find(&text, Some(&keyword.locale));
            if found.as_ref().map(|m| m.node.as_str()) != Some(keyword.node.as_str()) {
                wrong.push(format!(
                    "{}: {:?} should open {}, found {:?}",
                    keyword.locale, text, keyword.node, found
                ));
            }
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

/// A one-character typo (insertion, deletion, substitution or swap of neighbours), using
/// letters of the word itself so that the word stays in its script.
#[derive(Debug, Clone, Copy)]
enum Typo {
    Insert,
    Delete,
    Substitute,
    Swap,
}

fn with_typo(word: &str, typo: Typo, at: Index, letter: Index) -> String {
    let mut chars: Vec<char> = word.chars().collect();
    let new = chars[letter.index(chars.len())];
    match typo {
        Typo::Insert => chars.insert(at.index(chars.len() + 1), new),
        Typo::Delete => {
            chars.remove(at.index(chars.len()));
        }
        Typo::Substitute => {
            let i = at.index(chars.len());
            chars[i] = new;
        }
        Typo::Swap => {
            let i = at.index(chars.len() - 1);
            chars.swap(i, i + 1);
        }
    }
    chars.into_iter().collect()
}

/// Whether the matcher's documented tolerance lets `word` stand for `keyword` (both
/// normalised): the same, starting with it (5+ letters), or one typo away (two for words
/// of 8+ letters).
fn tolerated(keyword: &str, word: &str) -> bool {
    let len = keyword.chars().count();
    let allowed = match len {
        0..=3 => 0,
        4..=7 => 1,
        _ => 2,
    };
    keyword == word
        || (len >= 5 && word.starts_with(keyword))
        || (allowed > 0 && strsim::damerau_levenshtein(keyword, word) <= allowed)
}

/// Whether a misspelt word could also stand for a keyword of another node in the same
/// locale: then the typo is ambiguous, and which node wins is a tie (see
/// `typo_prefers_the_closer_keyword`).
fn ambiguous(keyword: &Keyword, misspelt: &str) -> bool {
    KEYWORDS
        .iter()
        .filter(|k| k.locale == keyword.locale && k.node != keyword.node)
        .flat_map(|k| normalize(&k.phrase))
        .any(|w| tolerated(&w, misspelt))
}

/// Keywords with a word of 8 or more letters, for typos.
static LONG_KEYWORDS: LazyLock<Vec<Keyword>> = LazyLock::new(|| {
    let long: Vec<Keyword> = KEYWORDS
        .iter()
        .filter(|k| normalize(&k.phrase).iter().any(|w| w.chars().count() >= 8))
        .cloned()
        .collect();
    assert!(long.len() > 20, "keywords with long words");
    long
});

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    #[test]
    fn matcher_never_panics(
        text in prop_oneof![any_string(10_000), string_of(CASED_CHARS, 0..=10_000)],
        preferred in proptest::option::of(select(shipped_codes())),
    ) {
        if let Some(found) = MATCHER.find(&text, preferred.as_deref()) {
            prop_assert!(CONTENT.dialogues.get(&found.node).is_some());
            prop_assert!(CONTENT.locales.get(&found.locale).is_some());
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn keywords_match_in_any_case(
        keyword in select(KEYWORDS.clone()),
        flips in proptest::collection::vec(any::<bool>(), 0..64),
    ) {
        let text = change_case(&keyword.phrase, &flips);
        assert_finds(&keyword, &text)?;
    }

    #[test]
    fn keywords_match_with_one_typo(
        keyword in select(LONG_KEYWORDS.clone()),
        which in any::<Index>(),
        typo in select(vec![Typo::Insert, Typo::Delete, Typo::Substitute, Typo::Swap]),
        at in any::<Index>(),
        letter in any::<Index>(),
    ) {
        let mut words = normalize(&keyword.phrase);
        let long: Vec<usize> = (0..words.len())
            .filter(|&i| words[i].chars().count() >= 8)
            .collect();
        let i = long[which.index(long.len())];
        words[i] = with_typo(&words[i], typo, at, letter);
        prop_assume!(!ambiguous(&keyword, &words[i]));
        assert_finds(&keyword, &words.join(" "))?;
    }
}

/// A typo one edit away from the keyword she meant ties with a word two edits (or a
/// prefix) away from another node's keyword, and file order decides: `best` in
/// src/engine/matcher.rs scores (phrase length, exact words) and ignores how close a
/// tolerated word is. Found by trying every single-letter typo of every long keyword.
#[test]
fn typo_prefers_the_closer_keyword() {
    let cases = [
        // One edit from "soggiorno" (rights), two from "buongiorno" (menu).
        ("it", "songiorno", "rights"),
        // One edit from "incontro" (sessions), two from "indietro" (menu).
        ("it", "incintro", "sessions"),
        // One edit from "پناهندگی" (rights), starts with "پنهان" (safety).
        ("fa", "پنهاندگی", "rights"),
        // One edit from "приватність" (privacy), starts with "привіт" (menu).
        ("uk", "привітність", "privacy"),
    ];
    let mut wrong = vec![];
    for (locale, text, node) in cases {
        let found = MATCHER.find(text, Some(locale)).map(|m| m.node);
        if found.as_deref() != Some(node) {
            wrong.push(format!(
                "{locale} {text:?}: expected {node}, found {found:?}"
            ));
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

// ---------------------------------------------------------------------------------------
// The engine

#[derive(Debug, Clone)]
enum Event {
    Start(Option<String>),
    Resume,
    Text(String),
    /// A raw payload, valid or not.
    Button(String),
    /// One of the buttons of the previous answer.
    PreviousButton(Index),
    Location(f64, f64),
    Unsupported,
}

fn event() -> impl Strategy<Value = Event> {
    let language = proptest::option::of(prop_oneof![
        select(shipped_codes()),
        select(vec![
            "it-IT", "UK", "pt-BR", "de", "", "en_GB", "ar-EG", "xx-yy-zz"
        ])
        .prop_map(str::to_string),
        any_string(20),
    ]);
    let commands = select(vec![
        "/start",
        "/menu",
        "/language",
        "/help",
        "/exit",
        "/forget",
        "/stop",
        "/nope",
        "/",
        "/MENU@carenet_bot",
        " /help me",
    ])
    .prop_map(str::to_string);
    let keyword = select(KEYWORDS.clone()).prop_map(|k| k.phrase);
    let mut goto_targets = node_ids();
    goto_targets.extend(["nowhere", "help_fr", "talk"].map(str::to_string));
    let structured = prop_oneof![
        select(goto_targets).prop_map(|id| format!("g:{id}")),
        select(Action::ALL.to_vec()).prop_map(|a| CallbackPayload::Action(a).encode()),
        select(shipped_codes()).prop_map(|c| format!("l:{c}")),
        string_of(TAG_CHARS, 2..=12).prop_map(|c| format!("l:{c}")),
    ];
    prop_oneof![
        1 => language.prop_map(Event::Start),
        1 => Just(Event::Resume),
        2 => prop_oneof![any_string(300), commands, keyword].prop_map(Event::Text),
        2 => prop_oneof![structured, payload_like(), any_string(80)].prop_map(Event::Button),
        6 => any::<Index>().prop_map(Event::PreviousButton),
        1 => (-90.0..=90.0f64, -180.0..=180.0f64).prop_map(|(lat, lon)| Event::Location(lat, lon)),
        1 => Just(Event::Unsupported),
    ]
}

#[test]
fn message_id_detector_detects_message_ids() {
    for id in ["btn-menu", "not-understood", "rights-it", "forget-done"] {
        assert!(looks_like_message_id(id), "{id}");
    }
    for text in ["Done.", "menu", "e-mail: x", "🆘 112", "Sorry-", "a--b"] {
        assert!(!looks_like_message_id(text), "{text}");
    }
}

/// Looks like a Fluent message id ("btn-menu", "rights-it") rather than text.
fn looks_like_message_id(text: &str) -> bool {
    let parts: Vec<&str> = text.split('-').collect();
    parts.len() >= 2
        && parts
            .iter()
            .all(|p| !p.is_empty() && p.bytes().all(|b| b.is_ascii_lowercase()))
}

fn check_text(what: &str, text: &str) -> Result<(), TestCaseError> {
    prop_assert!(!text.trim().is_empty(), "{} is empty", what);
    prop_assert!(
        !looks_like_message_id(text.trim()),
        "{} is a raw message id: {:?}",
        what,
        text
    );
    // The fallback for a message missing from every locale.
    prop_assert_ne!(text.trim(), "…", "{} is a missing message", what);
    Ok(())
}

fn check_reply(reply: &Reply) -> Result<(), TestCaseError> {
    check_text("reply text", &reply.text)?;
    for button in reply.buttons() {
        check_text("button label", &button.label)?;
        prop_assert!(
            CallbackPayload::parse(&button.payload).is_ok(),
            "button {:?} carries an invalid payload {:?}",
            button.label,
            button.payload
        );
    }
    Ok(())
}

fn check_state(state: &Conversation) -> Result<(), TestCaseError> {
    if let Some(locale) = &state.locale {
        prop_assert!(
            CONTENT.locales.shipped().any(|l| &l.code == locale),
            "locale {:?} is not shipped",
            locale
        );
    }
    prop_assert!(
        state.node.is_empty() || CONTENT.dialogues.get(&state.node).is_some(),
        "state on unknown node {:?}",
        state.node
    );
    for node in &state.history {
        prop_assert!(
            CONTENT.dialogues.get(node).is_some(),
            "history has {:?}",
            node
        );
    }
    prop_assert!(
        state.history.len() <= 16,
        "history of {}",
        state.history.len()
    );
    Ok(())
}

fn inbound(event: &Event, previous: &[String]) -> Inbound {
    match event {
        Event::Start(language) => Inbound::Start {
            language: language.clone(),
        },
        Event::Resume => Inbound::Resume,
        Event::Text(text) => Inbound::Text(text.clone()),
        Event::Button(raw) => Inbound::Button(raw.clone()),
        Event::PreviousButton(_) if previous.is_empty() => Inbound::Button("g:menu".into()),
        Event::PreviousButton(i) => Inbound::Button(previous[i.index(previous.len())].clone()),
        Event::Location(lat, lon) => {
            Inbound::Location(Coordinates::new(*lat, *lon).expect("coordinates in range"))
        }
        Event::Unsupported => Inbound::Unsupported,
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(128))]

    #[test]
    fn engine_survives_any_conversation(
        events in proptest::collection::vec(event(), 1..40),
    ) {
        let engine = &*ENGINE;
        let mut state: Option<Conversation> = None;
        let mut previous: Vec<String> = vec![];
        for event in &events {
            let input = inbound(event, &previous);
            let step = engine.handle(state.as_ref(), input.clone());
            let replies: Vec<&Reply> = step.replies().collect();
            prop_assert!(
                !replies.is_empty(),
                "no reply to {:?} in state {:?}: {:?}",
                input,
                state,
                step.effects
            );
            for reply in &replies {
                check_reply(reply)?;
            }
            if step.effects.contains(&Outbound::Forget) {
                prop_assert!(step.state.is_none(), "forget keeps a state");
            }
            if let Some(new) = &step.state {
                check_state(new)?;
            }
            previous = replies
                .iter()
                .flat_map(|r| r.buttons())
                .map(|b| b.payload.clone())
                .collect();
            state = step.state;
        }
    }
}
