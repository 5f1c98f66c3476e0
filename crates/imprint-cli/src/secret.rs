//! A value given on the command line or in the environment that must not be
//! shown: an API key, a webhook signing token, an SSN, a date of birth.
//! Usable through [`Secret::expose`]; `Debug` prints `<redacted>`, so the
//! parsed arguments can be logged or compared in tests without leaking it.

use std::fmt;
use std::str::FromStr;

/// A secret argument (see the module docs).
#[derive(Clone, Default, PartialEq, Eq)]
pub(crate) struct Secret(String);

impl Secret {
    /// The value itself, for the one place that uses it.
    pub(crate) fn expose(&self) -> &str {
        &self.0
    }
}

impl FromStr for Secret {
    type Err = std::convert::Infallible;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Ok(Secret(s.to_owned()))
    }
}

impl From<&str> for Secret {
    fn from(s: &str) -> Self {
        Secret(s.to_owned())
    }
}

impl fmt::Debug for Secret {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("<redacted>")
    }
}

/// `pairs` (name, value) with the values of sensitive names redacted, for
/// `Debug` output.
pub(crate) fn redacted_pairs<'a>(
    pairs: impl IntoIterator<Item = (&'a str, String)>,
) -> Vec<(&'a str, String)> {
    pairs
        .into_iter()
        .map(|(name, value)| {
            if imprint::redaction::is_sensitive(name) {
                (name, "<redacted>".to_owned())
            } else {
                (name, value)
            }
        })
        .collect()
}

/// A JSON value with its sensitive fields redacted, for `Debug` output.
pub(crate) fn scrubbed(value: &serde_json::Value) -> serde_json::Value {
    let mut value = value.clone();
    imprint::redaction::scrub(&mut value);
    value
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn debug_never_shows_the_value() {
        let s: Secret = "sk_live_TOPSECRET".parse().unwrap_or_default();
        assert_eq!(format!("{s:?}"), "<redacted>");
        assert_eq!(format!("{:?}", Some(s.clone())), "Some(<redacted>)");
        assert_eq!(s.expose(), "sk_live_TOPSECRET");
    }

    #[test]
    fn what_the_cli_holds_debugs_without_secrets() {
        let inputs = crate::request::Inputs {
            params: vec![
                ("ssn".into(), "987654321".into()),
                ("limit".into(), "5".into()),
            ],
            body: Some(serde_json::json!({"card": {"pan": "4111111111111111"}, "name": "N"})),
            fields: vec![("date_of_birth".into(), "1987-06-05".into())],
        };
        let error = crate::error::CliError {
            exit: crate::error::Exit::Api,
            message: "400".into(),
            body: Some(serde_json::json!({"details": {"ssn": "987654321"}})),
        };
        let shown = format!("{inputs:?} {error:?}");
        for secret in ["987654321", "4111111111111111", "1987-06-05"] {
            assert!(!shown.contains(secret), "{shown}");
        }
        assert!(
            shown.contains("limit") && shown.contains("\"N\""),
            "{shown}"
        );
    }
}
