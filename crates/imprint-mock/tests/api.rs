//! Behaviour of every route, authentication, validation and errors.

mod common;

use std::collections::HashSet;

use common::{Api, all_ssns, answer, component_validator, encode};
use imprint_mock::{MockServer, StoredCustomer};
use imprint_raw::types::{
    Customer, CustomerAccountHistory, CustomerUpdateRequest, SearchCustomersPostBody,
};
use reqwest::StatusCode;
use serde_json::{Value, json};

fn customer(id: &str) -> Customer {
    serde_json::from_value(json!({"id": id})).unwrap()
}

fn assert_invalid(answer: &common::Answer, param: Option<&str>) {
    assert_eq!(answer.status, StatusCode::BAD_REQUEST, "{}", answer.text);
    let said = common::refusal(answer);
    // Flat bodies name the error; Spring bodies carry the reason phrase.
    assert!(
        matches!(
            said.kind.as_deref(),
            Some("INVALID_REQUEST_ERROR" | "Bad Request")
        ),
        "{}",
        answer.text
    );
    assert!(!said.message.is_empty(), "{}", answer.text);
    assert_eq!(said.param.as_deref(), param, "{}", answer.text);
}

#[tokio::test]
async fn get_customer_returns_the_stored_customer_in_spec_shape() {
    let api = Api::default().await;
    let stored = api.server.customers().remove(3);
    let a = api.get_customer(stored.id()).await;
    assert_eq!(a.status, StatusCode::OK);
    assert_eq!(a.header("content-type"), Some("application/json"));
    assert!(a.header("x-request-id").unwrap().starts_with("req_"));
    let validator = component_validator("Customer");
    assert!(validator.is_valid(&a.json), "{}", a.text);
    let decoded: Customer = serde_json::from_value(a.json.clone()).unwrap();
    assert_eq!(decoded, stored.customer);
    let ssn4 = a.json["ssn4"].as_str().unwrap();
    assert_eq!(ssn4.len(), 4);
    assert!(stored.ssn.unwrap().expose().ends_with(ssn4));
    assert!(a.json.get("ssn").is_none());
    assert!(a.json.get("customer_history").is_none());
    for key in [
        "email",
        "phone",
        "first_name",
        "last_name",
        "date_of_birth",
        "address",
        "partner_customer_id",
        "statuses",
        "created_at",
        "updated_at",
    ] {
        assert!(a.json.get(key).is_some(), "missing {key}: {}", a.text);
    }
}

#[tokio::test]
async fn unknown_customer_is_the_documented_404() {
    let api = Api::default().await;
    let a = api.get_customer("CSMR-nope").await;
    assert_eq!(a.status, StatusCode::NOT_FOUND);
    assert_eq!(
        a.json,
        json!({
            "type": "CUSTOMER_NOT_FOUND_ERROR",
            "message": "Customer not found for provided ID: CSMR-nope",
            "param": "customer_id",
        })
    );
    assert!(component_validator("CustomerNotFoundError").is_valid(&a.json));
    let u = api.update("CSMR-nope", &json!({"first_name": "X"})).await;
    assert_eq!(u.status, StatusCode::NOT_FOUND);
    assert_eq!(u.json, a.json);
}

#[tokio::test]
async fn auth_bearer_basic_missing_wrong() {
    let api = Api::start(MockServer::builder().api_key("sk_test_abc")).await;
    let id = api.server.customers()[0].id().to_owned();
    let url = api.url(&format!("/v2/customers/{}", encode(&id)));

    let bearer = answer(
        api.http
            .get(&url)
            .bearer_auth("sk_test_abc")
            .send()
            .await
            .unwrap(),
    )
    .await;
    assert_eq!(bearer.status, StatusCode::OK);
    let basic = answer(
        api.http
            .get(&url)
            .basic_auth("sk_test_abc", None::<&str>)
            .send()
            .await
            .unwrap(),
    )
    .await;
    assert_eq!(basic.status, StatusCode::OK, "{}", basic.text);
    let basic_empty_pw = answer(
        api.http
            .get(&url)
            .basic_auth("sk_test_abc", Some(""))
            .send()
            .await
            .unwrap(),
    )
    .await;
    assert_eq!(basic_empty_pw.status, StatusCode::OK);

    let unauthorized = [
        api.http.get(&url).send().await.unwrap(),
        api.http
            .get(&url)
            .bearer_auth("sk_test_wrong")
            .send()
            .await
            .unwrap(),
        api.http
            .get(&url)
            .basic_auth("sk_test_wrong", None::<&str>)
            .send()
            .await
            .unwrap(),
        api.http
            .get(&url)
            .basic_auth("sk_test_abc", Some("pw"))
            .send()
            .await
            .unwrap(),
        api.http
            .get(&url)
            .header("authorization", "Token sk_test_abc")
            .send()
            .await
            .unwrap(),
        // An unauthenticated write must not reach the store either.
        api.http
            .post(&url)
            .json(&json!({"first_name": "Mallory"}))
            .send()
            .await
            .unwrap(),
    ];
    for response in unauthorized {
        let a = answer(response).await;
        assert_eq!(a.status, StatusCode::UNAUTHORIZED);
        assert_eq!(a.json["type"], "UNAUTHORIZED");
        assert!(a.json["message"].as_str().is_some_and(|m| !m.is_empty()));
        assert!(
            !a.text.contains("sk_test_abc"),
            "the key leaked: {}",
            a.text
        );
        assert!(a.header("www-authenticate").is_some());
        assert!(a.header("x-request-id").is_some());
    }
    assert_ne!(
        api.server
            .customer(&id)
            .unwrap()
            .customer
            .first_name
            .as_deref(),
        Some("Mallory")
    );

    // The optional merchant header is accepted and recorded.
    let with_merchant = api
        .http
        .get(&url)
        .bearer_auth("sk_test_abc")
        .header("x-imprint-merchant-key", "merchant_123")
        .send()
        .await
        .unwrap();
    assert_eq!(with_merchant.status(), StatusCode::OK);
    let last = api.server.requests().pop().unwrap();
    assert_eq!(last.merchant_key.as_deref(), Some("merchant_123"));
    assert_eq!(last.operation.as_deref(), Some("getCustomer"));
    assert_eq!(last.status, 200);
}

#[tokio::test]
async fn every_answer_has_a_unique_request_id() {
    let api = Api::default().await;
    let id = api.server.customers()[0].id().to_owned();
    let mut seen = HashSet::new();
    let answers = vec![
        api.get_customer(&id).await,
        api.get_customer("missing").await,
        api.search(&json!({"limit": 0})).await,
        api.search(&json!({})).await,
        api.get("/nowhere").await,
        answer(
            api.http
                .get(api.url("/v2/customers/x"))
                .send()
                .await
                .unwrap(),
        )
        .await,
    ];
    for a in &answers {
        let rid = a.header("x-request-id").unwrap().to_owned();
        assert!(rid.starts_with("req_"));
        assert!(seen.insert(rid), "duplicate request id");
    }
    let logged: Vec<_> = api
        .server
        .requests()
        .into_iter()
        .map(|r| r.request_id)
        .collect();
    assert_eq!(logged.len(), answers.len());
    assert!(logged.iter().all(|r| seen.contains(r)));
    assert_eq!(api.server.request_count(), answers.len() as u64);
}

#[tokio::test]
async fn search_defaults_and_response_shape() {
    let api = Api::start(MockServer::builder().customers(23)).await;
    let a = api.search(&json!({})).await;
    assert_eq!(a.status, StatusCode::OK);
    assert!(component_validator("CustomerListResponse").is_valid(&a.json));
    assert_eq!(a.json["data"].as_array().unwrap().len(), 10);
    assert_eq!(a.json["has_more"], true);
    assert_eq!(a.json["total"], 23);
    let ids: Vec<_> = api
        .server
        .customers()
        .iter()
        .map(|c| c.id().to_owned())
        .collect();
    let first: Vec<_> = a.json["data"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["id"].as_str().unwrap().to_owned())
        .collect();
    assert_eq!(first, ids[..10]);

    let all = api.search(&json!({"limit": 100})).await;
    assert_eq!(all.json["data"].as_array().unwrap().len(), 23);
    assert_eq!(all.json["has_more"], false);

    let none = api.search(&json!({"partner_customer_id": "nobody"})).await;
    assert_eq!(none.status, StatusCode::OK);
    assert_eq!(
        none.json,
        json!({"data": [], "has_more": false, "total": 0})
    );
}

#[tokio::test]
async fn pagination_visits_every_customer_once() {
    let api = Api::start(MockServer::builder().customers(53).seed(9)).await;
    let expected: Vec<_> = api
        .server
        .customers()
        .iter()
        .map(|c| c.id().to_owned())
        .collect();
    for limit in [1, 7, 10, 53, 100] {
        let (ids, totals) = api.paginate(&json!({}), limit).await;
        assert_eq!(ids, expected, "limit {limit}");
        assert!(totals.iter().all(|t| *t == 53));
    }
    // The last page ends exactly: has_more is false when the page is full.
    let (ids, totals) = api.paginate(&json!({}), 53).await;
    assert_eq!((ids.len(), totals.len()), (53, 1));
}

#[tokio::test]
async fn filters_combine_with_and() {
    let api = Api::start(MockServer::builder().customers(30)).await;
    let dob = json!({"year": 1988, "month": 2, "day": 29});
    for (i, ssn) in ["111223333", "111224444", "111225555"].iter().enumerate() {
        let mut c = customer(&format!("CSMR-filter-{i}"));
        c.date_of_birth = Some(imprint_raw::support::Sensitive::new(
            serde_json::from_value(dob.clone()).unwrap(),
        ));
        c.partner_customer_id = Some(format!("PARTNER_FILTER_{}", i % 2).into());
        api.server
            .insert_customer(StoredCustomer::new(c).with_ssn(*ssn))
            .unwrap();
    }
    let ids = |a: &common::Answer| -> Vec<String> {
        a.json["data"]
            .as_array()
            .unwrap()
            .iter()
            .map(|c| c["id"].as_str().unwrap().to_owned())
            .collect()
    };

    let by_dob = api.search(&json!({"date_of_birth": dob})).await;
    assert_eq!(
        ids(&by_dob),
        ["CSMR-filter-0", "CSMR-filter-1", "CSMR-filter-2"]
    );
    assert_eq!(by_dob.json["total"], 3);

    let dob_and_partner = api
        .search(&json!({"date_of_birth": dob, "partner_customer_id": "PARTNER_FILTER_0"}))
        .await;
    assert_eq!(ids(&dob_and_partner), ["CSMR-filter-0", "CSMR-filter-2"]);

    let all_three = api
        .search(&json!({"date_of_birth": dob, "partner_customer_id": "PARTNER_FILTER_0", "ssn": "111225555"}))
        .await;
    assert_eq!(ids(&all_three), ["CSMR-filter-2"]);
    assert_eq!(all_three.json["data"][0]["ssn4"], "5555");

    let conflicting = api
        .search(&json!({"partner_customer_id": "PARTNER_FILTER_1", "ssn": "111225555"}))
        .await;
    assert_eq!(conflicting.json["total"], 0);

    // A seeded customer by partner id, by SSN, and by year of birth only.
    let seeded = api.server.customer(api.server.customers()[5].id()).unwrap();
    let partner = seeded.customer.partner_customer_id.clone().unwrap().0;
    let by_partner = api.search(&json!({"partner_customer_id": partner})).await;
    assert_eq!(ids(&by_partner), [seeded.id()]);
    let ssn = seeded.ssn.clone().unwrap().into_inner();
    let by_ssn = api.search(&json!({"ssn": ssn})).await;
    assert_eq!(ids(&by_ssn), [seeded.id()]);
    let year = seeded
        .customer
        .date_of_birth
        .as_ref()
        .unwrap()
        .expose()
        .year
        .unwrap();
    let by_year = api.search(&json!({"date_of_birth": {"year": year}})).await;
    let expected_year: Vec<_> = api
        .server
        .customers()
        .into_iter()
        .filter(|c| {
            c.customer
                .date_of_birth
                .as_ref()
                .and_then(|d| d.expose().year)
                == Some(year)
        })
        .map(|c| c.id().to_owned())
        .collect();
    assert_eq!(ids(&by_year), expected_year);

    // Filters and pagination together.
    let (paged, totals) = api.paginate(&json!({"date_of_birth": dob}), 1).await;
    assert_eq!(paged, ["CSMR-filter-0", "CSMR-filter-1", "CSMR-filter-2"]);
    assert!(totals.iter().all(|t| *t == 3));
}

#[tokio::test]
async fn invalid_requests_are_400_with_param() {
    let api = Api::default().await;
    let id = api.server.customers()[0].id().to_owned();
    let cases: Vec<(Value, Option<&str>)> = vec![
        (json!({"limit": 0}), Some("limit")),
        (json!({"limit": -1}), Some("limit")),
        (json!({"limit": "ten"}), Some("limit")),
        (json!({"limit": 2.5}), Some("limit")),
        (json!({"ssn": "123-45-6789"}), Some("ssn")),
        (json!({"ssn": 123456789}), Some("ssn")),
        (
            json!({"partner_customer_id": 7}),
            Some("partner_customer_id"),
        ),
        (
            json!({"date_of_birth": {"month": 13}}),
            Some("date_of_birth.month"),
        ),
        (
            json!({"date_of_birth": {"day": 0}}),
            Some("date_of_birth.day"),
        ),
        (
            json!({"date_of_birth": {"year": 1899}}),
            Some("date_of_birth.year"),
        ),
        (
            json!({"date_of_birth": {"year": 3000}}),
            Some("date_of_birth.year"),
        ),
        (
            json!({"date_of_birth": {"year": 2001, "month": 4, "day": 31}}),
            Some("date_of_birth.day"),
        ),
        (
            json!({"date_of_birth": "1990-01-01"}),
            Some("date_of_birth"),
        ),
        (
            json!({"starting_after": "CSMR-unknown"}),
            Some("starting_after"),
        ),
        (json!([1, 2]), None),
        (json!("text"), None),
    ];
    for (body, param) in cases {
        let a = api.search(&body).await;
        assert_invalid(&a, param);
    }

    let updates: Vec<(Value, Option<&str>)> = vec![
        (json!({"email": "not-an-email"}), Some("email")),
        (json!({"email": null}), Some("email")),
        (json!({"phone": "0123"}), Some("phone")),
        (json!({"phone": "+1 415 555 2671"}), Some("phone")),
        (json!({"first_name": 1}), Some("first_name")),
        (json!({"metadata": []}), Some("metadata")),
        (
            json!({"customer_history": {"ltv_amount": "lots"}}),
            Some("customer_history.ltv_amount"),
        ),
        (
            json!({"customer_history": {"ltv_currency": "usd"}}),
            Some("customer_history.ltv_currency"),
        ),
        (
            json!({"customer_history": {"account_created_at": "2025-13-01"}}),
            Some("customer_history.account_created_at"),
        ),
        (
            json!({"customer_history": {"address": {"country": "United States"}}}),
            Some("customer_history.address.country"),
        ),
        (
            json!({"customer_history": {"phone": "call me"}}),
            Some("customer_history.phone"),
        ),
    ];
    for (body, param) in updates {
        let a = api.update(&id, &body).await;
        assert_invalid(&a, param);
    }

    let raw = |body: &'static str, content_type: Option<&'static str>| {
        let mut r = api
            .http
            .post(api.url("/v2/customers"))
            .bearer_auth(api.server.api_key())
            .body(body);
        if let Some(ct) = content_type {
            r = r.header("content-type", ct);
        }
        r
    };
    let bad_json = answer(
        raw("{\"limit\": ", Some("application/json"))
            .send()
            .await
            .unwrap(),
    )
    .await;
    assert_invalid(&bad_json, None);
    assert!(common::refusal(&bad_json).message.contains("JSON"));
    let empty = answer(raw("", Some("application/json")).send().await.unwrap()).await;
    assert_invalid(&empty, None);
    let form = answer(
        raw("limit=5", Some("application/x-www-form-urlencoded"))
            .send()
            .await
            .unwrap(),
    )
    .await;
    assert_eq!(form.status, StatusCode::UNSUPPORTED_MEDIA_TYPE);
    assert_eq!(form.json["type"], "INVALID_REQUEST_ERROR");
    let no_content_type = answer(raw("{\"limit\": 2}", None).send().await.unwrap()).await;
    assert_eq!(no_content_type.status, StatusCode::OK);
    let charset = answer(
        raw("{}", Some("application/json; charset=utf-8"))
            .send()
            .await
            .unwrap(),
    )
    .await;
    assert_eq!(charset.status, StatusCode::OK);

    // Nothing of the failed updates was applied.
    let after = api.server.customer(&id).unwrap();
    assert_eq!(after.customer, api.server.customers()[0].customer);
    assert!(after.customer_history.is_none());
}

#[tokio::test]
async fn unknown_paths_and_methods() {
    let api = Api::default().await;
    let a = api.get("/v1/customers").await;
    assert_eq!(a.status, StatusCode::NOT_FOUND);
    assert_eq!(a.json["type"], "NOT_FOUND_ERROR");
    let a = api.get("/v2/customers/a/b").await;
    assert_eq!(a.status, StatusCode::NOT_FOUND);
    let a = api.get("/v2/customers/a/link/x").await;
    assert_eq!(a.status, StatusCode::NOT_FOUND);
    assert_eq!(
        a.json["message"],
        "Unrecognized request URL (GET: /v2/customers/a/link/x)"
    );
    let a = api.get("/v2/customers/").await;
    assert_eq!(
        a.status,
        StatusCode::NOT_FOUND,
        "an empty id matches no template"
    );
    let r = api
        .http
        .put(api.url("/v2/customers"))
        .bearer_auth(api.server.api_key())
        .send()
        .await
        .unwrap();
    let a = answer(r).await;
    assert_eq!(a.status, StatusCode::METHOD_NOT_ALLOWED);
    assert_eq!(a.header("allow"), Some("GET, POST"));
    let a = api.get("/v2/keys").await;
    assert_eq!(a.status, StatusCode::METHOD_NOT_ALLOWED);
    assert_eq!(a.header("allow"), Some("POST, DELETE"));
    let r = api
        .http
        .delete(api.url("/v2/customers/CSMR-1"))
        .bearer_auth(api.server.api_key())
        .send()
        .await
        .unwrap();
    let a = answer(r).await;
    assert_eq!(a.status, StatusCode::METHOD_NOT_ALLOWED);
    assert_eq!(a.header("allow"), Some("GET, POST"));
}

#[tokio::test]
async fn ssn_never_appears_in_a_response() {
    let api = Api::start(MockServer::builder().customers(40)).await;
    let ssns = all_ssns(&api.server);
    assert_eq!(ssns.len(), 40);
    let first = api.server.customers()[0].clone();
    let first_ssn = first.ssn.clone().unwrap().into_inner();
    let mut bodies = Vec::new();
    bodies.push(api.search(&json!({"limit": 100})).await.text);
    bodies.push(api.search(&json!({"ssn": first_ssn})).await.text);
    bodies.push(
        api.search(&json!({"ssn": first_ssn, "limit": 0}))
            .await
            .text,
    );
    bodies.push(api.search(&json!({"ssn": [first_ssn]})).await.text);
    bodies.push(api.search(&json!([first_ssn])).await.text);
    bodies.push(
        api.search(&json!({"ssn": format!("{first_ssn}0")}))
            .await
            .text,
    );
    bodies.push(
        api.search(&json!({"starting_after": "nope", "ssn": first_ssn}))
            .await
            .text,
    );
    bodies.push(api.get_customer(first.id()).await.text);
    bodies.push(
        api.update(first.id(), &json!({"first_name": "Z"}))
            .await
            .text,
    );
    bodies.push(
        api.update(
            first.id(),
            &json!({"first_name": first_ssn.parse::<u64>().unwrap()}),
        )
        .await
        .text,
    );
    for body in &bodies {
        assert!(!body.contains("\"ssn\":"), "{body}");
        for ssn in &ssns {
            assert!(!body.contains(ssn.as_str()), "an SSN leaked: {body}");
        }
    }
    // The stored SSN is intact, and Debug output never shows it.
    let stored = api.server.customer(first.id()).unwrap();
    assert_eq!(stored.ssn.as_ref().unwrap().expose(), &first_ssn);
    assert!(!format!("{stored:?}").contains(&first_ssn));
}

#[tokio::test]
async fn update_is_partial_and_advances_updated_at() {
    let api = Api::default().await;
    let before = api.server.customers()[2].clone();
    let id = before.id().to_owned();
    let old_address = before.customer.address.clone().unwrap();

    let a = api
        .update(
            &id,
            &json!({
                "email": "new.address@example.com",
                "street_line1": "1 Infinite Loop",
                "postal_code": "95014",
                "customer_history": {
                    "email": "old@example.com",
                    "account_tenure": 13,
                    "ltv_amount": 34000,
                    "ltv_currency": "USD",
                    "loyalty_tier": "GOLD",
                    "account_created_at": "2025-02-13T19:08:07.000Z",
                    "transaction_count": 100,
                    "address": {"city": "Cupertino", "country": "USA"}
                },
                "metadata": {"tier": "gold", "source": null}
            }),
        )
        .await;
    assert_eq!(a.status, StatusCode::OK, "{}", a.text);
    assert!(component_validator("Customer").is_valid(&a.json));
    let after: Customer = serde_json::from_value(a.json.clone()).unwrap();
    let stored = api.server.customer(&id).unwrap();
    assert_eq!(after, stored.customer);

    assert_eq!(after.email.as_deref(), Some("new.address@example.com"));
    // Omitted fields are kept.
    assert_eq!(after.first_name, before.customer.first_name);
    assert_eq!(after.last_name, before.customer.last_name);
    assert_eq!(after.phone, before.customer.phone);
    assert_eq!(after.preferred_language, before.customer.preferred_language);
    assert_eq!(after.date_of_birth, before.customer.date_of_birth);
    assert_eq!(after.ssn4, before.customer.ssn4);
    assert_eq!(after.statuses, before.customer.statuses);
    assert_eq!(
        after.partner_customer_id,
        before.customer.partner_customer_id
    );
    assert_eq!(after.created_at, before.customer.created_at);
    assert_eq!(stored.ssn, before.ssn);
    // The flat address fields update the address; the rest of it stays.
    let address = after.address.clone().unwrap();
    assert_eq!(address.street_line1.as_deref(), Some("1 Infinite Loop"));
    assert_eq!(address.postal_code.as_deref(), Some("95014"));
    assert_eq!(address.city, old_address.city);
    assert_eq!(address.state, old_address.state);
    assert_eq!(address.street_line2, old_address.street_line2);
    assert_eq!(address.country, old_address.country);
    // Metadata is merged; null removes a key.
    assert_eq!(after.metadata.get("tier"), Some(&json!("gold")));
    assert_eq!(
        after.metadata.get("cohort"),
        before.customer.metadata.get("cohort")
    );
    assert!(!after.metadata.contains_key("source"));
    // The history is stored, never returned.
    let history = stored.customer_history.clone().unwrap();
    assert_eq!(history.loyalty_tier.as_deref(), Some("GOLD"));
    assert_eq!(history.ltv_amount, Some(34000));
    assert!(a.json.get("customer_history").is_none());
    // updated_at strictly advances, on every update, even with an empty body.
    assert!(after.updated_at > before.customer.updated_at);
    let mut last = after.updated_at;
    for _ in 0..5 {
        let a = api.update(&id, &json!({})).await;
        assert_eq!(a.status, StatusCode::OK);
        let now: Customer = serde_json::from_value(a.json).unwrap();
        assert!(now.updated_at > last);
        assert_eq!(now.email.as_deref(), Some("new.address@example.com"));
        last = now.updated_at;
    }
    // GET shows the update.
    let g = api.get_customer(&id).await;
    assert_eq!(
        serde_json::from_value::<Customer>(g.json).unwrap(),
        api.server.customer(&id).unwrap().customer
    );
    // A later history replaces the earlier one as a whole.
    api.update(
        &id,
        &json!({"customer_history": {"loyalty_tier": "SILVER"}}),
    )
    .await;
    let h = api.server.customer(&id).unwrap().customer_history.unwrap();
    assert_eq!(
        h,
        CustomerAccountHistory {
            loyalty_tier: Some("SILVER".into()),
            ..Default::default()
        }
    );
}

#[tokio::test]
async fn update_creates_an_address_when_there_is_none() {
    let api = Api::default().await;
    api.server.insert_customer(customer("CSMR-bare")).unwrap();
    let a = api
        .update("CSMR-bare", &json!({"city": "Austin", "state": "TX"}))
        .await;
    assert_eq!(a.status, StatusCode::OK);
    assert_eq!(a.json["address"], json!({"city": "Austin", "state": "TX"}));
    assert!(a.json["updated_at"].is_string());
}

#[tokio::test]
async fn percent_encoded_ids_are_decoded() {
    let api = Api::default().await;
    let ids = [
        "CSMR/with/slashes",
        "with space",
        "ünïcødé-✓",
        "100%",
        "a+b?c#d",
        "%2F",
        "a.b",
    ];
    for id in ids {
        api.server
            .insert_customer(StoredCustomer::new(customer(id)).with_ssn("123451234"))
            .unwrap();
    }
    let client = api.client();
    for id in ids {
        let a = api.get_customer(id).await;
        assert_eq!(a.status, StatusCode::OK, "{id}: {}", a.text);
        assert_eq!(a.json["id"], id);
        assert_eq!(a.json["ssn4"], "1234");
        let u = api.update(id, &json!({"last_name": "Encoded"})).await;
        assert_eq!(u.status, StatusCode::OK, "{id}: {}", u.text);
        assert_eq!(
            api.server
                .customer(id)
                .unwrap()
                .customer
                .last_name
                .as_deref(),
            Some("Encoded")
        );
        // The generated client's own encoding works too.
        let c = client.get_customer().customer_id(id).send().await.unwrap();
        assert_eq!(c.id, id);
    }
    let missing = api.get_customer("no/such id").await;
    assert_eq!(
        missing.json["message"],
        "Customer not found for provided ID: no/such id"
    );
    // Invalid UTF-8 after decoding.
    let bad = api.get("/v2/customers/%FF").await;
    assert_invalid(&bad, Some("customer_id"));
    // Pagination with such an id as the cursor.
    let (all, _) = api.paginate(&json!({}), 3).await;
    assert_eq!(all.len(), api.server.customer_count());
}

#[tokio::test]
async fn the_generated_client_works_against_the_mock() {
    let api = Api::start(MockServer::builder().customers(12)).await;
    let client = api.client();
    let page = client
        .search_customers_post()
        .body(SearchCustomersPostBody {
            limit: 5.try_into().unwrap(),
            ..Default::default()
        })
        .send()
        .await
        .unwrap()
        .into_inner();
    assert_eq!(page.data.len(), 5);
    assert_eq!(page.total, Some(12));
    assert_eq!(page.has_more, Some(true));
    let id = page.data[0].id.clone();
    let update = CustomerUpdateRequest {
        preferred_language: Some("fr".into()),
        phone: Some("+33142685300".parse().unwrap()),
        ..Default::default()
    };
    let updated = client
        .update_customer()
        .customer_id(&id)
        .body(update)
        .send()
        .await
        .unwrap()
        .into_inner();
    assert_eq!(updated.preferred_language.as_deref(), Some("fr"));
    assert_eq!(updated.phone.as_deref(), Some("+33142685300"));
    let err = client
        .get_customer()
        .customer_id("missing")
        .send()
        .await
        .unwrap_err();
    assert_eq!(err.status(), Some(StatusCode::NOT_FOUND));
}

#[tokio::test]
async fn insert_customer_validates_and_derives_ssn4() {
    let server = MockServer::builder().customers(0).start().await.unwrap();
    assert_eq!(server.customer_count(), 0);
    assert!(server.insert_customer(customer("")).is_err());
    assert!(
        server
            .insert_customer(StoredCustomer::new(customer("x")).with_ssn("12345"))
            .is_err()
    );
    assert!(
        server
            .insert_customer(StoredCustomer::new(customer("x")).with_ssn("12345678a"))
            .is_err()
    );
    assert_eq!(server.customer_count(), 0);
    let replaced = server
        .insert_customer(StoredCustomer::new(customer("x")).with_ssn("987654321"))
        .unwrap();
    assert!(replaced.is_none());
    assert_eq!(
        server
            .customer("x")
            .unwrap()
            .customer
            .ssn4
            .unwrap()
            .expose(),
        "4321"
    );
    let replaced = server.insert_customer(customer("x")).unwrap();
    assert!(replaced.is_some());
    assert!(server.customer("x").unwrap().ssn.is_none());
}

#[tokio::test]
async fn shutdown_and_drop_stop_the_server() {
    let http = common::http();
    let server = MockServer::start().await.unwrap();
    let url = format!("{}/v2/customers", server.url());
    assert!(http.get(&url).send().await.is_ok());
    server.shutdown().await.unwrap();
    assert!(http.get(&url).send().await.is_err());

    let server = MockServer::start().await.unwrap();
    let url = format!("{}/v2/customers", server.url());
    drop(server);
    let mut stopped = false;
    for _ in 0..50 {
        if http.get(&url).send().await.is_err() {
            stopped = true;
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(20)).await;
    }
    assert!(stopped);
}

#[tokio::test]
async fn builder_rejects_bad_settings() {
    assert!(MockServer::builder().api_key("").start().await.is_err());
    assert!(MockServer::builder().error_rate(1.5).start().await.is_err());
    assert!(
        MockServer::builder()
            .error_rate(-0.1)
            .start()
            .await
            .is_err()
    );
    let taken = MockServer::start().await.unwrap();
    let err = MockServer::builder()
        .port(taken.addr().port())
        .start()
        .await
        .unwrap_err();
    assert!(matches!(err, imprint_mock::MockError::Bind { .. }), "{err}");
}

#[tokio::test]
async fn serve_runs_until_the_shutdown_future() {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    let (stop, stopped) = tokio::sync::oneshot::channel::<()>();
    let task = tokio::spawn(imprint_mock::serve_listener(
        listener,
        MockServer::builder().api_key("k").customers(3),
        async move {
            let _ = stopped.await;
        },
    ));
    let http = common::http();
    let r = http
        .post(format!("http://{addr}/v2/customers"))
        .bearer_auth("k")
        .json(&json!({}))
        .send()
        .await
        .unwrap();
    let a = answer(r).await;
    assert_eq!(a.json["total"], 3);
    stop.send(()).unwrap();
    task.await.unwrap().unwrap();
}
