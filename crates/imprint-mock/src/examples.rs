//! Whole example values assembled from a schema's examples, for the answer
//! of an operation the mock has no handler for.
//!
//! A schema's own `example` (or the first of `examples`, `const`, `default`,
//! the first `enum` value) wins; otherwise an object gets every declared
//! property (`allOf` branches merged), an array one item, a map one entry,
//! and a leaf without any example a placeholder of its type and format.

use imprint_spec::refs::resolve;
use serde_json::{Map, Value};

/// The deepest nesting the assembler follows (recursive schemas stop
/// there with `null`).
const MAX_DEPTH: usize = 16;

/// An example value for `schema` (a fragment of `doc`).
pub(crate) fn assemble(doc: &Value, schema: &Value) -> Value {
    walk(doc, schema, "", 0)
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
        .and_then(|a| a.iter().find(|v| !v.is_null()))
        .cloned()
}

fn walk(doc: &Value, schema: &Value, name: &str, depth: usize) -> Value {
    if depth >= MAX_DEPTH {
        return Value::Null;
    }
    // An example next to a `$ref` (allowed in 3.1) describes this use.
    if let Some(e) = own_example(schema) {
        return e;
    }
    let schema = resolve(doc, schema);
    if let Some(e) = own_example(schema) {
        return e;
    }
    if let Some(all) = schema.get("allOf").and_then(Value::as_array) {
        let mut merged = Map::new();
        let mut other = None;
        for branch in all {
            match walk(doc, branch, name, depth + 1) {
                Value::Object(m) => merged.extend(m),
                Value::Null => {}
                v => other = other.or(Some(v)),
            }
        }
        if let Some(Value::Object(own)) = object_of(doc, schema, name, depth) {
            merged.extend(own);
        }
        return match other {
            Some(v) if merged.is_empty() => v,
            _ => Value::Object(merged),
        };
    }
    if let Some(first) = ["oneOf", "anyOf"].iter().find_map(|k| {
        schema
            .get(*k)
            .and_then(Value::as_array)
            .and_then(|a| a.first())
    }) {
        return walk(doc, first, name, depth + 1);
    }
    if let Some(object) = object_of(doc, schema, name, depth) {
        return object;
    }
    match ty(schema) {
        "array" => {
            let item = schema.get("items").cloned().unwrap_or(Value::Bool(true));
            Value::Array(vec![walk(doc, &item, name, depth + 1)])
        }
        other => placeholder(schema, other, name),
    }
}

fn ty(schema: &Value) -> &str {
    match schema.get("type") {
        Some(Value::String(t)) => t.as_str(),
        Some(Value::Array(ts)) => ts
            .iter()
            .filter_map(Value::as_str)
            .find(|t| *t != "null")
            .unwrap_or("null"),
        _ if schema.get("properties").is_some() => "object",
        _ if schema.get("items").is_some() => "array",
        _ => "any",
    }
}

fn object_of(doc: &Value, schema: &Value, _name: &str, depth: usize) -> Option<Value> {
    if ty(schema) != "object" {
        return None;
    }
    let mut out = Map::new();
    if let Some(props) = schema.get("properties").and_then(Value::as_object) {
        for (k, s) in props {
            out.insert(k.clone(), walk(doc, s, k, depth + 1));
        }
    }
    match schema.get("additionalProperties") {
        Some(s @ Value::Object(_)) if out.is_empty() => {
            out.insert("example_key".into(), walk(doc, s, "example_key", depth + 1));
        }
        Some(Value::Bool(true)) if out.is_empty() => {
            out.insert("example_key".into(), Value::from("example value"));
        }
        _ => {}
    }
    Some(Value::Object(out))
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
            let lo = num("minimum").or(num("exclusiveMinimum").map(|m| m.saturating_add(1)));
            let hi = num("maximum").or(num("exclusiveMaximum").map(|m| m.saturating_sub(1)));
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

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn all_of_merges_and_examples_win() {
        let doc = json!({"components": {"schemas": {
            "Base": {"type": "object", "required": ["id"], "properties": {
                "id": {"type": "string", "example": "X-1"},
                "n": {"type": "integer", "minimum": 3},
                "tags": {"type": "array", "items": {"type": "string", "enum": ["a", "b"]}},
                "at": {"type": "string", "format": "date-time"}
            }},
            "Wrapped": {"allOf": [{"$ref": "#/components/schemas/Base"}]}
        }}});
        let v = assemble(&doc, &json!({"$ref": "#/components/schemas/Wrapped"}));
        assert_eq!(
            v,
            json!({"id": "X-1", "n": 3, "tags": ["a"], "at": "2025-01-02T03:04:05.678Z"})
        );
    }

    #[test]
    fn recursion_stops() {
        let doc = json!({"components": {"schemas": {"Node": {"type": "object", "properties": {
            "next": {"$ref": "#/components/schemas/Node"}}}}}});
        let v = assemble(&doc, &json!({"$ref": "#/components/schemas/Node"}));
        assert!(v.is_object());
    }
}
