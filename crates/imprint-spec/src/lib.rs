//! The one model of Imprint's OpenAPI document, shared by the code
//! generator, `cargo xtask`, the mock server, the CLI and the conformance
//! suite, so that each derives the same facts the same way:
//!
//! 1. [`parse_document`] / [`load`]: JSON or YAML text (a YAML flow mapping
//!    included) into a `serde_json::Value`;
//! 2. [`overlay`]: our declarative corrections (OpenAPI Overlay 1.0), where an
//!    action that matches nothing is an error;
//! 3. [`Spec`]: the merged document and its index: every [`Operation`] with
//!    its section (first tag), idempotency (hence its retry class) and
//!    [`Pagination`], every [`Webhook`] with its payload schema and `object`
//!    value, and the names of the `x-sensitive` fields.
//!
//! ```
//! let spec = imprint_spec::Spec::from_texts(
//!     r#"
//! openapi: 3.1.0
//! paths:
//!   /v2/things/{id}:
//!     get:
//!       operationId: getThing
//!       tags: [Things]
//!       parameters: [{name: id, in: path, schema: {type: string}}]
//!       responses: {'200': {description: ok}}
//! "#,
//!     None,
//! )?;
//! let op = spec.operation("getThing").unwrap();
//! assert_eq!((op.method.as_str(), op.section.as_str(), op.idempotent), ("GET", "Things", true));
//! # Ok::<(), imprint_spec::Error>(())
//! ```
//!
//! # Derived facts
//!
//! - **Section**: the operation's first tag (`Customers`), or
//!   [`DEFAULT_SECTION`].
//! - **Idempotency**: GET, HEAD, OPTIONS, TRACE, PUT and DELETE are
//!   idempotent; POST and PATCH are not, unless the operation says
//!   `x-idempotent: true` (a search sent as POST); `x-idempotent: false`
//!   works the other way.
//! - **Cursor pagination**: a request with `limit` and `starting_after` (as
//!   query parameters or top-level body properties) and a JSON success body
//!   with an array `data` and a `has_more` flag. The next page starts after
//!   the last item's `id`. `x-pagination: false` on the operation turns the
//!   rule off; `x-pagination: {item_cursor: order_event_id}` (or `cursor`,
//!   `limit`, `items`, `has_more`, `total`) declares a list whose names
//!   differ. A list that matches the rule but whose items lack the cursor
//!   property is a [`Finding`], not a guess.
//! - **Sensitive fields**: the names of properties marked
//!   `x-sensitive: true`.

#![deny(missing_docs)]
#![forbid(unsafe_code)]

mod document;
pub mod examples;
mod model;
pub mod overlay;
pub mod refs;

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use serde_json::Value;

pub use document::{load, parse_document};
pub use model::{
    DEFAULT_SECTION, Finding, HTTP_METHODS, Location, Media, Operation, OperationItem, Pagination,
    Parameter, RequestBody, Response, Webhook, operation_items, synthesize_operation_id,
};
pub use overlay::{Applied, Overlay, OverlayError};

/// Any failure to load a spec.
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
    /// A document is neither YAML nor JSON, or not a mapping.
    #[error("{what} does not parse: {message}")]
    Parse {
        /// Which document.
        what: String,
        /// The parser's message.
        message: String,
    },
    /// The overlay failed.
    #[error(transparent)]
    Overlay(#[from] OverlayError),
}

/// The spec with its overlay applied, and its index.
#[derive(Debug, Clone)]
pub struct Spec {
    document: Value,
    applied: Vec<Applied>,
    operations: Vec<Operation>,
    webhooks: Vec<Webhook>,
    findings: Vec<Finding>,
    sensitive: BTreeSet<String>,
}

impl Spec {
    /// Indexes a document as it is (no overlay).
    pub fn new(document: Value) -> Self {
        let index = model::index(&document);
        let sensitive = model::sensitive_fields(&document);
        Self {
            document,
            applied: Vec::new(),
            operations: index.operations,
            webhooks: index.webhooks,
            findings: index.findings,
            sensitive,
        }
    }

    /// Applies `overlay` (if any) to `spec`, then indexes the result.
    pub fn from_values(spec: Value, overlay: Option<Value>) -> Result<Self, Error> {
        let overlay = overlay.map(Overlay::from_value).transpose()?;
        Self::with_overlay(spec, overlay.as_ref())
    }

    /// Applies a parsed overlay (if any) to `spec`, then indexes the result.
    pub fn with_overlay(mut spec: Value, overlay: Option<&Overlay>) -> Result<Self, Error> {
        let applied = match overlay {
            Some(o) => o.apply(&mut spec)?,
            None => Vec::new(),
        };
        let mut this = Self::new(spec);
        this.applied = applied;
        Ok(this)
    }

    /// From the texts of the spec and the overlay (YAML or JSON).
    pub fn from_texts(spec: &str, overlay: Option<&str>) -> Result<Self, Error> {
        let spec = parse_document(spec, "openapi.yaml")?;
        let overlay = overlay
            .map(|o| parse_document(o, "openapi.overlay.yaml"))
            .transpose()?;
        Self::from_values(spec, overlay)
    }

    /// From files on disk.
    pub fn from_files(spec: &Path, overlay: Option<&Path>) -> Result<Self, Error> {
        let spec = load(spec)?;
        let overlay = overlay.map(load).transpose()?;
        Self::from_values(spec, overlay)
    }

    /// The merged document (OpenAPI 3.1, overlay applied).
    pub fn document(&self) -> &Value {
        &self.document
    }

    /// Takes the merged document.
    pub fn into_document(self) -> Value {
        self.document
    }

    /// What each overlay action changed, in order.
    pub fn applied(&self) -> &[Applied] {
        &self.applied
    }

    /// Every operation, in document order.
    pub fn operations(&self) -> &[Operation] {
        &self.operations
    }

    /// The operation with this id.
    pub fn operation(&self, id: &str) -> Option<&Operation> {
        self.operations.iter().find(|o| o.id == id)
    }

    /// The webhooks, in document order.
    pub fn webhooks(&self) -> &[Webhook] {
        &self.webhooks
    }

    /// The sections, in order of first appearance.
    pub fn sections(&self) -> Vec<&str> {
        let mut out: Vec<&str> = Vec::new();
        for op in &self.operations {
            if !out.contains(&op.section.as_str()) {
                out.push(&op.section);
            }
        }
        out
    }

    /// Problems found while indexing, for a reviewer (see [`Finding`]).
    pub fn findings(&self) -> &[Finding] {
        &self.findings
    }

    /// Names of the properties marked `x-sensitive: true`.
    pub fn sensitive_fields(&self) -> &BTreeSet<String> {
        &self.sensitive
    }

    /// The component schemas, by name, in document order.
    pub fn component_schemas(&self) -> Vec<(&str, &Value)> {
        self.document
            .pointer("/components/schemas")
            .and_then(Value::as_object)
            .map(|m| m.iter().map(|(k, v)| (k.as_str(), v)).collect())
            .unwrap_or_default()
    }

    /// Follows `$ref`s from `value` inside this document (see [`refs::resolve`]).
    pub fn resolve<'a>(&'a self, value: &'a Value) -> &'a Value {
        refs::resolve(&self.document, value)
    }
}
