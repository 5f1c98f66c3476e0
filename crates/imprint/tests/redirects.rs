//! No redirect is ever followed (SECURITY.md, "never to another origin").
//!
//! A hostile or misconfigured first origin answers every request with a
//! redirect to a second origin, which records what it receives and would
//! answer 200 with a customer (so a followed redirect would make the call
//! succeed). For each redirect status and each kind of call (a read, a
//! search whose body carries an SSN, an update whose body carries an email),
//! through the facade and through `Client::raw()`, the second origin must
//! receive nothing, and the facade's error must name the status and the
//! `Location`'s origin only.

mod support;

use imprint::Error;
use imprint::types::{CustomerUpdateRequest, SearchCustomersPostBody};
use imprint_raw::ClientInfo;
use imprint_raw::support::Sensitive;
use support::{CUSTOMER, Reply, Scripted};

const SSN: &str = "123456789";
const ID: &str = "9B5E1EE0-2E1C-46E7-81B9-3C3917204BE4";
/// A path and query on the second origin that must not reach an error.
const SECRET_PATH: &str = "/steal/9B5E1EE0?ssn=123456789";

#[derive(Clone, Copy, Debug)]
enum Call {
    Get,
    SearchWithSsn,
    Update,
}

const CALLS: [Call; 3] = [Call::Get, Call::SearchWithSsn, Call::Update];
const STATUSES: [u16; 3] = [302, 307, 308];

struct Origins {
    first: Scripted,
    second: Scripted,
}

async fn origins(status: u16) -> Origins {
    let second = Scripted::start(vec![Reply::json(200, CUSTOMER)]).await;
    let location = format!("{}{SECRET_PATH}", second.url);
    let first = Scripted::start(vec![
        Reply::json(status, "{}").with_header("location", &location),
    ])
    .await;
    Origins { first, second }
}

fn client(url: &str) -> imprint::Client {
    imprint::Client::builder()
        .api_key("sk_test_redirect")
        .merchant_key("mk_redirect_secret")
        .base_url(url)
        .build()
        .unwrap()
}

async fn through_facade(client: &imprint::Client, call: Call) -> Result<(), Error> {
    match call {
        Call::Get => client.customers().get(ID).await.map(drop),
        Call::SearchWithSsn => client.customers().search().ssn(SSN).send().await.map(drop),
        Call::Update => {
            let update = CustomerUpdateRequest {
                email: Some("new@example.com".into()),
                ..Default::default()
            };
            client.customers().update(ID, update).await.map(drop)
        }
    }
}

async fn through_raw(client: &imprint::Client, call: Call) -> Result<(), String> {
    let raw = client.raw();
    let result = match call {
        Call::Get => raw.get_customer().customer_id(ID).send().await.map(drop),
        Call::SearchWithSsn => {
            let body = SearchCustomersPostBody {
                ssn: Some(Sensitive::new(SSN.to_string())),
                ..Default::default()
            };
            raw.search_customers_post()
                .body(body)
                .send()
                .await
                .map(drop)
        }
        Call::Update => {
            let update = CustomerUpdateRequest {
                email: Some("new@example.com".into()),
                ..Default::default()
            };
            raw.update_customer()
                .customer_id(ID)
                .body(update)
                .send()
                .await
                .map(drop)
        }
    };
    result.map_err(|e| e.to_string())
}

fn assert_nothing_followed(origins: &Origins, what: &str) {
    let reached = origins.second.received();
    assert!(
        reached.is_empty(),
        "{what}: the second origin received {} request(s): {:?}",
        reached.len(),
        reached
            .iter()
            .map(|r| (&r.method, &r.path))
            .collect::<Vec<_>>()
    );
    let first = origins.first.received();
    assert_eq!(first.len(), 1, "{what}: one request, no retry of a 3xx");
    assert!(
        first[0].header("referer").is_none(),
        "{what}: a Referer was sent"
    );
}

#[tokio::test]
async fn the_facade_follows_no_redirect_and_names_only_the_origin() {
    for status in STATUSES {
        for call in CALLS {
            let what = format!("{call:?} answered {status}");
            let origins = origins(status).await;
            let client = client(&origins.first.url);
            let error = through_facade(&client, call).await.unwrap_err();
            assert_nothing_followed(&origins, &what);
            let Error::Redirect {
                status: got,
                location_origin,
                ..
            } = &error
            else {
                panic!("{what}: expected Error::Redirect, got {error:?}");
            };
            assert_eq!(*got, status, "{what}");
            assert_eq!(
                location_origin.as_deref(),
                Some(origins.second.url.as_str())
            );
            assert_eq!(error.status(), Some(status));
            assert!(!error.is_retryable(), "{what}");
            let message = error.to_string();
            assert!(message.contains(&status.to_string()), "{what}: {message}");
            assert!(message.contains(&origins.second.url), "{what}: {message}");
            assert!(
                message.contains("redirects are not followed"),
                "{what}: {message}"
            );
            for leak in ["/steal", "ssn=", SSN] {
                assert!(!message.contains(leak), "{what}: {message}");
                assert!(!format!("{error:?}").contains(leak), "{what}: {error:?}");
            }
        }
    }
}

#[tokio::test]
async fn the_raw_client_follows_no_redirect() {
    for status in STATUSES {
        for call in CALLS {
            let what = format!("raw {call:?} answered {status}");
            let origins = origins(status).await;
            let client = client(&origins.first.url);
            let error = through_raw(&client, call).await.unwrap_err();
            assert_nothing_followed(&origins, &what);
            assert!(error.contains(&status.to_string()), "{what}: {error}");
        }
    }
}

#[tokio::test]
async fn a_relative_or_missing_location_is_reported_without_its_path() {
    for (location, expected) in [
        (Some("/v2/elsewhere?token=abc"), Some("the same origin")),
        (None, None),
    ] {
        let mut reply = Reply::json(307, "{}");
        if let Some(l) = location {
            reply = reply.with_header("location", l);
        }
        let server = Scripted::start(vec![reply]).await;
        let error = client(&server.url).customers().get(ID).await.unwrap_err();
        let Error::Redirect {
            location_origin, ..
        } = &error
        else {
            panic!("expected Error::Redirect, got {error:?}");
        };
        assert_eq!(location_origin.as_deref(), expected);
        assert!(!error.to_string().contains("token"), "{error}");
        assert_eq!(server.received().len(), 1);
    }
}

/// The credentials go to the base URL's origin and nowhere else, even for
/// a request built by hand on the generated client's own HTTP client.
#[tokio::test]
async fn credentials_go_only_to_the_base_origin() {
    let base = Scripted::start(vec![Reply::json(200, CUSTOMER)]).await;
    let other = Scripted::start(vec![Reply::json(200, CUSTOMER)]).await;
    let client = client(&base.url);
    client.customers().get(ID).await.unwrap();
    let sent = &base.received()[0];
    assert_eq!(
        sent.header("authorization"),
        Some("Bearer sk_test_redirect")
    );
    assert_eq!(
        sent.header("x-imprint-merchant-key"),
        Some("mk_redirect_secret")
    );

    // A request to another origin through the same transport, carrying
    // credentials of its own: they are removed, not only not added.
    let request = client
        .raw()
        .client()
        .get(format!("{}/v2/customers/{ID}", other.url))
        .header("authorization", "Bearer sk_test_redirect")
        .header("x-imprint-merchant-key", "mk_redirect_secret")
        .build()
        .unwrap();
    let _ = imprint_raw::support::execute(client.raw(), request, "getCustomer").await;
    let leaked = &other.received()[0];
    assert_eq!(leaked.header("authorization"), None);
    assert_eq!(leaked.header("x-imprint-merchant-key"), None);
    assert!(leaked.header("user-agent").is_some());
}
