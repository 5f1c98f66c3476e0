//! Validation of parameter values and request bodies against their schemas
//! in the spec, with the `jsonschema` crate (JSON Schema 2020-12, the
//! dialect of OpenAPI 3.1).
//!
//! The root of every validator is the merged document itself (spec plus
//! overlay), with the schema to check as its one `allOf` branch, so every
//! `$ref` in it (`#/components/schemas/...`) resolves as it does in the
//! spec. The document's other keys (`paths`, `components`, ...) are not
//! JSON Schema keywords and are ignored.
//!
//! A violation is reported with its JSON path and a message that never
//! contains the offending value: the value may be an SSN or a card number.

use serde_json::{Map, Value};

/// Builds validators rooted at one document.
pub(crate) struct Validators {
    root: Map<String, Value>,
}

/// One violation: where (a JSON pointer into the instance, empty for the
/// root) and what, without the value.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Violation {
    /// JSON pointer of the offending value (`/merchant_address/city`).
    pub path: String,
    /// What is wrong with it (`value is not of type "integer"`).
    pub message: String,
}

impl Validators {
    /// Validators for schemas of `document` (the merged spec).
    pub fn new(document: &Value) -> Self {
        let mut root = document.as_object().cloned().unwrap_or_default();
        root.insert(
            "$schema".into(),
            Value::from("https://json-schema.org/draft/2020-12/schema"),
        );
        Self { root }
    }

    /// Every violation of `schema` by `instance`; empty when it is valid.
    /// A schema that does not compile is reported as one violation at the
    /// root (a defect of the spec, but not a reason to send a request the
    /// command could not check).
    pub fn check(&mut self, schema: &Value, instance: &Value) -> Vec<Violation> {
        self.root
            .insert("allOf".into(), Value::Array(vec![schema.clone()]));
        let root = Value::Object(std::mem::take(&mut self.root));
        let compiled = jsonschema::draft202012::options()
            .should_validate_formats(true)
            .build(&root);
        self.root = match root {
            Value::Object(m) => m,
            _ => Map::new(),
        };
        let validator = match compiled {
            Ok(v) => v,
            Err(e) => {
                return vec![Violation {
                    path: String::new(),
                    message: format!("its schema in the spec does not compile: {}", e.masked()),
                }];
            }
        };
        validator
            .iter_errors(instance)
            .map(|e| Violation {
                path: e.instance_path().to_string(),
                message: match e.kind() {
                    // All the choices, not the first two: they come from
                    // the schema, and a shortened list is no help at a prompt.
                    jsonschema::error::ValidationErrorKind::Enum { options } => {
                        let choices: Vec<String> = options
                            .as_array()
                            .into_iter()
                            .flatten()
                            .map(|o| o.as_str().map_or_else(|| o.to_string(), str::to_string))
                            .collect();
                        format!("value is not one of: {}", choices.join(", "))
                    }
                    _ => e.masked().to_string(),
                },
            })
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn doc() -> Value {
        json!({
            "openapi": "3.1.0",
            "paths": {},
            "components": {"schemas": {
                "Currency": {"type": "string", "enum": ["USD", "EUR"]},
                "Address": {"type": "object", "properties": {"city": {"type": "string"}}},
            }}
        })
    }

    #[test]
    fn refs_resolve_against_the_document_and_paths_are_reported() {
        let mut v = Validators::new(&doc());
        let schema = json!({"type": "object", "required": ["amount", "currency"], "properties": {
            "amount": {"type": "integer"},
            "currency": {"$ref": "#/components/schemas/Currency"},
            "address": {"$ref": "#/components/schemas/Address"},
        }});
        assert!(
            v.check(&schema, &json!({"amount": 5, "currency": "USD"}))
                .is_empty()
        );
        let mut found = v.check(
            &schema,
            &json!({"amount": "5", "currency": "GBP", "address": {"city": 7}}),
        );
        found.sort_by(|a, b| a.path.cmp(&b.path));
        let paths: Vec<&str> = found.iter().map(|f| f.path.as_str()).collect();
        assert_eq!(paths, ["/address/city", "/amount", "/currency"]);
        let missing = v.check(&schema, &json!({}));
        assert_eq!(missing.len(), 2);
        assert!(missing.iter().all(|m| m.path.is_empty()));
        assert!(missing[0].message.contains("required"), "{:?}", missing);
    }

    #[test]
    fn messages_never_contain_the_value() {
        let mut v = Validators::new(&doc());
        let schema = json!({"type": "string", "pattern": "^[0-9]{9}$"});
        let found = v.check(&schema, &json!("12345678"));
        assert_eq!(found.len(), 1);
        assert!(!found[0].message.contains("12345678"), "{:?}", found);
        let found = v.check(&json!({"type": "integer"}), &json!("4111111111111111"));
        assert!(!found[0].message.contains("4111"), "{:?}", found);
        let found = v.check(
            &json!({"$ref": "#/components/schemas/Currency"}),
            &json!("GBP"),
        );
        assert_eq!(found[0].message, "value is not one of: USD, EUR");
    }

    #[test]
    fn a_schema_that_does_not_compile_is_a_violation_not_a_pass() {
        let mut v = Validators::new(&doc());
        let found = v.check(&json!({"$ref": "#/components/schemas/Missing"}), &json!(1));
        assert_eq!(found.len(), 1, "{found:?}");
        // The validator stays usable afterwards.
        assert!(v.check(&json!({"type": "integer"}), &json!(1)).is_empty());
    }
}
