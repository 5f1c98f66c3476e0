//! The commands end to end, through `xtask::run_in`, against a temporary copy
//! of the workspace layout and specs served by httpmock or read from files.

use std::net::TcpListener;
use std::path::{Path, PathBuf};

use httpmock::prelude::*;
use serde_json::{Map, Value, json};
use xtask::{Exit, Workspace};

const SPEC: &str = include_str!("fixtures/openapi.yaml");
const OVERLAY: &str = include_str!("fixtures/openapi.overlay.yaml");

type TestResult = Result<(), Box<dyn std::error::Error>>;

/// A throwaway workspace: spec, overlay, facade and conformance roots.
struct Fixture {
    dir: tempfile::TempDir,
    ws: Workspace,
}

impl Fixture {
    fn new() -> Result<Self, Box<dyn std::error::Error>> {
        let dir = tempfile::tempdir()?;
        let ws = Workspace::at(dir.path());
        std::fs::write(&ws.spec, SPEC)?;
        if let Some(overlay) = &ws.overlay {
            std::fs::write(overlay, OVERLAY)?;
        }
        std::fs::create_dir_all(&ws.facade)?;
        std::fs::create_dir_all(&ws.conformance)?;
        Ok(Self { dir, ws })
    }

    fn run(&self, args: &[&str]) -> Outcome {
        let mut out = Vec::new();
        let mut err = Vec::new();
        let argv = std::iter::once("cargo-xtask").chain(args.iter().copied());
        let exit = xtask::run_in(&self.ws, argv, &mut out, &mut err);
        Outcome {
            exit,
            out: String::from_utf8_lossy(&out).into_owned(),
            err: String::from_utf8_lossy(&err).into_owned(),
        }
    }

    /// Writes `doc` as JSON next to the workspace and returns its path.
    fn write_doc(&self, name: &str, doc: &Value) -> Result<String, Box<dyn std::error::Error>> {
        let path = self.dir.path().join(name);
        std::fs::write(&path, serde_json::to_string_pretty(doc)?)?;
        Ok(path.to_string_lossy().into_owned())
    }

    fn vendored(&self) -> Result<String, std::io::Error> {
        std::fs::read_to_string(&self.ws.spec)
    }

    /// Files in the workspace root other than the ones the fixture made.
    fn stray_files(&self) -> Result<Vec<PathBuf>, std::io::Error> {
        let mut stray = Vec::new();
        for entry in std::fs::read_dir(self.dir.path())? {
            let path = entry?.path();
            let name = path.file_name().map(|n| n.to_string_lossy().into_owned());
            if name.as_deref().is_some_and(|n| n.ends_with(".tmp")) {
                stray.push(path);
            }
        }
        Ok(stray)
    }
}

#[derive(Debug)]
struct Outcome {
    exit: Exit,
    out: String,
    err: String,
}

impl Outcome {
    fn json(&self) -> Result<Value, serde_json::Error> {
        serde_json::from_str(&self.out)
    }
}

fn spec() -> Result<Value, imprint_codegen::Error> {
    imprint_codegen::parse_document(SPEC, "fixture")
}

/// `(kind, impact, scope, path)` of every change of a `--json` report.
fn changes(report: &Value) -> Vec<(String, String, String, String)> {
    report["changes"]
        .as_array()
        .map(|cs| {
            cs.iter()
                .map(|c| {
                    let s = |k: &str| c[k].as_str().unwrap_or_default().to_string();
                    (s("kind"), s("impact"), s("scope"), s("path"))
                })
                .collect()
        })
        .unwrap_or_default()
}

fn has(report: &Value, kind: &str, impact: &str, scope: &str, path: &str) -> bool {
    changes(report)
        .iter()
        .any(|c| c.0 == kind && c.1 == impact && c.2 == scope && c.3 == path)
}

/// The same data with every object's keys in reverse order.
fn reversed(v: &Value) -> Value {
    match v {
        Value::Object(m) => {
            let mut out = Map::new();
            for (k, v) in m.iter().rev() {
                out.insert(k.clone(), reversed(v));
            }
            Value::Object(out)
        }
        Value::Array(a) => Value::Array(a.iter().map(reversed).collect()),
        other => other.clone(),
    }
}

fn serve(server: &MockServer, status: u16, content_type: &str, body: &str) -> String {
    server.mock(|when, then| {
        when.method(GET).path("/openapi.yaml");
        then.status(status)
            .header("content-type", content_type)
            .body(body);
    });
    server.url("/openapi.yaml")
}

/// A URL on a port nothing listens on.
fn unreachable_url() -> Result<String, std::io::Error> {
    let listener = TcpListener::bind("127.0.0.1:0")?;
    let port = listener.local_addr()?.port();
    drop(listener);
    Ok(format!("http://127.0.0.1:{port}/openapi.yaml"))
}

fn customer_props(doc: &mut Value) -> &mut Value {
    &mut doc["components"]["schemas"]["Customer"]["properties"]
}

// ---------------------------------------------------------------- drift --

#[test]
fn drift_same_file_is_no_drift() -> TestResult {
    let fx = Fixture::new()?;
    let path = fx.dir.path().join("copy.yaml");
    std::fs::write(&path, SPEC)?;
    let r = fx.run(&["spec", "drift", "--from", &path.to_string_lossy()]);
    assert_eq!(r.exit, Exit::Success, "{r:?}");
    assert!(r.out.contains("no drift"), "{}", r.out);
    Ok(())
}

#[test]
fn drift_formatting_only_change_is_no_drift() -> TestResult {
    // Re-serialised as JSON, keys reversed everywhere, comments gone; lists
    // whose order is meaningless (required, enum) shuffled too.
    let fx = Fixture::new()?;
    let mut doc = reversed(&spec()?);
    doc["components"]["schemas"]["CustomerNotFoundError"]["required"] = json!(["message", "type"]);
    doc["components"]["schemas"]["CustomerProgramStatus"]["enum"] = json!(["CLOSED", "OPEN"]);
    doc["security"] = json!([{"bearerAuth": []}, {"basicAuth": []}]);
    let path = fx.write_doc("reordered.json", &doc)?;
    let r = fx.run(&["spec", "drift", "--from", &path, "--json"]);
    assert_eq!(r.exit, Exit::Success, "{r:?}");
    let report = r.json()?;
    assert_eq!(report["changes"], json!([]));
    assert_eq!(report["breaking"], json!(0));
    Ok(())
}

#[test]
fn drift_documentation_only_change_is_no_drift() -> TestResult {
    let fx = Fixture::new()?;
    let mut doc = spec()?;
    customer_props(&mut doc)["email"]["description"] = json!("Where we write to");
    customer_props(&mut doc)["email"]["example"] = json!("x@example.org");
    let path = fx.write_doc("docs.json", &doc)?;
    let r = fx.run(&["spec", "drift", "--from", &path]);
    assert_eq!(r.exit, Exit::Success, "{r:?}");
    assert!(r.out.contains("differ only in documentation"), "{}", r.out);
    Ok(())
}

#[test]
fn drift_additions_over_http_are_non_breaking() -> TestResult {
    let fx = Fixture::new()?;
    let mut doc = spec()?;
    doc["paths"]["/v2/customers/{customer_id}"]["delete"] = json!({
        "operationId": "deleteCustomer",
        "responses": {"204": {"description": "deleted"}}
    });
    doc["paths"]["/v2/customers/{customer_id}"]["get"]["parameters"]
        .as_array_mut()
        .ok_or("parameters")?
        .push(json!({"name": "expand", "in": "query", "schema": {"type": "string"}}));
    customer_props(&mut doc)["nickname"] = json!({"type": "string"});
    let body = serde_json::to_string(&doc)?;
    let server = MockServer::start();
    let url = serve(&server, 200, "application/json", &body);

    let r = fx.run(&["spec", "drift", "--from", &url, "--json"]);
    assert_eq!(r.exit, Exit::Failure, "{r:?}");
    let report = r.json()?;
    let get = "GET /v2/customers/{customer_id} (getCustomer)";
    assert!(
        has(
            &report,
            "operation_added",
            "non_breaking",
            "DELETE /v2/customers/{customer_id} (deleteCustomer)",
            ""
        ),
        "{report:#}"
    );
    assert!(
        has(
            &report,
            "parameter_added_optional",
            "non_breaking",
            get,
            "parameter query `expand`"
        ),
        "{report:#}"
    );
    assert!(
        has(
            &report,
            "property_added_optional",
            "non_breaking",
            "schema Customer",
            ".nickname"
        ),
        "{report:#}"
    );
    assert_eq!(report["breaking"], json!(0));
    assert_eq!(changes(&report).len(), 3, "{report:#}");
    Ok(())
}

#[test]
fn drift_removals_are_breaking() -> TestResult {
    let fx = Fixture::new()?;
    let mut doc = spec()?;
    doc["paths"]["/v2/customers/{customer_id}"]
        .as_object_mut()
        .ok_or("path item")?
        .remove("post");
    customer_props(&mut doc)
        .as_object_mut()
        .ok_or("properties")?
        .remove("email");
    doc["paths"]["/v2/customers"]["post"]["requestBody"]["content"]["application/json"]["schema"]["properties"]
        .as_object_mut()
        .ok_or("search properties")?
        .remove("starting_after");
    let path = fx.write_doc("removed.json", &doc)?;
    let r = fx.run(&["spec", "drift", "--from", &path, "--json"]);
    assert_eq!(r.exit, Exit::Failure, "{r:?}");
    let report = r.json()?;
    assert!(
        has(
            &report,
            "operation_removed",
            "breaking",
            "POST /v2/customers/{customer_id} (updateCustomer)",
            ""
        ),
        "{report:#}"
    );
    assert!(
        has(
            &report,
            "property_removed",
            "breaking",
            "schema Customer",
            ".email"
        ),
        "{report:#}"
    );
    assert!(has(
        &report,
        "property_removed",
        "breaking",
        "POST /v2/customers (searchCustomersPost)",
        "request body application/json: .starting_after"
    ));
    assert_eq!(report["breaking"], json!(3), "{report:#}");
    Ok(())
}

#[test]
fn drift_retypes_are_breaking_in_both_directions() -> TestResult {
    let fx = Fixture::new()?;
    let mut doc = spec()?;
    // DateOfBirth is sent (search) and received (Customer).
    doc["components"]["schemas"]["DateOfBirth"]["properties"]["year"]["type"] = json!("string");
    doc["components"]["schemas"]["CustomerListResponse"]["properties"]["total"]["type"] =
        json!("number");
    doc["paths"]["/v2/customers/{customer_id}"]["get"]["parameters"][0]["schema"]["format"] =
        json!("uuid");
    let path = fx.write_doc("retyped.json", &doc)?;
    let r = fx.run(&["spec", "drift", "--from", &path, "--json"]);
    assert_eq!(r.exit, Exit::Failure, "{r:?}");
    let report = r.json()?;
    assert!(
        has(
            &report,
            "type_changed",
            "breaking",
            "schema DateOfBirth",
            ".year"
        ),
        "{report:#}"
    );
    let year = report["changes"]
        .as_array()
        .and_then(|cs| cs.iter().find(|c| c["path"] == ".year"))
        .ok_or("year change")?;
    assert_eq!(year["direction"], json!("both"));
    assert_eq!(year["detail"], json!("integer -> string"));
    assert!(
        has(
            &report,
            "type_changed",
            "breaking",
            "schema CustomerListResponse",
            ".total"
        ),
        "{report:#}"
    );
    assert!(has(
        &report,
        "type_changed",
        "breaking",
        "GET /v2/customers/{customer_id} (getCustomer)",
        "parameter path `customer_id`"
    ));
    assert_eq!(report["non_breaking"], json!(0), "{report:#}");
    Ok(())
}

#[test]
fn drift_enum_changes_follow_the_direction() -> TestResult {
    let fx = Fixture::new()?;
    let mut doc = spec()?;
    // Response enum: one value added, one removed.
    doc["components"]["schemas"]["CustomerProgramStatus"]["enum"] = json!(["OPEN", "FROZEN"]);
    // Request: a free string becomes an enum.
    doc["components"]["schemas"]["CustomerUpdateRequest"]["properties"]["preferred_language"]["enum"] =
        json!(["en", "es"]);
    let path = fx.write_doc("enums.json", &doc)?;
    let r = fx.run(&["spec", "drift", "--from", &path, "--json"]);
    assert_eq!(r.exit, Exit::Failure, "{r:?}");
    let report = r.json()?;
    assert!(
        has(
            &report,
            "enum_value_added",
            "non_breaking",
            "schema CustomerProgramStatus",
            ""
        ),
        "{report:#}"
    );
    assert!(
        has(
            &report,
            "enum_value_removed",
            "non_breaking",
            "schema CustomerProgramStatus",
            ""
        ),
        "{report:#}"
    );
    assert!(
        has(
            &report,
            "enum_introduced",
            "breaking",
            "schema CustomerUpdateRequest",
            ".preferred_language"
        ),
        "{report:#}"
    );
    assert_eq!(report["breaking"], json!(1), "{report:#}");
    // The readable report says the same.
    let text = fx.run(&["spec", "drift", "--from", &path]);
    assert_eq!(text.exit, Exit::Failure);
    assert!(text.out.contains("enum_value_added"), "{}", text.out);
    assert!(text.out.contains("FROZEN"), "{}", text.out);
    assert!(
        text.out.contains("1 breaking, 2 non-breaking"),
        "{}",
        text.out
    );
    Ok(())
}

#[test]
fn drift_required_set_changes() -> TestResult {
    let fx = Fixture::new()?;
    let mut doc = spec()?;
    doc["components"]["schemas"]["Customer"]["required"] = json!(["id", "email"]);
    doc["components"]["schemas"]["CustomerNotFoundError"]["required"] = json!(["type"]);
    doc["components"]["schemas"]["CustomerUpdateRequest"]["required"] = json!(["email"]);
    doc["components"]["schemas"]["CustomerUpdateRequest"]["properties"]["tier"] =
        json!({"type": "string"});
    doc["components"]["schemas"]["CustomerUpdateRequest"]["required"] = json!(["email", "tier"]);
    let path = fx.write_doc("required.json", &doc)?;
    let r = fx.run(&["spec", "drift", "--from", &path, "--json"]);
    assert_eq!(r.exit, Exit::Failure, "{r:?}");
    let report = r.json()?;
    assert!(
        has(
            &report,
            "property_became_required",
            "non_breaking",
            "schema Customer",
            ".email"
        ),
        "{report:#}"
    );
    assert!(
        has(
            &report,
            "property_became_optional",
            "breaking",
            "schema CustomerNotFoundError",
            ".message"
        ),
        "{report:#}"
    );
    assert!(
        has(
            &report,
            "property_became_required",
            "breaking",
            "schema CustomerUpdateRequest",
            ".email"
        ),
        "{report:#}"
    );
    assert!(
        has(
            &report,
            "property_added_required",
            "breaking",
            "schema CustomerUpdateRequest",
            ".tier"
        ),
        "{report:#}"
    );
    assert_eq!(changes(&report).len(), 4, "{report:#}");
    Ok(())
}

#[test]
fn drift_security_changes() -> TestResult {
    let fx = Fixture::new()?;
    let mut doc = spec()?;
    doc["security"] = json!([{"bearerAuth": []}]);
    doc["components"]["securitySchemes"]["bearerAuth"]["bearerFormat"] = json!("JWT");
    let path = fx.write_doc("security.json", &doc)?;
    let r = fx.run(&["spec", "drift", "--from", &path, "--json"]);
    assert_eq!(r.exit, Exit::Failure, "{r:?}");
    let report = r.json()?;
    assert!(
        has(
            &report,
            "security_requirement_removed",
            "breaking",
            "API",
            "security"
        ),
        "{report:#}"
    );
    assert!(
        has(
            &report,
            "security_scheme_changed",
            "breaking",
            "securitySchemes",
            "bearerAuth"
        ),
        "{report:#}"
    );
    Ok(())
}

#[test]
fn drift_status_changes() -> TestResult {
    let fx = Fixture::new()?;
    let mut doc = spec()?;
    let responses = &mut doc["paths"]["/v2/customers"]["post"]["responses"];
    responses["422"] = json!({"description": "invalid"});
    responses["202"] = json!({"description": "accepted"});
    let path = fx.write_doc("statuses.json", &doc)?;
    let r = fx.run(&["spec", "drift", "--from", &path, "--json"]);
    assert_eq!(r.exit, Exit::Failure, "{r:?}");
    let report = r.json()?;
    let scope = "POST /v2/customers (searchCustomersPost)";
    assert!(
        has(
            &report,
            "error_status_added",
            "non_breaking",
            scope,
            "response 422"
        ),
        "{report:#}"
    );
    assert!(
        has(
            &report,
            "success_status_added",
            "breaking",
            scope,
            "response 202"
        ),
        "{report:#}"
    );
    Ok(())
}

#[test]
fn drift_unreachable_server_is_exit_2() -> TestResult {
    let fx = Fixture::new()?;
    let url = unreachable_url()?;
    let r = fx.run(&["spec", "drift", "--from", &url]);
    assert_eq!(r.exit, Exit::Error, "{r:?}");
    assert_eq!(r.exit.code(), 2);
    assert!(r.err.contains("cannot fetch"), "{}", r.err);
    assert_eq!(fx.vendored()?, SPEC);
    Ok(())
}

#[test]
fn drift_non_200_and_html_are_exit_2() -> TestResult {
    let fx = Fixture::new()?;
    let server = MockServer::start();
    let url = serve(
        &server,
        404,
        "application/json",
        "{\"error\": \"not found\"}",
    );
    let r = fx.run(&["spec", "drift", "--from", &url]);
    assert_eq!(r.exit, Exit::Error, "{r:?}");
    assert!(r.err.contains("HTTP 404"), "{}", r.err);

    let html = MockServer::start();
    let url = serve(
        &html,
        200,
        "text/html; charset=utf-8",
        "<html>Sign in</html>",
    );
    let r = fx.run(&["spec", "drift", "--from", &url]);
    assert_eq!(r.exit, Exit::Error, "{r:?}");
    assert!(r.err.contains("HTML"), "{}", r.err);
    Ok(())
}

#[test]
fn drift_unparseable_document_is_exit_2() -> TestResult {
    let fx = Fixture::new()?;
    let path = fx.dir.path().join("broken.yaml");
    std::fs::write(&path, "openapi: 3.1.0\npaths: [unclosed\n")?;
    let r = fx.run(&["spec", "drift", "--from", &path.to_string_lossy()]);
    assert_eq!(r.exit, Exit::Error, "{r:?}");
    assert!(r.err.contains("does not parse"), "{}", r.err);
    Ok(())
}

// -------------------------------------------------------------- refresh --

#[test]
fn refresh_replaces_the_file_and_summarises() -> TestResult {
    let fx = Fixture::new()?;
    let mut doc = spec()?;
    customer_props(&mut doc)["nickname"] = json!({"type": "string"});
    let body = serde_json::to_string_pretty(&doc)?;
    let server = MockServer::start();
    let url = serve(&server, 200, "application/yaml", &body);
    let r = fx.run(&["spec", "refresh", "--from", &url]);
    assert_eq!(r.exit, Exit::Success, "{r:?}");
    assert_eq!(
        fx.vendored()?,
        body,
        "the file is the fetched text, byte for byte"
    );
    assert!(r.out.contains("property_added_optional"), "{}", r.out);
    assert!(r.out.contains(".nickname"), "{}", r.out);
    assert!(fx.stray_files()?.is_empty(), "temporary file left behind");
    // Now there is nothing left to drift.
    let again = fx.run(&["spec", "drift", "--from", &url]);
    assert_eq!(again.exit, Exit::Success, "{again:?}");
    Ok(())
}

#[test]
fn refresh_with_same_content_leaves_the_file_alone() -> TestResult {
    let fx = Fixture::new()?;
    let path = fx.write_doc("same.json", &reversed(&spec()?))?;
    let r = fx.run(&["spec", "refresh", "--from", &path]);
    assert_eq!(r.exit, Exit::Success, "{r:?}");
    assert!(r.out.contains("up to date"), "{}", r.out);
    assert_eq!(fx.vendored()?, SPEC);
    Ok(())
}

#[test]
fn refresh_refuses_an_html_page() -> TestResult {
    let fx = Fixture::new()?;
    let server = MockServer::start();
    let url = serve(
        &server,
        200,
        "text/html",
        "<!doctype html><title>Docs</title>",
    );
    let r = fx.run(&["spec", "refresh", "--from", &url]);
    assert_eq!(r.exit, Exit::Error, "{r:?}");
    assert!(r.err.contains("HTML"), "{}", r.err);
    assert!(r.err.contains("left untouched"), "{}", r.err);
    assert_eq!(fx.vendored()?, SPEC);

    // No HTML content type, but the body gives it away.
    let sneaky = MockServer::start();
    let url = serve(
        &sneaky,
        200,
        "text/plain",
        "\n  <html><body>Error</body></html>",
    );
    let r = fx.run(&["spec", "refresh", "--from", &url]);
    assert_eq!(r.exit, Exit::Error, "{r:?}");
    assert!(r.err.contains("starts with `<`"), "{}", r.err);
    assert_eq!(fx.vendored()?, SPEC);
    Ok(())
}

#[test]
fn refresh_refuses_a_non_200() -> TestResult {
    let fx = Fixture::new()?;
    let server = MockServer::start();
    let url = serve(&server, 503, "application/yaml", SPEC);
    let r = fx.run(&["spec", "refresh", "--from", &url]);
    assert_eq!(r.exit, Exit::Error, "{r:?}");
    assert!(r.err.contains("HTTP 503"), "{}", r.err);
    assert_eq!(fx.vendored()?, SPEC);
    Ok(())
}

#[test]
fn refresh_unreachable_server_leaves_the_file() -> TestResult {
    let fx = Fixture::new()?;
    let r = fx.run(&["spec", "refresh", "--from", &unreachable_url()?]);
    assert_eq!(r.exit, Exit::Error, "{r:?}");
    assert_eq!(fx.vendored()?, SPEC);
    assert!(fx.stray_files()?.is_empty());
    Ok(())
}

#[test]
fn refresh_refuses_documents_that_are_not_openapi() -> TestResult {
    let fx = Fixture::new()?;
    let server = MockServer::start();
    let url = serve(
        &server,
        200,
        "application/json",
        "{\"message\": \"rate limited\"}",
    );
    let r = fx.run(&["spec", "refresh", "--from", &url]);
    assert_eq!(r.exit, Exit::Error, "{r:?}");
    assert!(r.err.contains("not an OpenAPI 3 document"), "{}", r.err);
    assert_eq!(fx.vendored()?, SPEC);

    let garbage = fx.dir.path().join("garbage.yaml");
    std::fs::write(&garbage, "openapi: [3.1\n  : :")?;
    let r = fx.run(&["spec", "refresh", "--from", &garbage.to_string_lossy()]);
    assert_eq!(r.exit, Exit::Error, "{r:?}");
    assert_eq!(fx.vendored()?, SPEC);
    Ok(())
}

#[test]
fn refresh_refuses_a_spec_the_overlay_no_longer_fits() -> TestResult {
    let fx = Fixture::new()?;
    let mut doc = spec()?;
    customer_props(&mut doc)
        .as_object_mut()
        .ok_or("properties")?
        .remove("ssn4");
    let path = fx.write_doc("no-ssn4.json", &doc)?;
    let r = fx.run(&["spec", "refresh", "--from", &path]);
    assert_eq!(r.exit, Exit::Failure, "{r:?}");
    assert!(
        r.err.contains("ssn4"),
        "the failing overlay action is named: {}",
        r.err
    );
    assert!(r.err.contains("left untouched"), "{}", r.err);
    assert_eq!(fx.vendored()?, SPEC);
    Ok(())
}

// ---------------------------------------------------------------- check --

const ALL_IDS: &str =
    "pub const IDS: [&str; 3] = [\"searchCustomersPost\", \"getCustomer\", \"updateCustomer\"];\n";

#[test]
fn check_passes_when_both_sides_cover_every_operation() -> TestResult {
    let fx = Fixture::new()?;
    std::fs::write(fx.ws.facade.join("lib.rs"), ALL_IDS)?;
    let nested = fx.ws.conformance.join("src").join("ops");
    std::fs::create_dir_all(&nested)?;
    std::fs::write(nested.join("mod.rs"), ALL_IDS)?;
    let r = fx.run(&["spec", "check"]);
    assert_eq!(r.exit, Exit::Success, "{r:?}");
    assert!(r.out.contains("coverage: ok"), "{}", r.out);
    Ok(())
}

#[test]
fn check_names_the_operation_and_the_side_that_misses_it() -> TestResult {
    let fx = Fixture::new()?;
    std::fs::write(fx.ws.facade.join("lib.rs"), ALL_IDS)?;
    std::fs::write(
        fx.ws.conformance.join("suite.rs"),
        "// \"getCustomer\" is only mentioned in a comment\nfn t() { run(\"searchCustomersPost\"); run(\"updateCustomer\"); }\n",
    )?;
    let r = fx.run(&["spec", "check"]);
    assert_eq!(r.exit, Exit::Failure, "{r:?}");
    let lines: Vec<&str> = r.err.lines().filter(|l| l.starts_with("error:")).collect();
    assert_eq!(lines.len(), 1, "{}", r.err);
    assert!(lines[0].contains("`getCustomer`"), "{}", lines[0]);
    assert!(lines[0].contains("conformance suite"), "{}", lines[0]);
    assert!(!lines[0].contains("facade"), "{}", lines[0]);

    // And the other way round.
    std::fs::write(fx.ws.facade.join("lib.rs"), "fn f() { \"getCustomer\"; }")?;
    std::fs::write(fx.ws.conformance.join("suite.rs"), ALL_IDS)?;
    let r = fx.run(&["spec", "check"]);
    assert_eq!(r.exit, Exit::Failure, "{r:?}");
    assert!(r.err.contains("`updateCustomer`"), "{}", r.err);
    assert!(r.err.contains("the facade"), "{}", r.err);
    assert!(!r.err.contains("`getCustomer`"), "{}", r.err);
    Ok(())
}

#[test]
fn check_fails_when_an_overlay_action_no_longer_applies() -> TestResult {
    let fx = Fixture::new()?;
    std::fs::write(fx.ws.facade.join("lib.rs"), ALL_IDS)?;
    std::fs::write(fx.ws.conformance.join("lib.rs"), ALL_IDS)?;
    let mut doc = spec()?;
    customer_props(&mut doc)
        .as_object_mut()
        .ok_or("properties")?
        .remove("created_at");
    std::fs::write(&fx.ws.spec, serde_json::to_string(&doc)?)?;
    let r = fx.run(&["spec", "check"]);
    assert_eq!(r.exit, Exit::Failure, "{r:?}");
    assert!(r.err.contains("created_at"), "{}", r.err);
    Ok(())
}

// -------------------------------------------------------------- codegen --

#[test]
fn codegen_writes_the_generated_client_and_notes() -> TestResult {
    let fx = Fixture::new()?;
    let out = fx.dir.path().join("review").join("v2");
    let r = fx.run(&["codegen", "--out", &out.to_string_lossy()]);
    assert_eq!(r.exit, Exit::Success, "{r:?}");
    let code = std::fs::read_to_string(out.join("imprint_raw.rs"))?;
    assert!(
        code.contains("pub struct Client"),
        "generated client expected"
    );
    assert!(r.out.contains("note: overlay"), "{}", r.out);
    // Default location.
    let r = fx.run(&["codegen"]);
    assert_eq!(r.exit, Exit::Success, "{r:?}");
    assert!(
        Path::new(&fx.ws.codegen_out)
            .join("imprint_raw.rs")
            .is_file()
    );
    Ok(())
}

// ------------------------------------------------------------------ cli --

#[test]
fn help_lists_the_commands_and_bad_usage_is_exit_2() {
    let fx = match Fixture::new() {
        Ok(fx) => fx,
        Err(e) => panic!("fixture: {e}"),
    };
    let r = fx.run(&["--help"]);
    assert_eq!(r.exit, Exit::Success);
    assert!(
        r.out.contains("spec") && r.out.contains("codegen"),
        "{}",
        r.out
    );
    let r = fx.run(&["spec", "--help"]);
    for cmd in ["refresh", "drift", "check"] {
        assert!(r.out.contains(cmd), "{cmd} missing from {}", r.out);
    }
    let r = fx.run(&["spec", "drift", "--bogus"]);
    assert_eq!(r.exit, Exit::Error);
    assert!(!r.err.is_empty());
}
