//! The generated stubs against the `imprint` facade: each test stubs one
//! operation with the generated `When`/`Then`, calls it through the facade
//! as a user would, and checks both sides: the stub was hit (so its method,
//! path and matchers agree with what the client sends) and the typed result
//! (so the stub's body is what the client decodes).

use httpmock::MockServer;
use imprint::Error;
use imprint_httpmock::MockServerExt;
use imprint_raw::open_enums::{PaymentMethodStatus, PaymentMethodType};
use imprint_raw::types::{
    CreateTransactionIntentBody, CustomerNotFoundError, PaymentMethod,
    SearchPaymentMethodsResponse, TransactionIntent,
};
use serde_json::json;

type TestResult = Result<(), Box<dyn std::error::Error>>;

fn client(server: &MockServer) -> imprint::Client {
    imprint::Client::builder()
        .api_key("sk_test_KEY")
        .base_url(server.base_url())
        .build()
        .expect("a client for the mock server")
}

fn payment_method(id: &str) -> PaymentMethod {
    PaymentMethod {
        id: id.into(),
        customer_id: "CSMR-1".into(),
        type_: PaymentMethodType::Card,
        status: PaymentMethodStatus::Active,
        created_at: "2025-02-13T19:08:07Z".parse().expect("an RFC 3339 time"),
        updated_at: None,
        card: None,
        bank_account: None,
        loan: None,
        metadata: Default::default(),
    }
}

// ----- GET by id ---------------------------------------------------------

#[tokio::test]
async fn get_by_id_answers_the_typed_body() -> TestResult {
    let server = MockServer::start_async().await;
    let pm = payment_method("PM-1");
    let mock = server.get_payment_method(|when, then| {
        when.payment_method_id("PM-1");
        then.ok(&pm);
    });

    let got = client(&server).payment_methods().get("PM-1").await?;

    mock.assert_async().await;
    assert_eq!(got, pm);
    Ok(())
}

#[tokio::test]
async fn the_path_parameter_matcher_rejects_another_id() -> TestResult {
    let server = MockServer::start_async().await;
    let pm = payment_method("PM-1");
    let mock = server.get_payment_method(|when, then| {
        when.payment_method_id("PM-1");
        then.ok(&pm);
    });

    // Not this stub's id: httpmock answers its own 404, not the stub.
    let err = client(&server)
        .payment_methods()
        .get("PM-2")
        .await
        .expect_err("no stub for PM-2");

    assert_eq!(mock.calls_async().await, 0);
    assert!(matches!(err, Error::NotFound(_)), "{err:?}");
    Ok(())
}

// ----- POST create with a body matcher -----------------------------------

fn intent_body(amount: i64) -> CreateTransactionIntentBody {
    CreateTransactionIntentBody::builder()
        .customer_id("CSMR-1")
        .amount(amount)
        .currency("USD".to_string())
        .merchant_name(Some("walmart".to_string()))
        .try_into()
        .expect("a complete body")
}

fn intent() -> TransactionIntent {
    serde_json::from_value(json!({
        "id": "TI-1",
        "customer_id": "CSMR-1",
        "amount": 10000,
        "currency": "USD",
        "status": "PENDING",
        "metadata": {},
        "created_at": "2025-02-13T19:08:07Z",
    }))
    .expect("a transaction intent")
}

#[tokio::test]
async fn create_matches_the_request_body() -> TestResult {
    let server = MockServer::start_async().await;
    let body = intent_body(10000);
    let answer = intent();
    let mock = server.create_transaction_intent(|when, then| {
        when.body(&body);
        then.ok(&answer);
    });

    let got = client(&server)
        .transaction_intents()
        .create(body.clone())
        .await?;

    mock.assert_async().await;
    assert_eq!(got, answer);
    assert_eq!(got.status.to_string(), "PENDING");
    Ok(())
}

#[tokio::test]
async fn the_body_matcher_rejects_another_body() -> TestResult {
    let server = MockServer::start_async().await;
    let mock = server.create_transaction_intent(|when, then| {
        when.body(&intent_body(10000));
        then.ok(&intent());
    });

    let result = client(&server)
        .transaction_intents()
        .create(intent_body(20000))
        .await;

    assert_eq!(mock.calls_async().await, 0);
    assert!(result.is_err(), "{result:?}");
    Ok(())
}

// ----- a cursor list, page by page ---------------------------------------

#[tokio::test]
async fn a_cursor_list_follows_the_stubbed_pages() -> TestResult {
    let server = MockServer::start_async().await;
    let first = SearchPaymentMethodsResponse {
        data: vec![payment_method("PM-1"), payment_method("PM-2")],
        has_more: Some(true),
        total: Some(3),
    };
    let second = SearchPaymentMethodsResponse {
        data: vec![payment_method("PM-3")],
        has_more: Some(false),
        total: Some(3),
    };
    // The first page is the one without a cursor (`None`: must be absent).
    let page1 = server.search_payment_methods(|when, then| {
        when.customer_id("CSMR-1")
            .limit(std::num::NonZeroU32::new(2))
            .starting_after(None);
        then.ok(&first);
    });
    let page2 = server.search_payment_methods(|when, then| {
        when.customer_id("CSMR-1")
            .limit(std::num::NonZeroU32::new(2))
            .starting_after("PM-2");
        then.ok(&second);
    });

    let client = client(&server);
    let page = client
        .payment_methods()
        .search("CSMR-1")
        .limit(2)
        .send()
        .await?;
    assert_eq!(page.data, first.data);
    assert!(page.has_more);
    assert_eq!(page.total, Some(3));
    assert_eq!(page.next_cursor.as_deref(), Some("PM-2"));
    assert_eq!(page1.calls_async().await, 1);
    assert_eq!(page2.calls_async().await, 0);

    let all = client
        .payment_methods()
        .search("CSMR-1")
        .limit(2)
        .collect_up_to(10)
        .await?;
    let ids: Vec<&str> = all.iter().map(|pm| pm.id.as_str()).collect();
    assert_eq!(ids, ["PM-1", "PM-2", "PM-3"]);
    assert_eq!(page1.calls_async().await, 2);
    page2.assert_async().await;
    Ok(())
}

// ----- 204 delete --------------------------------------------------------

#[tokio::test]
async fn delete_answers_no_content() -> TestResult {
    let server = MockServer::start_async().await;
    let mock = server.delete_order(|when, then| {
        when.order_id("ORD-1");
        then.no_content();
    });

    client(&server).orders().delete("ORD-1").await?;

    mock.assert_async().await;
    Ok(())
}

// ----- a documented error ------------------------------------------------

#[tokio::test]
async fn a_documented_404_reaches_the_caller_typed() -> TestResult {
    let server = MockServer::start_async().await;
    let body = CustomerNotFoundError {
        type_: "CUSTOMER_NOT_FOUND_ERROR".into(),
        message: "Customer not found for provided ID: CSMR-404".into(),
        param: Some("customer_id".into()),
    };
    let mock = server.get_customer(|when, then| {
        when.customer_id("CSMR-404");
        then.not_found(&body);
    });

    let err = client(&server)
        .customers()
        .get("CSMR-404")
        .await
        .expect_err("the stub answers 404");

    mock.assert_async().await;
    let Error::NotFound(e) = &err else {
        panic!("expected NotFound, got {err:?}");
    };
    assert_eq!(e.status, 404);
    assert_eq!(e.operation, "getCustomer");
    assert_eq!(e.error_type.as_deref(), Some("CUSTOMER_NOT_FOUND_ERROR"));
    assert_eq!(e.message.as_deref(), Some(body.message.as_str()));
    assert_eq!(e.param.as_deref(), Some("customer_id"));
    assert_eq!(e.content_type.as_deref(), Some("application/json"));
    assert_eq!(e.decode_body::<CustomerNotFoundError>()?, body);
    Ok(())
}
