//! Preferences kept between runs (through eframe's storage): recent projects, auto-advance, theme
//! and zoom. Never the project itself; a preference that cannot be read falls back to its default.

use std::path::PathBuf;

use eframe::egui;
use serde::{Deserialize, Serialize};

/// How many projects "Recent projects" remembers.
const MAX_RECENT: usize = 10;

/// The zoom range offered (a factor of the normal size).
const MIN_ZOOM: f32 = 0.5;
const MAX_ZOOM: f32 = 3.0;

/// The key the preferences are stored under.
pub const STORAGE_KEY: &str = "tally-prefs";

/// Dark, light, or whatever the system uses.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum ThemeChoice {
    /// Follow the system.
    #[default]
    System,
    /// Light text on a dark background.
    Dark,
    /// Dark text on a light background.
    Light,
}

impl ThemeChoice {
    /// egui's name for it.
    pub fn preference(self) -> egui::ThemePreference {
        match self {
            ThemeChoice::System => egui::ThemePreference::System,
            ThemeChoice::Dark => egui::ThemePreference::Dark,
            ThemeChoice::Light => egui::ThemePreference::Light,
        }
    }
}

/// Everything remembered between runs.
#[derive(Clone, Debug, Serialize, Deserialize)]
#[serde(default)]
pub struct Prefs {
    /// Recently saved or opened projects, newest first.
    pub recent: Vec<PathBuf>,
    /// After a verdict, move to the next unreviewed claim.
    pub auto_advance: bool,
    /// The colour theme.
    pub theme: ThemeChoice,
    /// The zoom factor (1.0: normal size).
    pub zoom: f32,
    /// The reviewer's name, recorded with their verdicts.
    pub reviewer: Option<String>,
    /// The fact-checking organization, the author of exported ClaimReviews.
    pub organization: Option<String>,
}

impl Default for Prefs {
    fn default() -> Self {
        Self {
            recent: Vec::new(),
            auto_advance: true,
            theme: ThemeChoice::System,
            zoom: 1.0,
            reviewer: None,
            organization: None,
        }
    }
}

impl Prefs {
    /// Puts a project at the top of the recent list.
    pub fn remember(&mut self, path: PathBuf) {
        let path = std::fs::canonicalize(&path).unwrap_or(path);
        self.recent.retain(|p| p != &path);
        self.recent.insert(0, path);
        self.recent.truncate(MAX_RECENT);
    }

    /// The zoom factor, within what egui allows and a reviewer can read.
    pub fn zoom_clamped(&self) -> f32 {
        if self.zoom.is_finite() { self.zoom.clamp(MIN_ZOOM, MAX_ZOOM) } else { 1.0 }
    }
}
