//! The operations that hold state, by operationId, and the answer of every
//! other operation: its first documented 2xx, assembled from the spec's
//! examples.
//!
//! A handler runs after routing, authentication and validation: its
//! parameters and body already satisfy their schemas and prose rules. It
//! returns a [`Reply`] (sent with the operation's documented success status)
//! or a [`Problem`] (spelled as the operation documents that status).

mod customers;
mod intents;
mod keys;
mod offers;
mod orders;
mod payment_methods;
mod rewards;
mod sessions;
mod transactions;

use chrono::{DateTime, Utc};
use imprint_spec::Pagination;
use serde::Serialize;
use serde::de::DeserializeOwned;
use serde_json::{Map, Value};

use crate::api::OpInfo;
use crate::problem::Problem;
use crate::server::Shared;
use crate::store::{MockEvent, Page, Store};
use crate::validate::{PageRequest, Params};

pub(crate) use payment_methods::set_status as set_payment_method_status;
pub use rewards::STATEMENT_REWARD_POINTS;

/// What a handler sees of a request.
pub(crate) struct Ctx<'a> {
    pub(crate) shared: &'a Shared,
    pub(crate) op: &'a OpInfo,
    pub(crate) params: Params,
    pub(crate) body: Option<Value>,
    /// The API key the request authenticated with.
    pub(crate) key: String,
    /// The `x-imprint-merchant-key` header, if sent.
    pub(crate) merchant_key: Option<String>,
    pub(crate) now: DateTime<Utc>,
}

/// A handler's answer, sent with the operation's success status. No
/// `Debug`: it holds created keys and session secrets as sent.
pub(crate) enum Reply {
    Json(Value),
    Empty,
}

/// An operation's handler.
pub(crate) type Handler = fn(&Ctx<'_>) -> Result<Reply, Problem>;

/// The handlers, by operationId.
const HANDLERS: &[(&str, Handler)] = &[
    ("searchCustomers", customers::search),
    ("searchCustomersPost", customers::search),
    ("getCustomer", customers::get),
    ("updateCustomer", customers::update),
    ("linkCustomerAccount", customers::link),
    ("getRewardsBalance", rewards::balance),
    ("getPaymentMethods", payment_methods::of_customer),
    ("getTransactionIntents", intents::of_customer),
    ("getTransactions", transactions::of_customer),
    ("getRewards", rewards::of_customer),
    ("createSession", sessions::create),
    ("getSession", sessions::get),
    ("searchPaymentMethods", payment_methods::search),
    ("searchPaymentMethodsPost", payment_methods::search_post),
    ("getPaymentMethod", payment_methods::get),
    ("createTransactionIntent", intents::create),
    ("searchTransactionIntents", intents::search),
    ("getTransactionIntent", intents::get),
    ("updateTransactionIntent", intents::update),
    ("getTransaction", transactions::get),
    ("simulateTransactionEvent", transactions::simulate),
    ("searchRewards", rewards::search),
    ("getReward", rewards::get),
    ("patchReward", rewards::patch),
    ("simulateReward", rewards::simulate),
    ("simulateStatementReward", rewards::simulate_statement),
    ("getOffer", offers::get),
    ("listOrders", orders::list),
    ("createOrder", orders::create),
    ("putOrder", orders::put),
    ("deleteOrder", orders::delete),
    ("listOrderEvents", orders::list_events),
    ("postOrderEvent", orders::create_event),
    ("deleteOrderEvent", orders::delete_event),
    ("createKey", keys::create),
    ("deleteKey", keys::delete),
];

/// The handler of an operation, if it holds state.
pub(crate) fn handler(operation_id: &str) -> Option<Handler> {
    HANDLERS
        .iter()
        .find(|(id, _)| *id == operation_id)
        .map(|(_, h)| *h)
}

/// The answer of an operation without a handler: its first documented 2xx
/// response, with a body assembled from the schema's examples (none if the
/// response has no content).
pub(crate) fn from_examples(ctx: &Ctx<'_>) -> Result<Reply, Problem> {
    Ok(match &ctx.op.success_schema {
        Some(schema) => Reply::Json(
            imprint_spec::examples::assemble(ctx.shared.api.spec.document(), schema).value,
        ),
        None => Reply::Empty,
    })
}

impl Ctx<'_> {
    /// The body as JSON (`{}` when the operation's body is optional and
    /// none was sent).
    pub(crate) fn body(&self) -> Value {
        self.body
            .clone()
            .unwrap_or_else(|| Value::Object(Map::new()))
    }

    /// The body as a generated type. The body already passed its schema, so
    /// a failure here means the generated type is stricter than the spec;
    /// the answer is still a 400 naming the field.
    pub(crate) fn parse<T: DeserializeOwned>(&self) -> Result<T, Problem> {
        parse_value(self.body())
    }

    /// A path parameter (always present: routing matched it).
    pub(crate) fn path(&self, name: &str) -> String {
        self.params.text(name).unwrap_or_default().to_owned()
    }

    /// The page request of this operation's cursor list.
    pub(crate) fn page_request(&self) -> Result<PageRequest, Problem> {
        let pagination = self.pagination()?;
        PageRequest::read(
            pagination,
            self.op.default_limit,
            &self.params,
            self.body.as_ref(),
        )
    }

    fn pagination(&self) -> Result<&Pagination, Problem> {
        self.op.pagination.as_ref().ok_or_else(|| {
            Problem::Internal(format!("{} is not a cursor list in this spec", self.op.id))
        })
    }

    /// A cursor list's body, with the names the spec gives: `{"data": [...],
    /// "has_more": ..., "total": ...}`. `data` is always present.
    pub(crate) fn list_body<T: Serialize>(&self, page: Page<T>) -> Result<Reply, Problem> {
        let pagination = self.pagination()?;
        let mut body = Map::new();
        body.insert(pagination.items.clone(), to_json(&page.items)?);
        body.insert(pagination.has_more.clone(), Value::Bool(page.has_more));
        if let Some(total) = &pagination.total {
            body.insert(total.clone(), Value::from(page.total as u64));
        }
        Ok(Reply::Json(Value::Object(body)))
    }

    /// `{"data": [...]}`, for the lists that are not paged.
    pub(crate) fn data_body<T: Serialize>(&self, items: &[T]) -> Result<Reply, Problem> {
        let mut body = Map::new();
        body.insert("data".into(), to_json(items)?);
        Ok(Reply::Json(Value::Object(body)))
    }

    /// The merchant key events carry: the request's
    /// `x-imprint-merchant-key`, else the server's.
    pub(crate) fn merchant_key(&self) -> String {
        self.merchant_key
            .clone()
            .unwrap_or_else(|| self.shared.config.merchant_key.clone())
    }

    /// Records an event in the log and tells subscribers. Call it with the
    /// store still locked, so events are in the order of the changes.
    pub(crate) fn emit(&self, store: &mut Store, webhook: &str, payload: Value) {
        emit(self.shared, store, webhook, payload, self.now);
    }
}

/// Records an event and broadcasts it.
pub(crate) fn emit(
    shared: &Shared,
    store: &mut Store,
    webhook: &str,
    payload: Value,
    now: DateTime<Utc>,
) -> MockEvent {
    let event = store.record(webhook, payload, now);
    // No subscriber is not an error.
    let _ = shared.events.send(event.clone());
    event
}

/// A JSON answer.
pub(crate) fn json<T: Serialize>(value: &T) -> Result<Reply, Problem> {
    Ok(Reply::Json(to_json(value)?))
}

/// Serialises a value (a generated type cannot fail, but say so if it did).
pub(crate) fn to_json<T: Serialize + ?Sized>(value: &T) -> Result<Value, Problem> {
    serde_json::to_value(value).map_err(|e| Problem::Internal(format!("could not encode: {e}")))
}

/// A JSON value as a generated type, with a 400 naming the field on failure.
pub(crate) fn parse_value<T: DeserializeOwned>(value: Value) -> Result<T, Problem> {
    let mut track = serde_path_to_error::Track::new();
    let de = serde_path_to_error::Deserializer::new(value, &mut track);
    T::deserialize(de).map_err(|e: serde_json::Error| {
        let path = track.path().to_string();
        // serde's messages may quote the value: not for a sensitive field.
        let sensitive = path
            .rsplit('.')
            .next()
            .is_some_and(|last| imprint_raw::SENSITIVE_FIELDS.contains(&last));
        let detail = if sensitive {
            "not a valid value".to_owned()
        } else {
            e.to_string()
        };
        if path == "." {
            Problem::invalid_request(format!("Invalid request body: {detail}"))
        } else {
            Problem::invalid(format!("Invalid `{path}`: {detail}"), path)
        }
    })
}

/// `customer_metadata` of a stored customer, for event payloads.
pub(crate) fn customer_metadata(
    store: &Store,
    customer_id: &str,
) -> std::collections::HashMap<String, String> {
    store
        .customers
        .get(customer_id)
        .map(|c| c.customer_metadata.clone())
        .unwrap_or_default()
}

/// The partner customer id of a stored customer.
pub(crate) fn partner_id(
    store: &Store,
    customer_id: &str,
) -> Option<imprint_raw::types::PartnerCustomerId> {
    store
        .customers
        .get(customer_id)
        .and_then(|c| c.customer.partner_customer_id.clone())
}

/// Merges a metadata patch: each key replaces, `null` removes.
pub(crate) fn merge_metadata(target: &mut Map<String, Value>, patch: Map<String, Value>) {
    for (key, value) in patch {
        if value.is_null() {
            target.remove(&key);
        } else {
            target.insert(key, value);
        }
    }
}

/// 400 for a negative amount (the spec types amounts as plain integers; the
/// API refuses negatives).
pub(crate) fn non_negative(name: &str, amount: Option<i64>) -> Result<(), Problem> {
    match amount {
        Some(a) if a < 0 => Err(Problem::invalid(
            format!("{name} must not be negative"),
            name,
        )),
        _ => Ok(()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[derive(serde::Deserialize, Debug)]
    #[allow(dead_code)]
    struct Body {
        pan: u8,
        other: u8,
    }

    #[test]
    fn decode_errors_hide_sensitive_values() {
        let e = parse_value::<Body>(json!({"pan": "4111111111111111", "other": 1})).unwrap_err();
        let Problem::Invalid { message, param } = e else {
            panic!("{e:?}")
        };
        assert_eq!(param.as_deref(), Some("pan"));
        assert!(!message.contains("4111"), "{message}");
        let e = parse_value::<Body>(json!({"pan": 1, "other": "x"})).unwrap_err();
        let Problem::Invalid { message, .. } = e else {
            panic!("{e:?}")
        };
        assert!(
            message.contains("\"x\""),
            "other fields keep serde's detail: {message}"
        );
    }
}
