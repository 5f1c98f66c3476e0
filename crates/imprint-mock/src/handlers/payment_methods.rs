//! Payment methods: search (GET with a cursor, POST by card number), get,
//! a customer's list, and the test-side status change.

use chrono::{DateTime, Utc};
use imprint_raw::open_enums::{
    PaymentMethodStatus, PaymentMethodWebhookPayloadDataNewStatus,
    PaymentMethodWebhookPayloadDataPreviousStatus, PaymentMethodWebhookPayloadObject,
};
use imprint_raw::types::{
    PaymentMethod, PaymentMethodWebhookPayload, PaymentMethodWebhookPayloadData,
};
use serde_json::Value;

use super::customers::CUSTOMER;
use super::{Ctx, Reply, customer_metadata, emit, json, partner_id, to_json};
use crate::error::MockError;
use crate::problem::Problem;
use crate::server::Shared;
use crate::store::{next_timestamp, page_ids};

/// `searchPaymentMethods`: a customer's payment methods, optionally of one
/// `type`, in id order, by cursor. An unknown customer has none.
pub(crate) fn search(ctx: &Ctx<'_>) -> Result<Reply, Problem> {
    let request = ctx.page_request()?;
    let customer = ctx.params.text("customer_id").unwrap_or_default();
    let kind = ctx.params.text("type");
    let store = ctx.shared.read();
    let empty = Default::default();
    let ids = store
        .owned
        .get(customer)
        .map_or(&empty, |o| &o.payment_methods);
    let of_kind = |p: &PaymentMethod| kind.is_none_or(|k| p.type_.as_str() == k);
    let filter: Option<&dyn Fn(&PaymentMethod) -> bool> =
        if kind.is_some() { Some(&of_kind) } else { None };
    let page = page_ids(
        ids,
        &store.payment_methods,
        &request,
        "payment method",
        filter,
    )?;
    drop(store);
    ctx.list_body(page)
}

/// `searchPaymentMethodsPost`: a customer's payment methods, optionally of
/// one `type`, optionally only the card whose full number is `pan`
/// (compared digit by digit, spaces and hyphens ignored). One page.
pub(crate) fn search_post(ctx: &Ctx<'_>) -> Result<Reply, Problem> {
    let body = ctx.body();
    let text = |name: &str| body.get(name).and_then(Value::as_str);
    let customer = text("customer_id").unwrap_or_default();
    let kind = text("type");
    let pan = text("pan").map(digits_only);
    let store = ctx.shared.read();
    let items: Vec<PaymentMethod> = store
        .owned
        .get(customer)
        .into_iter()
        .flat_map(|o| o.payment_methods.iter())
        .filter_map(|id| store.payment_methods.get(id))
        .filter(|p| kind.is_none_or(|k| p.type_.as_str() == k))
        .filter(|p| match &pan {
            None => true,
            Some(pan) => p
                .card
                .as_ref()
                .and_then(|c| c.pci_details.as_ref())
                .and_then(|d| d.expose().pan.as_deref())
                .is_some_and(|stored| digits_only(stored) == *pan),
        })
        .cloned()
        .collect();
    drop(store);
    let total = items.len();
    let mut body = serde_json::Map::new();
    body.insert("data".into(), to_json(&items)?);
    body.insert("has_more".into(), Value::Bool(false));
    body.insert("total".into(), Value::from(total as u64));
    Ok(Reply::Json(Value::Object(body)))
}

fn digits_only(s: &str) -> String {
    s.chars().filter(|c| !matches!(c, ' ' | '-')).collect()
}

/// `getPaymentMethod`.
pub(crate) fn get(ctx: &Ctx<'_>) -> Result<Reply, Problem> {
    let id = ctx.path("payment_method_id");
    let store = ctx.shared.read();
    let pm = store
        .payment_methods
        .get(&id)
        .ok_or_else(|| Problem::not_found("Payment method", "payment_method_id", &id))?;
    json(pm)
}

/// `getPaymentMethods`: every payment method of a customer, id order.
pub(crate) fn of_customer(ctx: &Ctx<'_>) -> Result<Reply, Problem> {
    let id = ctx.path("customer_id");
    let store = ctx.shared.read();
    if !store.customers.contains_key(&id) {
        return Err(Problem::not_found(CUSTOMER, "customer_id", &id));
    }
    let items: Vec<&PaymentMethod> = store
        .owned
        .get(&id)
        .into_iter()
        .flat_map(|o| o.payment_methods.iter())
        .filter_map(|pid| store.payment_methods.get(pid))
        .collect();
    ctx.data_body(&items)
}

/// Changes a payment method's status and records a `PaymentMethod` event
/// (none when the status is unchanged).
pub(crate) fn set_status(
    shared: &Shared,
    id: &str,
    status: PaymentMethodStatus,
    now: DateTime<Utc>,
) -> Result<PaymentMethod, MockError> {
    if status.is_unknown() {
        return Err(MockError::Config(format!(
            "unknown payment method status {:?}; use ACTIVE, INACTIVE or CANCELED",
            status.as_str()
        )));
    }
    let mut store = shared.write();
    let pm = store
        .payment_methods
        .get_mut(id)
        .ok_or_else(|| MockError::NotFound(format!("no payment method {id}")))?;
    if pm.status == status {
        return Ok(pm.clone());
    }
    let previous = std::mem::replace(&mut pm.status, status.clone());
    pm.updated_at = Some(next_timestamp(pm.updated_at, now));
    let pm = pm.clone();
    let payload = PaymentMethodWebhookPayload {
        object: Some(PaymentMethodWebhookPayloadObject::PaymentMethod),
        data: Some(PaymentMethodWebhookPayloadData {
            card_design_id: pm.card.as_ref().and_then(|c| c.card_design_id.clone()),
            card_type: pm.card.as_ref().and_then(|c| c.card_type.clone()),
            created_at: Some(pm.created_at),
            customer_id: Some(pm.customer_id.clone()),
            customer_metadata: customer_metadata(&store, &pm.customer_id),
            merchant_key: Some(shared.config.merchant_key.clone()),
            new_status: Some(PaymentMethodWebhookPayloadDataNewStatus::from(
                status.as_str(),
            )),
            partner_customer_id: partner_id(&store, &pm.customer_id),
            payment_method_id: Some(pm.id.clone()),
            previous_status: Some(PaymentMethodWebhookPayloadDataPreviousStatus::from(
                previous.as_str(),
            )),
            tokens: pm
                .card
                .as_ref()
                .map(|c| c.tokens.clone())
                .unwrap_or_default(),
            updated_at: pm.updated_at,
        }),
    };
    let payload = serde_json::to_value(&payload)
        .map_err(|e| MockError::Config(format!("could not encode the event: {e}")))?;
    emit(shared, &mut store, "PaymentMethod", payload, now);
    Ok(pm)
}
