//! The signature checks' unit tests (known answers, tolerance, header
//! shapes, check order, rotation, redaction).

use super::*;

const SECRET: &str = "whsec_example-Secret-4242";
const T: &str = "1740779129";
/// The body of Imprint's documented example, as it would arrive.
const BODY: &[u8] = br#"{"hello": "world", "amount": 5000}"#;
/// The same, as the documented example's message shows it signed.
const CANONICAL: &[u8] = br#"{"amount":5000,"hello":"world"}"#;

fn secret() -> WebhookSecret {
    WebhookSecret::from(SECRET)
}

fn verifier() -> Verifier {
    Verifier::new(SECRET).expect("non-empty secret")
}

fn at_secs(secs: u64) -> SystemTime {
    UNIX_EPOCH + Duration::from_secs(secs)
}

fn now() -> SystemTime {
    at_secs(1_740_779_129)
}

fn sig_hex() -> String {
    sign(&secret(), T, BODY)
        .split_once(",s=")
        .expect("sign's output")
        .1
        .to_owned()
}

fn reason(header: &str) -> MalformedReason {
    match SignatureHeader::parse(header) {
        Err(WebhookError::MalformedHeader { reason }) => reason,
        other => panic!("{header:?}: expected MalformedHeader, got {other:?}"),
    }
}

#[test]
fn documented_example_verifies_at_its_time() {
    let header = sign(&secret(), T, BODY);
    let verified = verifier().verify_at(Some(&header), BODY, now()).unwrap();
    assert_eq!(verified.body(), BODY);
    assert_eq!(verified.timestamp(), now());
    assert!(!verified.matched_canonical_json());
    assert_eq!(verified.json().unwrap()["hello"], "world");
}

#[test]
fn known_answer() {
    // python3 -c 'import hmac,hashlib; print(hmac.new(b"whsec_example",
    //   b"1740779129." + BODY, hashlib.sha256).hexdigest())'
    assert_eq!(
        sign(&WebhookSecret::from("whsec_example"), T, BODY),
        "t=1740779129,s=025d1ec1a56cfdd2d753bbc9b86cf0cfbb7886209c3db810678991d2c7141304"
    );
}

#[test]
fn tampered_body_and_wrong_secret_are_mismatches() {
    let header = sign(&secret(), T, BODY);
    let tampered = br#"{"hello": "world", "amount": 5001}"#;
    let v = verifier();
    assert_eq!(
        v.verify_at(Some(&header), tampered, now()).unwrap_err(),
        WebhookError::SignatureMismatch
    );
    assert_eq!(
        v.verify_at(Some(&header), b"", now()).unwrap_err(),
        WebhookError::SignatureMismatch
    );
    let other = Verifier::new("whsec_example-Secret-4243").unwrap();
    assert_eq!(
        other.verify_at(Some(&header), BODY, now()).unwrap_err(),
        WebhookError::SignatureMismatch
    );
    // Same body, timestamp changed after signing.
    let moved = header.replacen(T, "1740779130", 1);
    assert_eq!(
        v.verify_at(Some(&moved), BODY, now()).unwrap_err(),
        WebhookError::SignatureMismatch
    );
}

#[test]
fn tolerance_applies_both_ways_and_is_inclusive() {
    let header = sign(&secret(), T, BODY);
    let v = verifier();
    let t = 1_740_779_129;
    for ok in [t - 300, t + 300, t] {
        assert!(
            v.verify_at(Some(&header), BODY, at_secs(ok)).is_ok(),
            "{ok}"
        );
    }
    let late = v
        .verify_at(Some(&header), BODY, at_secs(t + 301))
        .unwrap_err();
    assert_eq!(
        late,
        WebhookError::TimestampOutsideTolerance {
            timestamp: now(),
            now: at_secs(t + 301),
            tolerance: DEFAULT_TOLERANCE,
        }
    );
    assert_eq!(
        late.to_string(),
        "webhook timestamp is 301s too old (tolerance 300s)"
    );
    let early = v
        .verify_at(Some(&header), BODY, at_secs(t - 301))
        .unwrap_err();
    assert_eq!(
        early.to_string(),
        "webhook timestamp is 301s in the future (tolerance 300s)"
    );
    // Configurable; freshness is refused even when the signature is bad.
    let strict = verifier().tolerance(Duration::from_secs(10));
    assert!(
        strict
            .verify_at(Some(&header), BODY, at_secs(t + 10))
            .is_ok()
    );
    assert!(matches!(
        strict.verify_at(Some(&header), b"tampered", at_secs(t + 11)),
        Err(WebhookError::TimestampOutsideTolerance { .. })
    ));
    // Extremes do not overflow.
    let lax = verifier().tolerance(Duration::MAX);
    assert!(lax.verify_at(Some(&header), BODY, UNIX_EPOCH).is_ok());
    let far = sign(&secret(), "99999999999999999999", BODY);
    assert!(matches!(
        verifier().verify_at(Some(&far), BODY, now()),
        Err(WebhookError::MalformedHeader {
            reason: MalformedReason::BadTimestamp
        })
    ));
    let far = sign(&secret(), "18446744073709551615", BODY); // u64::MAX ms
    assert!(matches!(
        verifier().verify_at(Some(&far), BODY, now()),
        Err(WebhookError::TimestampOutsideTolerance { .. })
    ));
}

#[test]
fn seconds_and_milliseconds_both_verify() {
    let v = verifier();
    for t in [
        "1740779129",
        "1740779129000",
        "1740779129123",
        "0001740779129",
    ] {
        let header = sign(&secret(), t, BODY);
        let verified = v.verify_at(Some(&header), BODY, now()).unwrap();
        let parsed = SignatureHeader::parse(&header).unwrap();
        assert_eq!(parsed.timestamp_str(), t);
        assert_eq!(verified.timestamp(), parsed.timestamp());
    }
    let ms = SignatureHeader::parse(&sign(&secret(), "1740779129123", BODY)).unwrap();
    assert_eq!(ms.timestamp(), now() + Duration::from_millis(123));
    // The boundary: 99_999_999_999 is seconds, 100_000_000_000 milliseconds.
    let secs = SignatureHeader::parse(&sign(&secret(), "99999999999", BODY)).unwrap();
    assert_eq!(secs.timestamp(), at_secs(99_999_999_999));
    let ms = SignatureHeader::parse(&sign(&secret(), "100000000000", BODY)).unwrap();
    assert_eq!(ms.timestamp(), at_secs(100_000_000));
    // `sign_now` uses milliseconds.
    let header = sign_now(&secret(), BODY);
    let t = SignatureHeader::parse(&header).unwrap();
    assert!(t.timestamp_str().len() >= 13, "{header}");
    assert!(v.verify(Some(&header), BODY).is_ok());
}

#[test]
fn each_malformed_shape_has_its_reason() {
    use MalformedReason::*;
    let s = sig_hex();
    let cases: Vec<(String, MalformedReason)> = vec![
        (String::new(), Empty),
        (" \t ".into(), Empty),
        (format!("s={s}"), MissingTimestamp),
        (format!("v1=1,s={s}"), MissingTimestamp),
        (format!("T={T},s={s}"), MissingTimestamp),
        (format!("t={T}"), MissingSignature),
        (format!("t={T},t={T},s={s}"), DuplicateTimestamp),
        (format!("t={T},s={s},s={s}"), DuplicateSignature),
        (format!("t={T},s"), BadPart),
        (format!("t={T};s={s}"), MissingSignature),
        (format!("t=,s={s}"), BadPart),
        (format!("t={T},s="), BadPart),
        (format!("={T},t={T},s={s}"), BadPart),
        (format!("t={T},s={s},"), BadPart),
        (format!("t={T},,s={s}"), BadPart),
        (format!("t={T},s={s},v1="), BadPart),
        (format!("t=-1,s={s}"), BadTimestamp),
        (format!("t=+1740779129,s={s}"), BadTimestamp),
        (format!("t=1740779129.5,s={s}"), BadTimestamp),
        (format!("t=0x10,s={s}"), BadTimestamp),
        (format!("t=17 40,s={s}"), BadTimestamp),
        (format!("t=١٧٤٠,s={s}"), BadTimestamp),
        (format!("t={},s={s}", "1".repeat(21)), BadTimestamp),
        (format!("t=99999999999999999999,s={s}"), BadTimestamp),
        (format!("t={T},s=zz{}", &s[2..]), BadHex),
        (format!("t={T},s={}", &s[1..]), BadHex),
        (format!("t={T},s= {s}x"), BadHex),
        (format!("t={T},s=abcd"), WrongLength { got: 2 }),
        (format!("t={T},s={s}00"), WrongLength { got: 33 }),
        (format!("t={T},s={}", &s[2..]), WrongLength { got: 31 }),
    ];
    for (header, want) in cases {
        assert_eq!(reason(&header), want, "{header:?}");
    }
    assert_eq!(
        verifier().verify_at(None, BODY, now()).unwrap_err(),
        WebhookError::MissingHeader
    );
}

#[test]
fn whitespace_unknown_keys_order_and_case_are_tolerated() {
    let s = sig_hex();
    let v = verifier();
    for header in [
        format!(" t={T} , v1=whatever,s={s}\t"),
        format!("s={s},t={T}"),
        format!("t={T},s={}", s.to_uppercase()),
        format!("x=1=2,t={T},s={s}"),
    ] {
        assert!(v.verify_at(Some(&header), BODY, now()).is_ok(), "{header}");
    }
}

#[test]
fn checks_run_in_the_documented_order() {
    let small = verifier().max_body_bytes(10);
    let big = [b'x'; 11];
    let bad_sig_stale = format!("t=1,s={}", "0".repeat(64));
    // A malformed header is reported before the size.
    assert!(matches!(
        small.verify_at(Some("t=1"), &big, now()),
        Err(WebhookError::MalformedHeader { .. })
    ));
    // Size before freshness and signature.
    assert_eq!(
        small
            .verify_at(Some(&bad_sig_stale), &big, now())
            .unwrap_err(),
        WebhookError::BodyTooLarge { limit: 10, got: 11 }
    );
    // At the limit is fine.
    let header = sign(&secret(), T, &big[..10]);
    assert!(small.verify_at(Some(&header), &big[..10], now()).is_ok());
    // Freshness before signature.
    assert!(matches!(
        small.verify_at(Some(&bad_sig_stale), b"", now()),
        Err(WebhookError::TimestampOutsideTolerance { .. })
    ));
    assert_eq!(
        verifier()
            .max_body_bytes(0)
            .verify_at(Some(&header), b"x", now())
            .unwrap_err(),
        WebhookError::BodyTooLarge { limit: 0, got: 1 }
    );
}

#[test]
fn canonical_form_only_when_opted_in() {
    let header = sign(&secret(), T, CANONICAL);
    assert_eq!(
        verifier()
            .verify_at(Some(&header), BODY, now())
            .unwrap_err(),
        WebhookError::SignatureMismatch
    );
    let lenient = verifier().accept_canonical_json(true);
    let verified = lenient.verify_at(Some(&header), BODY, now()).unwrap();
    assert!(verified.matched_canonical_json());
    assert_eq!(verified.body(), BODY); // the bytes received, not the signed ones
    // The raw form still matches first.
    let raw = sign(&secret(), T, BODY);
    assert!(
        !lenient
            .verify_at(Some(&raw), BODY, now())
            .unwrap()
            .matched_canonical_json()
    );
    // Different JSON, or not JSON at all, still fails.
    for body in [
        &br#"{"hello": "world", "amount": 5001}"#[..],
        b"not json",
        b"",
    ] {
        assert_eq!(
            lenient.verify_at(Some(&header), body, now()).unwrap_err(),
            WebhookError::SignatureMismatch
        );
    }
}

#[test]
fn canonical_form_sorts_at_every_depth_whatever_the_map_order() {
    let body = "{ \"b\": {\"d\": 1, \"c\": [ {\"f\": 1.5, \"e\": null} ]},\n \"a\": \"\u{e9}\\u00e9\\n\", \"\u{1F600}\": true, \"\u{FFFD}\": 0, \"Z\": -0 }";
    // Numbers are written as serde_json writes them: `-0` becomes `-0.0`.
    let canonical = canonical_json(body.as_bytes()).unwrap();
    assert_eq!(
        String::from_utf8(canonical).unwrap(),
        "{\"Z\":-0.0,\"a\":\"\u{e9}\u{e9}\\n\",\"b\":{\"c\":[{\"e\":null,\"f\":1.5}],\"d\":1},\"\u{FFFD}\":0,\"\u{1F600}\":true}"
    );
    // Built in reverse order: with `preserve_order` the map iterates that way.
    let mut map = serde_json::Map::new();
    map.insert("z".into(), Value::from(1));
    map.insert("a".into(), Value::from(2));
    let mut out = Vec::new();
    write_canonical(&Value::Object(map), &mut out).unwrap();
    assert_eq!(out, br#"{"a":2,"z":1}"#);
    assert_eq!(canonical_json(b"[1, 2,\t3]").unwrap(), b"[1,2,3]");
    assert_eq!(canonical_json(b"{\"a\":1"), None);
}

#[test]
fn empty_secret_is_refused() {
    for empty in [
        WebhookSecret::from(""),
        String::new().into(),
        Vec::new().into(),
    ] {
        assert!(empty.is_empty());
        assert_eq!(Verifier::new(empty).unwrap_err(), WebhookError::EmptySecret);
    }
}

#[test]
fn json_of_a_signed_non_json_body_is_its_own_error() {
    let header = sign(&secret(), T, b"plain text");
    let verified = verifier()
        .verify_at(Some(&header), b"plain text", now())
        .unwrap();
    let err = verified.json().unwrap_err();
    assert!(matches!(err, WebhookError::NotJson { .. }), "{err:?}");
    assert!(
        err.to_string().starts_with("webhook body is not JSON: "),
        "{err}"
    );
}

#[test]
fn nothing_prints_the_secret_or_the_expected_signature() {
    let expected = sig_hex();
    let v = verifier().max_body_bytes(64);
    assert_eq!(format!("{:?}", secret()), "WebhookSecret(<redacted>)");
    let wrong = format!("t={T},s={}", "ab".repeat(32));
    let errors = [
        v.verify_at(None, BODY, now()).unwrap_err(),
        v.verify_at(Some(""), BODY, now()).unwrap_err(),
        v.verify_at(Some(&wrong), BODY, now()).unwrap_err(),
        v.verify_at(Some(&wrong), &[0; 65], now()).unwrap_err(),
        v.verify_at(Some(&wrong), BODY, at_secs(0)).unwrap_err(),
        v.verify_at(Some(&sign(&secret(), T, b"x")), b"x", now())
            .unwrap()
            .json()
            .unwrap_err(),
        Verifier::new("").unwrap_err(),
    ];
    let verified = v
        .verify_at(Some(&sign(&secret(), T, BODY)), BODY, now())
        .unwrap();
    let shown = [
        format!("{v:?}"),
        format!("{verified:?}"),
        format!("{:?}", SignatureHeader::parse(&wrong).unwrap()),
    ]
    .into_iter()
    .chain(
        errors
            .iter()
            .flat_map(|e| [format!("{e}"), format!("{e:?}")]),
    );
    for text in shown {
        assert!(!text.contains(SECRET), "{text}");
        assert!(!text.contains(&expected), "{text}");
        assert!(!text.to_lowercase().contains("secret-4242"), "{text}");
    }
}

/// An independent implementation: Python's standard library.
fn python_sign(secret: &[u8], timestamp: &str, body: &[u8]) -> String {
    const SCRIPT: &str = "import hmac, hashlib, sys\n\
        key, t, body = bytes.fromhex(sys.argv[1]), sys.argv[2], bytes.fromhex(sys.argv[3])\n\
        mac = hmac.new(key, t.encode() + b'.' + body, hashlib.sha256).hexdigest()\n\
        print('t=' + t + ',s=' + mac)";
    let output = std::process::Command::new("python3")
        .args(["-c", SCRIPT, &hex(secret), timestamp, &hex(body)])
        .output()
        .unwrap_or_else(|e| {
            panic!("the cross-check against Python's hmac needs `python3` on PATH: {e}")
        });
    assert!(
        output.status.success(),
        "python3 failed: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    String::from_utf8(output.stdout)
        .unwrap()
        .trim_end()
        .to_owned()
}

#[test]
fn sign_agrees_with_python_hmac() {
    let cases: [(&[u8], &str, &[u8]); 4] = [
        (SECRET.as_bytes(), T, BODY),
        (SECRET.as_bytes(), "1740779129000", CANONICAL),
        (
            "clé-🔑".as_bytes(),
            T,
            "{\"name\":\"Zoë 🚀\",\"note\":\"naïve\"}".as_bytes(),
        ),
        (
            &[0, 0xff, 0x80, 7],
            "1",
            &[0xff, 0xfe, 0, 0x80, b'.', b'\n'],
        ),
    ];
    for (key, t, body) in cases {
        let ours = sign(&WebhookSecret::from(key.to_vec()), t, body);
        assert_eq!(ours, python_sign(key, t, body), "{t} {body:?}");
    }
}

#[test]
fn hex_round_trips() {
    let bytes: Vec<u8> = (0..32).map(|i| i * 8 + 1).collect();
    let encoded = hex(&bytes);
    assert_eq!(encoded.len(), 64);
    assert_eq!(decode_hex(&encoded).unwrap().to_vec(), bytes);
    assert_eq!(decode_hex(&encoded.to_uppercase()).unwrap().to_vec(), bytes);
    assert_eq!(decode_hex(""), Err(MalformedReason::WrongLength { got: 0 }));
    assert_eq!(decode_hex("é"), Err(MalformedReason::BadHex));
}

#[test]
fn rotation_accepts_each_configured_secret_and_says_which() {
    const OLD: &str = "whsec_old-ROTATING-1111";
    const NEW: &str = "whsec_new-ROTATING-2222";
    let signed_with = |s: &str| sign(&WebhookSecret::from(s), T, BODY);
    let by_builder = Verifier::new(NEW).unwrap().also_accept(OLD).unwrap();
    let by_list = Verifier::with_secrets([NEW, OLD]).unwrap();
    for v in [&by_builder, &by_list] {
        let new = v.verify_at(Some(&signed_with(NEW)), BODY, now()).unwrap();
        assert_eq!(new.secret_index(), 0);
        let old = v.verify_at(Some(&signed_with(OLD)), BODY, now()).unwrap();
        assert_eq!(old.secret_index(), 1);
        assert_eq!(
            v.verify_at(Some(&signed_with(SECRET)), BODY, now())
                .unwrap_err(),
            WebhookError::SignatureMismatch,
            "a third secret is not accepted"
        );
        // The window still applies whichever secret matches.
        assert!(matches!(
            v.verify_at(Some(&signed_with(OLD)), BODY, at_secs(0)),
            Err(WebhookError::TimestampOutsideTolerance { .. })
        ));
        let shown = format!("{v:?} {new:?} {old:?}");
        assert!(!shown.contains("ROTATING"), "{shown}");
        assert!(shown.contains("<2 redacted>"), "{shown}");
    }
    // Without rotation, the old secret no longer verifies.
    assert_eq!(
        Verifier::new(NEW)
            .unwrap()
            .verify_at(Some(&signed_with(OLD)), BODY, now())
            .unwrap_err(),
        WebhookError::SignatureMismatch
    );
    // Empty secrets, and no secret at all, are refused as for one.
    assert_eq!(
        Verifier::new(NEW).unwrap().also_accept("").unwrap_err(),
        WebhookError::EmptySecret
    );
    assert_eq!(
        Verifier::with_secrets(Vec::<String>::new()).unwrap_err(),
        WebhookError::EmptySecret
    );
    assert_eq!(
        Verifier::with_secrets([NEW, ""]).unwrap_err(),
        WebhookError::EmptySecret
    );
}
