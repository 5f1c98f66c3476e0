//! Semantic comparison of two OpenAPI 3.x documents, classified for the users
//! of a *client*.
//!
//! Only what changes the API is compared: operations, parameters, request and
//! response bodies (following `$ref`s into `components`, recursively, with a
//! cycle guard), required sets, enums, constraints, statuses and security.
//! Key order, YAML style, comments, whitespace, descriptions, summaries and
//! examples are not drift. Lists whose order carries no meaning (`required`,
//! `enum`, `parameters`, `security`) are compared as sets.
//!
//! A schema reached through the same `#/components/schemas/X` on both sides is
//! compared once per direction and reported under `schema X`, with the places
//! that use it, instead of once per operation.
//!
//! # Classification
//!
//! The question asked is: *can a program that was correct against the old
//! description fail, or lose something it relied on, against a server that
//! follows the new one?* "Request" is what the client sends, "response" what
//! it receives. Changes to the generated Rust that are not visible on the wire
//! (a new struct field, a renamed enum variant) show up in
//! `cargo xtask codegen` diffs, not here.
//!
//! | change                            | in a request | in a response | why |
//! |-----------------------------------|--------------|---------------|-----|
//! | operation added                   | –            | –             | non-breaking: nothing existing changes |
//! | operation removed / moved         | –            | –             | **breaking**: calls to it fail |
//! | operationId changed               | –            | –             | **breaking**: the generated method is renamed |
//! | operation deprecated              | –            | –             | non-breaking: still served |
//! | parameter added, required         | **breaking** | –             | existing calls lack it |
//! | parameter added, optional         | non-breaking | –             | |
//! | parameter removed                 | **breaking** | –             | calls that set it may be rejected |
//! | path parameter renamed            | non-breaking | –             | the name is not on the wire |
//! | parameter / body became required  | **breaking** | –             | existing calls may omit it |
//! | parameter / body became optional  | non-breaking | –             | |
//! | request body added, required      | **breaking** | –             | existing calls send none |
//! | request body added, optional      | non-breaking | –             | |
//! | request body removed              | **breaking** | –             | what we send is no longer accepted |
//! | media type added                  | non-breaking | non-breaking  | we keep sending / asking for the old one |
//! | media type removed                | **breaking** | **breaking**  | the body we send / decode is gone |
//! | property added, required          | **breaking** | non-breaking  | old clients do not send it / decoders ignore unknown fields |
//! | property added, optional          | non-breaking | non-breaking  | |
//! | property removed                  | **breaking** | **breaking**  | the server may reject it / we may rely on it |
//! | property became required          | **breaking** | non-breaking  | |
//! | property became optional          | non-breaking | **breaking**  | it may now be missing |
//! | type or format changed            | **breaking** | **breaking**  | values change shape |
//! | became nullable                   | non-breaking | **breaking**  | `null` may now arrive |
//! | no longer nullable                | **breaking** | non-breaking  | we may send `null` |
//! | enum value added                  | non-breaking | non-breaking  | our generated enums are open (`Unknown(String)`) |
//! | enum value removed                | **breaking** | non-breaking  | we may send it / it just stops arriving |
//! | enum introduced on a free value   | **breaking** | non-breaking  | |
//! | enum dropped (value now free)     | non-breaking | non-breaking  | open enums already accept any string |
//! | constraint tightened              | **breaking** | non-breaking  | e.g. a raised `minimum`, `additionalProperties: false` |
//! | constraint loosened               | non-breaking | **breaking**  | values outside the old bounds may arrive |
//! | constraint changed (unordered)    | **breaking** | **breaking**  | e.g. a new `pattern`: cannot tell which way |
//! | oneOf/anyOf variant added         | non-breaking | **breaking**  | a shape we cannot decode may arrive |
//! | oneOf/anyOf variant removed       | **breaking** | non-breaking  | we may send it |
//! | success (2xx) status added        | –            | **breaking**  | a success we do not decode |
//! | success (2xx) status removed      | –            | **breaking**  | the response we decode is no longer promised |
//! | error status added / removed      | –            | non-breaking  | errors were always possible |
//! | security alternative added        | –            | –             | non-breaking: one more accepted credential |
//! | security alternative removed      | –            | –             | **breaking**: our credential may be the one removed |
//! | authentication now required       | –            | –             | **breaking** |
//! | authentication no longer required | –            | –             | non-breaking |
//! | security scheme added             | –            | –             | non-breaking |
//! | security scheme removed / changed | –            | –             | **breaking** |
//!
//! A change found in a schema used both ways is breaking when either
//! direction says so. [`classify`] is this table in code.

use std::collections::{BTreeMap, BTreeSet, VecDeque};
use std::fmt::Write as _;

use serde::Serialize;
use serde_json::{Map, Value};

/// Which way the data of a change travels.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Direction {
    /// Sent by the client.
    Request,
    /// Received by the client.
    Response,
    /// A schema used both ways.
    Both,
}

/// How a change affects existing client code.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Impact {
    /// A correct program may fail or lose something it relied on.
    Breaking,
    /// Existing programs keep working.
    NonBreaking,
}

/// Every kind of change the comparison reports (see the module's table).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ChangeKind {
    /// A method+path that did not exist.
    OperationAdded,
    /// A method+path that no longer exists.
    OperationRemoved,
    /// The same operationId at another method or path.
    OperationMoved,
    /// Same method+path, different operationId.
    OperationIdChanged,
    /// The operation became `deprecated: true`.
    OperationDeprecated,
    /// A new required parameter.
    ParameterAddedRequired,
    /// A new optional parameter.
    ParameterAddedOptional,
    /// A parameter that no longer exists.
    ParameterRemoved,
    /// A path parameter renamed (same position in the template).
    ParameterRenamed,
    /// An optional parameter became required.
    ParameterBecameRequired,
    /// A required parameter became optional.
    ParameterBecameOptional,
    /// A required request body where there was none.
    RequestBodyAddedRequired,
    /// An optional request body where there was none.
    RequestBodyAddedOptional,
    /// The request body is gone.
    RequestBodyRemoved,
    /// The request body became required.
    RequestBodyBecameRequired,
    /// The request body became optional.
    RequestBodyBecameOptional,
    /// A new media type for a body.
    MediaTypeAdded,
    /// A media type of a body is gone.
    MediaTypeRemoved,
    /// A new property, required.
    PropertyAddedRequired,
    /// A new property, optional.
    PropertyAddedOptional,
    /// A property that no longer exists.
    PropertyRemoved,
    /// A property joined `required`.
    PropertyBecameRequired,
    /// A property left `required`.
    PropertyBecameOptional,
    /// `type` or `format` changed.
    TypeChanged,
    /// `null` became allowed.
    NullableAdded,
    /// `null` is no longer allowed.
    NullableRemoved,
    /// A value added to an `enum`.
    EnumValueAdded,
    /// A value removed from an `enum`.
    EnumValueRemoved,
    /// A free value became an `enum`.
    EnumIntroduced,
    /// An `enum` became a free value.
    EnumDropped,
    /// A bound or `additionalProperties` now allows fewer values.
    ConstraintTightened,
    /// A bound or `additionalProperties` now allows more values.
    ConstraintLoosened,
    /// A constraint changed in no comparable way (`pattern`, `multipleOf`).
    ConstraintChanged,
    /// A new `oneOf`/`anyOf` member.
    VariantAdded,
    /// A `oneOf`/`anyOf` member is gone.
    VariantRemoved,
    /// A new 2xx response.
    SuccessStatusAdded,
    /// A 2xx response is gone.
    SuccessStatusRemoved,
    /// A new non-2xx (or `default`) response.
    ErrorStatusAdded,
    /// A non-2xx (or `default`) response is gone.
    ErrorStatusRemoved,
    /// A new alternative in `security`.
    SecurityRequirementAdded,
    /// An alternative of `security` is gone.
    SecurityRequirementRemoved,
    /// No credential was needed; now one is.
    AuthenticationNowRequired,
    /// A credential was needed; now none is.
    AuthenticationNoLongerRequired,
    /// A new entry in `components.securitySchemes`.
    SecuritySchemeAdded,
    /// An entry of `components.securitySchemes` is gone.
    SecuritySchemeRemoved,
    /// A security scheme changed (type, scheme, location...).
    SecuritySchemeChanged,
}

impl ChangeKind {
    /// The snake_case name used in reports.
    pub fn name(self) -> String {
        match serde_json::to_value(self) {
            Ok(Value::String(s)) => s,
            _ => format!("{self:?}"),
        }
    }
}

/// Classifies a change: the module's table in code. Returns the impact and a
/// short reason.
pub fn classify(kind: ChangeKind, direction: Option<Direction>) -> (Impact, &'static str) {
    use ChangeKind as K;
    use Direction::{Both, Request, Response};
    use Impact::{Breaking as B, NonBreaking as N};
    if direction == Some(Both) {
        let (req, why_req) = classify(kind, Some(Request));
        let (resp, why_resp) = classify(kind, Some(Response));
        return if req == B {
            (B, why_req)
        } else if resp == B {
            (B, why_resp)
        } else {
            (N, why_resp)
        };
    }
    let response = direction == Some(Response);
    match kind {
        K::OperationAdded => (N, "a new operation changes nothing existing"),
        K::OperationRemoved => (B, "calls to the operation fail"),
        K::OperationMoved => (B, "the old method/path no longer answers"),
        K::OperationIdChanged => (B, "the generated method is renamed"),
        K::OperationDeprecated => (N, "still served; plan its removal"),
        K::ParameterAddedRequired => (B, "existing calls lack the parameter"),
        K::ParameterAddedOptional => (N, "existing calls stay valid"),
        K::ParameterRemoved => (B, "calls that set it may be rejected"),
        K::ParameterRenamed => (N, "a path parameter's name is not on the wire"),
        K::ParameterBecameRequired => (B, "existing calls may omit it"),
        K::ParameterBecameOptional => (N, "existing calls stay valid"),
        K::RequestBodyAddedRequired => (B, "existing calls send no body"),
        K::RequestBodyAddedOptional => (N, "existing calls stay valid"),
        K::RequestBodyRemoved => (B, "the body we send is no longer accepted"),
        K::RequestBodyBecameRequired => (B, "existing calls may send no body"),
        K::RequestBodyBecameOptional => (N, "existing calls stay valid"),
        K::MediaTypeAdded => (N, "we keep sending and asking for the old media type"),
        K::MediaTypeRemoved => (B, "the body we send or decode is gone"),
        K::PropertyAddedRequired if response => (N, "decoders ignore fields they do not know"),
        K::PropertyAddedRequired => (B, "existing calls do not send it"),
        K::PropertyAddedOptional => (N, "optional in both directions"),
        K::PropertyRemoved if response => (B, "clients may rely on it"),
        K::PropertyRemoved => (B, "what we send may be rejected, and the field disappears"),
        K::PropertyBecameRequired if response => (N, "it is now always present"),
        K::PropertyBecameRequired => (B, "existing calls may omit it"),
        K::PropertyBecameOptional if response => (B, "it may now be missing"),
        K::PropertyBecameOptional => (N, "existing calls stay valid"),
        K::TypeChanged => (B, "values change shape"),
        K::NullableAdded if response => (B, "null may now arrive"),
        K::NullableAdded => (N, "we never send null where it was not allowed"),
        K::NullableRemoved if response => (N, "null simply stops arriving"),
        K::NullableRemoved => (B, "we may send null"),
        K::EnumValueAdded => (N, "our generated enums are open"),
        K::EnumValueRemoved if response => (N, "the value simply stops arriving"),
        K::EnumValueRemoved => (B, "we may send the removed value"),
        K::EnumIntroduced if response => (N, "fewer possible values arrive"),
        K::EnumIntroduced => (B, "a free value is now restricted"),
        K::EnumDropped => (N, "open enums already accept any string"),
        K::ConstraintTightened if response => (N, "fewer possible values arrive"),
        K::ConstraintTightened => (B, "values we send may now be rejected"),
        K::ConstraintLoosened if response => (B, "values outside the old bounds may arrive"),
        K::ConstraintLoosened => (N, "what we send stays valid"),
        K::ConstraintChanged => (B, "cannot tell whether it tightened or loosened"),
        K::VariantAdded if response => (B, "a shape we cannot decode may arrive"),
        K::VariantAdded => (N, "what we send stays valid"),
        K::VariantRemoved if response => (N, "the shape simply stops arriving"),
        K::VariantRemoved => (B, "we may send the removed shape"),
        K::SuccessStatusAdded => (B, "a success the client does not decode"),
        K::SuccessStatusRemoved => (B, "the response the client decodes is no longer promised"),
        K::ErrorStatusAdded => (N, "errors were always possible; this one is now typed"),
        K::ErrorStatusRemoved => (N, "the error simply stops arriving"),
        K::SecurityRequirementAdded => (N, "one more accepted credential"),
        K::SecurityRequirementRemoved => (B, "our credential may be the one removed"),
        K::AuthenticationNowRequired => (B, "anonymous calls now fail"),
        K::AuthenticationNoLongerRequired => (N, "credentials are still accepted"),
        K::SecuritySchemeAdded => (N, "nothing existing changes"),
        K::SecuritySchemeRemoved => (B, "credentials of that scheme are no longer accepted"),
        K::SecuritySchemeChanged => (B, "credentials must be presented differently"),
    }
}

/// One semantic difference.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Change {
    /// What changed.
    pub kind: ChangeKind,
    /// Its classification.
    pub impact: Impact,
    /// Why it is classified so.
    pub rule: &'static str,
    /// Request, response, both, or none (operations, security).
    pub direction: Option<Direction>,
    /// Where: `API`, `GET /path (operationId)`, `schema Name`, or
    /// `securitySchemes`.
    pub scope: String,
    /// Where inside the scope, e.g. `response 200 application/json: .email`.
    pub path: String,
    /// The old and new values, in words.
    pub detail: String,
}

impl Change {
    /// Whether this change is breaking for clients.
    pub fn is_breaking(&self) -> bool {
        self.impact == Impact::Breaking
    }
}

/// The result of [`diff`].
#[derive(Debug, Clone, Default, Serialize)]
pub struct Diff {
    /// The changes, sorted by scope and path.
    pub changes: Vec<Change>,
    /// For every `schema X` scope, where X is used (operations and other
    /// schemas).
    pub schema_users: BTreeMap<String, BTreeSet<String>>,
}

impl Diff {
    /// Number of breaking changes.
    pub fn breaking(&self) -> usize {
        self.changes.iter().filter(|c| c.is_breaking()).count()
    }

    /// Changes of one kind (handy in tests and scripts).
    pub fn of_kind(&self, kind: ChangeKind) -> Vec<&Change> {
        self.changes.iter().filter(|c| c.kind == kind).collect()
    }

    /// Renders the changes grouped by scope, for a terminal.
    pub fn render(&self) -> String {
        let mut out = String::new();
        let mut scope: Option<&str> = None;
        for change in &self.changes {
            if scope != Some(change.scope.as_str()) {
                scope = Some(change.scope.as_str());
                let _ = write!(out, "\n{}", change.scope);
                if let Some(users) = self.schema_users.get(&change.scope) {
                    let users: Vec<&str> = users.iter().map(String::as_str).collect();
                    let _ = write!(out, "  (used by: {})", users.join("; "));
                }
                out.push('\n');
            }
            let impact = match change.impact {
                Impact::Breaking => "BREAKING    ",
                Impact::NonBreaking => "non-breaking",
            };
            let direction = match change.direction {
                Some(Direction::Request) => "[request] ",
                Some(Direction::Response) => "[response] ",
                Some(Direction::Both) => "[request+response] ",
                None => "",
            };
            let _ = writeln!(
                out,
                "  {impact}  {:<30} {direction}{}{}{}  ({})",
                change.kind.name(),
                change.path,
                if change.path.is_empty() || change.detail.is_empty() {
                    ""
                } else {
                    ": "
                },
                change.detail,
                change.rule,
            );
        }
        out
    }
}

/// Compares `old` with `new` (both whole OpenAPI documents).
pub fn diff(old: &Value, new: &Value) -> Diff {
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
        let old_schema = differ.old.pointer(&pointer[1..]).unwrap_or(&NULL);
        let new_schema = differ.new.pointer(&pointer[1..]).unwrap_or(&NULL);
        let mut stack = vec![(pointer.clone(), pointer.clone())];
        let at = At {
            scope: &scope,
            path: String::new(),
            direction,
        };
        differ.schema_resolved(old_schema, new_schema, &at, &mut stack, false, false);
    }
    let Differ { changes, users, .. } = differ;
    Diff {
        changes: finish(changes),
        schema_users: users,
    }
}

/// Merges the request and response copies of one change in a shared schema,
/// then sorts.
fn finish(changes: Vec<Change>) -> Vec<Change> {
    let mut merged: Vec<Change> = Vec::with_capacity(changes.len());
    for change in changes {
        let twin = merged.iter_mut().find(|c| {
            c.kind == change.kind
                && c.scope == change.scope
                && c.path == change.path
                && c.detail == change.detail
        });
        match twin {
            Some(twin) if twin.direction != change.direction => {
                twin.direction = Some(Direction::Both);
                (twin.impact, twin.rule) = classify(twin.kind, twin.direction);
            }
            Some(_) => {}
            None => merged.push(change),
        }
    }
    merged.sort_by(|a, b| {
        (scope_rank(&a.scope), &a.scope, &a.path, a.kind, &a.detail).cmp(&(
            scope_rank(&b.scope),
            &b.scope,
            &b.path,
            b.kind,
            &b.detail,
        ))
    });
    merged
}

fn scope_rank(scope: &str) -> u8 {
    if scope == "API" {
        0
    } else if scope == "securitySchemes" {
        3
    } else if scope.starts_with("schema ") {
        2
    } else {
        1
    }
}

static NULL: Value = Value::Null;
const METHODS: [&str; 8] = [
    "get", "put", "post", "delete", "options", "head", "patch", "trace",
];

/// Where the walk is.
struct At<'s> {
    scope: &'s str,
    path: String,
    direction: Direction,
}

impl At<'_> {
    fn child(&self, segment: &str) -> At<'_> {
        At {
            scope: self.scope,
            path: format!("{}{segment}", self.path),
            direction: self.direction,
        }
    }
}

struct Differ<'d> {
    old: &'d Value,
    new: &'d Value,
    changes: Vec<Change>,
    queued: BTreeSet<(String, Direction)>,
    queue: VecDeque<(String, Direction)>,
    users: BTreeMap<String, BTreeSet<String>>,
}

/// An operation found in a document.
struct Op<'d> {
    method: &'static str,
    path: &'d str,
    item: &'d Map<String, Value>,
    op: &'d Map<String, Value>,
}

impl Op<'_> {
    fn id(&self) -> Option<&str> {
        self.op.get("operationId").and_then(Value::as_str)
    }

    fn label(&self) -> String {
        match self.id() {
            Some(id) => format!("{} {} ({id})", self.method.to_ascii_uppercase(), self.path),
            None => format!("{} {}", self.method.to_ascii_uppercase(), self.path),
        }
    }
}

fn operations(doc: &Value) -> BTreeMap<String, Op<'_>> {
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
fn resolve<'v>(doc: &'v Value, mut value: &'v Value) -> &'v Value {
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

fn ref_of(value: &Value) -> Option<&str> {
    value.get("$ref").and_then(Value::as_str)
}

fn component_name(pointer: &str) -> &str {
    pointer.rsplit('/').next().unwrap_or(pointer)
}

fn is_schema_component(pointer: &str) -> bool {
    pointer.starts_with("#/components/schemas/")
}

impl<'d> Differ<'d> {
    fn push(&mut self, kind: ChangeKind, at: &At<'_>, detail: impl Into<String>) {
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
            let moved = old_op.id().and_then(|id| {
                added
                    .iter()
                    .position(|n| n.id() == Some(id))
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
                    self.push_raw(
                        ChangeKind::OperationMoved,
                        None,
                        &new_op.label(),
                        "",
                        detail,
                    );
                    self.operation(old_op, new_op);
                }
                None => self.push_raw(
                    ChangeKind::OperationRemoved,
                    None,
                    &old_op.label(),
                    "",
                    String::new(),
                ),
            }
        }
        for new_op in added {
            self.push_raw(
                ChangeKind::OperationAdded,
                None,
                &new_op.label(),
                "",
                String::new(),
            );
        }
    }

    fn operation(&mut self, old: &Op<'d>, new: &Op<'d>) {
        let scope = new.label();
        if old.id() != new.id() {
            let detail = format!(
                "{} -> {}",
                old.id().unwrap_or("(none)"),
                new.id().unwrap_or("(none)")
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

    // ---- schemas ----

    /// Compares two schemas found at `at`. A `$ref` to the same component on
    /// both sides is queued and compared once, in that component's scope.
    fn schema(
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

    fn schema_resolved(
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

/// A parameter, keyed by where it goes.
struct Param<'d> {
    location: String,
    name: String,
    required: bool,
    schema: &'d Value,
}

impl Param<'_> {
    fn label(&self) -> String {
        format!("parameter {} `{}`", self.location, self.name)
    }
}

/// Path-item parameters overridden by the operation's, keyed by `in` and
/// name; path parameters are keyed by their position in the template, since
/// their names are not on the wire.
fn parameters<'d>(doc: &'d Value, op: &Op<'d>) -> BTreeMap<String, Param<'d>> {
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

fn media_types(body: &Value) -> Vec<String> {
    body.get("content")
        .and_then(Value::as_object)
        .map(|m| m.keys().cloned().collect())
        .unwrap_or_default()
}

const ANONYMOUS: &str = "(anonymous)";

/// A `security` list as a set of alternatives, each written `a + b[scope]`.
fn security_set(value: Option<&Value>) -> BTreeSet<String> {
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

fn join_set(set: &BTreeSet<String>) -> String {
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

/// `anyOf`/`oneOf` of one schema and `{type: null}` is how OpenAPI 3.1 spells
/// a nullable reference: returns the inner schema and whether null is allowed.
fn unwrap_nullable<'v>(doc: &'v Value, schema: &'v Value) -> (&'v Value, bool) {
    let Some(obj) = schema.as_object() else {
        return (schema, false);
    };
    for key in ["anyOf", "oneOf"] {
        let Some(members) = obj.get(key).and_then(Value::as_array) else {
            continue;
        };
        let is_null = |m: &Value| {
            let m = resolve(doc, m);
            m.get("type").and_then(Value::as_str) == Some("null")
        };
        let non_null: Vec<&Value> = members.iter().filter(|m| !is_null(m)).collect();
        let structural = obj.keys().any(|k| {
            !matches!(
                k.as_str(),
                "anyOf"
                    | "oneOf"
                    | "description"
                    | "title"
                    | "example"
                    | "examples"
                    | "default"
                    | "deprecated"
                    | "x-sensitive"
            )
        });
        if non_null.len() == 1 && non_null.len() < members.len() && !structural {
            return (non_null[0], true);
        }
    }
    (schema, false)
}

/// What `additionalProperties` allows.
enum Additional<'v> {
    /// Absent or `true`.
    Open,
    /// `false`.
    Closed,
    /// A schema for the values.
    Schema(&'v Value),
}

/// A schema flattened for comparison (`allOf` merged, `$ref`s at the top
/// resolved, nullability and `const` normalised).
struct View<'v> {
    types: BTreeSet<String>,
    nullable: bool,
    format: Option<String>,
    enumeration: Option<BTreeSet<String>>,
    properties: BTreeMap<String, &'v Value>,
    required: BTreeSet<String>,
    items: Option<&'v Value>,
    additional: Additional<'v>,
    variants: BTreeMap<String, &'v Value>,
    constraints: BTreeMap<&'static str, &'v Value>,
}

const CONSTRAINTS: [&str; 14] = [
    "minimum",
    "maximum",
    "exclusiveMinimum",
    "exclusiveMaximum",
    "minLength",
    "maxLength",
    "minItems",
    "maxItems",
    "minProperties",
    "maxProperties",
    "uniqueItems",
    "pattern",
    "multipleOf",
    "maxContains",
];

/// `Some(true)` when going from `old` to `new` restricts the values,
/// `Some(false)` when it widens them, `None` when that cannot be told.
fn constraint_direction(key: &str, old: Option<&Value>, new: Option<&Value>) -> Option<bool> {
    let lower_bound = key.starts_with("min") || key == "exclusiveMinimum";
    let upper_bound = key.starts_with("max") || key == "exclusiveMaximum";
    match (old, new) {
        (None, Some(_)) => Some(true),
        (Some(_), None) => Some(false),
        (Some(o), Some(n)) => {
            if key == "uniqueItems" {
                return match (o.as_bool(), n.as_bool()) {
                    (Some(false), Some(true)) => Some(true),
                    (Some(true), Some(false)) => Some(false),
                    _ => None,
                };
            }
            let (o, n) = (o.as_f64()?, n.as_f64()?);
            if lower_bound {
                Some(n > o)
            } else if upper_bound {
                Some(n < o)
            } else {
                None
            }
        }
        (None, None) => None,
    }
}

fn view<'v>(doc: &'v Value, schema: &'v Value) -> View<'v> {
    let mut v = View {
        types: BTreeSet::new(),
        nullable: false,
        format: None,
        enumeration: None,
        properties: BTreeMap::new(),
        required: BTreeSet::new(),
        items: None,
        additional: Additional::Open,
        variants: BTreeMap::new(),
        constraints: BTreeMap::new(),
    };
    fill(doc, schema, &mut v, 0);
    if v.types.is_empty() {
        if !v.properties.is_empty()
            || matches!(v.additional, Additional::Schema(_) | Additional::Closed)
        {
            v.types.insert("object".into());
        } else if v.items.is_some() {
            v.types.insert("array".into());
        }
    }
    v
}

fn fill<'v>(doc: &'v Value, schema: &'v Value, v: &mut View<'v>, depth: usize) {
    if depth > 16 {
        return;
    }
    let schema = resolve(doc, schema);
    let Some(obj) = schema.as_object() else {
        return;
    };
    match obj.get("type") {
        Some(Value::String(t)) if t == "null" => v.nullable = true,
        Some(Value::String(t)) => {
            v.types.insert(t.clone());
        }
        Some(Value::Array(ts)) => {
            for t in ts.iter().filter_map(Value::as_str) {
                if t == "null" {
                    v.nullable = true;
                } else {
                    v.types.insert(t.to_string());
                }
            }
        }
        _ => {}
    }
    if obj.get("nullable").and_then(Value::as_bool) == Some(true) {
        v.nullable = true;
    }
    if v.format.is_none() {
        v.format = obj
            .get("format")
            .and_then(Value::as_str)
            .map(str::to_string);
    }
    let values = obj
        .get("enum")
        .and_then(Value::as_array)
        .map(|a| a.iter().collect::<Vec<_>>())
        .or_else(|| obj.get("const").map(|c| vec![c]));
    if let (None, Some(values)) = (&v.enumeration, values) {
        let mut set = BTreeSet::new();
        for value in values {
            match value {
                Value::Null => v.nullable = true,
                Value::String(s) => {
                    set.insert(s.clone());
                }
                other => {
                    set.insert(other.to_string());
                }
            }
        }
        v.enumeration = Some(set);
    }
    if let Some(props) = obj.get("properties").and_then(Value::as_object) {
        for (name, schema) in props {
            v.properties.entry(name.clone()).or_insert(schema);
        }
    }
    for name in obj
        .get("required")
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
    {
        if let Some(name) = name.as_str() {
            v.required.insert(name.to_string());
        }
    }
    if v.items.is_none() {
        v.items = obj.get("items").filter(|i| i.is_object());
    }
    match obj.get("additionalProperties") {
        Some(Value::Bool(false)) => v.additional = Additional::Closed,
        Some(s @ Value::Object(_)) => v.additional = Additional::Schema(s),
        _ => {}
    }
    for key in ["oneOf", "anyOf"] {
        for (i, member) in obj
            .get(key)
            .and_then(Value::as_array)
            .into_iter()
            .flatten()
            .enumerate()
        {
            if resolve(doc, member).get("type").and_then(Value::as_str) == Some("null") {
                v.nullable = true;
                continue;
            }
            let name = match ref_of(member) {
                Some(r) => component_name(r).to_string(),
                None => format!("{key}#{i}"),
            };
            v.variants.insert(name, member);
        }
    }
    for key in CONSTRAINTS {
        // `false` (`uniqueItems`, 3.0's boolean `exclusiveMinimum`) is the
        // same as leaving the keyword out.
        if let Some(value) = obj.get(key).filter(|v| **v != Value::Bool(false)) {
            v.constraints.entry(key).or_insert(value);
        }
    }
    for member in obj
        .get("allOf")
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
    {
        fill(doc, member, v, depth + 1);
    }
}

fn type_label(v: &View<'_>) -> String {
    let mut label = if v.types.is_empty() {
        "any".to_string()
    } else {
        v.types
            .iter()
            .map(String::as_str)
            .collect::<Vec<_>>()
            .join("|")
    };
    if let Some(format) = &v.format {
        let _ = write!(label, " ({format})");
    }
    if v.nullable {
        label.push_str(" | null");
    }
    label
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn doc(customer: Value, body: Value) -> Value {
        json!({
            "openapi": "3.1.0",
            "info": {"title": "t", "version": "1"},
            "security": [{"bearerAuth": []}],
            "paths": {
                "/customers/{id}": {
                    "get": {
                        "operationId": "getCustomer",
                        "parameters": [{"name": "id", "in": "path", "required": true, "schema": {"type": "string"}}],
                        "responses": {"200": {"description": "ok", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Customer"}}}}}
                    },
                    "post": {
                        "operationId": "updateCustomer",
                        "requestBody": {"required": true, "content": {"application/json": {"schema": body}}},
                        "responses": {"200": {"description": "ok"}}
                    }
                }
            },
            "components": {
                "schemas": {
                    "Customer": customer,
                    "Node": {"type": "object", "properties": {"next": {"$ref": "#/components/schemas/Node"}}}
                },
                "securitySchemes": {"bearerAuth": {"type": "http", "scheme": "bearer"}}
            }
        })
    }

    fn customer() -> Value {
        json!({"type": "object", "required": ["id"], "properties": {
            "id": {"type": "string"},
            "status": {"type": "string", "enum": ["OPEN", "CLOSED"]},
            "tree": {"$ref": "#/components/schemas/Node"}
        }})
    }

    fn body() -> Value {
        json!({"type": "object", "properties": {"email": {"type": "string"}, "n": {"type": "integer", "minimum": 1}}})
    }

    #[test]
    fn identical_documents_have_no_drift() {
        let d = diff(&doc(customer(), body()), &doc(customer(), body()));
        assert!(d.changes.is_empty(), "{d:?}");
    }

    #[test]
    fn response_changes_are_classified_for_a_client() {
        let mut c = customer();
        c["properties"]["status"]["enum"] = json!(["OPEN", "CLOSED", "FROZEN"]);
        c["properties"].as_object_mut().map(|p| p.remove("tree"));
        c["properties"]["nick"] = json!({"type": "string"});
        c["required"] = json!([]);
        let d = diff(&doc(customer(), body()), &doc(c, body()));
        let kinds: Vec<(ChangeKind, Impact, &str)> = d
            .changes
            .iter()
            .map(|c| (c.kind, c.impact, c.path.as_str()))
            .collect();
        assert!(
            kinds.contains(&(ChangeKind::EnumValueAdded, Impact::NonBreaking, ".status")),
            "{kinds:?}"
        );
        assert!(
            kinds.contains(&(ChangeKind::PropertyRemoved, Impact::Breaking, ".tree")),
            "{kinds:?}"
        );
        assert!(
            kinds.contains(&(
                ChangeKind::PropertyAddedOptional,
                Impact::NonBreaking,
                ".nick"
            )),
            "{kinds:?}"
        );
        assert!(
            kinds.contains(&(ChangeKind::PropertyBecameOptional, Impact::Breaking, ".id")),
            "{kinds:?}"
        );
        assert!(d.changes.iter().all(|c| c.scope == "schema Customer"));
        assert!(
            d.schema_users["schema Customer"]
                .iter()
                .any(|u| u.contains("getCustomer"))
        );
    }

    #[test]
    fn request_changes_are_classified_for_a_client() {
        let mut b = body();
        b["properties"]["ssn"] = json!({"type": "string"});
        b["required"] = json!(["ssn"]);
        b["properties"]["n"]["minimum"] = json!(5);
        b["properties"]["email"]["type"] = json!("integer");
        let d = diff(&doc(customer(), body()), &doc(customer(), b));
        let find = |kind| {
            d.of_kind(kind)
                .into_iter()
                .next()
                .map(|c| (c.impact, c.path.clone()))
        };
        assert_eq!(
            find(ChangeKind::PropertyAddedRequired),
            Some((
                Impact::Breaking,
                "request body application/json: .ssn".into()
            ))
        );
        assert_eq!(
            find(ChangeKind::ConstraintTightened).map(|c| c.0),
            Some(Impact::Breaking)
        );
        assert_eq!(
            find(ChangeKind::TypeChanged).map(|c| c.0),
            Some(Impact::Breaking)
        );
        assert_eq!(d.breaking(), 3);
    }

    #[test]
    fn added_optional_request_property_is_not_breaking() {
        let mut b = body();
        b["properties"]["nick"] = json!({"type": "string"});
        let d = diff(&doc(customer(), body()), &doc(customer(), b));
        assert_eq!(d.changes.len(), 1);
        assert_eq!(d.changes[0].kind, ChangeKind::PropertyAddedOptional);
        assert_eq!(d.changes[0].impact, Impact::NonBreaking);
    }

    #[test]
    fn recursive_schemas_terminate_and_are_compared() {
        let mut c = customer();
        let mut new = doc(c.clone(), body());
        new["components"]["schemas"]["Node"]["properties"]["value"] = json!({"type": "integer"});
        c["properties"]["tree"] = json!({"$ref": "#/components/schemas/Node"});
        let d = diff(&doc(c, body()), &new);
        assert_eq!(d.changes.len(), 1, "{d:?}");
        assert_eq!(d.changes[0].scope, "schema Node");
        assert_eq!(d.changes[0].path, ".value");
    }

    #[test]
    fn operation_and_security_changes() {
        let old = doc(customer(), body());
        let mut new = old.clone();
        new["paths"]["/customers/{customer_id}"] = new["paths"]["/customers/{id}"].take();
        new["paths"]
            .as_object_mut()
            .map(|p| p.remove("/customers/{id}"));
        new["paths"]["/customers/{customer_id}"]["get"]["parameters"][0]["name"] =
            json!("customer_id");
        new["paths"]["/customers/{customer_id}"]["post"]["operationId"] = json!("patchCustomer");
        new["paths"]["/customers/{customer_id}"]
            .as_object_mut()
            .map(|p| p.remove("get").map(|g| p.insert("put".into(), g)));
        new["security"] = json!([{"bearerAuth": []}, {"basicAuth": []}]);
        new["components"]["securitySchemes"]["bearerAuth"]["scheme"] = json!("basic");
        let d = diff(&old, &new);
        let kinds: BTreeSet<ChangeKind> = d.changes.iter().map(|c| c.kind).collect();
        for k in [
            ChangeKind::OperationMoved,
            ChangeKind::OperationIdChanged,
            ChangeKind::ParameterRenamed,
            ChangeKind::SecurityRequirementAdded,
            ChangeKind::SecuritySchemeChanged,
        ] {
            assert!(kinds.contains(&k), "{k:?} missing from {d:#?}");
        }
        assert_eq!(
            d.of_kind(ChangeKind::ParameterRenamed)[0].impact,
            Impact::NonBreaking
        );
    }

    #[test]
    fn nullable_reference_in_31_style() {
        let mut b = body();
        b["properties"]["c"] = json!({"$ref": "#/components/schemas/Customer"});
        let mut b2 = body();
        b2["properties"]["c"] =
            json!({"anyOf": [{"$ref": "#/components/schemas/Customer"}, {"type": "null"}]});
        let d = diff(&doc(customer(), b), &doc(customer(), b2));
        assert_eq!(d.changes.len(), 1, "{d:#?}");
        assert_eq!(d.changes[0].kind, ChangeKind::NullableAdded);
        assert_eq!(d.changes[0].impact, Impact::NonBreaking);
    }

    #[test]
    fn shared_schema_changes_merge_directions() {
        // Customer is used in a response already; use it in the request too.
        let b = json!({"$ref": "#/components/schemas/Customer"});
        let mut c = customer();
        c["properties"]["status"]["enum"] = json!(["OPEN"]);
        let d = diff(&doc(customer(), b.clone()), &doc(c, b));
        assert_eq!(d.changes.len(), 1, "{d:#?}");
        assert_eq!(d.changes[0].kind, ChangeKind::EnumValueRemoved);
        assert_eq!(d.changes[0].direction, Some(Direction::Both));
        assert_eq!(d.changes[0].impact, Impact::Breaking);
    }

    #[test]
    fn status_changes() {
        let old = doc(customer(), body());
        let mut new = old.clone();
        new["paths"]["/customers/{id}"]["get"]["responses"]["404"] = json!({"description": "nf"});
        new["paths"]["/customers/{id}"]["post"]["responses"]["201"] =
            json!({"description": "created"});
        let d = diff(&old, &new);
        assert_eq!(
            d.of_kind(ChangeKind::ErrorStatusAdded)[0].impact,
            Impact::NonBreaking
        );
        assert_eq!(
            d.of_kind(ChangeKind::SuccessStatusAdded)[0].impact,
            Impact::Breaking
        );
    }
}
