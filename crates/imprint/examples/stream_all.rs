//! Streams every customer and counts them: the client side of the memory and
//! pagination measurements in `scripts/bench.sh`.
//!
//! ```sh
//! imprint mock --port 0 --customers 100000 &   # prints IMPRINT_BASE_URL and IMPRINT_API_KEY
//! IMPRINT_BASE_URL=... IMPRINT_API_KEY=... cargo run --release -p imprint --example stream_all
//! ```
//!
//! Reads `IMPRINT_BASE_URL` and `IMPRINT_API_KEY` (as `Client::from_env`),
//! plus `STREAM_PAGE` (page size, default 100) and `STREAM_WORK_MS` (time
//! the consumer spends per page, as a `tokio::time::sleep`, default 0).
//! Prints one line: `customers=N pages=P elapsed_ms=T consumer_ms=C
//! vm_hwm_kb=K` (peak resident memory from /proc/self/status on Linux).

use std::time::{Duration, Instant};

use futures::TryStreamExt;

fn env_u64(name: &str, default: u64) -> u64 {
    std::env::var(name)
        .ok()
        .and_then(|v| v.trim().parse().ok())
        .unwrap_or(default)
}

/// Peak resident set size of this process, in kB (Linux only).
fn vm_hwm_kb() -> Option<u64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    status
        .lines()
        .find_map(|l| l.strip_prefix("VmHWM:"))
        .and_then(|v| v.trim().trim_end_matches("kB").trim().parse().ok())
}

#[tokio::main]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let page = u32::try_from(env_u64("STREAM_PAGE", 100))?;
    let work = Duration::from_millis(env_u64("STREAM_WORK_MS", 0));
    let client = imprint::Client::from_env()?;
    let started = Instant::now();
    let mut consumed = Duration::ZERO;
    let mut count = 0u64;
    let mut bytes = 0usize;
    let mut stream = client.customers().search().limit(page).stream();
    while let Some(customer) = stream.try_next().await? {
        count += 1;
        // Touch the item so the work is not optimised away.
        bytes += customer.id.len();
        if !work.is_zero() && count.is_multiple_of(u64::from(page)) {
            let t = Instant::now();
            tokio::time::sleep(work).await;
            consumed += t.elapsed();
        }
    }
    let elapsed = started.elapsed();
    println!(
        "customers={count} pages={} elapsed_ms={:.1} consumer_ms={:.1} vm_hwm_kb={} id_bytes={bytes}",
        count.div_ceil(u64::from(page)),
        elapsed.as_secs_f64() * 1e3,
        consumed.as_secs_f64() * 1e3,
        vm_hwm_kb().map_or_else(|| "unknown".to_string(), |k| k.to_string()),
    );
    Ok(())
}
