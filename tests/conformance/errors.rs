//! Every documented non-2xx response of every operation surfaces as the
//! typed `imprint::Error` variant for its status, keeping status, type,
//! message, param, details, request id and the raw body; its body decodes
//! with `imprint::error_bodies::<Op>Error` into the type the spec gives
//! for that status.

use imprint::{AuthScheme, Error};
use imprint_conformance::schema::{SpecValidator, diff, pretty, project};
use imprint_conformance::spec::{self, Operation, Response};
use serde_json::Value;

use crate::cases::{CASES, case};
use crate::requests::example_input;
use crate::responses::{as_typed, response_examples};
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

/// The fields an error body carries, read the way `ErrorResponse`
/// documents: wrapped `{"error": {type|code, message, param, details}}`,
/// Spring-style `{status, error, path, message?, details}` (the `error`
/// text is the type, `details` the field errors), or flat `{type|code,
/// message|detail, param, details|errors}`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ExpectedFields {
    /// `type`.
    pub error_type: Option<String>,
    /// `message`.
    pub message: Option<String>,
    /// `param`.
    pub param: Option<String>,
    /// The messages of the listed details, in order.
    pub details: Vec<String>,
}

/// [`ExpectedFields`] of a served body (`Null`: no body).
pub fn expected_fields(body: &Value) -> ExpectedFields {
    let s = |v: Option<&Value>| v.and_then(Value::as_str).map(str::to_string);
    let details = |v: Option<&Value>| -> Vec<String> {
        match v {
            Some(Value::Array(items)) => items
                .iter()
                .filter_map(|i| match i {
                    Value::String(m) => Some(m.clone()),
                    Value::Object(o) => Some(
                        ["message", "error", "reason", "defaultMessage"]
                            .iter()
                            .find_map(|k| o.get(*k).and_then(Value::as_str))
                            .unwrap_or_default()
                            .to_string(),
                    ),
                    _ => None,
                })
                .collect(),
            Some(Value::Object(o)) => o
                .values()
                .map(|v| {
                    v.as_str()
                        .map(str::to_string)
                        .unwrap_or_else(|| v.to_string())
                })
                .collect(),
            _ => Vec::new(),
        }
    };
    let Value::Object(root) = body else {
        return ExpectedFields::default();
    };
    if let Some(Value::Object(inner)) = root.get("error") {
        return ExpectedFields {
            error_type: s(inner.get("type")).or_else(|| s(inner.get("code"))),
            message: s(inner.get("message")),
            param: s(inner.get("param")),
            details: details(inner.get("details")),
        };
    }
    if root.get("status").is_some_and(Value::is_number)
        && root.get("error").is_some_and(Value::is_string)
    {
        return ExpectedFields {
            error_type: s(root.get("error")),
            message: s(root.get("message"))
                .or_else(|| s(root.get("details")))
                .or_else(|| s(root.get("detail"))),
            param: s(root.get("param")),
            details: details(root.get("details").filter(|d| d.is_array())),
        };
    }
    ExpectedFields {
        error_type: s(root.get("type")).or_else(|| s(root.get("code"))),
        message: s(root.get("message")).or_else(|| s(root.get("detail"))),
        param: s(root.get("param")),
        details: details(root.get("details").or_else(|| root.get("errors"))),
    }
}

/// An error response as served.
pub struct Served<'a> {
    /// Status.
    pub status: u16,
    /// JSON body; `None`: no body at all.
    pub body: Option<&'a Value>,
    /// `x-request-id`.
    pub request_id: &'a str,
}

/// Checks what the facade made of a served error response.
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
        body,
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
    let expected = expected_fields(body.unwrap_or(&Value::Null));
    let got_details: Vec<String> = api.details.iter().map(|d| d.message.clone()).collect();
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
        ("error_type", api.error_type.clone(), expected.error_type),
        ("message", api.message.clone(), expected.message),
        ("param", api.param.clone(), expected.param),
        (
            "details",
            Some(format!("{got_details:?}")),
            Some(format!("{:?}", expected.details)),
        ),
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
    let Some(served) = body else {
        assert!(
            api.body.is_empty(),
            "{context}: no body was served, but ApiError.body has {} bytes",
            api.body.len()
        );
        assert_eq!(
            api.content_type, None,
            "{context}: no body was served, yet ApiError.content_type is set"
        );
        assert!(
            (CASES.iter().find(|c| c.operation == op.id))
                .is_some_and(|c| (c.decode_error)(status, &api.body).is_none()),
            "{context}: error_bodies decodes a body the spec does not document"
        );
        return;
    };
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
    if let Some(media) = response.json() {
        let decoded = (case(&op.id).decode_error)(status, &api.body)
            .unwrap_or_else(|| panic!("{context}: error_bodies decode knows no body for {status}"))
            .unwrap_or_else(|e| panic!("{context}: error_bodies decode failed: {e}"));
        // Unknown fields stay in ApiError.body; the typed body ignores them.
        let (s, d) = (
            as_typed(doc, &media.schema, &project(doc, &media.schema, served)),
            as_typed(doc, &media.schema, &decoded),
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
    let c = client(&server, AuthScheme::Bearer);
    let mut checked = 0;
    for op in spec::operations() {
        let case = case(&op.id);
        let input = example_input(doc, op);
        for response in op.errors() {
            let status = representative_status(&response.status);
            let examples: Vec<(String, Option<Value>)> = match response.json() {
                Some(media) => {
                    let v = SpecValidator::new(
                        doc,
                        &media.schema,
                        format!("{} {} body", op.id, response.status),
                    );
                    response_examples(doc, media)
                        .into_iter()
                        .map(|(what, e)| {
                            v.assert_valid(
                                &e,
                                &format!(
                                    "{} {}: {what} (the spec's own example)",
                                    op.id, response.status
                                ),
                            );
                            (what, Some(e))
                        })
                        .collect()
                }
                None => vec![("no body".to_string(), None)],
            };
            for (what, body) in examples {
                let context = format!("{} {} ({what})", op.id, response.status);
                let request_id = format!("req_conformance_{}_{status}", op.id);
                let reply = match &body {
                    Some(b) => Reply::json(status, b),
                    None => Reply::empty(status),
                };
                serve(&server, &reply.request_id(&request_id)).await;
                let result = (case.invoke)(&c, &input).await;
                let served = Served {
                    status,
                    body: body.as_ref(),
                    request_id: &request_id,
                };
                check_error(doc, op, response, &served, result, &context);
                checked += 1;
            }
        }
    }
    assert!(checked > 0, "the spec documents no error response at all");
}

#[test]
fn error_decoders_list_exactly_the_documented_statuses() {
    // Each documented error status in order, with the component name of
    // its JSON body; an inline body gets a generated name (its type is
    // compared with the spec's schema in `schemas`), no body gets none.
    for op in spec::operations() {
        let generated = case(&op.id).error_statuses;
        let documented: Vec<&Response> = op.errors().collect();
        assert_eq!(
            generated.iter().map(|(s, _)| *s).collect::<Vec<_>>(),
            documented
                .iter()
                .map(|r| r.status.as_str())
                .collect::<Vec<_>>(),
            "{}: imprint::error_bodies lists other statuses than the spec",
            op.label()
        );
        for ((status, name), r) in generated.iter().zip(&documented) {
            let ok = match (r.json(), r.schema_name(), name) {
                (Some(_), Some(spec_name), Some(name)) => spec_name == *name,
                (Some(_), None, Some(_)) => true,
                (None, _, None) => true,
                _ => false,
            };
            assert!(
                ok,
                "{} {status}: error_bodies names the body {name:?}, the spec documents {:?} (JSON: {})",
                op.label(),
                r.schema_name(),
                r.json().is_some()
            );
        }
    }
}
