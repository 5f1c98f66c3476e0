//! The in-memory customer store and its deterministic seed data.

use std::collections::{BTreeMap, HashMap, HashSet};
use std::ops::Bound;

use chrono::{DateTime, Datelike, Duration as ChronoDuration, TimeZone, Utc};
use imprint_raw::open_enums::CustomerProgramStatus;
use imprint_raw::support::Sensitive;
use imprint_raw::types::{
    Address, Customer, CustomerAccountHistory, CustomerUpdateRequest, DateOfBirth,
};
use serde_json::{Map, Value};

use crate::error::MockError;
use crate::rng::SplitMix64;

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
    /// The last `customer_history` sent with `updateCustomer` (replaced as a
    /// whole by each update that carries one). Never part of any response.
    pub customer_history: Option<CustomerAccountHistory>,
}

impl StoredCustomer {
    /// Wraps a customer with no SSN and no history.
    pub fn new(customer: Customer) -> Self {
        Self {
            customer,
            ssn: None,
            customer_history: None,
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

/// True for exactly nine ASCII digits.
pub(crate) fn is_ssn(s: &str) -> bool {
    s.len() == 9 && s.bytes().all(|b| b.is_ascii_digit())
}

/// The last four characters of an SSN already checked by [`is_ssn`].
fn last4(ssn: &str) -> String {
    ssn.get(ssn.len().saturating_sub(4)..)
        .unwrap_or_default()
        .to_owned()
}

/// The search filters of `searchCustomersPost`, already validated.
#[derive(Clone, Debug, Default)]
pub(crate) struct SearchQuery {
    pub(crate) partner_customer_id: Option<String>,
    pub(crate) ssn: Option<String>,
    pub(crate) dob_year: Option<i64>,
    pub(crate) dob_month: Option<u64>,
    pub(crate) dob_day: Option<u64>,
    pub(crate) limit: usize,
    pub(crate) starting_after: Option<String>,
}

/// One page of a search.
#[derive(Debug)]
pub(crate) struct Page {
    pub(crate) data: Vec<Customer>,
    pub(crate) has_more: bool,
    pub(crate) total: usize,
}

/// Why a search failed.
#[derive(Debug)]
pub(crate) enum SearchError {
    UnknownCursor(String),
}

/// Customers by id. A `BTreeMap` gives the stable id order pagination uses;
/// updates never change an id, so concurrent updates never move a customer.
#[derive(Debug, Default)]
pub(crate) struct Store {
    customers: BTreeMap<String, StoredCustomer>,
}

impl Store {
    pub(crate) fn seeded(seed: u64, count: usize) -> Self {
        let mut store = Self::default();
        for customer in generate_customers(seed, count) {
            store
                .customers
                .insert(customer.customer.id.clone(), customer);
        }
        store
    }

    pub(crate) fn len(&self) -> usize {
        self.customers.len()
    }

    pub(crate) fn get(&self, id: &str) -> Option<&StoredCustomer> {
        self.customers.get(id)
    }

    pub(crate) fn all(&self) -> Vec<StoredCustomer> {
        self.customers.values().cloned().collect()
    }

    /// Inserts or replaces; returns the replaced customer.
    pub(crate) fn insert(
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

    pub(crate) fn search(&self, query: &SearchQuery) -> Result<Page, SearchError> {
        let start = match &query.starting_after {
            Some(cursor) => {
                if !self.customers.contains_key(cursor) {
                    return Err(SearchError::UnknownCursor(cursor.clone()));
                }
                Bound::Excluded(cursor.as_str())
            }
            None => Bound::Unbounded,
        };
        // Without filters every customer matches: no need to scan the store
        // on every page (this dominated paging through large stores).
        let unfiltered = query.partner_customer_id.is_none()
            && query.ssn.is_none()
            && query.dob_year.is_none()
            && query.dob_month.is_none()
            && query.dob_day.is_none();
        let total = if unfiltered {
            self.customers.len()
        } else {
            self.customers
                .values()
                .filter(|c| matches(c, query))
                .count()
        };
        let mut data = Vec::new();
        let mut has_more = false;
        for customer in self
            .customers
            .range::<str, _>((start, Bound::Unbounded))
            .map(|(_, c)| c)
            .filter(|c| matches(c, query))
        {
            if data.len() == query.limit {
                has_more = true;
                break;
            }
            data.push(customer.customer.clone());
        }
        Ok(Page {
            data,
            has_more,
            total,
        })
    }

    /// Applies a partial update atomically; `None` for an unknown id.
    pub(crate) fn update(
        &mut self,
        id: &str,
        request: CustomerUpdateRequest,
        now: DateTime<Utc>,
    ) -> Option<Customer> {
        let stored = self.customers.get_mut(id)?;
        apply_update(stored, request, now);
        Some(stored.customer.clone())
    }
}

fn matches(stored: &StoredCustomer, query: &SearchQuery) -> bool {
    let customer = &stored.customer;
    if let Some(partner) = &query.partner_customer_id
        && customer.partner_customer_id.as_ref().map(|p| p.0.as_str()) != Some(partner.as_str())
    {
        return false;
    }
    if let Some(ssn) = &query.ssn
        && stored.ssn.as_ref().map(|s| s.expose().as_str()) != Some(ssn.as_str())
    {
        return false;
    }
    if query.dob_year.is_some() || query.dob_month.is_some() || query.dob_day.is_some() {
        let Some(dob) = customer.date_of_birth.as_ref().map(|d| d.expose()) else {
            return false;
        };
        if query.dob_year.is_some() && dob.year != query.dob_year {
            return false;
        }
        if query.dob_month.is_some() && dob.month.map(|m| m.get()) != query.dob_month {
            return false;
        }
        if query.dob_day.is_some() && dob.day.map(|d| d.get()) != query.dob_day {
            return false;
        }
    }
    true
}

/// The update semantics documented on the crate: fields the body leaves out
/// are kept; the flat address fields update `address` (country unchanged);
/// `customer_history` replaces the stored one; `metadata` is merged key by
/// key, a `null` value removing the key; `updated_at` strictly advances.
fn apply_update(stored: &mut StoredCustomer, request: CustomerUpdateRequest, now: DateTime<Utc>) {
    let CustomerUpdateRequest {
        city,
        customer_history,
        email,
        first_name,
        last_name,
        metadata,
        phone,
        postal_code,
        preferred_language,
        state,
        street_line1,
        street_line2,
    } = request;
    let customer = &mut stored.customer;
    if let Some(v) = email {
        customer.email = Some(v);
    }
    if let Some(v) = phone {
        customer.phone = Some(String::from(v));
    }
    if let Some(v) = first_name {
        customer.first_name = Some(v);
    }
    if let Some(v) = last_name {
        customer.last_name = Some(v);
    }
    if let Some(v) = preferred_language {
        customer.preferred_language = Some(v);
    }
    let address_fields = [&street_line1, &street_line2, &city, &state, &postal_code];
    if address_fields.iter().any(|f| f.is_some()) {
        let address = customer.address.get_or_insert_with(Address::default);
        if let Some(v) = street_line1 {
            address.street_line1 = Some(v);
        }
        if let Some(v) = street_line2 {
            address.street_line2 = Some(v);
        }
        if let Some(v) = city {
            address.city = Some(v);
        }
        if let Some(v) = state {
            address.state = Some(v);
        }
        if let Some(v) = postal_code {
            address.postal_code = Some(v);
        }
    }
    if let Some(history) = customer_history {
        stored.customer_history = Some(history);
    }
    merge_metadata(&mut customer.metadata, metadata.unwrap_or_default());
    customer.updated_at = Some(next_timestamp(customer.updated_at, now));
}

fn merge_metadata(target: &mut Map<String, Value>, patch: Map<String, Value>) {
    for (key, value) in patch {
        if value.is_null() {
            target.remove(&key);
        } else {
            target.insert(key, value);
        }
    }
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

fn truncate_to_millis(t: DateTime<Utc>) -> DateTime<Utc> {
    Utc.timestamp_millis_opt(t.timestamp_millis())
        .single()
        .unwrap_or(t)
}

const FIRST_NAMES: &[&str] = &[
    "Ada", "Alan", "Amara", "Ben", "Carmen", "Chen", "Dana", "Diego", "Elena", "Emeka", "Fatima",
    "Grace", "Hana", "Ivan", "Jamal", "Julia", "Kenji", "Lena", "Liam", "Maya", "Mateo", "Nadia",
    "Noah", "Olivia", "Omar", "Priya", "Rosa", "Sam", "Sofia", "Tariq", "Uma", "Zoe",
];

const LAST_NAMES: &[&str] = &[
    "Anderson", "Brown", "Chen", "Diaz", "Evans", "Garcia", "Hughes", "Ibrahim", "Johnson", "Kim",
    "Lopez", "Martin", "Nguyen", "Okafor", "Patel", "Quinn", "Rossi", "Silva", "Singh", "Taylor",
    "Walker", "Williams", "Yamamoto", "Zhang",
];

const STREETS: &[&str] = &[
    "Main St",
    "Oak Ave",
    "Pine St",
    "Maple Dr",
    "Cedar Ln",
    "Elm St",
    "Market St",
    "Mission St",
    "Broadway",
    "Park Ave",
    "Lake Shore Dr",
    "Sunset Blvd",
    "Valencia St",
    "2nd Ave",
];

/// (city, state, postal code prefix or full code, ISO alpha-3 country, phone prefix)
const CITIES: &[(&str, &str, &str, &str, &str)] = &[
    ("San Francisco", "CA", "941", "USA", "+1415555"),
    ("New York", "NY", "100", "USA", "+1212555"),
    ("Austin", "TX", "787", "USA", "+1512555"),
    ("Seattle", "WA", "981", "USA", "+1206555"),
    ("Chicago", "IL", "606", "USA", "+1312555"),
    ("Denver", "CO", "802", "USA", "+1303555"),
    ("Boston", "MA", "021", "USA", "+1617555"),
    ("Miami", "FL", "331", "USA", "+1305555"),
    ("Portland", "OR", "972", "USA", "+1503555"),
    ("Atlanta", "GA", "303", "USA", "+1404555"),
    ("Toronto", "ON", "M5V 2T6", "CAN", "+1416555"),
    ("London", "", "SW1A 1AA", "GBR", "+44207946"),
];

const PROGRAMS: &[&str] = &["Imprint Rewards Card", "Imprint Travel Card"];

/// The customers a server seeded with `seed` and `count` starts with, in id
/// order. The same `(seed, count)` always gives the same customers, in every
/// version of this crate; customer `i` does not depend on `count`.
///
/// Each has an id `CSMR-` + uppercase hex, names, an `@example.com` email, an
/// E.164 phone, a date of birth, an address with an ISO alpha-3 country,
/// `partner_customer_id` `PARTNER_USER_<i+1>`, a full SSN (responses show
/// only `ssn4`), card-program statuses (`OPEN`/`CLOSED`), `metadata`, and
/// `created_at` <= `updated_at` in 2023-2025.
///
/// ```
/// let a = imprint_mock::generate_customers(7, 3);
/// let b = imprint_mock::generate_customers(7, 3);
/// assert_eq!(a, b);
/// assert!(a.iter().all(|c| c.id().starts_with("CSMR-")));
/// ```
pub fn generate_customers(seed: u64, count: usize) -> Vec<StoredCustomer> {
    let mut ids = HashSet::new();
    let mut ssns = HashSet::new();
    let mut out = BTreeMap::new();
    for index in 0..count {
        let mut rng = SplitMix64::derive(seed, index as u64);
        let customer = generate_one(&mut rng, index, &mut ids, &mut ssns);
        out.insert(customer.customer.id.clone(), customer);
    }
    out.into_values().collect()
}

fn generate_one(
    rng: &mut SplitMix64,
    index: usize,
    ids: &mut HashSet<String>,
    ssns: &mut HashSet<String>,
) -> StoredCustomer {
    let id = loop {
        let a = rng.next_u64();
        let b = rng.next_u64();
        let id = format!(
            "CSMR-{:08X}-{:04X}-{:04X}-{:04X}-{:012X}",
            a >> 32,
            (a >> 16) & 0xFFFF,
            a & 0xFFFF,
            b >> 48,
            b & 0xFFFF_FFFF_FFFF
        );
        if ids.insert(id.clone()) {
            break id;
        }
    };
    let ssn = loop {
        let area = rng.range(100, 665);
        let group = rng.range(1, 99);
        let serial = rng.range(1, 9999);
        let ssn = format!("{area:03}{group:02}{serial:04}");
        if ssns.insert(ssn.clone()) {
            break ssn;
        }
    };
    let first = *rng.pick(FIRST_NAMES);
    let last = *rng.pick(LAST_NAMES);
    let (city, state, postal, country, phone_prefix) = *rng.pick(CITIES);
    let postal_code = if postal.len() == 3 {
        format!("{postal}{:02}", rng.range(1, 99))
    } else {
        postal.to_owned()
    };
    let phone_digits = if phone_prefix.starts_with("+44") {
        3
    } else {
        4
    };
    let phone = if phone_digits == 3 {
        format!("{phone_prefix}{:03}", rng.range(0, 999))
    } else {
        format!("{phone_prefix}{:04}", rng.range(100, 199))
    };
    let year = rng.range(1950, 2004);
    let month = rng.range(1, 12);
    let day = rng.range(1, u64::from(days_in_month(year as i64, month as u32)));
    let street_line1 = format!("{} {}", rng.range(1, 9999), rng.pick(STREETS));
    let street_line2 = rng.chance(0.3).then(|| {
        format!(
            "Apt {}{}",
            rng.range(1, 30),
            *rng.pick(&["A", "B", "C", "D"])
        )
    });
    let mut statuses = HashMap::new();
    let open = |rng: &mut SplitMix64| {
        if rng.chance(0.8) {
            CustomerProgramStatus::Open
        } else {
            CustomerProgramStatus::Closed
        }
    };
    statuses.insert(PROGRAMS[0].to_owned(), open(rng));
    if rng.chance(0.3) {
        statuses.insert(PROGRAMS[1].to_owned(), open(rng));
    }
    let preferred_language = if rng.chance(0.85) { "en" } else { "es" };
    let mut metadata = Map::new();
    metadata.insert("source".into(), Value::from("imprint-mock"));
    metadata.insert("cohort".into(), Value::from(*rng.pick(&["A", "B", "C"])));
    let base = Utc
        .with_ymd_and_hms(2023, 1, 1, 0, 0, 0)
        .single()
        .unwrap_or_default();
    let created_at = base + ChronoDuration::milliseconds(rng.range(0, 700 * 86_400_000) as i64);
    let updated_at =
        created_at + ChronoDuration::milliseconds(rng.range(0, 100 * 86_400_000) as i64);

    let customer = Customer {
        address: Some(Address {
            city: Some(city.to_owned()),
            country: Some(country.to_owned()),
            postal_code: Some(postal_code),
            state: (!state.is_empty()).then(|| state.to_owned()),
            street_line1: Some(street_line1),
            street_line2,
        }),
        created_at: Some(created_at),
        date_of_birth: Some(Sensitive::new(DateOfBirth {
            day: std::num::NonZeroU64::new(day),
            month: std::num::NonZeroU64::new(month),
            year: Some(year as i64),
        })),
        email: Some(format!(
            "{}.{}{}@example.com",
            first.to_lowercase(),
            last.to_lowercase(),
            index + 1
        )),
        first_name: Some(first.to_owned()),
        id,
        last_name: Some(last.to_owned()),
        metadata,
        partner_customer_id: Some(format!("PARTNER_USER_{}", index + 1).into()),
        phone: Some(phone),
        preferred_language: Some(preferred_language.to_owned()),
        ssn4: Some(Sensitive::new(last4(&ssn))),
        statuses,
        updated_at: Some(updated_at),
    };
    StoredCustomer {
        customer,
        ssn: Some(Sensitive::new(ssn)),
        customer_history: None,
    }
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

    #[test]
    fn customer_i_does_not_depend_on_count() {
        let small = generate_customers(3, 5);
        let large = generate_customers(3, 50);
        for c in &small {
            assert!(large.contains(c));
        }
        assert_ne!(generate_customers(4, 5), small);
    }

    #[test]
    fn seeded_values_have_the_documented_shapes() {
        for stored in generate_customers(11, 200) {
            let c = &stored.customer;
            let ssn = stored.ssn.as_ref().unwrap().expose();
            assert!(is_ssn(ssn));
            assert_eq!(c.ssn4.as_ref().unwrap().expose(), &ssn[5..]);
            let phone = c.phone.as_deref().unwrap();
            assert!(phone.starts_with('+') && phone[1..].bytes().all(|b| b.is_ascii_digit()));
            assert!(phone.len() <= 16);
            let country = c.address.as_ref().unwrap().country.as_deref().unwrap();
            assert!(country.len() == 3 && country.bytes().all(|b| b.is_ascii_uppercase()));
            assert!(c.created_at <= c.updated_at);
            let dob = c.date_of_birth.as_ref().unwrap().expose();
            let (y, m, d) = (
                dob.year.unwrap(),
                dob.month.unwrap().get(),
                dob.day.unwrap().get(),
            );
            assert!(d <= u64::from(days_in_month(y, m as u32)));
            assert!(c.statuses.values().all(|s| !s.is_unknown()));
        }
    }
}
