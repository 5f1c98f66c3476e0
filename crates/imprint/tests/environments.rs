//! Imprint's environments: the builder's and `IMPRINT_ENV`'s choice, the
//! base URL's precedence, and the sandbox-only simulations refused before
//! sending by a client for production.

mod support;

use imprint::open_enums::SimulateRewardBodyRewardType;
use imprint::{Client, Environment, Error, PRODUCTION_URL, RawRequest, SANDBOX_URL, operations};
use serde_json::json;
use support::{Reply, Scripted};

fn builder() -> imprint::ClientBuilder {
    Client::builder().api_key("sk_test_ENV")
}

#[test]
fn the_builder_picks_the_environments_url_and_base_url_overrides_it() {
    let default = builder().build().unwrap();
    assert_eq!(default.base_url(), SANDBOX_URL);
    assert_eq!(default.environment(), Environment::Sandbox);

    let production = builder()
        .environment(Environment::Production)
        .build()
        .unwrap();
    assert_eq!(production.base_url(), PRODUCTION_URL);
    assert_eq!(production.environment(), Environment::Production);

    let sandbox = builder().environment(Environment::Sandbox).build().unwrap();
    assert_eq!(sandbox.base_url(), SANDBOX_URL);

    // base_url wins over the environment's URL, whichever order they come in.
    for b in [
        builder()
            .environment(Environment::Production)
            .base_url("http://127.0.0.1:9"),
        builder()
            .base_url("http://127.0.0.1:9")
            .environment(Environment::Production),
    ] {
        let c = b.build().unwrap();
        assert_eq!(c.base_url(), "http://127.0.0.1:9");
        assert_eq!(c.environment(), Environment::Production, "as chosen");
    }

    // Production's URL given as a base URL is production.
    let by_url = builder()
        .base_url("https://dev.imprint.co/")
        .build()
        .unwrap();
    assert_eq!(by_url.environment(), Environment::Production);
    // Any other URL (a mock, a proxy) is the sandbox unless told otherwise.
    let mock = builder().base_url("http://127.0.0.1:9").build().unwrap();
    assert_eq!(mock.environment(), Environment::Sandbox);
}

#[test]
fn environments_parse_and_print() {
    for (text, env) in [
        ("sandbox", Environment::Sandbox),
        ("production", Environment::Production),
        (" Production ", Environment::Production),
    ] {
        assert_eq!(text.parse::<Environment>().unwrap(), env);
    }
    assert_eq!(Environment::Production.to_string(), "production");
    let e = "prod".parse::<Environment>().unwrap_err();
    assert!(matches!(e, Error::Config(_)), "{e:?}");
    assert!(e.to_string().contains("`sandbox` or `production`"), "{e}");
}

/// `IMPRINT_ENV`, `IMPRINT_BASE_URL`, and the base URL and environment
/// expected (or the start of the error).
type Case<'a> = (
    Option<&'a str>,
    Option<&'a str>,
    Result<(&'a str, Environment), &'a str>,
);

/// The only test in this binary that touches the process environment.
#[test]
fn from_env_reads_imprint_env_and_imprint_base_url_overrides_it() {
    // SAFETY (edition 2024): no other test of this binary reads or writes
    // the environment, and each case sets what it reads.
    let set = |name: &str, value: Option<&str>| unsafe {
        match value {
            Some(v) => std::env::set_var(name, v),
            None => std::env::remove_var(name),
        }
    };
    set("IMPRINT_API_KEY", Some("sk_test_FROM_ENV"));
    set("IMPRINT_MERCHANT_KEY", None);
    let cases: [Case; 6] = [
        (None, None, Ok((SANDBOX_URL, Environment::Sandbox))),
        (
            Some("sandbox"),
            None,
            Ok((SANDBOX_URL, Environment::Sandbox)),
        ),
        (
            Some("production"),
            None,
            Ok((PRODUCTION_URL, Environment::Production)),
        ),
        (
            Some("production"),
            Some("http://127.0.0.1:9"),
            Ok(("http://127.0.0.1:9", Environment::Production)),
        ),
        (
            None,
            Some("http://127.0.0.1:9"),
            Ok(("http://127.0.0.1:9", Environment::Sandbox)),
        ),
        (Some("staging"), None, Err("IMPRINT_ENV is `staging`")),
    ];
    for (env, url, expected) in cases {
        set("IMPRINT_ENV", env);
        set("IMPRINT_BASE_URL", url);
        let what = format!("IMPRINT_ENV={env:?} IMPRINT_BASE_URL={url:?}");
        match (Client::from_env(), expected) {
            (Ok(c), Ok((base, environment))) => {
                assert_eq!(c.base_url(), base, "{what}");
                assert_eq!(c.environment(), environment, "{what}");
            }
            (Err(e), Err(message)) => {
                assert!(matches!(e, Error::Config(_)), "{what}: {e:?}");
                assert!(e.to_string().contains(message), "{what}: {e}");
            }
            (got, expected) => panic!("{what}: got {got:?}, expected {expected:?}"),
        }
    }
    set("IMPRINT_ENV", None);
    set("IMPRINT_BASE_URL", None);
    set("IMPRINT_API_KEY", None);
}

/// The sandbox-only operations are the simulations, as Imprint documents
/// (`simulate_*` answer 403 in production), marked in the overlay.
#[test]
fn the_sandbox_only_operations_are_the_simulations() {
    let marked: Vec<&str> = operations::ALL
        .iter()
        .filter(|op| op.sandbox_only)
        .map(|op| op.id)
        .collect();
    assert_eq!(
        marked,
        [
            "simulateTransactionEvent",
            "simulateStatementReward",
            "simulateReward"
        ]
    );
}

#[tokio::test]
async fn production_refuses_every_simulation_before_sending() {
    let server = Scripted::start(vec![Reply::json(200, "{}")]).await;
    let production = builder()
        .environment(Environment::Production)
        .base_url(&server.url)
        .build()
        .unwrap();
    // Every sandbox-only operation, through the JSON-level path...
    for op in operations::ALL.iter().filter(|op| op.sandbox_only) {
        let request = RawRequest::new().body(json!({ "customer_id": "C1" }));
        let e = production.send_raw(op, request).await.unwrap_err();
        assert!(
            matches!(e, Error::SandboxOnly { operation } if operation == op.id),
            "{}: {e:?}",
            op.id
        );
        let message = e.to_string();
        assert!(
            message.contains(op.id) && message.contains("nothing was sent"),
            "{message}"
        );
    }
    // ...and through the section handle.
    let e = production
        .simulate()
        .reward("C1", SimulateRewardBodyRewardType::Statement)
        .await
        .unwrap_err();
    assert!(matches!(e, Error::SandboxOnly { .. }), "{e:?}");
    assert!(
        server.received().is_empty(),
        "a refused call reached the server"
    );

    // Everything else still goes out from a production client...
    let _ = production.customers().get("C1").await;
    assert_eq!(server.received().len(), 1);
    // ...and a sandbox client sends simulations.
    let sandbox = builder().base_url(&server.url).build().unwrap();
    let _ = sandbox
        .simulate()
        .reward("C1", SimulateRewardBodyRewardType::Statement)
        .await;
    assert_eq!(server.received().len(), 2);
    assert_eq!(server.received()[1].path, "/v2/simulate_reward");
}
