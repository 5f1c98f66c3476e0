//! The spec's examples, served as success responses of every operation,
//! decode into the generated output types with every field kept, directly
//! and through `Client::send`; a success without a body (204) is `()`.

use imprint::AuthScheme;
use imprint_conformance::examples::assemble;
use imprint_conformance::schema::{
    SpecValidator, diff, drop_empty_optionals, normalise_timestamps, pretty,
};
use imprint_conformance::spec::{self, Media, Operation};
use serde_json::Value;

use crate::cases::case;
use crate::open_bugs::settle;
use crate::requests::example_input;
use crate::support::{Reply, client, serve};

/// The examples of a response: the one assembled from schema examples
/// (every property present), then the media-type examples.
pub fn response_examples(doc: &Value, media: &Media) -> Vec<(String, Value)> {
    let mut out = vec![(
        "assembled from schema examples".to_string(),
        assemble(doc, &media.schema).value,
    )];
    out.extend(
        media
            .examples
            .iter()
            .map(|(n, v)| (format!("media example `{n}`"), v.clone())),
    );
    out
}

/// The value as a response type gives it back: timestamps as instants,
/// empty optional maps and arrays as absent (see `drop_empty_optionals`).
pub fn as_typed(doc: &Value, schema: &Value, v: &Value) -> Value {
    normalise_timestamps(doc, schema, &drop_empty_optionals(doc, schema, v))
}

/// Asserts `got` (a typed value re-serialised) shows `served` whole.
pub fn assert_kept(doc: &Value, schema: &Value, served: &Value, got: &Value, context: &str) {
    let expected = as_typed(doc, schema, served);
    let got = as_typed(doc, schema, got);
    assert!(
        expected == got,
        "{context}: the typed result does not keep the served body:\n  {}\nserved: {}\nre-serialised: {}",
        diff(&expected, &got).join("\n  "),
        pretty(served),
        pretty(&got)
    );
}

async fn check_operation(doc: &Value, op: &Operation, server: &httpmock::MockServer) -> usize {
    let case = case(&op.id);
    let input = example_input(doc, op);
    let c = client(server, AuthScheme::Bearer);
    let output = (case.output_type)();
    let mut checked = 0;
    for response in op.successes() {
        let status = response.code().unwrap_or_else(|| {
            panic!(
                "{}: success key `{}` is no status",
                op.label(),
                response.status
            )
        });
        let Some(media) = response.json() else {
            // No content: the typed result is `()`.
            let context = format!("{} {} (no body)", op.id, response.status);
            serve(server, &Reply::empty(status)).await;
            let got = (case.invoke)(&c, &input)
                .await
                .unwrap_or_else(|e| panic!("{context}: the facade refused the response: {e}"));
            assert_eq!(
                got,
                Value::Null,
                "{context}: a response without content decoded as {got}, not ()"
            );
            checked += 1;
            continue;
        };
        let validator = SpecValidator::new(
            doc,
            &media.schema,
            format!("{} {} body", op.id, response.status),
        );
        for (what, example) in response_examples(doc, media) {
            let context = format!("{} {}: {what}", op.id, response.status);
            validator.assert_valid(&example, &format!("{context} (the spec's own example)"));
            // Straight into the generated output type.
            let again = (output.round_trip)(example.clone()).unwrap_or_else(|e| {
                panic!(
                    "{context}: does not decode as {}: {e}\nbody: {}",
                    output.name,
                    pretty(&example)
                )
            });
            assert_kept(
                doc,
                &media.schema,
                &example,
                &again,
                &format!("{context} ({})", output.name),
            );
            // And through the facade.
            serve(server, &Reply::json(status, &example)).await;
            let got = (case.invoke)(&c, &input).await.unwrap_or_else(|e| {
                panic!(
                    "{context}: the facade refused the example: {e}\nbody: {}",
                    pretty(&example)
                )
            });
            assert_kept(doc, &media.schema, &example, &got, &context);
            checked += 1;
        }
    }
    checked
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn spec_examples_decode_and_keep_every_field() {
    let doc = spec::merged();
    let server = httpmock::MockServer::start_async().await;
    for op in spec::operations() {
        let n = check_operation(doc, op, &server).await;
        assert!(n > 0, "{}: no success response to check", op.label());
    }
}

#[test]
fn every_schema_example_in_the_spec_is_valid() {
    // Examples the spec gives on any schema (property, component or
    // inline) must be valid for that schema; the other checks serve them.
    let doc = spec::merged();
    let mut found = 0;
    let mut problems = Vec::new();
    let mut stack = vec![(String::new(), doc)];
    while let Some((at, v)) = stack.pop() {
        match v {
            Value::Object(m) => {
                let is_schema = at.ends_with("/schema")
                    || at.contains("/schemas/")
                    || at.contains("/properties/")
                    || at.ends_with("/items")
                    || at.ends_with("/additionalProperties");
                if is_schema && let Some(example) = m.get("example") {
                    let errors =
                        SpecValidator::new(doc, v, format!("the schema at {at}")).errors(example);
                    // Each error is `/instance/path: message`; say where
                    // in the document it is.
                    problems.extend(errors.into_iter().map(|e| {
                        let (path, message) = e.split_once(": ").unwrap_or(("/", &e));
                        let path = if path == "/" { "" } else { path };
                        format!("{at}{path}: {message} (`example` {example})")
                    }));
                    found += 1;
                }
                for (k, child) in m {
                    if k != "example" && k != "examples" {
                        stack.push((
                            format!("{at}/{}", k.replace('~', "~0").replace('/', "~1")),
                            child,
                        ));
                    }
                }
            }
            Value::Array(items) => {
                for (i, child) in items.iter().enumerate() {
                    stack.push((format!("{at}/{i}"), child));
                }
            }
            _ => {}
        }
    }
    assert!(
        found > 10,
        "only {found} schema examples found; is the walk broken?"
    );
    settle("every_schema_example_in_the_spec_is_valid", &problems);
}
