//! Raw async client for the Imprint public API, generated at build time by
//! progenitor from the vendored `openapi.yaml` (through the overlay and the
//! lowering in `imprint-codegen`). Nothing here is edited by hand except
//! [`support`], the small runtime the generated code relies on.
//!
//! Most users want the `imprint` crate, which wraps this client with auth,
//! retries, typed errors, validation and pagination. Use this crate directly
//! only for an operation the facade does not wrap yet.
//!
//! ```no_run
//! # async fn run() -> Result<(), Box<dyn std::error::Error>> {
//! let http = imprint_raw::support::http_client_builder()?.build()?;
//! let client = imprint_raw::Client::new_with_client(
//!     "https://dev.sbx.imprint.co",
//!     http,
//!     imprint_raw::support::Hooks::default(),
//! );
//! let customer = client.get_customer().customer_id("CSMR-1").send().await?;
//! println!("{}", customer.id);
//! # Ok(()) }
//! ```
#![allow(clippy::all, missing_docs)]

// Lets generated `x-rust-type` paths (`::imprint_raw::support::Sensitive`)
// resolve inside this crate too.
extern crate self as imprint_raw;

pub mod support;

mod generated {
    include!(concat!(env!("OUT_DIR"), "/imprint_raw.rs"));
}

pub use generated::*;

/// The `openapi.yaml` this crate was generated from, verbatim.
pub const OPENAPI_YAML: &str = include_str!("../openapi.yaml");
/// The overlay applied to it, verbatim.
pub const OVERLAY_YAML: &str = include_str!("../openapi.overlay.yaml");
