//! Request validation against the bundled OpenAPI document, plus the format
//! checks the document implies but JSON Schema cannot express.

use imprint_raw::types::CustomerUpdateRequest;
use jsonschema::Validator;
use serde_json::{Map, Value};

use crate::error::MockError;
use crate::response::ApiError;
use crate::store::{SearchQuery, current_year, days_in_month, is_ssn};

/// The largest `limit` the mock accepts. The spec sets no maximum; 100 is
/// the usual ceiling of cursor-paginated APIs, and a larger value is refused
/// with a 400 rather than silently clamped, so a client cannot come to rely
/// on it.
pub const MAX_LIMIT: u32 = 100;

/// The default `limit`, from the spec.
pub const DEFAULT_LIMIT: u32 = 10;

/// The request-body validators of the operations that take a body.
pub(crate) struct Spec {
    search: Validator,
    update: Validator,
}

impl std::fmt::Debug for Spec {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Spec").finish_non_exhaustive()
    }
}

impl Spec {
    /// Builds the validators from [`imprint_raw::OPENAPI_YAML`].
    pub(crate) fn load() -> Result<Self, MockError> {
        let doc: Value = serde_norway::from_str(imprint_raw::OPENAPI_YAML)
            .map_err(|e| MockError::Spec(format!("openapi.yaml is not valid YAML: {e}")))?;
        let components = doc
            .pointer("/components/schemas")
            .cloned()
            .ok_or_else(|| MockError::Spec("no components.schemas".into()))?;
        Ok(Self {
            search: compile(&doc, &components, "searchCustomersPost")?,
            update: compile(&doc, &components, "updateCustomer")?,
        })
    }

    /// Parses and validates a `searchCustomersPost` body.
    pub(crate) fn search_query(&self, body: &Value) -> Result<SearchQuery, ApiError> {
        schema_check(&self.search, body)?;
        let obj = body.as_object().cloned().unwrap_or_default();
        let text = |key: &str| obj.get(key).and_then(Value::as_str).map(str::to_owned);
        let ssn = text("ssn");
        if let Some(ssn) = &ssn
            && !is_ssn(ssn)
        {
            return Err(ApiError::invalid(
                "ssn must be exactly 9 digits, without hyphens",
                "ssn",
            ));
        }
        let (mut dob_year, mut dob_month, mut dob_day) = (None, None, None);
        if let Some(dob) = obj.get("date_of_birth").and_then(Value::as_object) {
            dob_year = dob.get("year").and_then(int);
            dob_month = dob
                .get("month")
                .and_then(int)
                .and_then(|m| u64::try_from(m).ok());
            dob_day = dob
                .get("day")
                .and_then(int)
                .and_then(|d| u64::try_from(d).ok());
            check_date_of_birth(dob_year, dob_month, dob_day)?;
        }
        let limit = match obj.get("limit") {
            None => DEFAULT_LIMIT,
            Some(v) => match int(v).and_then(|n| u32::try_from(n).ok()) {
                Some(n) if (1..=MAX_LIMIT).contains(&n) => n,
                _ => {
                    return Err(ApiError::invalid(
                        format!("limit must be an integer between 1 and {MAX_LIMIT}"),
                        "limit",
                    ));
                }
            },
        };
        Ok(SearchQuery {
            partner_customer_id: text("partner_customer_id"),
            ssn,
            dob_year,
            dob_month,
            dob_day,
            limit: usize::try_from(limit).unwrap_or(DEFAULT_LIMIT as usize),
            starting_after: text("starting_after"),
        })
    }

    /// Parses and validates an `updateCustomer` body.
    pub(crate) fn update_request(&self, body: &Value) -> Result<CustomerUpdateRequest, ApiError> {
        schema_check(&self.update, body)?;
        if let Some(history) = body.get("customer_history").and_then(Value::as_object) {
            check_history(history)?;
        }
        let mut track = serde_path_to_error::Track::new();
        let de = serde_path_to_error::Deserializer::new(body, &mut track);
        serde::Deserialize::deserialize(de).map_err(|e: serde_json::Error| {
            let param = param_from_serde_path(&track.path().to_string());
            ApiError::invalid(format!("Invalid `{param}`: {e}"), param)
        })
    }
}

fn check_date_of_birth(
    year: Option<i64>,
    month: Option<u64>,
    day: Option<u64>,
) -> Result<(), ApiError> {
    if let Some(year) = year
        && year > current_year()
    {
        return Err(ApiError::invalid(
            "date_of_birth.year must not be in the future",
            "date_of_birth.year",
        ));
    }
    if let (Some(month), Some(day)) = (month, day) {
        // Without a year, allow 29 February.
        let max = days_in_month(year.unwrap_or(2000), u32::try_from(month).unwrap_or(1));
        if day > u64::from(max) {
            return Err(ApiError::invalid(
                "date_of_birth.day is not a day of that month",
                "date_of_birth.day",
            ));
        }
    }
    Ok(())
}

fn check_history(history: &Map<String, Value>) -> Result<(), ApiError> {
    let text = |key: &str| history.get(key).and_then(Value::as_str);
    if let Some(at) = text("account_created_at")
        && chrono::DateTime::parse_from_rfc3339(at).is_err()
    {
        return Err(ApiError::invalid(
            "customer_history.account_created_at must be an RFC 3339 date-time",
            "customer_history.account_created_at",
        ));
    }
    if let Some(phone) = text("phone")
        && !is_e164(phone)
    {
        return Err(ApiError::invalid(
            "customer_history.phone must be an E.164 phone number",
            "customer_history.phone",
        ));
    }
    if let Some(currency) = text("ltv_currency")
        && !is_alpha3(currency)
    {
        return Err(ApiError::invalid(
            "customer_history.ltv_currency must be an ISO 4217 code (3 uppercase letters)",
            "customer_history.ltv_currency",
        ));
    }
    if let Some(country) = history
        .get("address")
        .and_then(|a| a.get("country"))
        .and_then(Value::as_str)
        && !is_alpha3(country)
    {
        return Err(ApiError::invalid(
            "customer_history.address.country must be an ISO 3166-1 alpha-3 code",
            "customer_history.address.country",
        ));
    }
    Ok(())
}

/// The spec's E.164 rule: `^\+?[1-9]\d{1,14}$`.
fn is_e164(s: &str) -> bool {
    let digits = s.strip_prefix('+').unwrap_or(s);
    let bytes = digits.as_bytes();
    (2..=15).contains(&bytes.len())
        && bytes.iter().all(u8::is_ascii_digit)
        && bytes.first().is_some_and(|b| *b != b'0')
}

fn is_alpha3(s: &str) -> bool {
    s.len() == 3 && s.bytes().all(|b| b.is_ascii_uppercase())
}

/// An integer JSON value (JSON Schema counts `3.0` as an integer).
fn int(v: &Value) -> Option<i64> {
    v.as_i64().or_else(|| {
        v.as_f64()
            .filter(|f| f.fract() == 0.0 && f.abs() < 9.0e15)
            .map(|f| f as i64)
    })
}

fn schema_check(validator: &Validator, body: &Value) -> Result<(), ApiError> {
    let Some(error) = validator.iter_errors(body).next() else {
        return Ok(());
    };
    let param = param_from_pointer(error.instance_path().as_str());
    // `masked` keeps the submitted value (which may be an SSN) out of the
    // message.
    let detail = error.masked().to_string();
    Err(if param.is_empty() {
        ApiError::invalid_no_param(format!("Invalid request body: {detail}"))
    } else {
        ApiError::invalid(format!("Invalid `{param}`: {detail}"), param)
    })
}

/// `/a/b~1c` -> `a.b/c`.
fn param_from_pointer(pointer: &str) -> String {
    pointer
        .split('/')
        .skip(1)
        .map(|seg| seg.replace("~1", "/").replace("~0", "~"))
        .collect::<Vec<_>>()
        .join(".")
}

fn param_from_serde_path(path: &str) -> String {
    if path == "." {
        String::new()
    } else {
        path.to_owned()
    }
}

fn compile(doc: &Value, components: &Value, operation_id: &str) -> Result<Validator, MockError> {
    let schema = request_schema(doc, operation_id).ok_or_else(|| {
        MockError::Spec(format!(
            "no application/json request body for operation {operation_id}"
        ))
    })?;
    let mut root = rewrite_refs(schema.clone());
    let defs = rewrite_refs(components.clone());
    match &mut root {
        Value::Object(map) => {
            map.insert("$defs".into(), defs);
            map.insert(
                "$schema".into(),
                Value::from("https://json-schema.org/draft/2020-12/schema"),
            );
        }
        _ => {
            return Err(MockError::Spec(format!(
                "the request schema of {operation_id} is not an object"
            )));
        }
    }
    jsonschema::draft202012::options()
        .should_validate_formats(true)
        .build(&root)
        .map_err(|e| MockError::Spec(format!("request schema of {operation_id}: {e}")))
}

fn request_schema<'a>(doc: &'a Value, operation_id: &str) -> Option<&'a Value> {
    doc.get("paths")?
        .as_object()?
        .values()
        .filter_map(Value::as_object)
        .flat_map(|item| item.values())
        .find(|op| op.get("operationId").and_then(Value::as_str) == Some(operation_id))?
        .pointer("/requestBody/content/application~1json/schema")
}

/// Points `#/components/schemas/X` references at `#/$defs/X`.
fn rewrite_refs(value: Value) -> Value {
    match value {
        Value::Object(map) => Value::Object(
            map.into_iter()
                .map(|(k, v)| {
                    let v = match (k.as_str(), v) {
                        ("$ref", Value::String(r)) => {
                            Value::String(match r.strip_prefix("#/components/schemas/") {
                                Some(name) => format!("#/$defs/{name}"),
                                None => r,
                            })
                        }
                        (_, v) => rewrite_refs(v),
                    };
                    (k, v)
                })
                .collect(),
        ),
        Value::Array(items) => Value::Array(items.into_iter().map(rewrite_refs).collect()),
        other => other,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn spec() -> Spec {
        Spec::load().unwrap()
    }

    #[test]
    fn search_bodies() {
        let spec = spec();
        let q = spec.search_query(&json!({})).unwrap();
        assert_eq!(q.limit, 10);
        let e = spec.search_query(&json!({"limit": 0})).unwrap_err();
        assert_eq!(e.param.as_deref(), Some("limit"));
        let e = spec.search_query(&json!({"limit": 101})).unwrap_err();
        assert_eq!(e.param.as_deref(), Some("limit"));
        let e = spec
            .search_query(&json!({"date_of_birth": {"month": 13}}))
            .unwrap_err();
        assert_eq!(e.param.as_deref(), Some("date_of_birth.month"));
        let e = spec
            .search_query(&json!({"date_of_birth": {"year": 2023, "month": 2, "day": 29}}))
            .unwrap_err();
        assert_eq!(e.param.as_deref(), Some("date_of_birth.day"));
        let e = spec.search_query(&json!({"ssn": 123456789})).unwrap_err();
        assert_eq!(e.param.as_deref(), Some("ssn"));
        assert!(!e.message.contains("123456789"), "{}", e.message);
        let e = spec.search_query(&json!({"ssn": "12345678"})).unwrap_err();
        assert_eq!(e.param.as_deref(), Some("ssn"));
        let e = spec.search_query(&json!(["123456789"])).unwrap_err();
        assert_eq!(e.param, None);
        assert!(!e.message.contains("123456789"), "{}", e.message);
        let q = spec.search_query(&json!({"limit": 5.0})).unwrap();
        assert_eq!(q.limit, 5);
    }

    #[test]
    fn update_bodies() {
        let spec = spec();
        spec.update_request(&json!({"email": "a@example.com", "phone": "+14155552671"}))
            .unwrap();
        let e = spec.update_request(&json!({"email": "nope"})).unwrap_err();
        assert_eq!(e.param.as_deref(), Some("email"));
        let e = spec
            .update_request(&json!({"phone": "555-1234"}))
            .unwrap_err();
        assert_eq!(e.param.as_deref(), Some("phone"));
        let e = spec
            .update_request(&json!({"customer_history": {"account_tenure": "x"}}))
            .unwrap_err();
        assert_eq!(e.param.as_deref(), Some("customer_history.account_tenure"));
        let e = spec
            .update_request(&json!({"customer_history": {"account_created_at": "yesterday"}}))
            .unwrap_err();
        assert_eq!(
            e.param.as_deref(),
            Some("customer_history.account_created_at")
        );
        let e = spec
            .update_request(&json!({"customer_history": {"address": {"country": "US"}}}))
            .unwrap_err();
        assert_eq!(e.param.as_deref(), Some("customer_history.address.country"));
        let e = spec
            .update_request(&json!({"customer_history": {"email": "x"}}))
            .unwrap_err();
        assert_eq!(e.param.as_deref(), Some("customer_history.email"));
    }

    #[test]
    fn pointers_become_params() {
        assert_eq!(param_from_pointer(""), "");
        assert_eq!(param_from_pointer("/a/b~1c/d~0"), "a.b/c.d~");
        assert!(is_e164("+14155552671"));
        assert!(!is_e164("+0123"));
        assert!(!is_e164("+1234567890123456"));
    }
}
