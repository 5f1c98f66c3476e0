//! Rewards.

use crate::pagination::List;
use crate::types::{PatchRewardBody, Reward};
use crate::{Client, Error, requests, validate};

/// Rewards; from [`Client::rewards`]. A customer's rewards and balance are
/// on [`crate::resources::Customers`].
#[derive(Debug, Clone)]
pub struct Rewards {
    pub(crate) client: Client,
}

impl Rewards {
    /// A reward by id (`getReward`).
    pub async fn get(&self, reward_id: &str) -> Result<Reward, Error> {
        self.client.send(requests::GetReward::new(reward_id)).await
    }

    /// Rewards (`searchRewards`), a cursor list; the rewards of one
    /// transaction event with `.with(|r| r.transaction_event_id(..))`.
    pub fn search(&self) -> List<requests::SearchRewards> {
        self.client.list(requests::SearchRewards::new())
    }

    /// Changes the status or amount of a pending reward (`patchReward`);
    /// a negative amount is refused before sending.
    ///
    /// ```no_run
    /// # async fn run(client: imprint::Client) -> Result<(), imprint::Error> {
    /// use imprint::open_enums::RewardStatus;
    /// use imprint::types::PatchRewardBody;
    /// let reward = client
    ///     .rewards()
    ///     .patch("2EE24580-B97B-4949-A65C-929CCB9B9B8D", PatchRewardBody { amount: Some(120000), status: Some(RewardStatus::Available) })
    ///     .await?;
    /// # let _ = reward; Ok(()) }
    /// ```
    pub async fn patch<B>(&self, reward_id: &str, body: B) -> Result<Reward, Error>
    where
        B: TryInto<PatchRewardBody>,
        B::Error: std::fmt::Display,
    {
        let body: PatchRewardBody = validate::body(body)?;
        validate::non_negative("amount", body.amount)?;
        self.client
            .send(requests::PatchReward::new(reward_id, body))
            .await
    }
}
