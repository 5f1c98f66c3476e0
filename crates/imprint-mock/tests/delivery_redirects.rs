//! The mock's webhook delivery follows no redirect (SECURITY.md): a
//! `--webhook-url` answering 302, 307 or 308 with a `Location` on another
//! origin gets failed attempts, each recorded with its status, and the other
//! origin never receives the signed delivery.

use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::Duration;

use axum::http::{HeaderMap, StatusCode, header::LOCATION};
use imprint::open_enums::PaymentMethodStatus;
use imprint_mock::MockServer;

/// A server on 127.0.0.1 answering every request with `status` (and
/// `location`, if any); returns its URL and how many requests it got.
async fn server(status: u16, location: Option<String>) -> (String, Arc<AtomicUsize>) {
    let hits = Arc::new(AtomicUsize::new(0));
    let counter = Arc::clone(&hits);
    let app = axum::Router::new().fallback(move || {
        let counter = Arc::clone(&counter);
        let location = location.clone();
        async move {
            counter.fetch_add(1, Ordering::SeqCst);
            let mut headers = HeaderMap::new();
            if let Some(l) = location {
                headers.insert(LOCATION, l.parse().unwrap());
            }
            (StatusCode::from_u16(status).unwrap(), headers)
        }
    });
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let url = format!("http://{}", listener.local_addr().unwrap());
    tokio::spawn(async move {
        let _ = axum::serve(listener, app).await;
    });
    (url, hits)
}

#[tokio::test(flavor = "multi_thread")]
async fn a_redirecting_webhook_url_gets_failed_attempts_and_nothing_goes_elsewhere() {
    for status in [302u16, 307, 308] {
        let (second, second_hits) = server(200, None).await;
        let (first, first_hits) = server(status, Some(format!("{second}/stolen"))).await;
        let mock = MockServer::builder()
            .customers(2)
            .webhook_url(format!("{first}/hooks"))
            .webhook_secret("whsec_redirect_test")
            .webhook_attempts(2)
            .webhook_backoff(Duration::from_millis(10))
            .start()
            .await
            .unwrap();
        let customer = mock.customers()[0].id().to_owned();
        let card = mock
            .payment_methods_of(&customer)
            .into_iter()
            .find(|pm| pm.card.is_some())
            .unwrap();
        mock.set_payment_method_status(&card.id, PaymentMethodStatus::Inactive)
            .unwrap();
        let deliveries = mock.wait_for_deliveries(1, Duration::from_secs(10)).await;
        assert_eq!(deliveries.len(), 1, "{status}");
        let delivery = &deliveries[0];
        assert!(
            !delivery.delivered,
            "{status}: a redirect is not a delivery"
        );
        assert_eq!(delivery.attempts.len(), 2, "{status}");
        for attempt in &delivery.attempts {
            assert_eq!(attempt.status, Some(status));
        }
        assert_eq!(first_hits.load(Ordering::SeqCst), 2, "{status}");
        assert_eq!(
            second_hits.load(Ordering::SeqCst),
            0,
            "{status}: the delivery was re-posted to another origin"
        );
    }
}
