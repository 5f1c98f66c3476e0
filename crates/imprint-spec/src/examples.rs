//! Whole example documents assembled from a schema's examples: the mock's
//! answer for an operation it has no handler for, and the conformance
//! suite's requests and responses.
//!
//! The spec gives `example`s on leaf properties (and a few objects), not on
//! whole bodies. [`assemble`] walks a schema, following `$ref`s and merging
//! `allOf` ([`effective`]), and builds one complete value: a schema's own
//! `example` (or the first of `examples`, `const`, `default`, the first
//! non-null `enum` value) wins; otherwise an object gets *every* declared
//! property, an array one item, a map one entry, and a leaf without any
//! example a placeholder of its type and format. Every placeholder is
//! listed, so a caller can say which values were not the spec's.
//!
//! ```
//! use serde_json::json;
//! let doc = json!({"components": {"schemas": {"Thing": {"type": "object", "properties": {
//!     "id": {"type": "string", "example": "THNG-1"},
//!     "count": {"type": "integer", "minimum": 3}
//! }}}}});
//! let a = imprint_spec::examples::assemble(&doc, &json!({"$ref": "#/components/schemas/Thing"}));
//! assert_eq!(a.value, json!({"id": "THNG-1", "count": 3}));
//! assert_eq!(a.placeholders, ["/count"]);
//! assert!(a.unsupported.is_empty());
//! ```

use serde_json::{Map, Value};

use crate::refs::effective;

/// The deepest nesting followed; a recursive schema stops there (with
/// `null`, reported in [`Assembled::unsupported`]).
pub const MAX_DEPTH: usize = 16;

/// An assembled example, where it used placeholders and what it could not
/// follow.
#[derive(Debug, Clone, PartialEq)]
pub struct Assembled {
    /// The value.
    pub value: Value,
    /// JSON pointers of values the spec gave no example for, and of
    /// examples the spec gave outside their schema's `enum` (replaced by the
    /// first enum value, so the document stays valid).
    pub placeholders: Vec<String>,
    /// Pointers of constructs the assembler does not follow (`not`, `if`,
    /// nesting deeper than [`MAX_DEPTH`]); the value has `null` or the
    /// nearest placeholder there.
    pub unsupported: Vec<String>,
}

/// Assembles a complete example for `schema` (a fragment of `doc`).
pub fn assemble(doc: &Value, schema: &Value) -> Assembled {
    let mut out = Assembled {
        value: Value::Null,
        placeholders: Vec::new(),
        unsupported: Vec::new(),
    };
    out.value = walk(doc, schema, "", "", 0, &mut out);
    out
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

fn walk(
    doc: &Value,
    schema: &Value,
    at: &str,
    name: &str,
    depth: usize,
    out: &mut Assembled,
) -> Value {
    if depth >= MAX_DEPTH {
        out.unsupported
            .push(format!("{at} (nests deeper than {MAX_DEPTH} levels)"));
        return Value::Null;
    }
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
            out.placeholders
                .push(format!("{at} (example {e} is not in the enum)"));
            return first.clone();
        }
    }
    let schema = &*resolved;
    for unsupported in ["not", "if"] {
        if schema.get(unsupported).is_some() {
            out.unsupported.push(format!("{at} (`{unsupported}`)"));
        }
    }
    if let Some(first) = ["oneOf", "anyOf"].iter().find_map(|k| {
        schema
            .get(*k)
            .and_then(Value::as_array)
            .and_then(|a| a.first())
    }) {
        return walk(doc, first, at, name, depth + 1, out);
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
            let mut object = Map::new();
            if let Some(props) = schema.get("properties").and_then(Value::as_object) {
                for (k, s) in props {
                    let v = walk(doc, s, &format!("{at}/{k}"), k, depth + 1, out);
                    object.insert(k.clone(), v);
                }
            }
            match schema.get("additionalProperties") {
                Some(s @ Value::Object(_)) if object.is_empty() => {
                    let k = "example_key";
                    let v = walk(doc, s, &format!("{at}/{k}"), k, depth + 1, out);
                    object.insert(k.into(), v);
                    out.placeholders.push(format!("{at}/{k} (key)"));
                }
                Some(Value::Bool(true)) if object.is_empty() => {
                    object.insert("example_key".into(), Value::from("example value"));
                    out.placeholders.push(format!("{at}/example_key"));
                }
                _ => {}
            }
            Value::Object(object)
        }
        "array" => {
            let item = schema.get("items").cloned().unwrap_or(Value::Bool(true));
            Value::Array(vec![walk(
                doc,
                &item,
                &format!("{at}/0"),
                name,
                depth + 1,
                out,
            )])
        }
        other => {
            out.placeholders.push(at.to_string());
            placeholder(schema, other, name)
        }
    }
}

/// A value of type `ty` for a leaf the spec gives no example for: within
/// the schema's integer bounds, of its string format where it has one.
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
        let a = assemble(&doc, &json!({"$ref": "#/components/schemas/Wrapped"}));
        assert_eq!(
            a.value,
            json!({"id": "X-1", "n": 3, "tags": ["a"], "at": "2025-01-02T03:04:05.678Z"})
        );
        assert_eq!(a.placeholders, ["/n", "/at"]);
    }

    #[test]
    fn an_example_outside_the_enum_is_replaced_and_reported() {
        let a = assemble(
            &json!({}),
            &json!({"type": "string", "enum": ["A", "B"], "example": "C"}),
        );
        assert_eq!(a.value, json!("A"));
        assert_eq!(a.placeholders, [" (example \"C\" is not in the enum)"]);
    }

    #[test]
    fn recursion_stops_and_is_reported() {
        let doc = json!({"components": {"schemas": {"Node": {"type": "object", "properties": {
            "next": {"$ref": "#/components/schemas/Node"}}}}}});
        let a = assemble(&doc, &json!({"$ref": "#/components/schemas/Node"}));
        assert!(a.value.is_object());
        assert_eq!(a.unsupported.len(), 1, "{:?}", a.unsupported);
        assert!(a.unsupported[0].contains("deeper than 16"));
    }

    #[test]
    fn not_and_if_are_reported() {
        let a = assemble(
            &json!({}),
            &json!({"type": "string", "not": {"const": "x"}}),
        );
        assert_eq!(a.unsupported, [" (`not`)"]);
    }
}
