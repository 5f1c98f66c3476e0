//! Hostile answers end in a clear error, in bounded time, without a panic
//! (SECURITY.md, "response size, depth and time limits"). The size limit's
//! own tests (a huge declared length, an endless chunked body) are in
//! `faults.rs`; these add the rest: a large error body with and without a
//! length, JSON nested 200,000 deep, invalid UTF-8, a body dripping a byte
//! a second, and a server that accepts and never answers.

mod support;

use std::time::{Duration, Instant};

use imprint::{Error, RetryPolicy};
use support::{Reply, Scripted, raw_tcp};
use tokio::io::AsyncWriteExt;

/// Generous: these finish in milliseconds, or at the 1 s attempt timeout.
const BOUND: Duration = Duration::from_secs(15);

fn client(url: &str) -> imprint::Client {
    imprint::Client::builder()
        .api_key("sk_test_LIMITS")
        .base_url(url)
        .timeout(Duration::from_secs(1))
        .retry_policy(RetryPolicy::default().max_attempts(1))
        .max_response_bytes(1 << 20)
        .build()
        .unwrap()
}

#[tokio::test]
async fn an_error_body_over_the_limit_is_refused_with_and_without_a_length() {
    let big = vec![b'x'; 4 << 20];
    // With a length: refused from the header.
    let server = Scripted::start(vec![Reply::Http {
        status: 500,
        headers: vec![("content-type".into(), "application/json".into())],
        body: big.clone(),
    }])
    .await;
    let started = Instant::now();
    let e = client(&server.url).customers().get("C1").await.unwrap_err();
    assert!(
        matches!(e, Error::BodyTooLarge { status: 500, .. }),
        "{e:?}"
    );
    assert!(started.elapsed() < BOUND);

    // Without one (read to the close): refused once the limit is passed.
    let server = raw_tcp::start(move |mut sock| {
        let big = big.clone();
        async move {
            let _ = sock
                .write_all(b"HTTP/1.1 502 Bad Gateway\r\nconnection: close\r\n\r\n")
                .await;
            let _ = sock.write_all(&big).await;
        }
    })
    .await;
    let started = Instant::now();
    let e = client(&server.url).customers().get("C1").await.unwrap_err();
    assert!(
        matches!(e, Error::BodyTooLarge { status: 502, .. }),
        "{e:?}"
    );
    assert!(started.elapsed() < BOUND);
}

#[tokio::test]
async fn json_nested_200000_deep_is_a_decode_error_not_a_stack_overflow() {
    let mut deep = "[".repeat(200_000);
    deep.push_str(&"]".repeat(200_000));
    let server = Scripted::start(vec![Reply::json(200, &deep)]).await;
    let started = Instant::now();
    let e = client(&server.url).customers().get("C1").await.unwrap_err();
    let Error::Decode(d) = &e else {
        panic!("expected a decode error, got {e:?}");
    };
    assert_eq!(d.status, 200);
    assert!(started.elapsed() < BOUND);

    // The same depth in an error body: still a typed API error.
    let server = Scripted::start(vec![Reply::json(400, &deep)]).await;
    let e = client(&server.url).customers().get("C1").await.unwrap_err();
    assert_eq!(e.status(), Some(400), "{e:?}");
}

#[tokio::test]
async fn invalid_utf8_is_a_decode_error() {
    let mut body = br#"{"id":"C1","first_name":""#.to_vec();
    body.extend_from_slice(&[0xff, 0xfe, 0xc3]);
    body.extend_from_slice(br#""}"#);
    let server = Scripted::start(vec![Reply::Http {
        status: 200,
        headers: vec![("content-type".into(), "application/json".into())],
        body,
    }])
    .await;
    let e = client(&server.url).customers().get("C1").await.unwrap_err();
    let Error::Decode(d) = &e else {
        panic!("expected a decode error, got {e:?}");
    };
    assert_eq!(d.status, 200);
    // The message is printable however broken the body.
    assert!(!e.to_string().is_empty());
}

#[tokio::test]
async fn a_body_dripping_a_byte_a_second_ends_at_the_attempt_timeout() {
    let server = raw_tcp::start(|mut sock| async move {
        let _ = sock
            .write_all(b"HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-length: 1000\r\n\r\n")
            .await;
        for _ in 0..1000 {
            if sock.write_all(b" ").await.is_err() {
                return;
            }
            tokio::time::sleep(Duration::from_secs(1)).await;
        }
    })
    .await;
    let started = Instant::now();
    let e = client(&server.url).customers().get("C1").await.unwrap_err();
    assert!(matches!(e, Error::Timeout { .. }), "{e:?}");
    assert!(started.elapsed() < BOUND, "{:?}", started.elapsed());
}

#[tokio::test]
async fn a_server_that_accepts_and_never_answers_ends_at_the_timeout() {
    let server = Scripted::start(vec![Reply::Hang]).await;
    let started = Instant::now();
    let e = client(&server.url).customers().get("C1").await.unwrap_err();
    assert!(matches!(e, Error::Timeout { .. }), "{e:?}");
    assert!(started.elapsed() < BOUND);
}
