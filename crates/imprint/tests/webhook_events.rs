//! Verify-then-decode: every webhook of the spec decodes to its own typed
//! event; unknown event types are kept raw; distinct errors otherwise.

use std::time::{Duration, UNIX_EPOCH};

use imprint::webhooks::{self, Event, Verifier, WEBHOOKS, WebhookError, WebhookSecret};
use serde_json::json;

const T: &str = "1740779129";

fn verifier() -> Verifier {
    Verifier::new(WebhookSecret::from("whsec_test")).expect("non-empty secret")
}

fn deliver(body: &[u8]) -> Result<Event, WebhookError> {
    let header = webhooks::sign(&WebhookSecret::from("whsec_test"), T, body);
    let now = UNIX_EPOCH + Duration::from_secs(1_740_779_130);
    verifier().verify_event_at(Some(&header), body, now)
}

#[test]
fn every_webhook_of_the_spec_decodes_to_its_own_variant() {
    assert_eq!(WEBHOOKS.len(), 7, "the spec has 7 webhooks");
    for hook in WEBHOOKS {
        let body =
            json!({"object": hook.object, "data": {"customer_id": "C-1", "merchant_key": "M"}});
        let event =
            deliver(body.to_string().as_bytes()).unwrap_or_else(|e| panic!("{}: {e}", hook.name));
        assert_eq!(event.webhook(), Some(hook.name), "{event:?}");
        assert_eq!(event.object(), Some(hook.object));
        assert!(!matches!(event, Event::Unknown(_)), "{}", hook.name);
        // Re-serialised, the event is the payload again.
        assert_eq!(serde_json::to_value(&event).unwrap()["object"], hook.object);
    }
}

#[test]
fn the_event_id_is_the_resource_the_event_is_about() {
    let event = deliver(br#"{"object":"TRANSACTION","data":{"transaction_id":"T-1","event_id":"E-1","customer_id":"C-1"}}"#).unwrap();
    assert_eq!(event.id(), Some("T-1"));
    let event = deliver(
        br#"{"object":"PAYMENT_METHOD","data":{"payment_method_id":"PM-1","customer_id":"C-1"}}"#,
    )
    .unwrap();
    assert_eq!(event.id(), Some("PM-1"));
    let event = deliver(br#"{"object":"APPLICATION","data":{"customer_id":"C-1"}}"#).unwrap();
    assert_eq!(event.id(), Some("C-1"));
    let event = deliver(br#"{"object":"NEW_THING","data":{"new_thing_id":"N-1"}}"#).unwrap();
    assert_eq!(event.id(), Some("N-1"));
}

#[test]
fn an_event_type_added_later_is_kept_raw() {
    let event = deliver(br#"{"object":"CARD_SHIPPED","data":{"tracking":"1Z"}}"#).unwrap();
    let Event::Unknown(raw) = &event else {
        panic!("{event:?}")
    };
    assert_eq!(raw["data"]["tracking"], "1Z");
    // Plain JSON has nothing to redact by: Debug shows what it is, not
    // what it holds.
    assert!(!format!("{event:?}").contains("1Z"), "{event:?}");
    assert_eq!(event.object(), Some("CARD_SHIPPED"));
    assert_eq!(event.webhook(), None);
    assert!(matches!(deliver(b"{}").unwrap(), Event::Unknown(_)));
}

#[test]
fn decoding_errors_are_distinct_and_come_after_the_signature() {
    assert!(matches!(
        deliver(b"not json"),
        Err(WebhookError::NotJson { .. })
    ));
    let e = deliver(br#"{"object":"REWARD","data":{"amount":"a lot"}}"#).unwrap_err();
    assert!(
        matches!(&e, WebhookError::InvalidPayload { object, .. } if object == "REWARD"),
        "{e:?}"
    );
    // The refused value is not repeated: payloads carry customer data.
    assert!(!format!("{e} {e:?}").contains("a lot"), "{e:?}");
    // A tampered body is refused before anything is parsed: a body that is
    // not JSON fails on the signature, not on the parser.
    let header = webhooks::sign(&WebhookSecret::from("whsec_test"), T, b"{}");
    let now = UNIX_EPOCH + Duration::from_secs(1_740_779_130);
    assert_eq!(
        verifier()
            .verify_event_at(Some(&header), b"not json", now)
            .unwrap_err(),
        WebhookError::SignatureMismatch
    );
}

#[test]
fn a_header_map_is_read_case_insensitively() {
    let body = br#"{"object":"STREAK","data":{"streak_id":"S-1"}}"#;
    let mut headers = http::HeaderMap::new();
    headers.insert(
        "x-imprint-hmac-signature",
        webhooks::sign_now(&WebhookSecret::from("whsec_test"), body)
            .parse()
            .unwrap(),
    );
    let event = verifier().verify_event_in(&headers, body).unwrap();
    assert_eq!(event.id(), Some("S-1"));
    assert_eq!(
        verifier()
            .verify_event_in(&http::HeaderMap::new(), body)
            .unwrap_err(),
        WebhookError::MissingHeader
    );
}
