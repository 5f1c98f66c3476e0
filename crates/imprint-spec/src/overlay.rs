//! OpenAPI Overlay 1.0: the declarative corrections we apply to the vendored
//! document before lowering it.
//!
//! An overlay is a list of actions; each names its target with a JSONPath
//! (RFC 9535) and either merges an `update` object into every node it matches
//! or, with `remove: true`, deletes them. We are stricter than the standard in
//! one way: an action whose target matches nothing is an error, because after
//! a spec refresh a silently skipped correction is a bug nobody would see.

use serde::Deserialize;
use serde_json::Value;
use serde_json_path::JsonPath;

/// An OpenAPI Overlay 1.0 document.
#[derive(Debug, Clone, Deserialize)]
pub struct Overlay {
    /// The overlay format version (`1.0.0`).
    pub overlay: String,
    /// Title and version of this overlay.
    pub info: OverlayInfo,
    /// The corrections, applied in order.
    pub actions: Vec<Action>,
}

/// The `info` object of an overlay.
#[derive(Debug, Clone, Deserialize)]
pub struct OverlayInfo {
    /// Human-readable title.
    pub title: String,
    /// Version of this overlay.
    pub version: String,
}

/// One overlay action.
#[derive(Debug, Clone, Deserialize)]
pub struct Action {
    /// JSONPath of the nodes this action changes.
    pub target: String,
    /// Why the action exists (shown in reports).
    #[serde(default)]
    pub description: Option<String>,
    /// Object merged into each target.
    #[serde(default)]
    pub update: Option<Value>,
    /// Remove each target from its parent.
    #[serde(default)]
    pub remove: bool,
}

/// What went wrong while applying an overlay.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum OverlayError {
    /// The overlay document itself is malformed.
    #[error("overlay is not a valid Overlay 1.0 document: {0}")]
    Invalid(String),
    /// An action's target is not valid JSONPath.
    #[error("overlay action {index} has an invalid target `{target}`: {message}")]
    BadTarget {
        /// Position of the action in `actions` (0-based).
        index: usize,
        /// The JSONPath as written.
        target: String,
        /// The parser's complaint.
        message: String,
    },
    /// An action's target matched no node: the correction no longer applies.
    #[error(
        "overlay action {index} (`{target}`) matches nothing in the document; \
         upstream probably changed: update or delete the action"
    )]
    NoMatch {
        /// Position of the action in `actions` (0-based).
        index: usize,
        /// The JSONPath as written.
        target: String,
    },
    /// An action has neither `update` nor `remove`, or an update that cannot merge.
    #[error("overlay action {index} (`{target}`): {message}")]
    BadAction {
        /// Position of the action in `actions` (0-based).
        index: usize,
        /// The JSONPath as written.
        target: String,
        /// What is wrong.
        message: String,
    },
}

/// A record of one applied action, for reports.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Applied {
    /// The action's JSONPath.
    pub target: String,
    /// JSON pointers of the nodes it changed.
    pub pointers: Vec<String>,
}

impl Overlay {
    /// Parses an overlay from a JSON value (YAML is loaded into one first).
    pub fn from_value(value: Value) -> Result<Self, OverlayError> {
        let overlay: Overlay =
            serde_json::from_value(value).map_err(|e| OverlayError::Invalid(e.to_string()))?;
        if !overlay.overlay.starts_with("1.") {
            return Err(OverlayError::Invalid(format!(
                "unsupported overlay version {}",
                overlay.overlay
            )));
        }
        Ok(overlay)
    }

    /// Applies every action to `doc`, in order. Fails on the first action
    /// that is invalid or matches nothing, leaving `doc` partly updated (the
    /// caller works on a copy).
    pub fn apply(&self, doc: &mut Value) -> Result<Vec<Applied>, OverlayError> {
        let mut applied = Vec::with_capacity(self.actions.len());
        for (index, action) in self.actions.iter().enumerate() {
            let path = JsonPath::parse(&action.target).map_err(|e| OverlayError::BadTarget {
                index,
                target: action.target.clone(),
                message: e.to_string(),
            })?;
            let pointers: Vec<String> = path
                .query_located(doc)
                .locations()
                .map(|loc| loc.to_json_pointer())
                .collect();
            if pointers.is_empty() {
                return Err(OverlayError::NoMatch {
                    index,
                    target: action.target.clone(),
                });
            }
            let bad = |message: String| OverlayError::BadAction {
                index,
                target: action.target.clone(),
                message,
            };
            match (&action.update, action.remove) {
                (Some(_), true) => return Err(bad("has both `update` and `remove`".into())),
                (None, false) => return Err(bad("has neither `update` nor `remove`".into())),
                (Some(update), false) => {
                    for ptr in &pointers {
                        let node = doc
                            .pointer_mut(ptr)
                            .ok_or_else(|| bad(format!("{ptr} vanished while applying")))?;
                        merge(node, update).map_err(|m| bad(format!("at {ptr}: {m}")))?;
                    }
                }
                (None, true) => {
                    // Remove deepest first so earlier pointers stay valid.
                    let mut sorted = pointers.clone();
                    sorted.sort_by(|a, b| b.cmp(a));
                    for ptr in &sorted {
                        remove_pointer(doc, ptr).map_err(|m| bad(format!("at {ptr}: {m}")))?;
                    }
                }
            }
            applied.push(Applied {
                target: action.target.clone(),
                pointers,
            });
        }
        Ok(applied)
    }
}

/// Overlay merge: objects merge key by key (recursively), an array gets the
/// update's items appended (at the target or nested under a key), anything
/// else is replaced.
fn merge(target: &mut Value, update: &Value) -> Result<(), String> {
    match (target, update) {
        (Value::Object(t), Value::Object(u)) => {
            for (k, v) in u {
                match t.get_mut(k) {
                    // Objects merge and arrays get the update's items
                    // appended, at any depth (an `enum` gains a value).
                    Some(existing)
                        if (existing.is_object() && v.is_object())
                            || (existing.is_array() && v.is_array()) =>
                    {
                        merge(existing, v)?
                    }
                    _ => {
                        t.insert(k.clone(), v.clone());
                    }
                }
            }
            Ok(())
        }
        (Value::Array(t), Value::Array(u)) => {
            t.extend(u.iter().cloned());
            Ok(())
        }
        (Value::Array(t), u) => {
            t.push(u.clone());
            Ok(())
        }
        (t, u) if !u.is_object() => {
            *t = u.clone();
            Ok(())
        }
        (_, _) => Err("cannot merge an object into a scalar".into()),
    }
}

fn remove_pointer(doc: &mut Value, ptr: &str) -> Result<(), String> {
    let (parent, last) = ptr
        .rsplit_once('/')
        .ok_or_else(|| "cannot remove the document root".to_string())?;
    let key = last.replace("~1", "/").replace("~0", "~");
    match doc.pointer_mut(parent) {
        Some(Value::Object(map)) => {
            map.shift_remove(&key);
            Ok(())
        }
        Some(Value::Array(items)) => {
            let i: usize = key.parse().map_err(|_| format!("bad index {key}"))?;
            if i < items.len() {
                items.remove(i);
            }
            Ok(())
        }
        _ => Err("parent is not a container".into()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn overlay(actions: Value) -> Overlay {
        Overlay::from_value(json!({
            "overlay": "1.0.0",
            "info": {"title": "t", "version": "1"},
            "actions": actions,
        }))
        .unwrap()
    }

    #[test]
    fn update_merges_recursively_and_reports_pointers() {
        let mut doc = json!({"components": {"schemas": {"A": {"properties": {"t": {"type": "string", "description": "d"}}}}}});
        let applied = overlay(json!([{ "target": "$.components.schemas.A.properties.t", "update": {"format": "date-time"} }]))
            .apply(&mut doc)
            .unwrap();
        assert_eq!(
            doc["components"]["schemas"]["A"]["properties"]["t"],
            json!({"type": "string", "description": "d", "format": "date-time"})
        );
        assert_eq!(
            applied[0].pointers,
            vec!["/components/schemas/A/properties/t"]
        );
    }

    #[test]
    fn bracketed_keys_with_slashes_and_wildcards() {
        let mut doc = json!({"paths": {"/v2/x": {"get": {"x": 1}, "post": {"x": 2}}}});
        overlay(json!([{ "target": "$.paths['/v2/x'].*", "update": {"y": true} }]))
            .apply(&mut doc)
            .unwrap();
        assert_eq!(doc["paths"]["/v2/x"]["get"]["y"], json!(true));
        assert_eq!(doc["paths"]["/v2/x"]["post"]["y"], json!(true));
    }

    #[test]
    fn remove_deletes_every_match() {
        let mut doc = json!({"a": {"b": 1, "c": 2}, "l": [1, 2, 3]});
        overlay(json!([{ "target": "$.a.b", "remove": true }, { "target": "$.l[0,1]", "remove": true }]))
            .apply(&mut doc)
            .unwrap();
        assert_eq!(doc, json!({"a": {"c": 2}, "l": [3]}));
    }

    #[test]
    fn a_target_that_matches_nothing_is_an_error() {
        let mut doc = json!({"a": 1});
        let err = overlay(json!([{ "target": "$.components.schemas.Gone", "update": {"x": 1} }]))
            .apply(&mut doc)
            .unwrap_err();
        assert!(
            matches!(err, OverlayError::NoMatch { index: 0, .. }),
            "{err}"
        );
        assert!(err.to_string().contains("$.components.schemas.Gone"));
    }

    #[test]
    fn invalid_jsonpath_and_empty_action_are_errors() {
        let mut doc = json!({"a": 1});
        let err = overlay(json!([{ "target": "$[", "update": {} }]))
            .apply(&mut doc)
            .unwrap_err();
        assert!(matches!(err, OverlayError::BadTarget { .. }));
        let err = overlay(json!([{ "target": "$.a" }]))
            .apply(&mut doc)
            .unwrap_err();
        assert!(matches!(err, OverlayError::BadAction { .. }));
    }

    #[test]
    fn nested_arrays_get_updates_appended_too() {
        // An enum gains `null`; it must not lose its values.
        let mut doc = json!({"components": {"schemas": {"P": {"type": "string", "enum": ["CHIP", "SWIPE"]}}}});
        overlay(json!([{ "target": "$.components.schemas.P", "update": {"enum": [null], "type": ["string", "null"]} }]))
            .apply(&mut doc)
            .unwrap();
        assert_eq!(
            doc["components"]["schemas"]["P"]["enum"],
            json!(["CHIP", "SWIPE", null])
        );
        // A scalar is replaced, even by an array.
        assert_eq!(
            doc["components"]["schemas"]["P"]["type"],
            json!(["string", "null"])
        );
    }

    #[test]
    fn array_targets_get_updates_appended() {
        let mut doc = json!({"security": [{"a": []}]});
        overlay(json!([{ "target": "$.security", "update": {"b": []} }]))
            .apply(&mut doc)
            .unwrap();
        assert_eq!(doc["security"], json!([{"a": []}, {"b": []}]));
    }
}
