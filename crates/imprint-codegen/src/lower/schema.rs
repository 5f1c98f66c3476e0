//! Lowering one schema: the 3.1 keywords progenitor does not read, one
//! rewrite per concern, then the schema's children, then the rewrites that
//! name things (open enums, nullable compositions, sensitive values).

use heck::ToUpperCamelCase;
use serde_json::{Map, Value, json};

use super::{
    ANNOTATIONS, Lowering, OpenEnum, Result, SENSITIVE_CRATE, SENSITIVE_PATH, UNSUPPORTED, err,
    escape, is_null_schema,
};

type Object = Map<String, Value>;

impl Lowering {
    /// Lowers one schema in place. `top` is true for a `components/schemas`
    /// entry, whose enum keeps its name instead of being hoisted.
    pub(super) fn schema(&mut self, s: &mut Value, ptr: &str, hint: &str, top: bool) -> Result<()> {
        match s {
            Value::Bool(true) => {
                *s = json!({});
                return Ok(());
            }
            Value::Bool(false) => {
                return err(ptr, "the `false` schema (nothing is valid) has no 3.0 form");
            }
            Value::Object(_) => {}
            _ => return err(ptr, "a schema must be an object or a boolean"),
        }
        let Some(o) = s.as_object_mut() else {
            return Ok(());
        };
        refuse_unsupported(o, ptr)?;
        // First, so that an inline branch merged into this schema goes
        // through every rewrite below.
        let mut nullable = matches!(o.get("nullable"), Some(Value::Bool(true)));
        nullable |= null_branches(o, ptr)?;
        let sensitive = matches!(o.shift_remove("x-sensitive"), Some(Value::Bool(true)));
        self.drop_pattern(o, ptr);
        nullable |= type_arrays(o);
        const_and_examples(o);
        exclusive_bounds(o);
        nullable |= null_in_enum(o);
        if nullable {
            o.insert("nullable".into(), json!(true));
        }
        ref_siblings(o);
        content_keywords(o);

        self.children(o, ptr, hint)?;

        self.open_enum(o, ptr, hint, top);
        if top {
            self.hoist_nullable_composition(o, ptr, hint);
        }
        if sensitive {
            self.wrap_sensitive(s, ptr, hint);
        }
        Ok(())
    }

    /// A `pattern` would make typify check strings with a regex engine
    /// compiled into every user's build, and make a whole response fail to
    /// decode on one string the server formats differently. Patterns are
    /// checked where they help: by the facade before sending what the spec
    /// states, and by the mock on every request.
    fn drop_pattern(&mut self, o: &mut Object, ptr: &str) {
        if let Some(pattern) = o.shift_remove("pattern") {
            self.note(
                ptr,
                format!("pattern {pattern} left to the validators (facade, mock), not the generated type"),
            );
        }
    }

    /// Properties, items, additional properties, `not` and the branches of
    /// compositions, each under its own pointer and name hint.
    fn children(&mut self, o: &mut Object, ptr: &str, hint: &str) -> Result<()> {
        if let Some(Value::Object(props)) = o.get_mut("properties") {
            for (name, child) in props.iter_mut() {
                let child_ptr = format!("{ptr}/properties/{}", escape(name));
                self.schema(
                    child,
                    &child_ptr,
                    &format!("{hint}{}", name.to_upper_camel_case()),
                    false,
                )?;
            }
        }
        if let Some(items) = o.get_mut("items") {
            self.schema(
                items,
                &format!("{ptr}/items"),
                &format!("{hint}Item"),
                false,
            )?;
        }
        if let Some(ap) = o.get_mut("additionalProperties")
            && ap.is_object()
        {
            self.schema(
                ap,
                &format!("{ptr}/additionalProperties"),
                &format!("{hint}Value"),
                false,
            )?;
        }
        if let Some(not) = o.get_mut("not") {
            self.schema(not, &format!("{ptr}/not"), &format!("{hint}Not"), false)?;
        }
        for key in ["allOf", "anyOf", "oneOf"] {
            if let Some(Value::Array(branches)) = o.get_mut(key) {
                for (i, b) in branches.iter_mut().enumerate() {
                    self.schema(
                        b,
                        &format!("{ptr}/{key}/{i}"),
                        &format!("{hint}Variant{i}"),
                        false,
                    )?;
                }
            }
        }
        Ok(())
    }

    /// Enums become open (strings) or unconstrained (other scalars). A
    /// component's string enum keeps its name, unless it is nullable: the
    /// open enum replaces the whole type, so it cannot carry the `null`; the
    /// enum is then hoisted beside it, as an inline one is.
    fn open_enum(&mut self, o: &mut Object, ptr: &str, hint: &str, top: bool) {
        let Some(Value::Array(values)) = o.get("enum").cloned() else {
            return;
        };
        let strings: Option<Vec<String>> = values
            .iter()
            .map(|v| v.as_str().map(str::to_string))
            .collect();
        let values = match strings {
            Some(values) if !values.is_empty() => values,
            _ if values.iter().all(Value::is_null) => return,
            _ => {
                o.shift_remove("enum");
                self.note(
                    ptr,
                    "non-string enum left open: any value of the type decodes",
                );
                return;
            }
        };
        let description = o
            .get("description")
            .and_then(Value::as_str)
            .map(str::to_string);
        let nullable_top = top && o.get("nullable") == Some(&json!(true));
        if top && !nullable_top {
            let name = hint.to_string();
            self.open_enums.insert(
                name.clone(),
                OpenEnum {
                    name,
                    description,
                    values,
                },
            );
            return;
        }
        let name = if nullable_top {
            self.unique_name(&format!("{hint}Value"))
        } else {
            self.unique_name(hint)
        };
        let nullable = o.shift_remove("nullable");
        let mut hoisted = Value::Object(std::mem::take(o));
        if let Some(h) = hoisted.as_object_mut() {
            h.insert("type".into(), json!("string"));
        }
        self.open_enums.insert(
            name.clone(),
            OpenEnum {
                name: name.clone(),
                description,
                values,
            },
        );
        self.hoisted.push((name.clone(), hoisted));
        let reference = json!({ "$ref": format!("#/components/schemas/{name}") });
        if nullable == Some(Value::Bool(true)) {
            o.insert("allOf".into(), json!([reference]));
            o.insert("nullable".into(), json!(true));
        } else if let Value::Object(r) = reference {
            *o = r;
        }
        let what = if nullable_top {
            "nullable enum's values"
        } else {
            "inline enum"
        };
        self.note(
            ptr,
            format!("{what} hoisted to #/components/schemas/{name} (open enum)"),
        );
    }

    /// A nullable component that is a composition: progenitor names both
    /// the `Option` newtype and the composition after the component (two
    /// items, one name). The composition moves beside it.
    fn hoist_nullable_composition(&mut self, o: &mut Object, ptr: &str, hint: &str) {
        let composite = ["anyOf", "oneOf", "allOf"].iter().any(|k| {
            o.get(*k)
                .and_then(Value::as_array)
                .is_some_and(|branches| branches.len() > 1)
        });
        if !composite || o.get("nullable") != Some(&json!(true)) {
            return;
        }
        let name = self.unique_name(&format!("{hint}Value"));
        o.shift_remove("nullable");
        let description = o.get("description").cloned();
        self.hoisted
            .push((name.clone(), Value::Object(std::mem::take(o))));
        o.insert(
            "allOf".into(),
            json!([{ "$ref": format!("#/components/schemas/{name}") }]),
        );
        o.insert("nullable".into(), json!(true));
        if let Some(d) = description {
            o.insert("description".into(), d);
        }
        self.note(
            ptr,
            format!("nullable composition hoisted to #/components/schemas/{name}"),
        );
    }

    /// `x-sensitive: true`: the value becomes `Sensitive<T>`, redacted in
    /// `Debug`.
    fn wrap_sensitive(&mut self, s: &mut Value, ptr: &str, hint: &str) {
        // progenitor ignores `nullable` in a type parameter: a nullable
        // value becomes `Option<Sensitive<T>>`, by an `allOf` around it.
        let nullable =
            s.as_object_mut().and_then(|o| o.shift_remove("nullable")) == Some(Value::Bool(true));
        let mut inner = std::mem::take(s);
        // typify cannot name an inline struct inside a type parameter: an
        // inline object goes to `components/schemas` under its hint.
        if inner.get("properties").is_some() && inner.get("$ref").is_none() {
            let name = self.unique_name(hint);
            self.note(
                ptr,
                format!("sensitive inline object hoisted to #/components/schemas/{name}"),
            );
            self.hoisted.push((name.clone(), inner));
            inner = json!({ "$ref": format!("#/components/schemas/{name}") });
        }
        let wrapped = json!({
            "x-rust-type": {
                "crate": SENSITIVE_CRATE,
                "version": "*",
                "path": SENSITIVE_PATH,
                "parameters": [inner],
            }
        });
        *s = if nullable {
            json!({ "allOf": [wrapped], "nullable": true })
        } else {
            wrapped
        };
    }
}

/// A keyword with no 3.0 form is an error at its pointer.
fn refuse_unsupported(o: &Object, ptr: &str) -> Result<()> {
    for k in UNSUPPORTED {
        if o.contains_key(*k) {
            return err(
                &format!("{ptr}/{}", escape(k)),
                format!("`{k}` has no OpenAPI 3.0 equivalent"),
            );
        }
    }
    Ok(())
}

/// `anyOf` / `oneOf` with a `null` branch: the schema becomes nullable. One
/// other branch left is merged into the schema when it is inline and does
/// not clash with it, else kept as an `allOf` conjunct. True when a null
/// branch was found.
fn null_branches(o: &mut Object, ptr: &str) -> Result<bool> {
    let mut nullable = false;
    for key in ["anyOf", "oneOf"] {
        let Some(Value::Array(branches)) = o.get(key) else {
            continue;
        };
        if !branches.iter().any(is_null_schema) {
            continue;
        }
        let mut rest: Vec<(usize, Value)> = branches
            .iter()
            .cloned()
            .enumerate()
            .filter(|(_, b)| !is_null_schema(b))
            .collect();
        nullable = true;
        o.shift_remove(key);
        if rest.len() != 1 {
            o.insert(
                key.into(),
                Value::Array(rest.into_iter().map(|(_, b)| b).collect()),
            );
            continue;
        }
        let (i, only) = rest.remove(0);
        let branch_ptr = format!("{ptr}/{key}/{i}");
        match only {
            Value::Bool(true) => {}
            Value::Object(fields)
                if !fields.contains_key("$ref")
                    && fields
                        .keys()
                        .all(|k| !o.contains_key(k) || ANNOTATIONS.contains(&k.as_str())) =>
            {
                refuse_unsupported(&fields, &branch_ptr)?;
                for (k, v) in fields {
                    o.entry(k).or_insert(v);
                }
            }
            Value::Bool(false) => {
                return err(
                    &branch_ptr,
                    "the `false` schema (nothing is valid) has no 3.0 form",
                );
            }
            other => match o.get_mut("allOf") {
                Some(Value::Array(all)) => all.push(other),
                _ => {
                    o.insert("allOf".into(), json!([other]));
                }
            },
        }
    }
    Ok(nullable)
}

/// `type: [T, "null"]` and `type: "null"`: true when `null` was among the
/// types. Several other types become an `anyOf`.
fn type_arrays(o: &mut Object) -> bool {
    if let Some(Value::Array(types)) = o.get("type").cloned() {
        let mut rest: Vec<Value> = types
            .iter()
            .filter(|t| t.as_str() != Some("null"))
            .cloned()
            .collect();
        let nullable = rest.len() < types.len();
        match rest.len() {
            0 => {
                o.shift_remove("type");
                o.insert("enum".into(), json!([null]));
            }
            1 => {
                o.insert("type".into(), rest.remove(0));
            }
            _ => {
                o.shift_remove("type");
                let any: Vec<Value> = rest.into_iter().map(|t| json!({ "type": t })).collect();
                o.insert("anyOf".into(), Value::Array(any));
            }
        }
        nullable
    } else if o.get("type").and_then(Value::as_str) == Some("null") {
        o.shift_remove("type");
        o.insert("enum".into(), json!([null]));
        true
    } else {
        false
    }
}

/// `const` is a one-value `enum`; the 3.1 `examples` array gives 3.0's
/// `example` its first value.
fn const_and_examples(o: &mut Object) {
    if let Some(c) = o.shift_remove("const") {
        o.insert("enum".into(), json!([c]));
    }
    if let Some(Value::Array(mut examples)) = o.get("examples").cloned() {
        o.shift_remove("examples");
        if !o.contains_key("example") && !examples.is_empty() {
            o.insert("example".into(), examples.remove(0));
        }
    }
}

/// Numeric `exclusiveMinimum`/`exclusiveMaximum` (3.1) become the 3.0
/// boolean form, unless an inclusive bound beside them is the tighter one.
fn exclusive_bounds(o: &mut Object) {
    for (excl, incl) in [
        ("exclusiveMinimum", "minimum"),
        ("exclusiveMaximum", "maximum"),
    ] {
        let Some(n) = o.get(excl).filter(|v| v.is_number()).cloned() else {
            continue;
        };
        let lower = excl == "exclusiveMinimum";
        let keep_exclusive = match o.get(incl).and_then(Value::as_f64) {
            Some(inclusive) => {
                let e = n.as_f64().unwrap_or(0.0);
                if lower {
                    e >= inclusive
                } else {
                    e <= inclusive
                }
            }
            None => true,
        };
        if keep_exclusive {
            o.insert(incl.into(), n);
            o.insert(excl.into(), json!(true));
        } else {
            o.shift_remove(excl);
        }
    }
}

/// `null` among other enum values: dropped from the values, and the schema
/// is nullable (true).
fn null_in_enum(o: &mut Object) -> bool {
    let Some(Value::Array(values)) = o.get("enum") else {
        return false;
    };
    if values.len() < 2 || !values.iter().any(Value::is_null) {
        return false;
    }
    let values: Vec<Value> = values.iter().filter(|v| !v.is_null()).cloned().collect();
    o.insert("enum".into(), Value::Array(values));
    true
}

/// `$ref` with siblings: 3.0 ignores the siblings, so annotations go and
/// constraints are kept as an `allOf` beside the reference.
fn ref_siblings(o: &mut Object) {
    if !o.contains_key("$ref") || o.len() < 2 {
        return;
    }
    for a in ANNOTATIONS {
        o.shift_remove(*a);
    }
    if o.len() < 2 {
        return;
    }
    let reference = o.shift_remove("$ref").unwrap_or(Value::Null);
    let nullable = o.shift_remove("nullable");
    let mut all = vec![json!({ "$ref": reference })];
    if !o.is_empty() {
        all.push(Value::Object(std::mem::take(o)));
    }
    o.insert("allOf".into(), Value::Array(all));
    if let Some(n) = nullable {
        o.insert("nullable".into(), n);
    }
}

/// `contentMediaType` / `contentEncoding` (3.1): an encoded string is
/// `format: binary` in 3.0.
fn content_keywords(o: &mut Object) {
    if !o.contains_key("contentMediaType") && !o.contains_key("contentEncoding") {
        return;
    }
    o.shift_remove("contentMediaType");
    if o.shift_remove("contentEncoding").is_some() || o.get("type") == Some(&json!("string")) {
        o.entry("format").or_insert(json!("binary"));
    }
}
