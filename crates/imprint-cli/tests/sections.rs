//! The section commands, run as a process against `httpmock` stubs that
//! match exactly what must reach the wire (method, path, query, JSON body):
//! at least one command of every group, the choice between a GET and a POST
//! form, `--json` merged with field flags, formats and tables.

mod common;

use common::{TempFile, imprint, refused_url};
use httpmock::prelude::*;
use serde_json::{Value, json};

fn ok(then: httpmock::Then, body: Value) {
    then.status(200)
        .header("content-type", "application/json")
        .json_body(body);
}

#[test]
fn payment_methods_get_and_search_by_query_or_by_pan() {
    let server = MockServer::start();
    let pm = json!({"id": "PM-1", "type": "CARD", "customer_id": "C-1", "status": "ACTIVE"});
    let page = json!({"data": [pm.clone()], "has_more": false, "total": 1});
    let get = server.mock(|w, t| {
        w.method(GET).path("/v2/payment_methods/PM-1");
        ok(t, pm.clone());
    });
    let by_query = server.mock(|w, t| {
        w.method(GET)
            .path("/v2/payment_methods")
            .query_param("customer_id", "C-1")
            .query_param("type", "CARD")
            .query_param("limit", "3");
        ok(t, page.clone());
    });
    let by_pan = server.mock(|w, t| {
        w.method(POST)
            .path("/v2/payment_methods")
            .json_body(json!({"customer_id": "C-1", "pan": "4111111111111111"}));
        ok(t, page.clone());
    });
    let url = server.base_url();
    imprint(&url, &["payment-methods", "get", "PM-1"], None).expect(0);
    let run = imprint(
        &url,
        &[
            "payment-methods",
            "search",
            "--customer-id",
            "C-1",
            "--type",
            "CARD",
            "--limit",
            "3",
        ],
        None,
    );
    run.expect(0);
    assert_eq!(run.json()["data"][0]["id"], "PM-1");
    imprint(
        &url,
        &[
            "payment-methods",
            "search",
            "--customer-id",
            "C-1",
            "--pan",
            "4111111111111111",
        ],
        None,
    )
    .expect(0);
    get.assert();
    by_query.assert();
    by_pan.assert();
}

#[test]
fn transaction_intents_create_get_update_search() {
    let server = MockServer::start();
    let intent = json!({"id": "TI-1", "customer_id": "C-1", "amount": 1000, "currency": "USD", "status": "CONFIRMED"});
    let create = server.mock(|w, t| {
        w.method(POST)
            .path("/v2/transaction_intents")
            .json_body(json!({
                "customer_id": "C-1", "amount": 1000, "currency": "USD",
                "merchant_name": "walmart", "metadata": {"k": "v"}
            }));
        ok(t, intent.clone());
    });
    let get = server.mock(|w, t| {
        w.method(GET).path("/v2/transaction_intents/TI-1");
        ok(t, intent.clone());
    });
    // --json gives the body; a flag overrides one field, an object merges.
    let update = server.mock(|w, t| {
        w.method(POST)
            .path("/v2/transaction_intents/TI-1")
            .json_body(json!({
                "customer_id": "C-1", "amount": 1000, "status": "CANCELED",
                "created_at": "2025-02-13T19:08:07Z", "metadata": {"a": "1", "b": "2"}
            }));
        ok(t, intent.clone());
    });
    let search = server.mock(|w, t| {
        w.method(GET)
            .path("/v2/transaction_intents")
            .query_param("type", "CONFIRMED");
        ok(t, json!({"data": [intent.clone()], "has_more": false}));
    });
    let url = server.base_url();
    let run = imprint(
        &url,
        &[
            "transaction-intents",
            "create",
            "--customer-id",
            "C-1",
            "--amount",
            "1000",
            "--currency",
            "USD",
            "--merchant-name",
            "walmart",
            "--metadata",
            r#"{"k":"v"}"#,
        ],
        None,
    );
    run.expect(0);
    assert_eq!(run.json()["id"], "TI-1");
    imprint(&url, &["transaction-intents", "get", "TI-1"], None).expect(0);
    let body = TempFile::new(
        "update.json",
        r#"{"customer_id":"C-1","amount":1000,"status":"CONFIRMED","created_at":"2025-02-13T19:08:07Z","metadata":{"a":"1"}}"#,
    );
    imprint(
        &url,
        &[
            "transaction-intents",
            "update",
            "TI-1",
            "--json",
            body.path(),
            "--status",
            "CANCELED",
            "--metadata",
            r#"{"b":"2"}"#,
        ],
        None,
    )
    .expect(0);
    imprint(
        &url,
        &["transaction-intents", "search", "--type", "CONFIRMED"],
        None,
    )
    .expect(0);
    for m in [create, get, update, search] {
        m.assert();
    }
}

#[test]
fn transactions_get() {
    let server = MockServer::start();
    let m = server.mock(|w, t| {
        w.method(GET).path("/v2/transactions/T-1");
        ok(
            t,
            json!({"id": "T-1", "amount": 5000, "status": "APPROVED"}),
        );
    });
    let run = imprint(&server.base_url(), &["transactions", "get", "T-1"], None);
    run.expect(0);
    assert_eq!(run.json()["amount"], 5000);
    m.assert();
}

#[test]
fn rewards_get_search_patch_and_tables() {
    let server = MockServer::start();
    let r = |id: &str| json!({"id": id, "customer_id": "C-1", "transaction_event_id": "TE-1", "amount": 120, "status": "PENDING", "metadata": {"x": 1}});
    let get = server.mock(|w, t| {
        w.method(GET).path("/v2/rewards/R-1");
        ok(t, r("R-1"));
    });
    let search = server.mock(|w, t| {
        w.method(GET)
            .path("/v2/rewards")
            .query_param("transaction_event_id", "TE-1")
            .query_param("limit", "2");
        ok(
            t,
            json!({"data": [r("R-1"), r("R-2")], "has_more": true, "total": 9}),
        );
    });
    let patch = server.mock(|w, t| {
        w.method("PATCH")
            .path("/v2/rewards/R-1")
            .json_body(json!({"amount": 90, "status": "AVAILABLE"}));
        ok(t, r("R-1"));
    });
    let url = server.base_url();
    imprint(
        &url,
        &[
            "rewards",
            "patch",
            "R-1",
            "--amount",
            "90",
            "--status",
            "AVAILABLE",
        ],
        None,
    )
    .expect(0);
    let search_args = [
        "rewards",
        "search",
        "--transaction-event-id",
        "TE-1",
        "--limit",
        "2",
    ];
    // json: the page as sent, pretty.
    let run = imprint(&url, &search_args, None);
    run.expect(0);
    assert_eq!(run.json()["total"], 9);
    assert!(
        run.stdout.contains("\n  \"data\""),
        "pretty: {}",
        run.stdout
    );
    // jsonl: the items.
    let run = imprint(
        &url,
        &[&["--format", "jsonl"][..], &search_args].concat(),
        None,
    );
    run.expect(0);
    assert_eq!(run.lines().len(), 2);
    // table: columns from the Reward schema, id first, and the next cursor.
    let run = imprint(
        &url,
        &[&["--format", "table"][..], &search_args].concat(),
        None,
    );
    run.expect(0);
    let lines: Vec<&str> = run.stdout.lines().collect();
    assert!(
        lines[0].starts_with("ID   ")
            && lines[0].contains("CUSTOMER_ID")
            && lines[0].contains("AMOUNT"),
        "{}",
        run.stdout
    );
    assert!(
        !lines[0].contains("METADATA"),
        "objects are not columns: {}",
        lines[0]
    );
    assert!(lines[1].starts_with("R-1 "), "{}", run.stdout);
    assert_eq!(*lines.last().unwrap(), "more results: --starting-after R-2");
    // One object as a table: field by field.
    let run = imprint(&url, &["--format", "table", "rewards", "get", "R-1"], None);
    run.expect(0);
    assert!(
        run.stdout
            .lines()
            .any(|l| l.split_whitespace().collect::<Vec<_>>() == ["ID", "R-1"]),
        "{}",
        run.stdout
    );
    assert!(
        run.stdout.contains("METADATA") && run.stdout.contains(r#"{"x":1}"#),
        "{}",
        run.stdout
    );
    get.assert();
    search.assert_calls(3);
    patch.assert();
}

#[test]
fn orders_list_create_put_delete() {
    let server = MockServer::start();
    let order =
        json!({"payment_method_id": "PM-1", "partner_order_id": "o-1", "total_order_amount": 5000});
    let list = server.mock(|w, t| {
        w.method(GET)
            .path("/v2/orders")
            .query_param("partner_order_id", "o-1");
        ok(t, json!({"data": [order.clone()]}));
    });
    let create = server.mock(|w, t| {
        w.method(POST).path("/v2/orders").json_body(order.clone());
        ok(t, order.clone());
    });
    let put = server.mock(|w, t| {
        w.method(PUT)
            .path("/v2/orders/O-1")
            .json_body(json!({"payment_method_id": "PM-1", "partner_order_id": "o-1", "total_order_amount": 6000}));
        ok(t, order.clone());
    });
    let delete = server.mock(|w, t| {
        w.method(DELETE).path("/v2/orders/O-1");
        t.status(204);
    });
    let url = server.base_url();
    let run = imprint(
        &url,
        &[
            "--format",
            "jsonl",
            "orders",
            "list",
            "--partner-order-id",
            "o-1",
        ],
        None,
    );
    run.expect(0);
    assert_eq!(
        run.lines(),
        std::slice::from_ref(&order),
        "jsonl prints a list's items"
    );
    let file = TempFile::new("order.json", &order.to_string());
    imprint(&url, &["orders", "create", "--json", file.path()], None).expect(0);
    imprint(
        &url,
        &[
            "orders",
            "put",
            "O-1",
            "--json",
            "-",
            "--total-order-amount",
            "6000",
        ],
        Some(&order.to_string()),
    )
    .expect(0);
    let run = imprint(&url, &["orders", "delete", "O-1"], None);
    run.expect(0);
    assert_eq!(run.stdout, "");
    for m in [list, create, put, delete] {
        m.assert();
    }
}

#[test]
fn order_events_list_create_delete() {
    let server = MockServer::start();
    let event = json!({"order_id": "O-1", "type": "CAPTURED", "amount": 2500, "network_transaction_id": "N-1"});
    let list = server.mock(|w, t| {
        w.method(GET)
            .path("/v2/order_events")
            .query_param("order_id", "O-1");
        ok(t, json!({"data": [event.clone()], "has_more": false}));
    });
    let create = server.mock(|w, t| {
        w.method(POST)
            .path("/v2/order_events")
            .json_body(event.clone());
        ok(t, event.clone());
    });
    let delete = server.mock(|w, t| {
        w.method(DELETE).path("/v2/order_events/E-1");
        t.status(204);
    });
    let url = server.base_url();
    imprint(&url, &["order-events", "list", "--order-id", "O-1"], None).expect(0);
    imprint(
        &url,
        &[
            "order-events",
            "create",
            "--order-id",
            "O-1",
            "--type",
            "CAPTURED",
            "--amount",
            "2500",
            "--network-transaction-id",
            "N-1",
        ],
        None,
    )
    .expect(0);
    imprint(&url, &["order-events", "delete", "E-1"], None).expect(0);
    for m in [list, create, delete] {
        m.assert();
    }
}

#[test]
fn customer_sessions_create_and_get() {
    let server = MockServer::start();
    let session =
        json!({"id": "S-1", "client_secret": "cs_live_abc", "expires_at": "2030-01-01T00:00:00Z"});
    let create = server.mock(|w, t| {
        w.method(POST)
            .path("/v2/customer_sessions")
            .json_body(json!({"customer_id": "C-1", "transaction_amount": 34000, "transaction_currency": "USD"}));
        t.status(201).header("content-type", "application/json").json_body(session.clone());
    });
    let get = server.mock(|w, t| {
        w.method(GET).path("/v2/customer_sessions/S-1");
        ok(t, session.clone());
    });
    let url = server.base_url();
    let run = imprint(
        &url,
        &[
            "customer-sessions",
            "create",
            "--customer-id",
            "C-1",
            "--transaction-amount",
            "34000",
            "--transaction-currency",
            "USD",
        ],
        None,
    );
    run.expect(0);
    assert_eq!(
        run.json()["client_secret"],
        "cs_live_abc",
        "the user's data, as returned"
    );
    imprint(&url, &["customer-sessions", "get", "S-1"], None).expect(0);
    create.assert();
    get.assert();
}

#[test]
fn customers_derived_commands() {
    let server = MockServer::start();
    let link = server.mock(|w, t| {
        w.method(POST)
            .path("/v2/customers/C-1/link")
            .json_body(json!({"partner_customer_id": "P-1", "metadata": {"store_id": "s1"}}));
        ok(
            t,
            json!({"customer_id": "C-1", "partner_customer_id": "P-1", "status": "LINKED"}),
        );
    });
    let balance = server.mock(|w, t| {
        w.method(GET).path("/v2/customers/C-1/rewards_balance");
        ok(t, json!({"customer_id": "C-1", "reward_balance": 1234}));
    });
    let pms = server.mock(|w, t| {
        w.method(GET).path("/v2/customers/C-1/payment_methods");
        ok(t, json!({"data": [{"id": "PM-1"}]}));
    });
    let intents = server.mock(|w, t| {
        w.method(GET).path("/v2/customers/C-1/transaction_intents");
        ok(t, json!({"data": [{"id": "TI-1"}]}));
    });
    let transactions = server.mock(|w, t| {
        w.method(GET)
            .path("/v2/customers/C-1/transactions")
            .query_param("limit", "5");
        ok(t, json!({"data": [{"id": "T-1"}], "has_more": false}));
    });
    let rewards = server.mock(|w, t| {
        w.method(GET).path("/v2/customers/C-1/rewards");
        ok(
            t,
            json!({"data": [{"id": "R-1"}, {"id": "R-2"}], "has_more": false}),
        );
    });
    let url = server.base_url();
    imprint(
        &url,
        &[
            "customers",
            "link",
            "C-1",
            "--partner-customer-id",
            "P-1",
            "--metadata",
            r#"{"store_id":"s1"}"#,
        ],
        None,
    )
    .expect(0);
    let run = imprint(&url, &["customers", "rewards-balance", "C-1"], None);
    run.expect(0);
    assert_eq!(run.json()["reward_balance"], 1234);
    imprint(&url, &["customers", "payment-methods", "C-1"], None).expect(0);
    imprint(&url, &["customers", "transaction-intents", "C-1"], None).expect(0);
    imprint(
        &url,
        &["customers", "transactions", "C-1", "--limit", "5"],
        None,
    )
    .expect(0);
    let run = imprint(
        &url,
        &["--format", "jsonl", "customers", "rewards", "C-1", "--all"],
        None,
    );
    run.expect(0);
    assert_eq!(run.lines().len(), 2);
    for m in [link, balance, pms, intents, transactions, rewards] {
        m.assert();
    }
}

#[test]
fn offers_simulate_and_keys() {
    let server = MockServer::start();
    let offer = server.mock(|w, t| {
        w.method(GET)
            .path("/v2/offers")
            .query_param("partner_customer_id", "P-1");
        ok(
            t,
            json!({"id": "OF-1", "is_prescreened": true, "title": "Card"}),
        );
    });
    let event = server.mock(|w, t| {
        w.method(POST).path("/v2/simulate_transaction_event").json_body(json!({
            "payment_method_id": "PM-1", "status": "APPROVED", "amount": 5000, "currency": "USD",
            "merchant": {"name": "Target"}
        }));
        ok(
            t,
            json!({"transaction_id": "T-1", "event_id": "E-1", "status": "APPROVED"}),
        );
    });
    let statement = server.mock(|w, t| {
        w.method(POST)
            .path("/v2/simulate_statement_reward")
            .json_body(json!({"customer_id": "C-1"}));
        ok(t, json!({"debugging_id": "d1"}));
    });
    let reward = server.mock(|w, t| {
        w.method(POST)
            .path("/v2/simulate_reward")
            .json_body(json!({"customer_id": "C-1", "reward_type": "DELAYED"}));
        ok(t, json!({"debugging_id": "d2"}));
    });
    let key_create = server.mock(|w, t| {
        w.method(POST).path("/v2/keys");
        ok(
            t,
            json!({"key": "sk_new_1", "created_at": "2025-01-01T00:00:00Z"}),
        );
    });
    let key_delete = server.mock(|w, t| {
        w.method(DELETE).path("/v2/keys");
        ok(
            t,
            json!({"key": "sk_new_1", "deleted_at": "2025-01-02T00:00:00Z"}),
        );
    });
    let url = server.base_url();
    imprint(
        &url,
        &["offers", "get", "--partner-customer-id", "P-1"],
        None,
    )
    .expect(0);
    imprint(
        &url,
        &[
            "simulate",
            "transaction-event",
            "--payment-method-id",
            "PM-1",
            "--status",
            "APPROVED",
            "--amount",
            "5000",
            "--currency",
            "USD",
            "--merchant",
            r#"{"name":"Target"}"#,
        ],
        None,
    )
    .expect(0);
    imprint(
        &url,
        &["simulate", "statement-reward", "--customer-id", "C-1"],
        None,
    )
    .expect(0);
    imprint(
        &url,
        &[
            "simulate",
            "reward",
            "--customer-id",
            "C-1",
            "--reward-type",
            "DELAYED",
        ],
        None,
    )
    .expect(0);
    let run = imprint(&url, &["--format", "table", "keys", "create"], None);
    run.expect(0);
    assert!(
        run.stdout.contains("sk_new_1"),
        "a created key is shown to its owner: {}",
        run.stdout
    );
    imprint(&url, &["keys", "delete"], None).expect(0);
    for m in [offer, event, statement, reward, key_create, key_delete] {
        m.assert();
    }
}

#[test]
fn section_commands_refuse_like_api_and_send_nothing() {
    let server = MockServer::start();
    let anything = server.mock(|w, t| {
        w.any_request();
        t.status(500);
    });
    let url = server.base_url();
    let cases: &[(&[&str], &[&str])] = &[
        (
            &["rewards", "search", "--limit", "zero"],
            &["parameter `limit`", "integer"],
        ),
        (
            &["simulate", "reward", "--customer-id", "C"],
            &["\"reward_type\" is a required property"],
        ),
        (
            &[
                "simulate",
                "reward",
                "--customer-id",
                "C",
                "--reward-type",
                "SOON",
            ],
            &["not one of: STATEMENT, DELAYED"],
        ),
        (
            &[
                "transaction-intents",
                "create",
                "--amount",
                "1",
                "--metadata",
                "{oops",
            ],
            &["field `metadata`: expected JSON"],
        ),
        (
            &[
                "payment-methods",
                "search",
                "--customer-id",
                "C",
                "--pan",
                "4111111111111111",
                "--all",
            ],
            &["takes --customer-id, --pan, --all together"],
        ),
        (
            &["rewards", "get", "R-1", "--all"],
            &["unexpected argument '--all'"],
        ),
        (&["rewards", "get"], &["REWARD_ID"]),
        (&["rewards", "frobnicate"], &["unrecognized subcommand"]),
        (
            &["orders", "put", "O-1"],
            &["putOrder needs a request body"],
        ),
    ];
    for (args, wanted) in cases {
        let run = imprint(&url, args, None);
        assert_eq!(run.code, Some(2), "{args:?}: {run:#?}");
        for w in *wanted {
            assert!(
                run.stderr.contains(w),
                "{args:?}: expected {w:?} in:\n{}",
                run.stderr
            );
        }
    }
    assert_eq!(anything.calls(), 0, "nothing may be sent");
}

#[test]
fn section_commands_map_errors_and_transport_like_api() {
    let server = MockServer::start();
    server.mock(|w, t| {
        w.method(GET).path("/v2/transactions/T-404");
        t.status(404)
            .header("content-type", "application/json")
            .json_body(
                json!({"type": "TRANSACTION_FOUND_ERROR", "message": "No such transaction"}),
            );
    });
    let run = imprint(&server.base_url(), &["transactions", "get", "T-404"], None);
    run.expect(1);
    assert_eq!(run.json()["type"], "TRANSACTION_FOUND_ERROR");
    imprint(&refused_url(), &["transactions", "get", "T-1"], None).expect(3);
}
