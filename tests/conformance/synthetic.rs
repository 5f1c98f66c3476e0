//! An operation added to the spec needs no hand-written code to be a
//! streamed cursor list: a copy of the spec gets a synthetic `listWidgets`
//! (`GET /v2/widgets`, `limit` and `starting_after` in the query, `{data:
//! [Widget], has_more}` back), the client is generated from it into a
//! throwaway workspace (copies of the root `imprint-raw` package and of
//! `crates/imprint`), and a test there streams
//! `client.list(imprint::requests::ListWidgets::new()).limit(2).stream()`
//! from a local httpmock server serving three pages.
//!
//! Ignored by default (it builds a crate): CI runs it explicitly with
//!
//! ```text
//! cargo test -p imprint-conformance -- --ignored synthetic
//! ```
//!
//! The throwaway workspace lives in `$CARGO_TARGET_DIR/synthetic-widgets`
//! (stable, so a second run rebuilds only what changed) and builds into the
//! same target directory, so every registry dependency is reused; files
//! are rewritten only when their content changes, and the nested cargo
//! does not inherit the variables cargo set for this test (a build script
//! tracking one would rebuild shared dependencies for both workspaces).
//! With a warm target directory the first run takes about a minute on two
//! cores (compiling the generated client and the facade), later runs a few
//! seconds.

use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Instant;

use imprint_conformance::case_table;
use imprint_conformance::spec::Spec;
use serde_json::{Value, json};

fn workspace_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("..")
        .canonicalize()
        .unwrap_or_else(|e| panic!("cannot find the workspace root: {e}"))
}

fn target_dir(root: &Path) -> PathBuf {
    std::env::var_os("CARGO_TARGET_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| root.join("target"))
}

/// Writes `contents` unless the file already holds it (cargo's
/// fingerprints go by modification time).
fn write(path: &Path, contents: &str) {
    if std::fs::read_to_string(path).is_ok_and(|c| c == contents) {
        return;
    }
    if let Some(dir) = path.parent() {
        std::fs::create_dir_all(dir)
            .unwrap_or_else(|e| panic!("cannot create {}: {e}", dir.display()));
    }
    std::fs::write(path, contents)
        .unwrap_or_else(|e| panic!("cannot write {}: {e}", path.display()));
}

fn read(path: &Path) -> String {
    std::fs::read_to_string(path).unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()))
}

/// Copies the `.rs` files under `from` to `to`.
fn copy_sources(from: &Path, to: &Path) {
    let entries =
        std::fs::read_dir(from).unwrap_or_else(|e| panic!("cannot list {}: {e}", from.display()));
    for entry in entries.flatten() {
        let path = entry.path();
        let dest = to.join(entry.file_name());
        if path.is_dir() {
            copy_sources(&path, &dest);
        } else if path.extension().is_some_and(|e| e == "rs") {
            write(&dest, &read(&path));
        }
    }
}

/// Replaces `from` with `to` in `text`, insisting that it is there.
fn replace(text: &str, from: &str, to: &str, what: &str) -> String {
    assert!(
        text.contains(from),
        "{what} no longer contains `{from}`; update tests/conformance/synthetic.rs"
    );
    text.replace(from, to)
}

/// The spec with the synthetic cursor list and its item schema.
fn synthetic_spec(root: &Path) -> Value {
    let mut doc = imprint_spec::parse_document(&read(&root.join("openapi.yaml")), "openapi.yaml")
        .unwrap_or_else(|e| panic!("{e}"));
    doc["paths"]["/v2/widgets"] = json!({"get": {
        "operationId": "listWidgets",
        "tags": ["Widgets"],
        "summary": "List widgets",
        "parameters": [
            {"name": "limit", "in": "query", "required": false,
             "schema": {"type": "integer", "format": "int32", "minimum": 1}},
            {"name": "starting_after", "in": "query", "required": false,
             "schema": {"type": "string"}}
        ],
        "responses": {"200": {
            "description": "A page of widgets",
            "content": {"application/json": {"schema": {
                "type": "object",
                "required": ["data", "has_more"],
                "properties": {
                    "data": {"type": "array", "items": {"$ref": "#/components/schemas/Widget"}},
                    "has_more": {"type": "boolean"}
                }
            }}}
        }}
    }});
    doc["components"]["schemas"]["Widget"] = json!({
        "type": "object",
        "required": ["id", "name"],
        "properties": {"id": {"type": "string"}, "name": {"type": "string"}}
    });
    doc
}

/// The throwaway crate's test: three pages of widgets, streamed.
const WIDGETS_TEST: &str = r#"//! Written by imprint-conformance's synthetic test.
use futures::TryStreamExt;
use httpmock::prelude::*;
use serde_json::json;

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn list_widgets_streams_every_page() {
    let server = MockServer::start_async().await;
    let page = |after: Option<&str>, ids: &[&str], more: bool| {
        let data: Vec<_> = ids.iter().map(|id| json!({"id": id, "name": format!("widget {id}")})).collect();
        let after = after.map(str::to_string);
        server.mock(move |when, then| {
            let when = when.method(GET).path("/v2/widgets").query_param("limit", "2");
            match &after {
                Some(a) => when.query_param("starting_after", a.as_str()),
                None => when.query_param_missing("starting_after"),
            };
            then.status(200).json_body(json!({"data": data, "has_more": more}));
        })
    };
    let first = page(None, &["w1", "w2"], true);
    let second = page(Some("w2"), &["w3", "w4"], true);
    let third = page(Some("w4"), &["w5"], false);

    let client = imprint::Client::builder()
        .api_key("sk_test_synthetic")
        .base_url(server.base_url())
        .build()
        .expect("a client");
    let widgets: Vec<imprint::types::Widget> = client
        .list(imprint::requests::ListWidgets::new())
        .limit(2)
        .stream()
        .try_collect()
        .await
        .expect("every page");
    let got: Vec<(String, String)> = widgets.into_iter().map(|w| (w.id, w.name)).collect();
    let expected: Vec<(String, String)> = ["w1", "w2", "w3", "w4", "w5"]
        .iter()
        .map(|id| (id.to_string(), format!("widget {id}")))
        .collect();
    assert_eq!(got, expected);
    first.assert_calls(1);
    second.assert_calls(1);
    third.assert_calls(1);

    let op = imprint::operations::find("listWidgets").expect("listWidgets is in the table");
    let fields = op.pagination.expect("listWidgets is a cursor list");
    assert_eq!((op.method, op.path, op.section), ("GET", "/v2/widgets", "Widgets"));
    assert_eq!((fields.cursor, fields.in_body, fields.limit), ("starting_after", false, Some("limit")));
    assert_eq!((fields.items, fields.has_more, fields.item_cursor), ("data", "has_more", "id"));
}
"#;

const WIDGETS_MANIFEST: &str = r#"[package]
name = "synthetic-widgets"
version = "0.0.0"
edition.workspace = true
publish = false

[dependencies]
imprint.workspace = true

[dev-dependencies]
httpmock.workspace = true
tokio = { workspace = true, features = ["macros", "rt-multi-thread"] }
futures.workspace = true
serde_json.workspace = true
"#;

/// Lays out the throwaway workspace in `work`.
fn lay_out(root: &Path, work: &Path, spec: &Value, code: &str) {
    // The root package (imprint-raw) with the synthetic spec and the code
    // generated from it; its workspace lists only what the test needs, and
    // the generator crates stay where they are.
    let absolute = |rel: &str| format!("path = \"{}\"", root.join(rel).display());
    let mut manifest = read(&root.join("Cargo.toml"));
    for (from, to) in [
        (
            "path = \"crates/imprint-codegen\"",
            absolute("crates/imprint-codegen"),
        ),
        (
            "path = \"crates/imprint-spec\"",
            absolute("crates/imprint-spec"),
        ),
        (
            "path = \"crates/imprint-mock\"",
            absolute("crates/imprint-mock"),
        ),
    ] {
        manifest = replace(&manifest, from, &to, "Cargo.toml");
    }
    let members = "[\".\", \"crates/imprint\", \"synthetic\"]";
    let lines: Vec<String> = manifest
        .lines()
        .map(|l| {
            if l.starts_with("members = [") {
                format!("members = {members}")
            } else if l.starts_with("default-members = [") {
                format!("default-members = {members}")
            } else {
                l.to_string()
            }
        })
        .collect();
    let manifest = lines.join("\n") + "\n";
    assert!(
        manifest.contains(&format!("default-members = {members}")),
        "the root Cargo.toml has no one-line default-members; update tests/conformance/synthetic.rs"
    );
    write(&work.join("Cargo.toml"), &manifest);
    write(&work.join("Cargo.lock"), &read(&root.join("Cargo.lock")));
    write(&work.join("build.rs"), &read(&root.join("build.rs")));
    write(
        &work.join("openapi.overlay.yaml"),
        &read(&root.join("openapi.overlay.yaml")),
    );
    let spec_text = serde_json::to_string_pretty(spec).unwrap_or_else(|e| panic!("{e}"));
    write(&work.join("openapi.yaml"), &spec_text);
    write(&work.join("src/lib.rs"), &read(&root.join("src/lib.rs")));
    write(
        &work.join("src/support.rs"),
        &read(&root.join("src/support.rs")),
    );
    write(&work.join("src/generated/imprint_raw.rs"), code);

    // The facade, as it is, without its own tests, benches and examples.
    let facade = read(&root.join("crates/imprint/Cargo.toml"));
    let facade = match facade.find("[dev-dependencies]") {
        Some(at) => facade[..at].to_string(),
        None => panic!("crates/imprint/Cargo.toml has no [dev-dependencies]; update synthetic.rs"),
    };
    let facade: String = facade
        .lines()
        .filter(|l| !l.starts_with("readme"))
        .map(|l| format!("{l}\n"))
        .collect();
    write(&work.join("crates/imprint/Cargo.toml"), &facade);
    copy_sources(
        &root.join("crates/imprint/src"),
        &work.join("crates/imprint/src"),
    );

    write(&work.join("synthetic/Cargo.toml"), WIDGETS_MANIFEST);
    write(
        &work.join("synthetic/src/lib.rs"),
        "//! Nothing: see tests/.\n",
    );
    write(&work.join("synthetic/tests/widgets.rs"), WIDGETS_TEST);
}

#[test]
#[ignore = "builds a throwaway crate; run with `cargo test -p imprint-conformance -- --ignored synthetic`"]
fn synthetic_cursor_list_streams_with_no_hand_written_code() {
    let started = Instant::now();
    let root = workspace_root();
    let target = target_dir(&root);
    let work = target.join("synthetic-widgets");
    let spec = synthetic_spec(&root);
    let overlay =
        imprint_spec::parse_document(&read(&root.join("openapi.overlay.yaml")), "overlay")
            .unwrap_or_else(|e| panic!("{e}"));

    // The spec model sees a cursor list, and the suite's case table
    // would exercise it.
    let merged = Spec::from_values(spec.clone(), Some(overlay.clone()))
        .unwrap_or_else(|e| panic!("the synthetic spec does not load: {e}"));
    let op = merged
        .operation("listWidgets")
        .unwrap_or_else(|| panic!("listWidgets is not in the synthetic spec"));
    assert!(
        op.pagination.is_some(),
        "imprint-spec does not see listWidgets as a cursor list: {op:?}"
    );
    let table = case_table::render(&merged).unwrap_or_else(|e| panic!("{e}"));
    assert!(
        table.contains("\"listWidgets\" => ListWidgets,"),
        "the case table does not list listWidgets as a cursor list:\n{table}"
    );

    // The client, generated from the synthetic spec.
    let out = imprint_codegen::Pipeline::new(spec.clone(), Some(overlay))
        .and_then(|p| p.run())
        .unwrap_or_else(|e| panic!("generating the client from the synthetic spec failed: {e}"));
    for item in [
        "pub struct ListWidgets",
        "impl crate::support::CursorRequest for ListWidgets",
        "impl crate::support::CursorPage for ListWidgetsResponse",
        "pub const LIST_WIDGETS: OperationDescriptor",
    ] {
        assert!(
            out.code.contains(item),
            "the generated client lacks `{item}`"
        );
    }
    lay_out(&root, &work, &spec, &out.code);
    let generated = started.elapsed();

    let cargo = std::env::var_os("CARGO").unwrap_or_else(|| "cargo".into());
    let mut command = Command::new(cargo);
    // Not the variables cargo set for this test (CARGO_MANIFEST_DIR,
    // CARGO_PKG_*, OUT_DIR, ...): build scripts that track one (ring's)
    // would rebuild, for both workspaces, since they share the target
    // directory.
    for (name, _) in std::env::vars_os() {
        let name = name.to_string_lossy();
        if (name.starts_with("CARGO_") && name != "CARGO_HOME") || name == "OUT_DIR" {
            command.env_remove(&*name);
        }
    }
    let run = command
        .current_dir(&work)
        .env("CARGO_TARGET_DIR", &target)
        .args([
            "test",
            "--offline",
            "-p",
            "synthetic-widgets",
            "--test",
            "widgets",
        ])
        .output()
        .unwrap_or_else(|e| panic!("cannot run cargo: {e}"));
    let stdout = String::from_utf8_lossy(&run.stdout);
    let stderr = String::from_utf8_lossy(&run.stderr);
    assert!(
        run.status.success() && stdout.contains("test list_widgets_streams_every_page ... ok"),
        "the throwaway crate in {} failed ({}):\n--- stdout\n{stdout}\n--- stderr\n{stderr}",
        work.display(),
        run.status
    );
    eprintln!(
        "synthetic: generated in {:.1}s, built and tested in {:.1}s (workspace {})",
        generated.as_secs_f64(),
        (started.elapsed() - generated).as_secs_f64(),
        work.display()
    );
}
