//! Transaction intents: create, get, update (status transitions), search,
//! a customer's list.

use imprint_raw::open_enums::TransactionIntentStatus;
use imprint_raw::types::{
    CreateTransactionIntentBody, TransactionIntent, UpdateTransactionIntentBody,
};

use super::customers::CUSTOMER;
use super::{Ctx, Reply, json, merge_metadata, non_negative};
use crate::problem::Problem;
use crate::store::{next_timestamp, page_map, truncate_to_millis};

const INTENT: &str = "Transaction intent";

/// `createTransactionIntent`: a `CONFIRMED` intent. The customer must exist
/// and the amount must not be negative (400); a `payment_method_id`, when
/// given, must be one of the customer's.
pub(crate) fn create(ctx: &Ctx<'_>) -> Result<Reply, Problem> {
    let body: CreateTransactionIntentBody = ctx.parse()?;
    non_negative("amount", Some(body.amount))?;
    let now = truncate_to_millis(ctx.now);
    let mut store = ctx.shared.write();
    if !store.customers.contains_key(&body.customer_id) {
        return Err(Problem::invalid(
            format!("No customer with ID {}", body.customer_id),
            "customer_id",
        ));
    }
    if let Some(pm) = &body.payment_method_id
        && store
            .payment_methods
            .get(pm)
            .is_none_or(|p| p.customer_id != body.customer_id)
    {
        return Err(Problem::invalid(
            format!("No payment method with ID {pm} for this customer"),
            "payment_method_id",
        ));
    }
    let intent = TransactionIntent {
        amount: body.amount,
        created_at: now,
        currency: body.currency,
        customer_id: body.customer_id.clone(),
        id: store.mint("TXIN-"),
        metadata: body.metadata.unwrap_or_default(),
        network_transaction_id: body.network_transaction_id,
        partner_transaction_id: None,
        payment_method_id: body.payment_method_id,
        status: TransactionIntentStatus::Confirmed,
        updated_at: Some(now),
    };
    store
        .own(&intent.customer_id)
        .intents
        .insert(intent.id.clone());
    store.intents.insert(intent.id.clone(), intent.clone());
    json(&intent)
}

/// `getTransactionIntent`.
pub(crate) fn get(ctx: &Ctx<'_>) -> Result<Reply, Problem> {
    let id = ctx.path("intent_id");
    let store = ctx.shared.read();
    json(
        store
            .intents
            .get(&id)
            .ok_or_else(|| Problem::not_found(INTENT, "intent_id", &id))?,
    )
}

/// Whether an intent may go from `from` to `to`: a `CONFIRMED` intent may
/// stay or be canceled; a `CANCELED` one stays canceled.
fn may_move(from: &TransactionIntentStatus, to: &TransactionIntentStatus) -> bool {
    use TransactionIntentStatus::{Canceled, Confirmed};
    matches!(
        (from, to),
        (Confirmed, Confirmed | Canceled) | (Canceled, Canceled)
    )
}

/// `updateTransactionIntent`: the body's `customer_id` must be the
/// intent's, `amount` non-negative, `status` a transition the enum allows;
/// other fields sent replace the stored ones, `metadata` is merged.
pub(crate) fn update(ctx: &Ctx<'_>) -> Result<Reply, Problem> {
    let id = ctx.path("intent_id");
    let body: UpdateTransactionIntentBody = ctx.parse()?;
    non_negative("amount", Some(body.amount))?;
    let mut store = ctx.shared.write();
    let intent = store
        .intents
        .get_mut(&id)
        .ok_or_else(|| Problem::not_found(INTENT, "intent_id", &id))?;
    if body.customer_id != intent.customer_id {
        return Err(Problem::invalid(
            "customer_id must be the intent's customer; an intent cannot move to another customer",
            "customer_id",
        ));
    }
    if body.status.is_unknown() || !may_move(&intent.status, &body.status) {
        return Err(Problem::invalid(
            format!(
                "status cannot change from {} to {}",
                intent.status.as_str(),
                body.status.as_str()
            ),
            "status",
        ));
    }
    intent.amount = body.amount;
    intent.status = body.status;
    if let Some(currency) = body.currency {
        intent.currency = currency;
    }
    if let Some(v) = body.network_transaction_id {
        intent.network_transaction_id = Some(v);
    }
    if let Some(v) = body.partner_transaction_id {
        intent.partner_transaction_id = Some(v);
    }
    merge_metadata(&mut intent.metadata, body.metadata.unwrap_or_default());
    intent.updated_at = Some(next_timestamp(intent.updated_at, ctx.now));
    json(intent)
}

/// `searchTransactionIntents`: every intent, optionally of one status
/// (`type`), id order, by cursor.
pub(crate) fn search(ctx: &Ctx<'_>) -> Result<Reply, Problem> {
    let request = ctx.page_request()?;
    let status = ctx.params.text("type");
    let of_status = |i: &TransactionIntent| status.is_none_or(|s| i.status.as_str() == s);
    let filter: Option<&dyn Fn(&TransactionIntent) -> bool> = if status.is_some() {
        Some(&of_status)
    } else {
        None
    };
    let store = ctx.shared.read();
    let page = page_map(&store.intents, &request, "transaction intent", filter)?;
    drop(store);
    ctx.list_body(page)
}

/// `getTransactionIntents`: every intent of a customer, id order.
pub(crate) fn of_customer(ctx: &Ctx<'_>) -> Result<Reply, Problem> {
    let id = ctx.path("customer_id");
    let store = ctx.shared.read();
    if !store.customers.contains_key(&id) {
        return Err(Problem::not_found(CUSTOMER, "customer_id", &id));
    }
    let items: Vec<&TransactionIntent> = store
        .owned
        .get(&id)
        .into_iter()
        .flat_map(|o| o.intents.iter())
        .filter_map(|i| store.intents.get(i))
        .collect();
    ctx.data_body(&items)
}
