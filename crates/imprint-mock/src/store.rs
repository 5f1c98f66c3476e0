//! The in-memory state: every resource by id, who owns what, the keys, the
//! event log. One lock guards it all, so a handler's mutation, and the
//! event it records, are one atomic step.

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::ops::Bound;
use std::time::Instant;

use chrono::{DateTime, Datelike, Duration as ChronoDuration, TimeZone, Utc};
use imprint_raw::support::Sensitive;
use imprint_raw::types::{
    Customer, CustomerAccountHistory, CustomerLink, CustomerSession, Order, OrderEvent,
    PaymentMethod, Reward, Transaction, TransactionIntent,
};
use serde_json::Value;

use crate::error::MockError;
use crate::problem::Problem;
use crate::rng::SplitMix64;
use crate::seed::SeedData;
use crate::validate::{PageRequest, is_ssn};

/// A customer as the mock stores it: the [`Customer`] the API serves, plus
/// what the API accepts but never returns.
///
/// `Debug` never shows the SSN or the date of birth (both are
/// [`Sensitive`]).
///
/// ```
/// use imprint_mock::StoredCustomer;
/// use imprint_raw::types::Customer;
///
/// let customer: Customer = serde_json::from_value(serde_json::json!({"id": "CSMR-test-1"})).unwrap();
/// let stored = StoredCustomer::new(customer).with_ssn("123456789");
/// assert_eq!(stored.ssn.as_ref().map(|s| s.expose().as_str()), Some("123456789"));
/// ```
#[derive(Clone, Debug, PartialEq)]
pub struct StoredCustomer {
    /// The customer as `GET /v2/customers/{id}` returns it. When [`ssn`](Self::ssn)
    /// is set, `ssn4` is always its last four digits.
    pub customer: Customer,
    /// The full 9-digit Social Security Number, matched by the `ssn` search
    /// filter. Never part of any response.
    pub ssn: Option<Sensitive<String>>,
    /// The last `customer_history` sent with `updateCustomer` or
    /// `createSession` (replaced as a whole by each request that carries
    /// one). Never part of any response.
    pub customer_history: Option<CustomerAccountHistory>,
    /// Key-value metadata stored on the customer by `createSession`'s
    /// `customer_metadata` (merged key by key), echoed as
    /// `customer_metadata` in every event about the customer.
    pub customer_metadata: HashMap<String, String>,
}

impl StoredCustomer {
    /// Wraps a customer with no SSN, no history and no customer metadata.
    pub fn new(customer: Customer) -> Self {
        Self {
            customer,
            ssn: None,
            customer_history: None,
            customer_metadata: HashMap::new(),
        }
    }

    /// Sets the full SSN (9 digits, no hyphens). `ssn4` follows it when the
    /// customer is inserted.
    pub fn with_ssn(mut self, ssn: impl Into<String>) -> Self {
        self.ssn = Some(Sensitive::new(ssn.into()));
        self
    }

    /// Sets the stored customer history.
    pub fn with_customer_history(mut self, history: CustomerAccountHistory) -> Self {
        self.customer_history = Some(history);
        self
    }

    /// The customer's id.
    pub fn id(&self) -> &str {
        &self.customer.id
    }
}

impl From<Customer> for StoredCustomer {
    fn from(customer: Customer) -> Self {
        Self::new(customer)
    }
}

/// A transaction as the mock stores it.
#[derive(Clone, Debug, PartialEq)]
#[non_exhaustive]
pub struct StoredTransaction {
    /// The transaction as `getTransaction` returns it, except
    /// `purchase_method`, which the generated type cannot hold (it reads the
    /// spec's nullable enum as `null` only); see
    /// [`purchase_method`](Self::purchase_method).
    pub transaction: Transaction,
    /// The purchase method (`CHIP`, `ONLINE`, ...) of the APPROVED event,
    /// served as the transaction's `purchase_method`.
    pub purchase_method: Option<String>,
    /// The `event_id` of every event of the transaction, oldest first.
    pub event_ids: Vec<String>,
}

/// A customer session as the mock stores it.
#[derive(Clone, Debug, PartialEq)]
#[non_exhaustive]
pub struct StoredSession {
    /// The session as `getSession` returns it (its `client_secret` is
    /// [`Sensitive`]).
    pub session: CustomerSession,
    /// The customer it was opened for (created by `createSession` when the
    /// request named none).
    pub customer_id: String,
}

/// One state change a webhook would announce, in the order they happened.
///
/// The payload is the webhook's JSON body as the spec describes it (built
/// from the generated `*WebhookPayload` types), ready for signing and
/// delivery.
///
/// `Debug` shows the payload with its sensitive fields redacted.
#[derive(Clone, PartialEq)]
#[non_exhaustive]
pub struct MockEvent {
    /// Position in the server's event log, from 1.
    pub sequence: u64,
    /// The webhook's name under the spec's `webhooks` (`Transaction`,
    /// `Reward`, `CustomerLink`, `PaymentMethod`).
    pub webhook: String,
    /// When the change happened.
    pub created_at: DateTime<Utc>,
    /// The webhook payload (`{"object": ..., "data": {...}}`).
    pub payload: Value,
}

impl std::fmt::Debug for MockEvent {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let mut payload = self.payload.clone();
        imprint::redaction::scrub(&mut payload);
        f.debug_struct("MockEvent")
            .field("sequence", &self.sequence)
            .field("webhook", &self.webhook)
            .field("created_at", &self.created_at)
            .field("payload", &payload)
            .finish()
    }
}

/// An API key's record.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct KeyRecord {
    pub(crate) created_at: DateTime<Utc>,
    pub(crate) deleted_at: Option<DateTime<Utc>>,
    /// Creation order, for listing.
    pub(crate) order: u64,
}

/// The ids of what a customer owns, in id order.
#[derive(Debug, Default, Clone)]
pub(crate) struct Owned {
    pub(crate) payment_methods: BTreeSet<String>,
    pub(crate) intents: BTreeSet<String>,
    pub(crate) transactions: BTreeSet<String>,
    pub(crate) rewards: BTreeSet<String>,
}

/// One page of a list.
#[derive(Debug)]
pub(crate) struct Page<T> {
    pub(crate) items: Vec<T>,
    pub(crate) has_more: bool,
    pub(crate) total: usize,
}

/// Everything the server holds. `Debug` counts it: the keys are API keys.
#[derive(Default)]
pub(crate) struct Store {
    pub(crate) customers: BTreeMap<String, StoredCustomer>,
    pub(crate) payment_methods: BTreeMap<String, PaymentMethod>,
    pub(crate) intents: BTreeMap<String, TransactionIntent>,
    pub(crate) transactions: BTreeMap<String, StoredTransaction>,
    pub(crate) rewards: BTreeMap<String, Reward>,
    pub(crate) sessions: BTreeMap<String, StoredSession>,
    pub(crate) links: BTreeMap<String, CustomerLink>,
    pub(crate) orders: BTreeMap<String, Order>,
    pub(crate) order_events: BTreeMap<String, OrderEvent>,
    pub(crate) keys: BTreeMap<String, KeyRecord>,
    pub(crate) owned: HashMap<String, Owned>,
    pub(crate) events: Vec<MockEvent>,
    pub(crate) last_simulation: HashMap<String, Instant>,
    /// Seed of the ids made at run time.
    seed: u64,
    /// How many ids were made at run time.
    minted: u64,
}

impl std::fmt::Debug for Store {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Store")
            .field("customers", &self.customers.len())
            .field("payment_methods", &self.payment_methods.len())
            .field("intents", &self.intents.len())
            .field("transactions", &self.transactions.len())
            .field("rewards", &self.rewards.len())
            .field("sessions", &self.sessions.len())
            .field("orders", &self.orders.len())
            .field("order_events", &self.order_events.len())
            .field("keys", &self.keys.len())
            .field("events", &self.events.len())
            .finish_non_exhaustive()
    }
}

impl Store {
    /// The seeded state, with `api_key` as the only key.
    pub(crate) fn seeded(data: SeedData, seed: u64, api_key: &str, now: DateTime<Utc>) -> Self {
        let mut store = Store {
            seed,
            ..Store::default()
        };
        for c in data.customers {
            store.customers.insert(c.customer.id.clone(), c);
        }
        for pm in data.payment_methods {
            store
                .own(&pm.customer_id)
                .payment_methods
                .insert(pm.id.clone());
            store.payment_methods.insert(pm.id.clone(), pm);
        }
        for intent in data.transaction_intents {
            store
                .own(&intent.customer_id)
                .intents
                .insert(intent.id.clone());
            store.intents.insert(intent.id.clone(), intent);
        }
        for t in data.transactions {
            let (id, customer) = (t.transaction.id.clone(), t.transaction.customer_id.clone());
            store.own(&customer).transactions.insert(id.clone());
            store.transactions.insert(id, t);
        }
        for r in data.rewards {
            store.own(&r.customer_id).rewards.insert(r.id.clone());
            store.rewards.insert(r.id.clone(), r);
        }
        for o in data.orders {
            if let Some(id) = o.0.id.clone() {
                store.orders.insert(id, o);
            }
        }
        for e in data.order_events {
            if let Some(id) = e.0.order_event_id.clone() {
                store.order_events.insert(id, e);
            }
        }
        store.add_key(api_key.to_owned(), now);
        store
    }

    /// The ownership record of a customer (created empty).
    pub(crate) fn own(&mut self, customer_id: &str) -> &mut Owned {
        self.owned.entry(customer_id.to_owned()).or_default()
    }

    /// A new id: `prefix` + 32 hex digits in UUID groups. A fixed function
    /// of the seed and of how many ids were made before.
    pub(crate) fn mint(&mut self, prefix: &str) -> String {
        self.minted += 1;
        let mut rng = SplitMix64::derive(self.seed ^ 0x0052_554E_5449_4D45, self.minted);
        uuid_like(prefix, &mut rng)
    }

    /// Registers a key.
    pub(crate) fn add_key(&mut self, key: String, now: DateTime<Utc>) {
        let order = self.keys.len() as u64;
        self.keys.insert(
            key,
            KeyRecord {
                created_at: now,
                deleted_at: None,
                order,
            },
        );
    }

    /// Whether `key` authenticates.
    pub(crate) fn key_is_active(&self, key: &str) -> bool {
        self.keys.get(key).is_some_and(|k| k.deleted_at.is_none())
    }

    /// Inserts or replaces a customer; returns the replaced one.
    pub(crate) fn insert_customer(
        &mut self,
        mut customer: StoredCustomer,
    ) -> Result<Option<StoredCustomer>, MockError> {
        if customer.customer.id.is_empty() {
            return Err(MockError::InvalidCustomer(
                "the customer id must not be empty".into(),
            ));
        }
        if let Some(ssn) = &customer.ssn {
            if !is_ssn(ssn.expose()) {
                return Err(MockError::InvalidCustomer(
                    "the ssn must be exactly 9 digits without hyphens".into(),
                ));
            }
            customer.customer.ssn4 = Some(Sensitive::new(last4(ssn.expose())));
        }
        Ok(self
            .customers
            .insert(customer.customer.id.clone(), customer))
    }

    /// Records an event (under the same lock as the change it reports).
    pub(crate) fn record(
        &mut self,
        webhook: &str,
        payload: Value,
        now: DateTime<Utc>,
    ) -> MockEvent {
        let event = MockEvent {
            sequence: self.events.len() as u64 + 1,
            webhook: webhook.to_owned(),
            created_at: now,
            payload,
        };
        self.events.push(event.clone());
        event
    }

    /// The customer a partner customer id belongs to.
    pub(crate) fn customer_by_partner_id(
        &self,
        partner_customer_id: &str,
    ) -> Option<&StoredCustomer> {
        self.customers.values().find(|c| {
            c.customer
                .partner_customer_id
                .as_ref()
                .is_some_and(|p| p.0 == partner_customer_id)
        })
    }
}

/// `prefix` + a UUID-shaped upper-case hex id from `rng`.
pub(crate) fn uuid_like(prefix: &str, rng: &mut SplitMix64) -> String {
    let a = rng.next_u64();
    let b = rng.next_u64();
    format!(
        "{prefix}{:08X}-{:04X}-{:04X}-{:04X}-{:012X}",
        a >> 32,
        (a >> 16) & 0xFFFF,
        a & 0xFFFF,
        b >> 48,
        b & 0xFFFF_FFFF_FFFF
    )
}

/// The cursor of a list names an item the list does not have.
fn unknown_cursor(request: &PageRequest, noun: &str, cursor: &str) -> Problem {
    Problem::invalid(
        format!(
            "No such {noun}: '{cursor}'. {} must be the id of the last {noun} of a previous page",
            request.cursor_name
        ),
        request.cursor_name.clone(),
    )
}

/// A page of `map` (id order): the items after the cursor that pass
/// `filter`. The cursor must be a key of `map`; `total` counts every item
/// that passes.
pub(crate) fn page_map<T: Clone>(
    map: &BTreeMap<String, T>,
    request: &PageRequest,
    noun: &str,
    filter: Option<&dyn Fn(&T) -> bool>,
) -> Result<Page<T>, Problem> {
    let start = match &request.starting_after {
        Some(cursor) if !map.contains_key(cursor) => {
            return Err(unknown_cursor(request, noun, cursor));
        }
        Some(cursor) => Bound::Excluded(cursor.as_str()),
        None => Bound::Unbounded,
    };
    let total = match filter {
        None => map.len(),
        Some(f) => map.values().filter(|v| f(v)).count(),
    };
    let after = map
        .range::<str, _>((start, Bound::Unbounded))
        .map(|(_, v)| v);
    Ok(take_page(after, filter, request.limit, total))
}

/// A page of the items of `map` whose ids are in `ids` (id order) and pass
/// `filter`. The cursor must be one of `ids`.
pub(crate) fn page_ids<T: Clone>(
    ids: &BTreeSet<String>,
    map: &BTreeMap<String, T>,
    request: &PageRequest,
    noun: &str,
    filter: Option<&dyn Fn(&T) -> bool>,
) -> Result<Page<T>, Problem> {
    let start = match &request.starting_after {
        Some(cursor) if !ids.contains(cursor) => return Err(unknown_cursor(request, noun, cursor)),
        Some(cursor) => Bound::Excluded(cursor.as_str()),
        None => Bound::Unbounded,
    };
    let total = match filter {
        None => ids.len(),
        Some(f) => ids
            .iter()
            .filter_map(|id| map.get(id))
            .filter(|v| f(v))
            .count(),
    };
    let after = ids
        .range::<str, _>((start, Bound::Unbounded))
        .filter_map(|id| map.get(id));
    Ok(take_page(after, filter, request.limit, total))
}

/// A page of `items`, in their order, identified by `id`.
pub(crate) fn page_vec<T: Clone>(
    items: &[&T],
    id: impl Fn(&T) -> &str,
    request: &PageRequest,
    noun: &str,
) -> Result<Page<T>, Problem> {
    let skip = match &request.starting_after {
        Some(cursor) => match items.iter().position(|t| id(t) == cursor) {
            Some(p) => p + 1,
            None => return Err(unknown_cursor(request, noun, cursor)),
        },
        None => 0,
    };
    Ok(take_page(
        items.iter().skip(skip).copied(),
        None,
        request.limit,
        items.len(),
    ))
}

fn take_page<'a, T: Clone + 'a>(
    after: impl Iterator<Item = &'a T>,
    filter: Option<&dyn Fn(&T) -> bool>,
    limit: usize,
    total: usize,
) -> Page<T> {
    let mut items = Vec::new();
    let mut has_more = false;
    for item in after.filter(|v| filter.is_none_or(|f| f(v))) {
        if items.len() == limit {
            has_more = true;
            break;
        }
        items.push(item.clone());
    }
    Page {
        items,
        has_more,
        total,
    }
}

/// The last four characters of a string of digits.
pub(crate) fn last4(digits: &str) -> String {
    digits
        .get(digits.len().saturating_sub(4)..)
        .unwrap_or_default()
        .to_owned()
}

/// `now` at millisecond precision, or 1 ms after `previous` if the clock has
/// not moved past it: `updated_at` strictly advances even within one
/// millisecond or under a clock step backwards.
pub(crate) fn next_timestamp(previous: Option<DateTime<Utc>>, now: DateTime<Utc>) -> DateTime<Utc> {
    let now = truncate_to_millis(now);
    match previous {
        Some(prev) if now <= prev => prev + ChronoDuration::milliseconds(1),
        _ => now,
    }
}

/// A time at millisecond precision (what the API's timestamps carry).
pub(crate) fn truncate_to_millis(t: DateTime<Utc>) -> DateTime<Utc> {
    Utc.timestamp_millis_opt(t.timestamp_millis())
        .single()
        .unwrap_or(t)
}

/// Days in `month` (1-12) of `year`, proleptic Gregorian; 31 for a bad month.
pub(crate) fn days_in_month(year: i64, month: u32) -> u32 {
    let Ok(year) = i32::try_from(year) else {
        return 31;
    };
    let (next_year, next_month) = if month >= 12 {
        (year + 1, 1)
    } else {
        (year, month + 1)
    };
    match (
        chrono::NaiveDate::from_ymd_opt(year, month, 1),
        chrono::NaiveDate::from_ymd_opt(next_year, next_month, 1),
    ) {
        (Some(this), Some(next)) => u32::try_from((next - this).num_days()).unwrap_or(31),
        _ => 31,
    }
}

/// The current year, for date-of-birth checks.
pub(crate) fn current_year() -> i64 {
    i64::from(Utc::now().year())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn days_in_month_knows_leap_years() {
        assert_eq!(days_in_month(2024, 2), 29);
        assert_eq!(days_in_month(2023, 2), 28);
        assert_eq!(days_in_month(1900, 2), 28);
        assert_eq!(days_in_month(2000, 2), 29);
        assert_eq!(days_in_month(2023, 12), 31);
        assert_eq!(days_in_month(2023, 4), 30);
    }

    #[test]
    fn timestamps_strictly_advance() {
        let t = Utc.with_ymd_and_hms(2025, 1, 1, 0, 0, 0).single().unwrap();
        assert_eq!(next_timestamp(None, t), t);
        assert_eq!(
            next_timestamp(Some(t), t),
            t + ChronoDuration::milliseconds(1)
        );
        let later = t + ChronoDuration::seconds(5);
        assert_eq!(next_timestamp(Some(t), later), later);
        let earlier = t - ChronoDuration::seconds(5);
        assert_eq!(
            next_timestamp(Some(t), earlier),
            t + ChronoDuration::milliseconds(1)
        );
    }

    fn request(limit: usize, after: Option<&str>) -> PageRequest {
        PageRequest {
            limit,
            starting_after: after.map(str::to_owned),
            cursor_name: "starting_after".into(),
        }
    }

    #[test]
    fn pages_walk_without_gaps_and_check_the_cursor() {
        let map: BTreeMap<String, u32> = (0..7).map(|i| (format!("id{i}"), i)).collect();
        let even = |v: &u32| v.is_multiple_of(2);
        let p = page_map(&map, &request(2, None), "thing", Some(&even)).unwrap();
        assert_eq!(
            (p.items.clone(), p.has_more, p.total),
            (vec![0, 2], true, 4)
        );
        let p = page_map(&map, &request(2, Some("id2")), "thing", Some(&even)).unwrap();
        assert_eq!((p.items, p.has_more), (vec![4, 6], false));
        // A cursor that no longer passes the filter still works.
        let p = page_map(&map, &request(2, Some("id3")), "thing", Some(&even)).unwrap();
        assert_eq!(p.items, vec![4, 6]);
        assert!(page_map(&map, &request(2, Some("nope")), "thing", None).is_err());
        let pairs: Vec<(String, u32)> = map.clone().into_iter().rev().collect();
        let items: Vec<&(String, u32)> = pairs.iter().collect();
        let p = page_vec(&items, |p| p.0.as_str(), &request(3, Some("id5")), "thing").unwrap();
        assert_eq!(
            p.items.iter().map(|p| p.1).collect::<Vec<_>>(),
            vec![4, 3, 2]
        );
        assert!(p.has_more);
        assert!(page_vec(&items, |p| p.0.as_str(), &request(3, Some("x")), "thing").is_err());
    }
}
