//! Request validation: parameters coerced from their text and checked
//! against their schemas, JSON bodies checked against theirs, and the
//! formats the spec states only in prose ("E.164", "ISO 4217", "SSN, digits
//! only", ...), found by reading the schemas' descriptions.

use imprint_spec::refs::{component_name, properties, resolve};
use imprint_spec::{Location, Pagination};
use jsonschema::Validator;
use serde_json::Value;

use crate::api::{BodyRule, Coerce, OpInfo, ParamRule, type_of};
use crate::problem::Problem;
use crate::store::{current_year, days_in_month};

/// The most items a page holds. The spec sets no maximum on `limit` ("the
/// maximum number of results to return"), so a larger limit is valid and
/// served with this many items (and `has_more`); refusing it would refuse a
/// request the spec allows (Schemathesis flags that). 100 is the usual
/// ceiling of cursor-paginated APIs.
pub const MAX_LIMIT: u32 = 100;

/// The default `limit` of the spec's cursor lists (their `limitParam`
/// default).
pub const DEFAULT_LIMIT: u32 = 10;

/// A format stated in a description, not in the schema.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Prose {
    /// "SSN, digits only": exactly nine digits.
    Ssn,
    /// "E.164": `+` optional, then 2-15 digits, not starting with 0.
    E164,
    /// "ISO 4217 three-letter currency code": three upper-case letters.
    Currency,
    /// "ISO 3166-1 alpha-3": three upper-case letters.
    Country,
    /// A `DateOfBirth`: a real calendar date, not in the future.
    DateOfBirth,
    /// "RFC 3339" on a string without a `format`: a date or a date-time.
    Rfc3339,
}

/// One step of a path into a JSON body.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Step {
    Key(String),
    EachItem,
}

/// A prose rule and where it applies.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct ProseRule {
    pub(crate) path: Vec<Step>,
    pub(crate) rule: Prose,
}

/// The prose rules of a body schema, by walking its properties (through
/// `$ref`s, `allOf` and array items).
pub(crate) fn prose_rules(doc: &Value, schema: &Value) -> Vec<ProseRule> {
    let mut out = Vec::new();
    walk_rules(doc, schema, &mut Vec::new(), &mut out, 0);
    out
}

fn walk_rules(
    doc: &Value,
    schema: &Value,
    path: &mut Vec<Step>,
    out: &mut Vec<ProseRule>,
    depth: usize,
) {
    if depth > 8 {
        return;
    }
    for (name, prop) in properties(doc, schema) {
        path.push(Step::Key(name.to_owned()));
        if let Some(rule) = prose_of(doc, name, prop) {
            out.push(ProseRule {
                path: path.clone(),
                rule,
            });
        }
        let resolved = resolve(doc, prop);
        if rule_is_leaf(doc, prop) {
            // DateOfBirth is checked as a whole.
        } else if let Some(items) = resolved.get("items") {
            path.push(Step::EachItem);
            walk_rules(doc, items, path, out, depth + 1);
            path.pop();
        } else {
            walk_rules(doc, prop, path, out, depth + 1);
        }
        path.pop();
    }
}

fn rule_is_leaf(doc: &Value, prop: &Value) -> bool {
    component_name(prop) == Some("DateOfBirth")
        || component_name(resolve(doc, prop)) == Some("DateOfBirth")
}

fn prose_of(doc: &Value, name: &str, prop: &Value) -> Option<Prose> {
    if component_name(prop) == Some("DateOfBirth") || name == "date_of_birth" {
        return Some(Prose::DateOfBirth);
    }
    let resolved = resolve(doc, prop);
    if type_of(resolved) != Some("string") {
        return None;
    }
    let description = [prop.get("description"), resolved.get("description")]
        .into_iter()
        .flatten()
        .filter_map(Value::as_str)
        .collect::<Vec<_>>()
        .join(" ");
    if description.contains("SSN") && description.contains("digits only") {
        Some(Prose::Ssn)
    } else if description.contains("E.164") {
        Some(Prose::E164)
    } else if description.contains("ISO 4217") && !description.contains("reward unit") {
        Some(Prose::Currency)
    } else if description.contains("ISO 3166-1 alpha-3") {
        Some(Prose::Country)
    } else if description.contains("RFC 3339") && resolved.get("format").is_none() {
        Some(Prose::Rfc3339)
    } else {
        None
    }
}

/// Checks every prose rule of `rules` in `body`.
pub(crate) fn check_prose(rules: &[ProseRule], body: &Value) -> Result<(), Problem> {
    for rule in rules {
        let mut found = Vec::new();
        collect_at(body, &rule.path, String::new(), &mut found);
        for (param, value) in found {
            check_one(rule.rule, &param, value)?;
        }
    }
    Ok(())
}

fn collect_at<'a>(value: &'a Value, path: &[Step], at: String, out: &mut Vec<(String, &'a Value)>) {
    let Some((step, rest)) = path.split_first() else {
        out.push((at, value));
        return;
    };
    match step {
        Step::Key(key) => {
            if let Some(v) = value.get(key.as_str()) {
                let at = if at.is_empty() {
                    key.clone()
                } else {
                    format!("{at}.{key}")
                };
                collect_at(v, rest, at, out);
            }
        }
        Step::EachItem => {
            for (i, v) in value.as_array().into_iter().flatten().enumerate() {
                collect_at(v, rest, format!("{at}[{i}]"), out);
            }
        }
    }
}

fn check_one(rule: Prose, param: &str, value: &Value) -> Result<(), Problem> {
    if value.is_null() {
        return Ok(());
    }
    let text = value.as_str();
    let bad = |message: &str| Err(Problem::invalid(format!("{param} {message}"), param));
    match rule {
        Prose::Ssn => match text {
            Some(s) if is_ssn(s) => Ok(()),
            _ => bad("must be exactly 9 digits, without hyphens"),
        },
        Prose::E164 => match text {
            Some(s) if is_e164(s) => Ok(()),
            _ => bad("must be an E.164 phone number"),
        },
        Prose::Currency => match text {
            Some(s) if is_alpha3(s) => Ok(()),
            _ => bad("must be an ISO 4217 code (3 uppercase letters)"),
        },
        Prose::Country => match text {
            Some(s) if is_alpha3(s) => Ok(()),
            _ => bad("must be an ISO 3166-1 alpha-3 code"),
        },
        Prose::Rfc3339 => match text {
            Some(s)
                if chrono::DateTime::parse_from_rfc3339(s).is_ok()
                    || chrono::NaiveDate::parse_from_str(s, "%Y-%m-%d").is_ok() =>
            {
                Ok(())
            }
            _ => bad("must be an RFC 3339 date or date-time"),
        },
        Prose::DateOfBirth => check_date_of_birth(param, value),
    }
}

fn check_date_of_birth(param: &str, value: &Value) -> Result<(), Problem> {
    let Some(dob) = value.as_object() else {
        return Ok(());
    };
    let year = dob.get("year").and_then(int);
    let month = dob.get("month").and_then(int);
    let day = dob.get("day").and_then(int);
    if let Some(year) = year
        && year > current_year()
    {
        return Err(Problem::invalid(
            format!("{param}.year must not be in the future"),
            format!("{param}.year"),
        ));
    }
    if let (Some(month), Some(day)) = (month, day) {
        // Without a year, allow 29 February.
        let max = days_in_month(year.unwrap_or(2000), u32::try_from(month).unwrap_or(1));
        if day > i64::from(max) {
            return Err(Problem::invalid(
                format!("{param}.day is not a day of that month"),
                format!("{param}.day"),
            ));
        }
    }
    Ok(())
}

/// True for exactly nine ASCII digits.
pub(crate) fn is_ssn(s: &str) -> bool {
    s.len() == 9 && s.bytes().all(|b| b.is_ascii_digit())
}

/// The spec's E.164 rule: `^\+?[1-9]\d{1,14}$`.
pub(crate) fn is_e164(s: &str) -> bool {
    let digits = s.strip_prefix('+').unwrap_or(s);
    let bytes = digits.as_bytes();
    (2..=15).contains(&bytes.len())
        && bytes.iter().all(u8::is_ascii_digit)
        && bytes.first().is_some_and(|b| *b != b'0')
}

/// Three upper-case ASCII letters.
pub(crate) fn is_alpha3(s: &str) -> bool {
    s.len() == 3 && s.bytes().all(|b| b.is_ascii_uppercase())
}

/// An integer JSON value (JSON Schema counts `3.0` as an integer).
pub(crate) fn int(v: &Value) -> Option<i64> {
    v.as_i64().or_else(|| {
        v.as_f64()
            .filter(|f| f.fract() == 0.0 && f.abs() < 9.0e15)
            .map(|f| f as i64)
    })
}

/// The first schema violation of `instance`, as a [`Problem`] naming the
/// field. The message never repeats the submitted value (it may be an SSN
/// or a card number).
pub(crate) fn schema_check(
    validator: &Validator,
    instance: &Value,
    prefix: Option<&str>,
) -> Result<(), Problem> {
    let Some(error) = validator.iter_errors(instance).next() else {
        return Ok(());
    };
    let mut pointer = param_from_pointer(error.instance_path().as_str());
    // A missing property is about that property, not its parent.
    if let jsonschema::error::ValidationErrorKind::Required { property } = error.kind()
        && let Some(name) = property.as_str()
    {
        if !pointer.is_empty() {
            pointer.push('.');
        }
        pointer.push_str(name);
    }
    let param = match (prefix, pointer.is_empty()) {
        (Some(p), true) => p.to_owned(),
        (Some(p), false) => format!("{p}.{pointer}"),
        (None, _) => pointer,
    };
    let detail = match error.kind() {
        jsonschema::error::ValidationErrorKind::Required { .. } => "is required".to_owned(),
        _ => error.masked().to_string(),
    };
    Err(if param.is_empty() {
        Problem::invalid_request(format!("Invalid request body: {detail}"))
    } else {
        Problem::invalid(format!("Invalid `{param}`: {detail}"), param)
    })
}

/// `/a/b~1c/0` -> `a.b/c[0]`.
fn param_from_pointer(pointer: &str) -> String {
    let mut out = String::new();
    for seg in pointer.split('/').skip(1) {
        let seg = seg.replace("~1", "/").replace("~0", "~");
        if !seg.is_empty() && seg.bytes().all(|b| b.is_ascii_digit()) && !out.is_empty() {
            out.push_str(&format!("[{seg}]"));
        } else {
            if !out.is_empty() {
                out.push('.');
            }
            out.push_str(&seg);
        }
    }
    out
}

/// Percent-decodes a path segment or query component (`+` is a space in a
/// query).
pub(crate) fn decode(raw: &str, plus_is_space: bool, what: &str) -> Result<String, Problem> {
    let replaced;
    let raw = if plus_is_space && raw.contains('+') {
        replaced = raw.replace('+', " ");
        replaced.as_str()
    } else {
        raw
    };
    percent_encoding::percent_decode_str(raw)
        .decode_utf8()
        .map(|s| s.into_owned())
        .map_err(|_| {
            Problem::invalid(
                format!("{what} is not valid UTF-8 once percent-decoded"),
                what,
            )
        })
}

/// The query string's pairs, decoded, in order.
pub(crate) fn query_pairs(query: Option<&str>) -> Result<Vec<(String, String)>, Problem> {
    let mut out = Vec::new();
    for pair in query
        .unwrap_or_default()
        .split('&')
        .filter(|p| !p.is_empty())
    {
        let (name, value) = pair.split_once('=').unwrap_or((pair, ""));
        let name = decode(name, true, "query parameter name")?;
        let value = decode(value, true, &name)?;
        out.push((name, value));
    }
    Ok(out)
}

/// A parameter's text as the JSON its schema describes.
fn coerce(rule: &ParamRule, text: &str) -> Result<Value, Problem> {
    let fail =
        |what: &str| Problem::invalid(format!("{} must be {what}", rule.name), rule.name.clone());
    Ok(match rule.coerce {
        Coerce::String => Value::from(text),
        Coerce::Integer => Value::from(text.trim().parse::<i64>().map_err(|_| fail("an integer"))?),
        Coerce::Number => {
            let n = text.trim().parse::<f64>().map_err(|_| fail("a number"))?;
            serde_json::Number::from_f64(n)
                .map(Value::Number)
                .ok_or_else(|| fail("a finite number"))?
        }
        Coerce::Boolean => match text {
            "true" => Value::Bool(true),
            "false" => Value::Bool(false),
            _ => return Err(fail("true or false")),
        },
    })
}

/// The path and query parameters of a request, validated and coerced.
#[derive(Debug, Default, Clone)]
pub(crate) struct Params {
    values: Vec<(String, Value)>,
}

impl Params {
    /// The value of a parameter, if sent.
    pub(crate) fn get(&self, name: &str) -> Option<&Value> {
        self.values.iter().find(|(n, _)| n == name).map(|(_, v)| v)
    }

    /// A string parameter, if sent.
    pub(crate) fn text(&self, name: &str) -> Option<&str> {
        self.get(name).and_then(Value::as_str)
    }
}

/// Validates and coerces the path parameters (still percent-encoded) and
/// the query of a request against `op`. Unknown query parameters are
/// ignored; of a repeated one, the first counts.
pub(crate) fn params(
    op: &OpInfo,
    path: Vec<(String, String)>,
    query: Option<&str>,
) -> Result<Params, Problem> {
    let query = query_pairs(query)?;
    let mut values = Vec::new();
    for rule in &op.params {
        let text = match rule.location {
            Location::Path => match path.iter().find(|(n, _)| *n == rule.name) {
                Some((_, raw)) => Some(decode(raw, false, &rule.name)?),
                None => None,
            },
            _ => query
                .iter()
                .find(|(n, _)| *n == rule.name)
                .map(|(_, v)| v.clone()),
        };
        let Some(text) = text else {
            if rule.required {
                return Err(Problem::invalid(
                    format!("{} is required", rule.name),
                    rule.name.clone(),
                ));
            }
            continue;
        };
        let value = coerce(rule, &text)?;
        if let Some(validator) = &rule.validator {
            schema_check(validator, &value, Some(&rule.name))?;
        }
        values.push((rule.name.clone(), value));
    }
    Ok(Params { values })
}

/// Validates a JSON body (already parsed) against its rule.
pub(crate) fn body(rule: &BodyRule, body: &Value) -> Result<(), Problem> {
    schema_check(&rule.validator, body, None)?;
    check_prose(&rule.prose, body)
}

/// A page request of a cursor list: `limit` (default from the spec, served
/// up to [`MAX_LIMIT`]) and `starting_after`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct PageRequest {
    pub(crate) limit: usize,
    pub(crate) starting_after: Option<String>,
    /// The cursor's name, for messages.
    pub(crate) cursor_name: String,
}

impl PageRequest {
    /// Reads the page request of a cursor list from wherever its spec
    /// places the cursor and the limit.
    pub(crate) fn read(
        pagination: &Pagination,
        default_limit: u32,
        params: &Params,
        body: Option<&Value>,
    ) -> Result<Self, Problem> {
        let lookup = |location: Location, name: &str| -> Option<Value> {
            match location {
                Location::Body => body.and_then(|b| b.get(name)).cloned(),
                _ => params.get(name).cloned(),
            }
        };
        let limit = match &pagination.limit {
            Some((location, name)) => match lookup(*location, name) {
                None | Some(Value::Null) => default_limit,
                // The spec sets no maximum ("the maximum number of results
                // to return"): a larger limit is served, with at most
                // MAX_LIMIT items.
                Some(v) => match int(&v).and_then(|n| u32::try_from(n).ok()) {
                    Some(n) if n >= 1 => n.min(MAX_LIMIT),
                    _ => {
                        return Err(Problem::invalid(
                            format!("{name} must be a positive integer"),
                            name.clone(),
                        ));
                    }
                },
            },
            None => default_limit,
        };
        let starting_after = lookup(pagination.cursor_location, &pagination.cursor)
            .and_then(|v| v.as_str().map(str::to_owned));
        Ok(Self {
            limit: usize::try_from(limit).unwrap_or(DEFAULT_LIMIT as usize),
            starting_after,
            cursor_name: pagination.cursor.clone(),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn pointers_become_params() {
        assert_eq!(param_from_pointer(""), "");
        assert_eq!(param_from_pointer("/a/b~1c/d~0"), "a.b/c.d~");
        assert_eq!(
            param_from_pointer("/order_lines/0/rate"),
            "order_lines[0].rate"
        );
        assert!(is_e164("+14155552671"));
        assert!(!is_e164("+0123"));
        assert!(!is_e164("+1234567890123456"));
    }

    #[test]
    fn prose_rules_are_found_in_descriptions() {
        let spec = crate::api::bundled_spec().unwrap();
        let op = spec.operation("updateCustomer").unwrap();
        let rules = prose_rules(
            spec.document(),
            &op.request_body.as_ref().unwrap().media.schema,
        );
        let has = |path: &str, rule: Prose| {
            rules.iter().any(|r| {
                r.rule == rule
                    && r.path
                        .iter()
                        .map(|s| match s {
                            Step::Key(k) => k.as_str(),
                            Step::EachItem => "*",
                        })
                        .collect::<Vec<_>>()
                        .join(".")
                        == path
            })
        };
        assert!(has("customer_history.phone", Prose::E164), "{rules:?}");
        assert!(has("customer_history.ltv_currency", Prose::Currency));
        assert!(has("customer_history.address.country", Prose::Country));
        let op = spec.operation("searchCustomersPost").unwrap();
        let rules = prose_rules(
            spec.document(),
            &op.request_body.as_ref().unwrap().media.schema,
        );
        assert!(rules.iter().any(|r| r.rule == Prose::Ssn));
        assert!(rules.iter().any(|r| r.rule == Prose::DateOfBirth));
        let op = spec.operation("createTransactionIntent").unwrap();
        let rules = prose_rules(
            spec.document(),
            &op.request_body.as_ref().unwrap().media.schema,
        );
        assert!(rules.iter().any(|r| r.rule == Prose::Rfc3339), "{rules:?}");
        assert!(rules.iter().any(|r| r.rule == Prose::Currency));
    }

    #[test]
    fn prose_checks_name_the_field_and_hide_the_value() {
        let rules = vec![ProseRule {
            path: vec![Step::Key("ssn".into())],
            rule: Prose::Ssn,
        }];
        let e = check_prose(&rules, &json!({"ssn": "12345678"})).unwrap_err();
        match e {
            Problem::Invalid { message, param } => {
                assert_eq!(param.as_deref(), Some("ssn"));
                assert!(!message.contains("12345678"));
            }
            other => panic!("{other:?}"),
        }
        assert!(check_prose(&rules, &json!({"ssn": "123456789"})).is_ok());
        let dob = vec![ProseRule {
            path: vec![Step::Key("date_of_birth".into())],
            rule: Prose::DateOfBirth,
        }];
        assert!(
            check_prose(
                &dob,
                &json!({"date_of_birth": {"year": 2023, "month": 2, "day": 29}})
            )
            .is_err()
        );
        assert!(
            check_prose(
                &dob,
                &json!({"date_of_birth": {"year": 2024, "month": 2, "day": 29}})
            )
            .is_ok()
        );
        assert!(check_prose(&dob, &json!({"date_of_birth": {"year": 9999}})).is_err());
    }

    #[test]
    fn query_strings_are_decoded() {
        let pairs = query_pairs(Some("a=1&b=x%20y+z&c&a=2")).unwrap();
        assert_eq!(
            pairs,
            vec![
                ("a".into(), "1".into()),
                ("b".into(), "x y z".into()),
                ("c".into(), String::new()),
                ("a".into(), "2".into())
            ]
        );
        assert!(query_pairs(Some("a=%FF")).is_err());
    }
}
