//! The spec as the suite reads it: the vendored `openapi.yaml` with the
//! overlay applied, exactly what `imprint-codegen` generates from, indexed
//! by `imprint-spec` (the workspace's one model of operations). Only thin
//! helpers live here.

use std::collections::BTreeSet;
use std::sync::OnceLock;

use serde_json::Value;

pub use imprint_spec::refs::{component_name, effective, is_json, lookup};
pub use imprint_spec::{
    Location, Media, Operation, Pagination, Parameter, RequestBody, Response, Spec,
};

/// The overlay-applied spec `imprint-raw` was generated from (its embedded
/// `OPENAPI_YAML` and `OVERLAY_YAML`), parsed and indexed once per process.
///
/// # Panics
///
/// If either embedded document does not parse or the overlay fails: the
/// suite cannot say anything without the spec.
pub fn spec() -> &'static Spec {
    static SPEC: OnceLock<Spec> = OnceLock::new();
    SPEC.get_or_init(|| {
        Spec::from_texts(imprint_raw::OPENAPI_YAML, Some(imprint_raw::OVERLAY_YAML))
            .unwrap_or_else(|e| panic!("cannot load the spec the client was generated from: {e}"))
    })
}

/// The merged document of [`spec`].
pub fn merged() -> &'static Value {
    spec().document()
}

/// The operations of [`spec`], in document order.
pub fn operations() -> &'static [Operation] {
    spec().operations()
}

/// The operation `id` of [`spec`]; panics naming it when the spec has none.
pub fn operation(id: &str) -> &'static Operation {
    spec()
        .operation(id)
        .unwrap_or_else(|| panic!("the spec has no `{id}` operation"))
}

/// Follows `$ref` chains until a schema (or object) without one. Panics on
/// a dangling or external reference, or a cycle, naming it.
pub fn resolve<'a>(root: &'a Value, value: &'a Value) -> &'a Value {
    imprint_spec::refs::try_resolve(root, value).unwrap_or_else(|| {
        panic!(
            "`$ref: {}` does not resolve inside the document (dangling, external or cyclic)",
            value.get("$ref").unwrap_or(&Value::Null)
        )
    })
}

/// The component schemas of `doc`, by name, in document order.
pub fn component_schemas(doc: &Value) -> Vec<(String, Value)> {
    doc.pointer("/components/schemas")
        .and_then(Value::as_object)
        .map(|m| m.iter().map(|(k, v)| (k.clone(), v.clone())).collect())
        .unwrap_or_default()
}

/// The component schemas only request bodies reach (directly or through
/// other components), never a response or a webhook payload: the ones
/// whose optional object and array properties the generator makes
/// `Option`s, so that an empty one can be sent (see `request_presence` in
/// `imprint-codegen`'s lowering). Derived here independently, from the
/// rule as documented.
pub fn request_only_components(doc: &Value) -> BTreeSet<String> {
    let mut from_requests = BTreeSet::new();
    let mut from_responses = BTreeSet::new();
    for item in imprint_spec::operation_items(doc) {
        if let Some(body) = item.op.get("requestBody") {
            collect_refs(doc, body, &mut from_requests);
        }
        if let Some(responses) = item.op.get("responses") {
            collect_refs(doc, responses, &mut from_responses);
        }
    }
    if let Some(webhooks) = doc.get("webhooks") {
        collect_refs(doc, webhooks, &mut from_responses);
    }
    from_requests.difference(&from_responses).cloned().collect()
}

fn collect_refs(doc: &Value, v: &Value, out: &mut BTreeSet<String>) {
    match v {
        Value::Object(o) => {
            if let Some(name) = component_name(v)
                && out.insert(name.to_string())
                && let Some(target) = doc.pointer(&format!(
                    "/components/schemas/{}",
                    imprint_spec::refs::escape(name)
                ))
            {
                collect_refs(doc, target, out);
            }
            o.values().for_each(|c| collect_refs(doc, c, out));
        }
        Value::Array(a) => a.iter().for_each(|c| collect_refs(doc, c, out)),
        _ => {}
    }
}
