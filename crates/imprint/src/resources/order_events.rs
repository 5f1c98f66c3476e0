//! Order events.

use crate::pagination::List;
use crate::types::{OrderEvent, OrderEventBase};
use crate::{Client, Error, requests, validate};

/// Order events (captures and refunds of an order); from
/// [`Client::order_events`].
#[derive(Debug, Clone)]
pub struct OrderEvents {
    pub(crate) client: Client,
}

impl OrderEvents {
    /// Order events (`listOrderEvents`), a cursor list whose cursor is the
    /// last event's `order_event_id`; filter with `.with(|r| r.order_id(..))`
    /// (or `order_event_id`, `partner_event_id`, `network_transaction_id`).
    ///
    /// ```no_run
    /// # async fn run(client: imprint::Client) -> Result<(), imprint::Error> {
    /// let events = client
    ///     .order_events()
    ///     .list()
    ///     .with(|r| r.order_id("77f60af4-185e-4867-b113-34e3cf7c6acd"))
    ///     .collect_up_to(1000)
    ///     .await?;
    /// # let _ = events; Ok(()) }
    /// ```
    pub fn list(&self) -> List<requests::ListOrderEvents> {
        self.client.list(requests::ListOrderEvents::new())
    }

    /// Records an order event (`postOrderEvent`). Checked before sending:
    /// ids, non-negative amounts, the ISO 4217 currency, and, when order
    /// lines are given, that they add up to `amount` and `rewards_amount`.
    pub async fn create<B>(&self, event: B) -> Result<OrderEvent, Error>
    where
        B: TryInto<OrderEventBase>,
        B::Error: std::fmt::Display,
    {
        let event: OrderEventBase = validate::body(event)?;
        validate::order_event(&event)?;
        self.client.send(requests::PostOrderEvent::new(event)).await
    }

    /// Deletes an order event (`deleteOrderEvent`, answered 204).
    pub async fn delete(&self, order_event_id: &str) -> Result<(), Error> {
        self.client
            .send(requests::DeleteOrderEvent::new(order_event_id))
            .await
    }
}
