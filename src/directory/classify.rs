//! The kind of a service when its source does not say it in our words. Standard HSDS
//! publishers have no `category` column; the import then looks, in this order, at the
//! service's taxonomy terms (`directory/taxonomy_categories.csv`, which organisers extend
//! with the taxonomies they meet), at a default for the whole file (`--category`), and at
//! words of its name and description (`directory/category_keywords.csv`, our languages). A service still of
//! no known kind imports all the same as [`Category::Other`]: found by place and distance
//! and under "all kinds", and counted in one warning of the import's summary.

use std::path::Path;

use super::category::Category;
use super::package::{Package, Value};
use super::problems::{SourceFile, read_csv};
use super::schema::Table;
use super::taxonomy::Term;
use crate::text::normalize;

/// The keyword file, as shipped (used when no folder is given, and as the fallback of
/// [`Classifier::load`] when the folder has none).
const SHIPPED_KEYWORDS: &str = include_str!("../../directory/category_keywords.csv");

const SHIPPED_TAXONOMY: &str = include_str!("../../directory/taxonomy_categories.csv");

/// The keyword file's name in the directory data folder.
pub const KEYWORDS_FILE: &str = "category_keywords.csv";
/// The taxonomy mapping's name in the directory data folder.
pub const TAXONOMY_FILE: &str = "taxonomy_categories.csv";

/// One line of the taxonomy mapping.
#[derive(Debug, Clone)]
struct Mapping {
    /// The taxonomy's name, normalised; empty for `*` (any taxonomy).
    taxonomy: String,
    /// A term's code, lower case (it covers the codes under it, as AIRS codes nest), or
    /// its name, normalised.
    term: String,
    category: Category,
}

impl Mapping {
    fn matches(&self, term: &Compared) -> bool {
        let taxonomy = self.taxonomy.is_empty() || term.taxonomy == self.taxonomy;
        let under = !term.code.is_empty()
            && term
                .code
                .strip_prefix(&self.term)
                .is_some_and(|rest| rest.is_empty() || rest.starts_with(['.', '-', ' ']));
        taxonomy && (under || term.name == self.term)
    }
}

/// A service's term as the mapping compares it: normalised once, not once a mapping line.
struct Compared {
    taxonomy: String,
    code: String,
    name: String,
}

impl Compared {
    fn of(term: &Term) -> Compared {
        Compared {
            taxonomy: normalize(&term.taxonomy).join(" "),
            code: term.code.to_lowercase(),
            name: normalize(&term.name).join(" "),
        }
    }
}

/// How an import tells the kind of a service that has none.
#[derive(Debug, Clone)]
pub struct Classifier {
    /// `--category`: the kind of every service of the file that has none.
    default: Option<Category>,
    /// Phrases (normalised words) and their kind, most specific first.
    phrases: Vec<(Vec<String>, Category)>,
    /// Taxonomy terms and their kind, most specific first.
    taxonomy: Vec<Mapping>,
}

impl Classifier {
    /// The mappings we ship.
    pub fn shipped() -> Classifier {
        let shipped = |name: &str, text: &str| SourceFile {
            name: name.to_string(),
            bytes: text.as_bytes().to_vec(),
        };
        Classifier {
            default: None,
            phrases: read_phrases(&shipped(KEYWORDS_FILE, SHIPPED_KEYWORDS))
                .expect("the shipped keyword file is valid (tested)"),
            taxonomy: read_taxonomy(&shipped(TAXONOMY_FILE, SHIPPED_TAXONOMY))
                .expect("the shipped taxonomy mapping is valid (tested)"),
        }
    }

    /// The mapping files of `folder` (the directory data folder, which organisers may
    /// extend); the shipped one of a file the folder lacks. A bad line is an error with
    /// its file and line.
    pub fn load(folder: &Path) -> Result<Classifier, String> {
        let shipped = Classifier::shipped();
        let phrases = match read_file(folder, KEYWORDS_FILE)? {
            Some(file) => read_phrases(&file)?,
            None => shipped.phrases,
        };
        let taxonomy = match read_file(folder, TAXONOMY_FILE)? {
            Some(file) => read_taxonomy(&file)?,
            None => shipped.taxonomy,
        };
        Ok(Classifier {
            default: None,
            phrases,
            taxonomy,
        })
    }

    /// The same, with `default` for every service that has no category of its own.
    pub fn with_default(mut self, default: Option<Category>) -> Classifier {
        self.default = default;
        self
    }

    /// The kind of a service named `name`, described as `description`, linked to
    /// `terms`, that has none.
    pub fn kind_of(&self, name: &str, description: &str, terms: &[Term]) -> Category {
        let terms: Vec<Compared> = terms.iter().map(Compared::of).collect();
        let mapped = self
            .taxonomy
            .iter()
            .find(|mapping| terms.iter().any(|term| mapping.matches(term)));
        if let Some(mapping) = mapped {
            return mapping.category;
        }
        if let Some(default) = self.default {
            return default;
        }
        let words = normalize(&format!("{name} {description}"));
        self.phrases
            .iter()
            .find(|(phrase, _)| words.windows(phrase.len()).any(|w| w == phrase.as_slice()))
            .map_or(Category::Other, |(_, kind)| *kind)
    }

    /// Gives every service of `package` without a category one; returns how many are of
    /// no known kind ([`Category::Other`]).
    pub fn classify(&self, package: &mut Package) -> usize {
        let table = Table::Services;
        let (category, name, description) = (
            table.position("category"),
            table.position("name"),
            table.position("description"),
        );
        let mut unknown = 0;
        let terms = std::mem::take(&mut package.terms);
        for record in package.rows_mut(table) {
            if record.0[category].as_text().is_some() {
                continue;
            }
            let kind = self.kind_of(
                record.0[name].as_text().unwrap_or(""),
                record.0[description].as_text().unwrap_or(""),
                terms.of(record.id()),
            );
            if kind == Category::Other {
                unknown += 1;
            }
            record.0[category] = Value::Text(Some(kind.code().to_string()));
        }
        package.terms = terms;
        unknown
    }
}

/// `folder/name`, or `None` when the folder has no such file.
fn read_file(folder: &Path, name: &str) -> Result<Option<SourceFile>, String> {
    let path = folder.join(name);
    match std::fs::read(&path) {
        Ok(bytes) => Ok(Some(SourceFile {
            name: path.display().to_string(),
            bytes,
        })),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(None),
        Err(e) => Err(format!("cannot read {}: {e}", path.display())),
    }
}

/// The rows of a mapping file: each one's category (never `other`) and its cells of
/// `columns`; a missing column or an unknown category is an error with file and line.
fn read_mapping(
    file: &SourceFile,
    columns: &[&str],
) -> Result<Vec<(Category, Vec<String>)>, String> {
    let (header, rows) = read_csv(file).map_err(|e| e.to_string())?;
    let position = |name: &str| {
        header
            .iter()
            .position(|h| h == name)
            .ok_or_else(|| format!("{}:1: column {name}: missing from the header", file.name))
    };
    let category = position("category")?;
    let positions: Vec<usize> = columns
        .iter()
        .map(|c| position(c))
        .collect::<Result<_, _>>()?;
    let mut lines = Vec::with_capacity(rows.len());
    for row in rows {
        let code = row.cells.get(category).unwrap_or("");
        let Some(kind) = Category::parse(code).filter(|c| *c != Category::Other) else {
            return Err(format!(
                "{}:{}: column category: unknown category \"{code}\"",
                file.name, row.line
            ));
        };
        let cells = positions
            .iter()
            .map(|p| row.cells.get(*p).unwrap_or("").trim().to_string())
            .collect();
        lines.push((kind, cells));
    }
    Ok(lines)
}

/// `category,language,phrases`: phrases separated by `;`.
fn read_phrases(file: &SourceFile) -> Result<Vec<(Vec<String>, Category)>, String> {
    let mut phrases = Vec::new();
    for (kind, cells) in read_mapping(file, &["phrases"])? {
        for phrase in cells[0].split(';') {
            let words = normalize(phrase);
            if !words.is_empty() {
                phrases.push((words, kind));
            }
        }
    }
    Ok(phrases)
}

/// `taxonomy,term,category`: `*` for any taxonomy; a term's code (it has a digit) or name.
fn read_taxonomy(file: &SourceFile) -> Result<Vec<Mapping>, String> {
    let mappings = read_mapping(file, &["taxonomy", "term"])?
        .into_iter()
        .map(|(category, cells)| Mapping {
            taxonomy: match cells[0].as_str() {
                "*" => String::new(),
                name => normalize(name).join(" "),
            },
            term: match cells[1].chars().any(|c| c.is_ascii_digit()) {
                true => cells[1].to_lowercase(),
                false => normalize(&cells[1]).join(" "),
            },
            category,
        })
        .collect();
    Ok(mappings)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn term(taxonomy: &str, code: &str, name: &str) -> Term {
        Term {
            taxonomy: taxonomy.into(),
            code: code.into(),
            name: name.into(),
        }
    }

    #[test]
    fn taxonomy_terms_by_code_under_a_code_or_by_name_come_first() {
        let file = SourceFile {
            name: "t.csv".into(),
            bytes: "taxonomy,term,category\nAIRS,XX-1000.5000,shelter\nAIRS,XX-1000,legal_aid\n*,Counselling Services,psychological_support\n".as_bytes().to_vec(),
        };
        let classifier = Classifier {
            taxonomy: read_taxonomy(&file).unwrap(),
            ..Classifier::shipped()
        }
        .with_default(Some(Category::Health));
        let kind = |terms: &[Term]| classifier.kind_of("Legal aid office", "", terms);
        assert_eq!(
            kind(&[term("airs", "XX-1000.5000-100", "")]),
            Category::Shelter
        );
        assert_eq!(
            kind(&[term("AIRS", "XX-1000.6000", "")]),
            Category::LegalAid
        );
        assert_eq!(
            kind(&[term("AIRS", "XX-10001", "")]),
            Category::Health,
            "not under"
        );
        assert_eq!(
            kind(&[term("Other", "XX-1000", "")]),
            Category::Health,
            "other taxonomy"
        );
        assert_eq!(
            kind(&[term("Mine", "", "counselling services")]),
            Category::PsychologicalSupport
        );
        assert_eq!(kind(&[]), Category::Health, "no term: the file's default");
    }

    #[test]
    fn the_shipped_keywords_read_and_cover_every_kind_in_every_language() {
        let classifier = Classifier::shipped();
        let (_, rows) = read_csv(&SourceFile {
            name: KEYWORDS_FILE.into(),
            bytes: SHIPPED_KEYWORDS.as_bytes().to_vec(),
        })
        .unwrap();
        // The languages are the file's (no list here): each covers every kind, since a
        // language half done classifies its services by chance, and each is a language
        // of the bot (a locale folder), which catches "gr" written for Greek.
        let languages: std::collections::BTreeSet<&str> =
            rows.iter().filter_map(|r| r.cells.get(1)).collect();
        let locales = Path::new(env!("CARGO_MANIFEST_DIR")).join("locales");
        assert!(
            languages.contains("en"),
            "the reference language has keywords"
        );
        for &language in &languages {
            assert!(
                locales.join(language).join("locale.toml").is_file(),
                "keywords in {language}, which is not a locale of the bot"
            );
        }
        for kind in
            Category::chosen().filter(|k| !matches!(k, Category::Emergency | Category::Police))
        {
            for &language in &languages {
                let covered = rows.iter().any(|r| {
                    r.cells.get(0) == Some(kind.code()) && r.cells.get(1) == Some(language)
                });
                assert!(covered, "no keywords for {kind} in {language}");
            }
        }
        assert!(classifier.phrases.len() > 150);
    }

    #[test]
    fn names_and_descriptions_tell_the_kind_in_any_language() {
        let classifier = Classifier::shipped();
        let cases = [
            ("Casa Rifugio Artemisia", "", Category::Shelter),
            (
                "Centro Antiviolenza Donne Insieme",
                "",
                Category::AntiViolenceCentre,
            ),
            (
                "Asociación X",
                "Asesoría jurídica gratuita",
                Category::LegalAid,
            ),
            ("Κέντρο Υγείας Αθηνών", "", Category::Health),
            ("مركز", "دعم نفسي للنساء", Category::PsychologicalSupport),
            (
                "Línea",
                "Víctimas de trata de personas",
                Category::AntiTrafficking,
            ),
            ("Child abuse line", "", Category::ChildProtection),
            ("Asilo nido Girotondo", "", Category::Other),
            ("Community centre", "Open to all", Category::Other),
        ];
        for (name, description, kind) in cases {
            assert_eq!(
                classifier.kind_of(name, description, &[]),
                kind,
                "{name} / {description}"
            );
        }
    }

    #[test]
    fn a_default_for_the_file_comes_before_the_keywords() {
        let classifier = Classifier::shipped().with_default(Some(Category::Shelter));
        assert_eq!(
            classifier.kind_of("Legal aid office", "", &[]),
            Category::Shelter
        );
    }

    #[test]
    fn a_bad_line_of_an_organiser_s_file_says_where() {
        let file = SourceFile {
            name: "k.csv".into(),
            bytes: b"category,language,phrases\nshelter,en,refuge\nsheltr,en,x\n".to_vec(),
        };
        let error = read_phrases(&file).unwrap_err();
        assert_eq!(
            error,
            "k.csv:3: column category: unknown category \"sheltr\""
        );
    }
}
