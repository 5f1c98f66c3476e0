//! Secrets never reach stderr: not in `-vvv` traces, not in error messages,
//! whether they are sent (a PAN, an SSN, a date of birth, the API key) or
//! received (card details, routing numbers, a session's client secret, a
//! created key). A response body on stdout is the user's data and is
//! printed as returned.

mod common;

use common::{KEY, imprint};
use httpmock::prelude::*;
use serde_json::json;

const PAN: &str = "4111111111111111";
const SSN: &str = "123456789";

/// Values the server returns that must not be traced.
const RETURNED: &[&str] = &[
    "PAN-RETURNED-5555444433332222",
    "CVV-SECRET-739",
    "ROUTING-SECRET-021000021",
    "SSN4-SECRET",
    "DOB-SECRET-1931",
    "cs_CLIENT_SECRET_xyz",
    "sk_live_CREATED_SECRET",
];

fn assert_clean(what: &str, stderr: &str, extra: &[&str]) {
    for secret in [KEY, "CLI_SECRET", PAN, SSN]
        .iter()
        .chain(RETURNED)
        .chain(extra)
    {
        assert!(
            !stderr.contains(secret),
            "{what}: stderr shows {secret}:\n{stderr}"
        );
    }
}

fn server() -> MockServer {
    let server = MockServer::start();
    let card = json!({
        "id": "PM-1", "type": "CARD", "customer_id": "C-1",
        "card": {"last4": "2222", "pci_details": {"pan": RETURNED[0], "cvv": RETURNED[1], "expiration": "12/30"}},
        "bank_account": {"routing_number": RETURNED[2]},
    });
    server.mock(|w, t| {
        w.method(POST)
            .path("/v2/payment_methods")
            .json_body(json!({"customer_id": "C-1", "pan": PAN}));
        t.status(200)
            .json_body(json!({"data": [card], "has_more": false}));
    });
    server.mock(|w, t| {
        w.method(POST).path("/v2/customer_sessions");
        t.status(201)
            .json_body(json!({"id": "S-1", "client_secret": RETURNED[5]}));
    });
    server.mock(|w, t| {
        w.method(POST).path("/v2/keys");
        t.status(200).json_body(json!({"key": RETURNED[6]}));
    });
    server.mock(|w, t| {
        w.method(GET).path("/v2/customers/C-1");
        t.status(200).json_body(
            json!({"id": "C-1", "ssn4": RETURNED[3], "date_of_birth": RETURNED[4], "statuses": {}}),
        );
    });
    server.mock(|w, t| {
        w.method(POST).path("/v2/customers").body_includes(SSN);
        t.status(400).json_body(
            json!({"type": "INVALID_REQUEST_ERROR", "message": "Invalid search", "param": "ssn"}),
        );
    });
    server
}

#[test]
fn traces_show_calls_but_no_secret_sent_or_received() {
    let server = server();
    let url = server.base_url();
    let run = imprint(
        &url,
        &[
            "-vvv",
            "--format",
            "json",
            "payment-methods",
            "search",
            "--customer-id",
            "C-1",
            "--pan",
            PAN,
        ],
        None,
    );
    run.expect(0);
    assert!(
        run.stderr.contains("imprint.call"),
        "-vvv traces the call: {}",
        run.stderr
    );
    assert!(
        run.stderr.contains("sending") && run.stderr.contains("<redacted>"),
        "{}",
        run.stderr
    );
    assert!(
        run.stderr.contains("answer body"),
        "-vvv traces the answer: {}",
        run.stderr
    );
    assert_clean("payment-methods search --pan", &run.stderr, &[]);
    // stdout is the user's data, as the API returned it.
    assert!(run.stdout.contains(RETURNED[1]), "{}", run.stdout);

    for args in [
        &[
            "-vvv",
            "customer-sessions",
            "create",
            "--customer-id",
            "C-1",
        ][..],
        &["-vvv", "--format", "table", "keys", "create"],
        &["-vvv", "api", "createKey"],
        &["-vvv", "api", "getCustomer", "--param", "customer_id=C-1"],
    ] {
        let run = imprint(&url, args, None);
        run.expect(0);
        assert!(
            run.stderr.contains("imprint.call"),
            "{args:?}: {}",
            run.stderr
        );
        assert_clean(&format!("{args:?}"), &run.stderr, &[]);
    }
    // The typed customer command decodes the answer; a date of birth that
    // does not decode is reported by where it is, not by what it is.
    let run = imprint(&url, &["-vv", "customers", "get", "C-1"], None);
    run.expect(1);
    assert!(
        run.stderr
            .contains("cannot decode the 200 response at `date_of_birth`"),
        "{}",
        run.stderr
    );
    assert_clean("customers get", &run.stderr, &[]);
}

#[test]
fn errors_and_refusals_name_fields_not_values() {
    let server = server();
    let url = server.base_url();
    // Sent, and refused by the API.
    let body = json!({"ssn": SSN, "date_of_birth": {"year": 1990, "month": 1, "day": 2}});
    let run = imprint(
        &url,
        &["-vvv", "api", "searchCustomersPost", "--json", "-"],
        Some(&body.to_string()),
    );
    run.expect(1);
    assert!(
        run.stderr.contains("400 INVALID_REQUEST_ERROR"),
        "{}",
        run.stderr
    );
    assert_clean(
        "searchCustomersPost 400",
        &run.stderr,
        &["\"year\":1990", "1990-01-02"],
    );
    // Refused before sending: wrong types, a mistyped flag, a bad --param.
    let bad = json!({"ssn": 123456789, "date_of_birth": "1990-01-02"});
    let run = imprint(
        &url,
        &["-vvv", "api", "searchCustomersPost", "--json", "-"],
        Some(&bad.to_string()),
    );
    run.expect(2);
    assert!(
        run.stderr.contains("request body/ssn")
            && run.stderr.contains("request body/date_of_birth"),
        "{}",
        run.stderr
    );
    assert_clean("searchCustomersPost invalid", &run.stderr, &["1990-01-02"]);
    for args in [
        &[
            "payment-methods",
            "search",
            "--pan=4111111111111111",
            "--customer-id",
        ][..],
        &["payment-methods", "search", "--pan", PAN, "--bogus"],
        &[
            "payment-methods",
            "search",
            "--customer-id",
            "C",
            "--pan",
            PAN,
            "--all",
        ],
        &[
            "api",
            "searchPaymentMethodsPost",
            "--param",
            "pan=4111111111111111",
        ],
        &["api", "getCustomer", "--param", "123456789"],
        &["customers", "search", "--ssn", "12345678"],
        &["customers", "search", "--dob", "1990-02-30"],
        &["--api-key", "sk_test_CLI_SECRET_99", "--bogus"],
    ] {
        let run = imprint(&url, args, None);
        run.expect(2);
        assert_clean(
            &format!("{args:?}"),
            &run.stderr,
            &["12345678", "1990-02-30"],
        );
    }
}
