//! The `imprint` command follows no redirect (SECURITY.md, "never to
//! another origin"): a server answering 302, 307 or 308 with a `Location`
//! on a second origin gets an error exit that names the status and that
//! origin, and the second origin receives nothing: not the read, not a
//! search's SSN, not an update's body, not the API key.

mod common;

use common::{KEY, imprint};
use httpmock::prelude::*;

const ID: &str = "9B5E1EE0-2E1C-46E7-81B9-3C3917204BE4";
const SSN: &str = "123456789";

#[test]
fn no_command_follows_a_redirect() {
    let commands: [(&str, Vec<&str>); 3] = [
        ("get", vec!["customers", "get", ID]),
        (
            "search with an SSN",
            vec!["customers", "search", "--ssn", SSN],
        ),
        (
            "update",
            vec!["customers", "update", ID, "--email", "new@example.com"],
        ),
    ];
    for status in [302u16, 307, 308] {
        for (what, args) in &commands {
            let second = MockServer::start();
            let anything = second.mock(|_, then| {
                then.status(200).body("{}");
            });
            let first = MockServer::start();
            let location = format!("{}/steal?ssn={SSN}", second.base_url());
            let redirect = first.mock(|_, then| {
                then.status(status).header("location", &location).body("{}");
            });

            let mut args = args.clone();
            args.extend(["--format", "json"]);
            let run = imprint(&first.base_url(), &args, None);

            let what = format!("{what} answered {status}");
            assert_eq!(anything.calls(), 0, "{what}: the second origin was reached");
            assert_eq!(redirect.calls(), 1, "{what}: one request, no retry");
            assert_eq!(run.code, Some(1), "{what}: {run:#?}");
            assert!(
                run.stderr.contains(&status.to_string())
                    && run.stderr.contains(&second.base_url())
                    && run.stderr.contains("redirects are not followed"),
                "{what}: {}",
                run.stderr
            );
            for leak in ["/steal", SSN, KEY] {
                assert!(!run.stderr.contains(leak), "{what}: {}", run.stderr);
                assert!(!run.stdout.contains(leak), "{what}: {}", run.stdout);
            }
        }
    }
}
