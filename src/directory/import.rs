//! `carenet directory import`: reads a flat CSV, a folder (an HSDS package, or flat CSV
//! files) or an `https://` URL, checks every row, and writes the good ones in one
//! transaction.
//! A URL is fetched by [`super::fetch`].

use std::path::Path;

use super::classify::Classifier;
use super::datapackage::{DESCRIPTOR, Files, Rows};
use super::fetch::{Fetching, read_url, size};
use super::flat::read_flat;
use super::hsds::read_package;
use super::package::Package;
use super::problems::{RowError, SourceFile};
use super::schema::Table;
use super::taxonomy;
use crate::store::{Store, StoreError};

/// The outcome of an import, counted in services, with every rejected row.
#[derive(Debug, Clone, Default)]
pub struct ImportReport {
    pub imported: usize,
    pub updated: usize,
    pub rejected: usize,
    pub problems: Vec<RowError>,
    /// Set with `--strict` when a problem stopped the whole import.
    pub aborted: bool,
    /// Nothing was written (`--dry-run`): the counts say what an import would do.
    pub dry_run: bool,
    /// Services imported of no known kind (see `classify`): one warning, not one a row.
    pub uncategorized: usize,
}

impl ImportReport {
    pub fn summary(&self) -> String {
        let counts = self.counts();
        match self.uncategorized {
            0 => counts,
            n if self.aborted => format!("{counts}; {n} of no known kind"),
            n => format!(
                "{counts}; {n} of no known kind: shown under \"all kinds\" only (give them a \
                 category column, a taxonomy term we map, or --category)"
            ),
        }
    }

    fn counts(&self) -> String {
        match (self.dry_run, self.aborted) {
            (false, false) => format!(
                "imported {}, updated {}, rejected {}",
                self.imported, self.updated, self.rejected
            ),
            (false, true) => format!(
                "imported 0, updated 0, rejected {} (strict: nothing imported)",
                self.rejected
            ),
            (true, false) => format!(
                "would import {}, update {}, reject {} (dry run: nothing written)",
                self.imported, self.updated, self.rejected
            ),
            (true, true) => format!(
                "would reject {} and so import nothing (strict; dry run: nothing written)",
                self.rejected
            ),
        }
    }
}

#[derive(Debug, thiserror::Error)]
pub enum ImportError {
    #[error("cannot read {0}: {1}")]
    Read(String, std::io::Error),
    #[error("cannot fetch {0}: {1}")]
    Fetch(String, reqwest::Error),
    #[error(
        "{0} is not encrypted (http://): anyone on the way could change the numbers in it. \
         Use https://, or --insecure on a network you trust"
    )]
    Insecure(String),
    #[error(
        "{from} redirects to {to}, another scheme or host: not followed. Import from {to} \
         if you trust it"
    )]
    Redirect { from: String, to: String },
    #[error("{url}: more than {} to download, nothing imported", size(*.max_bytes))]
    TooLarge { url: String, max_bytes: usize },
    #[error("{0} has no CSV files")]
    Empty(String),
    /// A `datapackage.json` that cannot be read; `line` 0 when the problem has none.
    #[error("{file}:{line}: {message}")]
    Descriptor {
        file: String,
        line: usize,
        message: String,
    },
    #[error(transparent)]
    Store(#[from] StoreError),
}

/// Imports `source` (a path or an https URL). With `strict`, one bad row imports
/// nothing. `now` is Unix seconds.
pub async fn import(
    store: &Store,
    source: &str,
    strict: bool,
    now: i64,
) -> Result<ImportReport, ImportError> {
    import_with(store, source, strict, Fetching::default(), now).await
}

/// [`import`], with a URL fetched as `fetching` says.
pub async fn import_with(
    store: &Store,
    source: &str,
    strict: bool,
    fetching: Fetching,
    now: i64,
) -> Result<ImportReport, ImportError> {
    let (mut package, problems) = read_source_with(source, fetching).await?;
    let uncategorized = Classifier::shipped().classify(&mut package);
    let mut report = write(store, package, problems, strict, Some(source), now).await?;
    report.uncategorized = uncategorized;
    Ok(report)
}

/// Writes checked rows, or nothing when `strict` and there were problems. Ids must be
/// unique per table, as [`read_source`] returns them.
pub async fn write(
    store: &Store,
    package: Package,
    problems: Vec<RowError>,
    strict: bool,
    origin: Option<&str>,
    now: i64,
) -> Result<ImportReport, ImportError> {
    let mut report = checked(problems, strict);
    if report.aborted {
        return Ok(report);
    }
    let counts = store.import_directory(&package, origin, now).await?;
    report.imported = counts.imported;
    report.updated = counts.updated;
    Ok(report)
}

/// The report [`write`] would give, with nothing written (`--dry-run`).
pub async fn preview(
    store: &Store,
    package: &Package,
    problems: Vec<RowError>,
    strict: bool,
) -> Result<ImportReport, ImportError> {
    let mut report = checked(problems, strict);
    report.dry_run = true;
    if report.aborted {
        return Ok(report);
    }
    let counts = store.preview_directory_import(package).await?;
    report.imported = counts.imported;
    report.updated = counts.updated;
    Ok(report)
}

/// The report's problems and rejected rows; aborted with `strict` when there are any.
fn checked(problems: Vec<RowError>, strict: bool) -> ImportReport {
    let bad_rows: std::collections::HashSet<(&str, u64)> =
        problems.iter().map(|p| (p.file.as_str(), p.row)).collect();
    ImportReport {
        rejected: bad_rows.len(),
        aborted: strict && !problems.is_empty(),
        problems,
        ..ImportReport::default()
    }
}

/// Reads and checks, without writing.
pub async fn read_source(source: &str) -> Result<(Package, Vec<RowError>), ImportError> {
    read_source_with(source, Fetching::default()).await
}

/// [`read_source`], with a URL fetched as `fetching` says.
pub async fn read_source_with(
    source: &str,
    fetching: Fetching,
) -> Result<(Package, Vec<RowError>), ImportError> {
    let scheme = source.split_once("://").map(|(scheme, _)| scheme);
    if scheme.is_some_and(|s| s.eq_ignore_ascii_case("http") || s.eq_ignore_ascii_case("https")) {
        return read_url(source, fetching).await;
    }
    let path = Path::new(source);
    if path.is_dir() {
        return read_folder(path);
    }
    if path.file_name().is_some_and(|name| name == DESCRIPTOR) {
        let folder = path.parent().unwrap_or(Path::new("."));
        return read_datapackage(folder, read_file(path)?);
    }
    let bytes = std::fs::read(path).map_err(|e| ImportError::Read(source.into(), e))?;
    Ok(read_flat(&SourceFile {
        name: source.to_string(),
        bytes,
    }))
}

fn read_file(file: &Path) -> Result<SourceFile, ImportError> {
    std::fs::read(file)
        .map(|bytes| SourceFile {
            name: file.display().to_string(),
            bytes,
        })
        .map_err(|e| ImportError::Read(file.display().to_string(), e))
}

/// The tables and taxonomy files of one HSDS package, read as one package.
pub(super) fn assemble(files: &Files, name: &str) -> (Package, Vec<RowError>) {
    let (mut package, mut problems) = read_package(&files.tables, name);
    taxonomy::attach(&files.taxonomy, &mut package, &mut problems);
    (package, problems)
}

/// The package a `datapackage.json` in `folder` describes: its resources read from files
/// beside it or from the descriptor itself.
fn read_datapackage(
    folder: &Path,
    descriptor: SourceFile,
) -> Result<(Package, Vec<RowError>), ImportError> {
    let plan = super::datapackage::plan(&descriptor)?;
    let mut files = Files::default();
    for (target, rows) in plan.resources {
        let file = match rows {
            Rows::Inline(file) => file,
            Rows::Path(path) => read_file(&folder.join(path))?,
        };
        files.insert(target, file);
    }
    Ok(assemble(&files, &descriptor.name))
}

/// A folder with `datapackage.json` is the package it describes; one with
/// `services.csv` is an HSDS package; otherwise each `*.csv` in it is a flat file.
fn read_folder(path: &Path) -> Result<(Package, Vec<RowError>), ImportError> {
    let read = read_file;
    let shown = path.display().to_string();
    let descriptor = path.join(DESCRIPTOR);
    if descriptor.is_file() {
        return read_datapackage(path, read_file(&descriptor)?);
    }
    if path.join("services.csv").is_file() {
        let mut files = Files::default();
        for table in Table::ALL {
            let file = path.join(table.file_name());
            if file.is_file() {
                files.tables.insert(table, read(&file)?);
            }
        }
        for name in taxonomy::FILES {
            let file = path.join(name);
            if file.is_file() {
                files.taxonomy.insert(name, read(&file)?);
            }
        }
        return Ok(assemble(&files, &shown));
    }
    let entries = std::fs::read_dir(path).map_err(|e| ImportError::Read(shown.clone(), e))?;
    let mut csv_files: Vec<_> = entries
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|e| e == "csv"))
        .collect();
    if csv_files.is_empty() {
        return Err(ImportError::Empty(shown));
    }
    csv_files.sort();
    let mut package = Package::default();
    let mut problems = Vec::new();
    for file in csv_files {
        let (more, bad) = read_flat(&read(&file)?);
        package.merge(more);
        problems.extend(bad);
    }
    Ok((package, problems))
}

/// Writes the directory as an HSDS package into `folder` (created if needed).
pub async fn export(store: &Store, folder: &Path) -> anyhow::Result<usize> {
    let package = store.load_directory_with_retired().await?;
    std::fs::create_dir_all(folder)?;
    for (name, bytes) in super::hsds::write_package(&package)? {
        std::fs::write(folder.join(name), bytes)?;
    }
    Ok(package.service_count())
}

/// The data we ship, `helplines.csv`, the real services of `services/` and the example
/// folder under `data` (normally `directory/`), imported as organisers would: what
/// `carenet chat` loads at start.
pub async fn load_shipped(
    store: &Store,
    data: &Path,
    now: i64,
) -> Result<ImportReport, ImportError> {
    let helplines = data.join("helplines.csv").display().to_string();
    let (mut package, mut problems) = read_source(&helplines).await?;
    // Real services first, then examples, each folder read as a package of flat files.
    for folder in ["services", "examples"].map(|name| data.join(name)) {
        if folder.is_dir() {
            let (more, bad) = read_folder(&folder)?;
            package.merge(more);
            problems.extend(bad);
        }
    }
    // Of no origin: the data we ship never takes a service from a sync, nor revives one.
    write(store, package, problems, false, None, now).await
}
