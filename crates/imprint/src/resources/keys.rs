//! API keys.

use crate::types::Key;
use crate::{Client, Error, requests};

/// API keys; from [`Client::keys`]. The `key` of a [`Key`] is
/// [`crate::Sensitive`]: it never shows in `Debug` output or logs.
#[derive(Debug, Clone)]
pub struct Keys {
    pub(crate) client: Client,
}

impl Keys {
    /// Creates an API key (`createKey`). Store `key` at once: it is not
    /// shown again.
    ///
    /// ```no_run
    /// # async fn run(client: imprint::Client) -> Result<(), imprint::Error> {
    /// let created = client.keys().create().await?;
    /// if let Some(key) = &created.key {
    ///     let new_client = imprint::Client::builder().api_key(key.expose().as_str()).build()?;
    ///     # let _ = new_client;
    /// }
    /// # Ok(()) }
    /// ```
    pub async fn create(&self) -> Result<Key, Error> {
        self.client.send(requests::CreateKey::new()).await
    }

    /// Deletes the API key this client authenticates with (`deleteKey`).
    /// Later calls with it get [`Error::Unauthorized`]. A write: with the
    /// default [`crate::RetryPolicy`] it is retried like an idempotent call
    /// (DELETE), so a retry after a lost answer gets 401, not a second
    /// deletion.
    pub async fn delete(&self) -> Result<Key, Error> {
        self.client.send(requests::DeleteKey::new()).await
    }
}
