//! The spec as the suite reads it: the vendored `openapi.yaml` with the
//! overlay applied (exactly what `imprint-codegen` generates from), and a
//! small model of its operations.

use std::collections::BTreeSet;
use std::sync::OnceLock;

use serde_json::{Map, Value};

/// The HTTP methods a path item may hold, in OpenAPI order.
pub const HTTP_METHODS: &[&str] = &[
    "get", "put", "post", "delete", "options", "head", "patch", "trace",
];

/// The overlay-applied OpenAPI 3.1 document `imprint-raw` was generated from,
/// parsed once per process.
///
/// # Panics
///
/// If either embedded document does not parse or the overlay fails: the
/// suite cannot say anything without the spec.
pub fn merged() -> &'static Value {
    static DOC: OnceLock<Value> = OnceLock::new();
    DOC.get_or_init(|| {
        merge(imprint_raw::OPENAPI_YAML, imprint_raw::OVERLAY_YAML)
            .unwrap_or_else(|e| panic!("cannot load the spec the client was generated from: {e}"))
    })
}

/// Applies `overlay` to `spec` (both YAML or JSON text) like the build does.
pub fn merge(spec: &str, overlay: &str) -> Result<Value, imprint_spec::Error> {
    Ok(imprint_spec::Spec::from_texts(spec, Some(overlay))?.into_document())
}

/// One operation of the spec.
#[derive(Debug, Clone, PartialEq)]
pub struct Operation {
    /// Its `operationId`.
    pub id: String,
    /// Upper-case HTTP method.
    pub method: String,
    /// The path template, e.g. `/v2/customers/{customer_id}`.
    pub path: String,
    /// Path-item and operation parameters, `$ref`s resolved.
    pub parameters: Vec<Parameter>,
    /// The request body, if any.
    pub request_body: Option<RequestBody>,
    /// Every documented response, in spec order.
    pub responses: Vec<Response>,
    /// Names of the security schemes any of the applicable requirements use.
    pub security: Vec<String>,
}

/// A parameter.
#[derive(Debug, Clone, PartialEq)]
pub struct Parameter {
    /// Its name.
    pub name: String,
    /// `path`, `query`, `header` or `cookie`.
    pub location: String,
    /// Whether it is required.
    pub required: bool,
    /// Its schema.
    pub schema: Value,
}

/// A request body.
#[derive(Debug, Clone, PartialEq)]
pub struct RequestBody {
    /// Whether it is required.
    pub required: bool,
    /// Its (JSON) content.
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

/// A documented response.
#[derive(Debug, Clone, PartialEq)]
pub struct Response {
    /// The key under `responses`: `"200"`, `"4XX"`, `"default"`.
    pub status: String,
    /// The JSON content, if the response has one.
    pub json: Option<Media>,
}

impl Response {
    /// The numeric status, when the key is one.
    pub fn code(&self) -> Option<u16> {
        self.status.parse().ok()
    }
    /// Whether this is a 2xx response.
    pub fn is_success(&self) -> bool {
        self.status.starts_with('2')
    }
    /// The component schema name of the JSON body, when it is a plain `$ref`
    /// to `#/components/schemas/..`.
    pub fn schema_name(&self) -> Option<&str> {
        self.json.as_ref().and_then(|m| component_name(&m.schema))
    }
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
    pub fn params_in<'a>(&'a self, location: &'a str) -> impl Iterator<Item = &'a Parameter> {
        self.parameters
            .iter()
            .filter(move |p| p.location == location)
    }
}

/// The component name a schema `$ref`s, if it is `#/components/schemas/X`.
pub fn component_name(schema: &Value) -> Option<&str> {
    schema
        .get("$ref")
        .and_then(Value::as_str)
        .and_then(|r| r.strip_prefix("#/components/schemas/"))
}

/// Follows a local `$ref` (`#/...`) inside `root`.
pub fn lookup<'a>(root: &'a Value, reference: &str) -> Option<&'a Value> {
    let fragment = reference.strip_prefix('#')?;
    let decoded = percent_encoding::percent_decode_str(fragment)
        .decode_utf8()
        .ok()?;
    root.pointer(&decoded)
}

/// Follows `$ref` chains until a schema (or object) without one. Panics on
/// a dangling or external reference, naming it.
pub fn resolve<'a>(root: &'a Value, mut value: &'a Value) -> &'a Value {
    for _ in 0..32 {
        match value.get("$ref").and_then(Value::as_str) {
            Some(r) => {
                value = lookup(root, r)
                    .unwrap_or_else(|| panic!("`$ref: {r}` does not resolve inside the spec"));
            }
            None => return value,
        }
    }
    panic!("`$ref` chain longer than 32 links (a cycle?) at {value}")
}

/// Every operation with an `operationId`, in document order. An operation
/// without one is reported with a synthetic id so coverage still names it.
pub fn operations(doc: &Value) -> Vec<Operation> {
    let mut ops = Vec::new();
    let empty = Map::new();
    let paths = doc
        .get("paths")
        .and_then(Value::as_object)
        .unwrap_or(&empty);
    let top_security = doc.get("security");
    for (path, item) in paths {
        let item = resolve(doc, item);
        let shared = item.get("parameters");
        for method in HTTP_METHODS {
            let Some(op) = item.get(*method) else {
                continue;
            };
            let id = op
                .get("operationId")
                .and_then(Value::as_str)
                .map(str::to_string)
                .unwrap_or_else(|| format!("<no operationId: {} {path}>", method.to_uppercase()));
            ops.push(Operation {
                id,
                method: method.to_uppercase(),
                path: path.clone(),
                parameters: parameters(doc, shared, op.get("parameters")),
                request_body: op.get("requestBody").map(|b| {
                    let b = resolve(doc, b);
                    RequestBody {
                        required: b.get("required").and_then(Value::as_bool).unwrap_or(false),
                        media: json_media(doc, b.get("content")).unwrap_or_else(|| {
                            panic!("{method} {path}: the request body has no JSON content")
                        }),
                    }
                }),
                responses: op
                    .get("responses")
                    .and_then(Value::as_object)
                    .map(|rs| {
                        rs.iter()
                            .map(|(status, r)| Response {
                                status: status.clone(),
                                json: json_media(doc, resolve(doc, r).get("content")),
                            })
                            .collect()
                    })
                    .unwrap_or_default(),
                security: security_names(op.get("security").or(top_security)),
            });
        }
    }
    ops
}

fn parameters(doc: &Value, shared: Option<&Value>, own: Option<&Value>) -> Vec<Parameter> {
    let mut out: Vec<Parameter> = Vec::new();
    for list in [shared, own].into_iter().flatten() {
        for p in list.as_array().into_iter().flatten() {
            let p = resolve(doc, p);
            let param = Parameter {
                name: p
                    .get("name")
                    .and_then(Value::as_str)
                    .unwrap_or_default()
                    .to_string(),
                location: p
                    .get("in")
                    .and_then(Value::as_str)
                    .unwrap_or_default()
                    .to_string(),
                required: p.get("required").and_then(Value::as_bool).unwrap_or(false),
                schema: p
                    .get("schema")
                    .cloned()
                    .unwrap_or(Value::Object(Map::new())),
            };
            // An operation parameter overrides the path item's of the same name and place.
            out.retain(|q| !(q.name == param.name && q.location == param.location));
            out.push(param);
        }
    }
    out
}

fn json_media(doc: &Value, content: Option<&Value>) -> Option<Media> {
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

/// `application/json` or a `+json` type.
pub fn is_json(media_type: &str) -> bool {
    let essence = media_type.split(';').next().unwrap_or_default().trim();
    essence.eq_ignore_ascii_case("application/json") || essence.ends_with("+json")
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

/// The component schemas, by name.
pub fn component_schemas(doc: &Value) -> Vec<(String, Value)> {
    doc.pointer("/components/schemas")
        .and_then(Value::as_object)
        .map(|m| m.iter().map(|(k, v)| (k.clone(), v.clone())).collect())
        .unwrap_or_default()
}
