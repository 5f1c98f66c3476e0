//! What went wrong with a request ([`Problem`]), and how each operation's
//! documented error responses spell it ([`ErrorShape`]).
//!
//! The shapes are derived from the spec's error schemas by their structure,
//! never from a per-operation table:
//!
//! - **Spring** (`InvalidRequestError`): `{"path", "details": [...], "error":
//!   "Bad Request", "status": 400, "timestamp"}`, a schema with `details` and
//!   `timestamp`;
//! - **wrapped** (`ApiError` and the inline 409 of `linkCustomerAccount`):
//!   `{"error": {"type", "message", ...}}`, a schema whose `error` property is
//!   an object with `type` and `message`;
//! - **flat** (`CustomerNotFoundError` and the other `*NotFoundError`s,
//!   `ConflictError`): `{"type", "message", "param"}`, with `type` taken from
//!   the schema's `type` example when it has one;
//! - **empty**: a documented status without content (the 401 of the key
//!   operations) is answered with no body.
//!
//! A status the operation does not document gets the flat shape.

use chrono::{SecondsFormat, Utc};
use imprint_spec::refs::{properties, resolve};
use serde_json::{Map, Value, json};

use crate::api::{Api, OpInfo, type_of};
use crate::reply::ErrorReply;

/// How an operation documents one error status.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum ErrorShape {
    /// Spring Boot's default error body (`InvalidRequestError`).
    Spring,
    /// `{"error": {"type", "message"}}` (`ApiError`).
    Wrapped,
    /// `{"type", "message", "param"}`; the schema's `type` example, if any.
    Flat(Option<String>),
    /// No body.
    Empty,
}

impl ErrorShape {
    /// Classifies an error schema by its structure.
    pub(crate) fn classify(doc: &Value, schema: &Value) -> Self {
        let props = properties(doc, schema);
        let has = |name: &str| props.iter().any(|(n, _)| *n == name);
        if has("details") && has("timestamp") {
            return Self::Spring;
        }
        if let Some((_, error)) = props.iter().find(|(n, _)| *n == "error") {
            let error = resolve(doc, error);
            let inner = properties(doc, error);
            if type_of(error) == Some("object")
                && inner.iter().any(|(n, _)| *n == "type")
                && inner.iter().any(|(n, _)| *n == "message")
            {
                return Self::Wrapped;
            }
        }
        let example = props
            .iter()
            .find(|(n, _)| *n == "type")
            .and_then(|(_, p)| resolve(doc, p).get("example"))
            .and_then(Value::as_str)
            .map(str::to_owned);
        Self::Flat(example)
    }
}

/// What went wrong, independent of how the operation spells it.
#[derive(Debug, Clone)]
pub(crate) enum Problem {
    /// 400: the request is malformed or breaks a rule. `param` names the
    /// field (a dotted path in the body, or a parameter name).
    Invalid {
        message: String,
        param: Option<String>,
    },
    /// 404: the object `param` names does not exist. `noun` starts the
    /// message (`"Customer"` → `Customer not found for provided ID: <id>`).
    NotFound {
        noun: &'static str,
        param: String,
        id: String,
    },
    /// Any other error status (403, 409, ...), with the error `type` to use
    /// where the shape carries one, and extra properties for the body
    /// (`existing_link`).
    Status {
        status: u16,
        kind: String,
        message: String,
        extra: Map<String, Value>,
    },
    /// 500: the mock itself failed.
    Internal(String),
}

impl Problem {
    /// A 400 about `param`.
    pub(crate) fn invalid(message: impl Into<String>, param: impl Into<String>) -> Self {
        Self::Invalid {
            message: message.into(),
            param: Some(param.into()),
        }
    }

    /// A 400 about the request as a whole.
    pub(crate) fn invalid_request(message: impl Into<String>) -> Self {
        Self::Invalid {
            message: message.into(),
            param: None,
        }
    }

    /// A 404 for the id in `param`.
    pub(crate) fn not_found(noun: &'static str, param: &str, id: &str) -> Self {
        Self::NotFound {
            noun,
            param: param.to_owned(),
            id: id.to_owned(),
        }
    }

    /// A 409 of kind `kind`.
    pub(crate) fn conflict(kind: &str, message: impl Into<String>) -> Self {
        Self::Status {
            status: 409,
            kind: kind.to_owned(),
            message: message.into(),
            extra: Map::new(),
        }
    }

    /// Any status, with the default kind for it.
    pub(crate) fn status(status: u16, message: impl Into<String>) -> Self {
        Self::Status {
            status,
            kind: default_kind(status).to_owned(),
            message: message.into(),
            extra: Map::new(),
        }
    }

    /// The HTTP status.
    pub(crate) fn code(&self) -> u16 {
        match self {
            Self::Invalid { .. } => 400,
            Self::NotFound { .. } => 404,
            Self::Status { status, .. } => *status,
            Self::Internal(_) => 500,
        }
    }

    /// The answer, in the shape `op` documents for this status.
    pub(crate) fn render(self, api: &Api, op: &OpInfo, request_path: &str) -> ErrorReply {
        let status = self.code();
        let shape = op
            .errors
            .get(&status)
            .cloned()
            .unwrap_or(ErrorShape::Flat(None));
        let (message, param, kind, extra) = match self {
            Self::Invalid { message, param } => (
                message,
                param,
                "INVALID_REQUEST_ERROR".to_owned(),
                Map::new(),
            ),
            Self::NotFound { noun, param, id } => {
                let kind = match &shape {
                    ErrorShape::Flat(Some(example)) => example.clone(),
                    _ => api
                        .flat_type_for_param(&param)
                        .map(str::to_owned)
                        .unwrap_or_else(|| {
                            format!("{}_NOT_FOUND_ERROR", noun.to_uppercase().replace(' ', "_"))
                        }),
                };
                (
                    format!("{noun} not found for provided ID: {id}"),
                    Some(param),
                    kind,
                    Map::new(),
                )
            }
            Self::Status {
                kind,
                message,
                extra,
                ..
            } => (message, None, kind, extra),
            Self::Internal(message) => (message, None, "API_ERROR".to_owned(), Map::new()),
        };
        let body = match shape {
            ErrorShape::Empty => None,
            ErrorShape::Spring => {
                let detail = match &param {
                    Some(p) => format!("{p}: {message}"),
                    None => message,
                };
                Some(json!({
                    "path": request_path,
                    "details": [detail],
                    "error": reason(status),
                    "status": status,
                    "timestamp": Utc::now().to_rfc3339_opts(SecondsFormat::Millis, false),
                }))
            }
            ErrorShape::Wrapped => {
                let mut error = Map::new();
                let kind = if status == 400 || kind == default_kind(status) {
                    wrapped_kind(status)
                } else {
                    kind
                };
                error.insert("type".into(), Value::from(kind));
                error.insert("message".into(), Value::from(message));
                error.extend(extra);
                Some(json!({ "error": error }))
            }
            ErrorShape::Flat(example) => {
                let kind = match (status, example) {
                    // A flat schema's own `type` example names the error
                    // for the not-found family; other kinds come from the
                    // handler.
                    (404, _) => kind,
                    (_, Some(example)) if kind == default_kind(status) => example,
                    _ => kind,
                };
                let mut body = Map::new();
                body.insert("type".into(), Value::from(kind));
                body.insert("message".into(), Value::from(message));
                if let Some(p) = param {
                    body.insert("param".into(), Value::from(p));
                }
                body.extend(extra);
                Some(Value::Object(body))
            }
        };
        ErrorReply::with_body(status, body)
    }
}

/// The error `type` of a status when the handler names none.
pub(crate) fn default_kind(status: u16) -> &'static str {
    match status {
        400 => "INVALID_REQUEST_ERROR",
        401 => "UNAUTHORIZED",
        403 => "FORBIDDEN_ERROR",
        404 => "NOT_FOUND_ERROR",
        409 => "CONFLICT_ERROR",
        429 => "RATE_LIMIT_ERROR",
        _ => "API_ERROR",
    }
}

/// The `type` of a wrapped error (`ApiError`): the status's reason in
/// upper snake case, as the schema's example (`BAD_REQUEST_ERROR`) spells
/// the 400.
fn wrapped_kind(status: u16) -> String {
    format!("{}_ERROR", reason(status).to_uppercase().replace(' ', "_"))
}

/// The canonical reason phrase of a status.
pub(crate) fn reason(status: u16) -> &'static str {
    axum::http::StatusCode::from_u16(status)
        .ok()
        .and_then(|s| s.canonical_reason())
        .unwrap_or("Error")
}
