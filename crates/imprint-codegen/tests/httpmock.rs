//! The httpmock stubs (`Output::httpmock_code`) from small synthetic
//! documents: the types they take are the client's, error stubs take the
//! documented error body, and the output is stable.

use imprint_codegen::{Output, Pipeline};
use serde_json::{Value, json};

fn run(doc: Value) -> Output {
    match Pipeline::new(doc, None).and_then(|p| p.run()) {
        Ok(out) => out,
        Err(e) => panic!("the pipeline failed: {e}"),
    }
}

fn stubs(out: &Output) -> String {
    match out.httpmock_code() {
        Ok(code) => code,
        Err(e) => panic!("httpmock generation failed: {e}"),
    }
}

/// `text` without whitespace, nor the trailing commas prettyplease adds
/// when it wraps a list.
fn squash(text: &str) -> String {
    let text: String = text.chars().filter(|c| !c.is_whitespace()).collect();
    text.replace(",>", ">")
        .replace(",)", ")")
        .replace(",]", "]")
}

#[track_caller]
fn assert_has(code: &str, snippet: &str) {
    assert!(
        squash(code).contains(&squash(snippet)),
        "generated code lacks `{snippet}`:\n{code}"
    );
}

#[track_caller]
fn assert_lacks(code: &str, snippet: &str) {
    assert!(
        !squash(code).contains(&squash(snippet)),
        "generated code unexpectedly has `{snippet}`:\n{code}"
    );
}

fn json_body(description: &str, schema: Value) -> Value {
    json!({
        "description": description,
        "content": { "application/json": { "schema": schema } },
    })
}

fn schema_ref(name: &str) -> Value {
    json!({ "$ref": format!("#/components/schemas/{name}") })
}

/// Two operations: `getThing` (a path id, an open-enum query filter, a
/// typed 200, a 404 with a component body, a 4XX with an inline body, a 401
/// without a body) and `createThing` (a JSON body, a 201, and a `default`
/// error beside it).
fn doc() -> Value {
    json!({
        "openapi": "3.1.0",
        "info": { "title": "Synthetic", "version": "1" },
        "paths": {
            "/v1/things/{thing_id}": {
                "get": {
                    "operationId": "getThing",
                    "parameters": [
                        { "name": "thing_id", "in": "path", "required": true, "schema": { "type": "string" } },
                        { "name": "kind", "in": "query", "schema": { "type": "string", "enum": ["A", "B"] } },
                    ],
                    "responses": {
                        "200": json_body("The thing", schema_ref("Thing")),
                        "401": { "description": "No key" },
                        "404": json_body("No such thing", schema_ref("NotFound")),
                        "4XX": json_body("Anything else wrong", json!({
                            "type": "object",
                            "required": ["reason"],
                            "properties": { "reason": { "type": "string" } },
                        })),
                    },
                },
            },
            "/v1/things": {
                "post": {
                    "operationId": "createThing",
                    "requestBody": {
                        "required": true,
                        "content": { "application/json": { "schema": schema_ref("Thing") } },
                    },
                    "responses": {
                        "201": json_body("Created", schema_ref("Thing")),
                        "default": json_body("Any error", schema_ref("NotFound")),
                    },
                },
            },
        },
        "components": { "schemas": {
            "Thing": {
                "type": "object",
                "required": ["id"],
                "properties": { "id": { "type": "string" } },
            },
            "NotFound": {
                "type": "object",
                "required": ["message"],
                "properties": { "message": { "type": "string" } },
            },
        } },
    })
}

#[test]
fn stubs_take_the_clients_types() {
    let out = run(doc());
    let code = stubs(&out);
    assert_has(&code, "use imprint_raw::*;");
    assert_has(&code, "pub trait MockServerExt");
    assert_has(
        &code,
        "fn get_thing<F>(&self, config_fn: F) -> ::httpmock::Mock<'_> where F: FnOnce(operations::GetThingWhen, operations::GetThingThen);",
    );
    assert_has(&code, "pub fn thing_id(self, value: &str) -> Self");
    assert_has(&code, "pub fn ok(self, value: &types::Thing) -> Self");
    assert_has(&code, "pub fn created(self, value: &types::Thing) -> Self");
    assert_has(&code, "pub fn body(self, value: &types::Thing) -> Self");
    // The open enum replacing typify's type lives in the raw crate, not in
    // the crate that includes the stubs.
    assert_has(&code, "imprint_raw::open_enums::GetThingKind");
    assert_lacks(&code, "crate::open_enums");
    // The client names the same types.
    assert!(out.code.contains("pub struct Thing {"));
    assert!(out.code.contains("pub enum GetThingKind {"));
}

#[test]
fn error_stubs_take_the_documented_body() {
    let out = run(doc());
    let code = stubs(&out);
    // An exact status with a component body.
    assert_has(
        &code,
        "///`404`: No such thing
        pub fn not_found(self, value: &types::NotFound) -> Self {
            Self(self.0.status(404u16).header(\"content-type\", \"application/json\").json_body_obj(value))
        }",
    );
    // A range with an inline body: the hoisted type `error_bodies` decodes.
    let inline = "GetThingError4Xx";
    assert!(
        out.code.contains(&format!("Status4xx(types::{inline})")),
        "the client decodes the 4XX body as {inline}"
    );
    assert_has(
        &code,
        &format!(
            "pub fn client_error(self, status: u16, value: &types::{inline}) -> Self {{
                assert_eq!(status / 100u16, 4u16);"
        ),
    );
    // `default` beside a success: both error classes.
    for class in ["client_error", "server_error"] {
        assert_has(
            &code,
            &format!("pub fn {class}(self, status: u16, value: &types::NotFound) -> Self"),
        );
    }
    // No documented body: any JSON value, as progenitor makes it.
    assert_has(
        &code,
        "pub fn unauthorized(self, value: ::serde_json::Value) -> Self",
    );
    assert_lacks(
        &code,
        "value: ::serde_json::Value) -> Self { Self(self.0.status(404u16)",
    );
}

#[test]
fn the_output_is_stable() {
    let first = stubs(&run(doc()));
    let second = stubs(&run(doc()));
    assert_eq!(first, second);
    // Formatted like the client: prettyplease's layout, one item per line.
    assert!(first.starts_with("pub mod operations {\n"), "{first}");
}
