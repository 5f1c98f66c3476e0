//! Orders and order events.

use imprint_raw::types::{Order, OrderBase, OrderEvent, OrderEventBase};

use super::{Ctx, Reply, json};
use crate::problem::Problem;
use crate::store::{Store, next_timestamp, page_map, truncate_to_millis};

const ORDER: &str = "Order";

/// The API's refusal of lines that do not add up: the client's own check
/// (`imprint::validation`), as a 400 naming the field.
fn lines_refused(e: imprint::InputError) -> Problem {
    Problem::invalid(format!("{} {}", e.field, e.message), e.field)
}

/// Checks an order body and fills in its customer from the payment method.
fn checked_order(store: &Store, mut order: OrderBase) -> Result<OrderBase, Problem> {
    imprint::validation::order_lines_add_up(&order).map_err(lines_refused)?;
    let Some(pm) = store.payment_methods.get(&order.payment_method_id) else {
        return Err(Problem::invalid(
            format!("No payment method with ID {}", order.payment_method_id),
            "payment_method_id",
        ));
    };
    match &order.customer_id {
        Some(c) if *c != pm.customer_id => {
            return Err(Problem::invalid(
                "customer_id is not the payment method's customer",
                "customer_id",
            ));
        }
        Some(_) => {}
        None => order.customer_id = Some(pm.customer_id.clone()),
    }
    Ok(order)
}

/// `createOrder`: a new order with a new `id`; `created_at`/`updated_at`
/// are the server's.
pub(crate) fn create(ctx: &Ctx<'_>) -> Result<Reply, Problem> {
    let body: OrderBase = ctx.parse()?;
    let now = truncate_to_millis(ctx.now);
    let mut store = ctx.shared.write();
    let mut order = checked_order(&store, body)?;
    let id = store.mint("ORDR-");
    order.id = Some(id.clone());
    order.created_at = Some(now);
    order.updated_at = Some(now);
    let order = Order(order);
    store.orders.insert(id, order.clone());
    json(&order)
}

/// `putOrder`: replaces an existing order (404 for an unknown id); its
/// `id` and `created_at` stay, `updated_at` advances.
pub(crate) fn put(ctx: &Ctx<'_>) -> Result<Reply, Problem> {
    let id = ctx.path("order_id");
    let body: OrderBase = ctx.parse()?;
    if body.id.as_ref().is_some_and(|b| *b != id) {
        return Err(Problem::invalid(
            "id must be the order_id of the path",
            "id",
        ));
    }
    let mut store = ctx.shared.write();
    let Some(previous) = store.orders.get(&id).cloned() else {
        return Err(Problem::not_found(ORDER, "order_id", &id));
    };
    let mut order = checked_order(&store, body)?;
    order.id = Some(id.clone());
    order.created_at = previous.0.created_at;
    order.updated_at = Some(next_timestamp(previous.0.updated_at, ctx.now));
    let order = Order(order);
    store.orders.insert(id, order.clone());
    json(&order)
}

/// `deleteOrder`: 204, also for an order that is not (or no longer) there;
/// the spec documents only 204. The order's events stay.
pub(crate) fn delete(ctx: &Ctx<'_>) -> Result<Reply, Problem> {
    let id = ctx.path("order_id");
    ctx.shared.write().orders.remove(&id);
    Ok(Reply::Empty)
}

/// `listOrders`: every order, or those with the given `id` and/or
/// `partner_order_id`, in id order (not paged).
pub(crate) fn list(ctx: &Ctx<'_>) -> Result<Reply, Problem> {
    let id = ctx.params.text("id");
    let partner = ctx.params.text("partner_order_id");
    let store = ctx.shared.read();
    let items: Vec<&Order> = store
        .orders
        .values()
        .filter(|o| id.is_none_or(|id| o.0.id.as_deref() == Some(id)))
        .filter(|o| partner.is_none_or(|p| o.0.partner_order_id == p))
        .collect();
    ctx.data_body(&items)
}

/// `postOrderEvent`: a new event with a new `order_event_id`, for an
/// existing order; lines must add up; `partner_event_id` must be unused.
pub(crate) fn create_event(ctx: &Ctx<'_>) -> Result<Reply, Problem> {
    let mut event: OrderEventBase = ctx.parse()?;
    imprint::validation::order_event_lines_add_up(&event).map_err(lines_refused)?;
    let mut store = ctx.shared.write();
    if !store.orders.contains_key(&event.order_id) {
        return Err(Problem::invalid(
            format!("No order with ID {}", event.order_id),
            "order_id",
        ));
    }
    if let Some(partner) = &event.partner_event_id
        && store
            .order_events
            .values()
            .any(|e| e.0.partner_event_id.as_ref() == Some(partner))
    {
        return Err(Problem::invalid(
            format!("partner_event_id {partner} is already used"),
            "partner_event_id",
        ));
    }
    let id = store.mint("OEVT-");
    event.order_event_id = Some(id.clone());
    let event = OrderEvent(event);
    store.order_events.insert(id, event.clone());
    json(&event)
}

/// `listOrderEvents`: filters combined with AND, `order_event_id` order,
/// by cursor (an `order_event_id`).
pub(crate) fn list_events(ctx: &Ctx<'_>) -> Result<Reply, Problem> {
    let request = ctx.page_request()?;
    let p = &ctx.params;
    let (id, order, partner, network) = (
        p.text("order_event_id"),
        p.text("order_id"),
        p.text("partner_event_id"),
        p.text("network_transaction_id"),
    );
    let matches = |e: &OrderEvent| {
        id.is_none_or(|v| e.0.order_event_id.as_deref() == Some(v))
            && order.is_none_or(|v| e.0.order_id == v)
            && partner.is_none_or(|v| e.0.partner_event_id.as_deref() == Some(v))
            && network.is_none_or(|v| e.0.network_transaction_id == v)
    };
    let filtered = [id, order, partner, network].iter().any(Option::is_some);
    let filter: Option<&dyn Fn(&OrderEvent) -> bool> = if filtered { Some(&matches) } else { None };
    let store = ctx.shared.read();
    let page = page_map(&store.order_events, &request, "order event", filter)?;
    drop(store);
    ctx.list_body(page)
}

/// `deleteOrderEvent`: 204, also for an unknown id (as `deleteOrder`).
pub(crate) fn delete_event(ctx: &Ctx<'_>) -> Result<Reply, Problem> {
    let id = ctx.path("order_event_id");
    ctx.shared.write().order_events.remove(&id);
    Ok(Reply::Empty)
}
