//! Broken servers: each fault ends in an exact outcome, in bounded attempts
//! and time, without a panic.

mod support;

use std::time::{Duration, Instant};

use imprint::{Error, RetryPolicy};
use support::{CUSTOMER, Reply, Scripted, client};

#[tokio::test]
async fn connection_refused_is_a_transport_error_after_the_retries() {
    // Bind then drop, so the port is (very likely) closed.
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let started = Instant::now();
    let e = client(&format!("http://127.0.0.1:{port}"))
        .customers()
        .get("C1")
        .await
        .unwrap_err();
    assert!(matches!(e, Error::Transport { attempts: 3, .. }), "{e:?}");
    assert!(e.is_retryable());
    assert!(started.elapsed() < Duration::from_secs(5));
}

#[tokio::test]
async fn a_reset_mid_body_is_retried_then_succeeds() {
    let server = Scripted::start(vec![
        Reply::Truncated {
            status: 200,
            declared: 500,
            body: br#"{"id":"C1","em"#.to_vec(),
        },
        Reply::json(200, CUSTOMER),
    ])
    .await;
    let c = client(&server.url).customers().get("C1").await.unwrap();
    assert_eq!(c.first_name.as_deref(), Some("John"));
    assert_eq!(server.received().len(), 2);
}

#[tokio::test]
async fn a_server_that_never_answers_times_out() {
    let server = Scripted::start(vec![Reply::Hang]).await;
    let client = imprint::Client::builder()
        .api_key("k")
        .base_url(&server.url)
        .timeout(Duration::from_millis(200))
        .retry_policy(
            RetryPolicy::default()
                .max_attempts(2)
                .base_delay(Duration::from_millis(1)),
        )
        .build()
        .unwrap();
    let started = Instant::now();
    let e = client.customers().get("C1").await.unwrap_err();
    assert!(matches!(e, Error::Timeout { attempts: 2, .. }), "{e:?}");
    assert!(
        started.elapsed() < Duration::from_secs(3),
        "{:?}",
        started.elapsed()
    );
}

#[tokio::test]
async fn retry_after_as_an_http_date() {
    let when = chrono::Utc::now() + chrono::Duration::seconds(2);
    let date = when.format("%a, %d %b %Y %H:%M:%S GMT").to_string();
    let server = Scripted::start(vec![
        Reply::json(429, "{}").with_header("retry-after", &date),
        Reply::json(200, CUSTOMER),
    ])
    .await;
    let started = Instant::now();
    client(&server.url).customers().get("C1").await.unwrap();
    assert!(
        started.elapsed() >= Duration::from_millis(900),
        "{:?}",
        started.elapsed()
    );
    assert_eq!(server.received().len(), 2);
}

#[tokio::test]
async fn gateway_errors_then_success() {
    for status in [500, 502, 503, 504, 408] {
        let server = Scripted::start(vec![
            Reply::json(status, "{}"),
            Reply::json(status, "{}"),
            Reply::json(200, CUSTOMER),
        ])
        .await;
        client(&server.url).customers().get("C1").await.unwrap();
        assert_eq!(server.received().len(), 3, "status {status}");
    }
}

#[tokio::test]
async fn errors_that_are_not_retryable_are_sent_once() {
    for status in [400, 401, 403, 404, 409, 501] {
        let server = Scripted::start(vec![Reply::json(status, "{}")]).await;
        let e = client(&server.url).customers().get("C1").await.unwrap_err();
        assert_eq!(e.status(), Some(status));
        assert_eq!(server.received().len(), 1, "status {status}");
    }
}

#[tokio::test]
async fn bodies_over_the_limit_are_refused() {
    let big = format!(r#"{{"id":"C1","first_name":"{}"}}"#, "x".repeat(100_000));
    let server = Scripted::start(vec![Reply::json(200, &big)]).await;
    let client = imprint::Client::builder()
        .api_key("k")
        .base_url(&server.url)
        .max_response_bytes(64 * 1024)
        .build()
        .unwrap();
    let e = client.customers().get("C1").await.unwrap_err();
    assert!(
        matches!(
            e,
            Error::BodyTooLarge {
                limit: 65536,
                status: 200,
                ..
            }
        ),
        "{e:?}"
    );
}

#[tokio::test]
async fn empty_truncated_and_mistyped_success_bodies_are_decode_errors() {
    for (body, ct) in [
        ("", "application/json"),
        (r#"{"id":"C1","#, "application/json"),
        ("<html>ok</html>", "text/html"),
        (r#"{"first_name":"no id"}"#, "application/json"),
    ] {
        let server = Scripted::start(vec![Reply::Http {
            status: 200,
            headers: vec![("content-type".into(), ct.into())],
            body: body.as_bytes().to_vec(),
        }])
        .await;
        let e = client(&server.url).customers().get("C1").await.unwrap_err();
        assert!(
            matches!(&e, Error::Decode(d) if d.status == 200),
            "{body:?}: {e:?}"
        );
    }
}

#[tokio::test]
async fn unknown_fields_are_tolerated() {
    let body = CUSTOMER.replacen('{', r#"{"brand_new_field": {"nested": [1, 2]}, "#, 1);
    let server = Scripted::start(vec![Reply::json(200, &body)]).await;
    let c = client(&server.url).customers().get("C1").await.unwrap();
    assert_eq!(c.last_name.as_deref(), Some("Doe"));
}

#[tokio::test]
async fn retries_disabled_means_one_attempt() {
    let server = Scripted::start(vec![Reply::json(503, "{}")]).await;
    let client = imprint::Client::builder()
        .api_key("k")
        .base_url(&server.url)
        .retry_policy(RetryPolicy::disabled())
        .build()
        .unwrap();
    let e = client.customers().get("C1").await.unwrap_err();
    assert!(matches!(e, Error::Server(_)));
    assert_eq!(server.received().len(), 1);
}

#[test]
fn configuration_errors_are_clear() {
    let e = imprint::Client::builder().build().unwrap_err();
    assert!(e.to_string().contains("API key is required"), "{e}");
    let e = imprint::Client::builder()
        .api_key("k")
        .base_url("http://api.example.com")
        .build()
        .unwrap_err();
    assert!(e.to_string().contains("plain http"), "{e}");
    assert!(
        imprint::Client::builder()
            .api_key("k")
            .base_url("http://api.example.com")
            .allow_insecure_http(true)
            .build()
            .is_ok()
    );
    assert!(
        imprint::Client::builder()
            .api_key("k")
            .base_url("http://localhost:1234/")
            .build()
            .is_ok()
    );
    assert!(
        imprint::Client::builder()
            .api_key("k")
            .base_url("http://[::1]:1234")
            .build()
            .is_ok()
    );
    let e = imprint::Client::builder()
        .api_key("k\nInjected: 1")
        .build()
        .unwrap_err();
    assert!(!e.to_string().contains("Injected"), "{e}");
    let e = imprint::Client::builder()
        .api_key("k")
        .base_url("ftp://x")
        .build()
        .unwrap_err();
    assert!(e.to_string().contains("ftp"));
}

#[test]
fn from_env_names_the_missing_variable() {
    // Only this test touches the variable, and restores nothing it did not set.
    if std::env::var_os("IMPRINT_API_KEY").is_none() {
        let e = imprint::Client::from_env().unwrap_err();
        assert!(e.to_string().contains("IMPRINT_API_KEY"), "{e}");
    }
}
