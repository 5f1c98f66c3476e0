//! Bugs found in code outside this suite, each pinned by a test that fails
//! without its fix:
//!
//! - ids with characters RFC 3986 does not allow raw in a path (`[`, `]`,
//!   `^`, `|`, ...) must reach the server exactly as given: progenitor's
//!   path encoding leaves them raw; `imprint_raw::support::normalize`
//!   re-encodes them;
//! - an update must be able to send `"metadata": {}`: optional maps and
//!   arrays of request-only schemas are `Option`s (the lowering's
//!   `request_presence`), so `Some(empty)` is sent and `None` is not;
//! - the `api-version` header progenitor adds (the API declares no such
//!   header) must not be sent: `normalize` drops it.

use imprint::AuthScheme;
use imprint::requests::UpdateCustomer;
use imprint::types::{Customer, CustomerUpdateRequest};
use imprint_conformance::spec::{self, Location};
use proptest::prop_assert_eq;
use proptest::test_runner::TestCaseError;
use serde_json::{Value, json};

use crate::cases::case;
use crate::props::{HTTP_CASES, check, ids};
use crate::requests::{
    UNDECLARED_HEADERS, check_request, example_input, expected_body, raw_request, success_reply,
};
use crate::support::{API_KEY, check_path, client, only, runtime, serve};

#[test]
fn random_ids_reach_the_server_exactly_in_every_path() {
    // Through httpmock: every operation with a path parameter, the raw
    // path checked segment by segment (percent-decoding to exactly the id,
    // nothing raw that RFC 3986 forbids in a segment).
    let doc = spec::merged();
    let rt = runtime();
    let server = rt.block_on(httpmock::MockServer::start_async());
    let c = client(&server, AuthScheme::Bearer);
    let mut ops_with_params = 0;
    for op in spec::operations() {
        let params: Vec<String> = op
            .params_in(Location::Path)
            .map(|p| p.name.clone())
            .collect();
        if params.is_empty() {
            continue;
        }
        ops_with_params += 1;
        let case = case(&op.id);
        let base = example_input(doc, op);
        let body = op.request_body.as_ref().and_then(|b| {
            base.body
                .as_ref()
                .map(|v| expected_body(doc, &b.media.schema, v))
        });
        let reply = success_reply(doc, op);
        let ids = proptest::collection::vec(ids(), params.len());
        check(&format!("{} path", op.id), HTTP_CASES * 2, ids, |ids| {
            let mut input = base.clone();
            input.path = params.iter().cloned().zip(ids).collect();
            rt.block_on(async {
                let seen = serve(&server, &reply).await;
                // Only the request matters here; `only` proves it was sent.
                let _ = (case.invoke)(&c, &input).await;
                check_request(
                    doc,
                    op,
                    &input,
                    body.as_ref(),
                    &only(&seen, &op.id),
                    None,
                    &format!("{} with ids {:?}", op.id, input.path),
                );
            });
            Ok(())
        });
    }
    assert!(ops_with_params > 0, "no operation has a path parameter");
}

#[test]
fn random_ids_reach_the_mock_server_exactly() {
    // Through the real imprint-mock server, which percent-decodes path ids:
    // a customer stored under any id the facade accepts is found by it.
    let rt = runtime();
    let server = rt
        .block_on(imprint_mock::MockServer::builder().customers(0).start())
        .unwrap_or_else(|e| panic!("cannot start imprint-mock: {e}"));
    let c = imprint::Client::builder()
        .api_key(server.api_key())
        .base_url(server.url())
        .retry_policy(imprint::RetryPolicy::disabled())
        .build()
        .unwrap_or_else(|e| panic!("cannot build a client for imprint-mock: {e}"));
    let op = spec::operation("getCustomer");
    check("imprint-mock getCustomer", HTTP_CASES * 8, ids(), |id| {
        let customer: Customer = serde_json::from_value(json!({"id": id}))
            .unwrap_or_else(|e| panic!("a customer with id {id:?} does not build: {e}"));
        server
            .insert_customer(customer)
            .unwrap_or_else(|e| panic!("imprint-mock refuses id {id:?}: {e}"));
        let got = rt.block_on(c.customers().get(&id));
        match got {
            Ok(found) => prop_assert_eq!(&found.id, &id, "another customer was found"),
            Err(e) => {
                return Err(TestCaseError::fail(format!(
                    "customer {id:?} was not found through the facade: {e}"
                )));
            }
        }
        // The mock decodes leniently; the path as sent must still be the
        // strict RFC 3986 spelling of the id.
        let sent = server
            .requests()
            .last()
            .map(|r| r.path.clone())
            .unwrap_or_default();
        let params = [("customer_id".to_string(), id.clone())].into();
        check_path(&op.path, &params, &sent).map_err(TestCaseError::fail)?;
        Ok(())
    });
}

#[test]
fn ids_with_brackets_carets_and_pipes_reach_the_server_exactly() {
    // The characters progenitor leaves raw, on their own and mixed, in
    // every operation with a path parameter.
    let doc = spec::merged();
    let rt = runtime();
    let server = rt.block_on(httpmock::MockServer::start_async());
    let c = client(&server, AuthScheme::Bearer);
    for id in ["a[0]^b|c", "[", "]", "^", "|", "[]^|", "x|y^z[1]"] {
        for op in spec::operations() {
            if op.params_in(Location::Path).next().is_none() {
                continue;
            }
            let mut input = example_input(doc, op);
            for v in input.path.values_mut() {
                *v = id.to_string();
            }
            let body = op.request_body.as_ref().and_then(|b| {
                input
                    .body
                    .as_ref()
                    .map(|v| expected_body(doc, &b.media.schema, v))
            });
            rt.block_on(async {
                let seen = serve(&server, &success_reply(doc, op)).await;
                let _ = (case(&op.id).invoke)(&c, &input).await;
                let context = format!("{} with id {id:?}", op.id);
                check_request(
                    doc,
                    op,
                    &input,
                    body.as_ref(),
                    &only(&seen, &context),
                    None,
                    &context,
                );
            });
        }
    }
}

/// The JSON body of the one request `seen` recorded.
fn sent_body(seen: &crate::support::Seen, what: &str) -> Value {
    let got = only(seen, what);
    serde_json::from_slice(&got.body)
        .unwrap_or_else(|e| panic!("{what}: the body is not JSON: {e}"))
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_update_sends_empty_metadata_and_omits_unset_metadata() {
    let doc = spec::merged();
    let server = httpmock::MockServer::start_async().await;
    let c = client(&server, AuthScheme::Bearer);
    let reply = success_reply(doc, spec::operation("updateCustomer"));
    let empty = CustomerUpdateRequest {
        metadata: Some(Default::default()),
        ..Default::default()
    };
    let unset = CustomerUpdateRequest {
        metadata: None,
        ..Default::default()
    };
    // Through the section handle and through the generated request type.
    let seen = serve(&server, &reply).await;
    c.customers()
        .update("CSMR-1", empty.clone())
        .await
        .unwrap_or_else(|e| panic!("update with empty metadata: {e}"));
    assert_eq!(
        sent_body(&seen, "customers().update, metadata: Some({})"),
        json!({"metadata": {}}),
        "an update with `metadata: Some(empty)` must send `\"metadata\": {{}}` (it clears the metadata)"
    );
    let seen = serve(&server, &reply).await;
    c.send(UpdateCustomer::new("CSMR-1", empty))
        .await
        .unwrap_or_else(|e| panic!("send UpdateCustomer with empty metadata: {e}"));
    assert_eq!(
        sent_body(&seen, "send(UpdateCustomer), metadata: Some({})"),
        json!({"metadata": {}})
    );
    let seen = serve(&server, &reply).await;
    c.customers()
        .update("CSMR-1", unset.clone())
        .await
        .unwrap_or_else(|e| panic!("update without metadata: {e}"));
    assert_eq!(
        sent_body(&seen, "customers().update, metadata: None"),
        json!({}),
        "an update with `metadata: None` must not send the key"
    );
    let seen = serve(&server, &reply).await;
    c.send(UpdateCustomer::new("CSMR-1", unset))
        .await
        .unwrap_or_else(|e| panic!("send UpdateCustomer without metadata: {e}"));
    assert_eq!(
        sent_body(&seen, "send(UpdateCustomer), metadata: None"),
        json!({})
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn no_request_carries_an_undeclared_header() {
    // Every operation, typed and raw, with either auth scheme.
    let doc = spec::merged();
    let server = httpmock::MockServer::start_async().await;
    for scheme in [AuthScheme::Bearer, AuthScheme::Basic] {
        let c = client(&server, scheme);
        for op in spec::operations() {
            let case = case(&op.id);
            let input = example_input(doc, op);
            let reply = success_reply(doc, op);
            let seen = serve(&server, &reply).await;
            let _ = (case.invoke)(&c, &input).await;
            let typed = only(&seen, &op.id);
            let seen = serve(&server, &reply).await;
            c.send_raw(case.descriptor, raw_request(op, &input))
                .await
                .unwrap_or_else(|e| panic!("{} (send_raw): {e}", op.id));
            let raw = only(&seen, &op.id);
            for (how, got) in [("send", typed), ("send_raw", raw)] {
                for h in UNDECLARED_HEADERS {
                    assert!(
                        got.header(h).is_empty(),
                        "{} ({how}, {scheme:?}): sent `{h}: {:?}`, a header the spec does not declare",
                        op.id,
                        got.header(h)
                    );
                }
                assert_eq!(
                    got.header("authorization").len(),
                    1,
                    "{} ({how}): one Authorization header (key {API_KEY})",
                    op.id
                );
            }
        }
    }
}
