//! The only hand-written knowledge of the suite: how to reach each spec
//! operation through the facade, and which generated Rust type holds each
//! component schema. Everything a check *expects* comes from the spec.

use std::collections::BTreeMap;

use futures::future::BoxFuture;
use imprint::error_bodies::{GetCustomerError, SearchCustomersPostError, UpdateCustomerError};
use imprint::types::CustomerUpdateRequest;
use imprint::{Client, Error};
use serde_json::{Value, json};

/// What a case sends: path parameters by name, and the JSON request body
/// (which the case must express through the facade's own API).
#[derive(Debug, Clone, Default)]
pub struct Input {
    /// Path parameters.
    pub path: BTreeMap<String, String>,
    /// The body to send, as the spec describes it.
    pub body: Option<Value>,
}

impl Input {
    fn path_param(&self, op: &str, name: &str) -> &str {
        self.path.get(name).map(String::as_str).unwrap_or_else(|| {
            panic!("the {op} case needs path parameter `{name}`, which the spec no longer declares")
        })
    }
}

/// Calls the facade for one operation; the typed result re-serialised.
pub type Invoke = for<'a> fn(&'a Client, &'a Input) -> BoxFuture<'a, Result<Value, Error>>;

/// How to reach one spec operation through the facade.
pub struct Case {
    /// The spec's operationId.
    pub operation: &'static str,
    /// The facade call.
    pub invoke: Invoke,
    /// What the facade's result should look like for a served success body:
    /// the identity, unless the facade's type presents the body differently
    /// (documented per case).
    pub served_view: fn(&Value) -> Value,
}

/// operationId -> case. A spec operation missing here fails the suite.
pub const CASES: &[Case] = &[
    Case {
        operation: "getCustomer",
        invoke: get_customer,
        served_view: Value::clone,
    },
    Case {
        operation: "searchCustomersPost",
        invoke: search_customers,
        served_view: page_view,
    },
    Case {
        operation: "updateCustomer",
        invoke: update_customer,
        served_view: Value::clone,
    },
];

/// The case for `operation`.
pub fn case(operation: &str) -> Option<&'static Case> {
    CASES.iter().find(|c| c.operation == operation)
}

/// The operationIds with a case.
pub fn case_ids() -> Vec<&'static str> {
    CASES.iter().map(|c| c.operation).collect()
}

fn to_json<T: serde::Serialize>(op: &str, v: &T) -> Value {
    serde_json::to_value(v)
        .unwrap_or_else(|e| panic!("{op}: the typed result does not re-serialise: {e}"))
}

fn get_customer<'a>(client: &'a Client, input: &'a Input) -> BoxFuture<'a, Result<Value, Error>> {
    Box::pin(async move {
        let id = input.path_param("getCustomer", "customer_id");
        let customer = client.customers().get(id).await?;
        Ok(to_json("getCustomer", &customer))
    })
}

fn update_customer<'a>(
    client: &'a Client,
    input: &'a Input,
) -> BoxFuture<'a, Result<Value, Error>> {
    Box::pin(async move {
        let id = input.path_param("updateCustomer", "customer_id");
        let body = input.body.clone().unwrap_or_else(|| json!({}));
        let update: CustomerUpdateRequest = serde_json::from_value(body.clone()).unwrap_or_else(|e| {
            panic!("updateCustomer: a body valid for the spec does not decode as CustomerUpdateRequest: {e}\nbody: {body}")
        });
        let customer = client.customers().update(id, update).await?;
        Ok(to_json("updateCustomer", &customer))
    })
}

/// Sets every property of the spec's search body through the builder; a
/// property without a setter fails, naming it.
fn search_customers<'a>(
    client: &'a Client,
    input: &'a Input,
) -> BoxFuture<'a, Result<Value, Error>> {
    Box::pin(async move {
        let mut search = client.customers().search();
        let body = input.body.clone().unwrap_or_else(|| json!({}));
        let props = body.as_object().cloned().unwrap_or_default();
        let text = |k: &str, v: &Value| -> String {
            v.as_str()
                .unwrap_or_else(|| panic!("searchCustomersPost: `{k}` is not a string: {v}"))
                .to_string()
        };
        for (k, v) in &props {
            search = match k.as_str() {
                "partner_customer_id" => search.partner_customer_id(text(k, v)),
                "ssn" => search.ssn(text(k, v)),
                "starting_after" => search.starting_after(text(k, v)),
                "limit" => search.limit(
                    v.as_u64()
                        .and_then(|n| u32::try_from(n).ok())
                        .unwrap_or_else(|| panic!("searchCustomersPost: limit {v} is not a u32")),
                ),
                "date_of_birth" => {
                    let part = |p: &str| {
                        v.get(p).and_then(Value::as_i64).unwrap_or_else(|| {
                            panic!(
                                "searchCustomersPost: the facade needs date_of_birth.{p}; got {v}"
                            )
                        })
                    };
                    search.date_of_birth(
                        part("year") as i32,
                        part("month") as u32,
                        part("day") as u32,
                    )
                }
                other => panic!(
                    "searchCustomersPost: the spec's request body has property `{other}`, which the facade's search builder cannot set"
                ),
            };
        }
        let page = search.send().await?;
        let mut out = json!({
            "data": to_json("searchCustomersPost", &page.data),
            "has_more": page.has_more,
        });
        if let Some(total) = page.total {
            out["total"] = json!(total);
        }
        Ok(out)
    })
}

/// `Page` always has `data` and `has_more` (`[]` and `false` when the
/// server omits them, as the spec makes them optional) and no other field
/// of `CustomerListResponse` besides `total`.
fn page_view(served: &Value) -> Value {
    let mut v = served.clone();
    if let Some(m) = v.as_object_mut() {
        m.entry("data").or_insert_with(|| json!([]));
        m.entry("has_more").or_insert(Value::Bool(false));
    }
    v
}

/// `imprint::error_bodies::<Op>Error::decode`, the decoded body
/// re-serialised. `None` when the decoder knows no body for `status`.
pub fn decode_error_body(
    operation: &str,
    status: u16,
    body: &[u8],
) -> Option<Result<Value, String>> {
    fn ser<T: serde::Serialize>(v: T) -> Value {
        serde_json::to_value(v)
            .unwrap_or_else(|e| panic!("a decoded error body does not re-serialise: {e}"))
    }
    let r = match operation {
        "getCustomer" => GetCustomerError::decode(status, body)?.map(|e| match e {
            GetCustomerError::Status404(b) => ser(b),
            other => panic!("getCustomer: unexpected decoded variant {other:?}"),
        }),
        "updateCustomer" => UpdateCustomerError::decode(status, body)?.map(|e| match e {
            UpdateCustomerError::Status404(b) => ser(b),
            other => panic!("updateCustomer: unexpected decoded variant {other:?}"),
        }),
        "searchCustomersPost" => SearchCustomersPostError::decode(status, body)?
            .map(|e| panic!("searchCustomersPost declares no error body, yet decode gave {e:?}")),
        other => {
            panic!("no typed error decoder is wired for `{other}` in tests/conformance/cases.rs")
        }
    };
    Some(r.map_err(|e| e.to_string()))
}

/// `imprint::error_bodies::<Op>Error::STATUSES`.
pub fn declared_error_statuses(operation: &str) -> &'static [(&'static str, Option<&'static str>)] {
    match operation {
        "getCustomer" => GetCustomerError::STATUSES,
        "updateCustomer" => UpdateCustomerError::STATUSES,
        "searchCustomersPost" => SearchCustomersPostError::STATUSES,
        other => {
            panic!("no typed error decoder is wired for `{other}` in tests/conformance/cases.rs")
        }
    }
}

macro_rules! generated_types {
    ($($name:literal => $ty:ty),* $(,)?) => {
        /// Component schema name -> the schemars schema of its generated type.
        pub fn generated_schema(name: &str) -> Option<Value> {
            match name {
                $($name => Some(serde_json::to_value(schemars::schema_for!($ty))
                    .unwrap_or_else(|e| panic!("schema of {}: {e}", $name))),)*
                _ => None,
            }
        }
        /// Decodes `value` as the generated type for component `name` and
        /// re-serialises it. `None` when no type is listed for `name`.
        pub fn round_trip(name: &str, value: Value) -> Option<Result<Value, String>> {
            match name {
                $($name => Some(serde_json::from_value::<$ty>(value)
                    .map_err(|e| e.to_string())
                    .map(|v| serde_json::to_value(v).unwrap_or_else(|e| panic!("{} does not re-serialise: {e}", $name)))),)*
                _ => None,
            }
        }
    };
}

// Component schema -> generated type. Inline request bodies get the
// progenitor name `<OperationId>Body`.
generated_types! {
    "Address" => imprint::types::Address,
    "Customer" => imprint::types::Customer,
    "CustomerAccountHistory" => imprint::types::CustomerAccountHistory,
    "CustomerListResponse" => imprint::types::CustomerListResponse,
    "CustomerNotFoundError" => imprint::types::CustomerNotFoundError,
    "CustomerProgramStatus" => imprint::open_enums::CustomerProgramStatus,
    "CustomerUpdateRequest" => imprint::types::CustomerUpdateRequest,
    "DateOfBirth" => imprint::types::DateOfBirth,
    "PartnerCustomerId" => imprint::types::PartnerCustomerId,
    "SearchCustomersPostBody" => imprint::types::SearchCustomersPostBody,
}
