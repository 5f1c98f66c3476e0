//! A stateful, in-memory mock of the Imprint public API (customers), for
//! your own tests and offline demos: like `stripe-mock`, but it remembers
//! what you change.
//!
//! [`MockServer::start`] serves the API on `127.0.0.1` and a free port in a
//! background tokio task, seeded with deterministic customers; the server
//! stops when the [`MockServer`] is dropped (or on
//! [`MockServer::shutdown`]). Point any client at [`MockServer::url`] with the
//! key [`MockServer::api_key`].
//!
//! ```
//! # #[tokio::main(flavor = "current_thread")]
//! # async fn main() -> Result<(), Box<dyn std::error::Error>> {
//! use imprint_mock::{Fault, MockServer};
//! use imprint_raw::types::CustomerUpdateRequest;
//!
//! let server = MockServer::builder().customers(20).seed(7).start().await?;
//!
//! // The generated client, with the key as a bearer token.
//! let mut headers = reqwest::header::HeaderMap::new();
//! headers.insert(
//!     reqwest::header::AUTHORIZATION,
//!     format!("Bearer {}", server.api_key()).parse()?,
//! );
//! let http = imprint_raw::support::http_client_builder()?
//!     .default_headers(headers)
//!     .build()?;
//! let client = imprint_raw::Client::new_with_client(
//!     &server.url(),
//!     http,
//!     imprint_raw::support::Hooks::default(),
//! );
//!
//! // Read a seeded customer.
//! let id = server.customers()[0].id().to_owned();
//! let customer = client.get_customer().customer_id(&id).send().await?;
//! assert_eq!(customer.id, id);
//!
//! // Updates are kept; the test can check them on the server side.
//! let mut update = CustomerUpdateRequest::default();
//! update.first_name = Some("Grace".into());
//! client.update_customer().customer_id(&id).body(update).send().await?;
//! assert_eq!(server.customer(&id).unwrap().customer.first_name.as_deref(), Some("Grace"));
//!
//! // Make the next two lookups fail with 503, to exercise retries.
//! server.set_fault("getCustomer", Fault::FailNext(2, 503))?;
//! assert!(client.get_customer().customer_id(&id).send().await.is_err());
//! # Ok(()) }
//! ```
//!
//! # What it serves
//!
//! - `GET /v2/customers/{customer_id}` (`getCustomer`): the customer, or 404
//!   `{"type":"CUSTOMER_NOT_FOUND_ERROR","message":"Customer not found for provided ID: <id>","param":"customer_id"}`.
//!   The id in the path is percent-decoded, so ids with `/`, spaces or
//!   non-ASCII characters work.
//! - `POST /v2/customers` (`searchCustomersPost`): filters
//!   `partner_customer_id`, `ssn` (the full 9 digits, matched against the
//!   stored SSN) and `date_of_birth` (the parts given: year, month, day),
//!   combined with AND. Results are in id order. `limit` defaults to 10 and
//!   must be within 1..=[`MAX_LIMIT`] (100; larger is a 400, not clamped).
//!   `starting_after` is the id of the last customer of the previous page;
//!   an id the server does not know is a 400 with `param:
//!   "starting_after"`. The answer is `{"data", "has_more", "total"}`, where
//!   `total` counts every match, not just the page. Updates never change ids
//!   or their order, so paging stays free of duplicates and gaps while other
//!   clients update customers.
//! - `POST /v2/customers/{customer_id}` (`updateCustomer`): a partial
//!   update; fields the body leaves out are kept. The flat `street_line1`,
//!   `street_line2`, `city`, `state` and `postal_code` update the customer's
//!   `address` (its `country` is unchanged). `customer_history` is stored
//!   (replacing the previous one; read it with [`MockServer::customer`]).
//!   `metadata` is **merged**: each key sent replaces that key, a `null`
//!   value removes it, keys not sent are kept. `updated_at` strictly
//!   advances with every update. Each update is atomic: concurrent updates
//!   of one customer are never lost.
//!
//! The full SSN is stored but only `ssn4` is ever returned; error messages
//! never repeat submitted values that could be an SSN.
//!
//! # Authentication
//!
//! `Authorization: Bearer <key>`, or HTTP Basic with the key as the user
//! name and an empty password. Missing or wrong credentials get 401
//! `{"type":"UNAUTHORIZED","message":"..."}`. The optional
//! `x-imprint-merchant-key` header is accepted (and recorded in
//! [`MockServer::requests`]).
//!
//! # Validation
//!
//! Request bodies are validated against the operation's schema in the
//! bundled spec ([`imprint_raw::OPENAPI_YAML`]) with JSON Schema 2020-12,
//! formats included (`email`), plus the formats the spec states in prose:
//! a 9-digit `ssn`, a real calendar date of birth not in the future, an RFC
//! 3339 `customer_history.account_created_at`, an E.164
//! `customer_history.phone`, ISO alpha-3 `customer_history.address.country`
//! and ISO 4217 `customer_history.ltv_currency`. Invalid JSON or a violation
//! is a 400 `{"type":"INVALID_REQUEST_ERROR","message":"...","param":"<field>"}`
//! (`param` is a dotted path such as `date_of_birth.month`; absent when the
//! body as a whole is wrong). A `Content-Type` other than JSON is a 415; a
//! body over [`MAX_BODY_BYTES`] a 413. Unknown properties are accepted, as
//! the spec does not forbid them.
//!
//! # Every answer
//!
//! Carries `x-request-id: req_…`, unique per request. Unknown paths get an
//! Imprint-style 404, wrong methods a 405 with `Allow`.
//!
//! # Fault injection
//!
//! For testing client retry logic: [`MockServerBuilder::latency`] and
//! [`MockServerBuilder::error_rate`] for the whole server, and at run time
//! [`MockServer::set_fault`] per [`Route`] or [`MockServer::set_server_fault`]
//! with a [`Fault`]: added latency, a rate of 500/503 answers (a fixed
//! function of the seed and request order), the next `n` answers with a
//! given status, or 429 with `Retry-After`. Faulted requests have no effect
//! on the store. [`MockServer::request_count`] and
//! [`MockServer::route_request_count`] count attempts.
//!
//! # Seed data
//!
//! [`generate_customers`] documents the generated customers; the same seed
//! and count always give the same customers.
#![warn(missing_docs)]

mod api;
mod auth;
mod error;
mod examples;
mod fault;
mod handlers;
mod problem;
mod reply;
mod rng;
mod seed;
mod server;
mod store;
mod validate;

pub use error::MockError;
pub use fault::Fault;
pub use handlers::STATEMENT_REWARD_POINTS;
pub use imprint_spec::Spec;
pub use seed::{SeedData, generate_customers, generate_seed_data};
pub use server::{
    DEFAULT_API_KEY, DEFAULT_CUSTOMERS, DEFAULT_MERCHANT_KEY, DEFAULT_SESSION_TTL,
    EVENT_CHANNEL_CAPACITY, MAX_BODY_BYTES, MERCHANT_KEY_HEADER, MockServer, MockServerBuilder,
    REQUEST_ID_HEADER, REQUEST_LOG_CAPACITY, REWARD_TYPES, RecordedRequest, serve, serve_listener,
};
pub use store::{MockEvent, StoredCustomer, StoredSession, StoredTransaction};
pub use validate::{DEFAULT_LIMIT, MAX_LIMIT};
