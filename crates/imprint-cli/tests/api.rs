//! `imprint api OPERATION_ID`, run as a process against `httpmock` stubs:
//! an operation of each shape, every check that refuses before sending
//! (and that nothing was sent), API errors, transport failures, `--list`.

mod common;

use common::{KEY, TempFile, imprint, imprint_env, refused_url};
use httpmock::prelude::*;
use serde_json::{Value, json};

const INTENT: &str = r#"{"id":"TI-1","customer_id":"C-1","amount":10000,"currency":"USD","status":"CONFIRMED","created_at":"2025-02-13T19:08:07Z","metadata":{"k":"v"}}"#;

fn reward(id: &str) -> Value {
    json!({"id": id, "customer_id": "C-1", "transaction_event_id": "TE-1", "amount": 120, "type": "DELAYED", "currency": "USD", "status": "PENDING"})
}

fn order_body() -> Value {
    json!({"payment_method_id": "PM-1", "partner_order_id": "o-1", "total_order_amount": 5000, "currency": "USD"})
}

#[test]
fn get_by_id_prints_the_body_as_sent() {
    let server = MockServer::start();
    let body = reward("R-1");
    let m = server.mock(|when, then| {
        when.method(GET)
            .path("/v2/rewards/R-1")
            .header("authorization", format!("Bearer {KEY}"));
        then.status(200)
            .header("content-type", "application/json")
            .json_body(body.clone());
    });
    let run = imprint(
        &server.base_url(),
        &["api", "getReward", "--param", "reward_id=R-1"],
        None,
    );
    run.expect(0);
    m.assert();
    assert_eq!(run.json(), body);
    // stdout is not a terminal: compact, one line.
    assert_eq!(run.stdout.lines().count(), 1, "{}", run.stdout);
}

#[test]
fn create_sends_the_body_from_a_file_or_stdin() {
    let server = MockServer::start();
    let sent =
        json!({"customer_id": "C-1", "amount": 10000, "currency": "USD", "metadata": {"k": "v"}});
    let m = server.mock(|when, then| {
        when.method(POST)
            .path("/v2/transaction_intents")
            .json_body(sent.clone());
        then.status(200)
            .header("content-type", "application/json")
            .body(INTENT);
    });
    let file = TempFile::new("intent.json", &sent.to_string());
    let run = imprint(
        &server.base_url(),
        &["api", "createTransactionIntent", "--json", file.path()],
        None,
    );
    run.expect(0);
    assert_eq!(run.json()["id"], "TI-1");
    let run = imprint(
        &server.base_url(),
        &["api", "createTransactionIntent", "--json", "-"],
        Some(&sent.to_string()),
    );
    run.expect(0);
    m.assert_calls(2);
}

#[test]
fn put_and_delete_204() {
    let server = MockServer::start();
    let put = server.mock(|when, then| {
        when.method(PUT)
            .path("/v2/orders/O-1")
            .json_body(order_body());
        then.status(200)
            .header("content-type", "application/json")
            .json_body(json!({"id": "O-1", "partner_order_id": "o-1"}));
    });
    let delete = server.mock(|when, then| {
        when.method(DELETE).path("/v2/orders/O-1");
        then.status(204);
    });
    let run = imprint(
        &server.base_url(),
        &["api", "putOrder", "--param", "order_id=O-1", "--json", "-"],
        Some(&order_body().to_string()),
    );
    run.expect(0);
    assert_eq!(run.json()["id"], "O-1");
    put.assert();
    let run = imprint(
        &server.base_url(),
        &["api", "deleteOrder", "--param", "order_id=O-1"],
        None,
    );
    run.expect(0);
    assert_eq!(run.stdout, "", "a 204 prints nothing");
    delete.assert();
}

/// Three pages of rewards, two per page, chained by `starting_after`.
fn reward_pages(server: &MockServer) -> [httpmock::Mock<'_>; 3] {
    let page = |ids: &[&str], more: bool| json!({"data": ids.iter().map(|i| reward(i)).collect::<Vec<_>>(), "has_more": more, "total": 5});
    let first = page(&["R1", "R2"], true);
    let second = page(&["R3", "R4"], true);
    let third = page(&["R5"], false);
    [
        server.mock(|when, then| {
            when.method(GET)
                .path("/v2/rewards")
                .query_param("limit", "2")
                .query_param_missing("starting_after");
            then.status(200).json_body(first);
        }),
        server.mock(|when, then| {
            when.method(GET)
                .path("/v2/rewards")
                .query_param("limit", "2")
                .query_param("starting_after", "R2");
            then.status(200).json_body(second);
        }),
        server.mock(|when, then| {
            when.method(GET)
                .path("/v2/rewards")
                .query_param("limit", "2")
                .query_param("starting_after", "R4");
            then.status(200).json_body(third);
        }),
    ]
}

#[test]
fn all_follows_the_cursor_and_prints_one_item_per_line() {
    let server = MockServer::start();
    let pages = reward_pages(&server);
    let run = imprint(
        &server.base_url(),
        &["api", "searchRewards", "--param", "limit=2", "--all"],
        None,
    );
    run.expect(0);
    let ids: Vec<Value> = run.lines().iter().map(|r| r["id"].clone()).collect();
    assert_eq!(ids, ["R1", "R2", "R3", "R4", "R5"]);
    for p in &pages {
        p.assert();
    }
    assert!(
        !run.stderr.contains("items/s"),
        "no progress off a terminal: {}",
        run.stderr
    );
    // Without --all: one page, as the API sent it.
    let run = imprint(
        &server.base_url(),
        &["api", "searchRewards", "--param", "limit=2"],
        None,
    );
    run.expect(0);
    assert_eq!(run.json()["has_more"], true);
}

#[test]
fn every_check_refuses_before_sending() {
    let server = MockServer::start();
    let anything = server.mock(|when, then| {
        when.any_request();
        then.status(500);
    });
    let url = server.base_url();
    let intent_ok = r#"{"customer_id":"C-1","amount":1,"currency":"USD"}"#;
    let cases: &[(&[&str], Option<&str>, &[&str])] = &[
        (
            &["api", "getRewrd"],
            None,
            &["unknown operation `getRewrd`", "getReward"],
        ),
        (
            &["api", "create-transaction-intent"],
            None,
            &["did you mean `createTransactionIntent`?"],
        ),
        (
            &[
                "api",
                "getReward",
                "--param",
                "reward_id=R",
                "--param",
                "colour=red",
            ],
            None,
            &["unknown parameter `colour`", "reward_id (path, required)"],
        ),
        (
            &["api", "getReward"],
            None,
            &["missing required path parameter `reward_id`"],
        ),
        (
            &["api", "searchPaymentMethods", "--param", "type=CARD"],
            None,
            &["missing required query parameter `customer_id`"],
        ),
        (
            &["api", "searchRewards", "--param", "limit=ten"],
            None,
            &["parameter `limit`", "\"integer\""],
        ),
        (
            &["api", "searchRewards", "--param", "limit=0"],
            None,
            &["parameter `limit`", "minimum"],
        ),
        (
            &[
                "api",
                "searchPaymentMethods",
                "--param",
                "customer_id=C",
                "--param",
                "type=CASH",
            ],
            None,
            &["parameter `type`: value is not one of: LOAN, CARD, BANK_ACCOUNT"],
        ),
        (
            &[
                "api",
                "getReward",
                "--param",
                "reward_id=a",
                "--param",
                "reward_id=b",
            ],
            None,
            &["given 2 times"],
        ),
        (
            &["api", "getReward", "--param", "reward_id"],
            None,
            &["--param number 1 is not NAME=VALUE"],
        ),
        (
            &["api", "getReward", "--param", "reward_id=.."],
            None,
            &["reward_id"],
        ),
        (
            &["api", "createTransactionIntent", "--json", "-"],
            Some("{oops"),
            &["the body is not JSON", "line 1"],
        ),
        (
            &[
                "api",
                "createTransactionIntent",
                "--json",
                "/nonexistent/imprint-body.json",
            ],
            None,
            &["cannot read /nonexistent/imprint-body.json"],
        ),
        (
            &["api", "createTransactionIntent", "--json", "-"],
            Some(r#"{"customer_id":"C-1","amount":"ten","merchant_address":{"city":5}}"#),
            &[
                "invalid request for createTransactionIntent",
                "request body/amount: value is not of type \"integer\"",
                "request body/merchant_address/city",
                "request body: \"currency\" is a required property",
            ],
        ),
        (
            &["api", "createTransactionIntent"],
            None,
            &["\"customer_id\" is a required property"],
        ),
        (
            &["api", "getReward", "--param", "reward_id=R", "--json", "-"],
            Some("{}"),
            &["getReward takes no request body"],
        ),
        (
            &["api", "getReward", "--param", "reward_id=R", "--all"],
            None,
            &["--all: getReward is not a cursor list", "searchRewards"],
        ),
        (
            &["api", "createTransactionIntent", "--all", "--json", "-"],
            Some(intent_ok),
            &["not a cursor list"],
        ),
        (&["api", "--param", "a=b"], None, &["name the operation"]),
        (
            &["api", "--list", "getReward"],
            None,
            &["cannot be used with"],
        ),
    ];
    for (args, stdin, wanted) in cases {
        let run = imprint(&url, args, *stdin);
        assert_eq!(run.code, Some(2), "{args:?}: {run:#?}");
        for w in *wanted {
            assert!(
                run.stderr.contains(w),
                "{args:?}: expected {w:?} in:\n{}",
                run.stderr
            );
        }
        assert!(run.stdout.is_empty(), "{args:?}: {}", run.stdout);
    }
    // No key: refused before sending too.
    let run = imprint_env(
        &url,
        None,
        &["api", "getReward", "--param", "reward_id=R"],
        None,
    );
    assert_eq!(run.code, Some(2), "{run:#?}");
    assert!(run.stderr.contains("API key is required"));
    assert_eq!(anything.calls(), 0, "nothing may be sent");
}

#[test]
fn an_api_error_exits_1_with_its_body_on_stdout() {
    let server = MockServer::start();
    let error = json!({"type": "REWARD_NOT_FOUND_ERROR", "message": "Reward not found", "param": "reward_id"});
    server.mock(|when, then| {
        when.method(GET).path("/v2/rewards/R-404");
        then.status(404)
            .header("content-type", "application/json")
            .header("x-request-id", "req_9")
            .json_body(error.clone());
    });
    let run = imprint(
        &server.base_url(),
        &["api", "getReward", "--param", "reward_id=R-404"],
        None,
    );
    run.expect(1);
    assert_eq!(run.json(), error);
    assert!(
        run.stderr.contains("404 REWARD_NOT_FOUND_ERROR"),
        "{}",
        run.stderr
    );
    // The body goes to stdout in the JSON formats only.
    let run = imprint(
        &server.base_url(),
        &[
            "--format",
            "table",
            "api",
            "getReward",
            "--param",
            "reward_id=R-404",
        ],
        None,
    );
    run.expect(1);
    assert!(run.stdout.is_empty(), "{}", run.stdout);
}

#[test]
fn a_refused_connection_exits_3() {
    let run = imprint(
        &refused_url(),
        &["api", "getReward", "--param", "reward_id=R"],
        None,
    );
    run.expect(3);
    assert!(run.stderr.starts_with("error: "), "{}", run.stderr);
    let run = imprint(&refused_url(), &["api", "searchRewards", "--all"], None);
    run.expect(3);
}

#[test]
fn list_shows_every_operation() {
    let url = refused_url();
    let run = imprint(&url, &["api", "--list"], None);
    run.expect(0);
    assert_eq!(run.stdout.lines().count(), imprint::operations::ALL.len());
    let line = run
        .stdout
        .lines()
        .find(|l| l.starts_with("createTransactionIntent "))
        .expect("listed");
    assert!(
        line.contains("POST")
            && line.contains("/v2/transaction_intents")
            && line.contains("New transaction intent"),
        "{line}"
    );
    let bare = imprint(&url, &["api"], None);
    bare.expect(0);
    assert_eq!(bare.stdout, run.stdout, "`imprint api` alone lists too");
    let json = imprint(&url, &["--format", "json", "api", "--list"], None);
    json.expect(0);
    let ops = json.json();
    let ops = ops.as_array().expect("an array");
    assert_eq!(ops.len(), imprint::operations::ALL.len());
    let search = ops.iter().find(|o| o["id"] == "searchRewards").unwrap();
    assert_eq!(search["cursor_list"], true);
    assert_eq!(search["command"], "imprint rewards search");
}

/// A cursor list whose cursor travels in the body (the POST search),
/// against the stateful mock: every customer once.
#[test]
fn all_follows_a_cursor_in_the_body() {
    let runtime = tokio::runtime::Runtime::new().expect("a runtime for the mock");
    let server = runtime.block_on(async {
        imprint_mock::MockServer::builder()
            .customers(45)
            .seed(5)
            .api_key(KEY)
            .start()
            .await
            .expect("mock")
    });
    let run = imprint(
        &server.url(),
        &["api", "searchCustomersPost", "--json", "-", "--all"],
        Some(r#"{"limit": 20}"#),
    );
    run.expect(0);
    let ids: std::collections::BTreeSet<String> = run
        .lines()
        .iter()
        .filter_map(|c| c["id"].as_str().map(str::to_string))
        .collect();
    assert_eq!(ids.len(), 45, "{}", run.stdout);
    assert_eq!(server.request_count(), 3, "pages of 20, 20 and 5");
    runtime.block_on(async { drop(server) });
}
