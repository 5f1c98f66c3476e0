//! The commands end to end, through `xtask::run_in`, against a temporary copy
//! of the workspace layout (spec, overlay, committed generated client) and
//! specs served by httpmock or read from files.

use std::net::TcpListener;
use std::path::{Path, PathBuf};

use httpmock::prelude::*;
use serde_json::{Map, Value, json};
use xtask::{Exit, Workspace};

const SPEC: &str = include_str!("fixtures/openapi.yaml");
const OVERLAY: &str = include_str!("fixtures/openapi.overlay.yaml");

type TestResult = Result<(), Box<dyn std::error::Error>>;

/// A throwaway workspace: spec and overlay; the generated client is not
/// there until a test runs `codegen`.
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
        tmp_files_in(self.dir.path())
    }

    /// Replaces the overlay with `overlay` (as JSON).
    fn write_overlay(&self, overlay: &Value) -> TestResult {
        let path = self
            .ws
            .overlay
            .as_ref()
            .ok_or("the fixture has an overlay")?;
        std::fs::write(path, serde_json::to_string_pretty(overlay)?)?;
        Ok(())
    }

    /// Replaces the vendored spec with `doc` (as JSON).
    fn write_spec(&self, doc: &Value) -> TestResult {
        std::fs::write(&self.ws.spec, serde_json::to_string_pretty(doc)?)?;
        Ok(())
    }

    /// Runs `codegen`, so the committed generated client is current.
    fn generate(&self) -> Result<String, Box<dyn std::error::Error>> {
        let r = self.run(&["codegen"]);
        if r.exit != Exit::Success {
            return Err(format!("codegen failed: {r:?}").into());
        }
        Ok(std::fs::read_to_string(&self.ws.generated)?)
    }
}

/// The temporary files (`*.tmp`) an atomic write may leave in `dir`.
fn tmp_files_in(dir: &Path) -> Result<Vec<PathBuf>, std::io::Error> {
    let mut stray = Vec::new();
    for entry in std::fs::read_dir(dir)? {
        let path = entry?.path();
        let name = path.file_name().map(|n| n.to_string_lossy().into_owned());
        if name.as_deref().is_some_and(|n| n.ends_with(".tmp")) {
            stray.push(path);
        }
    }
    Ok(stray)
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

fn spec() -> Result<Value, imprint_spec::Error> {
    imprint_spec::parse_document(SPEC, "fixture")
}

fn overlay() -> Result<Value, imprint_spec::Error> {
    imprint_spec::parse_document(OVERLAY, "fixture overlay")
}

/// The overlay's actions, to edit.
fn actions(overlay: &mut Value) -> Result<&mut Vec<Value>, &'static str> {
    overlay["actions"].as_array_mut().ok_or("overlay actions")
}

/// The `error:` lines of a command's diagnostics.
fn errors(r: &Outcome) -> Vec<&str> {
    r.err.lines().filter(|l| l.starts_with("error:")).collect()
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

/// Runs `spec check` and `codegen --check`, which must both fail because the
/// committed generated client is not what the generator makes, and say how
/// to fix it.
fn assert_generated_not_current(fx: &Fixture, when: &str) {
    for args in [&["spec", "check"][..], &["codegen", "--check"]] {
        let r = fx.run(args);
        assert_eq!(r.exit, Exit::Failure, "{when}: {args:?}: {r:?}");
        // One error per stale generated file (the client, and the httpmock
        // stubs when the spec changed too), each naming the file and the fix.
        let errors = errors(&r);
        assert!(
            (1..=2).contains(&errors.len()),
            "{when}: {args:?}: {}",
            r.err
        );
        for e in &errors {
            assert!(
                (e.contains("src/generated/imprint_raw.rs")
                    || e.contains("crates/imprint-httpmock/src/generated.rs"))
                    && e.contains("run `cargo xtask codegen`"),
                "{when}: {args:?}: {e}"
            );
        }
        assert!(
            errors
                .iter()
                .any(|e| e.contains("src/generated/imprint_raw.rs")),
            "{when}: {args:?}: the client is named: {}",
            r.err
        );
    }
}

/// Runs `spec check` and `codegen --check`, which must both pass.
fn assert_generated_current(fx: &Fixture, when: &str) {
    for args in [&["spec", "check"][..], &["codegen", "--check"]] {
        let r = fx.run(args);
        assert_eq!(r.exit, Exit::Success, "{when}: {args:?}: {r:?}");
        assert!(errors(&r).is_empty(), "{when}: {args:?}: {}", r.err);
    }
}

#[test]
fn check_passes_on_the_clean_fixture_once_the_client_is_generated() -> TestResult {
    let fx = Fixture::new()?;
    fx.generate()?;
    let r = fx.run(&["spec", "check"]);
    assert_eq!(r.exit, Exit::Success, "{r:?}");
    assert!(r.err.is_empty(), "{}", r.err);
    assert!(r.out.contains("pipeline: ok (3 operations"), "{}", r.out);
    // searchCustomersPost is a cursor list, and idempotent by the overlay's
    // decision (with getCustomer); updateCustomer is a write.
    assert!(
        r.out
            .contains("index: ok (1 cursor lists, 2 idempotent operations"),
        "{}",
        r.out
    );
    assert!(
        r.out
            .contains("generated code: ok (src/generated/imprint_raw.rs is current)"),
        "{}",
        r.out
    );
    Ok(())
}

#[test]
fn check_and_codegen_check_fail_without_the_generated_client() -> TestResult {
    let fx = Fixture::new()?;
    assert_generated_not_current(&fx, "never generated");
    assert!(!fx.ws.generated.exists(), "checking writes nothing");
    Ok(())
}

#[test]
fn check_and_codegen_check_fail_on_a_stale_generated_client() -> TestResult {
    let fx = Fixture::new()?;
    let generated = fx.generate()?;
    assert_generated_current(&fx, "just generated");

    // Edited by hand: a byte more is enough.
    std::fs::write(&fx.ws.generated, format!("{generated}\n"))?;
    assert_generated_not_current(&fx, "edited by hand");

    // Regenerated, then the spec changes under it.
    assert_eq!(fx.generate()?, generated);
    assert_generated_current(&fx, "regenerated");
    let mut doc = spec()?;
    customer_props(&mut doc)["nickname"] = json!({"type": "string"});
    fx.write_spec(&doc)?;
    assert_generated_not_current(&fx, "spec changed");
    assert_eq!(
        std::fs::read_to_string(&fx.ws.generated)?,
        generated,
        "checking writes nothing"
    );
    assert_ne!(fx.generate()?, generated);
    assert_generated_current(&fx, "regenerated after the spec change");
    Ok(())
}

/// The fixture spec plus a POST search, `searchThings`, that says nothing
/// about idempotency.
fn with_search_things() -> Result<Value, imprint_spec::Error> {
    let mut doc = spec()?;
    doc["paths"]["/v2/things/search"] = json!({"post": {
        "tags": ["Things"],
        "summary": "Search for things",
        "operationId": "searchThings",
        "requestBody": {"required": true, "content": {"application/json": {"schema": {
            "type": "object", "properties": {"name": {"type": "string"}}}}}},
        "responses": {"200": {"description": "Matching things", "content": {"application/json": {
            "schema": {"type": "object", "properties": {"names": {"type": "array", "items": {"type": "string"}}}}}}}}
    }});
    Ok(doc)
}

fn search_things_action(idempotent: bool) -> Value {
    json!({
        "target": "$.paths['/v2/things/search'].post",
        "description": "A search sent as POST: it reads, so it is retried like a GET.",
        "update": {"x-idempotent": idempotent}
    })
}

#[test]
fn check_requires_an_idempotency_decision_for_a_post_search() -> TestResult {
    let fx = Fixture::new()?;
    fx.write_spec(&with_search_things()?)?;
    // Generated first, so the missing decision is the only problem.
    fx.generate()?;
    let r = fx.run(&["spec", "check"]);
    assert_eq!(r.exit, Exit::Failure, "{r:?}");
    let errs = errors(&r);
    assert_eq!(errs.len(), 1, "{}", r.err);
    assert!(
        errs[0].contains("/paths/~1v2~1things~1search/post")
            && errs[0].contains("`searchThings`")
            && errs[0].contains("x-idempotent"),
        "{}",
        errs[0]
    );
    assert!(!r.out.contains("index: ok"), "{}", r.out);
    assert!(r.out.contains("generated code: ok"), "{}", r.out);

    // The overlay decides, either way. Declaring it a search changes the
    // generated client (its retry class), which must be regenerated.
    for idempotent in [true, false] {
        let mut ov = overlay()?;
        actions(&mut ov)?.push(search_things_action(idempotent));
        fx.write_overlay(&ov)?;
        if idempotent {
            assert_generated_not_current(&fx, "declared a search");
        }
        fx.generate()?;
        let r = fx.run(&["spec", "check"]);
        assert_eq!(r.exit, Exit::Success, "x-idempotent: {idempotent}: {r:?}");
        assert!(r.err.is_empty(), "x-idempotent: {idempotent}: {}", r.err);
    }
    Ok(())
}

#[test]
fn check_requires_the_fixture_search_to_keep_its_decision() -> TestResult {
    let fx = Fixture::new()?;
    let mut ov = overlay()?;
    let before = actions(&mut ov)?.len();
    actions(&mut ov)?.retain(|a| a["update"].get("x-idempotent").is_none());
    assert_eq!(
        actions(&mut ov)?.len(),
        before - 1,
        "one decision in the fixture"
    );
    fx.write_overlay(&ov)?;
    fx.generate()?;
    let r = fx.run(&["spec", "check"]);
    assert_eq!(r.exit, Exit::Failure, "{r:?}");
    let errs = errors(&r);
    assert_eq!(errs.len(), 1, "{}", r.err);
    assert!(
        errs[0].contains("`searchCustomersPost`") && errs[0].contains("x-idempotent"),
        "{}",
        errs[0]
    );
    Ok(())
}

#[test]
fn check_reports_a_cursor_list_without_a_cursor_field() -> TestResult {
    let fx = Fixture::new()?;
    let mut doc = spec()?;
    // The search still takes `limit` and `starting_after` and answers `data`
    // and `has_more`, but its items have no `id` to continue from.
    doc["components"]["schemas"]["CustomerListResponse"]["properties"]["data"]["items"] =
        json!({"type": "object", "properties": {"customer_id": {"type": "string"}}});
    fx.write_spec(&doc)?;
    fx.generate()?;
    let r = fx.run(&["spec", "check"]);
    assert_eq!(r.exit, Exit::Failure, "{r:?}");
    let errs = errors(&r);
    assert_eq!(errs.len(), 1, "{}", r.err);
    assert!(
        errs[0].contains("/paths/~1v2~1customers/post")
            && errs[0].contains("`id`")
            && errs[0].contains("x-pagination"),
        "{}",
        errs[0]
    );

    // Declared in the overlay: the cursor is the item's `customer_id`.
    let mut ov = overlay()?;
    actions(&mut ov)?.push(json!({
        "target": "$.paths['/v2/customers'].post",
        "description": "Items are identified by `customer_id`.",
        "update": {"x-pagination": {"item_cursor": "customer_id"}}
    }));
    fx.write_overlay(&ov)?;
    fx.generate()?;
    let r = fx.run(&["spec", "check"]);
    assert_eq!(r.exit, Exit::Success, "{r:?}");
    assert!(r.out.contains("1 cursor lists"), "{}", r.out);
    Ok(())
}

#[test]
fn check_fails_when_an_overlay_action_no_longer_applies() -> TestResult {
    let fx = Fixture::new()?;
    fx.generate()?;
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

#[test]
fn check_and_codegen_fail_on_an_overlay_action_that_matches_nothing() -> TestResult {
    let fx = Fixture::new()?;
    let generated = fx.generate()?;
    let mut ov = overlay()?;
    actions(&mut ov)?.push(json!({
        "target": "$.components.schemas.Nowhere",
        "description": "A correction for a schema the spec does not have.",
        "update": {"description": "x"}
    }));
    fx.write_overlay(&ov)?;
    for args in [
        &["spec", "check"][..],
        &["codegen", "--check"],
        &["codegen"],
    ] {
        let r = fx.run(args);
        assert_eq!(r.exit, Exit::Failure, "{args:?}: {r:?}");
        assert!(
            r.err.contains("$.components.schemas.Nowhere") && r.err.contains("matches nothing"),
            "{args:?}: {}",
            r.err
        );
    }
    assert_eq!(
        std::fs::read_to_string(&fx.ws.generated)?,
        generated,
        "a failed codegen leaves the committed file"
    );
    Ok(())
}

// -------------------------------------------------------------- codegen --

#[test]
fn codegen_writes_the_committed_client_and_check_accepts_it() -> TestResult {
    let fx = Fixture::new()?;
    let r = fx.run(&["codegen"]);
    assert_eq!(r.exit, Exit::Success, "{r:?}");
    assert!(
        r.out.contains("wrote src/generated/imprint_raw.rs"),
        "{}",
        r.out
    );
    assert!(r.out.contains("note: overlay"), "{}", r.out);
    let code = std::fs::read_to_string(&fx.ws.generated)?;
    assert!(
        code.contains("pub struct Client"),
        "generated client expected"
    );
    let dir = fx.ws.generated.parent().ok_or("generated dir")?;
    assert!(tmp_files_in(dir)?.is_empty(), "temporary file left behind");
    let r = fx.run(&["codegen", "--check"]);
    assert_eq!(r.exit, Exit::Success, "{r:?}");
    assert!(
        r.out.contains("src/generated/imprint_raw.rs is current"),
        "{}",
        r.out
    );
    // Generation is deterministic: running it again changes nothing.
    assert_eq!(fx.generate()?, code);
    Ok(())
}

#[test]
fn codegen_out_writes_elsewhere_and_leaves_the_committed_client() -> TestResult {
    let fx = Fixture::new()?;
    let code = fx.generate()?;
    let stale = "// stale\n";
    std::fs::write(&fx.ws.generated, stale)?;
    let out = fx.dir.path().join("review").join("v2");
    let r = fx.run(&["codegen", "--out", &out.to_string_lossy()]);
    assert_eq!(r.exit, Exit::Success, "{r:?}");
    assert_eq!(std::fs::read_to_string(out.join("imprint_raw.rs"))?, code);
    assert_eq!(
        std::fs::read_to_string(&fx.ws.generated)?,
        stale,
        "the committed file is untouched"
    );
    assert_generated_not_current(&fx, "after codegen --out");
    // Checking a file elsewhere is not a thing: bad usage.
    let r = fx.run(&["codegen", "--check", "--out", &out.to_string_lossy()]);
    assert_eq!(r.exit, Exit::Error, "{r:?}");
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
    let r = fx.run(&["codegen", "--help"]);
    for flag in ["--check", "--out"] {
        assert!(r.out.contains(flag), "{flag} missing from {}", r.out);
    }
    let r = fx.run(&["spec", "drift", "--bogus"]);
    assert_eq!(r.exit, Exit::Error);
    assert!(!r.err.is_empty());
}
