//! Channels carry conversations to people: each turns its input into engine events and
//! carries out the engine's effects.

pub mod chat_limiter;
pub mod console;
pub mod flood;
pub mod telegram;
