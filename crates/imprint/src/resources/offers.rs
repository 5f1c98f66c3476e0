//! Offers.

use crate::types::Offer;
use crate::{Client, Error, requests, validate};

/// Offers; from [`Client::offers`].
#[derive(Debug, Clone)]
pub struct Offers {
    pub(crate) client: Client,
}

impl Offers {
    /// The offer placement for a customer, by your id for them
    /// (`getOffer`). A customer Imprint does not know is
    /// [`Error::NotFound`] (`PARTNER_CUSTOMER_NOT_FOUND_ERROR`).
    ///
    /// ```no_run
    /// # async fn run(client: imprint::Client) -> Result<(), imprint::Error> {
    /// let offer = client.offers().get("PARTNER_USER_456").await?;
    /// println!("{}: {}", offer.title, offer.description);
    /// # Ok(()) }
    /// ```
    pub async fn get(&self, partner_customer_id: &str) -> Result<Offer, Error> {
        validate::id("partner_customer_id", partner_customer_id)?;
        self.client
            .send(requests::GetOffer::new().partner_customer_id(partner_customer_id))
            .await
    }
}
