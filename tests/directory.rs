//! The service directory: imports (flat CSV and HSDS, bad rows with exact messages,
//! --strict, re-import, export round trip; URLs in directory_url.rs), the same store tests on SQLite and
//! PostgreSQL, and search (nearest against brute force, places in any language, open now
//! across time zones and midnight, languages, paging, helplines).

mod common;

use std::path::{Path, PathBuf};

use carenet::directory::category::category_list;
use carenet::directory::problems::SourceFile;
use carenet::directory::{Category, Directory, NEAR_KM, Package, PlaceKind, Query, flat, import};
use carenet::geo::Coordinates;
use common::TestDb;

fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/directory")
        .join(name)
}

fn shipped() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("directory")
}

fn lines(report: &carenet::directory::ImportReport) -> Vec<String> {
    report.problems.iter().map(ToString::to_string).collect()
}

#[tokio::test]
async fn flat_import_reports_every_bad_row_and_keeps_the_good_ones() {
    let file = fixture("flat.csv").display().to_string();
    for db in TestDb::each("flat_import_reports_every_bad_row_and_keeps_the_good_ones").await {
        let store = db.store().await;
        let report = import(&store, &file, false, 1).await.unwrap();
        assert_eq!(
            lines(&report),
            vec![
                format!("{file}:4: column latitude: 95.5 is out of range (-90 to 90)"),
                format!(
                    "{file}:5: column category: unknown category \"shelterz\" (expected one of {})",
                    category_list()
                ),
                format!(
                    "{file}:6: column phones: malformed phone number \"12ab34\": use 3 to 15 digits, spaces and an optional leading +"
                ),
                format!(
                    "{file}:7: column hours: malformed hours \"Mo-Fr 9-17\": use e.g. \"Mo-Fr 09:00-17:00; Sa 09:00-13:00\" or \"24/7\""
                ),
                format!(
                    "{file}:7: column timezone: unknown time zone \"Europe/Milano\" (use an IANA name such as Europe/Rome)"
                ),
            ],
            "{}",
            db.backend
        );
        assert_eq!(
            (report.imported, report.updated, report.rejected),
            (2, 0, 4)
        );
        assert_eq!(report.summary(), "imported 2, updated 0, rejected 4");
        let directory = Directory::new(&store.load_directory().await.unwrap());
        assert_eq!(directory.len(), 2);
        let centre = directory
            .services()
            .iter()
            .find(|s| &*s.id == "avc-mn")
            .unwrap();
        assert_eq!(centre.name_in("it"), "Centro antiviolenza Mantova");
        assert_eq!(centre.name_in("fa"), "Anti-violence centre Mantova");
        assert!(centre.example && centre.free);
        assert_eq!(
            centre.time_zone.as_deref(),
            Some("Europe/Rome"),
            "from the country"
        );
        assert!(centre.speaks("fa") && centre.speaks("it") && !centre.speaks("uk"));
        store.close().await;
        db.drop_schema().await;
    }
}

#[tokio::test]
async fn strict_import_imports_nothing_when_a_row_is_bad() {
    for db in TestDb::each("strict_import_imports_nothing_when_a_row_is_bad").await {
        let store = db.store().await;
        let file = fixture("flat.csv").display().to_string();
        let report = import(&store, &file, true, 1).await.unwrap();
        assert!(report.aborted);
        assert_eq!((report.imported, report.rejected), (0, 4));
        assert_eq!(store.load_directory().await.unwrap(), Package::default());
        assert_eq!(store.directory_version().await.unwrap(), 0);
        store.close().await;
        db.drop_schema().await;
    }
}

#[tokio::test]
async fn hsds_import_is_idempotent_and_round_trips_through_export() {
    let folder = fixture("hsds");
    let shown = folder.display().to_string();
    for db in TestDb::each("hsds_import_is_idempotent_and_round_trips_through_export").await {
        let store = db.store().await;
        let first = import(&store, &shown, false, 1).await.unwrap();
        let f = |name: &str| format!("{shown}/{name}");
        assert_eq!(
            lines(&first),
            vec![
                format!(
                    "{}:4: column organization_id: no organization \"org9\" in organizations.csv (missing or rejected)",
                    f("services.csv")
                ),
                format!(
                    "{}:4: column latitude: \"abc\" is not a number",
                    f("locations.csv")
                ),
                format!(
                    "{}:4: column number: malformed phone number \"call us\": use 3 to 15 digits, spaces and an optional leading +",
                    f("phones.csv")
                ),
                format!(
                    "{}:4: column byday: malformed days \"XX\": use MO,TU,WE,TH,FR,SA,SU",
                    f("schedules.csv")
                ),
                format!(
                    "{}:5: column code: \"xx\" is not an ISO 639-1 language code",
                    f("languages.csv")
                ),
            ],
            "{}",
            db.backend
        );
        assert_eq!((first.imported, first.updated), (2, 0));
        let loaded = store.load_directory().await.unwrap();
        assert_eq!(store.directory_version().await.unwrap(), 1);

        let again = import(&store, &shown, false, 2).await.unwrap();
        assert_eq!((again.imported, again.updated), (0, 2));
        let mut reloaded = store.load_directory().await.unwrap();
        // The data is the same; only its confirmation moved to the new import's time.
        assert!(
            reloaded.confirmed.values().all(|&at| at == 2),
            "{:?}",
            reloaded.confirmed
        );
        assert!(
            loaded.confirmed.values().all(|&at| at == 1),
            "{:?}",
            loaded.confirmed
        );
        reloaded.confirmed = loaded.confirmed.clone();
        assert_eq!(reloaded, loaded, "re-import changes nothing");
        assert_eq!(
            store.directory_version().await.unwrap(),
            2,
            "but tells the bot"
        );

        let exported = tempfile::tempdir().unwrap();
        carenet::directory::export(&store, exported.path())
            .await
            .unwrap();
        let other = TestDb::sqlite();
        let other_store = other.store().await;
        let report = import(
            &other_store,
            &exported.path().display().to_string(),
            true,
            3,
        )
        .await
        .unwrap();
        assert!(report.problems.is_empty(), "{:?}", report.problems);
        // The data round-trips; its confirmation is the new import's.
        let mut round_trip = other_store.load_directory().await.unwrap();
        assert!(round_trip.confirmed.values().all(|&at| at == 3));
        round_trip.confirmed = loaded.confirmed.clone();
        assert_eq!(round_trip, loaded);

        let directory = Directory::new(&loaded);
        let night = directory
            .services()
            .iter()
            .find(|s| &*s.id == "s1")
            .unwrap();
        assert_eq!(night.name_in("es"), "Línea nocturna Sevilla");
        assert!(
            night
                .languages
                .iter()
                .any(|l| l.code() == "ar" && l.via_interpreter)
        );
        assert_eq!(night.place.as_ref().unwrap().country.as_deref(), Some("es"));
        other_store.close().await;
        store.close().await;
        db.drop_schema().await;
    }
}

#[tokio::test]
async fn the_shipped_data_loads_cleanly_and_every_country_has_helplines() {
    for db in TestDb::each("the_shipped_data_loads_cleanly_and_every_country_has_helplines").await {
        let store = db.store().await;
        let report = carenet::directory::load_shipped(&store, &shipped(), 1)
            .await
            .unwrap();
        assert!(report.problems.is_empty(), "{:?}", lines(&report));
        let again = carenet::directory::load_shipped(&store, &shipped(), 2)
            .await
            .unwrap();
        assert_eq!(again.imported, 0, "loading at every start adds nothing");
        let directory = Directory::new(&store.load_directory().await.unwrap());
        for country in ["it", "es", "gr"] {
            let lines = directory.helplines(country);
            assert!(lines.len() >= 4, "{country}");
            assert!(
                matches!(lines[0].category, Category::Emergency | Category::Police),
                "{country}: emergency first"
            );
            assert!(lines.iter().all(|s| !s.example && s.source.is_some()));
        }
        let examples = directory.services().iter().filter(|s| s.example).count();
        assert!(examples > 50);
        assert!(
            directory
                .services()
                .iter()
                .filter(|s| s.example)
                .all(|s| s.name.starts_with("Example")
                    && s.phones.iter().all(|p| p.number.contains(" 000 ")))
        );
        // Andalusia's eight provinces each have example services.
        for province in [
            "Almería", "Cádiz", "Córdoba", "Granada", "Huelva", "Jaén", "Málaga", "Sevilla",
        ] {
            let place = directory.resolve_place(province).unwrap();
            let page = directory.search(&Query {
                place: Some(place),
                ..Query::default()
            });
            assert!(page.hits.iter().any(|h| h.service.example), "{province}");
        }
        store.close().await;
        db.drop_schema().await;
    }
}

/// A directory of `n` generated services around Italy, Spain and Greece.
fn generated(n: usize) -> Directory {
    let mut csv = String::from("id,name,category,latitude,longitude,languages,hours\n");
    let mut seed: u64 = 42;
    let mut next = || {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        (seed % 1_000_000) as f64 / 1_000_000.0
    };
    for i in 0..n {
        let (lat, lon) = (36.0 + next() * 10.0, -6.0 + next() * 30.0);
        let category = Category::ALL[i % 13].code();
        let language = ["it", "es", "el", "ar"][i % 4];
        csv.push_str(&format!(
            "g{i},Service {i},{category},{lat:.5},{lon:.5},{language},\n"
        ));
    }
    let (package, problems) = flat::read_flat(&SourceFile {
        name: "generated".into(),
        bytes: csv.into_bytes(),
    });
    assert!(problems.is_empty(), "{problems:?}");
    Directory::new(&package)
}

#[test]
fn nearest_matches_brute_force() {
    let directory = generated(5_000);
    for (lat, lon) in [
        (45.16, 10.79),
        (37.39, -5.98),
        (40.0, 20.0),
        (30.0, 0.0),
        (46.0, 25.0),
    ] {
        let near = Coordinates::new(lat, lon).unwrap();
        for category in [None, Some(Category::Shelter)] {
            let query = Query {
                near: Some(near),
                category,
                limit: 20,
                ..Query::default()
            };
            let found: Vec<(String, f64)> = directory
                .search(&query)
                .hits
                .iter()
                .map(|h| (h.service.id.to_string(), h.distance_km.unwrap()))
                .collect();
            let mut all: Vec<(String, f64)> = directory
                .services()
                .iter()
                .filter(|s| category.is_none_or(|c| s.category == c))
                .map(|s| {
                    (
                        s.id.to_string(),
                        near.distance_km(&s.coordinates().unwrap()),
                    )
                })
                // "Near her" reaches NEAR_KM, no farther.
                .filter(|(_, km)| *km <= NEAR_KM)
                .collect();
            all.sort_by(|a, b| a.1.total_cmp(&b.1));
            let expected: Vec<f64> = all.iter().take(20).map(|x| x.1).collect();
            let got: Vec<f64> = found.iter().map(|x| x.1).collect();
            assert_eq!(got, expected, "near {lat},{lon} {category:?}");
        }
    }
}

#[test]
fn paging_walks_through_every_result_once() {
    let directory = generated(20_000);
    let near = Coordinates::new(41.9, 12.5).unwrap();
    let mut seen = Vec::new();
    let mut offset = 0;
    loop {
        let page = directory.search(&Query {
            near: Some(near),
            language: Some("el".into()),
            offset,
            limit: 7,
            ..Query::default()
        });
        assert!(page.hits.iter().all(|h| h.service.speaks("el")));
        seen.extend(page.hits.iter().map(|h| h.distance_km.unwrap()));
        offset += page.hits.len();
        if !page.more {
            break;
        }
    }
    let greek_near = directory
        .services()
        .iter()
        .filter(|s| s.speaks("el") && near.distance_km(&s.coordinates().unwrap()) <= NEAR_KM)
        .count();
    assert!(greek_near >= 20, "the test needs a few pages: {greek_near}");
    assert_eq!(
        seen.len(),
        greek_near,
        "every Greek-speaking service near, once"
    );
    assert!(
        seen.windows(2).all(|w| w[0] <= w[1]),
        "nearest first across pages"
    );
    let far = directory.search(&Query {
        offset: usize::MAX,
        limit: usize::MAX,
        ..Query::default()
    });
    assert!(
        far.hits.is_empty() && !far.more,
        "a silly page is an empty page"
    );
    assert!(
        seen.windows(2).all(|w| w[0] <= w[1]),
        "nearest first across pages"
    );
}

#[test]
fn places_are_found_in_every_language_with_typos() {
    let directory = generated(10);
    for (typed, id) in [
        ("Milano", "milano"),
        ("milan", "milano"),
        ("Μιλάνο", "milano"),
        ("ميلانو", "milano"),
        ("Мілан", "milano"),
        ("Sevilla", "sevilla"),
        ("Seville", "sevilla"),
        ("Sevila", "sevilla"),
        ("إشبيلية", "sevilla"),
        ("Firenze", "firenze"),
        ("Florence", "firenze"),
        ("Florance", "firenze"),
        ("help in Mantua please", "mantova"),
        ("malaga", "malaga"),
        ("CÓRDOBA", "cordoba"),
        ("Αθήνα", "athina"),
        ("Monza e Brianza", "monza"),
        ("Toscana", "toscana"),
        ("Andalusia", "andalucia"),
    ] {
        let place = directory.resolve_place(typed);
        assert_eq!(
            place.map(|p| p.id.to_string()),
            Some(id.to_string()),
            "{typed}"
        );
    }
    assert_eq!(
        directory.resolve_place("Lombardy").unwrap().kind,
        PlaceKind::Region
    );
    assert_eq!(directory.resolve_place("xyzzy"), None);
    assert_eq!(
        directory.resolve_place("Roma").unwrap().kind,
        PlaceKind::Town
    );
}

#[test]
fn open_now_follows_each_time_zone_and_midnight() {
    let (package, problems) = carenet::directory::hsds::read_package(
        &[carenet::directory::schema::Table::ALL]
            .iter()
            .flatten()
            .filter_map(|&t| {
                let path = fixture("hsds").join(t.file_name());
                let bytes = std::fs::read(&path).ok()?;
                Some((
                    t,
                    SourceFile {
                        name: t.file_name(),
                        bytes,
                    },
                ))
            })
            .collect(),
        "fixture",
    );
    assert_eq!(problems.len(), 5);
    let directory = Directory::new(&package);
    let open = |at: &str| -> Vec<String> {
        let at: jiff::Timestamp = at.parse().unwrap();
        let page = directory.search(&Query {
            open_at: Some(at),
            ..Query::default()
        });
        let mut ids: Vec<String> = page.hits.iter().map(|h| h.service.id.to_string()).collect();
        ids.sort();
        ids
    };
    // Friday 27 November 2026. Sevilla (s1): Fr and Sa 22:00–02:00, Europe/Madrid (UTC+1).
    // Athens clinic (s2): Mo–Fr 09:00–17:00, Europe/Athens (UTC+2).
    assert_eq!(
        open("2026-11-27T22:30:00Z"),
        vec!["s1"],
        "Friday 23:30 in Sevilla"
    );
    assert_eq!(
        open("2026-11-28T00:30:00Z"),
        vec!["s1"],
        "Saturday 01:30, from Friday night"
    );
    assert_eq!(
        open("2026-11-28T02:00:00Z"),
        Vec::<String>::new(),
        "Saturday 03:00"
    );
    assert_eq!(
        open("2026-11-29T00:30:00Z"),
        vec!["s1"],
        "Sunday 01:30, from Saturday night"
    );
    assert_eq!(
        open("2026-11-30T00:30:00Z"),
        Vec::<String>::new(),
        "Monday 01:30: Sunday is closed"
    );
    assert_eq!(
        open("2026-11-27T07:30:00Z"),
        vec!["s2"],
        "09:30 in Athens, 08:30 in Sevilla"
    );
    assert_eq!(
        open("2026-11-27T06:30:00Z"),
        Vec::<String>::new(),
        "08:30 in Athens"
    );
    assert_eq!(
        open("2026-11-27T15:30:00Z"),
        Vec::<String>::new(),
        "17:30 in Athens, 16:30 in Sevilla"
    );
    // Summer time: 1 July, 06:30 UTC is 09:30 in Athens (UTC+3).
    assert_eq!(open("2026-07-01T06:30:00Z"), vec!["s2"]);
}

#[test]
fn filters_for_free_and_always_open_and_place() {
    let (package, problems) = flat::read_flat(&SourceFile {
        name: "inline".into(),
        bytes: b"id,name,category,free,hours,latitude,longitude,service_area,languages
a,Centre A,shelter,true,24/7,45.16,10.79,,it
b,Centre B,shelter,false,Mo-Fr 09:00-17:00,45.17,10.80,,it
c,Centre C,shelter,true,,43.77,11.25,,en
n,National line,helpline,true,24/7,,,it,it
"
        .to_vec(),
    });
    assert!(problems.is_empty(), "{problems:?}");
    let directory = Directory::new(&package);
    let ids = |query: Query| -> Vec<String> {
        directory
            .search(&query)
            .hits
            .iter()
            .map(|h| h.service.id.to_string())
            .collect()
    };
    let mantova = directory.resolve_place("Mantova");
    assert_eq!(
        ids(Query {
            place: mantova.clone(),
            ..Query::default()
        }),
        vec!["a", "b", "n"]
    );
    assert_eq!(
        ids(Query {
            place: mantova.clone(),
            always_open_only: true,
            ..Query::default()
        }),
        vec!["a", "n"]
    );
    assert_eq!(
        ids(Query {
            place: directory.resolve_place("Toscana"),
            free_only: true,
            ..Query::default()
        }),
        vec!["c", "n"]
    );
    assert_eq!(
        ids(Query {
            place: mantova,
            category: Some(Category::LegalAid),
            ..Query::default()
        }),
        Vec::<String>::new()
    );
    assert_eq!(
        ids(Query {
            place: directory.resolve_place("Italia"),
            ..Query::default()
        }),
        vec!["c", "a", "b", "n"],
        "the country: nearest to its centre (42.5, 12.5) first, then its national line"
    );
    let florence = Coordinates::new(43.77, 11.25).unwrap();
    let page = directory.search(&Query {
        near: Some(florence),
        place: directory.resolve_place("Mantova"),
        ..Query::default()
    });
    let found: Vec<(&str, f64)> = page
        .hits
        .iter()
        .filter_map(|h| Some((&*h.service.id, h.distance_km?)))
        .collect();
    assert_eq!(
        found.iter().map(|f| f.0).collect::<Vec<_>>(),
        vec!["a", "b"]
    );
    assert!(
        found[0].1 > 150.0 && found[0].1 <= found[1].1,
        "measured from her: {found:?}"
    );
    assert_eq!(directory.helplines("it").len(), 1);
    assert!(directory.helplines("gr").is_empty());
}

/// Official pages often publish a centre's town and no street: such a service is found in
/// its town, its region and near her there, with no distance or map of its own, and it is
/// never taken for a national line. A town we do not know, or a name we could only guess
/// with a typo, places it nowhere.
#[test]
fn a_service_known_only_by_its_town_is_found_there_without_a_distance() {
    let (package, problems) = flat::read_flat(&SourceFile {
        name: "inline".into(),
        bytes: "id,name,category,city,country,latitude,longitude,service_area
prato,Centre in Prato,anti_violence_centre,Prato,it,,,
nowhere,Centre in a town we do not know,anti_violence_centre,Xyzzyville,it,,,
typo,Centre with a misspelt town,anti_violence_centre,Pratto,it,,,
elsewhere,Centre of another Prato,anti_violence_centre,Prato,es,,,
located,Centre with its own point,shelter,Prato,it,43.88,11.10,
n,National line,helpline,,,,,it
"
        .as_bytes()
        .to_vec(),
    });
    assert!(problems.is_empty(), "{problems:?}");
    let directory = Directory::new(&package);
    let hits = |query: Query| -> Vec<(String, Option<f64>)> {
        directory
            .search(&query)
            .hits
            .iter()
            .map(|h| (h.service.id.to_string(), h.distance_km))
            .collect()
    };
    let ids = |found: &[(String, Option<f64>)]| -> Vec<String> {
        found.iter().map(|(id, _)| id.clone()).collect()
    };
    let mut in_prato = hits(Query {
        place: directory.resolve_place("Prato"),
        ..Query::default()
    });
    assert_eq!(
        in_prato.pop().map(|h| h.0),
        Some("n".into()),
        "its line last"
    );
    in_prato.sort_by(|a, b| a.0.cmp(&b.0));
    assert_eq!(ids(&in_prato), ["located", "prato"], "{in_prato:?}");
    assert!(in_prato[0].1.is_some(), "its own point gives a distance");
    assert_eq!(in_prato[1].1, None, "a town's centre is no distance to it");
    let in_tuscany = hits(Query {
        place: directory.resolve_place("Toscana"),
        ..Query::default()
    });
    assert!(
        ids(&in_tuscany).contains(&"prato".to_string()),
        "{in_tuscany:?}"
    );
    let near_her = hits(Query {
        near: Coordinates::new(43.87, 11.09).ok(),
        ..Query::default()
    });
    let prato = near_her.iter().find(|h| h.0 == "prato").expect("near her");
    assert_eq!(prato.1, None, "{near_her:?}");
    // Never a national line, and never placed by a guess.
    assert_eq!(
        directory
            .helplines("it")
            .iter()
            .map(|s| s.id.to_string())
            .collect::<Vec<_>>(),
        ["n"]
    );
    let in_italy = ids(&hits(Query {
        place: directory.resolve_place("Italia"),
        limit: 50,
        ..Query::default()
    }));
    assert_eq!(in_italy, ["located", "prato", "n"], "{in_italy:?}");
}

#[tokio::test]
async fn a_running_bot_sees_new_data_without_restart() {
    for db in TestDb::each("a_running_bot_sees_new_data_without_restart").await {
        let store = db.store().await;
        let live = carenet::directory::LiveDirectory::load(&store)
            .await
            .unwrap();
        assert!(live.get().is_empty());
        assert!(!live.refresh(&store).await.unwrap(), "nothing new");
        let file = fixture("flat.csv").display().to_string();
        import(&store, &file, false, 1).await.unwrap();
        assert!(live.refresh(&store).await.unwrap());
        assert_eq!(live.get().len(), 2);
        store.close().await;
        db.drop_schema().await;
    }
}

#[test]
fn a_file_without_a_required_column_is_one_problem() {
    let (package, problems) = flat::read_flat(&SourceFile {
        name: "sheet.csv".into(),
        bytes: b"name,categoria\nA,shelter\nB,shelter\n".to_vec(),
    });
    let problems: Vec<String> = problems.iter().map(ToString::to_string).collect();
    assert_eq!(
        problems,
        vec![
            "sheet.csv:1: column id: missing from the header",
            "sheet.csv:1: column category: missing from the header",
        ]
    );
    assert_eq!(package.service_count(), 0);
}

#[test]
fn the_command_line_imports_reports_searches_and_exports() {
    let dir = tempfile::tempdir().unwrap();
    let db = format!("sqlite://{}", dir.path().join("cli.db").display());
    let carenet = |args: &[&str]| {
        std::process::Command::new(env!("CARGO_BIN_EXE_carenet"))
            .args(args)
            .args(["--db", &db])
            .output()
            .unwrap()
    };
    let file = fixture("flat.csv").display().to_string();
    let strict = carenet(&["directory", "import", &file, "--strict"]);
    assert!(!strict.status.success());
    assert_eq!(
        String::from_utf8_lossy(&strict.stdout),
        "imported 0, updated 0, rejected 4 (strict: nothing imported)\n"
    );
    let imported = carenet(&["directory", "import", &file]);
    assert!(imported.status.success());
    assert_eq!(
        String::from_utf8_lossy(&imported.stdout),
        "imported 2, updated 0, rejected 4\n"
    );
    let stderr = String::from_utf8_lossy(&imported.stderr);
    assert_eq!(stderr.lines().count(), 5, "{stderr}");
    assert!(stderr.starts_with(&format!("{file}:4: column latitude:")));

    let search = carenet(&["directory", "search", "--place", "Mantua", "--lang", "fa"]);
    let stdout = String::from_utf8_lossy(&search.stdout);
    assert!(search.status.success(), "{stdout}");
    assert!(
        stdout.contains("[EXAMPLE, not a real service]  Anti-violence centre Mantova"),
        "{stdout}"
    );
    assert!(
        !stdout.contains("National line"),
        "it speaks only Italian: {stdout}"
    );
    let search = carenet(&["directory", "search", "--place", "Mantua"]);
    let stdout = String::from_utf8_lossy(&search.stdout);
    assert!(
        stdout.contains("National line"),
        "the line that serves Italy comes after: {stdout}"
    );
    let nothing = carenet(&["directory", "search", "--place", "Sevilla"]);
    let stdout = String::from_utf8_lossy(&nothing.stdout);
    assert!(stdout.contains("nothing matched"), "{stdout}");
    let unknown = carenet(&["directory", "search", "--category", "shelterz"]);
    assert!(!unknown.status.success());
    assert!(String::from_utf8_lossy(&unknown.stderr).contains("unknown category \"shelterz\""));

    let out = dir.path().join("export");
    let export = carenet(&["directory", "export", &out.display().to_string()]);
    assert!(export.status.success());
    for table in carenet::directory::schema::Table::ALL {
        assert!(out.join(table.file_name()).is_file(), "{}", table.name());
    }
}

proptest::proptest! {
    #![proptest_config(proptest::prelude::ProptestConfig::with_cases(256))]

    /// Whatever an organiser types in a cell, the import answers with rows or located
    /// problems, never a panic; a row is either imported or reported.
    #[test]
    fn any_cell_content_is_imported_or_reported(
        cells in proptest::collection::vec(
            proptest::collection::vec(proptest::prelude::any::<char>(), 0..12), 9)
    ) {
        let cells: Vec<String> = cells
            .into_iter()
            .map(|c| c.into_iter().filter(|c| !matches!(c, '"' | '\n' | '\r')).collect())
            .collect();
        let row = cells.iter().map(|c| format!("\"{c}\"")).collect::<Vec<_>>().join(",");
        let csv = format!(
            "id,name,category,phones,hours,timezone,latitude,longitude,languages\nr1,Name,shelter,112,,,,,\n{row}\n"
        );
        let (package, problems) = flat::read_flat(&SourceFile { name: "p.csv".into(), bytes: csv.into_bytes() });
        let bad_rows: std::collections::HashSet<u64> = problems.iter().map(|p| p.row).collect();
        proptest::prop_assert!(bad_rows.iter().all(|&r| r == 3 || r == 1));
        proptest::prop_assert_eq!(package.service_count() + bad_rows.len(), 2);
        let _ = Directory::new(&package).search(&Query::default());
    }
}

#[test]
fn every_line_of_the_place_list_is_read() {
    let text = std::fs::read_to_string(shipped().join("places.csv")).unwrap();
    let lines = text
        .lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        .count();
    let places = carenet::directory::places::Gazetteer::shipped().places();
    assert_eq!(
        places.len(),
        lines - 1,
        "one place per line after the header"
    );
    // Each name leads back to its own place, unless an earlier place has it too.
    for place in places {
        let found = carenet::directory::places::Gazetteer::shipped().resolve(&place.name);
        assert_eq!(found.map(|p| &p.id), Some(&place.id), "{}", place.name);
    }
}

#[test]
fn the_template_has_every_flat_column() {
    let text = std::fs::read_to_string(shipped().join("template.csv")).unwrap();
    let header: Vec<&str> = text
        .lines()
        .find(|l| !l.starts_with('#'))
        .unwrap()
        .split(',')
        .collect();
    for (column, _) in flat::FLAT_COLUMNS {
        assert!(
            header.contains(&column),
            "{column} is missing from directory/template.csv"
        );
        assert!(
            text.contains(&format!("#   {column}")),
            "{column} is not explained"
        );
    }
    let (package, problems) = flat::read_flat(&SourceFile {
        name: "template.csv".into(),
        bytes: text.into_bytes(),
    });
    assert!(problems.is_empty() && package.service_count() == 0);
}

#[tokio::test]
async fn the_same_id_in_two_sheets_of_a_folder_is_one_service_the_last_read() {
    let dir = tempfile::tempdir().unwrap();
    let header = "id,organization,name,category,phones,city,latitude,longitude\n";
    let sheet =
        |name: &str| format!("{header}x1,Shared org,{name},legal_aid,112;1522,Prato,43.88,11.1\n");
    std::fs::write(dir.path().join("a.csv"), sheet("First name")).unwrap();
    std::fs::write(dir.path().join("b.csv"), sheet("Second name")).unwrap();
    for db in
        TestDb::each("the_same_id_in_two_sheets_of_a_folder_is_one_service_the_last_read").await
    {
        let store = db.store().await;
        let report = import(&store, &dir.path().display().to_string(), true, 1)
            .await
            .unwrap();
        assert_eq!((report.imported, report.rejected), (1, 0), "{}", db.backend);
        let directory = Directory::new(&store.load_directory().await.unwrap());
        assert_eq!(directory.len(), 1);
        assert_eq!(&*directory.services()[0].name, "Second name");
        assert_eq!(directory.services()[0].phones.len(), 2);
        store.close().await;
        db.drop_schema().await;
    }
}

/// `text` written again by the csv crate (comments dropped), plainly (LF line ends) or,
/// with `edited`, as an editor on another system may save it: CRLF line ends, a comment
/// line before the header, a blank line after it, and the first data row's
/// `description` (or `note`) over two lines. Returns the text and how many lines each row
/// after the first data row moved down against the plain text.
fn rewritten(text: &str, edited: bool) -> (String, u64) {
    let mut reader = csv::ReaderBuilder::new()
        .flexible(true)
        .comment(Some(b'#'))
        .from_reader(text.as_bytes());
    let header = reader.headers().unwrap().clone();
    let multiline = header
        .iter()
        .position(|h| h == "description" || h == "note");
    let end = if edited { "\r\n" } else { "\n" };
    let mut out = csv::WriterBuilder::new()
        .flexible(true)
        .terminator(match edited {
            true => csv::Terminator::CRLF,
            false => csv::Terminator::Any(b'\n'),
        })
        .from_writer(Vec::new());
    out.write_record(&header).unwrap();
    let mut rows = 0;
    for (n, record) in reader.records().enumerate() {
        let mut record: Vec<String> = record.unwrap().iter().map(String::from).collect();
        if let (0, Some(column), true) = (n, multiline, edited) {
            record[column] = format!("{}\r\n(second line)", record[column]);
        }
        out.write_record(&record).unwrap();
        rows += 1;
    }
    let body = String::from_utf8(out.into_inner().unwrap()).unwrap();
    if !edited {
        return (body, 0);
    }
    let (header_line, rest) = body.split_once(end).unwrap();
    let text = format!("# exported by another system{end}{header_line}{end}{end}{rest}");
    (text, 2 + u64::from(multiline.is_some() && rows > 0))
}

/// Every file of a package, and the flat CSV, report a bad row on the line an editor
/// shows: CRLF line ends, comment and blank lines and a field over two lines included.
#[test]
fn bad_rows_are_reported_on_the_line_an_editor_shows_in_every_file_kind() {
    use carenet::directory::schema::Table;
    let read = |edited: bool| {
        let mut moved = std::collections::HashMap::new();
        let files = Table::ALL
            .iter()
            .filter_map(|&table| {
                let text = std::fs::read_to_string(fixture("hsds").join(table.file_name())).ok()?;
                let (text, by) = rewritten(&text, edited);
                moved.insert(table.file_name(), by);
                let file = SourceFile {
                    name: table.file_name(),
                    bytes: text.into_bytes(),
                };
                Some((table, file))
            })
            .collect();
        let (_, problems) = carenet::directory::hsds::read_package(&files, "fixture");
        (problems, moved)
    };
    let (plain, _) = read(false);
    let (edited, moved) = read(true);
    assert_eq!(plain.len(), 5, "{plain:?}");
    let kinds: std::collections::BTreeSet<&str> = plain.iter().map(|p| p.file.as_str()).collect();
    assert!(
        kinds.len() >= 5,
        "bad rows in several kinds of file: {kinds:?}"
    );
    // Each bad row of the fixture comes after the first data row (line 2).
    assert!(plain.iter().all(|p| p.row > 2), "{plain:?}");
    let expected: Vec<(String, u64)> = plain
        .iter()
        .map(|p| (p.file.clone(), p.row + moved[&p.file]))
        .collect();
    let got: Vec<(String, u64)> = edited.iter().map(|p| (p.file.clone(), p.row)).collect();
    assert_eq!(got, expected);

    let flat_text = std::fs::read_to_string(fixture("flat.csv")).unwrap();
    let read_flat = |edited: bool| {
        let (text, by) = rewritten(&flat_text, edited);
        let file = SourceFile {
            name: "flat.csv".into(),
            bytes: text.into_bytes(),
        };
        (flat::read_flat(&file).1, by)
    };
    let (plain, _) = read_flat(false);
    let (edited, by) = read_flat(true);
    assert!(
        plain.len() >= 3 && plain.iter().all(|p| p.row > 2),
        "{plain:?}"
    );
    let expected: Vec<u64> = plain.iter().map(|p| p.row + by).collect();
    let got: Vec<u64> = edited.iter().map(|p| p.row).collect();
    assert_eq!(got, expected);
}

/// `carenet directory import --dry-run`: the same problems and counts as the import
/// would give, for a flat CSV and a package, on both databases, and nothing written.
#[tokio::test]
async fn a_dry_run_reports_what_an_import_would_do_and_writes_nothing() {
    for db in TestDb::each("a_dry_run_reports_what_an_import_would_do_and_writes_nothing").await {
        let store = db.store().await;
        let import = |source: &Path, dry_run: bool| {
            let mut command = common::carenet(&db.url);
            command
                .args(["directory", "import"])
                .arg(source)
                .args(dry_run.then_some("--dry-run"));
            common::output(&mut command)
        };
        for (source, services) in [(fixture("hsds"), 2), (fixture("flat.csv"), 2)] {
            let before = store.load_directory().await.unwrap();
            let dry = import(&source, true);
            assert!(dry.ok, "{}", dry.err);
            assert_eq!(
                store.load_directory().await.unwrap(),
                before,
                "nothing written"
            );
            let real = import(&source, false);
            assert!(real.ok, "{}", real.err);
            // The same problems, line for line, and the same counts.
            assert_eq!(dry.err, real.err);
            let counts = |out: &str| -> Vec<String> {
                out.split(|c: char| !c.is_ascii_digit())
                    .filter(|n| !n.is_empty())
                    .map(String::from)
                    .collect()
            };
            assert_eq!(
                counts(&dry.out),
                counts(&real.out),
                "{} / {}",
                dry.out,
                real.out
            );
            assert!(dry.out.contains("dry run: nothing written"), "{}", dry.out);
            assert!(
                real.out.starts_with(&format!("imported {services}")),
                "{}",
                real.out
            );
            // Once imported, a dry run sees them as replaced.
            let again = import(&source, true);
            assert!(
                again
                    .out
                    .starts_with(&format!("would import 0, update {services}")),
                "{}",
                again.out
            );
        }
        // With --strict a dry run says the whole import would stop, and fails as it would.
        let mut command = common::carenet(&db.url);
        command
            .args(["directory", "import", "--dry-run", "--strict"])
            .arg(fixture("hsds"));
        let strict = common::output(&mut command);
        assert!(
            !strict.ok && strict.out.contains("import nothing"),
            "{}",
            strict.out
        );
        store.close().await;
        db.drop_schema().await;
    }
}

/// A standard HSDS 3 package (no carenet columns, no `category`) imports: each service's
/// kind from its taxonomy terms or the words of its name or description, one of no known
/// kind found under "all kinds" only, and counted in one warning of the summary.
#[tokio::test]
async fn a_standard_hsds_package_without_categories_imports() {
    let db = TestDb::sqlite();
    let store = db.store().await;
    let source = fixture("hsds3").display().to_string();
    let report = import(&store, &source, false, 1).await.unwrap();
    // A link to a term the package does not have is a problem with its line; the rest
    // goes in.
    let expected = format!(
        "{source}/attributes.csv:5: column taxonomy_term_id: no taxonomy term \"tt-404\" in taxonomy_terms.csv"
    );
    assert_eq!(lines(&report), [expected]);
    assert_eq!((report.imported, report.uncategorized), (4, 1));
    assert!(
        report.summary().contains("1 of no known kind"),
        "{}",
        report.summary()
    );
    let directory = carenet::directory::load_directory(&store).await.unwrap();
    let kind = |id: &str| category_of(&directory, id);
    assert_eq!(kind("sv-1"), Some(Category::Shelter));
    assert_eq!(kind("sv-2"), Some(Category::LegalAid));
    // From its 211 code (taxonomy_terms.csv, attributes.csv), though no word tells it.
    assert_eq!(kind("sv-3"), Some(Category::AntiTrafficking));
    assert_eq!(kind("sv-4"), Some(Category::Other));
    let florence = Coordinates::new(43.77, 11.25).unwrap();
    let found = |category: Option<Category>| -> Vec<String> {
        let page = directory.search(&Query {
            near: Some(florence),
            category,
            limit: 10,
            ..Query::default()
        });
        let mut ids: Vec<String> = page.hits.iter().map(|h| h.service.id.to_string()).collect();
        ids.sort();
        ids
    };
    assert_eq!(found(None), ["sv-1", "sv-2", "sv-3", "sv-4"]);
    assert_eq!(found(Some(Category::Shelter)), ["sv-1"]);
    store.close().await;
}

/// `--category` gives every service without one its kind; an unknown code is refused
/// before anything is read.
#[tokio::test]
async fn the_category_of_a_whole_file_is_set_on_the_command_line() {
    let db = TestDb::sqlite();
    let path = db.url.trim_start_matches("sqlite://").to_string();
    let run = |args: &[&str]| {
        let mut command = common::carenet(&db.url);
        command
            .args(["directory", "import", "--dry-run"])
            .arg(fixture("hsds3"))
            .args(args);
        common::output(&mut command)
    };
    // A dry run creates no database: with none, it has nothing to compare with.
    let nothing = run(&[]);
    assert!(
        !nothing.ok && nothing.err.contains("no database at"),
        "{}",
        nothing.err
    );
    assert!(!Path::new(&path).exists(), "a dry run created {path}");
    db.store().await.close().await;
    let plain = run(&[]);
    assert!(
        plain.ok && plain.out.contains("1 of no known kind"),
        "{}",
        plain.out
    );
    let set = run(&["--category", "anti_violence_centre"]);
    assert!(set.ok && !set.out.contains("no known kind"), "{}", set.out);
    let wrong = run(&["--category", "shelterz"]);
    assert!(
        !wrong.ok && wrong.err.contains("unknown category \"shelterz\""),
        "{}",
        wrong.err
    );
}

/// Every real service we ship (directory/services/) is found in its town, or else in its
/// region: none is kept and never shown.
#[tokio::test]
async fn every_shipped_real_service_is_found_where_it_is() {
    let db = TestDb::sqlite();
    let store = db.store().await;
    let report = carenet::directory::load_shipped(&store, &shipped(), 1)
        .await
        .unwrap();
    assert!(report.problems.is_empty(), "{:?}", lines(&report));
    let directory = Directory::new(&store.load_directory().await.unwrap());
    let real: Vec<&carenet::directory::Service> = directory
        .services()
        .iter()
        .filter(|s| !s.example && s.areas.is_empty())
        .collect();
    assert!(real.len() >= 30, "{}", real.len());
    let mut lost = vec![];
    for service in real {
        let town = service.place.as_ref().and_then(|p| p.city.as_deref());
        let place = town.and_then(|t| directory.resolve_place(t));
        let found = place.is_some_and(|place| {
            directory
                .search(&Query {
                    place: Some(place),
                    limit: 100,
                    ..Query::default()
                })
                .hits
                .iter()
                .any(|h| h.service.id == service.id)
        });
        if !found {
            lost.push(format!("{} ({town:?})", service.id));
        }
    }
    assert!(lost.is_empty(), "not found in their town: {lost:?}");
    store.close().await;
}

/// HSDS's packaged form: a `datapackage.json` naming its resources (CSV files in a
/// sub-folder, the services written in the descriptor itself) imports as the folder of
/// CSV files would, from the folder or the descriptor's path, and a bad row in the
/// descriptor's own data is reported with the resource and its row.
#[tokio::test]
async fn a_datapackage_imports_its_resources_from_files_and_from_its_own_data() {
    let db = TestDb::sqlite();
    let store = db.store().await;
    let folder = fixture("datapackage");
    let descriptor = folder.join("datapackage.json").display().to_string();
    for (at, source) in [folder.display().to_string(), descriptor.clone()]
        .into_iter()
        .enumerate()
    {
        let report = import(&store, &source, false, at as i64 + 1).await.unwrap();
        assert_eq!(
            lines(&report),
            [format!(
                "{descriptor} (resource service):6: column organization_id: no organization \"o-404\" in organizations.csv (missing or rejected)"
            )],
            "{source}"
        );
        assert_eq!(report.imported + report.updated, 4, "{source}");
    }
    let directory = carenet::directory::load_directory(&store).await.unwrap();
    let kind = |id: &str| category_of(&directory, id);
    assert_eq!(kind("sv-1"), Some(Category::Shelter));
    // Its term's code comes from the taxonomy resources.
    assert_eq!(kind("sv-3"), Some(Category::AntiTrafficking));
    assert_eq!(kind("sv-5"), None, "its organization is not in the package");
    let phones: Vec<String> = directory
        .services()
        .iter()
        .find(|s| s.id.as_ref() == "sv-2")
        .unwrap()
        .phones
        .iter()
        .map(|p| p.number.to_string())
        .collect();
    assert_eq!(phones, ["+39 055 000 0002"]);
    store.close().await;
}

/// What spreadsheets save: Italian Excel's CSV (semicolons, Windows-1252) and "Unicode
/// text" (UTF-16 with tabs) import as a UTF-8 comma file would, with the same line
/// numbers for a bad row.
#[tokio::test]
async fn spreadsheet_exports_in_other_encodings_and_separators_import() {
    let db = TestDb::sqlite();
    let store = db.store().await;
    let dir = tempfile::tempdir().unwrap();
    let italian = dir.path().join("centri.csv");
    std::fs::write(
        &italian,
        b"id;name;category;city;country;latitude;longitude\r\n\
          it-1;Centro donne \x93Caf\xe9 Rosa\x94;anti_violence_centre;Prato;it;43.88;11.10\r\n\
          it-2;Sportello;legal_aid;Prato;it;north;11.10\r\n"
            .as_slice(),
    )
    .unwrap();
    let report = import(&store, &italian.display().to_string(), false, 1)
        .await
        .unwrap();
    assert_eq!(report.imported, 1, "{:?}", lines(&report));
    assert_eq!(lines(&report).len(), 1);
    assert!(
        lines(&report)[0].starts_with(&format!("{}:3: column latitude", italian.display())),
        "{:?}",
        lines(&report)
    );
    let unicode = dir.path().join("unicode.csv");
    let text = "id\tname\tcategory\tservice_area\nhl-1\tΓραμμή «Ελπίδα»\thelpline\tgr\n";
    let bytes: Vec<u8> = [0xFF, 0xFE]
        .into_iter()
        .chain(text.encode_utf16().flat_map(u16::to_le_bytes))
        .collect();
    std::fs::write(&unicode, bytes).unwrap();
    let report = import(&store, &unicode.display().to_string(), false, 2)
        .await
        .unwrap();
    assert_eq!(report.imported, 1, "{:?}", lines(&report));
    let directory = carenet::directory::load_directory(&store).await.unwrap();
    let name = |id: &str| {
        directory
            .services()
            .iter()
            .find(|s| s.id.as_ref() == id)
            .map(|s| s.name.to_string())
    };
    assert_eq!(name("it-1").as_deref(), Some("Centro donne “Café Rosa”"));
    assert_eq!(name("hl-1").as_deref(), Some("Γραμμή «Ελπίδα»"));
    store.close().await;
}

/// Keeping the directory current: a service that leaves its source is retired (women no
/// longer find it, the export keeps it, coming back revives it); an import with a bad
/// row, an empty answer or a failed fetch retires nothing; other sources are untouched;
/// what no import confirmed for long is listed as stale. On both databases.
#[tokio::test]
async fn a_service_that_leaves_its_source_is_retired_and_can_come_back() {
    use carenet::directory::sync::{Synced, sync_source};
    for db in TestDb::each("a_service_that_leaves_its_source_is_retired").await {
        let store = db.store().await;
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("source.csv");
        let source = file.display().to_string();
        let other = dir.path().join("other.csv");
        let write = |path: &std::path::Path, ids: &[&str]| {
            let mut text = String::from("id,name,category,service_area\n");
            for id in ids {
                text += &format!("{id},Line {id},helpline,it\n");
            }
            std::fs::write(path, text).unwrap();
        };
        let ids = |package: Package| -> Vec<String> {
            Directory::new(&package)
                .services()
                .iter()
                .map(|s| s.id.to_string())
                .collect()
        };
        write(&other, &["x"]);
        import(&store, &other.display().to_string(), false, 500)
            .await
            .unwrap();
        write(&file, &["a", "b"]);
        let first = sync_source(&store, &source, 1_000).await.unwrap();
        assert_eq!(
            first,
            Synced::Done {
                imported: 2,
                updated: 0,
                retired: 0
            }
        );
        write(&file, &["a"]);
        let second = sync_source(&store, &source, 2_000).await.unwrap();
        assert_eq!(
            second,
            Synced::Done {
                imported: 0,
                updated: 1,
                retired: 1
            }
        );
        assert_eq!(ids(store.load_directory().await.unwrap()), ["a", "x"]);
        assert_eq!(
            ids(store.load_directory_with_retired().await.unwrap()),
            ["a", "b", "x"],
            "the export keeps it"
        );
        // Nothing retired on an empty answer, a bad row or a failed fetch.
        write(&file, &[]);
        let empty = sync_source(&store, &source, 3_000).await.unwrap();
        assert_eq!(empty, Synced::Kept { problems: 0 });
        std::fs::write(
            &file,
            "id,name,category,service_area\nc,Line c,nonsense,it\n",
        )
        .unwrap();
        let bad = sync_source(&store, &source, 4_000).await.unwrap();
        assert_eq!(bad, Synced::Kept { problems: 1 });
        let gone = sync_source(
            &store,
            &dir.path().join("gone.csv").display().to_string(),
            5_000,
        )
        .await;
        assert!(gone.is_err());
        assert_eq!(ids(store.load_directory().await.unwrap()), ["a", "x"]);
        // The data `carenet chat` ships (no origin) neither revives a retired service nor
        // takes one from its source.
        let (shipped, problems) = flat::read_flat(&SourceFile {
            name: "shipped.csv".into(),
            bytes: b"id,name,category,service_area\na,Line a,helpline,it\nb,Line b,helpline,it\n"
                .to_vec(),
        });
        assert!(problems.is_empty());
        store.import_directory(&shipped, None, 5_500).await.unwrap();
        assert_eq!(ids(store.load_directory().await.unwrap()), ["a", "x"]);
        // Stale: confirmed before the date asked about, oldest first.
        let stale: Vec<String> = store
            .stale_services(2_500)
            .await
            .unwrap()
            .into_iter()
            .map(|s| s.id)
            .collect();
        assert_eq!(stale, ["x", "a"]);
        assert!(store.stale_services(400).await.unwrap().is_empty());
        // Exported, a retired service says it is inactive: another database that imports
        // the export does not show it.
        let exported = tempfile::tempdir().unwrap();
        carenet::directory::export(&store, exported.path())
            .await
            .unwrap();
        let elsewhere = TestDb::sqlite();
        let elsewhere_store = elsewhere.store().await;
        import(
            &elsewhere_store,
            &exported.path().display().to_string(),
            true,
            7_000,
        )
        .await
        .unwrap();
        assert_eq!(
            ids(elsewhere_store.load_directory().await.unwrap()),
            ["a", "x"]
        );
        elsewhere_store.close().await;
        // Back in its source: shown again.
        write(&file, &["a", "b"]);
        let back = sync_source(&store, &source, 6_000).await.unwrap();
        assert_eq!(
            back,
            Synced::Done {
                imported: 0,
                updated: 2,
                retired: 0
            }
        );
        assert_eq!(ids(store.load_directory().await.unwrap()), ["a", "b", "x"]);
        store.close().await;
        db.drop_schema().await;
    }
}

/// The category of service `id` in `directory`, if it is there.
fn category_of(directory: &Directory, id: &str) -> Option<Category> {
    directory
        .services()
        .iter()
        .find(|s| s.id.as_ref() == id)
        .map(|s| s.category)
}

/// A service its source marks inactive, defunct or temporarily closed (HSDS `status`) is
/// imported and exported with its status, but never shown to women.
#[tokio::test]
async fn a_service_its_source_marks_closed_is_not_shown() {
    for db in TestDb::each("a_service_its_source_marks_closed_is_not_shown").await {
        let store = db.store().await;
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(
            dir.path().join("organizations.csv"),
            "id,name,description\no-1,Rete,A network\n",
        )
        .unwrap();
        std::fs::write(
            dir.path().join("services.csv"),
            "id,organization_id,name,description,status\n\
             s-1,o-1,Centro aperto,Consulenza legale,active\n\
             s-2,o-1,Centro chiuso,Consulenza legale,Temporarily Closed\n\
             s-3,o-1,Centro chiuso per sempre,Consulenza legale,defunct\n\
             s-4,o-1,Centro senza stato,Consulenza legale,\n",
        )
        .unwrap();
        let source = dir.path().display().to_string();
        let report = import(&store, &source, true, 1).await.unwrap();
        assert_eq!(report.imported, 4, "{:?}", lines(&report));
        let shown: Vec<String> = Directory::new(&store.load_directory().await.unwrap())
            .services()
            .iter()
            .map(|s| s.id.to_string())
            .collect();
        assert_eq!(shown, ["s-1", "s-4"]);
        assert!(
            store
                .stale_services(i64::MAX)
                .await
                .unwrap()
                .iter()
                .all(|s| s.id == "s-1" || s.id == "s-4")
        );
        let exported = tempfile::tempdir().unwrap();
        carenet::directory::export(&store, exported.path())
            .await
            .unwrap();
        let services = std::fs::read_to_string(exported.path().join("services.csv")).unwrap();
        assert!(services.contains("Temporarily Closed"), "{services}");
        store.close().await;
        db.drop_schema().await;
    }
}
