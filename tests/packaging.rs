//! The files the packages are made of (`assets/icon/`, `packaging/`, the `.deb` list in
//! Cargo.toml) agree with each other and with the program: one app id everywhere, every icon
//! rendering the size its name says, every packaged file present, the version current.
//!
//! The packages themselves are built and inspected by `scripts/package` (which runs
//! `scripts/check-packages`); this test needs no packaging tool.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)] // a failure here is the test failing

use std::path::{Path, PathBuf};

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn read(path: &str) -> String {
    std::fs::read_to_string(root().join(path)).unwrap_or_else(|e| panic!("{path}: {e}"))
}

fn bytes(path: &Path) -> Vec<u8> {
    std::fs::read(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// A PNG's width and height, from its IHDR chunk.
fn png_size(png: &[u8]) -> (u32, u32) {
    assert_eq!(&png[..8], b"\x89PNG\r\n\x1a\n", "not a PNG");
    assert_eq!(&png[12..16], b"IHDR");
    let word = |at: usize| u32::from_be_bytes([png[at], png[at + 1], png[at + 2], png[at + 3]]);
    (word(16), word(20))
}

#[test]
fn one_app_id_names_the_window_the_desktop_entry_the_metainfo_and_the_mac_bundle() {
    let id = tally::APP_ID;
    let desktop = read(&format!("packaging/linux/{id}.desktop"));
    assert!(desktop.lines().any(|l| l == format!("Icon={id}")), "the desktop entry's icon is {id}");
    assert!(desktop.lines().any(|l| l == format!("StartupWMClass={id}")));
    assert!(desktop.lines().any(|l| l.starts_with("Exec=tally ")));
    let metainfo = read(&format!("packaging/linux/{id}.metainfo.xml"));
    assert!(metainfo.contains(&format!("<id>{id}</id>")));
    assert!(metainfo.contains(&format!(r#"<launchable type="desktop-id">{id}.desktop</launchable>"#)));
    let plist = read("packaging/macos/Info.plist");
    assert!(plist.contains(&format!("<key>CFBundleIdentifier</key>\n  <string>{id}</string>")));
    assert!(plist.contains("<key>CFBundleExecutable</key>\n  <string>tally</string>"));
    assert!(plist.contains("<key>CFBundleIconFile</key>\n  <string>tally.icns</string>"));
    let installer = read("packaging/windows/installer.nsi");
    assert!(installer.contains(&format!(r"CurrentVersion\Uninstall\{id}")));
}

#[test]
fn the_metainfo_lists_the_current_version_as_a_release() {
    let metainfo = read(&format!("packaging/linux/{}.metainfo.xml", tally::APP_ID));
    let version = env!("CARGO_PKG_VERSION");
    assert!(
        metainfo.contains(&format!(r#"<release version="{version}""#)),
        "add <release version=\"{version}\" …> to the metainfo when the version changes"
    );
}

#[test]
fn every_png_rendering_is_the_size_its_name_says() {
    let folder = root().join("assets/icon/png");
    let mut sizes = Vec::new();
    for entry in std::fs::read_dir(&folder).expect("assets/icon/png") {
        let path = entry.expect("entry").path();
        let name = path.file_stem().and_then(|s| s.to_str()).expect("a UTF-8 name");
        let size: u32 = name.strip_prefix("tally-").and_then(|s| s.parse().ok()).expect("tally-<size>.png");
        assert_eq!(png_size(&bytes(&path)), (size, size), "{}", path.display());
        sizes.push(size);
    }
    sizes.sort_unstable();
    // The hicolor sizes desktops look for, and the 256 px window icon.
    for wanted in [16, 24, 32, 48, 64, 128, 256, 512] {
        assert!(sizes.contains(&wanted), "no {wanted} px rendering");
    }
}

#[test]
fn the_windows_icon_holds_seven_sizes_up_to_256() {
    let ico = bytes(&root().join("assets/icon/tally.ico"));
    assert_eq!(&ico[..4], &[0, 0, 1, 0], "an ICO header");
    let count = usize::from(u16::from_le_bytes([ico[4], ico[5]]));
    assert_eq!(count, 7);
    let mut sizes = Vec::new();
    for i in 0..count {
        let entry = &ico[6 + 16 * i..6 + 16 * (i + 1)];
        let side = if entry[0] == 0 { 256 } else { u32::from(entry[0]) };
        let len = u32::from_le_bytes([entry[8], entry[9], entry[10], entry[11]]) as usize;
        let offset = u32::from_le_bytes([entry[12], entry[13], entry[14], entry[15]]) as usize;
        assert_eq!(png_size(&ico[offset..offset + len]), (side, side));
        sizes.push(side);
    }
    assert_eq!(sizes, [16, 24, 32, 48, 64, 128, 256]);
}

#[test]
fn the_mac_icon_holds_every_size_to_1024() {
    let icns = bytes(&root().join("assets/icon/tally.icns"));
    assert_eq!(&icns[..4], b"icns");
    let total = u32::from_be_bytes([icns[4], icns[5], icns[6], icns[7]]) as usize;
    assert_eq!(total, icns.len());
    let mut at = 8;
    let mut largest = 0;
    let mut entries = 0;
    while at < icns.len() {
        let kind = &icns[at..at + 4];
        let len = u32::from_be_bytes([icns[at + 4], icns[at + 5], icns[at + 6], icns[at + 7]]) as usize;
        let (width, height) = png_size(&icns[at + 8..at + len]);
        assert_eq!(width, height);
        let expected = match kind {
            b"icp4" => 16,
            b"icp5" | b"ic11" => 32,
            b"icp6" | b"ic12" => 64,
            b"ic07" => 128,
            b"ic08" | b"ic13" => 256,
            b"ic09" | b"ic14" => 512,
            b"ic10" => 1024,
            other => panic!("unexpected icon type {}", String::from_utf8_lossy(other)),
        };
        assert_eq!(width, expected, "{}", String::from_utf8_lossy(kind));
        largest = largest.max(width);
        entries += 1;
        at += len;
    }
    assert_eq!((entries, largest), (11, 1024));
}

#[test]
fn every_file_the_deb_lists_exists() {
    let manifest = read("Cargo.toml");
    let start = manifest.find("[package.metadata.deb]").expect("a [package.metadata.deb] table");
    let table = &manifest[start..];
    let table = &table[..table[1..].find("\n[").map_or(table.len(), |end| end + 1)];
    let sources: Vec<&str> =
        table.lines().filter_map(|l| l.trim().strip_prefix("[\"")).filter_map(|l| l.split('"').next()).collect();
    assert!(sources.len() >= 14, "the binary, desktop entry, metainfo, icons and README: {sources:?}");
    for source in &sources {
        if *source == "target/release/tally" {
            continue; // built by scripts/package before `cargo deb --no-build`
        }
        assert!(root().join(source).is_file(), "{source} is listed for the .deb but missing");
    }
    for png in std::fs::read_dir(root().join("assets/icon/png")).expect("icons").flatten() {
        let listed = format!("assets/icon/png/{}", png.file_name().to_string_lossy());
        assert!(sources.contains(&listed.as_str()), "{listed} is not in the .deb");
    }
}
