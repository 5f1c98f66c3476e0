//! Fault injection: error rate, queued failures, 429 with Retry-After,
//! latency.

mod common;

use std::time::{Duration, Instant};

use common::Api;
use imprint_mock::{Fault, MockServer};
use reqwest::StatusCode;
use serde_json::json;

async fn statuses(api: &Api, id: &str, n: usize) -> Vec<u16> {
    let mut out = Vec::new();
    for _ in 0..n {
        out.push(api.get_customer(id).await.status.as_u16());
    }
    out
}

#[tokio::test]
async fn error_rate_is_seeded_and_bounded() {
    let run = |seed| async move {
        let api = Api::start(MockServer::builder().seed(seed).error_rate(0.3)).await;
        let id = api.server.customers()[0].id().to_owned();
        let got = statuses(&api, &id, 100).await;
        assert_eq!(api.server.request_count(), 100);
        assert_eq!(api.server.request_count_for("getCustomer").unwrap(), 100);
        let injected = api.server.requests().iter().filter(|r| r.injected).count();
        (got, injected)
    };
    let (a, injected) = run(5).await;
    let (b, _) = run(5).await;
    let (c, _) = run(6).await;
    assert_eq!(a, b, "same seed, same answers");
    assert_ne!(a, c, "another seed, other answers");
    let failures = a.iter().filter(|s| **s != 200).count();
    assert_eq!(failures, injected);
    assert!(
        (10..=50).contains(&failures),
        "{failures} failures for a 0.3 rate"
    );
    assert!(a.iter().all(|s| [200, 500, 503].contains(s)));
    assert!(a.contains(&500) && a.contains(&503));

    let always = Api::start(MockServer::builder().error_rate(1.0)).await;
    let id = always.server.customers()[0].id().to_owned();
    let answer = always.get_customer(&id).await;
    assert!([500, 503].contains(&answer.status.as_u16()));
    assert_eq!(answer.header("x-imprint-mock-fault"), Some("injected"));
    assert!(answer.header("x-request-id").is_some());
    assert!(["API_ERROR", "SERVICE_UNAVAILABLE"].contains(&answer.json["type"].as_str().unwrap()));
    always.server.clear_faults();
    assert_eq!(always.get_customer(&id).await.status, StatusCode::OK);
}

#[tokio::test]
async fn per_route_error_rate_leaves_other_routes_alone() {
    let api = Api::default().await;
    api.server
        .set_fault("searchCustomersPost", Fault::ErrorRate(1.0))
        .unwrap();
    let id = api.server.customers()[0].id().to_owned();
    assert!(api.search(&json!({})).await.status.is_server_error());
    assert_eq!(api.get_customer(&id).await.status, StatusCode::OK);
    api.server
        .set_fault("searchCustomersPost", Fault::ErrorRate(0.0))
        .unwrap();
    assert_eq!(api.search(&json!({})).await.status, StatusCode::OK);
}

#[tokio::test]
async fn fail_next_then_recover_like_a_retrying_client() {
    let api = Api::default().await;
    let id = api.server.customers()[0].id().to_owned();
    api.server
        .set_fault("getCustomer", Fault::FailNext(2, 503))
        .unwrap();
    // Another route is not affected.
    assert_eq!(api.search(&json!({})).await.status, StatusCode::OK);

    // A naive retry loop: two 503s, then the customer.
    let mut attempts = 0;
    let answer = loop {
        attempts += 1;
        let a = api.get_customer(&id).await;
        if a.status != StatusCode::SERVICE_UNAVAILABLE || attempts == 5 {
            break a;
        }
        assert!(a.header("retry-after").is_none());
    };
    assert_eq!(answer.status, StatusCode::OK);
    assert_eq!(attempts, 3);
    assert_eq!(api.server.request_count_for("getCustomer").unwrap(), 3);

    // Server-wide queue: applies to every route, even unknown paths.
    api.server
        .set_server_fault(Fault::FailNext(1, 502))
        .unwrap();
    assert_eq!(api.get("/nowhere").await.status, StatusCode::BAD_GATEWAY);
    assert_eq!(api.get("/nowhere").await.status, StatusCode::NOT_FOUND);
}

#[tokio::test]
async fn rate_limit_answers_429_with_retry_after() {
    let api = Api::default().await;
    let id = api.server.customers()[0].id().to_owned();
    api.server
        .set_fault(
            "updateCustomer",
            Fault::RateLimit {
                requests: 2,
                retry_after_secs: 7,
            },
        )
        .unwrap();
    for _ in 0..2 {
        let a = api.update(&id, &json!({"first_name": "Limited"})).await;
        assert_eq!(a.status, StatusCode::TOO_MANY_REQUESTS);
        assert_eq!(a.header("retry-after"), Some("7"));
        assert_eq!(a.json["type"], "RATE_LIMIT_ERROR");
    }
    // Refused updates had no effect.
    assert_ne!(
        api.server
            .customer(&id)
            .unwrap()
            .customer
            .first_name
            .as_deref(),
        Some("Limited")
    );
    let a = api.update(&id, &json!({"first_name": "Limited"})).await;
    assert_eq!(a.status, StatusCode::OK);
    assert_eq!(
        api.server
            .customer(&id)
            .unwrap()
            .customer
            .first_name
            .as_deref(),
        Some("Limited")
    );

    api.server
        .set_fault("getCustomer", Fault::FailNext(1, 429))
        .unwrap();
    let a = api.get_customer(&id).await;
    assert_eq!(a.status, StatusCode::TOO_MANY_REQUESTS);
    assert_eq!(a.header("retry-after"), Some("1"));
}

#[tokio::test]
async fn faults_come_before_authentication() {
    let api = Api::default().await;
    api.server
        .set_server_fault(Fault::FailNext(1, 503))
        .unwrap();
    let r = api
        .http
        .get(api.url("/v2/customers/x"))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::SERVICE_UNAVAILABLE);
    let r = api
        .http
        .get(api.url("/v2/customers/x"))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::UNAUTHORIZED);
}

#[tokio::test]
async fn latency_per_server_and_per_route() {
    let api = Api::start(MockServer::builder().latency(Duration::from_millis(150))).await;
    let id = api.server.customers()[0].id().to_owned();
    let start = Instant::now();
    assert_eq!(api.get_customer(&id).await.status, StatusCode::OK);
    assert!(start.elapsed() >= Duration::from_millis(150));

    api.server.clear_faults();
    api.server
        .set_fault(
            "searchCustomersPost",
            Fault::Latency(Duration::from_millis(200)),
        )
        .unwrap();
    let start = Instant::now();
    assert_eq!(api.search(&json!({})).await.status, StatusCode::OK);
    assert!(start.elapsed() >= Duration::from_millis(200));
    let start = Instant::now();
    assert_eq!(api.get_customer(&id).await.status, StatusCode::OK);
    assert!(
        start.elapsed() < Duration::from_millis(150),
        "GET was delayed"
    );

    // Latency and a queued failure combine.
    api.server
        .set_fault("searchCustomersPost", Fault::FailNext(1, 500))
        .unwrap();
    let start = Instant::now();
    assert_eq!(
        api.search(&json!({})).await.status,
        StatusCode::INTERNAL_SERVER_ERROR
    );
    assert!(start.elapsed() >= Duration::from_millis(200));

    api.server
        .set_fault("searchCustomersPost", Fault::Clear)
        .unwrap();
    let start = Instant::now();
    assert_eq!(api.search(&json!({})).await.status, StatusCode::OK);
    assert!(start.elapsed() < Duration::from_millis(150));
}

#[tokio::test]
async fn bad_faults_are_refused() {
    let server = MockServer::start().await.unwrap();
    assert!(
        server
            .set_fault("getCustomer", Fault::ErrorRate(2.0))
            .is_err()
    );
    assert!(
        server
            .set_fault("getCustomer", Fault::FailNext(1, 204))
            .is_err()
    );
    assert!(server.set_server_fault(Fault::ErrorRate(f64::NAN)).is_err());
}
