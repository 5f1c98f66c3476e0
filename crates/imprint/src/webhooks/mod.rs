//! Verifying the webhooks Imprint sends.
//!
//! Every webhook `POST` carries a [`SIGNATURE_HEADER`]
//! (`X-IMPRINT-HMAC-SIGNATURE`) of the form `t=<timestamp>,s=<hex>`, where
//! `s` is the HMAC-SHA256, keyed with the event signing token you were given
//! at enrollment ([`WebhookSecret`]), of the message `<t>.<raw body>`.
//! A [`Verifier`] checks it and hands back the authenticated body
//! ([`Verified`]), which decodes to a typed [`Event`]: one variant per
//! webhook of the spec (Application, Transaction, PaymentMethod,
//! CustomerLink, Reward, Streak, AccountStatus), dispatched on the payload's
//! `object`, and `Event::Unknown` with the raw JSON for event types added
//! later. [`Verifier::verify_event`] does both in one call. [`sign`] and
//! [`sign_now`] produce such headers, for tests and for the mock server.
//!
//! A receiver should verify, decode, hand the event to a queue and answer
//! 2xx at once; see `examples/webhook_receiver.rs` (axum).
//!
//! # Example
//!
//! ```
//! use std::time::{Duration, UNIX_EPOCH};
//! use imprint::webhooks::{self, Verifier, WebhookError, WebhookSecret};
//!
//! # fn main() -> Result<(), WebhookError> {
//! let secret = WebhookSecret::from("my-event-signing-token");
//! let body = br#"{"hello": "world", "amount": 5000}"#;
//! let header = webhooks::sign(&secret, "1740779129", body); // what Imprint sends
//!
//! let verifier = Verifier::new(secret)?; // refuses an empty secret
//! // In a handler: `verifier.verify(header, &body)`, which uses the system
//! // clock. Here the clock is pinned to the delivery's time.
//! let now = UNIX_EPOCH + Duration::from_secs(1740779129);
//! let event = verifier.verify_at(Some(&header), body, now)?;
//! assert_eq!(event.json()?["amount"], 5000);
//!
//! // Any change to the body, or a delivery older than the tolerance, fails.
//! let tampered = br#"{"hello": "world", "amount": 9000}"#;
//! assert_eq!(
//!     verifier.verify_at(Some(&header), tampered, now).unwrap_err(),
//!     WebhookError::SignatureMismatch,
//! );
//! let later = now + Duration::from_secs(3600);
//! assert!(matches!(
//!     verifier.verify_at(Some(&header), body, later),
//!     Err(WebhookError::TimestampOutsideTolerance { .. })
//! ));
//! # Ok(()) }
//! ```
//!
//! With an [`http::HeaderMap`] (header names are case-insensitive; a value
//! that is not visible ASCII is treated as missing):
//!
//! ```
//! # use imprint::webhooks::{self, Verifier, WebhookSecret, SIGNATURE_HEADER};
//! # let secret = WebhookSecret::from("my-event-signing-token");
//! # let body: &[u8] = b"{}";
//! # let mut headers = http::HeaderMap::new();
//! # headers.insert("x-imprint-hmac-signature", webhooks::sign_now(&secret, body).parse().unwrap());
//! # let verifier = Verifier::new(secret).unwrap();
//! let header = headers.get(SIGNATURE_HEADER).and_then(|v| v.to_str().ok());
//! let event = verifier.verify(header, body)?;
//! # let _ = event;
//! # Ok::<(), webhooks::WebhookError>(())
//! ```
//!
//! # Decisions where Imprint's documentation is ambiguous
//!
//! - **Timestamp unit.** The text says `t` is in milliseconds since the
//!   epoch; the example header shows seconds (`t=1740779129`). The signature
//!   is checked over `t` exactly as received (the bytes between `t=` and the
//!   comma go before the period). For the freshness check `t` is read by
//!   magnitude: `>= 100_000_000_000` is milliseconds (that is March 1973 in
//!   milliseconds, and the year 5138 in seconds), anything smaller is
//!   seconds. A `t` that is empty, not plain decimal digits (no sign, no
//!   fraction), or longer than 20 digits is malformed.
//! - **What is signed.** The documented example shows the body re-serialised
//!   with sorted keys and no spaces. By default only the **raw body bytes**
//!   are checked, and nothing is parsed before a signature holds.
//!   [`Verifier::accept_canonical_json`] opts in to a fallback: when the raw
//!   check fails, the body (already size-capped) is parsed as JSON,
//!   canonicalised (object keys sorted by code point at every depth, no
//!   insignificant whitespace, strings and numbers written as `serde_json`
//!   writes them: non-ASCII as UTF-8, not `\u` escapes) and checked again.
//!   It exists because the example suggests Imprint may sign such a form. It
//!   is off by default because it parses attacker-controlled bytes before
//!   their authenticity is known, and because with it a body whose bytes
//!   differ from what was signed (but whose JSON is equal) verifies;
//!   duplicate keys collapse to the last one when parsed.
//!   [`Verified::matched_canonical_json`] says which form matched, so you
//!   can tell whether the fallback is actually needed.
//! - **Order of checks.** Header present, header well-formed, body size,
//!   timestamp within tolerance, then the HMAC (raw, then canonical if
//!   opted in). Freshness is checked *before* the HMAC: it is cheaper, and
//!   the timestamp is in the header in clear, so refusing it first reveals
//!   nothing about the secret. A stale or future delivery is therefore
//!   refused as [`WebhookError::TimestampOutsideTolerance`] whatever its
//!   signature.
//! - **Tolerance** ([`DEFAULT_TOLERANCE`], 5 minutes) applies both ways: a
//!   timestamp further than it in the past *or* the future is refused; one
//!   exactly at the limit is accepted. Within the window a captured delivery
//!   can be replayed: deduplicate on the event's id.
//! - **The secret** is used as the bytes it is given (a `String`'s UTF-8),
//!   with no trimming or decoding. An empty secret is refused by
//!   [`Verifier::new`] with [`WebhookError::EmptySecret`], so a missing
//!   configuration fails at start-up rather than on every delivery. [`sign`]
//!   does not refuse it (it is a test helper).
//! - **Header syntax.** Parts are separated by `,`, each `key=value` with a
//!   non-empty key and value; whitespace around a part is ignored. Keys are
//!   case-sensitive; exactly one `t` and one `s` are required, and unknown
//!   keys (a future `v1=`) are ignored. `s` is hex of either case and must
//!   decode to 32 bytes.

mod signature;

#[cfg(feature = "axum")]
pub mod axum;

/// The typed webhook events and the spec's description of each webhook
/// (generated from the spec's `webhooks`).
pub use imprint_raw::webhooks::{ALL as WEBHOOKS, Event, WebhookDescriptor};
pub use signature::{
    DEFAULT_MAX_BODY_BYTES, DEFAULT_TOLERANCE, MalformedReason, SIGNATURE_HEADER, SignatureHeader,
    Verified, Verifier, WebhookError, WebhookSecret, sign, sign_now,
};
