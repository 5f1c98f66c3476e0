//! Sandbox simulations.

use crate::open_enums::SimulateRewardBodyRewardType;
use crate::types::{
    SimulateRewardBody, SimulateRewardResponse, SimulateStatementRewardBody,
    SimulateStatementRewardResponse, SimulateTransactionEventBody, TransactionEvent,
};
use crate::{Client, Error, requests, validate};

/// Sandbox simulations; from [`Client::simulate`]. Imprint answers 403 to
/// them outside sandbox environments. Each makes Imprint send the matching
/// webhook (see [`crate::webhooks`]).
#[derive(Debug, Clone)]
pub struct Simulate {
    pub(crate) client: Client,
}

impl Simulate {
    /// Simulates a transaction event (`simulateTransactionEvent`): an
    /// authorization, update, capture, refund or void. A non-negative
    /// `amount` and an ISO 4217 `currency` are checked before sending.
    ///
    /// ```no_run
    /// # async fn run(client: imprint::Client) -> Result<(), imprint::Error> {
    /// use imprint::open_enums::TransactionStatus;
    /// use imprint::types::SimulateTransactionEventBody;
    /// let event = client
    ///     .simulate()
    ///     .transaction_event(
    ///         SimulateTransactionEventBody::builder()
    ///             .payment_method_id("7f754378-dd84-4a9a-b1ce-0646bb769c29")
    ///             .status(TransactionStatus::Approved)
    ///             .amount(Some(5000))
    ///             .currency(Some("USD".to_string().into())),
    ///     )
    ///     .await?;
    /// println!("{:?} {:?}", event.transaction_id, event.event_id);
    /// # Ok(()) }
    /// ```
    pub async fn transaction_event<B>(&self, body: B) -> Result<TransactionEvent, Error>
    where
        B: TryInto<SimulateTransactionEventBody>,
        B::Error: std::fmt::Display,
    {
        let body: SimulateTransactionEventBody = validate::body(body)?;
        validate::simulated_event(&body)?;
        self.client
            .send(requests::SimulateTransactionEvent::new(body))
            .await
    }

    /// Makes Imprint send a reward webhook of `reward_type` for the
    /// customer (`simulateReward`); it must be the product's configured
    /// reward type.
    pub async fn reward(
        &self,
        customer_id: &str,
        reward_type: SimulateRewardBodyRewardType,
    ) -> Result<SimulateRewardResponse, Error> {
        validate::id("customer_id", customer_id)?;
        let body = SimulateRewardBody {
            customer_id: customer_id.to_string(),
            reward_type,
        };
        self.client.send(requests::SimulateReward::new(body)).await
    }

    /// Makes Imprint send a statement reward webhook for the customer
    /// (`simulateStatementReward`).
    #[deprecated(note = "deprecated by the API; use `reward(customer_id, Statement)`")]
    pub async fn statement_reward(
        &self,
        customer_id: &str,
    ) -> Result<SimulateStatementRewardResponse, Error> {
        validate::id("customer_id", customer_id)?;
        let body = SimulateStatementRewardBody {
            customer_id: customer_id.to_string(),
        };
        self.client
            .send(requests::SimulateStatementReward::new(body))
            .await
    }
}
