//! JSON Schema validation against the spec (2020-12, the dialect of OpenAPI
//! 3.1) and the schema-directed comparisons the suite makes.

use std::collections::BTreeSet;

use serde_json::{Map, Value};

use crate::spec::effective;

/// A compiled validator for one schema of the spec.
pub struct SpecValidator {
    validator: jsonschema::Validator,
    what: String,
}

impl std::fmt::Debug for SpecValidator {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("SpecValidator")
            .field("what", &self.what)
            .finish()
    }
}

impl SpecValidator {
    /// Compiles `schema` (a fragment of `doc`, e.g. `{"$ref":
    /// "#/components/schemas/Customer"}` or an inline body schema) as JSON
    /// Schema 2020-12 with format assertions on. Its `#/components/...`
    /// references resolve because the compiled root document carries the
    /// spec's `components` next to the fragment's own keywords.
    ///
    /// # Panics
    ///
    /// If the schema does not compile, naming `what`.
    pub fn new(doc: &Value, schema: &Value, what: impl Into<String>) -> Self {
        let what = what.into();
        let mut root = Map::new();
        root.insert(
            "$schema".into(),
            Value::from("https://json-schema.org/draft/2020-12/schema"),
        );
        match schema {
            Value::Object(m) => root.extend(m.iter().map(|(k, v)| (k.clone(), v.clone()))),
            Value::Bool(true) => {}
            other => panic!("{what}: schema is not an object: {other}"),
        }
        assert!(
            !root.contains_key("components") || schema.get("components").is_none(),
            "{what}: the schema fragment has its own `components` keyword"
        );
        if let Some(c) = doc.get("components") {
            root.insert("components".into(), c.clone());
        }
        let validator = jsonschema::draft202012::options()
            .should_validate_formats(true)
            .build(&Value::Object(root))
            .unwrap_or_else(|e| panic!("{what}: the schema does not compile: {e}"));
        Self { validator, what }
    }

    /// Every violation, one per line (`/pointer: message`); empty if valid.
    pub fn errors(&self, instance: &Value) -> Vec<String> {
        self.validator
            .iter_errors(instance)
            .map(|e| {
                let at = e.instance_path().to_string();
                format!("{}: {e}", if at.is_empty() { "/" } else { &at })
            })
            .collect()
    }

    /// Panics with every violation, the schema's name and the instance.
    pub fn assert_valid(&self, instance: &Value, context: &str) {
        let errors = self.errors(instance);
        assert!(
            errors.is_empty(),
            "{context}: the value does not validate against {}:\n  {}\nvalue: {}",
            self.what,
            errors.join("\n  "),
            pretty(instance)
        );
    }

    /// Whether `instance` is valid.
    pub fn is_valid(&self, instance: &Value) -> bool {
        self.validator.is_valid(instance)
    }
}

/// Pretty JSON for messages.
pub fn pretty(v: &Value) -> String {
    serde_json::to_string_pretty(v).unwrap_or_else(|_| v.to_string())
}

/// The sub-schema for `key` of an object schema: its property, else its
/// `additionalProperties` schema; `None` if the schema says nothing.
/// `allOf` branches count (see [`effective`]).
pub fn property_schema(doc: &Value, schema: &Value, key: &str) -> Option<Value> {
    let schema = effective(doc, schema);
    if let Some(p) = schema.get("properties").and_then(|p| p.get(key)) {
        return Some(p.clone());
    }
    match schema.get("additionalProperties") {
        Some(s @ Value::Object(_)) => Some(s.clone()),
        _ => None,
    }
}

/// Rewrites every `format: date-time` string of `value` (as `schema`
/// describes it) to one canonical spelling of the same instant, so
/// `2025-02-13T19:08:07.000Z`, `...07Z` and `...21:08:07+02:00` compare
/// equal. A string that does not parse is left alone (and then compares
/// unequal). Nothing else changes.
pub fn normalise_timestamps(doc: &Value, schema: &Value, value: &Value) -> Value {
    let schema = effective(doc, schema);
    match value {
        Value::String(s) if schema.get("format").and_then(Value::as_str) == Some("date-time") => {
            match chrono::DateTime::parse_from_rfc3339(s) {
                Ok(t) => Value::from(
                    t.with_timezone(&chrono::Utc)
                        .to_rfc3339_opts(chrono::SecondsFormat::AutoSi, true),
                ),
                Err(_) => value.clone(),
            }
        }
        Value::Object(m) => Value::Object(
            m.iter()
                .map(|(k, v)| {
                    let v = match property_schema(doc, &schema, k) {
                        Some(s) => normalise_timestamps(doc, &s, v),
                        None => v.clone(),
                    };
                    (k.clone(), v)
                })
                .collect(),
        ),
        Value::Array(items) => match schema.get("items") {
            Some(s) => Value::Array(
                items
                    .iter()
                    .map(|v| normalise_timestamps(doc, s, v))
                    .collect(),
            ),
            None => value.clone(),
        },
        _ => value.clone(),
    }
}

/// Drops the properties an object schema does not declare, where the schema
/// leaves `additionalProperties` unset or `false`: unknown fields a client
/// is right to ignore (a generated struct has nowhere to keep them). Where
/// `additionalProperties` is `true` or a schema, every key stays (the type is
/// a map and must keep them all).
pub fn project(doc: &Value, schema: &Value, value: &Value) -> Value {
    let schema = effective(doc, schema);
    match value {
        Value::Object(m) => {
            let open = matches!(
                schema.get("additionalProperties"),
                Some(Value::Bool(true)) | Some(Value::Object(_))
            );
            let declared = schema.get("properties").and_then(Value::as_object);
            Value::Object(
                m.iter()
                    .filter(|(k, _)| open || declared.is_some_and(|d| d.contains_key(*k)))
                    .map(|(k, v)| {
                        let v = match property_schema(doc, &schema, k) {
                            Some(s) => project(doc, &s, v),
                            None => v.clone(),
                        };
                        (k.clone(), v)
                    })
                    .collect(),
            )
        }
        Value::Array(items) => match schema.get("items") {
            Some(s) => Value::Array(items.iter().map(|v| project(doc, s, v)).collect()),
            None => value.clone(),
        },
        _ => value.clone(),
    }
}

/// Removes optional properties whose value is an empty map (an object
/// schema with `additionalProperties` and no `properties`) or an empty array.
///
/// Deliberate leniency for *response* types, used only where noted: the
/// generated types declare optional maps and arrays of responses
/// (`Customer.metadata`, `Customer.statuses`, `CustomerListResponse.data`)
/// as plain collections with `skip_serializing_if = "is_empty"`, so an empty
/// one is not re-serialised: "present but empty" and "absent" are the same
/// thing to those types. An empty *struct* (`"address": {}`) must still be
/// kept, and every other difference still fails. Likewise an optional
/// property whose value is `null` (a nullable one): an `Option` reads
/// `null` and absent alike, and does not serialise `None`, in requests as
/// in responses (the spec makes such a property optional, so leaving it out
/// is valid). Request bodies use [`drop_empty_optionals_in_request`].
pub fn drop_empty_optionals(doc: &Value, schema: &Value, value: &Value) -> Value {
    drop_empties(doc, schema, value, false, None)
}

/// [`drop_empty_optionals`] for a request body: where the generator makes
/// optional maps and arrays `Option`s (the top-level properties of an
/// inline request body and of the components in `request_only`), an empty
/// one is sent and must be kept; elsewhere (components a response shares)
/// it is not sent.
pub fn drop_empty_optionals_in_request(
    doc: &Value,
    schema: &Value,
    value: &Value,
    request_only: &BTreeSet<String>,
) -> Value {
    let keep = match crate::spec::component_name(schema) {
        Some(name) => request_only.contains(name),
        None => true,
    };
    drop_empties(doc, schema, value, keep, Some(request_only))
}

fn drop_empties(
    doc: &Value,
    schema: &Value,
    value: &Value,
    keep_here: bool,
    request_only: Option<&BTreeSet<String>>,
) -> Value {
    // Below the top level of a schema, a property's own schema decides:
    // a request-only component keeps its empties, anything else does not.
    let keep_in = |s: &Value| match (request_only, crate::spec::component_name(s)) {
        (Some(set), Some(name)) => set.contains(name),
        _ => false,
    };
    let schema = effective(doc, schema);
    match value {
        Value::Object(m) => {
            let required: Vec<&str> = schema
                .get("required")
                .and_then(Value::as_array)
                .map(|r| r.iter().filter_map(Value::as_str).collect())
                .unwrap_or_default();
            let declared = schema.get("properties").and_then(Value::as_object);
            Value::Object(
                m.iter()
                    .filter(|(k, v)| {
                        let Some(p) = declared.and_then(|d| d.get(*k)) else {
                            return true;
                        };
                        let p = effective(doc, p);
                        let is_map = p.get("properties").is_none()
                            && matches!(
                                p.get("additionalProperties"),
                                Some(Value::Bool(true)) | Some(Value::Object(_))
                            );
                        let is_array = p.get("type") == Some(&Value::from("array"));
                        let empty = (is_map && matches!(v, Value::Object(o) if o.is_empty()))
                            || (is_array && matches!(v, Value::Array(a) if a.is_empty()));
                        let dropped = (empty && !keep_here) || v.is_null();
                        !dropped || required.contains(&k.as_str())
                    })
                    .map(|(k, v)| {
                        let v = match property_schema(doc, &schema, k) {
                            Some(s) => drop_empties(doc, &s, v, keep_in(&s), request_only),
                            None => v.clone(),
                        };
                        (k.clone(), v)
                    })
                    .collect(),
            )
        }
        Value::Array(items) => match schema.get("items") {
            Some(s) => Value::Array(
                items
                    .iter()
                    .map(|v| drop_empties(doc, s, v, keep_in(s), request_only))
                    .collect(),
            ),
            None => value.clone(),
        },
        _ => value.clone(),
    }
}

/// The JSON paths at which two values differ (at most 20), for messages.
pub fn diff(expected: &Value, actual: &Value) -> Vec<String> {
    let mut out = Vec::new();
    diff_into("", expected, actual, &mut out);
    out
}

fn diff_into(at: &str, expected: &Value, actual: &Value, out: &mut Vec<String>) {
    if out.len() >= 20 || expected == actual {
        return;
    }
    match (expected, actual) {
        (Value::Object(e), Value::Object(a)) => {
            for (k, ev) in e {
                let here = format!("{at}/{k}");
                match a.get(k) {
                    Some(av) => diff_into(&here, ev, av, out),
                    None => out.push(format!("{here}: dropped (expected {ev})")),
                }
            }
            for (k, av) in a {
                if !e.contains_key(k) {
                    out.push(format!("{at}/{k}: unexpected (got {av})"));
                }
            }
        }
        (Value::Array(e), Value::Array(a)) if e.len() == a.len() => {
            for (i, (ev, av)) in e.iter().zip(a).enumerate() {
                diff_into(&format!("{at}/{i}"), ev, av, out);
            }
        }
        _ => out.push(format!(
            "{}: expected {expected}, got {actual}",
            if at.is_empty() { "/" } else { at }
        )),
    }
}

/// Adds each absent property that declares a `default`, recursively: what a
/// typed client may materialise (and send) for a value left unset.
pub fn fill_defaults(doc: &Value, schema: &Value, value: &Value) -> Value {
    let schema = effective(doc, schema);
    match value {
        Value::Object(m) => {
            let mut out: Map<String, Value> = m
                .iter()
                .map(|(k, v)| {
                    let v = match property_schema(doc, &schema, k) {
                        Some(s) => fill_defaults(doc, &s, v),
                        None => v.clone(),
                    };
                    (k.clone(), v)
                })
                .collect();
            for (k, s) in schema
                .get("properties")
                .and_then(Value::as_object)
                .into_iter()
                .flatten()
            {
                if !out.contains_key(k)
                    && let Some(d) = effective(doc, s).get("default").or(s.get("default"))
                {
                    out.insert(k.clone(), d.clone());
                }
            }
            Value::Object(out)
        }
        _ => value.clone(),
    }
}
