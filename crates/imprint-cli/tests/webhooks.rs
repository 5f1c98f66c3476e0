//! `imprint webhooks verify|listen` and `imprint mock --webhook-url`: the
//! whole webhook loop offline, through the binary.

use std::io::{BufRead, BufReader, Write};
use std::process::{Child, Command, Output, Stdio};
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

use imprint::webhooks::{WebhookSecret, sign};
use serde_json::Value;

const SECRET: &str = "whsec_cli_test_value";
const BODY: &str = r#"{"object":"TRANSACTION","data":{"transaction_id":"T-1","event_id":"E-1","customer_id":"C-1","status":"APPROVED"}}"#;

fn imprint() -> Command {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_imprint"));
    cmd.env_remove("IMPRINT_WEBHOOK_SECRET")
        .env_remove("IMPRINT_API_KEY")
        .env_remove("IMPRINT_BASE_URL");
    cmd
}

fn now_ms() -> String {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |d| d.as_millis())
        .to_string()
}

fn verify(args: &[&str], body: &str, env_secret: Option<&str>) -> Output {
    let mut cmd = imprint();
    cmd.args(["webhooks", "verify"]).args(args);
    if let Some(s) = env_secret {
        cmd.env("IMPRINT_WEBHOOK_SECRET", s);
    }
    let mut child = cmd
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    child
        .stdin
        .take()
        .unwrap()
        .write_all(body.as_bytes())
        .unwrap();
    child.wait_with_output().unwrap()
}

fn text(b: &[u8]) -> String {
    String::from_utf8_lossy(b).into_owned()
}

#[test]
fn a_valid_delivery_prints_its_event_and_exits_0() {
    let header = sign(&WebhookSecret::from(SECRET), &now_ms(), BODY.as_bytes());
    let out = verify(&["--secret", SECRET, "--signature", &header], BODY, None);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let event: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(event["object"], "TRANSACTION");
    assert_eq!(event["webhook"], "Transaction");
    assert_eq!(event["id"], "T-1");
    // The secret from the environment works the same.
    let out = verify(&["--signature", &header], BODY, Some(SECRET));
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
}

#[test]
fn bad_stale_and_malformed_signatures_exit_1_with_the_reason() {
    let t = now_ms();
    let good = sign(&WebhookSecret::from(SECRET), &t, BODY.as_bytes());
    let cases: Vec<(String, String, &str)> = vec![
        (good.clone(), BODY.replace("T-1", "T-2"), "does not match"),
        (
            sign(&WebhookSecret::from("another"), &t, BODY.as_bytes()),
            BODY.to_string(),
            "does not match",
        ),
        (
            sign(&WebhookSecret::from(SECRET), "1740779129", BODY.as_bytes()),
            BODY.to_string(),
            "too old",
        ),
        (
            format!("s={}", "a".repeat(64)),
            BODY.to_string(),
            "malformed",
        ),
        ("t=1,s=zz".to_string(), BODY.to_string(), "malformed"),
    ];
    for (header, body, reason) in cases {
        let out = verify(&["--secret", SECRET, "--signature", &header], &body, None);
        let stderr = text(&out.stderr);
        assert_eq!(out.status.code(), Some(1), "{header}: {stderr}");
        assert!(stderr.contains(reason), "{header}: {stderr}");
        assert!(out.stdout.is_empty());
        assert!(!stderr.contains(SECRET) && !text(&out.stdout).contains(SECRET));
    }
    // A stale delivery passes with a wide enough tolerance.
    let old = sign(&WebhookSecret::from(SECRET), "1740779129", BODY.as_bytes());
    let out = verify(
        &[
            "--secret",
            SECRET,
            "--signature",
            &old,
            "--tolerance-secs",
            "100000000000",
        ],
        BODY,
        None,
    );
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
}

#[test]
fn usage_errors_exit_2_without_echoing_the_secret() {
    let out = verify(&["--signature", "t=1,s=00"], BODY, None);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        text(&out.stderr).contains("secret"),
        "{}",
        text(&out.stderr)
    );
    let out = verify(&["--secret", SECRET], BODY, None);
    assert_eq!(out.status.code(), Some(2), "--signature is required");
    assert!(!text(&out.stderr).contains(SECRET), "{}", text(&out.stderr));
    let out = verify(
        &[
            "--secret",
            SECRET,
            "--signature",
            "t=1,s=00",
            "--body-file",
            "/does/not/exist",
        ],
        BODY,
        None,
    );
    assert_eq!(out.status.code(), Some(2));
}

/// A child process killed when dropped.
struct Running(Child);

impl Drop for Running {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

/// Reads lines from `reader` until one contains `needle` (or 30 s pass).
fn wait_for_line(reader: &mut impl BufRead, needle: &str) -> String {
    let deadline = Instant::now() + Duration::from_secs(30);
    let mut line = String::new();
    while Instant::now() < deadline {
        line.clear();
        match reader.read_line(&mut line) {
            Ok(0) => break,
            Ok(_) if line.contains(needle) => return line,
            Ok(_) => {}
            Err(_) => break,
        }
    }
    panic!("no line with {needle:?} (last: {line:?})");
}

#[test]
fn listen_receives_what_the_mock_delivers() {
    // The listener, on a free port it prints on stderr.
    let mut listener = Running(
        imprint()
            .args(["webhooks", "listen", "--port", "0", "--secret", SECRET])
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap(),
    );
    let mut listener_err = BufReader::new(listener.0.stderr.take().unwrap());
    let line = wait_for_line(&mut listener_err, "listening for webhooks on ");
    let url = line
        .split_whitespace()
        .find(|w| w.starts_with("http://"))
        .unwrap()
        .to_string();
    // Bound to loopback only (SECURITY.md): the address is the bound one.
    assert!(url.starts_with("http://127.0.0.1:"), "{url}");

    // The mock, delivering to it.
    let mut mock = Running(
        imprint()
            .args([
                "mock",
                "--port",
                "0",
                "--customers",
                "3",
                "--webhook-url",
                &url,
            ])
            .env("IMPRINT_WEBHOOK_SECRET", SECRET)
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap(),
    );
    let mut mock_out = BufReader::new(mock.0.stdout.take().unwrap());
    let base = wait_for_line(&mut mock_out, "IMPRINT_BASE_URL=")
        .trim()
        .trim_start_matches("IMPRINT_BASE_URL=")
        .to_string();
    let key = wait_for_line(&mut mock_out, "IMPRINT_API_KEY=")
        .trim()
        .trim_start_matches("IMPRINT_API_KEY=")
        .to_string();

    // A state change through the CLI: a simulated statement reward.
    let customers = imprint()
        .args(["customers", "search", "--limit", "1", "--format", "jsonl"])
        .env("IMPRINT_BASE_URL", &base)
        .env("IMPRINT_API_KEY", &key)
        .output()
        .unwrap();
    assert_eq!(
        customers.status.code(),
        Some(0),
        "{}",
        text(&customers.stderr)
    );
    let customer: Value = serde_json::from_slice(&customers.stdout).unwrap();
    let customer_id = customer["id"].as_str().unwrap().to_string();
    let simulated = imprint()
        .args([
            "simulate",
            "reward",
            "--customer-id",
            &customer_id,
            "--reward-type",
            "STATEMENT",
            "--format",
            "json",
        ])
        .env("IMPRINT_BASE_URL", &base)
        .env("IMPRINT_API_KEY", &key)
        .output()
        .unwrap();
    assert_eq!(
        simulated.status.code(),
        Some(0),
        "{}",
        text(&simulated.stderr)
    );

    // The listener prints the verified event as one JSON line.
    let mut listener_out = BufReader::new(listener.0.stdout.take().unwrap());
    let line = wait_for_line(&mut listener_out, "\"REWARD\"");
    let event: Value = serde_json::from_str(&line).unwrap();
    assert_eq!(event["webhook"], "Reward");
    assert_eq!(
        event["payload"]["data"]["customer_id"],
        customer_id.as_str()
    );
    assert!(event["id"].is_string(), "{event}");
    drop(mock);
}
