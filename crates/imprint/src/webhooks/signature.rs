//! The `X-IMPRINT-HMAC-SIGNATURE` header: parsing, signing and verifying.
//! The decisions behind each check are in the [module docs](super).

use std::fmt::{self, Write as _};
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use ring::hmac;
use serde_json::Value;

/// The name of the header carrying the signature.
pub const SIGNATURE_HEADER: &str = "X-IMPRINT-HMAC-SIGNATURE";

/// How far a delivery's timestamp may be from now, in either direction, by
/// default: 5 minutes.
pub const DEFAULT_TOLERANCE: Duration = Duration::from_secs(5 * 60);

/// The largest body a [`Verifier`] accepts by default: 1 MiB.
pub const DEFAULT_MAX_BODY_BYTES: usize = 1024 * 1024;

/// A `t` at or above this is milliseconds since the epoch; below, seconds.
const MILLIS_FROM: u64 = 100_000_000_000;
/// A `t` longer than this is malformed.
const MAX_TIMESTAMP_DIGITS: usize = 20;
/// HMAC-SHA256 output.
const SIGNATURE_BYTES: usize = 32;

/// The event signing token given at enrollment. Never printed: `Debug` shows
/// `WebhookSecret(<redacted>)`, and there is no `Display`.
///
/// The bytes are used as given (a `String`'s UTF-8), with no trimming or
/// decoding. An empty secret is refused by [`Verifier::new`].
#[derive(Clone)]
pub struct WebhookSecret(Vec<u8>);

impl WebhookSecret {
    /// Whether the secret is empty (and so refused by [`Verifier::new`]).
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    fn key(&self) -> hmac::Key {
        hmac::Key::new(hmac::HMAC_SHA256, &self.0)
    }
}

impl fmt::Debug for WebhookSecret {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("WebhookSecret(<redacted>)")
    }
}

impl From<String> for WebhookSecret {
    fn from(secret: String) -> Self {
        Self(secret.into_bytes())
    }
}

impl From<&str> for WebhookSecret {
    fn from(secret: &str) -> Self {
        Self(secret.as_bytes().to_vec())
    }
}

impl From<Vec<u8>> for WebhookSecret {
    fn from(secret: Vec<u8>) -> Self {
        Self(secret)
    }
}

/// Why a verification failed. Nothing here holds or prints the secret or
/// the expected signature.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum WebhookError {
    /// The request has no signature header.
    #[error("missing X-IMPRINT-HMAC-SIGNATURE header")]
    MissingHeader,
    /// The signature header could not be parsed.
    #[error("malformed X-IMPRINT-HMAC-SIGNATURE header: {reason}")]
    MalformedHeader {
        /// What is wrong with it.
        reason: MalformedReason,
    },
    /// The body is larger than [`Verifier::max_body_bytes`]; nothing was
    /// computed over it.
    #[error("webhook body is {got} bytes, over the limit of {limit}")]
    BodyTooLarge {
        /// The limit, in bytes.
        limit: usize,
        /// The body's size, in bytes.
        got: usize,
    },
    /// The header's timestamp is further from now than the tolerance.
    #[error("{}", describe_skew(*timestamp, *now, *tolerance))]
    TimestampOutsideTolerance {
        /// The header's timestamp.
        timestamp: SystemTime,
        /// The time of the check.
        now: SystemTime,
        /// The tolerance it exceeds.
        tolerance: Duration,
    },
    /// The signature is not the body's, under this secret.
    #[error("webhook signature does not match")]
    SignatureMismatch,
    /// The (authenticated) body is not JSON ([`Verified::json`]).
    #[error("webhook body is not JSON: {message}")]
    NotJson {
        /// The parser's message (position and kind of error).
        message: String,
    },
    /// The (authenticated) body is JSON with a known `object`, but does not
    /// decode as that event's type ([`Verified::decode`]).
    #[error("webhook {object} payload does not decode: {message}")]
    InvalidPayload {
        /// The payload's `object` value.
        object: String,
        /// The decoder's message (path and kind of error).
        message: String,
    },
    /// The secret given to [`Verifier::new`] is empty.
    #[error("webhook secret is empty")]
    EmptySecret,
}

fn describe_skew(timestamp: SystemTime, now: SystemTime, tolerance: Duration) -> String {
    match now.duration_since(timestamp) {
        Ok(age) => format!("webhook timestamp is {age:?} too old (tolerance {tolerance:?})"),
        Err(e) => format!(
            "webhook timestamp is {:?} in the future (tolerance {tolerance:?})",
            e.duration()
        ),
    }
}

/// What is wrong with a signature header
/// ([`WebhookError::MalformedHeader`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum MalformedReason {
    /// The header is empty or only whitespace.
    Empty,
    /// No `t=` part.
    MissingTimestamp,
    /// No `s=` part.
    MissingSignature,
    /// More than one `t=` part.
    DuplicateTimestamp,
    /// More than one `s=` part.
    DuplicateSignature,
    /// A part is not `key=value` with a non-empty key and value.
    BadPart,
    /// `t` is not 1 to 20 decimal digits (no sign, no fraction).
    BadTimestamp,
    /// `s` has a character that is not hex, or an odd number of them.
    BadHex,
    /// `s` decodes to `got` bytes rather than 32.
    WrongLength {
        /// Bytes decoded.
        got: usize,
    },
}

impl fmt::Display for MalformedReason {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Empty => f.write_str("empty"),
            Self::MissingTimestamp => f.write_str("no `t=` part"),
            Self::MissingSignature => f.write_str("no `s=` part"),
            Self::DuplicateTimestamp => f.write_str("more than one `t=` part"),
            Self::DuplicateSignature => f.write_str("more than one `s=` part"),
            Self::BadPart => f.write_str("a part is not `key=value`"),
            Self::BadTimestamp => f.write_str("`t` is not 1 to 20 decimal digits"),
            Self::BadHex => f.write_str("`s` is not hex"),
            Self::WrongLength { got } => {
                write!(f, "`s` is {got} bytes, expected {SIGNATURE_BYTES}")
            }
        }
    }
}

impl From<MalformedReason> for WebhookError {
    fn from(reason: MalformedReason) -> Self {
        Self::MalformedHeader { reason }
    }
}

/// A parsed `t=<timestamp>,s=<hex>` header value. Parsing says nothing about
/// whether the signature is valid; that is [`Verifier`]'s job.
#[derive(Clone, PartialEq, Eq)]
pub struct SignatureHeader {
    timestamp_raw: String,
    timestamp: SystemTime,
    signature: [u8; SIGNATURE_BYTES],
}

impl SignatureHeader {
    /// Parses a header value; see the [module docs](super) for the syntax.
    ///
    /// ```
    /// use imprint::webhooks::{MalformedReason, SignatureHeader, WebhookError};
    ///
    /// let s = "ab".repeat(32);
    /// let header = SignatureHeader::parse(&format!("t=1740779129, s={s}, v1=future"))?;
    /// assert_eq!(header.timestamp_str(), "1740779129");
    ///
    /// assert_eq!(
    ///     SignatureHeader::parse("t=1740779129,t=1740779130"),
    ///     Err(WebhookError::MalformedHeader { reason: MalformedReason::DuplicateTimestamp }),
    /// );
    /// # Ok::<(), WebhookError>(())
    /// ```
    pub fn parse(value: &str) -> Result<Self, WebhookError> {
        if value.trim().is_empty() {
            return Err(MalformedReason::Empty.into());
        }
        let (mut t, mut s) = (None, None);
        for part in value.split(',') {
            let (key, val) = part
                .trim()
                .split_once('=')
                .ok_or(MalformedReason::BadPart)?;
            if key.is_empty() || val.is_empty() {
                return Err(MalformedReason::BadPart.into());
            }
            match key {
                "t" if t.replace(val).is_some() => {
                    return Err(MalformedReason::DuplicateTimestamp.into());
                }
                "s" if s.replace(val).is_some() => {
                    return Err(MalformedReason::DuplicateSignature.into());
                }
                _ => {}
            }
        }
        let t = t.ok_or(MalformedReason::MissingTimestamp)?;
        let s = s.ok_or(MalformedReason::MissingSignature)?;
        Ok(Self {
            timestamp: parse_timestamp(t).ok_or(MalformedReason::BadTimestamp)?,
            timestamp_raw: t.to_owned(),
            signature: decode_hex(s)?,
        })
    }

    /// `t` exactly as received: what was signed before the period.
    pub fn timestamp_str(&self) -> &str {
        &self.timestamp_raw
    }

    /// `t` as a time: milliseconds since the epoch if `>= 100_000_000_000`,
    /// otherwise seconds.
    pub fn timestamp(&self) -> SystemTime {
        self.timestamp
    }

    /// The signature `s`, decoded.
    pub fn signature(&self) -> &[u8; 32] {
        &self.signature
    }
}

impl fmt::Debug for SignatureHeader {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("SignatureHeader")
            .field("t", &self.timestamp_raw)
            .field("s", &hex(&self.signature))
            .finish()
    }
}

/// Checks signature headers against one secret. Cheap to clone.
///
/// ```
/// use std::time::Duration;
/// use imprint::webhooks::Verifier;
///
/// let verifier = Verifier::new("my-event-signing-token")?
///     .tolerance(Duration::from_secs(60))
///     .max_body_bytes(256 * 1024);
/// # Ok::<(), imprint::webhooks::WebhookError>(())
/// ```
#[derive(Clone)]
pub struct Verifier {
    key: hmac::Key,
    tolerance: Duration,
    canonical_json: bool,
    max_body_bytes: usize,
}

impl Verifier {
    /// A verifier for `secret`, with [`DEFAULT_TOLERANCE`],
    /// [`DEFAULT_MAX_BODY_BYTES`] and the raw body only. Fails with
    /// [`WebhookError::EmptySecret`] for an empty secret.
    pub fn new(secret: impl Into<WebhookSecret>) -> Result<Self, WebhookError> {
        let secret = secret.into();
        if secret.is_empty() {
            return Err(WebhookError::EmptySecret);
        }
        Ok(Self {
            key: secret.key(),
            tolerance: DEFAULT_TOLERANCE,
            canonical_json: false,
            max_body_bytes: DEFAULT_MAX_BODY_BYTES,
        })
    }

    /// How far the timestamp may be from now, in the past or the future.
    pub fn tolerance(mut self, tolerance: Duration) -> Self {
        self.tolerance = tolerance;
        self
    }

    /// Also accept a signature over the body's canonical JSON form, tried
    /// only when the raw body's fails. Off by default; see the
    /// [module docs](super) for why.
    pub fn accept_canonical_json(mut self, accept: bool) -> Self {
        self.canonical_json = accept;
        self
    }

    /// The largest body accepted; a larger one fails with
    /// [`WebhookError::BodyTooLarge`] before any HMAC work.
    pub fn max_body_bytes(mut self, limit: usize) -> Self {
        self.max_body_bytes = limit;
        self
    }

    /// Verifies a delivery and decodes its event, in one call (the system
    /// clock): [`Self::verify`] then [`Verified::decode`]. Nothing is parsed
    /// before the signature holds.
    ///
    /// ```
    /// use imprint::webhooks::{self, Event, Verifier, WebhookSecret};
    /// let secret = WebhookSecret::from("whsec_test");
    /// let body = br#"{"object":"REWARD","data":{"reward_id":"R-1","amount":5000}}"#;
    /// let header = webhooks::sign_now(&secret, body);
    /// let event = Verifier::new(secret)?.verify_event(Some(&header), body)?;
    /// assert!(matches!(event, Event::Reward(_)));
    /// assert_eq!(event.id(), Some("R-1"));
    /// # Ok::<(), webhooks::WebhookError>(())
    /// ```
    pub fn verify_event(
        &self,
        header: Option<&str>,
        body: &[u8],
    ) -> Result<super::Event, WebhookError> {
        self.verify(header, body)?.decode()
    }

    /// [`Self::verify_event`] at a given time (for tests).
    pub fn verify_event_at(
        &self,
        header: Option<&str>,
        body: &[u8],
        now: SystemTime,
    ) -> Result<super::Event, WebhookError> {
        self.verify_at(header, body, now)?.decode()
    }

    /// [`Self::verify_event`] reading the signature header from `headers`
    /// (a value that is not visible ASCII counts as missing).
    pub fn verify_event_in(
        &self,
        headers: &http::HeaderMap,
        body: &[u8],
    ) -> Result<super::Event, WebhookError> {
        let header = headers.get(SIGNATURE_HEADER).and_then(|v| v.to_str().ok());
        self.verify_event(header, body)
    }

    /// Verifies `header` (the [`SIGNATURE_HEADER`] value, `None` if absent)
    /// against the raw `body`, at the system clock's time.
    pub fn verify<'b>(
        &self,
        header: Option<&str>,
        body: &'b [u8],
    ) -> Result<Verified<'b>, WebhookError> {
        self.verify_at(header, body, SystemTime::now())
    }

    /// [`verify`](Self::verify) as if the time were `now`.
    pub fn verify_at<'b>(
        &self,
        header: Option<&str>,
        body: &'b [u8],
        now: SystemTime,
    ) -> Result<Verified<'b>, WebhookError> {
        let header = SignatureHeader::parse(header.ok_or(WebhookError::MissingHeader)?)?;
        if body.len() > self.max_body_bytes {
            return Err(WebhookError::BodyTooLarge {
                limit: self.max_body_bytes,
                got: body.len(),
            });
        }
        let skew = now
            .duration_since(header.timestamp)
            .unwrap_or_else(|e| e.duration());
        if skew > self.tolerance {
            return Err(WebhookError::TimestampOutsideTolerance {
                timestamp: header.timestamp,
                now,
                tolerance: self.tolerance,
            });
        }
        let verified = |canonical| Verified {
            body,
            timestamp: header.timestamp,
            canonical,
        };
        if self.signed(&header, body) {
            return Ok(verified(false));
        }
        if self.canonical_json
            && let Some(canonical) = canonical_json(body)
            && self.signed(&header, &canonical)
        {
            return Ok(verified(true));
        }
        Err(WebhookError::SignatureMismatch)
    }

    /// Whether `header`'s signature is the HMAC of `<t>.<body>`, compared
    /// in constant time.
    fn signed(&self, header: &SignatureHeader, body: &[u8]) -> bool {
        let message = message(&header.timestamp_raw, body);
        hmac::verify(&self.key, &message, &header.signature).is_ok()
    }
}

impl fmt::Debug for Verifier {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Verifier")
            .field("secret", &"<redacted>")
            .field("tolerance", &self.tolerance)
            .field("accept_canonical_json", &self.canonical_json)
            .field("max_body_bytes", &self.max_body_bytes)
            .finish()
    }
}

/// A delivery whose signature holds: the body as received and the
/// header's timestamp. `Debug` shows the body's length, not its content.
#[derive(Clone, Copy)]
pub struct Verified<'b> {
    body: &'b [u8],
    timestamp: SystemTime,
    canonical: bool,
}

impl<'b> Verified<'b> {
    /// The body as received. With [`Verifier::accept_canonical_json`] and
    /// [`matched_canonical_json`](Self::matched_canonical_json), these bytes
    /// are JSON-equal to, not identical with, what was signed.
    pub fn body(&self) -> &'b [u8] {
        self.body
    }

    /// The header's timestamp.
    pub fn timestamp(&self) -> SystemTime {
        self.timestamp
    }

    /// Whether the signature matched the canonical JSON form rather than
    /// the raw bytes (only possible with
    /// [`Verifier::accept_canonical_json`]).
    pub fn matched_canonical_json(&self) -> bool {
        self.canonical
    }

    /// The body parsed as JSON, or [`WebhookError::NotJson`].
    pub fn json(&self) -> Result<Value, WebhookError> {
        serde_json::from_slice(self.body).map_err(|e| WebhookError::NotJson {
            message: e.to_string(),
        })
    }

    /// The typed event, dispatched on the payload's `object`
    /// ([`super::Event`]): [`WebhookError::NotJson`] if the body is not JSON,
    /// [`WebhookError::InvalidPayload`] if a known `object`'s payload does
    /// not decode as its type. An `object` this client does not know (or
    /// none) gives [`super::Event::Unknown`] with the raw JSON.
    pub fn decode(&self) -> Result<super::Event, WebhookError> {
        let value = self.json()?;
        let object = value
            .get("object")
            .and_then(Value::as_str)
            .unwrap_or_default()
            .to_string();
        // The message without the value serde quotes: a payload carries
        // customer data, and this error gets logged.
        super::Event::from_value(value).map_err(|e| WebhookError::InvalidPayload {
            object,
            message: crate::redact::value_free(e.to_string()),
        })
    }
}

impl fmt::Debug for Verified<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Verified")
            .field("body_len", &self.body.len())
            .field("timestamp", &self.timestamp)
            .field("matched_canonical_json", &self.canonical)
            .finish()
    }
}

/// The header value Imprint would send for `body` at `timestamp`:
/// `t=<timestamp>,s=<lowercase hex>`. For tests and the mock server.
///
/// `timestamp` is used as given (a `,` in it makes an unparseable header),
/// and an empty secret is not refused here.
///
/// ```
/// use imprint::webhooks::{sign, WebhookSecret};
///
/// let header = sign(&WebhookSecret::from("token"), "1740779129", b"{}");
/// assert!(header.starts_with("t=1740779129,s="));
/// assert_eq!(header.len(), "t=1740779129,s=".len() + 64);
/// ```
pub fn sign(secret: &WebhookSecret, timestamp: &str, body: &[u8]) -> String {
    let tag = hmac::sign(&secret.key(), &message(timestamp, body));
    format!("t={timestamp},s={}", hex(tag.as_ref()))
}

/// [`sign`] at the current time, in milliseconds since the epoch (what
/// Imprint's text says `t` is, though its example shows seconds).
pub fn sign_now(secret: &WebhookSecret, body: &[u8]) -> String {
    let millis = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |d| d.as_millis());
    sign(secret, &millis.to_string(), body)
}

/// `<t>.<body>`.
fn message(timestamp: &str, body: &[u8]) -> Vec<u8> {
    let mut message =
        Vec::with_capacity(timestamp.len().saturating_add(body.len()).saturating_add(1));
    message.extend_from_slice(timestamp.as_bytes());
    message.push(b'.');
    message.extend_from_slice(body);
    message
}

/// 1 to 20 decimal digits, read as milliseconds or seconds by magnitude.
fn parse_timestamp(t: &str) -> Option<SystemTime> {
    if t.is_empty() || t.len() > MAX_TIMESTAMP_DIGITS || !t.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    // 20 digits can exceed u64::MAX: that fails here, as malformed.
    let n: u64 = t.parse().ok()?;
    let since_epoch = if n >= MILLIS_FROM {
        Duration::from_millis(n)
    } else {
        Duration::from_secs(n)
    };
    UNIX_EPOCH.checked_add(since_epoch)
}

fn decode_hex(s: &str) -> Result<[u8; SIGNATURE_BYTES], MalformedReason> {
    let digits = s.as_bytes();
    if !digits.len().is_multiple_of(2) || !digits.iter().all(u8::is_ascii_hexdigit) {
        return Err(MalformedReason::BadHex);
    }
    if digits.len() != 2 * SIGNATURE_BYTES {
        return Err(MalformedReason::WrongLength {
            got: digits.len() / 2,
        });
    }
    let mut out = [0; SIGNATURE_BYTES];
    for (byte, pair) in out.iter_mut().zip(digits.chunks_exact(2)) {
        let &[hi, lo] = pair else {
            return Err(MalformedReason::BadHex);
        };
        let (Some(hi), Some(lo)) = (nibble(hi), nibble(lo)) else {
            return Err(MalformedReason::BadHex);
        };
        *byte = hi << 4 | lo;
    }
    Ok(out)
}

fn nibble(digit: u8) -> Option<u8> {
    match digit {
        b'0'..=b'9' => Some(digit - b'0'),
        b'a'..=b'f' => Some(digit - b'a' + 10),
        b'A'..=b'F' => Some(digit - b'A' + 10),
        _ => None,
    }
}

fn hex(bytes: &[u8]) -> String {
    let mut out = String::with_capacity(bytes.len() * 2);
    for b in bytes {
        let _ = write!(out, "{b:02x}"); // writing to a String cannot fail
    }
    out
}

/// The canonical form of a JSON body, or `None` if it is not JSON.
fn canonical_json(body: &[u8]) -> Option<Vec<u8>> {
    let value: Value = serde_json::from_slice(body).ok()?;
    let mut out = Vec::with_capacity(body.len());
    write_canonical(&value, &mut out).ok()?;
    Some(out)
}

/// Keys sorted here, not by `serde_json::Map` (whose order depends on the
/// `preserve_order` feature, which another crate in the build may enable).
/// Recursion is bounded by `serde_json`'s nesting limit (128) on parsing.
fn write_canonical(value: &Value, out: &mut Vec<u8>) -> serde_json::Result<()> {
    match value {
        Value::Array(items) => {
            out.push(b'[');
            for (i, item) in items.iter().enumerate() {
                if i > 0 {
                    out.push(b',');
                }
                write_canonical(item, out)?;
            }
            out.push(b']');
        }
        Value::Object(map) => {
            let mut entries: Vec<_> = map.iter().collect();
            // `str` order is byte order, which for UTF-8 is code point order.
            entries.sort_unstable_by(|a, b| a.0.cmp(b.0));
            out.push(b'{');
            for (i, (key, item)) in entries.into_iter().enumerate() {
                if i > 0 {
                    out.push(b',');
                }
                serde_json::to_writer(&mut *out, key)?;
                out.push(b':');
                write_canonical(item, out)?;
            }
            out.push(b'}');
        }
        scalar => serde_json::to_writer(&mut *out, scalar)?,
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    const SECRET: &str = "whsec_example-Secret-4242";
    const T: &str = "1740779129";
    /// The body of Imprint's documented example, as it would arrive.
    const BODY: &[u8] = br#"{"hello": "world", "amount": 5000}"#;
    /// The same, as the documented example's message shows it signed.
    const CANONICAL: &[u8] = br#"{"amount":5000,"hello":"world"}"#;

    fn secret() -> WebhookSecret {
        WebhookSecret::from(SECRET)
    }

    fn verifier() -> Verifier {
        Verifier::new(SECRET).expect("non-empty secret")
    }

    fn at_secs(secs: u64) -> SystemTime {
        UNIX_EPOCH + Duration::from_secs(secs)
    }

    fn now() -> SystemTime {
        at_secs(1_740_779_129)
    }

    fn sig_hex() -> String {
        sign(&secret(), T, BODY)
            .split_once(",s=")
            .expect("sign's output")
            .1
            .to_owned()
    }

    fn reason(header: &str) -> MalformedReason {
        match SignatureHeader::parse(header) {
            Err(WebhookError::MalformedHeader { reason }) => reason,
            other => panic!("{header:?}: expected MalformedHeader, got {other:?}"),
        }
    }

    #[test]
    fn documented_example_verifies_at_its_time() {
        let header = sign(&secret(), T, BODY);
        let verified = verifier().verify_at(Some(&header), BODY, now()).unwrap();
        assert_eq!(verified.body(), BODY);
        assert_eq!(verified.timestamp(), now());
        assert!(!verified.matched_canonical_json());
        assert_eq!(verified.json().unwrap()["hello"], "world");
    }

    #[test]
    fn known_answer() {
        // python3 -c 'import hmac,hashlib; print(hmac.new(b"whsec_example",
        //   b"1740779129." + BODY, hashlib.sha256).hexdigest())'
        assert_eq!(
            sign(&WebhookSecret::from("whsec_example"), T, BODY),
            "t=1740779129,s=025d1ec1a56cfdd2d753bbc9b86cf0cfbb7886209c3db810678991d2c7141304"
        );
    }

    #[test]
    fn tampered_body_and_wrong_secret_are_mismatches() {
        let header = sign(&secret(), T, BODY);
        let tampered = br#"{"hello": "world", "amount": 5001}"#;
        let v = verifier();
        assert_eq!(
            v.verify_at(Some(&header), tampered, now()).unwrap_err(),
            WebhookError::SignatureMismatch
        );
        assert_eq!(
            v.verify_at(Some(&header), b"", now()).unwrap_err(),
            WebhookError::SignatureMismatch
        );
        let other = Verifier::new("whsec_example-Secret-4243").unwrap();
        assert_eq!(
            other.verify_at(Some(&header), BODY, now()).unwrap_err(),
            WebhookError::SignatureMismatch
        );
        // Same body, timestamp changed after signing.
        let moved = header.replacen(T, "1740779130", 1);
        assert_eq!(
            v.verify_at(Some(&moved), BODY, now()).unwrap_err(),
            WebhookError::SignatureMismatch
        );
    }

    #[test]
    fn tolerance_applies_both_ways_and_is_inclusive() {
        let header = sign(&secret(), T, BODY);
        let v = verifier();
        let t = 1_740_779_129;
        for ok in [t - 300, t + 300, t] {
            assert!(
                v.verify_at(Some(&header), BODY, at_secs(ok)).is_ok(),
                "{ok}"
            );
        }
        let late = v
            .verify_at(Some(&header), BODY, at_secs(t + 301))
            .unwrap_err();
        assert_eq!(
            late,
            WebhookError::TimestampOutsideTolerance {
                timestamp: now(),
                now: at_secs(t + 301),
                tolerance: DEFAULT_TOLERANCE,
            }
        );
        assert_eq!(
            late.to_string(),
            "webhook timestamp is 301s too old (tolerance 300s)"
        );
        let early = v
            .verify_at(Some(&header), BODY, at_secs(t - 301))
            .unwrap_err();
        assert_eq!(
            early.to_string(),
            "webhook timestamp is 301s in the future (tolerance 300s)"
        );
        // Configurable; freshness is refused even when the signature is bad.
        let strict = verifier().tolerance(Duration::from_secs(10));
        assert!(
            strict
                .verify_at(Some(&header), BODY, at_secs(t + 10))
                .is_ok()
        );
        assert!(matches!(
            strict.verify_at(Some(&header), b"tampered", at_secs(t + 11)),
            Err(WebhookError::TimestampOutsideTolerance { .. })
        ));
        // Extremes do not overflow.
        let lax = verifier().tolerance(Duration::MAX);
        assert!(lax.verify_at(Some(&header), BODY, UNIX_EPOCH).is_ok());
        let far = sign(&secret(), "99999999999999999999", BODY);
        assert!(matches!(
            verifier().verify_at(Some(&far), BODY, now()),
            Err(WebhookError::MalformedHeader {
                reason: MalformedReason::BadTimestamp
            })
        ));
        let far = sign(&secret(), "18446744073709551615", BODY); // u64::MAX ms
        assert!(matches!(
            verifier().verify_at(Some(&far), BODY, now()),
            Err(WebhookError::TimestampOutsideTolerance { .. })
        ));
    }

    #[test]
    fn seconds_and_milliseconds_both_verify() {
        let v = verifier();
        for t in [
            "1740779129",
            "1740779129000",
            "1740779129123",
            "0001740779129",
        ] {
            let header = sign(&secret(), t, BODY);
            let verified = v.verify_at(Some(&header), BODY, now()).unwrap();
            let parsed = SignatureHeader::parse(&header).unwrap();
            assert_eq!(parsed.timestamp_str(), t);
            assert_eq!(verified.timestamp(), parsed.timestamp());
        }
        let ms = SignatureHeader::parse(&sign(&secret(), "1740779129123", BODY)).unwrap();
        assert_eq!(ms.timestamp(), now() + Duration::from_millis(123));
        // The boundary: 99_999_999_999 is seconds, 100_000_000_000 milliseconds.
        let secs = SignatureHeader::parse(&sign(&secret(), "99999999999", BODY)).unwrap();
        assert_eq!(secs.timestamp(), at_secs(99_999_999_999));
        let ms = SignatureHeader::parse(&sign(&secret(), "100000000000", BODY)).unwrap();
        assert_eq!(ms.timestamp(), at_secs(100_000_000));
        // `sign_now` uses milliseconds.
        let header = sign_now(&secret(), BODY);
        let t = SignatureHeader::parse(&header).unwrap();
        assert!(t.timestamp_str().len() >= 13, "{header}");
        assert!(v.verify(Some(&header), BODY).is_ok());
    }

    #[test]
    fn each_malformed_shape_has_its_reason() {
        use MalformedReason::*;
        let s = sig_hex();
        let cases: Vec<(String, MalformedReason)> = vec![
            (String::new(), Empty),
            (" \t ".into(), Empty),
            (format!("s={s}"), MissingTimestamp),
            (format!("v1=1,s={s}"), MissingTimestamp),
            (format!("T={T},s={s}"), MissingTimestamp),
            (format!("t={T}"), MissingSignature),
            (format!("t={T},t={T},s={s}"), DuplicateTimestamp),
            (format!("t={T},s={s},s={s}"), DuplicateSignature),
            (format!("t={T},s"), BadPart),
            (format!("t={T};s={s}"), MissingSignature),
            (format!("t=,s={s}"), BadPart),
            (format!("t={T},s="), BadPart),
            (format!("={T},t={T},s={s}"), BadPart),
            (format!("t={T},s={s},"), BadPart),
            (format!("t={T},,s={s}"), BadPart),
            (format!("t={T},s={s},v1="), BadPart),
            (format!("t=-1,s={s}"), BadTimestamp),
            (format!("t=+1740779129,s={s}"), BadTimestamp),
            (format!("t=1740779129.5,s={s}"), BadTimestamp),
            (format!("t=0x10,s={s}"), BadTimestamp),
            (format!("t=17 40,s={s}"), BadTimestamp),
            (format!("t=١٧٤٠,s={s}"), BadTimestamp),
            (format!("t={},s={s}", "1".repeat(21)), BadTimestamp),
            (format!("t=99999999999999999999,s={s}"), BadTimestamp),
            (format!("t={T},s=zz{}", &s[2..]), BadHex),
            (format!("t={T},s={}", &s[1..]), BadHex),
            (format!("t={T},s= {s}x"), BadHex),
            (format!("t={T},s=abcd"), WrongLength { got: 2 }),
            (format!("t={T},s={s}00"), WrongLength { got: 33 }),
            (format!("t={T},s={}", &s[2..]), WrongLength { got: 31 }),
        ];
        for (header, want) in cases {
            assert_eq!(reason(&header), want, "{header:?}");
        }
        assert_eq!(
            verifier().verify_at(None, BODY, now()).unwrap_err(),
            WebhookError::MissingHeader
        );
    }

    #[test]
    fn whitespace_unknown_keys_order_and_case_are_tolerated() {
        let s = sig_hex();
        let v = verifier();
        for header in [
            format!(" t={T} , v1=whatever,s={s}\t"),
            format!("s={s},t={T}"),
            format!("t={T},s={}", s.to_uppercase()),
            format!("x=1=2,t={T},s={s}"),
        ] {
            assert!(v.verify_at(Some(&header), BODY, now()).is_ok(), "{header}");
        }
    }

    #[test]
    fn checks_run_in_the_documented_order() {
        let small = verifier().max_body_bytes(10);
        let big = [b'x'; 11];
        let bad_sig_stale = format!("t=1,s={}", "0".repeat(64));
        // A malformed header is reported before the size.
        assert!(matches!(
            small.verify_at(Some("t=1"), &big, now()),
            Err(WebhookError::MalformedHeader { .. })
        ));
        // Size before freshness and signature.
        assert_eq!(
            small
                .verify_at(Some(&bad_sig_stale), &big, now())
                .unwrap_err(),
            WebhookError::BodyTooLarge { limit: 10, got: 11 }
        );
        // At the limit is fine.
        let header = sign(&secret(), T, &big[..10]);
        assert!(small.verify_at(Some(&header), &big[..10], now()).is_ok());
        // Freshness before signature.
        assert!(matches!(
            small.verify_at(Some(&bad_sig_stale), b"", now()),
            Err(WebhookError::TimestampOutsideTolerance { .. })
        ));
        assert_eq!(
            verifier()
                .max_body_bytes(0)
                .verify_at(Some(&header), b"x", now())
                .unwrap_err(),
            WebhookError::BodyTooLarge { limit: 0, got: 1 }
        );
    }

    #[test]
    fn canonical_form_only_when_opted_in() {
        let header = sign(&secret(), T, CANONICAL);
        assert_eq!(
            verifier()
                .verify_at(Some(&header), BODY, now())
                .unwrap_err(),
            WebhookError::SignatureMismatch
        );
        let lenient = verifier().accept_canonical_json(true);
        let verified = lenient.verify_at(Some(&header), BODY, now()).unwrap();
        assert!(verified.matched_canonical_json());
        assert_eq!(verified.body(), BODY); // the bytes received, not the signed ones
        // The raw form still matches first.
        let raw = sign(&secret(), T, BODY);
        assert!(
            !lenient
                .verify_at(Some(&raw), BODY, now())
                .unwrap()
                .matched_canonical_json()
        );
        // Different JSON, or not JSON at all, still fails.
        for body in [
            &br#"{"hello": "world", "amount": 5001}"#[..],
            b"not json",
            b"",
        ] {
            assert_eq!(
                lenient.verify_at(Some(&header), body, now()).unwrap_err(),
                WebhookError::SignatureMismatch
            );
        }
    }

    #[test]
    fn canonical_form_sorts_at_every_depth_whatever_the_map_order() {
        let body = "{ \"b\": {\"d\": 1, \"c\": [ {\"f\": 1.5, \"e\": null} ]},\n \"a\": \"\u{e9}\\u00e9\\n\", \"\u{1F600}\": true, \"\u{FFFD}\": 0, \"Z\": -0 }";
        // Numbers are written as serde_json writes them: `-0` becomes `-0.0`.
        let canonical = canonical_json(body.as_bytes()).unwrap();
        assert_eq!(
            String::from_utf8(canonical).unwrap(),
            "{\"Z\":-0.0,\"a\":\"\u{e9}\u{e9}\\n\",\"b\":{\"c\":[{\"e\":null,\"f\":1.5}],\"d\":1},\"\u{FFFD}\":0,\"\u{1F600}\":true}"
        );
        // Built in reverse order: with `preserve_order` the map iterates that way.
        let mut map = serde_json::Map::new();
        map.insert("z".into(), Value::from(1));
        map.insert("a".into(), Value::from(2));
        let mut out = Vec::new();
        write_canonical(&Value::Object(map), &mut out).unwrap();
        assert_eq!(out, br#"{"a":2,"z":1}"#);
        assert_eq!(canonical_json(b"[1, 2,\t3]").unwrap(), b"[1,2,3]");
        assert_eq!(canonical_json(b"{\"a\":1"), None);
    }

    #[test]
    fn empty_secret_is_refused() {
        for empty in [
            WebhookSecret::from(""),
            String::new().into(),
            Vec::new().into(),
        ] {
            assert!(empty.is_empty());
            assert_eq!(Verifier::new(empty).unwrap_err(), WebhookError::EmptySecret);
        }
    }

    #[test]
    fn json_of_a_signed_non_json_body_is_its_own_error() {
        let header = sign(&secret(), T, b"plain text");
        let verified = verifier()
            .verify_at(Some(&header), b"plain text", now())
            .unwrap();
        let err = verified.json().unwrap_err();
        assert!(matches!(err, WebhookError::NotJson { .. }), "{err:?}");
        assert!(
            err.to_string().starts_with("webhook body is not JSON: "),
            "{err}"
        );
    }

    #[test]
    fn nothing_prints_the_secret_or_the_expected_signature() {
        let expected = sig_hex();
        let v = verifier().max_body_bytes(64);
        assert_eq!(format!("{:?}", secret()), "WebhookSecret(<redacted>)");
        let wrong = format!("t={T},s={}", "ab".repeat(32));
        let errors = [
            v.verify_at(None, BODY, now()).unwrap_err(),
            v.verify_at(Some(""), BODY, now()).unwrap_err(),
            v.verify_at(Some(&wrong), BODY, now()).unwrap_err(),
            v.verify_at(Some(&wrong), &[0; 65], now()).unwrap_err(),
            v.verify_at(Some(&wrong), BODY, at_secs(0)).unwrap_err(),
            v.verify_at(Some(&sign(&secret(), T, b"x")), b"x", now())
                .unwrap()
                .json()
                .unwrap_err(),
            Verifier::new("").unwrap_err(),
        ];
        let verified = v
            .verify_at(Some(&sign(&secret(), T, BODY)), BODY, now())
            .unwrap();
        let shown = [
            format!("{v:?}"),
            format!("{verified:?}"),
            format!("{:?}", SignatureHeader::parse(&wrong).unwrap()),
        ]
        .into_iter()
        .chain(
            errors
                .iter()
                .flat_map(|e| [format!("{e}"), format!("{e:?}")]),
        );
        for text in shown {
            assert!(!text.contains(SECRET), "{text}");
            assert!(!text.contains(&expected), "{text}");
            assert!(!text.to_lowercase().contains("secret-4242"), "{text}");
        }
    }

    /// An independent implementation: Python's standard library.
    fn python_sign(secret: &[u8], timestamp: &str, body: &[u8]) -> String {
        const SCRIPT: &str = "import hmac, hashlib, sys\n\
            key, t, body = bytes.fromhex(sys.argv[1]), sys.argv[2], bytes.fromhex(sys.argv[3])\n\
            mac = hmac.new(key, t.encode() + b'.' + body, hashlib.sha256).hexdigest()\n\
            print('t=' + t + ',s=' + mac)";
        let output = std::process::Command::new("python3")
            .args(["-c", SCRIPT, &hex(secret), timestamp, &hex(body)])
            .output()
            .unwrap_or_else(|e| {
                panic!("the cross-check against Python's hmac needs `python3` on PATH: {e}")
            });
        assert!(
            output.status.success(),
            "python3 failed: {}",
            String::from_utf8_lossy(&output.stderr)
        );
        String::from_utf8(output.stdout)
            .unwrap()
            .trim_end()
            .to_owned()
    }

    #[test]
    fn sign_agrees_with_python_hmac() {
        let cases: [(&[u8], &str, &[u8]); 4] = [
            (SECRET.as_bytes(), T, BODY),
            (SECRET.as_bytes(), "1740779129000", CANONICAL),
            (
                "clé-🔑".as_bytes(),
                T,
                "{\"name\":\"Zoë 🚀\",\"note\":\"naïve\"}".as_bytes(),
            ),
            (
                &[0, 0xff, 0x80, 7],
                "1",
                &[0xff, 0xfe, 0, 0x80, b'.', b'\n'],
            ),
        ];
        for (key, t, body) in cases {
            let ours = sign(&WebhookSecret::from(key.to_vec()), t, body);
            assert_eq!(ours, python_sign(key, t, body), "{t} {body:?}");
        }
    }

    #[test]
    fn hex_round_trips() {
        let bytes: Vec<u8> = (0..32).map(|i| i * 8 + 1).collect();
        let encoded = hex(&bytes);
        assert_eq!(encoded.len(), 64);
        assert_eq!(decode_hex(&encoded).unwrap().to_vec(), bytes);
        assert_eq!(decode_hex(&encoded.to_uppercase()).unwrap().to_vec(), bytes);
        assert_eq!(decode_hex(""), Err(MalformedReason::WrongLength { got: 0 }));
        assert_eq!(decode_hex("é"), Err(MalformedReason::BadHex));
    }
}
