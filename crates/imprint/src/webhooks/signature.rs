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

/// Checks signature headers against one secret, or several while one is
/// rotated (see [`Self::also_accept`]). Cheap to clone.
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
    /// The current secret's key first, then the ones also accepted.
    keys: Vec<hmac::Key>,
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
            keys: vec![secret.key()],
            tolerance: DEFAULT_TOLERANCE,
            canonical_json: false,
            max_body_bytes: DEFAULT_MAX_BODY_BYTES,
        })
    }

    /// A verifier that accepts a signature made with any of `secrets`, the
    /// first being the current one. Fails with [`WebhookError::EmptySecret`]
    /// for an empty one, or when there are none.
    ///
    /// ```
    /// use imprint::webhooks::Verifier;
    /// let verifier = Verifier::with_secrets(["new-signing-token", "old-signing-token"])?;
    /// # Ok::<(), imprint::webhooks::WebhookError>(())
    /// ```
    pub fn with_secrets<S: Into<WebhookSecret>>(
        secrets: impl IntoIterator<Item = S>,
    ) -> Result<Self, WebhookError> {
        let mut secrets = secrets.into_iter();
        let first = secrets.next().ok_or(WebhookError::EmptySecret)?;
        secrets.try_fold(Self::new(first)?, Self::also_accept)
    }

    /// Also accepts signatures made with `secret`: for rotating the signing
    /// token without dropping a delivery. Configure the new token here,
    /// switch it on Imprint's side, and drop the old one once no delivery
    /// matches it any more ([`Verified::secret_index`] says which one
    /// matched). Each secret is checked in constant time; a delivery costs
    /// one HMAC per secret tried, in order, until one matches. Fails with
    /// [`WebhookError::EmptySecret`] for an empty secret.
    ///
    /// ```
    /// use imprint::webhooks::{self, Verifier, WebhookSecret};
    /// let old = WebhookSecret::from("old-signing-token");
    /// let verifier = Verifier::new("new-signing-token")?.also_accept(old.clone())?;
    /// let body = br#"{"object":"REWARD","data":{"reward_id":"R-1"}}"#;
    /// let verified = verifier.verify(Some(&webhooks::sign_now(&old, body)), body)?;
    /// assert_eq!(verified.secret_index(), 1);
    /// # Ok::<(), webhooks::WebhookError>(())
    /// ```
    pub fn also_accept(mut self, secret: impl Into<WebhookSecret>) -> Result<Self, WebhookError> {
        let secret = secret.into();
        if secret.is_empty() {
            return Err(WebhookError::EmptySecret);
        }
        self.keys.push(secret.key());
        Ok(self)
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
        let verified = |canonical, secret_index| Verified {
            body,
            timestamp: header.timestamp,
            canonical,
            secret_index,
        };
        if let Some(i) = self.signed(&header, body) {
            return Ok(verified(false, i));
        }
        if self.canonical_json
            && let Some(canonical) = canonical_json(body)
            && let Some(i) = self.signed(&header, &canonical)
        {
            return Ok(verified(true, i));
        }
        Err(WebhookError::SignatureMismatch)
    }

    /// Which secret, if any, `header`'s signature is the HMAC of
    /// `<t>.<body>` under, each compared in constant time.
    fn signed(&self, header: &SignatureHeader, body: &[u8]) -> Option<usize> {
        let message = message(&header.timestamp_raw, body);
        self.keys
            .iter()
            .position(|key| hmac::verify(key, &message, &header.signature).is_ok())
    }
}

impl fmt::Debug for Verifier {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Verifier")
            .field("secrets", &format_args!("<{} redacted>", self.keys.len()))
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
    secret_index: usize,
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

    /// Which of the verifier's secrets the signature matched: 0 for the one
    /// given to [`Verifier::new`] (or first to [`Verifier::with_secrets`]),
    /// then in the order of [`Verifier::also_accept`]. While rotating, a
    /// delivery still matching the old secret says it cannot be dropped yet.
    pub fn secret_index(&self) -> usize {
        self.secret_index
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
            .field("secret_index", &self.secret_index)
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
mod tests;
