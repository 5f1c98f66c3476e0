//! Imprint-style error bodies: `{"type": ..., "message": ..., "param": ...}`.

use axum::http::{HeaderName, HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use serde_json::{Map, Value};

use crate::fault::Injected;

/// The header that marks an injected fault.
pub(crate) const FAULT_HEADER: &str = "x-imprint-mock-fault";

/// An error answer.
#[derive(Debug)]
pub(crate) struct ApiError {
    pub(crate) status: StatusCode,
    pub(crate) kind: &'static str,
    pub(crate) message: String,
    pub(crate) param: Option<String>,
    pub(crate) headers: Vec<(HeaderName, HeaderValue)>,
}

impl ApiError {
    fn new(status: StatusCode, kind: &'static str, message: impl Into<String>) -> Self {
        Self {
            status,
            kind,
            message: message.into(),
            param: None,
            headers: Vec::new(),
        }
    }

    /// 400 `INVALID_REQUEST_ERROR` about `param`.
    pub(crate) fn invalid(message: impl Into<String>, param: impl Into<String>) -> Self {
        let mut e = Self::invalid_no_param(message);
        e.param = Some(param.into());
        e
    }

    /// 400 `INVALID_REQUEST_ERROR` about the body as a whole.
    pub(crate) fn invalid_no_param(message: impl Into<String>) -> Self {
        Self::new(StatusCode::BAD_REQUEST, "INVALID_REQUEST_ERROR", message)
    }

    /// 404 `CUSTOMER_NOT_FOUND_ERROR`, as the spec documents it.
    pub(crate) fn customer_not_found(id: &str) -> Self {
        let mut e = Self::new(
            StatusCode::NOT_FOUND,
            "CUSTOMER_NOT_FOUND_ERROR",
            format!("Customer not found for provided ID: {id}"),
        );
        e.param = Some("customer_id".into());
        e
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
    pub(crate) fn method_not_allowed(method: &str, allow: &'static str) -> Self {
        let mut e = Self::new(
            StatusCode::METHOD_NOT_ALLOWED,
            "INVALID_REQUEST_ERROR",
            format!("Method {method} is not allowed here; allowed: {allow}"),
        );
        e.headers
            .push((header::ALLOW, HeaderValue::from_static(allow)));
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

    /// 500 for a failure of the mock itself.
    pub(crate) fn internal(message: impl Into<String>) -> Self {
        Self::new(StatusCode::INTERNAL_SERVER_ERROR, "API_ERROR", message)
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

    /// The JSON body.
    pub(crate) fn body(&self) -> Value {
        let mut map = Map::new();
        map.insert("type".into(), Value::from(self.kind));
        map.insert("message".into(), Value::from(self.message.clone()));
        if let Some(param) = &self.param {
            map.insert("param".into(), Value::from(param.clone()));
        }
        Value::Object(map)
    }
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        let mut response = json_response(self.status, &self.body());
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
