//! A walk sends the next page's request before it decodes the page in hand
//! (the transport reads the next cursor from the raw bytes), and still
//! waits for the caller before fetching further ahead.
//!
//! Observed as the order of the client's own trace events on a
//! single-threaded runtime, where that order is deterministic: the
//! transport's `sending` for each request, and the consumer's mark when a
//! page reaches it. Its own binary: the test installs a thread-local trace
//! subscriber, which a test running beside it in the same binary can race.

mod support;

use futures::TryStreamExt;
use support::{CUSTOMER, Capture, Reply, Scripted, client};

fn page(ids: &[&str], has_more: bool) -> String {
    let items: Vec<String> = ids
        .iter()
        .map(|id| CUSTOMER.replace("9B5E1EE0-2E1C-46E7-81B9-3C3917204BE4", id))
        .collect();
    format!(
        r#"{{"data":[{}],"has_more":{has_more},"total":6}}"#,
        items.join(",")
    )
}

#[tokio::test(flavor = "current_thread")]
async fn the_next_request_goes_out_before_this_page_is_decoded() {
    let capture = Capture::default();
    let writer = capture.clone();
    let subscriber = tracing_subscriber::fmt()
        .with_max_level(tracing::Level::TRACE)
        .with_writer(move || writer.clone())
        .with_ansi(false)
        .finish();
    let _guard = tracing::subscriber::set_default(subscriber);

    let server = Scripted::start(vec![
        Reply::json(200, &page(&["A1", "A2"], true)),
        Reply::json(200, &page(&["B1", "B2"], true)),
        Reply::json(200, &page(&["C1", "C2"], false)),
    ])
    .await;
    let client = client(&server.url);
    let mut pages = client.customers().search().limit(2).pages();
    let mut n = 0;
    while let Some(page) = pages.try_next().await.unwrap() {
        n += 1;
        tracing::info!(target: "consumer", "got page {n} ({} items)", page.data.len());
        // The consumer works a while on each page: nothing beyond the next
        // page may be fetched meanwhile.
        tokio::time::sleep(std::time::Duration::from_millis(20)).await;
    }
    assert_eq!(n, 3);

    let logs = capture.text();
    let order: Vec<String> = logs
        .lines()
        .filter_map(|l| {
            if l.contains("imprint::transport: sending") {
                Some("send".to_string())
            } else {
                l.find("got page ").map(|i| l[i..i + 10].to_string())
            }
        })
        .collect();
    assert_eq!(
        order,
        [
            "send",
            // Page 2's request leaves while page 1 is still being decoded
            // (the caller is waiting)...
            "send",
            "got page 1",
            // ...but page 3's only when page 2 is handed out (page 2 came in
            // while the caller worked on page 1): two pages at most, the one
            // handed out and the one on its way.
            "got page 2",
            "send",
            "got page 3",
        ],
        "{logs}"
    );
    // Each request once, with the cursor the page before ended on.
    let bodies: Vec<String> = server
        .received()
        .iter()
        .map(|r| String::from_utf8_lossy(&r.body).into_owned())
        .collect();
    assert_eq!(bodies.len(), 3);
    assert!(!bodies[0].contains("starting_after"), "{}", bodies[0]);
    assert!(
        bodies[1].contains(r#""starting_after":"A2""#),
        "{}",
        bodies[1]
    );
    assert!(
        bodies[2].contains(r#""starting_after":"B2""#),
        "{}",
        bodies[2]
    );
}
