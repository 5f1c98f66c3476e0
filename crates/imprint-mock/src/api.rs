//! The spec, compiled once per server (once per process for the bundled
//! spec): the route table, and for every operation its parameter and body
//! validators, prose rules, documented error shapes and success status.
//!
//! Nothing here knows an operation by name: everything is derived from
//! [`imprint_spec::Spec`], so an operation added to the spec is routed,
//! validated and answered without code.

use std::collections::BTreeMap;
use std::sync::{Arc, OnceLock};

use imprint_spec::refs::{properties, resolve};
use imprint_spec::{Location, Operation, Pagination, Spec};
use jsonschema::Validator;
use serde_json::{Map, Value};

use crate::error::MockError;
use crate::problem::ErrorShape;
use crate::validate::{ProseRule, prose_rules};

/// The default `limit` of a cursor list whose spec gives none.
pub(crate) const FALLBACK_LIMIT: u32 = 10;

/// One path parameter or query parameter, compiled.
pub(crate) struct ParamRule {
    pub(crate) name: String,
    pub(crate) location: Location,
    pub(crate) required: bool,
    /// The JSON type a query string is coerced to (`integer`, `number`,
    /// `boolean`, else `string`).
    pub(crate) coerce: Coerce,
    /// The parameter's schema, compiled.
    pub(crate) validator: Option<Validator>,
}

/// How a parameter's text becomes JSON before validation.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Coerce {
    String,
    Integer,
    Number,
    Boolean,
}

/// A JSON request body, compiled.
pub(crate) struct BodyRule {
    pub(crate) required: bool,
    pub(crate) validator: Validator,
    pub(crate) prose: Vec<ProseRule>,
}

/// An operation, compiled.
pub(crate) struct OpInfo {
    pub(crate) id: String,
    pub(crate) method: String,
    pub(crate) path: String,
    pub(crate) params: Vec<ParamRule>,
    pub(crate) body: Option<BodyRule>,
    /// The documented error responses, by status.
    pub(crate) errors: BTreeMap<u16, ErrorShape>,
    /// The first documented 2xx status (200 when none is documented).
    pub(crate) success_status: u16,
    /// The JSON schema of that success response, if it has a body.
    pub(crate) success_schema: Option<Value>,
    pub(crate) pagination: Option<Pagination>,
    /// The `limit` default of a cursor list (the spec's `default`).
    pub(crate) default_limit: u32,
}

impl std::fmt::Debug for OpInfo {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("OpInfo")
            .field("id", &self.id)
            .field("method", &self.method)
            .field("path", &self.path)
            .finish_non_exhaustive()
    }
}

/// One segment of a path template.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Segment {
    Literal(String),
    Param(String),
}

/// A path template and the operations (by method) it serves.
#[derive(Debug)]
struct PathRoute {
    segments: Vec<Segment>,
    /// (upper-case method, operation index), in spec order.
    methods: Vec<(String, usize)>,
}

/// What a method and a path address.
#[derive(Debug)]
pub(crate) enum RouteMatch {
    /// An operation, with its path parameters (still percent-encoded).
    Operation(usize, Vec<(String, String)>),
    /// A known path, another method; the value of `Allow`.
    MethodNotAllowed(String),
    /// No path template matches.
    NoRoute,
}

/// The compiled spec.
pub(crate) struct Api {
    pub(crate) spec: Spec,
    pub(crate) ops: Vec<OpInfo>,
    routes: Vec<PathRoute>,
    /// `(param example, type example)` of every flat error schema that
    /// documents a `param` (the `*NotFoundError` family), for 404s an
    /// operation does not document.
    flat_error_types: Vec<(String, String)>,
}

impl std::fmt::Debug for Api {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Api")
            .field("operations", &self.ops.len())
            .finish_non_exhaustive()
    }
}

/// The bundled spec (`openapi.yaml` with its overlay, as the client's
/// generator merged it).
pub(crate) fn bundled_spec() -> Result<Spec, MockError> {
    Spec::from_texts(imprint_raw::OPENAPI_JSON, None)
        .map_err(|e| MockError::Spec(format!("the bundled spec does not load: {e}")))
}

/// The bundled spec, compiled once per process.
pub(crate) fn bundled() -> Result<Arc<Api>, MockError> {
    static BUNDLED: OnceLock<Result<Arc<Api>, String>> = OnceLock::new();
    BUNDLED
        .get_or_init(|| {
            bundled_spec()
                .and_then(Api::compile)
                .map(Arc::new)
                .map_err(|e| e.to_string())
        })
        .clone()
        .map_err(MockError::Spec)
}

impl Api {
    /// Compiles every operation of `spec`.
    pub(crate) fn compile(spec: Spec) -> Result<Self, MockError> {
        let doc = spec.document();
        let mut ops = Vec::with_capacity(spec.operations().len());
        let mut routes: Vec<PathRoute> = Vec::new();
        for (index, op) in spec.operations().iter().enumerate() {
            let info = compile_operation(doc, op)?;
            let segments = parse_template(&op.path);
            match routes.iter_mut().find(|r| r.segments == segments) {
                Some(route) => route.methods.push((info.method.clone(), index)),
                None => routes.push(PathRoute {
                    segments,
                    methods: vec![(info.method.clone(), index)],
                }),
            }
            ops.push(info);
        }
        let flat_error_types = spec
            .component_schemas()
            .into_iter()
            .filter_map(|(_, schema)| {
                let example = |name: &str| {
                    properties(doc, schema)
                        .into_iter()
                        .find(|(n, _)| *n == name)
                        .and_then(|(_, p)| resolve(doc, p).get("example"))
                        .and_then(Value::as_str)
                        .map(str::to_owned)
                };
                Some((example("param")?, example("type")?))
            })
            .collect();
        Ok(Self {
            spec,
            ops,
            routes,
            flat_error_types,
        })
    }

    /// The operation with this id.
    pub(crate) fn op_index(&self, id: &str) -> Option<usize> {
        self.ops.iter().position(|o| o.id == id)
    }

    /// Matches a request. Templates are compared segment by segment; among
    /// the templates that match, a literal segment beats a `{param}` at the
    /// first position where they differ. The method is looked up on the
    /// winning template only (so a wrong method is a 405, not a 404).
    pub(crate) fn route(&self, method: &str, path: &str) -> RouteMatch {
        let Some(rest) = path.strip_prefix('/') else {
            return RouteMatch::NoRoute;
        };
        let parts: Vec<&str> = rest.split('/').collect();
        let mut best: Option<(&PathRoute, Vec<bool>)> = None;
        for route in &self.routes {
            if route.segments.len() != parts.len() {
                continue;
            }
            let mut literal = Vec::with_capacity(parts.len());
            let matches = route
                .segments
                .iter()
                .zip(&parts)
                .all(|(seg, part)| match seg {
                    Segment::Literal(l) => {
                        literal.push(true);
                        l == part
                    }
                    Segment::Param(_) => {
                        literal.push(false);
                        !part.is_empty()
                    }
                });
            if !matches {
                continue;
            }
            let better = match &best {
                None => true,
                Some((_, current)) => literal > *current,
            };
            if better {
                best = Some((route, literal));
            }
        }
        let Some((route, _)) = best else {
            return RouteMatch::NoRoute;
        };
        match route.methods.iter().find(|(m, _)| m == method) {
            Some((_, index)) => {
                let params = route
                    .segments
                    .iter()
                    .zip(&parts)
                    .filter_map(|(seg, part)| match seg {
                        Segment::Param(name) => Some((name.clone(), (*part).to_owned())),
                        Segment::Literal(_) => None,
                    })
                    .collect();
                RouteMatch::Operation(*index, params)
            }
            None => RouteMatch::MethodNotAllowed(
                route
                    .methods
                    .iter()
                    .map(|(m, _)| m.as_str())
                    .collect::<Vec<_>>()
                    .join(", "),
            ),
        }
    }

    /// The `type` of a flat error schema whose `param` example is `param`
    /// (`reward_id` → `REWARD_NOT_FOUND_ERROR`), for a 404 an operation does
    /// not document.
    pub(crate) fn flat_type_for_param(&self, param: &str) -> Option<&str> {
        self.flat_error_types
            .iter()
            .find(|(p, _)| p == param)
            .map(|(_, t)| t.as_str())
    }
}

fn parse_template(path: &str) -> Vec<Segment> {
    path.trim_start_matches('/')
        .split('/')
        .map(
            |s| match s.strip_prefix('{').and_then(|s| s.strip_suffix('}')) {
                Some(name) => Segment::Param(name.to_owned()),
                None => Segment::Literal(s.to_owned()),
            },
        )
        .collect()
}

fn compile_operation(doc: &Value, op: &Operation) -> Result<OpInfo, MockError> {
    let label = op.label();
    let mut params = Vec::new();
    for p in &op.parameters {
        if !matches!(p.location, Location::Path | Location::Query) {
            continue;
        }
        let resolved = resolve(doc, &p.schema);
        let coerce = match type_of(resolved) {
            Some("integer") => Coerce::Integer,
            Some("number") => Coerce::Number,
            Some("boolean") => Coerce::Boolean,
            _ => Coerce::String,
        };
        let empty = resolved.as_object().is_none_or(Map::is_empty);
        let validator = if empty {
            None
        } else {
            Some(
                compile_schema(doc, &p.schema)
                    .map_err(|e| MockError::Spec(format!("{label}: parameter {}: {e}", p.name)))?,
            )
        };
        params.push(ParamRule {
            name: p.name.clone(),
            location: p.location,
            required: p.required,
            coerce,
            validator,
        });
    }
    let body = match &op.request_body {
        Some(body) if body.media.is_json() => Some(BodyRule {
            required: body.required,
            validator: compile_schema(doc, &body.media.schema)
                .map_err(|e| MockError::Spec(format!("{label}: request body: {e}")))?,
            prose: prose_rules(doc, &body.media.schema),
        }),
        _ => None,
    };
    let mut errors = BTreeMap::new();
    for response in op.errors() {
        if let Some(code) = response.code() {
            let shape = match response.json() {
                Some(media) => ErrorShape::classify(doc, &media.schema),
                None => ErrorShape::Empty,
            };
            errors.insert(code, shape);
        }
    }
    let success = op.successes().find(|r| r.code().is_some());
    let success_status = success.and_then(|r| r.code()).unwrap_or(200);
    let success_schema = success.and_then(|r| r.json()).map(|m| m.schema.clone());
    let default_limit = op
        .pagination
        .as_ref()
        .and_then(|p| p.limit.as_ref())
        .and_then(|(location, name)| limit_default(doc, op, *location, name))
        .unwrap_or(FALLBACK_LIMIT);
    Ok(OpInfo {
        id: op.id.clone(),
        method: op.method.clone(),
        path: op.path.clone(),
        params,
        body,
        errors,
        success_status,
        success_schema,
        pagination: op.pagination.clone(),
        default_limit,
    })
}

fn limit_default(doc: &Value, op: &Operation, location: Location, name: &str) -> Option<u32> {
    let schema = match location {
        Location::Body => {
            let body = op.request_body.as_ref()?;
            properties(doc, &body.media.schema)
                .into_iter()
                .find(|(n, _)| *n == name)
                .map(|(_, s)| s)?
        }
        _ => &op.param(name)?.schema,
    };
    resolve(doc, schema)
        .get("default")
        .and_then(Value::as_u64)
        .and_then(|d| u32::try_from(d).ok())
}

/// The JSON type a schema declares (the first non-null one of a list).
pub(crate) fn type_of(schema: &Value) -> Option<&str> {
    match schema.get("type") {
        Some(Value::String(t)) => Some(t),
        Some(Value::Array(ts)) => ts.iter().filter_map(Value::as_str).find(|t| *t != "null"),
        _ => None,
    }
}

/// Compiles a schema fragment of `doc` as JSON Schema 2020-12 with format
/// assertions. The compiled root carries the document's `components`, so
/// `#/components/schemas/...` references resolve as they are written.
/// OpenAPI's integer formats (`int32`, `int64`), which JSON Schema does not
/// assert, become the ranges they name.
pub(crate) fn compile_schema(doc: &Value, schema: &Value) -> Result<Validator, String> {
    let mut root = Map::new();
    root.insert(
        "$schema".into(),
        Value::from("https://json-schema.org/draft/2020-12/schema"),
    );
    match schema {
        Value::Object(m) => root.extend(m.iter().map(|(k, v)| (k.clone(), v.clone()))),
        Value::Bool(true) => {}
        other => return Err(format!("the schema is not an object: {other}")),
    }
    if let Some(components) = doc.get("components") {
        root.insert("components".into(), components.clone());
    }
    let mut root = Value::Object(root);
    bound_integer_formats(&mut root);
    jsonschema::draft202012::options()
        .should_validate_formats(true)
        .build(&root)
        .map_err(|e| e.to_string())
}

/// Adds the range of every `int32`/`int64` format to its schema, keeping a
/// narrower `minimum` or `maximum` the schema already states.
fn bound_integer_formats(schema: &mut Value) {
    match schema {
        Value::Object(map) => {
            let range = match map.get("format").and_then(Value::as_str) {
                Some("int32") => Some((i64::from(i32::MIN), i64::from(i32::MAX))),
                Some("int64") => Some((i64::MIN, i64::MAX)),
                _ => None,
            };
            if let Some((lo, hi)) = range {
                map.entry("minimum").or_insert_with(|| Value::from(lo));
                map.entry("maximum").or_insert_with(|| Value::from(hi));
            }
            map.values_mut().for_each(bound_integer_formats);
        }
        Value::Array(items) => items.iter_mut().for_each(bound_integer_formats),
        _ => {}
    }
}
