//! Staff roles: who may use the staff commands of later modules (handoff, sessions,
//! broadcasts). Every staff command checks the sender's role in the store each time; this
//! module only names the roles and reads what an admin types.

use std::fmt;

/// What a staff member may do.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Role {
    /// Adds and removes staff.
    Admin,
    /// Takes conversations handed to a person, in the languages listed.
    Mediator,
    /// Creates awareness sessions and broadcasts.
    Organiser,
}

impl Role {
    pub const ALL: [Role; 3] = [Role::Admin, Role::Mediator, Role::Organiser];

    pub fn name(self) -> &'static str {
        match self {
            Role::Admin => "admin",
            Role::Mediator => "mediator",
            Role::Organiser => "organiser",
        }
    }

    pub fn parse(text: &str) -> Result<Role, StaffError> {
        let text = text.trim().to_ascii_lowercase();
        // "organizer" is how half the world spells it.
        let text = if text == "organizer" {
            "organiser".into()
        } else {
            text
        };
        Role::ALL
            .into_iter()
            .find(|r| r.name() == text)
            .ok_or(StaffError::UnknownRole(text))
    }
}

impl fmt::Display for Role {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

/// One staff member as the store keeps them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StaffMember {
    /// Telegram user id.
    pub user_id: i64,
    pub role: Role,
    /// ISO 639-1 codes, for mediators.
    pub languages: Vec<String>,
}

impl StaffMember {
    /// "mediator (ar, it)".
    pub fn describe(&self) -> String {
        match self.languages.as_slice() {
            [] => self.role.to_string(),
            languages => format!("{} ({})", self.role, languages.join(", ")),
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum StaffError {
    #[error("unknown role {0:?}: use admin, mediator or organiser")]
    UnknownRole(String),
    #[error("{0:?} is not a language code: use two letters, such as it,ar,fa")]
    BadLanguage(String),
    #[error("{0:?} is not a Telegram user id (a positive number)")]
    BadUserId(String),
}

/// A Telegram user id as typed.
pub fn parse_user_id(text: &str) -> Result<i64, StaffError> {
    text.trim()
        .parse::<i64>()
        .ok()
        .filter(|&id| id > 0)
        .ok_or_else(|| StaffError::BadUserId(text.to_string()))
}

/// "it, AR,fa" → ["ar", "fa", "it"] (sorted, no repeats); an empty text is no languages.
pub fn parse_languages(text: &str) -> Result<Vec<String>, StaffError> {
    let mut codes = Vec::new();
    for code in text.split(',').map(str::trim).filter(|c| !c.is_empty()) {
        let lower = code.to_ascii_lowercase();
        if lower.len() != 2 || !lower.bytes().all(|b| b.is_ascii_lowercase()) {
            return Err(StaffError::BadLanguage(code.to_string()));
        }
        codes.push(lower);
    }
    codes.sort();
    codes.dedup();
    Ok(codes)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_roles_languages_and_ids_as_typed() {
        assert_eq!(Role::parse(" Mediator "), Ok(Role::Mediator));
        assert_eq!(Role::parse("organizer"), Ok(Role::Organiser));
        assert!(matches!(
            Role::parse("boss"),
            Err(StaffError::UnknownRole(_))
        ));
        assert_eq!(parse_languages("it, AR,fa,it").unwrap(), ["ar", "fa", "it"]);
        assert_eq!(parse_languages("").unwrap(), Vec::<String>::new());
        assert!(parse_languages("ita").is_err());
        assert!(parse_languages("i1").is_err());
        assert_eq!(parse_user_id("12345"), Ok(12345));
        assert!(parse_user_id("-5").is_err());
        assert!(parse_user_id("@someone").is_err());
    }
}
