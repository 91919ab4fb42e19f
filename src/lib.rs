//! Tally's library: the review model (corpus, claims, extraction, project, export), free of any UI.
//!
//! The desktop app in `app` draws this model and turns input into `Action`s on it; the command line
//! in `main.rs` drives the same functions headlessly.

pub mod commands;
pub mod corpus;
pub mod extract;
pub mod output;
pub mod platform;
