//! Generates the raw client from `openapi.yaml` + `openapi.overlay.yaml` into
//! `$OUT_DIR/imprint_raw.rs`. Nothing generated is committed.

use std::path::PathBuf;

fn main() {
    let root = PathBuf::from(std::env::var_os("CARGO_MANIFEST_DIR").unwrap_or_default());
    let spec = root.join("openapi.yaml");
    let overlay = root.join("openapi.overlay.yaml");
    println!("cargo:rerun-if-changed={}", spec.display());
    println!("cargo:rerun-if-changed={}", overlay.display());
    println!("cargo:rerun-if-changed=build.rs");

    let output = imprint_codegen::Pipeline::from_files(&spec, Some(&overlay)).and_then(|p| p.run());
    let output = match output {
        Ok(o) => o,
        Err(e) => {
            // A build script reports failure through its exit status; the
            // message names the JSON pointer or overlay action at fault.
            eprintln!("error: generating the Imprint client failed: {e}");
            std::process::exit(1);
        }
    };
    let out_dir = PathBuf::from(std::env::var_os("OUT_DIR").unwrap_or_default());
    let target = out_dir.join("imprint_raw.rs");
    if let Err(e) = std::fs::write(&target, output.code) {
        eprintln!("error: cannot write {}: {e}", target.display());
        std::process::exit(1);
    }
}
