//! Rewards: get, search, a customer's list and balance, patch, and the two
//! sandbox simulations.

use std::time::Instant;

use imprint_raw::open_enums::{RewardStatus, RewardType, RewardWebhookPayloadObject};
use imprint_raw::types::{
    GetRewardsBalanceResponse, PatchRewardBody, Reward, RewardCurrency, RewardWebhookPayload,
    RewardWebhookPayloadData,
};
use serde_json::Value;

use super::customers::CUSTOMER;
use super::{Ctx, Reply, customer_metadata, json, non_negative, to_json};
use crate::problem::Problem;
use crate::store::{Store, next_timestamp, page_map, page_vec, truncate_to_millis};

const REWARD: &str = "Reward";

/// The amount of a reward `simulateReward` (STATEMENT) and
/// `simulateStatementReward` create, in `POINTS`.
pub const STATEMENT_REWARD_POINTS: i64 = 1_000;

/// `getReward`.
pub(crate) fn get(ctx: &Ctx<'_>) -> Result<Reply, Problem> {
    let id = ctx.path("reward_id");
    let store = ctx.shared.read();
    json(
        store
            .rewards
            .get(&id)
            .ok_or_else(|| Problem::not_found(REWARD, "reward_id", &id))?,
    )
}

/// `searchRewards`: every reward, optionally of one transaction event, id
/// order, by cursor.
pub(crate) fn search(ctx: &Ctx<'_>) -> Result<Reply, Problem> {
    let request = ctx.page_request()?;
    let event = ctx.params.text("transaction_event_id");
    let of_event = |r: &Reward| r.transaction_event_id.as_deref() == event;
    let filter: Option<&dyn Fn(&Reward) -> bool> = if event.is_some() {
        Some(&of_event)
    } else {
        None
    };
    let store = ctx.shared.read();
    let page = page_map(&store.rewards, &request, "reward", filter)?;
    drop(store);
    ctx.list_body(page)
}

/// `getRewards`: a customer's rewards, most recently updated first (ties
/// by id), by cursor.
pub(crate) fn of_customer(ctx: &Ctx<'_>) -> Result<Reply, Problem> {
    let id = ctx.path("customer_id");
    let request = ctx.page_request()?;
    let store = ctx.shared.read();
    if !store.customers.contains_key(&id) {
        return Err(Problem::not_found(CUSTOMER, "customer_id", &id));
    }
    let mut items: Vec<&Reward> = store
        .owned
        .get(&id)
        .into_iter()
        .flat_map(|o| o.rewards.iter())
        .filter_map(|r| store.rewards.get(r))
        .collect();
    items.sort_by(|a, b| {
        b.updated_at
            .unwrap_or(b.created_at)
            .cmp(&a.updated_at.unwrap_or(a.created_at))
            .then_with(|| a.id.cmp(&b.id))
    });
    let page = page_vec(&items, |r: &Reward| r.id.as_str(), &request, "reward")?;
    drop(store);
    ctx.list_body(page)
}

/// `getRewardsBalance`: the sum of the customer's `AVAILABLE` rewards minus
/// the sum of its `DEDUCTED` ones, in points.
pub(crate) fn balance(ctx: &Ctx<'_>) -> Result<Reply, Problem> {
    let id = ctx.path("customer_id");
    let store = ctx.shared.read();
    if !store.customers.contains_key(&id) {
        return Err(Problem::not_found(CUSTOMER, "customer_id", &id));
    }
    let balance: i64 = store
        .owned
        .get(&id)
        .into_iter()
        .flat_map(|o| o.rewards.iter())
        .filter_map(|r| store.rewards.get(r))
        .map(|r| match r.status {
            RewardStatus::Available => r.amount,
            RewardStatus::Deducted => -r.amount,
            _ => 0,
        })
        .fold(0i64, i64::saturating_add);
    json(&GetRewardsBalanceResponse {
        customer_id: id,
        reward_balance: balance,
        reward_description: Some("Points available to redeem".into()),
        reward_symbol: "points".into(),
    })
}

/// `patchReward`: only a `PENDING` or `PENDING_DEDUCTION` reward may
/// change (else 400); `amount` must not be negative.
pub(crate) fn patch(ctx: &Ctx<'_>) -> Result<Reply, Problem> {
    let id = ctx.path("reward_id");
    let body: PatchRewardBody = ctx.parse()?;
    non_negative("amount", body.amount)?;
    if let Some(status) = &body.status
        && status.is_unknown()
    {
        return Err(Problem::invalid(
            format!("Unknown status {}", status.as_str()),
            "status",
        ));
    }
    let mut store = ctx.shared.write();
    let reward = store
        .rewards
        .get_mut(&id)
        .ok_or_else(|| Problem::not_found(REWARD, "reward_id", &id))?;
    if !matches!(
        reward.status,
        RewardStatus::Pending | RewardStatus::PendingDeduction
    ) {
        return Err(Problem::invalid(
            format!(
                "Only a PENDING or PENDING_DEDUCTION reward can change; this one is {}",
                reward.status.as_str()
            ),
            "status",
        ));
    }
    if let Some(amount) = body.amount {
        reward.amount = amount;
    }
    if let Some(status) = body.status {
        reward.status = status;
    }
    reward.updated_at = Some(next_timestamp(reward.updated_at, ctx.now));
    let reward = reward.clone();
    emit_reward(ctx, &mut store, &reward)?;
    json(&reward)
}

fn emit_reward(ctx: &Ctx<'_>, store: &mut Store, reward: &Reward) -> Result<(), Problem> {
    let transaction_id = reward.transaction_event_id.as_ref().and_then(|e| {
        store
            .transactions
            .values()
            .find(|t| t.event_ids.contains(e))
            .map(|t| t.transaction.id.clone())
    });
    let payload = RewardWebhookPayload {
        object: Some(RewardWebhookPayloadObject::Reward),
        data: Some(RewardWebhookPayloadData {
            amount: Some(reward.amount),
            created_at: Some(reward.created_at),
            currency: reward.currency.clone(),
            customer_id: Some(reward.customer_id.clone()),
            customer_metadata: customer_metadata(store, &reward.customer_id),
            merchant_key: Some(ctx.merchant_key()),
            metadata: reward.metadata.clone(),
            reward_id: Some(reward.id.clone()),
            status: Some(reward.status.clone()),
            transaction_id,
            type_: Some(reward.type_.clone()),
        }),
    };
    ctx.emit(store, "Reward", to_json(&payload)?);
    Ok(())
}

/// The checks both simulations share: sandbox, the customer, the product's
/// reward types.
fn simulation_checks(
    ctx: &Ctx<'_>,
    store: &Store,
    customer_id: &str,
    kind: &str,
) -> Result<(), Problem> {
    if !ctx.shared.config.sandbox {
        return Err(Problem::status(
            403,
            "Simulations are only available in sandbox environments",
        ));
    }
    if !store.customers.contains_key(customer_id) {
        return Err(Problem::not_found(CUSTOMER, "customer_id", customer_id));
    }
    if !ctx.shared.config.reward_types.iter().any(|t| t == kind) {
        return Err(Problem::invalid(
            format!(
                "unsupported reward_type: {kind}, the product is configured for {}",
                ctx.shared.config.reward_types.join(" or ")
            ),
            "reward_type",
        ));
    }
    Ok(())
}

/// A new `AVAILABLE` `STATEMENT` reward of [`STATEMENT_REWARD_POINTS`].
fn statement_reward(ctx: &Ctx<'_>, store: &mut Store, customer_id: &str) -> Result<(), Problem> {
    let now = truncate_to_millis(ctx.now);
    let reward = Reward {
        amount: STATEMENT_REWARD_POINTS,
        created_at: now,
        currency: Some(RewardCurrency("POINTS".into())),
        customer_id: customer_id.to_owned(),
        id: store.mint("RWRD-"),
        metadata: Default::default(),
        status: RewardStatus::Available,
        transaction_event_id: None,
        type_: RewardType::Statement,
        updated_at: Some(now),
    };
    store.own(customer_id).rewards.insert(reward.id.clone());
    store.rewards.insert(reward.id.clone(), reward.clone());
    emit_reward(ctx, store, &reward)
}

fn debugging_id(store: &mut Store) -> Result<Reply, Problem> {
    let id = store.mint("DBG-");
    let mut body = serde_json::Map::new();
    body.insert("debugging_id".into(), Value::from(id));
    Ok(Reply::Json(Value::Object(body)))
}

/// `simulateReward`: STATEMENT creates an `AVAILABLE` statement reward;
/// DELAYED makes every `PENDING` reward of the customer `AVAILABLE` (none:
/// nothing changes, still 200). A second simulation for the customer
/// within the server's simulation window is a 409.
pub(crate) fn simulate(ctx: &Ctx<'_>) -> Result<Reply, Problem> {
    let body = ctx.body();
    let customer_id = body
        .get("customer_id")
        .and_then(Value::as_str)
        .unwrap_or_default()
        .to_owned();
    let kind = body
        .get("reward_type")
        .and_then(Value::as_str)
        .unwrap_or_default()
        .to_owned();
    let mut store = ctx.shared.write();
    simulation_checks(ctx, &store, &customer_id, &kind)?;
    let window = ctx.shared.config.simulation_window;
    let now = Instant::now();
    if let Some(last) = store.last_simulation.get(&customer_id)
        && now.duration_since(*last) < window
    {
        return Err(Problem::conflict(
            "SIMULATION_IN_PROGRESS",
            "This account already has a simulation running",
        ));
    }
    store.last_simulation.insert(customer_id.clone(), now);
    if kind == "STATEMENT" {
        statement_reward(ctx, &mut store, &customer_id)?;
    } else {
        let pending: Vec<String> = store
            .owned
            .get(&customer_id)
            .into_iter()
            .flat_map(|o| o.rewards.iter())
            .filter(|r| {
                store
                    .rewards
                    .get(*r)
                    .is_some_and(|r| r.status == RewardStatus::Pending)
            })
            .cloned()
            .collect();
        for id in pending {
            let Some(reward) = store.rewards.get_mut(&id) else {
                continue;
            };
            reward.status = RewardStatus::Available;
            reward.updated_at = Some(next_timestamp(reward.updated_at, ctx.now));
            let reward = reward.clone();
            emit_reward(ctx, &mut store, &reward)?;
        }
    }
    debugging_id(&mut store)
}

/// `simulateStatementReward` (deprecated): as `simulateReward` with
/// STATEMENT, without the simulation window.
pub(crate) fn simulate_statement(ctx: &Ctx<'_>) -> Result<Reply, Problem> {
    let body = ctx.body();
    let customer_id = body
        .get("customer_id")
        .and_then(Value::as_str)
        .unwrap_or_default()
        .to_owned();
    let mut store = ctx.shared.write();
    simulation_checks(ctx, &store, &customer_id, "STATEMENT")?;
    statement_reward(ctx, &mut store, &customer_id)?;
    debugging_id(&mut store)
}
