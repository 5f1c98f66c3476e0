//! `cargo bench -p imprint`: the facade against hand-written baselines.
//!
//! 1. Per-call overhead of `customers().get(id)` against an in-process axum
//!    server on 127.0.0.1 (canned body, keep-alive), beside the raw generated
//!    client and a hand-written `reqwest` + `serde_json` call. The server runs
//!    on the client's thread (no cross-thread wake-ups, which dominate the
//!    variance on a shared 2-core machine); `IMPRINT_BENCH_SERVER_THREAD=1`
//!    gives it its own. `diag:` rows split the facade's cost: the transport
//!    hook alone, reading and rebuilding the body as the facade does, and
//!    the task-local + span wrapper of its `call`.
//!    `shapes`: the other operation shapes the same way, a POST create with
//!    a body (`createTransactionIntent`) and one page of a cursor list
//!    (`searchRewards`, 100 items), each against hand-written reqwest +
//!    serde_json.
//! 2. Decoding one page (100 items, from the mock's seed data) of each
//!    section's list type into the generated types, against hand-written
//!    serde structs with the same field types.
//! 3. Auto-pagination through 20,000 customers (pages of 100) with 2 ms of
//!    added latency, without and with a consumer that spends ~2 ms per page
//!    (a `tokio::time::sleep`, standing for async work such as a database
//!    write; and a busy loop, standing for CPU work), beside a hand-written
//!    page loop without prefetch. Twice: from the mock (as users would), and
//!    from a server of pre-serialised pages with a precise delay, which
//!    isolates the client's cost from the mock's.
//!
//! A plain `main` (`harness = false`), no criterion: subjects and baselines
//! run interleaved in the same process, each figure is the median of many
//! samples, and ratios are printed; at the end, a Markdown table for the
//! README. Arguments: names of the sections to run (`overhead`, `decode`,
//! `pagination`; default all). `IMPRINT_BENCH_SCALE` (default 1.0)
//! multiplies the sample counts.
//!
//! Whole-process figures (peak RSS, build times, pagination through a
//! separate mock process) are in `scripts/bench.sh`.

use std::collections::HashMap;
use std::hint::black_box;
use std::net::SocketAddr;
use std::sync::Arc;
use std::time::{Duration, Instant};

use futures::TryStreamExt;
use imprint::raw::support::{ExecFuture, Hooks, Transport, http_client_builder};
use serde::Deserialize;

const API_KEY: &str = "sk_test_bench";
const CUSTOMER_ID: &str = "9B5E1EE0-2E1C-46E7-81B9-3C3917204BE4";

/// The spec's example customer, as the canned answer of section 1.
const CUSTOMER_JSON: &str = r#"{
  "id": "9B5E1EE0-2E1C-46E7-81B9-3C3917204BE4",
  "email": "customer@example.com",
  "phone": "+14155552671",
  "statuses": {"Card Program Name": "OPEN", "Other Program": "CLOSED"},
  "first_name": "John",
  "last_name": "Doe",
  "preferred_language": "en",
  "ssn4": "1234",
  "date_of_birth": {"year": 1990, "month": 1, "day": 1},
  "address": {"street_line1": "123 Main St", "street_line2": "Apt 4B", "city": "San Francisco", "state": "CA", "postal_code": "94105", "country": "USA"},
  "partner_customer_id": "PARTNER_USER_456",
  "metadata": {"preferred_language": "en"},
  "created_at": "2025-02-13T19:08:07.000Z",
  "updated_at": "2025-02-13T19:08:07.000Z"
}"#;

// ---------------------------------------------------------------------------
// The hand-written baseline: the structs someone would write by hand for the
// same documents, with the same field types (chrono timestamps, a metadata
// map), statuses as plain strings.
// ---------------------------------------------------------------------------

#[derive(Debug, Deserialize)]
#[allow(dead_code)]
struct HandAddress {
    street_line1: Option<String>,
    street_line2: Option<String>,
    city: Option<String>,
    state: Option<String>,
    postal_code: Option<String>,
    country: Option<String>,
}

#[derive(Debug, Deserialize)]
#[allow(dead_code)]
struct HandDateOfBirth {
    year: Option<i64>,
    month: Option<u64>,
    day: Option<u64>,
}

#[derive(Debug, Deserialize)]
#[allow(dead_code)]
struct HandCustomer {
    id: String,
    email: Option<String>,
    phone: Option<String>,
    #[serde(default)]
    statuses: HashMap<String, String>,
    first_name: Option<String>,
    last_name: Option<String>,
    preferred_language: Option<String>,
    ssn4: Option<String>,
    date_of_birth: Option<HandDateOfBirth>,
    address: Option<HandAddress>,
    partner_customer_id: Option<String>,
    #[serde(default)]
    metadata: serde_json::Map<String, serde_json::Value>,
    created_at: Option<chrono::DateTime<chrono::Utc>>,
    updated_at: Option<chrono::DateTime<chrono::Utc>>,
}

#[derive(Debug, Deserialize)]
#[allow(dead_code)]
struct HandList {
    #[serde(default)]
    data: Vec<HandCustomer>,
    has_more: Option<bool>,
    total: Option<i64>,
}

// The other sections' items, as someone would write them by hand: the same
// field types as the generated ones (timestamps, maps, nested objects),
// enums as strings.

#[derive(Debug, Deserialize, serde::Serialize)]
#[allow(dead_code)]
struct HandToken {
    #[serde(rename = "type")]
    type_: String,
    token: String,
    pan_reference_id: Option<String>,
    created_at: chrono::DateTime<chrono::Utc>,
    updated_at: chrono::DateTime<chrono::Utc>,
}

#[derive(Debug, Deserialize)]
#[allow(dead_code)]
struct HandPciDetails {
    pan: Option<String>,
    exp_month: Option<String>,
    exp_year: Option<String>,
    cvv: Option<String>,
}

#[derive(Debug, Deserialize)]
#[allow(dead_code)]
struct HandCard {
    last4: String,
    network: Option<String>,
    card_type: Option<String>,
    card_design_id: Option<String>,
    exp_month: Option<String>,
    exp_year: Option<String>,
    pci_details: Option<HandPciDetails>,
    #[serde(default)]
    tokens: Vec<HandToken>,
}

#[derive(Debug, Deserialize)]
#[allow(dead_code)]
struct HandBankAccount {
    last4: String,
    routing_number: String,
    bank_name: String,
    account_type: Option<String>,
}

#[derive(Debug, Deserialize)]
#[allow(dead_code)]
struct HandLoan {
    amount: i64,
    currency: Option<String>,
    remaining_balance: Option<i64>,
    term_months: i64,
    apr: Option<String>,
    loan_status: Option<String>,
}

#[derive(Debug, Deserialize)]
#[allow(dead_code)]
struct HandPaymentMethod {
    id: String,
    #[serde(rename = "type")]
    type_: String,
    customer_id: String,
    card: Option<HandCard>,
    bank_account: Option<HandBankAccount>,
    loan: Option<HandLoan>,
    created_at: chrono::DateTime<chrono::Utc>,
    updated_at: Option<chrono::DateTime<chrono::Utc>>,
    status: String,
    #[serde(default)]
    metadata: serde_json::Map<String, serde_json::Value>,
}

#[derive(Debug, Deserialize)]
#[allow(dead_code)]
struct HandTransactionIntent {
    id: String,
    customer_id: String,
    payment_method_id: Option<String>,
    amount: i64,
    currency: String,
    status: String,
    network_transaction_id: Option<String>,
    partner_transaction_id: Option<String>,
    created_at: chrono::DateTime<chrono::Utc>,
    updated_at: Option<chrono::DateTime<chrono::Utc>>,
    #[serde(default)]
    metadata: serde_json::Map<String, serde_json::Value>,
}

#[derive(Debug, Deserialize)]
#[allow(dead_code)]
struct HandReward {
    id: String,
    customer_id: String,
    transaction_event_id: Option<String>,
    amount: i64,
    #[serde(rename = "type")]
    type_: String,
    currency: Option<String>,
    status: String,
    created_at: chrono::DateTime<chrono::Utc>,
    updated_at: Option<chrono::DateTime<chrono::Utc>>,
    #[serde(default)]
    metadata: serde_json::Map<String, serde_json::Value>,
}

#[derive(Debug, Deserialize)]
#[allow(dead_code)]
struct HandMerchant {
    network_id: Option<String>,
    name: Option<String>,
    category: Option<String>,
    category_code: Option<String>,
    address: Option<HandAddress>,
}

#[derive(Debug, Deserialize)]
#[allow(dead_code)]
struct HandTransaction {
    id: String,
    intent_id: Option<String>,
    customer_id: String,
    authorization_code: Option<String>,
    payment_method_id: String,
    purchase_method: Option<String>,
    amount: i64,
    currency: String,
    status: String,
    network_transaction_id: String,
    partner_transaction_id: Option<String>,
    created_at: chrono::DateTime<chrono::Utc>,
    updated_at: Option<chrono::DateTime<chrono::Utc>>,
    merchant: Option<HandMerchant>,
    #[serde(default)]
    metadata: serde_json::Map<String, serde_json::Value>,
}

#[derive(Debug, Deserialize)]
#[allow(dead_code)]
struct HandOrderLine {
    name: String,
    product_url: Option<String>,
    quantity: i64,
    rate: i64,
    rewards_rate: i64,
}

#[derive(Debug, Deserialize)]
#[allow(dead_code)]
struct HandOrderEvent {
    order_event_id: Option<String>,
    order_id: String,
    partner_event_id: Option<String>,
    #[serde(rename = "type")]
    type_: String,
    amount: i64,
    rewards_amount: Option<i64>,
    currency: Option<String>,
    network_transaction_id: String,
    #[serde(default)]
    order_lines: Vec<HandOrderLine>,
}

#[derive(Debug, Deserialize)]
#[allow(dead_code)]
struct HandOrder {
    id: Option<String>,
    customer_id: Option<String>,
    payment_method_id: String,
    partner_order_id: String,
    merchant_id: Option<String>,
    merchant_name: Option<String>,
    #[serde(default)]
    merchant_address: Vec<HandAddress>,
    #[serde(default)]
    order_lines: Vec<HandOrderLine>,
    total_order_amount: i64,
    total_rewards_amount: Option<i64>,
    currency: Option<String>,
    created_at: Option<chrono::DateTime<chrono::Utc>>,
    updated_at: Option<chrono::DateTime<chrono::Utc>>,
}

/// A page of any item type, by hand.
#[derive(Debug, Deserialize)]
#[allow(dead_code)]
struct HandPage<T> {
    #[serde(default = "Vec::new")]
    data: Vec<T>,
    has_more: Option<bool>,
    total: Option<i64>,
}

type BoxError = Box<dyn std::error::Error + Send + Sync>;

async fn hand_get(http: &reqwest::Client, url: &str) -> Result<HandCustomer, BoxError> {
    let response = http
        .get(url)
        .header(reqwest::header::AUTHORIZATION, "Bearer sk_test_bench")
        .header(reqwest::header::ACCEPT, "application/json")
        .send()
        .await?;
    if !response.status().is_success() {
        return Err(format!("status {}", response.status()).into());
    }
    let body = response.bytes().await?;
    Ok(serde_json::from_slice(&body)?)
}

async fn hand_page(
    http: &reqwest::Client,
    base: &str,
    key: &str,
    cursor: Option<&str>,
) -> Result<HandList, BoxError> {
    let mut body = serde_json::json!({ "limit": 100 });
    if let Some(c) = cursor {
        body["starting_after"] = c.into();
    }
    let response = http
        .post(format!("{base}/v2/customers"))
        .bearer_auth(key)
        .header(reqwest::header::ACCEPT, "application/json")
        .json(&body)
        .send()
        .await?;
    if !response.status().is_success() {
        return Err(format!("status {}", response.status()).into());
    }
    let body = response.bytes().await?;
    Ok(serde_json::from_slice(&body)?)
}

// ---------------------------------------------------------------------------
// Measurement helpers.
// ---------------------------------------------------------------------------

fn median(v: &[f64]) -> f64 {
    percentile(v, 0.5)
}

fn percentile(v: &[f64], p: f64) -> f64 {
    let mut s = v.to_vec();
    s.sort_by(|a, b| a.total_cmp(b));
    if s.is_empty() {
        return f64::NAN;
    }
    let i = ((s.len() - 1) as f64 * p).round() as usize;
    s[i]
}

fn scale() -> f64 {
    std::env::var("IMPRINT_BENCH_SCALE")
        .ok()
        .and_then(|s| s.parse().ok())
        .filter(|s: &f64| *s > 0.0)
        .unwrap_or(1.0)
}

fn scaled(n: usize) -> usize {
    ((n as f64 * scale()).round() as usize).max(3)
}

fn current_thread() -> tokio::runtime::Runtime {
    tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .expect("runtime")
}

/// One line of the final table.
struct Row {
    bench: String,
    subject: String,
    value: String,
    baseline: String,
    ratio: String,
    target: &'static str,
}

fn fmt_us(us: f64) -> String {
    format!("{us:.1} µs")
}

fn fmt_ms(ms: f64) -> String {
    format!("{ms:.0} ms")
}

// ---------------------------------------------------------------------------
// 1. Per-call overhead.
// ---------------------------------------------------------------------------

fn canned_app() -> axum::Router {
    axum::Router::new().route(
        "/v2/customers/{id}",
        axum::routing::get(|| async {
            (
                [(axum::http::header::CONTENT_TYPE, "application/json")],
                CUSTOMER_JSON,
            )
        }),
    )
}

/// The canned server on its own thread and runtime.
fn canned_server_thread() -> SocketAddr {
    let (tx, rx) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        current_thread().block_on(async move {
            let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
                .await
                .expect("bind");
            tx.send(listener.local_addr().expect("addr")).expect("send");
            axum::serve(listener, canned_app()).await.expect("serve");
        });
    });
    rx.recv().expect("server address")
}

/// A transport that sends the request as built: what the facade's hook
/// costs by itself (a boxed future and a dynamic call).
struct Passthrough;

impl Transport for Passthrough {
    fn execute<'a>(
        &'a self,
        client: &'a reqwest::Client,
        request: reqwest::Request,
        _operation_id: &'static str,
    ) -> ExecFuture<'a> {
        Box::pin(client.execute(request))
    }
}

/// A transport that does what the facade's does with a response, and only
/// that: read the body chunk by chunk into a buffer, then hand the generated
/// code a rebuilt response.
struct Buffering;

impl Transport for Buffering {
    fn execute<'a>(
        &'a self,
        client: &'a reqwest::Client,
        request: reqwest::Request,
        _operation_id: &'static str,
    ) -> ExecFuture<'a> {
        Box::pin(async move {
            let mut response = client.execute(request.try_clone().expect("clone")).await?;
            let status = response.status();
            let headers = response.headers().clone();
            let mut buf = bytes::BytesMut::with_capacity(
                response.content_length().map_or(8 * 1024, |n| n as usize),
            );
            while let Some(chunk) = response.chunk().await? {
                buf.extend_from_slice(&chunk);
            }
            let mut rebuilt = http::Response::new(buf.freeze());
            *rebuilt.status_mut() = status;
            *rebuilt.headers_mut() = headers;
            Ok(reqwest::Response::from(rebuilt))
        })
    }
}

tokio::task_local! {
    static DIAG_CALL: Arc<std::sync::Mutex<u32>>;
}

/// What the facade's `Client::call` wraps around the generated future: a
/// task-local with the call's state and an `imprint.call` span.
async fn wrapped<F: std::future::Future>(fut: F) -> F::Output {
    use tracing::Instrument;
    let state = Arc::new(std::sync::Mutex::new(0u32));
    let span = tracing::info_span!(
        "imprint.call",
        operation = "getCustomer",
        method = "GET",
        path = "/v2/customers/{customer_id}",
        attempt = tracing::field::Empty,
        status = tracing::field::Empty,
        latency_ms = tracing::field::Empty,
        request_id = tracing::field::Empty,
    );
    let started = Instant::now();
    let out = DIAG_CALL
        .scope(Arc::clone(&state), fut)
        .instrument(span.clone())
        .await;
    span.record("latency_ms", started.elapsed().as_millis() as u64);
    black_box(state.lock().map(|g| *g).unwrap_or(0));
    out
}

fn per_call_overhead(rows: &mut Vec<Row>) {
    // By default the server runs on the client's runtime and thread: no
    // cross-thread wake-ups, which on a shared 2-core machine dominate the
    // variance. IMPRINT_BENCH_SERVER_THREAD=1 puts it on its own thread.
    let own_thread = std::env::var_os("IMPRINT_BENCH_SERVER_THREAD").is_some();
    let samples = scaled(600);
    const BATCH: usize = 10;
    let rt = current_thread();
    let (medians, paired, sizes, times) = rt.block_on(async {
        let addr = if own_thread {
            canned_server_thread()
        } else {
            let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
                .await
                .expect("bind");
            let addr = listener.local_addr().expect("addr");
            tokio::spawn(async move { axum::serve(listener, canned_app()).await });
            addr
        };
        let base = format!("http://{addr}");
        let url = format!("{base}/v2/customers/{CUSTOMER_ID}");
        let http = || http_client_builder().expect("tls").build().expect("client");
        let facade = imprint::Client::builder()
            .api_key(API_KEY)
            .base_url(&base)
            .http_client(http())
            .build()
            .expect("facade");
        // The facade as most users build it: its own reqwest client, with a
        // 30 s timeout and a 5 s connect timeout.
        let facade_default = imprint::Client::builder()
            .api_key(API_KEY)
            .base_url(&base)
            .build()
            .expect("facade");
        let raw = imprint::raw::Client::new_with_client(&base, http(), Hooks::default());
        let raw_pass = imprint::raw::Client::new_with_client(
            &base,
            http(),
            Hooks::with_transport(Arc::new(Passthrough)),
        );
        let raw_buf = imprint::raw::Client::new_with_client(
            &base,
            http(),
            Hooks::with_transport(Arc::new(Buffering)),
        );
        let hand = http();
        // The hand-written call with the timeouts the facade's default
        // builder sets: the baseline for that row.
        let hand_timeouts = http_client_builder()
            .expect("tls")
            .timeout(std::time::Duration::from_secs(30))
            .connect_timeout(std::time::Duration::from_secs(5))
            .build()
            .expect("client");

        let names = [
            "hand-written reqwest + serde_json",
            "raw generated client (default Hooks)",
            "facade customers().get",
            "facade, default builder (own client, timeouts)",
            "diag: raw + pass-through Transport",
            "diag: raw + buffering Transport (facade's body path)",
            "diag: the same inside a task-local scope + span (as the facade's call)",
            "hand-written, with the default builder's timeouts (30 s, connect 5 s)",
        ];
        let call = |i: usize| {
            let (facade, facade_default, raw, raw_pass, raw_buf, hand, hand_timeouts, url) = (
                &facade,
                &facade_default,
                &raw,
                &raw_pass,
                &raw_buf,
                &hand,
                &hand_timeouts,
                &url,
            );
            async move {
                match i {
                    0 => {
                        black_box(hand_get(hand, url).await.expect("hand"));
                    }
                    1 | 4 | 5 => {
                        let raw = [raw, raw_pass, raw_buf][match i {
                            1 => 0,
                            4 => 1,
                            _ => 2,
                        }];
                        black_box(
                            raw.get_customer()
                                .customer_id(CUSTOMER_ID)
                                .send()
                                .await
                                .expect("raw")
                                .into_inner(),
                        );
                    }
                    2 => {
                        black_box(facade.customers().get(CUSTOMER_ID).await.expect("facade"));
                    }
                    7 => {
                        black_box(hand_get(hand_timeouts, url).await.expect("hand"));
                    }
                    6 => {
                        black_box(
                            wrapped(raw_buf.get_customer().customer_id(CUSTOMER_ID).send())
                                .await
                                .expect("raw")
                                .into_inner(),
                        );
                    }
                    _ => {
                        black_box(
                            facade_default
                                .customers()
                                .get(CUSTOMER_ID)
                                .await
                                .expect("facade"),
                        );
                    }
                }
            }
        };
        // Warm up: connections open, allocators and caches warm.
        for _ in 0..200 {
            for i in 0..names.len() {
                call(i).await;
            }
        }

        let sizes = format!(
            "   future sizes: facade get {} B, raw send {} B, hand-written {} B",
            std::mem::size_of_val(&facade.customers().get(CUSTOMER_ID)),
            std::mem::size_of_val(&raw.get_customer().customer_id(CUSTOMER_ID).send()),
            std::mem::size_of_val(&hand_get(&hand, &url)),
        );
        // For profiling one subject at a time: IMPRINT_BENCH_SUBJECTS=2,5
        let only: Option<Vec<usize>> = std::env::var("IMPRINT_BENCH_SUBJECTS")
            .ok()
            .map(|v| v.split(',').filter_map(|x| x.trim().parse().ok()).collect());
        let mut times: Vec<Vec<f64>> = vec![Vec::with_capacity(samples); names.len()];
        for s in 0..samples {
            // Interleaved, in a rotating order, so drift and noise hit all.
            for k in 0..names.len() {
                let i = (s + k) % names.len();
                if only.as_ref().is_some_and(|o| !o.contains(&i)) && i != 0 {
                    times[i].push(f64::NAN);
                    continue;
                }
                let started = Instant::now();
                for _ in 0..BATCH {
                    call(i).await;
                }
                times[i].push(started.elapsed().as_secs_f64() * 1e6 / BATCH as f64);
            }
        }
        // The median of the per-sample ratios to the hand-written call: the
        // samples of one round are taken within a millisecond of each other,
        // so this cancels slow drift better than a ratio of medians.
        let paired: Vec<f64> = (0..names.len())
            .map(|i| {
                let r: Vec<f64> = times[i].iter().zip(&times[0]).map(|(a, b)| a / b).collect();
                median(&r)
            })
            .collect();
        let medians = names
            .iter()
            .zip(&times)
            .map(|(n, t)| (*n, median(t), percentile(t, 0.1), percentile(t, 0.9)))
            .collect::<Vec<_>>();
        (medians, paired, sizes, times)
    });
    println!(
        "\n## 1. Per-call overhead: getCustomer against a canned in-process axum server (keep-alive, server {})",
        if own_thread {
            "on its own thread"
        } else {
            "on the client's thread"
        }
    );
    println!("{sizes}");
    println!(
        "   {samples} samples of {BATCH} calls each, subjects interleaved; per call (ratio of medians; median of paired ratios):"
    );
    let hand = medians[0].1;
    for (i, (name, med, p10, p90)) in medians.iter().enumerate() {
        println!(
            "   {name:<52} median {med:>7.1} µs  (p10 {p10:>6.1}, p90 {p90:>6.1})  ×{:.3}; ×{:.3}",
            med / hand,
            paired[i]
        );
    }
    for (i, target) in [(1, ""), (2, "≤ 1.05×")] {
        rows.push(Row {
            bench: "getCustomer, per call".into(),
            subject: medians[i].0.to_string(),
            value: fmt_us(medians[i].1),
            baseline: fmt_us(hand),
            ratio: format!("{:.3}× (paired {:.3}×)", medians[i].1 / hand, paired[i]),
            target,
        });
    }
    // The default builder against the hand-written call with the same
    // timeouts (each timeout is a timer per request, in reqwest).
    let with_timeouts = medians[7].1;
    let paired_timeouts = median(
        &times[3]
            .iter()
            .zip(&times[7])
            .map(|(a, b)| a / b)
            .collect::<Vec<_>>(),
    );
    println!(
        "   {:<52} ×{:.3} of the hand-written call with the same timeouts; paired ×{:.3}",
        medians[3].0,
        medians[3].1 / with_timeouts,
        paired_timeouts
    );
    rows.push(Row {
        bench: "getCustomer, per call".into(),
        subject: medians[3].0.to_string(),
        value: fmt_us(medians[3].1),
        baseline: format!("{} (hand-written, same timeouts)", fmt_us(with_timeouts)),
        ratio: format!(
            "{:.3}× (paired {:.3}×)",
            medians[3].1 / with_timeouts,
            paired_timeouts
        ),
        target: "",
    });
}

// ---------------------------------------------------------------------------
// 2. Decoding a 100-customer page.
// ---------------------------------------------------------------------------

/// Decodes `body` as `G` (generated) and `H` (hand-written), interleaved;
/// returns the medians in µs.
fn decode_pair<G: serde::de::DeserializeOwned, H: serde::de::DeserializeOwned>(
    body: &[u8],
) -> (f64, f64) {
    let samples = scaled(300);
    const BATCH: usize = 10;
    let (mut gen_t, mut hand_t) = (Vec::with_capacity(samples), Vec::with_capacity(samples));
    for _ in 0..30 {
        black_box(serde_json::from_slice::<G>(body).expect("generated type decodes"));
        black_box(serde_json::from_slice::<H>(body).expect("hand-written type decodes"));
    }
    for s in 0..samples {
        let mut run_gen = || {
            let t = Instant::now();
            for _ in 0..BATCH {
                black_box(serde_json::from_slice::<G>(black_box(body)).ok());
            }
            gen_t.push(t.elapsed().as_secs_f64() * 1e6 / BATCH as f64);
        };
        let mut run_hand = || {
            let t = Instant::now();
            for _ in 0..BATCH {
                black_box(serde_json::from_slice::<H>(black_box(body)).ok());
            }
            hand_t.push(t.elapsed().as_secs_f64() * 1e6 / BATCH as f64);
        };
        if s % 2 == 0 {
            run_gen();
            run_hand();
        } else {
            run_hand();
            run_gen();
        }
    }
    (median(&gen_t), median(&hand_t))
}

/// A page of 100 `items` as the API sends a list.
fn page_of<T: serde::Serialize>(items: &[T]) -> Vec<u8> {
    let items: Vec<&T> = items.iter().take(100).collect();
    assert_eq!(items.len(), 100, "the seed has 100 items of each kind");
    serde_json::to_vec(&serde_json::json!({"data": items, "has_more": true, "total": 20_000}))
        .expect("encode")
}

fn decode_page(rows: &mut Vec<Row>) {
    // Realistic items: the mock's seed data, which the spec's schemas
    // validate (imprint-mock's tests check it).
    let seed = imprint_mock::generate_seed_data(7, 800);
    let customers: Vec<_> = seed.customers.iter().map(|c| c.customer.clone()).collect();
    let transactions: Vec<_> = seed
        .transactions
        .iter()
        .map(|t| t.transaction.clone())
        .collect();
    use imprint::types as t;
    /// A section, its list type, a page of it, and the pair to decode it.
    type Case = (&'static str, &'static str, Vec<u8>, fn(&[u8]) -> (f64, f64));
    let cases: Vec<Case> = vec![
        (
            "Customers",
            "CustomerListResponse",
            page_of(&customers),
            |b| decode_pair::<t::CustomerListResponse, HandList>(b),
        ),
        (
            "Payment Methods",
            "SearchPaymentMethodsResponse",
            page_of(&seed.payment_methods),
            |b| decode_pair::<t::SearchPaymentMethodsResponse, HandPage<HandPaymentMethod>>(b),
        ),
        (
            "Transaction Intents",
            "SearchTransactionIntentsResponse",
            page_of(&seed.transaction_intents),
            |b| {
                decode_pair::<t::SearchTransactionIntentsResponse, HandPage<HandTransactionIntent>>(
                    b,
                )
            },
        ),
        (
            "Transactions",
            "GetTransactionsResponse",
            page_of(&transactions),
            |b| decode_pair::<t::GetTransactionsResponse, HandPage<HandTransaction>>(b),
        ),
        (
            "Rewards",
            "SearchRewardsResponse",
            page_of(&seed.rewards),
            |b| decode_pair::<t::SearchRewardsResponse, HandPage<HandReward>>(b),
        ),
        ("Orders", "OrdersResponse", page_of(&seed.orders), |b| {
            decode_pair::<t::OrdersResponse, HandPage<HandOrder>>(b)
        }),
        (
            "Order Events",
            "OrderEventsResponse",
            page_of(&seed.order_events),
            |b| decode_pair::<t::OrderEventsResponse, HandPage<HandOrderEvent>>(b),
        ),
    ];
    println!(
        "\n## 2. Decoding one page (100 items) of each section's list type: generated vs hand-written serde structs, interleaved"
    );
    for (section, ty, body, run) in cases {
        let (g, h) = run(&body);
        println!(
            "   {section:<20} {ty:<34} {:>7} B  generated {g:>8.1} µs  hand-written {h:>8.1} µs  ×{:.3}",
            body.len(),
            g / h
        );
        rows.push(Row {
            bench: format!("decode a 100-item {section} page"),
            subject: format!("imprint::types::{ty}"),
            value: fmt_us(g),
            baseline: fmt_us(h),
            ratio: format!("{:.3}×", g / h),
            target: "≤ 1.05×",
        });
    }
}

// ---------------------------------------------------------------------------
// 1b. Per-call overhead of the other operation shapes: a POST create with a
// body, and one page of a cursor list.
// ---------------------------------------------------------------------------

fn shapes_app(intent: String, page: String) -> axum::Router {
    let json = |body: String| {
        move || {
            let body = body.clone();
            async move {
                (
                    [(axum::http::header::CONTENT_TYPE, "application/json")],
                    body,
                )
            }
        }
    };
    axum::Router::new()
        .route("/v2/transaction_intents", axum::routing::post(json(intent)))
        .route("/v2/rewards", axum::routing::get(json(page)))
}

fn call_shapes(rows: &mut Vec<Row>) {
    let seed = imprint_mock::generate_seed_data(7, 800);
    let intent_json = serde_json::to_string(&seed.transaction_intents[0]).expect("encode");
    let page_json = String::from_utf8(page_of(&seed.rewards)).expect("utf-8");
    let customer_id = seed.transaction_intents[0].customer_id.clone();
    let samples = scaled(400);
    const BATCH: usize = 10;
    let rt = current_thread();
    let results = rt.block_on(async {
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
            .await
            .expect("bind");
        let addr = listener.local_addr().expect("addr");
        tokio::spawn(
            async move { axum::serve(listener, shapes_app(intent_json, page_json)).await },
        );
        let base = format!("http://{addr}");
        let http = || http_client_builder().expect("tls").build().expect("client");
        let facade = imprint::Client::builder()
            .api_key(API_KEY)
            .base_url(&base)
            .http_client(http())
            .build()
            .expect("facade");
        let hand = http();
        // The body as a struct, like the hand-written client's; the
        // typify builder (a convenience with its own cost) is measured
        // beside it.
        let body = || imprint::types::CreateTransactionIntentBody {
            customer_id: customer_id.clone(),
            amount: 10000,
            currency: "USD".to_string().into(),
            merchant_name: Some("walmart".into()),
            expected_date: None,
            merchant_address: None,
            merchant_code: None,
            merchant_id: None,
            metadata: None,
            network_transaction_id: None,
            payment_method_id: None,
        };
        let built = || {
            imprint::types::CreateTransactionIntentBody::builder()
                .customer_id(customer_id.clone())
                .amount(10000)
                .currency("USD".to_string())
                .merchant_name(Some("walmart".to_string()))
        };
        // What a hand-written client sends: its own request struct, built
        // per call like the facade's body.
        #[derive(serde::Serialize)]
        struct HandCreateIntent {
            customer_id: String,
            amount: i64,
            currency: String,
            merchant_name: Option<String>,
        }
        let call = |i: usize| {
            let (facade, hand, base) = (&facade, &hand, &base);
            let body = body();
            let hand_body = HandCreateIntent {
                customer_id: customer_id.clone(),
                amount: 10000,
                currency: "USD".into(),
                merchant_name: Some("walmart".into()),
            };
            async move {
                match i {
                    0 => {
                        let r = hand
                            .post(format!("{base}/v2/transaction_intents"))
                            .bearer_auth(API_KEY)
                            .header(reqwest::header::ACCEPT, "application/json")
                            .json(&hand_body)
                            .send()
                            .await
                            .expect("hand");
                        let b = r.bytes().await.expect("body");
                        black_box(
                            serde_json::from_slice::<HandTransactionIntent>(&b).expect("decode"),
                        );
                    }
                    1 => {
                        black_box(
                            facade
                                .transaction_intents()
                                .create(body)
                                .await
                                .expect("facade"),
                        );
                    }
                    4 => {
                        black_box(
                            facade
                                .transaction_intents()
                                .create(built())
                                .await
                                .expect("facade"),
                        );
                    }
                    2 => {
                        let r = hand
                            .get(format!("{base}/v2/rewards?limit=100"))
                            .bearer_auth(API_KEY)
                            .header(reqwest::header::ACCEPT, "application/json")
                            .send()
                            .await
                            .expect("hand");
                        let b = r.bytes().await.expect("body");
                        black_box(
                            serde_json::from_slice::<HandPage<HandReward>>(&b).expect("decode"),
                        );
                    }
                    3 => {
                        black_box(
                            facade
                                .rewards()
                                .search()
                                .limit(100)
                                .send()
                                .await
                                .expect("facade"),
                        );
                    }
                    _ => unreachable!("five subjects"),
                }
            }
        };
        for _ in 0..100 {
            for i in 0..5 {
                call(i).await;
            }
        }
        let mut times: Vec<Vec<f64>> = (0..5).map(|_| Vec::with_capacity(samples)).collect();
        for s in 0..samples {
            for k in 0..5 {
                let i = (s + k) % 5;
                let started = Instant::now();
                for _ in 0..BATCH {
                    call(i).await;
                }
                times[i].push(started.elapsed().as_secs_f64() * 1e6 / BATCH as f64);
            }
        }
        times
    });
    println!(
        "\n## 1b. Per-call overhead of the other shapes, against hand-written reqwest + serde_json (same server, interleaved)"
    );
    for (label, bench, hand_i, facade_i) in [
        (
            "createTransactionIntent (POST with a body)",
            "POST create, per call",
            0,
            1,
        ),
        (
            "the same, body from the typify builder",
            "POST create, per call",
            0,
            4,
        ),
        (
            "searchRewards, one page of 100 (cursor list)",
            "cursor list page, per call",
            2,
            3,
        ),
    ] {
        let paired: Vec<f64> = results[facade_i]
            .iter()
            .zip(&results[hand_i])
            .map(|(a, b)| a / b)
            .collect();
        let (f, h) = (median(&results[facade_i]), median(&results[hand_i]));
        println!(
            "   {label:<46} facade {f:>7.1} µs  hand-written {h:>7.1} µs  ×{:.3}; paired ×{:.3}",
            f / h,
            median(&paired)
        );
        rows.push(Row {
            bench: bench.into(),
            subject: label.into(),
            value: fmt_us(f),
            baseline: fmt_us(h),
            ratio: format!("{:.3}× (paired {:.3}×)", f / h, median(&paired)),
            target: if facade_i == 4 { "" } else { "≤ 1.05×" },
        });
    }
}

// ---------------------------------------------------------------------------
// 3. Auto-pagination.
// ---------------------------------------------------------------------------

const CUSTOMERS: usize = 20_000;
const PAGE: u32 = 100;
const LATENCY: Duration = Duration::from_millis(2);
const WORK: Duration = Duration::from_millis(2);

/// What the consumer does after each page's last item.
#[derive(Clone, Copy, PartialEq)]
enum Work {
    None,
    /// `tokio::time::sleep(2 ms)`: an async consumer (a database write, a
    /// send on a bounded channel) that yields to the runtime meanwhile.
    Sleep,
    /// A 2 ms busy loop: CPU work that never yields.
    Spin,
}

/// Returns how long the work took.
async fn work(kind: Work) -> Duration {
    let t = Instant::now();
    match kind {
        Work::None => {}
        Work::Sleep => tokio::time::sleep(WORK).await,
        Work::Spin => {
            while t.elapsed() < WORK {
                std::hint::spin_loop();
            }
        }
    }
    t.elapsed()
}

/// The facade's stream; returns (wall time, time spent in the consumer).
async fn facade_stream(client: &imprint::Client, kind: Work) -> (Duration, Duration) {
    let started = Instant::now();
    let mut consumed = Duration::ZERO;
    let mut n = 0usize;
    let mut stream = client.customers().search().limit(PAGE).stream();
    while let Some(c) = stream.try_next().await.expect("stream") {
        black_box(&c);
        n += 1;
        if n.is_multiple_of(PAGE as usize) {
            consumed += work(kind).await;
        }
    }
    assert_eq!(n, CUSTOMERS);
    (started.elapsed(), consumed)
}

/// A hand-written loop: one page after the other, no prefetch.
async fn hand_loop(http: &reqwest::Client, base: &str, kind: Work) -> (Duration, Duration) {
    let started = Instant::now();
    let mut consumed = Duration::ZERO;
    let mut n = 0usize;
    let mut cursor: Option<String> = None;
    loop {
        let page = hand_page(http, base, API_KEY_MOCK, cursor.as_deref())
            .await
            .expect("page");
        n += page.data.len();
        black_box(&page);
        consumed += work(kind).await;
        if !page.has_more.unwrap_or(false) {
            break;
        }
        cursor = page.data.last().map(|c| c.id.clone());
    }
    assert_eq!(n, CUSTOMERS);
    (started.elapsed(), consumed)
}

const API_KEY_MOCK: &str = imprint_mock::DEFAULT_API_KEY;

/// A server whose latency can be changed while it runs.
struct Server {
    base: String,
    set_latency: Box<dyn Fn(Duration)>,
}

/// The mock, seeded with 20,000 customers, on its own thread and runtime.
/// Its latency is a `tokio::time::sleep` (1 ms timer granularity).
fn mock_server() -> Server {
    let (url_tx, url_rx) = std::sync::mpsc::channel();
    let (lat_tx, lat_rx) = std::sync::mpsc::channel::<Duration>();
    std::thread::spawn(move || {
        let rt = current_thread();
        let mock = rt.block_on(async {
            imprint_mock::MockServer::builder()
                .customers(CUSTOMERS)
                .seed(1)
                .latency(LATENCY)
                .start()
                .await
                .expect("mock")
        });
        url_tx.send(mock.url()).expect("send");
        // Serve until the process ends; latency changes arrive here.
        rt.block_on(async move {
            loop {
                while let Ok(l) = lat_rx.try_recv() {
                    mock.set_server_fault(imprint_mock::Fault::Latency(l))
                        .expect("latency");
                }
                tokio::time::sleep(Duration::from_millis(5)).await;
            }
        });
    });
    let base = url_rx.recv().expect("mock url");
    Server {
        base,
        set_latency: Box::new(move |l| {
            lat_tx.send(l).expect("latency");
            std::thread::sleep(Duration::from_millis(50));
        }),
    }
}

/// The mock's 20,000 customers as 200 pre-serialised pages, served by a
/// minimal axum handler after a precise delay (a thread sleep then a spin,
/// on the blocking pool): what is left is the client's own cost.
fn canned_pages_server() -> Server {
    use std::sync::atomic::{AtomicU64, Ordering};
    let mut customers: Vec<_> = imprint_mock::generate_customers(1, CUSTOMERS)
        .into_iter()
        .map(|c| c.customer)
        .collect();
    customers.sort_by(|a, b| a.id.cmp(&b.id));
    let chunks: Vec<_> = customers.chunks(PAGE as usize).collect();
    let mut pages = Vec::new();
    let mut after = HashMap::new();
    for (i, chunk) in chunks.iter().enumerate() {
        let list = imprint::types::CustomerListResponse {
            data: chunk.to_vec(),
            has_more: Some(i + 1 < chunks.len()),
            total: Some(CUSTOMERS as i64),
        };
        pages.push(bytes::Bytes::from(serde_json::to_vec(&list).expect("page")));
        if let Some(last) = chunk.last() {
            after.insert(last.id.clone(), i + 1);
        }
    }
    struct Pages {
        pages: Vec<bytes::Bytes>,
        after: HashMap<String, usize>,
        latency_us: AtomicU64,
    }
    let state = Arc::new(Pages {
        pages,
        after,
        latency_us: AtomicU64::new(LATENCY.as_micros() as u64),
    });
    let handle = Arc::clone(&state);
    let (tx, rx) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        current_thread().block_on(async move {
            let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
                .await
                .expect("bind");
            tx.send(listener.local_addr().expect("addr")).expect("send");
            let app = axum::Router::new()
                .route(
                    "/v2/customers",
                    axum::routing::post(
                        |axum::extract::State(s): axum::extract::State<Arc<Pages>>,
                         axum::Json(body): axum::Json<serde_json::Value>| async move {
                            let page = match body.get("starting_after").and_then(|v| v.as_str()) {
                                Some(c) => s.after.get(c).copied().unwrap_or(usize::MAX),
                                None => 0,
                            };
                            let delay = Duration::from_micros(s.latency_us.load(Ordering::Relaxed));
                            if !delay.is_zero() {
                                tokio::task::spawn_blocking(move || precise_sleep(delay))
                                    .await
                                    .expect("sleep");
                            }
                            let body = s.pages.get(page).cloned().unwrap_or_default();
                            (
                                [(axum::http::header::CONTENT_TYPE, "application/json")],
                                body,
                            )
                        },
                    ),
                )
                .with_state(state);
            axum::serve(listener, app).await.expect("serve");
        });
    });
    let addr = rx.recv().expect("server address");
    Server {
        base: format!("http://{addr}"),
        set_latency: Box::new(move |l| {
            handle
                .latency_us
                .store(l.as_micros() as u64, Ordering::Relaxed)
        }),
    }
}

/// Sleeps `d` give or take a few µs: a thread sleep for all but the last
/// 0.5 ms (the kernel wakes a sleeping thread up to ~0.1 ms late), then a spin.
fn precise_sleep(d: Duration) {
    let deadline = Instant::now() + d;
    if let Some(coarse) = d.checked_sub(Duration::from_micros(500)) {
        std::thread::sleep(coarse);
    }
    while Instant::now() < deadline {
        std::hint::spin_loop();
    }
}

/// Medians, in ms, of one server's pagination runs.
struct PagResult {
    zero_facade: f64,
    zero_hand: f64,
    fetch: f64,
    hand_fetch: f64,
    sleep: f64,
    sleep_consumed: f64,
    hand_sleep: f64,
    spin: f64,
    spin_consumed: f64,
    spin_current_thread: f64,
}

fn paginate_against(server: &Server, runs: usize) -> PagResult {
    let http = || http_client_builder().expect("tls").build().expect("client");
    let build = || {
        imprint::Client::builder()
            .api_key(API_KEY_MOCK)
            .base_url(&server.base)
            .http_client(http())
            .build()
            .expect("client")
    };
    let ms = |d: Duration| d.as_secs_f64() * 1e3;
    let base = server.base.as_str();
    let rt = current_thread();
    let client = build();
    let hand = http();

    // Zero latency first: the cost of 200 pages through client and server.
    (server.set_latency)(Duration::ZERO);
    let (mut f0, mut h0) = (Vec::new(), Vec::new());
    rt.block_on(async {
        facade_stream(&client, Work::None).await;
        for _ in 0..runs {
            f0.push(ms(facade_stream(&client, Work::None).await.0));
            h0.push(ms(hand_loop(&hand, base, Work::None).await.0));
        }
    });
    (server.set_latency)(LATENCY);

    let mut fetch = Vec::new();
    let mut hand_fetch = Vec::new();
    let mut sleep = Vec::new();
    let mut sleep_consumed = Vec::new();
    let mut hand_sleep = Vec::new();
    rt.block_on(async {
        facade_stream(&client, Work::None).await;
        for r in 0..runs {
            let order: [u8; 4] = if r % 2 == 0 {
                [0, 1, 2, 3]
            } else {
                [3, 2, 1, 0]
            };
            for o in order {
                match o {
                    0 => fetch.push(ms(facade_stream(&client, Work::None).await.0)),
                    1 => hand_fetch.push(ms(hand_loop(&hand, base, Work::None).await.0)),
                    2 => {
                        let (t, c) = facade_stream(&client, Work::Sleep).await;
                        sleep.push(ms(t));
                        sleep_consumed.push(ms(c));
                    }
                    _ => hand_sleep.push(ms(hand_loop(&hand, base, Work::Sleep).await.0)),
                }
            }
        }
    });
    drop(rt);

    // The busy consumer needs a second worker to overlap with anything: on a
    // current-thread runtime nothing else runs while it spins.
    let mut spin = Vec::new();
    let mut spin_consumed = Vec::new();
    let mut spin_ct = Vec::new();
    for multi in [true, false] {
        let rt = if multi {
            tokio::runtime::Builder::new_multi_thread()
                .worker_threads(2)
                .enable_all()
                .build()
                .expect("runtime")
        } else {
            current_thread()
        };
        let client = build();
        rt.block_on(async {
            facade_stream(&client, Work::None).await;
            for _ in 0..runs {
                let (t, c) = facade_stream(&client, Work::Spin).await;
                if multi {
                    spin.push(ms(t));
                    spin_consumed.push(ms(c));
                } else {
                    spin_ct.push(ms(t));
                }
            }
        });
    }
    PagResult {
        zero_facade: median(&f0),
        zero_hand: median(&h0),
        fetch: median(&fetch),
        hand_fetch: median(&hand_fetch),
        sleep: median(&sleep),
        sleep_consumed: median(&sleep_consumed),
        hand_sleep: median(&hand_sleep),
        spin: median(&spin),
        spin_consumed: median(&spin_consumed),
        spin_current_thread: median(&spin_ct),
    }
}

fn pagination(rows: &mut Vec<Row>) {
    let pages = CUSTOMERS / PAGE as usize;
    let lower = pages as f64 * LATENCY.as_secs_f64() * 1e3;
    // How long a 2 ms tokio sleep really takes here (the mock's latency and
    // the sleeping consumer are such sleeps).
    let sleep_ms = {
        let rt = current_thread();
        let t: Vec<f64> = (0..200)
            .map(|_| {
                rt.block_on(async {
                    let t = Instant::now();
                    tokio::time::sleep(LATENCY).await;
                    t.elapsed().as_secs_f64() * 1e3
                })
            })
            .collect();
        median(&t)
    };
    println!(
        "\n## 3. Auto-pagination: {CUSTOMERS} customers, pages of {PAGE}, {} ms latency per request ({pages} pages)",
        LATENCY.as_millis()
    );
    println!(
        "   lower bound {pages} × 2 ms = {lower:.0} ms. A 2 ms tokio sleep takes {sleep_ms:.2} ms here (1 ms timer ticks, rounded up)."
    );
    type Start = fn() -> Server;
    let servers: [(&str, &str, Start, usize); 2] = [
        (
            "imprint-mock (latency = tokio sleep)",
            "from the mock",
            mock_server,
            scaled(3),
        ),
        (
            "canned pages (latency = precise sleep on the blocking pool)",
            "canned pages",
            canned_pages_server,
            scaled(5),
        ),
    ];
    for (label, short, start, runs) in servers {
        let server = start();
        let r = paginate_against(&server, runs);
        let sum = r.fetch + r.sleep_consumed;
        let max = r.fetch.max(r.sleep_consumed);
        let spin_sum = r.fetch + r.spin_consumed;
        println!("\n   ### {label}, median of {runs} runs");
        println!(
            "   zero latency:          facade {:.0} ms, hand-written loop {:.0} ms (what {pages} pages cost client + server)",
            r.zero_facade, r.zero_hand
        );
        println!(
            "   fetch only:            facade {:.0} ms (×{:.3} of the bound), hand-written loop {:.0} ms (×{:.3})",
            r.fetch,
            r.fetch / lower,
            r.hand_fetch,
            r.hand_fetch / lower
        );
        println!(
            "   + 2 ms sleep per page: facade {:.0} ms; consumer {:.0} ms; fetch + consume = {sum:.0} ms; max = {max:.0} ms",
            r.sleep, r.sleep_consumed
        );
        println!(
            "                          ×{:.3} of the bound, ×{:.3} of the sum, ×{:.3} of the max; hand-written loop (no prefetch) {:.0} ms (×{:.3} of the sum)",
            r.sleep / lower,
            r.sleep / sum,
            r.sleep / max,
            r.hand_sleep,
            r.hand_sleep / sum
        );
        println!(
            "   + 2 ms spin per page:  facade {:.0} ms on a 2-worker runtime (consumer {:.0} ms; ×{:.3} of the sum {spin_sum:.0} ms); {:.0} ms on a current-thread runtime (×{:.3})",
            r.spin,
            r.spin_consumed,
            r.spin / spin_sum,
            r.spin_current_thread,
            r.spin_current_thread / spin_sum
        );
        let bench = |s: &str| format!("stream 20,000 customers, {s}");
        rows.push(Row {
            bench: bench(short),
            subject: "facade stream()".into(),
            value: fmt_ms(r.fetch),
            baseline: format!("{} (200 × 2 ms)", fmt_ms(lower)),
            ratio: format!(
                "{:.3}× ({:.3}× of the hand-written loop)",
                r.fetch / lower,
                r.fetch / r.hand_fetch
            ),
            target: "≤ 1.10×",
        });
        rows.push(Row {
            bench: bench(short),
            subject: "hand-written page loop".into(),
            value: fmt_ms(r.hand_fetch),
            baseline: format!("{} (200 × 2 ms)", fmt_ms(lower)),
            ratio: format!("{:.3}×", r.hand_fetch / lower),
            target: "",
        });
        rows.push(Row {
            bench: bench(&format!("{short}, consumer sleeps 2 ms/page")),
            subject: "facade stream() (prefetch)".into(),
            value: fmt_ms(r.sleep),
            baseline: format!("{} fetch + consume", fmt_ms(sum)),
            ratio: format!(
                "{:.3}× of sum, {:.3}× of max, {:.3}× of bound",
                r.sleep / sum,
                r.sleep / max,
                r.sleep / lower
            ),
            target: "≈ max, not sum",
        });
        rows.push(Row {
            bench: bench(&format!("{short}, consumer sleeps 2 ms/page")),
            subject: "hand-written page loop (no prefetch)".into(),
            value: fmt_ms(r.hand_sleep),
            baseline: format!("{} fetch + consume", fmt_ms(sum)),
            ratio: format!("{:.3}× of sum", r.hand_sleep / sum),
            target: "",
        });
        rows.push(Row {
            bench: bench(&format!("{short}, consumer spins 2 ms/page")),
            subject: "facade stream(), 2 workers / current-thread".into(),
            value: format!("{} / {}", fmt_ms(r.spin), fmt_ms(r.spin_current_thread)),
            baseline: format!("{} fetch + consume", fmt_ms(spin_sum)),
            ratio: format!(
                "{:.3}× / {:.3}× of sum",
                r.spin / spin_sum,
                r.spin_current_thread / spin_sum
            ),
            target: "",
        });
    }
}

fn main() {
    let wanted: Vec<String> = std::env::args()
        .skip(1)
        .filter(|a| !a.starts_with('-'))
        .collect();
    let want = |name: &str| wanted.is_empty() || wanted.iter().any(|w| name.contains(w.as_str()));
    println!(
        "imprint benchmarks: {} CPUs, scale {}; medians of interleaved samples (noisy if the machine is shared)",
        std::thread::available_parallelism().map_or(0, |n| n.get()),
        scale()
    );
    let mut rows = Vec::new();
    type Section = fn(&mut Vec<Row>);
    let sections: [(&str, Section); 4] = [
        ("overhead", per_call_overhead),
        ("shapes", call_shapes),
        ("decode", decode_page),
        ("pagination", pagination),
    ];
    for (name, run) in sections {
        if want(name) {
            run(&mut rows);
        }
    }
    println!("\n## For the README\n");
    println!("| benchmark | subject | median | baseline | ratio | target |");
    println!("| --- | --- | --- | --- | --- | --- |");
    for r in rows {
        println!(
            "| {} | {} | {} | {} | {} | {} |",
            r.bench, r.subject, r.value, r.baseline, r.ratio, r.target
        );
    }
}
