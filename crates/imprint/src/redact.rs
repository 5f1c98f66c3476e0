//! Excerpts of response bodies that are safe to print.

use serde_json::Value;

/// Keys whose values are never shown.
const SENSITIVE_KEYS: &[&str] = &["ssn", "ssn4", "date_of_birth", "dob"];

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

fn scrub(v: &mut Value) {
    match v {
        Value::Object(map) => {
            for (k, child) in map.iter_mut() {
                if SENSITIVE_KEYS.contains(&k.as_str()) {
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
    fn broken_json_has_digits_masked_and_is_cut() {
        let e = excerpt(br#"{"id":"C1","date_of_birth":{"year":1990,"#, 20);
        assert!(!e.contains("1990"));
        assert_eq!(e.chars().count(), 20);
    }
}
