//! Deterministic seed data.

mod common;

use common::Api;
use imprint_mock::{MockServer, generate_customers};
use imprint_raw::open_enums::CustomerProgramStatus;
use serde_json::json;

#[tokio::test]
async fn same_seed_and_count_give_the_same_customers() {
    let a = Api::start(MockServer::builder().seed(42).customers(30)).await;
    let b = Api::start(MockServer::builder().seed(42).customers(30)).await;
    let c = Api::start(MockServer::builder().seed(43).customers(30)).await;
    assert_eq!(a.server.customers(), b.server.customers());
    assert_eq!(a.server.customers(), generate_customers(42, 30));
    assert_ne!(a.server.customers(), c.server.customers());
    // The same over HTTP.
    let page_a = a.search(&json!({"limit": 100})).await.json;
    let page_b = b.search(&json!({"limit": 100})).await.json;
    assert_eq!(page_a, page_b);
    assert_eq!(page_a["total"], 30);
}

#[tokio::test]
async fn seeded_customers_look_like_the_spec_examples() {
    let customers = generate_customers(1, 100);
    assert_eq!(customers.len(), 100);
    let mut partner_ids: Vec<String> = customers
        .iter()
        .map(|c| c.customer.partner_customer_id.clone().unwrap().0)
        .collect();
    partner_ids.sort_by_key(|p| {
        p.trim_start_matches("PARTNER_USER_")
            .parse::<u32>()
            .unwrap()
    });
    let expected: Vec<String> = (1..=100).map(|n| format!("PARTNER_USER_{n}")).collect();
    assert_eq!(partner_ids, expected);
    let ids: Vec<&str> = customers.iter().map(|c| c.id()).collect();
    let mut sorted = ids.clone();
    sorted.sort();
    sorted.dedup();
    assert_eq!(ids, sorted, "in id order, unique");
    let email = common::component_validator("Customer");
    let mut statuses = std::collections::HashSet::new();
    for stored in &customers {
        let c = &stored.customer;
        assert!(c.id.starts_with("CSMR-"));
        assert!(
            c.id[5..]
                .chars()
                .all(|ch| ch.is_ascii_hexdigit() || ch == '-')
        );
        assert!(c.email.as_deref().unwrap().ends_with("@example.com"));
        let phone = c.phone.as_deref().unwrap();
        assert!(phone.starts_with('+') && phone[1..].chars().all(|ch| ch.is_ascii_digit()));
        assert!((8..=16).contains(&phone.len()));
        let address = c.address.as_ref().unwrap();
        let country = address.country.as_deref().unwrap();
        assert!(country.len() == 3 && country.chars().all(|ch| ch.is_ascii_uppercase()));
        assert!(
            address.street_line1.is_some()
                && address.city.is_some()
                && address.postal_code.is_some()
        );
        assert!(c.first_name.is_some() && c.last_name.is_some());
        assert!(c.created_at.unwrap() <= c.updated_at.unwrap());
        assert_eq!(stored.ssn.as_ref().unwrap().expose().len(), 9);
        statuses.extend(c.statuses.values().cloned());
        assert!(email.is_valid(&serde_json::to_value(c).unwrap()));
    }
    assert!(statuses.contains(&CustomerProgramStatus::Open));
    assert!(statuses.contains(&CustomerProgramStatus::Closed));
}

#[tokio::test]
async fn related_objects_are_deterministic_and_per_customer() {
    let a = Api::start(MockServer::builder().seed(42).customers(30)).await;
    let b = Api::start(MockServer::builder().seed(42).customers(30)).await;
    assert_eq!(a.server.payment_methods(), b.server.payment_methods());
    assert_eq!(a.server.transactions(), b.server.transactions());
    assert_eq!(
        a.server.transaction_intents(),
        b.server.transaction_intents()
    );
    assert_eq!(a.server.rewards(), b.server.rewards());
    assert_eq!(a.server.orders(), b.server.orders());
    assert_eq!(a.server.order_events(), b.server.order_events());
    let data = imprint_mock::generate_seed_data(42, 30);
    assert_eq!(a.server.payment_methods(), data.payment_methods);
    // Customer i's objects do not depend on how many customers there are.
    let more = imprint_mock::generate_seed_data(42, 60);
    for pm in &data.payment_methods {
        assert!(more.payment_methods.contains(pm));
    }
    for t in &data.transactions {
        assert!(more.transactions.contains(t));
    }
    // Everything belongs to a seeded customer, through the right links.
    let ids: std::collections::HashSet<String> =
        data.customers.iter().map(|c| c.id().to_owned()).collect();
    assert!(
        data.payment_methods
            .iter()
            .all(|p| ids.contains(&p.customer_id))
    );
    for t in &data.transactions {
        let pm = data
            .payment_methods
            .iter()
            .find(|p| p.id == t.transaction.payment_method_id)
            .unwrap();
        assert_eq!(pm.customer_id, t.transaction.customer_id);
        assert!(pm.card.is_some());
        if let Some(intent) = &t.transaction.intent_id {
            let i = data
                .transaction_intents
                .iter()
                .find(|i| &i.id == intent)
                .unwrap();
            assert_eq!(
                i.network_transaction_id.as_deref(),
                Some(t.transaction.network_transaction_id.as_str())
            );
        }
    }
    for r in data
        .rewards
        .iter()
        .filter(|r| r.transaction_event_id.is_some())
    {
        let e = r.transaction_event_id.as_ref().unwrap();
        assert!(
            data.transactions
                .iter()
                .any(|t| t.event_ids.contains(e) && t.transaction.customer_id == r.customer_id)
        );
    }
    // Another seed, other data.
    assert_ne!(
        imprint_mock::generate_seed_data(43, 30).payment_methods,
        data.payment_methods
    );
}

#[test]
fn ten_thousand_customers_seed_quickly() {
    let started = std::time::Instant::now();
    let data = imprint_mock::generate_seed_data(1, 10_000);
    let elapsed = started.elapsed();
    let related = data.payment_methods.len()
        + data.transaction_intents.len()
        + data.transactions.len()
        + data.rewards.len()
        + data.orders.len()
        + data.order_events.len();
    eprintln!("10,000 customers and {related} related objects in {elapsed:?}");
    assert_eq!(data.customers.len(), 10_000);
    assert!(data.payment_methods.len() >= 10_000);
    // Well under a second in release; a generous bound for debug builds on
    // a loaded machine.
    let bound = if cfg!(debug_assertions) { 15.0 } else { 1.0 };
    assert!(elapsed.as_secs_f64() < bound, "took {elapsed:?}");
}
