//! Fault injection: latency, random 500/503 answers, queued failures and
//! 429s with `Retry-After`, per server and per operation.

use std::collections::VecDeque;
use std::time::Duration;

use crate::error::MockError;
use crate::rng::{mix, unit};

/// A fault to inject, with [`MockServer::set_fault`](crate::MockServer::set_fault)
/// (one operation, by operationId) or [`MockServer::set_server_fault`](crate::MockServer::set_server_fault)
/// (every request).
///
/// Faults of different kinds combine: a target can have a latency, an error
/// rate and a queue of failures at once. Setting [`Latency`](Fault::Latency)
/// or [`ErrorRate`](Fault::ErrorRate) replaces the target's previous value;
/// [`FailNext`](Fault::FailNext) and [`RateLimit`](Fault::RateLimit) append
/// to its queue. A faulted request is answered before authentication and has
/// no effect on the store. Every injected answer carries the header
/// `x-imprint-mock-fault: injected`.
#[derive(Clone, Debug, PartialEq)]
#[non_exhaustive]
pub enum Fault {
    /// Wait this long before handling each request (operation and server
    /// latencies add up).
    Latency(Duration),
    /// Answer this fraction (`0.0..=1.0`) of requests with 500 or 503. Which
    /// requests fail, and with which of the two statuses, is a fixed
    /// function of the server's seed and the order of requests: a
    /// sequential client sees the same answers on every run.
    ErrorRate(f64),
    /// Answer the next `n` requests with this status (400-599). A 429 gets
    /// `Retry-After: 1`; a 503 gets none.
    FailNext(u32, u16),
    /// Answer the next `requests` requests with 429 Too Many Requests and
    /// `Retry-After: <retry_after_secs>`.
    RateLimit {
        /// How many requests to refuse.
        requests: u32,
        /// The `Retry-After` value, in seconds.
        retry_after_secs: u64,
    },
    /// Remove every fault (latency, rate and queue) from the target.
    Clear,
}

/// An injected answer.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Injected {
    pub(crate) status: u16,
    pub(crate) retry_after_secs: Option<u64>,
}

#[derive(Clone, Debug)]
struct Queued {
    remaining: u32,
    answer: Injected,
}

/// The faults of one target (an operation, or the whole server).
#[derive(Clone, Debug, Default)]
pub(crate) struct FaultSlot {
    latency: Duration,
    error_rate: f64,
    queue: VecDeque<Queued>,
}

impl FaultSlot {
    pub(crate) fn apply(&mut self, fault: Fault) -> Result<(), MockError> {
        match fault {
            Fault::Latency(latency) => self.latency = latency,
            Fault::ErrorRate(rate) => {
                check_rate(rate)?;
                self.error_rate = rate;
            }
            Fault::FailNext(n, status) => {
                if !(400..=599).contains(&status) {
                    return Err(MockError::Config(format!(
                        "a fault status must be 400-599, got {status}"
                    )));
                }
                let retry_after_secs = (status == 429).then_some(1);
                self.push(
                    n,
                    Injected {
                        status,
                        retry_after_secs,
                    },
                );
            }
            Fault::RateLimit {
                requests,
                retry_after_secs,
            } => self.push(
                requests,
                Injected {
                    status: 429,
                    retry_after_secs: Some(retry_after_secs),
                },
            ),
            Fault::Clear => *self = FaultSlot::default(),
        }
        Ok(())
    }

    fn push(&mut self, remaining: u32, answer: Injected) {
        if remaining > 0 {
            self.queue.push_back(Queued { remaining, answer });
        }
    }

    fn pop(&mut self) -> Option<Injected> {
        let front = self.queue.front_mut()?;
        let answer = front.answer;
        front.remaining = front.remaining.saturating_sub(1);
        if front.remaining == 0 {
            self.queue.pop_front();
        }
        Some(answer)
    }
}

pub(crate) fn check_rate(rate: f64) -> Result<(), MockError> {
    if (0.0..=1.0).contains(&rate) {
        Ok(())
    } else {
        Err(MockError::Config(format!(
            "an error rate must be within 0.0..=1.0, got {rate}"
        )))
    }
}

/// Every fault of a server, and the deterministic draw sequence for error
/// rates.
#[derive(Debug)]
pub(crate) struct Faults {
    seed: u64,
    draws: u64,
    pub(crate) server: FaultSlot,
    /// One slot per operation, indexed like the spec's operations.
    pub(crate) ops: Vec<FaultSlot>,
}

/// What to do with one request.
#[derive(Debug, Default)]
pub(crate) struct Decision {
    pub(crate) latency: Duration,
    pub(crate) inject: Option<Injected>,
}

impl Faults {
    pub(crate) fn new(seed: u64, server: FaultSlot, operations: usize) -> Self {
        Self {
            seed,
            draws: 0,
            server,
            ops: vec![FaultSlot::default(); operations],
        }
    }

    /// The slot of operation `index`.
    pub(crate) fn slot(&mut self, index: usize) -> Option<&mut FaultSlot> {
        self.ops.get_mut(index)
    }

    pub(crate) fn clear(&mut self) {
        self.server = FaultSlot::default();
        self.ops.iter_mut().for_each(|s| *s = FaultSlot::default());
    }

    /// Decides the fate of one request to operation `op` (`None`: no known
    /// operation). Queued failures come first (operation, then server),
    /// then error rates.
    pub(crate) fn decide(&mut self, op: Option<usize>) -> Decision {
        let mut latency = self.server.latency;
        let mut inject = None;
        if let Some(slot) = op.and_then(|i| self.ops.get_mut(i)) {
            latency += slot.latency;
            inject = slot.pop();
        }
        if inject.is_none() {
            inject = self.server.pop();
        }
        if inject.is_none()
            && let Some(rate) = op.and_then(|i| self.ops.get(i)).map(|s| s.error_rate)
        {
            inject = self.draw(rate);
        }
        if inject.is_none() {
            let rate = self.server.error_rate;
            inject = self.draw(rate);
        }
        Decision { latency, inject }
    }

    fn draw(&mut self, rate: f64) -> Option<Injected> {
        if rate <= 0.0 {
            return None;
        }
        let bits = mix(self.seed ^ mix(0xFA17_u64.wrapping_add(self.draws)));
        self.draws = self.draws.wrapping_add(1);
        (unit(bits) < rate).then_some(Injected {
            status: if bits & 1 == 0 { 500 } else { 503 },
            retry_after_secs: None,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn queue_counts_down_and_route_goes_first() {
        let mut faults = Faults::new(1, FaultSlot::default(), 3);
        faults.server.apply(Fault::FailNext(1, 502)).unwrap();
        faults
            .slot(1)
            .unwrap()
            .apply(Fault::FailNext(2, 429))
            .unwrap();
        assert!(faults.slot(3).is_none());
        let statuses: Vec<_> = (0..4)
            .map(|_| faults.decide(Some(1)).inject.map(|i| i.status))
            .collect();
        assert_eq!(statuses, [Some(429), Some(429), Some(502), None]);
    }

    #[test]
    fn bad_settings_are_refused() {
        let mut slot = FaultSlot::default();
        assert!(slot.apply(Fault::ErrorRate(1.5)).is_err());
        assert!(slot.apply(Fault::ErrorRate(f64::NAN)).is_err());
        assert!(slot.apply(Fault::FailNext(1, 200)).is_err());
        assert!(slot.apply(Fault::FailNext(1, 600)).is_err());
    }

    #[test]
    fn rates_are_deterministic() {
        let run = |seed| {
            let mut f = Faults::new(seed, FaultSlot::default(), 0);
            f.server.apply(Fault::ErrorRate(0.5)).unwrap();
            (0..64)
                .map(|_| f.decide(None).inject.map(|i| i.status))
                .collect::<Vec<_>>()
        };
        assert_eq!(run(9), run(9));
        assert_ne!(run(9), run(10));
        let failures = run(9).iter().filter(|s| s.is_some()).count();
        assert!((10..=54).contains(&failures), "{failures}");
    }
}
