//! The JSON Schema schemars derives for each generated type agrees with the
//! spec's schema it was generated from: every component schema, and every
//! operation's request body, success body and error bodies (inline or
//! not), reached through the generated request and error-body types.
//! Property names, types, required sets, enums, `date-time`, and the items
//! and values of arrays and maps are compared.
//!
//! How Rust-side differences are read (schemars 0.8, draft-07 output):
//!
//! - `Option<T>` is `{"type": [T, "null"]}` or `{"anyOf": [T, {"type":
//!   "null"}]}` and never required. A spec property that is optional and
//!   not nullable may be `Option<T>` (accepting `null` is lenient, not a
//!   contract change); a nullable spec property must be nullable in Rust.
//! - Optional maps and arrays: in schemas only requests use (inline request
//!   bodies, and components no response or webhook reaches; see
//!   `spec::request_only_components`), the generator makes them `Option`s
//!   on purpose, so that an empty one can be sent (`"metadata": {}`): there
//!   they must be nullable. Everywhere else they are plain collections with
//!   `#[serde(default)]`: not required and *not* nullable.
//! - `Sensitive<T>` has `T`'s schema (it forwards `JsonSchema`), so
//!   `x-sensitive` changes nothing here.
//! - A `$ref` is compared by name when both sides refer to a named schema;
//!   when only one does (the spec inlines a pattern string that progenitor
//!   names `CustomerUpdateRequestPhone`, or refers to `PartnerCustomerId`
//!   where a body inlines `string`), the types it resolves to are compared.
//! - Integer formats and bounds are not compared: progenitor picks `i64`,
//!   `NonZeroU64` or `NonZeroU32` from `minimum` and `format`, and the random
//!   decode tests check those choices accept every valid value. A
//!   `format: date-time` must stay `date-time` (it selects `DateTime<Utc>`).

use std::collections::BTreeSet;

use heck::ToUpperCamelCase;
use imprint_conformance::spec::{self, component_name, effective, resolve};
use serde_json::Value;

use crate::cases::{CASES, Typed, component_types};
use crate::open_bugs::settle;

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
    /// Enum values (without `null`), if it is an enum.
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

/// The enum values other than `null` (which [`Shape::nullable`] says:
/// schemars lists an `Option<Enum>`'s values without it).
fn enum_values(s: &Value) -> Option<Vec<Value>> {
    s.get("enum")
        .and_then(Value::as_array)
        .map(|values| values.iter().filter(|v| !v.is_null()).cloned().collect())
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
    // A `$ref`, possibly annotated (`allOf: [$ref, {example}]`).
    let reference = s
        .get("$ref")
        .or_else(|| {
            s.get("allOf")
                .and_then(Value::as_array)
                .and_then(|b| b.iter().find_map(|b| b.get("$ref")))
        })
        .and_then(Value::as_str)
        .map(|r| r.rsplit('/').next().unwrap_or(r).to_string());
    let target = effective(root, s);
    let target: &Value = &target;
    let (types, nullable) = types_of(target);
    Shape {
        reference,
        types,
        nullable,
        date_time: target.get("format").and_then(Value::as_str) == Some("date-time"),
        enum_values: enum_values(target),
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
/// `request_only`: the schema is one only requests use, whose optional maps
/// and arrays must be `Option`s (see the module docs).
pub fn compare(doc: &Value, spec_schema: &Value, rust: &Value, request_only: bool) -> Vec<String> {
    let mut problems = Vec::new();
    let s = effective(doc, spec_schema);
    let s: &Value = &s;
    // An optional body is `Option<Body>`: compare the body.
    let r = resolve(rust, strip_option(rust));
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
    let spec_required = required(s);
    for (name, sprop) in sp {
        let Some(rprop) = rp.get(name) else { continue };
        problems.extend(
            compare_property(doc, rust, sprop, rprop)
                .into_iter()
                .map(|p| format!("{name}: {p}")),
        );
        if !spec_required.contains(name) {
            problems.extend(
                optional_container(doc, rust, sprop, rprop, request_only)
                    .map(|p| format!("{name}: {p}")),
            );
        }
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
    // A nullable component keeps its name for the `Option` and the type it
    // wraps is `<Name>Value` (the lowering's rule for nullable enums and
    // unions): the `Option` is transparent, so schemars names the inner.
    if let (Some(a), Some(b)) = (&ss.reference, &rs.reference)
        && let a = canonical(doc, a).to_upper_camel_case()
        && a != *b
        && !(ss.nullable && *b == format!("{a}Value"))
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
    let ss_target = effective(doc, sprop);
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

/// The presence rule for an optional map or array property (see the
/// module docs): an `Option` in a request-only schema, a plain collection
/// elsewhere. The lowering marks a property by its own `type` keyword
/// (`object` or `array`), so that is what is read here; a property the
/// spec makes nullable is nullable in Rust either way.
fn optional_container(
    doc: &Value,
    rust: &Value,
    sprop: &Value,
    rprop: &Value,
    request_only: bool,
) -> Option<String> {
    let ty = sprop.get("type").and_then(Value::as_str)?;
    if !matches!(ty, "object" | "array") || shape(doc, sprop).nullable {
        return None;
    }
    let nullable = shape(rust, rprop).nullable;
    // `{$ref: Address, type: object}` is a struct, not a map.
    let is_map = ty == "object" && effective(doc, sprop).get("properties").is_none();
    if request_only && !nullable {
        Some(format!(
            "an optional {ty} of a request-only schema must be an Option (so that an empty one can be sent), Rust is not nullable"
        ))
    } else if !request_only && nullable && (is_map || ty == "array") {
        Some(format!(
            "an optional {} outside request-only schemas must be a plain collection (absent reads as empty), Rust is an Option",
            if is_map { "map" } else { "array" }
        ))
    } else {
        None
    }
}

/// The component a name stands for: a component that is only `allOf:
/// [$ref: X]` (plus annotations) is X by another name, and the generator
/// makes it a transparent newtype of X (`Order(pub OrderBase)`), whose
/// schemars schema is X's.
pub fn canonical(doc: &Value, name: &str) -> String {
    let mut name = name.to_string();
    for _ in 0..8 {
        let Some(Value::Object(schema)) = doc.pointer(&format!("/components/schemas/{name}"))
        else {
            break;
        };
        let annotations = ["allOf", "description", "title", "example", "deprecated"];
        let alias = match schema
            .get("allOf")
            .and_then(Value::as_array)
            .map(Vec::as_slice)
        {
            Some([only]) if schema.keys().all(|k| annotations.contains(&k.as_str())) => {
                component_name(only).map(str::to_string)
            }
            _ => None,
        };
        match alias {
            Some(target) => name = target,
            None => break,
        }
    }
    name
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

/// A spec schema and the generated type that must agree with it.
pub struct Pair {
    /// For messages: the spec's name or place of the schema.
    pub what: String,
    /// The spec's schema (often a `$ref`).
    pub spec: Value,
    /// The generated type.
    pub rust: Typed,
    /// Whether only requests use the schema.
    pub request_only: bool,
}

/// Every spec schema that has a generated type: each component schema
/// (by its type name), and each operation's request body, success body and
/// documented error bodies (through the generated request and error-body
/// types, so inline schemas are covered without naming their types).
pub fn typed_schemas(doc: &Value) -> Vec<Pair> {
    let request_only = spec::request_only_components(doc);
    let is_request_only = |schema: &Value, inline: bool| match component_name(schema) {
        Some(name) => request_only.contains(name),
        None => inline,
    };
    let mut out: Vec<Pair> = component_types()
        .into_iter()
        .map(|(name, rust)| Pair {
            what: format!("component {name}"),
            spec: serde_json::json!({"$ref": format!("#/components/schemas/{name}")}),
            rust,
            request_only: request_only.contains(name),
        })
        .collect();
    for case in CASES {
        let op = spec::operation(case.operation);
        match (&op.request_body, (case.body_type)()) {
            (Some(body), Some(rust)) => out.push(Pair {
                what: format!("{} request body", op.id),
                spec: body.media.schema.clone(),
                request_only: is_request_only(&body.media.schema, true),
                rust,
            }),
            (None, None) => {}
            (spec_body, rust) => panic!(
                "{}: the spec has a body: {}, requests::{} has one: {}",
                op.label(),
                spec_body.is_some(),
                case.request_type,
                rust.is_some()
            ),
        }
        let output = (case.output_type)();
        match op.success_schema() {
            Some(schema) => out.push(Pair {
                what: format!("{} success body", op.id),
                spec: schema.clone(),
                rust: output,
                request_only: false,
            }),
            None => assert_eq!(
                output.schema.get("type"),
                Some(&Value::from("null")),
                "{}: no success body in the spec, but {} is not ()",
                op.label(),
                output.name
            ),
        }
        let mut variants = (case.error_types)();
        for r in op.errors() {
            let Some(media) = r.json() else { continue };
            let at = variants
                .iter()
                .position(|(s, _)| *s == r.status)
                .unwrap_or_else(|| {
                    panic!(
                        "{} {}: error_bodies has no variant for this status",
                        op.label(),
                        r.status
                    )
                });
            let (_, rust) = variants.remove(at);
            out.push(Pair {
                what: format!("{} {} body", op.id, r.status),
                spec: media.schema.clone(),
                rust,
                request_only: false,
            });
        }
    }
    out
}

/// The named type a schemars root schema describes (its `title`).
fn rust_title(rust: &Value) -> Option<&str> {
    rust.get("title").and_then(Value::as_str)
}

#[test]
fn generated_types_agree_with_the_spec_schemas() {
    let doc = spec::merged();
    let mut report = Vec::new();
    let pairs = typed_schemas(doc);
    for pair in &pairs {
        // A body that refers to a component must be that component's type.
        if let Some(name) = component_name(&pair.spec)
            && !pair.what.starts_with("component ")
        {
            let expected = canonical(doc, name).to_upper_camel_case();
            let title = rust_title(&pair.rust.schema);
            if title != Some(expected.as_str()) {
                report.push(format!(
                    "{}: the spec says {name}, the generated type is {title:?} ({})",
                    pair.what, pair.rust.name
                ));
            }
        }
        report.extend(
            compare(doc, &pair.spec, &pair.rust.schema, pair.request_only)
                .into_iter()
                .map(|p| format!("{} ({}): {p}", pair.what, pair.rust.name)),
        );
    }
    assert!(
        pairs.len() > spec::component_schemas(doc).len(),
        "only the components were compared"
    );
    settle("generated_types_agree_with_the_spec_schemas", &report);
}

fn component(name: &str) -> Typed {
    component_types()
        .into_iter()
        .find(|(n, _)| *n == name)
        .map(|(_, t)| t)
        .unwrap_or_else(|| panic!("the spec has no component {name}"))
}

#[test]
fn the_comparison_notices_a_dropped_property_and_a_changed_requirement() {
    // The comparison itself must be able to fail: a copy of Customer with
    // one property dropped and `email` made required.
    let doc = spec::merged();
    let rust = component("Customer").schema;
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
        false,
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

#[test]
fn the_comparison_holds_optional_collections_to_the_presence_rule() {
    // CustomerUpdateRequest is request-only: its optional `metadata` map is
    // an Option. Read as a response schema, that is a problem; Customer's
    // `metadata` (a response) is a plain map, a problem if read as
    // request-only. Both directions must be caught.
    let doc = spec::merged();
    let update = component("CustomerUpdateRequest").schema;
    let spec_update = serde_json::json!({"$ref": "#/components/schemas/CustomerUpdateRequest"});
    assert!(
        compare(doc, &spec_update, &update, true).is_empty(),
        "{:?}",
        compare(doc, &spec_update, &update, true)
    );
    let as_response = compare(doc, &spec_update, &update, false);
    assert!(
        as_response
            .iter()
            .any(|p| p.starts_with("metadata:") && p.contains("must be a plain collection")),
        "an Option map outside a request-only schema went unnoticed: {as_response:?}"
    );
    let customer = component("Customer").schema;
    let spec_customer = serde_json::json!({"$ref": "#/components/schemas/Customer"});
    let as_request = compare(doc, &spec_customer, &customer, true);
    assert!(
        as_request
            .iter()
            .any(|p| p.starts_with("metadata:") && p.contains("must be an Option")),
        "a plain map in a request-only schema went unnoticed: {as_request:?}"
    );
}
