//! Load: the mock and the facade together. Many concurrent tasks mix get,
//! search (one page, or a whole stream) and update on the same few
//! customers for a bounded time; then nothing may be lost:
//!
//! - no call fails;
//! - every update is acknowledged, and the mock saw exactly as many update
//!   requests as were sent (nothing retried twice, nothing dropped);
//! - per customer, the acknowledged `updated_at` values are all distinct
//!   (the mock advances it strictly), and the final state is, field by
//!   field, the value of the last acknowledged update in `updated_at` order;
//! - each task also owns one metadata key per customer, written with an
//!   increasing counter: the final value is the task's last acknowledged
//!   write, so `updated_at` order and each task's program order agree;
//! - every read (get, search page, stream) shows a state some acknowledged
//!   update produced (same `updated_at`, same fields), never a torn one.
//!
//! Throughput and p50/p99 latencies are printed (`--nocapture`); nothing
//! about time is asserted. `IMPRINT_LOAD_SECS` (default 3) and
//! `IMPRINT_LOAD_TASKS` (default 32) make it longer or wider:
//!
//! ```sh
//! IMPRINT_LOAD_SECS=60 cargo test --release -p imprint --test load -- --nocapture
//! ```

use std::collections::{BTreeMap, HashMap};
use std::time::{Duration, Instant};

use chrono::{DateTime, Utc};
use futures::TryStreamExt;
use imprint::types::{Customer, CustomerUpdateRequest};
use imprint_mock::MockServer;
use serde_json::{Map, Value};

const CUSTOMERS: usize = 6;

fn env_or<T: std::str::FromStr>(name: &str, default: T) -> T {
    std::env::var(name)
        .ok()
        .and_then(|v| v.trim().parse().ok())
        .unwrap_or(default)
}

/// A small deterministic RNG per task.
struct Rng(u64);

impl Rng {
    fn below(&mut self, n: usize) -> usize {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        ((z ^ (z >> 31)) % n as u64) as usize
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
enum Op {
    Get,
    Search,
    Stream,
    Update,
}

/// An acknowledged update: what was written, and the state it produced.
#[derive(Debug, Clone)]
struct Ack {
    task: usize,
    seq: u64,
    wrote_email: Option<String>,
    wrote_first_name: String,
    after: Customer,
}

#[derive(Default)]
struct TaskLog {
    latencies: Vec<(Op, Duration)>,
    acks: Vec<Ack>,
    reads: Vec<Customer>,
    errors: Vec<String>,
    updates_sent: usize,
}

fn metadata_key(task: usize) -> String {
    format!("load_task_{task}")
}

async fn run_task(
    task: usize,
    client: imprint::Client,
    ids: Vec<String>,
    deadline: Instant,
) -> TaskLog {
    let mut rng = Rng(0xC0FFEE ^ ((task as u64) << 20));
    let mut log = TaskLog::default();
    let mut seq = 0u64;
    while Instant::now() < deadline {
        let id = ids[rng.below(ids.len())].clone();
        let roll = rng.below(100);
        let started = Instant::now();
        let op = match roll {
            0..40 => Op::Get,
            40..55 => Op::Search,
            55..60 => Op::Stream,
            _ => Op::Update,
        };
        match op {
            Op::Get => match client.customers().get(&id).await {
                Ok(c) if c.id == id => log.reads.push(c),
                Ok(c) => log.errors.push(format!("get {id} returned {}", c.id)),
                Err(e) => log.errors.push(format!("get {id}: {e}")),
            },
            Op::Search => {
                let limit = 1 + rng.below(CUSTOMERS) as u32;
                match client.customers().search().limit(limit).send().await {
                    Ok(page) => {
                        if page.data.len() != limit as usize
                            || page.total != Some(CUSTOMERS as i64)
                            || page.has_more != ((limit as usize) < CUSTOMERS)
                        {
                            log.errors.push(format!(
                                "search limit {limit}: {} items, total {:?}, has_more {}",
                                page.data.len(),
                                page.total,
                                page.has_more
                            ));
                        }
                        log.reads.extend(page.data);
                    }
                    Err(e) => log.errors.push(format!("search: {e}")),
                }
            }
            Op::Stream => {
                let stream = client.customers().search().limit(4).stream();
                match stream.try_collect::<Vec<_>>().await {
                    Ok(all) => {
                        let got: Vec<&str> = all.iter().map(|c| c.id.as_str()).collect();
                        if got != ids.iter().map(String::as_str).collect::<Vec<_>>() {
                            log.errors.push(format!("stream returned {got:?}"));
                        }
                        log.reads.extend(all);
                    }
                    Err(e) => log.errors.push(format!("stream: {e}")),
                }
            }
            Op::Update => {
                seq += 1;
                let first_name = format!("T{task}S{seq}");
                let email = (rng.below(2) == 0).then(|| format!("t{task}.s{seq}@example.com"));
                let mut metadata = Map::new();
                metadata.insert(metadata_key(task), Value::from(seq));
                let update = CustomerUpdateRequest {
                    first_name: Some(first_name.clone()),
                    email: email.clone(),
                    metadata: Some(metadata),
                    ..Default::default()
                };
                log.updates_sent += 1;
                match client.customers().update(&id, update).await {
                    Ok(after) => {
                        if after.id != id
                            || after.first_name.as_deref() != Some(first_name.as_str())
                            || (email.is_some() && after.email != email)
                            || after.metadata.get(&metadata_key(task)) != Some(&Value::from(seq))
                            || after.updated_at.is_none()
                        {
                            log.errors
                                .push(format!("update {id} acknowledged as {after:?}"));
                        }
                        log.acks.push(Ack {
                            task,
                            seq,
                            wrote_email: email,
                            wrote_first_name: first_name,
                            after,
                        });
                    }
                    Err(e) => log.errors.push(format!("update {id}: {e}")),
                }
            }
        }
        log.latencies.push((op, started.elapsed()));
    }
    log
}

fn pct(sorted: &[Duration], p: f64) -> Duration {
    if sorted.is_empty() {
        return Duration::ZERO;
    }
    sorted[((sorted.len() - 1) as f64 * p).round() as usize]
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn concurrent_gets_searches_and_updates_lose_nothing() {
    let secs: f64 = env_or("IMPRINT_LOAD_SECS", 3.0);
    let tasks: usize = env_or("IMPRINT_LOAD_TASKS", 32);
    let mock = MockServer::builder()
        .customers(CUSTOMERS)
        .seed(17)
        .start()
        .await
        .unwrap();
    let mut ids: Vec<String> = mock
        .customers()
        .iter()
        .map(|c| c.id().to_string())
        .collect();
    ids.sort();
    let initial: HashMap<String, Customer> = mock
        .customers()
        .into_iter()
        .map(|c| (c.id().to_string(), c.customer))
        .collect();
    let client = imprint::Client::builder()
        .api_key(mock.api_key())
        .base_url(mock.url())
        .build()
        .unwrap();

    let started = Instant::now();
    let deadline = started + Duration::from_secs_f64(secs);
    let handles: Vec<_> = (0..tasks)
        .map(|t| tokio::spawn(run_task(t, client.clone(), ids.clone(), deadline)))
        .collect();
    let mut logs = Vec::new();
    for h in handles {
        logs.push(h.await.expect("a load task panicked"));
    }
    let elapsed = started.elapsed();

    // Zero unexpected errors.
    let errors: Vec<&String> = logs.iter().flat_map(|l| &l.errors).collect();
    assert!(
        errors.is_empty(),
        "{} errors, first: {:?}",
        errors.len(),
        &errors[..errors.len().min(5)]
    );

    // Every update acknowledged, each sent exactly once.
    let acks: Vec<&Ack> = logs.iter().flat_map(|l| &l.acks).collect();
    let sent: usize = logs.iter().map(|l| l.updates_sent).sum();
    assert_eq!(acks.len(), sent);
    assert_eq!(
        mock.request_count_for("updateCustomer").unwrap(),
        sent as u64
    );
    assert!(!acks.is_empty(), "no update ran");

    // Per customer: distinct updated_at, and the final state is the last
    // acknowledged write of each field.
    let mut by_customer: BTreeMap<&str, Vec<&Ack>> = BTreeMap::new();
    for a in &acks {
        by_customer.entry(a.after.id.as_str()).or_default().push(a);
    }
    // The state after each acknowledged update, by (id, updated_at): what
    // a read may show.
    let mut states: HashMap<(String, DateTime<Utc>), &Customer> = HashMap::new();
    for (id, list) in &mut by_customer {
        list.sort_by_key(|a| a.after.updated_at);
        for w in list.windows(2) {
            assert!(
                w[0].after.updated_at < w[1].after.updated_at,
                "{id}: two acknowledged updates share updated_at {:?}",
                w[0].after.updated_at
            );
        }
        for a in list.iter() {
            states.insert((id.to_string(), a.after.updated_at.unwrap()), &a.after);
        }
    }
    for id in &ids {
        let fin = client.customers().get(id).await.unwrap();
        let stored = mock.customer(id).unwrap().customer;
        assert_eq!(fin, stored, "{id}: the facade and the store disagree");
        let list = by_customer.get(id.as_str()).cloned().unwrap_or_default();
        let Some(last) = list.last() else {
            assert_eq!(&fin, &initial[id], "{id}: changed without an update");
            continue;
        };
        assert_eq!(fin.updated_at, last.after.updated_at, "{id}");
        assert_eq!(
            fin.first_name.as_deref(),
            Some(last.wrote_first_name.as_str()),
            "{id}: first_name is not the last acknowledged write"
        );
        let last_email = list
            .iter()
            .rev()
            .find_map(|a| a.wrote_email.clone())
            .or_else(|| initial[id].email.clone());
        assert_eq!(fin.email, last_email, "{id}: email");
        // Untouched fields are as seeded.
        assert_eq!(fin.last_name, initial[id].last_name, "{id}");
        assert_eq!(fin.address, initial[id].address, "{id}");
        // Each task's own key: its last acknowledged write to this customer,
        // which must also be the last of its writes in updated_at order.
        for task in 0..tasks {
            let key = metadata_key(task);
            let by_time = list
                .iter()
                .filter(|a| a.task == task)
                .map(|a| a.seq)
                .next_back();
            let by_program = list.iter().filter(|a| a.task == task).map(|a| a.seq).max();
            assert_eq!(by_time, by_program, "{id}: task {task}'s writes reordered");
            assert_eq!(
                fin.metadata.get(&key),
                by_program.map(Value::from).as_ref(),
                "{id}: {key}"
            );
        }
        // Seeded metadata keys survive the merges.
        for (k, v) in &initial[id].metadata {
            assert_eq!(fin.metadata.get(k), Some(v), "{id}: metadata {k}");
        }
    }

    // Every read shows a state that an acknowledged update produced (or the
    // seeded one).
    let reads: Vec<&Customer> = logs.iter().flat_map(|l| &l.reads).collect();
    for r in &reads {
        let t = r.updated_at.expect("updated_at");
        match states.get(&(r.id.clone(), t)) {
            Some(state) => assert_eq!(*state, *r, "a torn read of {}", r.id),
            None => assert_eq!(
                &initial[&r.id], *r,
                "{} read at {t} matches no acknowledged update",
                r.id
            ),
        }
    }

    // Report.
    let mut all: Vec<Duration> = Vec::new();
    let mut per_op: BTreeMap<Op, Vec<Duration>> = BTreeMap::new();
    for (op, d) in logs.iter().flat_map(|l| &l.latencies) {
        all.push(*d);
        per_op.entry(*op).or_default().push(*d);
    }
    all.sort();
    println!(
        "load: {tasks} tasks, {:.1} s, {} calls ({:.0} calls/s), {} updates acknowledged, {} reads checked, 0 errors",
        elapsed.as_secs_f64(),
        all.len(),
        all.len() as f64 / elapsed.as_secs_f64(),
        acks.len(),
        reads.len()
    );
    println!(
        "load: all    p50 {:>7.2} ms  p99 {:>7.2} ms",
        pct(&all, 0.5).as_secs_f64() * 1e3,
        pct(&all, 0.99).as_secs_f64() * 1e3
    );
    for (op, mut v) in per_op {
        v.sort();
        println!(
            "load: {:<6} p50 {:>7.2} ms  p99 {:>7.2} ms  ({} calls)",
            format!("{op:?}").to_lowercase(),
            pct(&v, 0.5).as_secs_f64() * 1e3,
            pct(&v, 0.99).as_secs_f64() * 1e3,
            v.len()
        );
    }
}
