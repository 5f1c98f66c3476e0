//! Operation coverage: every operation of the spec must have a conformance
//! case and a facade method, and no case may outlive its operation.

use std::fmt;

use serde_json::Value;

use crate::spec::operations;

/// What is missing, by operationId.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Gaps {
    /// Spec operations no conformance case reaches.
    pub without_case: Vec<String>,
    /// Spec operations the facade does not list in `imprint::OPERATIONS`.
    pub without_facade: Vec<String>,
    /// Cases for operations the spec no longer has.
    pub stale_cases: Vec<String>,
    /// Facade operations the spec no longer has.
    pub stale_facade: Vec<String>,
}

impl Gaps {
    /// Whether everything lines up.
    pub fn is_empty(&self) -> bool {
        *self == Self::default()
    }
}

impl fmt::Display for Gaps {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut lines = Vec::new();
        for id in &self.without_case {
            lines.push(format!(
                "spec operation `{id}` has no conformance case: add one to CASES in tests/conformance/cases.rs"
            ));
        }
        for id in &self.without_facade {
            lines.push(format!(
                "spec operation `{id}` is not wrapped by the facade (missing from imprint::OPERATIONS)"
            ));
        }
        for id in &self.stale_cases {
            lines.push(format!(
                "conformance case `{id}` names no operation of the spec"
            ));
        }
        for id in &self.stale_facade {
            lines.push(format!(
                "imprint::OPERATIONS lists `{id}`, which the spec does not have"
            ));
        }
        f.write_str(&lines.join("\n"))
    }
}

/// Compares the operations of `doc` with the cases and the facade's list.
pub fn gaps(doc: &Value, cases: &[&str], facade: &[&str]) -> Gaps {
    let spec: Vec<String> = operations(doc).into_iter().map(|o| o.id).collect();
    let missing = |have: &[&str]| -> Vec<String> {
        spec.iter()
            .filter(|id| !have.contains(&id.as_str()))
            .cloned()
            .collect()
    };
    let stale = |have: &[&str]| -> Vec<String> {
        have.iter()
            .filter(|id| !spec.iter().any(|s| s == *id))
            .map(|s| s.to_string())
            .collect()
    };
    Gaps {
        without_case: missing(cases),
        without_facade: missing(facade),
        stale_cases: stale(cases),
        stale_facade: stale(facade),
    }
}
