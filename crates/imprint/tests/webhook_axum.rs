//! The `axum` feature's extractor, in a real axum router on 127.0.0.1: a
//! signed delivery reaches the handler as a typed event; everything else is
//! answered 401 or 400 before the handler runs, with a fixed reason that
//! repeats neither the body nor the secret.
#![cfg(feature = "axum")]

use std::sync::{Arc, Mutex};
use std::time::Duration;

use axum::extract::FromRef;
use axum::routing::post;
use imprint::webhooks::axum::WebhookEvent;
use imprint::webhooks::{self, Event, SIGNATURE_HEADER, Verifier, WebhookSecret};

const SECRET: &str = "whsec_axum_fixed";
const BODY: &[u8] = br#"{"object":"REWARD","data":{"reward_id":"R-FIXED-1","amount":5000}}"#;
/// HMAC-SHA256 of `1740779129.` + BODY under SECRET, computed with
/// Python's `hmac` (not with this crate).
const FIXED: &str =
    "t=1740779129,s=0a1a85cbc238e397b344e21896732a228c0324f1db7fd47051037e5f3de84aff";

#[derive(Clone)]
struct AppState {
    verifier: Verifier,
    handled: Arc<Mutex<Vec<String>>>,
}

impl FromRef<AppState> for Verifier {
    fn from_ref(state: &AppState) -> Verifier {
        state.verifier.clone()
    }
}

async fn receive(
    axum::extract::State(state): axum::extract::State<AppState>,
    WebhookEvent(event): WebhookEvent,
) -> &'static str {
    let id = match &event {
        Event::Reward(r) => r.data.as_ref().and_then(|d| d.reward_id.clone()),
        _ => None,
    };
    state
        .handled
        .lock()
        .unwrap()
        .push(id.unwrap_or_else(|| "?".into()));
    "stored"
}

async fn start(verifier: Verifier) -> (String, Arc<Mutex<Vec<String>>>) {
    let handled = Arc::new(Mutex::new(Vec::new()));
    let state = AppState {
        verifier,
        handled: Arc::clone(&handled),
    };
    let app = axum::Router::new()
        .route("/hooks", post(receive))
        .with_state(state);
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let url = format!("http://{}/hooks", listener.local_addr().unwrap());
    tokio::spawn(async move {
        let _ = axum::serve(listener, app).await;
    });
    (url, handled)
}

async fn post_delivery(url: &str, header: Option<&str>, body: &[u8]) -> (u16, String) {
    let http = imprint_raw::support::http_client_builder()
        .unwrap()
        .build()
        .unwrap();
    let mut request = http.post(url).body(body.to_vec());
    if let Some(h) = header {
        request = request.header(SIGNATURE_HEADER, h);
    }
    let response = request.send().await.unwrap();
    let status = response.status().as_u16();
    (status, response.text().await.unwrap())
}

#[tokio::test]
async fn signed_deliveries_reach_the_handler_typed() {
    // The fixed vector is from 2025: a wide window for it.
    let verifier = Verifier::new(SECRET)
        .unwrap()
        .tolerance(Duration::from_secs(100 * 365 * 86_400));
    let (url, handled) = start(verifier).await;
    assert_eq!(
        post_delivery(&url, Some(FIXED), BODY).await,
        (200, "stored".into())
    );
    let now = webhooks::sign_now(&WebhookSecret::from(SECRET), BODY);
    assert_eq!(post_delivery(&url, Some(&now), BODY).await.0, 200);
    assert_eq!(*handled.lock().unwrap(), ["R-FIXED-1", "R-FIXED-1"]);
}

#[tokio::test]
async fn refusals_are_401_or_400_and_echo_nothing() {
    let (url, handled) = start(Verifier::new(SECRET).unwrap().max_body_bytes(1024)).await;
    let secret = WebhookSecret::from(SECRET);
    let wrong = webhooks::sign_now(&WebhookSecret::from("whsec_someone_else"), BODY);
    let not_json = b"not json at all";
    let undecodable = br#"{"object":"REWARD","data":{"amount":"lots"}}"#;
    let big = vec![b' '; 2048];
    let cases: [(&str, Option<String>, &[u8], u16); 7] = [
        ("no header", None, BODY, 401),
        ("malformed header", Some("t=abc".into()), BODY, 401),
        ("another secret", Some(wrong), BODY, 401),
        ("stale", Some(FIXED.into()), BODY, 401),
        (
            "signed, not JSON",
            Some(webhooks::sign_now(&secret, not_json)),
            not_json,
            400,
        ),
        (
            "signed, does not decode",
            Some(webhooks::sign_now(&secret, undecodable)),
            undecodable,
            400,
        ),
        (
            "over the verifier's limit",
            Some(webhooks::sign_now(&secret, &big)),
            &big,
            400,
        ),
    ];
    for (what, header, body, expected) in cases {
        let (status, text) = post_delivery(&url, header.as_deref(), body).await;
        assert_eq!(status, expected, "{what}: {text}");
        assert!(
            text.contains("webhook") && text.len() < 64,
            "{what}: {text}"
        );
        for leak in [SECRET, "R-FIXED-1", "lots", "not json"] {
            assert!(
                !text.contains(leak),
                "{what}: the answer repeats `{leak}`: {text}"
            );
        }
    }
    assert!(
        handled.lock().unwrap().is_empty(),
        "a refused delivery reached the handler"
    );
}
