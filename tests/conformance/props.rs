//! Property tests over every operation: random instances of the spec's
//! schemas decode into the generated types (directly, and through the
//! facade over HTTP) without losing a field; random ids reach the server
//! exactly as given in every path; random valid bodies reach the wire
//! unchanged.
//!
//! Case counts are per schema or per operation, so the suite's run time
//! grows with the spec: [`DIRECT_CASES`] per schema for `serde_json`
//! decoding (78 schemas today: the 56 components and 22 inline bodies and
//! error bodies; that is most of the suite's run time), [`HTTP_CASES`] per
//! operation and response through a local server (36 operations, 64
//! JSON responses, 18 operations with path ids, 14 with bodies). The whole
//! suite takes well under a minute in debug on two cores; set
//! `PROPTEST_CASES` for a deeper local run (it replaces every count).

use imprint::AuthScheme;
use imprint_conformance::schema::{
    SpecValidator, diff, drop_empty_optionals, drop_empty_optionals_in_request, fill_defaults,
    normalise_timestamps, pretty, project,
};
use imprint_conformance::spec::{self, component_name};
use imprint_conformance::strategy::{Options, instances};
use proptest::prelude::*;
use proptest::test_runner::{Config, TestRunner};
use serde_json::Value;

use crate::cases::case;
use crate::errors::{Served, check_error, representative_status};
use crate::requests::{check_request, example_input, expected_body, success_reply};
use crate::responses::as_typed;
use crate::schemas::{Pair, typed_schemas};
use crate::support::{Reply, client, only, runtime, serve};

/// Random cases per schema decoded with `serde_json`.
pub const DIRECT_CASES: u32 = 256;
/// Random cases per operation and response through the facade and HTTP.
pub const HTTP_CASES: u32 = 32;

/// `PROPTEST_CASES` if set (a deeper local run), else `default`.
fn cases(default: u32) -> u32 {
    std::env::var("PROPTEST_CASES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(default)
}

/// Runs `test` on `cases` values of `strategy`; a failure panics with the
/// (shrunk) failing input, prefixed with `name`.
pub fn check<S: Strategy>(
    name: &str,
    cases: u32,
    strategy: S,
    test: impl Fn(S::Value) -> Result<(), TestCaseError>,
) where
    S::Value: std::fmt::Debug,
{
    let config = Config {
        cases: self::cases(cases),
        failure_persistence: None,
        max_shrink_iters: 512,
        ..Config::default()
    };
    let mut runner = TestRunner::new(config);
    if let Err(e) = runner.run(&strategy, test) {
        panic!("{name}: {e}");
    }
}

/// The value as a generated type should give it back: declared fields
/// only (unknown ones are ignored), empty optional collections as the type
/// treats them, timestamps as instants.
fn comparable(doc: &Value, pair: &Pair, v: &Value) -> Value {
    let projected = project(doc, &pair.spec, v);
    let dropped = if pair.request_only {
        drop_empty_optionals_in_request(
            doc,
            &pair.spec,
            &projected,
            &spec::request_only_components(doc),
        )
    } else {
        drop_empty_optionals(doc, &pair.spec, &projected)
    };
    normalise_timestamps(doc, &pair.spec, &dropped)
}

fn assert_round_trip(doc: &Value, pair: &Pair, input: &Value) -> Result<(), TestCaseError> {
    let again = (pair.rust.round_trip)(input.clone()).map_err(|e| {
        TestCaseError::fail(format!(
            "{} ({}): a value it must accept does not decode: {e}\nvalue: {}",
            pair.what,
            pair.rust.name,
            pretty(input)
        ))
    })?;
    // Defaults the spec declares may be filled in (`limit: 10`).
    let expected = comparable(doc, pair, &fill_defaults(doc, &pair.spec, input));
    let got = comparable(doc, pair, &again);
    prop_assert!(
        expected == got,
        "{} ({}): decoding and re-serialising changed the value:\n  {}\ninput: {}",
        pair.what,
        pair.rust.name,
        diff(&expected, &got).join("\n  "),
        pretty(input)
    );
    Ok(())
}

/// The pairs worth a random round trip: a body that refers to a component
/// is that component's type (checked in `schemas`), so only components and
/// inline schemas.
fn round_trip_pairs(doc: &Value) -> Vec<Pair> {
    typed_schemas(doc)
        .into_iter()
        .filter(|p| p.what.starts_with("component ") || component_name(&p.spec).is_none())
        .collect()
}

#[test]
fn random_valid_instances_decode_into_the_generated_types() {
    let doc = spec::merged();
    let options = Options {
        unknown_properties: true,
        ..Options::default()
    };
    for pair in round_trip_pairs(doc) {
        let validator = SpecValidator::new(doc, &pair.spec, &pair.what);
        check(
            &pair.what,
            DIRECT_CASES,
            instances(doc, &pair.spec, &options),
            |v| {
                // The generator itself must stay inside the spec.
                let errors = validator.errors(&v);
                prop_assert!(
                    errors.is_empty(),
                    "{}: generated an invalid instance: {:?}\n{}",
                    pair.what,
                    errors,
                    pretty(&v)
                );
                assert_round_trip(doc, &pair, &v)
            },
        );
    }
}

#[test]
fn unknown_enum_values_and_unknown_fields_are_tolerated() {
    // Not valid for today's spec, but what the API may send tomorrow: an
    // enum value the spec does not list yet, fields it does not list yet.
    let doc = spec::merged();
    let options = Options {
        unknown_properties: true,
        unknown_enum_values: true,
        ..Options::default()
    };
    let mut enums = 0;
    for pair in round_trip_pairs(doc) {
        enums += usize::from(spec::resolve(doc, &pair.spec).get("enum").is_some());
        check(
            &pair.what,
            DIRECT_CASES / 2,
            instances(doc, &pair.spec, &options),
            |v| assert_round_trip(doc, &pair, &v),
        );
    }
    assert!(
        enums > 0,
        "the spec has no enum schema left to test open enums with"
    );
}

/// Ids the facade accepts (`imprint`'s id validation): not empty, not `.`
/// or `..`, no control characters, no backslash, at most 255 bytes. Any
/// other text: printable ASCII (every RFC 3986 delimiter), the characters
/// a path must encode, any printable Unicode, format and private-use
/// characters, and ids near the length limit.
pub fn ids() -> impl Strategy<Value = String> + Clone {
    prop_oneof![
        "[ -\\[\\]-~]{1,24}",
        "[/?#%\\[\\]^|{}<>\"` .éü漢-]{1,8}",
        "\\PC{1,80}",
        "[a-z\u{200B}-\u{200F}\u{FEFF}\u{E000}\u{10FFFD}%]{1,8}",
        "[a-zé/%]{120,255}",
    ]
    .prop_filter("an id the facade accepts", |s| {
        !s.is_empty()
            && s != "."
            && s != ".."
            && !s.contains('\\')
            && !s.chars().any(char::is_control)
            && s.len() <= 255
    })
}

#[test]
fn random_responses_decode_through_the_facade() {
    let doc = spec::merged();
    let rt = runtime();
    let server = rt.block_on(httpmock::MockServer::start_async());
    let c = client(&server, AuthScheme::Bearer);
    let options = Options {
        unknown_properties: true,
        ..Options::default()
    };
    for op in spec::operations() {
        let case = case(&op.id);
        let input = example_input(doc, op);
        for response in &op.responses {
            let Some(media) = response.json() else {
                continue;
            };
            let status = representative_status(&response.status);
            let name = format!("{} {}", op.id, response.status);
            check(
                &name,
                HTTP_CASES,
                instances(doc, &media.schema, &options),
                |body| {
                    rt.block_on(async {
                        let request_id = "req_prop";
                        serve(&server, &Reply::json(status, &body).request_id(request_id)).await;
                        let result = (case.invoke)(&c, &input).await;
                        if response.is_success() {
                            let got = result.map_err(|e| {
                                TestCaseError::fail(format!(
                                    "{name}: the facade refused a valid body: {e}\n{}",
                                    pretty(&body)
                                ))
                            })?;
                            let served = project(doc, &media.schema, &body);
                            let expected = as_typed(doc, &media.schema, &served);
                            let got = as_typed(doc, &media.schema, &got);
                            prop_assert!(
                                expected == got,
                                "{}: fields lost or changed:\n  {}\nserved: {}",
                                name,
                                diff(&expected, &got).join("\n  "),
                                pretty(&body)
                            );
                        } else {
                            let served = Served {
                                status,
                                body: Some(&body),
                                request_id,
                            };
                            check_error(doc, op, response, &served, result, &name);
                        }
                        Ok(())
                    })
                },
            );
        }
    }
}

#[test]
fn random_valid_bodies_reach_the_wire_unchanged() {
    // Every operation with a body: a random body valid for the spec, built
    // into the generated request type and sent, arrives as given (defaults
    // filled in, empty optional collections as the type treats them).
    let doc = spec::merged();
    let rt = runtime();
    let server = rt.block_on(httpmock::MockServer::start_async());
    let c = client(&server, AuthScheme::Bearer);
    let mut with_body = 0;
    for op in spec::operations() {
        let Some(spec_body) = &op.request_body else {
            continue;
        };
        with_body += 1;
        let case = case(&op.id);
        let schema = &spec_body.media.schema;
        let validator = SpecValidator::new(doc, schema, format!("{} request body", op.id));
        let base = example_input(doc, op);
        let reply = success_reply(doc, op);
        check(
            &format!("{} body", op.id),
            HTTP_CASES * 2,
            instances(doc, schema, &Options::default()),
            |body| {
                let errors = validator.errors(&body);
                prop_assert!(
                    errors.is_empty(),
                    "{}: generated an invalid body: {:?}",
                    op.id,
                    errors
                );
                let mut input = base.clone();
                input.body = Some(body.clone());
                let expected = expected_body(doc, schema, &body);
                rt.block_on(async {
                    let seen = serve(&server, &reply).await;
                    let _ = (case.invoke)(&c, &input).await;
                    check_request(
                        doc,
                        op,
                        &input,
                        Some(&expected),
                        &only(&seen, &op.id),
                        None,
                        &format!("{} (random body)", op.id),
                    );
                });
                Ok(())
            },
        );
    }
    assert!(with_body > 0, "no operation has a body");
}
