//! A small JSON-Schema-to-proptest generator: random instances of a spec
//! schema.
//!
//! Supported: `$ref` (local), `type` (one or a list), `object` with
//! `properties`/`required`/`additionalProperties`, `array` with
//! `items`/`minItems`/`maxItems`, `string` with `minLength`/`maxLength`,
//! `format: date-time | date | email` and simple `pattern`s, `integer` with
//! `minimum`/`maximum`/`exclusive*`/`format: int32`, `number`, `boolean`,
//! `null`, `enum`, `const`, `oneOf`/`anyOf` (as a union), `allOf` (merged,
//! see `spec::effective`). Anything else
//! panics naming the schema, so a spec change the generator cannot follow is
//! loud rather than silently under-tested.

use std::collections::BTreeMap;

use proptest::prelude::*;
use proptest::strategy::BoxedStrategy;
use serde_json::{Map, Value};

use crate::spec::effective;

/// What to generate besides plain valid instances.
#[derive(Clone, Default)]
pub struct Options {
    /// Add unknown properties to objects whose schema leaves
    /// `additionalProperties` unset (valid per JSON Schema; a client must
    /// ignore them).
    pub unknown_properties: bool,
    /// Sometimes use a string outside a string `enum` (not valid per the
    /// spec, but a value the API may add later; the enums are open).
    pub unknown_enum_values: bool,
    /// Strategies that replace the schema's at a property path
    /// (`customer_history.ltv_currency`; array items add `[]`).
    pub overrides: BTreeMap<String, BoxedStrategy<Value>>,
}

impl std::fmt::Debug for Options {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Options")
            .field("unknown_properties", &self.unknown_properties)
            .field("unknown_enum_values", &self.unknown_enum_values)
            .field("overrides", &self.overrides.keys().collect::<Vec<_>>())
            .finish()
    }
}

/// Random instances of `schema` (a fragment of `doc`).
pub fn instances(doc: &Value, schema: &Value, options: &Options) -> BoxedStrategy<Value> {
    build(doc, schema, options, "", 0)
}

fn build(
    doc: &Value,
    schema: &Value,
    o: &Options,
    path: &str,
    depth: usize,
) -> BoxedStrategy<Value> {
    if let Some(s) = o.overrides.get(path) {
        return s.clone();
    }
    assert!(
        depth < 16,
        "`{path}`: schema nests deeper than 16 levels (recursive?)"
    );
    let schema = effective(doc, schema);
    let schema: &Value = &schema;
    match schema {
        Value::Bool(true) => return any_json(),
        Value::Object(m) if m.is_empty() => return any_json(),
        Value::Object(_) => {}
        other => panic!("`{path}`: unsupported schema {other}"),
    }
    for unsupported in [
        "not",
        "if",
        "patternProperties",
        "dependentSchemas",
        "prefixItems",
    ] {
        assert!(
            schema.get(unsupported).is_none(),
            "`{path}`: the generator does not support `{unsupported}`; extend tests/src/strategy.rs"
        );
    }
    if let Some(c) = schema.get("const") {
        return Just(c.clone()).boxed();
    }
    if let Some(values) = schema.get("enum").and_then(Value::as_array) {
        let known = proptest::sample::select(values.clone());
        let strings = values.iter().all(Value::is_string);
        if o.unknown_enum_values && strings {
            let values = values.clone();
            let unknown = "[A-Z][A-Z_]{0,15}"
                .prop_filter("a value the enum does not list", move |s| {
                    !values.contains(&Value::from(s.as_str()))
                })
                .prop_map(Value::from);
            return prop_oneof![3 => known, 1 => unknown].boxed();
        }
        return known.boxed();
    }
    for k in ["oneOf", "anyOf"] {
        if let Some(alts) = schema.get(k).and_then(Value::as_array) {
            let alts: Vec<_> = alts
                .iter()
                .map(|a| build(doc, a, o, path, depth + 1))
                .collect();
            return proptest::strategy::Union::new(alts).boxed();
        }
    }
    let types: Vec<&str> = match schema.get("type") {
        Some(Value::String(t)) => vec![t.as_str()],
        Some(Value::Array(ts)) => ts.iter().filter_map(Value::as_str).collect(),
        _ if schema.get("properties").is_some() => vec!["object"],
        _ if schema.get("items").is_some() => vec!["array"],
        _ => return any_json(),
    };
    let alts: Vec<BoxedStrategy<Value>> = types
        .iter()
        .map(|t| typed(doc, schema, t, o, path, depth))
        .collect();
    match alts.len() {
        1 => alts.into_iter().next().unwrap_or_else(|| unreachable!()),
        _ => proptest::strategy::Union::new(alts).boxed(),
    }
}

fn typed(
    doc: &Value,
    schema: &Value,
    ty: &str,
    o: &Options,
    path: &str,
    depth: usize,
) -> BoxedStrategy<Value> {
    let int = |k: &str| schema.get(k).and_then(Value::as_i64);
    match ty {
        "null" => Just(Value::Null).boxed(),
        "boolean" => any::<bool>().prop_map(Value::Bool).boxed(),
        "integer" => {
            let int32 = schema.get("format").and_then(Value::as_str) == Some("int32");
            let (floor, ceil) = if int32 {
                (i64::from(i32::MIN), i64::from(i32::MAX))
            } else {
                // Unbounded integers stay within i64: JSON allows more, but
                // no client decodes integers beyond 64 bits.
                (i64::MIN, i64::MAX)
            };
            let lo = int("minimum")
                .or(int("exclusiveMinimum").map(|m| m + 1))
                .unwrap_or(floor)
                .max(floor);
            let hi = int("maximum")
                .or(int("exclusiveMaximum").map(|m| m - 1))
                .unwrap_or(ceil)
                .min(ceil);
            assert!(lo <= hi, "`{path}`: empty integer range {lo}..={hi}");
            // Bounds are where decoders break: weight them.
            prop_oneof![
                1 => Just(lo),
                1 => Just(hi),
                6 => lo..=hi,
            ]
            .prop_map(Value::from)
            .boxed()
        }
        "number" => (-1_000_000i64..1_000_000)
            .prop_map(|n| Value::from(n as f64 / 8.0))
            .boxed(),
        "string" => string(schema, path).prop_map(Value::from).boxed(),
        "array" => {
            let item = schema.get("items").cloned().unwrap_or(Value::Bool(true));
            let min = int("minItems").unwrap_or(0).max(0) as usize;
            let max = int("maxItems").map(|m| m as usize).unwrap_or(min + 3);
            let items = build(doc, &item, o, &format!("{path}[]"), depth + 1);
            proptest::collection::vec(items, min..=max)
                .prop_map(Value::Array)
                .boxed()
        }
        "object" => object(doc, schema, o, path, depth),
        other => panic!("`{path}`: unsupported type `{other}`"),
    }
}

fn object(
    doc: &Value,
    schema: &Value,
    o: &Options,
    path: &str,
    depth: usize,
) -> BoxedStrategy<Value> {
    let required: Vec<String> = schema
        .get("required")
        .and_then(Value::as_array)
        .map(|r| {
            r.iter()
                .filter_map(Value::as_str)
                .map(str::to_string)
                .collect()
        })
        .unwrap_or_default();
    let join = |k: &str| {
        if path.is_empty() {
            k.to_string()
        } else {
            format!("{path}.{k}")
        }
    };
    let mut fields: Vec<BoxedStrategy<Option<(String, Value)>>> = Vec::new();
    let props = schema.get("properties").and_then(Value::as_object);
    for (k, s) in props.into_iter().flatten() {
        let key = k.clone();
        let value = build(doc, s, o, &join(k), depth + 1).prop_map(move |v| (key.clone(), v));
        fields.push(if required.contains(k) {
            value.prop_map(Some).boxed()
        } else {
            proptest::option::of(value).boxed()
        });
    }
    for r in &required {
        assert!(
            props.is_some_and(|p| p.contains_key(r)),
            "`{path}`: required property `{r}` is not declared; the generator cannot make it up"
        );
    }
    let declared: Vec<String> = props
        .map(|p| p.keys().cloned().collect())
        .unwrap_or_default();
    let extra_values: Option<BoxedStrategy<Value>> = match schema.get("additionalProperties") {
        Some(Value::Bool(false)) => None,
        Some(s @ Value::Object(_)) => Some(build(doc, s, o, &format!("{path}.*"), depth + 1)),
        Some(Value::Bool(true)) => Some(any_json()),
        None if o.unknown_properties => Some(any_json()),
        None => None,
        Some(other) => panic!("`{path}`: unsupported additionalProperties {other}"),
    };
    let extras = match extra_values {
        Some(values) => {
            // Map keys: any printable text, spaces and non-ASCII included.
            let key = "\\PC{1,12}"
                .prop_filter("a key no property declares", move |k| !declared.contains(k));
            proptest::collection::btree_map(key, values, 0..4).boxed()
        }
        None => Just(BTreeMap::new()).boxed(),
    };
    (fields, extras)
        .prop_map(|(fields, extras)| {
            let mut m = Map::new();
            m.extend(extras);
            m.extend(fields.into_iter().flatten());
            Value::Object(m)
        })
        .boxed()
}

fn string(schema: &Value, path: &str) -> BoxedStrategy<String> {
    let len = |k: &str| schema.get(k).and_then(Value::as_u64);
    if let Some(pattern) = schema.get("pattern").and_then(Value::as_str) {
        let regex = translate_pattern(pattern)
            .unwrap_or_else(|why| panic!("`{path}`: pattern `{pattern}` is not supported: {why}"));
        return proptest::string::string_regex(&regex)
            .unwrap_or_else(|e| panic!("`{path}`: pattern `{pattern}` as `{regex}`: {e}"))
            .boxed();
    }
    match schema.get("format").and_then(Value::as_str) {
        Some("date-time") => date_time().boxed(),
        Some("date") => (1900i32..2100, 1u32..=12, 1u32..=28)
            .prop_map(|(y, m, d)| format!("{y:04}-{m:02}-{d:02}"))
            .boxed(),
        Some("email") => email().boxed(),
        _ => {
            let min = len("minLength").unwrap_or(0);
            let max = len("maxLength").unwrap_or(min + 24);
            proptest::string::string_regex(&format!("\\PC{{{min},{max}}}"))
                .unwrap_or_else(|e| panic!("`{path}`: length {min}..{max}: {e}"))
                .boxed()
        }
    }
}

/// ECMA-262 `pattern` to a regex `proptest` generates from. JSON Schema
/// patterns are unanchored ECMA regexes: strip the anchors (a string
/// matching the body matches the anchored pattern) and make `\d`, `\w`,
/// `\s` ASCII as in ECMA. Lookaround and backreferences are refused.
pub fn translate_pattern(pattern: &str) -> Result<String, String> {
    let backreference = pattern
        .split('\\')
        .skip(1)
        .any(|rest| rest.starts_with(|c: char| matches!(c, '1'..='9' | 'k')));
    if pattern.contains("(?") || pattern.contains("\\b") || backreference {
        return Err(
            "lookaround, group flags, word boundaries and backreferences are not supported".into(),
        );
    }
    let body = pattern.strip_prefix('^').unwrap_or(pattern);
    let body = match body.strip_suffix('$') {
        Some(b) if !b.ends_with('\\') => b,
        _ => body,
    };
    if body.contains('^') || body.contains('$') {
        return Err("anchors inside the pattern".into());
    }
    Ok(body
        .replace("\\d", "[0-9]")
        .replace("\\w", "[A-Za-z0-9_]")
        .replace("\\s", "[ \\t\\n\\r]"))
}

/// RFC 3339 timestamps in the spellings servers use: `Z` or an offset, no
/// fraction or 1 to 9 fractional digits.
pub fn date_time() -> impl Strategy<Value = String> {
    (
        (1970i32..2100, 1u32..=12, 1u32..=28),
        (0u32..24, 0u32..60, 0u32..60),
        (0usize..=9, 0u32..1_000_000_000),
        prop_oneof![
            Just(None),
            (-14i32..=14, prop_oneof![Just(0u32), Just(30), Just(45)]).prop_map(Some)
        ],
    )
        .prop_map(|((y, mo, d), (h, mi, s), (digits, nanos), offset)| {
            let frac = if digits == 0 {
                String::new()
            } else {
                format!(".{:09}", nanos)[..=digits].to_string()
            };
            let zone = match offset {
                None => "Z".to_string(),
                Some((oh, om)) => format!(
                    "{}{:02}:{:02}",
                    if oh < 0 { '-' } else { '+' },
                    oh.abs(),
                    if oh.abs() == 14 { 0 } else { om }
                ),
            };
            format!("{y:04}-{mo:02}-{d:02}T{h:02}:{mi:02}:{s:02}{frac}{zone}")
        })
}

/// Plain addresses every email check agrees on.
pub fn email() -> impl Strategy<Value = String> {
    "[a-z0-9]{1,10}(\\.[a-z0-9]{1,5})?(\\+[a-z]{1,4})?@[a-z][a-z0-9]{0,9}(\\.[a-z][a-z0-9]{0,6})?\\.[a-z]{2,6}"
}

/// Any small JSON value (no floats that do not print exactly).
pub fn any_json() -> BoxedStrategy<Value> {
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        any::<i64>().prop_map(Value::from),
        (-1_000_000i64..1_000_000).prop_map(|n| Value::from(n as f64 / 4.0)),
        "\\PC{0,12}".prop_map(Value::from),
    ];
    leaf.prop_recursive(2, 12, 4, |inner| {
        prop_oneof![
            proptest::collection::vec(inner.clone(), 0..4).prop_map(Value::Array),
            proptest::collection::btree_map("\\PC{1,8}", inner, 0..4)
                .prop_map(|m| Value::Object(m.into_iter().collect())),
        ]
    })
    .boxed()
}
