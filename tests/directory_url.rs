//! `carenet directory import URL`: https only unless `--insecure`, redirects only within
//! the same scheme and host name, and a cap on what one import downloads. Served by a local
//! axum server on 127.0.0.1 (plain http, hence `allow_http` wherever a test must get past
//! the first check).

mod common;

use std::net::SocketAddr;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};

use axum::extract::Path as UrlPath;
use axum::http::StatusCode;
use axum::response::Redirect;
use axum::routing::get;
use carenet::directory::{Fetching, ImportError, MAX_DOWNLOAD, import, import_with};
use common::{TestDb, WAIT};
use tokio::io::{AsyncReadExt, AsyncWriteExt};

fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/directory")
        .join(name)
}

/// http:// allowed, the default cap.
const INSECURE: Fetching = Fetching {
    allow_http: true,
    max_bytes: MAX_DOWNLOAD,
};

/// A fully nested HSDS 3 service in Florence.
fn full_service(id: &str, phone: &str) -> serde_json::Value {
    serde_json::json!({
        "id": id, "name": format!("Centro {id}"), "status": "active",
        "description": "Consulenza legale gratuita per donne straniere",
        "organization": {"id": "o-1", "name": "Rete Donne", "description": "A network"},
        "phones": [{"id": format!("ph-{id}"), "number": phone}],
        "languages": [{"id": format!("la-{id}"), "code": "ar"}],
        "service_at_locations": [{"id": format!("sal-{id}"), "location": {
            "id": "l-1", "name": "Sede", "latitude": 43.7696, "longitude": 11.2558,
            "phones": [{"id": "ph-desk", "number": "+39 055 000 0099"}],
            "addresses": [{"id": "a-1", "address_1": "Via Roma 1", "city": "Firenze", "country": "IT"}]
        }}]
    })
}

/// The test fixtures over http on 127.0.0.1: `/package/NAME` (the HSDS package),
/// `/datapackage/…` (the packaged form, with its `data/` folder), `/api/services` (an
/// HSDS 3 API: two pages, one service listed without its parts),
/// `/sheet.csv` (a flat file), `/moved.csv` (a redirect to `/sheet.csv`), `/to/URL…` (a
/// redirect to `http://URL…`) and `/big.csv` (2,000 bytes). Counts the requests it answers.
async fn serve() -> (SocketAddr, Arc<AtomicUsize>) {
    async fn package(UrlPath(file): UrlPath<String>) -> Result<Vec<u8>, StatusCode> {
        let path = fixture("hsds").join(file.replace('/', ""));
        std::fs::read(path).map_err(|_| StatusCode::NOT_FOUND)
    }
    async fn datapackage(UrlPath(file): UrlPath<String>) -> Result<Vec<u8>, StatusCode> {
        if file.contains("..") {
            return Err(StatusCode::NOT_FOUND);
        }
        std::fs::read(fixture("datapackage").join(file)).map_err(|_| StatusCode::NOT_FOUND)
    }
    async fn api_page(
        axum::extract::Query(query): axum::extract::Query<
            std::collections::HashMap<String, String>,
        >,
    ) -> axum::Json<serde_json::Value> {
        let page: u32 = query.get("page").and_then(|p| p.parse().ok()).unwrap_or(1);
        let contents = match page {
            1 => {
                serde_json::json!([full_service("s1", "+39 055 000 0001"), {"id": "s2", "name": "Sportello Donna"}])
            }
            _ => serde_json::json!([full_service("s3", "not a number")]),
        };
        axum::Json(serde_json::json!({
            "total_items": 3, "total_pages": 2, "page_number": page, "size": 2,
            "first_page": page == 1, "last_page": page == 2, "empty": false,
            "contents": contents,
        }))
    }
    /// Counts 3 services and lists 1: items that moved between pages while it was read.
    async fn api_short() -> axum::Json<serde_json::Value> {
        axum::Json(serde_json::json!({
            "total_items": 3, "total_pages": 1, "page_number": 1, "last_page": true,
            "contents": [full_service("s1", "+39 055 000 0001")],
        }))
    }
    async fn api_service(UrlPath(id): UrlPath<String>) -> axum::Json<serde_json::Value> {
        axum::Json(full_service(&id, "+39 055 000 0002"))
    }
    async fn flat_file() -> Vec<u8> {
        std::fs::read(fixture("flat.csv")).unwrap()
    }
    async fn elsewhere(UrlPath(to): UrlPath<String>) -> Redirect {
        Redirect::to(&format!("http://{to}"))
    }
    let requests = Arc::new(AtomicUsize::new(0));
    let counted = requests.clone();
    let app = axum::Router::new()
        .route("/package/{file}", get(package))
        .route("/datapackage/{*file}", get(datapackage))
        .route("/api/services", get(api_page))
        .route("/api/services/{id}", get(api_service))
        .route("/short/services", get(api_short))
        .route("/sheet.csv", get(flat_file))
        .route("/moved.csv", get(|| async { Redirect::to("/sheet.csv") }))
        .route("/to/{*to}", get(elsewhere))
        .route("/big.csv", get(|| async { vec![b'x'; 2000] }))
        .layer(axum::middleware::from_fn(
            move |request: axum::extract::Request, next: axum::middleware::Next| {
                counted.fetch_add(1, Ordering::SeqCst);
                next.run(request)
            },
        ));
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let address = listener.local_addr().unwrap();
    tokio::spawn(async move { axum::serve(listener, app).await });
    (address, requests)
}

#[tokio::test]
async fn imports_from_a_url_served_over_http() {
    let (address, _) = serve().await;
    let db = TestDb::sqlite();
    let store = db.store().await;
    let package = import_with(
        &store,
        &format!("http://{address}/package/"),
        false,
        INSECURE,
        1,
    )
    .await
    .unwrap();
    assert_eq!((package.imported, package.rejected), (2, 5));
    assert!(package.problems[0].to_string().starts_with(&format!(
        "http://{address}/package/services.csv:4: column organization_id"
    )));
    let sheet = import_with(
        &store,
        &format!("http://{address}/sheet.csv"),
        false,
        INSECURE,
        2,
    )
    .await
    .unwrap();
    assert_eq!((sheet.imported, sheet.rejected), (2, 4));
    let missing = import_with(
        &store,
        &format!("http://{address}/nothing/"),
        false,
        INSECURE,
        3,
    )
    .await;
    assert!(missing.is_err());
    store.close().await;
}

#[tokio::test]
async fn http_is_refused_unless_allowed_before_any_request() {
    let (address, requests) = serve().await;
    let db = TestDb::sqlite();
    let store = db.store().await;
    for url in [
        format!("http://{address}/sheet.csv"),
        format!("HTTP://{address}/package/"),
    ] {
        let refused = import(&store, &url, false, 1).await.unwrap_err();
        assert!(matches!(refused, ImportError::Insecure(_)), "{refused:?}");
        assert_eq!(
            refused.to_string(),
            format!(
                "{url} is not encrypted (http://): anyone on the way could change the numbers \
                 in it. Use https://, or --insecure on a network you trust"
            )
        );
    }
    assert_eq!(requests.load(Ordering::SeqCst), 0, "nothing was fetched");
    assert_eq!(store.load_directory().await.unwrap().service_count(), 0);
    store.close().await;
}

/// A redirect may change the path, or the port of the same host name; not the host name
/// (127.0.0.1 to localhost, though both are this machine) nor the scheme.
#[tokio::test]
async fn redirects_are_followed_only_within_the_same_scheme_and_host() {
    let (address, requests) = serve().await;
    let (other, other_requests) = serve().await;
    let db = TestDb::sqlite();
    let store = db.store().await;
    let fetch = |url: String| {
        let store = store.clone();
        async move { import_with(&store, &url, false, INSECURE, 1).await }
    };

    let moved = fetch(format!("http://{address}/moved.csv")).await.unwrap();
    assert_eq!(moved.imported, 2);
    let port = fetch(format!("http://{address}/to/{other}/sheet.csv"))
        .await
        .unwrap();
    assert_eq!(port.updated, 2, "the same services, from the other port");
    assert_eq!(other_requests.load(Ordering::SeqCst), 1);

    let before = requests.load(Ordering::SeqCst);
    let host = format!("localhost:{}", address.port());
    let refused = fetch(format!("http://{address}/to/{host}/sheet.csv"))
        .await
        .unwrap_err();
    assert_eq!(
        refused.to_string(),
        format!(
            "http://{address}/to/{host}/sheet.csv redirects to http://{host}/sheet.csv, \
             another scheme or host: not followed. Import from http://{host}/sheet.csv if you \
             trust it"
        )
    );
    assert_eq!(
        requests.load(Ordering::SeqCst),
        before + 1,
        "only the redirect itself was fetched"
    );
    // An absolute URL on the same scheme and host is followed.
    let same = fetch(format!("http://{address}/to/{address}/sheet.csv")).await;
    assert!(same.is_ok(), "{same:?}");
    // To https on the same host: another scheme.
    let https = format!("https://{address}/sheet.csv");
    let app = axum::Router::new().route(
        "/secure.csv",
        get(move || {
            let https = https.clone();
            async move { Redirect::to(&https) }
        }),
    );
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let scheme_changer = listener.local_addr().unwrap();
    tokio::spawn(async move { axum::serve(listener, app).await });
    let refused = fetch(format!("http://{scheme_changer}/secure.csv"))
        .await
        .unwrap_err();
    assert!(
        matches!(&refused, ImportError::Redirect { to, .. } if to.starts_with("https://")),
        "{refused:?}"
    );
    store.close().await;
}

#[tokio::test]
async fn a_download_over_the_cap_stops_with_a_clear_error() {
    assert_eq!(MAX_DOWNLOAD, 50 * 1024 * 1024);
    assert_eq!(Fetching::default().max_bytes, MAX_DOWNLOAD);
    assert!(!Fetching::default().allow_http);
    let (address, _) = serve().await;
    let db = TestDb::sqlite();
    let store = db.store().await;
    let capped = |max_bytes| Fetching {
        allow_http: true,
        max_bytes,
    };

    // A declared length over the cap.
    let url = format!("http://{address}/big.csv");
    let refused = import_with(&store, &url, false, capped(1000), 1)
        .await
        .unwrap_err();
    assert_eq!(
        refused.to_string(),
        format!("{url}: more than 1000 bytes to download, nothing imported")
    );
    assert!(
        import_with(&store, &url, false, capped(2000), 1)
            .await
            .is_ok(),
        "at the cap is fine"
    );

    // The cap holds for a package's files together: services.csv alone fits.
    let services = std::fs::metadata(fixture("hsds/services.csv"))
        .unwrap()
        .len();
    let url = format!("http://{address}/package/");
    let refused = import_with(&store, &url, false, capped(services as usize + 100), 1)
        .await
        .unwrap_err();
    assert!(
        matches!(refused, ImportError::TooLarge { .. }),
        "{refused:?}"
    );

    // A body with no length that never ends: read until the cap, then dropped.
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let endless = listener.local_addr().unwrap();
    tokio::spawn(async move {
        let (mut socket, _) = listener.accept().await.unwrap();
        let mut request = [0u8; 1024];
        let _ = socket.read(&mut request).await;
        let head = "HTTP/1.1 200 OK\r\ntransfer-encoding: chunked\r\n\r\n";
        socket.write_all(head.as_bytes()).await.unwrap();
        let chunk = format!("400\r\n{}\r\n", "x".repeat(0x400));
        while socket.write_all(chunk.as_bytes()).await.is_ok() {}
    });
    let url = format!("http://{endless}/endless.csv");
    let refused = tokio::time::timeout(WAIT, import_with(&store, &url, false, capped(100_000), 1))
        .await
        .expect("stopped at the cap, not read for ever")
        .unwrap_err();
    assert_eq!(
        refused.to_string(),
        format!("{url}: more than 100000 bytes to download, nothing imported")
    );
    store.close().await;
}

/// The command line: `--insecure` is what lets an http URL through.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_command_line_needs_insecure_for_http() {
    let (address, _) = serve().await;
    let dir = tempfile::tempdir().unwrap();
    let db = format!("sqlite://{}", dir.path().join("url.db").display());
    let url = format!("http://{address}/sheet.csv");
    let run = |args: Vec<String>| {
        let db = db.clone();
        tokio::task::spawn_blocking(move || common::output(common::carenet(&db).args(args)))
    };
    let refused = run(vec!["directory".into(), "import".into(), url.clone()])
        .await
        .unwrap();
    assert!(!refused.ok);
    assert!(
        refused.err.contains("is not encrypted (http://)"),
        "{}",
        refused.err
    );
    assert!(refused.err.contains("--insecure"), "{}", refused.err);
    let imported = run(vec![
        "directory".into(),
        "import".into(),
        url,
        "--insecure".into(),
    ])
    .await
    .unwrap();
    assert!(imported.ok, "{}", imported.err);
    assert_eq!(imported.out, "imported 2, updated 0, rejected 4\n");
}

/// A `datapackage.json` at a URL: its resources are fetched beside it, on the same site,
/// and its own rows are read from it; the same problems as from a folder.
#[tokio::test]
async fn a_datapackage_imports_from_a_url() {
    let (address, requests) = serve().await;
    let db = TestDb::sqlite();
    let store = db.store().await;
    let url = format!("http://{address}/datapackage/datapackage.json");
    let report = import_with(&store, &url, false, INSECURE, 1).await.unwrap();
    assert_eq!((report.imported, report.rejected), (4, 1));
    assert!(
        report.problems[0].to_string().starts_with(&format!(
            "{url} (resource service):6: column organization_id"
        )),
        "{}",
        report.problems[0]
    );
    // The descriptor and its 7 files; the resource that is none of ours is not fetched.
    assert_eq!(requests.load(Ordering::SeqCst), 8);
    // A resource the site does not have fails the import with what is missing.
    let error = import_with(
        &store,
        &format!("http://{address}/package/datapackage.json"),
        false,
        INSECURE,
        2,
    )
    .await;
    assert!(error.is_err());
    store.close().await;
}

/// An HSDS 3 API: every page of `BASE/services` is read, a service listed without its
/// parts is fetched whole, the nested parts go in as the tables of a package, and a bad
/// nested row is reported with its table and row.
#[tokio::test]
async fn an_hsds_api_imports_page_after_page_with_nested_parts() {
    let (address, requests) = serve().await;
    let db = TestDb::sqlite();
    let store = db.store().await;
    let url = format!("http://{address}/api/services");
    let report = import_with(&store, &url, false, INSECURE, 1).await.unwrap();
    let problems: Vec<String> = report.problems.iter().map(|p| p.to_string()).collect();
    assert_eq!(problems.len(), 1, "{problems:?}");
    assert!(
        problems[0].starts_with(&format!("{url} (table phones):6: column number")),
        "{problems:?}"
    );
    assert_eq!(report.imported, 3, "{problems:?}");
    // Two pages and the one service listed without its parts.
    assert_eq!(requests.load(Ordering::SeqCst), 3);
    let directory = carenet::directory::load_directory(&store).await.unwrap();
    let s2 = directory
        .services()
        .iter()
        .find(|s| s.id.as_ref() == "s2")
        .expect("the compact service, fetched whole");
    assert!(
        s2.phones
            .iter()
            .any(|p| p.number.as_ref() == "+39 055 000 0002"),
        "its own phone, from its full record: {:?}",
        s2.phones
    );
    // The phone of the place they share is each service's.
    for service in directory.services() {
        assert!(
            service
                .phones
                .iter()
                .any(|p| p.number.as_ref() == "+39 055 000 0099"),
            "{}: {:?}",
            service.id,
            service.phones
        );
    }
    assert!(s2.coordinates().is_some(), "its location came with it");
    assert!(s2.languages.iter().any(|l| &l.code == b"ar"));
    // A crawl that found fewer services than the API counts imports nothing (a sync
    // would retire real services).
    let short = import_with(
        &store,
        &format!("http://{address}/short/services"),
        false,
        INSECURE,
        2,
    )
    .await;
    let error = short.expect_err("an incomplete crawl");
    assert!(
        error.to_string().contains("1 services read of the 3"),
        "{error}"
    );
    store.close().await;
}
