//! Each spec operation through the facade: method, path (percent-encoded),
//! auth per security scheme, content type and a body valid for the spec.

use imprint::AuthScheme;
use imprint_conformance::examples::assemble;
use imprint_conformance::schema::{SpecValidator, diff, normalise_timestamps, pretty};
use imprint_conformance::spec::{self, Operation, is_json};
use serde_json::Value;

use crate::cases::{Input, case};
use crate::support::{
    AWKWARD_ID, Reply, authorization, check_path, client, expected_path, only, serve,
};

/// The input a request check sends: every path parameter set to
/// [`AWKWARD_ID`], and the request body assembled from the spec's examples.
pub fn example_input(doc: &Value, op: &Operation) -> Input {
    let mut input = Input::default();
    for p in &op.parameters {
        assert!(
            p.location == "path" || !p.required,
            "{}: required {} parameter `{}` has no conformance support yet; extend tests/conformance/requests.rs",
            op.label(),
            p.location,
            p.name
        );
        if p.location == "path" {
            input.path.insert(p.name.clone(), AWKWARD_ID.to_string());
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

/// The first JSON success response's assembled example, and its status.
pub fn success_reply(doc: &Value, op: &Operation) -> Reply {
    let ok = op
        .successes()
        .next()
        .unwrap_or_else(|| panic!("{}: the spec documents no 2xx response", op.label()));
    let status = ok.code().unwrap_or(200);
    let body = ok
        .json
        .as_ref()
        .map(|m| assemble(doc, &m.schema).value)
        .unwrap_or(Value::Null);
    Reply::json(status, &body)
}

/// Checks one captured request against the spec.
pub fn check_request(
    doc: &Value,
    op: &Operation,
    input: &Input,
    got: &crate::support::Captured,
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
    if let Err(e) = check_path(&op.path, &input.path, &got.path, false) {
        panic!("{context}: {e}");
    }
    assert_eq!(
        got.query, None,
        "{context}: sent a query string the spec does not declare"
    );
    if let Some(expected) = auth {
        let sent = got.header("authorization");
        assert!(
            sent == [expected],
            "{context}: sent Authorization {sent:?}, the security scheme calls for {expected:?}"
        );
    }
    match &op.request_body {
        Some(body) => {
            let ct = got.header("content-type");
            assert!(
                ct.len() == 1 && is_json(ct[0]) && ct[0].starts_with(&body.media.media_type),
                "{context}: Content-Type is {ct:?}, the spec's request body is {}",
                body.media.media_type
            );
            let sent: Value = serde_json::from_slice(&got.body).unwrap_or_else(|e| {
                panic!(
                    "{context}: the body is not JSON ({e}): {}",
                    String::from_utf8_lossy(&got.body)
                )
            });
            SpecValidator::new(doc, &body.media.schema, format!("{} request body", op.id))
                .assert_valid(&sent, &format!("{context}: the body sent"));
            if let Some(expected) = &input.body {
                let expected = normalise_timestamps(doc, &body.media.schema, expected);
                let sent = normalise_timestamps(doc, &body.media.schema, &sent);
                assert!(
                    expected == sent,
                    "{context}: the body sent differs from the input:\n  {}\nsent: {}",
                    diff(&expected, &sent).join("\n  "),
                    pretty(&sent)
                );
            }
        }
        None => {
            assert!(
                got.body.is_empty(),
                "{context}: the spec declares no request body, but {} bytes were sent",
                got.body.len()
            );
            assert!(
                got.header("content-type").is_empty(),
                "{context}: Content-Type {:?} without a body",
                got.header("content-type")
            );
        }
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn every_operation_sends_what_the_spec_says() {
    let doc = spec::merged();
    let server = httpmock::MockServer::start_async().await;
    let ops = spec::operations(doc);
    assert!(!ops.is_empty(), "the spec has no operations");
    for op in &ops {
        let case = case(&op.id).unwrap_or_else(|| {
            panic!(
                "{}: no conformance case reaches this operation (add it to CASES)",
                op.label()
            )
        });
        let input = example_input(doc, op);
        let reply = success_reply(doc, op);
        let schemes: Vec<Option<&str>> = if op.security.is_empty() {
            vec![None]
        } else {
            op.security.iter().map(|s| Some(s.as_str())).collect()
        };
        for scheme in schemes {
            let (auth_scheme, expected_auth) = match scheme {
                Some(name) => {
                    let (s, v) = authorization(doc, name);
                    (s, Some(v))
                }
                None => (AuthScheme::Bearer, None),
            };
            let context = format!("{} with {}", op.id, scheme.unwrap_or("no security scheme"));
            let seen = serve(&server, &reply).await;
            let c = client(&server, auth_scheme);
            if let Err(e) = (case.invoke)(&c, &input).await {
                panic!("{context}: the call failed: {e} ({e:?})");
            }
            let got = only(&seen, &context);
            check_request(doc, op, &input, &got, expected_auth.as_deref(), &context);
            // Every special character of AWKWARD_ID must be encoded, so
            // there is exactly one right spelling.
            let exact = expected_path(&op.path, &input.path);
            assert_eq!(
                got.path, exact,
                "{context}: the path is not the one percent-encoded spelling"
            );
        }
    }
}
