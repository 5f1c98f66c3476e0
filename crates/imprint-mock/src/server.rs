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
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use chrono::Utc;
use imprint_raw::open_enums::PaymentMethodStatus;
use imprint_raw::types::{
    CustomerLink, Key, Order, OrderEvent, PaymentMethod, Reward, TransactionIntent,
};
use imprint_spec::Spec;
use serde_json::Value;
use tokio::net::TcpListener;
use tokio::sync::{broadcast, oneshot};

use crate::delivery::{
    DEFAULT_WEBHOOK_ATTEMPTS, DEFAULT_WEBHOOK_BACKOFF, Delivery, DeliveryLog, WebhookTarget,
};
use imprint::webhooks::WebhookSecret;
use tokio::task::JoinHandle;

use crate::api::{Api, RouteMatch};
use crate::auth::authenticate;
use crate::error::MockError;
use crate::fault::{Fault, FaultSlot, Faults, check_rate};
use crate::handlers::{Ctx, Handler, Reply};
use crate::problem::{ErrorShape, Problem};
use crate::reply::{ErrorReply, json_response};
use crate::seed::generate_seed_data;
use crate::store::{MockEvent, Store, StoredCustomer, StoredSession, StoredTransaction};

/// The API key a server accepts unless [`MockServerBuilder::api_key`] says
/// otherwise.
pub const DEFAULT_API_KEY: &str = "sk_test_imprint_mock";

/// How many customers a server is seeded with by default.
pub const DEFAULT_CUSTOMERS: usize = 25;

/// How long a customer session lives unless
/// [`MockServerBuilder::session_ttl`] says otherwise (one hour).
pub const DEFAULT_SESSION_TTL: Duration = Duration::from_secs(3600);

/// The `merchant_key` of events unless [`MockServerBuilder::merchant_key`]
/// (or the request's `x-imprint-merchant-key`) says otherwise.
pub const DEFAULT_MERCHANT_KEY: &str = "MERCHANT_IMPRINT_MOCK";

/// The reward types `simulateReward` accepts unless
/// [`MockServerBuilder::reward_types`] says otherwise.
pub const REWARD_TYPES: &[&str] = &["STATEMENT", "DELAYED"];

/// The largest request body the mock reads (1 MiB); larger bodies get 413.
pub const MAX_BODY_BYTES: usize = 1 << 20;

/// How many requests [`MockServer::requests`] keeps (the oldest are dropped).
pub const REQUEST_LOG_CAPACITY: usize = 10_000;

/// How many events a [`MockServer::subscribe`] receiver may fall behind
/// before it misses some (it is then told how many, see
/// [`tokio::sync::broadcast`]). [`MockServer::events`] keeps them all.
pub const EVENT_CHANNEL_CAPACITY: usize = 4096;

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
///     .session_ttl(Duration::from_secs(60))
///     .reward_types(["STATEMENT"])
///     .start()
///     .await?;
/// println!("{}", server.url());
/// # Ok(()) }
/// ```
#[derive(Clone)]
pub struct MockServerBuilder {
    customers: usize,
    seed: u64,
    api_key: String,
    latency: Duration,
    error_rate: f64,
    host: IpAddr,
    port: u16,
    spec: Option<Spec>,
    session_ttl: Duration,
    reward_types: Vec<String>,
    simulation_window: Duration,
    sandbox: bool,
    merchant_key: String,
    webhook_url: Option<String>,
    webhook_secret: Option<WebhookSecret>,
    webhook_attempts: u32,
    webhook_backoff: Duration,
}

impl std::fmt::Debug for MockServerBuilder {
    /// The keys are redacted: a test that prints its setup must not print
    /// the credentials it authenticates with.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("MockServerBuilder")
            .field("customers", &self.customers)
            .field("seed", &self.seed)
            .field("api_key", &"<redacted>")
            .field("latency", &self.latency)
            .field("error_rate", &self.error_rate)
            .field("host", &self.host)
            .field("port", &self.port)
            .field("session_ttl", &self.session_ttl)
            .field("reward_types", &self.reward_types)
            .field("simulation_window", &self.simulation_window)
            .field("sandbox", &self.sandbox)
            .field("merchant_key", &"<redacted>")
            .field("webhook_url", &self.webhook_url)
            .field("webhook_secret", &self.webhook_secret)
            .field("webhook_attempts", &self.webhook_attempts)
            .field("webhook_backoff", &self.webhook_backoff)
            .finish_non_exhaustive()
    }
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
            spec: None,
            session_ttl: DEFAULT_SESSION_TTL,
            reward_types: REWARD_TYPES.iter().map(|t| (*t).to_owned()).collect(),
            simulation_window: Duration::ZERO,
            sandbox: true,
            merchant_key: DEFAULT_MERCHANT_KEY.to_owned(),
            webhook_url: None,
            webhook_secret: None,
            webhook_attempts: DEFAULT_WEBHOOK_ATTEMPTS,
            webhook_backoff: DEFAULT_WEBHOOK_BACKOFF,
        }
    }
}

impl MockServerBuilder {
    /// How many customers to seed (default [`DEFAULT_CUSTOMERS`]), each with
    /// its payment methods, intents, transactions, rewards and orders; see
    /// [`generate_seed_data`](crate::generate_seed_data).
    pub fn customers(mut self, count: usize) -> Self {
        self.customers = count;
        self
    }

    /// The seed of the generated data, of run-time ids and of the
    /// error-rate draws (default 0).
    pub fn seed(mut self, seed: u64) -> Self {
        self.seed = seed;
        self
    }

    /// The API key the server accepts from the start (default
    /// [`DEFAULT_API_KEY`]), until `deleteKey` revokes it. Must not be
    /// empty.
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

    /// Serves this spec instead of the bundled one (`openapi.yaml` with its
    /// overlay): routes, validation, error shapes and the example answers of
    /// operations without a handler all follow it. An operation the mock
    /// has no handler for answers its first documented 2xx with a body
    /// assembled from the spec's examples.
    pub fn spec(mut self, spec: Spec) -> Self {
        self.spec = Some(spec);
        self
    }

    /// How long a customer session lives (default [`DEFAULT_SESSION_TTL`]):
    /// its `expires_at` is creation time plus this, and `getSession` answers
    /// 404 from then on.
    pub fn session_ttl(mut self, ttl: Duration) -> Self {
        self.session_ttl = ttl;
        self
    }

    /// The reward types the product is configured for (default both
    /// `STATEMENT` and `DELAYED`): `simulateReward` with another type, and
    /// `simulateStatementReward` without `STATEMENT`, answer 400.
    pub fn reward_types<I, S>(mut self, types: I) -> Self
    where
        I: IntoIterator<Item = S>,
        S: Into<String>,
    {
        self.reward_types = types.into_iter().map(Into::into).collect();
        self
    }

    /// How long a `simulateReward` for a customer counts as running
    /// (default zero: never). A second simulation for the same customer
    /// within this window answers 409.
    pub fn simulation_window(mut self, window: Duration) -> Self {
        self.simulation_window = window;
        self
    }

    /// Whether the server plays a sandbox (default true). When false, the
    /// simulation operations answer 403, as production does.
    pub fn sandbox(mut self, sandbox: bool) -> Self {
        self.sandbox = sandbox;
        self
    }

    /// The `merchant_key` of events (default [`DEFAULT_MERCHANT_KEY`]); a
    /// request's `x-imprint-merchant-key` header takes precedence for the
    /// events it causes.
    pub fn merchant_key(mut self, key: impl Into<String>) -> Self {
        self.merchant_key = key.into();
        self
    }

    /// Delivers webhook events to `url` (see the crate docs, "Webhooks"):
    /// each state change the API would notify (a simulated transaction
    /// event, a reward, a customer link, a payment method's status) is
    /// POSTed there, signed with [`Self::webhook_secret`], which is then
    /// required.
    pub fn webhook_url(mut self, url: impl Into<String>) -> Self {
        self.webhook_url = Some(url.into());
        self
    }

    /// The event signing token deliveries are signed with (never printed).
    pub fn webhook_secret(mut self, secret: impl Into<WebhookSecret>) -> Self {
        self.webhook_secret = Some(secret.into());
        self
    }

    /// Attempts per delivery, first included (default
    /// [`DEFAULT_WEBHOOK_ATTEMPTS`]; at least 1).
    pub fn webhook_attempts(mut self, attempts: u32) -> Self {
        self.webhook_attempts = attempts;
        self
    }

    /// The delay before the first retry, doubled for each later one
    /// (default [`DEFAULT_WEBHOOK_BACKOFF`]).
    pub fn webhook_backoff(mut self, delay: Duration) -> Self {
        self.webhook_backoff = delay;
        self
    }

    fn webhook_target(&self) -> Result<Option<WebhookTarget>, MockError> {
        match &self.webhook_url {
            None => Ok(None),
            Some(url) => WebhookTarget::new(
                url,
                self.webhook_secret.clone(),
                self.webhook_attempts,
                self.webhook_backoff,
            )
            .map(Some),
        }
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
    /// [`MockError::Config`] for an empty API key, an error rate outside
    /// `0.0..=1.0` or a reward type other than `STATEMENT`/`DELAYED`,
    /// [`MockError::Spec`] for a spec that does not compile,
    /// [`MockError::Bind`] if the address cannot be bound.
    pub async fn start(self) -> Result<MockServer, MockError> {
        let addr = self.addr();
        let shared = Arc::new(Shared::new(&self)?);
        start_delivery(&self, &shared)?;
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
    start_delivery(&config, &shared)?;
    axum::serve(listener, router(shared))
        .with_graceful_shutdown(shutdown)
        .await?;
    Ok(())
}

/// Starts the webhook worker when the builder has a webhook URL.
fn start_delivery(config: &MockServerBuilder, shared: &Arc<Shared>) -> Result<(), MockError> {
    if let Some(target) = config.webhook_target()? {
        crate::delivery::spawn(target, shared.events.subscribe(), shared.deliveries.clone())?;
    }
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

    /// The API key the server was started with (it works until `deleteKey`
    /// revokes it).
    pub fn api_key(&self) -> &str {
        &self.shared.api_key
    }

    /// The seed the server was built with.
    pub fn seed(&self) -> u64 {
        self.shared.config.seed
    }

    /// The spec the server serves.
    pub fn spec(&self) -> &Spec {
        &self.shared.api.spec
    }

    /// The operationIds the server serves, in spec order.
    pub fn operation_ids(&self) -> Vec<String> {
        self.shared.api.ops.iter().map(|o| o.id.clone()).collect()
    }

    /// Every API key the server has known, in creation order: the initial
    /// one, then those `createKey` made; revoked ones carry `deleted_at`.
    pub fn keys(&self) -> Vec<Key> {
        let store = self.shared.read();
        let mut keys: Vec<(&String, &crate::store::KeyRecord)> = store.keys.iter().collect();
        keys.sort_by_key(|(_, r)| r.order);
        keys.into_iter()
            .map(|(key, r)| Key {
                created_at: Some(r.created_at),
                deleted_at: r.deleted_at,
                key: Some(imprint_raw::support::Sensitive::new(key.clone())),
            })
            .collect()
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
        self.shared.write().insert_customer(customer.into())
    }

    /// The stored customer with this id, including what responses never
    /// show (the full SSN, the customer history, the customer metadata).
    pub fn customer(&self, id: &str) -> Option<StoredCustomer> {
        self.shared.read().customers.get(id).cloned()
    }

    /// Every stored customer, in id order (the order of search results).
    pub fn customers(&self) -> Vec<StoredCustomer> {
        self.shared.read().customers.values().cloned().collect()
    }

    /// How many customers are stored.
    pub fn customer_count(&self) -> usize {
        self.shared.read().customers.len()
    }

    /// The customer's link, once `linkCustomerAccount` made one.
    pub fn customer_link(&self, customer_id: &str) -> Option<CustomerLink> {
        self.shared.read().links.get(customer_id).cloned()
    }

    /// The payment method with this id (with its `pci_details`).
    pub fn payment_method(&self, id: &str) -> Option<PaymentMethod> {
        self.shared.read().payment_methods.get(id).cloned()
    }

    /// Every payment method, in id order.
    pub fn payment_methods(&self) -> Vec<PaymentMethod> {
        self.shared
            .read()
            .payment_methods
            .values()
            .cloned()
            .collect()
    }

    /// A customer's payment methods, in id order.
    pub fn payment_methods_of(&self, customer_id: &str) -> Vec<PaymentMethod> {
        let store = self.shared.read();
        store
            .owned
            .get(customer_id)
            .into_iter()
            .flat_map(|o| o.payment_methods.iter())
            .filter_map(|id| store.payment_methods.get(id).cloned())
            .collect()
    }

    /// Changes a payment method's status, as the issuer would (a card
    /// frozen or canceled), and records a `PaymentMethod` event with the
    /// previous and new status. Setting the status it already has changes
    /// nothing and records nothing. Returns the payment method.
    ///
    /// # Errors
    ///
    /// [`MockError::NotFound`] for an unknown id, [`MockError::Config`] for
    /// a status the spec does not list.
    pub fn set_payment_method_status(
        &self,
        id: &str,
        status: PaymentMethodStatus,
    ) -> Result<PaymentMethod, MockError> {
        crate::handlers::set_payment_method_status(&self.shared, id, status, Utc::now())
    }

    /// The transaction intent with this id.
    pub fn transaction_intent(&self, id: &str) -> Option<TransactionIntent> {
        self.shared.read().intents.get(id).cloned()
    }

    /// Every transaction intent, in id order.
    pub fn transaction_intents(&self) -> Vec<TransactionIntent> {
        self.shared.read().intents.values().cloned().collect()
    }

    /// The transaction with this id.
    pub fn transaction(&self, id: &str) -> Option<StoredTransaction> {
        self.shared.read().transactions.get(id).cloned()
    }

    /// Every transaction, in id order.
    pub fn transactions(&self) -> Vec<StoredTransaction> {
        self.shared.read().transactions.values().cloned().collect()
    }

    /// The reward with this id.
    pub fn reward(&self, id: &str) -> Option<Reward> {
        self.shared.read().rewards.get(id).cloned()
    }

    /// Every reward, in id order.
    pub fn rewards(&self) -> Vec<Reward> {
        self.shared.read().rewards.values().cloned().collect()
    }

    /// The session with this id (also after it expired, until `getSession`
    /// asks for it).
    pub fn session(&self, id: &str) -> Option<StoredSession> {
        self.shared.read().sessions.get(id).cloned()
    }

    /// Every session still stored, in id order.
    pub fn sessions(&self) -> Vec<StoredSession> {
        self.shared.read().sessions.values().cloned().collect()
    }

    /// The order with this id.
    pub fn order(&self, id: &str) -> Option<Order> {
        self.shared.read().orders.get(id).cloned()
    }

    /// Every order, in id order.
    pub fn orders(&self) -> Vec<Order> {
        self.shared.read().orders.values().cloned().collect()
    }

    /// Every order event, in `order_event_id` order.
    pub fn order_events(&self) -> Vec<OrderEvent> {
        self.shared.read().order_events.values().cloned().collect()
    }

    /// Every event so far, oldest first: what webhooks would announce.
    pub fn events(&self) -> Vec<MockEvent> {
        self.shared.read().events.clone()
    }

    /// Every webhook delivery so far, in event order, with every attempt
    /// (empty without [`MockServerBuilder::webhook_url`]).
    pub fn deliveries(&self) -> Vec<Delivery> {
        self.shared.deliveries.all()
    }

    /// Waits until `count` webhook deliveries are finished (delivered, or
    /// out of attempts) or `timeout` passes, and returns every delivery so
    /// far (fewer than `count` finished means the timeout passed).
    pub async fn wait_for_deliveries(&self, count: usize, timeout: Duration) -> Vec<Delivery> {
        self.shared.deliveries.wait_finished(count, timeout).await
    }

    /// Events the webhook worker missed because it fell more than
    /// [`EVENT_CHANNEL_CAPACITY`] events behind (0 unless a receiver was
    /// very slow).
    pub fn deliveries_missed(&self) -> u64 {
        self.shared.deliveries.missed()
    }

    /// Events from now on, as they happen (in log order). A receiver that
    /// falls more than [`EVENT_CHANNEL_CAPACITY`] events behind misses the
    /// oldest; [`events`](Self::events) still has them.
    pub fn subscribe(&self) -> broadcast::Receiver<MockEvent> {
        self.shared.events.subscribe()
    }

    /// How many HTTP requests the server has received, whatever their
    /// outcome (401s and injected faults included).
    pub fn request_count(&self) -> u64 {
        self.shared.total.load(Ordering::SeqCst)
    }

    /// How many requests were addressed to the operation `operation_id`
    /// (any outcome).
    ///
    /// # Errors
    ///
    /// [`MockError::UnknownOperation`] if the spec has no such operation.
    pub fn request_count_for(&self, operation_id: &str) -> Result<u64, MockError> {
        let index = self.op_index(operation_id)?;
        Ok(self
            .shared
            .per_op
            .get(index)
            .map_or(0, |c| c.load(Ordering::SeqCst)))
    }

    /// The most recent requests (up to [`REQUEST_LOG_CAPACITY`]), oldest
    /// first.
    pub fn requests(&self) -> Vec<RecordedRequest> {
        lock(&self.shared.log).iter().cloned().collect()
    }

    /// Injects `fault` into every request to the operation `operation_id`;
    /// see [`Fault`] for how faults combine.
    ///
    /// # Errors
    ///
    /// [`MockError::UnknownOperation`] if the spec has no such operation,
    /// [`MockError::Config`] for an error rate outside `0.0..=1.0` or a
    /// status outside 400-599.
    pub fn set_fault(&self, operation_id: &str, fault: Fault) -> Result<(), MockError> {
        let index = self.op_index(operation_id)?;
        match lock(&self.shared.faults).slot(index) {
            Some(slot) => slot.apply(fault),
            None => Err(MockError::UnknownOperation(operation_id.to_owned())),
        }
    }

    /// Injects `fault` into every request the server receives (any
    /// operation, unknown paths included). The builder's `latency` and
    /// `error_rate` live here.
    ///
    /// # Errors
    ///
    /// [`MockError::Config`] as for [`set_fault`](Self::set_fault).
    pub fn set_server_fault(&self, fault: Fault) -> Result<(), MockError> {
        lock(&self.shared.faults).server.apply(fault)
    }

    /// Removes every fault, the builder's latency and error rate included.
    pub fn clear_faults(&self) {
        lock(&self.shared.faults).clear();
    }

    fn op_index(&self, operation_id: &str) -> Result<usize, MockError> {
        self.shared
            .api
            .op_index(operation_id)
            .ok_or_else(|| MockError::UnknownOperation(operation_id.to_owned()))
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

/// One request the server received, for assertions. Bodies are not kept
/// (they may hold an SSN or a card number); `Debug` redacts the merchant
/// key.
#[derive(Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct RecordedRequest {
    /// The `x-request-id` the answer carried.
    pub request_id: String,
    /// The HTTP method.
    pub method: String,
    /// The path as sent (still percent-encoded), without the query.
    pub path: String,
    /// The query string as sent, if any.
    pub query: Option<String>,
    /// The operationId the method and path address, if any.
    pub operation: Option<String>,
    /// The status answered.
    pub status: u16,
    /// The `x-imprint-merchant-key` header, if sent.
    pub merchant_key: Option<String>,
    /// True if the answer was an injected fault.
    pub injected: bool,
}

impl std::fmt::Debug for RecordedRequest {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("RecordedRequest")
            .field("request_id", &self.request_id)
            .field("method", &self.method)
            .field("path", &self.path)
            .field("query", &self.query)
            .field("operation", &self.operation)
            .field("status", &self.status)
            .field(
                "merchant_key",
                &self.merchant_key.as_ref().map(|_| "<redacted>"),
            )
            .field("injected", &self.injected)
            .finish()
    }
}

/// Settings the handlers read.
#[derive(Clone)]
pub(crate) struct Config {
    pub(crate) seed: u64,
    pub(crate) session_ttl: Duration,
    pub(crate) reward_types: Vec<String>,
    pub(crate) simulation_window: Duration,
    pub(crate) sandbox: bool,
    pub(crate) merchant_key: String,
    /// Unpredictable per server: client secrets and new keys derive from it.
    pub(crate) secret_salt: u64,
}

impl std::fmt::Debug for Config {
    /// Not the merchant key, nor the salt that client secrets and new keys
    /// derive from.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Config")
            .field("seed", &self.seed)
            .field("session_ttl", &self.session_ttl)
            .field("reward_types", &self.reward_types)
            .field("simulation_window", &self.simulation_window)
            .field("sandbox", &self.sandbox)
            .finish_non_exhaustive()
    }
}

/// State shared by the handle and the request handlers.
pub(crate) struct Shared {
    pub(crate) api: Arc<Api>,
    pub(crate) config: Config,
    api_key: String,
    store: RwLock<Store>,
    faults: Mutex<Faults>,
    total: AtomicU64,
    per_op: Vec<AtomicU64>,
    log: Mutex<VecDeque<RecordedRequest>>,
    pub(crate) events: broadcast::Sender<MockEvent>,
    pub(crate) deliveries: Arc<DeliveryLog>,
    /// The handler of each operation (the example answer when none holds
    /// state for it), indexed like the spec's operations.
    handlers: Vec<Handler>,
}

impl std::fmt::Debug for Shared {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Shared")
            .field("api", &self.api)
            .field("config", &self.config)
            .finish_non_exhaustive()
    }
}

impl Shared {
    fn new(config: &MockServerBuilder) -> Result<Self, MockError> {
        if config.api_key.is_empty() {
            return Err(MockError::Config("the API key must not be empty".into()));
        }
        check_rate(config.error_rate)?;
        if let Some(bad) = config
            .reward_types
            .iter()
            .find(|t| !REWARD_TYPES.contains(&t.as_str()))
        {
            return Err(MockError::Config(format!(
                "unknown reward type {bad:?}; use STATEMENT or DELAYED"
            )));
        }
        let api = match &config.spec {
            None => crate::api::bundled()?,
            Some(spec) => Arc::new(Api::compile(spec.clone())?),
        };
        let mut server = FaultSlot::default();
        server.apply(Fault::Latency(config.latency))?;
        server.apply(Fault::ErrorRate(config.error_rate))?;
        let operations = api.ops.len();
        let handlers = api
            .ops
            .iter()
            .map(|op| crate::handlers::handler(&op.id).unwrap_or(crate::handlers::from_examples))
            .collect();
        let now = Utc::now();
        let data = generate_seed_data(config.seed, config.customers);
        let (events, _) = broadcast::channel(EVENT_CHANNEL_CAPACITY);
        Ok(Self {
            config: Config {
                seed: config.seed,
                session_ttl: config.session_ttl,
                reward_types: config.reward_types.clone(),
                simulation_window: config.simulation_window,
                sandbox: config.sandbox,
                merchant_key: config.merchant_key.clone(),
                secret_salt: salt(),
            },
            api_key: config.api_key.clone(),
            store: RwLock::new(Store::seeded(data, config.seed, &config.api_key, now)),
            faults: Mutex::new(Faults::new(config.seed, server, operations)),
            total: AtomicU64::new(0),
            per_op: (0..operations).map(|_| AtomicU64::new(0)).collect(),
            log: Mutex::new(VecDeque::new()),
            events,
            deliveries: Arc::default(),
            handlers,
            api,
        })
    }

    pub(crate) fn read(&self) -> RwLockReadGuard<'_, Store> {
        self.store.read().unwrap_or_else(PoisonError::into_inner)
    }

    pub(crate) fn write(&self) -> RwLockWriteGuard<'_, Store> {
        self.store.write().unwrap_or_else(PoisonError::into_inner)
    }
}

/// An unpredictable 64-bit value: the clock and the process id, mixed.
fn salt() -> u64 {
    static COUNTER: AtomicU64 = AtomicU64::new(0);
    let nanos = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map(|d| d.as_nanos() as u64)
        .unwrap_or(0);
    crate::rng::mix(
        nanos
            ^ u64::from(std::process::id()).rotate_left(32)
            ^ crate::rng::mix(COUNTER.fetch_add(1, Ordering::Relaxed)),
    )
}

fn lock<T>(mutex: &Mutex<T>) -> MutexGuard<'_, T> {
    mutex.lock().unwrap_or_else(PoisonError::into_inner)
}

fn router(shared: Arc<Shared>) -> Router {
    Router::new().fallback(handle).with_state(shared)
}

/// `req_` + a per-process prefix + a process-wide counter: unique per
/// request, across all servers of the process.
fn next_request_id() -> String {
    static COUNTER: AtomicU64 = AtomicU64::new(0);
    static PREFIX: OnceLock<u32> = OnceLock::new();
    let prefix = *PREFIX.get_or_init(|| (salt() >> 32) as u32);
    let n = COUNTER.fetch_add(1, Ordering::Relaxed);
    format!("req_{prefix:08x}{n:012x}")
}

async fn handle(State(shared): State<Arc<Shared>>, request: Request) -> Response {
    let request_id = next_request_id();
    let method = request.method().to_string();
    let path = request.uri().path().to_owned();
    let query = request.uri().query().map(str::to_owned);
    let merchant_key = request
        .headers()
        .get(MERCHANT_KEY_HEADER)
        .and_then(|v| v.to_str().ok())
        .map(str::to_owned);
    let route = shared.api.route(&method, &path);
    let op = match &route {
        RouteMatch::Operation(index, _) => Some(*index),
        _ => None,
    };
    shared.total.fetch_add(1, Ordering::SeqCst);
    if let Some(counter) = op.and_then(|i| shared.per_op.get(i)) {
        counter.fetch_add(1, Ordering::SeqCst);
    }

    let (mut response, injected) =
        match process(&shared, route, request, merchant_key.clone()).await {
            Ok(response) => (response, false),
            Err((error, injected)) => (error.into_response(), injected),
        };
    if let Ok(value) = HeaderValue::from_str(&request_id) {
        response.headers_mut().insert(REQUEST_ID_HEADER, value);
    }
    let status = response.status().as_u16();
    let operation = op.and_then(|i| shared.api.ops.get(i)).map(|o| o.id.clone());
    // Never the body or the query: they may hold an SSN or a card number.
    tracing::debug!(%request_id, %method, operation = operation.as_deref().unwrap_or("-"), status, injected, "imprint-mock request");
    let mut log = lock(&shared.log);
    if log.len() >= REQUEST_LOG_CAPACITY {
        log.pop_front();
    }
    log.push_back(RecordedRequest {
        request_id,
        method,
        path,
        query,
        operation,
        status,
        merchant_key,
        injected,
    });
    response
}

type Failure = (ErrorReply, bool);

fn fail(error: ErrorReply) -> Failure {
    (error, false)
}

async fn process(
    shared: &Shared,
    route: RouteMatch,
    request: Request,
    merchant_key: Option<String>,
) -> Result<Response, Failure> {
    let op_index = match &route {
        RouteMatch::Operation(index, _) => Some(*index),
        _ => None,
    };
    let decision = lock(&shared.faults).decide(op_index);
    if !decision.latency.is_zero() {
        tokio::time::sleep(decision.latency).await;
    }
    if let Some(injected) = decision.inject {
        return Err((ErrorReply::injected(injected), true));
    }
    let op = op_index.and_then(|i| shared.api.ops.get(i));
    let key = {
        let store = shared.read();
        authenticate(|k| store.key_is_active(k), request.headers())
    };
    let key = match key {
        Ok(key) => key,
        Err(e) => {
            let empty = op.is_some_and(|o| o.errors.get(&401) == Some(&ErrorShape::Empty));
            return Err(fail(if empty { e.unauthorized_empty() } else { e }));
        }
    };
    let method = request.method().to_string();
    let (index, path_params) = match route {
        RouteMatch::NoRoute => {
            return Err(fail(ErrorReply::no_route(&method, request.uri().path())));
        }
        RouteMatch::MethodNotAllowed(allow) => {
            return Err(fail(ErrorReply::method_not_allowed(&method, &allow)));
        }
        RouteMatch::Operation(index, params) => (index, params),
    };
    let Some(op) = shared.api.ops.get(index) else {
        return Err(fail(ErrorReply::no_route(&method, request.uri().path())));
    };
    let request_path = request.uri().path().to_owned();
    let render = |problem: Problem| fail(problem.render(&shared.api, op, &request_path));
    let params = crate::validate::params(op, path_params, request.uri().query()).map_err(render)?;
    let body = match &op.body {
        None => None,
        Some(rule) => {
            let body = match read_json(request).await {
                Ok(body) => body,
                Err(BodyError::Reply(e)) => return Err(fail(e)),
                Err(BodyError::Problem(p)) => return Err(render(p)),
            };
            match body {
                None if rule.required => {
                    return Err(render(Problem::invalid_request(
                        "A JSON request body is required",
                    )));
                }
                None => None,
                Some(body) => {
                    crate::validate::body(rule, &body).map_err(render)?;
                    Some(body)
                }
            }
        }
    };
    let handler = shared
        .handlers
        .get(index)
        .copied()
        .unwrap_or(crate::handlers::from_examples);
    let ctx = Ctx {
        shared,
        op,
        params,
        body,
        key,
        merchant_key,
        now: Utc::now(),
    };
    let status = StatusCode::from_u16(op.success_status).unwrap_or(StatusCode::OK);
    match handler(&ctx) {
        Ok(Reply::Json(value)) => Ok(json_response(status, &value)),
        Ok(Reply::Empty) => Ok(status.into_response()),
        Err(problem) => {
            if let Problem::Internal(message) = &problem {
                tracing::error!(operation = %op.id, %message, "imprint-mock failed");
            }
            Err(render(problem))
        }
    }
}

enum BodyError {
    Reply(ErrorReply),
    Problem(Problem),
}

/// The JSON body, `None` when there is none (empty or whitespace).
async fn read_json(request: Request) -> Result<Option<Value>, BodyError> {
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
            return Err(BodyError::Reply(ErrorReply::unsupported_media_type()));
        }
    }
    let body: Body = request.into_body();
    let bytes = axum::body::to_bytes(body, MAX_BODY_BYTES)
        .await
        .map_err(|_| BodyError::Reply(ErrorReply::too_large(MAX_BODY_BYTES)))?;
    if bytes.iter().all(u8::is_ascii_whitespace) {
        return Ok(None);
    }
    serde_json::from_slice(&bytes).map(Some).map_err(|e| {
        BodyError::Problem(Problem::invalid_request(format!(
            "Invalid JSON in request body: {e}"
        )))
    })
}
