//! Properties of webhook signature verification (`imprint::webhooks`):
//!
//! 1. parsing never panics, and whatever `sign` produces parses back to the
//!    same timestamp and signature;
//! 2. verifying never panics on any header string and body bytes, and
//!    succeeds exactly for a correctly signed pair with a fresh timestamp;
//! 3. changing any one byte of the body, or any one digit of the signature
//!    (other than its letter case), makes verification fail;
//! 4. a seeded fuzz run: many (header, body) pairs made by mutating signed
//!    pairs (byte flips, truncations, insertions, duplicated, dropped and
//!    reordered parts) never panic, and pass exactly when still correctly
//!    signed and fresh.
//!
//! Knobs (environment): `IMPRINT_WEBHOOK_FUZZ_CASES` (pairs for 4, default
//! 20000), `IMPRINT_WEBHOOK_FUZZ_SEED` (default fixed).

use std::time::{Duration, SystemTime, UNIX_EPOCH};

use imprint::webhooks::{self, SignatureHeader, Verified, Verifier, WebhookError, WebhookSecret};
use proptest::prelude::*;
use proptest::test_runner::Config;

const SECRET: &str = "whsec_prop-secret";
/// 2025-02-28T21:45:29Z, the documented example's time.
const NOW_SECS: u64 = 1_740_779_129;

fn secret() -> WebhookSecret {
    WebhookSecret::from(SECRET)
}

fn now() -> SystemTime {
    UNIX_EPOCH + Duration::from_secs(NOW_SECS)
}

fn strict() -> Verifier {
    Verifier::new(SECRET).expect("non-empty secret")
}

fn lenient() -> Verifier {
    strict().accept_canonical_json(true)
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

/// The oracle: `header` parses and its `s` is the HMAC of `<t>.<body>`.
fn correctly_signed(header: &str, body: &[u8]) -> bool {
    let Ok(parsed) = SignatureHeader::parse(header) else {
        return false;
    };
    let expected = webhooks::sign(&secret(), parsed.timestamp_str(), body);
    SignatureHeader::parse(&expected).is_ok_and(|e| e.signature() == parsed.signature())
}

/// Whether `header` parses and its timestamp is within the default
/// tolerance of `now`.
fn fresh(header: &str, now: SystemTime) -> bool {
    SignatureHeader::parse(header).is_ok_and(|h| {
        let skew = now
            .duration_since(h.timestamp())
            .unwrap_or_else(|e| e.duration());
        skew <= webhooks::DEFAULT_TOLERANCE
    })
}

/// Verifies with both verifiers at `now` and checks each outcome against the
/// oracle (for bodies under the default size limit): the strict verifier
/// accepts exactly the correctly signed, fresh pairs. Returns whether it did.
fn check(header: Option<&str>, body: &[u8], now: SystemTime) -> bool {
    let strict_result = strict().verify_at(header, body, now);
    let lenient_result = lenient().verify_at(header, body, now);
    let signed = header.is_some_and(|h| correctly_signed(h, body));
    let should_pass = signed && header.is_some_and(|h| fresh(h, now));
    assert_eq!(
        strict_result.is_ok(),
        should_pass,
        "{header:?} {body:?}: {strict_result:?}"
    );
    if let Ok(v) = &strict_result {
        assert_eq!((v.body(), v.matched_canonical_json()), (body, false));
    }
    match &lenient_result {
        Ok(v) if v.matched_canonical_json() => {
            assert!(!signed && v.json().is_ok(), "{header:?} {body:?}");
        }
        Ok(_) => assert!(signed, "{header:?} {body:?}"),
        Err(e) => assert_eq!(Some(e), strict_result.as_ref().err(), "{header:?}"),
    }
    strict_result.is_ok()
}

fn verify_parsed_time(header: &str, body: &[u8]) -> Result<(), WebhookError> {
    let at = SignatureHeader::parse(header).map_or(now(), |h| h.timestamp());
    strict()
        .verify_at(Some(header), body, at)
        .map(|_: Verified<'_>| ())
}

/// Strings shaped like signature headers: known and unknown keys, digits,
/// hex, separators and stray characters.
fn header_like() -> impl Strategy<Value = String> {
    prop_oneof![
        any::<String>(),
        "( ?(t|s|v1|T|)=?[0-9a-fA-F ,=+.xé-]{0,70} ?,?){0,4}",
        ("[0-9]{0,22}", "[0-9a-fA-F]{0,66}").prop_map(|(t, s)| format!("t={t},s={s}")),
        // Well-formed, so verification gets as far as the HMAC.
        ("[0-9]{1,13}", "[0-9a-fA-F]{64}").prop_map(|(t, s)| format!("t={t},s={s}")),
    ]
}

/// 1 to 20 digits, either unit, or values past `u64::MAX`.
fn timestamp() -> impl Strategy<Value = String> {
    prop_oneof![
        (0u64..200_000_000_000).prop_map(|n| n.to_string()),
        any::<u64>().prop_map(|n| n.to_string()),
        "[0-9]{1,20}",
    ]
}

fn body() -> impl Strategy<Value = Vec<u8>> {
    prop_oneof![
        proptest::collection::vec(any::<u8>(), 0..300),
        any::<String>().prop_map(String::into_bytes),
        Just(br#"{"hello": "world", "amount": 5000}"#.to_vec()),
    ]
}

fn config(cases: u32) -> Config {
    Config {
        cases,
        failure_persistence: None,
        ..Config::default()
    }
}

proptest! {
    #![proptest_config(config(1024))]

    // 1
    #[test]
    fn parse_never_panics(header in header_like()) {
        let _ = SignatureHeader::parse(&header);
    }

    #[test]
    fn signed_headers_parse_back(t in timestamp(), body in body()) {
        let header = webhooks::sign(&secret(), &t, &body);
        let s = header.rsplit_once(",s=").map(|(_, s)| s.to_owned()).unwrap_or_default();
        let Ok(n) = t.parse::<u64>() else {
            // Beyond u64: malformed, by decision.
            let malformed = matches!(SignatureHeader::parse(&header), Err(WebhookError::MalformedHeader { .. }));
            prop_assert!(malformed, "{}", header);
            return Ok(());
        };
        let parsed = SignatureHeader::parse(&header).expect("sign's output parses");
        prop_assert_eq!(parsed.timestamp_str(), t.as_str());
        prop_assert_eq!(hex(parsed.signature()), s);
        let since_epoch = if n >= 100_000_000_000 { Duration::from_millis(n) } else { Duration::from_secs(n) };
        prop_assert_eq!(parsed.timestamp(), UNIX_EPOCH + since_epoch);
    }

    // 2
    #[test]
    fn verify_never_panics_and_refuses_what_is_not_signed(
        header in proptest::option::of(header_like()),
        body in body(),
    ) {
        let at = header.as_deref().and_then(|h| SignatureHeader::parse(h).ok()).map_or(now(), |h| h.timestamp());
        check(header.as_deref(), &body, at);
        check(header.as_deref(), &body, now());
    }

    #[test]
    fn verify_accepts_what_is_signed(
        skew in -300i64..=300,
        millis in any::<bool>(),
        body in body(),
    ) {
        let secs = NOW_SECS.saturating_add_signed(skew);
        let t = if millis { format!("{secs}000") } else { secs.to_string() };
        let header = webhooks::sign(&secret(), &t, &body);
        prop_assert!(check(Some(&header), &body, now()), "{} {:?}", header, body);
        let verified = strict().verify_at(Some(&header), &body, now()).expect("signed");
        prop_assert_eq!(verified.timestamp(), UNIX_EPOCH + Duration::from_secs(secs));
    }

    // 3
    #[test]
    fn one_changed_body_byte_fails(
        body in proptest::collection::vec(any::<u8>(), 1..300),
        index in any::<prop::sample::Index>(),
        mask in 1u8..=255,
    ) {
        let header = webhooks::sign(&secret(), &NOW_SECS.to_string(), &body);
        let mut tampered = body.clone();
        let i = index.index(tampered.len());
        tampered[i] ^= mask;
        prop_assert_eq!(verify_parsed_time(&header, &tampered), Err(WebhookError::SignatureMismatch));
        prop_assert_eq!(verify_parsed_time(&header, &body), Ok(()));
    }

    #[test]
    fn one_changed_signature_digit_fails(
        body in body(),
        index in 0usize..64,
        mask in 1u8..=127,
    ) {
        let header = webhooks::sign(&secret(), &NOW_SECS.to_string(), &body);
        let mut bytes = header.clone().into_bytes();
        let i = bytes.len() - 64 + index;
        let original = bytes[i];
        bytes[i] ^= mask;
        let tampered = String::from_utf8(bytes).expect("ASCII stays ASCII");
        if bytes_eq_ignore_case(original, original ^ mask) {
            // `s` is read case-insensitively, by decision: same signature.
            prop_assert_eq!(verify_parsed_time(&tampered, &body), Ok(()));
        } else {
            prop_assert!(verify_parsed_time(&tampered, &body).is_err(), "{}", tampered);
        }
    }
}

fn bytes_eq_ignore_case(a: u8, b: u8) -> bool {
    a.eq_ignore_ascii_case(&b)
}

// ---------------------------------------------------------------------------
// 4: the fuzz run.
// ---------------------------------------------------------------------------

fn fuzz_cases() -> usize {
    std::env::var("IMPRINT_WEBHOOK_FUZZ_CASES")
        .ok()
        .and_then(|v| v.trim().replace('_', "").parse().ok())
        .unwrap_or(20_000)
}

fn fuzz_seed() -> u64 {
    std::env::var("IMPRINT_WEBHOOK_FUZZ_SEED")
        .ok()
        .and_then(|v| v.trim().parse().ok())
        .unwrap_or(0x1D_2025)
}

/// Fragments worth inserting into a header or a body.
const TOKENS: &[&str] = &[
    ",",
    "=",
    "t=",
    "s=",
    ",t=",
    ",s=",
    "v1=",
    " ",
    "\t",
    "0",
    "9",
    "f",
    "F",
    "-",
    "+",
    ".",
    "é",
    "\u{0}",
    "{",
    "}",
    "\"",
    ":",
    "00",
    "1740779129",
];

fn mutate(rng: &mut fastrand::Rng, bytes: &mut Vec<u8>) {
    match rng.u8(0..5) {
        0 if !bytes.is_empty() => {
            let i = rng.usize(0..bytes.len());
            bytes[i] ^= rng.u8(1..=255);
        }
        1 if !bytes.is_empty() => {
            let at = rng.usize(0..bytes.len());
            bytes.truncate(at);
        }
        2 if !bytes.is_empty() => {
            let i = rng.usize(0..bytes.len());
            bytes.remove(i);
        }
        3 => {
            let token = TOKENS[rng.usize(0..TOKENS.len())].as_bytes();
            let at = rng.usize(0..=bytes.len());
            bytes.splice(at..at, token.iter().copied());
        }
        _ => {
            let at = rng.usize(0..=bytes.len());
            bytes.insert(at, rng.u8(..));
        }
    }
}

/// Duplicates, drops, reorders or pads the header's parts.
fn mutate_parts(rng: &mut fastrand::Rng, header: &str) -> String {
    let mut parts: Vec<String> = header.split(',').map(str::to_owned).collect();
    let i = rng.usize(0..parts.len());
    match rng.u8(0..5) {
        0 => {
            let copy = parts[i].clone();
            parts.insert(rng.usize(0..=parts.len()), copy);
        }
        1 => {
            parts.remove(i);
        }
        2 => parts.reverse(),
        3 => parts[i] = format!(" {} ", parts[i]),
        _ => parts.insert(rng.usize(0..=parts.len()), "v1=deadbeef".to_owned()),
    }
    parts.join(",")
}

#[test]
fn mutated_signed_pairs_never_panic_and_pass_exactly_when_signed() {
    let (cases, seed) = (fuzz_cases(), fuzz_seed());
    let mut rng = fastrand::Rng::with_seed(seed);
    let bodies: [&[u8]; 4] = [
        br#"{"hello": "world", "amount": 5000}"#,
        br#"{"amount":5000,"hello":"world"}"#,
        "{\"name\":\"Zoë 🚀\",\"tags\":[1,2.5,null]}".as_bytes(),
        b"",
    ];
    let started = std::time::Instant::now();
    let mut accepted = 0;
    for _ in 0..cases {
        let mut body = bodies[rng.usize(0..bodies.len())].to_vec();
        let t = if rng.bool() {
            "1740779129"
        } else {
            "1740779129000"
        };
        // Sometimes signed over another body (the canonical one, say).
        let signed_over = if rng.u8(0..8) == 0 {
            bodies[rng.usize(0..bodies.len())]
        } else {
            &body[..]
        };
        let mut header = webhooks::sign(&secret(), t, signed_over);
        for _ in 0..rng.usize(1..=3) {
            match rng.u8(0..3) {
                0 => {
                    let mut bytes = header.into_bytes();
                    mutate(&mut rng, &mut bytes);
                    header = String::from_utf8_lossy(&bytes).into_owned();
                }
                1 => mutate(&mut rng, &mut body),
                _ => header = mutate_parts(&mut rng, &header),
            }
        }
        let header = (rng.u8(0..50) != 0).then_some(header.as_str());
        if check(header, &body, now()) {
            accepted += 1;
        }
    }
    eprintln!(
        "{cases} mutated pairs (seed {seed}): {accepted} still correctly signed and accepted, {:?}",
        started.elapsed()
    );
    assert!(
        accepted > 0 && accepted < cases,
        "mutations should both keep and break signatures"
    );
}
