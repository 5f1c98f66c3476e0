//! `spec check`: what a reviewer must decide before a spec change lands.
//!
//! - Findings of the spec index ([`imprint_spec::Spec::findings`]): a list
//!   that looks like a cursor list but has no cursor field, a malformed
//!   `x-idempotent` or `x-pagination`.
//! - A POST or PATCH whose id reads like a read (`search…`, `list…`,
//!   `get…`, `find…`) without an explicit `x-idempotent`: by default it is a
//!   write and never retried after an unknown outcome, which is wrong for a
//!   search; guessing the other way would risk duplicate writes. The overlay
//!   must say which it is.
//! - The committed generated client is what the generator makes.

use std::path::Path;

use imprint_spec::Spec;

/// The problems of `spec`, one message each (JSON pointer first).
pub fn problems(spec: &Spec) -> Vec<String> {
    let mut out: Vec<String> = spec.findings().iter().map(ToString::to_string).collect();
    for op in spec.operations() {
        let reads = ["search", "list", "get", "find"]
            .iter()
            .any(|p| op.id.starts_with(p));
        if !op.idempotent && !op.idempotent_declared && reads {
            out.push(format!(
                "{}: `{}` is a {} named like a read; declare `x-idempotent: true` (a search: retried like a GET) or `false` (a write) in openapi.overlay.yaml",
                op.pointer, op.id, op.method
            ));
        }
    }
    out
}

/// Whether the file at `path` holds exactly `code` (a missing file is not
/// current).
pub fn generated_is_current(path: &Path, code: &str) -> std::io::Result<bool> {
    match std::fs::read_to_string(path) {
        Ok(current) => Ok(current == code),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(false),
        Err(e) => Err(e),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn a_post_search_needs_a_decision() {
        let doc = |extra: serde_json::Value| {
            let mut op = json!({"operationId": "searchThings", "responses": {}});
            if let (Some(o), Some(e)) = (op.as_object_mut(), extra.as_object()) {
                o.extend(e.clone());
            }
            json!({"paths": {"/things": {"post": op, "get": {"operationId": "getThings", "responses": {}}}}})
        };
        let problems = problems(&Spec::new(doc(json!({}))));
        assert_eq!(problems.len(), 1, "{problems:?}");
        assert!(problems[0].contains("searchThings") && problems[0].contains("x-idempotent"));
        assert!(super::problems(&Spec::new(doc(json!({"x-idempotent": true})))).is_empty());
        assert!(super::problems(&Spec::new(doc(json!({"x-idempotent": false})))).is_empty());
    }

    #[test]
    fn current_means_byte_equal() -> std::io::Result<()> {
        let dir = tempfile::tempdir()?;
        let path = dir.path().join("g.rs");
        assert!(!generated_is_current(&path, "x")?);
        std::fs::write(&path, "x")?;
        assert!(generated_is_current(&path, "x")?);
        assert!(!generated_is_current(&path, "x\n")?);
        Ok(())
    }
}
