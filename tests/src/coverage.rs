//! Operation coverage: every operation of the spec must be exercised by the
//! suite (have a case in the table `tests/build.rs` renders from the spec)
//! and be in the facade's generated operation table; neither may list an
//! operation the spec does not have.

use std::fmt;

use imprint_spec::Spec;

/// What is missing, by operationId.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Gaps {
    /// Spec operations the suite does not exercise.
    pub not_exercised: Vec<String>,
    /// Spec operations missing from `imprint::operations::ALL`.
    pub not_in_facade: Vec<String>,
    /// Exercised operations the spec no longer has.
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
        for id in &self.not_exercised {
            lines.push(format!(
                "spec operation `{id}` is not exercised by the conformance suite: rebuild it (tests/build.rs renders one case per spec operation); if it still fails, `cargo xtask codegen` was not run"
            ));
        }
        for id in &self.not_in_facade {
            lines.push(format!(
                "spec operation `{id}` is missing from imprint::operations::ALL: run `cargo xtask codegen`"
            ));
        }
        for id in &self.stale_cases {
            lines.push(format!(
                "the conformance suite exercises `{id}`, which the spec does not have"
            ));
        }
        for id in &self.stale_facade {
            lines.push(format!(
                "imprint::operations::ALL lists `{id}`, which the spec does not have"
            ));
        }
        f.write_str(&lines.join("\n"))
    }
}

/// Compares the operations of `spec` with those the suite exercises and
/// those the facade lists.
pub fn gaps(spec: &Spec, exercised: &[&str], facade: &[&str]) -> Gaps {
    let ids: Vec<&str> = spec.operations().iter().map(|o| o.id.as_str()).collect();
    let missing = |have: &[&str]| -> Vec<String> {
        ids.iter()
            .filter(|id| !have.contains(id))
            .map(|s| s.to_string())
            .collect()
    };
    let stale = |have: &[&str]| -> Vec<String> {
        have.iter()
            .filter(|id| !ids.contains(id))
            .map(|s| s.to_string())
            .collect()
    };
    Gaps {
        not_exercised: missing(exercised),
        not_in_facade: missing(facade),
        stale_cases: stale(exercised),
        stale_facade: stale(facade),
    }
}
