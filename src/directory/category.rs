//! The kinds of help this field needs: a fixed list, so that a button, a filter and an
//! organiser's spreadsheet all mean the same thing.

use std::fmt;

/// What a service does, from the fixed list of this field.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Category {
    Emergency,
    Helpline,
    AntiViolenceCentre,
    Shelter,
    AntiTrafficking,
    LegalAid,
    Health,
    SexualReproductiveHealth,
    PsychologicalSupport,
    MigrantAsylum,
    Interpreting,
    ChildProtection,
    Police,
    /// A service whose kind the import could not tell (no category, no known taxonomy
    /// term, no keyword): found by place and distance and under "all kinds", never
    /// offered as a kind of its own.
    Other,
}

impl Category {
    /// Every category; the order is part of the button format (see `Search::encode`):
    /// add new ones at the end.
    pub const ALL: [Category; 14] = [
        Category::Emergency,
        Category::Helpline,
        Category::AntiViolenceCentre,
        Category::Shelter,
        Category::AntiTrafficking,
        Category::LegalAid,
        Category::Health,
        Category::SexualReproductiveHealth,
        Category::PsychologicalSupport,
        Category::MigrantAsylum,
        Category::Interpreting,
        Category::ChildProtection,
        Category::Police,
        Category::Other,
    ];

    /// The kinds she can choose and see named: all but [`Category::Other`].
    pub fn chosen() -> impl Iterator<Item = Category> {
        Category::ALL.into_iter().filter(|c| *c != Category::Other)
    }

    /// The code in files, on the command line and in button payloads.
    pub fn code(self) -> &'static str {
        match self {
            Category::Emergency => "emergency",
            Category::Helpline => "helpline",
            Category::AntiViolenceCentre => "anti_violence_centre",
            Category::Shelter => "shelter",
            Category::AntiTrafficking => "anti_trafficking",
            Category::LegalAid => "legal_aid",
            Category::Health => "health",
            Category::SexualReproductiveHealth => "sexual_reproductive_health",
            Category::PsychologicalSupport => "psychological_support",
            Category::MigrantAsylum => "migrant_asylum",
            Category::Interpreting => "interpreting",
            Category::ChildProtection => "child_protection",
            Category::Police => "police",
            Category::Other => "other",
        }
    }

    /// Reads a code; spaces, hyphens and case do not matter, so that "Anti-violence
    /// centre" typed in a spreadsheet is read as `anti_violence_centre`.
    pub fn parse(text: &str) -> Option<Category> {
        let code: String = text
            .trim()
            .chars()
            .map(|c| match c {
                ' ' | '-' => '_',
                c => c.to_ascii_lowercase(),
            })
            .collect();
        let code = match code.as_str() {
            "anti_violence_center" => "anti_violence_centre",
            "cultural_mediation" | "interpreting_cultural_mediation" => "interpreting",
            "sexual_and_reproductive_health" => "sexual_reproductive_health",
            "migrant_and_asylum_services" | "migrant_and_asylum" => "migrant_asylum",
            other => other,
        };
        Category::ALL.into_iter().find(|c| c.code() == code)
    }

    /// Where the line goes when she is in danger: emergency numbers first.
    pub(crate) fn urgency_rank(self) -> u8 {
        match self {
            Category::Emergency => 0,
            Category::Police => 1,
            Category::Helpline => 2,
            Category::AntiTrafficking => 3,
            Category::ChildProtection => 4,
            Category::Other => 6,
            _ => 5,
        }
    }
}

impl fmt::Display for Category {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

/// The list for error messages and `--help`.
pub fn category_list() -> String {
    Category::ALL.map(Category::code).join(", ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_read_back() {
        for c in Category::ALL {
            assert_eq!(Category::parse(c.code()), Some(c));
        }
        assert_eq!(
            Category::parse(" Anti-violence centre"),
            Some(Category::AntiViolenceCentre)
        );
        assert_eq!(Category::parse("shelterz"), None);
    }
}
