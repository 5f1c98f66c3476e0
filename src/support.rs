//! Hand-written runtime for the generated client: the `Sensitive` wrapper for
//! `x-sensitive` fields, the hook through which the facade takes over request
//! execution, and the TLS setup.

use std::fmt;
use std::future::Future;
use std::pin::Pin;
use std::sync::Arc;

use progenitor_client::{ClientHooks, ClientInfo, OperationInfo};

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
    async fn exec(
        &self,
        request: reqwest::Request,
        info: &OperationInfo,
    ) -> reqwest::Result<reqwest::Response> {
        match &self.inner().transport {
            Some(t) => t.execute(self.client(), request, info.operation_id).await,
            None => self.client().execute(request).await,
        }
    }
}

/// A `reqwest::ClientBuilder` with TLS set up: rustls with the *ring*
/// provider and the platform's certificate verifier. We configure the
/// provider per client instead of installing a process-wide default, so this
/// never conflicts with another library's choice.
///
/// Fails only if the platform's certificate store cannot be read.
pub fn http_client_builder() -> Result<reqwest::ClientBuilder, rustls::Error> {
    Ok(reqwest::Client::builder().tls_backend_preconfigured(tls_config()?))
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
