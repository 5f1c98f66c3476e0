//! Customers: get, update, and search with cursor pagination.

use std::collections::{HashSet, VecDeque};
use std::future::Future;
use std::hash::{Hash, Hasher};
use std::pin::Pin;
use std::task::{Context, Poll};

use futures::Stream;

use crate::client::{Client, Operation};
use crate::error::Error;
use crate::retry::CallClass;
use crate::types::{Customer, CustomerUpdateRequest, DateOfBirth, SearchCustomersPostBody};
use crate::{Sensitive, validate};

pub(crate) const GET_CUSTOMER: Operation = Operation {
    id: "getCustomer",
    method: "GET",
    path: "/v2/customers/{customer_id}",
    class: CallClass::Read,
};
pub(crate) const SEARCH_CUSTOMERS: Operation = Operation {
    id: "searchCustomersPost",
    method: "POST",
    path: "/v2/customers",
    class: CallClass::Read,
};
pub(crate) const UPDATE_CUSTOMER: Operation = Operation {
    id: "updateCustomer",
    method: "POST",
    path: "/v2/customers/{customer_id}",
    class: CallClass::Write,
};

/// The spec's default page size.
const DEFAULT_LIMIT: std::num::NonZeroU32 = std::num::NonZeroU32::new(10).unwrap();

/// The operations this crate wraps, by spec `operationId`.
pub const OPERATIONS: &[&str] = &[GET_CUSTOMER.id, SEARCH_CUSTOMERS.id, UPDATE_CUSTOMER.id];

/// Customer operations; from [`Client::customers`].
#[derive(Debug, Clone)]
pub struct Customers {
    client: Client,
}

impl Customers {
    pub(crate) fn new(client: Client) -> Self {
        Self { client }
    }

    /// Retrieves a customer by id (`getCustomer`). The id is percent-encoded
    /// in the path; an empty id, `.` or `..` is refused before sending.
    ///
    /// ```no_run
    /// # async fn run(client: imprint::Client) -> Result<(), imprint::Error> {
    /// let customer = client.customers().get("9B5E1EE0-2E1C-46E7-81B9-3C3917204BE4").await?;
    /// println!("{} {:?}", customer.id, customer.statuses);
    /// # Ok(()) }
    /// ```
    pub async fn get(&self, customer_id: &str) -> Result<Customer, Error> {
        validate::id("customer_id", customer_id)?;
        let raw = self.client.raw();
        self.client
            .call(
                GET_CUSTOMER,
                raw.get_customer().customer_id(customer_id).send(),
            )
            .await
    }

    /// Updates a customer (`updateCustomer`): fields left `None` are not
    /// changed. Emails, phones, language, country and currency codes are
    /// checked before sending. See [`crate::RetryPolicy`] for when an update
    /// is retried.
    ///
    /// ```no_run
    /// # async fn run(client: imprint::Client) -> Result<(), imprint::Error> {
    /// use imprint::types::CustomerUpdateRequest;
    /// let update = CustomerUpdateRequest {
    ///     email: Some("new@example.com".into()),
    ///     phone: Some("+14155552671".parse().map_err(|e| imprint::Error::Config(format!("{e}")))?),
    ///     ..Default::default()
    /// };
    /// let customer = client.customers().update("CSMR-123", update).await?;
    /// # Ok(()) }
    /// ```
    pub async fn update(
        &self,
        customer_id: &str,
        update: CustomerUpdateRequest,
    ) -> Result<Customer, Error> {
        validate::id("customer_id", customer_id)?;
        validate::update(&update)?;
        let raw = self.client.raw();
        self.client
            .call(
                UPDATE_CUSTOMER,
                raw.update_customer()
                    .customer_id(customer_id)
                    .body(update)
                    .send(),
            )
            .await
    }

    /// Starts a search (`searchCustomersPost`). Filters combine; without any,
    /// every customer matches.
    ///
    /// ```no_run
    /// # async fn run(client: imprint::Client) -> Result<(), imprint::Error> {
    /// use futures::TryStreamExt;
    /// // One page:
    /// let page = client.customers().search().partner_customer_id("PARTNER_USER_456").limit(50).send().await?;
    /// // Every match, following the cursor, one page in memory at a time:
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

/// One page of results.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct Page<T> {
    /// The items, in the server's order.
    pub data: Vec<T>,
    /// Whether more items follow.
    pub has_more: bool,
    /// The total number of matches, when the server says.
    pub total: Option<i64>,
    /// The cursor for the next page (the last item's id) when `has_more`.
    pub next_cursor: Option<String>,
}

impl<T> IntoIterator for Page<T> {
    type Item = T;
    type IntoIter = std::vec::IntoIter<T>;
    fn into_iter(self) -> Self::IntoIter {
        self.data.into_iter()
    }
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

    /// Validates the filters and builds the request body (cursor excluded).
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
                Some(Sensitive::new(dob(y, m, day)?))
            }
            None => None,
        };
        let limit = match self.limit {
            Some(l) => validate::limit(l)?,
            None => DEFAULT_LIMIT,
        };
        if let Some(c) = &self.starting_after {
            validate::id("starting_after", c)?;
        }
        Ok(SearchCustomersPostBody {
            partner_customer_id: self.partner_customer_id.clone(),
            ssn: self.ssn.clone(),
            date_of_birth,
            limit,
            starting_after: self.starting_after.clone(),
        })
    }

    /// Fetches one page.
    pub async fn send(self) -> Result<Page<Customer>, Error> {
        let body = self.body()?;
        fetch_page(self.client, body).await
    }

    /// Every matching customer, following `starting_after` until `has_more`
    /// is false. Each request carries the same filters and page size. While
    /// you consume one page the next is already being fetched (as its own
    /// task on a Tokio runtime), so at most two pages are in memory; dropping
    /// the stream cancels it. Ends with an error (never loops) if the server
    /// answers `has_more` with an empty page or repeats a cursor.
    pub fn stream(self) -> CustomerStream {
        CustomerStream {
            pages: self.pages(),
            buffer: VecDeque::new(),
        }
    }

    /// Same as [`Self::stream`], by value (for symmetry with `IntoIterator`).
    pub fn into_stream(self) -> CustomerStream {
        self.stream()
    }

    /// The pages rather than the items.
    pub fn pages(self) -> PageStream {
        let (body, done) = match self.body() {
            Ok(b) => (Some(b), None),
            Err(e) => (None, Some(e)),
        };
        PageStream {
            client: self.client,
            body,
            pending_error: done,
            cursor: self.starting_after,
            seen: HashSet::new(),
            in_flight: None,
            ready: None,
            finished: false,
        }
    }

    /// Collects up to `n` customers across pages, then stops fetching.
    pub async fn collect_up_to(self, n: usize) -> Result<Vec<Customer>, Error> {
        use futures::TryStreamExt;
        let mut out = Vec::with_capacity(n.min(1024));
        let mut stream = self.stream();
        while out.len() < n {
            match stream.try_next().await? {
                Some(c) => out.push(c),
                None => break,
            }
        }
        Ok(out)
    }
}

fn dob(year: i32, month: u32, day: u32) -> Result<DateOfBirth, Error> {
    Ok(DateOfBirth {
        year: Some(i64::from(year)),
        month: std::num::NonZeroU64::new(u64::from(month)),
        day: std::num::NonZeroU64::new(u64::from(day)),
    })
}

async fn fetch_page(
    client: Client,
    body: SearchCustomersPostBody,
) -> Result<Page<Customer>, Error> {
    let raw = client.raw();
    let list = client
        .call(
            SEARCH_CUSTOMERS,
            raw.search_customers_post().body(body).send(),
        )
        .await?;
    let has_more = list.has_more.unwrap_or(false);
    let next_cursor = if has_more {
        list.data.last().map(|c| c.id.clone())
    } else {
        None
    };
    Ok(Page {
        data: list.data,
        has_more,
        total: list.total,
        next_cursor,
    })
}

type PageResult = Result<Page<Customer>, Error>;

/// A page on its way. On a Tokio runtime the fetch runs as its own task, so
/// it makes progress while the caller awaits something else (a database
/// write per page, say); elsewhere it is polled inline with the stream.
enum Fetch {
    Spawned(tokio::task::JoinHandle<PageResult>),
    Inline(Pin<Box<dyn Future<Output = PageResult> + Send>>),
}

impl Fetch {
    fn start(client: Client, body: SearchCustomersPostBody) -> Self {
        use tracing::Instrument;
        let fut = fetch_page(client, body).in_current_span();
        match tokio::runtime::Handle::try_current() {
            Ok(handle) => Fetch::Spawned(handle.spawn(fut)),
            Err(_) => Fetch::Inline(Box::pin(fut)),
        }
    }

    fn poll(&mut self, cx: &mut Context<'_>) -> Poll<PageResult> {
        match self {
            Fetch::Inline(fut) => fut.as_mut().poll(cx),
            Fetch::Spawned(handle) => Pin::new(handle).poll(cx).map(|joined| {
                joined.unwrap_or_else(|e| {
                    Err(Error::Pagination {
                        operation: SEARCH_CUSTOMERS.id,
                        message: format!("the page fetch task ended abnormally: {e}"),
                    })
                })
            }),
        }
    }
}

impl Drop for Fetch {
    fn drop(&mut self) {
        // Dropping the stream cancels the page on its way.
        if let Fetch::Spawned(handle) = self {
            handle.abort();
        }
    }
}

/// A stream of result pages; from [`SearchCustomers::pages`].
#[must_use = "streams do nothing unless polled"]
pub struct PageStream {
    client: Client,
    body: Option<SearchCustomersPostBody>,
    pending_error: Option<Error>,
    cursor: Option<String>,
    seen: HashSet<u64>,
    in_flight: Option<Fetch>,
    ready: Option<PageResult>,
    finished: bool,
}

impl std::fmt::Debug for PageStream {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("PageStream")
            .field("cursor", &self.cursor)
            .field("in_flight", &self.in_flight.is_some())
            .field("finished", &self.finished)
            .finish_non_exhaustive()
    }
}

fn hash_of(s: &str) -> u64 {
    let mut h = std::collections::hash_map::DefaultHasher::new();
    s.hash(&mut h);
    h.finish()
}

impl PageStream {
    fn start(&mut self) {
        if let Some(mut body) = self.body.clone() {
            body.starting_after = self.cursor.clone();
            self.in_flight = Some(Fetch::start(self.client.clone(), body));
        }
    }

    /// Makes progress on the page in flight without yielding it.
    fn drive(&mut self, cx: &mut Context<'_>) {
        if self.ready.is_some() {
            return;
        }
        if let Some(fetch) = self.in_flight.as_mut()
            && let Poll::Ready(r) = fetch.poll(cx)
        {
            self.in_flight = None;
            self.ready = Some(r);
        }
    }

    fn fail(&mut self, message: String) -> Error {
        self.finished = true;
        self.in_flight = None;
        Error::Pagination {
            operation: SEARCH_CUSTOMERS.id,
            message,
        }
    }
}

impl Stream for PageStream {
    type Item = Result<Page<Customer>, Error>;

    fn poll_next(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<Self::Item>> {
        let this = &mut *self;
        if let Some(e) = this.pending_error.take() {
            this.finished = true;
            return Poll::Ready(Some(Err(e)));
        }
        if this.finished && this.ready.is_none() {
            return Poll::Ready(None);
        }
        if this.ready.is_none() && this.in_flight.is_none() {
            this.start();
        }
        this.drive(cx);
        let Some(result) = this.ready.take() else {
            return Poll::Pending;
        };
        let page = match result {
            Ok(p) => p,
            Err(e) => {
                this.finished = true;
                return Poll::Ready(Some(Err(e)));
            }
        };
        if !page.has_more {
            this.finished = true;
            return Poll::Ready(Some(Ok(page)));
        }
        let Some(next) = page.next_cursor.clone() else {
            let e = this.fail("the server answered has_more with an empty page".into());
            return Poll::Ready(Some(Err(e)));
        };
        if this.cursor.as_deref() == Some(next.as_str()) || !this.seen.insert(hash_of(&next)) {
            let e = this.fail(format!("the server repeated the cursor `{next}`"));
            return Poll::Ready(Some(Err(e)));
        }
        this.cursor = Some(next);
        // Prefetch: start the next page now and poll it once so the request
        // goes out while the caller works on this one.
        this.start();
        this.drive(cx);
        Poll::Ready(Some(Ok(page)))
    }
}

/// A stream of customers across pages; from [`SearchCustomers::stream`].
#[must_use = "streams do nothing unless polled"]
#[derive(Debug)]
pub struct CustomerStream {
    pages: PageStream,
    buffer: VecDeque<Customer>,
}

impl Stream for CustomerStream {
    type Item = Result<Customer, Error>;

    fn poll_next(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<Self::Item>> {
        let this = &mut *self;
        loop {
            // Keep the next page moving while items are handed out.
            this.pages.drive(cx);
            if let Some(c) = this.buffer.pop_front() {
                return Poll::Ready(Some(Ok(c)));
            }
            match Pin::new(&mut this.pages).poll_next(cx) {
                Poll::Ready(Some(Ok(page))) => this.buffer.extend(page.data),
                Poll::Ready(Some(Err(e))) => return Poll::Ready(Some(Err(e))),
                Poll::Ready(None) => return Poll::Ready(None),
                Poll::Pending => return Poll::Pending,
            }
        }
    }
}
