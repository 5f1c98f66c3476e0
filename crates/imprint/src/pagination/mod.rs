//! Cursor pagination: one paginator for every cursor list of the API.
//!
//! A cursor list is any operation the spec gives a `limit` and a
//! `starting_after` and whose answer has `data` and `has_more` (the
//! generated request types implement [`CursorRequest`] for them). [`List`]
//! holds one such request; [`Pages`] and [`Items`] are the streams it
//! makes. The same [`Pages`] serves JSON-level callers through
//! [`Client::pages_raw`].
//!
//! The streams prefetch: while the caller works on one page the next is
//! fetched (as its own task on a Tokio runtime), so at most two pages are
//! in memory and a slow consumer does not add the fetch time to its own.
//! While the caller waits for a page, the next page's request goes out as
//! soon as this page's bytes are in, before they are decoded: the client
//! reads the next cursor from the raw page. Dropping a stream cancels the
//! pages in flight. A server that answers `has_more` with an empty page, or
//! repeats a cursor, ends the stream with [`Error::Pagination`] rather than
//! looping.

use std::collections::{HashSet, VecDeque};
use std::future::Future;
use std::hash::{Hash, Hasher};
use std::pin::Pin;
use std::sync::Arc;
use std::task::{Context, Poll};

use futures_util::Stream;
use futures_util::future::BoxFuture;
use imprint_raw::support::{CursorFields, CursorPage, CursorRequest, OperationDescriptor};
use serde_json::Value;
use serde_json::value::RawValue;

use crate::call::{ErrorBody, RawRequest};
use crate::client::Client;
use crate::error::{Error, InputError};
use crate::validate;

pub(crate) mod early;

use early::{EarlyCursor, Peeked};

/// One page of a cursor list.
///
/// `Debug` shows the page's shape (item count, `has_more`, `total`, cursor),
/// not its items: the items of [`Client::pages_raw`] are plain JSON, with
/// nothing to redact a date of birth or a card number in them. Typed items
/// redact their sensitive fields in their own `Debug`.
#[derive(Clone, PartialEq)]
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

impl<T> std::fmt::Debug for Page<T> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Page")
            .field("data", &format_args!("<{} items>", self.data.len()))
            .field("has_more", &self.has_more)
            .field("total", &self.total)
            .field("next_cursor", &self.next_cursor)
            .finish()
    }
}

impl<T> IntoIterator for Page<T> {
    type Item = T;
    type IntoIter = std::vec::IntoIter<T>;
    fn into_iter(self) -> Self::IntoIter {
        self.data.into_iter()
    }
}

/// The item type of a cursor request.
pub type ItemOf<R> = <<R as imprint_raw::support::Request>::Output as CursorPage>::Item;

/// A cursor list request, ready to fetch one page, stream every page, or
/// stream every item. From a section handle
/// (`client.rewards().search()`) or [`Client::list`] for any cursor list.
///
/// ```no_run
/// # async fn run(client: imprint::Client) -> Result<(), imprint::Error> {
/// use futures::TryStreamExt;
/// // Every reward of a transaction event, 100 per request:
/// let mut rewards = client
///     .rewards()
///     .search()
///     .with(|r| r.transaction_event_id("40fa8333-f809-4861-9839-45f41d50077d"))
///     .limit(100)
///     .stream();
/// while let Some(reward) = rewards.try_next().await? {
///     println!("{} {}", reward.id, reward.amount);
/// }
/// # Ok(()) }
/// ```
#[must_use = "a list does nothing until sent or streamed"]
pub struct List<R> {
    client: Client,
    request: R,
    error: Option<Error>,
}

impl<R: std::fmt::Debug> std::fmt::Debug for List<R> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("List")
            .field("request", &self.request)
            .field("error", &self.error)
            .finish_non_exhaustive()
    }
}

impl<R> List<R>
where
    R: CursorRequest + Sync,
    R::Output: serde::de::DeserializeOwned + Send,
    R::ErrorBody: ErrorBody,
    ItemOf<R>: Send + 'static,
{
    pub(crate) fn new(client: Client, request: R) -> Self {
        Self {
            client,
            request,
            error: None,
        }
    }

    /// A list that fails with `error` when sent or streamed (nothing is
    /// sent): how section handles report input they refuse.
    pub(crate) fn failing(client: Client, request: R, error: Error) -> Self {
        Self {
            client,
            request,
            error: Some(error),
        }
    }

    /// Page size (at least 1; the API's default is 10).
    pub fn limit(mut self, limit: u32) -> Self {
        match validate::limit(limit) {
            Ok(l) => self.request.set_limit(l),
            Err(e) => self.keep_first(e.into()),
        }
        self
    }

    /// Starts after this id (the `next_cursor` of a previous page).
    pub fn starting_after(mut self, cursor: impl Into<String>) -> Self {
        let cursor = cursor.into();
        match validate::id("starting_after", &cursor) {
            Ok(()) => self.request.set_cursor(Some(cursor)),
            Err(e) => self.keep_first(e.into()),
        }
        self
    }

    /// Changes the request: sets a filter the generated type has.
    ///
    /// ```no_run
    /// # fn run(client: imprint::Client) {
    /// let list = client.customers().list().with(|r| r.partner_customer_id("PARTNER_USER_456"));
    /// # let _ = list;
    /// # }
    /// ```
    pub fn with(mut self, change: impl FnOnce(R) -> R) -> Self {
        self.request = change(self.request);
        self
    }

    /// The request as it stands.
    pub fn request(&self) -> &R {
        &self.request
    }

    fn keep_first(&mut self, e: Error) {
        if self.error.is_none() {
            self.error = Some(e);
        }
    }

    /// Fetches one page.
    pub async fn send(self) -> Result<Page<ItemOf<R>>, Error> {
        if let Some(e) = self.error {
            return Err(e);
        }
        fetch_typed(self.client, self.request).await
    }

    /// Every page, following the cursor until `has_more` is false (see the
    /// module docs for prefetching and the guarantees).
    pub fn pages(self) -> Pages<ItemOf<R>> {
        let operation = R::OPERATION.id;
        let cursor = self.request.cursor().map(str::to_owned);
        let request = self.request;
        let fetch: FetchFn<ItemOf<R>> = Arc::new(move |client, cursor| {
            let mut request = request.clone();
            request.set_cursor(cursor);
            Box::pin(fetch_typed(client, request))
        });
        Pages::new(self.client, operation, fetch, cursor, self.error)
    }

    /// Every item, across pages (see [`Self::pages`]).
    pub fn stream(self) -> Items<ItemOf<R>> {
        Items {
            pages: self.pages(),
            buffer: VecDeque::new(),
        }
    }

    /// Collects up to `n` items across pages, then stops fetching.
    pub async fn collect_up_to(self, n: usize) -> Result<Vec<ItemOf<R>>, Error> {
        use futures_util::TryStreamExt;
        let mut out = Vec::with_capacity(n.min(1024));
        let mut stream = self.stream();
        while out.len() < n {
            match stream.try_next().await? {
                Some(item) => out.push(item),
                None => break,
            }
        }
        Ok(out)
    }
}

async fn fetch_typed<R>(client: Client, request: R) -> Result<Page<ItemOf<R>>, Error>
where
    R: CursorRequest,
    R::Output: serde::de::DeserializeOwned,
    R::ErrorBody: ErrorBody,
{
    let list = client.send(request).await?;
    let has_more = list.has_more();
    let total = list.total();
    Ok(Page::of_list(list.into_items(), has_more, total, |last| {
        <R::Output as CursorPage>::cursor_of(last).map(str::to_owned)
    }))
}

impl Client {
    /// A cursor list for any generated cursor request (see [`List`]).
    ///
    /// ```no_run
    /// # async fn run(client: imprint::Client) -> Result<(), imprint::Error> {
    /// use imprint::requests;
    /// let all = client.list(requests::GetRewards::new("CSMR-1")).limit(50).collect_up_to(500).await?;
    /// # let _ = all; Ok(()) }
    /// ```
    pub fn list<R>(&self, request: R) -> List<R>
    where
        R: CursorRequest + Sync,
        R::Output: serde::de::DeserializeOwned + Send,
        R::ErrorBody: ErrorBody,
        ItemOf<R>: Send + 'static,
    {
        List::new(self.clone(), request)
    }

    /// Every page of a cursor list sent with JSON-level values (see
    /// [`Client::send_raw`]): the items are JSON values. Refused before
    /// anything is sent when `operation` is not a cursor list.
    pub fn pages_raw(
        &self,
        operation: &'static OperationDescriptor,
        request: RawRequest,
    ) -> Pages<Value> {
        self.pages_json(operation, request, value_page)
    }

    /// [`Client::pages_raw`] with each item kept as the exact JSON text the
    /// server sent, unparsed: for passing items on (to a file, a queue)
    /// without decoding and re-encoding them. Only the page's `has_more`,
    /// `total` and its last item's cursor are read.
    ///
    /// ```no_run
    /// # async fn run(client: imprint::Client) -> Result<(), imprint::Error> {
    /// use futures_util::TryStreamExt;
    /// let op = imprint::operations::find("searchCustomers").expect("in the spec");
    /// let mut pages = client.pages_raw_items(op, imprint::RawRequest::new());
    /// while let Some(page) = pages.try_next().await? {
    ///     for item in &page.data {
    ///         println!("{}", item.get());
    ///     }
    /// }
    /// # Ok(()) }
    /// ```
    pub fn pages_raw_items(
        &self,
        operation: &'static OperationDescriptor,
        request: RawRequest,
    ) -> Pages<Box<RawValue>> {
        self.pages_json(operation, request, raw_items_page)
    }

    /// The one walk of [`Client::pages_raw`] and [`Client::pages_raw_items`]:
    /// `parse` reads a page's body.
    fn pages_json<T: Send + 'static>(
        &self,
        operation: &'static OperationDescriptor,
        request: RawRequest,
        parse: ParsePage<T>,
    ) -> Pages<T> {
        let Some(fields) = operation.pagination else {
            let e = InputError::new(
                "operation",
                format!("{} is not a cursor list", operation.id),
            );
            return Pages::new(
                self.clone(),
                operation.id,
                Arc::new(|_, _| Box::pin(async { Ok(Page::empty()) })),
                None,
                Some(e.into()),
            );
        };
        let start = cursor_of_raw(&request, &fields);
        let fetch: FetchFn<T> = Arc::new(move |client, cursor| {
            let request = with_raw_cursor(request.clone(), &fields, cursor);
            Box::pin(async move {
                let response = client.send_raw(operation, request).await?;
                parse(operation.id, &fields, &response.body)
            })
        });
        Pages::new(self.clone(), operation.id, fetch, start, None)
    }
}

fn cursor_of_raw(
    request: &RawRequest,
    fields: &imprint_raw::support::CursorFields,
) -> Option<String> {
    if fields.in_body {
        request
            .body
            .as_ref()
            .and_then(|b| b.get(fields.cursor))
            .and_then(Value::as_str)
            .map(str::to_owned)
    } else {
        request
            .query
            .iter()
            .find(|(k, _)| k == fields.cursor)
            .map(|(_, v)| v.clone())
    }
}

fn with_raw_cursor(
    mut request: RawRequest,
    fields: &imprint_raw::support::CursorFields,
    cursor: Option<String>,
) -> RawRequest {
    if fields.in_body {
        let body = request
            .body
            .get_or_insert_with(|| Value::Object(Default::default()));
        if let Value::Object(map) = body {
            match cursor {
                Some(c) => {
                    map.insert(fields.cursor.to_string(), Value::String(c));
                }
                None => {
                    map.remove(fields.cursor);
                }
            }
        }
    } else {
        request.query.retain(|(k, _)| k != fields.cursor);
        if let Some(c) = cursor {
            request.query.push((fields.cursor.to_string(), c));
        }
    }
    request
}

/// Reads one page's body (operation id, the list's fields, the body).
type ParsePage<T> = fn(&'static str, &CursorFields, &[u8]) -> Result<Page<T>, Error>;

fn value_page(
    operation: &'static str,
    fields: &CursorFields,
    body: &[u8],
) -> Result<Page<Value>, Error> {
    let broken = |message: String| Error::Pagination { operation, message };
    let mut doc: Value =
        serde_json::from_slice(body).map_err(|e| broken(format!("the page is not JSON: {e}")))?;
    let has_more = doc
        .get(fields.has_more)
        .and_then(Value::as_bool)
        .unwrap_or(false);
    let total = fields
        .total
        .and_then(|t| doc.get(t))
        .and_then(Value::as_i64);
    let data = match doc.get_mut(fields.items).map(Value::take) {
        Some(Value::Array(items)) => items,
        None | Some(Value::Null) => Vec::new(),
        Some(other) => {
            return Err(broken(format!(
                "`{}` is not an array: {}",
                fields.items,
                crate::redact::excerpt(other.to_string().as_bytes(), 80)
            )));
        }
    };
    Ok(Page::of_list(data, has_more, total, |last| {
        item_cursor(last, fields)
    }))
}

/// A page whose items stay JSON text; read as [`value_page`] reads it.
fn raw_items_page(
    operation: &'static str,
    fields: &CursorFields,
    body: &[u8],
) -> Result<Page<Box<RawValue>>, Error> {
    let broken = |message: String| Error::Pagination { operation, message };
    let doc: std::collections::HashMap<String, &RawValue> =
        serde_json::from_slice(body).map_err(|e| broken(format!("the page is not JSON: {e}")))?;
    // Lenient as `value_page`: a missing or mistyped field is its default.
    let field = |name: &str| doc.get(name).map(|raw| raw.get());
    let has_more = field(fields.has_more)
        .and_then(|t| serde_json::from_str::<bool>(t).ok())
        .unwrap_or(false);
    let total = fields
        .total
        .and_then(field)
        .and_then(|t| serde_json::from_str::<i64>(t).ok());
    let data = match field(fields.items) {
        None | Some("null") => Vec::new(),
        Some(text) => serde_json::from_str::<Vec<Box<RawValue>>>(text).map_err(|_| {
            broken(format!(
                "`{}` is not an array: {}",
                fields.items,
                crate::redact::excerpt(text.as_bytes(), 80)
            ))
        })?,
    };
    Ok(Page::of_list(data, has_more, total, |last| {
        serde_json::from_str::<Value>(last.get())
            .ok()
            .and_then(|item| item_cursor(&item, fields))
    }))
}

/// The cursor an item gives (its `item_cursor` field, a string or number).
fn item_cursor(item: &Value, fields: &CursorFields) -> Option<String> {
    match item.get(fields.item_cursor)? {
        Value::String(s) => Some(s.clone()),
        Value::Number(n) => Some(n.to_string()),
        _ => None,
    }
}

impl<T> Page<T> {
    /// A page of a cursor list: the next page starts after its last item,
    /// when more follow.
    fn of_list(
        data: Vec<T>,
        has_more: bool,
        total: Option<i64>,
        cursor_of: impl FnOnce(&T) -> Option<String>,
    ) -> Self {
        let next_cursor = if has_more {
            data.last().and_then(cursor_of)
        } else {
            None
        };
        Self {
            data,
            has_more,
            total,
            next_cursor,
        }
    }

    /// A page of a list without a cursor: nothing follows it.
    pub(crate) fn single(data: Vec<T>, has_more: bool, total: Option<i64>) -> Self {
        Self {
            data,
            has_more,
            total,
            next_cursor: None,
        }
    }

    fn empty() -> Self {
        Self {
            data: Vec::new(),
            has_more: false,
            total: None,
            next_cursor: None,
        }
    }
}

type PageResult<T> = Result<Page<T>, Error>;
type FetchFn<T> =
    Arc<dyn Fn(Client, Option<String>) -> BoxFuture<'static, PageResult<T>> + Send + Sync>;

/// A page on its way. On a Tokio runtime the fetch runs as its own task, so
/// it makes progress while the caller awaits something else (a database
/// write per page, say); elsewhere it is polled inline with the stream.
enum Fetch<T> {
    Spawned(Task<T>),
    Inline(BoxFuture<'static, PageResult<T>>),
    /// An inline fetch that finished before anyone asked for its page.
    Done(Option<PageResult<T>>),
}

impl<T: Send + 'static> Fetch<T> {
    /// Polled by the stream's own task, until [`Fetch::detach`]ed.
    fn inline(fut: BoxFuture<'static, PageResult<T>>) -> Self {
        use tracing::Instrument;
        Fetch::Inline(Box::pin(fut.in_current_span()))
    }

    /// Moves an inline fetch, as far as it got, to its own task (when
    /// there is a runtime to run it).
    fn detach(&mut self) {
        if !matches!(self, Fetch::Inline(_)) {
            return;
        }
        let Ok(handle) = tokio::runtime::Handle::try_current() else {
            return;
        };
        if let Fetch::Inline(fut) = std::mem::replace(self, Fetch::Done(None)) {
            *self = Fetch::Spawned(Task(handle.spawn(fut)));
        }
    }

    /// Polls an inline fetch once, keeping its result if it is done.
    fn advance(&mut self, cx: &mut Context<'_>, operation: &'static str) {
        if matches!(self, Fetch::Inline(_))
            && let Poll::Ready(r) = self.poll(cx, operation)
        {
            *self = Fetch::Done(Some(r));
        }
    }

    fn poll(&mut self, cx: &mut Context<'_>, operation: &'static str) -> Poll<PageResult<T>> {
        match self {
            Fetch::Done(result) => Poll::Ready(result.take().unwrap_or_else(|| {
                Err(Error::Pagination {
                    operation,
                    message: "the page was already taken".into(),
                })
            })),
            Fetch::Inline(fut) => fut.as_mut().poll(cx),
            Fetch::Spawned(Task(handle)) => Pin::new(handle).poll(cx).map(|joined| {
                joined.unwrap_or_else(|e| {
                    Err(Error::Pagination {
                        operation,
                        message: format!("the page fetch task ended abnormally: {e}"),
                    })
                })
            }),
        }
    }
}

/// A page's fetch task; dropping it (with the stream) cancels the page on
/// its way.
struct Task<T>(tokio::task::JoinHandle<PageResult<T>>);

impl<T> Drop for Task<T> {
    fn drop(&mut self) {
        self.0.abort();
    }
}

/// The pages of a cursor list; from [`List::pages`] or
/// [`Client::pages_raw`].
#[must_use = "streams do nothing unless polled"]
pub struct Pages<T> {
    client: Client,
    operation: &'static str,
    fetch: FetchFn<T>,
    pending_error: Option<Error>,
    /// The cursor fields, for the transport to read the next cursor early.
    fields: Option<CursorFields>,
    cursor: Option<String>,
    seen: HashSet<u64>,
    in_flight: Option<Launched<T>>,
    /// The page after the one in flight, started from its early cursor.
    next: Option<(String, Launched<T>)>,
    ready: Option<PageResult<T>>,
    finished: bool,
}

/// A page's fetch, and where its cursor arrives before the page does.
struct Launched<T> {
    fetch: Fetch<T>,
    early: Option<tokio::sync::oneshot::Receiver<Peeked>>,
}

impl<T> std::fmt::Debug for Pages<T> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Pages")
            .field("operation", &self.operation)
            .field("cursor", &self.cursor)
            .field("in_flight", &self.in_flight.is_some())
            .field("next", &self.next.as_ref().map(|(cursor, _)| cursor))
            .field("finished", &self.finished)
            .finish_non_exhaustive()
    }
}

fn hash_of(s: &str) -> u64 {
    let mut h = std::collections::hash_map::DefaultHasher::new();
    s.hash(&mut h);
    h.finish()
}

impl<T: Send + 'static> Pages<T> {
    fn new(
        client: Client,
        operation: &'static str,
        fetch: FetchFn<T>,
        cursor: Option<String>,
        pending_error: Option<Error>,
    ) -> Self {
        // A server that cycles back to where the walk started ends it too.
        let seen = cursor.iter().map(|c| hash_of(c)).collect();
        Self {
            client,
            operation,
            fetch,
            pending_error,
            fields: imprint_raw::operations::find(operation).and_then(|o| o.pagination),
            cursor,
            seen,
            in_flight: None,
            next: None,
            ready: None,
            finished: false,
        }
    }

    /// A page's fetch, inline (see [`Fetch::inline`]) until detached.
    fn launch(&self, cursor: Option<String>) -> Launched<T> {
        let call = (self.fetch)(self.client.clone(), cursor);
        match self.fields {
            Some(fields) => {
                let (call, early) = EarlyCursor::around(fields, call);
                Launched {
                    fetch: Fetch::inline(Box::pin(call)),
                    early: Some(early),
                }
            }
            None => Launched {
                fetch: Fetch::inline(call),
                early: None,
            },
        }
    }

    fn start(&mut self, cursor: Option<String>) {
        let mut launched = self.launch(cursor);
        launched.fetch.detach();
        self.in_flight = Some(launched);
    }

    /// Makes progress on the page in flight without yielding it. With
    /// `waiting` (the caller has nothing left to work on), the next page
    /// starts as soon as this one's cursor is known; otherwise not, so that
    /// no more than two pages are ever held.
    fn drive(&mut self, cx: &mut Context<'_>, waiting: bool) {
        if self.ready.is_some() {
            return;
        }
        let Some(launched) = self.in_flight.as_mut() else {
            return;
        };
        if let Poll::Ready(r) = launched.fetch.poll(cx, self.operation) {
            self.in_flight = None;
            self.ready = Some(r);
            return;
        }
        if !waiting || self.next.is_some() {
            return;
        }
        let Some(early) = launched.early.as_mut() else {
            return;
        };
        let Poll::Ready(peeked) = Pin::new(early).poll(cx) else {
            return;
        };
        launched.early = None;
        let Ok(Peeked {
            has_more: true,
            cursor: Some(cursor),
        }) = peeked
        else {
            return;
        };
        // A cursor the walk has seen ends it when the page arrives; no
        // request for it.
        if self.cursor.as_deref() == Some(cursor.as_str()) || self.seen.contains(&hash_of(&cursor))
        {
            return;
        }
        // Polled here once, inline: the request goes out from this task
        // now, whatever the runtime (on a single-threaded one, a new task
        // would run only after this page is decoded). Then it moves to its
        // own task, so that it finishes whether or not the caller polls
        // again soon (a caller that gave up waiting must not leave it to
        // time out).
        let mut next = self.launch(Some(cursor.clone()));
        next.fetch.advance(cx, self.operation);
        next.fetch.detach();
        self.next = Some((cursor, next));
    }

    fn fail(&mut self, message: String) -> Error {
        self.finished = true;
        self.in_flight = None;
        self.next = None;
        Error::Pagination {
            operation: self.operation,
            message,
        }
    }
}

impl<T: Send + 'static> Stream for Pages<T> {
    type Item = PageResult<T>;

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
            this.start(this.cursor.clone());
        }
        this.drive(cx, true);
        let Some(result) = this.ready.take() else {
            return Poll::Pending;
        };
        let page = match result {
            Ok(p) => p,
            Err(e) => {
                this.finished = true;
                this.next = None;
                return Poll::Ready(Some(Err(e)));
            }
        };
        if !page.has_more {
            this.finished = true;
            this.next = None;
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
        // Prefetch: the next page, if it is not on its way already (from
        // this page's early cursor; a prefetch for another cursor, which a
        // decoder disagreeing with the early read would make, is dropped
        // and so cancelled), polled once so the request goes out while the
        // caller works on this one.
        match this.next.take() {
            Some((cursor, launched)) if cursor == next => this.in_flight = Some(launched),
            _ => this.start(Some(next.clone())),
        }
        this.cursor = Some(next);
        this.drive(cx, false);
        Poll::Ready(Some(Ok(page)))
    }
}

// The streams never pin their items (pages are moved out whole), so they
// are `Unpin` whatever the item type.
impl<T> Unpin for Pages<T> {}
impl<T> Unpin for Items<T> {}

/// The items of a cursor list, across pages; from [`List::stream`].
#[must_use = "streams do nothing unless polled"]
pub struct Items<T> {
    pages: Pages<T>,
    buffer: VecDeque<T>,
}

impl<T> std::fmt::Debug for Items<T> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Items")
            .field("pages", &self.pages)
            .field("buffered", &self.buffer.len())
            .finish()
    }
}

impl<T: Send + 'static> Items<T> {
    /// The items of `pages`.
    pub fn new(pages: Pages<T>) -> Self {
        Self {
            pages,
            buffer: VecDeque::new(),
        }
    }
}

impl<T: Send + 'static> Stream for Items<T> {
    type Item = Result<T, Error>;

    fn poll_next(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<Self::Item>> {
        let this = &mut *self;
        loop {
            // Keep the next page moving while items are handed out.
            this.pages.drive(cx, false);
            if let Some(item) = this.buffer.pop_front() {
                return Poll::Ready(Some(Ok(item)));
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
