//! `carenet directory import|export|search`: the directory from the command line, with
//! the same checks and the same search the bot uses.

use std::path::Path;

use anyhow::Context;

use super::open_store;
use crate::config::Config;

/// How `carenet directory import` reads and writes.
#[derive(Debug, Clone, clap::Args)]
pub struct ImportArgs {
    /// FILE, DIR or URL (https://; redirects only within the same host; 50 MB at most).
    pub source: String,
    /// Import nothing if any row is bad.
    #[arg(long)]
    pub strict: bool,
    /// Accept an http:// URL, which anyone on the way could change (no other check is
    /// skipped).
    #[arg(long)]
    pub insecure: bool,
    /// Check everything and print the same report, writing nothing.
    #[arg(long)]
    pub dry_run: bool,
    /// The category of every service that has none of its own (standard HSDS has no
    /// category column): one of the category codes.
    #[arg(long, value_name = "CATEGORY")]
    pub category: Option<String>,
}

/// `carenet directory import`: every bad row on standard error, then the summary. Fails
/// when the source cannot be read, or with `--strict` when a row is bad. An `http://` URL
/// only with `insecure`. With `dry_run` the same report, and nothing written. Services
/// without a category get `--category`, else one from the keywords of the directory data
/// folder (`category_keywords.csv`), else none (counted in the summary).
pub async fn import(config: &Config, args: &ImportArgs) -> anyhow::Result<()> {
    use crate::directory::{Category, category::category_list, classify::Classifier};
    let default = match &args.category {
        Some(code) => Some(
            Category::parse(code)
                .filter(|c| *c != Category::Other)
                .with_context(|| {
                    format!(
                        "unknown category {code:?} (expected one of {})",
                        category_list()
                    )
                })?,
        ),
        None => None,
    };
    let classifier = Classifier::load(&config.directory_data)
        .map_err(anyhow::Error::msg)?
        .with_default(default);
    let fetching = crate::directory::Fetching {
        allow_http: args.insecure,
        ..crate::directory::Fetching::default()
    };
    let (source, strict) = (args.source.as_str(), args.strict);
    let (mut package, problems) =
        crate::directory::import::read_source_with(source, fetching).await?;
    let uncategorized = classifier.classify(&mut package);
    let store = match args.dry_run {
        true => open_without_writing(config).await?,
        false => open_store(config).await?,
    };
    let report = match args.dry_run {
        true => crate::directory::import::preview(&store, &package, problems, strict).await,
        false => {
            let now = crate::clock::now();
            crate::directory::import::write(&store, package, problems, strict, Some(source), now)
                .await
        }
    };
    store.close().await;
    let mut report = report?;
    report.uncategorized = uncategorized;
    for problem in &report.problems {
        eprintln!("{problem}");
    }
    println!("{}", report.summary());
    anyhow::ensure!(
        !report.aborted,
        "{} bad row(s): nothing imported (--strict)",
        report.rejected
    );
    Ok(())
}

/// `carenet directory export DIR`.
pub async fn export(config: &Config, dir: &Path) -> anyhow::Result<()> {
    let store = open_store(config).await?;
    let exported = crate::directory::export(&store, dir).await;
    store.close().await;
    println!("exported {} services to {}", exported?, dir.display());
    Ok(())
}

/// `carenet directory stale`: the services shown to women that nobody confirmed for a
/// year (no import brought them), oldest first, with where they came from.
pub async fn stale(config: &Config) -> anyhow::Result<()> {
    let store = open_store(config).await?;
    let now = crate::clock::now();
    let stale = store
        .stale_services(
            now - crate::directory::sync::STALE_AFTER_DAYS * crate::store::SECONDS_PER_DAY,
        )
        .await;
    store.close().await;
    let stale = stale?;
    for service in &stale {
        let confirmed = match service.confirmed_at {
            Some(at) => crate::broadcast::sessions::local_time(at, "UTC")
                .get(..10)
                .unwrap_or_default()
                .to_string(),
            None => "never".into(),
        };
        let origin = service
            .origin
            .as_deref()
            .map_or("-".to_string(), crate::directory::sync::without_queries);
        println!("{}\t{confirmed}\t{}\t{origin}", service.id, service.name);
    }
    println!(
        "{} services not confirmed for {} days: check them with their organisation, then import them again",
        stale.len(),
        crate::directory::sync::STALE_AFTER_DAYS
    );
    Ok(())
}

/// The questions of `carenet directory search`.
#[derive(Debug, Clone, clap::Args)]
pub struct SearchArgs {
    /// Her location, LAT,LON (e.g. 45.16,10.79).
    #[arg(long, value_name = "LAT,LON", allow_hyphen_values = true)]
    pub near: Option<String>,
    /// A town, region or country, in any of our languages.
    #[arg(long)]
    pub place: Option<String>,
    /// One of the category codes (shelter, legal_aid, …).
    #[arg(long)]
    pub category: Option<String>,
    /// Spoken by staff or an interpreter (ISO 639-1).
    #[arg(long)]
    pub lang: Option<String>,
    #[arg(long)]
    pub open_now: bool,
    #[arg(long)]
    pub free: bool,
    /// Open around the clock.
    #[arg(long = "24-7")]
    pub always_open: bool,
    #[arg(long, default_value_t = 5)]
    pub limit: usize,
    #[arg(long, default_value_t = 0)]
    pub offset: usize,
}

/// `carenet directory search`: the same search the bot runs.
pub async fn search(config: &Config, search: &SearchArgs) -> anyhow::Result<()> {
    use crate::directory::{Category, Query, category::category_list};
    let store = open_store(config).await?;
    let directory = crate::directory::load_directory(&store).await;
    store.close().await;
    let directory = directory?;
    let near = match &search.near {
        None => None,
        Some(text) => Some(parse_near(text)?),
    };
    let place = match &search.place {
        None => None,
        Some(text) => Some(
            directory
                .resolve_place(text)
                .with_context(|| format!("no town, region or country called \"{text}\""))?,
        ),
    };
    let category = match &search.category {
        None => None,
        Some(code) => Some(Category::parse(code).with_context(|| {
            format!("unknown category \"{code}\" (one of {})", category_list())
        })?),
    };
    let query = Query {
        near,
        place: place.clone(),
        category,
        language: search.lang.as_ref().map(|l| l.to_ascii_lowercase()),
        open_at: search.open_now.then(jiff::Timestamp::now),
        free_only: search.free,
        always_open_only: search.always_open,
        offset: search.offset,
        limit: search.limit,
    };
    if let Some(place) = &place {
        println!("in {} ({:?}, {})", place.name, place.kind, place.country);
    }
    let page = directory.search(&query);
    if page.hits.is_empty() {
        let country = place
            .map(|p| p.country.to_string())
            .or_else(|| near.and_then(|p| p.country()).map(str::to_string));
        println!("nothing matched");
        if let Some(country) = country {
            println!("helplines in {country}:");
            for line in directory.helplines(&country) {
                print_service(line, None);
            }
        }
        return Ok(());
    }
    for hit in &page.hits {
        print_service(hit.service, hit.distance_km);
    }
    if page.more {
        println!("more: --offset {}", search.offset + page.hits.len());
    }
    Ok(())
}

fn parse_near(text: &str) -> anyhow::Result<crate::geo::Coordinates> {
    let (lat, lon) = text
        .split_once(',')
        .context("--near takes LAT,LON, e.g. 45.16,10.79")?;
    let (lat, lon): (f64, f64) = (
        lat.trim()
            .parse()
            .context("--near: the latitude is not a number")?,
        lon.trim()
            .parse()
            .context("--near: the longitude is not a number")?,
    );
    Ok(crate::geo::Coordinates::new(lat, lon)?)
}

fn print_service(service: &crate::directory::Service, distance_km: Option<f64>) {
    let distance = distance_km.map_or(String::new(), |km| format!("{km:.1} km  "));
    let example = if service.example {
        "[EXAMPLE, not a real service]  "
    } else {
        ""
    };
    let phones: Vec<&str> = service.phones.iter().map(|p| &*p.number).collect();
    let languages: Vec<String> = service
        .languages
        .iter()
        .map(|l| format!("{}{}", l.code(), if l.via_interpreter { "*" } else { "" }))
        .collect();
    println!("{distance}{example}{} ({})", service.name, service.category);
    let city = service
        .place
        .as_ref()
        .and_then(|p| p.city.as_deref())
        .unwrap_or("");
    println!(
        "    {city}  phone {}  languages {}{}{}",
        phones.join(", "),
        languages.join(" "),
        if service.free { "  free" } else { "" },
        if service.is_always_open() {
            "  24/7"
        } else {
            ""
        },
    );
}

/// The store of `config` as it is, for a dry run: not migrated, and not created when the
/// SQLite file is missing (a mistyped path would otherwise compare with an empty new
/// database, and a newer binary would upgrade a running bot's schema).
async fn open_without_writing(config: &Config) -> anyhow::Result<crate::store::Store> {
    let url = &config.database_url;
    if let Some(path) = url.strip_prefix("sqlite://") {
        let path = path.split('?').next().unwrap_or(path);
        anyhow::ensure!(
            path.contains(":memory:") || Path::new(path).is_file(),
            "no database at {path}: nothing to compare with (a dry run creates nothing)"
        );
    }
    crate::store::Store::connect(url)
        .await
        .context("cannot open the database")
}
