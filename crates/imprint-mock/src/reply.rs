//! Answers the pipeline gives before an operation's handler runs (401,
//! 404 for unknown paths, 405, 413, 415, injected faults), in Imprint's flat
//! style `{"type": ..., "message": ..., "param": ...}`, and the JSON
//! response helper.

use axum::http::{HeaderName, HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use serde_json::{Map, Value};

use crate::fault::Injected;

/// The header that marks an injected fault.
pub(crate) const FAULT_HEADER: &str = "x-imprint-mock-fault";

/// An error answer: a status, a JSON body (or none) and extra headers.
#[derive(Debug)]
pub(crate) struct ErrorReply {
    pub(crate) status: StatusCode,
    pub(crate) body: Option<Value>,
    pub(crate) headers: Vec<(HeaderName, HeaderValue)>,
}

impl ErrorReply {
    fn new(status: StatusCode, kind: &'static str, message: impl Into<String>) -> Self {
        Self {
            status,
            body: Some(flat(kind, &message.into(), None)),
            headers: Vec::new(),
        }
    }

    /// An answer with this status and body (`None`: no body).
    pub(crate) fn with_body(status: u16, body: Option<Value>) -> Self {
        Self {
            status: StatusCode::from_u16(status).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR),
            body,
            headers: Vec::new(),
        }
    }

    /// 401 with no body, for operations whose documented 401 has none.
    pub(crate) fn unauthorized_empty(mut self) -> Self {
        self.body = None;
        self
    }

    /// 401 `UNAUTHORIZED`.
    pub(crate) fn unauthorized(message: impl Into<String>) -> Self {
        let mut e = Self::new(StatusCode::UNAUTHORIZED, "UNAUTHORIZED", message);
        e.headers.push((
            header::WWW_AUTHENTICATE,
            HeaderValue::from_static("Bearer realm=\"imprint-mock\", Basic realm=\"imprint-mock\""),
        ));
        e
    }

    /// 404 for a path the API does not have.
    pub(crate) fn no_route(method: &str, path: &str) -> Self {
        Self::new(
            StatusCode::NOT_FOUND,
            "NOT_FOUND_ERROR",
            format!("Unrecognized request URL ({method}: {path})"),
        )
    }

    /// 405 with an `Allow` header.
    pub(crate) fn method_not_allowed(method: &str, allow: &str) -> Self {
        let mut e = Self::new(
            StatusCode::METHOD_NOT_ALLOWED,
            "INVALID_REQUEST_ERROR",
            format!("Method {method} is not allowed here; allowed: {allow}"),
        );
        if let Ok(value) = HeaderValue::from_str(allow) {
            e.headers.push((header::ALLOW, value));
        }
        e
    }

    /// 415 for a body that is not declared as JSON.
    pub(crate) fn unsupported_media_type() -> Self {
        Self::new(
            StatusCode::UNSUPPORTED_MEDIA_TYPE,
            "INVALID_REQUEST_ERROR",
            "Content-Type must be application/json",
        )
    }

    /// 413 for an oversized body.
    pub(crate) fn too_large(limit: usize) -> Self {
        Self::new(
            StatusCode::PAYLOAD_TOO_LARGE,
            "INVALID_REQUEST_ERROR",
            format!("The request body is larger than {limit} bytes"),
        )
    }

    /// An injected fault.
    pub(crate) fn injected(fault: Injected) -> Self {
        let status =
            StatusCode::from_u16(fault.status).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
        let (kind, message) = match status.as_u16() {
            429 => ("RATE_LIMIT_ERROR", "Too many requests; retry later"),
            503 => (
                "SERVICE_UNAVAILABLE",
                "The service is temporarily unavailable",
            ),
            401 => ("UNAUTHORIZED", "Unauthorized"),
            404 => ("NOT_FOUND_ERROR", "Not found"),
            s if s >= 500 => ("API_ERROR", "An internal error occurred"),
            _ => ("INVALID_REQUEST_ERROR", "The request was refused"),
        };
        let mut e = Self::new(
            status,
            kind,
            format!("{message} (injected by imprint-mock)"),
        );
        e.headers.push((
            HeaderName::from_static(FAULT_HEADER),
            HeaderValue::from_static("injected"),
        ));
        if let Some(secs) = fault.retry_after_secs {
            e.headers
                .push((header::RETRY_AFTER, HeaderValue::from(secs)));
        }
        e
    }
}

/// `{"type", "message", "param"?}`.
fn flat(kind: &str, message: &str, param: Option<&str>) -> Value {
    let mut map = Map::new();
    map.insert("type".into(), Value::from(kind));
    map.insert("message".into(), Value::from(message));
    if let Some(param) = param {
        map.insert("param".into(), Value::from(param));
    }
    Value::Object(map)
}

impl IntoResponse for ErrorReply {
    fn into_response(self) -> Response {
        let mut response = match &self.body {
            Some(body) => json_response(self.status, body),
            None => self.status.into_response(),
        };
        for (name, value) in self.headers {
            response.headers_mut().insert(name, value);
        }
        response
    }
}

/// A JSON response; serialising a `Value` cannot fail.
pub(crate) fn json_response<T: serde::Serialize + ?Sized>(
    status: StatusCode,
    body: &T,
) -> Response {
    let bytes = serde_json::to_vec(body).unwrap_or_else(|_| b"{}".to_vec());
    (
        status,
        [(
            header::CONTENT_TYPE,
            HeaderValue::from_static("application/json"),
        )],
        bytes,
    )
        .into_response()
}
