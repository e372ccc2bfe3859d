//! Fetching a directory from a URL for `carenet directory import`. The directory holds the
//! numbers she is told to call, so a URL is fetched with care: https only unless told
//! otherwise, no redirect to another scheme or host (the operator vouched for one site, not
//! for where it points), and a cap on what one import downloads, so that a wrong or hostile
//! address cannot fill the memory.

use super::datapackage::{Files, Rows};
use super::flat::read_flat;
use super::import::{ImportError, assemble};
use super::package::Package;
use super::problems::{RowError, SourceFile};
use super::schema::Table;

/// How a URL source is fetched.
#[derive(Debug, Clone, Copy)]
pub struct Fetching {
    /// Accept `http://` (`--insecure`): anyone on the way could change what it says.
    pub allow_http: bool,
    /// The most bytes one import downloads, all its files together.
    pub max_bytes: usize,
}

/// What one import may download: the largest HSDS package we know of is a few MB.
pub const MAX_DOWNLOAD: usize = 50 * 1024 * 1024;

impl Default for Fetching {
    fn default() -> Self {
        Fetching {
            allow_http: false,
            max_bytes: MAX_DOWNLOAD,
        }
    }
}

/// A URL ending in `.csv` is a flat file; one ending in `datapackage.json` is an HSDS
/// data package; one ending in `/services` is an HSDS 3 API; any other is the base of an
/// HSDS package, whose tables are fetched as `BASE/NAME.csv` (those that answer 404 are
/// absent).
pub(super) async fn read_url(
    url: &str,
    fetching: Fetching,
) -> Result<(Package, Vec<RowError>), ImportError> {
    if url
        .get(..5)
        .is_some_and(|s| s.eq_ignore_ascii_case("http:"))
        && !fetching.allow_http
    {
        return Err(ImportError::Insecure(url.to_string()));
    }
    let client = reqwest::Client::builder()
        .timeout(std::time::Duration::from_secs(60))
        .redirect(same_site_redirects())
        .build()
        .map_err(|e| ImportError::Fetch(url.into(), e))?;
    let mut download = Download {
        client,
        left: fetching.max_bytes,
        max_bytes: fetching.max_bytes,
    };
    if url
        .split(['?', '#'])
        .next()
        .is_some_and(|u| u.ends_with(".csv"))
    {
        let bytes = download.fetch(url).await?.unwrap_or_default();
        return Ok(read_flat(&SourceFile {
            name: url.to_string(),
            bytes,
        }));
    }
    let path = url.split(['?', '#']).next().unwrap_or(url);
    if let Some(base) = path.strip_suffix(super::datapackage::DESCRIPTOR) {
        return read_datapackage(&mut download, url, base).await;
    }
    if path.trim_end_matches('/').ends_with("/services") {
        return read_api(&mut download, path.trim_end_matches('/')).await;
    }
    let base = url.trim_end_matches('/');
    let mut files = Files::default();
    for table in Table::ALL {
        let file_url = format!("{base}/{}", table.file_name());
        if let Some(bytes) = download.fetch(&file_url).await? {
            files.tables.insert(
                table,
                SourceFile {
                    name: file_url,
                    bytes,
                },
            );
        }
    }
    if !files.tables.contains_key(&Table::Services) {
        return Err(ImportError::Empty(format!("{base}/services.csv")));
    }
    for name in super::taxonomy::FILES {
        let file_url = format!("{base}/{name}");
        if let Some(bytes) = download.fetch(&file_url).await? {
            files.taxonomy.insert(
                name,
                SourceFile {
                    name: file_url,
                    bytes,
                },
            );
        }
    }
    Ok(assemble(&files, url))
}

/// The package a `datapackage.json` at `url` describes: its resources fetched from the
/// same folder of the same site (`base` ends with a slash), or read from the descriptor.
async fn read_datapackage(
    download: &mut Download,
    url: &str,
    base: &str,
) -> Result<(Package, Vec<RowError>), ImportError> {
    let bytes = download
        .fetch(url)
        .await?
        .ok_or_else(|| ImportError::Empty(url.to_string()))?;
    let descriptor = SourceFile {
        name: url.to_string(),
        bytes,
    };
    let plan = super::datapackage::plan(&descriptor)?;
    let mut files = Files::default();
    for (target, rows) in plan.resources {
        let file =
            match rows {
                Rows::Inline(file) => file,
                Rows::Path(path) => {
                    let file_url = format!("{base}{path}");
                    let bytes = download.fetch(&file_url).await?.ok_or_else(|| {
                        ImportError::Descriptor {
                            file: url.to_string(),
                            line: 0,
                            message: format!("{file_url} is not there (404)"),
                        }
                    })?;
                    SourceFile {
                        name: file_url,
                        bytes,
                    }
                }
            };
        files.insert(target, file);
    }
    Ok(assemble(&files, url))
}

/// The files of one import, fetched within one budget of bytes.
struct Download {
    client: reqwest::Client,
    /// Bytes this import may still download.
    left: usize,
    max_bytes: usize,
}

impl Download {
    /// The body, or `None` on 404. Read piece by piece, and dropped as soon as it passes
    /// what is left of the budget (at once when its declared length does).
    async fn fetch(&mut self, url: &str) -> Result<Option<Vec<u8>>, ImportError> {
        let failed = |e: reqwest::Error| match refused_redirect(&e) {
            Some(to) => ImportError::Redirect {
                from: url.to_string(),
                to,
            },
            None => ImportError::Fetch(url.to_string(), e),
        };
        let too_large = || ImportError::TooLarge {
            url: url.to_string(),
            max_bytes: self.max_bytes,
        };
        let response = self.client.get(url).send().await.map_err(failed)?;
        if response.status() == reqwest::StatusCode::NOT_FOUND {
            return Ok(None);
        }
        let mut response = response.error_for_status().map_err(failed)?;
        if response
            .content_length()
            .is_some_and(|length| length > self.left as u64)
        {
            return Err(too_large());
        }
        let mut body = Vec::new();
        while let Some(piece) = response.chunk().await.map_err(failed)? {
            if piece.len() > self.left - body.len() {
                return Err(too_large());
            }
            body.extend_from_slice(&piece);
        }
        self.left -= body.len();
        Ok(Some(body))
    }
}

/// Redirects within the site the operator named: the same scheme and host name (another
/// port of that host is the same site: TLS vouches for names, not ports), ten at most.
fn same_site_redirects() -> reqwest::redirect::Policy {
    reqwest::redirect::Policy::custom(|attempt| {
        let Some(first) = attempt.previous().first() else {
            return attempt.follow();
        };
        let next = attempt.url();
        if next.scheme() != first.scheme() || next.host_str() != first.host_str() {
            let to = RefusedRedirect(next.to_string());
            return attempt.error(to);
        }
        match attempt.previous().len() > 10 {
            true => attempt.error("more than 10 redirects"),
            false => attempt.follow(),
        }
    })
}

/// A redirect [`same_site_redirects`] did not follow, to this URL.
#[derive(Debug, thiserror::Error)]
#[error("redirect to {0} refused")]
struct RefusedRedirect(String);

fn refused_redirect(error: &reqwest::Error) -> Option<String> {
    let source = std::error::Error::source(error)?;
    source
        .downcast_ref::<RefusedRedirect>()
        .map(|refused| refused.0.clone())
}

/// A size for people: whole MB, or bytes below one.
pub(super) fn size(bytes: usize) -> String {
    match bytes >= 1024 * 1024 {
        true => format!("{} MB", bytes / (1024 * 1024)),
        false => format!("{bytes} bytes"),
    }
}

/// The services of an HSDS 3 API at `services` (`BASE/services`), page after page, each
/// fully nested (fetched whole from `BASE/services/ID` when the list gives only its own
/// fields), laid out as a package.
async fn read_api(
    download: &mut Download,
    services: &str,
) -> Result<(Package, Vec<RowError>), ImportError> {
    let not_an_api = |url: &str| ImportError::Descriptor {
        file: url.to_string(),
        line: 0,
        message: "not a page of HSDS services (a JSON object with \"contents\")".into(),
    };
    let mut tables = super::api::Tables::default();
    let mut seen = 0usize;
    let mut total = None;
    let mut finished = false;
    for number in 1..=super::api::MAX_PAGES {
        let page_url = format!(
            "{services}?page={number}&per_page={}&full=true",
            super::api::PER_PAGE
        );
        let body = download
            .fetch(&page_url)
            .await?
            .ok_or_else(|| ImportError::Empty(page_url.clone()))?;
        let page = super::api::page(&body, number).ok_or_else(|| not_an_api(&page_url))?;
        total = page.total.or(total);
        for service in &page.services {
            let id = service.get("id").and_then(serde_json::Value::as_str);
            // An id made for a path only (no `/`, `?`, `%`…), as every HSDS id we know.
            let id = id.filter(|id| {
                id.bytes().any(|b| b != b'.')
                    && id
                        .bytes()
                        .all(|b| b.is_ascii_alphanumeric() || b"-_.~".contains(&b))
            });
            match (super::api::is_compact(service), id) {
                (true, Some(id)) => {
                    let url = format!("{services}/{id}");
                    let body = download
                        .fetch(&url)
                        .await?
                        .ok_or_else(|| ImportError::Empty(url.clone()))?;
                    let full: serde_json::Map<String, serde_json::Value> =
                        serde_json::from_slice(&body).map_err(|_| not_an_api(&url))?;
                    tables.add_service(&full);
                }
                _ => tables.add_service(service),
            }
            seen += 1;
        }
        if page.last {
            finished = true;
            break;
        }
    }
    if seen == 0 {
        return Err(ImportError::Empty(services.to_string()));
    }
    // A crawl that ended early, or that found fewer services than the API counts (items
    // that moved between pages while it read them), is not the whole directory: a sync
    // would retire real services. Nothing is imported.
    let incomplete = |message: String| ImportError::Descriptor {
        file: services.to_string(),
        line: 0,
        message,
    };
    if !finished {
        return Err(incomplete(format!(
            "more than {} pages: not read to the end",
            super::api::MAX_PAGES
        )));
    }
    if let Some(total) = total
        && (seen as u64) < total
    {
        return Err(incomplete(format!(
            "{seen} services read of the {total} the API counts: try again later"
        )));
    }
    Ok(assemble(&tables.files(services), services))
}
