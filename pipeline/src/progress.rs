//! Progress on standard error: a bar on a terminal, a line every tenth otherwise, and
//! nothing for small corpora.

use std::io::IsTerminal;
use std::sync::atomic::{AtomicUsize, Ordering};

/// Counts documents done.
pub struct Progress {
    total: usize,
    done: AtomicUsize,
    terminal: bool,
    enabled: bool,
}

impl Progress {
    /// Progress over `total` documents, shown if `wanted` and the corpus is large enough.
    pub fn new(wanted: bool, total: usize) -> Progress {
        let terminal = std::io::stderr().is_terminal();
        let enabled = wanted && total >= if terminal { 200 } else { 1000 };
        Progress { total, done: AtomicUsize::new(0), terminal, enabled }
    }

    /// One more document done.
    pub fn tick(&self) {
        if !self.enabled {
            return;
        }
        let done = self.done.fetch_add(1, Ordering::Relaxed) + 1;
        let step = (self.total / if self.terminal { 100 } else { 10 }).max(1);
        if !done.is_multiple_of(step) && done != self.total {
            return;
        }
        if self.terminal {
            let filled = done * 30 / self.total;
            eprint!("\r[{}{}] {done}/{} documents", "#".repeat(filled), " ".repeat(30 - filled), self.total);
        } else {
            eprintln!("{done}/{} documents", self.total);
        }
    }

    /// Ends the bar's line.
    pub fn finish(&self) {
        if self.enabled && self.terminal {
            eprintln!();
        }
    }
}
