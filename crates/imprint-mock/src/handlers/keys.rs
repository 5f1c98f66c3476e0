//! API keys: create one, revoke the one in use.

use imprint_raw::support::Sensitive;
use imprint_raw::types::Key;

use super::{Ctx, Reply, json};
use crate::problem::Problem;
use crate::rng::SplitMix64;
use crate::store::truncate_to_millis;

/// `createKey`: a new key (`sk_test_` + 32 hex digits) that authenticates
/// from now on, next to the others.
pub(crate) fn create(ctx: &Ctx<'_>) -> Result<Reply, Problem> {
    let now = truncate_to_millis(ctx.now);
    let mut store = ctx.shared.write();
    let n = store.keys.len() as u64;
    let mut rng = SplitMix64::derive(ctx.shared.config.secret_salt ^ 0x004B_4559, n);
    let key = format!("sk_test_{:016x}{:016x}", rng.next_u64(), rng.next_u64());
    store.add_key(key.clone(), now);
    json(&Key {
        created_at: Some(now),
        deleted_at: None,
        key: Some(Sensitive::new(key)),
    })
}

/// `deleteKey`: revokes the key the request authenticated with; it gets
/// 401 from then on.
pub(crate) fn delete(ctx: &Ctx<'_>) -> Result<Reply, Problem> {
    let now = truncate_to_millis(ctx.now);
    let mut store = ctx.shared.write();
    let Some(record) = store.keys.get_mut(&ctx.key) else {
        return Err(Problem::status(401, "The API key is not known"));
    };
    if record.deleted_at.is_some() {
        return Err(Problem::status(401, "The API key was deleted"));
    }
    record.deleted_at = Some(now);
    json(&Key {
        created_at: Some(record.created_at),
        deleted_at: Some(now),
        key: Some(Sensitive::new(ctx.key.clone())),
    })
}
