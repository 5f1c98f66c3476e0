//! The facade against local servers: every operation's success path, each
//! error shape and status class, validation, retries, pagination, encoding.

mod support;

use std::time::{Duration, Instant};

use futures::TryStreamExt;
use httpmock::prelude::*;
use imprint::types::{CustomerAccountHistory, CustomerUpdateRequest};
use imprint::{AuthScheme, Error, RetryPolicy};
use serde_json::json;
use support::{CUSTOMER, Reply, Scripted, client};

// ----- getCustomer ------------------------------------------------------------

#[tokio::test]
async fn get_sends_auth_and_decodes_every_field() {
    let server = MockServer::start_async().await;
    let mock = server
        .mock_async(|when, then| {
            when.method(GET)
                .path("/v2/customers/9B5E1EE0-2E1C-46E7-81B9-3C3917204BE4")
                .header("authorization", "Bearer sk_test_SECRETKEY")
                .header_matches("user-agent", "^imprint-rust/\\d+\\.\\d+\\.\\d+$")
                .header("x-imprint-merchant-key", "mk_1");
            then.status(200)
                .header("content-type", "application/json")
                .header("x-request-id", "req_42")
                .body(CUSTOMER);
        })
        .await;
    let client = imprint::Client::builder()
        .api_key("sk_test_SECRETKEY")
        .merchant_key("mk_1")
        .base_url(server.base_url())
        .build()
        .unwrap();
    let c = client
        .customers()
        .get("9B5E1EE0-2E1C-46E7-81B9-3C3917204BE4")
        .await
        .unwrap();
    mock.assert_async().await;
    assert_eq!(c.id, "9B5E1EE0-2E1C-46E7-81B9-3C3917204BE4");
    assert_eq!(
        c.created_at.unwrap().to_rfc3339(),
        "2025-02-13T19:08:07+00:00"
    );
    let statuses = c.statuses.clone();
    assert_eq!(
        statuses["Card Program Name"],
        imprint::open_enums::CustomerProgramStatus::Open
    );
    // A status the spec does not list yet decodes and keeps its raw value.
    assert_eq!(
        statuses["Other Program"],
        imprint::open_enums::CustomerProgramStatus::Unknown("SUSPENDED".into())
    );
    assert_eq!(c.date_of_birth.as_ref().unwrap().expose().year, Some(1990));
    assert_eq!(c.ssn4.as_ref().unwrap().expose(), "1234");
    // Nothing dropped: re-serialising gives back every field.
    let original: serde_json::Value = serde_json::from_str(CUSTOMER).unwrap();
    let again = serde_json::to_value(&c).unwrap();
    assert_eq!(again["statuses"], original["statuses"]);
    assert_eq!(again["date_of_birth"], original["date_of_birth"]);
    assert_eq!(again["address"], original["address"]);
    assert_eq!(again["metadata"], original["metadata"]);
}

#[tokio::test]
async fn basic_auth_sends_the_key_as_user_name() {
    let server = MockServer::start_async().await;
    // base64("sk_test_SECRETKEY:")
    let mock = server
        .mock_async(|when, then| {
            when.method(GET)
                .header("authorization", "Basic c2tfdGVzdF9TRUNSRVRLRVk6");
            then.status(200)
                .header("content-type", "application/json")
                .body(CUSTOMER);
        })
        .await;
    let client = imprint::Client::builder()
        .api_key("sk_test_SECRETKEY")
        .auth_scheme(AuthScheme::Basic)
        .base_url(server.base_url())
        .build()
        .unwrap();
    client.customers().get("C1").await.unwrap();
    mock.assert_async().await;
}

#[tokio::test]
async fn ids_are_percent_encoded_in_the_path() {
    let server = Scripted::start(vec![Reply::json(200, CUSTOMER)]).await;
    let c = client(&server.url);
    c.customers().get("a/b?c#d e%é").await.unwrap();
    let got = server.received();
    assert_eq!(got[0].path, "/v2/customers/a%2Fb%3Fc%23d%20e%25%C3%A9");
}

// ----- errors -----------------------------------------------------------------

async fn error_for(status: u16, content_type: &str, body: &str) -> Error {
    let server = MockServer::start_async().await;
    let (ct, b) = (content_type.to_string(), body.to_string());
    server
        .mock_async(move |when, then| {
            when.any_request();
            then.status(status)
                .header("content-type", ct)
                .header("x-request-id", "req_9")
                .body(b);
        })
        .await;
    let c = imprint::Client::builder()
        .api_key("k")
        .base_url(server.base_url())
        .retry_policy(RetryPolicy::disabled())
        .build()
        .unwrap();
    c.customers().get("CSMR-v1-123").await.unwrap_err()
}

#[tokio::test]
async fn not_found_is_typed_and_reads_well() {
    let e = error_for(
        404,
        "application/json",
        r#"{"type":"CUSTOMER_NOT_FOUND_ERROR","message":"Customer not found for provided ID: CSMR-v1-123","param":"customer_id"}"#,
    )
    .await;
    assert_eq!(
        e.to_string(),
        "404 CUSTOMER_NOT_FOUND_ERROR: Customer not found for provided ID: CSMR-v1-123 (param: customer_id, request id: req_9)"
    );
    let Error::NotFound(api) = &e else {
        panic!("{e:?}")
    };
    // The spec's typed error body is still there.
    let typed: imprint::types::CustomerNotFoundError = api.decode_body().unwrap();
    assert_eq!(typed.type_, "CUSTOMER_NOT_FOUND_ERROR");
    assert_eq!(e.request_id(), Some("req_9"));
    assert!(!e.is_retryable());
}

#[tokio::test]
async fn wrapped_and_spring_shapes_and_classes() {
    let e = error_for(400, "application/json", r#"{"error":{"type":"INVALID_REQUEST_ERROR","message":"limit must be positive","param":"limit"}}"#).await;
    let Error::InvalidRequest(api) = &e else {
        panic!("{e:?}")
    };
    assert_eq!(api.param.as_deref(), Some("limit"));

    let e = error_for(
        400,
        "application/json",
        r#"{"status":400,"error":"Bad Request","path":"/v2/customers","timestamp":"2025-01-01T00:00:00Z","details":[{"field":"email","message":"invalid"}]}"#,
    )
    .await;
    let Error::InvalidRequest(api) = &e else {
        panic!("{e:?}")
    };
    assert_eq!(api.details[0].field.as_deref(), Some("email"));

    let e = error_for(401, "application/json", "").await;
    assert!(
        matches!(e, Error::Unauthorized(ref a) if a.status == 401 && a.body.is_empty()),
        "{e:?}"
    );
    let e = error_for(
        403,
        "application/json",
        r#"{"type":"FORBIDDEN","message":"no"}"#,
    )
    .await;
    assert!(matches!(e, Error::Forbidden(_)));
    let e = error_for(
        409,
        "application/json",
        r#"{"type":"CONFLICT","message":"busy"}"#,
    )
    .await;
    assert!(matches!(e, Error::Conflict(_)));
    let e = error_for(418, "text/plain", "teapot").await;
    assert!(matches!(e, Error::Api(ref a) if a.status == 418 && a.body_text() == "teapot"));
}

#[tokio::test]
async fn html_from_a_proxy_keeps_the_status() {
    let e = error_for(
        502,
        "text/html",
        "<html><body><h1>502 Bad Gateway</h1></body></html>",
    )
    .await;
    let Error::Server(api) = &e else {
        panic!("{e:?}")
    };
    assert_eq!(api.status, 502);
    assert!(api.body_text().contains("Bad Gateway"));
    assert!(e.to_string().starts_with("502: non-JSON error body"), "{e}");
    assert!(e.is_retryable());
}

#[tokio::test]
async fn a_success_body_that_does_not_match_is_a_decode_error_with_path() {
    let e = {
        let server = MockServer::start_async().await;
        server
            .mock_async(|when, then| {
                when.any_request();
                then.status(200)
                    .header("x-request-id", "req_7")
                    .body(r#"{"id":"C1","created_at":"yesterday","ssn4":"1234"}"#);
            })
            .await;
        client(&server.base_url())
            .customers()
            .get("C1")
            .await
            .unwrap_err()
    };
    let Error::Decode(d) = &e else {
        panic!("{e:?}")
    };
    assert_eq!(d.status, 200);
    assert_eq!(d.path, "created_at");
    assert_eq!(d.request_id.as_deref(), Some("req_7"));
    assert!(
        !d.excerpt.contains("1234"),
        "sensitive values are redacted in excerpts: {}",
        d.excerpt
    );
    // The whole body stays available to code, but never in what gets logged
    // or panicked with.
    assert!(d.body.windows(4).any(|w| w == b"1234"));
    for shown in [format!("{e:?}"), format!("{e}"), format!("{d:?}")] {
        assert!(!shown.contains("1234"), "{shown}");
    }
}

// ----- validation: nothing is sent --------------------------------------------

#[tokio::test]
async fn invalid_input_is_refused_before_sending() {
    let server = MockServer::start_async().await;
    let any = server
        .mock_async(|when, then| {
            when.any_request();
            then.status(200);
        })
        .await;
    let c = client(&server.base_url());
    let customers = c.customers();
    let field = |e: Error| match e {
        Error::InvalidInput(i) => i.field,
        other => panic!("expected InvalidInput, got {other:?}"),
    };
    assert_eq!(field(customers.get("").await.unwrap_err()), "customer_id");
    assert_eq!(field(customers.get(".").await.unwrap_err()), "customer_id");
    assert_eq!(field(customers.get("..").await.unwrap_err()), "customer_id");
    assert_eq!(
        field(customers.search().limit(0).send().await.unwrap_err()),
        "limit"
    );
    assert_eq!(
        field(customers.search().ssn("12345678").send().await.unwrap_err()),
        "ssn"
    );
    assert_eq!(
        field(
            customers
                .search()
                .ssn("123-45-678")
                .send()
                .await
                .unwrap_err()
        ),
        "ssn"
    );
    assert_eq!(
        field(
            customers
                .search()
                .date_of_birth(1990, 2, 30)
                .send()
                .await
                .unwrap_err()
        ),
        "date_of_birth"
    );
    assert_eq!(
        field(
            customers
                .search()
                .date_of_birth(1850, 1, 1)
                .send()
                .await
                .unwrap_err()
        ),
        "date_of_birth"
    );
    let bad_updates: Vec<(CustomerUpdateRequest, &str)> = vec![
        (
            CustomerUpdateRequest {
                email: Some("not-an-email".into()),
                ..Default::default()
            },
            "email",
        ),
        (
            CustomerUpdateRequest {
                preferred_language: Some("english".into()),
                ..Default::default()
            },
            "preferred_language",
        ),
        (
            CustomerUpdateRequest {
                customer_history: Some(CustomerAccountHistory {
                    ltv_amount: Some(1),
                    ltv_currency: Some("XYZ".into()),
                    ..Default::default()
                }),
                ..Default::default()
            },
            "customer_history.ltv_currency",
        ),
        (
            CustomerUpdateRequest {
                customer_history: Some(CustomerAccountHistory {
                    address: Some(imprint::types::Address {
                        country: Some("US".into()),
                        ..Default::default()
                    }),
                    ..Default::default()
                }),
                ..Default::default()
            },
            "customer_history.address.country",
        ),
        (
            CustomerUpdateRequest {
                customer_history: Some(CustomerAccountHistory {
                    phone: Some("555-1234".into()),
                    ..Default::default()
                }),
                ..Default::default()
            },
            "customer_history.phone",
        ),
        // The spec's E.164 pattern, checked by the facade (the generated
        // type is a plain string; see the lowering's note on patterns).
        (
            CustomerUpdateRequest {
                phone: Some("555-1234".into()),
                ..Default::default()
            },
            "phone",
        ),
    ];
    for (update, expected) in bad_updates {
        assert_eq!(
            field(customers.update("C1", update).await.unwrap_err()),
            expected
        );
    }
    assert_eq!(
        any.calls_async().await,
        0,
        "nothing may be sent for invalid input"
    );
}

// ----- updateCustomer ---------------------------------------------------------

#[tokio::test]
async fn update_sends_only_the_fields_set() {
    let server = MockServer::start_async().await;
    let mock = server
        .mock_async(|when, then| {
            when.method(POST)
                .path("/v2/customers/C1")
                .header("content-type", "application/json")
                .json_body(json!({
                    "email": "new@example.com",
                    "phone": "+14155552671",
                    "customer_history": {"ltv_amount": 34000, "ltv_currency": "USD", "account_created_at": "2025-02-13T19:08:07Z"}
                }));
            then.status(200).header("content-type", "application/json").body(CUSTOMER);
        })
        .await;
    let update = CustomerUpdateRequest {
        email: Some("new@example.com".into()),
        phone: Some("+14155552671".into()),
        customer_history: Some(CustomerAccountHistory {
            ltv_amount: Some(34000),
            ltv_currency: Some("USD".into()),
            account_created_at: Some("2025-02-13T19:08:07Z".parse().unwrap()),
            ..Default::default()
        }),
        ..Default::default()
    };
    let c = client(&server.base_url())
        .customers()
        .update("C1", update)
        .await
        .unwrap();
    mock.assert_async().await;
    assert_eq!(c.first_name.as_deref(), Some("John"));
}

// ----- retries ----------------------------------------------------------------

#[tokio::test]
async fn retry_after_seconds_is_honoured_then_success() {
    let server = Scripted::start(vec![
        Reply::json(429, r#"{"type":"RATE_LIMITED","message":"slow down"}"#)
            .with_header("retry-after", "1"),
        Reply::json(200, CUSTOMER),
    ])
    .await;
    let started = Instant::now();
    client(&server.url).customers().get("C1").await.unwrap();
    assert!(
        started.elapsed() >= Duration::from_millis(950),
        "waited {:?}",
        started.elapsed()
    );
    assert_eq!(server.received().len(), 2);
}

#[tokio::test]
async fn retry_after_over_the_cap_gives_up_with_the_value() {
    let server = Scripted::start(vec![
        Reply::json(429, r#"{"type":"RATE_LIMITED","message":"later"}"#)
            .with_header("retry-after", "3600"),
    ])
    .await;
    let e = client(&server.url).customers().get("C1").await.unwrap_err();
    assert!(
        matches!(e, Error::RateLimited { retry_after: Some(d), .. } if d == Duration::from_secs(3600)),
        "{e:?}"
    );
    assert_eq!(server.received().len(), 1);
    assert!(e.is_retryable());
}

#[tokio::test]
async fn server_errors_are_retried_up_to_the_limit() {
    let server = Scripted::start(vec![Reply::json(
        503,
        r#"{"type":"UNAVAILABLE","message":"down"}"#,
    )])
    .await;
    let e = client(&server.url).customers().get("C1").await.unwrap_err();
    assert!(
        matches!(e, Error::Server(ref a) if a.status == 503),
        "{e:?}"
    );
    assert_eq!(
        server.received().len(),
        3,
        "default policy: 3 attempts in all"
    );
}

#[tokio::test]
async fn updates_are_not_retried_after_a_5xx_by_default() {
    let server = Scripted::start(vec![Reply::json(503, "{}"), Reply::json(200, CUSTOMER)]).await;
    let e = client(&server.url)
        .customers()
        .update("C1", CustomerUpdateRequest::default())
        .await
        .unwrap_err();
    assert!(matches!(e, Error::Server(_)));
    assert_eq!(server.received().len(), 1);

    let server = Scripted::start(vec![Reply::json(503, "{}"), Reply::json(200, CUSTOMER)]).await;
    let idempotent = imprint::Client::builder()
        .api_key("k")
        .base_url(&server.url)
        .retry_policy(
            RetryPolicy::default()
                .base_delay(Duration::from_millis(1))
                .write_retry(imprint::WriteRetry::Always),
        )
        .build()
        .unwrap();
    idempotent
        .customers()
        .update("C1", CustomerUpdateRequest::default())
        .await
        .unwrap();
    assert_eq!(server.received().len(), 2);

    // A 429 is retried for updates by default: the server rejected it unprocessed.
    let server = Scripted::start(vec![
        Reply::json(429, "{}").with_header("retry-after", "0"),
        Reply::json(200, CUSTOMER),
    ])
    .await;
    client(&server.url)
        .customers()
        .update("C1", CustomerUpdateRequest::default())
        .await
        .unwrap();
    assert_eq!(server.received().len(), 2);
}

// ----- searchCustomersPost and pagination -------------------------------------

fn customer(id: &str) -> serde_json::Value {
    json!({"id": id, "first_name": "N", "statuses": {"P": "OPEN"}})
}

fn page(ids: &[String], has_more: bool, total: usize) -> String {
    json!({"data": ids.iter().map(|i| customer(i)).collect::<Vec<_>>(), "has_more": has_more, "total": total}).to_string()
}

#[tokio::test]
async fn stream_follows_the_cursor_with_filters_on_every_page() {
    let server = MockServer::start_async().await;
    let ids: Vec<String> = (0..47).map(|i| format!("C{i:03}")).collect();
    let mut mocks = Vec::new();
    for (n, chunk) in ids.chunks(10).enumerate() {
        let mut expected = json!({"partner_customer_id": "P1", "ssn": "123456789", "date_of_birth": {"year": 1990, "month": 1, "day": 2}, "limit": 10});
        if n > 0 {
            expected["starting_after"] = json!(ids[n * 10 - 1]);
        }
        let body = page(chunk, (n + 1) * 10 < ids.len(), ids.len());
        mocks.push(
            server
                .mock_async(move |when, then| {
                    when.method(POST).path("/v2/customers").json_body(expected);
                    then.status(200)
                        .header("content-type", "application/json")
                        .body(body);
                })
                .await,
        );
    }
    let c = client(&server.base_url());
    let got: Vec<String> = c
        .customers()
        .search()
        .partner_customer_id("P1")
        .ssn("123456789")
        .date_of_birth(1990, 1, 2)
        .limit(10)
        .stream()
        .map_ok(|c| c.id)
        .try_collect()
        .await
        .unwrap();
    assert_eq!(got, ids);
    for m in &mocks {
        m.assert_calls_async(1).await;
    }
    // One page, with its cursor.
    let first = c
        .customers()
        .search()
        .partner_customer_id("P1")
        .ssn("123456789")
        .date_of_birth(1990, 1, 2)
        .limit(10)
        .send()
        .await
        .unwrap();
    assert_eq!(first.total, Some(47));
    assert_eq!(first.next_cursor.as_deref(), Some("C009"));
    // Up to N, across pages.
    let some = c
        .customers()
        .search()
        .partner_customer_id("P1")
        .ssn("123456789")
        .date_of_birth(1990, 1, 2)
        .limit(10)
        .collect_up_to(15)
        .await
        .unwrap();
    assert_eq!(some.len(), 15);
}

#[tokio::test]
async fn has_more_with_an_empty_page_ends_with_an_error() {
    let server = Scripted::start(vec![Reply::json(200, &page(&[], true, 5))]).await;
    let mut s = client(&server.url).customers().search().stream();
    let e = s.try_next().await.unwrap_err();
    assert!(matches!(e, Error::Pagination { .. }), "{e:?}");
    assert!(
        s.try_next().await.unwrap().is_none(),
        "the stream ends after the error"
    );
    assert_eq!(server.received().len(), 1);
}

#[tokio::test]
async fn a_repeated_cursor_ends_with_an_error() {
    // The server always returns the same page: C1, C2 with has_more.
    let ids = vec!["C1".to_string(), "C2".to_string()];
    let server = Scripted::start(vec![Reply::json(200, &page(&ids, true, 10))]).await;
    let items: Vec<Result<imprint::types::Customer, Error>> =
        futures::StreamExt::collect(client(&server.url).customers().search().limit(2).stream())
            .await;
    assert_eq!(
        items.len(),
        3,
        "the first page's items, then the error: {items:?}"
    );
    assert!(matches!(items[2], Err(Error::Pagination { .. })));
    assert!(
        server.received().len() <= 3,
        "bounded: {}",
        server.received().len()
    );
}

#[tokio::test]
async fn a_server_cycling_back_to_the_starting_cursor_ends_the_walk() {
    // Asked for what follows C2, the server answers C3, C4, then C1, C2:
    // the walk would go round from there.
    let ids = |a: &str, b: &str| vec![a.to_string(), b.to_string()];
    let server = Scripted::start(vec![
        Reply::json(200, &page(&ids("C3", "C4"), true, 10)),
        Reply::json(200, &page(&ids("C1", "C2"), true, 10)),
    ])
    .await;
    let pages: Vec<Result<imprint::Page<imprint::types::Customer>, Error>> =
        futures::StreamExt::collect(
            client(&server.url)
                .customers()
                .list()
                .starting_after("C2")
                .limit(2)
                .pages(),
        )
        .await;
    // As for any repeated cursor, the page that repeats it is not handed
    // out: the walk ends with the error.
    assert_eq!(pages.len(), 2, "{pages:?}");
    assert!(pages[0].is_ok(), "{pages:?}");
    assert!(
        matches!(pages[1], Err(Error::Pagination { .. })),
        "{pages:?}"
    );
    assert_eq!(
        server.received().len(),
        2,
        "no request for a cursor already walked"
    );
}

#[test]
fn handles_and_streams_are_send_sync_and_static() {
    fn send_sync_static<T: Send + Sync + 'static>() {}
    fn send_static<T: Send + 'static>() {}
    send_sync_static::<imprint::Client>();
    send_sync_static::<imprint::Error>();
    send_sync_static::<imprint::resources::SearchCustomers>();
    send_sync_static::<imprint::resources::PaymentMethods>();
    send_sync_static::<imprint::List<imprint::requests::SearchRewards>>();
    send_static::<imprint::Items<imprint::types::Customer>>();
    send_static::<imprint::Pages<imprint::types::Customer>>();
    send_static::<imprint::Pages<serde_json::Value>>();
}

#[tokio::test]
async fn a_backslash_id_is_refused_before_it_can_escape_its_segment() {
    // URL parsers read `\` as `/` and then resolve the dot segments:
    // `CSMR\..\admin` would otherwise request /v2/customers/admin.
    let server = Scripted::start(vec![Reply::json(200, CUSTOMER)]).await;
    let e = client(&server.url)
        .customers()
        .get("CSMR\\..\\admin")
        .await
        .unwrap_err();
    assert!(
        matches!(&e, Error::InvalidInput(i) if i.field == "customer_id"),
        "{e:?}"
    );
    let e = client(&server.url)
        .customers()
        .update("a\\b", CustomerUpdateRequest::default())
        .await
        .unwrap_err();
    assert!(matches!(e, Error::InvalidInput(_)));
    assert!(server.received().is_empty());
}

// Not in redaction.rs: tests there install a thread-local trace subscriber,
// and a second test in that binary races its callsite registration.
#[tokio::test]
async fn raw_requests_and_responses_debug_without_pii() {
    let server = Scripted::start(vec![Reply::json(200, CUSTOMER)]).await;
    let client = client(&server.url);
    let op = imprint::operations::find("getCustomer").unwrap();
    let request = imprint::RawRequest::new()
        .path_param("customer_id", "C1")
        .query_param("ssn", "987654321")
        .body(serde_json::json!({"ssn": "987654321", "date_of_birth": "1987-06-05"}));
    let shown = format!("{request:?}");
    assert!(
        !shown.contains("987654321") && !shown.contains("1987"),
        "{shown}"
    );
    let response = client.send_raw(op, request).await.unwrap();
    // The body is all there for code to read...
    assert!(String::from_utf8_lossy(&response.body).contains("\"ssn4\": \"1234\""));
    // ...and not in what gets printed.
    let shown = format!("{response:?}");
    assert!(
        !shown.contains("1234") && !shown.contains("1990"),
        "{shown}"
    );
    assert!(
        shown.contains("PARTNER_USER_456"),
        "the rest stays visible: {shown}"
    );
}

#[tokio::test]
async fn a_page_of_json_items_debugs_without_them() {
    let body = format!(r#"{{"data":[{CUSTOMER}],"has_more":false,"total":1}}"#);
    let server = Scripted::start(vec![Reply::json(200, &body)]).await;
    let op = imprint::operations::find("searchCustomers").unwrap();
    let pages: Vec<imprint::Page<serde_json::Value>> = client(&server.url)
        .pages_raw(op, imprint::RawRequest::new())
        .try_collect()
        .await
        .unwrap();
    assert_eq!(pages[0].data[0]["ssn4"], "1234", "the items are all there");
    let shown = format!("{pages:?}");
    assert!(
        !shown.contains("1234") && !shown.contains("1990"),
        "{shown}"
    );
    assert!(shown.contains("<1 items>"), "{shown}");
}

#[tokio::test]
async fn raw_items_are_the_servers_text_and_the_walk_follows_the_cursor() {
    // Spacing and key order as the server wrote them; the second page
    // starts after the first page's last item.
    let first =
        r#"{"data":[{"id":"C-1", "ssn4" :"1234"},{ "id":"C-2"}],"has_more":true,"total":3}"#;
    let second = r#"{"data":[{"id":"C-3"}],"has_more":false,"total":3}"#;
    let server = Scripted::start(vec![Reply::json(200, first), Reply::json(200, second)]).await;
    let op = imprint::operations::find("searchCustomers").unwrap();
    let pages: Vec<imprint::Page<Box<serde_json::value::RawValue>>> = client(&server.url)
        .pages_raw_items(op, imprint::RawRequest::new())
        .try_collect()
        .await
        .unwrap();
    let texts: Vec<Vec<&str>> = pages
        .iter()
        .map(|p| p.data.iter().map(|i| i.get()).collect())
        .collect();
    assert_eq!(
        texts,
        [
            vec![r#"{"id":"C-1", "ssn4" :"1234"}"#, r#"{ "id":"C-2"}"#],
            vec![r#"{"id":"C-3"}"#]
        ]
    );
    assert_eq!(pages[0].total, Some(3));
    assert_eq!(pages[0].next_cursor.as_deref(), Some("C-2"));
    let asked = server.received();
    assert_eq!(asked.len(), 2);
    assert!(
        asked[1].path.contains("starting_after=C-2"),
        "{}",
        asked[1].path
    );
    // A page's Debug shows its shape, not the items.
    assert!(!format!("{pages:?}").contains("1234"));
}
