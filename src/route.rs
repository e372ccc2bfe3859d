//! One router for what she (or staff) sends: an inbound event is read once into a
//! [`Route`], which names the service that answers it. Every channel routes the same way;
//! each service owns the grammar of its buttons (`engine::CallbackPayload`,
//! `subscriptions::Press`, `broadcast::organiser::Request`) and this module only asks
//! them in order.

use crate::broadcast::organiser::Request;
use crate::engine::{Command, Inbound};
use crate::subscriptions::Press;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Route {
    /// Her sessions and invitation screens: a `u:` button or `/subscribe`.
    Subscription(Press),
    /// An organiser's request: an `o:` button, `/broadcast`, `/session`, or a draft's
    /// `it: …` text. The service checks the sender's role; anyone else's goes to the
    /// engine.
    Organiser(Request),
    /// Everything else is the engine's: dialogue buttons, free text, locations, the
    /// buttons of a chat with a person.
    Engine,
}

impl Route {
    pub fn of(inbound: &Inbound) -> Route {
        match inbound {
            Inbound::Button(raw) => Press::parse(raw)
                .map(Route::Subscription)
                .or_else(|| Request::from_payload(raw).map(Route::Organiser))
                .unwrap_or(Route::Engine),
            Inbound::Text(text) if Command::parse(text) == Some(Command::Subscribe) => {
                Route::Subscription(Press::Home)
            }
            Inbound::Text(text) => Request::from_text(text)
                .map(Route::Organiser)
                .unwrap_or(Route::Engine),
            _ => Route::Engine,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_event_goes_to_the_service_whose_grammar_it_is() {
        let button = |raw: &str| Route::of(&Inbound::Button(raw.into()));
        let text = |t: &str| Route::of(&Inbound::Text(t.into()));
        assert_eq!(button("u:home"), Route::Subscription(Press::Home));
        assert_eq!(button("u:stop"), Route::Subscription(Press::Stop));
        assert_eq!(button("o:discard"), Route::Organiser(Request::Discard));
        assert_eq!(button("g:menu"), Route::Engine);
        assert_eq!(button("h:end"), Route::Engine);
        assert_eq!(button("garbage"), Route::Engine);
        assert_eq!(text("/subscribe"), Route::Subscription(Press::Home));
        assert_eq!(
            text("/Subscribe@carenet_bot"),
            Route::Subscription(Press::Home)
        );
        assert_eq!(text("/broadcast"), Route::Organiser(Request::NewDraft));
        assert_eq!(
            text("it: Ciao"),
            Route::Organiser(Request::Text("it: Ciao".into()))
        );
        for engine in ["/menu", "/stop", "hello", "subscribe", "/forget"] {
            assert_eq!(text(engine), Route::Engine, "{engine}");
        }
        assert_eq!(Route::of(&Inbound::Unsupported), Route::Engine);
    }
}
