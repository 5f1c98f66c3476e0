//! Fetching a spec from an `http(s)://` URL, a `file://` URL or a plain path.
//!
//! Whatever comes back must look like a document, not like an error page: a
//! status other than 200, an HTML content type, or a body that starts with `<`
//! is refused before anyone tries to parse it.

use std::path::PathBuf;
use std::time::Duration;

/// The default place the spec is published.
pub const DEFAULT_SPEC_URL: &str = "https://docs.imprint.co/api-reference/openapi.yaml";

/// Largest body accepted (the spec is tens of kilobytes; this only stops a
/// runaway download).
const MAX_BODY: u64 = 32 * 1024 * 1024;

/// Why a spec could not be fetched.
#[derive(Debug, thiserror::Error)]
pub enum FetchError {
    /// The request did not get a response (DNS, refused connection, TLS,
    /// timeout) or the body could not be read.
    #[error("cannot fetch {url}: {message}")]
    Network {
        /// The URL asked for.
        url: String,
        /// ureq's description of the failure.
        message: String,
    },
    /// The server answered with something other than 200.
    #[error("{url} answered HTTP {status}, expected 200")]
    Status {
        /// The URL asked for.
        url: String,
        /// The status received.
        status: u16,
    },
    /// The answer is an HTML page (a login wall, a docs page, an error page),
    /// not a spec.
    #[error("{origin} returned an HTML page, not an OpenAPI document ({why})")]
    Html {
        /// The URL or path.
        origin: String,
        /// What gave it away.
        why: String,
    },
    /// A local file could not be read.
    #[error("cannot read {path}: {source}")]
    Read {
        /// The file.
        path: PathBuf,
        /// The I/O error.
        source: std::io::Error,
    },
}

/// A fetched document, not yet parsed.
#[derive(Debug, Clone)]
pub struct Fetched {
    /// The text as received.
    pub text: String,
    /// Where it came from, for messages.
    pub origin: String,
}

/// Fetches `source`: an `http://` or `https://` URL, a `file://` URL, or a
/// path (relative to the current directory).
pub fn fetch(source: &str) -> Result<Fetched, FetchError> {
    let lower = source.to_ascii_lowercase();
    if lower.starts_with("http://") || lower.starts_with("https://") {
        fetch_url(source)
    } else {
        let path = PathBuf::from(source.strip_prefix("file://").unwrap_or(source));
        let text = std::fs::read_to_string(&path).map_err(|source| FetchError::Read {
            path: path.clone(),
            source,
        })?;
        let origin = path.display().to_string();
        refuse_html(&origin, None, &text)?;
        Ok(Fetched { text, origin })
    }
}

fn fetch_url(url: &str) -> Result<Fetched, FetchError> {
    let network = |e: ureq::Error| FetchError::Network {
        url: url.to_string(),
        message: e.to_string(),
    };
    let agent: ureq::Agent = ureq::Agent::config_builder()
        // We look at the status ourselves so that a 404 is reported as such.
        .http_status_as_error(false)
        .timeout_connect(Some(Duration::from_secs(10)))
        .timeout_global(Some(Duration::from_secs(60)))
        .user_agent(concat!("imprint-xtask/", env!("CARGO_PKG_VERSION")))
        .build()
        .into();
    let mut response = agent
        .get(url)
        .header(
            "accept",
            "application/yaml, application/json;q=0.9, */*;q=0.1",
        )
        .call()
        .map_err(network)?;
    let status = response.status().as_u16();
    if status != 200 {
        return Err(FetchError::Status {
            url: url.to_string(),
            status,
        });
    }
    let content_type = response
        .headers()
        .get("content-type")
        .and_then(|v| v.to_str().ok())
        .map(str::to_string);
    let text = response
        .body_mut()
        .with_config()
        .limit(MAX_BODY)
        .read_to_string()
        .map_err(network)?;
    refuse_html(url, content_type.as_deref(), &text)?;
    Ok(Fetched {
        text,
        origin: url.to_string(),
    })
}

/// Refuses HTML: by content type, or by a body whose first non-blank
/// character is `<` (neither YAML nor JSON starts that way).
fn refuse_html(origin: &str, content_type: Option<&str>, body: &str) -> Result<(), FetchError> {
    if let Some(ct) = content_type
        && ct.to_ascii_lowercase().contains("html")
    {
        return Err(FetchError::Html {
            origin: origin.to_string(),
            why: format!("content-type `{ct}`"),
        });
    }
    if body
        .trim_start_matches('\u{feff}')
        .trim_start()
        .starts_with('<')
    {
        return Err(FetchError::Html {
            origin: origin.to_string(),
            why: "the body starts with `<`".into(),
        });
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn html_is_refused_by_type_or_body() {
        assert!(matches!(
            refuse_html("u", Some("text/html; charset=utf-8"), "openapi: 3.1.0"),
            Err(FetchError::Html { .. })
        ));
        assert!(matches!(
            refuse_html("u", Some("application/yaml"), "\u{feff}  \n<!doctype html>"),
            Err(FetchError::Html { .. })
        ));
        assert!(refuse_html("u", Some("application/yaml"), "openapi: 3.1.0").is_ok());
    }

    #[test]
    fn missing_file_is_a_read_error() {
        let err = fetch("/definitely/not/here/openapi.yaml");
        assert!(matches!(err, Err(FetchError::Read { .. })), "{err:?}");
    }
}
