//! The raw client's source is `src/generated/imprint_raw.rs`, made by the
//! generator (`imprint-codegen`) from `openapi.yaml` + `openapi.overlay.yaml`
//! and committed, so that crates depending on `imprint-raw` do not compile
//! the generator.
//!
//! With the `generate` feature (on in this workspace, through the
//! conformance suite), this script runs the generator into `$OUT_DIR`, the
//! crate compiles that output, and the build fails if the committed file
//! differs from it: run `cargo xtask codegen` to update it. CI also checks
//! with `cargo xtask codegen --check`.

fn main() {
    println!("cargo:rerun-if-changed=build.rs");
    #[cfg(feature = "generate")]
    generate();
}

#[cfg(feature = "generate")]
fn generate() {
    use std::path::PathBuf;

    let root = PathBuf::from(std::env::var_os("CARGO_MANIFEST_DIR").unwrap_or_default());
    let spec = root.join("openapi.yaml");
    let overlay = root.join("openapi.overlay.yaml");
    let committed = root.join("src").join("generated").join("imprint_raw.rs");
    for input in [&spec, &overlay, &committed] {
        println!("cargo:rerun-if-changed={}", input.display());
    }
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
    if let Err(e) = std::fs::write(&target, &output.code) {
        eprintln!("error: cannot write {}: {e}", target.display());
        std::process::exit(1);
    }
    let current = std::fs::read_to_string(&committed).unwrap_or_default();
    if current != output.code {
        eprintln!(
            "error: {} is not what the generator makes from openapi.yaml and openapi.overlay.yaml; \
             run `cargo xtask codegen` to update it (generated code is never edited by hand)",
            committed.display()
        );
        std::process::exit(1);
    }
}
