//! Reading one OpenAPI document: local `$ref`s, its operations, their
//! parameters and bodies' media types, and `security` lists as sets.
//!
//! The operations are the shared walk of [`imprint_spec::operation_items`]
//! (path-item `$ref`s followed, methods in OpenAPI order), so drift sees the
//! operations the generator sees, and `$ref`s resolve as everywhere else
//! ([`imprint_spec::refs`], percent-encoded fragments decoded).
//! [`component_name`] stays drift's own: it names any reference by its last
//! segment, where [`imprint_spec::refs::component_name`] only names
//! `#/components/schemas/X` (and keeps anything after `X`).

use std::collections::{BTreeMap, BTreeSet};

use imprint_spec::OperationItem;
use serde_json::Value;

pub(super) static NULL: Value = Value::Null;

/// An operation found in a document.
pub(super) type Op<'d> = OperationItem<'d>;

/// `METHOD /path (operationId)`, or `METHOD /path` without one.
pub(super) fn label(op: &Op<'_>) -> String {
    match op.declared_id() {
        Some(id) => format!("{} {} ({id})", op.method.to_ascii_uppercase(), op.path),
        None => format!("{} {}", op.method.to_ascii_uppercase(), op.path),
    }
}

/// The operations of `doc`, keyed by `/normalized/{}/path METHOD`; of two
/// that normalise alike, the later in the document wins.
pub(super) fn operations(doc: &Value) -> BTreeMap<String, Op<'_>> {
    imprint_spec::operation_items(doc)
        .into_iter()
        .map(|op| {
            let key = format!(
                "{} {}",
                normalize_path(op.path),
                op.method.to_ascii_uppercase()
            );
            (key, op)
        })
        .collect()
}

/// `/a/{id}/b/{x}` → `/a/{}/b/{}`: path parameter names are not on the wire.
fn normalize_path(path: &str) -> String {
    let mut out = String::with_capacity(path.len());
    let mut in_param = false;
    for c in path.chars() {
        match c {
            '{' => {
                in_param = true;
                out.push_str("{}");
            }
            '}' => in_param = false,
            _ if in_param => {}
            _ => out.push(c),
        }
    }
    out
}

fn path_template_names(path: &str) -> Vec<&str> {
    path.split('{')
        .skip(1)
        .filter_map(|rest| rest.split_once('}').map(|(name, _)| name))
        .collect()
}

/// Follows `$ref` chains (local references only); an unresolvable reference
/// reads as an empty schema.
/// Follows local `$ref` chains (percent-encoded fragments decoded, as the
/// rest of the workspace reads them); a dangling, external or cyclic
/// reference reads as `null`.
pub(super) fn resolve<'v>(doc: &'v Value, value: &'v Value) -> &'v Value {
    imprint_spec::refs::resolve(doc, value)
}

pub(super) fn ref_of(value: &Value) -> Option<&str> {
    value.get("$ref").and_then(Value::as_str)
}

pub(super) fn component_name(pointer: &str) -> &str {
    pointer.rsplit('/').next().unwrap_or(pointer)
}

pub(super) fn is_schema_component(pointer: &str) -> bool {
    pointer.starts_with("#/components/schemas/")
}

/// A parameter, keyed by where it goes.
pub(super) struct Param<'d> {
    location: String,
    pub(super) name: String,
    pub(super) required: bool,
    pub(super) schema: &'d Value,
}

impl Param<'_> {
    pub(super) fn label(&self) -> String {
        format!("parameter {} `{}`", self.location, self.name)
    }
}

/// Path-item parameters overridden by the operation's, keyed by `in` and
/// name; path parameters are keyed by their position in the template, since
/// their names are not on the wire.
pub(super) fn parameters<'d>(doc: &'d Value, op: &Op<'d>) -> BTreeMap<String, Param<'d>> {
    let template = path_template_names(op.path);
    let mut out = BTreeMap::new();
    let lists = [op.item.get("parameters"), op.op.get("parameters")];
    for list in lists.into_iter().flatten().filter_map(Value::as_array) {
        for p in list {
            let p = resolve(doc, p);
            let (Some(location), Some(name)) = (
                p.get("in").and_then(Value::as_str),
                p.get("name").and_then(Value::as_str),
            ) else {
                continue;
            };
            let key = match location {
                "path" => match template.iter().position(|t| *t == name) {
                    Some(i) => format!("path#{i}"),
                    None => format!("path:{name}"),
                },
                "header" => format!("header:{}", name.to_ascii_lowercase()),
                other => format!("{other}:{name}"),
            };
            let schema = p
                .get("schema")
                .or_else(|| {
                    p.get("content")
                        .and_then(Value::as_object)
                        .and_then(|c| c.values().next())
                        .and_then(|m| m.get("schema"))
                })
                .unwrap_or(&NULL);
            let required =
                location == "path" || p.get("required").and_then(Value::as_bool) == Some(true);
            out.insert(
                key,
                Param {
                    location: location.to_string(),
                    name: name.to_string(),
                    required,
                    schema,
                },
            );
        }
    }
    out
}

pub(super) fn media_types(body: &Value) -> Vec<String> {
    body.get("content")
        .and_then(Value::as_object)
        .map(|m| m.keys().cloned().collect())
        .unwrap_or_default()
}

pub(super) const ANONYMOUS: &str = "(anonymous)";

/// A `security` list as a set of alternatives, each written `a + b[scope]`.
pub(super) fn security_set(value: Option<&Value>) -> BTreeSet<String> {
    let mut set = BTreeSet::new();
    for requirement in value.and_then(Value::as_array).into_iter().flatten() {
        let Some(req) = requirement.as_object() else {
            continue;
        };
        if req.is_empty() {
            set.insert(ANONYMOUS.to_string());
            continue;
        }
        let mut parts: Vec<String> = req
            .iter()
            .map(|(name, scopes)| {
                let mut scopes: Vec<&str> = scopes
                    .as_array()
                    .map(|a| a.iter().filter_map(Value::as_str).collect())
                    .unwrap_or_default();
                scopes.sort_unstable();
                if scopes.is_empty() {
                    name.clone()
                } else {
                    format!("{name}[{}]", scopes.join(","))
                }
            })
            .collect();
        parts.sort();
        set.insert(parts.join(" + "));
    }
    set
}
