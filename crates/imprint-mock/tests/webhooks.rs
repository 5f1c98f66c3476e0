//! Webhook delivery: what the mock sends verifies with the library and with
//! an independent implementation of the documented algorithm (Python's
//! standard library); failed deliveries are retried a bounded number of
//! times and every attempt is listed.

use std::net::SocketAddr;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use axum::body::Bytes;
use axum::extract::State;
use axum::http::{HeaderMap, StatusCode};
use axum::routing::post;
use imprint::open_enums::{SimulateRewardBodyRewardType, TransactionStatus};
use imprint::types::SimulateTransactionEventBody;
use imprint::webhooks::{Event, Verifier, WebhookSecret};
use imprint_mock::MockServer;

const SECRET: &str = "whsec_mock_test";

/// One delivery as received: the signature header and the raw body.
type Received = (Option<String>, Vec<u8>);

/// A receiver that records each delivery and answers the scripted statuses
/// in turn (then 200).
#[derive(Clone, Default)]
struct Receiver {
    received: Arc<Mutex<Vec<Received>>>,
    script: Arc<Mutex<Vec<u16>>>,
}

impl Receiver {
    async fn start(script: Vec<u16>) -> (Self, SocketAddr) {
        let receiver = Receiver {
            received: Arc::default(),
            script: Arc::new(Mutex::new(script)),
        };
        let app = axum::Router::new()
            .route("/hooks", post(receive))
            .with_state(receiver.clone());
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let addr = listener.local_addr().unwrap();
        tokio::spawn(async move {
            let _ = axum::serve(listener, app).await;
        });
        (receiver, addr)
    }

    fn received(&self) -> Vec<Received> {
        self.received.lock().unwrap().clone()
    }
}

async fn receive(State(r): State<Receiver>, headers: HeaderMap, body: Bytes) -> StatusCode {
    let header = headers
        .get("x-imprint-hmac-signature")
        .and_then(|v| v.to_str().ok())
        .map(str::to_owned);
    r.received.lock().unwrap().push((header, body.to_vec()));
    let next = {
        let mut script = r.script.lock().unwrap();
        if script.is_empty() {
            200
        } else {
            script.remove(0)
        }
    };
    StatusCode::from_u16(next).unwrap()
}

async fn mock_delivering_to(url: String, attempts: u32) -> (MockServer, imprint::Client) {
    let server = MockServer::builder()
        .customers(5)
        .webhook_url(url)
        .webhook_secret(SECRET)
        .webhook_attempts(attempts)
        .webhook_backoff(Duration::from_millis(10))
        .start()
        .await
        .unwrap();
    let client = imprint::Client::builder()
        .api_key(server.api_key())
        .base_url(server.url())
        .build()
        .unwrap();
    (server, client)
}

/// HMAC-SHA256 of `<t>.<body>` keyed with `secret`, computed by Python's
/// standard library from the header and the raw body (hex-encoded to pass
/// them without quoting issues): the documented algorithm, implemented by
/// someone else.
fn python_signature(secret: &str, timestamp: &str, body: &[u8]) -> String {
    let hex = |b: &[u8]| b.iter().map(|x| format!("{x:02x}")).collect::<String>();
    let script = "import hmac, hashlib, sys\n\
        key = bytes.fromhex(sys.argv[1]); t = bytes.fromhex(sys.argv[2]); body = bytes.fromhex(sys.argv[3])\n\
        print(hmac.new(key, t + b'.' + body, hashlib.sha256).hexdigest())";
    let out = std::process::Command::new("python3")
        .args([
            "-c",
            script,
            &hex(secret.as_bytes()),
            &hex(timestamp.as_bytes()),
            &hex(body),
        ])
        .output()
        .expect("python3 is needed for the independent signature check");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout).trim().to_string()
}

#[tokio::test(flavor = "multi_thread")]
async fn deliveries_verify_with_the_library_and_an_independent_implementation() {
    let (receiver, addr) = Receiver::start(vec![]).await;
    let (server, client) = mock_delivering_to(format!("http://{addr}/hooks"), 3).await;
    let customer = server.customers()[0].id().to_owned();
    let card = server
        .payment_methods_of(&customer)
        .into_iter()
        .find(|pm| pm.card.is_some())
        .expect("every seeded customer has a card");

    // One state change of each kind the mock notifies.
    client
        .simulate()
        .transaction_event(
            SimulateTransactionEventBody::builder()
                .payment_method_id(card.id.clone())
                .status(TransactionStatus::Approved)
                .amount(Some(5000))
                .currency(Some("USD".to_string().into())),
        )
        .await
        .unwrap();
    client
        .simulate()
        .reward(&customer, SimulateRewardBodyRewardType::Statement)
        .await
        .unwrap();
    client
        .customers()
        .link(&customer, "PARTNER_WEBHOOK_TEST", None)
        .await
        .unwrap();
    server
        .set_payment_method_status(&card.id, imprint::open_enums::PaymentMethodStatus::Inactive)
        .unwrap();

    let expected = server.events().len();
    assert!(expected >= 4, "{:?}", server.events());
    let deliveries = server
        .wait_for_deliveries(expected, Duration::from_secs(10))
        .await;
    assert_eq!(deliveries.len(), expected);
    assert!(
        deliveries
            .iter()
            .all(|d| d.delivered && d.attempts.len() == 1),
        "{deliveries:#?}"
    );

    let verifier = Verifier::new(WebhookSecret::from(SECRET)).unwrap();
    let mut kinds = Vec::new();
    let received = receiver.received();
    assert_eq!(received.len(), expected);
    for (header, body) in &received {
        let header = header.as_deref().expect("every delivery is signed");
        // The library.
        let event = verifier.verify_event(Some(header), body).unwrap();
        assert!(!matches!(event, Event::Unknown(_)), "{event:?}");
        kinds.push(event.webhook().unwrap_or_default().to_string());
        // Python, from the documented algorithm.
        let (t, s) = header
            .split_once(',')
            .and_then(|(t, s)| Some((t.strip_prefix("t=")?, s.strip_prefix("s=")?)))
            .expect("t=...,s=...");
        assert_eq!(python_signature(SECRET, t, body), s, "{header}");
        // The wrong secret does not verify.
        assert_ne!(python_signature("another secret", t, body), s);
    }
    for kind in ["Transaction", "Reward", "CustomerLink", "PaymentMethod"] {
        assert!(
            kinds.iter().any(|k| k == kind),
            "{kind} not delivered: {kinds:?}"
        );
    }
    // The delivery log says what was sent where.
    for d in &deliveries {
        assert_eq!(d.url, format!("http://{addr}/hooks"));
        assert_eq!(d.attempts[0].status, Some(200));
        assert!(d.body.get("object").is_some());
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn a_failed_delivery_is_retried_with_a_fresh_signature_until_it_succeeds() {
    let (receiver, addr) = Receiver::start(vec![500, 503]).await;
    let (server, client) = mock_delivering_to(format!("http://{addr}/hooks"), 5).await;
    let customer = server.customers()[0].id().to_owned();
    client
        .simulate()
        .reward(&customer, SimulateRewardBodyRewardType::Statement)
        .await
        .unwrap();
    let deliveries = server.wait_for_deliveries(1, Duration::from_secs(10)).await;
    let d = &deliveries[0];
    assert!(d.delivered, "{d:#?}");
    let statuses: Vec<_> = d.attempts.iter().map(|a| a.status).collect();
    assert_eq!(statuses, [Some(500), Some(503), Some(200)]);
    assert_eq!(receiver.received().len(), 3);
    // Each attempt is signed when it is sent.
    assert!(d.attempts.windows(2).all(|w| w[0].at <= w[1].at));
    let verifier = Verifier::new(WebhookSecret::from(SECRET)).unwrap();
    for (header, body) in receiver.received() {
        verifier.verify(header.as_deref(), &body).unwrap();
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn attempts_are_bounded_and_the_next_event_still_goes_out() {
    let (receiver, addr) = Receiver::start(vec![500, 500, 500]).await;
    let (server, client) = mock_delivering_to(format!("http://{addr}/hooks"), 3).await;
    let customer = server.customers()[0].id().to_owned();
    for _ in 0..2 {
        client
            .simulate()
            .reward(&customer, SimulateRewardBodyRewardType::Statement)
            .await
            .unwrap();
    }
    let deliveries = server.wait_for_deliveries(2, Duration::from_secs(10)).await;
    assert_eq!(deliveries.len(), 2, "{deliveries:#?}");
    assert!(!deliveries[0].delivered);
    assert_eq!(
        deliveries[0].attempts.len(),
        3,
        "three attempts, then it gives up"
    );
    assert!(deliveries[1].delivered, "the next event is delivered");
    assert_eq!(receiver.received().len(), 4);
}

#[tokio::test(flavor = "multi_thread")]
async fn a_receiver_that_is_down_is_recorded_as_connection_errors() {
    // Bind then drop: nothing listens on this port.
    let port = {
        let l = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
        l.local_addr().unwrap().port()
    };
    let (server, client) = mock_delivering_to(format!("http://127.0.0.1:{port}/hooks"), 2).await;
    let customer = server.customers()[0].id().to_owned();
    client
        .simulate()
        .reward(&customer, SimulateRewardBodyRewardType::Statement)
        .await
        .unwrap();
    let deliveries = server.wait_for_deliveries(1, Duration::from_secs(10)).await;
    let d = &deliveries[0];
    assert!(!d.delivered);
    assert_eq!(d.attempts.len(), 2);
    assert!(
        d.attempts
            .iter()
            .all(|a| a.status.is_none() && a.error.is_some()),
        "{d:#?}"
    );
}

#[tokio::test]
async fn a_webhook_url_needs_a_secret_and_the_secret_is_never_printed() {
    let e = MockServer::builder()
        .webhook_url("http://127.0.0.1:9/hooks")
        .start()
        .await
        .unwrap_err();
    assert!(e.to_string().contains("secret"), "{e}");
    let e = MockServer::builder()
        .webhook_url("ftp://example.com")
        .webhook_secret(SECRET)
        .start()
        .await
        .unwrap_err();
    assert!(e.to_string().contains("http"), "{e}");
    let builder = MockServer::builder()
        .webhook_url("http://127.0.0.1:9/hooks")
        .webhook_secret(SECRET);
    assert!(!format!("{builder:?}").contains(SECRET));
}
