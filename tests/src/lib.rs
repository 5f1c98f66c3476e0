//! Spec-conformance machinery for the Imprint client.
//!
//! Everything here reads the spec at run time (the vendored `openapi.yaml`
//! with `openapi.overlay.yaml` applied, as embedded in `imprint-raw`), so the
//! checks in `tests/conformance/` follow the spec instead of restating it:
//!
//! - [`spec`]: the merged document, indexed by `imprint-spec`;
//! - [`case_table`]: the operations as the suite reaches them (request
//!   types, fields, error bodies), rendered by `tests/build.rs`;
//! - [`examples`]: whole example documents assembled from schema examples;
//! - [`schema`]: JSON Schema 2020-12 validation with the spec's components,
//!   and schema-directed normalisation for comparisons;
//! - [`strategy`]: random instances of a schema, for proptest;
//! - [`coverage`]: which operations the suite or the facade miss.

#![forbid(unsafe_code)]
#![warn(missing_docs)]

pub mod case_table;
pub mod coverage;
pub mod examples;
pub mod schema;
pub mod spec;
pub mod strategy;
