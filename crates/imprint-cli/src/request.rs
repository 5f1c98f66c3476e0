//! From what the user typed to a checked [`RawRequest`]: the one request
//! path of `imprint api` and of the section commands.
//!
//! Everything is checked against the operation in the spec before anything
//! is sent, and every problem found is reported at once (exit status 2):
//! unknown or repeated parameters, missing required ones, values that do
//! not fit their parameter's schema, a body that is missing, not allowed,
//! not an object where fields are merged into it, or that fails the
//! operation's request body schema. Messages name parameters and JSON paths,
//! never the values, which may be secrets.

use imprint::RawRequest;
use imprint_spec::refs::{self, has_type};
use imprint_spec::{Location, Operation, Spec};
use serde_json::{Map, Value};

use crate::error::CliError;
use crate::schema::Validators;

/// What was typed for one operation, by spec names. `Debug` redacts the
/// values of sensitive parameters and fields.
#[derive(Default, Clone, PartialEq)]
pub(crate) struct Inputs {
    /// Path and query parameters (`--param NAME=VALUE`, or a section
    /// command's flags), in order; a name may repeat for an array parameter.
    pub params: Vec<(String, String)>,
    /// The whole body (`--json FILE|-`).
    pub body: Option<Value>,
    /// Top-level body properties from a section command's flags, as typed.
    /// They override (objects: merge into) the same properties of `body`.
    pub fields: Vec<(String, String)>,
}

impl std::fmt::Debug for Inputs {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        fn pairs(p: &[(String, String)]) -> Vec<(&str, String)> {
            crate::secret::redacted_pairs(p.iter().map(|(k, v)| (k.as_str(), v.clone())))
        }
        f.debug_struct("Inputs")
            .field("params", &pairs(&self.params))
            .field("body", &self.body.as_ref().map(crate::secret::scrubbed))
            .field("fields", &pairs(&self.fields))
            .finish()
    }
}

/// Checks `inputs` against `op` and builds the request.
pub(crate) fn build(spec: &Spec, op: &Operation, inputs: Inputs) -> Result<RawRequest, CliError> {
    let doc = spec.document();
    let mut validators = Validators::new(doc);
    let mut problems = Vec::new();
    let mut request = RawRequest::new();

    // Parameters: known, not repeated unless arrays, present when required,
    // and valid for their schema.
    let settable = |loc: Location| matches!(loc, Location::Path | Location::Query);
    let mut seen: Vec<&str> = Vec::new();
    for (name, _) in &inputs.params {
        if seen.contains(&name.as_str()) {
            continue;
        }
        seen.push(name);
        let Some(param) = op.param(name).filter(|p| settable(p.location)) else {
            problems.push(unknown_parameter(spec, op, name));
            continue;
        };
        let values: Vec<&str> = inputs
            .params
            .iter()
            .filter(|(n, _)| n == name)
            .map(|(_, v)| v.as_str())
            .collect();
        let is_array = has_type(doc, &param.schema, "array");
        if values.len() > 1 && !is_array {
            problems.push(format!(
                "parameter `{name}` is given {} times; it takes one value",
                values.len()
            ));
            continue;
        }
        let instance = if is_array {
            let items = refs::resolve(doc, &param.schema)
                .get("items")
                .unwrap_or(&Value::Null);
            let mut out = Vec::with_capacity(values.len());
            for v in &values {
                match coerce(doc, items, v) {
                    Ok(x) => out.push(x),
                    Err(why) => problems.push(format!("parameter `{name}`: {why}")),
                }
            }
            Value::Array(out)
        } else {
            match coerce(
                doc,
                &param.schema,
                values.first().copied().unwrap_or_default(),
            ) {
                Ok(x) => x,
                Err(why) => {
                    problems.push(format!("parameter `{name}`: {why}"));
                    continue;
                }
            }
        };
        for v in validators.check(&param.schema, &instance) {
            problems.push(format!(
                "parameter `{name}`{}: {}",
                if v.path.is_empty() { "" } else { &v.path },
                v.message
            ));
        }
        for v in values {
            request = match param.location {
                Location::Path => request.path_param(name.as_str(), v),
                _ => request.query_param(name.as_str(), v),
            };
        }
    }
    for p in op.parameters.iter().filter(|p| p.required) {
        if !inputs.params.iter().any(|(n, _)| *n == p.name) {
            if settable(p.location) {
                problems.push(format!(
                    "missing required {} parameter `{}`",
                    p.location.as_str(),
                    p.name
                ));
            } else {
                problems.push(format!(
                    "operation requires the {} parameter `{}`, which this command cannot set",
                    p.location.as_str(),
                    p.name
                ));
            }
        }
    }

    // The body: allowed, JSON, fields merged in, valid for its schema.
    let body = match (&op.request_body, inputs.body, inputs.fields.is_empty()) {
        (None, None, true) => None,
        (None, _, _) => {
            problems.push(format!("{} takes no request body", op.id));
            None
        }
        (Some(rb), _, _) if !rb.media.is_json() => {
            problems.push(format!(
                "its request body is {}, which this command cannot send",
                rb.media.media_type
            ));
            None
        }
        (Some(rb), body, _) => {
            let had_input = body.is_some() || !inputs.fields.is_empty();
            match merge_fields(doc, &rb.media.schema, body, &inputs.fields) {
                Err(mut p) => {
                    problems.append(&mut p);
                    None
                }
                Ok(None) if rb.required => {
                    // Nothing given: say what the body needs.
                    let empty = Value::Object(Map::new());
                    let missing = validators.check(&rb.media.schema, &empty);
                    problems.push(format!(
                        "{} needs a request body: --json FILE|- (or a section command's field flags)",
                        op.id
                    ));
                    problems.extend(
                        missing
                            .into_iter()
                            .map(|v| format!("request body{}: {}", v.path, v.message)),
                    );
                    None
                }
                Ok(None) => None,
                Ok(Some(body)) => {
                    debug_assert!(had_input);
                    problems.extend(
                        validators
                            .check(&rb.media.schema, &body)
                            .into_iter()
                            .map(|v| format!("request body{}: {}", v.path, v.message)),
                    );
                    Some(body)
                }
            }
        }
    };
    if let Some(body) = body {
        request = request.body(body);
    }
    if problems.is_empty() {
        Ok(request)
    } else {
        Err(CliError::problems(
            &format!("invalid request for {}", op.id),
            &problems,
        ))
    }
}

/// The body with the typed fields merged in: a field replaces the property
/// of the same name, except that an object merges into an object.
fn merge_fields(
    doc: &Value,
    schema: &Value,
    body: Option<Value>,
    fields: &[(String, String)],
) -> Result<Option<Value>, Vec<String>> {
    if fields.is_empty() {
        return Ok(body);
    }
    let mut map = match body {
        None => Map::new(),
        Some(Value::Object(m)) => m,
        Some(_) => {
            return Err(vec![
                "the --json body must be an object to merge field flags into it".into(),
            ]);
        }
    };
    let mut problems = Vec::new();
    for (name, text) in fields {
        let prop_schema = refs::property(doc, schema, name).unwrap_or(&Value::Null);
        match coerce(doc, prop_schema, text) {
            Ok(Value::Object(new)) => match map.get_mut(name.as_str()) {
                Some(Value::Object(old)) => old.extend(new),
                _ => {
                    map.insert(name.clone(), Value::Object(new));
                }
            },
            Ok(v) => {
                map.insert(name.clone(), v);
            }
            Err(why) => problems.push(format!("field `{name}`: {why}")),
        }
    }
    if problems.is_empty() {
        Ok(Some(Value::Object(map)))
    } else {
        Err(problems)
    }
}

/// The JSON value of `text` typed for `schema`: an integer, number or
/// boolean where the schema allows one and the text is one; parsed JSON
/// where the schema wants an object or an array (or `null`) and not a
/// string; otherwise the string. Whether the value then fits the schema is
/// the validator's call. Errors never quote the text.
pub(crate) fn coerce(doc: &Value, schema: &Value, text: &str) -> Result<Value, String> {
    let allows = |ty: &str| has_type(doc, schema, ty);
    if allows("integer")
        && let Ok(n) = text.parse::<i64>()
    {
        return Ok(Value::from(n));
    }
    if allows("number")
        && let Ok(x) = text.parse::<f64>()
        && let Some(n) = serde_json::Number::from_f64(x)
    {
        return Ok(Value::Number(n));
    }
    if allows("boolean") && (text == "true" || text == "false") {
        return Ok(Value::Bool(text == "true"));
    }
    if (allows("object") || allows("array")) && !allows("string") {
        return serde_json::from_str(text).map_err(|e| {
            format!(
                "expected JSON ({}), but it does not parse: {}",
                if allows("object") {
                    "an object"
                } else {
                    "an array"
                },
                json_error(&e)
            )
        });
    }
    Ok(Value::String(text.to_string()))
}

/// Reads `--json FILE|-`: the file, or stdin for `-`, as JSON.
pub(crate) fn read_body(source: &str) -> Result<Value, CliError> {
    let text = if source == "-" {
        let mut s = String::new();
        std::io::Read::read_to_string(&mut std::io::stdin(), &mut s)
            .map_err(|e| CliError::usage(format!("--json -: cannot read stdin: {e}")))?;
        s
    } else {
        std::fs::read_to_string(source)
            .map_err(|e| CliError::usage(format!("--json: cannot read {source}: {e}")))?
    };
    serde_json::from_str(&text).map_err(|e| {
        CliError::usage(format!(
            "--json {}: the body is not JSON: {}",
            if source == "-" { "-" } else { source },
            json_error(&e)
        ))
    })
}

/// A JSON parse error without the input: its category and position.
pub(crate) fn json_error(e: &serde_json::Error) -> String {
    let what = match e.classify() {
        serde_json::error::Category::Eof => "unexpected end",
        serde_json::error::Category::Syntax => "syntax error",
        serde_json::error::Category::Data => "unexpected data",
        serde_json::error::Category::Io => "read error",
    };
    format!("{what} at line {} column {}", e.line(), e.column())
}

/// An unknown parameter: the operation's parameters, and a hint when the
/// name is a body property.
fn unknown_parameter(spec: &Spec, op: &Operation, name: &str) -> String {
    let name: String = name.chars().filter(|c| !c.is_control()).take(64).collect();
    let known: Vec<String> = op
        .parameters
        .iter()
        .filter(|p| matches!(p.location, Location::Path | Location::Query))
        .map(|p| {
            format!(
                "{} ({}{})",
                p.name,
                p.location.as_str(),
                if p.required { ", required" } else { "" }
            )
        })
        .collect();
    let in_body = op
        .request_body
        .as_ref()
        .is_some_and(|rb| refs::property(spec.document(), &rb.media.schema, &name).is_some());
    let hint = if in_body {
        format!("; `{name}` is a property of the request body: put it in --json")
    } else {
        String::new()
    };
    if known.is_empty() {
        format!(
            "unknown parameter `{name}`: {} takes no parameters{hint}",
            op.id
        )
    } else {
        format!(
            "unknown parameter `{name}`; the parameters of {} are: {}{hint}",
            op.id,
            known.join(", ")
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn spec() -> Spec {
        crate::spec::load().unwrap()
    }

    fn inputs(params: &[(&str, &str)], body: Option<Value>, fields: &[(&str, &str)]) -> Inputs {
        let own = |v: &[(&str, &str)]| -> Vec<(String, String)> {
            v.iter()
                .map(|(a, b)| (a.to_string(), b.to_string()))
                .collect()
        };
        Inputs {
            params: own(params),
            body,
            fields: own(fields),
        }
    }

    fn problems(op: &str, i: Inputs) -> String {
        let spec = spec();
        let op = spec.operation(op).unwrap();
        build(&spec, op, i).unwrap_err().message
    }

    #[test]
    fn path_and_query_parameters_land_where_the_spec_says() {
        let spec = spec();
        let op = spec.operation("searchPaymentMethods").unwrap();
        let r = build(
            &spec,
            op,
            inputs(
                &[("customer_id", "C-1"), ("type", "CARD"), ("limit", "5")],
                None,
                &[],
            ),
        )
        .unwrap();
        assert_eq!(
            r.query,
            [("customer_id", "C-1"), ("type", "CARD"), ("limit", "5")]
                .map(|(a, b)| (a.to_string(), b.to_string()))
        );
        let op = spec.operation("getReward").unwrap();
        let r = build(&spec, op, inputs(&[("reward_id", "R-1")], None, &[])).unwrap();
        assert_eq!(r.path, [("reward_id".to_string(), "R-1".to_string())]);
        assert!(r.body.is_none());
    }

    #[test]
    fn every_parameter_problem_is_named() {
        let m = problems(
            "searchPaymentMethods",
            inputs(&[("colour", "red")], None, &[]),
        );
        assert!(m.contains("unknown parameter `colour`"), "{m}");
        assert!(m.contains("customer_id (query, required)"), "{m}");
        assert!(
            m.contains("missing required query parameter `customer_id`"),
            "{m}"
        );

        let m = problems(
            "searchPaymentMethods",
            inputs(
                &[("customer_id", "C"), ("type", "CASH"), ("limit", "ten")],
                None,
                &[],
            ),
        );
        assert!(m.contains("parameter `type`"), "{m}");
        assert!(m.contains("parameter `limit`"), "{m}");
        assert!(!m.contains("CASH") || m.contains("\"CARD\""), "{m}");
        assert!(!m.contains("ten\""), "{m}");

        let m = problems("searchRewards", inputs(&[("limit", "0")], None, &[]));
        assert!(m.contains("parameter `limit`"), "minimum 1: {m}");

        let m = problems(
            "getReward",
            inputs(&[("reward_id", "a"), ("reward_id", "b")], None, &[]),
        );
        assert!(m.contains("given 2 times"), "{m}");

        let m = problems(
            "searchPaymentMethodsPost",
            inputs(&[("pan", "4111111111111111")], None, &[]),
        );
        assert!(m.contains("property of the request body"), "{m}");
        assert!(!m.contains("4111"), "{m}");
    }

    #[test]
    fn body_problems_are_named_with_their_json_path() {
        let m = problems(
            "createTransactionIntent",
            inputs(
                &[],
                Some(json!({"customer_id": "C", "amount": "100", "currency": "USD"})),
                &[],
            ),
        );
        assert!(m.contains("request body/amount"), "{m}");
        let m = problems(
            "createTransactionIntent",
            inputs(
                &[],
                Some(
                    json!({"customer_id": "C", "amount": 1, "currency": "USD", "merchant_address": {"country": 5}}),
                ),
                &[],
            ),
        );
        assert!(m.contains("request body/merchant_address"), "{m}");
        let m = problems("createTransactionIntent", inputs(&[], None, &[]));
        assert!(m.contains("\"amount\" is a required property"), "{m}");
        let m = problems(
            "getReward",
            inputs(&[("reward_id", "R")], Some(json!({})), &[]),
        );
        assert!(m.contains("getReward takes no request body"), "{m}");
        let m = problems(
            "createTransactionIntent",
            inputs(&[], Some(json!([1])), &[("amount", "5")]),
        );
        assert!(m.contains("must be an object"), "{m}");
    }

    #[test]
    fn fields_are_typed_from_the_schema_and_merge_over_the_body() {
        let spec = spec();
        let op = spec.operation("createTransactionIntent").unwrap();
        let r = build(
            &spec,
            op,
            inputs(
                &[],
                Some(json!({"customer_id": "C", "amount": 1, "currency": "USD", "metadata": {"a": "1"}})),
                &[("amount", "250"), ("metadata", r#"{"b": "2"}"#), ("merchant_name", "42")],
            ),
        )
        .unwrap();
        let body = r.body.unwrap();
        assert_eq!(body["amount"], 250);
        assert_eq!(body["metadata"], json!({"a": "1", "b": "2"}));
        assert_eq!(body["merchant_name"], "42", "a string stays a string");
        let m = problems(
            "createTransactionIntent",
            inputs(
                &[],
                None,
                &[
                    ("customer_id", "C"),
                    ("amount", "1"),
                    ("currency", "USD"),
                    ("metadata", "{oops"),
                ],
            ),
        );
        assert!(m.contains("field `metadata`: expected JSON"), "{m}");
    }

    #[test]
    fn coercion_follows_the_schema() {
        let doc = json!({});
        let c = |s: Value, t: &str| coerce(&doc, &s, t).unwrap();
        assert_eq!(c(json!({"type": "integer"}), "12"), json!(12));
        assert_eq!(c(json!({"type": "integer"}), "1.5"), json!("1.5"));
        assert_eq!(c(json!({"type": "number"}), "1.5"), json!(1.5));
        assert_eq!(c(json!({"type": ["boolean", "null"]}), "true"), json!(true));
        assert_eq!(c(json!({"type": "string"}), "007"), json!("007"));
        assert_eq!(c(json!({"type": "array"}), "[1,2]"), json!([1, 2]));
        assert_eq!(c(json!({}), "{\"a\":1}"), json!("{\"a\":1}"));
        let e = coerce(&doc, &json!({"type": "object"}), "{\"ssn\": \"123456789\"").unwrap_err();
        assert!(!e.contains("123456789"), "{e}");
    }
}
