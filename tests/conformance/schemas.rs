//! The JSON Schema schemars derives for each generated type agrees with the
//! spec's schema of the same name: property names, types, required sets.
//!
//! How Rust-side differences are read (schemars 0.8, draft-07 output):
//!
//! - `Option<T>` is `{"type": [T, "null"]}` or `{"anyOf": [T, {"type":
//!   "null"}]}` and never required. A spec property that is optional and
//!   not nullable may be `Option<T>` (accepting `null` is lenient, not a
//!   contract change); a nullable spec property must be nullable in Rust.
//! - `Sensitive<T>` has `T`'s schema (it forwards `JsonSchema`), so
//!   `x-sensitive` changes nothing here.
//! - Optional maps and arrays are plain collections with `#[serde(default)]`:
//!   not required, not nullable.
//! - A `$ref` is compared by name when both sides refer to a named schema;
//!   when only one does (the spec inlines a pattern string that progenitor
//!   names `CustomerUpdateRequestPhone`, or refers to `PartnerCustomerId`
//!   where a body inlines `string`), the types it resolves to are compared.
//! - Integer formats and bounds are not compared: progenitor picks `i64`,
//!   `NonZeroU64` or `NonZeroU32` from `minimum` and `format`, and the random
//!   decode tests check those choices accept every valid value. A
//!   `format: date-time` must stay `date-time` (it selects `DateTime<Utc>`).

use std::collections::BTreeSet;

use imprint_conformance::spec::{self, component_name, resolve};
use serde_json::Value;

use crate::cases::generated_schema;

/// What is compared of one (property) schema.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Shape {
    /// Named schema it refers to, if it is a reference.
    pub reference: Option<String>,
    /// JSON types it allows (without `null`).
    pub types: BTreeSet<String>,
    /// Whether it allows `null`.
    pub nullable: bool,
    /// `format: date-time`.
    pub date_time: bool,
    /// Enum values, if it is an enum.
    pub enum_values: Option<Vec<Value>>,
}

fn types_of(s: &Value) -> (BTreeSet<String>, bool) {
    let mut types = BTreeSet::new();
    match s.get("type") {
        Some(Value::String(t)) => {
            types.insert(t.clone());
        }
        Some(Value::Array(ts)) => {
            types.extend(ts.iter().filter_map(Value::as_str).map(str::to_string))
        }
        _ if s.get("properties").is_some() || s.get("additionalProperties").is_some() => {
            types.insert("object".into());
        }
        _ => {}
    }
    if s.get("enum")
        .and_then(Value::as_array)
        .is_some_and(|e| e.contains(&Value::Null))
    {
        types.insert("null".into());
    }
    let nullable = types.remove("null");
    (types, nullable)
}

/// Reads a schema of `root` (the spec document, or a schemars root whose
/// references point into `#/definitions/`).
pub fn shape(root: &Value, s: &Value) -> Shape {
    // schemars: `{"anyOf": [X, {"type": "null"}]}` and `{"allOf": [X]}`
    // (a `$ref` with a description next to it).
    let is_null = |v: &Value| v.get("type") == Some(&Value::from("null"));
    if let Some(alts) = s.get("anyOf").or(s.get("oneOf")).and_then(Value::as_array) {
        let non_null: Vec<&Value> = alts.iter().filter(|a| !is_null(a)).collect();
        if non_null.len() == 1 {
            let mut inner = shape(root, non_null[0]);
            inner.nullable |= non_null.len() < alts.len();
            return inner;
        }
    }
    if let Some([only]) = s.get("allOf").and_then(Value::as_array).map(Vec::as_slice) {
        return shape(root, only);
    }
    let reference = s
        .get("$ref")
        .and_then(Value::as_str)
        .map(|r| r.rsplit('/').next().unwrap_or(r).to_string());
    let target = resolve(root, s);
    let (types, nullable) = types_of(target);
    Shape {
        reference,
        types,
        nullable,
        date_time: target.get("format").and_then(Value::as_str) == Some("date-time"),
        enum_values: target.get("enum").and_then(Value::as_array).cloned(),
    }
}

fn required(s: &Value) -> BTreeSet<String> {
    s.get("required")
        .and_then(Value::as_array)
        .map(|r| {
            r.iter()
                .filter_map(Value::as_str)
                .map(str::to_string)
                .collect()
        })
        .unwrap_or_default()
}

/// Differences between the spec's schema `spec_schema` (in `doc`) and the
/// schemars schema `rust` of its generated type; empty when they agree.
pub fn compare(doc: &Value, spec_schema: &Value, rust: &Value) -> Vec<String> {
    let mut problems = Vec::new();
    let s = resolve(doc, spec_schema);
    let r = resolve(rust, rust);
    let (ss, rs) = (shape(doc, s), shape(rust, r));
    if ss.types != rs.types {
        problems.push(format!("type: spec {:?}, Rust {:?}", ss.types, rs.types));
    }
    if ss.enum_values != rs.enum_values {
        problems.push(format!(
            "enum: spec {:?}, Rust {:?}",
            ss.enum_values, rs.enum_values
        ));
    }
    let empty = serde_json::Map::new();
    let sp = s
        .get("properties")
        .and_then(Value::as_object)
        .unwrap_or(&empty);
    let rp = r
        .get("properties")
        .and_then(Value::as_object)
        .unwrap_or(&empty);
    let names = |m: &serde_json::Map<String, Value>| m.keys().cloned().collect::<BTreeSet<_>>();
    if names(sp) != names(rp) {
        problems.push(format!(
            "properties: only in the spec {:?}, only in Rust {:?}",
            names(sp).difference(&names(rp)).collect::<Vec<_>>(),
            names(rp).difference(&names(sp)).collect::<Vec<_>>()
        ));
    }
    if required(s) != required(r) {
        problems.push(format!(
            "required: spec {:?}, Rust {:?}",
            required(s),
            required(r)
        ));
    }
    for (name, sprop) in sp {
        let Some(rprop) = rp.get(name) else { continue };
        problems.extend(
            compare_property(doc, rust, sprop, rprop)
                .into_iter()
                .map(|p| format!("{name}: {p}")),
        );
    }
    // Maps: the value schemas.
    match (s.get("additionalProperties"), r.get("additionalProperties")) {
        (Some(Value::Object(sa)), Some(Value::Object(ra))) => {
            problems.extend(
                compare_property(
                    doc,
                    rust,
                    &Value::Object(sa.clone()),
                    &Value::Object(ra.clone()),
                )
                .into_iter()
                .map(|p| format!("additionalProperties: {p}")),
            );
        }
        (Some(Value::Object(_)), other) => {
            problems.push(format!(
                "additionalProperties: the spec gives a schema, Rust {other:?}"
            ));
        }
        _ => {}
    }
    problems
}

fn compare_property(doc: &Value, rust: &Value, sprop: &Value, rprop: &Value) -> Vec<String> {
    let mut problems = Vec::new();
    let (ss, rs) = (shape(doc, sprop), shape(rust, rprop));
    if let (Some(a), Some(b)) = (&ss.reference, &rs.reference)
        && a != b
    {
        problems.push(format!("refers to `{a}` in the spec, `{b}` in Rust"));
    }
    if ss.types != rs.types {
        problems.push(format!("type: spec {:?}, Rust {:?}", ss.types, rs.types));
    }
    if ss.nullable && !rs.nullable {
        problems.push("nullable in the spec but not in Rust".to_string());
    }
    if ss.date_time != rs.date_time {
        problems.push(format!(
            "format date-time: spec {}, Rust {}",
            ss.date_time, rs.date_time
        ));
    }
    if ss.enum_values != rs.enum_values {
        problems.push(format!(
            "enum: spec {:?}, Rust {:?}",
            ss.enum_values, rs.enum_values
        ));
    }
    // Arrays and maps: their items / values, one level down (named item
    // schemas are compared on their own as components).
    let rs_target = resolve(rust, strip_option(rprop));
    let ss_target = resolve(doc, sprop);
    for key in ["items", "additionalProperties"] {
        match (ss_target.get(key), rs_target.get(key)) {
            (Some(si @ Value::Object(_)), Some(ri @ Value::Object(_))) => {
                problems.extend(
                    compare_property(doc, rust, si, ri)
                        .into_iter()
                        .map(|p| format!("{key}: {p}")),
                );
            }
            (Some(Value::Object(_)), other) => {
                problems.push(format!("{key}: the spec gives a schema, Rust {other:?}"))
            }
            _ => {}
        }
    }
    problems
}

fn strip_option(s: &Value) -> &Value {
    let is_null = |v: &Value| v.get("type") == Some(&Value::from("null"));
    if let Some(alts) = s.get("anyOf").and_then(Value::as_array) {
        let non_null: Vec<&Value> = alts.iter().filter(|a| !is_null(a)).collect();
        if non_null.len() == 1 {
            return non_null[0];
        }
    }
    if let Some([only]) = s.get("allOf").and_then(Value::as_array).map(Vec::as_slice) {
        return only;
    }
    s
}

/// `searchCustomersPost` -> `SearchCustomersPostBody`, progenitor's name for
/// an inline request body.
pub fn inline_body_type_name(operation_id: &str) -> String {
    let mut chars = operation_id.chars();
    let first = chars.next().map(|c| c.to_ascii_uppercase()).into_iter();
    first.chain(chars).chain("Body".chars()).collect()
}

/// Every (name, spec schema) pair that must have a generated type: the
/// component schemas, and each operation's inline JSON request body.
pub fn typed_schemas(doc: &Value) -> Vec<(String, Value)> {
    let mut out = spec::component_schemas(doc);
    for op in spec::operations(doc) {
        if let Some(body) = &op.request_body
            && component_name(&body.media.schema).is_none()
        {
            out.push((inline_body_type_name(&op.id), body.media.schema.clone()));
        }
    }
    out
}

#[test]
fn generated_types_agree_with_the_spec_schemas() {
    let doc = spec::merged();
    let mut report = Vec::new();
    for (name, schema) in typed_schemas(doc) {
        let rust = generated_schema(&name).unwrap_or_else(|| {
            panic!("spec schema `{name}` has no generated type listed in tests/conformance/cases.rs (generated_types!)")
        });
        report.extend(
            compare(doc, &schema, &rust)
                .into_iter()
                .map(|p| format!("{name}.{p}")),
        );
    }
    assert!(
        report.is_empty(),
        "generated types disagree with the spec:\n  {}",
        report.join("\n  ")
    );
}

#[test]
fn the_comparison_notices_a_dropped_property_and_a_changed_requirement() {
    // The comparison itself must be able to fail: a copy of Customer with
    // one property dropped and `email` made required.
    let doc = spec::merged();
    let rust = generated_schema("Customer").unwrap_or_else(|| panic!("Customer is listed"));
    let mut changed = doc.clone();
    let customer = changed
        .pointer_mut("/components/schemas/Customer")
        .unwrap_or_else(|| panic!("the spec has Customer"));
    let props = customer["properties"]
        .as_object_mut()
        .unwrap_or_else(|| panic!("Customer has properties"));
    props.remove("phone");
    customer["required"] = serde_json::json!(["id", "email"]);
    let problems = compare(
        &changed,
        &changed["components"]["schemas"]["Customer"],
        &rust,
    );
    assert!(
        problems
            .iter()
            .any(|p| p.contains("only in Rust [\"phone\"]")),
        "a property only the Rust type has went unnoticed: {problems:?}"
    );
    assert!(
        problems
            .iter()
            .any(|p| p.starts_with("required:") && p.contains("email")),
        "a changed required set went unnoticed: {problems:?}"
    );
}
