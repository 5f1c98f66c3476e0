//! The spec-handling room of the workspace: it turns Imprint's OpenAPI 3.1
//! document into the raw Rust client.
//!
//! The pipeline, shared by `build.rs` and `cargo xtask` so both produce the
//! same code:
//!
//! 1. [`load`] the vendored document (YAML or JSON);
//! 2. apply the [`overlay`] (our declarative corrections, OpenAPI Overlay 1.0);
//! 3. [`lower`] it to the OpenAPI 3.0 subset progenitor reads, working around
//!    progenitor's limits without changing the wire format;
//! 4. [`generate`] code with progenitor plus open enums and typed error
//!    decoders.
//!
//! ```no_run
//! let out = imprint_codegen::Pipeline::from_files("openapi.yaml".as_ref(), Some("openapi.overlay.yaml".as_ref()))?
//!     .run()?;
//! println!("{} bytes of Rust, {} notes", out.code.len(), out.notes.len());
//! # Ok::<(), imprint_codegen::Error>(())
//! ```

#![deny(missing_docs)]

pub mod generate;
pub mod lower;
pub mod overlay;

use std::path::{Path, PathBuf};

use serde_json::Value;

pub use lower::{Lowered, Note};
pub use overlay::Overlay;

/// Any failure of the pipeline.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// A file could not be read.
    #[error("cannot read {path}: {source}")]
    Read {
        /// The file.
        path: PathBuf,
        /// The I/O error.
        source: std::io::Error,
    },
    /// A document is neither YAML nor JSON, or not an object.
    #[error("{what} does not parse: {message}")]
    Parse {
        /// Which document.
        what: String,
        /// The parser's message.
        message: String,
    },
    /// The overlay failed.
    #[error(transparent)]
    Overlay(#[from] overlay::OverlayError),
    /// The lowering gave up on a construct.
    #[error(transparent)]
    Lower(#[from] lower::LowerError),
    /// progenitor failed.
    #[error(transparent)]
    Generate(#[from] generate::GenerateError),
}

/// Parses a YAML or JSON document (JSON is YAML, but we try JSON first for
/// its better error messages on JSON input).
pub fn parse_document(text: &str, what: &str) -> Result<Value, Error> {
    let trimmed = text.trim_start();
    let value: Value = if trimmed.starts_with('{') {
        serde_json::from_str(text).map_err(|e| Error::Parse {
            what: what.into(),
            message: e.to_string(),
        })?
    } else {
        serde_norway::from_str(text).map_err(|e| Error::Parse {
            what: what.into(),
            message: e.to_string(),
        })?
    };
    if !value.is_object() {
        return Err(Error::Parse {
            what: what.into(),
            message: "the top level is not a mapping".into(),
        });
    }
    Ok(value)
}

/// Reads and parses a YAML or JSON document from disk.
pub fn load(path: &Path) -> Result<Value, Error> {
    let text = std::fs::read_to_string(path).map_err(|source| Error::Read {
        path: path.to_path_buf(),
        source,
    })?;
    parse_document(&text, &path.display().to_string())
}

/// The whole pipeline over in-memory documents.
#[derive(Debug, Clone)]
pub struct Pipeline {
    spec: Value,
    overlay: Option<Overlay>,
}

/// What the pipeline produced.
#[derive(Debug, Clone)]
pub struct Output {
    /// The document after the overlay (still OpenAPI 3.1): what the API is.
    pub merged: Value,
    /// The lowering's result (OpenAPI 3.0 for progenitor).
    pub lowered: Lowered,
    /// Formatted Rust source of the raw client.
    pub code: String,
    /// What the overlay changed, then what the lowering changed.
    pub notes: Vec<String>,
}

impl Pipeline {
    /// From parsed documents.
    pub fn new(spec: Value, overlay: Option<Value>) -> Result<Self, Error> {
        let overlay = overlay.map(Overlay::from_value).transpose()?;
        Ok(Self { spec, overlay })
    }

    /// From files on disk.
    pub fn from_files(spec: &Path, overlay: Option<&Path>) -> Result<Self, Error> {
        let spec = load(spec)?;
        let overlay = overlay.map(load).transpose()?;
        Self::new(spec, overlay)
    }

    /// The spec with the overlay applied, not lowered.
    pub fn merged(&self) -> Result<(Value, Vec<String>), Error> {
        let mut doc = self.spec.clone();
        let mut notes = Vec::new();
        if let Some(overlay) = &self.overlay {
            for applied in overlay.apply(&mut doc)? {
                notes.push(format!(
                    "overlay `{}` changed {}",
                    applied.target,
                    applied.pointers.join(", ")
                ));
            }
        }
        Ok((doc, notes))
    }

    /// Runs every step.
    pub fn run(&self) -> Result<Output, Error> {
        let (merged, mut notes) = self.merged()?;
        let lowered = lower::lower(merged.clone())?;
        notes.extend(lowered.notes.iter().map(ToString::to_string));
        let tokens = generate::generate(&lowered)?;
        let code = generate::format(tokens)?;
        Ok(Output {
            merged,
            lowered,
            code,
            notes,
        })
    }
}
