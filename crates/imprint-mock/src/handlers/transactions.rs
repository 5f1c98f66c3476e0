//! Transactions: created and moved through their lifecycle by
//! `simulateTransactionEvent`; get; a customer's list.

use imprint_raw::open_enums::{
    PaymentMethodStatus, TransactionStatus, TransactionWebhookPayloadObject,
};
use imprint_raw::types::{
    SimulateTransactionEventBody, Transaction, TransactionCurrency, TransactionEvent,
    TransactionWebhookPayload, TransactionWebhookPayloadData,
};
use serde_json::Value;

use super::customers::CUSTOMER;
use super::{Ctx, Reply, customer_metadata, json, non_negative, parse_value, partner_id, to_json};
use crate::problem::Problem;
use crate::store::{Page, StoredTransaction, next_timestamp, page_ids, truncate_to_millis};

const TRANSACTION: &str = "Transaction";

/// A transaction as the API serves it (with its purchase method, which the
/// generated type cannot carry).
pub(crate) fn transaction_json(t: &StoredTransaction) -> Result<Value, Problem> {
    let mut value = to_json(&t.transaction)?;
    if let (Some(method), Some(object)) = (&t.purchase_method, value.as_object_mut()) {
        object.insert("purchase_method".into(), Value::from(method.as_str()));
    }
    Ok(value)
}

/// `getTransaction`.
pub(crate) fn get(ctx: &Ctx<'_>) -> Result<Reply, Problem> {
    let id = ctx.path("transaction_id");
    let store = ctx.shared.read();
    let t = store
        .transactions
        .get(&id)
        .ok_or_else(|| Problem::not_found(TRANSACTION, "transaction_id", &id))?;
    Ok(Reply::Json(transaction_json(t)?))
}

/// `getTransactions`: a customer's transactions, id order, by cursor.
pub(crate) fn of_customer(ctx: &Ctx<'_>) -> Result<Reply, Problem> {
    let id = ctx.path("customer_id");
    let request = ctx.page_request()?;
    let store = ctx.shared.read();
    if !store.customers.contains_key(&id) {
        return Err(Problem::not_found(CUSTOMER, "customer_id", &id));
    }
    let empty = Default::default();
    let ids = store.owned.get(&id).map_or(&empty, |o| &o.transactions);
    let page = page_ids(ids, &store.transactions, &request, "transaction", None)?;
    drop(store);
    let items = page
        .items
        .iter()
        .map(transaction_json)
        .collect::<Result<Vec<_>, _>>()?;
    ctx.list_body(Page {
        items,
        has_more: page.has_more,
        total: page.total,
    })
}

/// Whether a transaction may go from `from` to `to`.
fn may_move(from: &TransactionStatus, to: &TransactionStatus) -> bool {
    use TransactionStatus::{Approved, Captured, Refunded, Updated, Voided};
    matches!(
        (from, to),
        (Approved | Updated, Updated | Captured | Voided) | (Captured | Refunded, Refunded)
    )
}

fn conflict(message: impl Into<String>) -> Problem {
    Problem::conflict("CONFLICT_ERROR", message)
}

/// `simulateTransactionEvent`; the rules are in the crate documentation.
pub(crate) fn simulate(ctx: &Ctx<'_>) -> Result<Reply, Problem> {
    let mut raw = ctx.body();
    // The generated type reads `purchase_method` as `null` only; keep the
    // value the spec allows by hand.
    let purchase_method = raw
        .as_object_mut()
        .and_then(|o| o.remove("purchase_method"))
        .and_then(|v| v.as_str().map(str::to_owned));
    let body: SimulateTransactionEventBody = parse_value(raw)?;
    non_negative("amount", body.amount)?;
    let now = truncate_to_millis(ctx.now);
    let mut store = ctx.shared.write();
    let Some(pm) = store.payment_methods.get(&body.payment_method_id).cloned() else {
        return Err(conflict(format!(
            "No payment method with ID {}",
            body.payment_method_id
        )));
    };
    let event_id = match &body.event_id {
        Some(e) => {
            if store.transactions.values().any(|t| t.event_ids.contains(e)) {
                return Err(conflict(format!("Event {e} was already simulated")));
            }
            e.clone()
        }
        None => store.mint("EVT-"),
    };
    let status = body.status.clone();
    if status.is_unknown() {
        return Err(Problem::invalid(
            format!("Unknown status {}", status.as_str()),
            "status",
        ));
    }
    let existing = body
        .transaction_id
        .as_ref()
        .and_then(|id| store.transactions.get(id))
        .cloned();
    let stored = if status == TransactionStatus::Approved {
        if let Some(t) = existing {
            return Err(conflict(format!(
                "Transaction {} exists already; APPROVED starts a new transaction",
                t.transaction.id
            )));
        }
        if pm.status != PaymentMethodStatus::Active {
            return Err(conflict(format!(
                "Payment method {} is {}, not ACTIVE",
                pm.id,
                pm.status.as_str()
            )));
        }
        let intent = body.network_transaction_id.as_ref().and_then(|n| {
            store.intents.values().find(|i| {
                i.customer_id == pm.customer_id && i.network_transaction_id.as_ref() == Some(n)
            })
        });
        let intent = intent.cloned();
        let intent = intent.as_ref();
        let id = match &body.transaction_id {
            Some(id) => id.clone(),
            None => store.mint("TXN-"),
        };
        let transaction = Transaction {
            amount: body.amount.or(intent.map(|i| i.amount)).unwrap_or(0),
            authorization_code: body.authorization_code.clone(),
            created_at: now,
            currency: body
                .currency
                .clone()
                .or(intent.map(|i| i.currency.clone()))
                .unwrap_or_else(|| TransactionCurrency("USD".into())),
            customer_id: pm.customer_id.clone(),
            id: id.clone(),
            intent_id: intent.map(|i| i.id.clone()),
            merchant: body.merchant.clone(),
            metadata: Default::default(),
            network_transaction_id: match &body.network_transaction_id {
                Some(n) => n.clone(),
                None => store.mint("NTX-"),
            },
            partner_transaction_id: intent.and_then(|i| i.partner_transaction_id.clone()),
            payment_method_id: pm.id.clone(),
            purchase_method: None,
            status: TransactionStatus::Approved,
            updated_at: Some(now),
        };
        let stored = StoredTransaction {
            transaction,
            purchase_method,
            event_ids: vec![event_id.clone()],
        };
        store.own(&pm.customer_id).transactions.insert(id.clone());
        store.transactions.insert(id, stored.clone());
        stored
    } else {
        let Some(id) = &body.transaction_id else {
            return Err(conflict(format!(
                "{} needs the transaction_id of an APPROVED transaction",
                status.as_str()
            )));
        };
        let Some(t) = store.transactions.get_mut(id) else {
            return Err(conflict(format!("No transaction with ID {id}")));
        };
        if t.transaction.payment_method_id != pm.id {
            return Err(conflict(format!(
                "Transaction {id} was not made with payment method {}",
                pm.id
            )));
        }
        if !may_move(&t.transaction.status, &status) {
            return Err(conflict(format!(
                "A {} transaction cannot become {}",
                t.transaction.status.as_str(),
                status.as_str()
            )));
        }
        match (&status, body.amount) {
            (TransactionStatus::Updated | TransactionStatus::Captured, Some(amount)) => {
                t.transaction.amount = amount;
            }
            (TransactionStatus::Refunded, Some(amount)) if amount > t.transaction.amount => {
                return Err(conflict(format!(
                    "A refund of {amount} exceeds the transaction's {}",
                    t.transaction.amount
                )));
            }
            _ => {}
        }
        if let Some(code) = &body.authorization_code {
            t.transaction.authorization_code = Some(code.clone());
        }
        if let Some(merchant) = &body.merchant {
            t.transaction.merchant = Some(merchant.clone());
        }
        t.transaction.status = status.clone();
        t.transaction.updated_at = Some(next_timestamp(t.transaction.updated_at, ctx.now));
        t.event_ids.push(event_id.clone());
        t.clone()
    };
    let t = &stored.transaction;
    let payload = TransactionWebhookPayload {
        object: Some(TransactionWebhookPayloadObject::Transaction),
        data: Some(TransactionWebhookPayloadData {
            amount: Some(t.amount),
            authorization_code: t.authorization_code.clone(),
            created_at: Some(t.created_at),
            currency: Some(t.currency.clone()),
            customer_id: Some(t.customer_id.clone()),
            customer_metadata: customer_metadata(&store, &t.customer_id),
            event_id: Some(event_id.clone()),
            intent_id: t.intent_id.clone(),
            merchant: t.merchant.clone(),
            merchant_key: Some(ctx.merchant_key()),
            network_transaction_id: Some(t.network_transaction_id.clone()),
            partner_customer_id: partner_id(&store, &t.customer_id),
            payment_method_id: Some(t.payment_method_id.clone()),
            purchase_method: None,
            status: Some(t.status.clone()),
            transaction_id: Some(t.id.clone()),
            updated_at: t.updated_at,
        }),
    };
    let mut payload = to_json(&payload)?;
    if let (Some(method), Some(data)) = (
        &stored.purchase_method,
        payload.get_mut("data").and_then(Value::as_object_mut),
    ) {
        data.insert("purchase_method".into(), Value::from(method.as_str()));
    }
    ctx.emit(&mut store, "Transaction", payload);
    json(&TransactionEvent {
        event_id: Some(event_id),
        status: Some(stored.transaction.status.clone()),
        transaction_id: Some(stored.transaction.id.clone()),
    })
}
