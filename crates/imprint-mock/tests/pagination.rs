//! Cursor pagination on every cursor list the spec has: walking all pages
//! visits every item once, in a stable order, and each page's `total` is
//! the count of all matches.

mod common;

use std::collections::HashSet;

use common::{Api, encode, refused_param};
use imprint_mock::MockServer;
use reqwest::StatusCode;
use serde_json::json;

fn assert_walk(ids: &[String], totals: &[u64], expected: &[String], what: &str) {
    let unique: HashSet<&String> = ids.iter().collect();
    assert_eq!(unique.len(), ids.len(), "{what}: duplicates");
    assert_eq!(ids, expected, "{what}: gaps or another order");
    assert!(
        totals.iter().all(|t| *t == expected.len() as u64),
        "{what}: totals {totals:?} for {} items",
        expected.len()
    );
}

#[tokio::test]
async fn every_cursor_list_walks_without_duplicates_or_gaps() {
    let api = Api::start(MockServer::builder().customers(40).seed(17)).await;
    let server = &api.server;
    // The spec's cursor lists are exactly the ones exercised here.
    let lists: Vec<String> = server
        .spec()
        .operations()
        .iter()
        .filter(|o| o.pagination.is_some())
        .map(|o| o.id.clone())
        .collect();
    assert_eq!(
        lists,
        [
            "searchCustomers",
            "searchCustomersPost",
            "searchPaymentMethods",
            "searchTransactionIntents",
            "searchRewards",
            "getTransactions",
            "getRewards",
            "listOrderEvents"
        ]
    );

    let customers: Vec<String> = server
        .customers()
        .iter()
        .map(|c| c.id().to_owned())
        .collect();
    let (ids, totals) = api.walk("/v2/customers", 7, "id").await;
    assert_walk(&ids, &totals, &customers, "searchCustomers");
    let (ids, totals) = api.paginate(&json!({}), 9).await;
    assert_walk(&ids, &totals, &customers, "searchCustomersPost");

    let intents: Vec<String> = server
        .transaction_intents()
        .iter()
        .map(|i| i.id.clone())
        .collect();
    assert!(intents.len() > 10);
    let (ids, totals) = api.walk("/v2/transaction_intents", 4, "id").await;
    assert_walk(&ids, &totals, &intents, "searchTransactionIntents");
    let confirmed: Vec<String> = server
        .transaction_intents()
        .iter()
        .filter(|i| i.status.as_str() == "CONFIRMED")
        .map(|i| i.id.clone())
        .collect();
    let (ids, totals) = api
        .walk("/v2/transaction_intents?type=CONFIRMED", 4, "id")
        .await;
    assert_walk(&ids, &totals, &confirmed, "searchTransactionIntents?type");

    let rewards: Vec<String> = server.rewards().iter().map(|r| r.id.clone()).collect();
    let (ids, totals) = api.walk("/v2/rewards", 10, "id").await;
    assert_walk(&ids, &totals, &rewards, "searchRewards");

    let events: Vec<String> = server
        .order_events()
        .iter()
        .map(|e| e.0.order_event_id.clone().unwrap())
        .collect();
    assert!(events.len() > 5);
    let (ids, totals) = api.walk("/v2/order_events", 2, "order_event_id").await;
    assert_walk(&ids, &totals, &events, "listOrderEvents");

    // Per customer: the busiest customer of each kind.
    let busiest =
        |count: &dyn Fn(&str) -> usize| customers.iter().max_by_key(|c| count(c)).cloned().unwrap();
    let pm_of = |c: &str| server.payment_methods_of(c).len();
    let c = busiest(&pm_of);
    let expected: Vec<String> = server
        .payment_methods_of(&c)
        .iter()
        .map(|p| p.id.clone())
        .collect();
    let (ids, totals) = api
        .walk(
            &format!("/v2/payment_methods?customer_id={}", encode(&c)),
            1,
            "id",
        )
        .await;
    assert_walk(&ids, &totals, &expected, "searchPaymentMethods");

    let txn_of = |c: &str| {
        server
            .transactions()
            .iter()
            .filter(|t| t.transaction.customer_id == c)
            .count()
    };
    let c = busiest(&txn_of);
    let expected: Vec<String> = server
        .transactions()
        .iter()
        .filter(|t| t.transaction.customer_id == c)
        .map(|t| t.transaction.id.clone())
        .collect();
    assert!(expected.len() >= 2);
    let (ids, totals) = api
        .walk(
            &format!("/v2/customers/{}/transactions", encode(&c)),
            1,
            "id",
        )
        .await;
    assert_walk(&ids, &totals, &expected, "getTransactions");

    let rewards_of = |c: &str| {
        server
            .rewards()
            .iter()
            .filter(|r| r.customer_id == c)
            .count()
    };
    let c = busiest(&rewards_of);
    let mut mine: Vec<_> = server
        .rewards()
        .into_iter()
        .filter(|r| r.customer_id == c)
        .collect();
    mine.sort_by(|a, b| {
        b.updated_at
            .cmp(&a.updated_at)
            .then_with(|| a.id.cmp(&b.id))
    });
    let expected: Vec<String> = mine.iter().map(|r| r.id.clone()).collect();
    assert!(expected.len() >= 2);
    let (ids, totals) = api
        .walk(&format!("/v2/customers/{}/rewards", encode(&c)), 1, "id")
        .await;
    assert_walk(
        &ids,
        &totals,
        &expected,
        "getRewards (most recently updated first)",
    );
}

#[tokio::test]
async fn limits_and_cursors_are_checked_on_every_list() {
    let api = Api::start(MockServer::builder().customers(5)).await;
    let c = api.server.customers()[0].id().to_owned();
    for path in [
        "/v2/customers?".to_owned(),
        "/v2/transaction_intents?".to_owned(),
        "/v2/rewards?".to_owned(),
        "/v2/order_events?".to_owned(),
        format!("/v2/payment_methods?customer_id={}&", encode(&c)),
        format!("/v2/customers/{}/transactions?", encode(&c)),
        format!("/v2/customers/{}/rewards?", encode(&c)),
    ] {
        let page = api.get(&path).await;
        assert_eq!(page.status, StatusCode::OK, "{path}: {}", page.text);
        assert!(page.json["data"].is_array(), "{path}: data is always there");
        assert!(page.json["has_more"].is_boolean());
        for (query, param) in [
            ("limit=0", "limit"),
            ("limit=-3", "limit"),
            ("limit=ten", "limit"),
            // `format: int32`: one past i32::MAX is not a limit.
            ("limit=2147483648", "limit"),
            ("starting_after=NOPE", "starting_after"),
        ] {
            let a = api.get(&format!("{path}{query}")).await;
            assert_eq!(
                a.status,
                StatusCode::BAD_REQUEST,
                "{path}{query}: {}",
                a.text
            );
            assert_eq!(
                refused_param(&a).as_deref(),
                Some(param),
                "{path}{query}: {}",
                a.text
            );
        }
        let a = api.get(&format!("{path}limit=100")).await;
        assert_eq!(a.status, StatusCode::OK);
        // No maximum in the spec: a larger limit is served, 100 at most.
        let a = api.get(&format!("{path}limit=2147483647")).await;
        assert_eq!(a.status, StatusCode::OK, "{path}: {}", a.text);
        assert!(a.json["data"].as_array().unwrap().len() <= 100);
    }
    // The default page is 10.
    let a = api.get("/v2/rewards").await;
    assert_eq!(a.json["data"].as_array().unwrap().len(), 10);
    assert_eq!(a.json["has_more"], true);
}

#[tokio::test]
async fn new_objects_join_the_lists_in_id_order() {
    let api = Api::start(MockServer::builder().customers(6).seed(1)).await;
    let c = api.server.customers()[0].id().to_owned();
    for n in 0..5 {
        let a = api
            .post(
                "/v2/transaction_intents",
                &json!({"customer_id": c, "amount": n, "currency": "USD"}),
            )
            .await;
        assert_eq!(a.status, StatusCode::OK);
    }
    let expected: Vec<String> = api
        .server
        .transaction_intents()
        .iter()
        .map(|i| i.id.clone())
        .collect();
    let (ids, totals) = api.walk("/v2/transaction_intents", 3, "id").await;
    assert_walk(&ids, &totals, &expected, "after creating intents");
    let mut sorted = ids.clone();
    sorted.sort();
    assert_eq!(ids, sorted);
}
