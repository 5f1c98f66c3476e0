//! The spec-conformance suite: every check reads the spec (openapi.yaml with
//! its overlay, as embedded in `imprint-raw`) at run time and drives the
//! `imprint` facade against local servers.
//!
//! - `coverage`: every operation has a case and a facade method;
//! - `requests`: method, path, auth, content type, body per operation;
//! - `responses`: the spec's examples decode with every field kept;
//! - `errors`: documented error responses become typed errors;
//! - `schemas`: schemars' view of the generated types matches the spec;
//! - `props`: property tests over random instances and inputs;
//! - `known_issues`: ignored tests pinning bugs found outside `tests/`.

mod cases;
mod coverage;
mod errors;
mod known_issues;
mod props;
mod requests;
mod responses;
mod schemas;
mod support;
