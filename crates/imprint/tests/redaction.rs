//! Secrets and PII never reach Debug, Display, errors or logs; and each call
//! gets one span with the fields operators need.

mod support;

use futures::TryStreamExt;
use imprint::types::{CustomerUpdateRequest, SearchCustomersPostBody};
use support::{CUSTOMER, Capture, Reply, Scripted};

const KEY: &str = "sk_live_TOPSECRET42";
const SSN: &str = "987654321";

fn assert_clean(what: &str, text: &str) {
    // The searched date of birth (1987-06-05) in every form a leak would
    // take (JSON, Debug, a date), not the bare year: trace output carries
    // timestamps with microseconds and loopback ports, where "1987" can
    // appear by chance.
    for secret in [
        KEY,
        "TOPSECRET",
        SSN,
        "\"year\":1987",
        "year: Some(1987)",
        "year: 1987",
        "1987-06-05",
        "\"year\":1990",
        "year: Some(1990)",
    ] {
        assert!(!text.contains(secret), "{what} leaks `{secret}`:\n{text}");
    }
}

#[tokio::test(flavor = "current_thread")]
async fn traces_at_trace_level_carry_no_secrets_and_have_the_span_fields() {
    let capture = Capture::default();
    let writer = capture.clone();
    let subscriber = tracing_subscriber::fmt()
        .with_max_level(tracing::Level::TRACE)
        .with_writer(move || writer.clone())
        .with_ansi(false)
        .finish();
    let _guard = tracing::subscriber::set_default(subscriber);

    let page = format!(r#"{{"data":[{CUSTOMER}],"has_more":false,"total":1}}"#);
    let server = Scripted::start(vec![
        Reply::json(200, CUSTOMER).with_header("x-request-id", "req_abc"),
        Reply::json(503, "{}"),
        Reply::json(200, &page),
        Reply::json(200, CUSTOMER),
        Reply::json(404, r#"{"type":"CUSTOMER_NOT_FOUND_ERROR","message":"Customer not found for provided ID: X"}"#),
    ])
    .await;
    let client = imprint::Client::builder()
        .api_key(KEY)
        .base_url(&server.url)
        .retry_policy(
            imprint::RetryPolicy::default().base_delay(std::time::Duration::from_millis(1)),
        )
        .build()
        .unwrap();
    let c = client.customers().get("CUST-RAW-ID-77").await.unwrap();
    let found: Vec<_> = client
        .customers()
        .search()
        .ssn(SSN)
        .date_of_birth(1987, 6, 5)
        .stream()
        .try_collect()
        .await
        .unwrap();
    assert_eq!(found.len(), 1);
    let updated = client
        .customers()
        .update(
            "CUST-RAW-ID-77",
            CustomerUpdateRequest {
                first_name: Some("J".into()),
                ..Default::default()
            },
        )
        .await
        .unwrap();
    let err = client.customers().get("X").await.unwrap_err();

    // The key did go out, in the header, to the server.
    assert_eq!(
        server.received()[0].header("authorization"),
        Some(format!("Bearer {KEY}").as_str())
    );
    let body = String::from_utf8(server.received()[2].body.clone()).unwrap();
    assert!(
        body.contains(SSN) && body.contains("1987"),
        "the search body carries the filters: {body}"
    );

    let logs = capture.text();
    assert_clean("tracing output", &logs);
    assert!(
        !logs.contains("CUST-RAW-ID-77"),
        "spans use the path template, not the raw id:\n{logs}"
    );
    for field in [
        "operation=\"getCustomer\"",
        "path=\"/v2/customers/{customer_id}\"",
        "method=\"GET\"",
        "status=200",
        "request_id=\"req_abc\"",
        "attempt=2",
        "latency_ms=",
        "operation=\"searchCustomersPost\"",
        "operation=\"updateCustomer\"",
        "retrying",
    ] {
        assert!(logs.contains(field), "missing `{field}` in:\n{logs}");
    }

    // Debug and Display of everything a user might print.
    let search = client
        .customers()
        .search()
        .ssn(SSN)
        .date_of_birth(1987, 6, 5);
    let body: SearchCustomersPostBody = serde_json::from_value(serde_json::json!({
        "ssn": SSN, "date_of_birth": {"year": 1987, "month": 6, "day": 5}, "limit": 5
    }))
    .unwrap();
    let builder = imprint::Client::builder()
        .api_key(KEY)
        .merchant_key("mk_SECRET_MERCHANT");
    let invalid = client
        .customers()
        .search()
        .ssn("98765432")
        .send()
        .await
        .unwrap_err();
    for (what, text) in [
        ("Client", format!("{client:?}")),
        ("ClientBuilder", format!("{builder:?}")),
        ("SearchCustomers", format!("{search:?}")),
        ("SearchCustomersPostBody", format!("{body:?}")),
        ("Customer", format!("{c:?} {updated:?} {found:?}")),
        ("Error", format!("{err:?} {err}")),
        ("InvalidInput", format!("{invalid:?} {invalid}")),
    ] {
        assert_clean(what, &text);
        assert!(
            !text.contains("mk_SECRET_MERCHANT") && !text.contains("98765432"),
            "{what}: {text}"
        );
    }
    assert!(format!("{c:?}").contains("date_of_birth: Some(<redacted>)"));
    assert!(format!("{c:?}").contains("ssn4: Some(<redacted>)"));
}
