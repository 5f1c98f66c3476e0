//! The stateful behaviour of each resource, through HTTP and the facade.

mod common;

use std::time::Duration;

use common::{Api, encode, refusal, refused_param};
use imprint_mock::{MockServer, STATEMENT_REWARD_POINTS};
use imprint_raw::open_enums::PaymentMethodStatus;
use reqwest::StatusCode;
use serde_json::{Value, json};

fn s(v: &Value) -> String {
    v.as_str()
        .unwrap_or_else(|| panic!("not a string: {v}"))
        .to_owned()
}

#[tokio::test]
async fn linking_sets_the_partner_id_once_and_records_an_event() {
    let api = Api::start(MockServer::builder().customers(3).merchant_key("M_1")).await;
    let id = api.server.customers()[1].id().to_owned();
    let client = api.facade();
    let link = client
        .customers()
        .link(&id, "PARTNER_NEW", None)
        .await
        .unwrap();
    assert_eq!(link.partner_customer_id.0, "PARTNER_NEW");
    assert_eq!(link.status.as_str(), "ACTIVE");
    assert_eq!(link.created_at, link.updated_at.unwrap());
    let stored = api.server.customer(&id).unwrap();
    assert_eq!(
        stored.customer.partner_customer_id.unwrap().0,
        "PARTNER_NEW"
    );
    assert_eq!(api.server.customer_link(&id).unwrap(), link);
    // The partner id now finds the customer, and its offer.
    let found = api
        .get("/v2/customers?partner_customer_id=PARTNER_NEW")
        .await;
    assert_eq!(found.json["data"][0]["id"], id.as_str());
    assert_eq!(
        api.get("/v2/offers?partner_customer_id=PARTNER_NEW")
            .await
            .status,
        StatusCode::OK
    );

    let again = api
        .post(
            &format!("/v2/customers/{}/link", encode(&id)),
            &json!({"partner_customer_id": "OTHER"}),
        )
        .await;
    assert_eq!(again.status, StatusCode::CONFLICT);
    assert_eq!(again.json["error"]["type"], "CUSTOMER_ALREADY_LINKED");
    assert_eq!(
        again.json["error"]["existing_link"]["partner_customer_id"],
        "PARTNER_NEW"
    );
    assert_eq!(
        api.server
            .customer(&id)
            .unwrap()
            .customer
            .partner_customer_id
            .unwrap()
            .0,
        "PARTNER_NEW"
    );

    let bad = api
        .post(
            &format!("/v2/customers/{}/link", encode(&id)),
            &json!({"partner_customer_id": 5}),
        )
        .await;
    assert_eq!(bad.status, StatusCode::BAD_REQUEST);
    assert_eq!(bad.json["error"], "Bad Request");
    assert_eq!(bad.json["status"], 400);
    assert_eq!(
        bad.json["path"],
        format!("/v2/customers/{}/link", encode(&id))
    );
    assert!(
        s(&bad.json["details"][0]).starts_with("partner_customer_id: "),
        "{}",
        bad.text
    );
    chrono::DateTime::parse_from_rfc3339(&s(&bad.json["timestamp"])).unwrap();

    let events = api.server.events();
    assert_eq!(events.len(), 1);
    assert_eq!(events[0].webhook, "CustomerLink");
    let data = &events[0].payload["data"];
    assert_eq!(data["customer_id"], id.as_str());
    assert_eq!(data["partner_customer_id"], "PARTNER_NEW");
    assert_eq!(data["merchant_key"], "M_1");
    assert_eq!(events[0].payload["object"], "CUSTOMER_LINK");
}

#[tokio::test]
async fn payment_methods_search_by_customer_type_and_pan() {
    let api = Api::start(MockServer::builder().customers(30).seed(4)).await;
    let server = &api.server;
    // A customer with a card and something else.
    let customer = server
        .customers()
        .into_iter()
        .find(|c| server.payment_methods_of(c.id()).len() >= 2)
        .unwrap();
    let id = customer.id().to_owned();
    let mine = server.payment_methods_of(&id);
    assert!(mine.iter().all(|p| p.customer_id == id));
    let card = mine.iter().find(|p| p.card.is_some()).unwrap();
    let pan = common::card_pan(card);

    let all = api
        .get(&format!("/v2/payment_methods?customer_id={}", encode(&id)))
        .await;
    assert_eq!(all.json["total"], mine.len());
    let cards = api
        .get(&format!(
            "/v2/payment_methods?customer_id={}&type=CARD",
            encode(&id)
        ))
        .await;
    let n_cards = mine.iter().filter(|p| p.type_.as_str() == "CARD").count();
    assert_eq!(cards.json["total"], n_cards);
    assert!(
        cards.json["data"]
            .as_array()
            .unwrap()
            .iter()
            .all(|p| p["type"] == "CARD")
    );
    let nobody = api.get("/v2/payment_methods?customer_id=CSMR-nobody").await;
    assert_eq!(
        (nobody.status, &nobody.json["total"]),
        (StatusCode::OK, &json!(0))
    );
    let missing = api.get("/v2/payment_methods").await;
    assert_eq!(missing.status, StatusCode::BAD_REQUEST);
    assert_eq!(refused_param(&missing).as_deref(), Some("customer_id"));
    let bad_type = api
        .get(&format!(
            "/v2/payment_methods?customer_id={}&type=CASH",
            encode(&id)
        ))
        .await;
    assert_eq!(bad_type.status, StatusCode::BAD_REQUEST);
    assert_eq!(refused_param(&bad_type).as_deref(), Some("type"));

    // By PAN: exactly the card, spaces allowed; another number finds none.
    let spaced: String = pan
        .chars()
        .enumerate()
        .flat_map(|(i, c)| (i > 0 && i % 4 == 0).then_some(' ').into_iter().chain([c]))
        .collect();
    for query in [pan.clone(), spaced] {
        let found = api
            .post(
                "/v2/payment_methods",
                &json!({"customer_id": id, "pan": query}),
            )
            .await;
        assert_eq!(found.status, StatusCode::OK, "{}", found.text);
        assert_eq!(found.json["data"].as_array().unwrap().len(), 1);
        assert_eq!(found.json["data"][0]["id"], card.id.as_str());
        assert_eq!(found.json["has_more"], false);
    }
    let none = api
        .post(
            "/v2/payment_methods",
            &json!({"customer_id": id, "pan": "4000000000000002"}),
        )
        .await;
    assert_eq!(none.json["data"], json!([]));
    // The facade agrees.
    let client = api.facade();
    let by_pan = client
        .payment_methods()
        .search_by_pan(&id, &pan)
        .await
        .unwrap();
    assert_eq!(by_pan.data.len(), 1);
    assert_eq!(client.payment_methods().get(&card.id).await.unwrap(), *card);
    assert_eq!(client.customers().payment_methods(&id).await.unwrap(), mine);
    // The PAN was never recorded: not in the request log, not in a path.
    for r in server.requests() {
        assert!(!r.path.contains(&pan) && !r.query.clone().unwrap_or_default().contains(&pan));
    }
    let bad = api
        .post(
            "/v2/payment_methods",
            &json!({"customer_id": id, "pan": 4111111111111111u64}),
        )
        .await;
    assert_eq!(bad.status, StatusCode::BAD_REQUEST);
    assert!(!bad.text.contains("4111111111111111"), "{}", bad.text);
}

#[tokio::test]
async fn payment_method_status_changes_are_events() {
    let api = Api::start(MockServer::builder().customers(3)).await;
    let pm = api.server.payment_methods()[0].clone();
    let before = pm.updated_at;
    let target = if pm.status == PaymentMethodStatus::Canceled {
        PaymentMethodStatus::Active
    } else {
        PaymentMethodStatus::Canceled
    };
    let mut events = api.server.subscribe();
    let changed = api
        .server
        .set_payment_method_status(&pm.id, target.clone())
        .unwrap();
    assert_eq!(changed.status, target);
    assert!(changed.updated_at > before);
    // Unchanged: no event.
    api.server
        .set_payment_method_status(&pm.id, target.clone())
        .unwrap();
    assert!(
        api.server
            .set_payment_method_status("PYMT-none", PaymentMethodStatus::Active)
            .is_err()
    );
    assert!(
        api.server
            .set_payment_method_status(&pm.id, PaymentMethodStatus::from("FROZEN"))
            .is_err()
    );
    let event = events.recv().await.unwrap();
    assert_eq!(event.webhook, "PaymentMethod");
    assert_eq!(event.payload["data"]["previous_status"], pm.status.as_str());
    assert_eq!(event.payload["data"]["new_status"], target.as_str());
    assert_eq!(event.payload["data"]["payment_method_id"], pm.id.as_str());
    assert_eq!(api.server.events(), vec![event]);
    let served = api.get(&format!("/v2/payment_methods/{}", pm.id)).await;
    assert_eq!(served.json["status"], target.as_str());
}

#[tokio::test]
async fn sessions_create_customers_and_expire() {
    let api = Api::start(
        MockServer::builder()
            .customers(2)
            .session_ttl(Duration::from_millis(400)),
    )
    .await;
    let before = api.server.customer_count();
    let a = api
        .post(
            "/v2/customer_sessions",
            &json!({"partner_customer_id": "NEW_PARTNER", "source": "web_signup",
                    "customer_history": {"email": "new@example.com", "first_name": "Nia"},
                    "metadata": {"store_number": "123"}, "customer_metadata": {"tier": "gold"}}),
        )
        .await;
    assert_eq!(a.status, StatusCode::CREATED, "{}", a.text);
    assert_eq!(a.json["source"], "web_signup");
    assert_eq!(a.json["metadata"], json!({"store_number": "123"}));
    assert_eq!(a.json["customer_metadata"], json!({"tier": "gold"}));
    let expires: chrono::DateTime<chrono::Utc> = s(&a.json["expires_at"]).parse().unwrap();
    let ttl = expires - chrono::Utc::now();
    assert!(ttl <= chrono::Duration::milliseconds(400) && ttl > chrono::Duration::zero());
    let id = s(&a.json["id"]);
    let secret = s(&a.json["client_secret"]);
    assert!(secret.len() >= 40);
    // A new customer, with the partner id and the history's fields.
    assert_eq!(api.server.customer_count(), before + 1);
    let session = api.server.session(&id).unwrap();
    let customer = api.server.customer(&session.customer_id).unwrap();
    assert_eq!(
        customer.customer.partner_customer_id.unwrap().0,
        "NEW_PARTNER"
    );
    assert_eq!(customer.customer.email.as_deref(), Some("new@example.com"));
    assert_eq!(
        customer.customer_metadata.get("tier").map(String::as_str),
        Some("gold")
    );
    // The same partner id again: the same customer, another secret.
    let b = api
        .post(
            "/v2/customer_sessions",
            &json!({"partner_customer_id": "NEW_PARTNER"}),
        )
        .await;
    assert_eq!(b.status, StatusCode::CREATED);
    assert_eq!(api.server.customer_count(), before + 1);
    assert_ne!(s(&b.json["client_secret"]), secret);
    // Without a body at all: a new anonymous customer.
    let r = api
        .http
        .post(api.url("/v2/customer_sessions"))
        .bearer_auth(api.server.api_key())
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::CREATED);
    assert_eq!(api.server.customer_count(), before + 2);

    let got = api.facade().customer_sessions().get(&id).await.unwrap();
    assert_eq!(got.client_secret.expose(), &secret);
    tokio::time::sleep(Duration::from_millis(450)).await;
    let gone = api.get(&format!("/v2/customer_sessions/{id}")).await;
    assert_eq!(gone.status, StatusCode::NOT_FOUND);
    assert_eq!(gone.json["type"], "SESSION_NOT_FOUND_ERROR");
    assert_eq!(gone.json["param"], "session_id");
    assert!(
        api.server.session(&id).is_none(),
        "expired sessions are dropped"
    );

    let bad = api
        .post(
            "/v2/customer_sessions",
            &json!({"customer_id": "CSMR-none"}),
        )
        .await;
    assert_eq!(bad.status, StatusCode::BAD_REQUEST);
    assert_eq!(bad.json["error"], "Bad Request");
    let negative = api
        .post("/v2/customer_sessions", &json!({"transaction_amount": -5}))
        .await;
    assert_eq!(negative.status, StatusCode::BAD_REQUEST);
}

#[tokio::test]
async fn transaction_intents_move_only_as_the_enum_allows() {
    let api = Api::start(MockServer::builder().customers(3)).await;
    let cid = api.server.customers()[0].id().to_owned();
    let client = api.facade();
    let created = api
        .post(
            "/v2/transaction_intents",
            &json!({"customer_id": cid, "amount": 1000, "currency": "USD", "metadata": {"a": 1}}),
        )
        .await;
    assert_eq!(created.status, StatusCode::OK, "{}", created.text);
    assert_eq!(created.json["status"], "CONFIRMED");
    let id = s(&created.json["id"]);
    let path = format!("/v2/transaction_intents/{id}");
    let update = |status: &str, amount: i64| json!({"customer_id": cid, "amount": amount, "status": status, "metadata": {"b": 2}});
    let mut stamps = vec![s(&created.json["updated_at"])];
    let a = api.post(&path, &update("CONFIRMED", 1200)).await;
    assert_eq!(a.status, StatusCode::OK);
    assert_eq!(a.json["amount"], 1200);
    assert_eq!(a.json["metadata"], json!({"a": 1, "b": 2}));
    stamps.push(s(&a.json["updated_at"]));
    let a = api.post(&path, &update("CANCELED", 1200)).await;
    assert_eq!(a.json["status"], "CANCELED");
    stamps.push(s(&a.json["updated_at"]));
    let a = api.post(&path, &update("CANCELED", 1200)).await;
    assert_eq!(a.status, StatusCode::OK);
    stamps.push(s(&a.json["updated_at"]));
    let parsed: Vec<chrono::DateTime<chrono::Utc>> =
        stamps.iter().map(|t| t.parse().unwrap()).collect();
    assert!(parsed.windows(2).all(|w| w[0] < w[1]), "{stamps:?}");
    for (body, param) in [
        (update("CONFIRMED", 1200), "status"),
        (update("CANCELED", -1), "amount"),
        (
            json!({"customer_id": "CSMR-other", "amount": 1, "status": "CANCELED"}),
            "customer_id",
        ),
        (json!({"customer_id": cid, "status": "CANCELED"}), "amount"),
    ] {
        let a = api.post(&path, &body).await;
        assert_eq!(a.status, StatusCode::BAD_REQUEST, "{body}: {}", a.text);
        assert_eq!(a.json["status"], 400);
        assert!(
            s(&a.json["details"][0]).starts_with(&format!("{param}: ")),
            "{}",
            a.text
        );
    }
    assert_eq!(
        api.server.transaction_intent(&id).unwrap().status.as_str(),
        "CANCELED"
    );
    let missing = api
        .post("/v2/transaction_intents/TXIN-none", &update("CANCELED", 1))
        .await;
    assert_eq!(missing.status, StatusCode::NOT_FOUND);
    assert_eq!(missing.json["type"], "TRANSACTION_INTENT_FOUND_ERROR");

    for (body, param) in [
        (
            json!({"customer_id": "CSMR-none", "amount": 1, "currency": "USD"}),
            "customer_id",
        ),
        (
            json!({"customer_id": cid, "amount": -1, "currency": "USD"}),
            "amount",
        ),
        (
            json!({"customer_id": cid, "amount": 1, "currency": "usd"}),
            "currency",
        ),
        (
            json!({"customer_id": cid, "amount": 1, "currency": "USD", "expected_date": "soon"}),
            "expected_date",
        ),
        (
            json!({"customer_id": cid, "amount": 1, "currency": "USD", "payment_method_id": "PYMT-x"}),
            "payment_method_id",
        ),
    ] {
        let a = api.post("/v2/transaction_intents", &body).await;
        assert_eq!(a.status, StatusCode::BAD_REQUEST, "{body}");
        assert!(
            s(&a.json["details"][0]).starts_with(&format!("{param}: ")),
            "{}",
            a.text
        );
    }
    let canceled = client.transaction_intents().get(&id).await.unwrap();
    assert_eq!(canceled.status.as_str(), "CANCELED");
    let of_customer = client.customers().transaction_intents(&cid).await.unwrap();
    assert!(of_customer.iter().any(|i| i.id == id));
    assert!(of_customer.iter().all(|i| i.customer_id == cid));
    let canceled_only = api
        .get("/v2/transaction_intents?type=CANCELED&limit=100")
        .await;
    let data = canceled_only.json["data"].as_array().unwrap();
    assert!(data.iter().any(|i| i["id"] == id.as_str()));
    assert!(data.iter().all(|i| i["status"] == "CANCELED"));
}

#[tokio::test]
async fn simulated_events_drive_transactions() {
    let api = Api::start(MockServer::builder().customers(4).seed(2)).await;
    let server = &api.server;
    let pm = server
        .payment_methods()
        .into_iter()
        .find(|p| p.card.is_some())
        .unwrap();
    server
        .set_payment_method_status(&pm.id, PaymentMethodStatus::Active)
        .unwrap();
    let intent = api
        .post(
            "/v2/transaction_intents",
            &json!({"customer_id": pm.customer_id, "amount": 4200, "currency": "USD", "network_transaction_id": "ntx-42"}),
        )
        .await;
    let intent_id = s(&intent.json["id"]);
    let events_before = server.events().len();
    let api_ref = &api;
    let sim =
        |body: Value| async move { api_ref.post("/v2/simulate_transaction_event", &body).await };

    let a = sim(json!({"payment_method_id": pm.id, "status": "APPROVED", "network_transaction_id": "ntx-42", "event_id": "evt-1"})).await;
    assert_eq!(a.status, StatusCode::OK, "{}", a.text);
    assert_eq!(a.json["event_id"], "evt-1");
    assert_eq!(a.json["status"], "APPROVED");
    let tid = s(&a.json["transaction_id"]);
    let t = server.transaction(&tid).unwrap().transaction;
    assert_eq!(t.intent_id.as_deref(), Some(intent_id.as_str()));
    assert_eq!(t.amount, 4200, "the intent's amount when none is sent");
    assert_eq!(t.customer_id, pm.customer_id);

    let step = |status: &str, extra: Value| {
        let mut body = json!({"payment_method_id": pm.id, "status": status, "transaction_id": tid});
        if let (Some(b), Some(e)) = (body.as_object_mut(), extra.as_object()) {
            b.extend(e.clone());
        }
        body
    };
    let a = sim(step("UPDATED", json!({"amount": 4500}))).await;
    assert_eq!(a.json["status"], "UPDATED", "{}", a.text);
    let a = sim(step("CAPTURED", json!({}))).await;
    assert_eq!(a.json["status"], "CAPTURED");
    assert_eq!(server.transaction(&tid).unwrap().transaction.amount, 4500);
    // Invalid: voiding a captured transaction, refunding more than it was,
    // events for unknown transactions or payment methods, a reused event id.
    for body in [
        step("VOIDED", json!({})),
        step("REFUNDED", json!({"amount": 9999})),
        json!({"payment_method_id": pm.id, "status": "CAPTURED", "transaction_id": "TXN-none"}),
        json!({"payment_method_id": pm.id, "status": "CAPTURED"}),
        json!({"payment_method_id": "PYMT-none", "status": "APPROVED"}),
        json!({"payment_method_id": pm.id, "status": "APPROVED", "event_id": "evt-1"}),
        json!({"payment_method_id": pm.id, "status": "APPROVED", "transaction_id": tid}),
    ] {
        let a = sim(body.clone()).await;
        assert_eq!(a.status, StatusCode::CONFLICT, "{body}: {}", a.text);
        assert_eq!(a.json["type"], "CONFLICT_ERROR");
        assert!(a.json["message"].as_str().is_some_and(|m| !m.is_empty()));
    }
    let a = sim(step("REFUNDED", json!({"amount": 1000}))).await;
    assert_eq!(a.json["status"], "REFUNDED");
    let stored = server.transaction(&tid).unwrap();
    assert_eq!(stored.event_ids.len(), 4);
    assert_eq!(stored.event_ids[0], "evt-1");

    // One Transaction event per accepted simulation, in order.
    let events: Vec<_> = server.events().into_iter().skip(events_before).collect();
    let statuses: Vec<&str> = events
        .iter()
        .map(|e| e.payload["data"]["status"].as_str().unwrap())
        .collect();
    assert_eq!(statuses, ["APPROVED", "UPDATED", "CAPTURED", "REFUNDED"]);
    assert!(
        events
            .iter()
            .all(|e| e.webhook == "Transaction"
                && e.payload["data"]["transaction_id"] == tid.as_str())
    );
    assert_eq!(events[0].payload["data"]["intent_id"], intent_id.as_str());

    // Reads: the facade, and the customer's list.
    let client = api.facade();
    let got = client.transactions().get(&tid).await.unwrap();
    assert_eq!(got.status.as_str(), "REFUNDED");
    let listed: Vec<_> = futures::TryStreamExt::try_collect::<Vec<_>>(
        client.customers().transactions(&pm.customer_id).stream(),
    )
    .await
    .unwrap();
    assert!(listed.iter().any(|t| t.id == tid));

    // An inactive card declines.
    server
        .set_payment_method_status(&pm.id, PaymentMethodStatus::Inactive)
        .unwrap();
    let a = sim(json!({"payment_method_id": pm.id, "status": "APPROVED", "amount": 5})).await;
    assert_eq!(a.status, StatusCode::CONFLICT);
}

#[tokio::test]
async fn a_spec_with_the_purchase_method_enum_keeps_the_value() {
    // The bundled overlay turns PurchaseMethod's enum into `[null]` (its
    // `enum: [null]` update replaces the list instead of adding to it), so
    // the merged spec refuses every purchase method. With the enum
    // restored, the mock stores and serves the value.
    let mut spec = common::spec().into_document();
    spec["components"]["schemas"]["PurchaseMethod"]["enum"] = json!([
        "CHIP",
        "CONTACTLESS",
        "KEYEDIN",
        "ONLINE",
        "SWIPE",
        "QRCODE",
        "OCR",
        "UNKNOWN",
        null
    ]);
    let spec = imprint_spec::Spec::new(spec);
    let api = Api::start(MockServer::builder().customers(3).spec(spec)).await;
    let pm = api
        .server
        .payment_methods()
        .into_iter()
        .find(|p| p.card.is_some())
        .unwrap();
    api.server
        .set_payment_method_status(&pm.id, PaymentMethodStatus::Active)
        .unwrap();
    let a = api
        .post(
            "/v2/simulate_transaction_event",
            &json!({"payment_method_id": pm.id, "status": "APPROVED", "amount": 100, "purchase_method": "CHIP"}),
        )
        .await;
    assert_eq!(a.status, StatusCode::OK, "{}", a.text);
    let tid = s(&a.json["transaction_id"]);
    let t = api.get(&format!("/v2/transactions/{tid}")).await;
    assert_eq!(t.json["purchase_method"], "CHIP");
    let event = api.server.events().pop().unwrap();
    assert_eq!(event.payload["data"]["purchase_method"], "CHIP");
}

#[tokio::test]
async fn rewards_simulate_patch_and_balance() {
    let api = Api::start(MockServer::builder().customers(20).seed(9)).await;
    let server = &api.server;
    // A customer with a pending reward.
    let pending = server
        .rewards()
        .into_iter()
        .find(|r| r.status.as_str() == "PENDING")
        .unwrap();
    let cid = pending.customer_id.clone();
    let balance = |api: &Api| {
        let path = format!("/v2/customers/{}/rewards_balance", encode(&cid));
        let http = api.http.clone();
        let url = api.url(&path);
        let key = api.server.api_key().to_owned();
        async move {
            let r = http.get(url).bearer_auth(key).send().await.unwrap();
            common::answer(r).await.json
        }
    };
    let expected = |server: &MockServer| -> i64 {
        server
            .rewards()
            .iter()
            .filter(|r| r.customer_id == cid)
            .map(|r| match r.status.as_str() {
                "AVAILABLE" => r.amount,
                "DEDUCTED" => -r.amount,
                _ => 0,
            })
            .sum()
    };
    let b0 = balance(&api).await;
    assert_eq!(b0["reward_balance"], expected(server));
    assert_eq!(b0["reward_symbol"], "points");

    // STATEMENT: a new AVAILABLE statement reward, one event.
    let events = server.events().len();
    let a = api
        .post(
            "/v2/simulate_reward",
            &json!({"customer_id": cid, "reward_type": "STATEMENT"}),
        )
        .await;
    assert_eq!(a.status, StatusCode::OK, "{}", a.text);
    assert!(a.json["debugging_id"].is_string());
    let b1 = balance(&api).await;
    assert_eq!(
        b1["reward_balance"].as_i64().unwrap(),
        b0["reward_balance"].as_i64().unwrap() + STATEMENT_REWARD_POINTS
    );
    let new = &server.events()[events..];
    assert_eq!(new.len(), 1);
    assert_eq!(new[0].payload["data"]["type"], "STATEMENT");
    assert_eq!(new[0].payload["data"]["status"], "AVAILABLE");

    // DELAYED: every pending reward becomes available, one event each.
    let pendings: Vec<String> = server
        .rewards()
        .into_iter()
        .filter(|r| r.customer_id == cid && r.status.as_str() == "PENDING")
        .map(|r| r.id)
        .collect();
    assert!(!pendings.is_empty());
    let events = server.events().len();
    let a = api
        .post(
            "/v2/simulate_reward",
            &json!({"customer_id": cid, "reward_type": "DELAYED"}),
        )
        .await;
    assert_eq!(a.status, StatusCode::OK);
    let new = &server.events()[events..];
    assert_eq!(new.len(), pendings.len());
    for id in &pendings {
        assert_eq!(server.reward(id).unwrap().status.as_str(), "AVAILABLE");
    }
    assert_eq!(balance(&api).await["reward_balance"], expected(server));
    // Nothing pending any more: still 200, no event.
    let events = server.events().len();
    let a = api
        .post(
            "/v2/simulate_reward",
            &json!({"customer_id": cid, "reward_type": "DELAYED"}),
        )
        .await;
    assert_eq!(a.status, StatusCode::OK);
    assert_eq!(server.events().len(), events);
    let a = api
        .post(
            "/v2/simulate_statement_reward",
            &json!({"customer_id": cid}),
        )
        .await;
    assert_eq!(a.status, StatusCode::OK);
    let a = api
        .post(
            "/v2/simulate_reward",
            &json!({"customer_id": "CSMR-x", "reward_type": "DELAYED"}),
        )
        .await;
    assert_eq!(a.status, StatusCode::NOT_FOUND);
    assert!(
        a.json["error"]["message"]
            .as_str()
            .unwrap()
            .contains("CSMR-x")
    );

    // patchReward: only pending rewards change.
    let other = server
        .rewards()
        .into_iter()
        .find(|r| matches!(r.status.as_str(), "PENDING" | "PENDING_DEDUCTION"))
        .unwrap();
    let client = api.facade();
    let patched = client
        .rewards()
        .patch(
            &other.id,
            imprint_raw::types::PatchRewardBody {
                amount: Some(77),
                status: Some("DEDUCTED".into()),
            },
        )
        .await
        .unwrap();
    assert_eq!((patched.amount, patched.status.as_str()), (77, "DEDUCTED"));
    assert!(patched.updated_at > other.updated_at);
    let again = api
        .call(
            "PATCH",
            &format!("/v2/rewards/{}", other.id),
            Some(&json!({"amount": 1})),
        )
        .await;
    assert_eq!(again.status, StatusCode::BAD_REQUEST);
    let said = refusal(&again);
    assert_eq!(said.kind.as_deref(), Some("Bad Request"), "{}", again.text);
    assert_eq!(said.param.as_deref(), Some("status"));
    assert_eq!(server.reward(&other.id).unwrap().amount, 77);
    let negative = api
        .call(
            "PATCH",
            &format!("/v2/rewards/{}", pending.id),
            Some(&json!({"amount": -1})),
        )
        .await;
    assert_eq!(negative.status, StatusCode::BAD_REQUEST);
    let missing = api
        .call(
            "PATCH",
            "/v2/rewards/RWRD-none",
            Some(&json!({"amount": 1})),
        )
        .await;
    assert_eq!(missing.status, StatusCode::NOT_FOUND);
    assert_eq!(missing.json["type"], "REWARD_NOT_FOUND_ERROR");
    assert_eq!(
        server.events().last().unwrap().payload["data"]["reward_id"],
        other.id.as_str()
    );

    // getRewards: most recently updated first.
    let listed = api
        .get(&format!("/v2/customers/{}/rewards?limit=100", encode(&cid)))
        .await;
    let stamps: Vec<String> = listed.json["data"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| s(&r["updated_at"]))
        .collect();
    let parsed: Vec<chrono::DateTime<chrono::Utc>> =
        stamps.iter().map(|t| t.parse().unwrap()).collect();
    assert!(parsed.windows(2).all(|w| w[0] >= w[1]), "{stamps:?}");
}

#[tokio::test]
async fn a_second_simulation_within_the_window_conflicts() {
    let api = Api::start(
        MockServer::builder()
            .customers(3)
            .simulation_window(Duration::from_millis(300)),
    )
    .await;
    let cid = api.server.customers()[0].id().to_owned();
    let body = json!({"customer_id": cid, "reward_type": "STATEMENT"});
    assert_eq!(
        api.post("/v2/simulate_reward", &body).await.status,
        StatusCode::OK
    );
    let a = api.post("/v2/simulate_reward", &body).await;
    assert_eq!(a.status, StatusCode::CONFLICT);
    assert_eq!(a.json["error"]["type"], "SIMULATION_IN_PROGRESS");
    // Another customer is not affected; after the window, it works again.
    let other = api.server.customers()[1].id().to_owned();
    let b = json!({"customer_id": other, "reward_type": "DELAYED"});
    assert_eq!(
        api.post("/v2/simulate_reward", &b).await.status,
        StatusCode::OK
    );
    tokio::time::sleep(Duration::from_millis(350)).await;
    assert_eq!(
        api.post("/v2/simulate_reward", &body).await.status,
        StatusCode::OK
    );
}

#[tokio::test]
async fn orders_and_events_lifecycle() {
    let api = Api::start(MockServer::builder().customers(3)).await;
    let pm = api.server.payment_methods()[0].clone();
    let order = |total: i64| {
        json!({"payment_method_id": pm.id, "partner_order_id": "o-life", "currency": "USD",
               "total_order_amount": total, "total_rewards_amount": 60,
               "order_lines": [{"name": "Lamp", "quantity": 3, "rate": 1000, "rewards_rate": 20}]})
    };
    let a = api.post("/v2/orders", &order(3000)).await;
    assert_eq!(a.status, StatusCode::OK, "{}", a.text);
    let id = s(&a.json["id"]);
    assert_eq!(a.json["customer_id"], pm.customer_id.as_str());
    assert_eq!(a.json["created_at"], a.json["updated_at"]);
    for (body, param) in [
        (order(2999), "total_order_amount"),
        (
            json!({"payment_method_id": pm.id, "partner_order_id": "o", "total_order_amount": 10, "total_rewards_amount": 5,
                "order_lines": [{"name": "x", "quantity": 1, "rate": 10, "rewards_rate": 4}]}),
            "total_rewards_amount",
        ),
        (
            json!({"payment_method_id": "PYMT-none", "partner_order_id": "o", "total_order_amount": 1}),
            "payment_method_id",
        ),
        (
            json!({"payment_method_id": pm.id, "partner_order_id": "o", "total_order_amount": -1}),
            "total_order_amount",
        ),
        (
            json!({"payment_method_id": pm.id, "partner_order_id": "o", "total_order_amount": 0,
                "order_lines": [{"name": "x", "quantity": 0, "rate": 0, "rewards_rate": 0}]}),
            "order_lines[0].quantity",
        ),
        (
            json!({"payment_method_id": pm.id, "partner_order_id": "o", "total_order_amount": 1, "currency": "dollars"}),
            "currency",
        ),
        (
            json!({"partner_order_id": "o", "total_order_amount": 1}),
            "",
        ),
    ] {
        let a = api.post("/v2/orders", &body).await;
        assert_eq!(a.status, StatusCode::BAD_REQUEST, "{body}: {}", a.text);
        if !param.is_empty() {
            assert_eq!(refused_param(&a).as_deref(), Some(param), "{}", a.text);
        }
    }
    // Replace: id and created_at stay, updated_at advances.
    let mut changed = order(3000);
    changed["partner_order_id"] = json!("o-life-2");
    let put = api
        .call("PUT", &format!("/v2/orders/{id}"), Some(&changed))
        .await;
    assert_eq!(put.status, StatusCode::OK, "{}", put.text);
    assert_eq!(put.json["id"], id.as_str());
    assert_eq!(put.json["created_at"], a.json["created_at"]);
    assert!(
        s(&put.json["updated_at"]) > s(&a.json["updated_at"])
            || put.json["updated_at"] != a.json["updated_at"]
    );
    let missing = api
        .call("PUT", "/v2/orders/ORDR-none", Some(&changed))
        .await;
    assert_eq!(missing.status, StatusCode::NOT_FOUND);
    assert_eq!(missing.json["type"], "ORDER_NOT_FOUND_ERROR");
    let listed = api
        .facade()
        .orders()
        .list(None, Some("o-life-2"))
        .await
        .unwrap();
    assert_eq!(listed.len(), 1);
    assert_eq!(
        api.facade()
            .orders()
            .list(Some(&id), None)
            .await
            .unwrap()
            .len(),
        1
    );
    assert!(
        api.facade()
            .orders()
            .list(None, Some("o-life"))
            .await
            .unwrap()
            .is_empty()
    );

    // Events of the order.
    let ev = |partner: &str| {
        json!({"order_id": id, "type": "CAPTURED", "amount": 3000, "rewards_amount": 60,
        "network_transaction_id": "ntx-o1", "partner_event_id": partner,
        "order_lines": [{"name": "Lamp", "quantity": 3, "rate": 1000, "rewards_rate": 20}]})
    };
    let e1 = api.post("/v2/order_events", &ev("e-1")).await;
    assert_eq!(e1.status, StatusCode::OK, "{}", e1.text);
    let e1_id = s(&e1.json["order_event_id"]);
    assert_eq!(
        api.post("/v2/order_events", &ev("e-1")).await.status,
        StatusCode::BAD_REQUEST
    );
    let mut wrong = ev("e-2");
    wrong["amount"] = json!(2000);
    assert_eq!(
        api.post("/v2/order_events", &wrong).await.status,
        StatusCode::BAD_REQUEST
    );
    let mut orphan = ev("e-3");
    orphan["order_id"] = json!("ORDR-none");
    assert_eq!(
        refused_param(&api.post("/v2/order_events", &orphan).await).as_deref(),
        Some("order_id")
    );
    for filter in [
        format!("order_event_id={e1_id}"),
        format!("order_id={id}"),
        "partner_event_id=e-1".to_owned(),
        "network_transaction_id=ntx-o1".to_owned(),
    ] {
        let a = api.get(&format!("/v2/order_events?{filter}")).await;
        assert_eq!(a.json["total"], 1, "{filter}: {}", a.text);
        assert_eq!(a.json["data"][0]["order_event_id"], e1_id.as_str());
    }
    // Deletes: 204, gone afterwards, 204 again.
    for _ in 0..2 {
        let a = api
            .call("DELETE", &format!("/v2/order_events/{e1_id}"), None)
            .await;
        assert_eq!(a.status, StatusCode::NO_CONTENT);
        assert!(a.text.is_empty());
    }
    assert_eq!(
        api.get(&format!("/v2/order_events?order_id={id}"))
            .await
            .json["total"],
        0
    );
    for _ in 0..2 {
        let a = api.call("DELETE", &format!("/v2/orders/{id}"), None).await;
        assert_eq!(a.status, StatusCode::NO_CONTENT);
    }
    assert!(api.server.order(&id).is_none());
    assert_eq!(
        api.get(&format!("/v2/orders?id={id}")).await.json["data"],
        json!([])
    );
}

#[tokio::test]
async fn keys_are_created_and_revoked() {
    let api = Api::start(MockServer::builder().customers(2)).await;
    let cid = api.server.customers()[0].id().to_owned();
    let admin = api.facade();
    let created = admin.keys().create().await.unwrap();
    let key = created.key.clone().unwrap().into_inner();
    assert!(created.created_at.is_some() && created.deleted_at.is_none());
    let second = api.facade_with_key(&key);
    assert_eq!(second.customers().get(&cid).await.unwrap().id, cid);
    let deleted = second.keys().delete().await.unwrap();
    assert_eq!(deleted.key.unwrap().expose(), &key);
    assert!(deleted.deleted_at.is_some());
    let refused = second.customers().get(&cid).await.unwrap_err();
    assert!(
        matches!(refused, imprint::Error::Unauthorized(_)),
        "{refused:?}"
    );
    let raw = api
        .call_with_key(
            "GET",
            &format!("/v2/customers/{}", encode(&cid)),
            None,
            &key,
        )
        .await;
    assert_eq!(raw.status, StatusCode::UNAUTHORIZED);
    assert_eq!(raw.json["type"], "UNAUTHORIZED");
    let raw = api.call_with_key("DELETE", "/v2/keys", None, &key).await;
    assert_eq!(raw.status, StatusCode::UNAUTHORIZED);
    assert!(
        raw.text.is_empty(),
        "the documented 401 of deleteKey has no body"
    );
    // The initial key works until it is deleted too.
    assert!(admin.customers().get(&cid).await.is_ok());
    admin.keys().delete().await.unwrap();
    assert!(admin.customers().get(&cid).await.is_err());
    let keys = api.server.keys();
    assert_eq!(keys.len(), 2);
    assert!(keys.iter().all(|k| k.deleted_at.is_some()));
}

#[tokio::test]
async fn offers_are_deterministic_per_partner_customer() {
    let a = Api::start(MockServer::builder().customers(5).seed(3)).await;
    let b = Api::start(MockServer::builder().customers(5).seed(3)).await;
    let partner = a.server.customers()[2]
        .customer
        .partner_customer_id
        .clone()
        .unwrap()
        .0;
    let offer_a = a.facade().offers().get(&partner).await.unwrap();
    let offer_b = b.facade().offers().get(&partner).await.unwrap();
    assert_eq!(offer_a, offer_b);
    assert!(!offer_a.title.is_empty() && !offer_a.description.is_empty());
    let missing = a
        .get("/v2/offers?partner_customer_id=PARTNER_USER_999")
        .await;
    assert_eq!(missing.status, StatusCode::NOT_FOUND);
    assert_eq!(
        missing.json,
        json!({"type": "PARTNER_CUSTOMER_NOT_FOUND_ERROR",
               "message": "Partner Customer not found for provided ID: PARTNER_USER_999",
               "param": "partner_customer_id"})
    );
}

#[tokio::test]
async fn not_found_answers_follow_each_operations_schema() {
    let api = Api::start(MockServer::builder().customers(2)).await;
    for (path, kind, param, noun) in [
        (
            "/v2/payment_methods/PYMT-x",
            "PAYMENT_METHOD_NOT_FOUND_ERROR",
            "payment_method_id",
            "Payment method",
        ),
        (
            "/v2/rewards/RWRD-x",
            "REWARD_NOT_FOUND_ERROR",
            "reward_id",
            "Reward",
        ),
        (
            "/v2/transactions/TXN-x",
            "TRANSACTION_FOUND_ERROR",
            "transaction_id",
            "Transaction",
        ),
        (
            "/v2/customer_sessions/SESS-x",
            "SESSION_NOT_FOUND_ERROR",
            "session_id",
            "Session",
        ),
        (
            "/v2/customers/CSMR-x/transaction_intents",
            "TRANSACTION_FOUND_ERROR",
            "customer_id",
            "Customer",
        ),
        (
            "/v2/customers/CSMR-x/rewards",
            "CUSTOMER_NOT_FOUND_ERROR",
            "customer_id",
            "Customer",
        ),
    ] {
        let a = api.get(path).await;
        assert_eq!(a.status, StatusCode::NOT_FOUND, "{path}");
        let id = path.split('/').nth(3).unwrap();
        assert_eq!(
            a.json,
            json!({"type": kind, "message": format!("{noun} not found for provided ID: {id}"), "param": param}),
            "{path}"
        );
    }
}

#[tokio::test]
async fn the_servers_debug_output_holds_no_key_or_secret() {
    let builder = MockServer::builder()
        .customers(2)
        .api_key("sk_MOCK_SECRET_KEY")
        .merchant_key("mk_MOCK_SECRET_MERCHANT");
    let shown_builder = format!("{builder:?}");
    let api = Api::start(builder).await;
    let id = api.server.customers()[0].id().to_owned();
    let client = imprint::Client::builder()
        .api_key("sk_MOCK_SECRET_KEY")
        .merchant_key("mk_MOCK_SECRET_MERCHANT")
        .base_url(api.server.url())
        .build()
        .unwrap();
    let session = api
        .post("/v2/customer_sessions", &json!({"customer_id": id}))
        .await;
    let client_secret = s(&session.json["client_secret"]);
    let created = client.keys().create().await.unwrap();
    let new_key = created.key.unwrap().expose().to_owned();
    client.customers().link(&id, "P_DEBUG", None).await.unwrap();
    let shown = format!(
        "{shown_builder} {:?} {:?} {:?}",
        api.server,
        api.server.requests(),
        api.server.events()
    );
    for secret in [
        "sk_MOCK_SECRET_KEY",
        "mk_MOCK_SECRET_MERCHANT",
        client_secret.as_str(),
        new_key.as_str(),
    ] {
        assert!(!shown.contains(secret), "`{secret}` in:\n{shown}");
    }
    assert!(
        shown.contains("getCustomer") || shown.contains("createKey"),
        "{shown}"
    );
}
