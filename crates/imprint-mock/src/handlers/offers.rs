//! Offers: a deterministic marketing placement for each partner customer.

use imprint_raw::types::Offer;

use super::{Ctx, Reply, json};
use crate::problem::Problem;
use crate::rng::SplitMix64;

/// (title, description) of the offers handed out.
const OFFERS: &[(&str, &str)] = &[
    (
        "Welcome Offer: Earn $25",
        "Sign up, accept your offer, and spend $500 in the first 90 days of becoming a \
         cardholder to unlock your $25 welcome bonus.",
    ),
    (
        "Earn 5% back for a year",
        "Get 5% back on every purchase for the first 12 months after your account opens.",
    ),
    (
        "0% intro APR for 15 months",
        "Pay no interest on purchases for 15 months from account opening; a variable APR \
         applies after that.",
    ),
];

/// `getOffer`: the offer of the customer whose `partner_customer_id` is
/// given (404 `PARTNER_CUSTOMER_NOT_FOUND_ERROR` otherwise). The offer is a
/// fixed function of the server's seed and the partner customer id.
///
/// The spec leaves `partner_customer_id` optional but describes the offer as
/// the placement "for the given customer": without one no customer is found,
/// which is the documented 404 rather than an undocumented 400.
pub(crate) fn get(ctx: &Ctx<'_>) -> Result<Reply, Problem> {
    let Some(partner) = ctx.params.text("partner_customer_id") else {
        return Err(Problem::Status {
            status: 404,
            kind: "PARTNER_CUSTOMER_NOT_FOUND_ERROR".to_owned(),
            message: "Partner Customer not found: no partner_customer_id given".to_owned(),
            extra: serde_json::Map::new(),
        });
    };
    let store = ctx.shared.read();
    if store.customer_by_partner_id(partner).is_none() {
        return Err(Problem::not_found(
            "Partner Customer",
            "partner_customer_id",
            partner,
        ));
    }
    drop(store);
    json(&offer_for(ctx.shared.config.seed, partner))
}

/// The offer of a partner customer.
pub(crate) fn offer_for(seed: u64, partner_customer_id: &str) -> Offer {
    let mut hash = 0xCBF2_9CE4_8422_2325_u64;
    for b in partner_customer_id.bytes() {
        hash = (hash ^ u64::from(b)).wrapping_mul(0x0100_0000_01B3);
    }
    let mut rng = SplitMix64::derive(seed ^ 0x0FFE_0FFE_0FFE_0FFE, hash);
    let a = rng.next_u64();
    let b = rng.next_u64();
    let (title, description) = *rng.pick(OFFERS);
    Offer {
        description: description.to_owned(),
        id: format!(
            "{:08x}-{:04x}-4{:03x}-{:04x}-{:012x}",
            a >> 32,
            (a >> 16) & 0xFFFF,
            a & 0xFFF,
            (b >> 48) & 0x3FFF | 0x8000,
            b & 0xFFFF_FFFF_FFFF
        ),
        is_prescreened: rng.chance(0.5),
        title: title.to_owned(),
    }
}
