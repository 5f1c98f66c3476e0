//! The walk over both documents: the [`Differ`] and its comparison of
//! security, operations, parameters, request bodies and responses. Schemas
//! are compared in `schema.rs`, as more methods of the same [`Differ`].

use std::collections::{BTreeMap, BTreeSet, VecDeque};

use serde_json::{Map, Value};

use super::document::{
    ANONYMOUS, NULL, Op, component_name, label, media_types, operations, parameters, resolve,
    security_set,
};
use super::view::{type_label, view};
use super::{Change, ChangeKind, Direction, classify};

/// Walks `old` against `new`: security, operations, then every schema
/// component queued on the way, each once per direction. Returns the changes,
/// neither merged nor sorted, and where each `schema X` scope is used.
pub(super) fn walk(old: &Value, new: &Value) -> (Vec<Change>, BTreeMap<String, BTreeSet<String>>) {
    let mut differ = Differ {
        old,
        new,
        changes: Vec::new(),
        queued: BTreeSet::new(),
        queue: VecDeque::new(),
        users: BTreeMap::new(),
    };
    differ.security_schemes();
    differ.top_level_security();
    differ.operations();
    while let Some((pointer, direction)) = differ.queue.pop_front() {
        let name = component_name(&pointer).to_string();
        let scope = format!("schema {name}");
        let old_schema = imprint_spec::refs::lookup(differ.old, &pointer).unwrap_or(&NULL);
        let new_schema = imprint_spec::refs::lookup(differ.new, &pointer).unwrap_or(&NULL);
        let mut stack = vec![(pointer.clone(), pointer.clone())];
        let at = At {
            scope: &scope,
            path: String::new(),
            direction,
        };
        differ.schema_resolved(old_schema, new_schema, &at, &mut stack, false, false);
    }
    let Differ { changes, users, .. } = differ;
    (changes, users)
}

/// Where the walk is.
pub(super) struct At<'s> {
    pub(super) scope: &'s str,
    pub(super) path: String,
    pub(super) direction: Direction,
}

impl At<'_> {
    pub(super) fn child(&self, segment: &str) -> At<'_> {
        At {
            scope: self.scope,
            path: format!("{}{segment}", self.path),
            direction: self.direction,
        }
    }
}

pub(super) struct Differ<'d> {
    pub(super) old: &'d Value,
    pub(super) new: &'d Value,
    changes: Vec<Change>,
    pub(super) queued: BTreeSet<(String, Direction)>,
    pub(super) queue: VecDeque<(String, Direction)>,
    pub(super) users: BTreeMap<String, BTreeSet<String>>,
}

impl<'d> Differ<'d> {
    pub(super) fn push(&mut self, kind: ChangeKind, at: &At<'_>, detail: impl Into<String>) {
        self.push_raw(kind, Some(at.direction), at.scope, &at.path, detail.into());
    }

    fn push_raw(
        &mut self,
        kind: ChangeKind,
        direction: Option<Direction>,
        scope: &str,
        path: &str,
        detail: String,
    ) {
        let (impact, rule) = classify(kind, direction);
        self.changes.push(Change {
            kind,
            impact,
            rule,
            direction,
            scope: scope.to_string(),
            path: path.trim_end_matches([' ', ':']).to_string(),
            detail,
        });
    }

    // ---- security ----

    fn security_schemes(&mut self) {
        let schemes = |doc: &'d Value| -> BTreeMap<String, Value> {
            doc.pointer("/components/securitySchemes")
                .and_then(Value::as_object)
                .map(|m| {
                    m.iter()
                        .map(|(k, v)| {
                            let mut v = resolve(doc, v).clone();
                            if let Some(obj) = v.as_object_mut() {
                                obj.remove("description");
                            }
                            (k.clone(), v)
                        })
                        .collect()
                })
                .unwrap_or_default()
        };
        let (old, new) = (schemes(self.old), schemes(self.new));
        for (name, old_scheme) in &old {
            match new.get(name) {
                None => self.push_raw(
                    ChangeKind::SecuritySchemeRemoved,
                    None,
                    "securitySchemes",
                    name,
                    String::new(),
                ),
                Some(new_scheme) if new_scheme != old_scheme => {
                    let detail = object_differences(old_scheme, new_scheme);
                    self.push_raw(
                        ChangeKind::SecuritySchemeChanged,
                        None,
                        "securitySchemes",
                        name,
                        detail,
                    );
                }
                Some(_) => {}
            }
        }
        for (name, scheme) in &new {
            if !old.contains_key(name) {
                let kind = scheme.get("type").and_then(Value::as_str).unwrap_or("?");
                self.push_raw(
                    ChangeKind::SecuritySchemeAdded,
                    None,
                    "securitySchemes",
                    name,
                    format!("type {kind}"),
                );
            }
        }
    }

    fn top_level_security(&mut self) {
        let old = security_set(self.old.get("security"));
        let new = security_set(self.new.get("security"));
        self.security(&old, &new, "API", "security");
    }

    fn security(
        &mut self,
        old: &BTreeSet<String>,
        new: &BTreeSet<String>,
        scope: &str,
        path: &str,
    ) {
        let required = |set: &BTreeSet<String>| !set.is_empty() && !set.contains(ANONYMOUS);
        match (required(old), required(new)) {
            (false, true) => self.push_raw(
                ChangeKind::AuthenticationNowRequired,
                None,
                scope,
                path,
                join_set(new),
            ),
            (true, false) => self.push_raw(
                ChangeKind::AuthenticationNoLongerRequired,
                None,
                scope,
                path,
                join_set(old),
            ),
            (true, true) => {
                for gone in old.difference(new) {
                    self.push_raw(
                        ChangeKind::SecurityRequirementRemoved,
                        None,
                        scope,
                        path,
                        gone.clone(),
                    );
                }
                for added in new.difference(old) {
                    self.push_raw(
                        ChangeKind::SecurityRequirementAdded,
                        None,
                        scope,
                        path,
                        added.clone(),
                    );
                }
            }
            (false, false) => {}
        }
    }

    // ---- operations ----

    fn operations(&mut self) {
        let old_ops = operations(self.old);
        let new_ops = operations(self.new);
        let mut removed: Vec<&Op<'_>> = Vec::new();
        let mut added: Vec<&Op<'_>> = Vec::new();
        for (key, old_op) in &old_ops {
            match new_ops.get(key) {
                Some(new_op) => self.operation(old_op, new_op),
                None => removed.push(old_op),
            }
        }
        for (key, new_op) in &new_ops {
            if !old_ops.contains_key(key) {
                added.push(new_op);
            }
        }
        // The same operationId at another method/path: a move, not a
        // removal plus an unrelated addition.
        for old_op in removed {
            let moved = old_op.declared_id().and_then(|id| {
                added
                    .iter()
                    .position(|n| n.declared_id() == Some(id))
                    .map(|i| added.remove(i))
            });
            match moved {
                Some(new_op) => {
                    let detail = format!(
                        "{} {} -> {} {}",
                        old_op.method.to_ascii_uppercase(),
                        old_op.path,
                        new_op.method.to_ascii_uppercase(),
                        new_op.path
                    );
                    self.push_raw(ChangeKind::OperationMoved, None, &label(new_op), "", detail);
                    self.operation(old_op, new_op);
                }
                None => self.push_raw(
                    ChangeKind::OperationRemoved,
                    None,
                    &label(old_op),
                    "",
                    String::new(),
                ),
            }
        }
        for new_op in added {
            self.push_raw(
                ChangeKind::OperationAdded,
                None,
                &label(new_op),
                "",
                String::new(),
            );
        }
    }

    fn operation(&mut self, old: &Op<'d>, new: &Op<'d>) {
        let scope = label(new);
        if old.declared_id() != new.declared_id() {
            let detail = format!(
                "{} -> {}",
                old.declared_id().unwrap_or("(none)"),
                new.declared_id().unwrap_or("(none)")
            );
            self.push_raw(
                ChangeKind::OperationIdChanged,
                None,
                &scope,
                "operationId",
                detail,
            );
        }
        let deprecated =
            |op: &Op<'_>| op.op.get("deprecated").and_then(Value::as_bool) == Some(true);
        if !deprecated(old) && deprecated(new) {
            self.push_raw(
                ChangeKind::OperationDeprecated,
                None,
                &scope,
                "",
                String::new(),
            );
        }
        self.parameters(old, new, &scope);
        self.request_body(old, new, &scope);
        self.responses(old, new, &scope);
        if old.op.contains_key("security") || new.op.contains_key("security") {
            let effective = |doc: &Value, op: &Op<'_>| {
                security_set(op.op.get("security").or_else(|| doc.get("security")))
            };
            let (o, n) = (effective(self.old, old), effective(self.new, new));
            self.security(&o, &n, &scope, "security");
        }
    }

    fn parameters(&mut self, old: &Op<'d>, new: &Op<'d>, scope: &str) {
        let old_params = parameters(self.old, old);
        let new_params = parameters(self.new, new);
        let at = At {
            scope,
            path: String::new(),
            direction: Direction::Request,
        };
        for (key, o) in &old_params {
            let Some(n) = new_params.get(key) else {
                self.push(ChangeKind::ParameterRemoved, &at.child(&o.label()), "");
                continue;
            };
            let here = at.child(&n.label());
            if o.name != n.name {
                self.push(
                    ChangeKind::ParameterRenamed,
                    &here,
                    format!("{} -> {}", o.name, n.name),
                );
            }
            match (o.required, n.required) {
                (false, true) => self.push(ChangeKind::ParameterBecameRequired, &here, ""),
                (true, false) => self.push(ChangeKind::ParameterBecameOptional, &here, ""),
                _ => {}
            }
            let mut stack = Vec::new();
            self.schema(o.schema, n.schema, &here, &mut stack);
        }
        for (key, n) in &new_params {
            if !old_params.contains_key(key) {
                let kind = if n.required {
                    ChangeKind::ParameterAddedRequired
                } else {
                    ChangeKind::ParameterAddedOptional
                };
                let ty = type_label(&view(self.new, n.schema));
                self.push(kind, &at.child(&n.label()), format!("type {ty}"));
            }
        }
    }

    fn request_body(&mut self, old: &Op<'d>, new: &Op<'d>, scope: &str) {
        let body = |doc: &'d Value, op: &Op<'d>| {
            op.op
                .get("requestBody")
                .map(|b| resolve(doc, b))
                .filter(|b| b.is_object())
        };
        let required = |b: &Value| b.get("required").and_then(Value::as_bool) == Some(true);
        let at = At {
            scope,
            path: "request body".into(),
            direction: Direction::Request,
        };
        match (body(self.old, old), body(self.new, new)) {
            (None, None) => {}
            (Some(_), None) => self.push(ChangeKind::RequestBodyRemoved, &at, ""),
            (None, Some(n)) => {
                let kind = if required(n) {
                    ChangeKind::RequestBodyAddedRequired
                } else {
                    ChangeKind::RequestBodyAddedOptional
                };
                self.push(kind, &at, media_types(n).join(", "));
            }
            (Some(o), Some(n)) => {
                match (required(o), required(n)) {
                    (false, true) => self.push(ChangeKind::RequestBodyBecameRequired, &at, ""),
                    (true, false) => self.push(ChangeKind::RequestBodyBecameOptional, &at, ""),
                    _ => {}
                }
                self.content(o, n, &at);
            }
        }
    }

    fn responses(&mut self, old: &Op<'d>, new: &Op<'d>, scope: &str) {
        let responses = |op: &Op<'d>| -> BTreeMap<String, &'d Value> {
            op.op
                .get("responses")
                .and_then(Value::as_object)
                .map(|m| m.iter().map(|(k, v)| (k.to_ascii_uppercase(), v)).collect())
                .unwrap_or_default()
        };
        let (old_r, new_r) = (responses(old), responses(new));
        let success = |status: &str| status.starts_with('2');
        for (status, o) in &old_r {
            let at = At {
                scope,
                path: format!("response {}", status.to_ascii_lowercase()),
                direction: Direction::Response,
            };
            match new_r.get(status) {
                None => {
                    let kind = if success(status) {
                        ChangeKind::SuccessStatusRemoved
                    } else {
                        ChangeKind::ErrorStatusRemoved
                    };
                    self.push(kind, &at, "");
                }
                Some(n) => {
                    let (o, n) = (resolve(self.old, o), resolve(self.new, n));
                    self.content(o, n, &at);
                }
            }
        }
        for status in new_r.keys() {
            if !old_r.contains_key(status) {
                let kind = if success(status) {
                    ChangeKind::SuccessStatusAdded
                } else {
                    ChangeKind::ErrorStatusAdded
                };
                let at = At {
                    scope,
                    path: format!("response {}", status.to_ascii_lowercase()),
                    direction: Direction::Response,
                };
                self.push(kind, &at, "");
            }
        }
    }

    /// Compares the `content` maps of a request body or a response.
    fn content(&mut self, old: &'d Value, new: &'d Value, at: &At<'_>) {
        let content = |v: &'d Value| -> BTreeMap<String, &'d Value> {
            v.get("content")
                .and_then(Value::as_object)
                .map(|m| {
                    m.iter()
                        .map(|(k, v)| (k.to_ascii_lowercase(), v.get("schema").unwrap_or(&NULL)))
                        .collect()
                })
                .unwrap_or_default()
        };
        let (o, n) = (content(old), content(new));
        for (media, o_schema) in &o {
            match n.get(media) {
                None => self.push(ChangeKind::MediaTypeRemoved, at, media.clone()),
                Some(n_schema) => {
                    let mut stack = Vec::new();
                    self.schema(
                        o_schema,
                        n_schema,
                        &at.child(&format!(" {media}: ")),
                        &mut stack,
                    );
                }
            }
        }
        for media in n.keys() {
            if !o.contains_key(media) {
                self.push(ChangeKind::MediaTypeAdded, at, media.clone());
            }
        }
    }
}

pub(super) fn join_set(set: &BTreeSet<String>) -> String {
    set.iter()
        .map(String::as_str)
        .collect::<Vec<_>>()
        .join(", ")
}

fn object_differences(old: &Value, new: &Value) -> String {
    let empty = Map::new();
    let (o, n) = (
        old.as_object().unwrap_or(&empty),
        new.as_object().unwrap_or(&empty),
    );
    let keys: BTreeSet<&String> = o.keys().chain(n.keys()).collect();
    let show = |v: Option<&Value>| v.map_or_else(|| "(none)".to_string(), |v| v.to_string());
    keys.into_iter()
        .filter(|k| o.get(*k) != n.get(*k))
        .map(|k| format!("{k}: {} -> {}", show(o.get(k)), show(n.get(k))))
        .collect::<Vec<_>>()
        .join("; ")
}
