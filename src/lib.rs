//! Tally's library: the review model (corpus, claims, extraction, project, export) and, in
//! `app`, the desktop review desk drawn over it.
//!
//! Everything except `app` is free of egui: the app draws this model and turns input into
//! `review::Action`s; the command line (`cli`) drives the same functions headlessly. The desk is
//! behind the default feature `gui`; `--no-default-features` builds the headless library and CLI.
//!
//! ```
//! let claims = tally::extract::extract("At least 24 people died; over 2,000 were detained.");
//! assert_eq!(claims[0].text, "24");
//! assert_eq!(claims[0].qualifier, tally::extract::Qualifier::AtLeast);
//! assert_eq!(claims[1].value(), Some(2000.0));
//! assert_eq!(claims[1].subject.as_deref(), Some("were detained"));
//! ```

pub mod agreement;
pub mod allocator;
#[cfg(feature = "gui")]
pub mod app;
pub mod atomic;
pub mod claimreview;
pub mod cli;
pub mod clock;
pub mod compare;
pub mod corpus;
pub mod export;
pub mod extract;
pub mod html;
pub mod lanes;
pub mod language;
pub mod merge;
pub mod metadata;
pub mod output;
pub mod parallel;
pub mod paths;
pub mod platform;
pub mod progress;
pub mod project;
pub mod query;
pub mod recovery;
pub mod review;
pub mod sample;

/// The application's id, the same everywhere a system names the app: the window's Wayland app id
/// and X11 class, the Linux `.desktop` and AppStream files (`packaging/linux/`), and the macOS
/// bundle identifier (`packaging/macos/Info.plist`). `tests/packaging.rs` checks they agree.
pub const APP_ID: &str = "org.tallydesk.Tally";
