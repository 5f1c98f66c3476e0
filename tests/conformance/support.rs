//! Local servers, clients and request capture shared by the checks.

use std::collections::BTreeMap;
use std::sync::{Arc, Mutex};

use httpmock::HttpMockResponse;
use httpmock::MockServer;
use httpmock::prelude::HttpMockRequest;
use imprint::{AuthScheme, Client, RetryPolicy};
use percent_encoding::{AsciiSet, NON_ALPHANUMERIC};
use serde_json::Value;

/// The API key every client uses.
pub const API_KEY: &str = "sk_test_conformance_KEY";

/// A path id with characters that must be percent-encoded in a path
/// segment: `/`, `?`, `#`, space, `%`, `[`, `]`, `^`, `|` and non-ASCII
/// (2- and 3-byte UTF-8).
pub const AWKWARD_ID: &str = "CSMR/1?q#frag ü-漢字 100% [0]^a|b";

/// A free-text query value with characters a query must encode: `&`, `=`,
/// `+`, `#`, `%`, space and non-ASCII.
pub const AWKWARD_QUERY: &str = "a&b=c+d #e% ü/漢";

/// RFC 3986 unreserved characters stay; everything else is `%XX` (upper
/// case). For ids made of unreserved characters and characters that must be
/// encoded, this is the one correct spelling.
const PATH_SEGMENT: &AsciiSet = &NON_ALPHANUMERIC
    .remove(b'-')
    .remove(b'.')
    .remove(b'_')
    .remove(b'~');

/// The request line and body the server saw.
#[derive(Debug, Clone)]
pub struct Captured {
    /// Upper-case method.
    pub method: String,
    /// The raw (still percent-encoded) path.
    pub path: String,
    /// The raw query, if any.
    pub query: Option<String>,
    /// Header names (lower case) and values.
    pub headers: Vec<(String, String)>,
    /// The body bytes.
    pub body: Vec<u8>,
}

impl Captured {
    /// Every value of header `name`.
    pub fn header(&self, name: &str) -> Vec<&str> {
        self.headers
            .iter()
            .filter(|(k, _)| k.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str())
            .collect()
    }
}

/// What the mock answers.
#[derive(Debug, Clone)]
pub struct Reply {
    /// Status.
    pub status: u16,
    /// Body, sent as `application/json`; `None`: no body and no
    /// `Content-Type`.
    pub body: Option<String>,
    /// `x-request-id`, if any.
    pub request_id: Option<String>,
}

impl Reply {
    /// A JSON reply.
    pub fn json(status: u16, body: &Value) -> Self {
        Self {
            status,
            body: Some(body.to_string()),
            request_id: None,
        }
    }
    /// A reply without a body (a 204, a bare 401).
    pub fn empty(status: u16) -> Self {
        Self {
            status,
            body: None,
            request_id: None,
        }
    }
    /// With an `x-request-id` header.
    pub fn request_id(mut self, id: impl Into<String>) -> Self {
        self.request_id = Some(id.into());
        self
    }
}

/// What the server saw of one request.
pub fn capture(req: &HttpMockRequest) -> Captured {
    let uri = req.uri();
    Captured {
        method: req.method().as_str().to_ascii_uppercase(),
        path: uri.path().to_string(),
        query: uri.query().map(str::to_string),
        headers: req
            .headers()
            .iter()
            .map(|(k, v)| {
                (
                    k.as_str().to_ascii_lowercase(),
                    String::from_utf8_lossy(v.as_bytes()).into_owned(),
                )
            })
            .collect(),
        body: req.body_vec(),
    }
}

/// The requests a server has seen, in order.
pub type Seen = Arc<Mutex<Vec<Captured>>>;

/// Answers every request with `reply` and records it. Replaces whatever the
/// server answered before.
pub async fn serve(server: &MockServer, reply: &Reply) -> Seen {
    let reply = reply.clone();
    serve_with(server, move |_| reply.clone()).await
}

/// Answers each request with what `reply` makes of it, and records it.
/// Replaces whatever the server answered before.
pub async fn serve_with(
    server: &MockServer,
    reply: impl Fn(&Captured) -> Reply + Send + Sync + 'static,
) -> Seen {
    server.reset_async().await;
    let seen = Arc::new(Mutex::new(Vec::new()));
    let store = Arc::clone(&seen);
    server
        .mock_async(move |_when, then| {
            then.respond_with(move |req: &HttpMockRequest| {
                let captured = capture(req);
                let reply = reply(&captured);
                store
                    .lock()
                    .unwrap_or_else(|p| p.into_inner())
                    .push(captured);
                let mut response = HttpMockResponse::builder().status(reply.status);
                if let Some(id) = &reply.request_id {
                    response = response.header("x-request-id", id.clone());
                }
                if let Some(body) = reply.body {
                    response = response
                        .header("content-type", "application/json")
                        .body(body);
                }
                response.build()
            });
        })
        .await;
    seen
}

/// The one request a call made; panics (naming `what`) on none or several.
pub fn only(seen: &Seen, what: &str) -> Captured {
    let seen = seen.lock().unwrap_or_else(|p| p.into_inner());
    assert_eq!(
        seen.len(),
        1,
        "{what}: expected exactly one request to reach the server, got {}: {:#?}",
        seen.len(),
        seen.iter()
            .map(|c| format!("{} {}", c.method, c.path))
            .collect::<Vec<_>>()
    );
    seen[0].clone()
}

/// A facade client for `server` with the given auth and no retries (each
/// check wants to see exactly one request per call).
pub fn client(server: &MockServer, scheme: AuthScheme) -> Client {
    client_at(&server.base_url(), scheme)
}

/// A client of the server at `base_url`: [`API_KEY`] sent as `scheme`
/// asks, no retries.
pub fn client_at(base_url: &str, scheme: AuthScheme) -> Client {
    Client::builder()
        .api_key(API_KEY)
        .auth_scheme(scheme)
        .base_url(base_url)
        .retry_policy(RetryPolicy::disabled())
        .build()
        .unwrap_or_else(|e| panic!("cannot build a client for {base_url}: {e}"))
}

/// The facade auth scheme and the `Authorization` value the spec's security
/// scheme `name` calls for.
pub fn authorization(doc: &Value, name: &str) -> (AuthScheme, String) {
    use base64::Engine;
    let scheme = doc
        .pointer(&format!("/components/securitySchemes/{name}"))
        .unwrap_or_else(|| {
            panic!("a security requirement names `{name}`, which components.securitySchemes does not define")
        });
    let ty = scheme
        .get("type")
        .and_then(Value::as_str)
        .unwrap_or_default();
    let http = scheme
        .get("scheme")
        .and_then(Value::as_str)
        .unwrap_or_default()
        .to_ascii_lowercase();
    match (ty, http.as_str()) {
        ("http", "bearer") => (AuthScheme::Bearer, format!("Bearer {API_KEY}")),
        // The overlay documents Basic as the key for user name and an empty password.
        ("http", "basic") => (
            AuthScheme::Basic,
            format!(
                "Basic {}",
                base64::engine::general_purpose::STANDARD.encode(format!("{API_KEY}:"))
            ),
        ),
        _ => {
            panic!("security scheme `{name}` ({scheme}) has no counterpart in imprint::AuthScheme")
        }
    }
}

/// The path template with each `{param}` replaced by its percent-encoded value.
pub fn expected_path(template: &str, params: &BTreeMap<String, String>) -> String {
    let mut out = String::new();
    let mut rest = template;
    while let Some(start) = rest.find('{') {
        out.push_str(&rest[..start]);
        let end = rest[start..]
            .find('}')
            .map(|e| start + e)
            .unwrap_or_else(|| panic!("unterminated parameter in path template `{template}`"));
        let name = &rest[start + 1..end];
        let value = params
            .get(name)
            .unwrap_or_else(|| panic!("no value for path parameter `{name}` of `{template}`"));
        out.extend(percent_encoding::utf8_percent_encode(value, PATH_SEGMENT).map(str::to_string));
        rest = &rest[end + 1..];
    }
    out.push_str(rest);
    out
}

/// A runtime for the synchronous property tests.
pub fn runtime() -> tokio::runtime::Runtime {
    tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap_or_else(|e| panic!("cannot start a tokio runtime: {e}"))
}

/// Characters RFC 3986 allows raw in a path segment (`pchar`, besides
/// `%XX`).
fn is_pchar(c: char) -> bool {
    c.is_ascii_alphanumeric() || "-._~!$&'()*+,;=:@".contains(c)
}

/// Checks a sent path against the spec's template: same segments, each
/// parameter segment percent-decoding to exactly its value and holding no
/// raw character RFC 3986 does not allow in a path segment.
pub fn check_path(
    template: &str,
    params: &BTreeMap<String, String>,
    got: &str,
) -> Result<(), String> {
    let expected = expected_path(template, params);
    let (t, g): (Vec<&str>, Vec<&str>) = (template.split('/').collect(), got.split('/').collect());
    if t.len() != g.len() {
        return Err(format!(
            "sent path `{got}` has {} segments, the template `{template}` has {} (expected `{expected}`)",
            g.len(),
            t.len()
        ));
    }
    for (tseg, gseg) in t.iter().zip(&g) {
        let Some(name) = tseg.strip_prefix('{').and_then(|s| s.strip_suffix('}')) else {
            if tseg.contains('{') {
                // A parameter inside a segment: only the exact spelling is checked.
                return if got == expected {
                    Ok(())
                } else {
                    Err(format!("sent `{got}`, expected `{expected}`"))
                };
            }
            if tseg != gseg {
                return Err(format!(
                    "sent path `{got}`, segment `{gseg}` should be `{tseg}` (template `{template}`)"
                ));
            }
            continue;
        };
        let value = &params[name];
        let decoded = percent_encoding::percent_decode_str(gseg).decode_utf8_lossy();
        if decoded != value.as_str() {
            return Err(format!(
                "path parameter `{name}` was sent as `{gseg}`, which decodes to {decoded:?}, not {value:?} (expected `{expected}`)"
            ));
        }
        let bytes = gseg.as_bytes();
        for (i, c) in gseg.char_indices() {
            let ok = match c {
                '%' => {
                    bytes.len() > i + 2
                        && bytes[i + 1].is_ascii_hexdigit()
                        && bytes[i + 2].is_ascii_hexdigit()
                }
                c => is_pchar(c),
            };
            if !ok {
                return Err(format!(
                    "path parameter `{name}` was sent as `{gseg}`: `{c}` must be percent-encoded in a path segment (expected `{expected}`)"
                ));
            }
        }
    }
    Ok(())
}

/// The query string's pairs, form-decoded (`+` is a space), in order.
pub fn query_pairs(query: Option<&str>) -> Vec<(String, String)> {
    form_urlencoded::parse(query.unwrap_or_default().as_bytes())
        .map(|(k, v)| (k.into_owned(), v.into_owned()))
        .collect()
}
