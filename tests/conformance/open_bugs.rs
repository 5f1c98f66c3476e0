//! Bugs this suite found outside `tests/` that are not fixed yet, pinned.
//!
//! A check that meets one of them collects its problems as text and hands
//! them to [`settle`]: the check still fails on every problem no entry here
//! explains, *and* on an entry that no longer shows (the bug was fixed:
//! delete the entry). So the suite stays green on today's client without
//! hiding anything new, and turns red the day a pinned bug changes.

use std::panic::AssertUnwindSafe;

/// One unfixed bug, as one check sees it.
#[derive(Debug)]
pub struct OpenBug {
    /// The test that meets it.
    pub check: &'static str,
    /// Text every problem it causes contains (and no other problem does).
    pub symptom: &'static str,
    /// What is wrong, where, and the fix.
    pub bug: &'static str,
}

/// Every open bug (none today: the PurchaseMethod enum and the optional
/// body this suite pinned are fixed; add an entry here when a check finds a
/// bug that cannot be fixed at once).
pub const OPEN_BUGS: &[OpenBug] = &[];

/// Fails, listing them, on the problems no open bug of `check` explains,
/// and on the open bugs of `check` no problem shows any more.
pub fn settle(check: &str, problems: &[String]) {
    let bugs: Vec<&OpenBug> = OPEN_BUGS.iter().filter(|b| b.check == check).collect();
    let unexplained: Vec<&String> = problems
        .iter()
        .filter(|p| !bugs.iter().any(|b| p.contains(b.symptom)))
        .collect();
    let fixed: Vec<&&OpenBug> = bugs
        .iter()
        .filter(|b| !problems.iter().any(|p| p.contains(b.symptom)))
        .collect();
    let mut report = Vec::new();
    for p in &unexplained {
        report.push(format!("- {p}"));
    }
    for b in &fixed {
        report.push(format!(
            "- pinned bug no longer shows (fixed? delete its entry in tests/conformance/open_bugs.rs): `{}`: {}",
            b.symptom, b.bug
        ));
    }
    assert!(
        report.is_empty(),
        "{check}: {} problem(s):\n{}",
        report.len(),
        report.join("\n")
    );
}

/// The message of a panic payload.
pub fn panic_message(payload: &(dyn std::any::Any + Send)) -> String {
    payload
        .downcast_ref::<String>()
        .cloned()
        .or_else(|| payload.downcast_ref::<&str>().map(|s| s.to_string()))
        .unwrap_or_else(|| "(a panic without a message)".into())
}

/// Runs `check`; its panic, if any, as a problem.
pub async fn problem_of(check: impl std::future::Future<Output = ()>) -> Option<String> {
    use futures::FutureExt;
    AssertUnwindSafe(check)
        .catch_unwind()
        .await
        .err()
        .map(|p| panic_message(&*p))
}

#[test]
fn every_open_bug_belongs_to_a_check_that_settles() {
    // A typo in `check` would make an entry silently unused.
    let checks = [
        "every_schema_example_in_the_spec_is_valid",
        "generated_types_agree_with_the_spec_schemas",
        "an_optional_body_left_unset_sends_the_documented_default",
    ];
    for b in OPEN_BUGS {
        assert!(checks.contains(&b.check), "{b:?} names no settling check");
    }
}
