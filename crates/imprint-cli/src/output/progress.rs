//! The progress line of `--all`: items and pages so far and the rate,
//! redrawn in place on stderr, and only when stderr is a terminal (a log
//! file or a pipe gets nothing, not a stream of carriage returns).

use std::io::Write;
use std::time::{Duration, Instant};

/// Redraws at most this often, so a fast stream does not spend its time
/// drawing.
const REDRAW_EVERY: Duration = Duration::from_millis(100);

/// Erase the current terminal line and return to its start.
const ERASE_LINE: &str = "\r\x1b[2K";

/// The progress of one `--all`.
#[derive(Debug)]
pub(crate) struct Progress {
    enabled: bool,
    stdout_shares_terminal: bool,
    started: Instant,
    items: u64,
    pages: u64,
    last_draw: Option<Instant>,
    drawn: bool,
}

impl Progress {
    /// Draws on stderr when `enabled` (stderr is a terminal). When stdout
    /// is a terminal too, the line is erased before each page is printed
    /// so that the two do not mix.
    pub fn new(enabled: bool, stdout_is_terminal: bool) -> Self {
        Self {
            enabled,
            stdout_shares_terminal: stdout_is_terminal,
            started: Instant::now(),
            items: 0,
            pages: 0,
            last_draw: None,
            drawn: false,
        }
    }

    /// Call before printing a page on stdout.
    pub fn before_output(&mut self) {
        if self.enabled && self.drawn && self.stdout_shares_terminal {
            self.write(ERASE_LINE);
            self.drawn = false;
        }
    }

    /// Counts a page of `items` and redraws when it is time to (or when
    /// the line was erased for output).
    pub fn page(&mut self, items: usize) {
        self.items += items as u64;
        self.pages += 1;
        if !self.enabled {
            return;
        }
        let due = self.last_draw.is_none_or(|t| t.elapsed() >= REDRAW_EVERY);
        if due || !self.drawn {
            let line = format!("{ERASE_LINE}{}", self.line(self.started.elapsed()));
            self.write(&line);
            self.last_draw = Some(Instant::now());
            self.drawn = true;
        }
    }

    /// The final line, left on the terminal.
    pub fn finish(&mut self) {
        if self.enabled {
            let line = format!("{ERASE_LINE}{}\n", self.line(self.started.elapsed()));
            self.write(&line);
            self.drawn = false;
        }
    }

    /// `1234 items, 13 pages, 560 items/s`.
    fn line(&self, elapsed: Duration) -> String {
        let secs = elapsed.as_secs_f64();
        let rate = if secs > 0.0 {
            (self.items as f64 / secs).round() as u64
        } else {
            0
        };
        format!(
            "{} item{}, {} page{}, {rate} items/s",
            self.items,
            if self.items == 1 { "" } else { "s" },
            self.pages,
            if self.pages == 1 { "" } else { "s" },
        )
    }

    fn write(&self, text: &str) {
        let mut err = std::io::stderr().lock();
        // Progress is a courtesy: a stderr that cannot be written is not a
        // reason to fail the command.
        let _ = err.write_all(text.as_bytes());
        let _ = err.flush();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_line_counts_items_pages_and_rate() {
        let mut p = Progress::new(false, false);
        p.page(100);
        p.page(1);
        assert_eq!(
            p.line(Duration::from_millis(500)),
            "101 items, 2 pages, 202 items/s"
        );
        let mut one = Progress::new(false, false);
        one.page(1);
        assert_eq!(one.line(Duration::ZERO), "1 item, 1 page, 0 items/s");
    }

    #[test]
    fn disabled_progress_never_draws() {
        let mut p = Progress::new(false, true);
        p.page(3);
        p.before_output();
        p.finish();
        assert!(!p.drawn && p.last_draw.is_none());
    }
}
