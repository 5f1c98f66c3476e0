//! Payment methods.

use crate::pagination::{List, Page};
use crate::types::{PaymentMethod, SearchPaymentMethodsPostBody};
use crate::{Client, Error, Sensitive, requests, validate};

/// Payment methods; from [`Client::payment_methods`]. A card's
/// `pci_details` (full number, CVV, expiry) and a bank account's routing
/// number are [`crate::Sensitive`]: never shown in `Debug` output or logs.
#[derive(Debug, Clone)]
pub struct PaymentMethods {
    pub(crate) client: Client,
}

impl PaymentMethods {
    /// A payment method by id (`getPaymentMethod`).
    ///
    /// ```no_run
    /// # async fn run(client: imprint::Client) -> Result<(), imprint::Error> {
    /// let pm = client.payment_methods().get("9ED4FE47-8E9C-48E9-BBEF-094DF1789012").await?;
    /// if let Some(card) = &pm.card {
    ///     println!("{} ending {} ({:?})", pm.type_, card.last4.as_str(), card.network);
    /// }
    /// # Ok(()) }
    /// ```
    pub async fn get(&self, payment_method_id: &str) -> Result<PaymentMethod, Error> {
        self.client
            .send(requests::GetPaymentMethod::new(payment_method_id))
            .await
    }

    /// A customer's payment methods (`searchPaymentMethods`), a cursor
    /// list; filter by type with `.with(|r| r.type_(..))`.
    ///
    /// ```no_run
    /// # async fn run(client: imprint::Client) -> Result<(), imprint::Error> {
    /// use imprint::open_enums::SearchPaymentMethodsType;
    /// let cards = client
    ///     .payment_methods()
    ///     .search("DE92AF9E-E705-4B8E-9184-6D976DBD8050")
    ///     .with(|r| r.type_(SearchPaymentMethodsType::Card))
    ///     .collect_up_to(100)
    ///     .await?;
    /// # let _ = cards; Ok(()) }
    /// ```
    pub fn search(&self, customer_id: &str) -> List<requests::SearchPaymentMethods> {
        let request = requests::SearchPaymentMethods::new(customer_id);
        match validate::id("customer_id", customer_id) {
            Ok(()) => self.client.list(request),
            Err(e) => List::failing(self.client.clone(), request, e.into()),
        }
    }

    /// A customer's payment methods whose card number is `pan`
    /// (`searchPaymentMethodsPost`: the number goes in the body, never in a
    /// URL, and is redacted from `Debug` output and logs). This search has
    /// no cursor: the answer is one page.
    pub async fn search_by_pan(
        &self,
        customer_id: &str,
        pan: &str,
    ) -> Result<Page<PaymentMethod>, Error> {
        validate::id("customer_id", customer_id)?;
        validate::pan("pan", pan)?;
        let body = SearchPaymentMethodsPostBody {
            customer_id: customer_id.to_string(),
            pan: Some(Sensitive::new(pan.to_string())),
            type_: None,
        };
        let list = self
            .client
            .send(requests::SearchPaymentMethodsPost::new(body))
            .await?;
        Ok(Page::single(
            list.data,
            list.has_more.unwrap_or(false),
            list.total,
        ))
    }
}
