//! Reading one OpenAPI document: local `$ref`s, its operations, their
//! parameters and bodies' media types, and `security` lists as sets.

use std::collections::{BTreeMap, BTreeSet};

use serde_json::{Map, Value};

pub(super) static NULL: Value = Value::Null;
const METHODS: [&str; 8] = [
    "get", "put", "post", "delete", "options", "head", "patch", "trace",
];

/// An operation found in a document.
pub(super) struct Op<'d> {
    pub(super) method: &'static str,
    pub(super) path: &'d str,
    item: &'d Map<String, Value>,
    pub(super) op: &'d Map<String, Value>,
}

impl Op<'_> {
    pub(super) fn id(&self) -> Option<&str> {
        self.op.get("operationId").and_then(Value::as_str)
    }

    pub(super) fn label(&self) -> String {
        match self.id() {
            Some(id) => format!("{} {} ({id})", self.method.to_ascii_uppercase(), self.path),
            None => format!("{} {}", self.method.to_ascii_uppercase(), self.path),
        }
    }
}

pub(super) fn operations(doc: &Value) -> BTreeMap<String, Op<'_>> {
    let mut ops = BTreeMap::new();
    let Some(paths) = doc.get("paths").and_then(Value::as_object) else {
        return ops;
    };
    for (path, item) in paths {
        let Some(item) = resolve(doc, item).as_object() else {
            continue;
        };
        for method in METHODS {
            if let Some(op) = item.get(method).and_then(Value::as_object) {
                let key = format!("{} {}", normalize_path(path), method.to_ascii_uppercase());
                ops.insert(
                    key,
                    Op {
                        method,
                        path,
                        item,
                        op,
                    },
                );
            }
        }
    }
    ops
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
pub(super) fn resolve<'v>(doc: &'v Value, mut value: &'v Value) -> &'v Value {
    for _ in 0..32 {
        match value.get("$ref").and_then(Value::as_str) {
            Some(r) if r.starts_with('#') => {
                value = doc.pointer(&r[1..]).unwrap_or(&NULL);
            }
            Some(_) => return &NULL,
            None => return value,
        }
    }
    &NULL
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
