//! Renders the suite's case table from the spec (see
//! `src/case_table.rs`): `OUT_DIR/case_table.rs`, which
//! `conformance/cases.rs` expands into one case per operation.

#[path = "src/case_table.rs"]
#[allow(dead_code)]
mod case_table;

use std::path::PathBuf;

fn main() {
    let manifest = PathBuf::from(std::env::var_os("CARGO_MANIFEST_DIR").unwrap_or_default());
    let root = manifest.join("..");
    let spec = root.join("openapi.yaml");
    let overlay = root.join("openapi.overlay.yaml");
    for input in [&spec, &overlay, &manifest.join("src/case_table.rs")] {
        println!("cargo:rerun-if-changed={}", input.display());
    }
    println!("cargo:rerun-if-changed=build.rs");
    let table = imprint_spec::Spec::from_files(&spec, Some(&overlay))
        .map_err(|e| e.to_string())
        .and_then(|s| case_table::render(&s));
    let table = match table {
        Ok(t) => t,
        Err(e) => {
            eprintln!("error: cannot derive the conformance cases from the spec: {e}");
            std::process::exit(1);
        }
    };
    let out = PathBuf::from(std::env::var_os("OUT_DIR").unwrap_or_default()).join("case_table.rs");
    if let Err(e) = std::fs::write(&out, table) {
        eprintln!("error: cannot write {}: {e}", out.display());
        std::process::exit(1);
    }
}
