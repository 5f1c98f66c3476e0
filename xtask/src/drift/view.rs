//! The schema view: a schema flattened for comparison (`allOf` merged,
//! top-level `$ref`s resolved, 3.0 and 3.1 nullability and `const`
//! normalised), how constraints order, and how a type is named in reports.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write as _;

use serde_json::Value;

use super::document::{component_name, ref_of, resolve};

/// `anyOf`/`oneOf` of one schema and `{type: null}` is how OpenAPI 3.1 spells
/// a nullable reference: returns the inner schema and whether null is allowed.
pub(super) fn unwrap_nullable<'v>(doc: &'v Value, schema: &'v Value) -> (&'v Value, bool) {
    let Some(obj) = schema.as_object() else {
        return (schema, false);
    };
    for key in ["anyOf", "oneOf"] {
        let Some(members) = obj.get(key).and_then(Value::as_array) else {
            continue;
        };
        let is_null = |m: &Value| {
            let m = resolve(doc, m);
            m.get("type").and_then(Value::as_str) == Some("null")
        };
        let non_null: Vec<&Value> = members.iter().filter(|m| !is_null(m)).collect();
        let structural = obj.keys().any(|k| {
            !matches!(
                k.as_str(),
                "anyOf"
                    | "oneOf"
                    | "description"
                    | "title"
                    | "example"
                    | "examples"
                    | "default"
                    | "deprecated"
                    | "x-sensitive"
            )
        });
        if non_null.len() == 1 && non_null.len() < members.len() && !structural {
            return (non_null[0], true);
        }
    }
    (schema, false)
}

/// What `additionalProperties` allows.
pub(super) enum Additional<'v> {
    /// Absent or `true`.
    Open,
    /// `false`.
    Closed,
    /// A schema for the values.
    Schema(&'v Value),
}

/// A schema flattened for comparison (`allOf` merged, `$ref`s at the top
/// resolved, nullability and `const` normalised).
pub(super) struct View<'v> {
    pub(super) types: BTreeSet<String>,
    pub(super) nullable: bool,
    pub(super) format: Option<String>,
    pub(super) enumeration: Option<BTreeSet<String>>,
    pub(super) properties: BTreeMap<String, &'v Value>,
    pub(super) required: BTreeSet<String>,
    pub(super) items: Option<&'v Value>,
    pub(super) additional: Additional<'v>,
    pub(super) variants: BTreeMap<String, &'v Value>,
    pub(super) constraints: BTreeMap<&'static str, &'v Value>,
}

const CONSTRAINTS: [&str; 14] = [
    "minimum",
    "maximum",
    "exclusiveMinimum",
    "exclusiveMaximum",
    "minLength",
    "maxLength",
    "minItems",
    "maxItems",
    "minProperties",
    "maxProperties",
    "uniqueItems",
    "pattern",
    "multipleOf",
    "maxContains",
];

/// `Some(true)` when going from `old` to `new` restricts the values,
/// `Some(false)` when it widens them, `None` when that cannot be told.
pub(super) fn constraint_direction(
    key: &str,
    old: Option<&Value>,
    new: Option<&Value>,
) -> Option<bool> {
    let lower_bound = key.starts_with("min") || key == "exclusiveMinimum";
    let upper_bound = key.starts_with("max") || key == "exclusiveMaximum";
    match (old, new) {
        (None, Some(_)) => Some(true),
        (Some(_), None) => Some(false),
        (Some(o), Some(n)) => {
            if key == "uniqueItems" {
                return match (o.as_bool(), n.as_bool()) {
                    (Some(false), Some(true)) => Some(true),
                    (Some(true), Some(false)) => Some(false),
                    _ => None,
                };
            }
            let (o, n) = (o.as_f64()?, n.as_f64()?);
            if lower_bound {
                Some(n > o)
            } else if upper_bound {
                Some(n < o)
            } else {
                None
            }
        }
        (None, None) => None,
    }
}

pub(super) fn view<'v>(doc: &'v Value, schema: &'v Value) -> View<'v> {
    let mut v = View {
        types: BTreeSet::new(),
        nullable: false,
        format: None,
        enumeration: None,
        properties: BTreeMap::new(),
        required: BTreeSet::new(),
        items: None,
        additional: Additional::Open,
        variants: BTreeMap::new(),
        constraints: BTreeMap::new(),
    };
    fill(doc, schema, &mut v, 0);
    if v.types.is_empty() {
        if !v.properties.is_empty()
            || matches!(v.additional, Additional::Schema(_) | Additional::Closed)
        {
            v.types.insert("object".into());
        } else if v.items.is_some() {
            v.types.insert("array".into());
        }
    }
    v
}

fn fill<'v>(doc: &'v Value, schema: &'v Value, v: &mut View<'v>, depth: usize) {
    if depth > 16 {
        return;
    }
    let schema = resolve(doc, schema);
    let Some(obj) = schema.as_object() else {
        return;
    };
    match obj.get("type") {
        Some(Value::String(t)) if t == "null" => v.nullable = true,
        Some(Value::String(t)) => {
            v.types.insert(t.clone());
        }
        Some(Value::Array(ts)) => {
            for t in ts.iter().filter_map(Value::as_str) {
                if t == "null" {
                    v.nullable = true;
                } else {
                    v.types.insert(t.to_string());
                }
            }
        }
        _ => {}
    }
    if obj.get("nullable").and_then(Value::as_bool) == Some(true) {
        v.nullable = true;
    }
    if v.format.is_none() {
        v.format = obj
            .get("format")
            .and_then(Value::as_str)
            .map(str::to_string);
    }
    let values = obj
        .get("enum")
        .and_then(Value::as_array)
        .map(|a| a.iter().collect::<Vec<_>>())
        .or_else(|| obj.get("const").map(|c| vec![c]));
    if let (None, Some(values)) = (&v.enumeration, values) {
        let mut set = BTreeSet::new();
        for value in values {
            match value {
                Value::Null => v.nullable = true,
                Value::String(s) => {
                    set.insert(s.clone());
                }
                other => {
                    set.insert(other.to_string());
                }
            }
        }
        v.enumeration = Some(set);
    }
    if let Some(props) = obj.get("properties").and_then(Value::as_object) {
        for (name, schema) in props {
            v.properties.entry(name.clone()).or_insert(schema);
        }
    }
    for name in obj
        .get("required")
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
    {
        if let Some(name) = name.as_str() {
            v.required.insert(name.to_string());
        }
    }
    if v.items.is_none() {
        v.items = obj.get("items").filter(|i| i.is_object());
    }
    match obj.get("additionalProperties") {
        Some(Value::Bool(false)) => v.additional = Additional::Closed,
        Some(s @ Value::Object(_)) => v.additional = Additional::Schema(s),
        _ => {}
    }
    for key in ["oneOf", "anyOf"] {
        for (i, member) in obj
            .get(key)
            .and_then(Value::as_array)
            .into_iter()
            .flatten()
            .enumerate()
        {
            if resolve(doc, member).get("type").and_then(Value::as_str) == Some("null") {
                v.nullable = true;
                continue;
            }
            let name = match ref_of(member) {
                Some(r) => component_name(r).to_string(),
                None => format!("{key}#{i}"),
            };
            v.variants.insert(name, member);
        }
    }
    for key in CONSTRAINTS {
        // `false` (`uniqueItems`, 3.0's boolean `exclusiveMinimum`) is the
        // same as leaving the keyword out.
        if let Some(value) = obj.get(key).filter(|v| **v != Value::Bool(false)) {
            v.constraints.entry(key).or_insert(value);
        }
    }
    for member in obj
        .get("allOf")
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
    {
        fill(doc, member, v, depth + 1);
    }
}

pub(super) fn type_label(v: &View<'_>) -> String {
    let mut label = if v.types.is_empty() {
        "any".to_string()
    } else {
        v.types
            .iter()
            .map(String::as_str)
            .collect::<Vec<_>>()
            .join("|")
    };
    if let Some(format) = &v.format {
        let _ = write!(label, " ({format})");
    }
    if v.nullable {
        label.push_str(" | null");
    }
    label
}
