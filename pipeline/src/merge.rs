//! The former home of carrying `quotes.yaml` edits, kept so that its callers work while
//! the engine moves to [`crate::carry`], where all four files are carried.

use stages::contract::Quotes;
use std::collections::HashSet;

pub use crate::carry::fill_missing_ids;

/// The result of carrying quote edits: the file's new items and what to tell the person.
#[derive(Debug)]
pub struct Carried {
    /// The new items: the machine's new output with the person's edits applied.
    pub quotes: Quotes,
    /// Disagreements and partial carries, one line each, naming the quote.
    pub notes: Vec<String>,
}

/// [`crate::carry::quotes()`], with the result named as before.
pub fn carry(base: &Quotes, ours: &Quotes, theirs: &Quotes, seed: &str, speakers: &HashSet<&str>) -> Carried {
    let carried = crate::carry::quotes(base, ours, theirs, seed, speakers);
    Carried { quotes: carried.items, notes: carried.notes }
}
