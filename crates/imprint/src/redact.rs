//! Redaction of what is printed: excerpts of bodies, raw requests.
//!
//! The names come from the spec: every property marked `x-sensitive`
//! (`imprint_raw::SENSITIVE_FIELDS`), so a field the spec marks later is
//! redacted without a change here.

use serde_json::Value;

/// Names redacted besides the spec's sensitive fields: spellings that are
/// not properties of the spec but carry the same data.
const ALSO_SENSITIVE: &[&str] = &[
    "dob",
    "card_number",
    "cvv",
    "cvc",
    "expiry",
    "account_number",
    "password",
    "authorization",
    "secret",
    "api_key",
    "webhook_secret",
    "merchant_key",
];

/// Whether values under the key `name` are never shown.
pub fn is_sensitive(name: &str) -> bool {
    imprint_raw::SENSITIVE_FIELDS.contains(&name) || ALSO_SENSITIVE.contains(&name)
}

/// At most `max` characters of `body` for an error message. JSON has its
/// sensitive keys replaced by `"<redacted>"`; anything else has its digits
/// masked, since a truncated document cannot be parsed to find them.
pub(crate) fn excerpt(body: &[u8], max: usize) -> String {
    let text = match serde_json::from_slice::<Value>(body) {
        Ok(mut v) => {
            scrub(&mut v);
            v.to_string()
        }
        Err(_) => String::from_utf8_lossy(body)
            .chars()
            .map(|c| if c.is_ascii_digit() { '#' } else { c })
            .collect(),
    };
    text.chars().take(max).collect()
}

/// A decoder's message about the value at `path`, without the value when
/// the path goes through a sensitive field: serde quotes what it refuses
/// (`invalid type: string "123-45-6789", expected ...`), so only what was
/// expected is kept.
pub(crate) fn decode_message(path: &str, message: String) -> String {
    let through_sensitive = path
        .split(['.', '[', ']'])
        .any(|segment| !segment.is_empty() && is_sensitive(segment));
    if !through_sensitive {
        return message;
    }
    without_value(&message)
}

/// A decoder's message without the value it quotes, where serde quotes one
/// (`invalid type: string "…"`, `invalid value: …`, `invalid length …`);
/// for messages whose path is unknown (a webhook payload's), so any value
/// may be sensitive.
pub(crate) fn value_free(message: String) -> String {
    const QUOTING: [&str; 4] = [
        "invalid type",
        "invalid value",
        "invalid length",
        "unknown variant",
    ];
    if QUOTING.iter().any(|q| message.starts_with(q)) {
        without_value(&message)
    } else {
        message
    }
}

fn without_value(message: &str) -> String {
    match message.find("expected") {
        Some(i) => format!("<redacted> is not valid here: {}", &message[i..]),
        None => "<redacted> is not valid here".to_string(),
    }
}

/// Replaces the value of every sensitive key, at any depth, by
/// `"<redacted>"`.
pub fn scrub(v: &mut Value) {
    match v {
        Value::Object(map) => {
            for (k, child) in map.iter_mut() {
                if is_sensitive(k) {
                    *child = Value::String("<redacted>".into());
                } else {
                    scrub(child);
                }
            }
        }
        Value::Array(items) => items.iter_mut().for_each(scrub),
        _ => {}
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn json_loses_sensitive_values_only() {
        let e = excerpt(
            br#"{"id":"C1","ssn":"123456789","date_of_birth":{"year":1990},"n":[{"ssn4":"1234"}]}"#,
            500,
        );
        assert!(
            !e.contains("123456789") && !e.contains("1990") && !e.contains("1234"),
            "{e}"
        );
        assert!(e.contains("\"id\":\"C1\""));
    }

    #[test]
    fn every_sensitive_field_of_the_spec_is_redacted() {
        for field in imprint_raw::SENSITIVE_FIELDS {
            let body = format!(r#"{{"outer":{{"{field}":"SECRET-VALUE-1234"}}}}"#);
            let e = excerpt(body.as_bytes(), 500);
            assert!(!e.contains("SECRET-VALUE-1234"), "{field}: {e}");
        }
        for field in [
            "pan",
            "cvv",
            "client_secret",
            "key",
            "routing_number",
            "pci_details",
        ] {
            assert!(
                is_sensitive(field)
                    || imprint_raw::SENSITIVE_FIELDS
                        .iter()
                        .any(|f| *f == "pci_details" && matches!(field, "pan" | "cvv")),
                "{field}"
            );
        }
    }

    #[test]
    fn decode_messages_lose_the_values_of_sensitive_paths_only() {
        let m = decode_message(
            "data[0].date_of_birth",
            r#"invalid type: string "1990-01-02", expected struct DateOfBirth at line 1 column 9"#
                .into(),
        );
        assert_eq!(
            m,
            "<redacted> is not valid here: expected struct DateOfBirth at line 1 column 9"
        );
        let m = decode_message("card.pci_details.pan", "invalid length 3".into());
        assert_eq!(m, "<redacted> is not valid here");
        let plain = r#"invalid type: string "x", expected i64"#;
        assert_eq!(decode_message("data[0].amount", plain.into()), plain);
    }

    #[test]
    fn broken_json_has_digits_masked_and_is_cut() {
        let e = excerpt(br#"{"id":"C1","date_of_birth":{"year":1990,"#, 20);
        assert!(!e.contains("1990"));
        assert_eq!(e.chars().count(), 20);
    }
}
