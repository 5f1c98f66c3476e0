//! The client: configuration and authentication. The call path is in
//! `call.rs`; the sections' handles in `resources/`.

use std::fmt;
use std::sync::Arc;
use std::time::Duration;

use reqwest::header::HeaderValue;

use crate::environment::Environment;
use crate::error::Error;
use crate::retry::RetryPolicy;
use crate::transport::{ImprintTransport, Origin};

/// The default response size limit: 16 MiB.
pub const DEFAULT_MAX_RESPONSE_BYTES: usize = 16 * 1024 * 1024;

/// How the API key is sent.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
#[non_exhaustive]
pub enum AuthScheme {
    /// `Authorization: Bearer <api_key>` (the default).
    #[default]
    Bearer,
    /// HTTP Basic: a key given as `key_id:key_secret` is sent as those
    /// credentials (as Imprint documents); a single key is sent as the user
    /// name with an empty password.
    Basic,
}

/// A client for the Imprint API. Cheap to clone (one connection pool,
/// shared); `Send + Sync`.
///
/// ```no_run
/// # async fn run() -> Result<(), imprint::Error> {
/// let client = imprint::Client::builder().api_key("sk_test_...").build()?;
/// let customer = client.customers().get("CSMR-123").await?;
/// # Ok(()) }
/// ```
#[derive(Clone)]
pub struct Client {
    pub(crate) inner: Arc<Inner>,
}

pub(crate) struct Inner {
    pub(crate) raw: imprint_raw::Client,
    pub(crate) base_url: String,
    /// Production: sandbox-only operations are refused before sending.
    pub(crate) environment: Environment,
    pub(crate) policy: RetryPolicy,
    scheme: AuthScheme,
    has_merchant_key: bool,
}

impl fmt::Debug for Client {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Client")
            .field("base_url", &self.inner.base_url)
            .field("environment", &self.inner.environment)
            .field("auth", &self.inner.scheme)
            .field("api_key", &"<redacted>")
            .field(
                "merchant_key",
                &self.inner.has_merchant_key.then_some("<redacted>"),
            )
            .finish()
    }
}

/// Builds a [`Client`].
///
/// ```
/// use std::time::Duration;
/// let client = imprint::Client::builder()
///     .api_key("sk_test_123")
///     .base_url("http://127.0.0.1:8080")
///     .merchant_key("mk_456")
///     .timeout(Duration::from_secs(10))
///     .retry_policy(imprint::RetryPolicy::default().max_attempts(5))
///     .build()
///     .unwrap();
/// assert!(!format!("{client:?}").contains("sk_test_123"));
/// ```
#[must_use]
pub struct ClientBuilder {
    base_url: Option<String>,
    environment: Environment,
    api_key: Option<String>,
    scheme: AuthScheme,
    merchant_key: Option<String>,
    timeout: Duration,
    connect_timeout: Duration,
    user_agent: Option<String>,
    retry: RetryPolicy,
    http: Option<reqwest::Client>,
    allow_http: bool,
    max_body: usize,
}

impl fmt::Debug for ClientBuilder {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("ClientBuilder")
            .field("base_url", &self.base_url)
            .field("environment", &self.environment)
            .field("api_key", &self.api_key.as_ref().map(|_| "<redacted>"))
            .field("scheme", &self.scheme)
            .field(
                "merchant_key",
                &self.merchant_key.as_ref().map(|_| "<redacted>"),
            )
            .field("timeout", &self.timeout)
            .field("connect_timeout", &self.connect_timeout)
            .field("retry", &self.retry)
            .finish_non_exhaustive()
    }
}

impl Default for ClientBuilder {
    fn default() -> Self {
        Self {
            base_url: None,
            environment: Environment::Sandbox,
            api_key: None,
            scheme: AuthScheme::Bearer,
            merchant_key: None,
            timeout: Duration::from_secs(30),
            connect_timeout: Duration::from_secs(5),
            user_agent: None,
            retry: RetryPolicy::default(),
            http: None,
            allow_http: false,
            max_body: DEFAULT_MAX_RESPONSE_BYTES,
        }
    }
}

impl ClientBuilder {
    /// The API's base URL, overriding the [environment](Self::environment)'s
    /// (default: the sandbox's, [`SANDBOX_URL`](crate::SANDBOX_URL)). Must be
    /// `https`, unless the host is a loopback address or
    /// [`Self::allow_insecure_http`] is set.
    pub fn base_url(mut self, url: impl Into<String>) -> Self {
        self.base_url = Some(url.into());
        self
    }
    /// Imprint's sandbox (the default) or production: its base URL, unless
    /// [`Self::base_url`] overrides it. A client for production (chosen
    /// here, or by the production base URL) refuses the sandbox-only
    /// simulations before sending, with [`Error::SandboxOnly`].
    ///
    /// ```
    /// let client = imprint::Client::builder()
    ///     .api_key("sk_live_...")
    ///     .environment(imprint::Environment::Production)
    ///     .build()?;
    /// assert_eq!(client.base_url(), "https://dev.imprint.co");
    /// # Ok::<(), imprint::Error>(())
    /// ```
    pub fn environment(mut self, environment: Environment) -> Self {
        self.environment = environment;
        self
    }
    /// The API key (required).
    pub fn api_key(mut self, key: impl Into<String>) -> Self {
        self.api_key = Some(key.into());
        self
    }
    /// Bearer (default) or Basic authentication.
    pub fn auth_scheme(mut self, scheme: AuthScheme) -> Self {
        self.scheme = scheme;
        self
    }
    /// Sends `x-imprint-merchant-key`, for partners with several card programs.
    pub fn merchant_key(mut self, key: impl Into<String>) -> Self {
        self.merchant_key = Some(key.into());
        self
    }
    /// Time limit for one attempt, response body included (default 30 s).
    pub fn timeout(mut self, d: Duration) -> Self {
        self.timeout = d;
        self
    }
    /// Time limit for opening a connection (default 5 s).
    pub fn connect_timeout(mut self, d: Duration) -> Self {
        self.connect_timeout = d;
        self
    }
    /// Appended to the `imprint-rust/<version>` user agent.
    pub fn user_agent_suffix(mut self, suffix: impl Into<String>) -> Self {
        self.user_agent = Some(suffix.into());
        self
    }
    /// The retry policy (default: 3 attempts; see [`RetryPolicy`]).
    pub fn retry_policy(mut self, policy: RetryPolicy) -> Self {
        self.retry = policy;
        self
    }
    /// Bring your own `reqwest::Client` (proxies, custom roots...). Its own
    /// timeouts apply instead of [`Self::timeout`] and [`Self::connect_timeout`].
    ///
    /// Its redirect policy is yours too: reqwest follows up to 10 by default,
    /// re-sending bodies on 307/308 and custom headers such as the merchant
    /// key to the new origin, so build it with
    /// `.redirect(reqwest::redirect::Policy::none())` to keep this crate's
    /// rule (a 3xx is [`Error::Redirect`], never followed).
    pub fn http_client(mut self, client: reqwest::Client) -> Self {
        self.http = Some(client);
        self
    }
    /// Allow a plain `http` base URL on a non-loopback host.
    pub fn allow_insecure_http(mut self, allow: bool) -> Self {
        self.allow_http = allow;
        self
    }
    /// Largest response body accepted (default 16 MiB); larger is
    /// [`Error::BodyTooLarge`].
    pub fn max_response_bytes(mut self, n: usize) -> Self {
        self.max_body = n;
        self
    }

    /// Checks the configuration and builds the client.
    pub fn build(self) -> Result<Client, Error> {
        let key = self
            .api_key
            .filter(|k| !k.trim().is_empty())
            .ok_or_else(|| {
                Error::Config(
                    "an API key is required (ClientBuilder::api_key or IMPRINT_API_KEY)".into(),
                )
            })?;
        let base = self
            .base_url
            .as_deref()
            .unwrap_or(self.environment.base_url())
            .trim_end_matches('/')
            .to_string();
        let environment = match Environment::of_base_url(&base) {
            Some(Environment::Production) => Environment::Production,
            _ => self.environment,
        };
        let url = reqwest::Url::parse(&base)
            .map_err(|e| Error::Config(format!("base URL `{base}` is not a URL: {e}")))?;
        match url.scheme() {
            "https" => {}
            "http" if self.allow_http || is_loopback(&url) => {}
            "http" => {
                return Err(Error::Config(format!(
                    "base URL `{base}` is plain http on a non-loopback host; use https or allow_insecure_http(true)"
                )));
            }
            other => {
                return Err(Error::Config(format!(
                    "base URL scheme `{other}` is not http(s)"
                )));
            }
        }
        if url.query().is_some() || url.fragment().is_some() {
            return Err(Error::Config(format!(
                "base URL `{base}` must not have a query or fragment"
            )));
        }
        let authorization = match self.scheme {
            AuthScheme::Bearer => format!("Bearer {key}"),
            AuthScheme::Basic => {
                use base64::Engine;
                format!(
                    "Basic {}",
                    base64::engine::general_purpose::STANDARD.encode(basic_credentials(&key))
                )
            }
        };
        let mut authorization = HeaderValue::from_str(&authorization).map_err(|_| {
            Error::Config("the API key contains characters not allowed in a header".into())
        })?;
        authorization.set_sensitive(true);
        let merchant_key = match self.merchant_key {
            Some(m) => {
                let mut v = HeaderValue::from_str(&m).map_err(|_| {
                    Error::Config(
                        "the merchant key contains characters not allowed in a header".into(),
                    )
                })?;
                v.set_sensitive(true);
                Some(v)
            }
            None => None,
        };
        let ua = match &self.user_agent {
            Some(s) => format!("imprint-rust/{} {s}", env!("CARGO_PKG_VERSION")),
            None => format!("imprint-rust/{}", env!("CARGO_PKG_VERSION")),
        };
        let user_agent = HeaderValue::from_str(&ua).map_err(|_| {
            Error::Config("the user agent suffix is not a valid header value".into())
        })?;
        let http = match self.http {
            Some(c) => c,
            None => imprint_raw::support::http_client_builder()
                .map_err(|e| Error::Config(format!("TLS setup failed: {e}")))?
                .timeout(self.timeout)
                .connect_timeout(self.connect_timeout)
                .pool_idle_timeout(Duration::from_secs(60))
                .build()
                .map_err(|e| Error::Config(format!("HTTP client setup failed: {e}")))?,
        };
        let transport = ImprintTransport {
            authorization,
            merchant_key: merchant_key.clone(),
            user_agent,
            max_body: self.max_body,
            origin: Origin::of(&url),
        };
        let hooks = imprint_raw::support::Hooks::with_transport(Arc::new(transport));
        let raw = imprint_raw::Client::new_with_client(&base, http, hooks);
        Ok(Client {
            inner: Arc::new(Inner {
                raw,
                base_url: base,
                environment,
                policy: self.retry,
                scheme: self.scheme,
                has_merchant_key: merchant_key.is_some(),
            }),
        })
    }
}

/// The `user:password` of HTTP Basic: a key given as `key_id:key_secret` is
/// sent as is (the form Imprint's spec documents); a single key is the user
/// name with an empty password.
fn basic_credentials(key: &str) -> String {
    if key.contains(':') {
        key.to_string()
    } else {
        format!("{key}:")
    }
}

fn is_loopback(url: &reqwest::Url) -> bool {
    match url.host() {
        Some(url::Host::Domain(d)) => d.eq_ignore_ascii_case("localhost"),
        Some(url::Host::Ipv4(ip)) => ip.is_loopback(),
        Some(url::Host::Ipv6(ip)) => ip.is_loopback(),
        None => false,
    }
}

impl Client {
    /// A builder with the defaults.
    pub fn builder() -> ClientBuilder {
        ClientBuilder::default()
    }

    /// A client from the environment: `IMPRINT_API_KEY` (required),
    /// `IMPRINT_ENV` (`sandbox`, the default, or `production`),
    /// `IMPRINT_BASE_URL` (overrides `IMPRINT_ENV`'s URL) and
    /// `IMPRINT_MERCHANT_KEY` (optional).
    pub fn from_env() -> Result<Self, Error> {
        Self::builder_from_env()?.build()
    }

    /// Like [`Self::from_env`], but returns the builder to adjust further.
    pub fn builder_from_env() -> Result<ClientBuilder, Error> {
        let key = std::env::var("IMPRINT_API_KEY")
            .ok()
            .filter(|k| !k.trim().is_empty())
            .ok_or_else(|| {
                Error::Config(
                    "IMPRINT_API_KEY is not set; export your API key to use Client::from_env"
                        .into(),
                )
            })?;
        let mut builder = Self::builder().api_key(key);
        if let Some(env) = std::env::var("IMPRINT_ENV")
            .ok()
            .filter(|e| !e.trim().is_empty())
        {
            let environment = env.parse::<Environment>().map_err(|_| {
                Error::Config(format!(
                    "IMPRINT_ENV is `{env}`: expected `sandbox` or `production`"
                ))
            })?;
            builder = builder.environment(environment);
        }
        if let Some(url) = std::env::var("IMPRINT_BASE_URL")
            .ok()
            .filter(|u| !u.trim().is_empty())
        {
            builder = builder.base_url(url);
        }
        if let Some(mk) = std::env::var("IMPRINT_MERCHANT_KEY")
            .ok()
            .filter(|m| !m.trim().is_empty())
        {
            builder = builder.merchant_key(mk);
        }
        Ok(builder)
    }

    /// The base URL in use.
    pub fn base_url(&self) -> &str {
        &self.inner.base_url
    }

    /// The environment this client is for: production when chosen with
    /// [`ClientBuilder::environment`] or when the base URL is production's;
    /// the sandbox otherwise (a mock or a proxy included).
    pub fn environment(&self) -> Environment {
        self.inner.environment
    }

    /// The generated client underneath, for operations the facade does not
    /// wrap yet. It shares this client's HTTP connection pool, auth headers,
    /// origin guard and no-redirect rule; retries, typed errors and the
    /// response size limit belong to [`Client::send`]'s call path.
    pub fn raw(&self) -> &imprint_raw::Client {
        &self.inner.raw
    }
}
