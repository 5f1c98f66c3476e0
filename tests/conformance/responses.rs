//! The spec's examples, served as responses, decode into the typed results
//! with every field kept.

use imprint::AuthScheme;
use imprint_conformance::examples::assemble;
use imprint_conformance::schema::{SpecValidator, diff, normalise_timestamps, pretty};
use imprint_conformance::spec::{self, Operation};
use serde_json::Value;

use crate::cases::{Case, case, round_trip};
use crate::requests::example_input;
use crate::support::{Reply, client, serve};

/// The examples of a response: the assembled one, then media-type examples.
pub fn response_examples(doc: &Value, media: &spec::Media) -> Vec<(String, Value)> {
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

/// Asserts the facade's typed result shows `served` whole.
pub fn assert_kept(
    doc: &Value,
    case: &Case,
    schema: &Value,
    served: &Value,
    got: &Value,
    context: &str,
) {
    let expected = normalise_timestamps(doc, schema, &(case.served_view)(served));
    let got = normalise_timestamps(doc, schema, got);
    assert!(
        expected == got,
        "{context}: the typed result does not keep the served body:\n  {}\nserved: {}\nre-serialised: {}",
        diff(&expected, &got).join("\n  "),
        pretty(served),
        pretty(&got)
    );
}

async fn check_operation(doc: &Value, op: &Operation, server: &httpmock::MockServer) -> usize {
    let case = case(&op.id).unwrap_or_else(|| panic!("{}: no conformance case", op.label()));
    let input = example_input(doc, op);
    let c = client(server, AuthScheme::Bearer);
    let mut checked = 0;
    for response in op.successes() {
        let Some(media) = &response.json else {
            continue;
        };
        let status = response.code().unwrap_or(200);
        let validator = SpecValidator::new(
            doc,
            &media.schema,
            format!("{} {} body", op.id, response.status),
        );
        for (what, example) in response_examples(doc, media) {
            let context = format!("{} {}: {what}", op.id, response.status);
            validator.assert_valid(&example, &format!("{context} (the spec's own example)"));
            // Straight into the generated type, when the body is a component.
            if let Some(name) = response.schema_name() {
                let again = round_trip(name, example.clone())
                    .unwrap_or_else(|| panic!("{context}: no generated type listed for `{name}`"))
                    .unwrap_or_else(|e| panic!("{context}: does not decode as {name}: {e}"));
                let (e, a) = (
                    normalise_timestamps(doc, &media.schema, &example),
                    normalise_timestamps(doc, &media.schema, &again),
                );
                assert!(
                    e == a,
                    "{context}: {name} drops or changes fields:\n  {}",
                    diff(&e, &a).join("\n  ")
                );
            }
            // And through the facade.
            serve(server, &Reply::json(status, &example)).await;
            let got = (case.invoke)(&c, &input).await.unwrap_or_else(|e| {
                panic!(
                    "{context}: the facade refused the example: {e}\nbody: {}",
                    pretty(&example)
                )
            });
            assert_kept(doc, case, &media.schema, &example, &got, &context);
            checked += 1;
        }
    }
    checked
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn spec_examples_decode_and_keep_every_field() {
    let doc = spec::merged();
    let server = httpmock::MockServer::start_async().await;
    for op in spec::operations(doc) {
        let n = check_operation(doc, &op, &server).await;
        assert!(n > 0, "{}: no JSON success response to check", op.label());
    }
}

#[test]
fn every_schema_example_in_the_spec_is_valid() {
    // Examples the spec gives on any schema (property, component or
    // inline) must be valid for that schema; the other checks serve them.
    let doc = spec::merged();
    let mut found = 0;
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
                    SpecValidator::new(doc, v, format!("the schema at {at}"))
                        .assert_valid(example, &format!("`example` at {at}"));
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
}
