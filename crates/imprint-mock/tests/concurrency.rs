//! Concurrent updates while another task paginates.

mod common;

use std::collections::HashSet;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};

use common::Api;
use imprint_mock::MockServer;
use reqwest::StatusCode;
use serde_json::json;

const WRITERS: usize = 8;
const UPDATES_PER_WRITER: usize = 25;

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn concurrent_updates_lose_nothing_and_pagination_stays_exact() {
    let api = Arc::new(Api::start(MockServer::builder().customers(61).seed(3)).await);
    let ids: Vec<String> = api
        .server
        .customers()
        .iter()
        .map(|c| c.id().to_owned())
        .collect();
    let hot = ids[30].clone();
    let done = Arc::new(AtomicBool::new(false));

    // A reader paginating over and over while the writers run.
    let reader = {
        let api = api.clone();
        let done = done.clone();
        let ids = ids.clone();
        tokio::spawn(async move {
            let mut passes = 0;
            while !done.load(Ordering::SeqCst) || passes < 2 {
                let (seen, totals) = api.paginate(&json!({}), 7).await;
                let unique: HashSet<_> = seen.iter().collect();
                assert_eq!(unique.len(), seen.len(), "duplicates in a pass");
                assert_eq!(seen, ids, "a pass skipped or reordered customers");
                assert!(totals.iter().all(|t| *t == ids.len() as u64));
                passes += 1;
            }
            passes
        })
    };

    let mut writers = Vec::new();
    for (w, own) in ids.iter().take(WRITERS).enumerate() {
        let api = api.clone();
        let own = own.clone();
        let hot = hot.clone();
        writers.push(tokio::spawn(async move {
            for n in 0..UPDATES_PER_WRITER {
                // Every writer updates the same hot customer, each under its
                // own metadata key (metadata is merged), and its own customer.
                let a = api
                    .update(&hot, &json!({"metadata": {format!("writer_{w}"): n}}))
                    .await;
                assert_eq!(a.status, StatusCode::OK, "{}", a.text);
                let a = api
                    .update(
                        &own,
                        &json!({"first_name": format!("W{w}-{n}"), "metadata": {"n": n}}),
                    )
                    .await;
                assert_eq!(a.status, StatusCode::OK, "{}", a.text);
            }
        }));
    }
    for writer in writers {
        writer.await.unwrap();
    }
    done.store(true, Ordering::SeqCst);
    let passes = reader.await.unwrap();
    assert!(passes >= 2);

    let last = UPDATES_PER_WRITER - 1;
    let hot = api.server.customer(&hot).unwrap().customer;
    for (w, own_id) in ids.iter().take(WRITERS).enumerate() {
        assert_eq!(
            hot.metadata.get(&format!("writer_{w}")),
            Some(&json!(last)),
            "lost update of writer {w}"
        );
        let own = api.server.customer(own_id).unwrap().customer;
        assert_eq!(
            own.first_name.as_deref(),
            Some(format!("W{w}-{last}").as_str())
        );
        assert_eq!(own.metadata.get("n"), Some(&json!(last)));
        // Seeded metadata keys survive the merges.
        assert_eq!(own.metadata.get("source"), Some(&json!("imprint-mock")));
    }
    // No customer appeared or vanished.
    let after: Vec<String> = api
        .server
        .customers()
        .iter()
        .map(|c| c.id().to_owned())
        .collect();
    assert_eq!(after, ids);
    assert_eq!(
        api.server.request_count_for("updateCustomer").unwrap(),
        (WRITERS * UPDATES_PER_WRITER * 2) as u64
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn concurrent_updates_of_one_customer_have_distinct_increasing_timestamps() {
    let api = Arc::new(Api::start(MockServer::builder().customers(5)).await);
    let id = api.server.customers()[0].id().to_owned();
    let mut tasks = Vec::new();
    for t in 0..10 {
        let api = api.clone();
        let id = id.clone();
        tasks.push(tokio::spawn(async move {
            let mut stamps = Vec::new();
            for n in 0..10 {
                let a = api
                    .update(&id, &json!({"metadata": {format!("k{t}_{n}"): true}}))
                    .await;
                assert_eq!(a.status, StatusCode::OK);
                stamps.push(a.json["updated_at"].as_str().unwrap().to_owned());
            }
            stamps
        }));
    }
    let mut all = HashSet::new();
    for task in tasks {
        let stamps = task.await.unwrap();
        let parsed: Vec<chrono::DateTime<chrono::Utc>> =
            stamps.iter().map(|s| s.parse().unwrap()).collect();
        assert!(parsed.windows(2).all(|w| w[0] < w[1]), "per-task order");
        for s in parsed {
            assert!(all.insert(s), "two updates got the same updated_at");
        }
    }
    assert_eq!(all.len(), 100);
    let metadata = api.server.customer(&id).unwrap().customer.metadata;
    assert_eq!(metadata.keys().filter(|k| k.starts_with('k')).count(), 100);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn concurrent_writes_to_every_resource_are_atomic() {
    let api = Arc::new(Api::start(MockServer::builder().customers(4).seed(6)).await);
    let server = &api.server;
    let cid = server.customers()[0].id().to_owned();
    let card = server
        .payment_methods_of(&cid)
        .into_iter()
        .find(|p| p.card.is_some())
        .unwrap();
    server
        .set_payment_method_status(
            &card.id,
            imprint_raw::open_enums::PaymentMethodStatus::Active,
        )
        .unwrap();
    let approved = api
        .post(
            "/v2/simulate_transaction_event",
            &json!({"payment_method_id": card.id, "status": "APPROVED", "amount": 100}),
        )
        .await;
    let tid = approved.json["transaction_id"].as_str().unwrap().to_owned();
    let intents_before = server.transaction_intents().len();
    let events_before = server.events().len();

    let mut tasks = Vec::new();
    for t in 0..8 {
        let api = api.clone();
        let cid = cid.clone();
        let card = card.id.clone();
        let tid = tid.clone();
        tasks.push(tokio::spawn(async move {
            let mut updated = 0;
            for n in 0..10 {
                let a = api
                    .post(
                        "/v2/transaction_intents",
                        &json!({"customer_id": cid, "amount": n, "currency": "USD"}),
                    )
                    .await;
                assert_eq!(a.status, StatusCode::OK);
                // Everyone races to UPDATE the same transaction: each
                // accepted event is one more event id, none is lost.
                let a = api
                    .post(
                        "/v2/simulate_transaction_event",
                        &json!({"payment_method_id": card, "status": "UPDATED",
                                "transaction_id": tid, "event_id": format!("evt-{t}-{n}")}),
                    )
                    .await;
                assert_eq!(a.status, StatusCode::OK, "{}", a.text);
                updated += 1;
            }
            updated
        }));
    }
    let mut updates = 0;
    for task in tasks {
        updates += task.await.unwrap();
    }
    assert_eq!(server.transaction_intents().len(), intents_before + 80);
    let ids: HashSet<String> = server
        .transaction_intents()
        .into_iter()
        .map(|i| i.id)
        .collect();
    assert_eq!(ids.len(), intents_before + 80, "ids are unique");
    let stored = server.transaction(&tid).unwrap();
    assert_eq!(stored.event_ids.len(), 1 + updates);
    let unique: HashSet<&String> = stored.event_ids.iter().collect();
    assert_eq!(unique.len(), stored.event_ids.len());
    // One event per accepted simulation, sequence numbers without holes.
    let events = server.events();
    assert_eq!(events.len(), events_before + updates);
    assert!(
        events
            .iter()
            .enumerate()
            .all(|(i, e)| e.sequence == i as u64 + 1)
    );
}
