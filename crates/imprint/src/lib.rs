//! Rust client for the [Imprint](https://imprint.co) public API: every
//! operation of the published OpenAPI document (customers, customer links
//! and sessions, payment methods, transaction intents, transactions,
//! rewards, offers, orders and order events, simulations, keys) and its
//! webhooks.
//!
//! A thin, production-minded layer over the client that `imprint-raw`
//! generates from Imprint's OpenAPI document:
//!
//! - **Auth**: Bearer (default) or Basic with your API key, and the optional
//!   `x-imprint-merchant-key` header.
//! - **Typed errors**: one [`Error`] with a variant per class of failure;
//!   API errors keep status, `type`, `message`, `param`, request id and body.
//! - **Validation** before anything is sent: ids, SSNs, dates of birth,
//!   card numbers, phones, emails, country, language and currency codes,
//!   non-negative amounts, order lines that add up.
//! - **Retries** with full-jitter backoff and `Retry-After` ([`RetryPolicy`]).
//! - **Pagination** as a real [`futures::Stream`](futures_util::Stream) that prefetches the next page.
//! - **Redaction**: the API key and every value the spec marks sensitive
//!   (SSNs, dates of birth, card numbers and CVVs, routing numbers, session
//!   client secrets, created keys) never appear in `Debug`, `Display`,
//!   errors or logs ([`Sensitive`]).
//! - **Tracing**: one span per call (`imprint.call`) with operation, method,
//!   path template, attempt, status, latency and request id.
//! - **Webhooks**: [`webhooks::Verifier`] checks the `X-IMPRINT-HMAC-SIGNATURE`
//!   of each delivery (HMAC-SHA256, constant-time, with a freshness window).
//!
//! # Shape
//!
//! - One handle per API section ([`Client::customers`],
//!   [`Client::payment_methods`], [`Client::transaction_intents`], ...; see
//!   [`resources`]) for what users of that section do most.
//! - Every operation, handle or not, through one call path:
//!   [`Client::send`] with its generated request type ([`requests`]), and
//!   [`Client::list`] for cursor lists. Each request type knows its
//!   operation ([`operations`]): method, path, whether it is idempotent
//!   (which decides retries), whether it pages.
//! - [`Client::send_raw`] and [`Client::pages_raw`] do the same with
//!   JSON-level values, for tools that work from the spec;
//!   [`Client::pages_raw_items`] keeps each item as the server's JSON text.
//!
//! # Examples
//!
//! One call per section (in your code, `Client::from_env()` reads
//! `IMPRINT_API_KEY` and `IMPRINT_BASE_URL`):
//!
//! ```no_run
//! use futures::TryStreamExt;
//! use imprint::open_enums::{SimulateRewardBodyRewardType, TransactionIntentStatus};
//! use imprint::types::{
//!     CreateSessionBody, CreateTransactionIntentBody, CustomerUpdateRequest,
//!     UpdateTransactionIntentBody,
//! };
//!
//! # async fn run() -> Result<(), imprint::Error> {
//! let client = imprint::Client::from_env()?;
//!
//! // Customers: get, update, search (streamed across pages).
//! let customer = client.customers().get("9B5E1EE0-2E1C-46E7-81B9-3C3917204BE4").await?;
//! let update = CustomerUpdateRequest { first_name: Some("Jane".into()), ..Default::default() };
//! client.customers().update(&customer.id, update).await?;
//! let mut matches = client.customers().search().partner_customer_id("PARTNER_USER_456").stream();
//! while let Some(c) = matches.try_next().await? {
//!     println!("{}", c.id);
//! }
//!
//! // Customer links and sessions.
//! client.customers().link(&customer.id, "PARTNER_USER_456", None).await?;
//! let session = client
//!     .customer_sessions()
//!     .create(CreateSessionBody { customer_id: Some(customer.id.clone()), ..Default::default() })
//!     .await?;
//!
//! // Payment methods.
//! let cards = client.payment_methods().search(&customer.id).collect_up_to(100).await?;
//!
//! // Transaction intents: create, then confirm.
//! let intent = client
//!     .transaction_intents()
//!     .create(
//!         CreateTransactionIntentBody::builder()
//!             .customer_id(customer.id.clone())
//!             .amount(10000)
//!             .currency("USD".to_string()),
//!     )
//!     .await?;
//! let confirm = UpdateTransactionIntentBody::builder()
//!     .customer_id(customer.id.clone())
//!     .amount(intent.amount)
//!     .status(TransactionIntentStatus::Confirmed);
//! client.transaction_intents().update(&intent.id, confirm).await?;
//!
//! // Transactions and rewards of a customer, and the balance.
//! let transactions = client.customers().transactions(&customer.id).limit(100).collect_up_to(1000).await?;
//! let balance = client.customers().rewards_balance(&customer.id).await?;
//!
//! // Orders, offers, simulations (sandbox), keys.
//! let orders = client.orders().list(None, Some("o-c8a1fe46bbff4a18ba1d")).await?;
//! let offer = client.offers().get("PARTNER_USER_456").await?;
//! client.simulate().reward(&customer.id, SimulateRewardBodyRewardType::Delayed).await?;
//!
//! // Typed errors, whatever the operation.
//! match client.transactions().get("does-not-exist").await {
//!     Err(imprint::Error::NotFound(e)) => eprintln!("{e}"), // 404 TRANSACTION_FOUND_ERROR: ...
//!     other => { let _ = other?; }
//! }
//! # let _ = (session, cards, transactions, balance, orders, offer);
//! # Ok(()) }
//! ```

#![deny(missing_docs)]
#![forbid(unsafe_code)]

mod call;
mod client;
mod environment;
mod error;
pub mod pagination;
mod redact;
pub mod resources;
mod retry;
mod transport;
mod validate;
pub mod webhooks;

pub use call::{ErrorBody, RawRequest, RawResponse};
pub use client::{AuthScheme, Client, ClientBuilder, DEFAULT_MAX_RESPONSE_BYTES};
pub use environment::{Environment, PRODUCTION_URL, SANDBOX_URL};
pub use error::{DecodeError, Error, ErrorResponse, FieldError, InputError};
pub use pagination::{Items, List, Page, Pages};
#[allow(deprecated)]
pub use retry::UpdateRetry;
pub use retry::{RetryPolicy, WriteRetry};

/// One request type per operation of the spec (generated): its parameters
/// and body as fields. Send one with [`Client::send`], or stream a cursor
/// list with [`Client::list`].
pub mod requests {
    pub use imprint_raw::requests::*;
}
/// The operation table (generated): each operation's id, method, path
/// template, section, idempotency and pagination.
pub mod operations {
    pub use imprint_raw::operations::*;
    pub use imprint_raw::support::{CursorFields, OperationDescriptor};
}

/// The API's models, generated from the spec (re-exported from `imprint-raw`).
/// String enums are open: see [`open_enums`].
pub mod types {
    pub use imprint_raw::types::*;
}
/// The generated client, for operations not wrapped here (see [`Client::raw`]).
pub use imprint_raw as raw;
/// The redaction rule the client applies to its own `Debug` output, errors
/// and traces: the spec's sensitive field names
/// (`imprint_raw::SENSITIVE_FIELDS`) and their common spellings. For tools
/// that log or print JSON-level values and must hide the same things.
///
/// ```
/// let mut v = serde_json::json!({"id": "C1", "card": {"pan": "4111111111111111"}});
/// imprint::redaction::scrub(&mut v);
/// assert_eq!(v["card"]["pan"], "<redacted>");
/// assert!(imprint::redaction::is_sensitive("ssn") && !imprint::redaction::is_sensitive("id"));
/// ```
pub mod redaction {
    pub use crate::redact::{is_sensitive, scrub};
}
/// Checks the client runs before sending that tools accepting the same
/// input may want too (`imprint-mock` uses them to refuse what the API
/// refuses).
///
/// ```
/// let order: imprint::types::OrderBase = serde_json::from_value(serde_json::json!({
///     "partner_order_id": "O-1", "payment_method_id": "PM-1", "total_order_amount": 500,
///     "order_lines": [{"name": "A", "quantity": 2, "rate": 200, "rewards_rate": 0}]
/// })).unwrap();
/// let e = imprint::validation::order_lines_add_up(&order).unwrap_err();
/// assert_eq!(e.field, "total_order_amount");
/// assert_eq!(e.message, "is 500, but the order lines add up to 400");
/// ```
pub mod validation {
    pub use crate::validate::{order_event_lines_add_up, order_lines_add_up};
}
/// Typed decoders of each operation's documented error bodies.
pub use imprint_raw::error_bodies;
/// The API's string enums. Each has an `Unknown(String)` variant, so a value
/// Imprint adds later decodes instead of failing the response.
pub use imprint_raw::open_enums;
/// A value redacted in `Debug`: every field the spec marks sensitive.
pub use imprint_raw::support::Sensitive;
/// The traits of the generated request types.
pub use imprint_raw::support::{CursorPage, CursorRequest, Request};
