//! `Authorization: Bearer <key>` or HTTP Basic with the key as the user name
//! and an empty password.

use axum::http::{HeaderMap, header};

use crate::reply::ErrorReply;

/// Checks the request's credentials with `is_active` (is this key one the
/// server accepts?); returns the key.
pub(crate) fn authenticate(
    is_active: impl Fn(&str) -> bool,
    headers: &HeaderMap,
) -> Result<String, ErrorReply> {
    let Some(value) = headers.get(header::AUTHORIZATION) else {
        return Err(ErrorReply::unauthorized(
            "No API key provided. Send `Authorization: Bearer <api_key>`, or HTTP Basic \
             auth with the API key as the user name and an empty password.",
        ));
    };
    let value = value
        .to_str()
        .map_err(|_| ErrorReply::unauthorized("The Authorization header is not valid ASCII."))?;
    let (scheme, credentials) = value.trim().split_once(' ').unwrap_or((value, ""));
    let credentials = credentials.trim();
    if scheme.eq_ignore_ascii_case("bearer") {
        if !credentials.is_empty() && is_active(credentials) {
            return Ok(credentials.to_owned());
        }
        return Err(invalid_key());
    }
    if scheme.eq_ignore_ascii_case("basic") {
        let decoded = decode_base64(credentials)
            .and_then(|bytes| String::from_utf8(bytes).ok())
            .ok_or_else(|| {
                ErrorReply::unauthorized("The Basic credentials are not valid base64 UTF-8.")
            })?;
        let (user, password) = decoded.split_once(':').unwrap_or((decoded.as_str(), ""));
        if !password.is_empty() {
            return Err(ErrorReply::unauthorized(
                "Invalid API key provided. HTTP Basic auth takes the API key as the user name \
                 and an empty password.",
            ));
        }
        if !user.is_empty() && is_active(user) {
            return Ok(user.to_owned());
        }
        return Err(invalid_key());
    }
    Err(ErrorReply::unauthorized(
        "Unsupported authorization scheme; use Bearer or Basic.",
    ))
}

fn invalid_key() -> ErrorReply {
    ErrorReply::unauthorized("Invalid API key provided.")
}

/// Standard base64 (RFC 4648, `+/`), padding optional. `None` on any
/// invalid input.
pub(crate) fn decode_base64(input: &str) -> Option<Vec<u8>> {
    let trimmed = input.trim_end_matches('=');
    if input.len() - trimmed.len() > 2 {
        return None;
    }
    let mut out = Vec::with_capacity(trimmed.len() * 3 / 4);
    let mut buffer: u32 = 0;
    let mut bits = 0u32;
    for byte in trimmed.bytes() {
        let value = match byte {
            b'A'..=b'Z' => byte - b'A',
            b'a'..=b'z' => byte - b'a' + 26,
            b'0'..=b'9' => byte - b'0' + 52,
            b'+' => 62,
            b'/' => 63,
            _ => return None,
        };
        buffer = (buffer << 6) | u32::from(value);
        bits += 6;
        if bits >= 8 {
            bits -= 8;
            out.push(((buffer >> bits) & 0xFF) as u8);
        }
    }
    // A single leftover character (6 bits) cannot encode a byte.
    if trimmed.len() % 4 == 1 {
        return None;
    }
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use axum::http::HeaderValue;

    #[test]
    fn base64_round_trips_known_values() {
        assert_eq!(decode_base64("").unwrap(), b"");
        assert_eq!(decode_base64("Zg==").unwrap(), b"f");
        assert_eq!(decode_base64("Zm8=").unwrap(), b"fo");
        assert_eq!(decode_base64("Zm9v").unwrap(), b"foo");
        assert_eq!(decode_base64("Zm9vYg").unwrap(), b"foob");
        assert_eq!(decode_base64("a2V5Og==").unwrap(), b"key:");
        assert!(decode_base64("Zm9v!").is_none());
        assert!(decode_base64("Z").is_none());
        assert!(decode_base64("Zg===").is_none());
    }

    fn with(value: &str) -> HeaderMap {
        let mut headers = HeaderMap::new();
        headers.insert(header::AUTHORIZATION, HeaderValue::from_str(value).unwrap());
        headers
    }

    #[test]
    fn schemes() {
        let key = |k: &str| k == "key";
        assert_eq!(authenticate(key, &with("Bearer key")).unwrap(), "key");
        assert!(authenticate(key, &with("bearer key")).is_ok());
        assert!(authenticate(key, &with("Basic a2V5Og==")).is_ok());
        assert!(authenticate(key, &with("Basic a2V5")).is_ok());
        assert!(authenticate(key, &with("Basic a2V5OnB3")).is_err()); // key:pw
        assert!(authenticate(key, &with("Bearer nope")).is_err());
        assert!(authenticate(key, &with("Bearer")).is_err());
        assert!(authenticate(key, &with("Token key")).is_err());
        assert!(authenticate(key, &HeaderMap::new()).is_err());
    }
}
