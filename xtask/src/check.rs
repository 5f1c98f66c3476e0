//! `spec check`: every operationId must be used, as a string literal, by the
//! facade and by the conformance suite.
//!
//! Files are lexed with `proc-macro2`, so an id mentioned only in a comment
//! does not count; an id in a doc comment does not either (the literal must
//! be exactly the id). A file that does not lex (someone is half-way through
//! an edit) falls back to a plain search for `"operationId"`.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::str::FromStr;

use proc_macro2::{TokenStream, TokenTree};
use serde_json::Value;

/// An operation of the spec.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Operation {
    /// Its operationId.
    pub id: String,
    /// `METHOD /path`.
    pub endpoint: String,
}

/// All operations with an operationId, in document order.
pub fn operations(doc: &Value) -> Vec<Operation> {
    let mut ops = Vec::new();
    let Some(paths) = doc.get("paths").and_then(Value::as_object) else {
        return ops;
    };
    for (path, item) in paths {
        let Some(item) = item.as_object() else {
            continue;
        };
        for (method, op) in item {
            if let Some(id) = op.get("operationId").and_then(Value::as_str) {
                ops.push(Operation {
                    id: id.to_string(),
                    endpoint: format!("{} {path}", method.to_ascii_uppercase()),
                });
            }
        }
    }
    ops
}

/// The string literals of the `.rs` files under a directory.
#[derive(Debug, Default)]
pub struct Literals {
    /// Values of the literals found.
    pub values: BTreeSet<String>,
    /// Files that did not lex; searched as text instead.
    pub text: Vec<(PathBuf, String)>,
    /// Number of `.rs` files read.
    pub files: usize,
}

impl Literals {
    /// Whether `id` appears as a string literal.
    pub fn contains(&self, id: &str) -> bool {
        let quoted = format!("\"{id}\"");
        self.values.contains(id) || self.text.iter().any(|(_, t)| t.contains(&quoted))
    }
}

/// Collects the string literals of every `.rs` file under `root` (skipping
/// hidden directories and `target`). A missing `root` yields nothing.
pub fn literals_under(root: &Path) -> std::io::Result<Literals> {
    let mut out = Literals::default();
    if !root.exists() {
        return Ok(out);
    }
    let mut dirs = vec![root.to_path_buf()];
    while let Some(dir) = dirs.pop() {
        for entry in std::fs::read_dir(&dir)? {
            let entry = entry?;
            let path = entry.path();
            let name = entry.file_name();
            let name = name.to_string_lossy();
            let kind = entry.file_type()?;
            if kind.is_dir() {
                if !name.starts_with('.') && name != "target" {
                    dirs.push(path);
                }
            } else if name.ends_with(".rs") {
                let text = std::fs::read_to_string(&path)?;
                out.files += 1;
                match TokenStream::from_str(&text) {
                    Ok(tokens) => collect(tokens, &mut out.values),
                    Err(_) => out.text.push((path, text)),
                }
            }
        }
    }
    Ok(out)
}

fn collect(tokens: TokenStream, into: &mut BTreeSet<String>) {
    for tree in tokens {
        match tree {
            TokenTree::Group(g) => collect(g.stream(), into),
            TokenTree::Literal(lit) => {
                if let syn::Lit::Str(s) = syn::Lit::new(lit) {
                    into.insert(s.value());
                }
            }
            TokenTree::Ident(_) | TokenTree::Punct(_) => {}
        }
    }
}

/// An operation missing from one side or both.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Missing {
    /// The operation.
    pub operation: Operation,
    /// Not found in the facade.
    pub facade: bool,
    /// Not found in the conformance suite.
    pub conformance: bool,
}

/// The operations that either side does not mention.
pub fn missing(ops: &[Operation], facade: &Literals, conformance: &Literals) -> Vec<Missing> {
    ops.iter()
        .filter_map(|op| {
            let m = Missing {
                operation: op.clone(),
                facade: !facade.contains(&op.id),
                conformance: !conformance.contains(&op.id),
            };
            (m.facade || m.conformance).then_some(m)
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    type TestResult = Result<(), Box<dyn std::error::Error>>;

    #[test]
    fn only_real_string_literals_count() -> TestResult {
        let dir = tempfile::tempdir()?;
        let src = dir.path().join("nested");
        std::fs::create_dir_all(&src)?;
        std::fs::write(
            src.join("a.rs"),
            "/// getCustomer\n// \"searchCustomersPost\"\nfn f() { call(r#\"updateCustomer\"#); m!(\"x\", { \"deep\" }); }",
        )?;
        let lits = literals_under(dir.path())?;
        assert!(lits.contains("updateCustomer"));
        assert!(lits.contains("deep"));
        assert!(!lits.contains("getCustomer"));
        assert!(!lits.contains("searchCustomersPost"));
        assert_eq!(lits.files, 1);
        Ok(())
    }

    #[test]
    fn unlexable_files_fall_back_to_text() -> TestResult {
        let dir = tempfile::tempdir()?;
        std::fs::write(dir.path().join("b.rs"), "fn f() { \"getCustomer\" ")?;
        let lits = literals_under(dir.path())?;
        assert!(lits.contains("getCustomer"));
        assert!(!lits.contains("updateCustomer"));
        Ok(())
    }
}
