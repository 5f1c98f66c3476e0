//! The spec-handling room of the workspace: it turns Imprint's OpenAPI 3.1
//! document into the raw Rust client.
//!
//! The pipeline, shared by `build.rs` and `cargo xtask` so both produce the
//! same code:
//!
//! 1. load the vendored document and apply the overlay (our declarative
//!    corrections, OpenAPI Overlay 1.0), both through [`imprint_spec`], the
//!    model every tool of the workspace shares;
//! 3. [`lower`] it to the OpenAPI 3.0 subset progenitor reads, working around
//!    progenitor's limits without changing the wire format;
//! 4. [`generate`] code with progenitor, plus what progenitor does not make:
//!    open enums, typed error decoders, the operation table, owned request
//!    types with cursor pagination, and the webhook event enum;
//! 5. on request ([`Output::httpmock_code`]), typed httpmock stubs of every
//!    operation, from the same lowered document.
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

use std::path::Path;

use serde_json::Value;

pub use imprint_spec::{Overlay, Spec};
pub use lower::{Lowered, Note};

/// Any failure of the pipeline.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// The spec or overlay could not be read, parsed or applied.
    #[error(transparent)]
    Spec(#[from] imprint_spec::Error),
    /// The lowering gave up on a construct.
    #[error(transparent)]
    Lower(#[from] lower::LowerError),
    /// progenitor failed.
    #[error(transparent)]
    Generate(#[from] generate::GenerateError),
}

impl From<imprint_spec::OverlayError> for Error {
    fn from(e: imprint_spec::OverlayError) -> Self {
        Self::Spec(e.into())
    }
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
    /// The document after the overlay (still OpenAPI 3.1), indexed: what
    /// the API is.
    pub spec: Spec,
    /// The lowering's result (OpenAPI 3.0 for progenitor).
    pub lowered: Lowered,
    /// Formatted Rust source of the raw client.
    pub code: String,
    /// What the overlay changed, then what the lowering changed.
    pub notes: Vec<String>,
}

impl Output {
    /// The merged document (the overlay applied, not lowered).
    pub fn merged(&self) -> &Value {
        self.spec.document()
    }

    /// Formatted Rust source of the typed httpmock stubs (the crate
    /// `imprint-httpmock`), generated from the same lowered document with the
    /// same settings as [`Output::code`], so that they take the raw client's
    /// types (through the crate `imprint_raw`). See
    /// [`generate::httpmock()`].
    pub fn httpmock_code(&self) -> Result<String, Error> {
        let tokens = generate::httpmock(&self.lowered)?;
        Ok(generate::format(tokens)?)
    }
}

impl Pipeline {
    /// From parsed documents.
    pub fn new(spec: Value, overlay: Option<Value>) -> Result<Self, Error> {
        let overlay = overlay.map(Overlay::from_value).transpose()?;
        Ok(Self { spec, overlay })
    }

    /// From files on disk.
    pub fn from_files(spec: &Path, overlay: Option<&Path>) -> Result<Self, Error> {
        let spec = imprint_spec::load(spec)?;
        let overlay = overlay.map(imprint_spec::load).transpose()?;
        Self::new(spec, overlay)
    }

    /// The spec with the overlay applied and indexed, not lowered.
    pub fn spec(&self) -> Result<Spec, Error> {
        Ok(Spec::with_overlay(
            self.spec.clone(),
            self.overlay.as_ref(),
        )?)
    }

    /// Runs every step.
    pub fn run(&self) -> Result<Output, Error> {
        let spec = self.spec()?;
        let mut notes: Vec<String> = spec
            .applied()
            .iter()
            .map(|a| format!("overlay `{}` changed {}", a.target, a.pointers.join(", ")))
            .collect();
        let lowered = lower::lower(spec.document().clone())?;
        notes.extend(lowered.notes.iter().map(ToString::to_string));
        let tokens = generate::generate(&lowered, &spec)?;
        let code = generate::format(tokens)?;
        Ok(Output {
            spec,
            lowered,
            code,
            notes,
        })
    }
}
