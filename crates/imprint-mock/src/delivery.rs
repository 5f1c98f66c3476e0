//! Webhook delivery: when the mock's state changes (a simulated transaction
//! event, a reward, a customer link, a payment method's status), the event
//! is POSTed to the configured URL, signed as Imprint signs its deliveries
//! (`X-IMPRINT-HMAC-SIGNATURE: t=<ms>,s=<hex HMAC-SHA256 of "<t>.<body>">`,
//! [`imprint::webhooks::sign_now`]).
//!
//! One worker delivers the events in the order they happened. A delivery
//! that gets a non-2xx answer or no answer (refused connection, timeout) is
//! retried after a backoff that doubles from the base delay, up to the
//! configured number of attempts; then the worker moves on to the next
//! event. Every attempt is recorded ([`crate::MockServer::deliveries`]).

use std::sync::{Arc, Mutex, PoisonError};
use std::time::Duration;

use chrono::{DateTime, Utc};
use imprint::webhooks::{SIGNATURE_HEADER, WebhookSecret, sign_now};
use serde_json::Value;
use tokio::sync::{Notify, broadcast};

use crate::error::MockError;
use crate::store::MockEvent;

/// Attempts per delivery unless [`crate::MockServerBuilder::webhook_attempts`]
/// says otherwise.
pub const DEFAULT_WEBHOOK_ATTEMPTS: u32 = 5;

/// The first retry's delay, doubled for each later one, unless
/// [`crate::MockServerBuilder::webhook_backoff`] says otherwise.
pub const DEFAULT_WEBHOOK_BACKOFF: Duration = Duration::from_millis(200);

/// How long one delivery attempt may take.
const ATTEMPT_TIMEOUT: Duration = Duration::from_secs(10);

/// Where and how to deliver webhooks.
#[derive(Clone)]
pub(crate) struct WebhookTarget {
    pub(crate) url: reqwest::Url,
    pub(crate) secret: WebhookSecret,
    pub(crate) attempts: u32,
    pub(crate) backoff: Duration,
}

impl std::fmt::Debug for WebhookTarget {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("WebhookTarget")
            .field("url", &self.url.as_str())
            .field("secret", &self.secret)
            .field("attempts", &self.attempts)
            .field("backoff", &self.backoff)
            .finish()
    }
}

impl WebhookTarget {
    pub(crate) fn new(
        url: &str,
        secret: Option<WebhookSecret>,
        attempts: u32,
        backoff: Duration,
    ) -> Result<Self, MockError> {
        let url = reqwest::Url::parse(url)
            .map_err(|e| MockError::Config(format!("webhook URL {url:?} is not a URL: {e}")))?;
        if !matches!(url.scheme(), "http" | "https") {
            return Err(MockError::Config(format!(
                "webhook URL {url} must be http or https"
            )));
        }
        let secret = secret.filter(|s| !s.is_empty()).ok_or_else(|| {
            MockError::Config("a webhook URL needs a non-empty webhook secret".into())
        })?;
        if attempts == 0 {
            return Err(MockError::Config(
                "webhook attempts must be at least 1".into(),
            ));
        }
        Ok(Self {
            url,
            secret,
            attempts,
            backoff,
        })
    }
}

/// One delivery of one event: what was sent, where, and every answer.
#[derive(Clone, Debug, PartialEq)]
#[non_exhaustive]
pub struct Delivery {
    /// The event's position in the server's event log.
    pub sequence: u64,
    /// The webhook (`Transaction`, `Reward`, ...).
    pub webhook: String,
    /// Where it was sent.
    pub url: String,
    /// The JSON body sent (the event's payload).
    pub body: Value,
    /// Every attempt, in order.
    pub attempts: Vec<DeliveryAttempt>,
    /// Whether an attempt got a 2xx answer.
    pub delivered: bool,
    /// How many attempts it may take.
    pub max_attempts: u32,
}

/// One attempt of a [`Delivery`].
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub struct DeliveryAttempt {
    /// When it was sent.
    pub at: DateTime<Utc>,
    /// The signature header sent (it authenticates this body at this time;
    /// it does not reveal the secret).
    pub signature: String,
    /// The answer's status, if one came.
    pub status: Option<u16>,
    /// Why no answer came (connection refused, timeout).
    pub error: Option<String>,
}

/// The deliveries made so far, and a way to wait for more.
#[derive(Debug, Default)]
pub(crate) struct DeliveryLog {
    deliveries: Mutex<Vec<Delivery>>,
    /// Events the worker missed because it fell more than the channel's
    /// capacity behind.
    missed: Mutex<u64>,
    changed: Notify,
}

impl DeliveryLog {
    pub(crate) fn all(&self) -> Vec<Delivery> {
        self.deliveries
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .clone()
    }

    pub(crate) fn missed(&self) -> u64 {
        *self.missed.lock().unwrap_or_else(PoisonError::into_inner)
    }

    fn push(&self, delivery: Delivery) -> usize {
        let mut all = self
            .deliveries
            .lock()
            .unwrap_or_else(PoisonError::into_inner);
        all.push(delivery);
        all.len() - 1
    }

    fn update(&self, index: usize, f: impl FnOnce(&mut Delivery)) {
        if let Some(d) = self
            .deliveries
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .get_mut(index)
        {
            f(d);
        }
        self.changed.notify_waiters();
    }

    /// Waits until `count` deliveries are finished (delivered, or out of
    /// attempts), or `timeout` passes; returns them all either way.
    pub(crate) async fn wait_finished(&self, count: usize, timeout: Duration) -> Vec<Delivery> {
        let deadline = tokio::time::Instant::now() + timeout;
        loop {
            let notified = self.changed.notified();
            let all = self.all();
            let finished = all.iter().filter(|d| is_finished(d)).count();
            if finished >= count {
                return all;
            }
            if tokio::time::timeout_at(deadline, notified).await.is_err() {
                return self.all();
            }
        }
    }
}

fn is_finished(d: &Delivery) -> bool {
    d.delivered || d.attempts.len() >= d.max_attempts as usize
}

/// Spawns the worker that delivers `events` to `target`, recording into
/// `log`. It ends when the event channel closes (the server is gone).
pub(crate) fn spawn(
    target: WebhookTarget,
    mut events: broadcast::Receiver<MockEvent>,
    log: Arc<DeliveryLog>,
) -> Result<(), MockError> {
    let http = imprint_raw::support::http_client_builder()
        .map_err(|e| MockError::Config(format!("TLS setup for webhooks failed: {e}")))?
        .timeout(ATTEMPT_TIMEOUT)
        .build()
        .map_err(|e| MockError::Config(format!("HTTP client for webhooks failed: {e}")))?;
    tokio::spawn(async move {
        loop {
            match events.recv().await {
                Ok(event) => deliver(&http, &target, &log, event).await,
                Err(broadcast::error::RecvError::Lagged(n)) => {
                    tracing::warn!(missed = n, "webhook delivery fell behind; events missed");
                    *log.missed.lock().unwrap_or_else(PoisonError::into_inner) += n;
                    log.changed.notify_waiters();
                }
                Err(broadcast::error::RecvError::Closed) => break,
            }
        }
    });
    Ok(())
}

async fn deliver(
    http: &reqwest::Client,
    target: &WebhookTarget,
    log: &DeliveryLog,
    event: MockEvent,
) {
    let body = match serde_json::to_vec(&event.payload) {
        Ok(b) => b,
        Err(e) => {
            tracing::warn!(error = %e, "an event payload does not serialise; not delivered");
            return;
        }
    };
    let index = log.push(Delivery {
        sequence: event.sequence,
        webhook: event.webhook.clone(),
        url: target.url.to_string(),
        body: event.payload,
        attempts: Vec::new(),
        delivered: false,
        max_attempts: target.attempts,
    });
    let mut delay = target.backoff;
    for attempt in 1..=target.attempts {
        // Signed at each attempt: a retry carries a fresh timestamp, as a
        // receiver's freshness window expects.
        let signature = sign_now(&target.secret, &body);
        let sent = http
            .post(target.url.clone())
            .header(reqwest::header::CONTENT_TYPE, "application/json")
            .header(SIGNATURE_HEADER, &signature)
            .body(body.clone())
            .send()
            .await;
        let (status, error) = match sent {
            Ok(response) => (Some(response.status().as_u16()), None),
            Err(e) => (None, Some(e.to_string())),
        };
        let delivered = status.is_some_and(|s| (200..300).contains(&s));
        tracing::debug!(webhook = %event.webhook, attempt, ?status, delivered, "webhook delivery attempt");
        log.update(index, |d| {
            d.attempts.push(DeliveryAttempt {
                at: Utc::now(),
                signature,
                status,
                error,
            });
            d.delivered = delivered;
        });
        if delivered {
            return;
        }
        if attempt < target.attempts {
            tokio::time::sleep(delay).await;
            delay = delay.saturating_mul(2);
        }
    }
}
