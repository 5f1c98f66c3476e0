//! Property tests: random instances of the spec's schemas decode into the
//! generated types (directly, and through the facade over HTTP) without
//! losing a field; random valid facade inputs send bodies the spec accepts.
//!
//! Case counts keep the whole suite within a minute or two on two cores:
//! [`DIRECT_CASES`] per schema for `serde_json` decoding, [`HTTP_CASES`] per
//! operation and response through a local server.

use std::collections::BTreeMap;

use imprint::AuthScheme;
use imprint_conformance::schema::{
    SpecValidator, diff, drop_empty_optionals, fill_defaults, normalise_timestamps, pretty, project,
};
use imprint_conformance::spec::{self, Operation};
use imprint_conformance::strategy::{Options, instances};
use proptest::prelude::*;
use proptest::test_runner::{Config, TestRunner};
use serde_json::{Value, json};

use crate::cases::{Input, case, round_trip};
use crate::errors::{check_error, representative_status};
use crate::requests::{check_request, example_input, success_reply};
use crate::schemas::typed_schemas;
use crate::support::{Reply, client, only, runtime, serve};

/// Random cases per schema decoded with `serde_json`.
pub const DIRECT_CASES: u32 = 256;
/// Random cases per operation and response through the facade and HTTP.
pub const HTTP_CASES: u32 = 16;

/// Runs `test` on `cases` values of `strategy`; a failure panics with the
/// (shrunk) failing input, prefixed with `name`.
fn check<S: Strategy>(
    name: &str,
    cases: u32,
    strategy: S,
    test: impl Fn(S::Value) -> Result<(), TestCaseError>,
) where
    S::Value: std::fmt::Debug,
{
    let config = Config {
        cases,
        failure_persistence: None,
        max_shrink_iters: 512,
        ..Config::default()
    };
    let mut runner = TestRunner::new(config);
    if let Err(e) = runner.run(&strategy, test) {
        panic!("{name}: {e}");
    }
}

/// The value as the typed client should give it back: declared fields only
/// (unknown ones are ignored), empty optional collections as absent (see
/// `drop_empty_optionals`), timestamps as instants.
fn comparable(doc: &Value, schema: &Value, v: &Value) -> Value {
    normalise_timestamps(
        doc,
        schema,
        &drop_empty_optionals(doc, schema, &project(doc, schema, v)),
    )
}

fn assert_round_trip(
    doc: &Value,
    name: &str,
    schema: &Value,
    input: &Value,
) -> Result<(), TestCaseError> {
    let again = round_trip(name, input.clone())
        .unwrap_or_else(|| panic!("no generated type listed for `{name}`"))
        .map_err(|e| {
            TestCaseError::fail(format!(
                "{name}: a value it must accept does not decode: {e}\nvalue: {}",
                pretty(input)
            ))
        })?;
    // Defaults the spec declares may be filled in (`limit: 10`).
    let expected = comparable(doc, schema, &fill_defaults(doc, schema, input));
    let got = comparable(doc, schema, &again);
    prop_assert!(
        expected == got,
        "{}: decoding and re-serialising changed the value:\n  {}\ninput: {}",
        name,
        diff(&expected, &got).join("\n  "),
        pretty(input)
    );
    Ok(())
}

#[test]
fn random_valid_instances_decode_into_the_generated_types() {
    let doc = spec::merged();
    let options = Options {
        unknown_properties: true,
        ..Options::default()
    };
    for (name, schema) in typed_schemas(doc) {
        let validator = SpecValidator::new(doc, &schema, &name);
        check(
            &name,
            DIRECT_CASES,
            instances(doc, &schema, &options),
            |v| {
                // The generator itself must stay inside the spec.
                let errors = validator.errors(&v);
                prop_assert!(
                    errors.is_empty(),
                    "{}: generated an invalid instance: {:?}\n{}",
                    name,
                    errors,
                    pretty(&v)
                );
                assert_round_trip(doc, &name, &schema, &v)
            },
        );
    }
}

#[test]
fn unknown_enum_values_and_unknown_fields_are_tolerated() {
    // Not valid for today's spec, but what the API may send tomorrow: a new
    // `CustomerProgramStatus`, fields the spec does not list yet.
    let doc = spec::merged();
    let options = Options {
        unknown_properties: true,
        unknown_enum_values: true,
        ..Options::default()
    };
    let mut enums = 0;
    for (name, schema) in typed_schemas(doc) {
        enums += usize::from(spec::resolve(doc, &schema).get("enum").is_some());
        check(
            &name,
            DIRECT_CASES / 2,
            instances(doc, &schema, &options),
            |v| assert_round_trip(doc, &name, &schema, &v),
        );
    }
    assert!(
        enums > 0,
        "the spec has no enum schema left to test open enums with"
    );
}

fn path_params(op: &Operation) -> Vec<String> {
    op.params_in("path").map(|p| p.name.clone()).collect()
}

/// Ids the facade accepts: not empty, `.` or `..`, no control characters,
/// at most 255 bytes. Printable text otherwise, so `/`, `?`, `#`, `%`,
/// spaces and non-ASCII all occur.
fn ids() -> impl Strategy<Value = String> + Clone {
    prop_oneof!["\\PC{1,40}", "[ -~]{1,20}", "[/?#% éü漢-]{1,8}",]
        .prop_filter("an id the facade accepts", |s| s != "." && s != "..")
        // A backslash is sent as `/` (a facade bug, pinned by the ignored
        // `known_issues::a_backslash_in_an_id_stays_in_its_path_segment`).
        .prop_map(|s| s.replace('\\', "/"))
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
    for op in spec::operations(doc) {
        let case = case(&op.id).unwrap_or_else(|| panic!("{}: no conformance case", op.label()));
        let input = example_input(doc, &op);
        for response in &op.responses {
            let Some(media) = &response.json else {
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
                            let expected =
                                comparable(doc, &media.schema, &(case.served_view)(&body));
                            let got = comparable(doc, &media.schema, &got);
                            prop_assert!(
                                expected == got,
                                "{}: fields lost or changed:\n  {}\nserved: {}",
                                name,
                                diff(&expected, &got).join("\n  "),
                                pretty(&body)
                            );
                        } else {
                            check_error(
                                doc,
                                &op,
                                response,
                                &crate::errors::Served {
                                    status,
                                    body: &body,
                                    request_id,
                                },
                                result,
                                &name,
                            );
                        }
                        Ok(())
                    })
                },
            );
        }
    }
}

#[test]
fn random_ids_are_percent_encoded_in_every_path() {
    let doc = spec::merged();
    let rt = runtime();
    let server = rt.block_on(httpmock::MockServer::start_async());
    let c = client(&server, AuthScheme::Bearer);
    let mut ops_with_params = 0;
    for op in spec::operations(doc) {
        let params = path_params(&op);
        if params.is_empty() {
            continue;
        }
        ops_with_params += 1;
        let case = case(&op.id).unwrap_or_else(|| panic!("{}: no conformance case", op.label()));
        let base = example_input(doc, &op);
        let reply = success_reply(doc, &op);
        let ids = proptest::collection::vec(ids(), params.len());
        check(&format!("{} path", op.id), HTTP_CASES * 2, ids, |ids| {
            let mut input = base.clone();
            input.path = params.iter().cloned().zip(ids).collect();
            rt.block_on(async {
                let seen = serve(&server, &reply).await;
                if let Err(e) = (case.invoke)(&c, &input).await {
                    panic!("{}: the call failed: {e}", op.id);
                }
                check_request(
                    doc,
                    &op,
                    &input,
                    &only(&seen, &op.id),
                    None,
                    &format!("{} with ids {:?}", op.id, input.path),
                );
            });
            Ok(())
        });
    }
    assert!(ops_with_params > 0, "no operation has a path parameter");
}

fn op(doc: &Value, id: &str) -> Operation {
    spec::operations(doc)
        .into_iter()
        .find(|o| o.id == id)
        .unwrap_or_else(|| panic!("the spec has no `{id}` operation"))
}

#[test]
fn random_search_inputs_send_bodies_the_spec_accepts() {
    let doc = spec::merged();
    let op = op(doc, "searchCustomersPost");
    let schema = op
        .request_body
        .as_ref()
        .map(|b| b.media.schema.clone())
        .unwrap_or_else(|| panic!("searchCustomersPost has a body"));
    let case = case(&op.id).unwrap_or_else(|| panic!("no searchCustomersPost case"));
    let rt = runtime();
    let server = rt.block_on(httpmock::MockServer::start_async());
    let reply = success_reply(doc, &op);
    let (scheme, auth) = crate::support::authorization(doc, "basicAuth");
    let c = client(&server, scheme);
    // Valid for the facade: nine-digit SSNs, real past dates from 1900,
    // limits 1..=i32::MAX, ids as above.
    let inputs = (
        proptest::option::of(ids()),
        proptest::option::of("[0-9]{9}"),
        proptest::option::of((1900i64..=2024, 1i64..=12, 1i64..=28)),
        proptest::option::of(prop_oneof![Just(1u64), Just(i32::MAX as u64), 1u64..=1000]),
        proptest::option::of(ids()),
    );
    check(
        "searchCustomersPost body",
        HTTP_CASES * 2,
        inputs,
        |(partner, ssn, dob, limit, after)| {
            let mut body = serde_json::Map::new();
            let mut put = |k: &str, v: Option<Value>| {
                if let Some(v) = v {
                    body.insert(k.to_string(), v);
                }
            };
            put("partner_customer_id", partner.map(Value::from));
            put("ssn", ssn.map(Value::from));
            put(
                "date_of_birth",
                dob.map(|(y, m, d)| json!({"year": y, "month": m, "day": d})),
            );
            put("limit", limit.map(Value::from));
            put("starting_after", after.map(Value::from));
            let input = Input {
                path: BTreeMap::new(),
                body: Some(Value::Object(body)),
            };
            // What must go out: the input, plus the defaults the spec declares.
            let expected = Input {
                path: BTreeMap::new(),
                body: input.body.as_ref().map(|b| fill_defaults(doc, &schema, b)),
            };
            rt.block_on(async {
                let seen = serve(&server, &reply).await;
                if let Err(e) = (case.invoke)(&c, &input).await {
                    panic!(
                        "searchCustomersPost refused valid input {:?}: {e}",
                        input.body
                    );
                }
                check_request(
                    doc,
                    &op,
                    &expected,
                    &only(&seen, "search"),
                    Some(&auth),
                    "searchCustomersPost (random input)",
                );
            });
            Ok(())
        },
    );
}

#[test]
fn random_updates_send_bodies_the_spec_accepts() {
    let doc = spec::merged();
    let op = op(doc, "updateCustomer");
    let schema = op
        .request_body
        .as_ref()
        .map(|b| b.media.schema.clone())
        .unwrap_or_else(|| panic!("updateCustomer has a body"));
    let validator = SpecValidator::new(doc, &schema, "updateCustomer request body");
    let case = case(&op.id).unwrap_or_else(|| panic!("no updateCustomer case"));
    let rt = runtime();
    let server = rt.block_on(httpmock::MockServer::start_async());
    let reply = success_reply(doc, &op);
    let c = client(&server, AuthScheme::Bearer);
    // The facade checks more than the spec says (ISO codes, E.164 for the
    // history's phone, non-negative counts, a currency with an amount);
    // stay inside both.
    let codes = |c: &[&str]| {
        proptest::sample::select(c.iter().map(|s| Value::from(*s)).collect::<Vec<_>>()).boxed()
    };
    let languages = codes(&["en", "fr", "es", "de", "zh", "ja", "pt", "yo"]);
    let mut overrides = BTreeMap::new();
    overrides.insert("preferred_language".to_string(), languages.clone());
    overrides.insert("customer_history.preferred_language".to_string(), languages);
    overrides.insert(
        "customer_history.ltv_currency".to_string(),
        codes(&["USD", "EUR", "GBP", "JPY", "XAU"]),
    );
    overrides.insert(
        "customer_history.address.country".to_string(),
        codes(&["USA", "CAN", "GBR", "DEU", "ALA"]),
    );
    overrides.insert(
        "customer_history.phone".to_string(),
        "\\+?[1-9][0-9]{1,14}".prop_map(Value::from).boxed(),
    );
    for k in [
        "customer_history.account_tenure",
        "customer_history.transaction_count",
    ] {
        overrides.insert(
            k.to_string(),
            prop_oneof![Just(0i64), 0..=i64::MAX]
                .prop_map(Value::from)
                .boxed(),
        );
    }
    let options = Options {
        overrides,
        ..Options::default()
    };
    let bodies = instances(doc, &schema, &options).prop_map(|mut v| {
        if let Some(h) = v.get_mut("customer_history").and_then(Value::as_object_mut)
            && h.contains_key("ltv_amount")
            && !h.contains_key("ltv_currency")
        {
            h.insert("ltv_currency".into(), Value::from("USD"));
        }
        v
    });
    let ids = proptest::collection::vec(ids(), 1);
    check(
        "updateCustomer body",
        HTTP_CASES * 2,
        (bodies, ids),
        |(body, id)| {
            let errors = validator.errors(&body);
            prop_assert!(
                errors.is_empty(),
                "generated an invalid update: {:?}",
                errors
            );
            let input = Input {
                path: path_params(&op).into_iter().zip(id).collect(),
                body: Some(body.clone()),
            };
            // `metadata: {}` is not sent (see drop_empty_optionals).
            let expected = Input {
                path: input.path.clone(),
                body: Some(drop_empty_optionals(doc, &schema, &body)),
            };
            rt.block_on(async {
                let seen = serve(&server, &reply).await;
                if let Err(e) = (case.invoke)(&c, &input).await {
                    panic!("updateCustomer refused valid input: {e}\n{}", pretty(&body));
                }
                check_request(
                    doc,
                    &op,
                    &expected,
                    &only(&seen, "update"),
                    None,
                    "updateCustomer (random input)",
                );
            });
            Ok(())
        },
    );
}
