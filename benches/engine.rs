//! The engine alone, on one core: `(state, event) → (new state, effects)` with no store.
//! Target: at least 200,000 inbound events/s (docs/benchmarks.md).
//!
//!     cargo bench --bench engine
//!
//! Each benchmark replays a short script of events from a fixed starting state (an English
//! speaker who has consented and sits on the menu), carrying the state from one event to
//! the next as a channel would. Throughput is counted in events.

use std::hint::black_box;
use std::path::Path;
use std::sync::Arc;

use carenet::content::Content;
use carenet::engine::{Conversation, Engine, Features, Inbound, Reply, Step};
use criterion::{Criterion, Throughput, criterion_group, criterion_main};

fn engine() -> Engine {
    let content = Content::load(
        Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/dialogues")),
        Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/locales")),
    )
    .expect("the shipped content loads");
    Engine::new(Arc::new(content), Features::default())
}

/// The last reply of a step (the screen she now sees).
fn last_reply(step: &Step) -> &Reply {
    step.replies().last().expect("the step shows a screen")
}

/// The payload of the button on `reply` whose payload is `wanted`: proves the script
/// presses buttons the engine really offered, not made-up payloads.
fn pressed(reply: &Reply, wanted: &str) -> Inbound {
    let button = reply
        .buttons()
        .find(|b| b.payload == wanted)
        .unwrap_or_else(|| panic!("no button {wanted} on screen {:?}", reply.text));
    Inbound::Button(button.payload.clone())
}

/// Runs `input` on `state`, returning the new state and the step.
fn run(engine: &Engine, state: &Conversation, input: Inbound) -> (Conversation, Step) {
    let step = engine.handle(Some(state), input);
    let next = step.state.clone().expect("the script never erases her");
    (next, step)
}

/// Starting state (consented, English, on the menu) and the button script
/// menu → rights → rights_it → back (rights) → rights_es → help_es → menu → help → help_it
/// → back (help), each payload taken from the screen before it.
fn button_script(engine: &Engine) -> (Conversation, Vec<Inbound>) {
    let step = engine.handle(
        None,
        Inbound::Start {
            language: Some("en-GB".into()),
        },
    );
    let welcome = step.state.clone().expect("state after /start");
    let consent = pressed(last_reply(&step), "a:consent");
    let (menu, step) = run(engine, &welcome, consent);
    assert_eq!(menu.node, "menu");

    let mut script = Vec::new();
    let mut state = menu.clone();
    let mut screen = last_reply(&step).clone();
    for wanted in [
        "g:rights",
        "g:rights_it",
        "a:back",
        "g:rights_es",
        "g:help_es",
        "a:menu",
        "g:help",
        "g:help_it",
        "a:back",
    ] {
        let input = pressed(&screen, wanted);
        let (next, step) = run(engine, &state, input.clone());
        assert_ne!(next, state, "{wanted} changes her state");
        script.push(input);
        state = next;
        screen = last_reply(&step).clone();
    }
    assert_eq!(state.node, "help");
    (menu, script)
}

/// Free text that matches keywords: her language, another language, a typo, a phrase.
const MATCHING: [&str; 5] = [
    "I need a lawyer for my residence permit",
    "where is the nearest shelter?",
    "he hit me and I am scared",
    "hosptial",
    "Ho bisogno di aiuto, dove posso andare?",
];

/// Free text that matches nothing: every locale's phrases are tried (the slowest path).
const NOT_MATCHING: [&str; 3] = [
    "thank you very much for everything you do",
    "ok",
    "what time does the office open on saturday morning tomorrow",
];

const COMMANDS: [&str; 4] = ["/menu", "/help", "/language", "/whatever"];

fn texts(list: &[&str]) -> Vec<Inbound> {
    list.iter().map(|t| Inbound::Text(t.to_string())).collect()
}

/// A realistic session: mostly buttons, some typed questions, a few commands.
fn mix(buttons: &[Inbound]) -> Vec<Inbound> {
    let mut events = buttons.to_vec(); // 9 buttons
    events.extend(texts(&MATCHING[..3])); // 3 matching texts
    events.extend(texts(&NOT_MATCHING[..2])); // 2 texts that match nothing
    events.extend(texts(&COMMANDS[..2])); // 2 commands
    events.extend(buttons[..4].iter().cloned()); // 4 more buttons
    events
}

/// Replays `script` from `start`, event after event. Inputs are cloned: a channel builds a
/// fresh `Inbound` for each update too.
fn replay(engine: &Engine, start: &Conversation, script: &[Inbound]) -> Conversation {
    let mut state = start.clone();
    for input in script {
        let step = engine.handle(Some(&state), input.clone());
        if let Some(next) = step.state {
            state = next;
        }
        black_box(&step.effects);
    }
    state
}

fn bench(c: &mut Criterion) {
    let engine = engine();
    let (start, buttons) = button_script(&engine);

    // Every typed text really takes the path its list says.
    for text in MATCHING {
        let (next, _) = run(&engine, &start, Inbound::Text(text.into()));
        assert_ne!(next.node, "menu", "{text:?} should match a node");
    }
    for text in NOT_MATCHING {
        let step = engine.handle(Some(&start), Inbound::Text(text.into()));
        let not_understood = engine.content().locales.text("en", "not-understood");
        assert_eq!(last_reply(&step).text, not_understood, "{text:?} matches");
    }

    let scripts = [
        ("buttons", buttons.clone()),
        ("text_matching", texts(&MATCHING)),
        ("text_not_matching", texts(&NOT_MATCHING)),
        ("commands", texts(&COMMANDS)),
        ("mix", mix(&buttons)),
    ];
    let mut group = c.benchmark_group("engine");
    for (name, script) in &scripts {
        group.throughput(Throughput::Elements(script.len() as u64));
        group.bench_function(*name, |b| {
            b.iter(|| replay(&engine, black_box(&start), black_box(script)))
        });
    }
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
