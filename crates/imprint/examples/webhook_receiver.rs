//! A webhook receiver with axum: verify each delivery's signature, decode it
//! into a typed event, hand it to a worker and answer 2xx at once (Imprint
//! should never wait on your processing).
//!
//! ```sh
//! # Receive real deliveries on 127.0.0.1:8088/webhooks:
//! IMPRINT_WEBHOOK_SECRET=... cargo run --example webhook_receiver
//! # Or the whole loop offline: an embedded mock delivers to the receiver
//! # the events its simulations cause, and the example exits once each kind
//! # was verified and handled (what CI runs):
//! cargo run --example webhook_receiver -- --demo
//! ```

use std::sync::Arc;
use std::time::Duration;

use axum::body::Bytes;
use axum::extract::State;
use axum::http::{HeaderMap, StatusCode};
use axum::routing::post;
use imprint::webhooks::{Event, Verifier, WebhookError, WebhookSecret};
use tokio::sync::mpsc;

/// What the handler shares: the verifier and the queue to the worker.
#[derive(Clone)]
struct Receiver {
    verifier: Arc<Verifier>,
    queue: mpsc::Sender<Event>,
}

/// Verify, decode, enqueue, answer. No database call, no API call here:
/// those belong to the worker.
async fn receive(State(r): State<Receiver>, headers: HeaderMap, body: Bytes) -> StatusCode {
    match r.verifier.verify_event_in(&headers, &body) {
        Ok(event) => match r.queue.try_send(event) {
            Ok(()) => StatusCode::OK,
            // The worker is behind: a 503 makes Imprint deliver it again
            // later instead of losing it.
            Err(_) => StatusCode::SERVICE_UNAVAILABLE,
        },
        Err(WebhookError::SignatureMismatch | WebhookError::MissingHeader) => {
            eprintln!("refused a delivery: bad or missing signature");
            StatusCode::UNAUTHORIZED
        }
        Err(e) => {
            eprintln!("refused a delivery: {e}");
            StatusCode::BAD_REQUEST
        }
    }
}

/// The worker: dispatch by event type. Deliveries can repeat (a retry after
/// a lost answer, a replay within the freshness window): handle each event
/// idempotently, keyed on `event.id()`.
async fn work(mut queue: mpsc::Receiver<Event>, handled: mpsc::UnboundedSender<&'static str>) {
    while let Some(event) = queue.recv().await {
        let kind = match &event {
            Event::Transaction(t) => {
                let d = t.data.as_ref();
                println!(
                    "transaction {} is {:?} for {:?}",
                    event.id().unwrap_or("?"),
                    d.and_then(|d| d.status.as_ref()),
                    d.and_then(|d| d.amount)
                );
                "Transaction"
            }
            Event::Reward(r) => {
                let d = r.data.as_ref();
                println!(
                    "reward {} of {:?} is {:?}",
                    event.id().unwrap_or("?"),
                    d.and_then(|d| d.amount),
                    d.and_then(|d| d.status.as_ref())
                );
                "Reward"
            }
            Event::CustomerLink(_) => {
                println!("customer {} linked", event.id().unwrap_or("?"));
                "CustomerLink"
            }
            Event::PaymentMethod(p) => {
                let d = p.data.as_ref();
                println!(
                    "payment method {} went from {:?} to {:?}",
                    event.id().unwrap_or("?"),
                    d.and_then(|d| d.previous_status.as_ref()),
                    d.and_then(|d| d.new_status.as_ref())
                );
                "PaymentMethod"
            }
            Event::Application(_) | Event::Streak(_) | Event::AccountStatus(_) => {
                println!(
                    "{} event for {}",
                    event.webhook().unwrap_or("?"),
                    event.id().unwrap_or("?")
                );
                event.webhook().unwrap_or("other")
            }
            // A type added to the API after this client: keep the raw JSON.
            Event::Unknown(raw) => {
                println!("unknown event {:?}: {raw}", event.object());
                "Unknown"
            }
            // `Event` is non-exhaustive: future variants land here.
            _ => "other",
        };
        let _ = handled.send(kind);
    }
}

#[tokio::main]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let demo = std::env::args().any(|a| a == "--demo");
    let secret = match std::env::var("IMPRINT_WEBHOOK_SECRET") {
        Ok(s) => s,
        Err(_) if demo => "whsec_demo".to_string(),
        Err(_) => return Err("set IMPRINT_WEBHOOK_SECRET (or run with --demo)".into()),
    };
    let verifier = Arc::new(Verifier::new(WebhookSecret::from(secret.clone()))?);
    let (queue, jobs) = mpsc::channel(1024);
    let (handled_tx, mut handled) = mpsc::unbounded_channel();
    tokio::spawn(work(jobs, handled_tx));

    let app = axum::Router::new()
        .route("/webhooks", post(receive))
        .with_state(Receiver { verifier, queue });
    let port = if demo { 0 } else { 8088 };
    let listener = tokio::net::TcpListener::bind(("127.0.0.1", port)).await?;
    let url = format!("http://{}/webhooks", listener.local_addr()?);
    println!("receiving webhooks on {url}");
    let server = tokio::spawn(async move { axum::serve(listener, app).await });

    if !demo {
        server.await??;
        return Ok(());
    }

    // The demo: a mock that delivers to us, and one state change of each
    // kind it notifies.
    let mock = imprint_mock::MockServer::builder()
        .customers(3)
        .webhook_url(&url)
        .webhook_secret(secret)
        .start()
        .await?;
    let client = imprint::Client::builder()
        .api_key(mock.api_key())
        .base_url(mock.url())
        .build()?;
    let customer = mock.customers()[0].id().to_owned();
    let card = mock
        .payment_methods_of(&customer)
        .into_iter()
        .find(|pm| pm.card.is_some())
        .ok_or("the mock seeds a card for every customer")?;
    client
        .simulate()
        .transaction_event(
            imprint::types::SimulateTransactionEventBody::builder()
                .payment_method_id(card.id.clone())
                .status(imprint::open_enums::TransactionStatus::Approved)
                .amount(Some(2599))
                .currency(Some("USD".to_string().into())),
        )
        .await?;
    client
        .simulate()
        .reward(
            &customer,
            imprint::open_enums::SimulateRewardBodyRewardType::Statement,
        )
        .await?;
    client
        .customers()
        .link(&customer, "PARTNER_DEMO_1", None)
        .await?;
    mock.set_payment_method_status(&card.id, imprint::open_enums::PaymentMethodStatus::Inactive)?;

    let mut seen = std::collections::BTreeSet::new();
    let expected = ["CustomerLink", "PaymentMethod", "Reward", "Transaction"];
    let deadline = tokio::time::Instant::now() + Duration::from_secs(20);
    while !expected.iter().all(|k| seen.contains(k)) {
        match tokio::time::timeout_at(deadline, handled.recv()).await {
            Ok(Some(kind)) => {
                seen.insert(kind);
            }
            _ => return Err(format!("only handled {seen:?} before the deadline").into()),
        }
    }
    let events = mock.events().len();
    let deliveries = mock
        .wait_for_deliveries(events, Duration::from_secs(10))
        .await;
    let failed: Vec<_> = deliveries.into_iter().filter(|d| !d.delivered).collect();
    if !failed.is_empty() {
        return Err(format!("{} deliveries were not accepted", failed.len()).into());
    }
    println!("demo: verified and handled {seen:?}");
    server.abort();
    Ok(())
}
