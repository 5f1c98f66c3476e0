//! The server: builder, handle, request pipeline.

use std::collections::VecDeque;
use std::future::Future;
use std::net::{IpAddr, Ipv4Addr, SocketAddr};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{
    Arc, Mutex, MutexGuard, OnceLock, PoisonError, RwLock, RwLockReadGuard, RwLockWriteGuard,
};
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use axum::Router;
use axum::body::Body;
use axum::extract::{Request, State};
use axum::http::{HeaderValue, Method, StatusCode, header};
use axum::response::{IntoResponse, Response};
use serde_json::Value;
use tokio::net::TcpListener;
use tokio::sync::oneshot;
use tokio::task::JoinHandle;

use crate::auth::authenticate;
use crate::error::MockError;
use crate::fault::{Fault, FaultSlot, Faults, Route, check_rate};
use crate::response::{ApiError, json_response};
use crate::store::{SearchError, Store, StoredCustomer};
use crate::validate::Spec;

/// The API key a server accepts unless [`MockServerBuilder::api_key`] says
/// otherwise.
pub const DEFAULT_API_KEY: &str = "sk_test_imprint_mock";

/// How many customers a server is seeded with by default.
pub const DEFAULT_CUSTOMERS: usize = 25;

/// The largest request body the mock reads (1 MiB); larger bodies get 413.
pub const MAX_BODY_BYTES: usize = 1 << 20;

/// How many requests [`MockServer::requests`] keeps (the oldest are dropped).
pub const REQUEST_LOG_CAPACITY: usize = 10_000;

/// The response header carrying the request id.
pub const REQUEST_ID_HEADER: &str = "x-request-id";

/// The optional merchant header the API accepts; the mock records it.
pub const MERCHANT_KEY_HEADER: &str = "x-imprint-merchant-key";

/// Settings of a mock server; build one with [`MockServer::builder`].
///
/// ```no_run
/// # async fn run() -> Result<(), imprint_mock::MockError> {
/// use std::time::Duration;
/// let server = imprint_mock::MockServer::builder()
///     .customers(50)
///     .seed(7)
///     .api_key("sk_test_123")
///     .latency(Duration::from_millis(5))
///     .error_rate(0.1)
///     .start()
///     .await?;
/// println!("{}", server.url());
/// # Ok(()) }
/// ```
#[derive(Clone, Debug)]
pub struct MockServerBuilder {
    customers: usize,
    seed: u64,
    api_key: String,
    latency: Duration,
    error_rate: f64,
    host: IpAddr,
    port: u16,
}

impl Default for MockServerBuilder {
    fn default() -> Self {
        Self {
            customers: DEFAULT_CUSTOMERS,
            seed: 0,
            api_key: DEFAULT_API_KEY.to_owned(),
            latency: Duration::ZERO,
            error_rate: 0.0,
            host: IpAddr::V4(Ipv4Addr::LOCALHOST),
            port: 0,
        }
    }
}

impl MockServerBuilder {
    /// How many customers to seed (default [`DEFAULT_CUSTOMERS`]); see
    /// [`generate_customers`](crate::generate_customers).
    pub fn customers(mut self, count: usize) -> Self {
        self.customers = count;
        self
    }

    /// The seed of the generated customers and of the error-rate draws
    /// (default 0).
    pub fn seed(mut self, seed: u64) -> Self {
        self.seed = seed;
        self
    }

    /// The API key the server accepts (default [`DEFAULT_API_KEY`]). Must
    /// not be empty.
    pub fn api_key(mut self, key: impl Into<String>) -> Self {
        self.api_key = key.into();
        self
    }

    /// Latency added to every request (default none).
    pub fn latency(mut self, latency: Duration) -> Self {
        self.latency = latency;
        self
    }

    /// Fraction of requests answered 500/503 (`0.0..=1.0`, default 0); see
    /// [`Fault::ErrorRate`].
    pub fn error_rate(mut self, rate: f64) -> Self {
        self.error_rate = rate;
        self
    }

    /// The address to listen on (default 127.0.0.1).
    pub fn host(mut self, host: IpAddr) -> Self {
        self.host = host;
        self
    }

    /// The port to listen on (default 0: any free port).
    pub fn port(mut self, port: u16) -> Self {
        self.port = port;
        self
    }

    /// The address [`start`](Self::start) binds.
    pub fn addr(&self) -> SocketAddr {
        SocketAddr::new(self.host, self.port)
    }

    /// Binds the address and serves in a background tokio task. Must be
    /// called within a tokio runtime.
    ///
    /// # Errors
    ///
    /// [`MockError::Config`] for an empty API key or an error rate outside
    /// `0.0..=1.0`, [`MockError::Bind`] if the address cannot be bound.
    pub async fn start(self) -> Result<MockServer, MockError> {
        let addr = self.addr();
        let shared = Arc::new(Shared::new(&self)?);
        let listener = TcpListener::bind(addr)
            .await
            .map_err(|source| MockError::Bind { addr, source })?;
        let local = listener.local_addr()?;
        let (tx, rx) = oneshot::channel::<()>();
        let app = router(shared.clone());
        let task = tokio::spawn(async move {
            axum::serve(listener, app)
                .with_graceful_shutdown(async move {
                    // A dropped sender also means "stop".
                    let _ = rx.await;
                })
                .await
        });
        tracing::debug!(url = %format!("http://{local}"), "imprint-mock listening");
        Ok(MockServer {
            addr: local,
            shared,
            shutdown: Some(tx),
            task: Some(task),
        })
    }
}

/// Serves the mock on `addr` until `shutdown` resolves (then finishes the
/// requests in flight). For a command-line `imprint mock` and the like; tests
/// usually want [`MockServer::start`], which picks a free port and reports it.
///
/// ```no_run
/// # async fn run() -> Result<(), imprint_mock::MockError> {
/// let (stop, stopped) = tokio::sync::oneshot::channel::<()>();
/// let addr = "127.0.0.1:12111".parse().unwrap();
/// # drop(stop);
/// imprint_mock::serve(addr, imprint_mock::MockServer::builder().seed(1), async {
///     let _ = stopped.await; // or tokio::signal::ctrl_c()
/// })
/// .await
/// # }
/// ```
///
/// # Errors
///
/// As [`MockServerBuilder::start`], plus [`MockError::Io`] if serving fails.
pub async fn serve<F>(
    addr: SocketAddr,
    config: MockServerBuilder,
    shutdown: F,
) -> Result<(), MockError>
where
    F: Future<Output = ()> + Send + 'static,
{
    let listener = TcpListener::bind(addr)
        .await
        .map_err(|source| MockError::Bind { addr, source })?;
    serve_listener(listener, config, shutdown).await
}

/// As [`serve`], on a listener the caller has bound (so it can print the
/// address of port 0 first). The builder's host and port are ignored.
///
/// # Errors
///
/// [`MockError::Config`] for bad settings, [`MockError::Io`] if serving fails.
pub async fn serve_listener<F>(
    listener: TcpListener,
    config: MockServerBuilder,
    shutdown: F,
) -> Result<(), MockError>
where
    F: Future<Output = ()> + Send + 'static,
{
    let shared = Arc::new(Shared::new(&config)?);
    axum::serve(listener, router(shared))
        .with_graceful_shutdown(shutdown)
        .await?;
    Ok(())
}

/// A running mock of the Imprint API. Stops when dropped; see the crate
/// documentation for an example.
#[derive(Debug)]
pub struct MockServer {
    addr: SocketAddr,
    shared: Arc<Shared>,
    shutdown: Option<oneshot::Sender<()>>,
    task: Option<JoinHandle<std::io::Result<()>>>,
}

impl MockServer {
    /// Starts a server with the default settings: 127.0.0.1, a free port,
    /// [`DEFAULT_CUSTOMERS`] customers from seed 0, key [`DEFAULT_API_KEY`].
    ///
    /// # Errors
    ///
    /// [`MockError::Bind`] if no port can be bound.
    pub async fn start() -> Result<MockServer, MockError> {
        Self::builder().start().await
    }

    /// A builder for custom settings.
    pub fn builder() -> MockServerBuilder {
        MockServerBuilder::default()
    }

    /// The base URL, e.g. `http://127.0.0.1:54321` (no trailing slash).
    pub fn url(&self) -> String {
        format!("http://{}", self.addr)
    }

    /// The address the server listens on.
    pub fn addr(&self) -> SocketAddr {
        self.addr
    }

    /// The API key the server accepts.
    pub fn api_key(&self) -> &str {
        &self.shared.api_key
    }

    /// The seed the server was built with.
    pub fn seed(&self) -> u64 {
        self.shared.seed
    }

    /// Adds a customer, or replaces the one with the same id; returns the
    /// replaced customer. When the customer has an SSN, its `ssn4` is set to
    /// the SSN's last four digits. Ids may be any non-empty string (`/`,
    /// spaces and non-ASCII included; clients percent-encode them in paths).
    ///
    /// # Errors
    ///
    /// [`MockError::InvalidCustomer`] for an empty id or an SSN that is not
    /// exactly 9 digits.
    pub fn insert_customer(
        &self,
        customer: impl Into<StoredCustomer>,
    ) -> Result<Option<StoredCustomer>, MockError> {
        self.shared.write_store().insert(customer.into())
    }

    /// The stored customer with this id, including what responses never
    /// show (the full SSN, the customer history).
    pub fn customer(&self, id: &str) -> Option<StoredCustomer> {
        self.shared.read_store().get(id).cloned()
    }

    /// Every stored customer, in id order (the order of search results).
    pub fn customers(&self) -> Vec<StoredCustomer> {
        self.shared.read_store().all()
    }

    /// How many customers are stored.
    pub fn customer_count(&self) -> usize {
        self.shared.read_store().len()
    }

    /// How many HTTP requests the server has received, whatever their
    /// outcome (401s and injected faults included).
    pub fn request_count(&self) -> u64 {
        self.shared.total.load(Ordering::SeqCst)
    }

    /// How many requests were addressed to `route` (any outcome).
    pub fn route_request_count(&self, route: Route) -> u64 {
        self.shared.per_route[route.index()].load(Ordering::SeqCst)
    }

    /// The most recent requests (up to [`REQUEST_LOG_CAPACITY`]), oldest
    /// first.
    pub fn requests(&self) -> Vec<RecordedRequest> {
        lock(&self.shared.log).iter().cloned().collect()
    }

    /// Injects `fault` into every request to `route`; see [`Fault`] for how
    /// faults combine.
    ///
    /// # Errors
    ///
    /// [`MockError::Config`] for an error rate outside `0.0..=1.0` or a
    /// status outside 400-599.
    pub fn set_fault(&self, route: Route, fault: Fault) -> Result<(), MockError> {
        lock(&self.shared.faults).slot(route).apply(fault)
    }

    /// Injects `fault` into every request the server receives (any route,
    /// unknown paths included). The builder's `latency` and `error_rate`
    /// live here.
    ///
    /// # Errors
    ///
    /// As [`set_fault`](Self::set_fault).
    pub fn set_server_fault(&self, fault: Fault) -> Result<(), MockError> {
        lock(&self.shared.faults).server.apply(fault)
    }

    /// Removes every fault, the builder's latency and error rate included.
    pub fn clear_faults(&self) {
        lock(&self.shared.faults).clear();
    }

    /// Stops accepting connections, lets requests in flight finish (up to 5
    /// seconds) and waits for the server task.
    ///
    /// # Errors
    ///
    /// [`MockError::Io`] if the server task failed.
    pub async fn shutdown(mut self) -> Result<(), MockError> {
        if let Some(tx) = self.shutdown.take() {
            let _ = tx.send(());
        }
        if let Some(mut task) = self.task.take() {
            match tokio::time::timeout(Duration::from_secs(5), &mut task).await {
                Ok(Ok(result)) => result?,
                Ok(Err(join)) => return Err(MockError::Io(std::io::Error::other(join))),
                Err(_) => task.abort(),
            }
        }
        Ok(())
    }
}

impl Drop for MockServer {
    fn drop(&mut self) {
        if let Some(tx) = self.shutdown.take() {
            let _ = tx.send(());
        }
    }
}

/// One request the server received, for assertions.
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub struct RecordedRequest {
    /// The `x-request-id` the answer carried.
    pub request_id: String,
    /// The HTTP method.
    pub method: String,
    /// The path as sent (still percent-encoded).
    pub path: String,
    /// The operation the path and method name, if any.
    pub route: Option<Route>,
    /// The status answered.
    pub status: u16,
    /// The `x-imprint-merchant-key` header, if sent.
    pub merchant_key: Option<String>,
    /// True if the answer was an injected fault.
    pub injected: bool,
}

/// State shared by the handle and the request handlers.
#[derive(Debug)]
struct Shared {
    api_key: String,
    seed: u64,
    spec: Spec,
    store: RwLock<Store>,
    faults: Mutex<Faults>,
    total: AtomicU64,
    per_route: [AtomicU64; 3],
    log: Mutex<VecDeque<RecordedRequest>>,
}

impl Shared {
    fn new(config: &MockServerBuilder) -> Result<Self, MockError> {
        if config.api_key.is_empty() {
            return Err(MockError::Config("the API key must not be empty".into()));
        }
        check_rate(config.error_rate)?;
        let mut server = FaultSlot::default();
        server.apply(Fault::Latency(config.latency))?;
        server.apply(Fault::ErrorRate(config.error_rate))?;
        Ok(Self {
            api_key: config.api_key.clone(),
            seed: config.seed,
            spec: Spec::load()?,
            store: RwLock::new(Store::seeded(config.seed, config.customers)),
            faults: Mutex::new(Faults::new(config.seed, server)),
            total: AtomicU64::new(0),
            per_route: Default::default(),
            log: Mutex::new(VecDeque::new()),
        })
    }

    fn read_store(&self) -> RwLockReadGuard<'_, Store> {
        self.store.read().unwrap_or_else(PoisonError::into_inner)
    }

    fn write_store(&self) -> RwLockWriteGuard<'_, Store> {
        self.store.write().unwrap_or_else(PoisonError::into_inner)
    }
}

fn lock<T>(mutex: &Mutex<T>) -> MutexGuard<'_, T> {
    mutex.lock().unwrap_or_else(PoisonError::into_inner)
}

fn router(shared: Arc<Shared>) -> Router {
    Router::new().fallback(handle).with_state(shared)
}

/// What a method and path address.
#[derive(Debug)]
enum Endpoint {
    Search,
    Get(String),
    Update(String),
    MethodNotAllowed(&'static str),
    NoRoute,
}

impl Endpoint {
    fn resolve(method: &Method, path: &str) -> Self {
        let Some(rest) = path.strip_prefix("/v2/customers") else {
            return Endpoint::NoRoute;
        };
        if rest.is_empty() {
            return if method == Method::POST {
                Endpoint::Search
            } else {
                Endpoint::MethodNotAllowed("POST")
            };
        }
        match rest.strip_prefix('/') {
            Some(raw) if !raw.is_empty() && !raw.contains('/') => match *method {
                Method::GET => Endpoint::Get(raw.to_owned()),
                Method::POST => Endpoint::Update(raw.to_owned()),
                _ => Endpoint::MethodNotAllowed("GET, POST"),
            },
            _ => Endpoint::NoRoute,
        }
    }

    fn route(&self) -> Option<Route> {
        match self {
            Endpoint::Search => Some(Route::SearchCustomers),
            Endpoint::Get(_) => Some(Route::GetCustomer),
            Endpoint::Update(_) => Some(Route::UpdateCustomer),
            Endpoint::MethodNotAllowed(_) | Endpoint::NoRoute => None,
        }
    }
}

/// `req_` + a per-process prefix + a process-wide counter: unique per
/// request, across all servers of the process.
fn next_request_id() -> String {
    static COUNTER: AtomicU64 = AtomicU64::new(0);
    static PREFIX: OnceLock<u32> = OnceLock::new();
    let prefix = *PREFIX.get_or_init(|| {
        let nanos = SystemTime::now()
            .duration_since(UNIX_EPOCH)
            .map(|d| d.as_nanos() as u64)
            .unwrap_or(0);
        (crate::rng::mix(nanos ^ u64::from(std::process::id())) >> 32) as u32
    });
    let n = COUNTER.fetch_add(1, Ordering::Relaxed);
    format!("req_{prefix:08x}{n:012x}")
}

async fn handle(State(shared): State<Arc<Shared>>, request: Request) -> Response {
    let request_id = next_request_id();
    let method = request.method().clone();
    let path = request.uri().path().to_owned();
    let merchant_key = request
        .headers()
        .get(MERCHANT_KEY_HEADER)
        .and_then(|v| v.to_str().ok())
        .map(str::to_owned);
    let endpoint = Endpoint::resolve(&method, &path);
    let route = endpoint.route();
    shared.total.fetch_add(1, Ordering::SeqCst);
    if let Some(route) = route {
        shared.per_route[route.index()].fetch_add(1, Ordering::SeqCst);
    }

    let (mut response, injected) = match process(&shared, endpoint, request).await {
        Ok(response) => (response, false),
        Err((error, injected)) => (error.into_response(), injected),
    };
    if let Ok(value) = HeaderValue::from_str(&request_id) {
        response.headers_mut().insert(REQUEST_ID_HEADER, value);
    }
    let status = response.status().as_u16();
    tracing::debug!(%request_id, %method, %path, status, injected, "imprint-mock request");
    let mut log = lock(&shared.log);
    if log.len() >= REQUEST_LOG_CAPACITY {
        log.pop_front();
    }
    log.push_back(RecordedRequest {
        request_id,
        method: method.to_string(),
        path,
        route,
        status,
        merchant_key,
        injected,
    });
    response
}

type Failure = (ApiError, bool);

fn fail(error: ApiError) -> Failure {
    (error, false)
}

async fn process(
    shared: &Shared,
    endpoint: Endpoint,
    request: Request,
) -> Result<Response, Failure> {
    let decision = lock(&shared.faults).decide(endpoint.route());
    if !decision.latency.is_zero() {
        tokio::time::sleep(decision.latency).await;
    }
    if let Some(injected) = decision.inject {
        return Err((ApiError::injected(injected), true));
    }
    authenticate(&shared.api_key, request.headers()).map_err(fail)?;
    let method = request.method().to_string();
    match endpoint {
        Endpoint::NoRoute => Err(fail(ApiError::no_route(&method, request.uri().path()))),
        Endpoint::MethodNotAllowed(allow) => {
            Err(fail(ApiError::method_not_allowed(&method, allow)))
        }
        Endpoint::Search => {
            let body = read_json(request).await.map_err(fail)?;
            let query = shared.spec.search_query(&body).map_err(fail)?;
            let page = shared.read_store().search(&query).map_err(|e| match e {
                SearchError::UnknownCursor(cursor) => fail(ApiError::invalid(
                    format!(
                        "No such customer: '{cursor}'. starting_after must be the id of the \
                         last customer of a previous page"
                    ),
                    "starting_after",
                )),
            })?;
            // Serialised straight from the customers: `data` is always
            // present, even when empty (the generated type would skip it).
            #[derive(serde::Serialize)]
            struct ListBody<'a> {
                data: &'a [imprint_raw::types::Customer],
                has_more: bool,
                total: usize,
            }
            let body = ListBody {
                data: &page.data,
                has_more: page.has_more,
                total: page.total,
            };
            Ok(json_response(StatusCode::OK, &body))
        }
        Endpoint::Get(raw) => {
            let id = decode_id(&raw).map_err(fail)?;
            let customer = shared
                .read_store()
                .get(&id)
                .map(|c| c.customer.clone())
                .ok_or_else(|| fail(ApiError::customer_not_found(&id)))?;
            customer_response(&customer)
        }
        Endpoint::Update(raw) => {
            let id = decode_id(&raw).map_err(fail)?;
            let body = read_json(request).await.map_err(fail)?;
            let update = shared.spec.update_request(&body).map_err(fail)?;
            let customer = shared
                .write_store()
                .update(&id, update, chrono::Utc::now())
                .ok_or_else(|| fail(ApiError::customer_not_found(&id)))?;
            customer_response(&customer)
        }
    }
}

fn customer_response(customer: &imprint_raw::types::Customer) -> Result<Response, Failure> {
    let body = serde_json::to_value(customer).map_err(|e| {
        fail(ApiError::internal(format!(
            "could not encode the customer: {e}"
        )))
    })?;
    Ok(json_response(StatusCode::OK, &body))
}

/// Percent-decodes a path segment into a customer id.
fn decode_id(raw: &str) -> Result<String, ApiError> {
    percent_encoding::percent_decode_str(raw)
        .decode_utf8()
        .map(|id| id.into_owned())
        .map_err(|_| {
            ApiError::invalid(
                "customer_id is not valid UTF-8 once percent-decoded",
                "customer_id",
            )
        })
}

async fn read_json(request: Request) -> Result<Value, ApiError> {
    if let Some(content_type) = request.headers().get(header::CONTENT_TYPE) {
        let mime = content_type
            .to_str()
            .unwrap_or_default()
            .split(';')
            .next()
            .unwrap_or_default()
            .trim()
            .to_ascii_lowercase();
        if mime != "application/json" && !mime.ends_with("+json") {
            return Err(ApiError::unsupported_media_type());
        }
    }
    let body: Body = request.into_body();
    let bytes = axum::body::to_bytes(body, MAX_BODY_BYTES)
        .await
        .map_err(|_| ApiError::too_large(MAX_BODY_BYTES))?;
    if bytes.iter().all(u8::is_ascii_whitespace) {
        return Err(ApiError::invalid_no_param(
            "A JSON request body is required",
        ));
    }
    serde_json::from_slice(&bytes)
        .map_err(|e| ApiError::invalid_no_param(format!("Invalid JSON in request body: {e}")))
}
