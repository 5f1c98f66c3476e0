//! Transactions.

use crate::types::Transaction;
use crate::{Client, Error, requests};

/// Transactions; from [`Client::transactions`]. A customer's transactions
/// are listed by [`crate::resources::Customers::transactions`].
#[derive(Debug, Clone)]
pub struct Transactions {
    pub(crate) client: Client,
}

impl Transactions {
    /// A transaction by id (`getTransaction`).
    ///
    /// ```no_run
    /// # async fn run(client: imprint::Client) -> Result<(), imprint::Error> {
    /// let t = client.transactions().get("4E6FE207-53E5-4EC0-BF51-5923BE5CEE2F").await?;
    /// println!("{} {} {}", t.id, t.amount, t.status);
    /// # Ok(()) }
    /// ```
    pub async fn get(&self, transaction_id: &str) -> Result<Transaction, Error> {
        self.client
            .send(requests::GetTransaction::new(transaction_id))
            .await
    }
}
