//! Typed [`httpmock`] stubs for every operation of the Imprint API, for
//! testing code that calls Imprint through the `imprint` client (or
//! `imprint-raw`).
//!
//! Generated from the same spec, overlay and lowering as the client (by
//! `imprint-codegen`, with progenitor's httpmock generator), so the stubs
//! take the client's own types: a stub cannot return a body the client would
//! not decode, and a body matcher is written with the request type the
//! client sends. [`MockServerExt`] adds one method per operation to
//! [`httpmock::MockServer`], named like the raw client's
//! (`get_payment_method`, `create_transaction_intent`, `delete_order`...);
//! it configures a mock through two wrappers from [`operations`]:
//!
//! - `…When` already matches the operation's method and path, and has a
//!   method per parameter (`payment_method_id("PM-1")`, `limit(..)`; an
//!   optional one takes `None` for "must be absent") and `body(&T)` for the
//!   JSON request body (matched exactly);
//! - `…Then` has a method per documented response, named after its status
//!   (`ok`, `created`, `no_content`, `not_found`, `bad_request`...), taking
//!   that response's type; an error with a documented body takes the spec's
//!   error type (`&types::CustomerNotFoundError`), one without takes any
//!   JSON value.
//!
//! Both convert to httpmock's own `When`/`Then` with `into_inner()`, to
//! match or answer something the spec does not describe (a header, a
//! malformed body, a delay).
//!
//! The generated source is committed (`src/generated.rs`, written by
//! `cargo xtask codegen` and checked by `cargo xtask codegen --check`), so
//! depending on this crate does not compile the generator.
//!
//! # Example
//!
//! ```
//! # #[tokio::main(flavor = "current_thread")]
//! # async fn main() -> Result<(), Box<dyn std::error::Error>> {
//! use httpmock::MockServer;
//! use imprint_httpmock::MockServerExt;
//! use imprint_raw::open_enums::{PaymentMethodStatus, PaymentMethodType};
//! use imprint_raw::types::PaymentMethod;
//!
//! let payment_method = PaymentMethod {
//!     id: "PM-1".into(),
//!     customer_id: "CSMR-1".into(),
//!     type_: PaymentMethodType::Card,
//!     status: PaymentMethodStatus::Active,
//!     created_at: "2025-02-13T19:08:07Z".parse()?,
//!     updated_at: None,
//!     card: None,
//!     bank_account: None,
//!     loan: None,
//!     metadata: Default::default(),
//! };
//!
//! let server = MockServer::start_async().await;
//! let mock = server.get_payment_method(|when, then| {
//!     when.payment_method_id("PM-1");
//!     then.ok(&payment_method);
//! });
//!
//! let client = imprint::Client::builder()
//!     .api_key("k")
//!     .base_url(server.base_url())
//!     .build()?;
//! let got = client.payment_methods().get("PM-1").await?;
//!
//! mock.assert_async().await;
//! assert_eq!(got, payment_method);
//! # Ok(()) }
//! ```
//!
//! # Caveats
//!
//! - A path parameter's value is put into the path's regular expression as
//!   is, and matched against the path as sent (percent-encoded): fine for
//!   Imprint's ids (`CSMR-…`, UUIDs), but an id with regex metacharacters
//!   or characters the client encodes needs `into_inner().path(..)`.
//! - The stubs are synchronous (httpmock's [`MockServer::mock`](httpmock::MockServer::mock));
//!   they work inside a tokio test, as above.
//!
//! # This crate or `imprint-mock`?
//!
//! These stubs answer exactly what each test scripts, for any operation,
//! including error statuses, and let the test assert what was sent and how
//! often: the tool for unit tests of your own code's handling of each
//! response. Prefer the stateful `imprint-mock` server when the test is
//! about a sequence of calls that must agree with each other (an update
//! then a read, a search over many seeded records, paging with real
//! cursors, injected faults across retries), or for an offline demo.

#![deny(missing_docs)]

#[allow(clippy::all, missing_docs)]
mod generated {
    include!("generated.rs");
}

pub use generated::{MockServerExt, operations};

/// The `httpmock` these stubs are built on, so that a test uses the same
/// version.
pub use httpmock;
