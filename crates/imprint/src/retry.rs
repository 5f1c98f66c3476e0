//! Retry policy: which failures are retried, how often, and how long to wait.

use std::time::Duration;

/// How retries behave. The default retries up to 3 attempts in all, with
/// exponential backoff and full jitter (100 ms base, 5 s cap), and honours a
/// server's `Retry-After` up to 60 s.
///
/// Retried: connection failures, timeouts, and the statuses 408, 429, 500,
/// 502, 503 and 504.
///
/// Which failures an operation retries depends on whether it is
/// *idempotent*, a fact the spec gives each operation (see
/// [`crate::operations`]):
///
/// **Idempotent operations**: reads (GET), searches sent as POST
/// (`searchCustomersPost`, `searchPaymentMethodsPost`), PUT (`putOrder`) and
/// DELETE (`deleteOrder`, `deleteKey`). Sending one twice leaves the same
/// state as sending it once, so every retryable failure is retried.
///
/// **Writes**: the other POSTs and PATCHes (`createTransactionIntent`,
/// `updateCustomer`, `linkCustomerAccount`, `createOrder`, the simulations,
/// `createKey`, `patchReward`...). By default they are retried only when the
/// server cannot have acted: a connection that failed before the request
/// was sent, and a 429 (refused by rate limiting before any work). After a
/// timeout or a 5xx the outcome is unknown, so the error is returned and the
/// caller decides. [`WriteRetry::Always`] retries writes on every retryable
/// failure: safe where the write sets absolute values (an update sent twice
/// leaves the same state), unsafe where it creates something (a second
/// transaction intent).
///
/// ```
/// use std::time::Duration;
/// use imprint::{RetryPolicy, WriteRetry};
///
/// let policy = RetryPolicy::default()
///     .max_attempts(5)
///     .base_delay(Duration::from_millis(50))
///     .write_retry(WriteRetry::Always);
/// let none = RetryPolicy::disabled();
/// assert_eq!(none.attempts(), 1);
/// # let _ = policy;
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RetryPolicy {
    max_attempts: u32,
    base_delay: Duration,
    max_delay: Duration,
    max_retry_after: Duration,
    write_retry: WriteRetry,
}

/// When a write (a non-idempotent operation) may be sent again. See
/// [`RetryPolicy`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
#[non_exhaustive]
pub enum WriteRetry {
    /// Only when the server cannot have acted on it (connect failure, 429).
    #[default]
    WhenNotApplied,
    /// On every retryable failure, like idempotent operations.
    Always,
    /// Never.
    Never,
}

/// The former name of [`WriteRetry`], from when only updates wrote.
#[deprecated(
    since = "0.1.0",
    note = "renamed WriteRetry (it applies to every write)"
)]
pub type UpdateRetry = WriteRetry;

impl Default for RetryPolicy {
    fn default() -> Self {
        Self {
            max_attempts: 3,
            base_delay: Duration::from_millis(100),
            max_delay: Duration::from_secs(5),
            max_retry_after: Duration::from_secs(60),
            write_retry: WriteRetry::default(),
        }
    }
}

impl RetryPolicy {
    /// One attempt, no retries.
    pub fn disabled() -> Self {
        Self {
            max_attempts: 1,
            ..Self::default()
        }
    }
    /// Attempts in all, first included (at least 1).
    pub fn max_attempts(mut self, n: u32) -> Self {
        self.max_attempts = n.max(1);
        self
    }
    /// The backoff base: attempt `k` waits a random time in `[0, min(max_delay, base * 2^k))`.
    pub fn base_delay(mut self, d: Duration) -> Self {
        self.base_delay = d;
        self
    }
    /// The backoff cap.
    pub fn max_delay(mut self, d: Duration) -> Self {
        self.max_delay = d;
        self
    }
    /// The longest `Retry-After` we wait for; a longer one ends the retries
    /// and returns [`crate::Error::RateLimited`] with the server's value.
    pub fn max_retry_after(mut self, d: Duration) -> Self {
        self.max_retry_after = d;
        self
    }
    /// When writes are retried.
    pub fn write_retry(mut self, w: WriteRetry) -> Self {
        self.write_retry = w;
        self
    }
    /// The former name of [`Self::write_retry`].
    #[deprecated(since = "0.1.0", note = "renamed write_retry")]
    pub fn update_retry(self, w: WriteRetry) -> Self {
        self.write_retry(w)
    }
    /// Attempts in all.
    pub fn attempts(&self) -> u32 {
        self.max_attempts
    }
    pub(crate) fn retry_after_cap(&self) -> Duration {
        self.max_retry_after
    }

    /// Full-jitter backoff before attempt `attempt + 1` (`attempt` ≥ 1).
    pub(crate) fn backoff(&self, attempt: u32) -> Duration {
        let exp = self.base_delay.saturating_mul(
            1u32.checked_shl(attempt.saturating_sub(1))
                .unwrap_or(u32::MAX),
        );
        let ceiling = exp.min(self.max_delay);
        let nanos = u64::try_from(ceiling.as_nanos()).unwrap_or(u64::MAX);
        if nanos == 0 {
            return Duration::ZERO;
        }
        Duration::from_nanos(fastrand::u64(0..nanos))
    }

    /// May a failure of this kind be retried for this class of call?
    pub(crate) fn allows(&self, class: CallClass, failure: FailureKind) -> bool {
        match class {
            CallClass::Idempotent => true,
            CallClass::Write => match self.write_retry {
                WriteRetry::Never => false,
                WriteRetry::Always => true,
                WriteRetry::WhenNotApplied => {
                    matches!(failure, FailureKind::NotSent | FailureKind::Status(429))
                }
            },
        }
    }
}

/// Whether sending a call twice is safe: the operation's `idempotent` fact.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum CallClass {
    /// Reads, searches, PUT, DELETE.
    Idempotent,
    /// Other writes.
    Write,
}

impl CallClass {
    pub(crate) fn of(op: &imprint_raw::support::OperationDescriptor) -> Self {
        if op.idempotent {
            CallClass::Idempotent
        } else {
            CallClass::Write
        }
    }
}

/// The kind of a retryable failure.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum FailureKind {
    /// The connection failed before the request went out.
    NotSent,
    /// A timeout, a reset, or a body that broke off.
    Unknown,
    /// A retryable status.
    Status(u16),
}

/// Parses `Retry-After`: delta-seconds or an HTTP date.
pub(crate) fn parse_retry_after(
    value: &str,
    now: chrono::DateTime<chrono::Utc>,
) -> Option<Duration> {
    let value = value.trim();
    if let Ok(secs) = value.parse::<u64>() {
        return Some(Duration::from_secs(secs));
    }
    if let Ok(secs) = value.parse::<f64>() {
        // A value too large for a Duration is as good as "a very long time":
        // saturate, and let the cap turn it into a RateLimited error.
        return Duration::try_from_secs_f64(secs)
            .ok()
            .or_else(|| (secs.is_finite() && secs > 0.0).then_some(Duration::MAX));
    }
    let date = chrono::DateTime::parse_from_rfc2822(value).ok()?;
    let delta = date.with_timezone(&chrono::Utc) - now;
    Some(delta.to_std().unwrap_or(Duration::ZERO))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn backoff_is_jittered_and_capped() {
        let p = RetryPolicy::default()
            .base_delay(Duration::from_millis(100))
            .max_delay(Duration::from_millis(300));
        for attempt in 1..10 {
            for _ in 0..100 {
                let d = p.backoff(attempt);
                let ceiling = Duration::from_millis(100 * (1 << (attempt - 1)))
                    .min(Duration::from_millis(300));
                assert!(d < ceiling, "attempt {attempt}: {d:?} >= {ceiling:?}");
            }
        }
        // Jitter: not always the same value.
        let samples: std::collections::BTreeSet<_> = (0..50).map(|_| p.backoff(3)).collect();
        assert!(samples.len() > 10);
    }

    #[test]
    fn retry_after_seconds_and_http_date() {
        let now = chrono::DateTime::parse_from_rfc3339("2015-10-21T07:28:00Z")
            .unwrap()
            .with_timezone(&chrono::Utc);
        assert_eq!(parse_retry_after("7", now), Some(Duration::from_secs(7)));
        assert_eq!(
            parse_retry_after("Wed, 21 Oct 2015 07:28:05 GMT", now),
            Some(Duration::from_secs(5))
        );
        assert_eq!(
            parse_retry_after("Wed, 21 Oct 2015 07:27:00 GMT", now),
            Some(Duration::ZERO)
        );
        assert_eq!(parse_retry_after("soon", now), None);
        assert_eq!(parse_retry_after("1e20", now), Some(Duration::MAX));
        assert_eq!(
            parse_retry_after("99999999999999999999", now),
            Some(Duration::MAX)
        );
        assert_eq!(parse_retry_after("-1", now), None);
        assert_eq!(parse_retry_after("NaN", now), None);
        assert_eq!(parse_retry_after("inf", now), None);
    }

    #[test]
    fn write_retry_rules() {
        let p = RetryPolicy::default();
        assert!(p.allows(CallClass::Idempotent, FailureKind::Unknown));
        assert!(p.allows(CallClass::Write, FailureKind::NotSent));
        assert!(p.allows(CallClass::Write, FailureKind::Status(429)));
        assert!(!p.allows(CallClass::Write, FailureKind::Status(503)));
        assert!(!p.allows(CallClass::Write, FailureKind::Unknown));
        let p = p.write_retry(WriteRetry::Always);
        assert!(p.allows(CallClass::Write, FailureKind::Status(503)));
        let p = p.write_retry(WriteRetry::Never);
        assert!(!p.allows(CallClass::Write, FailureKind::NotSent));
    }

    #[test]
    fn the_class_follows_the_operations_idempotency() {
        use imprint_raw::operations;
        for op in operations::ALL {
            let expected = match op.method {
                "GET" | "PUT" | "DELETE" => CallClass::Idempotent,
                _ if op.id.starts_with("search") => CallClass::Idempotent,
                _ => CallClass::Write,
            };
            assert_eq!(CallClass::of(op), expected, "{}", op.id);
        }
    }
}
