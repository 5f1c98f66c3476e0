//! Customer sessions: create (finding or creating the customer), get until
//! they expire.

use imprint_raw::support::Sensitive;
use imprint_raw::types::{CreateSessionBody, Customer, CustomerSession};

use super::{Ctx, Reply, json, non_negative};
use crate::problem::Problem;
use crate::rng::SplitMix64;
use crate::store::{StoredCustomer, StoredSession, truncate_to_millis};

/// `createSession`: 201 with a new session. `customer_id` must name a
/// customer (else 400); without it, the customer whose
/// `partner_customer_id` matches is used, or a new customer is created
/// from `partner_customer_id` and `customer_history`. `customer_history`
/// replaces the customer's stored history; `customer_metadata` is merged
/// into the customer's.
pub(crate) fn create(ctx: &Ctx<'_>) -> Result<Reply, Problem> {
    let body: CreateSessionBody = ctx.parse()?;
    non_negative("transaction_amount", body.transaction_amount)?;
    let now = truncate_to_millis(ctx.now);
    let mut store = ctx.shared.write();
    let customer_id = match (&body.customer_id, &body.partner_customer_id) {
        (Some(id), _) => {
            if !store.customers.contains_key(id) {
                return Err(Problem::invalid(
                    format!("No customer with ID {id}"),
                    "customer_id",
                ));
            }
            id.clone()
        }
        (None, Some(partner)) if store.customer_by_partner_id(partner).is_some() => store
            .customer_by_partner_id(partner)
            .map(|c| c.id().to_owned())
            .unwrap_or_default(),
        (None, partner) => {
            let id = store.mint("CSMR-");
            let history = body.customer_history.clone().unwrap_or_default();
            let customer = Customer {
                address: history.address.clone(),
                created_at: Some(now),
                date_of_birth: None,
                email: history.email.clone(),
                first_name: history.first_name.clone(),
                id: id.clone(),
                last_name: history.last_name.clone(),
                metadata: Default::default(),
                partner_customer_id: partner.clone().map(Into::into),
                phone: history.phone.clone(),
                preferred_language: history.preferred_language.clone(),
                ssn4: None,
                statuses: Default::default(),
                updated_at: Some(now),
            };
            store
                .insert_customer(StoredCustomer::new(customer))
                .map_err(|e| Problem::Internal(e.to_string()))?;
            id
        }
    };
    if let Some(stored) = store.customers.get_mut(&customer_id) {
        if let Some(history) = body.customer_history.clone() {
            stored.customer_history = Some(history);
        }
        if let Some(metadata) = body.customer_metadata.clone() {
            stored.customer_metadata.extend(metadata);
        }
    }
    let id = store.mint("SESS-");
    let ttl =
        chrono::Duration::from_std(ctx.shared.config.session_ttl).unwrap_or(chrono::Duration::MAX);
    let session = CustomerSession {
        client_secret: Sensitive::new(client_secret(ctx.shared.config.secret_salt, &id)),
        customer_metadata: body.customer_metadata.unwrap_or_default(),
        expires_at: now
            .checked_add_signed(ttl)
            .unwrap_or(chrono::DateTime::<chrono::Utc>::MAX_UTC),
        id: id.clone(),
        metadata: body.metadata.unwrap_or_default(),
        source: body.source,
    };
    store.sessions.insert(
        id,
        StoredSession {
            session: session.clone(),
            customer_id,
        },
    );
    json(&session)
}

/// 32 bytes from a per-server secret salt and the session id, base64.
fn client_secret(salt: u64, id: &str) -> String {
    let mut hash = 0xCBF2_9CE4_8422_2325_u64;
    for b in id.bytes() {
        hash = (hash ^ u64::from(b)).wrapping_mul(0x0100_0000_01B3);
    }
    let mut rng = SplitMix64::derive(salt, hash);
    let bytes: Vec<u8> = (0..4).flat_map(|_| rng.next_u64().to_le_bytes()).collect();
    base64(&bytes)
}

fn base64(bytes: &[u8]) -> String {
    const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    let mut out = String::with_capacity(bytes.len().div_ceil(3) * 4);
    for chunk in bytes.chunks(3) {
        let b = [
            chunk[0],
            chunk.get(1).copied().unwrap_or(0),
            chunk.get(2).copied().unwrap_or(0),
        ];
        let n = (u32::from(b[0]) << 16) | (u32::from(b[1]) << 8) | u32::from(b[2]);
        for i in 0..4 {
            if i <= chunk.len() {
                out.push(char::from(ALPHABET[((n >> (18 - 6 * i)) & 63) as usize]));
            } else {
                out.push('=');
            }
        }
    }
    out
}

/// `getSession`: the session until its `expires_at`; after that it is gone
/// (404, and removed from the store).
pub(crate) fn get(ctx: &Ctx<'_>) -> Result<Reply, Problem> {
    let id = ctx.path("session_id");
    let not_found = || Problem::not_found("Session", "session_id", &id);
    {
        let store = ctx.shared.read();
        match store.sessions.get(&id) {
            None => return Err(not_found()),
            Some(s) if s.session.expires_at > ctx.now => return json(&s.session),
            Some(_) => {}
        }
    }
    let mut store = ctx.shared.write();
    if store
        .sessions
        .get(&id)
        .is_some_and(|s| s.session.expires_at <= ctx.now)
    {
        store.sessions.remove(&id);
    }
    Err(not_found())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn base64_pads() {
        assert_eq!(base64(b"f"), "Zg==");
        assert_eq!(base64(b"fo"), "Zm8=");
        assert_eq!(base64(b"foo"), "Zm9v");
        assert_eq!(client_secret(1, "a").len(), 44);
        assert_ne!(client_secret(1, "a"), client_secret(2, "a"));
    }
}
