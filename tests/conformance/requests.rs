//! Each spec operation through the facade, as a typed request
//! (`Client::send`) and as a raw one (`Client::send_raw`): method, path
//! (every parameter percent-encoded and decoding to exactly its value),
//! query parameters, auth per security scheme, no undeclared header, and a
//! body valid for the spec and equal to what was given.

use imprint::{AuthScheme, RawRequest};
use imprint_conformance::examples::assemble;
use imprint_conformance::schema::{
    SpecValidator, diff, drop_empty_optionals_in_request, fill_defaults, normalise_timestamps,
    pretty,
};
use imprint_conformance::spec::{self, Location, Operation, Parameter, is_json, resolve};
use serde_json::Value;

use crate::cases::{CASES, Input, case};
use crate::open_bugs::{problem_of, settle};
use crate::support::{
    AWKWARD_ID, AWKWARD_QUERY, Captured, Reply, authorization, check_path, client, expected_path,
    only, query_pairs, serve,
};

/// Headers the spec does not declare and no request may carry.
pub const UNDECLARED_HEADERS: &[&str] = &["api-version"];

/// The value a request check sends for a query parameter: the spec's
/// enum value, example or default; for free text, [`AWKWARD_QUERY`], so
/// the encoding is exercised.
pub fn example_query_value(doc: &Value, op: &Operation, p: &Parameter) -> Value {
    let schema = resolve(doc, &p.schema);
    let free_text = schema.get("type") == Some(&Value::from("string"))
        && ["enum", "const", "format", "pattern", "maxLength"]
            .iter()
            .all(|k| schema.get(*k).is_none());
    let value = if free_text {
        Value::from(AWKWARD_QUERY)
    } else {
        p.example
            .clone()
            .unwrap_or_else(|| assemble(doc, &p.schema).value)
    };
    SpecValidator::new(
        doc,
        &p.schema,
        format!("{} query parameter `{}`", op.id, p.name),
    )
    .assert_valid(
        &value,
        &format!(
            "{}: the example of query parameter `{}`",
            op.label(),
            p.name
        ),
    );
    value
}

/// The input a request check sends: every path parameter set to
/// [`AWKWARD_ID`], every query parameter (required or not) set by
/// [`example_query_value`], and the body assembled from the spec's
/// examples (every property present).
pub fn example_input(doc: &Value, op: &Operation) -> Input {
    let mut input = Input::default();
    for p in &op.parameters {
        match p.location {
            Location::Path => {
                input.path.insert(p.name.clone(), AWKWARD_ID.to_string());
            }
            Location::Query => {
                input
                    .query
                    .insert(p.name.clone(), example_query_value(doc, op, p));
            }
            other => panic!(
                "{}: {} parameter `{}` has no conformance support (the case table refuses it too)",
                op.label(),
                other.as_str(),
                p.name
            ),
        }
    }
    if let Some(body) = &op.request_body {
        let example = assemble(doc, &body.media.schema).value;
        SpecValidator::new(doc, &body.media.schema, format!("{} request body", op.id))
            .assert_valid(
                &example,
                &format!("{}: the spec's own request example", op.label()),
            );
        input.body = Some(example);
    }
    input
}

/// The first success response, with its assembled example body (none for
/// a response without JSON content: a 204).
pub fn success_reply(doc: &Value, op: &Operation) -> Reply {
    let ok = op
        .successes()
        .next()
        .unwrap_or_else(|| panic!("{}: the spec documents no 2xx response", op.label()));
    let status = ok
        .code()
        .unwrap_or_else(|| panic!("{}: success key `{}` is no status", op.label(), ok.status));
    match ok.json() {
        Some(m) => Reply::json(status, &assemble(doc, &m.schema).value),
        None => Reply::empty(status),
    }
}

/// A query value as it goes on the wire.
pub fn query_text(op: &str, name: &str, v: &Value) -> String {
    match v {
        Value::String(s) => s.clone(),
        Value::Number(n) => n.to_string(),
        Value::Bool(b) => b.to_string(),
        other => panic!(
            "{op}: query parameter `{name}` = {other}: only scalar query values are supported"
        ),
    }
}

/// What the typed client must put on the wire for `body`: the body with
/// the defaults the spec declares filled in, and empty optional maps and
/// arrays left out except where the generator keeps them (request-only
/// schemas, see `spec::request_only_components`).
pub fn expected_body(doc: &Value, schema: &Value, body: &Value) -> Value {
    let request_only = spec::request_only_components(doc);
    drop_empty_optionals_in_request(
        doc,
        schema,
        &fill_defaults(doc, schema, body),
        &request_only,
    )
}

/// Checks one captured request against the spec and the input: `auth` is
/// the `Authorization` value expected, `body` the JSON body expected
/// (`None`: no body).
pub fn check_request(
    doc: &Value,
    op: &Operation,
    input: &Input,
    body: Option<&Value>,
    got: &Captured,
    auth: Option<&str>,
    context: &str,
) {
    assert_eq!(
        got.method,
        op.method,
        "{context}: sent {} but the spec says {} for {}",
        got.method,
        op.method,
        op.label()
    );
    if let Err(e) = check_path(&op.path, &input.path, &got.path) {
        panic!("{context}: {e}");
    }
    // Query: exactly the parameters given, each once, with its value, and
    // each declared by the spec and valid for its schema.
    let mut sent = query_pairs(got.query.as_deref());
    for (name, value) in &sent {
        let p = op
            .params_in(Location::Query)
            .find(|p| &p.name == name)
            .unwrap_or_else(|| {
                panic!("{context}: sent query parameter `{name}`, which the spec does not declare")
            });
        let typed = match resolve(doc, &p.schema).get("type").and_then(Value::as_str) {
            Some("integer" | "number" | "boolean") => {
                serde_json::from_str(value).unwrap_or_else(|_| Value::from(value.as_str()))
            }
            _ => Value::from(value.as_str()),
        };
        SpecValidator::new(
            doc,
            &p.schema,
            format!("{} query parameter `{name}`", op.id),
        )
        .assert_valid(&typed, &format!("{context}: query parameter `{name}`"));
    }
    let mut expected: Vec<(String, String)> = input
        .query
        .iter()
        .map(|(k, v)| (k.clone(), query_text(&op.id, k, v)))
        .collect();
    sent.sort();
    expected.sort();
    assert_eq!(
        sent, expected,
        "{context}: the query parameters sent (raw query {:?}) differ from the input",
        got.query
    );
    if let Some(expected) = auth {
        let sent = got.header("authorization");
        assert!(
            sent == [expected],
            "{context}: sent Authorization {sent:?}, the security scheme calls for {expected:?}"
        );
    }
    for h in UNDECLARED_HEADERS {
        assert!(
            got.header(h).is_empty(),
            "{context}: sent header `{h}: {:?}`, which the spec does not declare",
            got.header(h)
        );
    }
    match (body, &op.request_body) {
        (Some(expected), Some(spec_body)) => {
            let ct = got.header("content-type");
            assert!(
                ct.len() == 1 && is_json(ct[0]) && ct[0].starts_with(&spec_body.media.media_type),
                "{context}: Content-Type is {ct:?}, the spec's request body is {}",
                spec_body.media.media_type
            );
            let sent: Value = serde_json::from_slice(&got.body).unwrap_or_else(|e| {
                panic!(
                    "{context}: the body is not JSON ({e}): {}",
                    String::from_utf8_lossy(&got.body)
                )
            });
            let schema = &spec_body.media.schema;
            SpecValidator::new(doc, schema, format!("{} request body", op.id))
                .assert_valid(&sent, &format!("{context}: the body sent"));
            let expected = normalise_timestamps(doc, schema, expected);
            let sent = normalise_timestamps(doc, schema, &sent);
            assert!(
                expected == sent,
                "{context}: the body sent differs from the input:\n  {}\nsent: {}",
                diff(&expected, &sent).join("\n  "),
                pretty(&sent)
            );
        }
        (Some(_), None) => panic!("{context}: a body is expected, but the spec declares none"),
        (None, _) => {
            assert!(
                got.body.is_empty(),
                "{context}: no body was given, but {} bytes were sent: {}",
                got.body.len(),
                String::from_utf8_lossy(&got.body)
            );
            assert!(
                got.header("content-type").is_empty(),
                "{context}: Content-Type {:?} without a body",
                got.header("content-type")
            );
        }
    }
}

/// The same input as a `RawRequest`.
pub fn raw_request(op: &Operation, input: &Input) -> RawRequest {
    let mut raw = RawRequest::new();
    for (k, v) in &input.path {
        raw = raw.path_param(k, v);
    }
    for (k, v) in &input.query {
        raw = raw.query_param(k, query_text(&op.id, k, v));
    }
    if let Some(b) = &input.body {
        raw = raw.body(b.clone());
    }
    raw
}

/// The `Authorization` variants to send an operation with: one per
/// security scheme it accepts.
pub fn schemes(doc: &Value, op: &Operation) -> Vec<(String, AuthScheme, Option<String>)> {
    if op.security.is_empty() {
        return vec![("no security scheme".into(), AuthScheme::Bearer, None)];
    }
    op.security
        .iter()
        .map(|name| {
            let (scheme, value) = authorization(doc, name);
            (name.clone(), scheme, Some(value))
        })
        .collect()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn every_operation_sends_what_the_spec_says() {
    let doc = spec::merged();
    let server = httpmock::MockServer::start_async().await;
    let ops = spec::operations();
    assert!(!ops.is_empty(), "the spec has no operations");
    for op in ops {
        let case = case(&op.id);
        let input = example_input(doc, op);
        let body = op.request_body.as_ref().and_then(|b| {
            input
                .body
                .as_ref()
                .map(|v| expected_body(doc, &b.media.schema, v))
        });
        let reply = success_reply(doc, op);
        for (scheme_name, auth_scheme, expected_auth) in schemes(doc, op) {
            let c = client(&server, auth_scheme);
            // Typed: the generated request type through Client::send.
            let context = format!("{} ({}) with {scheme_name}", op.id, case.request_type);
            let seen = serve(&server, &reply).await;
            // Only the request matters here (`responses` checks decoding);
            // `only` proves it was sent.
            let _ = (case.invoke)(&c, &input).await;
            let got = only(&seen, &context);
            check_request(
                doc,
                op,
                &input,
                body.as_ref(),
                &got,
                expected_auth.as_deref(),
                &context,
            );
            // Every special character of AWKWARD_ID must be encoded, so
            // there is exactly one right spelling.
            let exact = expected_path(&op.path, &input.path);
            assert_eq!(
                got.path, exact,
                "{context}: the path is not the one percent-encoded spelling"
            );

            // Raw: the same values through Client::send_raw.
            let context = format!("{} (send_raw) with {scheme_name}", op.id);
            let seen = serve(&server, &reply).await;
            if let Err(e) = c.send_raw(case.descriptor, raw_request(op, &input)).await {
                panic!("{context}: the call failed: {e} ({e:?})");
            }
            let got = only(&seen, &context);
            // send_raw sends the JSON as given: no defaults filled in.
            check_request(
                doc,
                op,
                &input,
                input.body.as_ref(),
                &got,
                expected_auth.as_deref(),
                &context,
            );
            assert_eq!(got.path, exact, "{context}: the path differs");
        }
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_optional_body_left_unset_sends_the_documented_default() {
    // progenitor's client always sends a body; the generated request type
    // documents that `None` sends the body type's default. Hold it to that:
    // the default is `{}` and it is valid for the operation.
    let doc = spec::merged();
    let server = httpmock::MockServer::start_async().await;
    let c = client(&server, AuthScheme::Bearer);
    let mut optional = 0;
    let mut problems = Vec::new();
    for op in spec::operations() {
        let Some(body) = &op.request_body else {
            continue;
        };
        if body.required {
            continue;
        }
        optional += 1;
        let mut input = example_input(doc, op);
        input.body = None;
        let seen = serve(&server, &success_reply(doc, op)).await;
        let _ = (case(&op.id).invoke)(&c, &input).await;
        let context = format!("{} without its optional body", op.id);
        let got = only(&seen, &context);
        // What the documentation says goes out: the default, an empty object.
        let default = serde_json::json!({});
        problems.extend(
            problem_of(async {
                check_request(doc, op, &input, Some(&default), &got, None, &context)
            })
            .await,
        );
    }
    assert!(
        optional > 0,
        "no operation has an optional body any more; drop this test"
    );
    settle(
        "an_optional_body_left_unset_sends_the_documented_default",
        &problems,
    );
}

#[test]
fn every_case_reaches_its_own_operation() {
    // The request type the table names for an operation must be the one
    // whose `Request::OPERATION` is that operation, and the facade's table
    // must describe it as the spec does.
    for case in CASES {
        let op = spec::operation(case.operation);
        let d = case.descriptor;
        assert_eq!(
            (d.id, d.method, d.path),
            (op.id.as_str(), op.method.as_str(), op.path.as_str()),
            "{}: requests::{} describes another operation",
            op.label(),
            case.request_type
        );
        assert_eq!(
            (d.idempotent, d.pagination.is_some(), d.section),
            (op.idempotent, op.pagination.is_some(), op.section.as_str()),
            "{}: the generated descriptor's idempotency, pagination or section differs from the spec's",
            op.label()
        );
        assert!(
            imprint::operations::find(case.operation) == Some(d),
            "{}: operations::find does not give requests::{}'s descriptor",
            op.label(),
            case.request_type
        );
    }
}
