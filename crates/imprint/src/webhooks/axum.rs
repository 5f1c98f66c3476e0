//! Receiving webhooks in axum: the [`WebhookEvent`] extractor verifies and
//! decodes a delivery before your handler runs (feature `axum`, off by
//! default; it adds only `axum-core`, which axum itself is built on).
//!
//! ```
//! use axum::{Router, extract::FromRef, routing::post};
//! use imprint::webhooks::axum::WebhookEvent;
//! use imprint::webhooks::{Event, Verifier};
//!
//! #[derive(Clone)]
//! struct AppState {
//!     verifier: Verifier,
//! }
//!
//! impl FromRef<AppState> for Verifier {
//!     fn from_ref(state: &AppState) -> Verifier {
//!         state.verifier.clone()
//!     }
//! }
//!
//! async fn receive(WebhookEvent(event): WebhookEvent) -> &'static str {
//!     match event {
//!         Event::Transaction(t) => { /* enqueue t, then answer */ }
//!         _ => {}
//!     }
//!     "ok"
//! }
//!
//! # fn app() -> Result<Router, imprint::webhooks::WebhookError> {
//! let state = AppState { verifier: Verifier::new("my-event-signing-token")? };
//! let app: Router = Router::new().route("/webhooks/imprint", post(receive)).with_state(state);
//! # Ok(app) }
//! ```

use axum_core::extract::{FromRef, FromRequest, Request};
use axum_core::response::{IntoResponse, Response};
use bytes::Bytes;
use http::StatusCode;

use super::{Event, Verifier, WebhookError};

/// A verified, decoded delivery: the extractor checks the signature header
/// against the raw body with the [`Verifier`] from the router's state
/// (through [`FromRef`]), then decodes the typed [`Event`]. Nothing of the
/// body is parsed before the signature holds.
///
/// It is refused with a [`WebhookRejection`]: `401` when the signature
/// cannot be trusted (missing or malformed header, outside the window, no
/// match), `400` when an authenticated body does not decode, is too large,
/// or cannot be read. Answer 2xx yourself once the event is stored, and
/// deduplicate: a delivery can arrive twice.
#[derive(Debug)]
pub struct WebhookEvent(pub Event);

/// Why [`WebhookEvent`] refused a delivery. As a response it is the status
/// and a fixed one-line reason: it never repeats the body, the header or
/// the secret. [`Self::error`] keeps the verifier's error for your logs
/// (its `Display` shows no secret; a decode error's message may quote the
/// authenticated payload).
#[derive(Debug)]
pub struct WebhookRejection {
    status: StatusCode,
    reason: &'static str,
    error: Option<WebhookError>,
}

impl WebhookRejection {
    fn of(error: WebhookError) -> Self {
        let (status, reason) = match &error {
            WebhookError::MissingHeader => (StatusCode::UNAUTHORIZED, "missing webhook signature"),
            WebhookError::MalformedHeader { .. } => {
                (StatusCode::UNAUTHORIZED, "malformed webhook signature")
            }
            WebhookError::TimestampOutsideTolerance { .. } => (
                StatusCode::UNAUTHORIZED,
                "webhook timestamp outside the tolerance",
            ),
            WebhookError::SignatureMismatch => {
                (StatusCode::UNAUTHORIZED, "webhook signature does not match")
            }
            WebhookError::BodyTooLarge { .. } => {
                (StatusCode::BAD_REQUEST, "webhook body too large")
            }
            WebhookError::NotJson { .. } | WebhookError::InvalidPayload { .. } => {
                (StatusCode::BAD_REQUEST, "webhook payload does not decode")
            }
            _ => (StatusCode::BAD_REQUEST, "webhook refused"),
        };
        Self {
            status,
            reason,
            error: Some(error),
        }
    }

    /// The status the rejection answers with (400 or 401).
    pub fn status(&self) -> StatusCode {
        self.status
    }

    /// The verifier's error, if the body was read.
    pub fn error(&self) -> Option<&WebhookError> {
        self.error.as_ref()
    }
}

impl std::fmt::Display for WebhookRejection {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{} ({})", self.reason, self.status.as_u16())
    }
}

impl std::error::Error for WebhookRejection {}

impl IntoResponse for WebhookRejection {
    fn into_response(self) -> Response {
        (self.status, self.reason).into_response()
    }
}

impl<S> FromRequest<S> for WebhookEvent
where
    S: Send + Sync,
    Verifier: FromRef<S>,
{
    type Rejection = WebhookRejection;

    async fn from_request(req: Request, state: &S) -> Result<Self, Self::Rejection> {
        let verifier = Verifier::from_ref(state);
        // The header is read before the body; a non-ASCII value counts as
        // missing, as in `Verifier::verify_event_in`.
        let header = req
            .headers()
            .get(super::SIGNATURE_HEADER)
            .and_then(|v| v.to_str().ok())
            .map(str::to_owned);
        let body = Bytes::from_request(req, state)
            .await
            .map_err(|_| WebhookRejection {
                status: StatusCode::BAD_REQUEST,
                reason: "webhook body could not be read",
                error: None,
            })?;
        verifier
            .verify_event(header.as_deref(), &body)
            .map(WebhookEvent)
            .map_err(WebhookRejection::of)
    }
}
