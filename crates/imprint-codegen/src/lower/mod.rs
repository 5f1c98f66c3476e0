//! Lowering: from the OpenAPI 3.1 document Imprint publishes to the OpenAPI
//! 3.0 subset that progenitor 0.15 generates code for.
//!
//! Every rewrite here keeps the wire format. What cannot be expressed without
//! changing it is an error that names the JSON pointer of the construct; what
//! is dropped because it does not affect the wire (annotations, webhooks the
//! client never sends) is recorded as a [`Note`].
//!
//! Besides plain 3.1 → 3.0 lowering, this works around progenitor's limits:
//! - every string enum becomes an *open* enum (see [`OpenEnum`]); inline ones
//!   are hoisted into `components/schemas` so that they have a name;
//! - every error response becomes a raw byte body, so that an operation whose
//!   errors carry different schemas still generates (progenitor accepts one
//!   error type per operation). The schemas are kept in [`OperationErrors`]
//!   and the generator emits typed decoders from them;
//! - success responses of different body types become raw too, with a note;
//! - a `default` response beside 2xx responses is an error response;
//! - operations without an `operationId` get one from method and path;
//! - `x-sensitive: true` properties are wrapped in `Sensitive<T>`;
//! - `pattern`s are left to the validators (the facade checks what the spec
//!   states before sending, the mock checks every request): typify would
//!   otherwise compile a regex engine into every user's build and fail a
//!   whole response on one string;
//! - a nullable component that progenitor would name twice (a nullable
//!   string enum, a nullable union) keeps its name for the `Option` and moves
//!   what it wraps to `<Name>Value`.

use std::collections::{BTreeMap, BTreeSet};

use heck::{ToSnakeCase, ToUpperCamelCase};
use serde_json::{Map, Value, json};

mod schema;

/// Keywords that only annotate a schema: dropping them never changes what is
/// accepted on the wire.
const ANNOTATIONS: &[&str] = &[
    "description",
    "title",
    "summary",
    "example",
    "examples",
    "deprecated",
    "readOnly",
    "writeOnly",
    "$comment",
    "externalDocs",
    "xml",
];

/// JSON Schema 2020-12 keywords with no OpenAPI 3.0 equivalent that change
/// what is valid: we refuse rather than generate a client that disagrees with
/// the server.
const UNSUPPORTED: &[&str] = &[
    "prefixItems",
    "if",
    "then",
    "else",
    "dependentSchemas",
    "dependentRequired",
    "unevaluatedProperties",
    "unevaluatedItems",
    "patternProperties",
    "propertyNames",
    "contains",
    "$dynamicRef",
    "$dynamicAnchor",
];

const HTTP_METHODS: &[&str] = &[
    "get", "put", "post", "delete", "options", "head", "patch", "trace",
];

/// The crate and path of the wrapper used for `x-sensitive` properties.
pub const SENSITIVE_CRATE: &str = "imprint-raw";
/// Path of the `Sensitive` wrapper, starting with the crate name.
pub const SENSITIVE_PATH: &str = "imprint_raw::support::Sensitive";

/// A string enum that the generator emits as an open enum: known values get
/// variants, anything else decodes to `Unknown(String)`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OpenEnum {
    /// Component schema name (and Rust type name).
    pub name: String,
    /// The schema's description, for rustdoc.
    pub description: Option<String>,
    /// The values the spec lists, in order.
    pub values: Vec<String>,
}

/// Where an error response's body schema went, for one status.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ErrorResponse {
    /// `"404"`, `"4XX"` or `"default"`.
    pub status: String,
    /// The response description.
    pub description: Option<String>,
    /// Component schema name of the JSON body, if the response has one.
    pub schema: Option<String>,
}

/// The error responses one operation declares.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OperationErrors {
    /// The operation's id (synthesised if the spec has none).
    pub operation_id: String,
    /// In spec order.
    pub responses: Vec<ErrorResponse>,
}

/// A change the lowering made that a reviewer may want to know about.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Note {
    /// JSON pointer into the input document.
    pub pointer: String,
    /// What was done.
    pub message: String,
}

impl std::fmt::Display for Note {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}: {}", self.pointer, self.message)
    }
}

/// The result of lowering.
#[derive(Debug, Clone)]
pub struct Lowered {
    /// An OpenAPI 3.0.3 document progenitor accepts.
    pub document: Value,
    /// The enums to emit as open enums.
    pub open_enums: Vec<OpenEnum>,
    /// Error responses per operation.
    pub errors: Vec<OperationErrors>,
    /// What was changed or dropped, by pointer.
    pub notes: Vec<Note>,
}

/// A construct the lowering cannot express without changing the wire format.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("cannot lower {pointer}: {message}")]
pub struct LowerError {
    /// JSON pointer of the construct in the input document.
    pub pointer: String,
    /// Why.
    pub message: String,
}

type Result<T> = std::result::Result<T, LowerError>;

fn err<T>(pointer: &str, message: impl Into<String>) -> Result<T> {
    Err(LowerError {
        pointer: pointer.to_string(),
        message: message.into(),
    })
}

pub use imprint_spec::refs::escape;
use imprint_spec::synthesize_operation_id;

/// Lowers an OpenAPI 3.0 or 3.1 document. See the module docs.
pub fn lower(mut doc: Value) -> Result<Lowered> {
    let mut cx = Lowering::default();
    let root = doc.as_object_mut().ok_or_else(|| LowerError {
        pointer: String::new(),
        message: "the document is not an object".into(),
    })?;
    cx.document_level(root)?;
    cx.hoist_defs(&mut doc)?;
    cx.collect_names(&doc);
    cx.request_presence(&mut doc);
    cx.operations(&mut doc)?;
    cx.schemas(&mut doc)?;
    cx.open_enum_conjunctions(&mut doc, String::new());
    for i in 0..cx.hoisted.len() {
        let (name, mut schema) = std::mem::take(&mut cx.hoisted[i]);
        cx.open_enum_conjunctions(
            &mut schema,
            format!("/components/schemas/{}", escape(&name)),
        );
        cx.hoisted[i] = (name, schema);
    }
    cx.security(&doc);
    // Hoisted schemas go in last, in a stable order.
    if !cx.hoisted.is_empty() {
        let schemas = components_schemas(&mut doc);
        for (name, schema) in std::mem::take(&mut cx.hoisted) {
            schemas.insert(name, schema);
        }
    }
    Ok(Lowered {
        document: doc,
        open_enums: cx.open_enums.into_values().collect(),
        errors: cx.errors,
        notes: cx.notes,
    })
}

#[derive(Default)]
struct Lowering {
    notes: Vec<Note>,
    open_enums: BTreeMap<String, OpenEnum>,
    errors: Vec<OperationErrors>,
    /// Schema names in use (components plus hoisted).
    names: BTreeSet<String>,
    hoisted: Vec<(String, Value)>,
}

fn components_schemas(doc: &mut Value) -> &mut Map<String, Value> {
    let root = doc.as_object_mut().expect("checked at entry");
    let components = root
        .entry("components")
        .or_insert_with(|| json!({}))
        .as_object_mut()
        .expect("components is an object");
    components
        .entry("schemas")
        .or_insert_with(|| json!({}))
        .as_object_mut()
        .expect("schemas is an object")
}

impl Lowering {
    fn note(&mut self, pointer: &str, message: impl Into<String>) {
        self.notes.push(Note {
            pointer: pointer.to_string(),
            message: message.into(),
        });
    }

    fn unique_name(&mut self, base: &str) -> String {
        let base = if base.is_empty() {
            "Anonymous".to_string()
        } else {
            base.to_upper_camel_case()
        };
        let mut name = base.clone();
        let mut n = 2;
        while self.names.contains(&name) {
            name = format!("{base}{n}");
            n += 1;
        }
        self.names.insert(name.clone());
        name
    }

    // ----- document level -------------------------------------------------

    fn document_level(&mut self, root: &mut Map<String, Value>) -> Result<()> {
        let version = root
            .get("openapi")
            .and_then(Value::as_str)
            .unwrap_or_default()
            .to_string();
        if !(version.starts_with("3.0.") || version.starts_with("3.1.")) {
            return err(
                "/openapi",
                format!("unsupported OpenAPI version `{version}` (3.0.x and 3.1.x are)"),
            );
        }
        root.insert("openapi".into(), json!("3.0.3"));
        if let Some(webhooks) = root.shift_remove("webhooks") {
            for name in webhooks.as_object().into_iter().flat_map(|m| m.keys()) {
                self.note(
                    &format!("/webhooks/{}", escape(name)),
                    "dropped: webhooks are requests Imprint sends to you, not calls this client makes",
                );
            }
        }
        if root.shift_remove("jsonSchemaDialect").is_some() {
            self.note("/jsonSchemaDialect", "dropped (3.1 only)");
        }
        if let Some(info) = root.get_mut("info").and_then(Value::as_object_mut) {
            if info.shift_remove("summary").is_some() {
                self.note("/info/summary", "dropped (3.1 only)");
            }
            if let Some(license) = info.get_mut("license").and_then(Value::as_object_mut) {
                license.shift_remove("identifier");
            }
        }
        if !root.contains_key("paths") {
            root.insert("paths".into(), json!({}));
            self.note(
                "/paths",
                "absent (allowed in 3.1); an empty object was added",
            );
        }
        // Path items by reference (3.1 components/pathItems) are resolved in place.
        let path_items = root
            .get_mut("components")
            .and_then(Value::as_object_mut)
            .and_then(|c| c.shift_remove("pathItems"));
        if let Some(Value::Object(paths)) = root.get_mut("paths") {
            for (path, item) in paths.iter_mut() {
                let Some(reference) = item.get("$ref").and_then(Value::as_str) else {
                    continue;
                };
                let pointer = format!("/paths/{}", escape(path));
                let resolved = reference
                    .strip_prefix("#/components/pathItems/")
                    .and_then(|name| path_items.as_ref()?.get(name))
                    .cloned();
                match resolved {
                    Some(v) => *item = v,
                    None => {
                        return err(&pointer, format!("unresolvable path item $ref {reference}"));
                    }
                }
            }
        }
        Ok(())
    }

    /// Moves every `$defs` entry into `components/schemas` and rewrites the
    /// references to it.
    fn hoist_defs(&mut self, doc: &mut Value) -> Result<()> {
        self.collect_names(doc);
        // One round per nesting level: a `$defs` inside a `$defs` entry moves
        // with that entry, and is found (at its new place) in the next round.
        let mut origins: BTreeMap<String, String> = BTreeMap::new();
        loop {
            let mut found: Vec<(String, Map<String, Value>)> = Vec::new();
            take_defs(doc, String::new(), &mut found);
            if found.is_empty() {
                break;
            }
            let mut renames: BTreeMap<String, String> = BTreeMap::new();
            for (pointer, defs) in found {
                let (owner, below) = pointer
                    .strip_prefix("/components/schemas/")
                    .map(|rest| rest.split_once('/').unwrap_or((rest, "")))
                    .map_or(("", ""), |(owner, below)| (owner, below));
                // Where this `$defs` was in the input document, for the note:
                // an entry hoisted in an earlier round has moved.
                let original = match origins.get(owner) {
                    Some(origin) if below.is_empty() => origin.clone(),
                    Some(origin) => format!("{origin}/{below}"),
                    None => pointer.clone(),
                };
                for (key, schema) in defs {
                    let name = self.unique_name(&format!("{owner}{}", key.to_upper_camel_case()));
                    renames.insert(
                        format!("#{pointer}/$defs/{}", escape(&key)),
                        format!("#/components/schemas/{name}"),
                    );
                    let from = format!("{original}/$defs/{}", escape(&key));
                    self.note(&from, format!("hoisted to #/components/schemas/{name}"));
                    origins.insert(name.clone(), from);
                    components_schemas(doc).insert(name, schema);
                }
            }
            // Rewritten now, so that a reference into a nested `$defs` points
            // at where the next round finds it.
            rewrite_refs(doc, &renames);
        }
        Ok(())
    }

    fn collect_names(&mut self, doc: &Value) {
        if let Some(schemas) = doc
            .pointer("/components/schemas")
            .and_then(Value::as_object)
        {
            self.names.extend(schemas.keys().cloned());
        }
    }

    // ----- request bodies: absent vs empty -----------------------------------

    /// typify gives an optional object or array property a type whose empty
    /// value is not sent (`skip_serializing_if = "is_empty"`), so a request
    /// could not say `"metadata": {}`. In schemas that only requests use
    /// (inline request bodies, and components no response or webhook
    /// reaches), such a property is marked nullable, which makes it an
    /// `Option`: `None` is not sent, `Some({})` is. Responses keep the
    /// friendlier empty-collection default.
    fn request_presence(&mut self, doc: &mut Value) {
        let mut from_responses = BTreeSet::new();
        let mut from_requests = BTreeSet::new();
        let mut request_roots: Vec<String> = Vec::new();
        for item in imprint_spec::operation_items(doc) {
            let pointer = item.pointer();
            if let Some(responses) = item.op.get("responses") {
                collect_refs(doc, responses, &mut from_responses);
            }
            if let Some(body) = item.op.get("requestBody") {
                collect_refs(doc, body, &mut from_requests);
                let body = imprint_spec::refs::resolve(doc, body);
                for media in body
                    .get("content")
                    .and_then(Value::as_object)
                    .into_iter()
                    .flat_map(|c| c.keys())
                {
                    request_roots.push(format!(
                        "{pointer}/requestBody/content/{}/schema",
                        escape(media)
                    ));
                }
            }
        }
        if let Some(webhooks) = doc.get("webhooks") {
            collect_refs(doc, webhooks, &mut from_responses);
        }
        for name in from_requests.difference(&from_responses) {
            request_roots.push(format!("/components/schemas/{}", escape(name)));
        }
        for root in request_roots {
            let Some(Value::Object(schema)) = doc.pointer_mut(&root) else {
                continue;
            };
            let required: BTreeSet<String> = schema
                .get("required")
                .and_then(Value::as_array)
                .into_iter()
                .flatten()
                .filter_map(Value::as_str)
                .map(str::to_string)
                .collect();
            let Some(Value::Object(props)) = schema.get_mut("properties") else {
                continue;
            };
            for (name, prop) in props.iter_mut() {
                let container = matches!(
                    prop.get("type").and_then(Value::as_str),
                    Some("object" | "array")
                );
                if required.contains(name) || !container {
                    continue;
                }
                if let Some(p) = prop.as_object_mut()
                    && p.get("nullable") != Some(&Value::Bool(true))
                {
                    p.insert("nullable".into(), json!(true));
                    self.note(
                        &format!("{root}/properties/{}", escape(name)),
                        "optional container in a request: an Option, so an empty value can be sent",
                    );
                }
            }
        }
    }

    // ----- operations -----------------------------------------------------

    fn operations(&mut self, doc: &mut Value) -> Result<()> {
        let components = doc.get("components").cloned().unwrap_or(json!({}));
        let mut used_ids: BTreeSet<String> = BTreeSet::new();
        let Some(paths) = doc.get_mut("paths").and_then(Value::as_object_mut) else {
            return err("/paths", "paths is not an object");
        };
        // First pass: every id the spec already uses.
        for item in paths.values() {
            for method in HTTP_METHODS {
                if let Some(id) = item
                    .pointer(&format!("/{method}/operationId"))
                    .and_then(Value::as_str)
                {
                    used_ids.extend(id_forms(id));
                }
            }
        }
        let mut hoist: Vec<(String, Value)> = Vec::new();
        for (path, item) in paths.iter_mut() {
            let item_ptr = format!("/paths/{}", escape(path));
            let Some(item) = item.as_object_mut() else {
                return err(&item_ptr, "path item is not an object");
            };
            if let Some(params) = item.get_mut("parameters") {
                require_path_params(params);
            }
            for method in HTTP_METHODS {
                let Some(op) = item.get_mut(*method).and_then(Value::as_object_mut) else {
                    continue;
                };
                let op_ptr = format!("{item_ptr}/{method}");
                let op_id = match op.get("operationId").and_then(Value::as_str) {
                    Some(id) => id.to_string(),
                    None => {
                        let base = synthesize_operation_id(method, path);
                        let mut id = base.clone();
                        let mut n = 2;
                        while id_forms(&id).iter().any(|f| used_ids.contains(f)) {
                            id = format!("{base}_{n}");
                            n += 1;
                        }
                        used_ids.extend(id_forms(&id));
                        op.insert("operationId".into(), json!(id));
                        self.note(&op_ptr, format!("no operationId; using `{id}`"));
                        id
                    }
                };
                if let Some(params) = op.get_mut("parameters") {
                    require_path_params(params);
                }
                self.request_body(op, &op_ptr, &components)?;
                let errors = self.responses(op, &op_ptr, &op_id, &components, &mut hoist)?;
                self.errors.push(errors);
            }
        }
        for (name, schema) in hoist {
            components_schemas(doc).insert(name, schema);
        }
        Ok(())
    }

    fn request_body(
        &mut self,
        op: &mut Map<String, Value>,
        op_ptr: &str,
        components: &Value,
    ) -> Result<()> {
        let Some(body) = op.get_mut("requestBody") else {
            return Ok(());
        };
        if let Some(reference) = body.get("$ref").and_then(Value::as_str) {
            *body = resolve(components, reference)
                .ok_or_else(|| LowerError {
                    pointer: format!("{op_ptr}/requestBody"),
                    message: format!("unresolvable $ref {reference}"),
                })?
                .clone();
        }
        let Some(content) = body.get_mut("content").and_then(Value::as_object_mut) else {
            return Ok(());
        };
        if content.len() > 1 {
            let keep = content
                .keys()
                .find(|k| is_json(k))
                .or_else(|| content.keys().next())
                .cloned()
                .unwrap_or_default();
            let dropped: Vec<String> = content.keys().filter(|k| **k != keep).cloned().collect();
            content.retain(|k, _| *k == keep);
            self.note(
                &format!("{op_ptr}/requestBody/content"),
                format!(
                    "the client sends `{keep}`; also accepted by the server: {}",
                    dropped.join(", ")
                ),
            );
        }
        for (media, mt) in content.iter_mut() {
            if let Some(m) = mt.as_object_mut() {
                if m.shift_remove("encoding").is_some() {
                    self.note(
                        &format!("{op_ptr}/requestBody/content/{}/encoding", escape(media)),
                        "dropped: progenitor does not read per-property encodings",
                    );
                }
                if is_json(media) && !m.contains_key("schema") {
                    m.insert("schema".into(), json!({}));
                }
            }
        }
        Ok(())
    }

    fn responses(
        &mut self,
        op: &mut Map<String, Value>,
        op_ptr: &str,
        op_id: &str,
        components: &Value,
        hoist: &mut Vec<(String, Value)>,
    ) -> Result<OperationErrors> {
        let mut out = OperationErrors {
            operation_id: op_id.to_string(),
            responses: Vec::new(),
        };
        let Some(responses) = op.get_mut("responses").and_then(Value::as_object_mut) else {
            return Ok(out);
        };
        // Inline every response reference: we are about to change bodies.
        for (code, response) in responses.iter_mut() {
            if let Some(reference) = response.get("$ref").and_then(Value::as_str) {
                *response = resolve(components, reference)
                    .ok_or_else(|| LowerError {
                        pointer: format!("{op_ptr}/responses/{}", escape(code)),
                        message: format!("unresolvable $ref {reference}"),
                    })?
                    .clone();
            }
        }
        let is_success = |c: &str| c.starts_with('2');
        let has_success = responses.keys().any(|c| is_success(c));
        let is_error =
            |c: &str| c.starts_with('4') || c.starts_with('5') || (c == "default" && has_success);

        // Errors: remember their schemas, then make their bodies raw bytes.
        let op_pascal = op_id.to_upper_camel_case();
        for (code, response) in responses.iter_mut() {
            if !is_error(code) {
                continue;
            }
            let ptr = format!("{op_ptr}/responses/{}", escape(code));
            let schema = json_schema_of(response).cloned();
            let schema_name = match schema {
                None => None,
                Some(s) => match s.get("$ref").and_then(Value::as_str) {
                    Some(r)
                        if r.starts_with("#/components/schemas/")
                            && s.as_object().is_some_and(|o| o.len() == 1) =>
                    {
                        Some(r.trim_start_matches("#/components/schemas/").to_string())
                    }
                    _ => {
                        let suffix = if code == "default" {
                            "Default".to_string()
                        } else {
                            code.to_uppercase()
                        };
                        let name = self.unique_name(&format!("{op_pascal}Error{suffix}"));
                        self.note(
                            &format!("{ptr}/content"),
                            format!("inline error schema hoisted to #/components/schemas/{name}"),
                        );
                        hoist.push((name.clone(), s));
                        Some(name)
                    }
                },
            };
            out.responses.push(ErrorResponse {
                status: code.clone(),
                description: response
                    .get("description")
                    .and_then(Value::as_str)
                    .map(str::to_string),
                schema: schema_name,
            });
            if let Some(r) = response.as_object_mut() {
                r.insert("content".into(), raw_content());
            }
        }
        // A `default` beside 2xx responses covers every other error status.
        if has_success
            && responses.contains_key("default")
            && let Some(default) = responses.shift_remove("default")
        {
            for range in ["4XX", "5XX"] {
                if !responses.contains_key(range) {
                    responses.insert(range.into(), default.clone());
                }
            }
        }
        // Success: progenitor wants one body type across them.
        let mut kinds = BTreeSet::new();
        for (code, response) in responses.iter_mut() {
            if !(is_success(code) || (!has_success && code == "default")) {
                continue;
            }
            if let Some(content) = response.get_mut("content").and_then(Value::as_object_mut) {
                for (media, mt) in content.iter_mut() {
                    if is_json(media)
                        && let Some(m) = mt.as_object_mut()
                    {
                        m.entry("schema").or_insert_with(|| json!({}));
                    }
                }
            }
            kinds.insert(match json_schema_of(response) {
                Some(s) => format!("json:{s}"),
                None if response
                    .get("content")
                    .and_then(Value::as_object)
                    .is_some_and(|c| !c.is_empty()) =>
                {
                    "raw".to_string()
                }
                None => "none".to_string(),
            });
        }
        if kinds.len() > 1 {
            for (code, response) in responses.iter_mut() {
                if is_success(code)
                    && let Some(r) = response.as_object_mut()
                {
                    r.insert("content".into(), raw_content());
                }
            }
            self.note(
                &format!("{op_ptr}/responses"),
                "success responses have different body types; the raw client returns their bytes, to be decoded by status",
            );
        }
        Ok(out)
    }

    // ----- schemas --------------------------------------------------------

    fn schemas(&mut self, doc: &mut Value) -> Result<()> {
        // Component schemas first: their names are the hints for hoisting.
        let names: Vec<String> = doc
            .pointer("/components/schemas")
            .and_then(Value::as_object)
            .map(|m| m.keys().cloned().collect())
            .unwrap_or_default();
        for name in names {
            let ptr = format!("/components/schemas/{}", escape(&name));
            if let Some(schema) = doc.pointer_mut(&ptr) {
                let mut taken = std::mem::take(schema);
                self.schema(&mut taken, &ptr, &name, true)?;
                if let Some(slot) = doc.pointer_mut(&ptr) {
                    *slot = taken;
                }
            }
        }
        // Then every schema under components (parameters, bodies, responses, headers).
        for section in ["parameters", "requestBodies", "responses", "headers"] {
            let base = format!("/components/{section}");
            let keys: Vec<String> = doc
                .pointer(&base)
                .and_then(Value::as_object)
                .map(|m| m.keys().cloned().collect())
                .unwrap_or_default();
            for key in keys {
                let ptr = format!("{base}/{}", escape(&key));
                self.schemas_in(doc, &ptr, &key)?;
            }
        }
        // And under each operation.
        let paths: Vec<String> = doc
            .get("paths")
            .and_then(Value::as_object)
            .map(|m| m.keys().cloned().collect())
            .unwrap_or_default();
        for path in paths {
            let item_ptr = format!("/paths/{}", escape(&path));
            self.schemas_in_list(
                doc,
                &format!("{item_ptr}/parameters"),
                &path.to_upper_camel_case(),
            )?;
            for method in HTTP_METHODS {
                let op_ptr = format!("{item_ptr}/{method}");
                let Some(op_id) = doc
                    .pointer(&format!("{op_ptr}/operationId"))
                    .and_then(Value::as_str)
                else {
                    continue;
                };
                let hint = op_id.to_upper_camel_case();
                self.schemas_in_list(doc, &format!("{op_ptr}/parameters"), &hint)?;
                self.schemas_in(
                    doc,
                    &format!("{op_ptr}/requestBody"),
                    &format!("{hint}Body"),
                )?;
                let codes: Vec<String> = doc
                    .pointer(&format!("{op_ptr}/responses"))
                    .and_then(Value::as_object)
                    .map(|m| m.keys().cloned().collect())
                    .unwrap_or_default();
                for code in codes {
                    let ptr = format!("{op_ptr}/responses/{}", escape(&code));
                    self.schemas_in(doc, &ptr, &format!("{hint}Response"))?;
                }
            }
        }
        Ok(())
    }

    fn schemas_in_list(&mut self, doc: &mut Value, ptr: &str, hint: &str) -> Result<()> {
        let len = doc
            .pointer(ptr)
            .and_then(Value::as_array)
            .map_or(0, Vec::len);
        for i in 0..len {
            let name = doc
                .pointer(&format!("{ptr}/{i}/name"))
                .and_then(Value::as_str)
                .unwrap_or("param")
                .to_upper_camel_case();
            self.schemas_in(doc, &format!("{ptr}/{i}"), &format!("{hint}{name}"))?;
        }
        Ok(())
    }

    /// Lowers the `schema` of a parameter/header, and of each media type of a
    /// body or response (and its headers).
    fn schemas_in(&mut self, doc: &mut Value, ptr: &str, hint: &str) -> Result<()> {
        let mut targets = vec![format!("{ptr}/schema")];
        for key in ["content", "headers"] {
            if let Some(m) = doc
                .pointer(&format!("{ptr}/{key}"))
                .and_then(Value::as_object)
            {
                for k in m.keys() {
                    if key == "content" {
                        targets.push(format!("{ptr}/content/{}/schema", escape(k)));
                    } else {
                        targets.push(format!("{ptr}/headers/{}/schema", escape(k)));
                    }
                }
            }
        }
        for target in targets {
            if let Some(slot) = doc.pointer_mut(&target) {
                let mut taken = std::mem::take(slot);
                self.schema(&mut taken, &target, hint, false)?;
                if let Some(slot) = doc.pointer_mut(&target) {
                    *slot = taken;
                }
            }
        }
        Ok(())
    }

    /// An `allOf` that includes an open enum (a `$ref` with constraint
    /// siblings, say) would make progenitor merge the enum's values with the
    /// other branches into a new, *closed* enum. The open enum already
    /// accepts any string, so the other branches are dropped.
    fn open_enum_conjunctions(&mut self, v: &mut Value, ptr: String) {
        match v {
            Value::Object(o) => {
                if let Some(Value::Array(all)) = o.get_mut("allOf") {
                    let open = all.iter().position(|b| {
                        b.get("$ref")
                            .and_then(Value::as_str)
                            .and_then(|r| r.strip_prefix("#/components/schemas/"))
                            .is_some_and(|name| self.open_enums.contains_key(name))
                    });
                    if let Some(i) = open
                        && all.len() > 1
                    {
                        let kept = all.swap_remove(i);
                        *all = vec![kept];
                        self.note(
                            &ptr,
                            "dropped the branches beside an open enum (it accepts any string)",
                        );
                    }
                }
                for (k, child) in o.iter_mut() {
                    self.open_enum_conjunctions(child, format!("{ptr}/{}", escape(k)));
                }
            }
            Value::Array(a) => {
                for (i, child) in a.iter_mut().enumerate() {
                    self.open_enum_conjunctions(child, format!("{ptr}/{i}"));
                }
            }
            _ => {}
        }
    }

    fn security(&mut self, doc: &Value) {
        let defined: BTreeSet<String> = doc
            .pointer("/components/securitySchemes")
            .and_then(Value::as_object)
            .map(|m| m.keys().cloned().collect())
            .unwrap_or_default();
        let mut used: BTreeMap<String, String> = BTreeMap::new();
        let mut collect = |req: Option<&Value>, ptr: String| {
            for (i, alt) in req
                .and_then(Value::as_array)
                .into_iter()
                .flatten()
                .enumerate()
            {
                for name in alt.as_object().into_iter().flat_map(|m| m.keys()) {
                    used.entry(name.clone()).or_insert(format!("{ptr}/{i}"));
                }
            }
        };
        collect(doc.get("security"), "/security".into());
        for (path, item) in doc
            .get("paths")
            .and_then(Value::as_object)
            .into_iter()
            .flatten()
        {
            for method in HTTP_METHODS {
                collect(
                    item.get(*method).and_then(|op| op.get("security")),
                    format!("/paths/{}/{method}/security", escape(path)),
                );
            }
        }
        for (name, ptr) in used {
            if !defined.contains(&name) {
                self.note(
                    &ptr,
                    format!("security scheme `{name}` is referenced but not defined; the facade supplies credentials itself"),
                );
            }
        }
    }
}

/// The component schemas `v` reaches through `$ref`s, transitively.
fn collect_refs(doc: &Value, v: &Value, out: &mut BTreeSet<String>) {
    match v {
        Value::Object(o) => {
            if let Some(r) = o.get("$ref").and_then(Value::as_str)
                && let Some(name) = r.strip_prefix("#/components/schemas/")
                && out.insert(name.to_string())
                && let Some(target) = doc.pointer(&format!("/components/schemas/{name}"))
            {
                collect_refs(doc, target, out);
            }
            o.values().for_each(|c| collect_refs(doc, c, out));
        }
        Value::Array(a) => a.iter().for_each(|c| collect_refs(doc, c, out)),
        _ => {}
    }
}

/// A schema that only accepts `null`.
fn is_null_schema(b: &Value) -> bool {
    b.get("type").and_then(Value::as_str) == Some("null")
        || b.get("type") == Some(&json!(["null"]))
        || b.get("const").is_some_and(Value::is_null)
        || b.get("enum") == Some(&json!([null]))
}

fn take_defs(v: &mut Value, ptr: String, found: &mut Vec<(String, Map<String, Value>)>) {
    match v {
        Value::Object(o) => {
            if let Some(Value::Object(defs)) = o.shift_remove("$defs") {
                found.push((ptr.clone(), defs));
            }
            for (k, child) in o.iter_mut() {
                take_defs(child, format!("{ptr}/{}", escape(k)), found);
            }
        }
        Value::Array(a) => {
            for (i, child) in a.iter_mut().enumerate() {
                take_defs(child, format!("{ptr}/{i}"), found);
            }
        }
        _ => {}
    }
}

fn rewrite_refs(v: &mut Value, renames: &BTreeMap<String, String>) {
    match v {
        Value::Object(o) => {
            if let Some(Value::String(r)) = o.get_mut("$ref") {
                // Longest match first, so nested $defs resolve.
                if let Some((from, to)) = renames
                    .iter()
                    .filter(|(from, _)| {
                        r.as_str() == from.as_str() || r.starts_with(&format!("{from}/"))
                    })
                    .max_by_key(|(from, _)| from.len())
                {
                    *r = format!("{to}{}", &r[from.len()..]);
                }
            }
            for child in o.values_mut() {
                rewrite_refs(child, renames);
            }
        }
        Value::Array(a) => a.iter_mut().for_each(|c| rewrite_refs(c, renames)),
        _ => {}
    }
}

fn require_path_params(params: &mut Value) {
    for p in params.as_array_mut().into_iter().flatten() {
        if p.get("in").and_then(Value::as_str) == Some("path")
            && let Some(o) = p.as_object_mut()
        {
            o.insert("required".into(), json!(true));
        }
    }
}

/// The names generated code derives from an operation id: progenitor's
/// method (snake case) and our error decoder (upper camel case). Two ids that
/// share either would give duplicate items.
fn id_forms(id: &str) -> [String; 2] {
    [id.to_snake_case(), id.to_upper_camel_case()]
}

fn is_json(media: &str) -> bool {
    let m = media.split(';').next().unwrap_or("").trim();
    m == "application/json" || m.ends_with("+json")
}

fn json_schema_of(response: &Value) -> Option<&Value> {
    response
        .get("content")?
        .as_object()?
        .iter()
        .find(|(k, _)| is_json(k))
        .and_then(|(_, mt)| mt.get("schema"))
}

fn raw_content() -> Value {
    json!({ "application/octet-stream": { "schema": { "type": "string", "format": "binary" } } })
}

fn resolve<'a>(components: &'a Value, reference: &str) -> Option<&'a Value> {
    let rest = reference.strip_prefix("#/components")?;
    components.pointer(rest)
}
