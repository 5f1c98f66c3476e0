//! One error type for every call, with the API's error details kept intact.

use std::fmt;
use std::time::Duration;

use bytes::Bytes;
use reqwest::header::HeaderMap;
use serde_json::Value;

/// Everything a call can fail with.
///
/// Match on the variant for the class of failure; every API error variant
/// carries an [`ErrorResponse`] with the status, Imprint's error `type`,
/// `message`, `param`, the request id and the raw body.
///
/// ```
/// # async fn run(client: imprint::Client) {
/// match client.customers().get("CSMR-123").await {
///     Ok(customer) => println!("{}", customer.id),
///     Err(imprint::Error::NotFound(e)) => println!("no such customer: {}", e.message()),
///     Err(e) if e.is_retryable() => println!("try again later: {e}"),
///     Err(e) => println!("failed: {e}"),
/// }
/// # }
/// ```
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// 404: the resource does not exist.
    #[error("{0}")]
    NotFound(Box<ErrorResponse>),
    /// 401: the API key is missing or wrong.
    #[error("{0}")]
    Unauthorized(Box<ErrorResponse>),
    /// 403: the key may not do this.
    #[error("{0}")]
    Forbidden(Box<ErrorResponse>),
    /// 400 or 422: the API rejected the request; see [`ErrorResponse::details`].
    #[error("{0}")]
    InvalidRequest(Box<ErrorResponse>),
    /// 409: the request conflicts with the resource's state.
    #[error("{0}")]
    Conflict(Box<ErrorResponse>),
    /// 429: too many requests. `retry_after` is the server's `Retry-After`.
    #[error("{error}{}", retry_after.map(|d| format!(" (retry after {}s)", d.as_secs_f64())).unwrap_or_default())]
    RateLimited {
        /// The error response.
        error: Box<ErrorResponse>,
        /// How long the server asked us to wait.
        retry_after: Option<Duration>,
    },
    /// 5xx: the API failed.
    #[error("{0}")]
    Server(Box<ErrorResponse>),
    /// Any other non-success status.
    #[error("{0}")]
    Api(Box<ErrorResponse>),
    /// A 3xx answer. Redirects are never followed (the API documents none,
    /// and following one would send our headers and the request's body to
    /// another origin); the request was not applied where it was sent.
    /// Only the `Location`'s origin is kept: its path and query may carry
    /// data.
    #[error(
        "{operation}: the API answered {status} with a redirect to {}; redirects are not followed",
        location_origin.as_deref().unwrap_or("no Location")
    )]
    Redirect {
        /// The operation id.
        operation: &'static str,
        /// The HTTP status (300 to 399).
        status: u16,
        /// `scheme://host[:port]` of the `Location` header;
        /// `"the same origin"` for a relative one; `None` without one.
        location_origin: Option<String>,
        /// The response's request id.
        request_id: Option<String>,
    },
    /// The request (or reading its response) took longer than the timeout.
    #[error("{operation}: timed out after {attempts} attempt(s)")]
    Timeout {
        /// The operation id.
        operation: &'static str,
        /// How many attempts were made.
        attempts: u32,
        /// The underlying error.
        #[source]
        source: reqwest::Error,
    },
    /// The connection failed, or was reset.
    #[error("{operation}: transport error after {attempts} attempt(s): {source}")]
    Transport {
        /// The operation id.
        operation: &'static str,
        /// How many attempts were made.
        attempts: u32,
        /// The underlying error.
        #[source]
        source: reqwest::Error,
    },
    /// A success response whose body does not match the spec.
    #[error("{0}")]
    Decode(Box<DecodeError>),
    /// The response body was larger than the configured limit.
    #[error("{operation}: the {status} response body exceeds the {limit}-byte limit")]
    BodyTooLarge {
        /// The operation id.
        operation: &'static str,
        /// The HTTP status.
        status: u16,
        /// The limit in bytes.
        limit: usize,
    },
    /// An operation Imprint serves in its sandbox only (the simulations),
    /// on a client for production: refused before sending (the API would
    /// answer 403).
    #[error(
        "{operation}: served in Imprint's sandbox only, and this client is for production (the API would answer 403); nothing was sent"
    )]
    SandboxOnly {
        /// The operation id.
        operation: &'static str,
    },
    /// Our own validation refused the input; nothing was sent.
    #[error("invalid input: {0}")]
    InvalidInput(#[from] InputError),
    /// The server's pagination broke its own contract (e.g. `has_more` with
    /// an empty page, or a cursor it already returned). Stops the stream
    /// instead of looping forever.
    #[error("{operation}: pagination stopped: {message}")]
    Pagination {
        /// The operation id.
        operation: &'static str,
        /// What went wrong.
        message: String,
    },
    /// The client was configured wrongly.
    #[error("configuration: {0}")]
    Config(String),
}

impl Error {
    /// True when trying the same call again later may succeed: rate limits,
    /// timeouts, transport failures, 408 and 5xx answers (except 501).
    pub fn is_retryable(&self) -> bool {
        match self {
            Error::RateLimited { .. } | Error::Timeout { .. } | Error::Transport { .. } => true,
            Error::Server(e) | Error::Api(e) => is_retryable_status(e.status),
            _ => false,
        }
    }

    /// The API error details, for variants that carry them.
    pub fn api_error(&self) -> Option<&ErrorResponse> {
        match self {
            Error::NotFound(e)
            | Error::Unauthorized(e)
            | Error::Forbidden(e)
            | Error::InvalidRequest(e)
            | Error::Conflict(e)
            | Error::Server(e)
            | Error::Api(e)
            | Error::RateLimited { error: e, .. } => Some(e),
            _ => None,
        }
    }

    /// The HTTP status, where a response was received.
    pub fn status(&self) -> Option<u16> {
        match self {
            Error::Decode(d) => Some(d.status),
            Error::BodyTooLarge { status, .. } | Error::Redirect { status, .. } => Some(*status),
            other => other.api_error().map(|e| e.status),
        }
    }

    /// The server's request id, where a response carried one.
    pub fn request_id(&self) -> Option<&str> {
        match self {
            Error::Decode(d) => d.request_id.as_deref(),
            Error::Redirect { request_id, .. } => request_id.as_deref(),
            other => other.api_error().and_then(|e| e.request_id.as_deref()),
        }
    }

    /// Classifies an error response by status.
    pub(crate) fn from_api(error: ErrorResponse, retry_after: Option<Duration>) -> Self {
        let error = Box::new(error);
        match error.status {
            404 => Error::NotFound(error),
            401 => Error::Unauthorized(error),
            403 => Error::Forbidden(error),
            400 | 422 => Error::InvalidRequest(error),
            409 => Error::Conflict(error),
            429 => Error::RateLimited { error, retry_after },
            500..=599 => Error::Server(error),
            _ => Error::Api(error),
        }
    }
}

/// A success response whose body does not match the spec.
///
/// `Debug` and `Display` show the redacted excerpt, never the raw body: a
/// customer or payment method that fails to decode still carries its PII.
#[derive(Clone, thiserror::Error)]
#[error("{operation}: cannot decode the {status} response at `{path}`: {message} (request id: {}; body starts: {excerpt})", request_id.as_deref().unwrap_or("none"))]
#[non_exhaustive]
pub struct DecodeError {
    /// The operation id.
    pub operation: &'static str,
    /// The HTTP status.
    pub status: u16,
    /// JSON path of the offending value (`.` for the document).
    pub path: String,
    /// The decoder's message.
    pub message: String,
    /// The first characters of the body, sensitive values redacted.
    pub excerpt: String,
    /// The response's request id.
    pub request_id: Option<String>,
    /// The whole body.
    pub body: Bytes,
}

/// Statuses worth retrying.
pub(crate) fn is_retryable_status(status: u16) -> bool {
    matches!(status, 408 | 429 | 500 | 502 | 503 | 504)
}

/// Input our validation refused before anything was sent.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{field}: {message}")]
#[non_exhaustive]
pub struct InputError {
    /// The field, as named on the wire (`date_of_birth`, `customer_history.ltv_currency`).
    pub field: String,
    /// What is wrong. Never contains the value itself when it is sensitive.
    pub message: String,
}

impl InputError {
    pub(crate) fn new(field: impl Into<String>, message: impl Into<String>) -> Self {
        Self {
            field: field.into(),
            message: message.into(),
        }
    }
}

/// One field-level problem an error response lists.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct FieldError {
    /// The field, when named.
    pub field: Option<String>,
    /// The problem.
    pub message: String,
}

/// An error response from the API, decoded from any of the body shapes
/// Imprint uses (flat `{type, message, param}`, wrapped `{error: {...}}`,
/// Spring-style `{status, error, path, details}`), or kept raw when the body
/// is not JSON (an HTML page from a proxy). The status is never lost.
#[derive(Clone, PartialEq)]
#[non_exhaustive]
pub struct ErrorResponse {
    /// The operation id of the call.
    pub operation: &'static str,
    /// HTTP status.
    pub status: u16,
    /// Imprint's error category (`CUSTOMER_NOT_FOUND_ERROR`).
    pub error_type: Option<String>,
    /// Human-readable message.
    pub message: Option<String>,
    /// The parameter at fault.
    pub param: Option<String>,
    /// Field-level details, when the body lists them.
    pub details: Vec<FieldError>,
    /// The response's request id header.
    pub request_id: Option<String>,
    /// The response's `Content-Type`.
    pub content_type: Option<String>,
    /// The raw body.
    pub body: Bytes,
}

impl ErrorResponse {
    /// Decodes an error response. Never fails: what does not parse stays in
    /// `body`.
    pub(crate) fn from_parts(
        operation: &'static str,
        status: u16,
        headers: &HeaderMap,
        body: Bytes,
    ) -> Self {
        let mut error = ErrorResponse {
            operation,
            status,
            error_type: None,
            message: None,
            param: None,
            details: Vec::new(),
            request_id: request_id(headers),
            content_type: headers
                .get(reqwest::header::CONTENT_TYPE)
                .and_then(|v| v.to_str().ok())
                .map(str::to_string),
            body,
        };
        if let Ok(Value::Object(root)) = serde_json::from_slice::<Value>(&error.body) {
            error.fill(&root);
        }
        error
    }

    fn fill(&mut self, root: &serde_json::Map<String, Value>) {
        let s = |v: Option<&Value>| v.and_then(Value::as_str).map(str::to_string);
        // Wrapped: {"error": {"type", "message", "param"}}
        if let Some(Value::Object(inner)) = root.get("error") {
            self.error_type = s(inner.get("type")).or_else(|| s(inner.get("code")));
            self.message = s(inner.get("message"));
            self.param = s(inner.get("param"));
            if let Some(details) = inner.get("details") {
                self.details = field_errors(details);
            }
            return;
        }
        // Spring: {"status": 400, "error": "Bad Request", "path", "details", "message"?}
        if root.get("status").is_some_and(Value::is_number)
            && root.get("error").is_some_and(Value::is_string)
        {
            self.error_type = s(root.get("error"));
            self.message = s(root.get("message"))
                .or_else(|| s(root.get("details")))
                .or_else(|| s(root.get("detail")));
            if let Some(details) = root.get("details").filter(|d| d.is_array()) {
                self.details = field_errors(details);
            }
            self.param = s(root.get("param"));
            return;
        }
        // Flat: {"type", "message", "param"}
        self.error_type = s(root.get("type")).or_else(|| s(root.get("code")));
        self.message = s(root.get("message")).or_else(|| s(root.get("detail")));
        self.param = s(root.get("param"));
        if let Some(details) = root.get("details").or_else(|| root.get("errors")) {
            self.details = field_errors(details);
        }
    }

    /// The message, or a placeholder when the body had none.
    pub fn message(&self) -> &str {
        self.message.as_deref().unwrap_or("(no message)")
    }

    /// Decodes the raw body as `T`, e.g. the spec's error schema for this
    /// status (`imprint::types::CustomerNotFoundError`).
    pub fn decode_body<T: serde::de::DeserializeOwned>(&self) -> Result<T, serde_json::Error> {
        serde_json::from_slice(&self.body)
    }

    /// The body as text (lossy), e.g. to log an HTML page from a proxy.
    pub fn body_text(&self) -> String {
        String::from_utf8_lossy(&self.body).into_owned()
    }
}

fn field_errors(details: &Value) -> Vec<FieldError> {
    match details {
        Value::Array(items) => items
            .iter()
            .filter_map(|item| match item {
                Value::String(m) => Some(FieldError {
                    field: None,
                    message: m.clone(),
                }),
                Value::Object(o) => Some(FieldError {
                    field: ["field", "param", "name", "path"]
                        .iter()
                        .find_map(|k| o.get(*k).and_then(Value::as_str))
                        .map(str::to_string),
                    message: ["message", "error", "reason", "defaultMessage"]
                        .iter()
                        .find_map(|k| o.get(*k).and_then(Value::as_str))
                        .unwrap_or_default()
                        .to_string(),
                }),
                _ => None,
            })
            .collect(),
        // `{field: problem}`: servers put the rejected value itself there
        // too, so a sensitive field's entry is not repeated, and nested
        // values are scrubbed.
        Value::Object(o) => o
            .iter()
            .map(|(k, v)| FieldError {
                field: Some(k.clone()),
                message: if crate::redact::is_sensitive(k) {
                    "<redacted>".to_string()
                } else if let Some(text) = v.as_str() {
                    text.to_string()
                } else {
                    let mut v = v.clone();
                    crate::redact::scrub(&mut v);
                    v.to_string()
                },
            })
            .collect(),
        _ => Vec::new(),
    }
}

/// The request id a response carries, under any of the usual header names.
pub(crate) fn request_id(headers: &HeaderMap) -> Option<String> {
    use reqwest::header::HeaderName;
    // Static names: a lookup by &str would parse the name on every call.
    static NAMES: [HeaderName; 4] = [
        HeaderName::from_static("x-request-id"),
        HeaderName::from_static("request-id"),
        HeaderName::from_static("x-imprint-request-id"),
        HeaderName::from_static("x-amzn-requestid"),
    ];
    NAMES
        .iter()
        .find_map(|h| headers.get(h))
        .and_then(|v| v.to_str().ok())
        .map(str::to_string)
}

impl fmt::Display for ErrorResponse {
    /// `404 CUSTOMER_NOT_FOUND_ERROR: Customer not found for provided ID: X (param: customer_id, request id: req_1)`
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.status)?;
        if let Some(t) = &self.error_type {
            write!(f, " {t}")?;
        }
        match &self.message {
            Some(m) => write!(f, ": {m}")?,
            None if self.body.is_empty() => write!(f, ": (empty body)")?,
            None => {
                let kind = self
                    .content_type
                    .as_deref()
                    .unwrap_or("unknown content type");
                write!(
                    f,
                    ": non-JSON error body ({} bytes, {kind})",
                    self.body.len()
                )?
            }
        }
        let mut extra = Vec::new();
        if let Some(p) = &self.param {
            extra.push(format!("param: {p}"));
        }
        if !self.details.is_empty() {
            let d: Vec<String> = self
                .details
                .iter()
                .map(|d| match &d.field {
                    Some(field) => format!("{field}: {}", d.message),
                    None => d.message.clone(),
                })
                .collect();
            extra.push(format!("details: {}", d.join("; ")));
        }
        if let Some(r) = &self.request_id {
            extra.push(format!("request id: {r}"));
        }
        if !extra.is_empty() {
            write!(f, " ({})", extra.join(", "))?;
        }
        Ok(())
    }
}

impl fmt::Debug for ErrorResponse {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("ErrorResponse")
            .field("operation", &self.operation)
            .field("status", &self.status)
            .field("error_type", &self.error_type)
            .field("message", &self.message)
            .field("param", &self.param)
            .field("details", &self.details)
            .field("request_id", &self.request_id)
            .field("content_type", &self.content_type)
            .field("body", &format_args!("<{} bytes>", self.body.len()))
            .finish()
    }
}

impl std::error::Error for ErrorResponse {}

impl fmt::Debug for DecodeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("DecodeError")
            .field("operation", &self.operation)
            .field("status", &self.status)
            .field("path", &self.path)
            .field("message", &self.message)
            .field("excerpt", &self.excerpt)
            .field("request_id", &self.request_id)
            .field("body", &format_args!("<{} bytes>", self.body.len()))
            .finish()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn decode(status: u16, body: &str) -> ErrorResponse {
        let mut headers = HeaderMap::new();
        headers.insert("x-request-id", "req_1".parse().unwrap());
        ErrorResponse::from_parts(
            "getCustomer",
            status,
            &headers,
            Bytes::from(body.to_string()),
        )
    }

    #[test]
    fn flat_shape_displays_every_part() {
        let e = decode(
            404,
            r#"{"type":"CUSTOMER_NOT_FOUND_ERROR","message":"Customer not found for provided ID: X","param":"customer_id"}"#,
        );
        assert_eq!(
            e.to_string(),
            "404 CUSTOMER_NOT_FOUND_ERROR: Customer not found for provided ID: X (param: customer_id, request id: req_1)"
        );
    }

    #[test]
    fn wrapped_shape() {
        let e = decode(
            400,
            r#"{"error":{"type":"INVALID_REQUEST_ERROR","message":"bad","param":"limit"}}"#,
        );
        assert_eq!(e.error_type.as_deref(), Some("INVALID_REQUEST_ERROR"));
        assert_eq!(e.message.as_deref(), Some("bad"));
        assert_eq!(e.param.as_deref(), Some("limit"));
    }

    #[test]
    fn spring_shape_with_details() {
        let e = decode(
            400,
            r#"{"status":400,"error":"Bad Request","path":"/v2/customers","timestamp":"2025-01-01T00:00:00Z","details":[{"field":"email","message":"must be a well-formed email address"}]}"#,
        );
        assert_eq!(e.error_type.as_deref(), Some("Bad Request"));
        assert_eq!(
            e.details,
            vec![FieldError {
                field: Some("email".into()),
                message: "must be a well-formed email address".into()
            }]
        );
        assert!(
            e.to_string()
                .contains("details: email: must be a well-formed email address"),
            "{e}"
        );
    }

    #[test]
    fn details_by_field_do_not_repeat_sensitive_values() {
        let e = decode(
            400,
            r#"{"type":"INVALID","message":"bad input","details":{"ssn":"987654321","address":{"card":{"pan":"4111111111111111"}},"email":"not an email"}}"#,
        );
        let shown = format!("{e} {e:?}");
        for secret in ["987654321", "4111111111111111"] {
            assert!(!shown.contains(secret), "{shown}");
        }
        assert!(shown.contains("email: not an email"), "{shown}");
        assert!(shown.contains("ssn: <redacted>"), "{shown}");
    }

    #[test]
    fn spring_shape_with_string_details() {
        let e = decode(
            500,
            r#"{"status":500,"error":"Internal Server Error","path":"/v2/customers","details":"boom"}"#,
        );
        assert_eq!(e.message.as_deref(), Some("boom"));
    }

    #[test]
    fn html_keeps_status_and_body() {
        let e = decode(502, "<html><body>Bad Gateway</body></html>");
        assert_eq!(e.status, 502);
        assert_eq!(e.error_type, None);
        assert!(e.body_text().contains("Bad Gateway"));
        assert!(
            e.to_string()
                .starts_with("502: non-JSON error body (37 bytes"),
            "{e}"
        );
    }

    #[test]
    fn classification_by_status() {
        assert!(matches!(
            Error::from_api(decode(404, "{}"), None),
            Error::NotFound(_)
        ));
        assert!(matches!(
            Error::from_api(decode(401, ""), None),
            Error::Unauthorized(_)
        ));
        assert!(matches!(
            Error::from_api(decode(403, ""), None),
            Error::Forbidden(_)
        ));
        assert!(matches!(
            Error::from_api(decode(422, ""), None),
            Error::InvalidRequest(_)
        ));
        assert!(matches!(
            Error::from_api(decode(409, ""), None),
            Error::Conflict(_)
        ));
        assert!(matches!(
            Error::from_api(decode(429, ""), None),
            Error::RateLimited { .. }
        ));
        assert!(matches!(
            Error::from_api(decode(503, ""), None),
            Error::Server(_)
        ));
        assert!(matches!(
            Error::from_api(decode(418, ""), None),
            Error::Api(_)
        ));
        assert!(Error::from_api(decode(503, ""), None).is_retryable());
        assert!(!Error::from_api(decode(501, ""), None).is_retryable());
        assert!(!Error::from_api(decode(404, ""), None).is_retryable());
    }
}
