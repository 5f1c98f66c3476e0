//! The `imprint` command, run as a process against the in-process mock.

use std::io::{BufRead, BufReader, Write};
use std::process::{Command, Output, Stdio};
use std::time::Duration;

use imprint_mock::MockServer;
use serde_json::Value;

const KEY: &str = "sk_test_CLI_SECRET_99";

fn imprint_with(url: &str, key: &str, args: &[&str], stdin: Option<&str>) -> Output {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_imprint"));
    cmd.args(args)
        .env("IMPRINT_BASE_URL", url)
        .env("IMPRINT_API_KEY", key)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    let mut child = cmd.spawn().expect("spawn imprint");
    if let Some(input) = stdin {
        child
            .stdin
            .take()
            .unwrap()
            .write_all(input.as_bytes())
            .unwrap();
    }
    drop(child.stdin.take());
    child.wait_with_output().expect("imprint output")
}

fn text(o: &Output) -> (String, String) {
    (
        String::from_utf8_lossy(&o.stdout).into_owned(),
        String::from_utf8_lossy(&o.stderr).into_owned(),
    )
}

async fn mock(customers: usize) -> MockServer {
    MockServer::builder()
        .customers(customers)
        .seed(7)
        .api_key(KEY)
        .start()
        .await
        .unwrap()
}

// The process calls block; run them off the runtime that serves the mock.
async fn run(server: &MockServer, args: &[&str]) -> Output {
    let (url, args): (String, Vec<String>) =
        (server.url(), args.iter().map(|s| s.to_string()).collect());
    tokio::task::spawn_blocking(move || {
        let refs: Vec<&str> = args.iter().map(String::as_str).collect();
        imprint_with(&url, KEY, &refs, None)
    })
    .await
    .unwrap()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn get_prints_json_and_exits_0() {
    let server = mock(5).await;
    let id = server.customers()[0].id().to_string();
    let o = run(&server, &["customers", "get", &id, "--format", "json"]).await;
    let (out, err) = text(&o);
    assert_eq!(o.status.code(), Some(0), "{err}");
    let v: Value = serde_json::from_str(&out).unwrap();
    assert_eq!(v["id"], id.as_str());
    assert_eq!(v["ssn4"], "<redacted>");
    assert_eq!(v["date_of_birth"], "<redacted>");
    // Table is also available on demand.
    let o = run(&server, &["customers", "get", &id, "--format", "table"]).await;
    assert!(text(&o).0.starts_with("ID "), "{}", text(&o).0);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_missing_customer_exits_1_with_type_and_message() {
    let server = mock(1).await;
    let o = run(
        &server,
        &["customers", "get", "CSMR-nope", "--format", "json"],
    )
    .await;
    let (out, err) = text(&o);
    assert_eq!(o.status.code(), Some(1));
    assert!(err.contains("404 CUSTOMER_NOT_FOUND_ERROR"), "{err}");
    let body: Value = serde_json::from_str(out.trim()).unwrap();
    assert_eq!(body["type"], "CUSTOMER_NOT_FOUND_ERROR");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn wrong_key_exits_1() {
    let server = mock(1).await;
    let url = server.url();
    let o = tokio::task::spawn_blocking(move || {
        imprint_with(&url, "wrong", &["customers", "get", "x"], None)
    })
    .await
    .unwrap();
    assert_eq!(o.status.code(), Some(1), "{:?}", text(&o));
    assert!(text(&o).1.contains("401"), "{:?}", text(&o));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn search_all_streams_every_customer_as_jsonl() {
    let server = mock(230).await;
    let o = run(
        &server,
        &[
            "customers",
            "search",
            "--all",
            "--limit",
            "50",
            "--format",
            "jsonl",
        ],
    )
    .await;
    let (out, err) = text(&o);
    assert_eq!(o.status.code(), Some(0), "{err}");
    let ids: Vec<String> = out
        .lines()
        .map(|l| {
            serde_json::from_str::<Value>(l).unwrap()["id"]
                .as_str()
                .unwrap()
                .to_string()
        })
        .collect();
    assert_eq!(ids.len(), 230);
    let unique: std::collections::BTreeSet<_> = ids.iter().collect();
    assert_eq!(unique.len(), 230);
    // --format json with --all is one valid array.
    let o = run(
        &server,
        &[
            "customers",
            "search",
            "--all",
            "--limit",
            "100",
            "--format",
            "json",
        ],
    )
    .await;
    let v: Value = serde_json::from_str(&text(&o).0).unwrap();
    assert_eq!(v.as_array().unwrap().len(), 230);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn search_filters_and_one_page() {
    let server = mock(20).await;
    let target = server.customers()[3].clone();
    let ssn = target.ssn.as_ref().unwrap().expose().clone();
    let partner = target
        .customer
        .partner_customer_id
        .as_ref()
        .unwrap()
        .to_string();
    let o = run(
        &server,
        &[
            "customers",
            "search",
            "--ssn",
            &ssn,
            "--partner-customer-id",
            &partner,
            "--format",
            "json",
        ],
    )
    .await;
    let (out, err) = text(&o);
    assert_eq!(o.status.code(), Some(0), "{err}");
    let v: Value = serde_json::from_str(&out).unwrap();
    assert_eq!(v["data"].as_array().unwrap().len(), 1);
    assert_eq!(v["data"][0]["id"], target.id());
    assert!(!out.contains(&ssn) && !err.contains(&ssn));
    let o = run(
        &server,
        &["customers", "search", "--limit", "5", "--format", "json"],
    )
    .await;
    let v: Value = serde_json::from_str(&text(&o).0).unwrap();
    assert_eq!(v["data"].as_array().unwrap().len(), 5);
    assert_eq!(v["has_more"], true);
    assert_eq!(v["next_cursor"], v["data"][4]["id"]);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn update_with_flags_json_file_and_stdin() {
    let server = mock(3).await;
    let id = server.customers()[0].id().to_string();
    let o = run(
        &server,
        &[
            "customers",
            "update",
            &id,
            "--first-name",
            "Ada",
            "--phone",
            "+14155550100",
            "--format",
            "json",
        ],
    )
    .await;
    assert_eq!(o.status.code(), Some(0), "{:?}", text(&o));
    assert_eq!(
        server.customer(&id).unwrap().customer.first_name.as_deref(),
        Some("Ada")
    );

    let path = std::env::temp_dir().join(format!("imprint-cli-update-{}.json", std::process::id()));
    std::fs::write(&path, r#"{"last_name":"Lovelace","city":"London"}"#).unwrap();
    let o = run(
        &server,
        &["customers", "update", &id, "--json", path.to_str().unwrap()],
    )
    .await;
    let _ = std::fs::remove_file(&path);
    assert_eq!(o.status.code(), Some(0), "{:?}", text(&o));
    let stored = server.customer(&id).unwrap().customer;
    assert_eq!(stored.last_name.as_deref(), Some("Lovelace"));
    assert_eq!(
        stored.first_name.as_deref(),
        Some("Ada"),
        "partial update keeps earlier fields"
    );

    let url = server.url();
    let id2 = id.clone();
    let o = tokio::task::spawn_blocking(move || {
        imprint_with(
            &url,
            KEY,
            &["customers", "update", &id2, "--json", "-"],
            Some(r#"{"email":"ada@example.com"}"#),
        )
    })
    .await
    .unwrap();
    assert_eq!(o.status.code(), Some(0), "{:?}", text(&o));
    assert_eq!(
        server.customer(&id).unwrap().customer.email.as_deref(),
        Some("ada@example.com")
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn usage_and_validation_errors_exit_2_and_send_nothing() {
    let server = mock(1).await;
    let before = server.request_count();
    for args in [
        vec!["customers", "search", "--ssn", "12345678"],
        vec!["customers", "search", "--dob", "1990-02-30"],
        vec!["customers", "search", "--dob", "not-a-date"],
        vec!["customers", "search", "--limit", "0"],
        vec!["customers", "get", ".."],
        vec!["customers", "update", "C1", "--email", "nope"],
        vec!["customers", "update", "C1"],
        vec!["customers", "update", "C1", "--phone", "12-34"],
        vec!["customers", "frobnicate"],
        vec!["customers", "get"],
    ] {
        let o = run(&server, &args).await;
        let (out, err) = text(&o);
        assert_eq!(o.status.code(), Some(2), "{args:?}: {out} {err}");
        assert!(
            !err.contains("12345678") && !err.contains("1990-02-30"),
            "{err}"
        );
    }
    assert_eq!(server.request_count(), before, "nothing may be sent");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn production_refuses_simulations_with_exit_2_and_sends_nothing() {
    let server = mock(1).await;
    let customer = server.customers()[0].id().to_owned();
    let url = server.url();
    let before = server.request_count();
    let body = format!(r#"{{"customer_id":"{customer}","reward_type":"STATEMENT"}}"#);
    let reward = [
        "simulate",
        "reward",
        "--customer-id",
        customer.as_str(),
        "--reward-type",
        "STATEMENT",
    ]
    .map(String::from);
    let cases: Vec<(Vec<String>, Option<String>, i32)> = vec![
        (
            [
                &["--env".to_string(), "production".to_string()][..],
                &reward[..],
            ]
            .concat(),
            None,
            2,
        ),
        (
            [
                "--env",
                "production",
                "api",
                "simulateReward",
                "--json",
                "-",
            ]
            .map(String::from)
            .to_vec(),
            Some(body),
            2,
        ),
        (
            ["--env", "staging", "customers", "get", "x"]
                .map(String::from)
                .to_vec(),
            None,
            2,
        ),
    ];
    for (args, stdin, code) in cases {
        let url = url.clone();
        let o = tokio::task::spawn_blocking(move || {
            let refs: Vec<&str> = args.iter().map(String::as_str).collect();
            (imprint_with(&url, KEY, &refs, stdin.as_deref()), args)
        })
        .await
        .unwrap();
        let (out, err) = text(&o.0);
        assert_eq!(o.0.status.code(), Some(code), "{:?}: {out} {err}", o.1);
        if o.1.contains(&"production".to_string()) {
            assert!(err.contains("sandbox only"), "{err}");
        }
    }
    assert_eq!(server.request_count(), before, "nothing may be sent");
    // The same command without --env reaches the mock.
    let refs: Vec<&str> = reward.iter().map(String::as_str).collect();
    let o = run(&server, &refs).await;
    assert_eq!(server.request_count(), before + 1, "{:?}", text(&o));
}

#[test]
fn transport_failure_exits_3() {
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let o = imprint_with(
        &format!("http://127.0.0.1:{port}"),
        KEY,
        &["customers", "get", "x"],
        None,
    );
    assert_eq!(o.status.code(), Some(3), "{:?}", text(&o));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn never_prints_the_key_or_an_ssn_even_at_trace() {
    let server = mock(5).await;
    let target = server.customers()[1].clone();
    let ssn = target.ssn.as_ref().unwrap().expose().clone();
    for format in ["json", "jsonl", "table"] {
        let o = run(
            &server,
            &[
                "-vvv",
                "customers",
                "search",
                "--ssn",
                &ssn,
                "--dob",
                "1990-01-01",
                "--all",
                "--format",
                format,
            ],
        )
        .await;
        let (out, err) = text(&o);
        for secret in [KEY, "CLI_SECRET", ssn.as_str(), "1990-01-01"] {
            assert!(
                !out.contains(secret) && !err.contains(secret),
                "{format} leaks {secret}:\n{out}\n{err}"
            );
        }
        assert!(err.contains("imprint.call"), "-vvv traces calls: {err}");
    }
    let o = run(&server, &["--help"]).await;
    assert!(!text(&o).0.contains(KEY), "--help hides env values");
}

#[test]
fn mock_command_serves_until_stopped() {
    let mut child = Command::new(env!("CARGO_BIN_EXE_imprint"))
        .args(["mock", "--port", "0", "--customers", "12", "--seed", "3"])
        .env_remove("IMPRINT_API_KEY")
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut lines = BufReader::new(child.stdout.take().unwrap()).lines();
    let mut url = None;
    let mut key = None;
    for _ in 0..4 {
        let line = lines.next().unwrap().unwrap();
        if let Some(u) = line.strip_prefix("IMPRINT_BASE_URL=") {
            url = Some(u.to_string());
        }
        if let Some(k) = line.strip_prefix("IMPRINT_API_KEY=") {
            key = Some(k.to_string());
        }
    }
    let (url, key) = (url.unwrap(), key.unwrap());
    // Bound to loopback only (SECURITY.md): the address is the bound one.
    assert!(url.starts_with("http://127.0.0.1:"), "{url}");
    let o = imprint_with(
        &url,
        &key,
        &["customers", "search", "--all", "--format", "jsonl"],
        None,
    );
    let _ = child.kill();
    let _ = child.wait();
    assert_eq!(o.status.code(), Some(0), "{:?}", text(&o));
    assert_eq!(text(&o).0.lines().count(), 12);
    std::thread::sleep(Duration::from_millis(10));
}
