//! Progress on standard error: a bar on a terminal (for corpora of 200 documents or
//! more), and elsewhere (a CI log) a line every [`LINE_INTERVAL`] while a run lasts, so
//! a long run shows it is alive and a short one prints nothing.

use std::io::{IsTerminal, Write};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Mutex;
use std::time::{Duration, Instant};

/// How often a line is printed when standard error is not a terminal.
pub const LINE_INTERVAL: Duration = Duration::from_secs(5);

/// How progress is shown.
enum Show {
    Nothing,
    /// A bar redrawn in place every hundredth.
    Bar,
    /// A line each time `interval` has passed since the last one (or the start).
    Lines { interval: Duration, last: Mutex<Instant> },
}

/// Counts documents done.
pub struct Progress {
    total: usize,
    done: AtomicUsize,
    show: Show,
    out: Mutex<Box<dyn Write + Send>>,
}

impl Progress {
    /// Progress over `total` documents on standard error, if `wanted`: a bar on a
    /// terminal for 200 documents or more, else a line every [`LINE_INTERVAL`].
    pub fn new(wanted: bool, total: usize) -> Progress {
        let show = match (wanted, std::io::stderr().is_terminal()) {
            (false, _) => Show::Nothing,
            (true, true) if total >= 200 => Show::Bar,
            (true, true) => Show::Nothing,
            (true, false) => Show::Lines { interval: LINE_INTERVAL, last: Mutex::new(Instant::now()) },
        };
        Progress { total, done: AtomicUsize::new(0), show, out: Mutex::new(Box::new(std::io::stderr())) }
    }

    /// Progress as lines into `out`, one whenever `interval` has passed since the last:
    /// what a CI log gets, with the interval and the output given (an interval of zero
    /// prints a line for every document).
    pub fn lines(total: usize, interval: Duration, out: Box<dyn Write + Send>) -> Progress {
        Progress { total, done: AtomicUsize::new(0), show: Show::Lines { interval, last: Mutex::new(Instant::now()) }, out: Mutex::new(out) }
    }

    /// One more document done.
    pub fn tick(&self) {
        let done = self.done.fetch_add(1, Ordering::Relaxed) + 1;
        match &self.show {
            Show::Nothing => {}
            Show::Bar => {
                let step = (self.total / 100).max(1);
                if done.is_multiple_of(step) || done == self.total {
                    let filled = done * 30 / self.total.max(1);
                    self.write(format_args!("\r[{}{}] {done}/{} documents", "#".repeat(filled), " ".repeat(30 - filled.min(30)), self.total));
                }
            }
            Show::Lines { interval, last } => {
                let mut last = last.lock().unwrap_or_else(|e| e.into_inner());
                if last.elapsed() >= *interval {
                    *last = Instant::now();
                    let percent = done * 100 / self.total.max(1);
                    self.write(format_args!("{done}/{} documents ({percent}%)\n", self.total));
                }
            }
        }
    }

    fn write(&self, args: std::fmt::Arguments) {
        let mut out = self.out.lock().unwrap_or_else(|e| e.into_inner());
        // progress is a courtesy: a closed standard error must not stop the work
        let _ = out.write_fmt(args).and_then(|()| out.flush());
    }

    /// Ends the bar's line.
    pub fn finish(&self) {
        if let Show::Bar = self.show {
            self.write(format_args!("\n"));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::Arc;

    #[derive(Clone, Default)]
    struct Shared(Arc<Mutex<Vec<u8>>>);

    impl Write for Shared {
        fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
            self.0.lock().unwrap().extend_from_slice(buf);
            Ok(buf.len())
        }
        fn flush(&mut self) -> std::io::Result<()> {
            Ok(())
        }
    }

    #[test]
    fn a_ci_log_gets_lines_of_documents_done_and_the_share() {
        let out = Shared::default();
        let progress = Progress::lines(4, Duration::ZERO, Box::new(out.clone()));
        (0..4).for_each(|_| progress.tick());
        progress.finish();
        let text = String::from_utf8(out.0.lock().unwrap().clone()).unwrap();
        assert_eq!(text, "1/4 documents (25%)\n2/4 documents (50%)\n3/4 documents (75%)\n4/4 documents (100%)\n");
    }

    #[test]
    fn a_run_shorter_than_the_interval_prints_nothing() {
        let out = Shared::default();
        let progress = Progress::lines(3, Duration::from_secs(3600), Box::new(out.clone()));
        (0..3).for_each(|_| progress.tick());
        progress.finish();
        assert!(out.0.lock().unwrap().is_empty());
    }
}
