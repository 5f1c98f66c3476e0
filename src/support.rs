//! Hand-written runtime for the generated client: the `Sensitive` wrapper for
//! `x-sensitive` fields, the traits the generated request types implement
//! ([`Request`], [`CursorRequest`], [`CursorPage`]) and the operation
//! descriptor, the hook through which the facade takes over request
//! execution, and the TLS setup.

use std::fmt;
use std::future::Future;
use std::pin::Pin;
use std::sync::Arc;

use progenitor_client::{ClientHooks, ClientInfo, OperationInfo, ResponseValue};

/// A value that must never be printed: an SSN, a date of birth. Its `Debug`
/// prints `<redacted>`; it has no `Display`. On the wire it is the bare value.
///
/// ```
/// use imprint_raw::support::Sensitive;
/// let ssn = Sensitive::new("123456789".to_string());
/// assert_eq!(format!("{ssn:?}"), "<redacted>");
/// assert_eq!(ssn.expose(), "123456789");
/// assert_eq!(serde_json::to_string(&ssn).unwrap(), "\"123456789\"");
/// ```
#[derive(Clone, Copy, PartialEq, Eq, Hash, Default, PartialOrd, Ord)]
pub struct Sensitive<T>(T);

impl<T> Sensitive<T> {
    /// Wraps a value.
    pub const fn new(value: T) -> Self {
        Self(value)
    }
    /// Borrows the value. Call sites that do this are the ones to review.
    pub fn expose(&self) -> &T {
        &self.0
    }
    /// Unwraps the value.
    pub fn into_inner(self) -> T {
        self.0
    }
}

impl<T> fmt::Debug for Sensitive<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("<redacted>")
    }
}

impl<T> From<T> for Sensitive<T> {
    fn from(value: T) -> Self {
        Self(value)
    }
}

impl<T: serde::Serialize> serde::Serialize for Sensitive<T> {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        self.0.serialize(serializer)
    }
}

impl<'de, T: serde::Deserialize<'de>> serde::Deserialize<'de> for Sensitive<T> {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        T::deserialize(deserializer).map(Self)
    }
}

#[cfg(feature = "schemars")]
impl<T: schemars::JsonSchema> schemars::JsonSchema for Sensitive<T> {
    fn is_referenceable() -> bool {
        T::is_referenceable()
    }
    fn schema_name() -> String {
        T::schema_name()
    }
    fn json_schema(generator: &mut schemars::r#gen::SchemaGenerator) -> schemars::schema::Schema {
        T::json_schema(generator)
    }
}

/// What the spec says of one operation, as the generated table
/// (`imprint_raw::operations`) records it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub struct OperationDescriptor {
    /// The spec's `operationId` (`createTransactionIntent`).
    pub id: &'static str,
    /// Upper-case HTTP method.
    pub method: &'static str,
    /// The path template (`/v2/transaction_intents/{intent_id}`): what
    /// traces show, never the ids in it.
    pub path: &'static str,
    /// The API section (the operation's first tag).
    pub section: &'static str,
    /// One-line summary.
    pub summary: &'static str,
    /// Whether sending it twice has the effect of sending it once: GET,
    /// PUT, DELETE and searches sent as POST are; other writes are not.
    /// This is what decides which failures are retried.
    pub idempotent: bool,
    /// How it pages, if it is a cursor list (see [`CursorRequest`]).
    pub pagination: Option<CursorFields>,
    /// Whether the spec marks it deprecated.
    pub deprecated: bool,
    /// Whether the API serves it in its sandbox only (the overlay's
    /// `x-sandbox-only`: Imprint's simulations answer 403 in production).
    pub sandbox_only: bool,
}

/// Where a cursor list keeps its cursor, page size, items and flags, by
/// their JSON names.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub struct CursorFields {
    /// The request's cursor (`starting_after`).
    pub cursor: &'static str,
    /// Whether the cursor and page size go in the JSON body (else the query).
    pub in_body: bool,
    /// The request's page size (`limit`), if it has one.
    pub limit: Option<&'static str>,
    /// The response's items (`data`).
    pub items: &'static str,
    /// The response's "more follow" flag (`has_more`).
    pub has_more: &'static str,
    /// The item property the next page starts after (`id`).
    pub item_cursor: &'static str,
    /// The response's total count (`total`), if it has one.
    pub total: Option<&'static str>,
}

/// A generated request type: one per operation, in
/// `imprint_raw::requests`. It owns its parameters and body, so it can be
/// kept, cloned and sent later (a cursor list sends it once per page; a
/// retry sends a copy).
pub trait Request: Clone + Send + 'static {
    /// The success body's type (`()` for a 204).
    type Output;
    /// What the raw client gives back for a documented error status: the
    /// body's bytes ([`progenitor_client::ByteStream`]) or `()`.
    type ErrorBody;
    /// The operation.
    const OPERATION: &'static OperationDescriptor;

    /// Sends the request with the raw client.
    fn send(
        self,
        client: &crate::Client,
    ) -> impl Future<
        Output = Result<ResponseValue<Self::Output>, progenitor_client::Error<Self::ErrorBody>>,
    > + Send
    + '_;

    /// Calls `visit` with each path parameter's spec name and value, so a
    /// caller can check ids before anything is sent.
    fn visit_path_params(&self, visit: &mut dyn FnMut(&'static str, &str));
}

/// A request for one page of a cursor list: the generated code knows where
/// its cursor and page size go (query or body).
pub trait CursorRequest: Request<Output: CursorPage> {
    /// The cursor it starts after, if any.
    fn cursor(&self) -> Option<&str>;
    /// Starts after `cursor` (`None`: from the beginning).
    fn set_cursor(&mut self, cursor: Option<String>);
    /// Sets the page size.
    fn set_limit(&mut self, limit: std::num::NonZeroU32);
}

/// One page of a cursor list, as the API returns it.
pub trait CursorPage: Sized {
    /// The items' type.
    type Item;
    /// Whether more items follow.
    fn has_more(&self) -> bool;
    /// The total number of items, when the API says.
    fn total(&self) -> Option<i64>;
    /// The items, in the API's order.
    fn into_items(self) -> Vec<Self::Item>;
    /// The cursor that continues after `item` (its id).
    fn cursor_of(item: &Self::Item) -> Option<&str>;
}

/// Conversions from the shapes typify gives a field to what the pagination
/// traits need (a required field is `T`, an optional one `Option<T>`, an
/// optional array a `Vec` that defaults to empty). Used by generated code.
#[doc(hidden)]
pub mod field {
    use std::num::NonZeroU32;

    /// A `has_more` flag.
    pub trait FieldFlag {
        /// The flag; absent reads as false.
        fn flag(&self) -> bool;
    }
    impl FieldFlag for bool {
        fn flag(&self) -> bool {
            *self
        }
    }
    impl FieldFlag for Option<bool> {
        fn flag(&self) -> bool {
            self.unwrap_or(false)
        }
    }

    /// A `total` count.
    pub trait FieldCount {
        /// The count, if present and representable.
        fn count(&self) -> Option<i64>;
    }
    macro_rules! count {
        ($($t:ty),*) => {$(
            impl FieldCount for $t {
                fn count(&self) -> Option<i64> {
                    i64::try_from(*self).ok()
                }
            }
            impl FieldCount for Option<$t> {
                fn count(&self) -> Option<i64> {
                    self.and_then(|n| i64::try_from(n).ok())
                }
            }
        )*};
    }
    count!(i64, u64, i32, u32);

    /// The items of a page.
    pub trait FieldItems {
        /// The item type.
        type Item;
        /// The items; absent reads as none.
        fn items(self) -> Vec<Self::Item>;
    }
    impl<T> FieldItems for Vec<T> {
        type Item = T;
        fn items(self) -> Vec<T> {
            self
        }
    }
    impl<T> FieldItems for Option<Vec<T>> {
        type Item = T;
        fn items(self) -> Vec<T> {
            self.unwrap_or_default()
        }
    }

    /// A cursor value (an item's id, a request's `starting_after`).
    pub trait FieldCursor {
        /// The cursor, if present.
        fn cursor(&self) -> Option<&str>;
    }
    impl FieldCursor for String {
        fn cursor(&self) -> Option<&str> {
            Some(self.as_str())
        }
    }
    impl FieldCursor for Option<String> {
        fn cursor(&self) -> Option<&str> {
            self.as_deref()
        }
    }

    /// A page size field.
    pub trait FieldLimit {
        /// The value for a page of `limit` items.
        fn from_limit(limit: NonZeroU32) -> Self;
    }
    impl FieldLimit for NonZeroU32 {
        fn from_limit(limit: NonZeroU32) -> Self {
            limit
        }
    }
    impl FieldLimit for std::num::NonZeroU64 {
        fn from_limit(limit: NonZeroU32) -> Self {
            limit.into()
        }
    }
    impl FieldLimit for u32 {
        fn from_limit(limit: NonZeroU32) -> Self {
            limit.get()
        }
    }
    impl FieldLimit for u64 {
        fn from_limit(limit: NonZeroU32) -> Self {
            limit.get().into()
        }
    }
    impl FieldLimit for i64 {
        fn from_limit(limit: NonZeroU32) -> Self {
            limit.get().into()
        }
    }
    impl FieldLimit for i32 {
        fn from_limit(limit: NonZeroU32) -> Self {
            i32::try_from(limit.get()).unwrap_or(i32::MAX)
        }
    }
    impl<T: FieldLimit> FieldLimit for Option<T> {
        fn from_limit(limit: NonZeroU32) -> Self {
            Some(T::from_limit(limit))
        }
    }
}

/// A boxed future returned by [`Transport::execute`].
pub type ExecFuture<'a> =
    Pin<Box<dyn Future<Output = reqwest::Result<reqwest::Response>> + Send + 'a>>;

/// Executes the requests the generated client builds. The facade implements
/// this for auth, retries, timeouts, body limits and tracing; without one the
/// request is sent once as built.
pub trait Transport: Send + Sync + 'static {
    /// Sends `request` (already built by the generated code) for the operation
    /// `operation_id`.
    fn execute<'a>(
        &'a self,
        client: &'a reqwest::Client,
        request: reqwest::Request,
        operation_id: &'static str,
    ) -> ExecFuture<'a>;
}

/// The generated client's inner state: an optional [`Transport`].
#[derive(Clone, Default)]
pub struct Hooks {
    transport: Option<Arc<dyn Transport>>,
}

impl Hooks {
    /// Hooks that route every request through `transport`.
    pub fn with_transport(transport: Arc<dyn Transport>) -> Self {
        Self {
            transport: Some(transport),
        }
    }
}

impl fmt::Debug for Hooks {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Hooks")
            .field("transport", &self.transport.as_ref().map(|_| "custom"))
            .finish()
    }
}

impl ClientHooks<Hooks> for crate::Client {
    /// Not an `async fn`: its future would keep the request (264 bytes)
    /// several times over, inline in every generated call's future (568
    /// bytes in all). The transport's boxed future is returned as it is;
    /// without a transport reqwest's own (16 bytes) is boxed, so both arms
    /// have one type.
    fn exec(
        &self,
        mut request: reqwest::Request,
        info: &OperationInfo,
    ) -> impl Future<Output = reqwest::Result<reqwest::Response>> {
        normalize(&mut request);
        match &self.inner().transport {
            Some(t) => t.execute(self.client(), request, info.operation_id),
            None => Box::pin(self.client().execute(request)) as ExecFuture<'_>,
        }
    }
}

/// Decodes a JSON success response: what progenitor's
/// `ResponseValue::from_response` does, which the generator replaces with
/// this in every operation. Its future is a fraction of the size (reqwest's
/// `bytes()` future alone is 568 bytes; reading chunk by chunk needs 32), so
/// each call's future is smaller to move and to box, and the headers are
/// moved out of the response rather than copied. A body that arrives in one
/// chunk (most) is decoded in place.
///
/// # Errors
///
/// [`progenitor_client::Error::ResponseBodyError`] when the body breaks off,
/// [`progenitor_client::Error::InvalidResponsePayload`] (with the bytes) when
/// it does not decode as `T`.
pub fn from_response<T: serde::de::DeserializeOwned, E>(
    mut response: reqwest::Response,
) -> impl Future<Output = Result<ResponseValue<T>, progenitor_client::Error<E>>> {
    // A block, not an `async fn`: an `async fn` moves its argument into a
    // second slot of its state; the block uses the captured response in
    // place (136 bytes less in every call's future).
    async move {
        let body = read_body(&mut response)
            .await
            .map_err(progenitor_client::Error::ResponseBodyError)?;
        // Taken after the body: nothing but the response waits on the await.
        let status = response.status();
        let headers = std::mem::take(response.headers_mut());
        match serde_json::from_slice(&body) {
            Ok(inner) => Ok(ResponseValue::new(inner, status, headers)),
            Err(e) => Err(progenitor_client::Error::InvalidResponsePayload(body, e)),
        }
    }
}

/// The whole body: the first chunk as it is when it is the only one.
///
/// The facade's transport has a twin with a size limit
/// (`imprint::transport::read_capped`). This one stays without a limit on
/// purpose: it is on every call's path, and one shared reader taking the
/// limit made every generated call's future 16 bytes larger and
/// `getCustomer` measurably slower (1.045x to 1.050x the hand-written call
/// over six alternating runs of `cargo bench -p imprint --bench facade --
/// overhead`). Bodies reach it already vetted by the transport.
async fn read_body(response: &mut reqwest::Response) -> reqwest::Result<bytes::Bytes> {
    // Scoped so that the first two chunks do not stay in the future's state
    // while the rest is read.
    let mut buf = {
        let Some(first) = response.chunk().await? else {
            return Ok(bytes::Bytes::new());
        };
        let Some(second) = response.chunk().await? else {
            return Ok(first);
        };
        // What is read plus what the body still announces (its size hint).
        let so_far = first.len() + second.len();
        let rest = response
            .content_length()
            .and_then(|n| usize::try_from(n).ok())
            .unwrap_or(0);
        let mut buf = bytes::BytesMut::with_capacity(so_far.saturating_add(rest));
        buf.extend_from_slice(&first);
        buf.extend_from_slice(&second);
        buf
    };
    while let Some(chunk) = response.chunk().await? {
        buf.extend_from_slice(&chunk);
    }
    Ok(buf.freeze())
}

/// Sends an already built request the way the generated client does: the
/// corrections of [`normalize`], then the hooks' [`Transport`] (or plain
/// `reqwest`). For callers that build requests from the spec themselves.
pub async fn execute(
    client: &crate::Client,
    request: reqwest::Request,
    operation_id: &'static str,
) -> reqwest::Result<reqwest::Response> {
    client.exec(request, &OperationInfo { operation_id }).await
}

/// Percent-encodes a value as one path segment: everything but RFC 3986's
/// unreserved characters is encoded, so the server reads back exactly the
/// value given (a `/` stays inside the segment).
///
/// ```
/// assert_eq!(imprint_raw::support::encode_path_segment("a/b c[0]"), "a%2Fb%20c%5B0%5D");
/// ```
pub fn encode_path_segment(value: &str) -> String {
    let mut out = String::with_capacity(value.len());
    for b in value.bytes() {
        if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'.' | b'_' | b'~') {
            out.push(char::from(b));
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

/// Corrects what progenitor's generated requests get wrong, for raw and
/// facade users alike: its path encoding leaves `[`, `]`, `^`, `|` (and a
/// few other bytes) raw, which RFC 3986 does not allow in a path. An id
/// containing them must reach the server exactly as given, so they are
/// percent-encoded here. Everything else in the path is already encoded (a
/// `%` in it starts an escape progenitor wrote), so nothing is encoded
/// twice. (The `api-version` header progenitor would add is removed by the
/// generator.)
pub fn normalize(request: &mut reqwest::Request) {
    let path = request.url().path();
    if path.bytes().all(is_path_byte) {
        return;
    }
    let mut encoded = String::with_capacity(path.len() + 8);
    for b in path.bytes() {
        if is_path_byte(b) {
            encoded.push(char::from(b));
        } else {
            encoded.push_str(&format!("%{b:02X}"));
        }
    }
    request.url_mut().set_path(&encoded);
}

/// RFC 3986 `pchar` plus `/` and `%` (escapes already written).
fn is_path_byte(b: u8) -> bool {
    PATH_BYTES[usize::from(b)]
}

/// [`is_path_byte`] as a table: checked for every byte of every path.
static PATH_BYTES: [bool; 256] = {
    let mut table = [false; 256];
    let mut b = 0;
    while b < 256 {
        let c = b as u8;
        table[b] = c.is_ascii_alphanumeric()
            || matches!(
                c,
                b'-' | b'.'
                    | b'_'
                    | b'~'
                    | b'!'
                    | b'$'
                    | b'&'
                    | b'\''
                    | b'('
                    | b')'
                    | b'*'
                    | b'+'
                    | b','
                    | b';'
                    | b'='
                    | b':'
                    | b'@'
                    | b'/'
                    | b'%'
            );
        b += 1;
    }
    table
};

/// A `reqwest::ClientBuilder` with TLS set up: rustls with the *ring*
/// provider and the platform's certificate verifier. We configure the
/// provider per client instead of installing a process-wide default, so this
/// never conflicts with another library's choice.
///
/// Redirects are never followed and no `Referer` is sent: Imprint's API
/// documents no redirect, and following one would hand our headers (the
/// merchant key), a request body (a customer search carries an SSN) and the
/// original URL (ids in its path) to whatever origin the `Location` names.
/// A 3xx answer reaches the caller as it is, and the facade turns it into
/// its own error.
///
/// Fails only if the platform's certificate store cannot be read.
pub fn http_client_builder() -> Result<reqwest::ClientBuilder, rustls::Error> {
    Ok(reqwest::Client::builder()
        .tls_backend_preconfigured(tls_config()?)
        .redirect(reqwest::redirect::Policy::none())
        .referer(false))
}

fn tls_config() -> Result<rustls::ClientConfig, rustls::Error> {
    use rustls_platform_verifier::BuilderVerifierExt;
    let provider = Arc::new(rustls::crypto::ring::default_provider());
    let mut config = rustls::ClientConfig::builder_with_provider(provider)
        .with_safe_default_protocol_versions()?
        .with_platform_verifier()?
        .with_no_client_auth();
    config.alpn_protocols = vec![b"h2".to_vec(), b"http/1.1".to_vec()];
    Ok(config)
}

#[cfg(test)]
mod tests {
    /// The generator replaces every `ResponseValue::from_response` with
    /// [`super::from_response`]; a progenitor upgrade that spells the call
    /// differently would leave the large futures back in place.
    #[test]
    fn every_operation_decodes_through_support() {
        let generated = include_str!("generated/imprint_raw.rs");
        assert!(!generated.contains("ResponseValue::from_response"));
        assert!(generated.contains("::imprint_raw::support::from_response(response)"));
    }

    /// What the replacement is for: the generated call's future stays small
    /// enough for the allocator's per-thread cache when the facade boxes it.
    #[test]
    fn a_generated_call_future_stays_small() {
        let client = crate::Client::new_with_client(
            "http://127.0.0.1:9",
            super::http_client_builder()
                .map_err(|e| e.to_string())
                .and_then(|b| b.build().map_err(|e| e.to_string()))
                .unwrap_or_else(|e| panic!("{e}")),
            super::Hooks::default(),
        );
        let future = client.get_customer().customer_id("CSMR-1").send();
        assert!(
            std::mem::size_of_val(&future) <= 1024,
            "{} bytes",
            std::mem::size_of_val(&future)
        );
    }
}
