//! Broken servers: each fault ends in an exact outcome, in bounded attempts
//! and time, without a panic.

mod support;

use std::time::{Duration, Instant};

use imprint::{Error, RetryPolicy};
use support::{CUSTOMER, Reply, Scripted, client, raw_tcp};

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

// ---------------------------------------------------------------------------
// Issue 7: the faults the list names that the tests above did not cover.
// ---------------------------------------------------------------------------

fn fast_client(url: &str, attempts: u32) -> imprint::Client {
    imprint::Client::builder()
        .api_key("sk_test_SECRETKEY")
        .base_url(url)
        .timeout(Duration::from_secs(5))
        .retry_policy(
            RetryPolicy::default()
                .max_attempts(attempts)
                .base_delay(Duration::from_millis(1)),
        )
        .build()
        .unwrap()
}

#[tokio::test]
async fn a_tcp_reset_mid_body_every_time_is_a_transport_error_after_the_retries() {
    use tokio::io::AsyncWriteExt;
    let server = raw_tcp::start(|mut sock| async move {
        let _ = sock
            .write_all(
                b"HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-length: 500\r\n\r\n{\"id\":\"C1\",\"em",
            )
            .await;
        let _ = sock.flush().await;
        tokio::time::sleep(Duration::from_millis(20)).await;
        // SO_LINGER 0: close sends RST, not FIN.
        let _ = sock.set_zero_linger();
        drop(sock);
    })
    .await;
    let started = Instant::now();
    let e = fast_client(&server.url, 3)
        .customers()
        .get("C1")
        .await
        .unwrap_err();
    assert!(matches!(e, Error::Transport { attempts: 3, .. }), "{e:?}");
    assert!(e.is_retryable());
    assert_eq!(e.status(), None);
    assert_eq!(server.connections(), 3);
    assert!(started.elapsed() < Duration::from_secs(5));
}

#[tokio::test]
async fn a_tcp_reset_mid_body_of_an_update_is_not_retried() {
    use tokio::io::AsyncWriteExt;
    let server = raw_tcp::start(|mut sock| async move {
        let _ = sock
            .write_all(b"HTTP/1.1 200 OK\r\ncontent-length: 500\r\n\r\n{\"id\":")
            .await;
        let _ = sock.flush().await;
        tokio::time::sleep(Duration::from_millis(20)).await;
        let _ = sock.set_zero_linger();
        drop(sock);
    })
    .await;
    let update = imprint::types::CustomerUpdateRequest {
        first_name: Some("Jane".into()),
        ..Default::default()
    };
    let e = fast_client(&server.url, 3)
        .customers()
        .update("C1", update)
        .await
        .unwrap_err();
    // The server may have applied it: the default policy does not resend.
    assert!(matches!(e, Error::Transport { attempts: 1, .. }), "{e:?}");
    assert_eq!(server.connections(), 1);
}

#[tokio::test]
async fn retry_after_in_seconds_is_honoured() {
    let server = Scripted::start(vec![
        Reply::json(429, r#"{"type":"RATE_LIMIT_ERROR","message":"slow down"}"#)
            .with_header("retry-after", "1"),
        Reply::json(200, CUSTOMER),
    ])
    .await;
    let started = Instant::now();
    let c = client(&server.url).customers().get("C1").await.unwrap();
    assert_eq!(c.first_name.as_deref(), Some("John"));
    // Retry-After, not the 5 ms backoff, decided the wait.
    assert!(
        started.elapsed() >= Duration::from_millis(950),
        "{:?}",
        started.elapsed()
    );
    assert_eq!(server.received().len(), 2);
}

#[tokio::test]
async fn retry_after_over_the_cap_returns_rate_limited_at_once() {
    let server = Scripted::start(vec![
        Reply::json(429, r#"{"type":"RATE_LIMIT_ERROR","message":"slow down"}"#)
            .with_header("retry-after", "120"),
    ])
    .await;
    let started = Instant::now();
    let e = client(&server.url).customers().get("C1").await.unwrap_err();
    match &e {
        Error::RateLimited { error, retry_after } => {
            assert_eq!(*retry_after, Some(Duration::from_secs(120)));
            assert_eq!(error.status, 429);
            assert_eq!(error.error_type.as_deref(), Some("RATE_LIMIT_ERROR"));
        }
        other => panic!("{other:?}"),
    }
    assert_eq!(server.received().len(), 1);
    assert!(started.elapsed() < Duration::from_secs(5));
}

/// `Retry-After: 1e20` (or 20 digits) is too large for a `Duration`; it
/// once made `parse_retry_after` panic (`Duration::from_secs_f64`). Now it
/// saturates: a 429 over the cap, not retried, no panic.
#[tokio::test]
async fn retry_after_too_large_for_a_duration_is_not_a_panic() {
    for value in ["1e20", "99999999999999999999", "1.8e19"] {
        let server = Scripted::start(vec![
            Reply::json(429, "{}").with_header("retry-after", value),
            Reply::json(200, CUSTOMER),
        ])
        .await;
        let url = server.url.clone();
        let outcome = tokio::spawn(async move { client(&url).customers().get("C1").await }).await;
        let e = outcome
            .unwrap_or_else(|p| panic!("Retry-After {value:?} panicked: {p:?}"))
            .unwrap_err();
        match &e {
            Error::RateLimited {
                retry_after: Some(d),
                ..
            } => assert!(*d >= Duration::from_secs(10u64.pow(18)), "{value}: {d:?}"),
            other => panic!("{value}: {other:?}"),
        }
        assert_eq!(server.received().len(), 1, "{value}");
    }
}

#[tokio::test]
async fn five_hundred_forever_gives_up_after_the_configured_attempts() {
    let server = Scripted::start(vec![Reply::json(
        500,
        r#"{"type":"INTERNAL_ERROR","message":"boom"}"#,
    )])
    .await;
    let started = Instant::now();
    let e = fast_client(&server.url, 4)
        .customers()
        .get("C1")
        .await
        .unwrap_err();
    match &e {
        Error::Server(api) => {
            assert_eq!(api.status, 500);
            assert_eq!(api.message.as_deref(), Some("boom"));
        }
        other => panic!("{other:?}"),
    }
    assert_eq!(server.received().len(), 4);
    assert!(started.elapsed() < Duration::from_secs(5));
}

const NGINX_404: &str = "<html>\r\n<head><title>404 Not Found</title></head>\r\n<body>\r\n<center><h1>404 Not Found</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n";
const NGINX_502: &str = "<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n<center><h1>502 Bad Gateway</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n";

fn html(status: u16, body: &str) -> Reply {
    Reply::Http {
        status,
        headers: vec![("content-type".into(), "text/html".into())],
        body: body.as_bytes().to_vec(),
    }
}

#[tokio::test]
async fn an_html_404_from_a_proxy_is_not_found_with_the_page_kept() {
    let server = Scripted::start(vec![html(404, NGINX_404)]).await;
    let e = client(&server.url).customers().get("C1").await.unwrap_err();
    let Error::NotFound(api) = &e else {
        panic!("{e:?}")
    };
    assert_eq!(api.status, 404);
    assert_eq!(api.error_type, None);
    assert_eq!(api.message, None);
    assert_eq!(api.content_type.as_deref(), Some("text/html"));
    assert_eq!(api.body_text(), NGINX_404);
    assert!(e.to_string().starts_with("404: non-JSON error body"), "{e}");
    assert_eq!(server.received().len(), 1);
}

#[tokio::test]
async fn an_html_502_from_a_proxy_is_retried_then_a_server_error() {
    let server = Scripted::start(vec![html(502, NGINX_502)]).await;
    let e = client(&server.url).customers().get("C1").await.unwrap_err();
    let Error::Server(api) = &e else {
        panic!("{e:?}")
    };
    assert_eq!(api.status, 502);
    assert_eq!(api.error_type, None);
    assert_eq!(api.body_text(), NGINX_502);
    assert!(e.is_retryable());
    assert_eq!(server.received().len(), 3);
}

#[tokio::test]
async fn a_json_body_under_a_wrong_content_type_is_decoded_by_its_bytes() {
    // The generated client decodes the bytes whatever the Content-Type says;
    // a wrong type with a non-JSON body is a Decode error (tested above).
    for ct in [Some("text/plain"), Some("application/octet-stream"), None] {
        let server = Scripted::start(vec![Reply::Http {
            status: 200,
            headers: ct
                .map(|c| vec![("content-type".to_string(), c.to_string())])
                .unwrap_or_default(),
            body: CUSTOMER.as_bytes().to_vec(),
        }])
        .await;
        let c = client(&server.url).customers().get("C1").await.unwrap();
        assert_eq!(c.last_name.as_deref(), Some("Doe"), "{ct:?}");
    }
}

#[tokio::test]
async fn an_empty_200_body_without_content_type_is_a_decode_error_at_the_root() {
    let server = Scripted::start(vec![Reply::Http {
        status: 200,
        headers: vec![],
        body: Vec::new(),
    }])
    .await;
    let e = client(&server.url).customers().get("C1").await.unwrap_err();
    let Error::Decode(d) = &e else {
        panic!("{e:?}")
    };
    assert_eq!(d.status, 200);
    assert!(d.body.is_empty());
    assert_eq!(e.status(), Some(200));
    // A success answer is not retried, however broken.
    assert_eq!(server.received().len(), 1);
}

#[tokio::test]
async fn a_huge_declared_length_is_refused_before_reading() {
    use tokio::io::AsyncWriteExt;
    let server = raw_tcp::start(|mut sock| async move {
        let _ = sock
            .write_all(b"HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-length: 1000000000000\r\n\r\n{")
            .await;
        tokio::time::sleep(Duration::from_secs(30)).await;
    })
    .await;
    let started = Instant::now();
    let e = fast_client(&server.url, 3)
        .customers()
        .get("C1")
        .await
        .unwrap_err();
    assert!(
        matches!(
            e,
            Error::BodyTooLarge {
                status: 200,
                limit: imprint::DEFAULT_MAX_RESPONSE_BYTES,
                ..
            }
        ),
        "{e:?}"
    );
    assert_eq!(server.connections(), 1);
    assert!(started.elapsed() < Duration::from_secs(5));
}

#[tokio::test]
async fn an_endless_chunked_body_stops_at_the_cap_and_reading_stops() {
    use std::sync::Arc;
    use std::sync::atomic::{AtomicUsize, Ordering};
    use tokio::io::AsyncWriteExt;
    let written = Arc::new(AtomicUsize::new(0));
    let counter = Arc::clone(&written);
    let server = raw_tcp::start(move |mut sock| {
        let counter = Arc::clone(&counter);
        async move {
            let head = b"HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ntransfer-encoding: chunked\r\n\r\n";
            if sock.write_all(head).await.is_err() {
                return;
            }
            let payload = vec![b' '; 64 * 1024];
            let mut chunk = format!("{:x}\r\n", payload.len()).into_bytes();
            chunk.extend_from_slice(&payload);
            chunk.extend_from_slice(b"\r\n");
            // Up to 1 GiB, unless the client hangs up first.
            for _ in 0..(1 << 14) {
                if sock.write_all(&chunk).await.is_err() {
                    return;
                }
                counter.fetch_add(payload.len(), Ordering::SeqCst);
            }
        }
    })
    .await;
    let limit = 1 << 20;
    let client = imprint::Client::builder()
        .api_key("k")
        .base_url(&server.url)
        .max_response_bytes(limit)
        .build()
        .unwrap();
    let started = Instant::now();
    let e = client.customers().get("C1").await.unwrap_err();
    assert!(
        matches!(e, Error::BodyTooLarge { status: 200, limit: l, .. } if l == limit),
        "{e:?}"
    );
    assert_eq!(e.status(), Some(200));
    assert_eq!(
        server.connections(),
        1,
        "a body over the cap is not retried"
    );
    // The client stopped reading at the cap: what the server managed to send
    // is the cap plus what the socket buffers held, not the gigabyte.
    tokio::time::sleep(Duration::from_millis(200)).await;
    let sent = written.load(Ordering::SeqCst);
    assert!(sent < 64 << 20, "the server sent {sent} bytes");
    assert!(started.elapsed() < Duration::from_secs(10));
}

#[tokio::test]
async fn an_unknown_enum_value_is_decoded_as_unknown() {
    use imprint::open_enums::CustomerProgramStatus;
    let body = CUSTOMER.replace(
        r#""Other Program": "SUSPENDED""#,
        r#""Other Program": "FROZEN_BY_ISSUER""#,
    );
    assert_ne!(body, CUSTOMER);
    let server = Scripted::start(vec![Reply::json(200, &body)]).await;
    let c = client(&server.url).customers().get("C1").await.unwrap();
    assert_eq!(
        c.statuses.get("Other Program"),
        Some(&CustomerProgramStatus::Unknown("FROZEN_BY_ISSUER".into()))
    );
    assert_eq!(
        c.statuses.get("Card Program Name"),
        Some(&CustomerProgramStatus::Open)
    );
    // And serialises back unchanged.
    let again = serde_json::to_value(&c).unwrap();
    assert_eq!(again["statuses"]["Other Program"], "FROZEN_BY_ISSUER");
}

#[tokio::test]
async fn a_missing_required_field_names_it() {
    let body = CUSTOMER.replacen(r#""id": "9B5E1EE0-2E1C-46E7-81B9-3C3917204BE4","#, "", 1);
    assert_ne!(body, CUSTOMER);
    let server = Scripted::start(vec![
        Reply::json(200, &body).with_header("x-request-id", "req_7"),
    ])
    .await;
    let e = client(&server.url).customers().get("C1").await.unwrap_err();
    let Error::Decode(d) = &e else {
        panic!("{e:?}")
    };
    assert_eq!(d.status, 200);
    assert!(d.message.contains("missing field `id`"), "{}", d.message);
    assert_eq!(d.request_id.as_deref(), Some("req_7"));
    assert_eq!(e.request_id(), Some("req_7"));
}
