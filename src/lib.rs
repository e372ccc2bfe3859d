//! carenet: a chatbot that tells migrant and refugee women, in their own language, about
//! their rights and about help against gender-based violence.
//!
//! The crate is a pure conversation [`engine`] with adapters around it: [`content`] loads
//! and checks the dialogue files and translations, [`store`] keeps the little we keep about
//! each contact (SQLite or PostgreSQL), [`conversation`] joins the two, and [`channels`]
//! carry the conversation to a person (the terminal and Telegram); [`directory`] answers
//! "where can I get help", and [`staff`] names the roles of the people who work with it.
//! [`app`] builds the bot and runs it (the composition root); [`cli`] runs the command
//! line's subcommands. Leaf modules, which name nothing else of
//! the crate: [`clock`], [`geo`] (coordinates and countries), [`text`] (normalised words).
//! `tests/layering.rs` reads these links from the source and keeps them in order.

pub mod app;
pub mod broadcast;
pub mod channels;
pub mod cli;
pub mod clock;
pub mod config;
pub mod content;
pub mod conversation;
pub mod directory;
pub mod engine;
pub mod figures;
pub mod geo;
pub mod handoff;
pub mod hours;
pub mod purge;
pub mod route;
pub mod staff;
pub mod store;
pub mod subscriptions;
pub mod text;
