//! The facade's request execution, plugged into the generated client through
//! `imprint_raw::support::Transport`: authentication headers, retries with
//! jittered backoff and `Retry-After`, a response size limit, and tracing.
//!
//! Per-call state (the retry class, the last status and request id, a fatal
//! error the generated code cannot express) travels in a task-local set by
//! [`crate::Client`] around each call. It is held by value (no allocation
//! per call) and taken back from the scope when the call ends.

use std::cell::RefCell;
use std::time::{Duration, Instant};

use bytes::{Bytes, BytesMut};
use imprint_raw::support::{ExecFuture, Transport};
use reqwest::header::{
    AUTHORIZATION, CONTENT_LENGTH, HeaderMap, HeaderValue, RETRY_AFTER, USER_AGENT,
};

use crate::error::{Error, is_retryable_status, request_id};
use crate::retry::{CallClass, FailureKind, RetryPolicy, parse_retry_after};

tokio::task_local! {
    pub(crate) static CALL: CallState;
}

/// What the transport learnt during one call.
#[derive(Debug)]
pub(crate) struct CallState {
    /// The spec's operationId (the generated code passes a snake_case name).
    pub(crate) operation: &'static str,
    pub(crate) class: CallClass,
    observed: RefCell<Observed>,
}

#[derive(Debug, Default)]
pub(crate) struct Observed {
    pub(crate) attempts: u32,
    pub(crate) status: Option<u16>,
    pub(crate) request_id: Option<String>,
    pub(crate) retry_after: Option<Duration>,
    pub(crate) fatal: Option<Error>,
}

impl CallState {
    pub(crate) fn new(operation: &'static str, class: CallClass) -> Self {
        Self {
            operation,
            class,
            observed: RefCell::new(Observed::default()),
        }
    }

    /// Updates the current call's observations (no-op outside a call).
    /// Borrows never overlap: each update is a short closure that does not
    /// call back into this.
    fn record(f: impl FnOnce(&mut Observed)) {
        let _ = CALL.try_with(|s| {
            if let Ok(mut observed) = s.observed.try_borrow_mut() {
                f(&mut observed);
            }
        });
    }

    pub(crate) fn into_observed(self) -> Observed {
        self.observed.into_inner()
    }
}

/// Headers and limits the transport applies to every request.
pub(crate) struct ImprintTransport {
    pub(crate) authorization: HeaderValue,
    pub(crate) merchant_key: Option<HeaderValue>,
    pub(crate) user_agent: HeaderValue,
    pub(crate) policy: RetryPolicy,
    pub(crate) max_body: usize,
}

enum BodyError {
    TooLarge,
    Read(reqwest::Error),
}

async fn read_capped(mut response: reqwest::Response, limit: usize) -> Result<Bytes, BodyError> {
    if response.content_length().is_some_and(|n| n > limit as u64) {
        return Err(BodyError::TooLarge);
    }
    // Most bodies arrive in one chunk: keep it as is, without a copy.
    let Some(first) = response.chunk().await.map_err(BodyError::Read)? else {
        return Ok(Bytes::new());
    };
    if first.len() > limit {
        return Err(BodyError::TooLarge);
    }
    let Some(second) = response.chunk().await.map_err(BodyError::Read)? else {
        return Ok(first);
    };
    let hint = response
        .content_length()
        .map_or(first.len() + second.len(), |n| n as usize);
    let mut buf = BytesMut::with_capacity(hint.min(limit));
    for chunk in [first, second] {
        if buf.len() + chunk.len() > limit {
            return Err(BodyError::TooLarge);
        }
        buf.extend_from_slice(&chunk);
    }
    while let Some(chunk) = response.chunk().await.map_err(BodyError::Read)? {
        if buf.len() + chunk.len() > limit {
            return Err(BodyError::TooLarge);
        }
        buf.extend_from_slice(&chunk);
    }
    Ok(buf.freeze())
}

fn rebuild(status: reqwest::StatusCode, headers: HeaderMap, body: Bytes) -> reqwest::Response {
    let mut response = http::Response::new(body);
    *response.status_mut() = status;
    *response.headers_mut() = headers;
    reqwest::Response::from(response)
}

impl ImprintTransport {
    fn decorate(&self, request: &mut reqwest::Request) {
        let headers = request.headers_mut();
        headers.insert(AUTHORIZATION, self.authorization.clone());
        headers.insert(USER_AGENT, self.user_agent.clone());
        if let Some(key) = &self.merchant_key {
            headers.insert("x-imprint-merchant-key", key.clone());
        }
    }

    async fn run(
        &self,
        client: &reqwest::Client,
        mut request: reqwest::Request,
        operation: &'static str,
    ) -> reqwest::Result<reqwest::Response> {
        let (class, operation) = CALL
            .try_with(|s| (s.class, s.operation))
            .unwrap_or((CallClass::Write, operation));
        self.decorate(&mut request);
        let span = tracing::Span::current();
        let max = self.policy.attempts();
        let mut attempt = 0;
        loop {
            attempt += 1;
            span.record("attempt", attempt);
            CallState::record(|o| o.attempts = attempt);
            // An attempt that may be followed by another sends a copy and
            // keeps the request; the last sends the request itself. A body
            // that cannot be copied (a stream) is sent once.
            let (this_try, next) = if attempt < max {
                match request.try_clone() {
                    Some(copy) => (copy, Some(request)),
                    None => (request, None),
                }
            } else {
                (request, None)
            };
            let started = Instant::now();
            match client.execute(this_try).await {
                Err(e) => {
                    let failure = if e.is_connect() {
                        FailureKind::NotSent
                    } else {
                        FailureKind::Unknown
                    };
                    tracing::debug!(operation, attempt, error = %e, elapsed_ms = started.elapsed().as_millis() as u64, "attempt failed");
                    let Some(r) =
                        next.filter(|_| !e.is_builder() && self.policy.allows(class, failure))
                    else {
                        return Err(e);
                    };
                    let reason = if failure == FailureKind::NotSent {
                        "connection failed"
                    } else {
                        "request failed"
                    };
                    self.pause(attempt, None, reason).await;
                    request = r;
                }
                Ok(mut response) => {
                    let status = response.status();
                    let headers = std::mem::take(response.headers_mut());
                    let rid = request_id(&headers);
                    span.record("status", status.as_u16());
                    if let Some(r) = &rid {
                        span.record("request_id", r.as_str());
                    }
                    CallState::record(|o| {
                        o.status = Some(status.as_u16());
                        o.request_id = rid;
                    });
                    let body = match read_capped(response, self.max_body).await {
                        Ok(b) => b,
                        Err(BodyError::TooLarge) => {
                            tracing::warn!(
                                operation,
                                attempt,
                                limit = self.max_body,
                                "response body over the limit"
                            );
                            CallState::record(|o| {
                                o.fatal = Some(Error::BodyTooLarge {
                                    operation,
                                    status: status.as_u16(),
                                    limit: self.max_body,
                                })
                            });
                            let mut headers = headers;
                            headers.remove(CONTENT_LENGTH);
                            return Ok(rebuild(status, headers, Bytes::new()));
                        }
                        Err(BodyError::Read(e)) => {
                            tracing::debug!(operation, attempt, error = %e, "response body broke off");
                            let Some(r) =
                                next.filter(|_| self.policy.allows(class, FailureKind::Unknown))
                            else {
                                return Err(e);
                            };
                            self.pause(attempt, None, "body broke off").await;
                            request = r;
                            continue;
                        }
                    };
                    tracing::debug!(
                        operation,
                        attempt,
                        status = status.as_u16(),
                        bytes = body.len(),
                        elapsed_ms = started.elapsed().as_millis() as u64,
                        "attempt finished"
                    );
                    let code = status.as_u16();
                    if !is_retryable_status(code) {
                        return Ok(rebuild(status, headers, body));
                    }
                    let retry_after = headers
                        .get(RETRY_AFTER)
                        .and_then(|v| v.to_str().ok())
                        .and_then(|v| parse_retry_after(v, chrono::Utc::now()));
                    CallState::record(|o| o.retry_after = retry_after);
                    let over_cap = retry_after.is_some_and(|d| d > self.policy.retry_after_cap());
                    let Some(r) = next.filter(|_| {
                        !over_cap && self.policy.allows(class, FailureKind::Status(code))
                    }) else {
                        return Ok(rebuild(status, headers, body));
                    };
                    self.pause(attempt, retry_after, "retryable status").await;
                    request = r;
                }
            }
        }
    }

    async fn pause(&self, attempt: u32, retry_after: Option<Duration>, reason: &'static str) {
        let delay = retry_after.unwrap_or_else(|| self.policy.backoff(attempt));
        tracing::info!(
            attempt,
            delay_ms = delay.as_millis() as u64,
            reason,
            "retrying"
        );
        tokio::time::sleep(delay).await;
    }
}

impl Transport for ImprintTransport {
    fn execute<'a>(
        &'a self,
        client: &'a reqwest::Client,
        request: reqwest::Request,
        operation_id: &'static str,
    ) -> ExecFuture<'a> {
        Box::pin(self.run(client, request, operation_id))
    }
}
