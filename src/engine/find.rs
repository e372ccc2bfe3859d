//! "Find help near me": questions to the service directory (`crate::directory`), answered
//! in her language. Where she is comes from a location she shared, a town or region she
//! typed, or a place picked from buttons. A shared location is used once and never
//! stored: the answer and the buttons under it are measured from the centre of the town
//! she is in, or from her location rounded to about ten kilometres.

use jiff::Timestamp;

use super::turn::Turn;
use super::{CallbackPayload, Outbound, ReplyButton};
use crate::content::Action;
use crate::directory::places::Gazetteer;
use crate::directory::sync::STALE_AFTER_DAYS;
use crate::directory::{Category, Directory, Hit, Place, PlaceKind, Query, Service};
use crate::geo::Coordinates;
use crate::hours::Hours;

/// Results on one screen: few enough to read on a small phone.
const PER_PAGE: usize = 5;
/// The most pages "More" goes to: past this, a narrower search serves her better.
const MAX_PAGE: u16 = 99;
/// Decimals of a shared location kept in buttons when no known town is near: 0.1° is
/// about ten kilometres.
const LOCATION_DECIMALS: i32 = 1;

/// Where to look.
#[derive(Debug, Clone, PartialEq)]
pub enum Area {
    /// Near her shared location (rounded).
    Near(Coordinates),
    /// In a town, region or country of the place list, by id.
    Place(String),
}

/// One question to the directory, as a button carries it.
#[derive(Debug, Clone, PartialEq)]
pub struct Search {
    pub area: Area,
    pub category: Option<Category>,
    pub open_now: bool,
    pub my_language: bool,
    pub free: bool,
    pub always_open: bool,
    pub page: u16,
    /// Show the kinds of help to choose from, not results.
    pub choosing_kind: bool,
}

impl Search {
    fn new(area: Area) -> Search {
        Search {
            area,
            category: None,
            open_now: false,
            my_language: false,
            free: false,
            always_open: false,
            page: 0,
            choosing_kind: false,
        }
    }

    /// `r@45.16,10.79;3;ol;0` (results near a point, category 3, open now and her
    /// language, first page) or `kpmilano;-;;0` (kinds of help, in Milano): well within
    /// the 64 bytes of a Telegram button.
    pub fn encode(&self) -> String {
        let view = if self.choosing_kind { 'k' } else { 'r' };
        let area = match &self.area {
            Area::Near(at) => format!("@{:.2},{:.2}", at.latitude(), at.longitude()),
            Area::Place(id) => format!("p{id}"),
        };
        // The position in `Category::ALL`, to stay within 64 bytes: that order is part of
        // the button format (buttons in old messages keep it), so add categories at its end.
        let category = match self.category {
            Some(c) => Category::ALL
                .iter()
                .position(|&k| k == c)
                .map_or("-".to_string(), |i| i.to_string()),
            None => "-".to_string(),
        };
        let flags: String = [
            (self.open_now, 'o'),
            (self.my_language, 'l'),
            (self.free, 'f'),
            (self.always_open, 'h'),
        ]
        .iter()
        .filter(|(on, _)| *on)
        .map(|(_, c)| c)
        .collect();
        format!("{view}{area};{category};{flags};{}", self.page)
    }

    /// Accepts exactly what [`encode`](Self::encode) produces (anything else, "+1",
    /// "007", more decimals, a flag twice, is refused by the round trip at the end).
    pub fn parse(raw: &str) -> Option<Search> {
        Self::read(raw).filter(|search| search.encode() == raw)
    }

    fn read(raw: &str) -> Option<Search> {
        let mut chars = raw.chars();
        let choosing_kind = match chars.next()? {
            'k' => true,
            'r' => false,
            _ => return None,
        };
        let mut fields = chars.as_str().split(';');
        let (area, category, flags, page) = (
            fields.next()?,
            fields.next()?,
            fields.next()?,
            fields.next()?,
        );
        if fields.next().is_some() {
            return None;
        }
        let area = if let Some(point) = area.strip_prefix('@') {
            let (lat, lon) = point.split_once(',')?;
            Area::Near(Coordinates::new(lat.parse().ok()?, lon.parse().ok()?).ok()?)
        } else {
            let id = area.strip_prefix('p')?;
            let valid = (1..=40).contains(&id.len())
                && id.bytes().all(|b| {
                    b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'_' || b == b'-'
                });
            if !valid {
                return None;
            }
            Area::Place(id.to_string())
        };
        let category = match category {
            "-" => None,
            // Not a kind she can choose (see `Category::chosen`): a forged button.
            index => Some(*Category::ALL.get(index.parse::<usize>().ok()?)?)
                .filter(|c| *c != Category::Other),
        };
        if !flags.chars().all(|c| "olfh".contains(c)) {
            return None;
        }
        let page: u16 = page.parse().ok().filter(|&p| p <= MAX_PAGE)?;
        Some(Search {
            area,
            category,
            open_now: flags.contains('o'),
            my_language: flags.contains('l'),
            free: flags.contains('f'),
            always_open: flags.contains('h'),
            page,
            choosing_kind,
        })
    }

    fn with(&self, change: impl FnOnce(&mut Search)) -> CallbackPayload {
        let mut next = self.clone();
        change(&mut next);
        CallbackPayload::Search(next)
    }
}

/// Where a search near her is measured from, for the first answer and the buttons under
/// it alike: the centre of the town she is in, when we know one near, else her location
/// rounded to about ten kilometres. Her own position is never in a button.
fn search_point(at: Coordinates) -> Coordinates {
    match Gazetteer::shipped().town_near(at) {
        Some(town) => town.coordinates,
        None => rounded(at),
    }
}

fn rounded(at: Coordinates) -> Coordinates {
    let factor = 10f64.powi(LOCATION_DECIMALS);
    let round = |x: f64| (x * factor).round() / factor;
    Coordinates::new(round(at.latitude()), round(at.longitude())).unwrap_or(at)
}

impl Turn<'_> {
    /// Services near a location she shared. `false` when there is no directory to ask.
    pub(super) fn find_near(&mut self, at: Coordinates) -> bool {
        self.find(Search::new(Area::Near(search_point(at))))
    }

    /// Services in a place she named, when her words name one we know.
    pub(super) fn find_in_place_named(&mut self, text: &str) -> bool {
        let Some(directory) = self.directory() else {
            return false;
        };
        match directory.resolve_place(text) {
            Some(place) => self.find(Search::new(Area::Place(place.id.to_string()))),
            None => false,
        }
    }

    /// The towns and regions we know, in her country when we know it, as buttons.
    pub(super) fn choose_place(&mut self) {
        if self.directory().is_none() {
            return self.goto("help");
        }
        let region = self.convo.region.clone();
        let buttons: Vec<ReplyButton> = Gazetteer::shipped()
            .places()
            .iter()
            .filter(|p| p.kind != PlaceKind::Country)
            .filter(|p| region.as_deref().is_none_or(|r| *p.country == *r))
            .map(|p| ReplyButton {
                label: p.name.to_string(),
                payload: CallbackPayload::Search(Search::new(Area::Place(p.id.to_string())))
                    .encode(),
            })
            .collect();
        self.enter("help");
        let text = self.text("find-place-choose").to_string();
        let mut keyboard: Vec<Vec<ReplyButton>> = buttons.chunks(2).map(<[_]>::to_vec).collect();
        keyboard.extend(self.footer());
        self.reply(text, keyboard);
    }

    /// Shows the answer to `search` (or the kinds of help to choose from).
    pub(super) fn find(&mut self, search: Search) -> bool {
        let Some(directory) = self.directory() else {
            return false;
        };
        let place = match &search.area {
            Area::Place(id) => match Gazetteer::shipped().get(id) {
                Some(place) => Some(place.clone()),
                None => return false,
            },
            Area::Near(_) => None,
        };
        let country = match (&search.area, &place) {
            (_, Some(place)) => Some(place.country.to_string()),
            (Area::Near(at), None) => at.country().map(str::to_string),
            _ => None,
        };
        if let Some(country) = &country {
            self.convo.region = Some(country.clone());
        }
        self.enter("help");
        if search.choosing_kind {
            self.show_kinds(&search);
        } else {
            self.show_results(&directory, &search, place.as_ref(), country.as_deref());
        }
        true
    }

    /// The map of one service, as a venue message.
    pub(super) fn show_venue(&mut self, id: &str) {
        let Some(directory) = self.directory() else {
            return self.not_understood("not-understood");
        };
        let Some(service) = directory.services().iter().find(|s| &*s.id == id) else {
            return self.not_understood("not-understood");
        };
        let Some(at) = service.coordinates() else {
            return self.not_understood("not-understood");
        };
        let locale = self.locale_code().to_string();
        // Telegram requires an address: the coordinates when the data has none.
        let address = match address_of(service) {
            a if a.is_empty() => format!("{:.5}, {:.5}", at.latitude(), at.longitude()),
            a => a,
        };
        self.effects.push(Outbound::Venue {
            latitude: at.latitude(),
            longitude: at.longitude(),
            title: service.name_in(&locale).to_string(),
            address,
        });
    }

    /// The directory, unless none is loaded or it is empty (nothing imported yet): then
    /// the dialogues' own national lines answer.
    fn directory(&self) -> Option<std::sync::Arc<Directory>> {
        let directory = self.engine.directory.as_ref()?.get();
        (!directory.is_empty()).then_some(directory)
    }

    fn show_kinds(&mut self, search: &Search) {
        let text = self.text("find-kind-choose").to_string();
        let mut buttons = vec![ReplyButton {
            label: self.text("btn-kind-all").to_string(),
            payload: search
                .with(|s| {
                    s.category = None;
                    s.choosing_kind = false;
                    s.page = 0;
                })
                .encode(),
        }];
        for category in Category::chosen() {
            buttons.push(ReplyButton {
                label: self.text(&category_message(category)).to_string(),
                payload: search
                    .with(|s| {
                        s.category = Some(category);
                        s.choosing_kind = false;
                        s.page = 0;
                    })
                    .encode(),
            });
        }
        let mut keyboard: Vec<Vec<ReplyButton>> = buttons.chunks(2).map(<[_]>::to_vec).collect();
        keyboard.extend(self.footer());
        self.reply(text, keyboard);
    }

    fn show_results(
        &mut self,
        directory: &Directory,
        search: &Search,
        place: Option<&Place>,
        country: Option<&str>,
    ) {
        let locale = self.locale_code().to_string();
        let query = Query {
            near: match &search.area {
                Area::Near(at) => Some(*at),
                Area::Place(_) => None,
            },
            place: place.cloned(),
            category: search.category,
            language: search.my_language.then(|| locale.clone()),
            open_at: search
                .open_now
                .then(|| Timestamp::from_second(self.now).ok())
                .flatten(),
            free_only: search.free,
            always_open_only: search.always_open,
            offset: usize::from(search.page) * PER_PAGE,
            limit: PER_PAGE,
        };
        let page = directory.search(&query);
        let mut lines = Vec::new();
        // She came here from "I am in danger now": the emergency lines come first.
        let in_danger = self.convo.history.last().is_some_and(|n| n == "danger");
        if in_danger && search.page == 0 {
            lines.push(self.text("find-urgent").to_string());
            lines.extend(self.helpline_lines(directory, country, &locale));
            lines.push(String::new());
        }
        let heading = match place {
            Some(place) => format!("📍 {} {}", self.text("find-results-in"), place.name),
            None => format!("📍 {}", self.text("find-results-near")),
        };
        let heading = match search.category {
            Some(c) => format!("{heading} · {}", self.text(&category_message(c))),
            None => heading,
        };
        lines.push(heading);
        if page.hits.is_empty() {
            lines.push(String::new());
            lines.push(self.text("find-results-none").to_string());
            lines.extend(self.helpline_lines(directory, country, &locale));
        }
        let first = usize::from(search.page) * PER_PAGE;
        for (n, hit) in page.hits.iter().enumerate() {
            lines.push(String::new());
            lines.push(self.describe(first + n + 1, hit, &locale));
        }
        let mut keyboard = Vec::new();
        let maps: Vec<ReplyButton> = page
            .hits
            .iter()
            .enumerate()
            .filter(|(_, hit)| hit.service.coordinates().is_some())
            .filter_map(|(n, hit)| {
                let payload = CallbackPayload::Venue(hit.service.id.to_string());
                let works = CallbackPayload::parse(&payload.encode()).is_ok();
                works.then(|| ReplyButton {
                    label: format!("{} {}", self.text("btn-map"), first + n + 1),
                    payload: payload.encode(),
                })
            })
            .collect();
        // Three to a row: "🗺️ Map 5" five times over does not fit a phone's width.
        keyboard.extend(maps.chunks(3).map(<[_]>::to_vec));
        if page.more && search.page < MAX_PAGE {
            keyboard.push(vec![ReplyButton {
                label: self.text("btn-more").to_string(),
                payload: search.with(|s| s.page += 1).encode(),
            }]);
        }
        if page.hits.is_empty() {
            keyboard.push(vec![self.action_button("btn-talk", Action::Handoff)]);
        }
        keyboard.push(vec![ReplyButton {
            label: self.text("btn-kind").to_string(),
            payload: search.with(|s| s.choosing_kind = true).encode(),
        }]);
        keyboard.extend(self.filter_buttons(search));
        keyboard.extend(self.footer());
        let text = self.with_numbers_isolated(lines.join("\n"));
        self.reply(text, keyboard);
    }

    /// The four filters, each a toggle; a tick shows which are on.
    fn filter_buttons(&self, search: &Search) -> Vec<Vec<ReplyButton>> {
        let toggle = |label: &str, on: bool, flip: fn(&mut Search)| ReplyButton {
            label: if on {
                format!("✅ {}", self.text(label))
            } else {
                self.text(label).to_string()
            },
            payload: search
                .with(|s| {
                    flip(s);
                    s.page = 0;
                })
                .encode(),
        };
        vec![
            vec![
                toggle("btn-filter-open", search.open_now, |s| {
                    s.open_now = !s.open_now
                }),
                toggle("btn-filter-language", search.my_language, |s| {
                    s.my_language = !s.my_language
                }),
            ],
            vec![
                toggle("btn-filter-free", search.free, |s| s.free = !s.free),
                toggle("btn-filter-24-7", search.always_open, |s| {
                    s.always_open = !s.always_open
                }),
            ],
        ]
    }

    /// One line per national line of her country (emergency first), or of the three
    /// countries we know when we do not know hers; one line per number, and 112 always.
    fn helpline_lines(
        &self,
        directory: &Directory,
        country: Option<&str>,
        locale: &str,
    ) -> Vec<String> {
        let countries: Vec<&str> = match country {
            Some(c) => vec![c],
            None => vec!["it", "es", "gr"],
        };
        let mut numbers: Vec<&str> = Vec::new();
        let mut lines = Vec::new();
        for country in countries {
            for service in directory.helplines(country) {
                let Some(phone) = service.phones.first() else {
                    continue;
                };
                if numbers.contains(&&*phone.number) {
                    continue;
                }
                numbers.push(&phone.number);
                lines.push(format!("📞 {} · {}", phone.number, service.name_in(locale)));
            }
        }
        if !numbers.contains(&"112") {
            lines.insert(0, "📞 112".to_string());
        }
        lines
    }

    /// One result: name and distance, kind and hours, phone, languages, address.
    fn describe(&self, n: usize, hit: &Hit<'_>, locale: &str) -> String {
        let service = hit.service;
        let mut lines = vec![match hit.distance_km {
            Some(km) => format!("{n}. {} ({})", service.name_in(locale), format_km(km)),
            None => format!("{n}. {}", service.name_in(locale)),
        }];
        if service.example {
            lines.push(format!("⚠️ {}", self.text("find-example")));
        }
        // A service of no known kind is not labelled: "other" would tell her nothing.
        let mut facts: Vec<String> = Category::chosen()
            .find(|c| *c == service.category)
            .map(|c| self.text(&category_message(c)).to_string())
            .into_iter()
            .collect();
        if service.is_always_open() {
            facts.push(self.text("find-always-open").to_string());
        } else if let Some(open) = Timestamp::from_second(self.now)
            .ok()
            .and_then(|t| service.is_open_at(t))
        {
            facts.push(
                self.text(if open {
                    "find-open-now"
                } else {
                    "find-closed-now"
                })
                .to_string(),
            );
        }
        if service.free {
            facts.push(self.text("find-free").to_string());
        }
        lines.push(facts.join(" · "));
        // When the information was last confirmed, and a warning when that was long ago:
        // a number that changed would leave her calling nobody.
        if let Some(at) = service.confirmed_at {
            let month = Timestamp::from_second(at)
                .map(|t| t.strftime("%m/%Y").to_string())
                .unwrap_or_default();
            lines.push(format!("✔️ {} {month}", self.text("find-checked")));
            if self.now - at > STALE_AFTER_DAYS * 86_400 {
                lines.push(format!("⚠️ {}", self.text("find-stale")));
            }
        }
        let hours = self.format_hours(service);
        if !hours.is_empty() && !service.is_always_open() {
            lines.push(format!("🕒 {hours}"));
        }
        for phone in service.phones.iter().take(2) {
            lines.push(format!("📞 {}", phone.number));
        }
        if !service.languages.is_empty() {
            let codes: Vec<&str> = service.languages.iter().map(|l| l.code()).collect();
            lines.push(format!("🗣️ {}", codes.join(", ")));
        }
        let address = address_of(service);
        if !address.is_empty() {
            lines.push(format!("🏠 {address}"));
        }
        lines.join("\n")
    }

    fn format_hours(&self, service: &Service) -> String {
        self.format_weekly(&service.hours)
    }

    /// Weekly hours as "Mon–Fri 09:00–17:00", with day names in her language.
    pub(super) fn format_weekly(&self, hours: &[Hours]) -> String {
        let names: Vec<&str> = self.text("find-weekdays").split_whitespace().collect();
        let day = |d: usize| names.get(d).copied().unwrap_or("?");
        hours
            .iter()
            .map(|h| {
                let days: Vec<usize> = (0..7).filter(|&d| h.days.contains(d as u8)).collect();
                let contiguous = days.windows(2).all(|w| w[1] == w[0] + 1);
                let days = match days.as_slice() {
                    [] => String::new(),
                    [one] => day(*one).to_string(),
                    [first, .., last] if contiguous => format!("{}–{}", day(*first), day(*last)),
                    many => many.iter().map(|&d| day(d)).collect::<Vec<_>>().join(", "),
                };
                format!(
                    "{days} {}–{}",
                    crate::hours::format_time(h.opens),
                    crate::hours::format_time(h.closes)
                )
            })
            .collect::<Vec<_>>()
            .join("; ")
    }
}

/// The message id of a category's name: `category-anti-violence-centre`.
pub fn category_message(category: Category) -> String {
    format!("category-{}", category.code().replace('_', "-"))
}

fn format_km(km: f64) -> String {
    if km < 10.0 {
        format!("{km:.1} km")
    } else {
        format!("{km:.0} km")
    }
}

fn address_of(service: &Service) -> String {
    let Some(place) = &service.place else {
        return String::new();
    };
    [place.street.as_deref(), place.city.as_deref()]
        .into_iter()
        .flatten()
        .collect::<Vec<_>>()
        .join(", ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn searches_survive_a_button() {
        let near = Search {
            category: Some(Category::Shelter),
            open_now: true,
            my_language: true,
            page: 3,
            ..Search::new(Area::Near(Coordinates::new(45.16, 10.79).unwrap()))
        };
        let mut kinds = Search::new(Area::Place("milano".into()));
        kinds.choosing_kind = true;
        kinds.free = true;
        kinds.always_open = true;
        for search in [near, kinds] {
            let encoded = search.encode();
            assert!(encoded.len() <= 60, "{encoded}");
            assert_eq!(Search::parse(&encoded), Some(search));
        }
    }

    #[test]
    fn odd_searches_are_refused() {
        for raw in [
            "",
            "x@1,2;-;;0",
            "r@91,2;-;;0",
            "r@a,b;-;;0",
            "rpMILANO;-;;0",
            "rp;-;;0",
            "rpmilano;13;;0",
            "rpmilano;-;z;0",
            "rpmilano;-;;100",
            "rpmilano;-;;0;0",
            "rpmilano;-;;-1",
        ] {
            assert_eq!(Search::parse(raw), None, "{raw}");
        }
    }

    #[test]
    fn every_category_name_is_required_of_every_language() {
        for category in Category::chosen() {
            let id = category_message(category);
            assert!(
                crate::content::SYSTEM_MESSAGES.contains(&id.as_str()),
                "{id} is not in SYSTEM_MESSAGES"
            );
        }
    }

    #[test]
    fn buttons_carry_a_town_centre_or_a_ten_kilometre_cell_never_her_position() {
        // In Mantova: the town's centre from the place list.
        let at = search_point(Coordinates::new(45.161_234, 10.801_234).unwrap());
        let mantova = Gazetteer::shipped().get("mantova").unwrap().coordinates;
        assert_eq!(at, mantova);
        // In the countryside far from any town we know: about ten kilometres.
        let at = search_point(Coordinates::new(40.123_456, 16.654_321).unwrap());
        assert_eq!((at.latitude(), at.longitude()), (40.1, 16.7));
    }
}
