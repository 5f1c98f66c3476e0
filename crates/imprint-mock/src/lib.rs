//! A stateful, in-memory mock of the whole Imprint public API (all 36
//! operations of `openapi.yaml` with its overlay), for your own tests and
//! offline demos: like `stripe-mock`, but it remembers what you change and
//! records the webhook events the changes would cause.
//!
//! [`MockServer::start`] serves the API on `127.0.0.1` and a free port in a
//! background tokio task, seeded with deterministic customers and everything
//! that belongs to them; the server
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
//! # Driven by the spec
//!
//! Routing, validation, error shapes, fault slots and counters are built at
//! start-up from the spec ([`imprint_spec::Spec`]; the bundled one, or any
//! given to [`MockServerBuilder::spec`]), not from per-operation code:
//!
//! - **Routing**: path templates are matched segment by segment; a literal
//!   segment beats a `{param}`; path parameters are percent-decoded (ids
//!   with `/`, spaces or non-ASCII work). A known path with another method
//!   is a 405 with `Allow`; an unknown path an Imprint-style 404
//!   `{"type":"NOT_FOUND_ERROR","message":"Unrecognized request URL (...)"}`.
//! - **Parameters**: query strings are decoded and coerced to the
//!   parameter's schema type (integer, number, boolean, string), then
//!   validated against the schema (enums, minimums, the range of `int32`);
//!   a missing required parameter is a 400. Unknown query parameters are
//!   ignored; of a repeated one the first counts.
//! - **Bodies**: JSON Schema 2020-12 against the operation's schema, with
//!   the document's components, formats asserted (`email`, and `date-time`
//!   where the overlay sets it), plus the rules the spec states in prose,
//!   found in the schemas' descriptions wherever they apply: "SSN, digits
//!   only" (9 digits), `DateOfBirth` (a real calendar date, not in the
//!   future), "E.164" phones, "ISO 4217" currencies and "ISO 3166-1
//!   alpha-3" countries (three upper-case letters), "RFC 3339" strings
//!   without a format (a date or a date-time, e.g. `expected_date`). A
//!   `Content-Type` other than JSON is a 415, a body over [`MAX_BODY_BYTES`]
//!   a 413, a missing required body or invalid JSON a 400. Unknown
//!   properties are accepted, as the spec does not forbid them. Messages
//!   never repeat submitted values (an SSN or a card number could be one).
//! - **Error shapes** follow what each operation documents for the status:
//!   an `InvalidRequestError` 400 is Spring's `{"path", "details":
//!   ["<field>: <message>"], "error": "Bad Request", "status": 400,
//!   "timestamp"}`; an `ApiError` is `{"error": {"type", "message"}}` (type
//!   `BAD_REQUEST_ERROR`, `NOT_FOUND_ERROR`-style names, or the handler's);
//!   a flat `*NotFoundError` 404 is `{"type": <the schema's type example,
//!   e.g. PAYMENT_METHOD_NOT_FOUND_ERROR>, "message": "<Noun> not found for
//!   provided ID: <id>", "param": "<parameter>"}`; a status the operation
//!   does not document gets the flat `{"type", "message", "param"}`
//!   (`INVALID_REQUEST_ERROR` for a 400; for a 404 the type of the flat
//!   error schema whose `param` example names the same parameter, else
//!   `<NOUN>_NOT_FOUND_ERROR`). `param` is the field: a parameter name or a
//!   dotted body path such as `date_of_birth.month` or
//!   `order_lines[0].quantity`.
//! - **Operations without a handler** (a future operation added to the
//!   spec) are validated the same way and answer their first documented 2xx
//!   with a body assembled from the schema's examples
//!   (`imprint_spec::examples`, as the conformance suite assembles its
//!   bodies: a placeholder of the right type and format where the spec has
//!   none).
//!
//! Every answer, errors included, validates against the schema the
//! operation documents for its status (the crate's tests check all 36
//! operations and every documented status).
//!
//! # What each operation does
//!
//! Ids made at run time are a prefix (`CSMR-`, `SESS-`, `TXIN-`, `TXN-`,
//! `EVT-`, `RWRD-`, `ORDR-`, `OEVT-`, `DBG-`) and 32 hex digits, a fixed
//! function of the seed and of how many ids were made before. Timestamps
//! have millisecond precision; every `updated_at` strictly advances with
//! each change, even within one millisecond. Every mutation is atomic (one
//! lock guards the state, and the event it records): concurrent clients
//! lose no update.
//!
//! **Customers**
//! - `searchCustomers` (`GET /v2/customers`, filter `partner_customer_id`)
//!   and `searchCustomersPost` (`POST /v2/customers`, filters
//!   `partner_customer_id`, `ssn` (the full 9 digits, matched against the
//!   stored SSN) and `date_of_birth` (the parts given)), combined with AND,
//!   in id order, cursor-paginated (see below).
//! - `getCustomer`: the customer, or 404 `CUSTOMER_NOT_FOUND_ERROR`.
//! - `updateCustomer`: a partial update; fields the body leaves out are
//!   kept. The flat `street_line1`, `street_line2`, `city`, `state` and
//!   `postal_code` update the customer's `address` (its `country` is
//!   unchanged). `customer_history` is stored (replacing the previous one;
//!   read it with [`MockServer::customer`]). `metadata` is **merged**: each
//!   key sent replaces that key, a `null` value removes it.
//! - `linkCustomerAccount`: links the customer to the body's
//!   `partner_customer_id`: sets it on the customer, stores a
//!   [`CustomerLink`](imprint_raw::types::CustomerLink) (`ACTIVE`,
//!   `created_at` = `updated_at` = now, the body's `metadata`) and records a
//!   `CustomerLink` event. A customer already linked is a 409
//!   `{"error": {"type": "CUSTOMER_ALREADY_LINKED", "message",
//!   "existing_link"}}`; seeded customers have a `partner_customer_id` but
//!   no link. Linking does not check whether another customer has the same
//!   partner id.
//! - `getPaymentMethods`, `getTransactionIntents`: all of the customer's, in
//!   id order, not paged. `getTransactions`: cursor-paged, id order.
//!   `getRewards`: cursor-paged, most recently updated first (ties by id);
//!   a reward updated during a walk moves to the front, so such a walk can
//!   repeat or skip it. Unknown customer: the 404 each documents.
//! - `getRewardsBalance`: the sum of the customer's `AVAILABLE` reward
//!   amounts minus the sum of its `DEDUCTED` ones (`PENDING` and
//!   `PENDING_DEDUCTION` do not count), `reward_symbol` `points`.
//!
//! The full SSN is stored but only `ssn4` is ever returned.
//!
//! **Customer sessions**
//! - `createSession`: **201** with a new `id`, a random 44-character
//!   `client_secret` (unpredictable: it derives from a per-server random
//!   salt), `expires_at` = now + [`MockServerBuilder::session_ttl`] (default
//!   one hour), and the body's `metadata`, `customer_metadata` and `source`.
//!   With `customer_id`, that customer must exist (else 400). Without it,
//!   the customer whose `partner_customer_id` matches the body's is used,
//!   or a new customer is created with that `partner_customer_id` (if any)
//!   and the email, phone, names, language and address of
//!   `customer_history`. `customer_history` replaces the customer's stored
//!   history; `customer_metadata` is merged into the customer's
//!   ([`StoredCustomer::customer_metadata`], echoed in every event about the
//!   customer). A negative `transaction_amount` is a 400.
//! - `getSession`: the session until `expires_at`; from then on it is gone:
//!   404 `SESSION_NOT_FOUND_ERROR`, and it is dropped from the store.
//!
//! **Payment methods**
//! - `searchPaymentMethods`: the payment methods of the required
//!   `customer_id`, optionally of one `type`, id order, cursor-paged. An
//!   unknown customer has none (200, empty).
//! - `searchPaymentMethodsPost`: the same filters plus `pan`, the full card
//!   number, compared digit by digit (spaces and hyphens ignored) with the
//!   stored `pci_details.pan`; one page (`has_more` false). The PAN is never
//!   logged nor put in the request log.
//! - `getPaymentMethod`: with its `pci_details` (full PAN, CVV, expiry), as
//!   a sandbox serves it; 404 `PAYMENT_METHOD_NOT_FOUND_ERROR`.
//! - [`MockServer::set_payment_method_status`] changes a status from the
//!   test and records a `PaymentMethod` event (`previous_status`,
//!   `new_status`).
//!
//! **Transaction intents**
//! - `createTransactionIntent`: a `CONFIRMED` intent. The customer must
//!   exist (else 400); the amount is refused when negative (the spec types
//!   it as a plain integer; the API refuses negatives); a
//!   `payment_method_id`, when given, must be one of the customer's (400).
//!   The merchant fields and `expected_date` are validated, not stored.
//! - `updateTransactionIntent`: the body's required `customer_id` (which
//!   must be the intent's), `amount` (not negative) and `status`. Status
//!   moves as the enum allows: `CONFIRMED` → `CONFIRMED` or `CANCELED`,
//!   `CANCELED` → `CANCELED` only; anything else is a 400 (Spring body).
//!   `currency`, `network_transaction_id`, `partner_transaction_id` replace
//!   the stored ones when sent; `metadata` is merged as for customers. An
//!   unknown intent is a 404 `TRANSACTION_INTENT_FOUND_ERROR` (not
//!   documented by the operation; the shape of the spec's intent error).
//! - `getTransactionIntent`; `searchTransactionIntents`: filter `type` (the
//!   status), id order, cursor-paged.
//!
//! **Transactions** are made by `simulateTransactionEvent`, which answers
//! the [`TransactionEvent`](imprint_raw::types::TransactionEvent)
//! (`transaction_id`, `event_id`, `status`) and records a `Transaction`
//! event. The payment method must exist; otherwise, and for every refused
//! event below, the answer is the documented 409 `{"type":
//! "CONFLICT_ERROR", "message"}`.
//! - `APPROVED` creates a transaction for the payment method's customer
//!   (the payment method must be `ACTIVE`), under the given `transaction_id`
//!   or a new one (an id that exists already is refused). An intent of the
//!   customer with the same `network_transaction_id` becomes its
//!   `intent_id`; missing `amount` and `currency` come from that intent, else
//!   0 and `USD`; a missing `network_transaction_id` is made up.
//! - `UPDATED`, `CAPTURED`, `REFUNDED`, `VOIDED` need the `transaction_id` of
//!   a transaction made with that payment method, and move its status:
//!   `APPROVED`/`UPDATED` → `UPDATED`, `CAPTURED` or `VOIDED`; `CAPTURED` →
//!   `REFUNDED`; `REFUNDED` → `REFUNDED` (further partial refunds);
//!   `VOIDED` is final. `amount`, when given, replaces the transaction's
//!   amount on `UPDATED` and `CAPTURED`; a refund may not exceed it.
//! - `event_id` is the body's or a new one; an event id used before is
//!   refused.
//! - `getTransaction` serves the transaction with its `purchase_method`.
//!   Note: the merged spec currently reads `PurchaseMethod` as `null` only
//!   (the overlay's `enum: [null]` replaces the enum instead of extending
//!   it), so any other value is refused with a 400 until the overlay is
//!   fixed; the mock keeps and serves whatever the spec allows.
//!
//! **Rewards**
//! - `getReward`; `searchRewards`: filter `transaction_event_id`, id order,
//!   cursor-paged.
//! - `patchReward`: `amount` (not negative) and/or `status`; only a
//!   `PENDING` or `PENDING_DEDUCTION` reward may change, anything else is a
//!   400 (flat shape: the operation documents no 400). Records a `Reward`
//!   event.
//! - `simulateReward` (`customer_id`, `reward_type`): 403 `ApiError` when
//!   [`MockServerBuilder::sandbox`] is off; unknown customer 404; a
//!   `reward_type` the product is not configured for
//!   ([`MockServerBuilder::reward_types`], default both) 400; a second
//!   simulation for the same customer within
//!   [`MockServerBuilder::simulation_window`] (default zero: never) 409.
//!   `STATEMENT` creates an `AVAILABLE` `STATEMENT` reward of
//!   [`STATEMENT_REWARD_POINTS`] `POINTS`; `DELAYED` makes every `PENDING`
//!   reward of the customer `AVAILABLE` (none: nothing changes, still 200).
//!   One `Reward` event per reward created or changed. Answers
//!   `{"debugging_id"}`.
//! - `simulateStatementReward` (deprecated): as `simulateReward` with
//!   `STATEMENT` (400 when the product has no statement rewards), without
//!   the simulation window.
//!
//! **Offers**: `getOffer` answers, for the `partner_customer_id` of any
//! stored customer, an offer that is a fixed function of the seed and that
//! id; an unknown id is a 404 `PARTNER_CUSTOMER_NOT_FOUND_ERROR`; no
//! `partner_customer_id` at all is a 400.
//!
//! **Orders and order events**
//! - `createOrder`: a new `id`, `created_at` = `updated_at` = now (the
//!   body's are ignored). The payment method must exist; `customer_id`
//!   defaults to its customer and must match it when sent. Order lines must
//!   add up, as the API checks: each `quantity` at least 1, no negative
//!   rate, the rates times quantities equal to `total_order_amount` and the
//!   reward rates to `total_rewards_amount` (when given); amounts not
//!   negative. Violations are 400s (flat: no 400 is documented).
//! - `putOrder`: replaces an existing order under the same checks; `id` and
//!   `created_at` stay, `updated_at` advances. An unknown order is a 404
//!   `ORDER_NOT_FOUND_ERROR` (the operation says it changes an *existing*
//!   order; it does not create one).
//! - `listOrders`: filters `id` and `partner_order_id`, id order, not
//!   paged.
//! - `deleteOrder`, `deleteOrderEvent`: 204, gone afterwards; deleting again
//!   (or an unknown id) is 204 too, as the spec documents only 204. An
//!   order's events stay when it is deleted (events are the record).
//! - `postOrderEvent`: a new `order_event_id` for an existing order (else
//!   400), lines checked as for orders against `amount` and
//!   `rewards_amount`; a `partner_event_id` used before is a 400 (the list
//!   filter promises at most one result).
//! - `listOrderEvents`: filters `order_event_id`, `order_id`,
//!   `partner_event_id`, `network_transaction_id` (AND), cursor-paged on
//!   `order_event_id`.
//!
//! **Keys**
//! - `createKey`: a new key (`sk_test_` + 32 hex digits) and its
//!   `created_at`; it authenticates from then on.
//! - `deleteKey`: revokes the key the request authenticated with and
//!   returns it with `deleted_at`; later calls with it get 401. The initial
//!   key ([`MockServerBuilder::api_key`]) works until it is deleted. The
//!   documented 401 of these two operations has no body, so their 401s are
//!   empty; every other operation keeps the JSON 401.
//!
//! # Cursor pagination
//!
//! The spec says which operations are cursor lists (eight). Each pages in a
//! stable order (id order unless stated above). `limit` defaults to the
//! spec's default (10) and must be a positive integer; a page holds at most
//! [`MAX_LIMIT`] (100) items whatever the limit (the spec sets no maximum,
//! so a larger one is served, not refused). `starting_after` is the id of the last item of the
//! previous page and must be an id of that list (the customer's, for
//! per-customer lists; filters aside, so a walk survives an item that stops
//! matching); anything else is a 400 naming `starting_after`. Answers are
//! `{"data", "has_more", "total"}`, `data` always present, `total` counting
//! every match. Updates never change ids, so id-ordered walks stay free of
//! duplicates and gaps while other clients write.
//!
//! # Events
//!
//! State changes record a [`MockEvent`]: the webhook's name under the
//! spec's `webhooks` and its JSON payload, built from the generated
//! `*WebhookPayload` types (so it validates against the spec), with
//! `merchant_key` (the request's `x-imprint-merchant-key`, else
//! [`MockServerBuilder::merchant_key`]), `partner_customer_id` and the
//! customer's `customer_metadata`:
//!
//! | Cause | Webhook | `object` |
//! | --- | --- | --- |
//! | `simulateTransactionEvent` | `Transaction` | `TRANSACTION` |
//! | `simulateReward`, `simulateStatementReward`, `patchReward` (one per reward) | `Reward` | `REWARD` |
//! | `linkCustomerAccount` | `CustomerLink` | `CUSTOMER_LINK` |
//! | [`MockServer::set_payment_method_status`] | `PaymentMethod` | `PAYMENT_METHOD` |
//!
//! [`MockServer::events`] is the ordered log; [`MockServer::subscribe`] a
//! [`tokio::sync::broadcast`] receiver of events as they happen.
//!
//! # Webhooks
//!
//! With [`MockServerBuilder::webhook_url`] and
//! [`MockServerBuilder::webhook_secret`] (`imprint mock --webhook-url URL
//! --webhook-secret SECRET`), each event is POSTed to the URL as Imprint
//! delivers webhooks: the payload as the JSON body, `Content-Type:
//! application/json`, and `X-IMPRINT-HMAC-SIGNATURE: t=<ms since the
//! epoch>,s=<hex HMAC-SHA256 of "<t>.<body>">` keyed with the secret
//! ([`imprint::webhooks::sign_now`]; verify with
//! [`imprint::webhooks::Verifier`]). One worker delivers the events in the
//! order they happened; a non-2xx answer or no answer is retried after
//! [`MockServerBuilder::webhook_backoff`] (doubling) up to
//! [`MockServerBuilder::webhook_attempts`] attempts, each signed afresh.
//! [`MockServer::deliveries`] lists what was sent, to where, and every
//! answer; [`MockServer::wait_for_deliveries`] waits for them in tests.
//!
//! ```no_run
//! # async fn run() -> Result<(), Box<dyn std::error::Error>> {
//! use std::time::Duration;
//! let server = imprint_mock::MockServer::builder()
//!     .webhook_url("http://127.0.0.1:8088/webhooks")
//!     .webhook_secret("whsec_test")
//!     .start()
//!     .await?;
//! let client = imprint::Client::builder().api_key(server.api_key()).base_url(server.url()).build()?;
//! let customer = server.customers()[0].id().to_owned();
//! client.simulate().reward(&customer, imprint::open_enums::SimulateRewardBodyRewardType::Statement).await?;
//! for delivery in server.wait_for_deliveries(1, Duration::from_secs(5)).await {
//!     println!("{} -> {}: {:?}", delivery.webhook, delivery.url, delivery.attempts.last().and_then(|a| a.status));
//! }
//! # Ok(()) }
//! ```
//!
//! # Authentication
//!
//! `Authorization: Bearer <key>`, or HTTP Basic with the key as the user
//! name and an empty password. Missing, wrong or revoked credentials get 401
//! `{"type":"UNAUTHORIZED","message":"..."}` with `WWW-Authenticate` (empty
//! for the key operations, see above). The optional
//! `x-imprint-merchant-key` header is accepted (and recorded in
//! [`MockServer::requests`]).
//!
//! # Every answer
//!
//! Carries `x-request-id: req_…`, unique per request.
//!
//! # Fault injection
//!
//! For testing client retry logic: [`MockServerBuilder::latency`] and
//! [`MockServerBuilder::error_rate`] for the whole server, and at run time
//! [`MockServer::set_fault`] per operation (by operationId; an unknown id is
//! [`MockError::UnknownOperation`]) or [`MockServer::set_server_fault`] with
//! a [`Fault`]: added latency, a rate of 500/503 answers (a fixed function
//! of the seed and request order), the next `n` answers with a given status,
//! or 429 with `Retry-After`. Faulted requests have no effect on the store.
//! [`MockServer::request_count`] and [`MockServer::request_count_for`] count
//! attempts.
//!
//! # Seed data
//!
//! [`generate_customers`] and [`generate_seed_data`] document the generated
//! data; the same seed and count always give the same data, and customer
//! `i`'s data does not depend on the count. Seeding 10,000 customers (with
//! about 80,000 related objects) takes well under a second in release builds.
#![warn(missing_docs)]

mod api;
mod auth;
mod delivery;
mod error;
mod fault;
mod handlers;
mod problem;
mod reply;
mod rng;
mod seed;
mod server;
mod store;
mod validate;

pub use delivery::{DEFAULT_WEBHOOK_ATTEMPTS, DEFAULT_WEBHOOK_BACKOFF, Delivery, DeliveryAttempt};
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
