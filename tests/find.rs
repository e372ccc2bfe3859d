//! "Find help near me" through the engine, on the directory we ship (national helplines
//! and the example services): a shared location, a place typed in any language, kinds of
//! help, filters, paging, the map, danger first, and never an empty answer.

mod common;

use std::path::Path;
use std::sync::Arc;

use carenet::directory::{LiveDirectory, load_shipped};
use carenet::engine::{Conversation, Engine, Features, Inbound, Outbound, Reply, Step};
use carenet::geo::Coordinates;
use common::{TestDb, content, in_language};

/// 2026-11-26 (a Thursday) 21:30 UTC, 22:30 in Italy: the example night line is open,
/// the day services are closed.
const THURSDAY_NIGHT: i64 = 1_795_815_000;
const MANTOVA: (f64, f64) = (45.157, 10.792);

async fn engine() -> Engine {
    let db = TestDb::sqlite();
    let store = db.store().await;
    let data = Path::new(env!("CARGO_MANIFEST_DIR")).join("directory");
    let report = load_shipped(&store, &data, THURSDAY_NIGHT).await.unwrap();
    assert_eq!(report.rejected, 0, "{}", report.summary());
    let live = LiveDirectory::load(&store).await.unwrap();
    // The directory is in memory now; the database may go.
    store.close().await;
    Engine::new(content(), Features::default()).with_directory(Arc::new(live))
}

fn run(engine: &Engine, state: Conversation, inputs: &[Inbound]) -> Step {
    let mut step = Step {
        state: Some(state),
        effects: vec![],
    };
    for input in inputs {
        step = engine.handle_at(step.state.as_ref(), input.clone(), THURSDAY_NIGHT);
    }
    step
}

fn last_reply(step: &Step) -> &Reply {
    step.replies().last().expect("a reply")
}

fn location((lat, lon): (f64, f64)) -> Inbound {
    Inbound::Location(Coordinates::new(lat, lon).unwrap())
}

fn press(reply: &Reply, prefix: &str) -> Inbound {
    let button = reply
        .buttons()
        .find(|b| b.payload.starts_with(prefix))
        .unwrap_or_else(|| panic!("no {prefix} button under {:?}", reply.text));
    Inbound::Button(button.payload.clone())
}

fn press_labelled(reply: &Reply, label: &str) -> Inbound {
    let button = reply
        .buttons()
        .find(|b| b.label.contains(label))
        .unwrap_or_else(|| panic!("no button {label:?} under {:?}", reply.text));
    Inbound::Button(button.payload.clone())
}

#[tokio::test]
async fn every_language_finds_help_near_her_and_its_map() {
    let engine = engine().await;
    // Every locale folder: a new one is tested without a change here.
    let codes: Vec<String> = content()
        .locales
        .all()
        .iter()
        .map(|l| l.code.clone())
        .collect();
    for code in codes.iter().map(String::as_str) {
        let step = run(
            &engine,
            in_language(code),
            &[Inbound::Button("g:help".into()), location(MANTOVA)],
        );
        let reply = last_reply(&step);
        assert!(
            reply.text.contains("Mantova") && reply.text.contains(" km"),
            "{code}: {}",
            reply.text
        );
        assert!(!reply.text.contains("find-"), "{code}: a message id shows");
        assert!(reply.buttons().all(|b| b.payload.len() <= 64));
        let state = step.state.clone().unwrap();
        assert_eq!(state.region.as_deref(), Some("it"));
        // The location is not in what we keep.
        assert!(!format!("{state:?}").contains("45.1"));
        let map = run(&engine, state, &[press(reply, "v:")]);
        let venue = map.effects.iter().find_map(|e| match e {
            Outbound::Venue {
                latitude,
                longitude,
                title,
                ..
            } => Some((*latitude, *longitude, title.clone())),
            _ => None,
        });
        let (lat, lon, title) = venue.unwrap_or_else(|| panic!("{code}: no venue"));
        let at = Coordinates::new(lat, lon).unwrap();
        assert!(at.distance_km(&Coordinates::new(MANTOVA.0, MANTOVA.1).unwrap()) < 5.0);
        assert!(!title.is_empty());
    }
}

#[tokio::test]
async fn nearest_services_come_first() {
    let engine = engine().await;
    let step = run(&engine, in_language("en"), &[location(MANTOVA)]);
    let text = &last_reply(&step).text;
    let distances: Vec<f64> = text
        .lines()
        .filter_map(|l| l.rsplit_once(" (")?.1.strip_suffix(" km)")?.parse().ok())
        .collect();
    assert!(distances.len() >= 3, "{text}");
    assert!(distances.windows(2).all(|w| w[0] <= w[1]), "{distances:?}");
}

#[tokio::test]
async fn a_town_typed_in_any_language_or_with_a_typo_is_found() {
    let engine = engine().await;
    for (code, typed) in [
        ("en", "Milan"),
        ("it", "milano"),
        ("el", "Μιλάνο"),
        ("ar", "ميلانو"),
        ("es", "ayuda en Milán"),
        ("en", "Milnao"),
        ("fr", "Florence"),
        ("es", "Sevila"),
    ] {
        let step = run(&engine, in_language(code), &[Inbound::Text(typed.into())]);
        let text = &last_reply(&step).text;
        assert!(text.starts_with("📍"), "{code} {typed:?}: {text}");
        let expected = match typed {
            "Florence" => "Firenze",
            "Sevila" => "Sevilla",
            _ => "Milano",
        };
        assert!(text.contains(expected), "{code} {typed:?}: {text}");
    }
    // Words that name no place still go where they always went.
    let step = run(
        &engine,
        in_language("en"),
        &[Inbound::Text("lawyer".into())],
    );
    assert!(!last_reply(&step).text.starts_with("📍"));
}

#[tokio::test]
async fn kinds_of_help_filters_and_more() {
    let engine = engine().await;
    let results = run(&engine, in_language("en"), &[location(MANTOVA)]);
    let first = last_reply(&results).clone();
    assert!(first.text.contains("\n1. ") && first.text.contains("\n5. "));
    // More: the next five, numbered on.
    let more = run(
        &engine,
        results.state.clone().unwrap(),
        &[press_labelled(&first, "More")],
    );
    assert!(
        last_reply(&more).text.contains("\n6. "),
        "{}",
        last_reply(&more).text
    );
    // Kinds of help → shelters only.
    let kinds = run(
        &engine,
        results.state.clone().unwrap(),
        &[press_labelled(&first, "Kind of help")],
    );
    let shelters = run(
        &engine,
        kinds.state.clone().unwrap(),
        &[press_labelled(last_reply(&kinds), "Shelters")],
    );
    let text = &last_reply(&shelters).text;
    assert!(
        text.contains("Shelters") && text.contains("night reception"),
        "{text}"
    );
    assert!(!text.contains("Legal help ·"), "{text}");
    // Open now, on a Thursday at 22:30 in Italy: the night line, not the day centres.
    let open = run(
        &engine,
        results.state.clone().unwrap(),
        &[press_labelled(&first, "Open now")],
    );
    let reply = last_reply(&open);
    assert!(reply.text.contains("night reception"), "{}", reply.text);
    assert!(!reply.text.contains("closed now"), "{}", reply.text);
    assert!(reply.buttons().any(|b| b.label == "✅ Open now"));
}

#[tokio::test]
async fn nothing_found_still_gives_the_national_lines_and_a_person() {
    let engine = engine().await;
    let results = run(&engine, in_language("en"), &[location(MANTOVA)]);
    // Legal help that is open now, on a Thursday night: there is none.
    let kinds = run(
        &engine,
        results.state.clone().unwrap(),
        &[press_labelled(last_reply(&results), "Kind of help")],
    );
    let legal = run(
        &engine,
        kinds.state.clone().unwrap(),
        &[press_labelled(last_reply(&kinds), "Legal help")],
    );
    let none = run(
        &engine,
        legal.state.clone().unwrap(),
        &[press_labelled(last_reply(&legal), "Open now")],
    );
    let reply = last_reply(&none);
    assert!(reply.text.contains("We found nothing"), "{}", reply.text);
    assert!(reply.text.contains("📞 1522"), "{}", reply.text);
    assert!(reply.buttons().any(|b| b.payload == "a:handoff"));
}

#[tokio::test]
async fn in_danger_the_emergency_lines_come_first() {
    let engine = engine().await;
    let step = run(
        &engine,
        in_language("en"),
        &[
            Inbound::Button("g:danger".into()),
            Inbound::Button("g:help".into()),
            location(MANTOVA),
        ],
    );
    let text = &last_reply(&step).text;
    let urgent = text.find("Call first").expect("the urgent block");
    let emergency = text.find("📞 112").expect("112");
    let results = text.find("📍").expect("results");
    assert!(urgent < emergency && emergency < results, "{text}");
}

#[tokio::test]
async fn forged_searches_get_a_calm_answer() {
    let engine = engine().await;
    for raw in [
        "s:r@99,10;-;;0",
        "s:rpnowhere;-;;0",
        "s:x",
        "v:no-such-service",
        "v:",
    ] {
        let step = run(&engine, in_language("en"), &[Inbound::Button(raw.into())]);
        assert!(step.replies().count() >= 1, "{raw}");
        assert!(step.state.is_some());
    }
}

#[tokio::test]
async fn without_directory_data_the_dialogues_give_the_national_lines() {
    let db = TestDb::sqlite();
    let store = db.store().await;
    let live = LiveDirectory::load(&store).await.unwrap();
    let engine = Engine::new(content(), Features::default()).with_directory(Arc::new(live));
    let step = run(&engine, in_language("en"), &[location(MANTOVA)]);
    assert!(last_reply(&step).text.contains("1522"));
    assert_eq!(step.state.unwrap().node, "help_it");
}

#[tokio::test]
async fn a_town_can_be_picked_from_buttons_in_her_country() {
    let engine = engine().await;
    let help = run(
        &engine,
        in_language("en"),
        &[Inbound::Button("g:help".into())],
    );
    let towns = run(
        &engine,
        help.state.clone().unwrap(),
        &[press_labelled(last_reply(&help), "Choose a town")],
    );
    let reply = last_reply(&towns);
    assert!(reply.buttons().any(|b| b.label == "Sevilla"));
    let milano = run(
        &engine,
        towns.state.clone().unwrap(),
        &[press_labelled(reply, "Milano")],
    );
    let text = &last_reply(&milano).text;
    assert!(text.starts_with("📍") && text.contains("Milano"), "{text}");
    // Now that we know she is in Italy, only Italian places are offered.
    let again = run(
        &engine,
        milano.state.clone().unwrap(),
        &[Inbound::Button("a:places".into())],
    );
    let labels: Vec<&str> = last_reply(&again)
        .buttons()
        .map(|b| b.label.as_str())
        .collect();
    assert!(
        labels.contains(&"Firenze") && !labels.contains(&"Sevilla"),
        "{labels:?}"
    );
}

#[tokio::test]
async fn far_from_every_service_she_gets_her_countrys_lines_not_services_abroad() {
    let engine = engine().await;
    // Heraklion, Crete: nothing we ship is within 100 km (the nearest real service, in
    // Athens, is about 320 km away).
    let step = run(&engine, in_language("en"), &[location((35.34, 25.13))]);
    let text = &last_reply(&step).text;
    assert!(
        !text.contains("Arezzo") && !text.contains("Athens") && !text.contains(" km)"),
        "{text}"
    );
    assert!(text.contains("15900") && text.contains("📞 100"), "{text}");
}

#[tokio::test]
async fn ordinary_sentences_are_not_taken_for_places() {
    let engine = engine().await;
    for (code, typed) in [
        ("es", "no quiero que vuelva"),
        ("es", "no tengo cocina"),
        ("it", "ho paura del parto"),
    ] {
        let step = run(&engine, in_language(code), &[Inbound::Text(typed.into())]);
        let text = &last_reply(&step).text;
        assert!(
            !text.starts_with("📍"),
            "{code} {typed:?} became a place: {text}"
        );
    }
}

#[tokio::test]
async fn hours_read_left_to_right_in_arabic() {
    let engine = engine().await;
    let step = run(&engine, in_language("ar"), &[location(MANTOVA)]);
    let text = &last_reply(&step).text;
    assert!(text.contains("\u{2066}08:00–14:00\u{2069}"), "{text}");
}

/// Each result says when its information was last confirmed (the import that brought
/// it), and warns her when that was more than a year ago: call before you go.
#[tokio::test]
async fn each_result_says_when_it_was_checked_and_warns_when_long_ago() {
    let engine = engine().await;
    let checked = common::text("en", "find-checked");
    let stale = common::text("en", "find-stale");
    let step = run(&engine, in_language("en"), &[location(MANTOVA)]);
    let text = &last_reply(&step).text;
    assert!(text.contains(&format!("✔️ {checked} 11/2026")), "{text}");
    assert!(!text.contains(&stale), "{text}");
    let later = engine.handle_at(
        Some(&in_language("en")),
        location(MANTOVA),
        THURSDAY_NIGHT + 400 * 86_400,
    );
    let text = &last_reply(&later).text;
    assert!(text.contains(&format!("⚠️ {stale}")), "{text}");
}
