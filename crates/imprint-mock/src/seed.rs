//! Deterministic seed data: customers and everything that belongs to them.
//!
//! Every value is a fixed function of the seed and the customer's position:
//! customer `i` and its related objects are drawn from their own
//! [`SplitMix64`] streams, so they do not depend on how many customers are
//! generated, and the same `(seed, count)` gives the same data in every
//! version of this crate.

use std::collections::{BTreeMap, HashMap, HashSet};

use chrono::{DateTime, Duration as ChronoDuration, TimeZone, Utc};
use imprint_raw::open_enums::{
    CardType, CustomerProgramStatus, OrderEventBaseType, PaymentMethodBankAccountAccountType,
    PaymentMethodCardNetwork, PaymentMethodLoanLoanStatus, PaymentMethodStatus,
    PaymentMethodTokenType, PaymentMethodType, RewardStatus, RewardType, TransactionIntentStatus,
    TransactionStatus,
};
use imprint_raw::support::Sensitive;
use imprint_raw::types::{
    Address, CardDesignId, CurrencyAmount, Customer, DateOfBirth, Merchant, Order, OrderBase,
    OrderEvent, OrderEventBase, OrderLine, PaymentMethod, PaymentMethodBankAccount,
    PaymentMethodCard, PaymentMethodCardPciDetails, PaymentMethodLoan, PaymentMethodToken, Reward,
    RewardCurrency, Transaction, TransactionCurrency, TransactionIntent,
};
use serde_json::{Map, Value};

use crate::rng::{SplitMix64, mix};
use crate::store::{StoredCustomer, StoredTransaction, days_in_month, last4, uuid_like};

/// Everything a server seeded with `(seed, count)` starts with; see
/// [`generate_seed_data`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct SeedData {
    /// The customers, in id order (as [`generate_customers`] gives them).
    pub customers: Vec<StoredCustomer>,
    /// 1 to 3 per customer, in id order.
    pub payment_methods: Vec<PaymentMethod>,
    /// 0 to 2 per customer, in id order.
    pub transaction_intents: Vec<TransactionIntent>,
    /// 0 to 3 per customer, in id order.
    pub transactions: Vec<StoredTransaction>,
    /// 1 to 4 per customer, in id order.
    pub rewards: Vec<Reward>,
    /// 0 or 1 per customer, in id order.
    pub orders: Vec<Order>,
    /// 0 or 1 per order, in `order_event_id` order.
    pub order_events: Vec<OrderEvent>,
}

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

/// The customers of [`generate_customers`] and everything that belongs to
/// them. Each customer `i` brings, from its own random stream (so nothing
/// depends on `count`):
///
/// - **payment methods** (1 to 3): the first is always a `CARD` (network
///   `VISA`, `MASTERCARD` or `AMEX`, `last4`, `exp_month` `MM`, `exp_year`
///   `YYYY`, `card_type`, sometimes a design id and a wallet token, and
///   `pci_details` with a Luhn-valid `pan` whose last four digits are
///   `last4`, a `cvv` (4 digits for AMEX) and the expiry); the others are
///   cards, `BANK_ACCOUNT`s (`last4`, a checksum-valid ABA
///   `routing_number`, `bank_name`, `account_type`) or `LOAN`s. 9 in 10 are
///   `ACTIVE`.
/// - **transaction intents** (0 to 2) on the first card, mostly `CONFIRMED`.
/// - **transactions** (0 to 3) on the customer's cards, in any status, each
///   with one or two event ids; the first may share its
///   `network_transaction_id` with an intent (and then has `intent_id`).
/// - **rewards** (1 to 4) of every type and status, in `POINTS`; a
///   `TRANSACTION` reward carries the `transaction_event_id` of one of the
///   customer's transaction events.
/// - an **order** (half of the customers) on the first card, whose lines
///   add up to its totals, and for most orders a `CAPTURED` **order event**.
///
/// Every timestamp lies between the customer's `created_at` and the end of
/// 2025, `created_at <= updated_at`. Ids are a prefix (`PYMT-`, `TXIN-`,
/// `TXN-`, `RWRD-`, `ORDR-`, `OEVT-`) and 32 upper-case hex digits.
///
/// ```
/// let data = imprint_mock::generate_seed_data(7, 5);
/// assert_eq!(data, imprint_mock::generate_seed_data(7, 5));
/// assert_eq!(data.customers, imprint_mock::generate_customers(7, 5));
/// assert!(data.payment_methods.len() >= 5);
/// ```
pub fn generate_seed_data(seed: u64, count: usize) -> SeedData {
    let customers = generate_customers(seed, count);
    let mut by_index: Vec<(usize, &StoredCustomer)> = customers
        .iter()
        .filter_map(|c| partner_index(c).map(|i| (i, c)))
        .collect();
    by_index.sort_by_key(|(i, _)| *i);
    let mut data = SeedData::default();
    for (index, customer) in by_index {
        related(seed, index, customer, &mut data);
    }
    data.payment_methods.sort_by(|a, b| a.id.cmp(&b.id));
    data.transaction_intents.sort_by(|a, b| a.id.cmp(&b.id));
    data.transactions
        .sort_by(|a, b| a.transaction.id.cmp(&b.transaction.id));
    data.rewards.sort_by(|a, b| a.id.cmp(&b.id));
    data.orders.sort_by(|a, b| a.0.id.cmp(&b.0.id));
    data.order_events
        .sort_by(|a, b| a.0.order_event_id.cmp(&b.0.order_event_id));
    data.customers = customers;
    data
}

/// The position `i` of a seeded customer, from its `PARTNER_USER_<i+1>`.
fn partner_index(c: &StoredCustomer) -> Option<usize> {
    c.customer
        .partner_customer_id
        .as_ref()?
        .0
        .strip_prefix("PARTNER_USER_")?
        .parse::<usize>()
        .ok()?
        .checked_sub(1)
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
        customer_metadata: HashMap::new(),
    }
}

/// The stream of customer `index`'s related objects (independent of its
/// customer stream, so the customers stay what they always were).
fn related_rng(seed: u64, index: usize) -> SplitMix64 {
    SplitMix64::derive(mix(seed ^ 0x5EED_0F0B_1EC7_0005), index as u64)
}

/// The end of the seeded time range.
fn seed_end() -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2025, 12, 31, 0, 0, 0)
        .single()
        .unwrap_or_default()
}

/// A time in `from..=seed_end()` at millisecond precision.
fn time_after(rng: &mut SplitMix64, from: DateTime<Utc>) -> DateTime<Utc> {
    let span = (seed_end() - from).num_milliseconds().max(0) as u64;
    from + ChronoDuration::milliseconds(rng.range(0, span) as i64)
}

/// `created_at <= updated_at`, both after `from`.
fn times(rng: &mut SplitMix64, from: DateTime<Utc>) -> (DateTime<Utc>, DateTime<Utc>) {
    let created = time_after(rng, from);
    (created, time_after(rng, created))
}

fn digits(rng: &mut SplitMix64, n: usize) -> String {
    (0..n)
        .map(|_| char::from(b'0' + rng.range(0, 9) as u8))
        .collect()
}

fn hex(rng: &mut SplitMix64, n: usize) -> String {
    (0..n)
        .map(|_| char::from(b"0123456789abcdef"[rng.range(0, 15) as usize]))
        .collect()
}

/// The Luhn check digit of `body` (the digits before it).
pub(crate) fn luhn_check_digit(body: &str) -> char {
    let sum: u32 = body
        .bytes()
        .rev()
        .enumerate()
        .map(|(i, b)| {
            let d = u32::from(b - b'0');
            if i % 2 == 0 {
                let doubled = d * 2;
                if doubled > 9 { doubled - 9 } else { doubled }
            } else {
                d
            }
        })
        .sum();
    char::from(b'0' + ((10 - sum % 10) % 10) as u8)
}

/// True if `pan` passes the Luhn check.
#[cfg(test)]
pub(crate) fn luhn_valid(pan: &str) -> bool {
    match pan.len().checked_sub(1) {
        Some(n) if n > 0 && pan.bytes().all(|b| b.is_ascii_digit()) => {
            luhn_check_digit(&pan[..n]) == char::from(pan.as_bytes()[n])
        }
        _ => false,
    }
}

/// An ABA routing number: 8 digits and the checksum digit.
fn routing_number(rng: &mut SplitMix64) -> String {
    let body: Vec<u32> = (0..8).map(|_| rng.range(0, 9) as u32).collect();
    let weights = [3, 7, 1, 3, 7, 1, 3, 7];
    let sum: u32 = body.iter().zip(weights).map(|(d, w)| d * w).sum();
    let check = (10 - sum % 10) % 10;
    body.iter()
        .chain(std::iter::once(&check))
        .map(|d| char::from(b'0' + *d as u8))
        .collect()
}

/// (network, PAN) of a new card.
fn card_number(rng: &mut SplitMix64) -> (PaymentMethodCardNetwork, String) {
    let (network, prefix, len) = match rng.range(0, 9) {
        0..=4 => (PaymentMethodCardNetwork::Visa, "4".to_owned(), 16),
        5..=7 => (
            PaymentMethodCardNetwork::Mastercard,
            format!("5{}", rng.range(1, 5)),
            16,
        ),
        _ => (
            PaymentMethodCardNetwork::Amex,
            if rng.chance(0.5) { "34" } else { "37" }.to_owned(),
            15,
        ),
    };
    let body = format!("{prefix}{}", digits(rng, len - 1 - prefix.len()));
    let check = luhn_check_digit(&body);
    (network, format!("{body}{check}"))
}

fn metadata() -> Map<String, Value> {
    let mut m = Map::new();
    m.insert("source".into(), Value::from("imprint-mock"));
    m
}

const BANKS: &[&str] = &[
    "Wells Fargo",
    "Chase",
    "Bank of America",
    "Citibank",
    "US Bank",
    "Capital One",
];

/// (name, category, category code)
const MERCHANTS: &[(&str, &str, &str)] = &[
    ("Target", "Grocery Stores", "5411"),
    ("Whole Foods", "Grocery Stores", "5411"),
    ("Shell", "Service Stations", "5541"),
    ("Delta Air Lines", "Airlines", "3058"),
    ("Blue Bottle Coffee", "Eating Places", "5814"),
    ("Rest Assured", "Furniture Stores", "5712"),
    ("Amazon", "Catalog Merchants", "5964"),
];

const PRODUCTS: &[&str] = &[
    "Couch Supreme",
    "Desk Lamp",
    "Wool Throw",
    "Oak Side Table",
    "Reading Chair",
];

/// A card; `None` only if a four-digit `last4` were refused (it is not).
fn card(
    rng: &mut SplitMix64,
    created: DateTime<Utc>,
    updated: DateTime<Utc>,
) -> Option<PaymentMethodCard> {
    let (network, pan) = card_number(rng);
    let amex = network == PaymentMethodCardNetwork::Amex;
    let exp_month = format!("{:02}", rng.range(1, 12));
    let exp_year = rng.range(2026, 2031);
    let cvv = digits(rng, if amex { 4 } else { 3 });
    let card_type = match rng.range(0, 9) {
        0..=5 => CardType::Virtual,
        6..=8 => CardType::Physical,
        _ => CardType::Unified,
    };
    let card_design_id = rng.chance(0.5).then(|| {
        CardDesignId(format!(
            "{}-{}-{}-{}-{}",
            hex(rng, 8),
            hex(rng, 4),
            hex(rng, 4),
            hex(rng, 4),
            hex(rng, 12)
        ))
    });
    let tokens = if rng.chance(0.3) {
        let kind = match rng.range(0, 3) {
            0 => PaymentMethodTokenType::AppleWallet,
            1 => PaymentMethodTokenType::Adyen,
            2 => PaymentMethodTokenType::Cybersource,
            _ => PaymentMethodTokenType::Worldpay,
        };
        vec![PaymentMethodToken {
            created_at: created,
            pan_reference_id: rng.chance(0.5).then(|| format!("panref_{}", hex(rng, 16))),
            token: format!("tok_{}", hex(rng, 24)),
            type_: kind,
            updated_at: updated,
        }]
    } else {
        Vec::new()
    };
    Some(PaymentMethodCard {
        card_design_id,
        card_type: Some(card_type),
        exp_month: Some(exp_month.clone()),
        exp_year: Some(exp_year.to_string()),
        last4: last4(&pan).parse().ok()?,
        network: Some(network),
        pci_details: Some(Sensitive::new(PaymentMethodCardPciDetails {
            cvv: Some(cvv),
            exp_month: Some(exp_month),
            exp_year: Some(format!("{:02}", exp_year % 100)),
            pan: Some(pan),
        })),
        tokens,
    })
}

fn payment_method(
    rng: &mut SplitMix64,
    customer: &Customer,
    kind: PaymentMethodType,
    from: DateTime<Utc>,
) -> Option<PaymentMethod> {
    let id = uuid_like("PYMT-", rng);
    let (created, updated) = times(rng, from);
    let status = match rng.range(0, 19) {
        0 => PaymentMethodStatus::Inactive,
        1 => PaymentMethodStatus::Canceled,
        _ => PaymentMethodStatus::Active,
    };
    let mut pm = PaymentMethod {
        bank_account: None,
        card: None,
        created_at: created,
        customer_id: customer.id.clone(),
        id,
        loan: None,
        metadata: metadata(),
        status,
        type_: kind.clone(),
        updated_at: Some(updated),
    };
    match kind {
        PaymentMethodType::BankAccount => {
            let account = digits(rng, 10);
            pm.bank_account = Some(PaymentMethodBankAccount {
                account_type: Some(if rng.chance(0.7) {
                    PaymentMethodBankAccountAccountType::Checking
                } else {
                    PaymentMethodBankAccountAccountType::Savings
                }),
                bank_name: (*rng.pick(BANKS)).to_owned(),
                last4: last4(&account).parse().ok()?,
                routing_number: Sensitive::new(routing_number(rng)),
            });
        }
        PaymentMethodType::Loan => {
            let amount = (rng.range(1_000, 20_000) * 100) as i64;
            pm.loan = Some(PaymentMethodLoan {
                amount,
                apr: Some(format!("{}.{:02}", rng.range(3, 24), rng.range(0, 99))),
                currency: Some(TransactionCurrency("USD".into())),
                loan_status: Some(match rng.range(0, 9) {
                    0 => PaymentMethodLoanLoanStatus::Pending,
                    1 => PaymentMethodLoanLoanStatus::Closed,
                    2 => PaymentMethodLoanLoanStatus::Approved,
                    _ => PaymentMethodLoanLoanStatus::Active,
                }),
                remaining_balance: Some(amount - (rng.range(0, amount as u64 / 100) as i64) * 100),
                term_months: *rng.pick(&[6, 12, 24, 36]),
            });
        }
        _ => pm.card = Some(card(rng, created, updated)?),
    }
    Some(pm)
}

fn merchant(rng: &mut SplitMix64) -> Merchant {
    let (name, category, code) = *rng.pick(MERCHANTS);
    Merchant {
        address: None,
        category: Some(category.to_owned()),
        category_code: Some(code.to_owned()),
        name: Some(name.to_owned()),
        network_id: Some(digits(rng, 12)),
    }
}

fn related(seed: u64, index: usize, stored: &StoredCustomer, data: &mut SeedData) {
    let mut rng = related_rng(seed, index);
    let rng = &mut rng;
    let customer = &stored.customer;
    let from = customer.created_at.unwrap_or_else(seed_end);

    // Payment methods: a card first, then cards, bank accounts or loans.
    let count = rng.range(1, 3);
    let mut cards = Vec::new();
    for n in 0..count {
        let kind = match (n, rng.range(0, 9)) {
            (0, _) | (_, 0..=2) => PaymentMethodType::Card,
            (_, 3..=6) => PaymentMethodType::BankAccount,
            _ => PaymentMethodType::Loan,
        };
        let Some(pm) = payment_method(rng, customer, kind, from) else {
            continue;
        };
        if pm.card.is_some() {
            cards.push(pm.id.clone());
        }
        data.payment_methods.push(pm);
    }
    let first_card = cards.first().cloned().unwrap_or_default();

    // Transaction intents on the first card.
    let mut intents = Vec::new();
    for _ in 0..rng.range(0, 2) {
        let (created, updated) = times(rng, from);
        let intent = TransactionIntent {
            amount: rng.range(500, 50_000) as i64,
            created_at: created,
            currency: TransactionCurrency("USD".into()),
            customer_id: customer.id.clone(),
            id: uuid_like("TXIN-", rng),
            metadata: metadata(),
            network_transaction_id: Some(format!("ntx-{}", digits(rng, 12))),
            partner_transaction_id: rng.chance(0.5).then(|| format!("ptx-{}", hex(rng, 12))),
            payment_method_id: Some(first_card.clone()),
            status: if rng.chance(0.8) {
                TransactionIntentStatus::Confirmed
            } else {
                TransactionIntentStatus::Canceled
            },
            updated_at: Some(updated),
        };
        intents.push(intent.clone());
        data.transaction_intents.push(intent);
    }

    // Transactions on the customer's cards.
    let mut event_ids = Vec::new();
    let transactions = if cards.is_empty() { 0 } else { rng.range(0, 3) };
    for n in 0..transactions {
        let (created, updated) = times(rng, from);
        let matched = (n == 0 && rng.chance(0.5))
            .then(|| intents.first())
            .flatten();
        let status = match rng.range(0, 9) {
            0..=2 => TransactionStatus::Captured,
            3..=5 => TransactionStatus::Approved,
            6 => TransactionStatus::Updated,
            7 => TransactionStatus::Refunded,
            _ => TransactionStatus::Voided,
        };
        let events: Vec<String> = (0..rng.range(1, 2))
            .map(|_| uuid_like("EVT-", rng))
            .collect();
        event_ids.extend(events.iter().cloned());
        let transaction = Transaction {
            amount: matched.map_or_else(|| rng.range(100, 100_000) as i64, |i| i.amount),
            authorization_code: Some(digits(rng, 6)),
            created_at: created,
            currency: TransactionCurrency("USD".into()),
            customer_id: customer.id.clone(),
            id: uuid_like("TXN-", rng),
            intent_id: matched.map(|i| i.id.clone()),
            merchant: Some(merchant(rng)),
            metadata: metadata(),
            network_transaction_id: matched
                .and_then(|i| i.network_transaction_id.clone())
                .unwrap_or_else(|| format!("ntx-{}", digits(rng, 12))),
            partner_transaction_id: None,
            payment_method_id: rng.pick(&cards).clone(),
            purchase_method: None,
            status,
            updated_at: Some(updated),
        };
        data.transactions.push(StoredTransaction {
            transaction,
            purchase_method: None,
            event_ids: events,
        });
    }

    // Rewards of every type and status.
    for _ in 0..rng.range(1, 4) {
        let (created, updated) = times(rng, from);
        let mut kind = match rng.range(0, 4) {
            0 => RewardType::Transaction,
            1 => RewardType::Offer,
            2 => RewardType::OneTime,
            3 => RewardType::Statement,
            _ => RewardType::Referral,
        };
        if kind == RewardType::Transaction && event_ids.is_empty() {
            kind = RewardType::OneTime;
        }
        let status = match rng.range(0, 9) {
            0..=3 => RewardStatus::Available,
            4..=6 => RewardStatus::Pending,
            7 => RewardStatus::PendingDeduction,
            _ => RewardStatus::Deducted,
        };
        let transaction_event_id =
            (kind == RewardType::Transaction).then(|| rng.pick(&event_ids).clone());
        data.rewards.push(Reward {
            amount: rng.range(50, 5_000) as i64,
            created_at: created,
            currency: Some(RewardCurrency("POINTS".into())),
            customer_id: customer.id.clone(),
            id: uuid_like("RWRD-", rng),
            metadata: metadata(),
            status,
            transaction_event_id,
            type_: kind,
            updated_at: Some(updated),
        });
    }

    // An order, and its capture.
    if rng.chance(0.5) {
        let (created, updated) = times(rng, from);
        let lines: Vec<OrderLine> = (0..rng.range(1, 2))
            .map(|_| {
                let rate = rng.range(500, 50_000) as i64;
                OrderLine {
                    name: (*rng.pick(PRODUCTS)).to_owned(),
                    product_url: None,
                    quantity: rng.range(1, 3) as i64,
                    rate: CurrencyAmount(rate),
                    rewards_rate: CurrencyAmount(rate / 100),
                }
            })
            .collect();
        let total: i64 = lines.iter().map(|l| l.rate.0 * l.quantity).sum();
        let rewards: i64 = lines.iter().map(|l| l.rewards_rate.0 * l.quantity).sum();
        let order_id = uuid_like("ORDR-", rng);
        let (merchant_name, _, _) = *rng.pick(MERCHANTS);
        let order = OrderBase {
            created_at: Some(created),
            currency: Some("USD".into()),
            customer_id: Some(customer.id.clone()),
            id: Some(order_id.clone()),
            merchant_address: Vec::new(),
            merchant_id: Some(format!("m-{}", digits(rng, 9))),
            merchant_name: Some(merchant_name.to_owned()),
            order_lines: lines.clone(),
            partner_order_id: format!("o-{}", hex(rng, 20)),
            payment_method_id: first_card.clone(),
            total_order_amount: CurrencyAmount(total),
            total_rewards_amount: Some(CurrencyAmount(rewards)),
            updated_at: Some(updated),
        };
        data.orders.push(Order(order));
        if rng.chance(0.7) {
            data.order_events.push(OrderEvent(OrderEventBase {
                amount: CurrencyAmount(total),
                currency: Some("USD".into()),
                network_transaction_id: format!("ntx-{}", digits(rng, 12)),
                order_event_id: Some(uuid_like("OEVT-", rng)),
                order_id,
                order_lines: lines,
                partner_event_id: Some(format!("e-{}", hex(rng, 16))),
                rewards_amount: Some(CurrencyAmount(rewards)),
                type_: OrderEventBaseType::Captured,
            }));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn luhn() {
        assert!(luhn_valid("4111111111111111"));
        assert!(luhn_valid("5105105105105100"));
        assert!(luhn_valid("378282246310005"));
        assert!(!luhn_valid("4111111111111112"));
        assert!(!luhn_valid("4"));
        assert_eq!(luhn_check_digit("411111111111111"), '1');
    }

    #[test]
    fn customer_i_does_not_depend_on_count() {
        let small = generate_seed_data(3, 5);
        let large = generate_seed_data(3, 50);
        for c in &small.customers {
            assert!(large.customers.contains(c));
        }
        for pm in &small.payment_methods {
            assert!(large.payment_methods.contains(pm));
        }
        for r in &small.rewards {
            assert!(large.rewards.contains(r));
        }
        assert_ne!(generate_customers(4, 5), small.customers);
    }

    #[test]
    fn seeded_values_have_the_documented_shapes() {
        let data = generate_seed_data(11, 200);
        for stored in &data.customers {
            let c = &stored.customer;
            let ssn = stored.ssn.as_ref().unwrap().expose();
            assert!(crate::validate::is_ssn(ssn));
            assert_eq!(c.ssn4.as_ref().unwrap().expose(), &ssn[5..]);
            let phone = c.phone.as_deref().unwrap();
            assert!(crate::validate::is_e164(phone));
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
        for pm in &data.payment_methods {
            if let Some(card) = &pm.card {
                let pci = card.pci_details.as_ref().unwrap().expose();
                let pan = pci.pan.as_deref().unwrap();
                assert!(luhn_valid(pan), "{pan}");
                assert!(pan.ends_with(card.last4.as_str()));
                assert_eq!(card.exp_month.as_deref().unwrap().len(), 2);
                assert_eq!(card.exp_year.as_deref().unwrap().len(), 4);
            }
            if let Some(bank) = &pm.bank_account {
                let r: Vec<u32> = bank
                    .routing_number
                    .expose()
                    .chars()
                    .filter_map(|c| c.to_digit(10))
                    .collect();
                assert_eq!(r.len(), 9);
                let sum = 3 * (r[0] + r[3] + r[6]) + 7 * (r[1] + r[4] + r[7]) + r[2] + r[5] + r[8];
                assert_eq!(sum % 10, 0);
            }
        }
        let per_customer = |id: &str| {
            data.payment_methods
                .iter()
                .filter(|p| p.customer_id == id)
                .count()
        };
        assert!(
            data.customers
                .iter()
                .all(|c| (1..=3).contains(&per_customer(c.id())))
        );
        for o in &data.orders {
            let sum: i64 = o.0.order_lines.iter().map(|l| l.rate.0 * l.quantity).sum();
            assert_eq!(sum, o.0.total_order_amount.0);
        }
    }
}
