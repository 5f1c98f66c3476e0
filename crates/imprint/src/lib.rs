//! Rust client for the [Imprint](https://imprint.co) public API.
//!
//! A thin, production-minded layer over the client that `imprint-raw`
//! generates from Imprint's OpenAPI document:
//!
//! - **Auth**: Bearer (default) or Basic with your API key, and the optional
//!   `x-imprint-merchant-key` header.
//! - **Typed errors**: one [`Error`] with a variant per class of failure;
//!   API errors keep status, `type`, `message`, `param`, request id and body.
//! - **Validation** before anything is sent: ids, SSNs, dates of birth,
//!   phones, emails, country, language and currency codes.
//! - **Retries** with full-jitter backoff and `Retry-After` ([`RetryPolicy`]).
//! - **Pagination** as a real [`futures::Stream`] that prefetches the next page.
//! - **Redaction**: the API key, SSNs and dates of birth never appear in
//!   `Debug`, `Display`, errors or logs ([`Sensitive`]).
//! - **Tracing**: one span per call (`imprint.call`) with operation, method,
//!   path template, attempt, status, latency and request id.
//! - **Webhooks**: [`webhooks::Verifier`] checks the `X-IMPRINT-HMAC-SIGNATURE`
//!   of each delivery (HMAC-SHA256, constant-time, with a freshness window).
//!
//! # Examples
//!
//! Each operation, against a local server (here an in-process stand-in; in
//! your code, `Client::from_env()` or `Client::builder().api_key(..)`):
//!
//! ```no_run
//! use futures::TryStreamExt;
//! use imprint::types::CustomerUpdateRequest;
//!
//! # async fn run() -> Result<(), imprint::Error> {
//! let client = imprint::Client::from_env()?; // IMPRINT_API_KEY, IMPRINT_BASE_URL
//!
//! // getCustomer
//! let customer = client.customers().get("9B5E1EE0-2E1C-46E7-81B9-3C3917204BE4").await?;
//!
//! // searchCustomersPost: one page, or every match as a stream
//! let page = client.customers().search().partner_customer_id("PARTNER_USER_456").send().await?;
//! let mut stream = client.customers().search().limit(100).stream();
//! while let Some(c) = stream.try_next().await? {
//!     println!("{}", c.id);
//! }
//!
//! // updateCustomer
//! let update = CustomerUpdateRequest { first_name: Some("Jane".into()), ..Default::default() };
//! let updated = client.customers().update(&customer.id, update).await?;
//!
//! // typed errors
//! match client.customers().get("does-not-exist").await {
//!     Err(imprint::Error::NotFound(e)) => eprintln!("{e}"), // 404 CUSTOMER_NOT_FOUND_ERROR: ...
//!     other => { let _ = other?; }
//! }
//! # let _ = (page, updated);
//! # Ok(()) }
//! ```

#![deny(missing_docs)]
#![forbid(unsafe_code)]

mod client;
mod customers;
mod error;
mod redact;
mod retry;
mod transport;
mod validate;
pub mod webhooks;

pub use client::{AuthScheme, Client, ClientBuilder, DEFAULT_MAX_RESPONSE_BYTES, SANDBOX_URL};
pub use customers::{CustomerStream, Customers, OPERATIONS, Page, PageStream, SearchCustomers};
pub use error::{ApiError, DecodeError, Error, FieldError, InputError};
pub use retry::{RetryPolicy, UpdateRetry};

/// The API's models, generated from the spec (re-exported from `imprint-raw`).
/// String enums are open: see [`open_enums`].
pub mod types {
    pub use imprint_raw::types::*;
}
/// The generated client, for operations not wrapped here (see [`Client::raw`]).
pub use imprint_raw as raw;
/// Typed decoders of each operation's documented error bodies.
pub use imprint_raw::error_bodies;
/// The API's string enums. Each has an `Unknown(String)` variant, so a value
/// Imprint adds later decodes instead of failing the response.
pub use imprint_raw::open_enums;
/// A value redacted in `Debug` (SSNs, dates of birth).
pub use imprint_raw::support::Sensitive;
