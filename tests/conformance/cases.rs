//! How the suite reaches each operation, expanded from the case table that
//! `tests/build.rs` renders from the spec (`imprint_conformance::case_table`):
//! for every operation, its generated request type is built from JSON-level
//! input (path and query parameters by their spec names, the body as JSON)
//! and sent with `Client::send`, so the answer is decoded into the
//! generated output type; its error bodies go through
//! `imprint::error_bodies`. Nothing here names an operation: an operation
//! added to the spec gets its case when the client is regenerated.

use std::collections::BTreeMap;

use futures::TryStreamExt;
use futures::future::BoxFuture;
use imprint::operations::OperationDescriptor;
use imprint::pagination::ItemOf;
use imprint::{Client, CursorRequest, Error, ErrorBody, Request};
use serde::Serialize;
use serde::de::DeserializeOwned;
use serde_json::Value;

/// What a case sends, at JSON level: path parameters, query parameters
/// (absent: not sent) and the JSON body, by their spec names.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Input {
    /// Path parameters.
    pub path: BTreeMap<String, String>,
    /// Query parameters, as JSON values of their schemas.
    pub query: BTreeMap<String, Value>,
    /// The body (`None`: not sent).
    pub body: Option<Value>,
}

impl Input {
    /// The value of one field of a generated request type, decoded from
    /// the input; an absent value reads as `null` (an unset `Option`).
    fn field<T: DeserializeOwned>(&self, op: &str, kind: &str, name: &str) -> T {
        let value = match kind {
            "path" => self.path.get(name).map(|s| Value::from(s.as_str())),
            "query" => self.query.get(name).cloned(),
            "body" => self.body.clone(),
            other => panic!("{op}: unknown field kind `{other}` in the case table"),
        }
        .unwrap_or(Value::Null);
        serde_json::from_value(value.clone()).unwrap_or_else(|e| {
            panic!("{op}: the {kind} value `{name}` = {value} does not build the generated request's field: {e}")
        })
    }
}

/// A generated type as the suite checks it: its schemars schema and a
/// decode-then-encode round trip.
pub struct Typed {
    /// For messages: `GetCustomer::Output (Customer)`, `Customer`, ...
    pub name: String,
    /// `schemars::schema_for!` of the type, as JSON.
    pub schema: Value,
    /// Decodes a JSON value as the type and encodes it again.
    pub round_trip: Box<dyn Fn(Value) -> Result<Value, String> + Send + Sync>,
    /// Decodes a JSON value as the type and shows its `Debug`.
    pub debug: Box<dyn Fn(Value) -> Result<String, String> + Send + Sync>,
}

impl std::fmt::Debug for Typed {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Typed").field("name", &self.name).finish()
    }
}

/// [`Typed`] for `T`.
pub fn typed<T>(name: String) -> Typed
where
    T: schemars::JsonSchema + Serialize + DeserializeOwned + std::fmt::Debug + 'static,
{
    let schema = serde_json::to_value(schemars::schema_for!(T))
        .unwrap_or_else(|e| panic!("the schema of {name} does not serialise: {e}"));
    let what = name.clone();
    Typed {
        name,
        schema,
        round_trip: Box::new(move |v| {
            let decoded: T = serde_json::from_value(v).map_err(|e| e.to_string())?;
            Ok(serde_json::to_value(decoded)
                .unwrap_or_else(|e| panic!("{what} does not re-serialise: {e}")))
        }),
        debug: Box::new(|v| {
            let decoded: T = serde_json::from_value(v).map_err(|e| e.to_string())?;
            Ok(format!("{decoded:?}"))
        }),
    }
}

/// [`Typed`] for the type of a field, named by an accessor
/// (`|r: &R| &r.body`): how a body type is reached without its name.
pub fn typed_field<R, T>(name: String, _field: fn(&R) -> &T) -> Typed
where
    T: schemars::JsonSchema + Serialize + DeserializeOwned + std::fmt::Debug + 'static,
{
    typed::<T>(name)
}

/// [`Typed`] for the payload of an error-body variant, named by its
/// constructor (`LinkCustomerAccountError::Status409`).
pub fn typed_variant<T, E>(name: String, _variant: fn(T) -> E) -> Typed
where
    T: schemars::JsonSchema + Serialize + DeserializeOwned + std::fmt::Debug + 'static,
{
    typed::<T>(name)
}

/// A generated request type the suite can build from an [`Input`].
pub trait FromInput: Request {
    /// The request for `input`.
    fn from_input(input: &Input) -> Self;
    /// The body's type, if the operation has a body.
    fn body_type() -> Option<Typed>;
}

/// A generated error-body enum (`imprint::error_bodies::<Op>Error`).
pub trait ErrorBodies {
    /// `decode`, the decoded body re-serialised; `None` when the decoder
    /// knows no body for `status`.
    fn decode_json(status: u16, body: &[u8]) -> Option<Result<Value, String>>;
    /// The payload type of each variant, by status key.
    fn variant_types() -> Vec<(&'static str, Typed)>;
}

/// Sends the case's request through `Client::send`; the typed result
/// re-serialised.
pub type Invoke = for<'a> fn(&'a Client, &'a Input) -> BoxFuture<'a, Result<Value, Error>>;

/// Streams every item of a cursor list through `Client::list` with the
/// given page size; the typed items re-serialised.
pub type ListInvoke =
    for<'a> fn(&'a Client, &'a Input, u32) -> BoxFuture<'a, Result<Vec<Value>, Error>>;

/// `error_bodies::<Op>Error::decode` for a status and body, the decoded
/// body re-serialised; `None` when the decoder knows no body for it.
pub type DecodeError = fn(u16, &[u8]) -> Option<Result<Value, String>>;

/// One operation as the suite reaches it.
pub struct Case {
    /// The spec's operationId, as the case table lists it.
    pub operation: &'static str,
    /// The generated request type's name.
    pub request_type: &'static str,
    /// The request type's `Request::OPERATION`.
    pub descriptor: &'static OperationDescriptor,
    /// The typed call.
    pub invoke: Invoke,
    /// `error_bodies::<Op>Error` decoding.
    pub decode_error: DecodeError,
    /// `error_bodies::<Op>Error::STATUSES`.
    pub error_statuses: &'static [(&'static str, Option<&'static str>)],
    /// The success body's type (`Request::Output`).
    pub output_type: fn() -> Typed,
    /// The body's type.
    pub body_type: fn() -> Option<Typed>,
    /// The error bodies' types.
    pub error_types: fn() -> Vec<(&'static str, Typed)>,
}

impl std::fmt::Debug for Case {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Case")
            .field("operation", &self.operation)
            .field("request_type", &self.request_type)
            .finish_non_exhaustive()
    }
}

fn to_json<T: Serialize>(op: &str, v: &T) -> Value {
    serde_json::to_value(v)
        .unwrap_or_else(|e| panic!("{op}: the typed result does not re-serialise: {e}"))
}

fn invoke<'a, R>(client: &'a Client, input: &'a Input) -> BoxFuture<'a, Result<Value, Error>>
where
    R: FromInput,
    R::Output: Serialize + DeserializeOwned + Send,
    R::ErrorBody: ErrorBody,
{
    Box::pin(async move {
        let out = client.send(R::from_input(input)).await?;
        Ok(to_json(R::OPERATION.id, &out))
    })
}

fn list_all<'a, R>(
    client: &'a Client,
    input: &'a Input,
    limit: u32,
) -> BoxFuture<'a, Result<Vec<Value>, Error>>
where
    R: FromInput + CursorRequest + Sync,
    R::Output: DeserializeOwned + Send,
    R::ErrorBody: ErrorBody,
    ItemOf<R>: Serialize + Send + 'static,
{
    Box::pin(async move {
        let items: Vec<ItemOf<R>> = client
            .list(R::from_input(input))
            .limit(limit)
            .stream()
            .try_collect()
            .await?;
        Ok(items.iter().map(|i| to_json(R::OPERATION.id, i)).collect())
    })
}

/// One case per operation: `"opId" => RequestType / ErrorType { fields {
/// rust: kind "json", ... } errors { "status" => Variant, ... } }`.
macro_rules! operations {
    ($(
        $id:literal => $ty:ident / $err:ident {
            fields { $($field:ident : $kind:ident $json:literal,)* }
            errors { $($status:literal => $variant:ident,)* }
        }
    )*) => {
        $(
            impl FromInput for imprint::requests::$ty {
                #[allow(unused_variables)]
                fn from_input(input: &Input) -> Self {
                    Self { $($field: input.field($id, stringify!($kind), $json),)* }
                }
                fn body_type() -> Option<Typed> {
                    operations!(@body $ty; $($field $kind)*)
                }
            }

            impl ErrorBodies for imprint::error_bodies::$err {
                #[allow(unreachable_patterns, unused_variables)]
                fn decode_json(status: u16, body: &[u8]) -> Option<Result<Value, String>> {
                    let decoded = Self::decode(status, body)?;
                    Some(match decoded {
                        $(Ok(Self::$variant(b)) => Ok(to_json($id, &b)),)*
                        Ok(other) => panic!(
                            "{}: error_bodies decoded {status} as {other:?}, a variant the spec does not document",
                            $id
                        ),
                        Err(e) => Err(e.to_string()),
                    })
                }
                fn variant_types() -> Vec<(&'static str, Typed)> {
                    vec![$((
                        $status,
                        typed_variant(
                            format!("{}::{}", stringify!($err), stringify!($variant)),
                            Self::$variant,
                        ),
                    ),)*]
                }
            }
        )*

        /// Every case, in spec order.
        pub const CASES: &[Case] = &[$(
            Case {
                operation: $id,
                request_type: stringify!($ty),
                descriptor: <imprint::requests::$ty as Request>::OPERATION,
                invoke: invoke::<imprint::requests::$ty>,
                decode_error: <imprint::error_bodies::$err as ErrorBodies>::decode_json,
                error_statuses: imprint::error_bodies::$err::STATUSES,
                output_type: || typed::<<imprint::requests::$ty as Request>::Output>(
                    format!("{}::Output", stringify!($ty)),
                ),
                body_type: <imprint::requests::$ty as FromInput>::body_type,
                error_types: <imprint::error_bodies::$err as ErrorBodies>::variant_types,
            },
        )*];
    };
    // The body's type: the field of kind `body`, if any.
    (@body $ty:ident;) => { None };
    (@body $ty:ident; $field:ident body $($rest:tt)*) => {
        Some(typed_field(
            format!("{}::{}", stringify!($ty), stringify!($field)),
            |r: &imprint::requests::$ty| &r.$field,
        ))
    };
    (@body $ty:ident; $field:ident $kind:ident $($rest:tt)*) => {
        operations!(@body $ty; $($rest)*)
    };
}

/// `Client::list` for every cursor list: `"opId" => RequestType`.
macro_rules! cursor_lists {
    ($($id:literal => $ty:ident,)*) => {
        /// The `Client::list` call of a cursor list; `None` for any other
        /// operation.
        pub fn list_invoke(operation: &str) -> Option<ListInvoke> {
            match operation {
                $($id => Some(list_all::<imprint::requests::$ty>),)*
                _ => None,
            }
        }

        /// The cursor lists the case table names.
        pub const CURSOR_LISTS: &[&str] = &[$($id),*];
    };
}

/// The generated type of every component schema: `"Name" => RustName`.
macro_rules! components {
    ($($name:literal => $rust:ident,)*) => {
        mod component_types {
            #[allow(unused_imports)]
            use imprint::open_enums::*;
            #[allow(unused_imports)]
            use imprint::types::*;

            /// Every component schema's generated type.
            pub fn all() -> Vec<(&'static str, super::Typed)> {
                vec![$(($name, super::typed::<$rust>($name.to_string())),)*]
            }
        }
        pub use component_types::all as component_types;
    };
}

include!(concat!(env!("OUT_DIR"), "/case_table.rs"));

/// The case for `operation`; panics naming it when there is none.
pub fn case(operation: &str) -> &'static Case {
    CASES
        .iter()
        .find(|c| c.operation == operation)
        .unwrap_or_else(|| panic!("`{operation}` has no case in the rendered case table"))
}

/// The operationIds with a case.
pub fn case_ids() -> Vec<&'static str> {
    CASES.iter().map(|c| c.operation).collect()
}
