//! Memory of every cursor list stays bounded: streaming ten times more items
//! costs (almost) no more memory, because the paginator holds at most the
//! page being consumed and the one being fetched.
//!
//! Measured as the heap's high-water mark with a counting allocator (this
//! test binary's only), while streaming N and 10 N items through each
//! cursor list of the spec from a local server that makes pages on the fly.
//! Memory, not time: the figures are deterministic enough to assert.

use std::alloc::{GlobalAlloc, Layout, System};
use std::sync::atomic::{AtomicUsize, Ordering};

use axum::body::Bytes;
use axum::extract::State;
use axum::http::{Method, Uri};
use futures::TryStreamExt;
use imprint::operations::{ALL, OperationDescriptor};
use imprint::{RawRequest, Request};
use serde_json::{Value, json};

struct Counting;

static CURRENT: AtomicUsize = AtomicUsize::new(0);
static PEAK: AtomicUsize = AtomicUsize::new(0);

// SAFETY: defers to the system allocator; only counts.
unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        // SAFETY: the caller's contract is passed on unchanged.
        let p = unsafe { System.alloc(layout) };
        if !p.is_null() {
            let now = CURRENT.fetch_add(layout.size(), Ordering::Relaxed) + layout.size();
            PEAK.fetch_max(now, Ordering::Relaxed);
        }
        p
    }
    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        // SAFETY: the caller's contract is passed on unchanged.
        unsafe { System.dealloc(ptr, layout) };
        CURRENT.fetch_sub(layout.size(), Ordering::Relaxed);
    }
}

#[global_allocator]
static ALLOCATOR: Counting = Counting;

/// Ten times the items may cost this much more at peak: slack for buffers
/// that grow with the connection (hyper's read buffer, the pool), far below
/// the 10x that keeping items would cost.
const BOUND: f64 = 1.25;

/// Serves `total` items for any cursor list: the cursor (query or body) is
/// the last item's index, the page size is `limit`.
#[derive(Clone)]
struct Lists {
    total: usize,
}

fn page(total: usize, item_cursor: &str, after: Option<&str>, limit: usize) -> Value {
    let start = after
        .and_then(|a| a.strip_prefix("ITEM-"))
        .and_then(|n| n.parse::<usize>().ok())
        .map_or(0, |n| n + 1);
    let end = (start + limit).min(total);
    let data: Vec<Value> = (start..end)
        .map(|i| {
            // A valid Reward too, for the typed walk; the other lists read
            // only the cursor field.
            json!({
                item_cursor: format!("ITEM-{i:08}"),
                "customer_id": "C-1",
                "amount": i,
                "status": "AVAILABLE",
                "type": "TRANSACTION",
                "created_at": "2025-02-13T19:08:07.000Z",
                "metadata": {"note": "x".repeat(200)},
            })
        })
        .collect();
    json!({"data": data, "has_more": end < total, "total": total})
}

async fn serve_list(
    State(lists): State<Lists>,
    method: Method,
    uri: Uri,
    body: Bytes,
) -> axum::Json<Value> {
    let query: Vec<(String, String)> =
        url::form_urlencoded::parse(uri.query().unwrap_or_default().as_bytes())
            .into_owned()
            .collect();
    let op = ALL
        .iter()
        .find(|o| {
            o.pagination.is_some()
                && o.method == method.as_str()
                && path_matches(o.path, uri.path())
        })
        .expect("a cursor list's path");
    let fields = op.pagination.expect("a cursor list");
    let from_query = |k: &str| query.iter().find(|(n, _)| n == k).map(|(_, v)| v.clone());
    let body: Value = serde_json::from_slice(&body).unwrap_or(Value::Null);
    let from_body = |k: &str| body.get(k).and_then(Value::as_str).map(str::to_owned);
    let after = if fields.in_body {
        from_body(fields.cursor)
    } else {
        from_query(fields.cursor)
    };
    let limit = fields
        .limit
        .and_then(|l| {
            if fields.in_body {
                body.get(l).and_then(Value::as_u64).map(|n| n.to_string())
            } else {
                from_query(l)
            }
        })
        .and_then(|l| l.parse().ok())
        .unwrap_or(10);
    axum::Json(page(
        lists.total,
        fields.item_cursor,
        after.as_deref(),
        limit,
    ))
}

fn path_matches(template: &str, path: &str) -> bool {
    let (t, p): (Vec<&str>, Vec<&str>) = (template.split('/').collect(), path.split('/').collect());
    t.len() == p.len() && t.iter().zip(&p).all(|(a, b)| a.starts_with('{') || a == b)
}

async fn start(total: usize) -> (String, tokio::task::JoinHandle<()>) {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    let app = axum::Router::new()
        .fallback(serve_list)
        .with_state(Lists { total });
    let task = tokio::spawn(async move {
        let _ = axum::serve(listener, app).await;
    });
    (format!("http://{addr}"), task)
}

/// Streams every item of `op` from a server of `total` items, pages of 100;
/// returns the items seen and the heap's high-water mark above the level at
/// the start.
async fn stream(op: &'static OperationDescriptor, total: usize) -> (usize, usize) {
    let (base, server) = start(total).await;
    let client = imprint::Client::builder()
        .api_key("k")
        .base_url(&base)
        .build()
        .unwrap();
    let fields = op.pagination.expect("a cursor list");
    let mut request = RawRequest::new();
    let mut rest = op.path;
    while let Some(open) = rest.find('{') {
        let close = rest[open..].find('}').map_or(rest.len(), |c| open + c);
        request = request.path_param(&rest[open + 1..close], "C-1");
        rest = &rest[close..];
    }
    if op.id == "searchPaymentMethods" {
        request = request.query_param("customer_id", "C-1");
    }
    if let Some(limit) = fields.limit {
        request = if fields.in_body {
            request.body(json!({ limit: 100 }))
        } else {
            request.query_param(limit, "100")
        };
    }
    let base_level = CURRENT.load(Ordering::Relaxed);
    PEAK.store(base_level, Ordering::Relaxed);
    let mut pages = client.pages_raw(op, request);
    let mut items = 0;
    while let Some(page) = pages.try_next().await.unwrap() {
        items += page.data.len();
    }
    let peak = PEAK.load(Ordering::Relaxed).saturating_sub(base_level);
    server.abort();
    (items, peak)
}

/// One test, not several: the allocator counts the whole process, and tests
/// of one binary run in parallel.
#[tokio::test(flavor = "current_thread")]
async fn every_cursor_list_streams_ten_times_more_in_the_same_memory() {
    let lists: Vec<&'static OperationDescriptor> = ALL
        .iter()
        .copied()
        .filter(|o| o.pagination.is_some())
        .collect();
    assert_eq!(lists.len(), 8, "the spec's cursor lists");
    let mut report = Vec::new();
    for op in lists {
        // Warm up: connection pool, lazy statics, the runtime's buffers.
        stream(op, 300).await;
        let (n_small, small) = stream(op, 1_000).await;
        let (n_large, large) = stream(op, 10_000).await;
        assert_eq!(
            (n_small, n_large),
            (1_000, 10_000),
            "{}: every item once",
            op.id
        );
        report.push(format!(
            "{}: {} items peak {} KiB, {} items peak {} KiB",
            op.id,
            n_small,
            small / 1024,
            n_large,
            large / 1024
        ));
        assert!(
            large as f64 <= small as f64 * BOUND,
            "{}: streaming 10x more items took {large} bytes at peak against {small}",
            op.id
        );
    }

    // The same through a generated request type and typed items.
    async fn typed(total: usize) -> usize {
        let (base, server) = start(total).await;
        let client = imprint::Client::builder()
            .api_key("k")
            .base_url(&base)
            .build()
            .unwrap();
        let base_level = CURRENT.load(Ordering::Relaxed);
        PEAK.store(base_level, Ordering::Relaxed);
        let mut items = client
            .list(imprint::requests::SearchRewards::new())
            .limit(100)
            .pages();
        let mut n = 0;
        while let Some(page) = items.try_next().await.unwrap() {
            n += page.data.len();
        }
        assert_eq!(n, total);
        let _ = <imprint::requests::SearchRewards as Request>::OPERATION;
        server.abort();
        PEAK.load(Ordering::Relaxed).saturating_sub(base_level)
    }
    typed(300).await;
    let (small, large) = (typed(1_000).await, typed(10_000).await);
    report.push(format!(
        "searchRewards (typed): 1000 items peak {} KiB, 10000 items peak {} KiB",
        small / 1024,
        large / 1024
    ));
    println!("{}", report.join("\n"));
    assert!(
        large as f64 <= small as f64 * BOUND,
        "typed: {large} bytes against {small}"
    );
}
