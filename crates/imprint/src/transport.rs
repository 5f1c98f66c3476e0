//! The facade's request execution, plugged into the generated client through
//! `imprint_raw::support::Transport`: one attempt, with the authentication
//! headers, a response size limit, and tracing. Retries are decided a level
//! up, in the call path (`call.rs`), which rebuilds the request from its
//! owned, generated type: nothing here keeps a copy of a request in case.
//!
//! Per-call state (the attempt count, the last status and request id, a
//! fatal error the generated code cannot express) travels in a task-local set by
//! [`crate::Client`] around each call. It is held by value (no allocation
//! per call) and taken back from the scope when the call ends.

use std::cell::RefCell;
use std::time::{Duration, Instant};

use bytes::{Bytes, BytesMut};
use imprint_raw::support::{ExecFuture, Transport};
use reqwest::header::{AUTHORIZATION, CONTENT_LENGTH, HeaderMap, HeaderValue, USER_AGENT};

use crate::error::{Error, request_id};
use crate::pagination::early::EarlyCursor;

/// The header that selects a card program.
const MERCHANT_KEY: &str = "x-imprint-merchant-key";

tokio::task_local! {
    pub(crate) static CALL: CallState;
}

/// What the transport learnt during one call.
#[derive(Debug)]
pub(crate) struct CallState {
    /// The spec's operationId (the generated code passes a snake_case name).
    pub(crate) operation: &'static str,
    observed: RefCell<Observed>,
}

#[derive(Debug, Default)]
pub(crate) struct Observed {
    pub(crate) attempts: u32,
    pub(crate) status: Option<u16>,
    /// Boxed (with `fatal`) to keep the state small: the task-local swaps
    /// it in and out of its slot on every poll of the call.
    pub(crate) request_id: Option<Box<str>>,
    pub(crate) retry_after: Option<Duration>,
    pub(crate) fatal: Option<Box<Error>>,
}

impl CallState {
    pub(crate) fn new(operation: &'static str) -> Self {
        Self {
            operation,
            observed: RefCell::new(Observed::default()),
        }
    }

    /// Updates the current call's observations (no-op outside a call).
    /// Borrows never overlap: each update is a short closure that does not
    /// call back into this.
    pub(crate) fn record(f: impl FnOnce(&mut Observed)) {
        let _ = CALL.try_with(|s| {
            if let Ok(mut observed) = s.observed.try_borrow_mut() {
                f(&mut observed);
            }
        });
    }

    /// Whether an attempt of the current call hit an error the generated
    /// code cannot express (a body over the limit): no retry then.
    pub(crate) fn has_fatal() -> bool {
        CALL.try_with(|s| s.observed.try_borrow().is_ok_and(|o| o.fatal.is_some()))
            .unwrap_or(false)
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
    pub(crate) max_body: usize,
    /// The base URL's origin: the only one our credentials go to.
    pub(crate) origin: Origin,
}

/// A URL's origin (scheme, host, port), kept apart so that checking a
/// request against it allocates nothing.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Origin {
    scheme: String,
    host: String,
    port: Option<u16>,
}

impl Origin {
    pub(crate) fn of(url: &reqwest::Url) -> Self {
        Self {
            scheme: url.scheme().to_owned(),
            host: url.host_str().unwrap_or_default().to_owned(),
            port: url.port_or_known_default(),
        }
    }

    /// Whether `url` is on this origin.
    pub(crate) fn contains(&self, url: &reqwest::Url) -> bool {
        url.scheme() == self.scheme
            && url.host_str() == Some(self.host.as_str())
            && url.port_or_known_default() == self.port
    }
}

enum BodyError {
    TooLarge,
    Read(reqwest::Error),
}

/// The whole body, refused once it is over `limit` (as announced or as
/// read). Its unlimited twin on the success path is
/// `imprint_raw::support::from_response`'s reader, kept apart for the size
/// of every call's future (see there).
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

/// The response the generated code reads, around the body already read.
/// The original URL goes along (without it reqwest would parse a
/// placeholder URL on every call).
fn rebuild(
    status: reqwest::StatusCode,
    url: reqwest::Url,
    headers: HeaderMap,
    body: Bytes,
) -> reqwest::Response {
    use reqwest::ResponseBuilderExt;
    // The builder cannot fail on a typed status; without the URL is the
    // fallback, never a made-up status.
    let mut response = match http::Response::builder().status(status).url(url).body(()) {
        Ok(parts) => parts.map(|()| body),
        Err(_) => {
            let mut plain = http::Response::new(body);
            *plain.status_mut() = status;
            plain
        }
    };
    *response.headers_mut() = headers;
    reqwest::Response::from(response)
}

impl ImprintTransport {
    /// Adds our headers. The credentials (the API key and the merchant key)
    /// go only to the base URL's origin: every request the generated code
    /// builds is under the base URL, and this holds the promise should a
    /// future code path build one elsewhere. Credentials a request carries
    /// for another origin are removed, not just not added.
    fn decorate(&self, request: &mut reqwest::Request) {
        let same_origin = self.origin.contains(request.url());
        let headers = request.headers_mut();
        headers.insert(USER_AGENT, self.user_agent.clone());
        if !same_origin {
            headers.remove(AUTHORIZATION);
            headers.remove(MERCHANT_KEY);
            tracing::warn!(
                "a request to another origin than the base URL's: sent without credentials"
            );
            return;
        }
        headers.insert(AUTHORIZATION, self.authorization.clone());
        if let Some(key) = &self.merchant_key {
            headers.insert(MERCHANT_KEY, key.clone());
        }
    }

    /// One attempt. A 2xx answer whose length is known and within the
    /// limit goes to the generated code as it is (it reads the body); any
    /// other answer is read here, under the limit, and handed on rebuilt.
    async fn run(
        &self,
        client: &reqwest::Client,
        mut request: reqwest::Request,
        operation: &'static str,
    ) -> reqwest::Result<reqwest::Response> {
        let operation = CALL.try_with(|s| s.operation).unwrap_or(operation);
        self.decorate(&mut request);
        // Span and clock work only when something listens.
        let traced = tracing::level_enabled!(tracing::Level::INFO);
        let started = traced.then(Instant::now);
        let elapsed_ms = || started.map_or(0, |t| t.elapsed().as_millis() as u64);
        tracing::trace!(operation, "sending");
        let mut response = match client.execute(request).await {
            Ok(r) => r,
            Err(e) => {
                tracing::debug!(operation, error = %e, elapsed_ms = elapsed_ms(), "attempt failed");
                return Err(e);
            }
        };
        let status = response.status();
        let rid = request_id(response.headers());
        if traced {
            let span = tracing::Span::current();
            span.record("status", status.as_u16());
            if let Some(r) = &rid {
                span.record("request_id", r.as_str());
            }
        }
        CallState::record(|o| {
            o.status = Some(status.as_u16());
            o.request_id = rid.map(String::into_boxed_str);
        });
        // A page of a walk: its bytes are read here, for the next cursor.
        let early = if status.is_success() {
            EarlyCursor::wanted()
        } else {
            None
        };
        if status.is_success()
            && early.is_none()
            && response
                .content_length()
                .is_some_and(|n| n <= self.max_body as u64)
        {
            tracing::debug!(
                operation,
                status = status.as_u16(),
                elapsed_ms = elapsed_ms(),
                "attempt answered"
            );
            return Ok(response);
        }
        let url = response.url().clone();
        let headers = std::mem::take(response.headers_mut());
        let body = match read_capped(response, self.max_body).await {
            Ok(b) => b,
            Err(BodyError::TooLarge) => {
                tracing::warn!(
                    operation,
                    limit = self.max_body,
                    "response body over the limit"
                );
                CallState::record(|o| {
                    o.fatal = Some(Box::new(Error::BodyTooLarge {
                        operation,
                        status: status.as_u16(),
                        limit: self.max_body,
                    }))
                });
                let mut headers = headers;
                headers.remove(CONTENT_LENGTH);
                return Ok(rebuild(status, url, headers, Bytes::new()));
            }
            Err(BodyError::Read(e)) => {
                tracing::debug!(operation, error = %e, "response body broke off");
                return Err(e);
            }
        };
        tracing::debug!(
            operation,
            status = status.as_u16(),
            bytes = body.len(),
            elapsed_ms = elapsed_ms(),
            "attempt answered"
        );
        // Let the paginator send the next request before this page is
        // decoded (on a single-threaded runtime it runs only if we yield).
        if let Some(early) = early
            && early.deliver(&body)
        {
            tokio::task::yield_now().await;
        }
        Ok(rebuild(status, url, headers, body))
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_call_state_stays_small() {
        // The task-local swaps it in and out of its slot on every poll of
        // the call: keep it within a couple of cache lines.
        assert!(
            std::mem::size_of::<CallState>() <= 96,
            "{} bytes",
            std::mem::size_of::<CallState>()
        );
    }
}
