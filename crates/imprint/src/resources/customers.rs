//! Customers, and what belongs to a customer.

use imprint_raw::types::LinkCustomerAccountBody;

use crate::pagination::{Items, List, Page, Pages};
use crate::types::{
    Customer, CustomerLink, CustomerUpdateRequest, DateOfBirth, GetRewardsBalanceResponse,
    PaymentMethod, SearchCustomersPostBody, TransactionIntent,
};
use crate::{Client, Error, Sensitive, requests, validate};

/// Customers; from [`Client::customers`].
#[derive(Debug, Clone)]
pub struct Customers {
    pub(crate) client: Client,
}

impl Customers {
    /// A customer by id (`getCustomer`). The id is percent-encoded in the
    /// path; an empty id, `.` or `..` is refused before sending.
    ///
    /// ```no_run
    /// # async fn run(client: imprint::Client) -> Result<(), imprint::Error> {
    /// let customer = client.customers().get("9B5E1EE0-2E1C-46E7-81B9-3C3917204BE4").await?;
    /// println!("{} {:?}", customer.id, customer.statuses);
    /// # Ok(()) }
    /// ```
    pub async fn get(&self, customer_id: &str) -> Result<Customer, Error> {
        self.client
            .send(requests::GetCustomer::new(customer_id))
            .await
    }

    /// Updates a customer (`updateCustomer`): fields left `None` are not
    /// changed (`metadata: Some(empty)` is sent as `{}`). Emails, phones,
    /// language, country and currency codes are checked before sending. A
    /// write: see [`crate::RetryPolicy`] for when it is retried.
    ///
    /// ```no_run
    /// # async fn run(client: imprint::Client) -> Result<(), imprint::Error> {
    /// use imprint::types::CustomerUpdateRequest;
    /// let update = CustomerUpdateRequest {
    ///     email: Some("new@example.com".into()),
    ///     phone: Some("+14155552671".into()), // E.164, checked before sending
    ///     ..Default::default()
    /// };
    /// let customer = client.customers().update("CSMR-123", update).await?;
    /// # Ok(()) }
    /// ```
    pub async fn update<B>(&self, customer_id: &str, update: B) -> Result<Customer, Error>
    where
        B: TryInto<CustomerUpdateRequest>,
        B::Error: std::fmt::Display,
    {
        let update: CustomerUpdateRequest = validate::body(update)?;
        validate::update(&update)?;
        self.client
            .send(requests::UpdateCustomer::new(customer_id, update))
            .await
    }

    /// Searches customers with filters sent in a POST body
    /// (`searchCustomersPost`), so an SSN or date of birth never goes in a
    /// URL. Filters combine; without any, every customer matches.
    ///
    /// ```no_run
    /// # async fn run(client: imprint::Client) -> Result<(), imprint::Error> {
    /// use futures::TryStreamExt;
    /// // One page:
    /// let page = client.customers().search().partner_customer_id("PARTNER_USER_456").limit(50).send().await?;
    /// // Every match, following the cursor, two pages in memory at most:
    /// let mut all = client.customers().search().limit(100).stream();
    /// while let Some(customer) = all.try_next().await? {
    ///     println!("{}", customer.id);
    /// }
    /// # Ok(()) }
    /// ```
    pub fn search(&self) -> SearchCustomers {
        SearchCustomers {
            client: self.client.clone(),
            partner_customer_id: None,
            ssn: None,
            date_of_birth: None,
            limit: None,
            starting_after: None,
        }
    }

    /// Lists customers with query parameters (`searchCustomers`, GET),
    /// optionally by your id for them.
    ///
    /// ```no_run
    /// # async fn run(client: imprint::Client) -> Result<(), imprint::Error> {
    /// let page = client.customers().list().with(|r| r.partner_customer_id("PARTNER_USER_456")).send().await?;
    /// # let _ = page; Ok(()) }
    /// ```
    pub fn list(&self) -> List<requests::SearchCustomers> {
        self.client.list(requests::SearchCustomers::new())
    }

    /// Links an Imprint customer to your account for them
    /// (`linkCustomerAccount`). A customer already linked is
    /// [`Error::Conflict`]; the error's body holds the existing link.
    ///
    /// ```no_run
    /// # async fn run(client: imprint::Client) -> Result<(), imprint::Error> {
    /// let link = client.customers().link("BBB815E9-F654-438D-9AD3-3F7BB8136FC0", "PARTNER_USER_456", None).await?;
    /// println!("{} {}", link.customer_id, link.status);
    /// # Ok(()) }
    /// ```
    pub async fn link(
        &self,
        customer_id: &str,
        partner_customer_id: &str,
        metadata: Option<serde_json::Map<String, serde_json::Value>>,
    ) -> Result<CustomerLink, Error> {
        validate::id("partner_customer_id", partner_customer_id)?;
        let body = LinkCustomerAccountBody {
            partner_customer_id: partner_customer_id.to_string().into(),
            metadata,
        };
        self.client
            .send(requests::LinkCustomerAccount::new(customer_id, body))
            .await
    }

    /// The customer's rewards balance (`getRewardsBalance`).
    pub async fn rewards_balance(
        &self,
        customer_id: &str,
    ) -> Result<GetRewardsBalanceResponse, Error> {
        self.client
            .send(requests::GetRewardsBalance::new(customer_id))
            .await
    }

    /// The customer's payment methods (`getPaymentMethods`; one answer, not
    /// paged).
    pub async fn payment_methods(&self, customer_id: &str) -> Result<Vec<PaymentMethod>, Error> {
        let list = self
            .client
            .send(requests::GetPaymentMethods::new(customer_id))
            .await?;
        Ok(list.data)
    }

    /// The customer's transaction intents (`getTransactionIntents`; one
    /// answer, not paged).
    pub async fn transaction_intents(
        &self,
        customer_id: &str,
    ) -> Result<Vec<TransactionIntent>, Error> {
        let list = self
            .client
            .send(requests::GetTransactionIntents::new(customer_id))
            .await?;
        Ok(list.data)
    }

    /// The customer's transactions (`getTransactions`), a cursor list.
    ///
    /// ```no_run
    /// # async fn run(client: imprint::Client) -> Result<(), imprint::Error> {
    /// use futures::TryStreamExt;
    /// let mut transactions = client.customers().transactions("CSMR-1").limit(100).stream();
    /// while let Some(t) = transactions.try_next().await? {
    ///     println!("{} {} {}", t.id, t.amount, t.currency);
    /// }
    /// # Ok(()) }
    /// ```
    pub fn transactions(&self, customer_id: &str) -> List<requests::GetTransactions> {
        self.client
            .list(requests::GetTransactions::new(customer_id))
    }

    /// The customer's rewards, most recently updated first (`getRewards`),
    /// a cursor list.
    pub fn rewards(&self, customer_id: &str) -> List<requests::GetRewards> {
        self.client.list(requests::GetRewards::new(customer_id))
    }
}

/// A customer search; from [`Customers::search`]. Its `Debug` redacts the
/// SSN and date of birth.
#[derive(Debug, Clone)]
#[must_use = "a search does nothing until sent or streamed"]
pub struct SearchCustomers {
    client: Client,
    partner_customer_id: Option<String>,
    ssn: Option<Sensitive<String>>,
    date_of_birth: Option<Sensitive<(i32, u32, u32)>>,
    limit: Option<u32>,
    starting_after: Option<String>,
}

impl SearchCustomers {
    /// Customers with this id in your system.
    pub fn partner_customer_id(mut self, id: impl Into<String>) -> Self {
        self.partner_customer_id = Some(id.into());
        self
    }
    /// Customers with this SSN: exactly nine digits, no hyphens.
    pub fn ssn(mut self, ssn: impl Into<String>) -> Self {
        self.ssn = Some(Sensitive::new(ssn.into()));
        self
    }
    /// Customers born on this date (checked to be a real date, 1900 or later,
    /// not in the future).
    pub fn date_of_birth(mut self, year: i32, month: u32, day: u32) -> Self {
        self.date_of_birth = Some(Sensitive::new((year, month, day)));
        self
    }
    /// Page size (at least 1; the API's default is 10).
    pub fn limit(mut self, limit: u32) -> Self {
        self.limit = Some(limit);
        self
    }
    /// Start after this customer id (the cursor of a previous page).
    pub fn starting_after(mut self, id: impl Into<String>) -> Self {
        self.starting_after = Some(id.into());
        self
    }

    /// The request body, checked (cursor and limit excluded).
    fn body(&self) -> Result<SearchCustomersPostBody, Error> {
        if let Some(id) = &self.partner_customer_id {
            validate::id("partner_customer_id", id)?;
        }
        if let Some(ssn) = &self.ssn {
            validate::ssn(ssn.expose())?;
        }
        let date_of_birth = match &self.date_of_birth {
            Some(d) => {
                let (y, m, day) = *d.expose();
                validate::date_of_birth("date_of_birth", y, m, day)?;
                Some(Sensitive::new(DateOfBirth {
                    year: Some(i64::from(y)),
                    month: std::num::NonZeroU64::new(u64::from(m)),
                    day: std::num::NonZeroU64::new(u64::from(day)),
                }))
            }
            None => None,
        };
        Ok(SearchCustomersPostBody {
            partner_customer_id: self.partner_customer_id.clone(),
            ssn: self.ssn.clone(),
            date_of_birth,
            ..Default::default()
        })
    }

    /// The cursor list this search is.
    fn list(self) -> List<requests::SearchCustomersPost> {
        let (client, limit, cursor) =
            (self.client.clone(), self.limit, self.starting_after.clone());
        let list = match self.body() {
            Ok(body) => client.list(requests::SearchCustomersPost::new(body)),
            Err(e) => List::failing(
                client,
                requests::SearchCustomersPost::new(SearchCustomersPostBody::default()),
                e,
            ),
        };
        let list = match limit {
            Some(l) => list.limit(l),
            None => list,
        };
        match cursor {
            Some(c) => list.starting_after(c),
            None => list,
        }
    }

    /// Fetches one page.
    pub async fn send(self) -> Result<Page<Customer>, Error> {
        self.list().send().await
    }

    /// Every matching customer, following the cursor until `has_more` is
    /// false; each request carries the same filters and page size (see
    /// [`crate::pagination`]).
    pub fn stream(self) -> Items<Customer> {
        self.list().stream()
    }

    /// The pages rather than the items.
    pub fn pages(self) -> Pages<Customer> {
        self.list().pages()
    }

    /// Collects up to `n` customers across pages, then stops fetching.
    pub async fn collect_up_to(self, n: usize) -> Result<Vec<Customer>, Error> {
        self.list().collect_up_to(n).await
    }
}
