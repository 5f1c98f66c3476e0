//! Every operation of the spec, driven with valid input from the seeded
//! data: each answer's body must validate against the schema the spec
//! documents for its status, and every documented status (errors included)
//! must be reached. Events are checked against the webhook payload schemas.

mod common;

use std::collections::{BTreeMap, BTreeSet};
use std::time::Duration;

use common::{Answer, Api, encode, fragment_validator, spec, violations};
use imprint_mock::MockServer;
use imprint_spec::Spec;
use serde_json::{Value, json};

/// Checks answers against the spec and remembers which statuses were seen.
struct Checker {
    spec: Spec,
    seen: BTreeMap<String, BTreeSet<u16>>,
}

impl Checker {
    fn new() -> Self {
        Self {
            spec: spec(),
            seen: BTreeMap::new(),
        }
    }

    /// Asserts `answer` has status `status` and a body valid against what
    /// `operation` documents for it.
    fn check(&mut self, operation: &str, answer: &Answer, status: u16) {
        assert_eq!(
            answer.status.as_u16(),
            status,
            "{operation}: expected {status}, got {}: {}",
            answer.status,
            answer.text
        );
        let op = self
            .spec
            .operation(operation)
            .unwrap_or_else(|| panic!("no operation {operation}"));
        let response = op
            .responses
            .iter()
            .find(|r| r.code() == Some(status))
            .unwrap_or_else(|| panic!("{operation} does not document {status}"));
        match response.json() {
            Some(media) => {
                let validator = fragment_validator(self.spec.document(), &media.schema);
                let errors = violations(&validator, &answer.json);
                assert!(
                    errors.is_empty(),
                    "{operation} {status}: the body does not match the spec:\n  {}\n{}",
                    errors.join("\n  "),
                    answer.text
                );
            }
            None => assert!(
                answer.text.is_empty(),
                "{operation} {status} documents no body, got {}",
                answer.text
            ),
        }
        self.seen
            .entry(operation.to_owned())
            .or_default()
            .insert(status);
    }

    /// Every documented status of every operation was seen.
    fn assert_complete(&self) {
        let mut missing = Vec::new();
        for op in self.spec.operations() {
            for response in &op.responses {
                let Some(code) = response.code() else {
                    continue;
                };
                if !self.seen.get(&op.id).is_some_and(|s| s.contains(&code)) {
                    missing.push(format!("{} {code}", op.id));
                }
            }
        }
        assert!(missing.is_empty(), "never reached: {missing:?}");
    }
}

fn s(v: &Value) -> String {
    v.as_str().unwrap().to_owned()
}

#[tokio::test]
async fn every_operation_answers_what_the_spec_documents() {
    let api = Api::start(
        MockServer::builder()
            .customers(12)
            .seed(21)
            .simulation_window(Duration::from_secs(3600)),
    )
    .await;
    let mut c = Checker::new();
    let server = &api.server;
    let customers = server.customers();
    let customer = customers[0].clone();
    let cid = customer.id().to_owned();
    let partner = customer.customer.partner_customer_id.clone().unwrap().0;
    let pms = server.payment_methods_of(&cid);
    let card = pms.iter().find(|p| p.card.is_some()).unwrap().clone();
    let pan = common::card_pan(&card);
    let ok = |a: &Answer| a.status.is_success();

    // Customers.
    let a = api
        .get(&format!("/v2/customers?partner_customer_id={partner}"))
        .await;
    c.check("searchCustomers", &a, 200);
    assert_eq!(a.json["data"][0]["id"], cid.as_str());
    let a = api.post("/v2/customers", &json!({"limit": 3})).await;
    c.check("searchCustomersPost", &a, 200);
    let a = api.get_customer(&cid).await;
    c.check("getCustomer", &a, 200);
    c.check("getCustomer", &api.get_customer("CSMR-none").await, 404);
    let a = api.update(&cid, &json!({"first_name": "Ada"})).await;
    c.check("updateCustomer", &a, 200);
    c.check(
        "updateCustomer",
        &api.update("CSMR-none", &json!({"first_name": "Ada"})).await,
        404,
    );

    // Links.
    let link = format!("/v2/customers/{}/link", encode(&cid));
    c.check(
        "linkCustomerAccount",
        &api.post(&link, &json!({})).await,
        400,
    );
    let a = api
        .post(
            &link,
            &json!({"partner_customer_id": "P-1", "metadata": {"store_id": "s1"}}),
        )
        .await;
    c.check("linkCustomerAccount", &a, 200);
    let a = api
        .post(&link, &json!({"partner_customer_id": "P-2"}))
        .await;
    c.check("linkCustomerAccount", &a, 409);
    assert_eq!(a.json["error"]["type"], "CUSTOMER_ALREADY_LINKED");
    assert_eq!(
        a.json["error"]["existing_link"]["partner_customer_id"],
        "P-1"
    );
    let a = api
        .post(
            "/v2/customers/CSMR-none/link",
            &json!({"partner_customer_id": "P-3"}),
        )
        .await;
    c.check("linkCustomerAccount", &a, 404);

    // Sessions.
    let a = api
        .post("/v2/customer_sessions", &json!({"customer_id": cid, "source": "web", "metadata": {"k": "v"}, "customer_metadata": {"tier": "gold"}}))
        .await;
    c.check("createSession", &a, 201);
    let session = s(&a.json["id"]);
    let a = api
        .post(
            "/v2/customer_sessions",
            &json!({"customer_id": "CSMR-none"}),
        )
        .await;
    c.check("createSession", &a, 400);
    c.check(
        "getSession",
        &api.get(&format!("/v2/customer_sessions/{session}")).await,
        200,
    );
    c.check(
        "getSession",
        &api.get("/v2/customer_sessions/SESS-none").await,
        404,
    );

    // Payment methods.
    let a = api
        .get(&format!("/v2/payment_methods?customer_id={}", encode(&cid)))
        .await;
    c.check("searchPaymentMethods", &a, 200);
    let a = api
        .post(
            "/v2/payment_methods",
            &json!({"customer_id": cid, "type": "CARD", "pan": pan}),
        )
        .await;
    c.check("searchPaymentMethodsPost", &a, 200);
    assert_eq!(a.json["data"].as_array().unwrap().len(), 1);
    let a = api
        .post("/v2/payment_methods", &json!({"type": "CARD"}))
        .await;
    c.check("searchPaymentMethodsPost", &a, 400);
    let a = api.get(&format!("/v2/payment_methods/{}", card.id)).await;
    c.check("getPaymentMethod", &a, 200);
    c.check(
        "getPaymentMethod",
        &api.get("/v2/payment_methods/PYMT-none").await,
        404,
    );
    let a = api
        .get(&format!("/v2/customers/{}/payment_methods", encode(&cid)))
        .await;
    c.check("getPaymentMethods", &a, 200);
    c.check(
        "getPaymentMethods",
        &api.get("/v2/customers/CSMR-none/payment_methods").await,
        404,
    );

    // Intents.
    let a = api
        .post(
            "/v2/transaction_intents",
            &json!({"customer_id": cid, "amount": 2500, "currency": "USD", "payment_method_id": card.id,
                    "network_transaction_id": "ntx-op-1", "expected_date": "2025-02-13", "metadata": {"a": 1}}),
        )
        .await;
    c.check("createTransactionIntent", &a, 200);
    let intent = s(&a.json["id"]);
    let a = api
        .post(
            "/v2/transaction_intents",
            &json!({"customer_id": cid, "amount": -1, "currency": "USD"}),
        )
        .await;
    c.check("createTransactionIntent", &a, 400);
    c.check(
        "searchTransactionIntents",
        &api.get("/v2/transaction_intents?type=CONFIRMED").await,
        200,
    );
    let path = format!("/v2/transaction_intents/{intent}");
    c.check("getTransactionIntent", &api.get(&path).await, 200);
    c.check(
        "getTransactionIntent",
        &api.get("/v2/transaction_intents/TXIN-none").await,
        404,
    );
    let a = api
        .post(
            &path,
            &json!({"customer_id": cid, "amount": 2600, "status": "CONFIRMED"}),
        )
        .await;
    c.check("updateTransactionIntent", &a, 200);
    let a = api
        .post(
            &path,
            &json!({"customer_id": cid, "amount": 2600, "status": "DONE"}),
        )
        .await;
    c.check("updateTransactionIntent", &a, 400);
    let a = api
        .post(
            "/v2/transaction_intents/TXIN-none",
            &json!({"customer_id": cid, "amount": 2600, "status": "CONFIRMED"}),
        )
        .await;
    c.check("updateTransactionIntent", &a, 404);
    let a = api
        .get(&format!(
            "/v2/customers/{}/transaction_intents",
            encode(&cid)
        ))
        .await;
    c.check("getTransactionIntents", &a, 200);
    let a = api.get("/v2/customers/CSMR-none/transaction_intents").await;
    c.check("getTransactionIntents", &a, 404);

    // Transactions.
    let event = json!({"payment_method_id": card.id, "status": "APPROVED", "amount": 2600,
                       "currency": "USD", "network_transaction_id": "ntx-op-1", "authorization_code": "645432",
                       "merchant": {"name": "Target", "category_code": "5411", "category": null}});
    if server.payment_method(&card.id).unwrap().status.as_str() != "ACTIVE" {
        server
            .set_payment_method_status(
                &card.id,
                imprint_raw::open_enums::PaymentMethodStatus::Active,
            )
            .unwrap();
    }
    let a = api.post("/v2/simulate_transaction_event", &event).await;
    c.check("simulateTransactionEvent", &a, 200);
    let txn = s(&a.json["transaction_id"]);
    let a = api
        .post(
            "/v2/simulate_transaction_event",
            &json!({"payment_method_id": card.id, "status": "REFUNDED", "transaction_id": txn}),
        )
        .await;
    c.check("simulateTransactionEvent", &a, 409);
    let a = api.get(&format!("/v2/transactions/{txn}")).await;
    c.check("getTransaction", &a, 200);
    assert_eq!(a.json["intent_id"], intent.as_str());
    c.check(
        "getTransaction",
        &api.get("/v2/transactions/TXN-none").await,
        404,
    );
    let a = api
        .get(&format!("/v2/customers/{}/transactions", encode(&cid)))
        .await;
    c.check("getTransactions", &a, 200);
    c.check(
        "getTransactions",
        &api.get("/v2/customers/CSMR-none/transactions").await,
        404,
    );

    // Rewards.
    let reward = server
        .rewards()
        .into_iter()
        .find(|r| r.status.as_str() == "PENDING")
        .unwrap();
    let event_reward = server
        .rewards()
        .into_iter()
        .find(|r| r.transaction_event_id.is_some())
        .unwrap();
    let a = api
        .get(&format!(
            "/v2/rewards?transaction_event_id={}",
            event_reward.transaction_event_id.clone().unwrap()
        ))
        .await;
    c.check("searchRewards", &a, 200);
    assert!(
        a.json["data"]
            .as_array()
            .unwrap()
            .iter()
            .any(|r| r["id"] == event_reward.id.as_str())
    );
    c.check(
        "getReward",
        &api.get(&format!("/v2/rewards/{}", reward.id)).await,
        200,
    );
    c.check("getReward", &api.get("/v2/rewards/RWRD-none").await, 404);
    let a = api
        .call(
            "PATCH",
            &format!("/v2/rewards/{}", reward.id),
            Some(&json!({"amount": 120, "status": "AVAILABLE"})),
        )
        .await;
    c.check("patchReward", &a, 200);
    let a = api
        .call(
            "PATCH",
            "/v2/rewards/RWRD-none",
            Some(&json!({"amount": 120, "status": "AVAILABLE"})),
        )
        .await;
    c.check("patchReward", &a, 404);
    let rewards_of = |id: &str| format!("/v2/customers/{}/rewards", encode(id));
    c.check("getRewards", &api.get(&rewards_of(&cid)).await, 200);
    c.check("getRewards", &api.get(&rewards_of("CSMR-none")).await, 404);
    let balance = |id: &str| format!("/v2/customers/{}/rewards_balance", encode(id));
    c.check("getRewardsBalance", &api.get(&balance(&cid)).await, 200);
    c.check(
        "getRewardsBalance",
        &api.get(&balance("CSMR-none")).await,
        404,
    );
    let sim = |id: &str, kind: &str| json!({"customer_id": id, "reward_type": kind});
    let a = api.post("/v2/simulate_reward", &sim(&cid, "DELAYED")).await;
    c.check("simulateReward", &a, 200);
    let a = api
        .post("/v2/simulate_reward", &sim(&cid, "STATEMENT"))
        .await;
    c.check("simulateReward", &a, 409);
    let a = api
        .post("/v2/simulate_reward", &sim("CSMR-none", "STATEMENT"))
        .await;
    c.check("simulateReward", &a, 404);
    let a = api
        .post(
            "/v2/simulate_statement_reward",
            &json!({"customer_id": cid}),
        )
        .await;
    c.check("simulateStatementReward", &a, 200);
    let a = api
        .post(
            "/v2/simulate_statement_reward",
            &json!({"customer_id": "CSMR-none"}),
        )
        .await;
    c.check("simulateStatementReward", &a, 404);

    // Offers.
    let a = api
        .get(&format!(
            "/v2/offers?partner_customer_id={}",
            encode(&customers[1].customer.partner_customer_id.clone().unwrap().0)
        ))
        .await;
    c.check("getOffer", &a, 200);
    c.check(
        "getOffer",
        &api.get("/v2/offers?partner_customer_id=nobody").await,
        404,
    );
    // The spec leaves the customer optional; without one, none is found.
    let anonymous = api.get("/v2/offers").await;
    c.check("getOffer", &anonymous, 404);
    assert_eq!(anonymous.json["type"], "PARTNER_CUSTOMER_NOT_FOUND_ERROR");

    // Orders and order events.
    let order = json!({"payment_method_id": card.id, "partner_order_id": "o-ops-1", "currency": "USD",
        "total_order_amount": 5000, "total_rewards_amount": 50,
        "order_lines": [{"name": "Lamp", "quantity": 2, "rate": 2500, "rewards_rate": 25}]});
    let a = api.post("/v2/orders", &order).await;
    c.check("createOrder", &a, 200);
    let order_id = s(&a.json["id"]);
    c.check(
        "listOrders",
        &api.get("/v2/orders?partner_order_id=o-ops-1").await,
        200,
    );
    let a = api
        .call("PUT", &format!("/v2/orders/{order_id}"), Some(&order))
        .await;
    c.check("putOrder", &a, 200);
    let a = api.call("PUT", "/v2/orders/ORDER-none", Some(&order)).await;
    c.check("putOrder", &a, 404);
    let ev = json!({"order_id": order_id, "type": "CAPTURED", "amount": 5000, "rewards_amount": 50,
        "network_transaction_id": "ntx-op-2", "partner_event_id": "e-ops-1"});
    let a = api.post("/v2/order_events", &ev).await;
    c.check("postOrderEvent", &a, 200);
    let event_id = s(&a.json["order_event_id"]);
    c.check(
        "listOrderEvents",
        &api.get(&format!("/v2/order_events?order_id={order_id}"))
            .await,
        200,
    );
    let a = api
        .call("DELETE", &format!("/v2/order_events/{event_id}"), None)
        .await;
    c.check("deleteOrderEvent", &a, 204);
    let a = api
        .call("DELETE", &format!("/v2/orders/{order_id}"), None)
        .await;
    c.check("deleteOrder", &a, 204);

    // Keys: a new key works; deleting it revokes it; then both key
    // operations answer the documented empty 401.
    let a = api.call("POST", "/v2/keys", None).await;
    c.check("createKey", &a, 200);
    let key = s(&a.json["key"]);
    let a = api.call_with_key("DELETE", "/v2/keys", None, &key).await;
    c.check("deleteKey", &a, 200);
    let a = api.call_with_key("POST", "/v2/keys", None, &key).await;
    c.check("createKey", &a, 401);
    let a = api.call_with_key("DELETE", "/v2/keys", None, &key).await;
    c.check("deleteKey", &a, 401);
    assert!(
        ok(&api.get_customer(&cid).await),
        "the initial key still works"
    );

    // The events so far match the webhook payload schemas.
    let events = server.events();
    let kinds: BTreeSet<&str> = events.iter().map(|e| e.webhook.as_str()).collect();
    for kind in ["CustomerLink", "Transaction", "Reward"] {
        assert!(kinds.contains(kind), "no {kind} event in {kinds:?}");
    }
    check_events(&c.spec, &events);

    // A production-like server (no simulations) and a product without
    // statement rewards.
    let prod = Api::start(
        MockServer::builder()
            .customers(2)
            .sandbox(false)
            .reward_types(["DELAYED"]),
    )
    .await;
    let id = prod.server.customers()[0].id().to_owned();
    let a = prod.post("/v2/simulate_reward", &sim(&id, "DELAYED")).await;
    c.check("simulateReward", &a, 403);
    let a = prod
        .post("/v2/simulate_statement_reward", &json!({"customer_id": id}))
        .await;
    c.check("simulateStatementReward", &a, 403);
    let delayed_only =
        Api::start(MockServer::builder().customers(2).reward_types(["DELAYED"])).await;
    let id = delayed_only.server.customers()[0].id().to_owned();
    let a = delayed_only
        .post("/v2/simulate_reward", &sim(&id, "STATEMENT"))
        .await;
    c.check("simulateReward", &a, 400);
    assert_eq!(a.json["error"]["type"], "BAD_REQUEST_ERROR");
    let a = delayed_only
        .post("/v2/simulate_statement_reward", &json!({"customer_id": id}))
        .await;
    c.check("simulateStatementReward", &a, 400);

    refuse_each_malformed_request(&api, &mut c).await;
    c.assert_complete();
}

/// Every operation that documents a 400 and takes input, sent one
/// malformed request made from its spec alone (so an operation added to the
/// spec is covered with no code here): a path parameter that is not valid
/// UTF-8 once decoded, else a required query parameter left out, else a
/// `limit` of 0, else a JSON body that is an array, else a query parameter
/// that is not valid UTF-8. Each must be a 400 in the documented shape.
async fn refuse_each_malformed_request(api: &Api, c: &mut Checker) {
    use imprint_spec::Location;
    let ops: Vec<imprint_spec::Operation> = c.spec.operations().to_vec();
    for op in ops
        .iter()
        .filter(|o| o.responses.iter().any(|r| r.code() == Some(400)))
    {
        let path_params: Vec<&str> = op
            .params_in(Location::Path)
            .map(|p| p.name.as_str())
            .collect();
        let required_query: Vec<&str> = op
            .params_in(Location::Query)
            .filter(|p| p.required)
            .map(|p| p.name.as_str())
            .collect();
        // The first path parameter is the malformed one, the rest are ids.
        let mut path = op.path.clone();
        for (i, name) in path_params.iter().enumerate() {
            let value = if i == 0 { "%FF" } else { "SOME-ID" };
            path = path.replace(&format!("{{{name}}}"), value);
        }
        let mut body = op.request_body.as_ref().map(|_| json!({}));
        let query: Vec<String> = if !path_params.is_empty() {
            required_query.iter().map(|n| format!("{n}=x")).collect()
        } else if let Some((_, rest)) = required_query.split_first() {
            rest.iter().map(|n| format!("{n}=x")).collect()
        } else if op.param("limit").is_some() {
            vec!["limit=0".to_owned()]
        } else if op.request_body.is_some() {
            body = Some(json!([]));
            Vec::new()
        } else if let Some(p) = op.params_in(Location::Query).next() {
            vec![format!("{}=%FF", p.name)]
        } else {
            continue;
        };
        let target = if query.is_empty() {
            path
        } else {
            format!("{path}?{}", query.join("&"))
        };
        let a = api.call(&op.method, &target, body.as_ref()).await;
        c.check(&op.id, &a, 400);
    }
}

/// Each event's payload validates against its webhook's payload schema, and
/// carries the webhook's `object`.
fn check_events(spec: &Spec, events: &[imprint_mock::MockEvent]) {
    for (n, event) in events.iter().enumerate() {
        assert_eq!(event.sequence, n as u64 + 1);
        let hook = spec
            .webhooks()
            .iter()
            .find(|w| w.name == event.webhook)
            .unwrap_or_else(|| panic!("no webhook {}", event.webhook));
        let schema = json!({"$ref": format!("#/components/schemas/{}", hook.payload_schema.as_deref().unwrap())});
        let validator = fragment_validator(spec.document(), &schema);
        let errors = violations(&validator, &event.payload);
        assert!(
            errors.is_empty(),
            "{} event: {errors:?}\n{}",
            event.webhook,
            event.payload
        );
        assert_eq!(
            event.payload["object"].as_str(),
            hook.object.as_deref(),
            "{}",
            event.payload
        );
    }
}

/// Every seeded object validates against its component schema (the
/// answers above show a few of each; this shows all of them).
#[tokio::test]
async fn all_seeded_objects_match_their_schemas() {
    let api = Api::start(MockServer::builder().customers(60).seed(8)).await;
    let spec = spec();
    let doc = spec.document();
    let v = |name: &str| {
        fragment_validator(
            doc,
            &json!({"$ref": format!("#/components/schemas/{name}")}),
        )
    };
    let check = |validator: &jsonschema::Validator, value: Value, what: &str| {
        let errors = violations(validator, &value);
        assert!(errors.is_empty(), "{what}: {errors:?}\n{value}");
    };
    let server = &api.server;
    let (pm, intent, txn, reward, order, event) = (
        v("PaymentMethod"),
        v("TransactionIntent"),
        v("Transaction"),
        v("Reward"),
        v("Order"),
        v("OrderEvent"),
    );
    for p in server.payment_methods() {
        check(&pm, serde_json::to_value(&p).unwrap(), &p.id);
    }
    for i in server.transaction_intents() {
        check(&intent, serde_json::to_value(&i).unwrap(), &i.id);
    }
    for t in server.transactions() {
        check(
            &txn,
            serde_json::to_value(&t.transaction).unwrap(),
            &t.transaction.id,
        );
    }
    for r in server.rewards() {
        check(&reward, serde_json::to_value(&r).unwrap(), &r.id);
    }
    for o in server.orders() {
        check(&order, serde_json::to_value(&o).unwrap(), "order");
    }
    for e in server.order_events() {
        check(&event, serde_json::to_value(&e).unwrap(), "order event");
    }
    let kinds: BTreeSet<String> = server
        .payment_methods()
        .iter()
        .map(|p| p.type_.as_str().to_owned())
        .collect();
    assert_eq!(kinds.len(), 3, "cards, bank accounts and loans: {kinds:?}");
    let statuses: BTreeSet<String> = server
        .rewards()
        .iter()
        .map(|r| r.status.as_str().to_owned())
        .collect();
    assert_eq!(statuses.len(), 4, "{statuses:?}");
}
