//! HSDS's packaged form: a Frictionless data package, `datapackage.json`, that lists the
//! package's tables ("resources"). Each resource is a CSV file beside the descriptor
//! (`path`) or rows written in the descriptor itself (`data`, the JSON form). Resources
//! are matched to our tables by name (`organization` or `organizations`, `service_at_location`,
//! `taxonomy_term`…), and read exactly as the CSV files of a folder are, with the same
//! checks and messages.

use std::collections::HashMap;

use serde::Deserialize;
use serde_json::{Map, Value};

use super::import::ImportError;
use super::problems::SourceFile;
use super::schema::Table;
use super::taxonomy;

/// The descriptor's file name.
pub const DESCRIPTOR: &str = "datapackage.json";

/// Where a resource's rows go.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Target {
    Table(Table),
    /// One of the taxonomy files (`taxonomy::FILES`).
    Taxonomy(&'static str),
}

/// A package's CSV files: its tables, and its taxonomy files by file name.
#[derive(Default)]
pub struct Files {
    pub tables: HashMap<Table, SourceFile>,
    pub taxonomy: HashMap<&'static str, SourceFile>,
}

impl Files {
    /// Puts `file` where `target` says.
    pub fn insert(&mut self, target: Target, file: SourceFile) {
        match target {
            Target::Table(table) => self.tables.insert(table, file),
            Target::Taxonomy(name) => self.taxonomy.insert(name, file),
        };
    }
}

/// How a resource's rows are had.
#[derive(Debug, Clone)]
pub enum Rows {
    /// A CSV file at this path, relative to the descriptor.
    Path(String),
    /// Rows written in the descriptor, as the CSV file they would be.
    Inline(SourceFile),
}

/// What the descriptor asks to read, in its order.
#[derive(Debug, Default)]
pub struct Plan {
    pub resources: Vec<(Target, Rows)>,
    /// Resources that are none of ours (kept out, and named in the report).
    pub skipped: Vec<String>,
}

#[derive(Deserialize)]
struct Descriptor {
    #[serde(default)]
    resources: Vec<Resource>,
}

#[derive(Deserialize)]
struct Resource {
    #[serde(default)]
    name: String,
    #[serde(default)]
    path: Option<Value>,
    #[serde(default)]
    data: Option<Vec<Map<String, Value>>>,
}

/// Reads `descriptor` into a plan; a descriptor that is not JSON, or whose resources are
/// not what the standard says, fails with its line.
pub fn plan(descriptor: &SourceFile) -> Result<Plan, ImportError> {
    let parsed: Descriptor =
        serde_json::from_slice(&descriptor.bytes).map_err(|e| ImportError::Descriptor {
            file: descriptor.name.clone(),
            line: e.line(),
            message: e.to_string(),
        })?;
    let bad = |message: String| ImportError::Descriptor {
        file: descriptor.name.clone(),
        line: 0,
        message,
    };
    let mut plan = Plan::default();
    for resource in parsed.resources {
        let path = match &resource.path {
            None => None,
            Some(Value::String(path)) => Some(path.clone()),
            // A list of paths is a table cut in pieces: not something HSDS publishers do.
            Some(_) => {
                return Err(bad(format!(
                    "resource \"{}\": path must be one file name",
                    resource.name
                )));
            }
        };
        let Some(target) = target_of(&resource.name, path.as_deref()) else {
            plan.skipped.push(resource.name);
            continue;
        };
        let rows = match (path, resource.data) {
            (_, Some(data)) => Rows::Inline(rows_as_csv(
                format!("{} (resource {})", descriptor.name, resource.name),
                &data,
            )),
            (Some(path), None) if is_safe_path(&path) => Rows::Path(path),
            (Some(path), None) => {
                return Err(bad(format!(
                    "resource \"{}\": {path:?} is not a file beside {DESCRIPTOR} (no \"..\", no \
                     absolute path, no other site)",
                    resource.name
                )));
            }
            (None, None) => {
                return Err(bad(format!(
                    "resource \"{}\" has neither a path nor data",
                    resource.name
                )));
            }
        };
        plan.resources.push((target, rows));
    }
    if !plan
        .resources
        .iter()
        .any(|(target, _)| *target == Target::Table(Table::Services))
    {
        return Err(bad("no services resource: nothing to import".into()));
    }
    Ok(plan)
}

/// The table a resource fills, by its name (singular or plural, any case), else by its
/// file name.
pub(super) fn target_of(name: &str, path: Option<&str>) -> Option<Target> {
    let by_name = |word: &str| {
        let word = word.trim().to_ascii_lowercase().replace(['-', ' '], "_");
        let singular = |word: &str| -> String {
            if let Some(stem) = word.strip_suffix("ies") {
                return format!("{stem}y");
            }
            if let Some(stem) = word.strip_suffix("sses") {
                return format!("{stem}ss");
            }
            match word.strip_suffix('s') {
                Some(stem) if !word.ends_with("ss") => stem.to_string(),
                _ => word.to_string(),
            }
        };
        let wanted = singular(&word);
        let table = Table::ALL
            .into_iter()
            .find(|t| singular(t.name()) == wanted)
            .map(Target::Table);
        table.or_else(|| {
            taxonomy::FILES
                .into_iter()
                .find(|file| singular(file.trim_end_matches(".csv")) == wanted)
                .map(Target::Taxonomy)
        })
    };
    by_name(name).or_else(|| {
        let file = path?.rsplit('/').next()?;
        by_name(file.strip_suffix(".csv")?)
    })
}

/// A path beside the descriptor or in a folder under it: relative, without `..`, not a
/// URL, not a Windows drive. A package must not make an import read other files of the
/// machine, nor fetch from another site.
fn is_safe_path(path: &str) -> bool {
    !path.is_empty()
        && !path.starts_with('/')
        && !path.contains('\\')
        && !path.contains("://")
        && !path.contains(':')
        // `%2e%2e` is `..` to a URL.
        && !path.contains('%')
        && path
            .split('/')
            .all(|part| !part.is_empty() && part != ".." && part != ".")
}

/// JSON rows (of a descriptor, or of an API) as the CSV file `name` they would be: the
/// header is every field, row after row as first met (within a row in name order: JSON
/// objects have no order); a value that is a list or an object is kept as its JSON text
/// (it fails the column's own check, with its row). A problem's "line" is the row's place
/// in the list, the header being line 1.
pub(super) fn rows_as_csv(name: String, rows: &[Map<String, Value>]) -> SourceFile {
    let mut header: Vec<&str> = Vec::new();
    for row in rows {
        for key in row.keys() {
            if !header.contains(&key.as_str()) {
                header.push(key);
            }
        }
    }
    // A cell starting with `#` is quoted: unquoted, the reader takes its row for a comment.
    let mut writer = csv::WriterBuilder::new()
        .comment(Some(b'#'))
        .from_writer(Vec::new());
    // Writing to memory cannot fail.
    let _ = writer.write_record(&header);
    for row in rows {
        let record: Vec<String> = header
            .iter()
            .map(|key| row.get(*key).map(cell).unwrap_or_default())
            .collect();
        let _ = writer.write_record(&record);
    }
    SourceFile {
        name,
        bytes: writer.into_inner().unwrap_or_default(),
    }
}

/// A JSON value as the text of a CSV cell: a string as it is, null as nothing, anything
/// else as its JSON text.
pub(super) fn cell(value: &Value) -> String {
    match value {
        Value::String(text) => text.clone(),
        Value::Null => String::new(),
        other => other.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn descriptor(json: &str) -> SourceFile {
        SourceFile {
            name: "pkg/datapackage.json".into(),
            bytes: json.as_bytes().to_vec(),
        }
    }

    #[test]
    fn resources_are_matched_by_name_or_file_singular_or_plural() {
        let cases = [
            (
                "organization",
                None,
                Some(Target::Table(Table::Organizations)),
            ),
            ("Services", None, Some(Target::Table(Table::Services))),
            (
                "service_at_location",
                None,
                Some(Target::Table(Table::ServiceAtLocation)),
            ),
            (
                "service-at-locations",
                None,
                Some(Target::Table(Table::ServiceAtLocation)),
            ),
            ("address", None, Some(Target::Table(Table::Addresses))),
            ("taxonomy", None, Some(Target::Taxonomy("taxonomies.csv"))),
            (
                "taxonomy_term",
                None,
                Some(Target::Taxonomy("taxonomy_terms.csv")),
            ),
            ("attributes", None, Some(Target::Taxonomy("attributes.csv"))),
            (
                "x",
                Some("data/phones.csv"),
                Some(Target::Table(Table::Phones)),
            ),
            ("funding", Some("funding.csv"), None),
            ("contact", None, None),
        ];
        for (name, path, expected) in cases {
            assert_eq!(target_of(name, path), expected, "{name} {path:?}");
        }
    }

    #[test]
    fn a_package_cannot_point_outside_its_folder() {
        for path in ["services.csv", "data/services.csv", "a b/services.csv"] {
            assert!(is_safe_path(path), "{path}");
        }
        for path in [
            "../services.csv",
            "data/../../etc/passwd",
            "/etc/passwd",
            "https://elsewhere.example/services.csv",
            "C:\\data\\services.csv",
            "c:services.csv",
            "./services.csv",
            "%2e%2e/services.csv",
            "",
        ] {
            assert!(!is_safe_path(path), "{path}");
        }
        let error = plan(&descriptor(
            r#"{"resources": [{"name": "services", "path": "../../secret.csv"}]}"#,
        ))
        .unwrap_err();
        assert!(error.to_string().contains("not a file beside"), "{error}");
    }

    #[test]
    fn inline_rows_become_the_csv_file_they_would_be() {
        let plan = plan(&descriptor(
            r#"{"resources": [
                {"name": "services", "data": [
                    {"id": "s1", "name": "Centre, \"A\"", "status": "active"},
                    {"id": "s2", "name": "B", "minimum_age": 16, "extra": null}
                ]},
                {"name": "funding", "path": "funding.csv"}
            ]}"#,
        ))
        .unwrap();
        assert_eq!(plan.skipped, ["funding"]);
        let [(Target::Table(Table::Services), Rows::Inline(file))] = &plan.resources[..] else {
            panic!("{:?}", plan.resources);
        };
        assert_eq!(file.name, "pkg/datapackage.json (resource services)");
        assert_eq!(
            String::from_utf8(file.bytes.clone()).unwrap(),
            "id,name,status,extra,minimum_age\ns1,\"Centre, \"\"A\"\"\",active,,\ns2,B,,,16\n"
        );
    }

    #[test]
    fn a_broken_descriptor_fails_with_its_line() {
        let error = plan(&descriptor(
            "{\n  \"resources\": [\n    {\"name\": }\n  ]\n}",
        ))
        .unwrap_err();
        assert!(
            error.to_string().starts_with("pkg/datapackage.json:3: "),
            "{error}"
        );
        let error = plan(&descriptor(
            r#"{"resources": [{"name": "organizations", "path": "o.csv"}]}"#,
        ))
        .unwrap_err();
        assert!(
            error.to_string().contains("no services resource"),
            "{error}"
        );
        let error = plan(&descriptor(r#"{"resources": [{"name": "services"}]}"#)).unwrap_err();
        assert!(
            error.to_string().contains("neither a path nor data"),
            "{error}"
        );
    }
}
