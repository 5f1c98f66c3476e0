//! The one call path. Every operation goes through [`Client::call`]: the
//! generated request types through [`Client::send`] (and the paginator),
//! spec-driven tools through [`Client::send_raw`]. Each call gets one
//! `imprint.call` span, the per-call context the transport reads (retry
//! class, operation) and one mapping of outcomes to [`Error`].

use std::future::Future;
use std::time::{Duration, Instant};

use bytes::Bytes;
use futures_util::TryStreamExt;
use imprint_raw::support::{OperationDescriptor, Request};
use imprint_raw::{ByteStream, ClientInfo, ResponseValue};
use reqwest::header::{ACCEPT, HeaderMap, HeaderValue, RETRY_AFTER};
use serde_json::Value;
use tracing::Instrument;

use crate::client::Client;
use crate::error::{DecodeError, Error, ErrorResponse, InputError, is_retryable_status};
use crate::retry::{CallClass, FailureKind, RetryPolicy, parse_retry_after};
use crate::transport::{CALL, CallState, Observed};
use crate::validate;

/// Error bodies the generated code hands back: bytes, or nothing.
pub trait ErrorBody: Send {
    /// The body's bytes.
    fn into_bytes(self) -> impl Future<Output = Bytes> + Send;
}

impl ErrorBody for ByteStream {
    async fn into_bytes(self) -> Bytes {
        let chunks: Vec<Bytes> = self.into_inner().try_collect().await.unwrap_or_default();
        chunks.concat().into()
    }
}

impl ErrorBody for () {
    async fn into_bytes(self) -> Bytes {
        Bytes::new()
    }
}

/// A request described by its operation and JSON-level values rather than
/// a generated type: for tools that work from the spec (the `imprint api`
/// command). [`Client::send_raw`] sends it with the same auth, retries,
/// limits, tracing and errors as a typed call.
///
/// Its `Debug` redacts the values of the spec's sensitive fields.
#[derive(Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct RawRequest {
    /// Path parameters, by their spec names.
    pub path: Vec<(String, String)>,
    /// Query parameters, by their spec names, in order (a name may repeat).
    pub query: Vec<(String, String)>,
    /// The JSON body.
    pub body: Option<Value>,
}

impl RawRequest {
    /// An empty request.
    pub fn new() -> Self {
        Self::default()
    }
    /// Adds a path parameter.
    #[must_use]
    pub fn path_param(mut self, name: impl Into<String>, value: impl Into<String>) -> Self {
        self.path.push((name.into(), value.into()));
        self
    }
    /// Adds a query parameter.
    #[must_use]
    pub fn query_param(mut self, name: impl Into<String>, value: impl Into<String>) -> Self {
        self.query.push((name.into(), value.into()));
        self
    }
    /// Sets the JSON body.
    #[must_use]
    pub fn body(mut self, body: Value) -> Self {
        self.body = Some(body);
        self
    }
}

impl std::fmt::Debug for RawRequest {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let redact = |pairs: &[(String, String)]| -> Vec<(String, String)> {
            pairs
                .iter()
                .map(|(k, v)| {
                    let v = if crate::redact::is_sensitive(k) {
                        "<redacted>".to_string()
                    } else {
                        v.clone()
                    };
                    (k.clone(), v)
                })
                .collect()
        };
        let body = self.body.clone().map(|mut b| {
            crate::redact::scrub(&mut b);
            b
        });
        f.debug_struct("RawRequest")
            .field("path", &redact(&self.path))
            .field("query", &redact(&self.query))
            .field("body", &body)
            .finish()
    }
}

/// What [`Client::send_raw`] got back: a success status and its body, as
/// the API sent it. `Debug` shows a JSON body with its sensitive fields
/// redacted, any other body by its length.
#[derive(Clone)]
#[non_exhaustive]
pub struct RawResponse {
    /// The status (2xx).
    pub status: u16,
    /// The headers.
    pub headers: HeaderMap,
    /// The body (empty for a 204).
    pub body: Bytes,
}

impl std::fmt::Debug for RawResponse {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let mut d = f.debug_struct("RawResponse");
        d.field("status", &self.status)
            .field("headers", &self.headers);
        match serde_json::from_slice::<Value>(&self.body) {
            Ok(mut body) => {
                crate::redact::scrub(&mut body);
                d.field("body", &body)
            }
            Err(_) => d.field("body", &format_args!("<{} bytes>", self.body.len())),
        };
        d.finish()
    }
}

impl RawResponse {
    /// The body as JSON; `None` when it is empty.
    pub fn json(&self) -> Result<Option<Value>, serde_json::Error> {
        if self.body.iter().all(u8::is_ascii_whitespace) {
            return Ok(None);
        }
        serde_json::from_slice(&self.body).map(Some)
    }
}

impl Client {
    /// Sends any generated request (one per operation, in
    /// [`crate::requests`]) and decodes the answer: the call path every
    /// section handle uses. Path parameters are checked before anything is
    /// sent (not empty, not `.` or `..`, no control characters or
    /// backslashes); errors are typed ([`Error`]).
    ///
    /// ```no_run
    /// # async fn run(client: imprint::Client) -> Result<(), imprint::Error> {
    /// use imprint::requests;
    /// let reward = client.send(requests::GetReward::new("B552A4A1-9B31-4414-8AEE-E735A8652EDA")).await?;
    /// println!("{} {}", reward.id, reward.status);
    /// # Ok(()) }
    /// ```
    pub async fn send<R>(&self, request: R) -> Result<R::Output, Error>
    where
        R: Request,
        R::Output: serde::de::DeserializeOwned,
        R::ErrorBody: ErrorBody,
    {
        check_path_params(&request)?;
        let raw = &self.inner.raw;
        // Each attempt sends a copy, the last one the request itself: a
        // retry rebuilds the request from its owned type, and the common
        // single attempt copies nothing. Boxed where it is made: the
        // generated future is large, and every async layer above would
        // otherwise carry it.
        let mut pending = Some(request);
        let attempt = move |last: bool| {
            let request = if last {
                pending.take()
            } else {
                pending.clone()
            };
            Box::pin(async move {
                match request {
                    Some(r) => r.send(raw).await,
                    None => Err(imprint_raw::Error::InvalidRequest(
                        "the request was already sent".into(),
                    )),
                }
            })
        };
        self.call(R::OPERATION, attempt, decode_error::<R::Output>)
            .await
    }

    /// Sends `operation` with JSON-level values: path and query parameters
    /// by their spec names, and a JSON body. The same call path as
    /// [`Client::send`] (auth, retries by the operation's class, size
    /// limit, tracing, typed errors); the success body is returned as sent.
    ///
    /// ```no_run
    /// # async fn run(client: imprint::Client) -> Result<(), imprint::Error> {
    /// use imprint::{RawRequest, operations};
    /// let op = operations::find("getReward").expect("in the spec");
    /// let response = client.send_raw(op, RawRequest::new().path_param("reward_id", "R-1")).await?;
    /// println!("{}", String::from_utf8_lossy(&response.body));
    /// # Ok(()) }
    /// ```
    pub async fn send_raw(
        &self,
        operation: &'static OperationDescriptor,
        request: RawRequest,
    ) -> Result<RawResponse, Error> {
        let first = build_raw(self, operation, &request)?;
        let raw = &self.inner.raw;
        let mut pending = Some(first);
        let attempt = move |last: bool| {
            // A JSON body is bytes: the copy for a retry always succeeds.
            let http = if last {
                pending.take()
            } else {
                pending.as_ref().and_then(reqwest::Request::try_clone)
            };
            Box::pin(async move {
                let Some(http) = http else {
                    return Err(imprint_raw::Error::InvalidRequest(
                        "the request could not be copied for a retry".into(),
                    ));
                };
                let response = imprint_raw::support::execute(raw, http, operation.id)
                    .await
                    .map_err(imprint_raw::Error::<()>::CommunicationError)?;
                let status = response.status();
                if !status.is_success() {
                    return Err(imprint_raw::Error::UnexpectedResponse(response));
                }
                let headers = response.headers().clone();
                let body = response
                    .bytes()
                    .await
                    .map_err(imprint_raw::Error::ResponseBodyError)?;
                Ok(ResponseValue::new(body, status, headers))
            })
        };
        let value = self
            .call_value(operation, attempt, |op, _, body| {
                Error::Decode(Box::new(DecodeError {
                    operation: op,
                    status: 0,
                    path: ".".into(),
                    message: "unexpected payload".into(),
                    excerpt: crate::redact::excerpt(&body, 160),
                    request_id: None,
                    body,
                }))
            })
            .await?;
        Ok(RawResponse {
            status: value.status().as_u16(),
            headers: value.headers().clone(),
            body: value.into_inner(),
        })
    }

    /// Runs one call: its attempts (`attempt(last)` makes each attempt's
    /// future) with the call context and span set, retries as the policy
    /// allows for the operation's class, and turns the result into ours.
    pub(crate) async fn call<T, E, F, A>(
        &self,
        op: &'static OperationDescriptor,
        attempt: A,
        decode: fn(&'static str, &Observed, Bytes) -> Error,
    ) -> Result<T, Error>
    where
        E: ErrorBody,
        F: Future<Output = Result<ResponseValue<T>, imprint_raw::Error<E>>>,
        A: FnMut(bool) -> F,
    {
        self.call_value(op, attempt, decode)
            .await
            .map(ResponseValue::into_inner)
    }

    async fn call_value<T, E, F, A>(
        &self,
        op: &'static OperationDescriptor,
        attempt: A,
        decode: fn(&'static str, &Observed, Bytes) -> Error,
    ) -> Result<ResponseValue<T>, Error>
    where
        E: ErrorBody,
        F: Future<Output = Result<ResponseValue<T>, imprint_raw::Error<E>>>,
        A: FnMut(bool) -> F,
    {
        if op.sandbox_only && self.inner.environment == crate::Environment::Production {
            return Err(Error::SandboxOnly { operation: op.id });
        }
        let class = CallClass::of(op);
        let state = CallState::new(op.id);
        let span = tracing::info_span!(
            "imprint.call",
            operation = op.id,
            method = op.method,
            path = op.path,
            attempt = tracing::field::Empty,
            status = tracing::field::Empty,
            latency_ms = tracing::field::Empty,
            request_id = tracing::field::Empty,
        );
        let attempts = attempts(&self.inner.policy, class, &span, attempt);
        // Scoped, so that the decoded value's storage is not kept in this
        // future's state while an error is mapped.
        let failed = {
            // The state comes back out of the scope: no allocation per call.
            // When nothing listens (the span is disabled) there is no span
            // to enter on each poll, no latency to record.
            let (result, state) = if span.is_disabled() {
                let mut scoped = std::pin::pin!(CALL.scope(state, attempts));
                let result = scoped.as_mut().await;
                (result, scoped.as_mut().take_value())
            } else {
                let started = Instant::now();
                let mut scoped =
                    std::pin::pin!(CALL.scope(state, attempts).instrument(span.clone()));
                let result = scoped.as_mut().await;
                span.record("latency_ms", started.elapsed().as_millis() as u64);
                (result, scoped.as_mut().inner_pin_mut().take_value())
            };
            let observed = state.map(CallState::into_observed).unwrap_or_default();
            if let Some(fatal) = observed.fatal {
                return Err(*fatal);
            }
            // The success path needs no await; the error mapping (which
            // reads error bodies) is boxed so its state does not weigh on
            // every call.
            match result {
                Ok(v) => return Ok(v),
                Err(e) => Box::pin(outcome(op.id, e, observed, decode)),
            }
        };
        let error = failed.await;
        tracing::debug!(parent: &span, error = %error, "call failed");
        Err(error)
    }
}

/// The attempts of one call: each made by `attempt(last)`, retried while
/// the failure is retryable, the policy allows it for the call's class, and
/// attempts remain; the last result is returned as it is.
async fn attempts<T, E, F, A>(
    policy: &RetryPolicy,
    class: CallClass,
    span: &tracing::Span,
    mut attempt: A,
) -> Result<ResponseValue<T>, imprint_raw::Error<E>>
where
    F: Future<Output = Result<ResponseValue<T>, imprint_raw::Error<E>>>,
    A: FnMut(bool) -> F,
{
    let max = policy.attempts();
    let mut n = 0;
    loop {
        n += 1;
        span.record("attempt", n);
        CallState::record(|o| o.attempts = n);
        // Scoped: the failed answer (and its connection) is let go before
        // the wait, and the result's storage (the decoded value's size) is
        // not kept in this future's state beside the timer's.
        let (delay, reason) = {
            let result = attempt(n >= max).await;
            let Some((failure, retry_after, reason)) = retryable(&result) else {
                return result;
            };
            if matches!(failure, FailureKind::Status(_)) {
                CallState::record(|o| o.retry_after = retry_after);
            }
            let over_cap = retry_after.is_some_and(|d| d > policy.retry_after_cap());
            if n >= max || over_cap || CallState::has_fatal() || !policy.allows(class, failure) {
                return result;
            }
            (retry_after.unwrap_or_else(|| policy.backoff(n)), reason)
        };
        tracing::info!(
            attempt = n,
            delay_ms = delay.as_millis() as u64,
            reason,
            "retrying"
        );
        tokio::time::sleep(delay).await;
    }
}

/// Whether an attempt's failure may be worth another: what kind, the
/// server's `Retry-After`, and why (for the log).
fn retryable<T, E>(
    result: &Result<ResponseValue<T>, imprint_raw::Error<E>>,
) -> Option<(FailureKind, Option<Duration>, &'static str)> {
    let status = |status: reqwest::StatusCode, headers: &HeaderMap| {
        let code = status.as_u16();
        is_retryable_status(code).then(|| {
            let retry_after = headers
                .get(RETRY_AFTER)
                .and_then(|v| v.to_str().ok())
                .and_then(|v| parse_retry_after(v, chrono::Utc::now()));
            (FailureKind::Status(code), retry_after, "retryable status")
        })
    };
    match result {
        Ok(_) => None,
        Err(imprint_raw::Error::CommunicationError(e)) if e.is_builder() => None,
        Err(imprint_raw::Error::CommunicationError(e)) if e.is_connect() => {
            Some((FailureKind::NotSent, None, "connection failed"))
        }
        Err(imprint_raw::Error::CommunicationError(_)) => {
            Some((FailureKind::Unknown, None, "request failed"))
        }
        Err(imprint_raw::Error::ResponseBodyError(_)) => {
            Some((FailureKind::Unknown, None, "body broke off"))
        }
        Err(imprint_raw::Error::ErrorResponse(rv)) => status(rv.status(), rv.headers()),
        Err(imprint_raw::Error::UnexpectedResponse(r)) => status(r.status(), r.headers()),
        Err(_) => None,
    }
}

/// The one mapping from what the generated client returned to our errors.
async fn outcome<E: ErrorBody>(
    operation: &'static str,
    error: imprint_raw::Error<E>,
    observed: Observed,
    decode: fn(&'static str, &Observed, Bytes) -> Error,
) -> Error {
    let attempts = observed.attempts.max(1);
    match error {
        imprint_raw::Error::ErrorResponse(rv) => {
            let (status, headers) = (rv.status(), rv.headers().clone());
            let body = rv.into_inner().into_bytes().await;
            api_error(operation, status, &headers, body, observed.retry_after)
        }
        imprint_raw::Error::UnexpectedResponse(response) => {
            let (status, headers) = (response.status(), response.headers().clone());
            let body = response.bytes().await.unwrap_or_default();
            api_error(operation, status, &headers, body, observed.retry_after)
        }
        imprint_raw::Error::InvalidResponsePayload(body, _) => decode(operation, &observed, body),
        imprint_raw::Error::CommunicationError(e) | imprint_raw::Error::ResponseBodyError(e) => {
            if e.is_timeout() {
                Error::Timeout {
                    operation,
                    attempts,
                    source: e,
                }
            } else {
                Error::Transport {
                    operation,
                    attempts,
                    source: e,
                }
            }
        }
        imprint_raw::Error::InvalidRequest(message) => {
            Error::InvalidInput(InputError::new("request", message))
        }
        imprint_raw::Error::InvalidUpgrade(e) => {
            Error::Config(format!("{operation}: unexpected upgrade: {e}"))
        }
        imprint_raw::Error::Custom(m) => Error::Config(format!("{operation}: {m}")),
    }
}

/// Every path parameter must be a usable id (see [`validate::id`]).
fn check_path_params<R: Request>(request: &R) -> Result<(), Error> {
    let mut first = None;
    request.visit_path_params(&mut |name, value| {
        if first.is_none()
            && let Err(e) = validate::id(name, value)
        {
            first = Some(e);
        }
    });
    match first {
        Some(e) => Err(e.into()),
        None => Ok(()),
    }
}

/// Builds the HTTP request of a [`RawRequest`]: the path template filled
/// (each value checked as an id and percent-encoded as one segment), the
/// query, the JSON body.
fn build_raw(
    client: &Client,
    op: &'static OperationDescriptor,
    request: &RawRequest,
) -> Result<reqwest::Request, Error> {
    let mut path = String::with_capacity(op.path.len() + 32);
    let mut rest = op.path;
    while let Some(open) = rest.find('{') {
        path.push_str(&rest[..open]);
        let after = &rest[open + 1..];
        let Some(close) = after.find('}') else {
            return Err(Error::Config(format!(
                "{}: malformed path template {}",
                op.id, op.path
            )));
        };
        let name = &after[..close];
        let value = request
            .path
            .iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.as_str())
            .ok_or_else(|| InputError::new(name, "is a required path parameter"))?;
        validate::id(name, value)?;
        path.push_str(&imprint_raw::support::encode_path_segment(value));
        rest = &after[close + 1..];
    }
    path.push_str(rest);
    if let Some((name, _)) = request
        .path
        .iter()
        .find(|(k, _)| !op.path.contains(&format!("{{{k}}}")))
    {
        return Err(InputError::new(name, format!("is not a path parameter of {}", op.id)).into());
    }
    let mut url = reqwest::Url::parse(&format!("{}{path}", client.inner.base_url))
        .map_err(|e| Error::Config(format!("{}: cannot build the URL: {e}", op.id)))?;
    if !request.query.is_empty() {
        let mut pairs = url.query_pairs_mut();
        for (k, v) in &request.query {
            pairs.append_pair(k, v);
        }
    }
    let method = reqwest::Method::from_bytes(op.method.as_bytes())
        .map_err(|e| Error::Config(format!("{}: bad method: {e}", op.id)))?;
    let mut builder = client
        .inner
        .raw
        .client()
        .request(method, url)
        .header(ACCEPT, HeaderValue::from_static("application/json"));
    if let Some(body) = &request.body {
        builder = builder.json(body);
    }
    builder
        .build()
        .map_err(|e| Error::Config(format!("{}: cannot build the request: {e}", op.id)))
}

fn api_error(
    operation: &'static str,
    status: reqwest::StatusCode,
    headers: &HeaderMap,
    body: Bytes,
    retry_after: Option<Duration>,
) -> Error {
    if status.is_redirection() {
        return Error::Redirect {
            operation,
            status: status.as_u16(),
            location_origin: headers
                .get(reqwest::header::LOCATION)
                .map(|v| location_origin(v.as_bytes())),
            request_id: crate::error::request_id(headers),
        };
    }
    Error::from_api(
        ErrorResponse::from_parts(operation, status.as_u16(), headers, body),
        retry_after,
    )
}

/// What a redirect's `Location` may show in an error: its origin only (its
/// path and query may carry ids or tokens).
fn location_origin(location: &[u8]) -> String {
    let Ok(text) = std::str::from_utf8(location) else {
        return "an unreadable Location".into();
    };
    match reqwest::Url::parse(text.trim()) {
        Ok(url) => match url.origin() {
            url::Origin::Tuple(..) => url.origin().ascii_serialization(),
            url::Origin::Opaque(_) => format!("a {}: URL", url.scheme()),
        },
        Err(url::ParseError::RelativeUrlWithoutBase) => "the same origin".into(),
        Err(_) => "an unparsable Location".into(),
    }
}

/// A success body that does not decode as `T`: where, and why.
fn decode_error<T: serde::de::DeserializeOwned>(
    operation: &'static str,
    observed: &Observed,
    body: Bytes,
) -> Error {
    let mut de = serde_json::Deserializer::from_slice(&body);
    let (path, message) = match serde_path_to_error::deserialize::<_, T>(&mut de) {
        Ok(_) => (
            ".".to_string(),
            "the body decodes on its own but not as sent".to_string(),
        ),
        Err(e) => {
            let path = e.path().to_string();
            let message = crate::redact::decode_message(&path, e.inner().to_string());
            (path, message)
        }
    };
    let excerpt = crate::redact::excerpt(&body, 160);
    Error::Decode(Box::new(DecodeError {
        operation,
        status: observed.status.unwrap_or(0),
        path,
        message,
        excerpt,
        request_id: observed.request_id.as_deref().map(str::to_owned),
        body,
    }))
}
