//! Property tests over decoding, driven by a small seeded JSON mutator.
//!
//! Valid `Customer`, `CustomerListResponse` and error bodies are mutated
//! (bytes flipped, truncated, spliced; values swapped for other types, deep
//! nesting, huge numbers, odd unicode, unknown keys) and fed to:
//!
//! 1. `serde_json::from_slice` into the generated types directly (many
//!    cases): no panic, and whatever decodes re-encodes and decodes to the
//!    same value;
//! 2. the facade's whole success path (`customers().get`, `search().send()`,
//!    `search().stream()`) through an in-process server answering 200 with
//!    the mutated body: no panic, `Ok` exactly when `serde_json` accepts the
//!    body (with the same value), otherwise `Error::Decode` with status 200
//!    and the body kept; a stream always ends;
//! 3. the error path: a non-2xx status with a mutated body (and a random
//!    `Retry-After`, content type): the variant of that status, the status
//!    and the body kept.
//!
//! Knobs (environment): `IMPRINT_FUZZ_CASES` (inputs for 1, default
//! 100000; 2 and 3 each run a twentieth of it, at least 200), `IMPRINT_FUZZ_SEED`
//! (default fixed; `random` for a fresh one, printed). A long run is one
//! command:
//!
//! ```sh
//! IMPRINT_FUZZ_CASES=2000000 IMPRINT_FUZZ_SEED=random cargo test --release -p imprint --test fuzz_decode -- --nocapture
//! ```

use std::panic::AssertUnwindSafe;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use futures::StreamExt;
use imprint::Error;
use imprint::types::{Customer, CustomerListResponse, CustomerNotFoundError};
use serde_json::{Value, json};

// ---------------------------------------------------------------------------
// Knobs and a seeded RNG (SplitMix64: small, fast, and enough here).
// ---------------------------------------------------------------------------

fn cases() -> usize {
    std::env::var("IMPRINT_FUZZ_CASES")
        .ok()
        .and_then(|v| v.trim().replace('_', "").parse().ok())
        .unwrap_or(100_000)
}

fn facade_cases() -> usize {
    (cases() / 20).max(200)
}

fn seed() -> u64 {
    match std::env::var("IMPRINT_FUZZ_SEED").ok().as_deref() {
        Some("random") => std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(1, |d| d.as_nanos() as u64),
        Some(s) => s.trim().parse().unwrap_or(0x14D5_2025),
        None => 0x14D5_2025,
    }
}

struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }
    fn below(&mut self, n: usize) -> usize {
        if n == 0 {
            0
        } else {
            (self.next() % n as u64) as usize
        }
    }
    fn chance(&mut self, one_in: usize) -> bool {
        self.below(one_in) == 0
    }
    fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len())]
    }
}

// ---------------------------------------------------------------------------
// The corpus: valid documents of each kind.
// ---------------------------------------------------------------------------

const SPEC_CUSTOMER: &str = r#"{
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
  "metadata": {"preferred_language": "en", "tier": 3, "flags": [true, null, 1.5]},
  "created_at": "2025-02-13T19:08:07.000Z",
  "updated_at": "2025-02-13T19:08:07.000Z"
}"#;

#[derive(Clone, Copy, Debug, PartialEq)]
enum Kind {
    Customer,
    List,
    Error,
}

fn corpus() -> Vec<(Kind, Vec<u8>)> {
    let mut out = vec![
        (Kind::Customer, SPEC_CUSTOMER.as_bytes().to_vec()),
        (Kind::Customer, br#"{"id":"C1"}"#.to_vec()),
    ];
    let generated: Vec<Customer> = imprint_mock::generate_customers(11, 12)
        .into_iter()
        .map(|c| c.customer)
        .collect();
    for c in &generated {
        out.push((Kind::Customer, serde_json::to_vec(c).unwrap()));
    }
    for (n, has_more) in [(0, false), (1, false), (3, true), (12, true), (5, false)] {
        let list = CustomerListResponse {
            data: generated[..n].to_vec(),
            has_more: Some(has_more),
            total: Some(100),
        };
        out.push((Kind::List, serde_json::to_vec(&list).unwrap()));
    }
    out.push((Kind::List, br#"{"data":[],"has_more":false}"#.to_vec()));
    for e in [
        json!({"type": "CUSTOMER_NOT_FOUND_ERROR", "message": "Customer not found for provided ID: X", "param": "customer_id"}),
        json!({"error": {"type": "INVALID_REQUEST_ERROR", "message": "bad", "param": "limit", "details": [{"field": "limit", "message": "too big"}]}}),
        json!({"status": 400, "error": "Bad Request", "path": "/v2/customers", "timestamp": "2025-01-01T00:00:00Z", "details": [{"field": "email", "message": "must be a well-formed email address"}]}),
        json!({"status": 500, "error": "Internal Server Error", "details": "boom"}),
        json!({"type": "RATE_LIMIT_ERROR", "message": "slow down", "errors": {"limit": "too many"}}),
    ] {
        out.push((Kind::Error, serde_json::to_vec(&e).unwrap()));
    }
    out.push((
        Kind::Error,
        b"<html><head><title>502 Bad Gateway</title></head><body>nginx</body></html>".to_vec(),
    ));
    out.push((Kind::Error, Vec::new()));
    out.push((Kind::Error, b"upstream connect error".to_vec()));
    out
}

// ---------------------------------------------------------------------------
// The mutator.
// ---------------------------------------------------------------------------

const SNIPPETS: &[&str] = &[
    "null",
    "true",
    "false",
    "0",
    "-0",
    "-1",
    "1e999",
    "-1e999",
    "1.7976931348623157e309",
    "18446744073709551616",
    "18446744073709551615",
    "-9223372036854775809",
    "9223372036854775807",
    "4.9e-325",
    "0.1e-2147483649",
    "123456789012345678901234567890",
    "\"\"",
    "\"\\ud800\"",
    "\"\\udc00\\ud800\"",
    "\"\\u0000\"",
    "\"\\uFFFF\"",
    "\"é漢字🎉\u{202e}\"",
    "\"\\\"",
    "{}",
    "[]",
    "[[[[[[[[",
    "]]]]]]]",
    "{\"\":{\"\":{\"\":",
    "\"OPEN\"",
    "\"CLOSED\"",
    "\"FROZEN\"",
    "\"2025-02-13T19:08:07.000Z\"",
    "\"2025-13-45T99:99:99Z\"",
    "\"+275760-09-13T00:00:00Z\"",
    "\"1970-01-01T00:00:00+23:59\"",
    "{\"year\":0,\"month\":0,\"day\":0}",
    "{\"year\":-1,\"month\":-1,\"day\":99999999999999999999}",
    ",",
    ":",
    "\"id\":",
    "\"data\":",
    "\"has_more\":",
    "\"statuses\":",
    "\"metadata\":",
    "\"date_of_birth\":",
];

const RAW_BYTES: &[&[u8]] = &[
    b"\xff\xfe",
    b"\xc3\x28",
    b"\xef\xbb\xbf",
    b"\xed\xa0\x80",
    b"\xf4\x90\x80\x80",
    b"\x00",
    b"\r\n",
    b"\t",
];

fn random_string(rng: &mut Rng) -> String {
    match rng.below(10) {
        0 => String::new(),
        1 => "x".repeat(rng.below(20_000)),
        2 => "é漢字🎉\u{202e}\u{0}\u{7f}\u{feff}"
            .chars()
            .cycle()
            .take(rng.below(64))
            .collect(),
        3 => rng
            .pick(&["OPEN", "CLOSED", "FROZEN", "open", "", " OPEN"])
            .to_string(),
        4 => rng
            .pick(&[
                "2025-02-13T19:08:07.000Z",
                "2025-02-13T19:08:07Z",
                "2025-02-13 19:08:07",
                "2025-02-30T00:00:00Z",
                "0000-01-01T00:00:00Z",
                "9999-12-31T23:59:59.999999999Z",
                "not a date",
            ])
            .to_string(),
        5 => (0..rng.below(40))
            .map(|_| char::from_u32(rng.below(0x11_0000) as u32).unwrap_or('\u{fffd}'))
            .collect(),
        _ => (0..rng.below(24))
            .map(|_| (b' ' + rng.below(95) as u8) as char)
            .collect(),
    }
}

fn random_value(rng: &mut Rng, depth: usize) -> Value {
    let top = if depth == 0 { 6 } else { 9 };
    match rng.below(top) {
        0 => Value::Null,
        1 => Value::Bool(rng.chance(2)),
        2 => json!(rng.next() as i64),
        3 => json!(*rng.pick(&[0u64, 1, u64::MAX, i64::MAX as u64 + 1])),
        4 => json!(f64::from_bits(rng.next()) % 1e300),
        5 => Value::String(random_string(rng)),
        6 => Value::Array(
            (0..rng.below(4))
                .map(|_| random_value(rng, depth - 1))
                .collect(),
        ),
        7 => {
            // Nested as deep as serde_json allows, or deeper (refused).
            let mut v = random_value(rng, 0);
            for _ in 0..rng.below(140) {
                v = Value::Array(vec![v]);
            }
            v
        }
        _ => Value::Object(
            (0..rng.below(4))
                .map(|_| (random_string(rng), random_value(rng, depth - 1)))
                .collect(),
        ),
    }
}

/// Replaces, removes or adds something at a random place in the tree.
fn mutate_value(v: &mut Value, rng: &mut Rng) {
    let descend = rng.below(4) != 0;
    match v {
        Value::Object(map) if descend && !map.is_empty() => {
            let key = map
                .keys()
                .nth(rng.below(map.len()))
                .cloned()
                .unwrap_or_default();
            match rng.below(8) {
                0 => {
                    map.remove(&key);
                }
                1 => {
                    map.insert(random_string(rng), random_value(rng, 2));
                }
                _ => {
                    if let Some(child) = map.get_mut(&key) {
                        mutate_value(child, rng);
                    }
                }
            }
        }
        Value::Array(items) if descend && !items.is_empty() => {
            let i = rng.below(items.len());
            match rng.below(6) {
                0 => {
                    items.remove(i);
                }
                1 => {
                    let dup = items[i].clone();
                    items.insert(i, dup);
                }
                _ => mutate_value(&mut items[i], rng),
            }
        }
        _ => *v = random_value(rng, 3),
    }
}

fn mutate(input: &[u8], rng: &mut Rng, corpus: &[(Kind, Vec<u8>)]) -> Vec<u8> {
    let mut out = input.to_vec();
    // Structural edits first (on something that still parses), then bytes.
    if rng.chance(2)
        && let Ok(mut v) = serde_json::from_slice::<Value>(&out)
    {
        for _ in 0..1 + rng.below(3) {
            mutate_value(&mut v, rng);
        }
        out = serde_json::to_vec(&v).unwrap_or(out);
    }
    let byte_edits = if rng.chance(3) { 0 } else { 1 + rng.below(4) };
    for _ in 0..byte_edits {
        let len = out.len();
        let at = rng.below(len + 1);
        match rng.below(9) {
            0 if len > 0 => out[at.min(len - 1)] ^= 1 << rng.below(8),
            1 if len > 0 => out[at.min(len - 1)] = *rng.pick(b"\"{}[],:\\ 0-e.\x00\xff"),
            2 => out.truncate(at),
            3 => {
                let s = rng.pick(SNIPPETS).as_bytes();
                out.splice(at..at, s.iter().copied());
            }
            4 => {
                let s = rng.pick(RAW_BYTES);
                out.splice(at..at, s.iter().copied());
            }
            5 if at < len => {
                let end = (at + 1 + rng.below(32)).min(len);
                out.drain(at..end);
            }
            6 if at < len => {
                let end = (at + 1 + rng.below(64)).min(len);
                let copy = out[at..end].to_vec();
                let to = rng.below(out.len() + 1);
                out.splice(to..to, copy);
            }
            7 => {
                // Splice in part of another document.
                let (_, other) = rng.pick(corpus);
                if !other.is_empty() {
                    let from = rng.below(other.len());
                    let to = (from + rng.below(200)).min(other.len());
                    out.splice(at..at, other[from..to].iter().copied());
                }
            }
            _ => {
                // Deep nesting around the document, beyond serde_json's limit.
                let depth = *rng.pick(&[64usize, 127, 128, 129, 5_000]);
                let mut nested = vec![b'['; depth];
                nested.extend_from_slice(&out);
                nested.extend(std::iter::repeat_n(b']', depth));
                out = nested;
            }
        }
    }
    out
}

/// An input, printable and pasteable into a Rust test.
fn show(input: &[u8]) -> String {
    let cut = &input[..input.len().min(4096)];
    format!(
        "b\"{}\"{}",
        cut.escape_ascii(),
        if input.len() > cut.len() {
            format!(" (+{} bytes)", input.len() - cut.len())
        } else {
            String::new()
        }
    )
}

// ---------------------------------------------------------------------------
// 1. Direct decoding.
// ---------------------------------------------------------------------------

/// Decodes, re-encodes and decodes again; panics with the input on a broken
/// property.
fn check_roundtrip<T>(input: &[u8]) -> bool
where
    T: serde::de::DeserializeOwned + serde::Serialize + PartialEq + std::fmt::Debug,
{
    let decoded = std::panic::catch_unwind(AssertUnwindSafe(|| serde_json::from_slice::<T>(input)))
        .unwrap_or_else(|_| {
            panic!(
                "decoding {} panicked on {}",
                std::any::type_name::<T>(),
                show(input)
            )
        });
    let Ok(value) = decoded else { return false };
    let encoded = serde_json::to_vec(&value).unwrap_or_else(|e| {
        panic!(
            "{} decoded but does not encode ({e}): {}",
            std::any::type_name::<T>(),
            show(input)
        )
    });
    let again: T = serde_json::from_slice(&encoded).unwrap_or_else(|e| {
        panic!(
            "{} re-encoded as {} does not decode ({e}); from {}",
            std::any::type_name::<T>(),
            show(&encoded),
            show(input)
        )
    });
    assert_eq!(
        again,
        value,
        "round trip changed the value of {}",
        show(input)
    );
    true
}

#[test]
fn direct_decoding_never_panics_and_round_trips() {
    let seed = seed();
    let n = cases();
    let corpus = corpus();
    let mut rng = Rng(seed);
    let started = Instant::now();
    let (mut execs, mut accepted) = (0usize, 0usize);
    for _ in 0..n {
        let (_, base) = rng.pick(&corpus);
        let input = mutate(base, &mut rng, &corpus);
        // Every input through every decoder: a list body as a customer is
        // a fine mutation too.
        accepted += usize::from(check_roundtrip::<Customer>(&input));
        accepted += usize::from(check_roundtrip::<CustomerListResponse>(&input));
        accepted += usize::from(check_roundtrip::<CustomerNotFoundError>(&input));
        let _ = std::panic::catch_unwind(|| {
            imprint::error_bodies::GetCustomerError::decode(404, &input)
        })
        .unwrap_or_else(|_| panic!("GetCustomerError::decode panicked on {}", show(&input)));
        execs += 4;
    }
    println!(
        "fuzz_decode direct: {n} inputs, {execs} decoder executions, {accepted} decoded Ok, seed {seed}, {:.1} s",
        started.elapsed().as_secs_f64()
    );
    assert!(accepted > 0, "the mutator never produced a valid document");
}

// ---------------------------------------------------------------------------
// 2 and 3. Through the facade.
// ---------------------------------------------------------------------------

#[derive(Clone, Default)]
struct Canned {
    status: u16,
    headers: Vec<(String, String)>,
    body: Vec<u8>,
}

/// An in-process server answering every request with the current `Canned`;
/// also returns how many requests it answered.
async fn canned_server() -> (String, Arc<Mutex<Canned>>, Arc<AtomicUsize>) {
    let state = Arc::new(Mutex::new(Canned::default()));
    let served = Arc::new(AtomicUsize::new(0));
    let shared = Arc::clone(&state);
    let count = Arc::clone(&served);
    let app = axum::Router::new().fallback(move || {
        count.fetch_add(1, Ordering::Relaxed);
        let c = shared.lock().unwrap().clone();
        async move {
            let mut response = axum::response::Response::new(axum::body::Body::from(c.body));
            *response.status_mut() = axum::http::StatusCode::from_u16(c.status).unwrap();
            for (k, v) in c.headers {
                if let (Ok(k), Ok(v)) = (
                    axum::http::HeaderName::from_bytes(k.as_bytes()),
                    axum::http::HeaderValue::from_str(&v),
                ) {
                    response.headers_mut().append(k, v);
                }
            }
            response
        }
    });
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let url = format!("http://{}", listener.local_addr().unwrap());
    tokio::spawn(async move { axum::serve(listener, app).await });
    (url, state, served)
}

fn fuzz_client(url: &str) -> imprint::Client {
    imprint::Client::builder()
        .api_key("sk_test_fuzz")
        .base_url(url)
        .timeout(Duration::from_secs(10))
        .retry_policy(
            imprint::RetryPolicy::default()
                .max_attempts(2)
                .base_delay(Duration::ZERO)
                // Any positive Retry-After ends the retries at once.
                .max_retry_after(Duration::ZERO),
        )
        .build()
        .unwrap()
}

fn content_type(rng: &mut Rng) -> Vec<(String, String)> {
    match rng.below(5) {
        0 => vec![],
        1 => vec![("content-type".into(), "text/html".into())],
        2 => vec![("content-type".into(), "text/plain; charset=utf-8".into())],
        _ => vec![("content-type".into(), "application/json".into())],
    }
}

/// Runs `f` on its own task, so a panic inside the client is reported with
/// the input instead of tearing the test down without it.
async fn no_panic<T: Send + 'static>(
    input: &[u8],
    what: &str,
    f: impl std::future::Future<Output = T> + Send + 'static,
) -> T {
    match tokio::spawn(f).await {
        Ok(v) => v,
        Err(e) => panic!("{what} panicked ({e}) on {}", show(input)),
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn facade_success_path_matches_serde_and_keeps_the_status() {
    let seed = seed();
    let n = facade_cases();
    let corpus = corpus();
    let mut rng = Rng(seed ^ 0x5EED_0002);
    let (url, canned, served) = canned_server().await;
    let client = fuzz_client(&url);
    let started = Instant::now();
    let (mut ok, mut decode_errors, mut streams) = (0usize, 0usize, 0usize);
    for i in 0..n {
        let (kind, base) = &corpus[rng.below(corpus.len())];
        let kind = *kind;
        let body = mutate(base, &mut rng, &corpus);
        *canned.lock().unwrap() = Canned {
            status: 200,
            headers: content_type(&mut rng),
            body: body.clone(),
        };
        let as_list = kind == Kind::List || (kind == Kind::Error && rng.chance(2));
        if !as_list {
            let expected = serde_json::from_slice::<Customer>(&body);
            let c = client.clone();
            let got = no_panic(&body, "customers().get", async move {
                c.customers().get("C1").await
            })
            .await;
            match (expected, got) {
                (Ok(want), Ok(got)) => {
                    assert_eq!(got, want, "{}", show(&body));
                    ok += 1;
                }
                (Err(_), Err(Error::Decode(d))) => {
                    assert_eq!(d.status, 200);
                    assert_eq!(d.operation, "getCustomer");
                    assert_eq!(&d.body[..], &body[..]);
                    decode_errors += 1;
                }
                (want, got) => panic!(
                    "serde_json says {:?}, the facade {got:?}, on {}",
                    want.map(|_| "Ok"),
                    show(&body)
                ),
            }
            continue;
        }
        let expected = serde_json::from_slice::<CustomerListResponse>(&body);
        let c = client.clone();
        let got = no_panic(&body, "search().send()", async move {
            c.customers().search().limit(10).send().await
        })
        .await;
        match (&expected, got) {
            (Ok(want), Ok(page)) => {
                let has_more = want.has_more.unwrap_or(false);
                assert_eq!(page.data, want.data);
                assert_eq!(page.has_more, has_more);
                assert_eq!(page.total, want.total);
                let cursor = has_more
                    .then(|| want.data.last().map(|c| c.id.clone()))
                    .flatten();
                assert_eq!(page.next_cursor, cursor);
                ok += 1;
            }
            (Err(_), Err(Error::Decode(d))) => {
                assert_eq!(d.status, 200);
                assert_eq!(&d.body[..], &body[..]);
                decode_errors += 1;
            }
            (want, got) => panic!(
                "serde_json says {:?}, the facade {got:?}, on {}",
                want.as_ref().map(|_| "Ok"),
                show(&body)
            ),
        }
        // Every fourth list also as a stream: it always ends, as the
        // contract says, however the page is broken.
        if i % 4 == 0 {
            let c = client.clone();
            let items = no_panic(&body, "search().stream()", async move {
                c.customers()
                    .search()
                    .limit(10)
                    .stream()
                    .take(10_000)
                    .collect::<Vec<_>>()
                    .await
            })
            .await;
            streams += 1;
            let errors: Vec<&Error> = items.iter().filter_map(|r| r.as_ref().err()).collect();
            let oks = items.iter().filter(|r| r.is_ok()).count();
            assert!(errors.len() <= 1, "a stream goes on after an error");
            if let Some(last) = items.last() {
                assert!(
                    last.is_ok() || errors.len() == 1,
                    "the error is the stream's last item"
                );
            }
            match &expected {
                Err(_) => {
                    assert_eq!(oks, 0);
                    assert!(matches!(errors[..], [Error::Decode(_)]), "{errors:?}");
                }
                Ok(l) if l.has_more != Some(true) => {
                    assert_eq!(oks, l.data.len());
                    assert!(errors.is_empty(), "{errors:?}");
                }
                Ok(l) => {
                    // The same page again: a repeated cursor (or has_more
                    // with nothing in it) stops the stream.
                    assert_eq!(oks, l.data.len());
                    assert!(
                        matches!(errors[..], [Error::Pagination { .. }]),
                        "{errors:?}"
                    );
                }
            }
        }
    }
    println!(
        "fuzz_decode facade success path: {n} bodies, {} HTTP exchanges ({ok} Ok, {decode_errors} Decode, {streams} streams), seed {seed}, {:.1} s",
        served.load(Ordering::Relaxed),
        started.elapsed().as_secs_f64()
    );
}

const STATUSES: &[u16] = &[
    201, 202, 203, 400, 401, 402, 403, 404, 405, 409, 410, 418, 422, 429, 451, 500, 501, 502, 503,
    504, 599,
];

/// Retry-After values, valid and not, including values too large for a
/// `Duration` (`1e20`, which once made the facade panic).
fn retry_after(rng: &mut Rng) -> Option<String> {
    Some(match rng.below(10) {
        0 => return None,
        1 => rng.below(5).to_string(),
        2 => (rng.next() % 10_000_000_000).to_string(),
        3 => format!("{}.{}", rng.below(3), rng.below(1000)),
        4 => rng
            .pick(&["-1", "nan", "inf", "-0", "", " 1 ", "1e3", "0x10", "١"])
            .to_string(),
        5 => "Wed, 21 Oct 2015 07:28:00 GMT".into(),
        6 => "Fri, 31 Dec 9999 23:59:59 GMT".into(),
        7 => (chrono::Utc::now() + chrono::Duration::seconds(rng.below(100) as i64))
            .format("%a, %d %b %Y %H:%M:%S GMT")
            .to_string(),
        8 => random_string(rng)
            .chars()
            .filter(|c| c.is_ascii_graphic() || *c == ' ')
            .collect(),
        _ => rng
            .pick(&["1e20", "99999999999999999999", "1.8e19"])
            .to_string(),
    })
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn facade_error_path_keeps_the_status_and_the_body() {
    let seed = seed();
    let n = facade_cases();
    let corpus = corpus();
    let mut rng = Rng(seed ^ 0x5EED_0003);
    let (url, canned, served) = canned_server().await;
    let client = fuzz_client(&url);
    let started = Instant::now();
    let mut by_variant = std::collections::BTreeMap::<&'static str, usize>::new();
    for _ in 0..n {
        let (_, base) = rng.pick(&corpus);
        let body = mutate(base, &mut rng, &corpus);
        let status = *rng.pick(STATUSES);
        let mut headers = content_type(&mut rng);
        let ra = retry_after(&mut rng);
        if let Some(v) = &ra {
            headers.push(("retry-after".into(), v.clone()));
        }
        if rng.chance(2) {
            headers.push(("x-request-id".into(), format!("req_{}", rng.below(1000))));
        }
        *canned.lock().unwrap() = Canned {
            status,
            headers: headers.clone(),
            body: body.clone(),
        };
        let c = client.clone();
        let search = rng.chance(3);
        let got = no_panic(&body, "an erroring call", async move {
            if search {
                c.customers().search().send().await.map(|_| ())
            } else {
                c.customers().get("C1").await.map(|_| ())
            }
        })
        .await;
        let e = got.expect_err("a non-200 status is an error");
        let context = || format!("status {status}, headers {headers:?}, body {}", show(&body));
        assert_eq!(e.status(), Some(status), "{e:?}; {}", context());
        let variant = match (&e, status) {
            (Error::NotFound(_), 404) => "NotFound",
            (Error::Unauthorized(_), 401) => "Unauthorized",
            (Error::Forbidden(_), 403) => "Forbidden",
            (Error::InvalidRequest(_), 400 | 422) => "InvalidRequest",
            (Error::Conflict(_), 409) => "Conflict",
            (Error::RateLimited { .. }, 429) => "RateLimited",
            (Error::Server(_), 500..=599) => "Server",
            (Error::Api(_), s)
                if !matches!(s, 400 | 401 | 403 | 404 | 409 | 422 | 429 | 500..=599) =>
            {
                "Api"
            }
            _ => panic!("wrong variant {e:?} for {}", context()),
        };
        *by_variant.entry(variant).or_default() += 1;
        let api = e.api_error().expect("API errors carry the response");
        assert_eq!(&api.body[..], &body[..], "{}", context());
        assert_eq!(api.status, status);
        if let (Error::RateLimited { retry_after, .. }, Some(v)) = (&e, &ra)
            && let Ok(secs) = v.trim().parse::<u64>()
        {
            assert_eq!(
                *retry_after,
                Some(Duration::from_secs(secs)),
                "{}",
                context()
            );
        }
        // Display never panics and always names the status.
        assert!(e.to_string().contains(&status.to_string()), "{e}");
    }
    println!(
        "fuzz_decode facade error path: {n} calls, {} HTTP exchanges (with retries), {by_variant:?}, seed {seed}, {:.1} s",
        served.load(Ordering::Relaxed),
        started.elapsed().as_secs_f64()
    );
}
