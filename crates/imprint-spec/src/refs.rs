//! JSON pointers and local `$ref`s.

use std::borrow::Cow;

use serde_json::{Map, Value};

/// Escapes one JSON pointer token (`~` → `~0`, `/` → `~1`).
pub fn escape(token: &str) -> String {
    token.replace('~', "~0").replace('/', "~1")
}

/// Follows a local reference (`#/components/...`) inside `root`. The
/// fragment may be percent-encoded, as URIs allow.
pub fn lookup<'a>(root: &'a Value, reference: &str) -> Option<&'a Value> {
    let fragment = reference.strip_prefix('#')?;
    if !fragment.contains('%') {
        return root.pointer(fragment);
    }
    root.pointer(&percent_decode(fragment)?)
}

fn percent_decode(s: &str) -> Option<String> {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%' {
            let hex = s.get(i + 1..i + 3)?;
            out.push(u8::from_str_radix(hex, 16).ok()?);
            i += 3;
        } else {
            out.push(bytes[i]);
            i += 1;
        }
    }
    String::from_utf8(out).ok()
}

/// Follows `$ref` chains until a value without one. `None` for a dangling
/// or external reference, or a chain longer than 32 links (a cycle).
pub fn try_resolve<'a>(root: &'a Value, mut value: &'a Value) -> Option<&'a Value> {
    for _ in 0..32 {
        match value.get("$ref").and_then(Value::as_str) {
            Some(r) => value = lookup(root, r)?,
            None => return Some(value),
        }
    }
    None
}

/// Like [`try_resolve`], but an unresolvable reference reads as `null`
/// (which no schema keyword matches), for walkers that must not fail.
pub fn resolve<'a>(root: &'a Value, value: &'a Value) -> &'a Value {
    static NULL: Value = Value::Null;
    try_resolve(root, value).unwrap_or(&NULL)
}

/// The component name a schema `$ref`s, if it is `#/components/schemas/X`.
pub fn component_name(schema: &Value) -> Option<&str> {
    schema
        .get("$ref")
        .and_then(Value::as_str)
        .and_then(|r| r.strip_prefix("#/components/schemas/"))
}

/// `application/json` or a `+json` media type (parameters ignored).
pub fn is_json(media_type: &str) -> bool {
    let essence = media_type.split(';').next().unwrap_or_default().trim();
    essence.eq_ignore_ascii_case("application/json")
        || essence.to_ascii_lowercase().ends_with("+json")
}

/// The properties a schema declares, through `$ref`s and `allOf` branches,
/// in declaration order (a later branch does not replace an earlier
/// declaration of the same name).
pub fn properties<'a>(root: &'a Value, schema: &'a Value) -> Vec<(&'a str, &'a Value)> {
    let mut out: Vec<(&'a str, &'a Value)> = Vec::new();
    collect_properties(root, schema, &mut out, 0);
    out
}

fn collect_properties<'a>(
    root: &'a Value,
    schema: &'a Value,
    out: &mut Vec<(&'a str, &'a Value)>,
    depth: usize,
) {
    if depth > 16 {
        return;
    }
    let schema = resolve(root, schema);
    if let Some(props) = schema.get("properties").and_then(Value::as_object) {
        for (name, prop) in props {
            if !out.iter().any(|(n, _)| *n == name.as_str()) {
                out.push((name.as_str(), prop));
            }
        }
    }
    for branch in schema
        .get("allOf")
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
    {
        collect_properties(root, branch, out, depth + 1);
    }
}

/// The property `name` of `schema` (see [`properties`]), resolved.
pub fn property<'a>(root: &'a Value, schema: &'a Value, name: &str) -> Option<&'a Value> {
    properties(root, schema)
        .into_iter()
        .find(|(n, _)| *n == name)
        .map(|(_, p)| resolve(root, p))
}

/// Whether a (resolved) schema allows JSON type `ty` (`"array"`, ...), by
/// its `type` keyword, a `type` list, or the first `allOf` branch that says.
pub fn has_type(root: &Value, schema: &Value, ty: &str) -> bool {
    let schema = resolve(root, schema);
    match schema.get("type") {
        Some(Value::String(t)) => t == ty,
        Some(Value::Array(ts)) => ts.iter().any(|t| t.as_str() == Some(ty)),
        _ => schema
            .get("allOf")
            .and_then(Value::as_array)
            .is_some_and(|all| all.iter().any(|b| has_type(root, b, ty))),
    }
}

/// The schema `value` stands for, as one object: `$ref`s followed and
/// `allOf` branches merged (`properties` merged, `required` joined, the
/// first of every other keyword kept). That is the intersection for the
/// object schemas and annotated references the spec uses `allOf` for
/// (`Order: allOf: [$ref: OrderBase]`, `amount: allOf: [$ref:
/// CurrencyAmount, {example: 274999}]`).
pub fn effective<'a>(root: &'a Value, value: &'a Value) -> Cow<'a, Value> {
    let schema = resolve(root, value);
    let Some(branches) = schema.get("allOf").and_then(Value::as_array) else {
        return Cow::Borrowed(schema);
    };
    let mut out: Map<String, Value> = schema
        .as_object()
        .into_iter()
        .flatten()
        .filter(|(k, _)| *k != "allOf")
        .map(|(k, v)| (k.clone(), v.clone()))
        .collect();
    for branch in branches {
        let branch = effective(root, branch);
        for (k, v) in branch.as_object().into_iter().flatten() {
            match (k.as_str(), out.get_mut(k), v) {
                ("properties", Some(Value::Object(have)), Value::Object(more)) => {
                    for (name, p) in more {
                        have.entry(name.clone()).or_insert_with(|| p.clone());
                    }
                }
                ("required", Some(Value::Array(have)), Value::Array(more)) => {
                    for r in more {
                        if !have.contains(r) {
                            have.push(r.clone());
                        }
                    }
                }
                (_, Some(_), _) => {}
                (_, None, _) => {
                    out.insert(k.clone(), v.clone());
                }
            }
        }
    }
    Cow::Owned(Value::Object(out))
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn lookup_decodes_percent_escapes_and_resolve_stops_cycles() {
        let doc = json!({"a b": {"x": 1}, "loop": {"$ref": "#/loop"}, "r": {"$ref": "#/a%20b"}});
        assert_eq!(lookup(&doc, "#/a%20b"), Some(&json!({"x": 1})));
        assert_eq!(try_resolve(&doc, &doc["r"]), Some(&json!({"x": 1})));
        assert_eq!(try_resolve(&doc, &doc["loop"]), None);
        assert_eq!(
            resolve(&doc, &json!({"$ref": "other.yaml#/x"})),
            &Value::Null
        );
    }

    #[test]
    fn properties_follow_refs_and_all_of() {
        let doc = json!({"components": {"schemas": {
            "Base": {"properties": {"id": {"type": "string"}, "n": {"type": "integer"}}},
            "Wrapped": {"allOf": [{"$ref": "#/components/schemas/Base"}]},
        }}});
        let wrapped = json!({"$ref": "#/components/schemas/Wrapped"});
        let names: Vec<&str> = properties(&doc, &wrapped)
            .into_iter()
            .map(|(n, _)| n)
            .collect();
        assert_eq!(names, ["id", "n"]);
        assert!(has_type(
            &doc,
            &doc["components"]["schemas"]["Base"]["properties"]["id"],
            "string"
        ));
    }
}
