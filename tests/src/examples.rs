//! Whole example documents assembled from the spec's schema-level examples.
//!
//! The spec gives `example`s on leaf properties (and a few objects), not
//! whole responses. [`assemble`] walks a schema, following `$ref`s, and
//! builds one complete value: a schema's own `example` (or first of
//! `examples`, `const`, `default`, first `enum` value) wins; otherwise an
//! object gets *every* declared property (so every field is exercised), an
//! array one item, a map one entry; a leaf without any example gets a
//! placeholder of its type and format (listed in [`Assembled::placeholders`]
//! so tests can say which values were not the spec's).

use serde_json::{Map, Value};

use crate::spec::effective;

/// An assembled example and where it used placeholders.
#[derive(Debug, Clone, PartialEq)]
pub struct Assembled {
    /// The value.
    pub value: Value,
    /// JSON pointers of values the spec gave no example for, and of
    /// examples the spec gave outside their schema's `enum` (replaced by
    /// the first enum value, so the document stays valid; the test
    /// `every_schema_example_in_the_spec_is_valid` reports the spec's
    /// invalid examples).
    pub placeholders: Vec<String>,
}

/// Assembles a complete example for `schema` (a fragment of `doc`).
///
/// # Panics
///
/// On a schema construct the assembler does not support (`not`, `if`,
/// recursion deeper than 16), naming the pointer. `allOf` is merged (see
/// `spec::effective`).
pub fn assemble(doc: &Value, schema: &Value) -> Assembled {
    let mut placeholders = Vec::new();
    let value = walk(doc, schema, "", "", 0, &mut placeholders);
    Assembled {
        value,
        placeholders,
    }
}

fn own_example(schema: &Value) -> Option<Value> {
    if let Some(e) = schema.get("example") {
        return Some(e.clone());
    }
    if let Some(e) = schema
        .get("examples")
        .and_then(Value::as_array)
        .and_then(|a| a.first())
    {
        return Some(e.clone());
    }
    if let Some(c) = schema.get("const") {
        return Some(c.clone());
    }
    if let Some(d) = schema.get("default") {
        return Some(d.clone());
    }
    schema
        .get("enum")
        .and_then(Value::as_array)
        .and_then(|a| a.first())
        .cloned()
}

fn walk(
    doc: &Value,
    schema: &Value,
    at: &str,
    name: &str,
    depth: usize,
    placeholders: &mut Vec<String>,
) -> Value {
    assert!(
        depth < 16,
        "{at}: schema nests deeper than 16 levels (recursive?)"
    );
    // `$ref`s followed and `allOf` merged: an annotation branch's example
    // (`allOf: [$ref: CurrencyAmount, {example: 274999}]`) counts.
    let resolved = effective(doc, schema);
    let values = resolved.get("enum").and_then(Value::as_array);
    let in_enum = |e: &Value| values.is_none_or(|v| v.contains(e));
    // An example next to a `$ref` (allowed in 3.1) describes this use.
    for e in [own_example(schema), own_example(&resolved)]
        .into_iter()
        .flatten()
    {
        if in_enum(&e) {
            return e;
        }
        if let Some(first) = values.and_then(|v| v.first()) {
            placeholders.push(format!("{at} (example {e} is not in the enum)"));
            return first.clone();
        }
    }
    let schema = &*resolved;
    for unsupported in ["not", "if"] {
        assert!(
            schema.get(unsupported).is_none(),
            "{at}: the example assembler does not support `{unsupported}`; extend tests/src/examples.rs"
        );
    }
    if let Some(first) = ["oneOf", "anyOf"].iter().find_map(|k| {
        schema
            .get(*k)
            .and_then(Value::as_array)
            .and_then(|a| a.first())
    }) {
        return walk(doc, first, at, name, depth + 1, placeholders);
    }
    let ty = match schema.get("type") {
        Some(Value::String(t)) => t.as_str(),
        // `["string", "null"]`: the first non-null type.
        Some(Value::Array(ts)) => ts
            .iter()
            .filter_map(Value::as_str)
            .find(|t| *t != "null")
            .unwrap_or("null"),
        _ if schema.get("properties").is_some() => "object",
        _ if schema.get("items").is_some() => "array",
        _ => "any",
    };
    match ty {
        "object" => {
            let mut out = Map::new();
            if let Some(props) = schema.get("properties").and_then(Value::as_object) {
                for (k, s) in props {
                    out.insert(
                        k.clone(),
                        walk(doc, s, &format!("{at}/{k}"), k, depth + 1, placeholders),
                    );
                }
            }
            match schema.get("additionalProperties") {
                Some(s @ Value::Object(_)) if out.is_empty() => {
                    let k = "example_key";
                    out.insert(
                        k.into(),
                        walk(doc, s, &format!("{at}/{k}"), k, depth + 1, placeholders),
                    );
                    placeholders.push(format!("{at}/{k} (key)"));
                }
                Some(Value::Bool(true)) if out.is_empty() => {
                    out.insert("example_key".into(), Value::from("example value"));
                    placeholders.push(format!("{at}/example_key"));
                }
                _ => {}
            }
            Value::Object(out)
        }
        "array" => {
            let item = schema.get("items").cloned().unwrap_or(Value::Bool(true));
            Value::Array(vec![walk(
                doc,
                &item,
                &format!("{at}/0"),
                name,
                depth + 1,
                placeholders,
            )])
        }
        other => {
            placeholders.push(at.to_string());
            placeholder(schema, other, name)
        }
    }
}

fn placeholder(schema: &Value, ty: &str, name: &str) -> Value {
    let num = |k: &str| schema.get(k).and_then(Value::as_i64);
    match ty {
        "string" => Value::from(match schema.get("format").and_then(Value::as_str) {
            Some("date-time") => "2025-01-02T03:04:05.678Z".to_string(),
            Some("date") => "2025-01-02".to_string(),
            Some("email") => "placeholder@example.com".to_string(),
            Some("uuid") => "00000000-0000-4000-8000-000000000000".to_string(),
            _ if name.is_empty() => "example".to_string(),
            _ => format!("{name}-example"),
        }),
        "integer" => {
            let lo = num("minimum").or(num("exclusiveMinimum").map(|m| m + 1));
            let hi = num("maximum").or(num("exclusiveMaximum").map(|m| m - 1));
            Value::from(match (lo, hi) {
                (Some(lo), _) => lo.max(1).min(hi.unwrap_or(i64::MAX)),
                (None, Some(hi)) => hi.min(1),
                (None, None) => 1,
            })
        }
        "number" => Value::from(1.5),
        "boolean" => Value::Bool(true),
        "null" => Value::Null,
        _ => Value::from("example"),
    }
}
