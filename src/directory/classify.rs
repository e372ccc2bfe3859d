//! The kind of a service when its source does not say it in our words. Standard HSDS
//! publishers have no `category` column; the import then looks, in this order, at a
//! default for the whole file (`--category`), and at words of the service's name and
//! description (`directory/category_keywords.csv`, in our languages). A service still of
//! no known kind imports all the same as [`Category::Other`]: found by place and distance
//! and under "all kinds", and counted in one warning of the import's summary.

use std::path::Path;

use super::category::Category;
use super::package::{Package, Value};
use super::problems::{SourceFile, read_csv};
use super::schema::Table;
use crate::text::normalize;

/// The keyword file, as shipped (used when no folder is given, and as the fallback of
/// [`Classifier::load`] when the folder has none).
const SHIPPED_KEYWORDS: &str = include_str!("../../directory/category_keywords.csv");

/// The keyword file's name in the directory data folder.
pub const KEYWORDS_FILE: &str = "category_keywords.csv";

/// How an import tells the kind of a service that has none.
#[derive(Debug, Clone)]
pub struct Classifier {
    /// `--category`: the kind of every service of the file that has none.
    default: Option<Category>,
    /// Phrases (normalised words) and their kind, most specific first.
    phrases: Vec<(Vec<String>, Category)>,
}

impl Classifier {
    /// The keywords we ship.
    pub fn shipped() -> Classifier {
        let file = SourceFile {
            name: KEYWORDS_FILE.to_string(),
            bytes: SHIPPED_KEYWORDS.as_bytes().to_vec(),
        };
        Classifier::read(&file).expect("the shipped keyword file is valid (tested)")
    }

    /// The keywords of `folder` (the directory data folder, which organisers may extend);
    /// the shipped ones when it has no keyword file. A bad line is an error with its file
    /// and line.
    pub fn load(folder: &Path) -> Result<Classifier, String> {
        let path = folder.join(KEYWORDS_FILE);
        match std::fs::read(&path) {
            Ok(bytes) => Classifier::read(&SourceFile {
                name: path.display().to_string(),
                bytes,
            }),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(Classifier::shipped()),
            Err(e) => Err(format!("cannot read {}: {e}", path.display())),
        }
    }

    fn read(file: &SourceFile) -> Result<Classifier, String> {
        let (header, rows) = read_csv(file).map_err(|e| e.to_string())?;
        let column = |name: &str| {
            header
                .iter()
                .position(|h| h == name)
                .ok_or_else(|| format!("{}:1: column {name}: missing from the header", file.name))
        };
        let (category, phrases) = (column("category")?, column("phrases")?);
        let mut classifier = Classifier {
            default: None,
            phrases: Vec::new(),
        };
        for row in rows {
            let code = row.cells.get(category).unwrap_or("");
            let kind = Category::parse(code).filter(|c| *c != Category::Other);
            let Some(kind) = kind else {
                return Err(format!(
                    "{}:{}: column category: unknown category \"{code}\"",
                    file.name, row.line
                ));
            };
            for phrase in row.cells.get(phrases).unwrap_or("").split(';') {
                let words = normalize(phrase);
                if !words.is_empty() {
                    classifier.phrases.push((words, kind));
                }
            }
        }
        Ok(classifier)
    }

    /// The same, with `default` for every service that has no category of its own.
    pub fn with_default(mut self, default: Option<Category>) -> Classifier {
        self.default = default;
        self
    }

    /// The kind of a service named `name`, described as `description`, that has none.
    pub fn kind_of(&self, name: &str, description: &str) -> Category {
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
        for record in package.rows_mut(table) {
            if record.0[category].as_text().is_some() {
                continue;
            }
            let kind = self.kind_of(
                record.0[name].as_text().unwrap_or(""),
                record.0[description].as_text().unwrap_or(""),
            );
            if kind == Category::Other {
                unknown += 1;
            }
            record.0[category] = Value::Text(Some(kind.code().to_string()));
        }
        unknown
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_shipped_keywords_read_and_cover_every_kind_in_every_language() {
        let classifier = Classifier::shipped();
        let (_, rows) = read_csv(&SourceFile {
            name: KEYWORDS_FILE.into(),
            bytes: SHIPPED_KEYWORDS.as_bytes().to_vec(),
        })
        .unwrap();
        let languages = ["ar", "el", "en", "es", "fa", "fr", "it", "uk"];
        for kind in
            Category::chosen().filter(|k| !matches!(k, Category::Emergency | Category::Police))
        {
            for language in languages {
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
                classifier.kind_of(name, description),
                kind,
                "{name} / {description}"
            );
        }
    }

    #[test]
    fn a_default_for_the_file_comes_before_the_keywords() {
        let classifier = Classifier::shipped().with_default(Some(Category::Shelter));
        assert_eq!(
            classifier.kind_of("Legal aid office", ""),
            Category::Shelter
        );
    }

    #[test]
    fn a_bad_line_of_an_organiser_s_file_says_where() {
        let file = SourceFile {
            name: "k.csv".into(),
            bytes: b"category,language,phrases\nshelter,en,refuge\nsheltr,en,x\n".to_vec(),
        };
        let error = Classifier::read(&file).unwrap_err();
        assert_eq!(
            error,
            "k.csv:3: column category: unknown category \"sheltr\""
        );
    }
}
