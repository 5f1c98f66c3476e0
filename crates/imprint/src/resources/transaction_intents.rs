//! Transaction intents.

use crate::pagination::List;
use crate::types::{CreateTransactionIntentBody, TransactionIntent, UpdateTransactionIntentBody};
use crate::{Client, Error, requests, validate};

/// Transaction intents; from [`Client::transaction_intents`]. A customer's
/// intents are listed by [`crate::resources::Customers::transaction_intents`].
#[derive(Debug, Clone)]
pub struct TransactionIntents {
    pub(crate) client: Client,
}

impl TransactionIntents {
    /// Creates a transaction intent (`createTransactionIntent`), from the
    /// body or its builder (a required field left unset is refused before
    /// sending). Checked
    /// before sending: the ids, a non-negative `amount`, an ISO 4217
    /// `currency`, an RFC 3339 `expected_date` (a date or a date-time) and
    /// the merchant address's country. A write: with the default
    /// [`crate::RetryPolicy`] it is not sent twice after an unknown outcome.
    ///
    /// ```no_run
    /// # async fn run(client: imprint::Client) -> Result<(), imprint::Error> {
    /// use imprint::types::CreateTransactionIntentBody;
    /// let intent = client
    ///     .transaction_intents()
    ///     .create(
    ///         CreateTransactionIntentBody::builder()
    ///             .customer_id("F9B5A5E8-C8B0-4B7A-8E6B-0C8EE90A62CF")
    ///             .amount(10000)
    ///             .currency("USD".to_string())
    ///             .merchant_name(Some("walmart".to_string())),
    ///     )
    ///     .await?;
    /// println!("{} {}", intent.id, intent.status);
    /// # Ok(()) }
    /// ```
    pub async fn create<B>(&self, body: B) -> Result<TransactionIntent, Error>
    where
        B: TryInto<CreateTransactionIntentBody>,
        B::Error: std::fmt::Display,
    {
        let body: CreateTransactionIntentBody = validate::body(body)?;
        validate::create_intent(&body)?;
        self.client
            .send(requests::CreateTransactionIntent::new(body))
            .await
    }

    /// A transaction intent by id (`getTransactionIntent`).
    pub async fn get(&self, intent_id: &str) -> Result<TransactionIntent, Error> {
        self.client
            .send(requests::GetTransactionIntent::new(intent_id))
            .await
    }

    /// Updates a transaction intent (`updateTransactionIntent`), typically
    /// to confirm or cancel it. Checked before sending: the customer id, a
    /// non-negative `amount`, an ISO 4217 `currency`.
    pub async fn update<B>(&self, intent_id: &str, body: B) -> Result<TransactionIntent, Error>
    where
        B: TryInto<UpdateTransactionIntentBody>,
        B::Error: std::fmt::Display,
    {
        let body: UpdateTransactionIntentBody = validate::body(body)?;
        validate::update_intent(&body)?;
        self.client
            .send(requests::UpdateTransactionIntent::new(intent_id, body))
            .await
    }

    /// Transaction intents (`searchTransactionIntents`), a cursor list;
    /// filter by status with `.with(|r| r.type_(..))`.
    pub fn search(&self) -> List<requests::SearchTransactionIntents> {
        self.client.list(requests::SearchTransactionIntents::new())
    }
}
