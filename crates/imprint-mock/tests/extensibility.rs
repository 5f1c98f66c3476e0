//! The spec drives the server: a spec copy with an operation the mock has
//! no handler for is routed, validated and answered from its examples;
//! faults and counters work per operation of whatever spec is served.

mod common;

use common::Api;
use imprint_mock::{Fault, MockError, MockServer};
use reqwest::StatusCode;
use serde_json::json;

/// The bundled spec plus `GET/POST /v2/widgets/{widget_id}`, which no
/// handler knows.
fn spec_with_widgets() -> imprint_spec::Spec {
    let mut doc = common::spec().into_document();
    doc["components"]["schemas"]["Widget"] = json!({
        "type": "object",
        "required": ["id", "size"],
        "properties": {
            "id": {"type": "string", "example": "WDGT-1"},
            "size": {"type": "integer", "minimum": 1, "example": 3},
            "color": {"type": "string", "enum": ["RED", "BLUE"]},
            "made_at": {"type": "string", "format": "date-time"},
            "parts": {"type": "array", "items": {"$ref": "#/components/schemas/Address"}}
        }
    });
    doc["paths"]["/v2/widgets/{widget_id}"] = json!({
        "get": {
            "operationId": "getWidget",
            "tags": ["Widgets"],
            "parameters": [
                {"name": "widget_id", "in": "path", "required": true, "schema": {"type": "string"}},
                {"name": "verbose", "in": "query", "schema": {"type": "boolean"}},
                {"name": "depth", "in": "query", "required": true, "schema": {"type": "integer", "maximum": 5}}
            ],
            "responses": {
                "200": {"description": "ok", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Widget"}}}},
                "400": {"description": "bad", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/InvalidRequestError"}}}}
            }
        },
        "post": {
            "operationId": "resizeWidget",
            "parameters": [{"name": "widget_id", "in": "path", "required": true, "schema": {"type": "string"}}],
            "requestBody": {"required": true, "content": {"application/json": {"schema": {
                "type": "object", "required": ["size"], "properties": {
                    "size": {"type": "integer", "minimum": 1},
                    "contact": {"type": "string", "description": "Phone, E.164 format"}}}}}},
            "responses": {"204": {"description": "resized"}}
        }
    });
    imprint_spec::Spec::new(doc)
}

#[tokio::test]
async fn a_new_operation_in_the_spec_works_without_code() {
    let api = Api::start(MockServer::builder().customers(2).spec(spec_with_widgets())).await;
    assert!(api.server.operation_ids().contains(&"getWidget".to_owned()));
    let a = api.get("/v2/widgets/w%201?depth=2&verbose=true").await;
    assert_eq!(a.status, StatusCode::OK, "{}", a.text);
    let schema = json!({"$ref": "#/components/schemas/Widget"});
    let validator = common::fragment_validator(api.server.spec().document(), &schema);
    assert!(
        common::violations(&validator, &a.json).is_empty(),
        "{}",
        a.text
    );
    assert_eq!(a.json["id"], "WDGT-1");
    assert_eq!(a.json["size"], 3);
    assert_eq!(a.json["color"], "RED");
    assert_eq!(a.json["parts"][0]["country"], "USA");

    // Parameters are coerced and checked; the documented 400 shape is used.
    for (query, param) in [
        ("depth=9", "depth"),
        ("depth=two", "depth"),
        ("depth=1&verbose=yes", "verbose"),
        ("", "depth"),
    ] {
        let a = api.get(&format!("/v2/widgets/w1?{query}")).await;
        assert_eq!(a.status, StatusCode::BAD_REQUEST, "{query}: {}", a.text);
        assert_eq!(a.json["error"], "Bad Request", "{}", a.text);
        assert!(
            a.json["details"][0]
                .as_str()
                .unwrap()
                .starts_with(&format!("{param}: ")),
            "{query}: {}",
            a.text
        );
    }
    // The body is checked, prose rules included; no documented 400 means
    // the flat shape. The answer is the documented 204.
    let a = api.post("/v2/widgets/w1", &json!({"size": 2})).await;
    assert_eq!(a.status, StatusCode::NO_CONTENT, "{}", a.text);
    let a = api.post("/v2/widgets/w1", &json!({"size": 0})).await;
    assert_eq!(
        (a.status, a.json["param"].as_str()),
        (StatusCode::BAD_REQUEST, Some("size"))
    );
    let a = api
        .post("/v2/widgets/w1", &json!({"size": 2, "contact": "555-1234"}))
        .await;
    assert_eq!(a.json["param"], "contact", "{}", a.text);
    let a = api.post("/v2/widgets/w1", &json!({})).await;
    assert_eq!(a.json["param"], "size", "{}", a.text);
    let a = api.call("DELETE", "/v2/widgets/w1", None).await;
    assert_eq!(a.status, StatusCode::METHOD_NOT_ALLOWED);
    assert_eq!(a.header("allow"), Some("GET, POST"));

    // Faults and counters know the new operation.
    api.server
        .set_fault("getWidget", Fault::FailNext(1, 503))
        .unwrap();
    assert_eq!(
        api.get("/v2/widgets/w1?depth=1").await.status,
        StatusCode::SERVICE_UNAVAILABLE
    );
    assert_eq!(
        api.get("/v2/widgets/w1?depth=1").await.status,
        StatusCode::OK
    );
    assert_eq!(api.server.request_count_for("getWidget").unwrap(), 7);
    assert_eq!(api.server.request_count_for("resizeWidget").unwrap(), 4);
    let last = api.server.requests().pop().unwrap();
    assert_eq!(last.operation.as_deref(), Some("getWidget"));
    assert_eq!(last.query.as_deref(), Some("depth=1"));
    // The stateful operations are still there.
    let id = api.server.customers()[0].id().to_owned();
    assert_eq!(api.get_customer(&id).await.status, StatusCode::OK);
}

#[tokio::test]
async fn a_literal_segment_wins_over_a_parameter() {
    let mut doc = common::spec().into_document();
    doc["paths"]["/v2/customers/special"] = json!({"get": {
        "operationId": "getSpecialCustomers",
        "responses": {"200": {"description": "ok", "content": {"application/json": {"schema": {
            "type": "object", "properties": {"special": {"type": "boolean", "example": true}}}}}}}
    }});
    let api = Api::start(
        MockServer::builder()
            .customers(2)
            .spec(imprint_spec::Spec::new(doc)),
    )
    .await;
    let a = api.get("/v2/customers/special").await;
    assert_eq!(a.json, json!({"special": true}));
    // POST is only on the template; the literal path's methods decide.
    let a = api.post("/v2/customers/special", &json!({})).await;
    assert_eq!(a.status, StatusCode::METHOD_NOT_ALLOWED);
    let id = api.server.customers()[0].id().to_owned();
    assert_eq!(api.get_customer(&id).await.json["id"], id.as_str());
}

#[tokio::test]
async fn faults_and_counters_take_operation_ids() {
    let api = Api::start(MockServer::builder().customers(3)).await;
    let cid = api.server.customers()[0].id().to_owned();
    assert!(matches!(
        api.server.set_fault("getCustomers", Fault::FailNext(1, 500)),
        Err(MockError::UnknownOperation(id)) if id == "getCustomers"
    ));
    assert!(api.server.request_count_for("nope").is_err());
    api.server
        .set_fault("createTransactionIntent", Fault::FailNext(2, 503))
        .unwrap();
    let body = json!({"customer_id": cid, "amount": 10, "currency": "USD"});
    let before = api.server.transaction_intents().len();
    assert_eq!(
        api.post("/v2/transaction_intents", &body).await.status,
        StatusCode::SERVICE_UNAVAILABLE
    );
    // Other operations are not affected.
    assert_eq!(
        api.get("/v2/transaction_intents").await.status,
        StatusCode::OK
    );
    assert_eq!(
        api.post("/v2/transaction_intents", &body).await.status,
        StatusCode::SERVICE_UNAVAILABLE
    );
    assert_eq!(
        api.server.transaction_intents().len(),
        before,
        "faulted requests change nothing"
    );
    assert_eq!(
        api.post("/v2/transaction_intents", &body).await.status,
        StatusCode::OK
    );
    assert_eq!(api.server.transaction_intents().len(), before + 1);
    assert_eq!(
        api.server
            .request_count_for("createTransactionIntent")
            .unwrap(),
        3
    );
    assert_eq!(
        api.server
            .request_count_for("searchTransactionIntents")
            .unwrap(),
        1
    );
    // A retrying facade call rides over a rate limit on one operation.
    api.server
        .set_fault(
            "getReward",
            Fault::RateLimit {
                requests: 1,
                retry_after_secs: 0,
            },
        )
        .unwrap();
    let reward = api.server.rewards()[0].id.clone();
    let client = imprint::Client::builder()
        .api_key(api.server.api_key())
        .base_url(api.server.url())
        .build()
        .unwrap();
    assert_eq!(client.rewards().get(&reward).await.unwrap().id, reward);
    assert_eq!(api.server.request_count_for("getReward").unwrap(), 2);
}

#[tokio::test]
async fn a_broken_spec_is_refused_at_start() {
    let mut doc = common::spec().into_document();
    doc["paths"]["/v2/broken"] = json!({"post": {
        "operationId": "broken",
        "requestBody": {"content": {"application/json": {"schema": {"type": 7}}}},
        "responses": {"200": {"description": "ok"}}
    }});
    let err = MockServer::builder()
        .spec(imprint_spec::Spec::new(doc))
        .start()
        .await
        .unwrap_err();
    assert!(
        matches!(err, MockError::Spec(ref m) if m.contains("broken")),
        "{err}"
    );
}
