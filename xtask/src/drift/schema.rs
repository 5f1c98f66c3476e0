//! Schema comparison: more methods of the [`Differ`], comparing two
//! schemas through their [`View`]s (type, nullability, enums, constraints,
//! properties, `additionalProperties`, items and variants).

use std::collections::{BTreeMap, BTreeSet};

use serde_json::Value;

use super::document::{NULL, component_name, is_schema_component, ref_of, resolve};
use super::view::{Additional, View, constraint_direction, type_label, unwrap_nullable, view};
use super::walk::{At, Differ, join_set};
use super::{ChangeKind, Direction};

impl<'d> Differ<'d> {
    /// Compares two schemas found at `at`. A `$ref` to the same component on
    /// both sides is queued and compared once, in that component's scope.
    pub(super) fn schema(
        &mut self,
        old: &'d Value,
        new: &'d Value,
        at: &At<'_>,
        stack: &mut Vec<(String, String)>,
    ) {
        let (old_inner, old_null) = unwrap_nullable(self.old, old);
        let (new_inner, new_null) = unwrap_nullable(self.new, new);
        if let (Some(o), Some(n)) = (ref_of(old_inner), ref_of(new_inner))
            && o == n
            && is_schema_component(o)
        {
            match (old_null, new_null) {
                (false, true) => self.push(ChangeKind::NullableAdded, at, ""),
                (true, false) => self.push(ChangeKind::NullableRemoved, at, ""),
                _ => {}
            }
            let user = if at.path.is_empty() {
                at.scope.to_string()
            } else {
                format!("{} {}", at.scope, at.path.trim_end_matches([' ', ':']))
            };
            self.users
                .entry(format!("schema {}", component_name(o)))
                .or_default()
                .insert(user);
            if self.queued.insert((o.to_string(), at.direction)) {
                self.queue.push_back((o.to_string(), at.direction));
            }
            return;
        }
        // Different references (or inline schemas): compare structurally,
        // guarding against cycles through the pair of references.
        let pair = (
            ref_of(old_inner).unwrap_or("").to_string(),
            ref_of(new_inner).unwrap_or("").to_string(),
        );
        let guarded = !(pair.0.is_empty() && pair.1.is_empty());
        if guarded {
            if stack.contains(&pair) {
                return;
            }
            stack.push(pair);
        }
        let (o, n) = (resolve(self.old, old_inner), resolve(self.new, new_inner));
        self.schema_resolved(o, n, at, stack, old_null, new_null);
        if guarded {
            stack.pop();
        }
    }

    pub(super) fn schema_resolved(
        &mut self,
        old: &'d Value,
        new: &'d Value,
        at: &At<'_>,
        stack: &mut Vec<(String, String)>,
        old_null: bool,
        new_null: bool,
    ) {
        let mut o = view(self.old, old);
        let mut n = view(self.new, new);
        o.nullable |= old_null;
        n.nullable |= new_null;

        if o.types != n.types {
            self.push(
                ChangeKind::TypeChanged,
                at,
                format!("{} -> {}", type_label(&o), type_label(&n)),
            );
            return;
        }
        if o.format != n.format {
            self.push(
                ChangeKind::TypeChanged,
                at,
                format!(
                    "format {} -> {}",
                    o.format.as_deref().unwrap_or("(none)"),
                    n.format.as_deref().unwrap_or("(none)")
                ),
            );
        }
        match (o.nullable, n.nullable) {
            (false, true) => self.push(ChangeKind::NullableAdded, at, ""),
            (true, false) => self.push(ChangeKind::NullableRemoved, at, ""),
            _ => {}
        }
        self.enums(&o, &n, at);
        self.constraints(&o, &n, at);
        self.properties(&o, &n, at, stack);
        self.additional(&o, &n, at, stack);
        if let (Some(oi), Some(ni)) = (o.items, n.items) {
            self.schema(oi, ni, &at.child("[]"), stack);
        }
        self.variants(&o, &n, at, stack);
    }

    fn enums(&mut self, o: &View<'_>, n: &View<'_>, at: &At<'_>) {
        match (&o.enumeration, &n.enumeration) {
            (None, None) => {}
            (None, Some(values)) => {
                self.push(ChangeKind::EnumIntroduced, at, join_set(values));
            }
            (Some(values), None) => self.push(ChangeKind::EnumDropped, at, join_set(values)),
            (Some(old), Some(new)) => {
                for gone in old.difference(new) {
                    self.push(ChangeKind::EnumValueRemoved, at, gone.clone());
                }
                for added in new.difference(old) {
                    self.push(ChangeKind::EnumValueAdded, at, added.clone());
                }
            }
        }
    }

    fn constraints(&mut self, o: &View<'_>, n: &View<'_>, at: &At<'_>) {
        let keys: BTreeSet<&str> = o
            .constraints
            .keys()
            .chain(n.constraints.keys())
            .copied()
            .collect();
        for key in keys {
            let (ov, nv) = (o.constraints.get(key), n.constraints.get(key));
            if ov == nv {
                continue;
            }
            let show =
                |v: Option<&&Value>| v.map_or_else(|| "(none)".to_string(), |v| v.to_string());
            let detail = format!("{key}: {} -> {}", show(ov), show(nv));
            let kind = match constraint_direction(key, ov.copied(), nv.copied()) {
                Some(true) => ChangeKind::ConstraintTightened,
                Some(false) => ChangeKind::ConstraintLoosened,
                None => ChangeKind::ConstraintChanged,
            };
            self.push(kind, at, detail);
        }
    }

    fn properties(
        &mut self,
        o: &View<'d>,
        n: &View<'d>,
        at: &At<'_>,
        stack: &mut Vec<(String, String)>,
    ) {
        let visible = |doc: &Value, v: &View<'d>, dir: Direction| -> BTreeMap<String, &'d Value> {
            let hidden = match dir {
                Direction::Request => "readOnly",
                Direction::Response => "writeOnly",
                Direction::Both => "",
            };
            let mut names: BTreeMap<String, &'d Value> = BTreeMap::new();
            for (name, schema) in &v.properties {
                let flagged = resolve(doc, schema).get(hidden).and_then(Value::as_bool)
                    == Some(true)
                    || schema.get(hidden).and_then(Value::as_bool) == Some(true);
                if !flagged {
                    names.insert(name.clone(), schema);
                }
            }
            // `required` may name a property without a schema for it.
            for name in &v.required {
                if !v.properties.contains_key(name) {
                    names.insert(name.clone(), &NULL);
                }
            }
            names
        };
        let old_props = visible(self.old, o, at.direction);
        let new_props = visible(self.new, n, at.direction);
        for (name, old_schema) in &old_props {
            let here = at.child(&format!(".{name}"));
            let Some(new_schema) = new_props.get(name) else {
                self.push(ChangeKind::PropertyRemoved, &here, "");
                continue;
            };
            match (o.required.contains(name), n.required.contains(name)) {
                (false, true) => self.push(ChangeKind::PropertyBecameRequired, &here, ""),
                (true, false) => self.push(ChangeKind::PropertyBecameOptional, &here, ""),
                _ => {}
            }
            self.schema(old_schema, new_schema, &here, stack);
        }
        for (name, schema) in &new_props {
            if !old_props.contains_key(name) {
                let kind = if n.required.contains(name) {
                    ChangeKind::PropertyAddedRequired
                } else {
                    ChangeKind::PropertyAddedOptional
                };
                let ty = type_label(&view(self.new, schema));
                self.push(kind, &at.child(&format!(".{name}")), format!("type {ty}"));
            }
        }
    }

    fn additional(
        &mut self,
        o: &View<'d>,
        n: &View<'d>,
        at: &At<'_>,
        stack: &mut Vec<(String, String)>,
    ) {
        use Additional::{Closed, Open, Schema};
        let detail = |a: &Additional<'_>| match a {
            Open => "open",
            Closed => "false",
            Schema(_) => "schema",
        };
        let text = format!(
            "additionalProperties: {} -> {}",
            detail(&o.additional),
            detail(&n.additional)
        );
        match (&o.additional, &n.additional) {
            (Schema(os), Schema(ns)) => self.schema(os, ns, &at.child("{*}"), stack),
            (Open, Open) | (Closed, Closed) => {}
            (Open, _) | (Schema(_), Closed) => self.push(ChangeKind::ConstraintTightened, at, text),
            (Closed, _) | (Schema(_), Open) => self.push(ChangeKind::ConstraintLoosened, at, text),
        }
    }

    fn variants(
        &mut self,
        o: &View<'d>,
        n: &View<'d>,
        at: &At<'_>,
        stack: &mut Vec<(String, String)>,
    ) {
        for (key, old_schema) in &o.variants {
            match n.variants.get(key) {
                None => self.push(ChangeKind::VariantRemoved, at, key.clone()),
                Some(new_schema) => self.schema(
                    old_schema,
                    new_schema,
                    &at.child(&format!("<{key}>")),
                    stack,
                ),
            }
        }
        for key in n.variants.keys() {
            if !o.variants.contains_key(key) {
                self.push(ChangeKind::VariantAdded, at, key.clone());
            }
        }
    }
}
