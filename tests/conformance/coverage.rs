//! Every spec operation has a conformance case and a facade method; an
//! operation added to the spec alone turns the suite red, by name.

use imprint_conformance::coverage::gaps;
use imprint_conformance::spec;
use serde_json::json;

use crate::cases::case_ids;

#[test]
fn every_spec_operation_has_a_case_and_a_facade_method() {
    let g = gaps(spec::merged(), &case_ids(), imprint::OPERATIONS);
    assert!(g.is_empty(), "operation coverage:\n{g}");
}

#[test]
fn an_operation_added_to_the_spec_alone_is_reported_by_name() {
    let mut doc = spec::merged().clone();
    doc["paths"]["/v2/customers/{customer_id}/cards"] = json!({
        "get": {
            "operationId": "listCustomerCards",
            "parameters": [{"name": "customer_id", "in": "path", "required": true, "schema": {"type": "string"}}],
            "responses": {"200": {"description": "cards"}}
        }
    });
    let g = gaps(&doc, &case_ids(), imprint::OPERATIONS);
    assert_eq!(g.without_case, vec!["listCustomerCards"], "{g}");
    assert_eq!(g.without_facade, vec!["listCustomerCards"], "{g}");
    let message = g.to_string();
    assert!(
        message.contains("`listCustomerCards` has no conformance case")
            && message.contains("`listCustomerCards` is not wrapped by the facade"),
        "the report does not name the operation: {message}"
    );
    // Operations that are there keep theirs.
    assert!(g.stale_cases.is_empty() && g.stale_facade.is_empty(), "{g}");
}

#[test]
fn a_case_for_an_operation_the_spec_dropped_is_reported() {
    let mut doc = spec::merged().clone();
    let item = doc["paths"]["/v2/customers/{customer_id}"]
        .as_object_mut()
        .unwrap_or_else(|| panic!("the spec has /v2/customers/{{customer_id}}"));
    item.remove("post");
    let g = gaps(&doc, &case_ids(), imprint::OPERATIONS);
    assert_eq!(g.stale_cases, vec!["updateCustomer"], "{g}");
    assert_eq!(g.stale_facade, vec!["updateCustomer"], "{g}");
}

#[test]
fn every_security_scheme_the_spec_requires_is_defined() {
    // The overlay exists for this: upstream requires `basicAuth` without
    // defining it.
    let doc = spec::merged();
    for op in spec::operations(doc) {
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
