//! Every documented non-2xx response surfaces as the matching typed
//! `imprint::Error`, with every field kept, and decodes with
//! `imprint::error_bodies`.

use imprint::{AuthScheme, Error};
use imprint_conformance::schema::{SpecValidator, diff, normalise_timestamps, pretty, project};
use imprint_conformance::spec::{self, Operation, Response};
use serde_json::Value;

use crate::cases::{case, declared_error_statuses, decode_error_body};
use crate::requests::example_input;
use crate::responses::response_examples;
use crate::support::{Reply, client, serve};

/// The status to serve for a documented response key: itself, or a
/// representative of a range (`4XX` -> 400) or of `default` (500).
pub fn representative_status(key: &str) -> u16 {
    if let Ok(n) = key.parse() {
        return n;
    }
    match key.as_bytes() {
        [d @ b'1'..=b'5', b'X' | b'x', b'X' | b'x'] => u16::from(d - b'0') * 100,
        _ if key == "default" => 500,
        _ => panic!("response key `{key}` is neither a status, a range nor `default`"),
    }
}

/// The `imprint::Error` variant the facade documents for a status.
pub fn expected_variant(status: u16) -> &'static str {
    match status {
        404 => "NotFound",
        401 => "Unauthorized",
        403 => "Forbidden",
        400 | 422 => "InvalidRequest",
        409 => "Conflict",
        429 => "RateLimited",
        500..=599 => "Server",
        _ => "Api",
    }
}

/// The name of `e`'s variant.
pub fn variant(e: &Error) -> &'static str {
    match e {
        Error::NotFound(_) => "NotFound",
        Error::Unauthorized(_) => "Unauthorized",
        Error::Forbidden(_) => "Forbidden",
        Error::InvalidRequest(_) => "InvalidRequest",
        Error::Conflict(_) => "Conflict",
        Error::RateLimited { .. } => "RateLimited",
        Error::Server(_) => "Server",
        Error::Api(_) => "Api",
        Error::Timeout { .. } => "Timeout",
        Error::Transport { .. } => "Transport",
        Error::Decode(_) => "Decode",
        Error::BodyTooLarge { .. } => "BodyTooLarge",
        Error::InvalidInput(_) => "InvalidInput",
        Error::Pagination { .. } => "Pagination",
        Error::Config(_) => "Config",
        _ => "(a variant this suite does not know)",
    }
}

/// An error response as served.
pub struct Served<'a> {
    /// Status.
    pub status: u16,
    /// JSON body.
    pub body: &'a Value,
    /// `x-request-id`.
    pub request_id: &'a str,
}

/// Checks what the facade made of a served error body.
pub fn check_error(
    doc: &Value,
    op: &Operation,
    response: &Response,
    served: &Served<'_>,
    result: Result<Value, Error>,
    context: &str,
) {
    let Served {
        status,
        body: served,
        request_id,
    } = *served;
    let e = match result {
        Ok(v) => panic!(
            "{context}: a {status} response was returned as success: {}",
            pretty(&v)
        ),
        Err(e) => e,
    };
    assert_eq!(
        variant(&e),
        expected_variant(status),
        "{context}: a {status} surfaced as Error::{} ({e}), expected Error::{}",
        variant(&e),
        expected_variant(status)
    );
    let api = e
        .api_error()
        .unwrap_or_else(|| panic!("{context}: Error::{} carries no ApiError", variant(&e)));
    let text = |k: &str| served.get(k).and_then(Value::as_str).map(str::to_string);
    let fields = [
        (
            "operation",
            Some(api.operation.to_string()),
            Some(op.id.clone()),
        ),
        (
            "status",
            Some(api.status.to_string()),
            Some(status.to_string()),
        ),
        ("error_type", api.error_type.clone(), text("type")),
        ("message", api.message.clone(), text("message")),
        ("param", api.param.clone(), text("param")),
        (
            "request_id",
            api.request_id.clone(),
            Some(request_id.to_string()),
        ),
        (
            "Error::status()",
            e.status().map(|s| s.to_string()),
            Some(status.to_string()),
        ),
        (
            "Error::request_id()",
            e.request_id().map(str::to_string),
            Some(request_id.to_string()),
        ),
    ];
    for (field, got, expected) in fields {
        assert_eq!(
            got, expected,
            "{context}: ApiError.{field} is {got:?}, the served body/headers say {expected:?}"
        );
    }
    let raw: Value = serde_json::from_slice(&api.body)
        .unwrap_or_else(|e| panic!("{context}: ApiError.body is not the JSON served: {e}"));
    assert_eq!(
        &raw, served,
        "{context}: ApiError.body differs from the body served"
    );
    assert!(
        api.content_type.as_deref().is_some_and(spec::is_json),
        "{context}: ApiError.content_type is {:?}",
        api.content_type
    );
    // The typed decoder for the operation's error bodies.
    if let Some(media) = &response.json {
        let decoded = decode_error_body(&op.id, status, &api.body)
            .unwrap_or_else(|| panic!("{context}: error_bodies decode knows no body for {status}"))
            .unwrap_or_else(|e| panic!("{context}: error_bodies decode failed: {e}"));
        // Unknown fields stay in ApiError.body; the typed body ignores them.
        let (s, d) = (
            normalise_timestamps(doc, &media.schema, &project(doc, &media.schema, served)),
            normalise_timestamps(doc, &media.schema, &decoded),
        );
        assert!(
            s == d,
            "{context}: error_bodies decode drops or changes fields:\n  {}",
            diff(&s, &d).join("\n  ")
        );
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn documented_errors_surface_as_typed_errors() {
    let doc = spec::merged();
    let server = httpmock::MockServer::start_async().await;
    let mut checked = 0;
    for op in spec::operations(doc) {
        let case = case(&op.id).unwrap_or_else(|| panic!("{}: no conformance case", op.label()));
        let input = example_input(doc, &op);
        let c = client(&server, AuthScheme::Bearer);
        for response in op.errors() {
            let status = representative_status(&response.status);
            let examples = match &response.json {
                Some(media) => {
                    let v = SpecValidator::new(
                        doc,
                        &media.schema,
                        format!("{} {} body", op.id, response.status),
                    );
                    let examples = response_examples(doc, media);
                    for (what, e) in &examples {
                        v.assert_valid(
                            e,
                            &format!(
                                "{} {}: {what} (the spec's own example)",
                                op.id, response.status
                            ),
                        );
                    }
                    examples
                }
                None => vec![("no body".to_string(), Value::Null)],
            };
            for (what, body) in examples {
                let context = format!("{} {} ({what})", op.id, response.status);
                let request_id = format!("req_conformance_{}_{status}", op.id);
                serve(&server, &Reply::json(status, &body).request_id(&request_id)).await;
                let result = (case.invoke)(&c, &input).await;
                let served = Served {
                    status,
                    body: &body,
                    request_id: &request_id,
                };
                check_error(doc, &op, response, &served, result, &context);
                checked += 1;
            }
        }
    }
    assert!(checked > 0, "the spec documents no error response at all");
}

#[test]
fn error_decoders_list_exactly_the_documented_statuses() {
    let doc = spec::merged();
    for op in spec::operations(doc) {
        let documented: Vec<(String, Option<String>)> = op
            .errors()
            .map(|r| (r.status.clone(), r.schema_name().map(str::to_string)))
            .collect();
        let generated: Vec<(String, Option<String>)> = declared_error_statuses(&op.id)
            .iter()
            .map(|(s, n)| (s.to_string(), n.map(str::to_string)))
            .collect();
        assert_eq!(
            generated,
            documented,
            "{}: imprint::error_bodies lists {generated:?}, the spec documents {documented:?}",
            op.label()
        );
    }
}
