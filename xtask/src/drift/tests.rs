use super::*;
use serde_json::json;

fn doc(customer: Value, body: Value) -> Value {
    json!({
        "openapi": "3.1.0",
        "info": {"title": "t", "version": "1"},
        "security": [{"bearerAuth": []}],
        "paths": {
            "/customers/{id}": {
                "get": {
                    "operationId": "getCustomer",
                    "parameters": [{"name": "id", "in": "path", "required": true, "schema": {"type": "string"}}],
                    "responses": {"200": {"description": "ok", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Customer"}}}}}
                },
                "post": {
                    "operationId": "updateCustomer",
                    "requestBody": {"required": true, "content": {"application/json": {"schema": body}}},
                    "responses": {"200": {"description": "ok"}}
                }
            }
        },
        "components": {
            "schemas": {
                "Customer": customer,
                "Node": {"type": "object", "properties": {"next": {"$ref": "#/components/schemas/Node"}}}
            },
            "securitySchemes": {"bearerAuth": {"type": "http", "scheme": "bearer"}}
        }
    })
}

fn customer() -> Value {
    json!({"type": "object", "required": ["id"], "properties": {
        "id": {"type": "string"},
        "status": {"type": "string", "enum": ["OPEN", "CLOSED"]},
        "tree": {"$ref": "#/components/schemas/Node"}
    }})
}

fn body() -> Value {
    json!({"type": "object", "properties": {"email": {"type": "string"}, "n": {"type": "integer", "minimum": 1}}})
}

#[test]
fn identical_documents_have_no_drift() {
    let d = diff(&doc(customer(), body()), &doc(customer(), body()));
    assert!(d.changes.is_empty(), "{d:?}");
}

#[test]
fn response_changes_are_classified_for_a_client() {
    let mut c = customer();
    c["properties"]["status"]["enum"] = json!(["OPEN", "CLOSED", "FROZEN"]);
    c["properties"].as_object_mut().map(|p| p.remove("tree"));
    c["properties"]["nick"] = json!({"type": "string"});
    c["required"] = json!([]);
    let d = diff(&doc(customer(), body()), &doc(c, body()));
    let kinds: Vec<(ChangeKind, Impact, &str)> = d
        .changes
        .iter()
        .map(|c| (c.kind, c.impact, c.path.as_str()))
        .collect();
    assert!(
        kinds.contains(&(ChangeKind::EnumValueAdded, Impact::NonBreaking, ".status")),
        "{kinds:?}"
    );
    assert!(
        kinds.contains(&(ChangeKind::PropertyRemoved, Impact::Breaking, ".tree")),
        "{kinds:?}"
    );
    assert!(
        kinds.contains(&(
            ChangeKind::PropertyAddedOptional,
            Impact::NonBreaking,
            ".nick"
        )),
        "{kinds:?}"
    );
    assert!(
        kinds.contains(&(ChangeKind::PropertyBecameOptional, Impact::Breaking, ".id")),
        "{kinds:?}"
    );
    assert!(d.changes.iter().all(|c| c.scope == "schema Customer"));
    assert!(
        d.schema_users["schema Customer"]
            .iter()
            .any(|u| u.contains("getCustomer"))
    );
}

#[test]
fn request_changes_are_classified_for_a_client() {
    let mut b = body();
    b["properties"]["ssn"] = json!({"type": "string"});
    b["required"] = json!(["ssn"]);
    b["properties"]["n"]["minimum"] = json!(5);
    b["properties"]["email"]["type"] = json!("integer");
    let d = diff(&doc(customer(), body()), &doc(customer(), b));
    let find = |kind| {
        d.of_kind(kind)
            .into_iter()
            .next()
            .map(|c| (c.impact, c.path.clone()))
    };
    assert_eq!(
        find(ChangeKind::PropertyAddedRequired),
        Some((
            Impact::Breaking,
            "request body application/json: .ssn".into()
        ))
    );
    assert_eq!(
        find(ChangeKind::ConstraintTightened).map(|c| c.0),
        Some(Impact::Breaking)
    );
    assert_eq!(
        find(ChangeKind::TypeChanged).map(|c| c.0),
        Some(Impact::Breaking)
    );
    assert_eq!(d.breaking(), 3);
}

#[test]
fn added_optional_request_property_is_not_breaking() {
    let mut b = body();
    b["properties"]["nick"] = json!({"type": "string"});
    let d = diff(&doc(customer(), body()), &doc(customer(), b));
    assert_eq!(d.changes.len(), 1);
    assert_eq!(d.changes[0].kind, ChangeKind::PropertyAddedOptional);
    assert_eq!(d.changes[0].impact, Impact::NonBreaking);
}

#[test]
fn recursive_schemas_terminate_and_are_compared() {
    let mut c = customer();
    let mut new = doc(c.clone(), body());
    new["components"]["schemas"]["Node"]["properties"]["value"] = json!({"type": "integer"});
    c["properties"]["tree"] = json!({"$ref": "#/components/schemas/Node"});
    let d = diff(&doc(c, body()), &new);
    assert_eq!(d.changes.len(), 1, "{d:?}");
    assert_eq!(d.changes[0].scope, "schema Node");
    assert_eq!(d.changes[0].path, ".value");
}

#[test]
fn operation_and_security_changes() {
    let old = doc(customer(), body());
    let mut new = old.clone();
    new["paths"]["/customers/{customer_id}"] = new["paths"]["/customers/{id}"].take();
    new["paths"]
        .as_object_mut()
        .map(|p| p.remove("/customers/{id}"));
    new["paths"]["/customers/{customer_id}"]["get"]["parameters"][0]["name"] = json!("customer_id");
    new["paths"]["/customers/{customer_id}"]["post"]["operationId"] = json!("patchCustomer");
    new["paths"]["/customers/{customer_id}"]
        .as_object_mut()
        .map(|p| p.remove("get").map(|g| p.insert("put".into(), g)));
    new["security"] = json!([{"bearerAuth": []}, {"basicAuth": []}]);
    new["components"]["securitySchemes"]["bearerAuth"]["scheme"] = json!("basic");
    let d = diff(&old, &new);
    let kinds: BTreeSet<ChangeKind> = d.changes.iter().map(|c| c.kind).collect();
    for k in [
        ChangeKind::OperationMoved,
        ChangeKind::OperationIdChanged,
        ChangeKind::ParameterRenamed,
        ChangeKind::SecurityRequirementAdded,
        ChangeKind::SecuritySchemeChanged,
    ] {
        assert!(kinds.contains(&k), "{k:?} missing from {d:#?}");
    }
    assert_eq!(
        d.of_kind(ChangeKind::ParameterRenamed)[0].impact,
        Impact::NonBreaking
    );
}

#[test]
fn nullable_reference_in_31_style() {
    let mut b = body();
    b["properties"]["c"] = json!({"$ref": "#/components/schemas/Customer"});
    let mut b2 = body();
    b2["properties"]["c"] =
        json!({"anyOf": [{"$ref": "#/components/schemas/Customer"}, {"type": "null"}]});
    let d = diff(&doc(customer(), b), &doc(customer(), b2));
    assert_eq!(d.changes.len(), 1, "{d:#?}");
    assert_eq!(d.changes[0].kind, ChangeKind::NullableAdded);
    assert_eq!(d.changes[0].impact, Impact::NonBreaking);
}

#[test]
fn shared_schema_changes_merge_directions() {
    // Customer is used in a response already; use it in the request too.
    let b = json!({"$ref": "#/components/schemas/Customer"});
    let mut c = customer();
    c["properties"]["status"]["enum"] = json!(["OPEN"]);
    let d = diff(&doc(customer(), b.clone()), &doc(c, b));
    assert_eq!(d.changes.len(), 1, "{d:#?}");
    assert_eq!(d.changes[0].kind, ChangeKind::EnumValueRemoved);
    assert_eq!(d.changes[0].direction, Some(Direction::Both));
    assert_eq!(d.changes[0].impact, Impact::Breaking);
}

#[test]
fn status_changes() {
    let old = doc(customer(), body());
    let mut new = old.clone();
    new["paths"]["/customers/{id}"]["get"]["responses"]["404"] = json!({"description": "nf"});
    new["paths"]["/customers/{id}"]["post"]["responses"]["201"] = json!({"description": "created"});
    let d = diff(&old, &new);
    assert_eq!(
        d.of_kind(ChangeKind::ErrorStatusAdded)[0].impact,
        Impact::NonBreaking
    );
    assert_eq!(
        d.of_kind(ChangeKind::SuccessStatusAdded)[0].impact,
        Impact::Breaking
    );
}

#[test]
fn path_items_given_by_ref_are_compared_through_it() {
    // The shared walk (imprint_spec::operation_items) follows path-item
    // `$ref`s, to `components.pathItems` or to another path; a fragment may
    // be percent-encoded (`{` and `}` are not allowed raw in a URI).
    let old = doc(customer(), body());
    let mut new = old.clone();
    let item = new["paths"]["/customers/{id}"].take();
    new["components"]["pathItems"] = json!({"Customer": item});
    new["paths"]["/customers/{id}"] = json!({"$ref": "#/components/pathItems/Customer"});
    let d = diff(&old, &new);
    assert!(d.changes.is_empty(), "{d:#?}");

    let mut new = old.clone();
    new["paths"]["/v1/customers/{id}"] = new["paths"]["/customers/{id}"].clone();
    new["paths"]["/customers/{id}"] = json!({"$ref": "#/paths/~1v1~1customers~1%7Bid%7D"});
    let d = diff(&old, &new);
    let added: Vec<&str> = d
        .of_kind(ChangeKind::OperationAdded)
        .iter()
        .map(|c| c.scope.as_str())
        .collect();
    assert_eq!(
        added,
        [
            "GET /v1/customers/{id} (getCustomer)",
            "POST /v1/customers/{id} (updateCustomer)"
        ],
        "{d:#?}"
    );
    assert_eq!(d.changes.len(), 2, "{d:#?}");
}

#[test]
fn percent_encoded_schema_refs_resolve_like_everywhere_else() {
    // `#/components/schemas/Customer%20V2` names the component
    // `Customer V2`: moving the schema there, behind an encoded reference,
    // is not a change; changing it behind that reference is.
    let old = doc(customer(), body());
    let mut new = old.clone();
    new["components"]["schemas"]["Customer V2"] = customer();
    new["paths"]["/customers/{id}"]["get"]["responses"]["200"]["content"]["application/json"]["schema"] =
        json!({"$ref": "#/components/schemas/Customer%20V2"});
    let d = diff(&old, &new);
    assert!(d.changes.is_empty(), "{d:#?}");

    new["components"]["schemas"]["Customer V2"]["required"] = json!(["id", "status"]);
    let d = diff(&old, &new);
    assert!(
        !d.changes.is_empty(),
        "a change behind the encoded reference is seen"
    );
}
