//! Construct-by-construct tests of the lowering (OpenAPI 3.1 → the 3.0 subset
//! progenitor reads) and of generation from it.
//!
//! Each test feeds a small synthetic document through the whole pipeline,
//! then checks (a) the 3.0 form the construct was lowered to and (b) that
//! progenitor generated code from it, and what that code says.

use imprint_codegen::lower::{ErrorResponse, LowerError, OpenEnum, OperationErrors};
use imprint_codegen::{Error, Output, Pipeline};
use serde_json::{Value, json};

// ----- helpers ----------------------------------------------------------

/// A 3.1 document with the given paths and component schemas.
fn spec(paths: Value, schemas: Value) -> Value {
    json!({
        "openapi": "3.1.0",
        "info": { "title": "Synthetic", "version": "1" },
        "paths": paths,
        "components": { "schemas": schemas },
    })
}

/// A 3.1 document with only component schemas (progenitor generates a type
/// for each of them, used or not).
fn schemas(schemas: Value) -> Value {
    spec(json!({}), schemas)
}

/// A JSON response body of the given schema.
fn json_body(description: &str, schema: Value) -> Value {
    json!({
        "description": description,
        "content": { "application/json": { "schema": schema } },
    })
}

fn schema_ref(name: &str) -> Value {
    json!({ "$ref": format!("#/components/schemas/{name}") })
}

/// The raw body every lowered error response gets.
fn raw_body() -> Value {
    json!({ "application/octet-stream": { "schema": { "type": "string", "format": "binary" } } })
}

/// Runs the whole pipeline (lowering and progenitor); panics with the error.
fn run(doc: Value) -> Output {
    match Pipeline::new(doc, None).and_then(|p| p.run()) {
        Ok(out) => out,
        Err(e) => panic!("the pipeline failed: {e}"),
    }
}

/// Runs the pipeline, expecting the lowering to refuse the document.
fn lower_error(doc: Value) -> LowerError {
    match Pipeline::new(doc, None).and_then(|p| p.run()) {
        Err(Error::Lower(e)) => e,
        Err(e) => panic!("expected a lowering error, got: {e}"),
        Ok(_) => panic!("expected a lowering error, the pipeline succeeded"),
    }
}

/// The lowered document at `pointer`.
fn at<'a>(out: &'a Output, pointer: &str) -> &'a Value {
    out.lowered
        .document
        .pointer(pointer)
        .unwrap_or_else(|| panic!("nothing at {pointer} in the lowered document"))
}

/// The lowered component schema `name`.
fn component<'a>(out: &'a Output, name: &str) -> &'a Value {
    at(out, &format!("/components/schemas/{name}"))
}

/// The lowered schema of property `prop` of component `name`.
fn property<'a>(out: &'a Output, name: &str, prop: &str) -> &'a Value {
    at(
        out,
        &format!("/components/schemas/{name}/properties/{prop}"),
    )
}

/// `text` without whitespace, nor the trailing commas prettyplease adds
/// when it wraps a list.
fn squash(text: &str) -> String {
    let text: String = text.chars().filter(|c| !c.is_whitespace()).collect();
    text.replace(",>", ">")
        .replace(",)", ")")
        .replace(",]", "]")
}

/// Asserts that the generated code contains `snippet`, ignoring whitespace
/// (prettyplease wraps long lines).
#[track_caller]
fn assert_code(out: &Output, snippet: &str) {
    assert!(
        squash(&out.code).contains(&squash(snippet)),
        "generated code lacks `{snippet}`"
    );
}

#[track_caller]
fn assert_no_code(out: &Output, snippet: &str) {
    assert!(
        !squash(&out.code).contains(&squash(snippet)),
        "generated code unexpectedly has `{snippet}`"
    );
}

/// How many times `snippet` occurs in the generated code, ignoring whitespace.
fn code_count(out: &Output, snippet: &str) -> usize {
    squash(&out.code).matches(&squash(snippet)).count()
}

/// The messages of the lowering's notes at `pointer`.
fn notes_at<'a>(out: &'a Output, pointer: &str) -> Vec<&'a str> {
    out.lowered
        .notes
        .iter()
        .filter(|n| n.pointer == pointer)
        .map(|n| n.message.as_str())
        .collect()
}

#[track_caller]
fn assert_note(out: &Output, pointer: &str, fragment: &str) {
    let notes = notes_at(out, pointer);
    assert!(
        notes.iter().any(|m| m.contains(fragment)),
        "no note at {pointer} containing `{fragment}`; notes there: {notes:?}; all: {:?}",
        out.notes
    );
}

/// Every `$ref` in `v`.
fn refs(v: &Value) -> Vec<String> {
    let mut out = Vec::new();
    fn walk(v: &Value, out: &mut Vec<String>) {
        match v {
            Value::Object(o) => {
                if let Some(Value::String(r)) = o.get("$ref") {
                    out.push(r.clone());
                }
                o.values().for_each(|c| walk(c, out));
            }
            Value::Array(a) => a.iter().for_each(|c| walk(c, out)),
            _ => {}
        }
    }
    walk(v, &mut out);
    out
}

/// Whether any object in `v` has the key `key`.
fn has_key(v: &Value, key: &str) -> bool {
    match v {
        Value::Object(o) => o.contains_key(key) || o.values().any(|c| has_key(c, key)),
        Value::Array(a) => a.iter().any(|c| has_key(c, key)),
        _ => false,
    }
}

// ----- document level ---------------------------------------------------

#[test]
fn version_3_1_becomes_3_0_3() {
    let out = run(schemas(json!({ "Thing": { "type": "string" } })));
    assert_eq!(
        out.merged()["openapi"],
        "3.1.0",
        "the merged document is not lowered"
    );
    assert_eq!(at(&out, "/openapi"), "3.0.3");
    assert_code(&out, "pub struct Thing(pub ::std::string::String);");
}

#[test]
fn unsupported_version_is_an_error_at_openapi() {
    let swagger = json!({
        "swagger": "2.0",
        "info": { "title": "Old", "version": "1" },
        "paths": {},
    });
    let e = lower_error(swagger);
    assert_eq!(e.pointer, "/openapi");
    assert!(e.message.contains("unsupported OpenAPI version"), "{e}");

    let mut future = schemas(json!({}));
    future["openapi"] = json!("2.0");
    let e = lower_error(future);
    assert_eq!(e.pointer, "/openapi");
    assert!(e.message.contains("`2.0`"), "{e}");
}

#[test]
fn webhooks_are_dropped_with_a_note() {
    let mut doc = schemas(json!({ "Event": { "type": "object" } }));
    doc["webhooks"] = json!({
        "customer.updated": {
            "post": {
                "operationId": "customerUpdated",
                "requestBody": { "content": { "application/json": { "schema": schema_ref("Event") } } },
                "responses": { "200": { "description": "ok" } },
            },
        },
    });
    let out = run(doc);
    assert!(out.lowered.document.get("webhooks").is_none());
    assert_note(&out, "/webhooks/customer.updated", "dropped");
    assert!(
        out.lowered.errors.is_empty(),
        "a webhook is not an operation"
    );
    assert_no_code(&out, "customer_updated");
    assert_code(&out, "pub struct Event(");
}

#[test]
fn missing_paths_become_an_empty_object() {
    let mut doc = schemas(json!({ "Thing": { "type": "integer" } }));
    let removed = doc.as_object_mut().and_then(|o| o.shift_remove("paths"));
    assert_eq!(removed, Some(json!({})));
    let out = run(doc);
    assert_eq!(at(&out, "/paths"), &json!({}));
    assert_note(&out, "/paths", "absent");
    assert_code(&out, "pub struct Thing(pub i64);");
    assert_code(&out, "pub struct Client");
}

// ----- nullable and type arrays -----------------------------------------

#[test]
fn type_array_with_null_is_nullable() {
    let out = run(schemas(json!({
        "Thing": {
            "type": "object",
            "required": ["name"],
            "properties": {
                "name": { "type": ["string", "null"], "maxLength": 10 },
                "count": { "type": ["null", "integer"] },
            },
        },
    })));
    assert_eq!(
        property(&out, "Thing", "name"),
        &json!({ "type": "string", "maxLength": 10, "nullable": true })
    );
    assert_eq!(
        property(&out, "Thing", "count"),
        &json!({ "type": "integer", "nullable": true })
    );
    // Required but nullable: present, possibly null.
    assert_code(
        &out,
        r#"#[serde(deserialize_with = "::std::option::Option::deserialize")]
        pub name: ::std::option::Option<ThingName>,"#,
    );
    assert_code(&out, "pub count: ::std::option::Option<i64>,");
}

#[test]
fn type_array_of_two_types_is_any_of() {
    let out = run(schemas(json!({
        "Thing": {
            "type": "object",
            "properties": { "id": { "type": ["string", "integer"] } },
        },
    })));
    assert_eq!(
        property(&out, "Thing", "id"),
        &json!({ "anyOf": [{ "type": "string" }, { "type": "integer" }] })
    );
    assert_code(&out, "pub id: ::std::option::Option<ThingId>,");
    assert_code(
        &out,
        "#[serde(untagged)] pub enum ThingId { String(::std::string::String), Integer(i64), }",
    );
}

#[test]
fn nullable_keyword_of_3_0_is_kept() {
    let mut doc = schemas(json!({
        "Inner": { "type": "object", "properties": { "v": { "type": "string" } } },
        "Thing": {
            "type": "object",
            "required": ["note", "inner"],
            "properties": {
                "note": { "type": "string", "nullable": true },
                "inner": { "$ref": "#/components/schemas/Inner", "nullable": true },
            },
        },
    }));
    doc["openapi"] = json!("3.0.3");
    let out = run(doc);
    assert_eq!(
        property(&out, "Thing", "note"),
        &json!({ "type": "string", "nullable": true })
    );
    assert_eq!(
        property(&out, "Thing", "inner"),
        &json!({ "allOf": [schema_ref("Inner")], "nullable": true })
    );
    assert_code(
        &out,
        "pub note: ::std::option::Option<::std::string::String>,",
    );
    assert_code(&out, "pub inner: ::std::option::Option<Inner>,");
}

#[test]
fn any_of_with_null_branch_and_ref() {
    let out = run(schemas(json!({
        "Inner": { "type": "object", "properties": { "v": { "type": "string" } } },
        "Thing": {
            "type": "object",
            "required": ["a", "b"],
            "properties": {
                "a": { "anyOf": [schema_ref("Inner"), { "type": "null" }] },
                "b": { "oneOf": [{ "type": "null" }, schema_ref("Inner")], "description": "B." },
            },
        },
    })));
    let expected = json!({ "allOf": [schema_ref("Inner")], "nullable": true });
    assert_eq!(property(&out, "Thing", "a"), &expected);
    assert_eq!(
        property(&out, "Thing", "b"),
        &json!({ "description": "B.", "nullable": true, "allOf": [schema_ref("Inner")] })
    );
    assert_code(&out, "pub a: ::std::option::Option<Inner>,");
    assert_code(&out, "pub b: ::std::option::Option<Inner>,");
}

#[test]
fn one_of_with_null_branch_and_inline_schema() {
    // The inline branch is merged, then lowered like any schema: its 3.1
    // keywords (numeric exclusiveMinimum, examples, type arrays) too.
    let out = run(schemas(json!({
        "Thing": {
            "type": "object",
            "required": ["count", "detail"],
            "properties": {
                "count": {
                    "oneOf": [
                        { "type": "integer", "exclusiveMinimum": 0, "examples": [3] },
                        { "type": "null" },
                    ],
                },
                "detail": {
                    "anyOf": [
                        { "type": "null" },
                        {
                            "type": "object",
                            "properties": { "code": { "type": ["string", "null"] } },
                        },
                    ],
                },
            },
        },
    })));
    assert_eq!(
        property(&out, "Thing", "count"),
        &json!({
            "nullable": true,
            "type": "integer",
            "exclusiveMinimum": true,
            "minimum": 0,
            "example": 3,
        })
    );
    assert_eq!(
        property(&out, "Thing", "detail"),
        &json!({
            "nullable": true,
            "type": "object",
            "properties": { "code": { "type": "string", "nullable": true } },
        })
    );
    assert_code(
        &out,
        "pub count: ::std::option::Option<::std::num::NonZeroU64>,",
    );
    assert_code(&out, "pub detail: ::std::option::Option<ThingDetail>,");
    assert_code(
        &out,
        "pub code: ::std::option::Option<::std::string::String>,",
    );
}

#[test]
fn null_branch_beside_several_keeps_the_others() {
    let out = run(schemas(json!({
        "A": { "type": "object", "properties": { "a": { "type": "string" } } },
        "B": { "type": "object", "properties": { "b": { "type": "integer" } } },
        "Thing": {
            "type": "object",
            "properties": {
                "either": { "oneOf": [schema_ref("A"), schema_ref("B"), { "type": "null" }] },
            },
        },
        // A component: progenitor would name the `Option` newtype and the
        // union both `Maybe`, so the union moves to `MaybeValue`.
        "Maybe": {
            "description": "A or B or null.",
            "anyOf": [{ "type": "null" }, schema_ref("A"), schema_ref("B")],
        },
    })));
    assert_eq!(
        property(&out, "Thing", "either"),
        &json!({ "oneOf": [schema_ref("A"), schema_ref("B")], "nullable": true })
    );
    assert_eq!(
        component(&out, "Maybe"),
        &json!({
            "allOf": [schema_ref("MaybeValue")],
            "nullable": true,
            "description": "A or B or null.",
        })
    );
    assert_eq!(
        component(&out, "MaybeValue"),
        &json!({ "description": "A or B or null.", "anyOf": [schema_ref("A"), schema_ref("B")] })
    );
    assert_note(
        &out,
        "/components/schemas/Maybe",
        "#/components/schemas/MaybeValue",
    );
    assert_code(&out, "pub either: ::std::option::Option<ThingEither>,");
    assert_code(&out, "pub enum ThingEither { A(A), B(B), }");
    assert_code(
        &out,
        "pub struct Maybe(pub ::std::option::Option<MaybeValue>);",
    );
    assert_code(&out, "pub struct MaybeValue {");
    assert_eq!(code_count(&out, "pub struct Maybe("), 1);
}

// ----- numbers, const, examples -----------------------------------------

#[test]
fn numeric_exclusive_bounds_become_3_0_booleans() {
    let out = run(schemas(json!({
        "Thing": {
            "type": "object",
            "properties": {
                "ratio": { "type": "number", "exclusiveMinimum": 0, "exclusiveMaximum": 1.5 },
                // The inclusive bound is the stricter one: the exclusive one goes.
                "stricter_minimum": { "type": "integer", "minimum": 5, "exclusiveMinimum": 0 },
                // Equal bounds: exclusive is the stricter one.
                "equal": { "type": "integer", "maximum": 10, "exclusiveMaximum": 10 },
            },
        },
    })));
    assert_eq!(
        property(&out, "Thing", "ratio"),
        &json!({
            "type": "number",
            "exclusiveMinimum": true,
            "exclusiveMaximum": true,
            "minimum": 0,
            "maximum": 1.5,
        })
    );
    assert_eq!(
        property(&out, "Thing", "stricter_minimum"),
        &json!({ "type": "integer", "minimum": 5 })
    );
    assert_eq!(
        property(&out, "Thing", "equal"),
        &json!({ "type": "integer", "maximum": 10, "exclusiveMaximum": true })
    );
    assert_code(&out, "pub ratio: ::std::option::Option<f64>,");
    assert_code(&out, "pub stricter_minimum: ::std::option::Option<i64>,");
}

#[test]
fn const_becomes_a_single_value_enum() {
    let out = run(schemas(json!({
        "Kind": { "const": "card" },
        "Thing": {
            "type": "object",
            "properties": {
                "version": { "type": "string", "const": "v2" },
                "answer": { "type": "integer", "const": 42 },
            },
        },
    })));
    assert_eq!(component(&out, "Kind"), &json!({ "enum": ["card"] }));
    // Inline string const: hoisted as a one-value open enum.
    assert_eq!(
        property(&out, "Thing", "version"),
        &schema_ref("ThingVersion")
    );
    assert_eq!(
        component(&out, "ThingVersion"),
        &json!({ "type": "string", "enum": ["v2"] })
    );
    // Non-string const: like any non-string enum, left open.
    assert_eq!(
        property(&out, "Thing", "answer"),
        &json!({ "type": "integer" })
    );
    assert_note(
        &out,
        "/components/schemas/Thing/properties/answer",
        "non-string enum",
    );
    let names: Vec<&str> = out
        .lowered
        .open_enums
        .iter()
        .map(|e| e.name.as_str())
        .collect();
    assert_eq!(names, ["Kind", "ThingVersion"]);
    assert_code(&out, "pub enum Kind { ///`card`\n Card,");
    assert_code(
        &out,
        "pub const KNOWN: &'static [&'static str] = &[\"v2\"];",
    );
    assert_code(
        &out,
        "pub version: ::std::option::Option<crate::open_enums::ThingVersion>,",
    );
}

#[test]
fn examples_array_becomes_example() {
    let out = run(schemas(json!({
        "Thing": {
            "type": "object",
            "examples": [{ "name": "first" }, { "name": "second" }],
            "properties": {
                "name": { "type": "string", "examples": ["a", "b"] },
                "kept": { "type": "string", "example": "own", "examples": ["other"] },
                "empty": { "type": "string", "examples": [] },
            },
        },
    })));
    assert_eq!(
        component(&out, "Thing")["example"],
        json!({ "name": "first" })
    );
    assert!(component(&out, "Thing").get("examples").is_none());
    assert_eq!(
        property(&out, "Thing", "name"),
        &json!({ "type": "string", "example": "a" })
    );
    assert_eq!(
        property(&out, "Thing", "kept"),
        &json!({ "type": "string", "example": "own" })
    );
    assert_eq!(
        property(&out, "Thing", "empty"),
        &json!({ "type": "string" })
    );
    assert!(!has_key(&out.lowered.document, "examples"));
    assert_code(
        &out,
        "pub name: ::std::option::Option<::std::string::String>,",
    );
}

// ----- $ref with siblings -----------------------------------------------

#[test]
fn ref_with_annotation_siblings_drops_them() {
    let out = run(schemas(json!({
        "Name": { "type": "string" },
        "Thing": {
            "type": "object",
            "properties": {
                "name": {
                    "$ref": "#/components/schemas/Name",
                    "description": "The name.",
                    "title": "Name",
                    "examples": ["x"],
                    "deprecated": true,
                    "readOnly": true,
                },
            },
        },
    })));
    assert_eq!(property(&out, "Thing", "name"), &schema_ref("Name"));
    assert_code(&out, "pub name: ::std::option::Option<Name>,");
}

#[test]
fn ref_with_nullable_or_constraints_is_wrapped_in_all_of() {
    let out = run(schemas(json!({
        "Name": { "type": "string" },
        "Thing": {
            "type": "object",
            "required": ["nullable_name", "short_name"],
            "properties": {
                "nullable_name": {
                    "$ref": "#/components/schemas/Name",
                    "description": "dropped",
                    "nullable": true,
                },
                "short_name": { "$ref": "#/components/schemas/Name", "maxLength": 5 },
                "both": {
                    "$ref": "#/components/schemas/Name",
                    "type": ["string", "null"],
                    "minLength": 1,
                },
            },
        },
    })));
    assert_eq!(
        property(&out, "Thing", "nullable_name"),
        &json!({ "allOf": [schema_ref("Name")], "nullable": true })
    );
    assert_eq!(
        property(&out, "Thing", "short_name"),
        &json!({ "allOf": [schema_ref("Name"), { "maxLength": 5 }] })
    );
    assert_eq!(
        property(&out, "Thing", "both"),
        &json!({
            "allOf": [schema_ref("Name"), { "type": "string", "minLength": 1 }],
            "nullable": true,
        })
    );
    assert_code(
        &out,
        r#"#[serde(deserialize_with = "::std::option::Option::deserialize")]
        pub nullable_name: ::std::option::Option<Name>,"#,
    );
    assert_code(&out, "pub short_name: ThingShortName,");
}

#[test]
fn ref_to_open_enum_with_constraints_stays_open() {
    // progenitor would merge the enum with the constraint into a new,
    // closed enum: the conjunct is dropped instead.
    let out = run(schemas(json!({
        "Status": { "type": "string", "enum": ["OPEN", "CLOSED"] },
        "Thing": {
            "type": "object",
            "properties": {
                "status": { "$ref": "#/components/schemas/Status", "maxLength": 10 },
            },
        },
    })));
    assert_eq!(
        property(&out, "Thing", "status"),
        &json!({ "allOf": [schema_ref("Status")] })
    );
    assert_note(
        &out,
        "/components/schemas/Thing/properties/status",
        "open enum",
    );
    assert_code(
        &out,
        "pub status: ::std::option::Option<crate::open_enums::Status>,",
    );
    assert_no_code(&out, "pub enum ThingStatus");
}

// ----- $defs ------------------------------------------------------------

#[test]
fn defs_are_hoisted_into_components_with_refs_rewritten() {
    let out = run(spec(
        json!({
            "/things": {
                "post": {
                    "operationId": "createThing",
                    "requestBody": {
                        "content": {
                            "application/json": {
                                "schema": {
                                    "type": "object",
                                    "properties": {
                                        "tag": { "$ref": "#/paths/~1things/post/requestBody/content/application~1json/schema/$defs/Tag" },
                                    },
                                    "$defs": { "Tag": { "type": "string", "maxLength": 8 } },
                                },
                            },
                        },
                    },
                    "responses": { "204": { "description": "created" } },
                },
            },
        }),
        json!({
            "Owner": {
                "type": "object",
                "properties": {
                    "inner": { "$ref": "#/components/schemas/Owner/$defs/Inner" },
                    "deep": { "$ref": "#/components/schemas/Owner/$defs/Inner/$defs/Deeper" },
                },
                "$defs": {
                    "Inner": {
                        "type": "object",
                        "properties": {
                            "deeper": { "$ref": "#/components/schemas/Owner/$defs/Inner/$defs/Deeper" },
                        },
                        "$defs": { "Deeper": { "type": "integer" } },
                    },
                },
            },
        }),
    ));
    let doc = &out.lowered.document;
    assert!(!has_key(doc, "$defs"), "a $defs is left");
    assert_eq!(
        component(&out, "Owner")["properties"],
        json!({
            "inner": schema_ref("OwnerInner"),
            "deep": schema_ref("OwnerInnerDeeper"),
        })
    );
    assert_eq!(
        component(&out, "OwnerInner")["properties"]["deeper"],
        schema_ref("OwnerInnerDeeper")
    );
    assert_eq!(
        component(&out, "OwnerInnerDeeper"),
        &json!({ "type": "integer" })
    );
    assert_eq!(
        component(&out, "Tag"),
        &json!({ "type": "string", "maxLength": 8 })
    );
    assert_eq!(
        at(
            &out,
            "/paths/~1things/post/requestBody/content/application~1json/schema/properties/tag"
        ),
        &schema_ref("Tag")
    );
    for r in refs(doc) {
        let target = r.trim_start_matches('#');
        assert!(doc.pointer(target).is_some(), "dangling {r}");
    }
    // Notes name where each `$defs` entry was in the input document.
    assert_note(&out, "/components/schemas/Owner/$defs/Inner", "OwnerInner");
    assert_note(
        &out,
        "/components/schemas/Owner/$defs/Inner/$defs/Deeper",
        "#/components/schemas/OwnerInnerDeeper",
    );
    assert_code(&out, "pub deep: ::std::option::Option<OwnerInnerDeeper>,");
    assert_code(&out, "pub deeper: ::std::option::Option<OwnerInnerDeeper>,");
    assert_code(&out, "pub struct OwnerInnerDeeper(pub i64);");
    assert_code(&out, "pub tag: ::std::option::Option<Tag>,");
}

// ----- responses --------------------------------------------------------

#[test]
fn error_responses_with_different_bodies_get_typed_decoders() {
    let out = run(spec(
        json!({
            "/things/{id}": {
                "get": {
                    "operationId": "getThing",
                    "parameters": [{ "name": "id", "in": "path", "required": true, "schema": { "type": "string" } }],
                    "responses": {
                        "200": json_body("ok", schema_ref("Thing")),
                        "400": json_body("bad request", schema_ref("ErrorA")),
                        "404": json_body("not found", schema_ref("ErrorB")),
                        "500": { "description": "server error" },
                    },
                },
            },
        }),
        json!({
            "Thing": { "type": "object", "properties": { "id": { "type": "string" } } },
            "ErrorA": { "type": "object", "properties": { "field": { "type": "string" } } },
            "ErrorB": { "type": "object", "properties": { "resource": { "type": "string" } } },
        }),
    ));
    let response = |status: &str, description: &str, schema: Option<&str>| ErrorResponse {
        status: status.into(),
        description: Some(description.into()),
        schema: schema.map(Into::into),
    };
    assert_eq!(
        out.lowered.errors,
        [OperationErrors {
            operation_id: "getThing".into(),
            responses: vec![
                response("400", "bad request", Some("ErrorA")),
                response("404", "not found", Some("ErrorB")),
                response("500", "server error", None),
            ],
        }]
    );
    let responses = "/paths/~1things~1{id}/get/responses";
    for status in ["400", "404", "500"] {
        assert_eq!(
            at(&out, &format!("{responses}/{status}/content")),
            &raw_body(),
            "{status}"
        );
    }
    assert_eq!(
        at(
            &out,
            &format!("{responses}/200/content/application~1json/schema")
        ),
        &schema_ref("Thing")
    );
    assert_code(
        &out,
        "-> Result<ResponseValue<types::Thing>, Error<ByteStream>>",
    );
    assert_code(&out, "pub enum GetThingError {");
    assert_code(&out, "Status400(types::ErrorA),");
    assert_code(&out, "Status404(types::ErrorB),");
    assert_code(
        &out,
        r#"&[("400", Some("ErrorA")), ("404", Some("ErrorB")), ("500", None)]"#,
    );
    assert_code(
        &out,
        "pub fn decode(status: u16, body: &[u8]) -> Option<::std::result::Result<Self, ::serde_json::Error>> {
            match status {
                400u16 => { Some(::serde_json::from_slice::<types::ErrorA>(body).map(Self::Status400)) }
                404u16 => { Some(::serde_json::from_slice::<types::ErrorB>(body).map(Self::Status404)) }
                500u16 => None,
                _ => None,
            }",
    );
}

#[test]
fn status_without_body_decodes_as_none_despite_range_or_default() {
    let out = run(spec(
        json!({
            "/things": {
                "get": {
                    "operationId": "listThings",
                    "responses": {
                        "200": json_body("ok", schema_ref("Thing")),
                        "503": { "description": "unavailable, no body" },
                        "5XX": json_body("server error", schema_ref("Problem")),
                        "default": json_body("other", schema_ref("Problem")),
                    },
                },
            },
        }),
        json!({
            "Thing": { "type": "object" },
            "Problem": { "type": "object", "properties": { "title": { "type": "string" } } },
        }),
    ));
    assert_code(
        &out,
        "match status {
            503u16 => None,
            s if s / 100 == 5u16 => { Some(::serde_json::from_slice::<types::Problem>(body).map(Self::Status5xx)) }
            _ => { Some(::serde_json::from_slice::<types::Problem>(body).map(Self::Default)) }
        }",
    );
}

#[test]
fn error_body_of_an_open_enum_is_decoded_as_the_open_enum() {
    let out = run(spec(
        json!({
            "/things": {
                "get": {
                    "operationId": "listThings",
                    "responses": {
                        "204": { "description": "none" },
                        "409": json_body("conflict", schema_ref("Reason")),
                        "422": json_body("invalid", json!({ "type": "object", "properties": { "field": { "type": "string" } } })),
                    },
                },
            },
        }),
        json!({ "Reason": { "type": "string", "enum": ["LOCKED", "STALE"] } }),
    ));
    // progenitor does not generate a replaced type: it is not in `types`.
    assert_code(&out, "Status409(super::open_enums::Reason),");
    assert_no_code(&out, "types::Reason");
    // An inline error schema is hoisted under a derived name.
    assert_eq!(
        out.lowered.errors[0].responses[1].schema.as_deref(),
        Some("ListThingsError422")
    );
    assert_note(
        &out,
        "/paths/~1things/get/responses/422/content",
        "#/components/schemas/ListThingsError422",
    );
    assert_code(&out, "Status422(types::ListThingsError422),");
    assert_code(&out, "pub struct ListThingsError422 {");
}

#[test]
fn default_beside_200_becomes_4xx_and_5xx_errors() {
    let out = run(spec(
        json!({
            "/things": {
                "get": {
                    "operationId": "listThings",
                    "responses": {
                        "200": json_body("ok", schema_ref("Thing")),
                        "404": { "description": "none here" },
                        "default": json_body("any error", schema_ref("Problem")),
                    },
                },
            },
        }),
        json!({
            "Thing": { "type": "object", "properties": { "id": { "type": "string" } } },
            "Problem": { "type": "object", "properties": { "title": { "type": "string" } } },
        }),
    ));
    let responses = at(&out, "/paths/~1things/get/responses");
    let codes: Vec<&String> = responses
        .as_object()
        .map(|m| m.keys().collect())
        .unwrap_or_default();
    assert_eq!(codes, ["200", "404", "4XX", "5XX"]);
    assert_eq!(responses["4XX"]["content"], raw_body());
    assert_eq!(responses["5XX"]["description"], "any error");
    assert_eq!(
        out.lowered.errors[0].responses.last(),
        Some(&ErrorResponse {
            status: "default".into(),
            description: Some("any error".into()),
            schema: Some("Problem".into()),
        })
    );
    assert_code(
        &out,
        "-> Result<ResponseValue<types::Thing>, Error<ByteStream>>",
    );
    assert_code(&out, "Default(types::Problem),");
    assert_code(
        &out,
        "404u16 => None, _ => { Some(::serde_json::from_slice::<types::Problem>(body).map(Self::Default)) }",
    );
}

#[test]
fn default_alone_is_success() {
    let out = run(spec(
        json!({
            "/things": {
                "get": {
                    "operationId": "listThings",
                    "responses": { "default": json_body("the things", schema_ref("Thing")) },
                },
            },
        }),
        json!({ "Thing": { "type": "object", "properties": { "id": { "type": "string" } } } }),
    ));
    assert_eq!(
        at(
            &out,
            "/paths/~1things/get/responses/default/content/application~1json/schema"
        ),
        &schema_ref("Thing")
    );
    assert_eq!(out.lowered.errors[0].responses, []);
    // progenitor reads a lone `default` as the body of every status.
    assert_code(
        &out,
        "Result<ResponseValue<types::Thing>, Error<types::Thing>>",
    );
}

#[test]
fn created_201_and_no_content_204() {
    let out = run(spec(
        json!({
            "/things": {
                "post": {
                    "operationId": "createThing",
                    "requestBody": { "required": true, "content": { "application/json": { "schema": schema_ref("Thing") } } },
                    "responses": { "201": json_body("created", schema_ref("Thing")) },
                },
                "delete": {
                    "operationId": "deleteThings",
                    "responses": { "204": { "description": "deleted" } },
                },
            },
        }),
        json!({ "Thing": { "type": "object", "properties": { "id": { "type": "string" } } } }),
    ));
    assert_eq!(
        at(
            &out,
            "/paths/~1things/post/responses/201/content/application~1json/schema"
        ),
        &schema_ref("Thing")
    );
    assert!(
        at(&out, "/paths/~1things/delete/responses/204")
            .get("content")
            .is_none()
    );
    assert!(out.lowered.notes.is_empty(), "{:?}", out.notes);
    assert_code(
        &out,
        "pub fn create_thing(&self) -> builder::CreateThing<'_>",
    );
    assert_code(&out, "Result<ResponseValue<types::Thing>, Error<()>>");
    assert_code(
        &out,
        "pub fn delete_things(&self) -> builder::DeleteThings<'_>",
    );
    assert_code(&out, "Result<ResponseValue<()>, Error<()>>");
}

#[test]
fn json_200_and_empty_204_become_raw_with_a_note() {
    let out = run(spec(
        json!({
            "/things": {
                "put": {
                    "operationId": "putThing",
                    "responses": {
                        "200": json_body("replaced", schema_ref("Thing")),
                        "204": { "description": "unchanged" },
                    },
                },
            },
        }),
        json!({ "Thing": { "type": "object", "properties": { "id": { "type": "string" } } } }),
    ));
    assert_eq!(
        at(&out, "/paths/~1things/put/responses/200/content"),
        &raw_body()
    );
    assert_eq!(
        at(&out, "/paths/~1things/put/responses/204/content"),
        &raw_body()
    );
    assert_note(
        &out,
        "/paths/~1things/put/responses",
        "different body types",
    );
    assert_code(&out, "Result<ResponseValue<ByteStream>, Error<()>>");
}

#[test]
fn response_without_content() {
    let out = run(spec(
        json!({
            "/things": {
                "get": {
                    "operationId": "listThings",
                    "responses": {
                        "200": json_body("ok", json!({ "type": "array", "items": { "type": "string" } })),
                        "401": { "description": "unauthorised" },
                    },
                },
            },
        }),
        json!({}),
    ));
    assert_eq!(
        out.lowered.errors[0].responses,
        [ErrorResponse {
            status: "401".into(),
            description: Some("unauthorised".into()),
            schema: None,
        }]
    );
    assert_eq!(
        at(&out, "/paths/~1things/get/responses/401/content"),
        &raw_body()
    );
    assert_code(
        &out,
        "Result<ResponseValue<::std::vec::Vec<::std::string::String>>, Error<ByteStream>>",
    );
    assert_code(
        &out,
        r#"STATUSES: &'static [(&'static str, Option<&'static str>)] = &[("401", None)];"#,
    );
    assert_code(&out, "pub enum ListThingsError {}");
}

// ----- operations and security --------------------------------------------

#[test]
fn missing_operation_ids_are_synthesised_and_unique() {
    let ok = || json!({ "200": { "description": "ok" } });
    let out = run(spec(
        json!({
            "/v1/other": { "get": { "operationId": "getThings", "responses": ok() } },
            "/things": { "get": { "responses": ok() }, "post": { "responses": ok() } },
            "/things/": { "get": { "responses": ok() } },
            "/things/{thing-id}": {
                "get": {
                    "parameters": [{ "name": "thing-id", "in": "path", "required": true, "schema": { "type": "string" } }],
                    "responses": ok(),
                },
            },
        }),
        json!({}),
    ));
    let id = |ptr: &str| at(&out, &format!("/paths/{ptr}/operationId")).clone();
    assert_eq!(id("~1v1~1other/get"), "getThings");
    // `get_things` would give the same method name as `getThings`.
    assert_eq!(id("~1things/get"), "get_things_2");
    assert_eq!(id("~1things/post"), "post_things");
    assert_eq!(id("~1things~1/get"), "get_things_3");
    assert_eq!(id("~1things~1{thing-id}/get"), "get_things_thing_id");
    assert_note(&out, "/paths/~1things/get", "`get_things_2`");
    assert_note(
        &out,
        "/paths/~1things~1{thing-id}/get",
        "`get_things_thing_id`",
    );
    assert!(notes_at(&out, "/paths/~1v1~1other/get").is_empty());
    let ids: Vec<&str> = out
        .lowered
        .errors
        .iter()
        .map(|e| e.operation_id.as_str())
        .collect();
    assert_eq!(
        ids,
        [
            "getThings",
            "get_things_2",
            "post_things",
            "get_things_3",
            "get_things_thing_id"
        ]
    );
    for method in [
        "get_things",
        "get_things_2",
        "get_things_3",
        "post_things",
        "get_things_thing_id",
    ] {
        assert_eq!(
            code_count(&out, &format!("pub fn {method}(&self)")),
            1,
            "{method}"
        );
    }
    for decoder in ["GetThings", "GetThings2", "GetThings3"] {
        assert_eq!(
            code_count(&out, &format!("pub enum {decoder}Error")),
            1,
            "{decoder}"
        );
    }
}

#[test]
fn undefined_security_schemes_are_a_note() {
    let mut doc = spec(
        json!({
            "/things": {
                "get": {
                    "operationId": "listThings",
                    "security": [{ "bearerAuth": [] }, { "apiKey": [] }],
                    "responses": { "204": { "description": "ok" } },
                },
            },
        }),
        json!({}),
    );
    doc["security"] = json!([{ "basicAuth": [] }, { "bearerAuth": [] }]);
    doc["components"]["securitySchemes"] =
        json!({ "bearerAuth": { "type": "http", "scheme": "bearer" } });
    let out = run(doc);
    assert_note(
        &out,
        "/security/0",
        "`basicAuth` is referenced but not defined",
    );
    assert_note(
        &out,
        "/paths/~1things/get/security/1",
        "`apiKey` is referenced but not defined",
    );
    assert!(
        !out.notes.iter().any(|n| n.contains("bearerAuth")),
        "{:?}",
        out.notes
    );
    assert_eq!(
        at(&out, "/security"),
        &json!([{ "basicAuth": [] }, { "bearerAuth": [] }])
    );
    assert_code(&out, "pub fn list_things(&self)");
}

// ----- composition ------------------------------------------------------

#[test]
fn all_of_composition_merges_the_parts() {
    let out = run(schemas(json!({
        "Base": {
            "type": "object",
            "required": ["id"],
            "properties": { "id": { "type": "string" } },
        },
        "Derived": {
            "allOf": [
                schema_ref("Base"),
                {
                    "type": "object",
                    "properties": { "extra": { "type": ["boolean", "null"] } },
                },
            ],
        },
    })));
    assert_eq!(
        component(&out, "Derived"),
        &json!({
            "allOf": [
                schema_ref("Base"),
                {
                    "type": "object",
                    "properties": { "extra": { "type": "boolean", "nullable": true } },
                },
            ],
        })
    );
    assert_code(
        &out,
        "pub struct Derived {
            #[serde(skip_serializing_if = \"::std::option::Option::is_none\")]
            pub extra: ::std::option::Option<bool>,
            pub id: ::std::string::String,
        }",
    );
}

// ----- enums ------------------------------------------------------------

#[test]
fn named_string_enum_is_open() {
    let out = run(schemas(json!({
        "Status": {
            "type": "string",
            "description": "Where a thing is.",
            "enum": ["OPEN", "CLOSED", "on-hold"],
        },
        "Thing": {
            "type": "object",
            "required": ["status"],
            "properties": { "status": schema_ref("Status") },
        },
    })));
    assert_eq!(
        out.lowered.open_enums,
        [OpenEnum {
            name: "Status".into(),
            description: Some("Where a thing is.".into()),
            values: vec!["OPEN".into(), "CLOSED".into(), "on-hold".into()],
        }]
    );
    assert_eq!(
        component(&out, "Status")["enum"],
        json!(["OPEN", "CLOSED", "on-hold"])
    );
    assert_code(&out, "pub status: crate::open_enums::Status,");
    assert_code(
        &out,
        "pub enum Status {
            ///`OPEN`
            Open,
            ///`CLOSED`
            Closed,
            ///`on-hold`
            OnHold,
            /// A value this version of the client does not know; the raw string.
            Unknown(::std::string::String),
        }",
    );
    assert_code(
        &out,
        "pub const KNOWN: &'static [&'static str] = &[\"OPEN\", \"CLOSED\", \"on-hold\"];",
    );
    assert_code(&out, "other => Self::Unknown(other.to_owned()),");
    // progenitor's own closed enum is not generated.
    assert_eq!(code_count(&out, "pub enum Status"), 1);
}

#[test]
fn inline_string_enums_are_hoisted_with_derived_names() {
    let out = run(spec(
        json!({
            "/things": {
                "get": {
                    "operationId": "listThings",
                    "parameters": [{
                        "name": "sort",
                        "in": "query",
                        "schema": { "type": "string", "enum": ["asc", "desc"] },
                    }],
                    "responses": { "200": json_body("ok", schema_ref("Thing")) },
                },
            },
        }),
        json!({
            // Takes the name the inline `color` enum would get.
            "ThingColor": { "type": "object" },
            "Thing": {
                "type": "object",
                "required": ["shade"],
                "properties": {
                    "color": { "type": "string", "enum": ["red", "green"], "description": "Paint." },
                    "shade": { "type": ["string", "null"], "enum": ["light", "dark", null] },
                },
            },
        }),
    ));
    assert_eq!(property(&out, "Thing", "color"), &schema_ref("ThingColor2"));
    assert_eq!(
        component(&out, "ThingColor2"),
        &json!({ "type": "string", "enum": ["red", "green"], "description": "Paint." })
    );
    assert_eq!(
        property(&out, "Thing", "shade"),
        &json!({ "allOf": [schema_ref("ThingShade")], "nullable": true })
    );
    assert_eq!(
        component(&out, "ThingShade"),
        &json!({ "type": "string", "enum": ["light", "dark"] })
    );
    assert_eq!(
        at(&out, "/paths/~1things/get/parameters/0/schema"),
        &schema_ref("ListThingsSort")
    );
    assert_note(
        &out,
        "/components/schemas/Thing/properties/color",
        "#/components/schemas/ThingColor2 (open enum)",
    );
    let names: Vec<&str> = out
        .lowered
        .open_enums
        .iter()
        .map(|e| e.name.as_str())
        .collect();
    assert_eq!(names, ["ListThingsSort", "ThingColor2", "ThingShade"]);
    assert_eq!(
        out.lowered.open_enums[1].description.as_deref(),
        Some("Paint.")
    );
    for name in names {
        assert_code(&out, &format!("pub enum {name} {{"));
    }
    assert_eq!(code_count(&out, "Unknown(::std::string::String),"), 3);
    assert_code(
        &out,
        "pub color: ::std::option::Option<crate::open_enums::ThingColor2>,",
    );
    assert_code(
        &out,
        r#"#[serde(deserialize_with = "::std::option::Option::deserialize")]
        pub shade: ::std::option::Option<crate::open_enums::ThingShade>,"#,
    );
    assert_code(
        &out,
        "sort: Result<Option<crate::open_enums::ListThingsSort>, String>,",
    );
}

#[test]
fn nullable_enum_component_keeps_its_null() {
    let out = run(schemas(json!({
        "Shade": { "type": ["string", "null"], "enum": ["light", "dark", null] },
        "Thing": {
            "type": "object",
            "required": ["shade"],
            "properties": { "shade": schema_ref("Shade") },
        },
    })));
    assert_eq!(
        component(&out, "Shade"),
        &json!({ "allOf": [schema_ref("ShadeValue")], "nullable": true })
    );
    assert_eq!(
        component(&out, "ShadeValue"),
        &json!({ "type": "string", "enum": ["light", "dark"] })
    );
    assert_note(
        &out,
        "/components/schemas/Shade",
        "#/components/schemas/ShadeValue",
    );
    assert_code(
        &out,
        "pub struct Shade(pub ::std::option::Option<crate::open_enums::ShadeValue>);",
    );
    assert_code(&out, "pub shade: Shade,");
    assert_code(&out, "pub enum ShadeValue {");
}

#[test]
fn integer_enum_is_left_open_with_a_note() {
    let out = run(schemas(json!({
        "Level": { "type": "integer", "enum": [1, 2, 3] },
        "Thing": {
            "type": "object",
            "properties": { "flag": { "type": "boolean", "enum": [true] } },
        },
    })));
    assert_eq!(component(&out, "Level"), &json!({ "type": "integer" }));
    assert_eq!(
        property(&out, "Thing", "flag"),
        &json!({ "type": "boolean" })
    );
    assert_note(
        &out,
        "/components/schemas/Level",
        "non-string enum left open",
    );
    assert_note(
        &out,
        "/components/schemas/Thing/properties/flag",
        "non-string enum left open",
    );
    assert!(out.lowered.open_enums.is_empty());
    assert_code(&out, "pub struct Level(pub i64);");
    assert_no_code(&out, "pub enum Level");
}

// ----- unsupported constructs -----------------------------------------------

#[test]
fn prefix_items_is_an_error_at_its_pointer() {
    let e = lower_error(schemas(json!({
        "Thing": {
            "type": "object",
            "properties": {
                "pair": { "type": "array", "prefixItems": [{ "type": "string" }, { "type": "integer" }] },
            },
        },
    })));
    assert_eq!(
        e.pointer,
        "/components/schemas/Thing/properties/pair/prefixItems"
    );
    assert!(e.message.contains("`prefixItems`"), "{e}");
}

#[test]
fn if_then_else_is_an_error_at_its_pointer() {
    let e = lower_error(spec(
        json!({
            "/things": {
                "get": {
                    "operationId": "listThings",
                    "responses": {
                        "200": json_body("ok", json!({
                            "type": "object",
                            "if": { "properties": { "kind": { "const": "a" } } },
                            "then": { "required": ["a"] },
                            "else": { "required": ["b"] },
                        })),
                    },
                },
            },
        }),
        json!({}),
    ));
    assert_eq!(
        e.pointer,
        "/paths/~1things/get/responses/200/content/application~1json/schema/if"
    );
}

#[test]
fn pattern_properties_is_an_error_at_its_pointer() {
    let e = lower_error(schemas(json!({
        "Thing": {
            "type": "array",
            "items": {
                "type": "object",
                "patternProperties": { "^x-": { "type": "string" } },
            },
        },
    })));
    assert_eq!(
        e.pointer,
        "/components/schemas/Thing/items/patternProperties"
    );
}

#[test]
fn false_schema_is_an_error_at_its_pointer() {
    let e = lower_error(schemas(json!({
        "Thing": { "type": "object", "properties": { "never~/": false } },
    })));
    assert_eq!(e.pointer, "/components/schemas/Thing/properties/never~0~1");
    assert!(e.message.contains("`false` schema"), "{e}");
    // `true` is the empty schema, which 3.0 has.
    let out = run(schemas(json!({
        "Thing": { "type": "object", "properties": { "any": true } },
    })));
    assert_eq!(property(&out, "Thing", "any"), &json!({}));
}

#[test]
fn unsupported_keyword_in_a_merged_null_branch_is_an_error_at_its_pointer() {
    let e = lower_error(schemas(json!({
        "Thing": {
            "anyOf": [{ "type": "null" }, { "type": "object", "dependentRequired": { "a": ["b"] } }],
        },
    })));
    assert_eq!(
        e.pointer,
        "/components/schemas/Thing/anyOf/1/dependentRequired"
    );
}

// ----- x-sensitive ------------------------------------------------------

#[test]
fn x_sensitive_wraps_strings_and_refs_in_sensitive() {
    let out = run(schemas(json!({
        "DateOfBirth": { "type": "object", "properties": { "year": { "type": "integer" } } },
        "Person": {
            "type": "object",
            "required": ["ssn", "middle_name"],
            "properties": {
                "ssn": { "type": "string", "description": "Full SSN.", "x-sensitive": true },
                "date_of_birth": { "$ref": "#/components/schemas/DateOfBirth", "x-sensitive": true },
                "middle_name": { "type": ["string", "null"], "x-sensitive": true },
                "nickname": { "type": "string", "x-sensitive": false },
            },
        },
    })));
    let sensitive = |inner: Value| {
        json!({
            "x-rust-type": {
                "crate": "imprint-raw",
                "version": "*",
                "path": "imprint_raw::support::Sensitive",
                "parameters": [inner],
            },
        })
    };
    assert_eq!(
        property(&out, "Person", "ssn"),
        &sensitive(json!({ "type": "string", "description": "Full SSN." }))
    );
    assert_eq!(
        property(&out, "Person", "date_of_birth"),
        &sensitive(schema_ref("DateOfBirth"))
    );
    assert_eq!(
        property(&out, "Person", "middle_name"),
        &json!({ "allOf": [sensitive(json!({ "type": "string" }))], "nullable": true })
    );
    assert_eq!(
        property(&out, "Person", "nickname"),
        &json!({ "type": "string" })
    );
    assert!(!has_key(&out.lowered.document, "x-sensitive"));
    assert_code(
        &out,
        "pub ssn: ::imprint_raw::support::Sensitive<::std::string::String>,",
    );
    assert_code(
        &out,
        "pub date_of_birth: ::std::option::Option<::imprint_raw::support::Sensitive<DateOfBirth>>,",
    );
    assert_code(
        &out,
        r#"#[serde(deserialize_with = "::std::option::Option::deserialize")]
        pub middle_name: ::std::option::Option<::imprint_raw::support::Sensitive<::std::string::String>>,"#,
    );
    assert_code(
        &out,
        "pub nickname: ::std::option::Option<::std::string::String>,",
    );
}

// ----- the vendored document ----------------------------------------------

#[test]
fn vendored_spec_and_overlay_generate() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    let out = match Pipeline::from_files(
        &root.join("openapi.yaml"),
        Some(&root.join("openapi.overlay.yaml")),
    )
    .and_then(|p| p.run())
    {
        Ok(out) => out,
        Err(e) => panic!("the vendored document does not generate: {e}"),
    };
    assert_eq!(at(&out, "/openapi"), "3.0.3");
    assert!(!out.lowered.open_enums.is_empty());
    assert_code(&out, "Unknown(::std::string::String),");
    assert_code(&out, "::imprint_raw::support::Sensitive<");
}
