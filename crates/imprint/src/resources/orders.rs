//! Orders.

use crate::types::{Order, OrderBase};
use crate::{Client, Error, requests, validate};

/// Orders; from [`Client::orders`].
#[derive(Debug, Clone)]
pub struct Orders {
    pub(crate) client: Client,
}

impl Orders {
    /// Orders, all or one (`listOrders`): by Imprint's id, or by yours.
    ///
    /// ```no_run
    /// # async fn run(client: imprint::Client) -> Result<(), imprint::Error> {
    /// let orders = client.orders().list(None, Some("o-c8a1fe46bbff4a18ba1d")).await?;
    /// # let _ = orders; Ok(()) }
    /// ```
    pub async fn list(
        &self,
        id: Option<&str>,
        partner_order_id: Option<&str>,
    ) -> Result<Vec<Order>, Error> {
        let mut request = requests::ListOrders::new();
        if let Some(id) = id {
            validate::id("id", id)?;
            request = request.id(id);
        }
        if let Some(p) = partner_order_id {
            validate::id("partner_order_id", p)?;
            request = request.partner_order_id(p);
        }
        Ok(self.client.send(request).await?.data)
    }

    /// Creates an order (`createOrder`). Checked before sending, as the API
    /// checks them: ids, non-negative amounts, the ISO 4217 currency, and,
    /// when order lines are given, that their rates times quantities add up
    /// to `total_order_amount` and their reward rates to
    /// `total_rewards_amount`.
    ///
    /// ```no_run
    /// # async fn run(client: imprint::Client) -> Result<(), imprint::Error> {
    /// use imprint::types::{CurrencyAmount, OrderBase, OrderLine};
    /// let order = client
    ///     .orders()
    ///     .create(
    ///         OrderBase::builder()
    ///             .partner_order_id("o-c8a1fe46bbff4a18ba1d")
    ///             .payment_method_id("0144ea84-3c39-4382-a37a-03c699b77646")
    ///             .total_order_amount(CurrencyAmount(274999))
    ///             .total_rewards_amount(Some(CurrencyAmount(2500)))
    ///             .currency(Some("USD".to_string()))
    ///             .order_lines(vec![OrderLine {
    ///                 name: "Couch Supreme".into(),
    ///                 product_url: None,
    ///                 quantity: 1,
    ///                 rate: CurrencyAmount(274999),
    ///                 rewards_rate: CurrencyAmount(2500),
    ///             }]),
    ///     )
    ///     .await?;
    /// # let _ = order; Ok(()) }
    /// ```
    pub async fn create<B>(&self, order: B) -> Result<Order, Error>
    where
        B: TryInto<OrderBase>,
        B::Error: std::fmt::Display,
    {
        let order: OrderBase = validate::body(order)?;
        validate::order(&order)?;
        self.client.send(requests::CreateOrder::new(order)).await
    }

    /// Replaces an order (`putOrder`), checked as in [`Self::create`].
    /// Idempotent, so retried like a read.
    pub async fn put<B>(&self, order_id: &str, order: B) -> Result<Order, Error>
    where
        B: TryInto<OrderBase>,
        B::Error: std::fmt::Display,
    {
        let order: OrderBase = validate::body(order)?;
        validate::order(&order)?;
        self.client
            .send(requests::PutOrder::new(order_id, order))
            .await
    }

    /// Deletes an order (`deleteOrder`, answered 204).
    pub async fn delete(&self, order_id: &str) -> Result<(), Error> {
        self.client.send(requests::DeleteOrder::new(order_id)).await
    }
}
