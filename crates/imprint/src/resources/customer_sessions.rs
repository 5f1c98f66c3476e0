//! Customer sessions.

use crate::types::{CreateSessionBody, CustomerSession};
use crate::{Client, Error, requests, validate};

/// Customer sessions; from [`Client::customer_sessions`]. A session's
/// `client_secret` is [`crate::Sensitive`]: pass it to Imprint's SDK with
/// `expose()`, never log it.
#[derive(Debug, Clone)]
pub struct CustomerSessions {
    pub(crate) client: Client,
}

impl CustomerSessions {
    /// Creates a session (`createSession`, answered 201): for a known
    /// customer (`customer_id`), for one of yours (`partner_customer_id`),
    /// or for a new one. Checked before sending: ids, a non-negative
    /// `transaction_amount` with its ISO 4217 `transaction_currency`, and
    /// the `customer_history`.
    ///
    /// ```no_run
    /// # async fn run(client: imprint::Client) -> Result<(), imprint::Error> {
    /// use imprint::types::CreateSessionBody;
    /// let session = client
    ///     .customer_sessions()
    ///     .create(CreateSessionBody {
    ///         partner_customer_id: Some("CUST_03476998".into()),
    ///         transaction_amount: Some(34000),
    ///         transaction_currency: Some("USD".into()),
    ///         ..Default::default()
    ///     })
    ///     .await?;
    /// let secret_for_the_sdk: &str = session.client_secret.expose();
    /// # let _ = secret_for_the_sdk; Ok(()) }
    /// ```
    pub async fn create<B>(&self, body: B) -> Result<CustomerSession, Error>
    where
        B: TryInto<CreateSessionBody>,
        B::Error: std::fmt::Display,
    {
        let body: CreateSessionBody = validate::body(body)?;
        validate::session(&body)?;
        self.client
            .send(requests::CreateSession::new().body(body))
            .await
    }

    /// A session by id (`getSession`).
    pub async fn get(&self, session_id: &str) -> Result<CustomerSession, Error> {
        self.client
            .send(requests::GetSession::new(session_id))
            .await
    }
}
