//! The progress line of `--all`: shown on stderr when it is a terminal
//! (run under a pseudo-terminal with `script`), and absent when stderr is
//! piped.

mod common;

use common::{imprint, under_pty};
use httpmock::prelude::*;
use serde_json::json;

/// Five rewards in three pages of two.
fn paged_rewards() -> MockServer {
    let server = MockServer::start();
    let r = |id: &str| json!({"id": id, "customer_id": "C-1", "amount": 1, "status": "PENDING"});
    for (after, ids, more) in [
        (None, ["R1", "R2"].as_slice(), true),
        (Some("R2"), &["R3", "R4"], true),
        (Some("R4"), &["R5"], false),
    ] {
        let page = json!({"data": ids.iter().map(|i| r(i)).collect::<Vec<_>>(), "has_more": more});
        server.mock(|w, t| {
            let w = w.method(GET).path("/v2/rewards").query_param("limit", "2");
            match after {
                Some(a) => w.query_param("starting_after", a),
                None => w.query_param_missing("starting_after"),
            };
            t.status(200).json_body(page);
        });
    }
    server
}

#[test]
fn a_terminal_stderr_shows_the_count_pages_and_rate() {
    let server = paged_rewards();
    let out = std::env::temp_dir().join(format!("imprint-progress-{}.jsonl", std::process::id()));
    let (code, screen) = under_pty(
        &server.base_url(),
        &format!(
            "IMPRINT api searchRewards --param limit=2 --all > {}",
            out.display()
        ),
    );
    let printed = std::fs::read_to_string(&out).unwrap_or_default();
    let _ = std::fs::remove_file(&out);
    assert_eq!(code, Some(0), "{screen}");
    assert!(screen.contains("5 items, 3 pages, "), "{screen:?}");
    assert!(screen.contains(" items/s"), "{screen:?}");
    assert!(
        screen.contains("\r\u{1b}[2K"),
        "redrawn in place: {screen:?}"
    );
    // stdout went to the file, untouched by the progress line.
    assert_eq!(printed.lines().count(), 5, "{printed}");
    assert!(!printed.contains("items/s"));

    // A section command with stdout on the terminal too: the table and the
    // final count both show.
    let (code, screen) = under_pty(&server.base_url(), "IMPRINT rewards search --limit 2 --all");
    assert_eq!(code, Some(0), "{screen}");
    assert!(
        screen.contains("ID ") && screen.contains("R5"),
        "a table on a terminal: {screen:?}"
    );
    assert!(screen.contains("5 items, 3 pages, "), "{screen:?}");
}

#[test]
fn a_piped_stderr_gets_no_progress() {
    let server = paged_rewards();
    for args in [
        &["api", "searchRewards", "--param", "limit=2", "--all"][..],
        &[
            "--format", "jsonl", "rewards", "search", "--limit", "2", "--all",
        ],
    ] {
        let run = imprint(&server.base_url(), args, None);
        run.expect(0);
        assert_eq!(run.stdout.lines().count(), 5, "{args:?}");
        assert!(
            run.stderr.is_empty(),
            "{args:?}: nothing on a piped stderr: {:?}",
            run.stderr
        );
    }
}

#[test]
fn the_typed_customer_search_shows_progress_on_a_terminal_too() {
    let runtime = tokio::runtime::Runtime::new().expect("a runtime for the mock");
    let server = runtime.block_on(async {
        imprint_mock::MockServer::builder()
            .customers(45)
            .seed(3)
            .api_key(common::KEY)
            .start()
            .await
            .expect("mock")
    });
    let (code, screen) = under_pty(
        &server.url(),
        "IMPRINT customers search --limit 20 --all --format jsonl > /dev/null",
    );
    assert_eq!(code, Some(0), "{screen}");
    assert!(screen.contains("45 items, 3 pages, "), "{screen:?}");
    runtime.block_on(async { drop(server) });
}
