//! Every spec operation is exercised by the suite and listed by the
//! facade, by construction: the case table is rendered from the spec. These
//! tests prove it: the compiled table is the embedded spec's, and a spec
//! with an operation added shows up, by name, both in the table rendered
//! from it and as a gap of the compiled suite.

use imprint_conformance::case_table;
use imprint_conformance::coverage::gaps;
use imprint_conformance::spec::{self, Spec};
use serde_json::json;

use crate::cases::case_ids;

fn facade_ids() -> Vec<&'static str> {
    imprint::operations::ALL.iter().map(|o| o.id).collect()
}

#[test]
fn every_spec_operation_is_exercised_and_in_the_facade() {
    let g = gaps(spec::spec(), &case_ids(), &facade_ids());
    assert!(g.is_empty(), "operation coverage:\n{g}");
}

#[test]
fn the_compiled_case_table_matches_the_embedded_spec() {
    // tests/build.rs read openapi.yaml from disk; imprint-raw embeds it.
    // Both must be the same spec, or the suite tests another API than the
    // client's.
    let rendered: Vec<String> = case_table::items(spec::spec())
        .unwrap_or_else(|e| panic!("{e}"))
        .into_iter()
        .map(|i| i.id)
        .collect();
    assert_eq!(rendered, case_ids(), "the case table is stale: rebuild");
}

fn with_added_operation() -> Spec {
    let mut doc = spec::merged().clone();
    doc["paths"]["/v2/customers/{customer_id}/cards"] = json!({
        "get": {
            "operationId": "listCustomerCards",
            "tags": ["Customers"],
            "parameters": [
                {"name": "customer_id", "in": "path", "required": true, "schema": {"type": "string"}},
                {"name": "type", "in": "query", "schema": {"type": "string"}}
            ],
            "responses": {
                "200": {"description": "cards", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/PaymentMethod"}}}},
                "404": {"description": "no customer", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/CustomerNotFoundError"}}}}
            }
        }
    });
    Spec::new(doc)
}

#[test]
fn an_operation_added_to_the_spec_gets_a_case_or_is_named() {
    let changed = with_added_operation();
    // Rendered from the changed spec, the table has the case: the suite
    // exercises the operation once the client is regenerated.
    let table = case_table::render(&changed).unwrap_or_else(|e| panic!("{e}"));
    let expected = "\"listCustomerCards\" => ListCustomerCards / ListCustomerCardsError {\n        fields { customer_id: path \"customer_id\", type_: query \"type\", }\n        errors { \"404\" => Status404, }";
    assert!(
        table.contains(expected),
        "the table rendered from a spec with listCustomerCards lacks its case:\n{table}"
    );
    // Against the compiled suite (not rebuilt), it is a gap, by name.
    let g = gaps(&changed, &case_ids(), &facade_ids());
    assert_eq!(g.not_exercised, vec!["listCustomerCards"], "{g}");
    assert_eq!(g.not_in_facade, vec!["listCustomerCards"], "{g}");
    assert!(g.stale_cases.is_empty() && g.stale_facade.is_empty(), "{g}");
    let message = g.to_string();
    assert!(
        message.contains("`listCustomerCards` is not exercised")
            && message.contains("`listCustomerCards` is missing from imprint::operations::ALL"),
        "the report does not name the operation: {message}"
    );
}

#[test]
fn an_operation_the_spec_dropped_is_reported() {
    let mut doc = spec::merged().clone();
    let item = doc["paths"]["/v2/customers/{customer_id}"]
        .as_object_mut()
        .unwrap_or_else(|| panic!("the spec has /v2/customers/{{customer_id}}"));
    item.remove("post");
    let g = gaps(&Spec::new(doc), &case_ids(), &facade_ids());
    assert_eq!(g.stale_cases, vec!["updateCustomer"], "{g}");
    assert_eq!(g.stale_facade, vec!["updateCustomer"], "{g}");
}

#[test]
fn a_parameter_the_suite_cannot_send_is_refused_by_name() {
    let mut doc = spec::merged().clone();
    doc["paths"]["/v2/offers"]["get"]["parameters"]
        .as_array_mut()
        .unwrap_or_else(|| panic!("getOffer has parameters"))
        .push(json!({"name": "X-Trace", "in": "header", "schema": {"type": "string"}}));
    let e = case_table::render(&Spec::new(doc)).expect_err("a header parameter is refused");
    assert!(
        e.contains("getOffer") && e.contains("header parameter `X-Trace`"),
        "{e}"
    );
}

#[test]
fn every_security_scheme_the_spec_requires_is_defined() {
    // The overlay exists for this: upstream requires `basicAuth` without
    // defining it.
    let doc = spec::merged();
    for op in spec::operations() {
        for name in &op.security {
            assert!(
                doc.pointer(&format!("/components/securitySchemes/{name}"))
                    .is_some(),
                "{}: security scheme `{name}` is required but not defined",
                op.label()
            );
        }
    }
}

#[test]
fn the_embedded_merged_document_is_the_overlaid_spec() {
    // The CLI and the mock load imprint_raw::OPENAPI_JSON (merged by the
    // generator) instead of the YAML and the overlay: it must be the same
    // document the suite reads, key order included.
    let merged =
        Spec::from_texts(imprint_raw::OPENAPI_JSON, None).unwrap_or_else(|e| panic!("{e}"));
    assert!(
        merged.document() == spec::spec().document(),
        "OPENAPI_JSON differs from openapi.yaml with its overlay: run `cargo xtask codegen`"
    );
    let ids = |s: &Spec| {
        s.operations()
            .iter()
            .map(|o| o.id.clone())
            .collect::<Vec<_>>()
    };
    assert_eq!(ids(&merged), ids(spec::spec()));
}
