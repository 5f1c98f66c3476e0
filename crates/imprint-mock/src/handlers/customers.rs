//! Customers: search (GET and POST), get, update, link.

use imprint_raw::open_enums::{
    CustomerLinkStatus, CustomerLinkWebhookPayloadDataStatus, CustomerLinkWebhookPayloadObject,
};
use imprint_raw::types::{
    Address, CustomerLink, CustomerLinkWebhookPayload, CustomerLinkWebhookPayloadData,
    CustomerUpdateRequest, LinkCustomerAccountBody,
};
use serde_json::{Map, Value};

use super::{Ctx, Reply, json, merge_metadata, to_json};
use crate::problem::Problem;
use crate::store::{StoredCustomer, next_timestamp, page_map};
use crate::validate::int;

/// The customer noun of not-found messages.
pub(crate) const CUSTOMER: &str = "Customer";

/// `searchCustomers` (query) and `searchCustomersPost` (body): filters
/// combined with AND, id order, cursor pages.
pub(crate) fn search(ctx: &Ctx<'_>) -> Result<Reply, Problem> {
    let request = ctx.page_request()?;
    let body = ctx.body();
    let text = |name: &str| {
        ctx.params
            .text(name)
            .or_else(|| body.get(name).and_then(Value::as_str))
            .map(str::to_owned)
    };
    let partner = text("partner_customer_id");
    let ssn = text("ssn");
    let dob = body.get("date_of_birth").and_then(Value::as_object);
    let part = |name: &str| dob.and_then(|d| d.get(name)).and_then(int);
    let (year, month, day) = (part("year"), part("month"), part("day"));
    let unfiltered = partner.is_none() && ssn.is_none() && dob.is_none();
    let matches = |c: &StoredCustomer| {
        if let Some(p) = &partner
            && c.customer
                .partner_customer_id
                .as_ref()
                .map(|x| x.0.as_str())
                != Some(p.as_str())
        {
            return false;
        }
        if let Some(s) = &ssn
            && c.ssn.as_ref().map(|x| x.expose().as_str()) != Some(s.as_str())
        {
            return false;
        }
        if year.is_some() || month.is_some() || day.is_some() {
            let Some(d) = c.customer.date_of_birth.as_ref().map(|d| d.expose()) else {
                return false;
            };
            let as_i64 =
                |v: Option<std::num::NonZeroU64>| v.and_then(|n| i64::try_from(n.get()).ok());
            if (year.is_some() && d.year != year)
                || (month.is_some() && as_i64(d.month) != month)
                || (day.is_some() && as_i64(d.day) != day)
            {
                return false;
            }
        }
        true
    };
    let store = ctx.shared.read();
    let filter: Option<&dyn Fn(&StoredCustomer) -> bool> =
        if unfiltered { None } else { Some(&matches) };
    let page = page_map(&store.customers, &request, "customer", filter)?;
    drop(store);
    let page = crate::store::Page {
        items: page
            .items
            .into_iter()
            .map(|c| c.customer)
            .collect::<Vec<_>>(),
        has_more: page.has_more,
        total: page.total,
    };
    ctx.list_body(page)
}

/// `getCustomer`.
pub(crate) fn get(ctx: &Ctx<'_>) -> Result<Reply, Problem> {
    let id = ctx.path("customer_id");
    let store = ctx.shared.read();
    let customer = store
        .customers
        .get(&id)
        .ok_or_else(|| Problem::not_found(CUSTOMER, "customer_id", &id))?;
    json(&customer.customer)
}

/// `updateCustomer`: a partial update, atomic.
pub(crate) fn update(ctx: &Ctx<'_>) -> Result<Reply, Problem> {
    let id = ctx.path("customer_id");
    let request: CustomerUpdateRequest = ctx.parse()?;
    let mut store = ctx.shared.write();
    let stored = store
        .customers
        .get_mut(&id)
        .ok_or_else(|| Problem::not_found(CUSTOMER, "customer_id", &id))?;
    apply_update(stored, request, ctx.now);
    json(&stored.customer)
}

/// The update semantics documented on the crate: fields the body leaves out
/// are kept; the flat address fields update `address` (country unchanged);
/// `customer_history` replaces the stored one; `metadata` is merged key by
/// key, a `null` value removing the key; `updated_at` strictly advances.
fn apply_update(
    stored: &mut StoredCustomer,
    request: CustomerUpdateRequest,
    now: chrono::DateTime<chrono::Utc>,
) {
    let CustomerUpdateRequest {
        city,
        customer_history,
        email,
        first_name,
        last_name,
        metadata,
        phone,
        postal_code,
        preferred_language,
        state,
        street_line1,
        street_line2,
    } = request;
    let customer = &mut stored.customer;
    if let Some(v) = email {
        customer.email = Some(v);
    }
    if let Some(v) = phone {
        customer.phone = Some(v);
    }
    if let Some(v) = first_name {
        customer.first_name = Some(v);
    }
    if let Some(v) = last_name {
        customer.last_name = Some(v);
    }
    if let Some(v) = preferred_language {
        customer.preferred_language = Some(v);
    }
    let address_fields = [&street_line1, &street_line2, &city, &state, &postal_code];
    if address_fields.iter().any(|f| f.is_some()) {
        let address = customer.address.get_or_insert_with(Address::default);
        if let Some(v) = street_line1 {
            address.street_line1 = Some(v);
        }
        if let Some(v) = street_line2 {
            address.street_line2 = Some(v);
        }
        if let Some(v) = city {
            address.city = Some(v);
        }
        if let Some(v) = state {
            address.state = Some(v);
        }
        if let Some(v) = postal_code {
            address.postal_code = Some(v);
        }
    }
    if let Some(history) = customer_history {
        stored.customer_history = Some(history);
    }
    merge_metadata(&mut customer.metadata, metadata.unwrap_or_default());
    customer.updated_at = Some(next_timestamp(customer.updated_at, now));
}

/// `linkCustomerAccount`: links a customer to a partner customer id once;
/// a second link is a 409 carrying the existing link.
pub(crate) fn link(ctx: &Ctx<'_>) -> Result<Reply, Problem> {
    let id = ctx.path("customer_id");
    let body: LinkCustomerAccountBody = ctx.parse()?;
    let mut store = ctx.shared.write();
    if !store.customers.contains_key(&id) {
        return Err(Problem::not_found(CUSTOMER, "customer_id", &id));
    }
    if let Some(existing) = store.links.get(&id) {
        let mut extra = Map::new();
        extra.insert("existing_link".into(), to_json(existing)?);
        return Err(Problem::Status {
            status: 409,
            kind: "CUSTOMER_ALREADY_LINKED".into(),
            message: "Customer already linked to a partner account".into(),
            extra,
        });
    }
    let now = crate::store::truncate_to_millis(ctx.now);
    let link = CustomerLink {
        created_at: now,
        customer_id: id.clone(),
        metadata: body.metadata.unwrap_or_default(),
        partner_customer_id: body.partner_customer_id.clone(),
        status: CustomerLinkStatus::Active,
        updated_at: Some(now),
    };
    let customer_metadata = {
        let Some(stored) = store.customers.get_mut(&id) else {
            return Err(Problem::not_found(CUSTOMER, "customer_id", &id));
        };
        stored.customer.partner_customer_id = Some(body.partner_customer_id.clone());
        stored.customer.updated_at = Some(next_timestamp(stored.customer.updated_at, ctx.now));
        stored.customer_metadata.clone()
    };
    store.links.insert(id.clone(), link.clone());
    let payload = CustomerLinkWebhookPayload {
        object: Some(CustomerLinkWebhookPayloadObject::CustomerLink),
        data: Some(CustomerLinkWebhookPayloadData {
            created_at: Some(link.created_at),
            customer_id: Some(id),
            customer_metadata,
            merchant_key: Some(ctx.merchant_key()),
            partner_customer_id: Some(body.partner_customer_id),
            status: Some(CustomerLinkWebhookPayloadDataStatus::Active),
            updated_at: link.updated_at,
        }),
    };
    ctx.emit(&mut store, "CustomerLink", to_json(&payload)?);
    json(&link)
}
