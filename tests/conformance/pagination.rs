//! Every cursor list of the spec streams through `Client::list` with its
//! generated request type: three pages served, every item received in
//! order, each request carrying the page size and the cursor (the last
//! item's cursor property) where the spec puts them, and the other
//! parameters unchanged on every page.

use imprint::AuthScheme;
use imprint_conformance::examples::assemble;
use imprint_conformance::schema::{SpecValidator, pretty};
use imprint_conformance::spec::{self, Location, Operation, Pagination, resolve};
use serde_json::{Value, json};

use crate::cases::{CURSOR_LISTS, Input, list_invoke};
use crate::requests::{example_input, query_text};
use crate::responses::assert_kept;
use crate::support::{Captured, Reply, client, query_pairs, serve_with};

/// Items served in all, and the page size asked for.
const ITEMS: usize = 5;
const LIMIT: u32 = 2;

/// A request-side value of the list: `name` in the query or the body.
fn request_value(got: &Captured, location: Location, name: &str) -> Option<String> {
    match location {
        Location::Query => query_pairs(got.query.as_deref())
            .into_iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v),
        _ => {
            let body: Value = serde_json::from_slice(&got.body).ok()?;
            body.get(name).map(|v| match v {
                Value::String(s) => s.clone(),
                other => other.to_string(),
            })
        }
    }
}

/// The input with the cursor and the page size taken out (the list sets
/// them).
fn first_page_input(doc: &Value, op: &Operation, p: &Pagination) -> Input {
    let mut input = example_input(doc, op);
    let names = [Some(&p.cursor), p.limit.as_ref().map(|(_, n)| n)];
    for name in names.into_iter().flatten() {
        input.query.remove(name);
        if let Some(Value::Object(b)) = input.body.as_mut() {
            b.remove(name);
        }
    }
    input
}

/// The served items: the assembled item example, each with its own cursor.
fn items(doc: &Value, op: &Operation, p: &Pagination) -> Vec<Value> {
    let list = op
        .success_schema()
        .unwrap_or_else(|| panic!("{}: a cursor list without a JSON body", op.label()));
    let item_schema = resolve(doc, list)
        .pointer(&format!("/properties/{}/items", p.items))
        .unwrap_or_else(|| panic!("{}: `{}` has no item schema", op.label(), p.items));
    let example = assemble(doc, item_schema).value;
    (0..ITEMS)
        .map(|i| {
            let mut item = example.clone();
            item[p.item_cursor.as_str()] = Value::from(format!("item-{i}/{}", op.id));
            item
        })
        .collect()
}

/// The page of the list that follows `cursor`.
fn page(
    doc: &Value,
    op: &Operation,
    p: &Pagination,
    items: &[Value],
    cursor: Option<&str>,
) -> Value {
    let list = op.success_schema().cloned().unwrap_or(Value::Null);
    let start = match cursor {
        None => 0,
        Some(c) => {
            items
                .iter()
                .position(|i| i[p.item_cursor.as_str()] == c)
                .unwrap_or_else(|| {
                    panic!("{}: the client sent cursor {c:?}, no item has it", op.id)
                })
                + 1
        }
    };
    let end = (start + LIMIT as usize).min(items.len());
    let mut body = assemble(doc, &list).value;
    body[p.items.as_str()] = Value::Array(items[start..end].to_vec());
    body[p.has_more.as_str()] = Value::Bool(end < items.len());
    if let Some(total) = &p.total {
        body[total.as_str()] = json!(items.len());
    }
    SpecValidator::new(doc, &list, format!("{} list body", op.id))
        .assert_valid(&body, &format!("{}: a served page", op.id));
    body
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn every_cursor_list_streams_across_pages() {
    let doc = spec::merged();
    let server = httpmock::MockServer::start_async().await;
    let c = client(&server, AuthScheme::Bearer);
    let lists: Vec<&Operation> = spec::operations()
        .iter()
        .filter(|o| o.pagination.is_some())
        .collect();
    assert!(!lists.is_empty(), "the spec has no cursor list");
    assert_eq!(
        lists.iter().map(|o| o.id.as_str()).collect::<Vec<_>>(),
        CURSOR_LISTS,
        "the case table's cursor lists differ from the spec's"
    );
    for op in lists {
        let p = op.pagination.as_ref().unwrap_or_else(|| unreachable!());
        let list = list_invoke(&op.id)
            .unwrap_or_else(|| panic!("{}: no Client::list case for this cursor list", op.label()));
        let input = first_page_input(doc, op, p);
        let items = items(doc, op, p);
        let status = op.successes().next().and_then(|r| r.code()).unwrap_or(200);
        // Every page, by the cursor that asks for it, made and checked
        // here: the responder only looks them up (a panic inside it would
        // read as a transport error).
        let mut pages: Vec<(Option<String>, Value)> = Vec::new();
        let mut cursor: Option<String> = None;
        loop {
            let body = page(doc, op, p, &items, cursor.as_deref());
            let more = body[p.has_more.as_str()] == Value::Bool(true);
            let last = body[p.items.as_str()]
                .as_array()
                .and_then(|a| a.last())
                .and_then(|i| i[p.item_cursor.as_str()].as_str())
                .map(str::to_string);
            pages.push((cursor, body));
            if !more {
                break;
            }
            cursor = last;
        }
        let (cursor_at, cursor_name) = (p.cursor_location, p.cursor.clone());
        let seen = serve_with(&server, move |got| {
            let cursor = request_value(got, cursor_at, &cursor_name);
            match pages.iter().find(|(c, _)| *c == cursor) {
                Some((_, body)) => Reply::json(status, body),
                None => Reply::json(
                    500,
                    &json!({"message": format!("no page starts after {cursor:?}")}),
                ),
            }
        })
        .await;
        let got = list(&c, &input, LIMIT)
            .await
            .unwrap_or_else(|e| panic!("{}: streaming the list failed: {e}", op.id));
        assert_eq!(
            got.len(),
            ITEMS,
            "{}: streamed {} items, {ITEMS} were served: {}",
            op.id,
            got.len(),
            pretty(&Value::Array(got.clone()))
        );
        let item_schema = resolve(doc, op.success_schema().unwrap_or(&Value::Null))
            .pointer(&format!("/properties/{}/items", p.items))
            .cloned()
            .unwrap_or(Value::Null);
        for (i, (served, got)) in items.iter().zip(&got).enumerate() {
            assert_kept(
                doc,
                &item_schema,
                served,
                got,
                &format!("{}: streamed item {i}", op.id),
            );
        }
        let requests = seen.lock().unwrap_or_else(|e| e.into_inner()).clone();
        let expected_cursors: Vec<Option<String>> = (0..ITEMS.div_ceil(LIMIT as usize))
            .map(|page| {
                (page > 0).then(|| {
                    items[page * LIMIT as usize - 1][p.item_cursor.as_str()]
                        .as_str()
                        .unwrap_or_default()
                        .to_string()
                })
            })
            .collect();
        assert_eq!(
            requests
                .iter()
                .map(|r| request_value(r, p.cursor_location, &p.cursor))
                .collect::<Vec<_>>(),
            expected_cursors,
            "{}: the cursors sent ({} `{}`) are not the last item's `{}` of each page",
            op.id,
            p.cursor_location.as_str(),
            p.cursor,
            p.item_cursor
        );
        for (n, r) in requests.iter().enumerate() {
            let context = format!("{} page {}", op.id, n + 1);
            assert_eq!(
                (r.method.as_str(), r.path.as_str()),
                (
                    op.method.as_str(),
                    crate::support::expected_path(&op.path, &input.path).as_str()
                ),
                "{context}: method or path"
            );
            if let Some((at, name)) = &p.limit {
                assert_eq!(
                    request_value(r, *at, name).as_deref(),
                    Some(LIMIT.to_string().as_str()),
                    "{context}: the page size `{name}` is not sent in the {}",
                    at.as_str()
                );
            }
            // Filters: every other query parameter as given, on every page.
            for (k, v) in &input.query {
                assert_eq!(
                    request_value(r, Location::Query, k),
                    Some(query_text(&op.id, k, v)),
                    "{context}: query parameter `{k}` is not kept across pages"
                );
            }
            if let Some(Value::Object(b)) = &input.body {
                let sent: Value = serde_json::from_slice(&r.body).unwrap_or(Value::Null);
                for (k, v) in b {
                    assert_eq!(
                        sent.get(k),
                        Some(v),
                        "{context}: body property `{k}` is not kept across pages"
                    );
                }
            }
        }
    }
}
