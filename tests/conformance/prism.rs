//! Prism, an independent validator, judges what the facade sends (ignored
//! by default: `scripts/prism.sh` starts `prism mock --errors` on the
//! overlaid spec and runs this with `IMPRINT_PRISM_URL`).
//!
//! Every operation is sent through `Client::send` with the same input as
//! `requests` (awkward path ids, every query parameter, the assembled body)
//! and once per security scheme. Prism answers a request that breaks the
//! spec (path, query, headers, body, auth) with an error (the operation's
//! 400 or 401 example, or a 422) and logs the violations; a valid one with the spec's example for its success status,
//! which the facade must then decode.

use imprint::{AuthScheme, RawRequest};
use imprint_conformance::spec;
use serde_json::json;

use crate::cases::case;
use crate::requests::{example_input, schemes};
use crate::support::client_at;

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
#[ignore = "needs a Prism server: scripts/prism.sh"]
async fn prism_accepts_every_request_and_the_facade_decodes_its_answers() {
    let url = std::env::var("IMPRINT_PRISM_URL")
        .unwrap_or_else(|_| panic!("IMPRINT_PRISM_URL is not set: run scripts/prism.sh"));
    let doc = spec::merged();
    let mut failures = Vec::new();
    let mut sent = 0;
    for op in spec::operations() {
        let input = example_input(doc, op);
        for (scheme_name, auth_scheme, _) in schemes(doc, op) {
            let client = client_at(&url, auth_scheme);
            sent += 1;
            if let Err(e) = (case(&op.id).invoke)(&client, &input).await {
                let body = e.api_error().map(|a| a.body_text()).unwrap_or_default();
                failures.push(format!("{} with {scheme_name}: {e}\n  {body}", op.label()));
            }
        }
    }
    assert!(sent > 0, "the spec has no operations");
    // The control: Prism does judge. A body without the fields the spec
    // requires is refused (with the operation's documented 400 where there
    // is one, 422 otherwise; the violations go to Prism's log and its
    // `sl-violations` header).
    let client = client_at(&url, AuthScheme::Bearer);
    let refused = client
        .send_raw(
            case("createTransactionIntent").descriptor,
            RawRequest::new().body(json!({"currency": 840})),
        )
        .await;
    match refused {
        Err(e) if matches!(e.status(), Some(400 | 422)) => {}
        other => panic!("Prism accepted a body that breaks the spec: {other:?}"),
    }
    assert!(
        failures.is_empty(),
        "Prism refused {} of {sent} requests (or the facade could not decode its answer):\n{}",
        failures.len(),
        failures.join("\n")
    );
}
