//! Build script: gives the Windows executable its icon and version information (the other
//! systems take the icon from their package: `packaging/`).

fn main() {
    println!("cargo:rerun-if-changed=build.rs");
    println!("cargo:rerun-if-changed=assets/icon/tally.ico");
    if std::env::var("CARGO_CFG_TARGET_OS").as_deref() != Ok("windows") {
        return;
    }
    let Ok(manifest_dir) = std::env::var("CARGO_MANIFEST_DIR") else {
        return;
    };
    let icon = std::path::Path::new(&manifest_dir).join("assets/icon/tally.ico");
    let mut resource = winresource::WindowsResource::new();
    resource
        .set_icon(&icon.to_string_lossy())
        // Windows shows FileDescription as the program's name (Task Manager, "Open with").
        .set("FileDescription", "Tally")
        .set("ProductName", "Tally")
        .set("CompanyName", "The Tally developers")
        .set("LegalCopyright", "MIT OR Apache-2.0")
        .set("OriginalFilename", "tally.exe")
        .set("Comments", env!("CARGO_PKG_DESCRIPTION"));
    // Only the `tally` program gets the resource (not tests or examples).
    if let Err(error) = resource.compile_for("tally") {
        // A `cargo check` for Windows on a machine without a resource compiler still works; the
        // packaging script checks the real executable for its icon and version.
        println!(
            "cargo:warning=the Windows icon and version information were not embedded ({error}): \
             install mingw-w64 (windres) or the Windows SDK (rc.exe)"
        );
    }
}
