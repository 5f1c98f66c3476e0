//! No value of an `x-sensitive` field shows in the `Debug` of a generated
//! type (SECURITY.md, "PII fields are redacted the same way"), for every
//! operation's request body and success bodies: the spec's example with
//! every sensitive value replaced by a marker (each string leaf a unique
//! text, each number a unique number) is decoded, printed with `{:?}`, and
//! searched for the markers. The overlay's `x-sensitive` marks drive it, so
//! a field marked there and not wrapped in `Sensitive<T>` fails here.

use std::collections::BTreeSet;

use imprint_conformance::examples::assemble;
use imprint_conformance::spec;
use serde_json::Value;

use crate::cases::{Typed, case};

/// Replaces every leaf of `v` with a marker, collected into `markers`.
fn plant(v: &mut Value, markers: &mut Vec<String>) {
    match v {
        Value::String(s) => {
            let marker = format!("SENSITIVEMARK{:04}", markers.len());
            *s = marker.clone();
            markers.push(marker);
        }
        Value::Number(_) => {
            // Small enough for any integer field (a month or a day too).
            let n = 7 + markers.len() as u64 % 5;
            *v = Value::from(n);
            // A small number appears everywhere in Debug output; what is
            // searched for is its place (`month: 9`), below.
            markers.push(String::new());
        }
        Value::Array(items) => items.iter_mut().for_each(|i| plant(i, markers)),
        Value::Object(m) => m.values_mut().for_each(|i| plant(i, markers)),
        _ => {}
    }
}

/// Replaces the value of every sensitive property, at any depth, with
/// markers; returns the text markers planted.
fn mark(v: &mut Value, sensitive: &BTreeSet<String>, markers: &mut Vec<String>) {
    match v {
        Value::Object(m) => {
            for (k, value) in m.iter_mut() {
                if sensitive.contains(k) {
                    plant(value, markers);
                } else {
                    mark(value, sensitive, markers);
                }
            }
        }
        Value::Array(items) => items.iter_mut().for_each(|i| mark(i, sensitive, markers)),
        _ => {}
    }
}

/// Decodes `example` as `typed` with its sensitive values marked and
/// checks its `Debug`; returns how many markers were checked.
fn check(typed: &Typed, example: &Value, sensitive: &BTreeSet<String>, context: &str) -> usize {
    let mut marked = example.clone();
    let mut markers = Vec::new();
    mark(&mut marked, sensitive, &mut markers);
    if markers.is_empty() {
        return 0;
    }
    let debug = (typed.debug)(marked.clone())
        .unwrap_or_else(|e| panic!("{context}: the marked example does not decode: {e}"));
    let texts: Vec<&String> = markers.iter().filter(|m| !m.is_empty()).collect();
    for marker in &texts {
        assert!(
            !debug.contains(marker.as_str()),
            "{context}: `{marker}` (a sensitive value) shows in {}'s Debug:\n{debug}",
            typed.name
        );
    }
    // Numbers (a date of birth's parts) by the field they sit in: every
    // sensitive field shows as redacted or absent, nothing else.
    for name in sensitive {
        let key = format!("{name}: ");
        for (at, _) in debug.match_indices(&key) {
            let shown = &debug[at + key.len()..];
            assert!(
                ["<redacted>", "Some(<redacted>)", "None"]
                    .iter()
                    .any(|ok| shown.starts_with(ok)),
                "{context}: `{name}` is shown in {}'s Debug:\n{debug}",
                typed.name
            );
        }
    }
    markers.len()
}

#[test]
fn no_sensitive_value_shows_in_a_generated_types_debug() {
    let doc = spec::merged();
    let sensitive = spec::spec().sensitive_fields().clone();
    assert!(
        sensitive.contains("ssn") && sensitive.contains("client_secret"),
        "the overlay's sensitive marks are missing: {sensitive:?}"
    );
    let mut planted = 0;
    let mut operations = BTreeSet::new();
    for op in spec::operations() {
        let case = case(&op.id);
        if let (Some(body), Some(typed)) = (&op.request_body, (case.body_type)()) {
            let example = assemble(doc, &body.media.schema).value;
            let n = check(
                &typed,
                &example,
                &sensitive,
                &format!("{} request body", op.id),
            );
            if n > 0 {
                operations.insert(op.id.clone());
            }
            planted += n;
        }
        let output = (case.output_type)();
        for response in op.successes() {
            let Some(media) = response.json() else {
                continue;
            };
            let example = assemble(doc, &media.schema).value;
            let context = format!("{} {} body", op.id, response.status);
            let n = check(&output, &example, &sensitive, &context);
            if n > 0 {
                operations.insert(op.id.clone());
            }
            planted += n;
        }
    }
    // The customer, its searches, payment methods (card details, bank
    // account numbers), sessions and created keys all carry some.
    for id in [
        "getCustomer",
        "searchCustomersPost",
        "getPaymentMethod",
        "createSession",
        "createKey",
    ] {
        assert!(
            operations.contains(id),
            "{id}: no sensitive value was planted in its bodies; checked: {operations:?}"
        );
    }
    assert!(
        planted >= 20,
        "only {planted} sensitive values were checked"
    );
}
