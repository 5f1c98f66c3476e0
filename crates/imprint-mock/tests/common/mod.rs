//! Shared helpers of the integration tests.
#![allow(dead_code)]

use imprint_mock::{MockServer, MockServerBuilder};
use reqwest::StatusCode;
use reqwest::header::HeaderMap;
use serde_json::Value;

pub struct Api {
    pub server: MockServer,
    pub http: reqwest::Client,
}

pub struct Answer {
    pub status: StatusCode,
    pub headers: HeaderMap,
    pub text: String,
    pub json: Value,
}

impl Answer {
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers.get(name).and_then(|v| v.to_str().ok())
    }
}

pub fn http() -> reqwest::Client {
    imprint_raw::support::http_client_builder()
        .unwrap()
        .build()
        .unwrap()
}

/// A path segment as clients encode it.
pub fn encode(id: &str) -> String {
    percent_encoding::utf8_percent_encode(id, percent_encoding::NON_ALPHANUMERIC).to_string()
}

pub async fn answer(response: reqwest::Response) -> Answer {
    let status = response.status();
    let headers = response.headers().clone();
    let text = response.text().await.unwrap();
    let json = serde_json::from_str(&text).unwrap_or(Value::Null);
    Answer {
        status,
        headers,
        text,
        json,
    }
}

impl Api {
    pub async fn start(builder: MockServerBuilder) -> Self {
        Self {
            server: builder.start().await.unwrap(),
            http: http(),
        }
    }

    pub async fn default() -> Self {
        Self::start(MockServer::builder()).await
    }

    pub fn url(&self, path: &str) -> String {
        format!("{}{}", self.server.url(), path)
    }

    pub async fn get(&self, path: &str) -> Answer {
        let r = self
            .http
            .get(self.url(path))
            .bearer_auth(self.server.api_key())
            .send()
            .await
            .unwrap();
        answer(r).await
    }

    pub async fn post(&self, path: &str, body: &Value) -> Answer {
        let r = self
            .http
            .post(self.url(path))
            .bearer_auth(self.server.api_key())
            .json(body)
            .send()
            .await
            .unwrap();
        answer(r).await
    }

    /// Any request, authenticated with the server's key; `body` as JSON.
    pub async fn call(&self, method: &str, path: &str, body: Option<&Value>) -> Answer {
        self.call_with_key(method, path, body, self.server.api_key())
            .await
    }

    /// Any request, authenticated with `key`.
    pub async fn call_with_key(
        &self,
        method: &str,
        path: &str,
        body: Option<&Value>,
        key: &str,
    ) -> Answer {
        let method = reqwest::Method::from_bytes(method.as_bytes()).unwrap();
        let mut request = self.http.request(method, self.url(path)).bearer_auth(key);
        if let Some(body) = body {
            request = request.json(body);
        }
        answer(request.send().await.unwrap()).await
    }

    /// The facade, authenticated with the server's key.
    pub fn facade(&self) -> imprint::Client {
        self.facade_with_key(self.server.api_key())
    }

    /// The facade, authenticated with `key`, without retries.
    pub fn facade_with_key(&self, key: &str) -> imprint::Client {
        imprint::Client::builder()
            .api_key(key)
            .base_url(self.server.url())
            .retry_policy(imprint::RetryPolicy::default().max_attempts(1))
            .build()
            .unwrap()
    }

    /// Walks a cursor list at `path` (query cursor) page by page; returns
    /// the item ids (by `id_field`) and each page's `total`.
    pub async fn walk(&self, path: &str, limit: u32, id_field: &str) -> (Vec<String>, Vec<u64>) {
        let mut ids = Vec::new();
        let mut totals = Vec::new();
        let mut cursor: Option<String> = None;
        let sep = if path.contains('?') { '&' } else { '?' };
        loop {
            let mut url = format!("{path}{sep}limit={limit}");
            if let Some(c) = &cursor {
                url.push_str(&format!("&starting_after={}", encode(c)));
            }
            let page = self.get(&url).await;
            assert_eq!(page.status, StatusCode::OK, "{url}: {}", page.text);
            let data = page.json["data"].as_array().unwrap();
            assert!(data.len() <= limit as usize);
            totals.push(page.json["total"].as_u64().unwrap());
            for item in data {
                ids.push(item[id_field].as_str().unwrap().to_owned());
            }
            if !page.json["has_more"].as_bool().unwrap() {
                break;
            }
            assert!(!data.is_empty());
            cursor = ids.last().cloned();
        }
        (ids, totals)
    }

    pub async fn get_customer(&self, id: &str) -> Answer {
        self.get(&format!("/v2/customers/{}", encode(id))).await
    }

    pub async fn update(&self, id: &str, body: &Value) -> Answer {
        self.post(&format!("/v2/customers/{}", encode(id)), body)
            .await
    }

    pub async fn search(&self, body: &Value) -> Answer {
        self.post("/v2/customers", body).await
    }

    /// Every id, page by page with `limit`, plus the `total` of each page.
    pub async fn paginate(&self, filter: &Value, limit: u32) -> (Vec<String>, Vec<u64>) {
        let mut ids = Vec::new();
        let mut totals = Vec::new();
        let mut cursor: Option<String> = None;
        loop {
            let mut body = filter.clone();
            body["limit"] = limit.into();
            if let Some(c) = &cursor {
                body["starting_after"] = c.clone().into();
            }
            let page = self.search(&body).await;
            assert_eq!(page.status, StatusCode::OK, "{}", page.text);
            let data = page.json["data"].as_array().unwrap();
            assert!(data.len() <= limit as usize);
            totals.push(page.json["total"].as_u64().unwrap());
            for c in data {
                ids.push(c["id"].as_str().unwrap().to_owned());
            }
            if !page.json["has_more"].as_bool().unwrap() {
                break;
            }
            assert!(!data.is_empty());
            cursor = ids.last().cloned();
        }
        (ids, totals)
    }

    /// The generated client, authenticated with the server's key.
    pub fn client(&self) -> imprint_raw::Client {
        let mut headers = HeaderMap::new();
        headers.insert(
            reqwest::header::AUTHORIZATION,
            format!("Bearer {}", self.server.api_key()).parse().unwrap(),
        );
        let http = imprint_raw::support::http_client_builder()
            .unwrap()
            .default_headers(headers)
            .build()
            .unwrap();
        imprint_raw::Client::new_with_client(
            &self.server.url(),
            http,
            imprint_raw::support::Hooks::default(),
        )
    }
}

/// The bundled spec, merged with its overlay.
pub fn spec() -> imprint_spec::Spec {
    imprint_spec::Spec::from_texts(imprint_raw::OPENAPI_YAML, Some(imprint_raw::OVERLAY_YAML))
        .unwrap()
}

/// A validator for a schema fragment of `doc` (2020-12, formats asserted,
/// the document's components resolvable).
pub fn fragment_validator(doc: &Value, schema: &Value) -> jsonschema::Validator {
    let mut root = serde_json::Map::new();
    root.insert(
        "$schema".into(),
        Value::from("https://json-schema.org/draft/2020-12/schema"),
    );
    root.extend(schema.as_object().cloned().unwrap_or_default());
    root.insert("components".into(), doc["components"].clone());
    jsonschema::draft202012::options()
        .should_validate_formats(true)
        .build(&Value::Object(root))
        .unwrap()
}

/// Every violation of `instance` against `validator`, one per line.
pub fn violations(validator: &jsonschema::Validator, instance: &Value) -> Vec<String> {
    validator
        .iter_errors(instance)
        .map(|e| format!("{}: {e}", e.instance_path()))
        .collect()
}

/// A validator for a component schema of the bundled spec (with its
/// overlay).
pub fn component_validator(name: &str) -> jsonschema::Validator {
    let spec = spec();
    fragment_validator(
        spec.document(),
        &serde_json::json!({"$ref": format!("#/components/schemas/{name}")}),
    )
}

/// Every full SSN the server stores.
pub fn all_ssns(server: &MockServer) -> Vec<String> {
    server
        .customers()
        .into_iter()
        .filter_map(|c| c.ssn.map(|s| s.into_inner()))
        .collect()
}

/// What an error body says, whichever of the spec's three error shapes the
/// operation documents: flat `{type, message, param}`, wrapped
/// `{error: {type, message}}`, or Spring's `{details: ["param: message"],
/// error, status}` (whose "kind" is its reason phrase).
#[derive(Debug, PartialEq)]
pub struct Refusal {
    pub kind: Option<String>,
    pub message: String,
    pub param: Option<String>,
}

pub fn refusal(answer: &Answer) -> Refusal {
    let json = &answer.json;
    let text = |v: &Value| v.as_str().map(str::to_owned);
    if let Some(details) = json["details"].as_array() {
        let detail = details.first().and_then(Value::as_str).unwrap_or_default();
        // `param: message`; a detail without a field is the message alone.
        let (param, message) = match detail.split_once(": ") {
            Some((p, m)) if !p.is_empty() && !p.contains(' ') => (Some(p.to_owned()), m),
            _ => (None, detail),
        };
        return Refusal {
            kind: text(&json["error"]),
            message: message.to_owned(),
            param,
        };
    }
    let body = if json["error"].is_object() {
        &json["error"]
    } else {
        json
    };
    Refusal {
        kind: text(&body["type"]),
        message: text(&body["message"]).unwrap_or_default(),
        param: text(&body["param"]),
    }
}

/// The field a 400 names, whichever error shape the operation uses.
pub fn refused_param(answer: &Answer) -> Option<String> {
    refusal(answer).param
}

/// The full card number of a stored card payment method.
pub fn card_pan(pm: &imprint_raw::types::PaymentMethod) -> String {
    pm.card
        .as_ref()
        .and_then(|c| c.pci_details.as_ref())
        .and_then(|p| p.expose().pan.clone())
        .unwrap_or_else(|| panic!("payment method {} has no card number", pm.id))
}
