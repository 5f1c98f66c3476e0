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
