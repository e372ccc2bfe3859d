//! Conversations through the pure engine: a generated walk over every node and button in
//! every language, and hand-written scenarios for the main paths.

mod common;

use std::collections::{HashSet, VecDeque};

use carenet::content::Content;
use carenet::engine::{Conversation, Engine, Features, Inbound, Outbound, Reply, Step};
use carenet::geo::Coordinates;
use common::{content, in_language};

fn engine() -> Engine {
    Engine::new(content(), Features::default())
}

fn replies(step: &Step) -> Vec<&Reply> {
    step.replies().collect()
}

fn last_reply(step: &Step) -> &Reply {
    step.replies().last().expect("at least one reply")
}

/// Runs events from `state`, returning the final step.
fn run(engine: &Engine, state: Option<Conversation>, inputs: &[Inbound]) -> Step {
    let mut step = Step {
        state,
        effects: vec![],
    };
    for input in inputs {
        step = engine.handle(step.state.as_ref(), input.clone());
    }
    step
}

fn button(payload: &str) -> Inbound {
    Inbound::Button(payload.to_string())
}

fn text(t: &str) -> Inbound {
    Inbound::Text(t.to_string())
}

fn looks_like_message_id(text: &str) -> bool {
    !text.is_empty()
        && text
            .split('-')
            .all(|w| !w.is_empty() && w.bytes().all(|b| b.is_ascii_lowercase()))
}

/// Every node, reached by pressing buttons from the menu, in every shipped language:
/// each screen shows its own translated text, every button has a label and a payload that
/// fits Telegram, and every button press gets an answer.
#[test]
fn every_node_is_reachable_and_renders_in_every_language() {
    let content = content();
    let engine = engine();
    let all_nodes: HashSet<&str> = content
        .dialogues
        .nodes()
        .iter()
        .map(|n| n.id.as_str())
        .collect();
    for locale in content.locales.shipped() {
        let start = engine.handle(Some(&in_language(&locale.code)), button("a:menu"));
        let mut seen: HashSet<String> = HashSet::new();
        let mut queue = VecDeque::from([start]);
        while let Some(step) = queue.pop_front() {
            let state = step.state.clone().expect("navigation keeps her state");
            if !seen.insert(state.node.clone()) {
                continue;
            }
            let node = content
                .dialogues
                .get(&state.node)
                .expect("state names a real node");
            let reply = last_reply(&step);
            let mut expected = locale.text(&node.text).unwrap().to_string();
            if node.id == "talk" {
                // Without mediators, the helplines page says the chat is not open.
                expected = format!(
                    "{expected}\n\n{}",
                    locale.text("handoff-unavailable").unwrap()
                );
            }
            assert_eq!(reply.text, expected, "{} {}", locale.code, node.id);
            for b in reply.buttons() {
                assert!(
                    !b.label.trim().is_empty(),
                    "{} {}: empty label",
                    locale.code,
                    node.id
                );
                assert!(
                    !looks_like_message_id(&b.label),
                    "{}: raw id {}",
                    locale.code,
                    b.label
                );
                assert!(b.payload.len() <= 64);
                let next = engine.handle(Some(&state), button(&b.payload));
                assert!(
                    !next.effects.is_empty(),
                    "{} {}: {} gives no answer",
                    locale.code,
                    node.id,
                    b.payload
                );
                if b.payload.starts_with("g:") {
                    queue.push_back(next);
                }
            }
        }
        let missing: Vec<_> = all_nodes.iter().filter(|n| !seen.contains(**n)).collect();
        // The welcome is opened by /start, not by a button.
        assert_eq!(
            missing,
            vec![&"welcome"],
            "{}: nodes not reached",
            locale.code
        );
    }
}

#[test]
fn start_in_a_shipped_language_welcomes_her_in_it_with_a_draft_note() {
    let content = content();
    let step = engine().handle(
        None,
        Inbound::Start {
            language: Some("it-IT".into()),
        },
    );
    let texts: Vec<&str> = replies(&step).iter().map(|r| r.text.as_str()).collect();
    assert_eq!(
        texts,
        vec![
            content.locales.text("it", "draft-notice"),
            content.locales.text("it", "welcome")
        ]
    );
    assert_eq!(step.state.unwrap().locale.as_deref(), Some("it"));
}

#[test]
fn start_in_english_has_no_draft_note() {
    let step = engine().handle(
        None,
        Inbound::Start {
            language: Some("en".into()),
        },
    );
    assert_eq!(replies(&step).len(), 1);
}

#[test]
fn start_in_an_unknown_language_asks_for_the_language_in_all_of_them() {
    let content = content();
    let step = engine().handle(
        None,
        Inbound::Start {
            language: Some("pt-BR".into()),
        },
    );
    let reply = last_reply(&step);
    for locale in content.locales.shipped() {
        assert!(reply.text.contains(locale.text("language-choose").unwrap()));
        assert!(
            reply
                .buttons()
                .any(|b| b.payload == format!("l:{}", locale.code))
        );
    }
    assert!(
        reply.text.contains("112"),
        "emergency number visible before any choice"
    );
    assert_eq!(step.state.unwrap().locale, None);
}

#[test]
fn consent_is_recorded_only_when_she_agrees() {
    let engine = engine();
    let step = run(&engine, None, &[button("l:es")]);
    assert!(!step.state.as_ref().unwrap().consented);
    let step = run(&engine, step.state, &[button("a:consent")]);
    let state = step.state.unwrap();
    assert!(state.consented);
    assert_eq!(state.node, "menu");
}

#[test]
fn declining_keeps_nothing() {
    let step = run(&engine(), None, &[button("l:uk"), button("a:forget")]);
    assert_eq!(step.state, None);
    assert!(step.effects.contains(&Outbound::Forget));
    assert!(
        step.effects.contains(&Outbound::QuickExit),
        "her screen is cleared too"
    );
    let content = content();
    assert_eq!(
        last_reply(&step).text,
        content.locales.text("uk", "forget-done")
    );
}

#[test]
fn danger_shows_emergency_numbers_first_in_every_language() {
    let content = content();
    for locale in content.locales.shipped() {
        let step = engine().handle(Some(&in_language(&locale.code)), button("g:danger"));
        let reply = last_reply(&step);
        let first_line = reply.text.lines().next().unwrap();
        assert!(first_line.contains("112"), "{}: {first_line}", locale.code);
        for number in ["1522", "016", "15900"] {
            assert!(reply.text.contains(number), "{}: {number}", locale.code);
        }
    }
}

#[test]
fn right_to_left_languages_keep_phone_numbers_in_dialling_order() {
    for code in ["ar", "fa"] {
        let step = engine().handle(Some(&in_language(code)), button("g:help_it"));
        assert!(
            last_reply(&step)
                .text
                .contains("\u{2066}800 290 290\u{2069}"),
            "{code}: number not isolated"
        );
    }
    let step = engine().handle(Some(&in_language("it")), button("g:help_it"));
    assert!(
        !last_reply(&step).text.contains('\u{2066}'),
        "no marks in left-to-right text"
    );
}

#[test]
fn back_returns_through_the_screens_she_saw() {
    let engine = engine();
    let step = run(
        &engine,
        Some(in_language("fr")),
        &[
            button("g:rights"),
            button("g:rights_es"),
            button("g:help_es"),
        ],
    );
    let step = run(&engine, step.state, &[button("a:back")]);
    assert_eq!(step.state.as_ref().unwrap().node, "rights_es");
    let step = run(&engine, step.state, &[button("a:back"), button("a:back")]);
    assert_eq!(step.state.as_ref().unwrap().node, "menu");
}

#[test]
fn free_text_in_any_language_finds_help() {
    let engine = engine();
    for word in [
        "help",
        "aiuto",
        "ayuda",
        "βοήθεια",
        "aide",
        "مساعدة",
        "کمک",
        "допомога",
    ] {
        let step = engine.handle(None, text(word));
        let state = step.state.unwrap();
        assert!(state.locale.is_some(), "{word}: language recognised");
        assert!(
            ["help", "danger"].contains(&state.node.as_str()),
            "{word} led to {}",
            state.node
        );
    }
}

#[test]
fn free_text_tolerates_case_accents_and_typos() {
    let engine = engine();
    for (typed, node) in [
        ("AYUDA", "help"),
        ("Βοηθεια", "help"),
        ("hospitl", "rights_health"),
    ] {
        let step = engine.handle(Some(&in_language("en")), text(typed));
        assert_eq!(step.state.unwrap().node, node, "{typed}");
    }
}

#[test]
fn text_not_understood_gets_a_calm_reply_and_the_menu() {
    let content = content();
    let engine = engine();
    let menu = engine.handle(Some(&in_language("el")), button("a:menu"));
    for odd in ["qwertyuiop", "🙂", &"x".repeat(10_000), "/nonsense"] {
        let step = engine.handle(Some(&in_language("el")), text(odd));
        let reply = last_reply(&step);
        assert_eq!(reply.text, content.locales.text("el", "not-understood"));
        assert_eq!(reply.keyboard, last_reply(&menu).keyboard);
    }
}

#[test]
fn stickers_and_photos_get_a_kind_reply() {
    let content = content();
    let step = engine().handle(Some(&in_language("ar")), Inbound::Unsupported);
    assert_eq!(
        last_reply(&step).text,
        content.locales.text("ar", "unsupported-media")
    );
}

#[test]
fn garbage_payloads_are_refused_politely() {
    let content = content();
    for raw in [
        "",
        "g:nowhere",
        "a:launch_missiles",
        &"z".repeat(64),
        "l:klingon",
        "g:../../etc",
    ] {
        let step = engine().handle(Some(&in_language("it")), button(raw));
        assert!(!step.effects.is_empty(), "{raw:?}");
        let reply = last_reply(&step);
        assert!(
            reply.text == content.locales.text("it", "not-understood")
                || reply
                    .text
                    .contains(content.locales.text("it", "language-choose")),
            "{raw:?}"
        );
    }
}

#[test]
fn quick_exit_asks_the_channel_to_erase_and_leaves_a_neutral_line() {
    let content = content();
    let step = run(
        &engine(),
        Some(in_language("es")),
        &[button("g:rights"), text("/exit")],
    );
    assert_eq!(step.effects[0], Outbound::QuickExit);
    let reply = last_reply(&step);
    assert_eq!(reply.text, content.locales.text("es", "exit-done"));
    assert!(reply.keyboard.is_empty());
    let state = step.state.unwrap();
    assert_eq!(state.node, "menu");
    assert!(state.history.is_empty());
}

#[test]
fn a_shared_location_opens_that_countrys_helplines_and_is_not_kept() {
    let content = content();
    let athens = Coordinates::new(37.98, 23.73).unwrap();
    let step = engine().handle(Some(&in_language("fa")), Inbound::Location(athens));
    let reply = last_reply(&step);
    assert!(
        reply
            .text
            .starts_with(content.locales.text("fa", "location-used"))
    );
    assert!(reply.text.ends_with(content.locales.text("fa", "help-gr")));
    let state = step.state.unwrap();
    assert_eq!(state.node, "help_gr");
    assert_eq!(
        state.region.as_deref(),
        Some("gr"),
        "only the country is kept"
    );

    let paris = Coordinates::new(48.85, 2.35).unwrap();
    let step = engine().handle(Some(&in_language("fr")), Inbound::Location(paris));
    assert_eq!(step.state.unwrap().node, "help");
}

#[test]
fn language_can_change_at_any_time() {
    let content = content();
    let step = run(
        &engine(),
        Some(in_language("en")),
        &[text("/language"), button("l:uk")],
    );
    assert_eq!(step.state.as_ref().unwrap().locale.as_deref(), Some("uk"));
    assert_eq!(last_reply(&step).text, content.locales.text("uk", "menu"));
}

#[test]
fn every_command_answers() {
    for command in [
        "/start",
        "/menu",
        "/language",
        "/help",
        "/exit",
        "/stop",
        "/forget",
        "/x",
    ] {
        let step = engine().handle(Some(&in_language("en")), text(command));
        assert!(step.replies().next().is_some(), "{command}");
    }
    let step = engine().handle(Some(&in_language("en")), text("/stop"));
    assert!(step.effects.contains(&Outbound::Unsubscribe));
}

#[test]
fn handoff_and_subscriptions_reach_their_modules_only_when_they_run() {
    let content = content();
    let off = Engine::new(content.clone(), Features::default());
    let step = off.handle(Some(&in_language("en")), button("a:handoff"));
    assert_eq!(
        step.state.unwrap().node,
        "talk",
        "without mediators: the helplines"
    );

    let on = Engine::new(
        content,
        Features {
            handoff: true,
            subscriptions: true,
        },
    );
    let mut state = in_language("ar");
    state.node = "rights_it".into();
    state.region = Some("it".into());
    let step = on.handle(Some(&state), button("a:handoff"));
    assert_eq!(
        step.effects,
        vec![Outbound::OpenHandoff {
            topic: "rights_it".into(),
            language: "ar".into(),
            region: "it".into(),
        }]
    );
    // /human and free text that asks for a person open a case too.
    let step = on.handle(Some(&state), Inbound::Text("/human".into()));
    assert!(matches!(step.effects[..], [Outbound::OpenHandoff { .. }]));
    let mut english = in_language("en");
    english.node = "menu".into();
    let step = on.handle(
        Some(&english),
        Inbound::Text("I want to talk to a person".into()),
    );
    assert!(
        matches!(step.effects[..], [Outbound::OpenHandoff { ref topic, .. }] if topic == "menu"),
        "{:?}",
        step.effects
    );
    // The helplines page offers the chat when it runs, and says it is closed when not.
    let talk = on.handle(Some(&english), button("g:talk"));
    let reply = talk.replies().next().unwrap();
    assert_eq!(reply.keyboard[0][0].payload, "a:handoff");
    let off = engine().handle(Some(&english), button("g:talk"));
    let reply = off.replies().next().unwrap();
    assert!(reply.text.ends_with("not open yet."), "{}", reply.text);
    assert!(reply.buttons().all(|b| b.payload != "a:handoff"));
    let step = on.handle(Some(&state), button("a:subscribe"));
    assert_eq!(step.effects, vec![Outbound::Subscribe]);
}

#[test]
fn quick_exit_and_forget_buttons_work_even_when_nothing_is_kept() {
    let content = content();
    let step = engine().handle(None, button("a:exit"));
    assert_eq!(step.effects[0], Outbound::QuickExit);
    assert_eq!(
        last_reply(&step).text,
        content.locales.text("en", "exit-done")
    );
    let step = engine().handle(None, button("a:forget"));
    assert!(step.effects.contains(&Outbound::Forget));
    assert_eq!(step.state, None);
}

#[test]
fn every_screen_has_quick_exit() {
    let engine = engine();
    let mut screens = vec![
        engine.handle(None, Inbound::Start { language: None }),
        engine.handle(Some(&in_language("en")), text("/help")),
        engine.handle(Some(&in_language("en")), text("/stop")),
        engine.handle(Some(&in_language("en")), text("/language")),
        engine.handle(Some(&in_language("en")), text("gibberish")),
    ];
    for node in content().dialogues.nodes() {
        screens.push(engine.handle(Some(&in_language("en")), button(&format!("g:{}", node.id))));
    }
    for step in screens {
        let reply = last_reply(&step);
        assert!(
            reply.buttons().any(|b| b.payload == "a:exit"),
            "no quick exit: {}",
            reply.text
        );
    }
}

#[test]
fn content_used_here_is_the_shipped_content() {
    let content: &Content = &content();
    // Every folder of locales/ is a language she can choose.
    let folders =
        std::fs::read_dir(std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("locales"))
            .unwrap()
            .filter(|e| e.as_ref().unwrap().path().is_dir())
            .count();
    assert_eq!(content.locales.shipped().count(), folders);
    assert_eq!(folders, 13);
}

#[test]
fn the_safety_screen_says_silent_is_not_hidden_and_how_to_hide_previews_lock_and_check_devices() {
    let engine = engine();
    let step = engine.handle(Some(&in_language("en")), button("g:safety"));
    let safety = &last_reply(&step).text;
    for needle in [
        "without sound",
        "can still show on your phone's screen",
        "Notifications and Sounds",
        "Privacy and Security, then Passcode Lock",
        "Settings, then Devices",
    ] {
        assert!(safety.contains(needle), "{needle:?} missing: {safety}");
    }
    // Every language has the same advice: as many points as the reference text.
    let content = content();
    let points = |text: &str| text.matches('•').count();
    let reference = points(content.locales.text("en", "safety"));
    for locale in content.locales.shipped() {
        let text = locale.text("safety").expect("a safety screen");
        assert_eq!(points(text), reference, "{}: {text}", locale.code);
    }
    // Choosing silent invitations says the same.
    let silent = content.locales.text("en", "sessions-silent");
    assert!(silent.contains("can still show"), "{silent}");
    // Its facts are sourced (FACTS.md 11, Telegram's privacy settings).
    let node = content.dialogues.get("safety").expect("the safety node");
    let source = node.source.as_deref().unwrap_or_default();
    assert!(source.contains("FACTS.md 11"), "{source}");
}

/// The screens of what she needs next (issue 15) open from the questions a woman types,
/// each in three languages, as sentences rather than bare keywords.
#[test]
fn the_new_screens_open_from_her_own_words_in_three_languages() {
    let engine = engine();
    let cases: &[(&str, &str, &str)] = &[
        ("help_assault", "en", "he raped me last night"),
        ("help_assault", "it", "mi ha violentata ieri sera"),
        ("help_assault", "ar", "اغتصبني أمس"),
        ("help_leave", "en", "I want to leave him"),
        ("help_leave", "it", "voglio andare via di casa"),
        ("help_leave", "ar", "أريد أن أهرب"),
        ("safety_phone", "en", "he reads my messages on his phone"),
        ("safety_phone", "it", "mio marito mi spia"),
        ("safety_phone", "ar", "زوجي يقرأ رسائلي"),
        ("rights_report_it", "it", "posso avere l'ammonimento?"),
        (
            "rights_report_it",
            "en",
            "can I report in Italy without papers",
        ),
        ("rights_report_it", "es", "quiero denunciar en Italia"),
        (
            "rights_report_es",
            "en",
            "how do I get an orden de proteccion",
        ),
        ("rights_report_es", "es", "cómo denunciar en España"),
        ("rights_report_es", "ar", "كيف أحصل على orden de proteccion"),
        ("rights_report_gr", "en", "how do I report in Greece"),
        ("rights_report_gr", "el", "καταγγελία στην Ελλάδα"),
        ("rights_report_gr", "es", "quiero denunciar en Grecia"),
        ("rights_aid", "en", "I need a free lawyer"),
        ("rights_aid", "it", "mi serve un avvocato gratis"),
        ("rights_aid", "ar", "أحتاج محامي مجاني"),
        ("rights_money", "en", "I have no money"),
        ("rights_money", "it", "non ho soldi per vivere"),
        ("rights_money", "ar", "ما عندي فلوس"),
        ("rights_work", "en", "my boss took my passport"),
        ("rights_work", "it", "il padrone non mi paga"),
        ("rights_work", "ar", "أخذوا جوازي"),
        ("rights_fgm", "en", "they want to cut my daughter, fgm"),
        (
            "rights_fgm",
            "it",
            "mi vogliono costringere al matrimonio forzato",
        ),
        ("rights_fgm", "ar", "يجبرونني على الزواج"),
    ];
    let mut wrong = vec![];
    for (node, language, words) in cases {
        let step = run(&engine, Some(in_language(language)), &[text(words)]);
        let reached = step.state.as_ref().map(|s| s.node.as_str());
        if reached != Some(node) {
            wrong.push(format!("{language} {words:?}: {reached:?}, not {node}"));
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

/// Words that Persian, Arabic and Urdu share ("salam") do not choose her language: she
/// gets the language menu (with 112). Danger in such words is answered at once.
#[test]
fn shared_words_ask_for_her_language_but_danger_never_waits() {
    let engine = engine();
    let step = run(&engine, None, &[text("سلام")]);
    let state = step.state.as_ref().expect("a state");
    assert_eq!(state.locale, None, "no language chosen for her");
    let reply = last_reply(&step);
    assert!(reply.text.contains("🆘 112"), "{}", reply.text);
    assert!(
        reply.buttons().any(|b| b.payload == "l:fa")
            && reply.buttons().any(|b| b.payload == "l:ur"),
        "the language menu"
    );
    // "خطر" is danger in Arabic and Persian alike.
    let step = run(&engine, None, &[text("خطر")]);
    assert_eq!(step.state.as_ref().map(|s| s.node.as_str()), Some("danger"));
}
