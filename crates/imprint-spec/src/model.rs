//! The index of operations and webhooks, with the facts every consumer
//! derives the same way: section, idempotency (hence the retry class) and
//! cursor pagination.

use std::collections::BTreeSet;

use serde_json::{Map, Value};

use crate::refs::{component_name, escape, has_type, is_json, property, resolve};

/// The HTTP methods a path item may hold, in OpenAPI order.
pub const HTTP_METHODS: &[&str] = &[
    "get", "put", "post", "delete", "options", "head", "patch", "trace",
];

/// The section of an operation without tags.
pub const DEFAULT_SECTION: &str = "Default";

/// One operation as it stands in the document, before interpretation: the
/// one walk over `paths` that every consumer shares.
#[derive(Debug, Clone, Copy)]
pub struct OperationItem<'d> {
    /// The path template, e.g. `/v2/customers/{customer_id}`.
    pub path: &'d str,
    /// Lower-case method, as the document spells it.
    pub method: &'static str,
    /// The path item (resolved if it was a `$ref`).
    pub item: &'d Map<String, Value>,
    /// The operation object.
    pub op: &'d Map<String, Value>,
}

impl OperationItem<'_> {
    /// JSON pointer of the operation object.
    pub fn pointer(&self) -> String {
        format!("/paths/{}/{}", escape(self.path), self.method)
    }
    /// The declared `operationId`, if any.
    pub fn declared_id(&self) -> Option<&str> {
        self.op.get("operationId").and_then(Value::as_str)
    }
}

/// Every operation under `paths`, in document order. Path items given by
/// `$ref` are followed; anything that is not an object is skipped.
pub fn operation_items(doc: &Value) -> Vec<OperationItem<'_>> {
    let mut out = Vec::new();
    let Some(paths) = doc.get("paths").and_then(Value::as_object) else {
        return out;
    };
    for (path, item) in paths {
        let Some(item) = resolve(doc, item).as_object() else {
            continue;
        };
        for method in HTTP_METHODS {
            if let Some(op) = item.get(*method).and_then(Value::as_object) {
                out.push(OperationItem {
                    path,
                    method,
                    item,
                    op,
                });
            }
        }
    }
    out
}

/// The operationId the generator uses for an operation that has none:
/// method and path segments, snake case (`get_v2_customers_customer_id`).
pub fn synthesize_operation_id(method: &str, path: &str) -> String {
    let mut id = method.to_ascii_lowercase();
    for segment in path.split('/').filter(|s| !s.is_empty()) {
        let segment = segment.trim_start_matches('{').trim_end_matches('}');
        let clean: String = segment
            .chars()
            .map(|c| {
                if c.is_ascii_alphanumeric() {
                    c.to_ascii_lowercase()
                } else {
                    '_'
                }
            })
            .collect();
        id.push('_');
        id.push_str(clean.trim_matches('_'));
    }
    id
}

/// Where a request value goes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Location {
    /// A path parameter.
    Path,
    /// A query parameter.
    Query,
    /// A header.
    Header,
    /// A cookie.
    Cookie,
    /// A top-level property of the JSON request body.
    Body,
}

impl Location {
    fn of_parameter(s: &str) -> Option<Self> {
        match s {
            "path" => Some(Self::Path),
            "query" => Some(Self::Query),
            "header" => Some(Self::Header),
            "cookie" => Some(Self::Cookie),
            _ => None,
        }
    }
    /// The OpenAPI spelling (`path`, `query`, ..., `body`).
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Path => "path",
            Self::Query => "query",
            Self::Header => "header",
            Self::Cookie => "cookie",
            Self::Body => "body",
        }
    }
}

/// A parameter, `$ref` resolved.
#[derive(Debug, Clone, PartialEq)]
pub struct Parameter {
    /// Its name.
    pub name: String,
    /// Where it goes (never [`Location::Body`]).
    pub location: Location,
    /// Whether it is required (path parameters always are).
    pub required: bool,
    /// Its schema (`{}` when the spec gives none).
    pub schema: Value,
    /// Its description.
    pub description: Option<String>,
    /// Its example, at parameter or schema level.
    pub example: Option<Value>,
}

/// A request body.
#[derive(Debug, Clone, PartialEq)]
pub struct RequestBody {
    /// Whether it is required.
    pub required: bool,
    /// Its content (JSON if there is JSON content, otherwise the first).
    pub media: Media,
}

/// One media type of a request or response.
#[derive(Debug, Clone, PartialEq)]
pub struct Media {
    /// The media type, e.g. `application/json`.
    pub media_type: String,
    /// The schema (possibly a `$ref`), `{}` when the spec gives none.
    pub schema: Value,
    /// Media-type level examples (`example`, `examples.*.value`), by name.
    pub examples: Vec<(String, Value)>,
}

impl Media {
    /// Whether the media type is JSON.
    pub fn is_json(&self) -> bool {
        is_json(&self.media_type)
    }
}

/// A documented response.
#[derive(Debug, Clone, PartialEq)]
pub struct Response {
    /// The key under `responses`: `"200"`, `"4XX"`, `"default"`.
    pub status: String,
    /// Its description.
    pub description: Option<String>,
    /// Its content, JSON if any (a response with none has no body).
    pub content: Option<Media>,
}

impl Response {
    /// The numeric status, when the key is one.
    pub fn code(&self) -> Option<u16> {
        self.status.parse().ok()
    }
    /// Whether this is a 2xx response (`2XX` included).
    pub fn is_success(&self) -> bool {
        self.status.starts_with('2')
    }
    /// The JSON content, if the response has one.
    pub fn json(&self) -> Option<&Media> {
        self.content.as_ref().filter(|m| m.is_json())
    }
    /// The component schema name of the JSON body, when it is a plain `$ref`.
    pub fn schema_name(&self) -> Option<&str> {
        self.json().and_then(|m| component_name(&m.schema))
    }
}

/// How a cursor list pages: where the cursor and page size go, and where
/// the page's items, `has_more` flag and next cursor are.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Pagination {
    /// Where the cursor goes (query or body).
    pub cursor_location: Location,
    /// The cursor's name (`starting_after`).
    pub cursor: String,
    /// Where the page size goes, and its name (`limit`).
    pub limit: Option<(Location, String)>,
    /// The response property holding the items (`data`).
    pub items: String,
    /// The response property saying whether more follow (`has_more`).
    pub has_more: String,
    /// The item property whose value is the next cursor (`id`).
    pub item_cursor: String,
    /// The response property holding the total count, if any (`total`).
    pub total: Option<String>,
    /// True when set by an `x-pagination` extension, not detected.
    pub declared: bool,
}

/// One operation of the spec, with the facts derived from it.
#[derive(Debug, Clone, PartialEq)]
pub struct Operation {
    /// Its `operationId` (synthesised when the spec has none; see
    /// [`synthesize_operation_id`]).
    pub id: String,
    /// Whether [`Self::id`] was synthesised.
    pub id_synthesized: bool,
    /// Upper-case HTTP method.
    pub method: String,
    /// The path template.
    pub path: String,
    /// JSON pointer of the operation object.
    pub pointer: String,
    /// The API section: the first tag, or [`DEFAULT_SECTION`].
    pub section: String,
    /// One-line summary.
    pub summary: Option<String>,
    /// Whether the spec marks it deprecated.
    pub deprecated: bool,
    /// Path-item and operation parameters, `$ref`s resolved; an operation
    /// parameter overrides the path item's of the same name and place.
    pub parameters: Vec<Parameter>,
    /// The request body, if any.
    pub request_body: Option<RequestBody>,
    /// Every documented response, in spec order.
    pub responses: Vec<Response>,
    /// Names of the security schemes any applicable requirement uses.
    pub security: Vec<String>,
    /// Whether sending it twice has the effect of sending it once, so that
    /// a retry after an unknown outcome is safe. GET, HEAD, OPTIONS, TRACE,
    /// PUT and DELETE are; POST and PATCH are not; `x-idempotent: true|false`
    /// on the operation overrides (a search sent as POST is declared so).
    pub idempotent: bool,
    /// Whether [`Self::idempotent`] comes from an `x-idempotent` extension.
    pub idempotent_declared: bool,
    /// Whether the API serves it in its sandbox only (`x-sandbox-only:
    /// true`): Imprint's simulations answer 403 in production, so a client
    /// configured for production refuses them before sending.
    pub sandbox_only: bool,
    /// Cursor pagination, if this is a cursor list (see [`Pagination`] and
    /// the crate docs for the rule).
    pub pagination: Option<Pagination>,
}

impl Operation {
    /// `METHOD /path (operationId)`, for messages.
    pub fn label(&self) -> String {
        format!("{} {} ({})", self.method, self.path, self.id)
    }
    /// The success responses.
    pub fn successes(&self) -> impl Iterator<Item = &Response> {
        self.responses.iter().filter(|r| r.is_success())
    }
    /// The documented non-2xx responses.
    pub fn errors(&self) -> impl Iterator<Item = &Response> {
        self.responses.iter().filter(|r| !r.is_success())
    }
    /// The parameters in `location`.
    pub fn params_in(&self, location: Location) -> impl Iterator<Item = &Parameter> {
        self.parameters
            .iter()
            .filter(move |p| p.location == location)
    }
    /// The parameter `name`, in any location.
    pub fn param(&self, name: &str) -> Option<&Parameter> {
        self.parameters.iter().find(|p| p.name == name)
    }
    /// The JSON schema of the first 2xx response with JSON content.
    pub fn success_schema(&self) -> Option<&Value> {
        self.successes().find_map(|r| r.json()).map(|m| &m.schema)
    }
    /// Whether it is a cursor list.
    pub fn is_cursor_list(&self) -> bool {
        self.pagination.is_some()
    }
}

/// A webhook the API sends (`webhooks` in OpenAPI 3.1).
#[derive(Debug, Clone, PartialEq)]
pub struct Webhook {
    /// Its key under `webhooks` (`Transaction`).
    pub name: String,
    /// Its operation's id (`hookTransactionStatus`).
    pub operation_id: Option<String>,
    /// Upper-case method of the delivery (`POST`).
    pub method: String,
    /// One-line summary.
    pub summary: Option<String>,
    /// The component schema of the JSON payload.
    pub payload_schema: Option<String>,
    /// The value of the payload's `object` property that identifies this
    /// webhook (its single enum value), if the payload declares one.
    pub object: Option<String>,
    /// Header parameters the delivery carries (the signature header).
    pub headers: Vec<String>,
}

/// A problem found while indexing that a reviewer should decide on (an
/// overlay action usually settles it).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Finding {
    /// JSON pointer of the construct.
    pub pointer: String,
    /// What is wrong.
    pub message: String,
}

impl std::fmt::Display for Finding {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}: {}", self.pointer, self.message)
    }
}

pub(crate) struct Index {
    pub(crate) operations: Vec<Operation>,
    pub(crate) webhooks: Vec<Webhook>,
    pub(crate) findings: Vec<Finding>,
}

pub(crate) fn index(doc: &Value) -> Index {
    let mut findings = Vec::new();
    let top_security = doc.get("security");
    let items = operation_items(doc);
    let mut used: BTreeSet<String> = items
        .iter()
        .filter_map(|i| i.declared_id().map(str::to_string))
        .collect();
    let mut operations = Vec::with_capacity(items.len());
    for item in items {
        let pointer = item.pointer();
        let (id, id_synthesized) = match item.declared_id() {
            Some(id) => (id.to_string(), false),
            None => {
                let base = synthesize_operation_id(item.method, item.path);
                let mut id = base.clone();
                let mut n = 2;
                while used.contains(&id) {
                    id = format!("{base}_{n}");
                    n += 1;
                }
                used.insert(id.clone());
                (id, true)
            }
        };
        let op = item.op;
        let parameters = parameters(doc, item.item.get("parameters"), op.get("parameters"));
        let request_body = op.get("requestBody").and_then(|b| {
            let b = resolve(doc, b);
            Some(RequestBody {
                required: b.get("required").and_then(Value::as_bool).unwrap_or(false),
                media: media(doc, b.get("content"))?,
            })
        });
        let responses = op
            .get("responses")
            .and_then(Value::as_object)
            .map(|rs| {
                rs.iter()
                    .map(|(status, r)| {
                        let r = resolve(doc, r);
                        Response {
                            status: status.clone(),
                            description: text(r.get("description")),
                            content: media(doc, r.get("content")),
                        }
                    })
                    .collect()
            })
            .unwrap_or_default();
        let method = item.method.to_ascii_uppercase();
        let (idempotent, idempotent_declared) = match op.get("x-idempotent") {
            Some(Value::Bool(b)) => (*b, true),
            Some(other) => {
                findings.push(Finding {
                    pointer: format!("{pointer}/x-idempotent"),
                    message: format!("must be true or false, not {other}"),
                });
                (idempotent_by_method(&method), false)
            }
            None => (idempotent_by_method(&method), false),
        };
        let sandbox_only = match op.get("x-sandbox-only") {
            Some(Value::Bool(b)) => *b,
            Some(other) => {
                findings.push(Finding {
                    pointer: format!("{pointer}/x-sandbox-only"),
                    message: format!("must be true or false, not {other}"),
                });
                false
            }
            None => false,
        };
        let mut operation = Operation {
            id,
            id_synthesized,
            method,
            path: item.path.to_string(),
            section: op
                .get("tags")
                .and_then(Value::as_array)
                .and_then(|t| t.first())
                .and_then(Value::as_str)
                .unwrap_or(DEFAULT_SECTION)
                .to_string(),
            summary: text(op.get("summary")),
            deprecated: op
                .get("deprecated")
                .and_then(Value::as_bool)
                .unwrap_or(false),
            parameters,
            request_body,
            responses,
            security: security_names(op.get("security").or(top_security)),
            idempotent,
            idempotent_declared,
            sandbox_only,
            pagination: None,
            pointer,
        };
        operation.pagination = pagination(doc, &operation, op.get("x-pagination"), &mut findings);
        operations.push(operation);
    }
    let webhooks = webhooks(doc);
    Index {
        operations,
        webhooks,
        findings,
    }
}

fn idempotent_by_method(method: &str) -> bool {
    !matches!(method, "POST" | "PATCH")
}

fn text(v: Option<&Value>) -> Option<String> {
    v.and_then(Value::as_str).map(str::to_string)
}

fn parameters(doc: &Value, shared: Option<&Value>, own: Option<&Value>) -> Vec<Parameter> {
    let mut out: Vec<Parameter> = Vec::new();
    for list in [shared, own].into_iter().flatten() {
        for p in list.as_array().into_iter().flatten() {
            let p = resolve(doc, p);
            let Some(location) = p
                .get("in")
                .and_then(Value::as_str)
                .and_then(Location::of_parameter)
            else {
                continue;
            };
            let schema = p
                .get("schema")
                .cloned()
                .unwrap_or(Value::Object(Map::new()));
            let param = Parameter {
                name: p
                    .get("name")
                    .and_then(Value::as_str)
                    .unwrap_or_default()
                    .to_string(),
                location,
                required: location == Location::Path
                    || p.get("required").and_then(Value::as_bool).unwrap_or(false),
                description: text(p.get("description"))
                    .or_else(|| text(resolve(doc, &schema).get("description"))),
                example: p
                    .get("example")
                    .or_else(|| resolve(doc, &schema).get("example"))
                    .cloned(),
                schema,
            };
            out.retain(|q| !(q.name == param.name && q.location == param.location));
            out.push(param);
        }
    }
    out
}

fn media(doc: &Value, content: Option<&Value>) -> Option<Media> {
    let content = content?.as_object()?;
    let (media_type, media) = content
        .iter()
        .find(|(mt, _)| is_json(mt))
        .or_else(|| content.iter().next())?;
    let mut examples = Vec::new();
    if let Some(e) = media.get("example") {
        examples.push(("example".to_string(), e.clone()));
    }
    for (name, e) in media
        .get("examples")
        .and_then(Value::as_object)
        .into_iter()
        .flatten()
    {
        if let Some(v) = resolve(doc, e).get("value") {
            examples.push((name.clone(), v.clone()));
        }
    }
    Some(Media {
        media_type: media_type.clone(),
        schema: media
            .get("schema")
            .cloned()
            .unwrap_or(Value::Object(Map::new())),
        examples,
    })
}

fn security_names(requirements: Option<&Value>) -> Vec<String> {
    let mut names = BTreeSet::new();
    for req in requirements.and_then(Value::as_array).into_iter().flatten() {
        for name in req.as_object().into_iter().flatten().map(|(k, _)| k) {
            names.insert(name.clone());
        }
    }
    names.into_iter().collect()
}

/// Where a request-side name is: a query parameter or a top-level body
/// property.
fn request_location(doc: &Value, op: &Operation, name: &str) -> Option<Location> {
    if op.params_in(Location::Query).any(|p| p.name == name) {
        return Some(Location::Query);
    }
    let body = op.request_body.as_ref()?;
    property(doc, &body.media.schema, name).map(|_| Location::Body)
}

/// The pagination rule: a request taking `limit` and `starting_after`
/// (query or body) and a JSON success body with an array `data` and a
/// `has_more` flag; the next cursor is the last item's `id`. The operation's
/// `x-pagination` extension overrides: `false` turns it off, an object
/// declares it with any of `cursor`, `limit`, `items`, `has_more`,
/// `item_cursor`, `total` renamed.
fn pagination(
    doc: &Value,
    op: &Operation,
    extension: Option<&Value>,
    findings: &mut Vec<Finding>,
) -> Option<Pagination> {
    let declared = match extension {
        None => None,
        Some(Value::Bool(false)) => return None,
        Some(Value::Object(o)) => Some(o),
        Some(other) => {
            findings.push(Finding {
                pointer: format!("{}/x-pagination", op.pointer),
                message: format!("must be false or an object, not {other}"),
            });
            None
        }
    };
    let name = |key: &str, default: &str| -> String {
        declared
            .and_then(|o| o.get(key))
            .and_then(Value::as_str)
            .unwrap_or(default)
            .to_string()
    };
    let cursor = name("cursor", "starting_after");
    let limit = name("limit", "limit");
    let items = name("items", "data");
    let has_more = name("has_more", "has_more");
    let total = name("total", "total");
    let cursor_location = request_location(doc, op, &cursor);
    let limit_location = request_location(doc, op, &limit);
    let response = op.success_schema();
    let items_schema = response.and_then(|s| property(doc, s, &items));
    let has_more_ok = response.is_some_and(|s| property(doc, s, &has_more).is_some());
    let shape = (
        cursor_location,
        limit_location,
        items_schema.filter(|s| has_type(doc, s, "array")),
        has_more_ok,
    );
    let (Some(cursor_location), limit_location, Some(items_schema), true) = shape else {
        if declared.is_some() {
            findings.push(Finding {
                pointer: format!("{}/x-pagination", op.pointer),
                message: format!(
                    "declares a cursor list, but the operation lacks a `{cursor}` parameter, an array `{items}` or a `{has_more}` flag"
                ),
            });
        }
        return None;
    };
    if declared.is_none() && limit_location.is_none() {
        return None;
    }
    let item = items_schema.get("items").unwrap_or(&Value::Null);
    let item_cursor = name("item_cursor", "id");
    if property(doc, item, &item_cursor).is_none() {
        findings.push(Finding {
            pointer: op.pointer.clone(),
            message: format!(
                "looks like a cursor list (`{cursor}`, `{items}`, `{has_more}`), but its items have no `{item_cursor}` to continue from; declare `x-pagination: {{item_cursor: ...}}` or `x-pagination: false` in the overlay"
            ),
        });
        return None;
    }
    let total = response
        .and_then(|s| property(doc, s, &total))
        .map(|_| total);
    Some(Pagination {
        cursor_location,
        cursor,
        limit: limit_location.map(|l| (l, limit)),
        items,
        has_more,
        item_cursor,
        total,
        declared: declared.is_some(),
    })
}

fn webhooks(doc: &Value) -> Vec<Webhook> {
    let mut out = Vec::new();
    for (name, item) in doc
        .get("webhooks")
        .and_then(Value::as_object)
        .into_iter()
        .flatten()
    {
        let item = resolve(doc, item);
        for method in HTTP_METHODS {
            let Some(op) = item.get(*method) else {
                continue;
            };
            let payload = op
                .get("requestBody")
                .map(|b| resolve(doc, b))
                .and_then(|b| media(doc, b.get("content")));
            let payload_schema = payload
                .as_ref()
                .and_then(|m| component_name(&m.schema))
                .map(str::to_string);
            let object = payload.as_ref().and_then(|m| {
                let object = property(doc, &m.schema, "object")?;
                match (object.get("const"), object.get("enum")) {
                    (Some(Value::String(c)), _) => Some(c.clone()),
                    (_, Some(Value::Array(values))) if values.len() == 1 => {
                        values[0].as_str().map(str::to_string)
                    }
                    _ => None,
                }
            });
            let headers = parameters(doc, item.get("parameters"), op.get("parameters"))
                .into_iter()
                .filter(|p| p.location == Location::Header)
                .map(|p| p.name)
                .collect();
            out.push(Webhook {
                name: name.clone(),
                operation_id: text(op.get("operationId")),
                method: method.to_ascii_uppercase(),
                summary: text(op.get("summary")),
                payload_schema,
                object,
                headers,
            });
        }
    }
    out
}

/// Names of the properties marked `x-sensitive: true` anywhere in `doc`.
pub(crate) fn sensitive_fields(doc: &Value) -> BTreeSet<String> {
    let mut out = BTreeSet::new();
    collect_sensitive(doc, &mut out);
    out
}

fn collect_sensitive(v: &Value, out: &mut BTreeSet<String>) {
    match v {
        Value::Object(o) => {
            if let Some(Value::Object(props)) = o.get("properties") {
                for (name, prop) in props {
                    if prop.get("x-sensitive") == Some(&Value::Bool(true)) {
                        out.insert(name.clone());
                    }
                }
            }
            o.values().for_each(|c| collect_sensitive(c, out));
        }
        Value::Array(a) => a.iter().for_each(|c| collect_sensitive(c, out)),
        _ => {}
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn list_doc(params: Value, response: Value) -> Value {
        json!({
            "openapi": "3.1.0",
            "paths": {"/v2/widgets": {"get": {
                "operationId": "listWidgets", "tags": ["Widgets"],
                "parameters": params,
                "responses": {"200": {"description": "ok", "content": {"application/json": {"schema": response}}}}
            }}},
            "components": {"schemas": {"Widget": {"type": "object", "properties": {"id": {"type": "string"}}}}}
        })
    }

    fn cursor_params() -> Value {
        json!([
            {"name": "limit", "in": "query", "schema": {"type": "integer"}},
            {"name": "starting_after", "in": "query", "schema": {"type": "string"}}
        ])
    }

    fn list_response() -> Value {
        json!({"type": "object", "properties": {
            "data": {"type": "array", "items": {"$ref": "#/components/schemas/Widget"}},
            "has_more": {"type": "boolean"}, "total": {"type": "integer"}}})
    }

    #[test]
    fn a_cursor_list_is_detected_from_request_and_response() {
        let ix = index(&list_doc(cursor_params(), list_response()));
        let op = &ix.operations[0];
        assert_eq!(op.section, "Widgets");
        assert!(op.idempotent && !op.idempotent_declared);
        let p = op.pagination.as_ref().expect("a cursor list");
        assert_eq!(p.cursor_location, Location::Query);
        assert_eq!(p.limit, Some((Location::Query, "limit".into())));
        assert_eq!(p.total.as_deref(), Some("total"));
        assert_eq!(p.item_cursor, "id");
    }

    #[test]
    fn no_cursor_parameter_means_one_page() {
        let params = json!([{"name": "limit", "in": "query", "schema": {"type": "integer"}}]);
        let ix = index(&list_doc(params, list_response()));
        assert!(ix.operations[0].pagination.is_none());
        assert!(ix.findings.is_empty());
    }

    #[test]
    fn x_pagination_overrides_both_ways() {
        let mut doc = list_doc(cursor_params(), list_response());
        doc["paths"]["/v2/widgets"]["get"]["x-pagination"] = json!(false);
        assert!(index(&doc).operations[0].pagination.is_none());

        // Items without `id`: detected, but refused until declared.
        let mut doc = list_doc(cursor_params(), list_response());
        doc["components"]["schemas"]["Widget"] =
            json!({"properties": {"widget_id": {"type": "string"}}});
        let ix = index(&doc);
        assert!(ix.operations[0].pagination.is_none());
        assert!(
            ix.findings[0].message.contains("x-pagination"),
            "{:?}",
            ix.findings
        );
        doc["paths"]["/v2/widgets"]["get"]["x-pagination"] = json!({"item_cursor": "widget_id"});
        let ix = index(&doc);
        let p = ix.operations[0].pagination.as_ref().expect("declared");
        assert!(p.declared);
        assert_eq!(p.item_cursor, "widget_id");
    }

    #[test]
    fn body_cursor_and_idempotency_rules() {
        let doc = json!({"paths": {"/s": {"post": {
            "operationId": "searchThings", "x-idempotent": true,
            "requestBody": {"content": {"application/json": {"schema": {"properties": {
                "limit": {"type": "integer"}, "starting_after": {"type": "string"}}}}}},
            "responses": {"200": {"description": "ok", "content": {"application/json": {"schema": {
                "properties": {"data": {"type": "array", "items": {"properties": {"id": {"type": "string"}}}},
                "has_more": {"type": "boolean"}}}}}}}
        }, "put": {"responses": {}}, "patch": {"operationId": "patchThing", "responses": {}}}}});
        let ix = index(&doc);
        // Methods come in OpenAPI order: put, post, patch.
        let search = &ix.operations[1];
        assert_eq!(search.id, "searchThings");
        assert!(search.idempotent && search.idempotent_declared);
        assert_eq!(
            search.pagination.as_ref().map(|p| p.cursor_location),
            Some(Location::Body)
        );
        let put = &ix.operations[0];
        assert!(put.idempotent && put.id_synthesized);
        assert_eq!(put.id, "put_s");
        assert!(!ix.operations[2].idempotent, "PATCH is not idempotent");
    }

    #[test]
    fn webhooks_name_their_payload_and_object() {
        let doc = json!({
            "webhooks": {"Reward": {"post": {
                "operationId": "hookReward",
                "parameters": [{"in": "header", "name": "X-SIG", "schema": {"type": "string"}}],
                "requestBody": {"content": {"application/json": {"schema": {"$ref": "#/components/schemas/RewardPayload"}}}}
            }}},
            "components": {"schemas": {"RewardPayload": {"properties": {
                "object": {"type": "string", "enum": ["REWARD"]},
                "ssn": {"type": "string", "x-sensitive": true}}}}}
        });
        let ix = index(&doc);
        assert_eq!(
            ix.webhooks[0].payload_schema.as_deref(),
            Some("RewardPayload")
        );
        assert_eq!(ix.webhooks[0].object.as_deref(), Some("REWARD"));
        assert_eq!(ix.webhooks[0].headers, ["X-SIG"]);
        assert_eq!(
            sensitive_fields(&doc).into_iter().collect::<Vec<_>>(),
            ["ssn"]
        );
    }
}
