//! `quotes`: direct quotes, their speakers and cues (`stages/quotes`).

use super::files::{QUOTES, SEGMENTS, SPEAKERS};
use super::{Blocked, Carried, Doc, DocumentStage, Info, Items};
use crate::validate::{self, Checker};
use stages::contract::{Quotes as QuoteItems, Segments, Speakers};
use std::collections::HashSet;

/// The `quotes` stage.
pub struct Quotes;

impl Items for QuoteItems {
    fn prepare(&mut self) {
        crate::carry::fill_missing_ids(self);
    }
}

impl DocumentStage for Quotes {
    type Items = QuoteItems;

    fn info(&self) -> Info {
        Info { name: "quotes", file: QUOTES, reads: &[SEGMENTS, SPEAKERS], fingerprint: super::fingerprint("quotes") }
    }

    fn compute(&self, doc: &Doc) -> Result<QuoteItems, Blocked> {
        Ok(stages::quotes::quotes(doc.text, doc.input::<Segments>(SEGMENTS)?, doc.input::<Speakers>(SPEAKERS)?))
    }

    fn validate(&self, doc: &Doc, items: &QuoteItems, c: &mut Checker) {
        // broken speakers are reported on their own file; the quotes are still checked
        let none = Speakers::default();
        validate::quotes(c, doc.text, items, doc.input::<Speakers>(SPEAKERS).unwrap_or(&none));
    }

    fn carry(&self, doc: &Doc, base: &QuoteItems, ours: &QuoteItems, theirs: &QuoteItems) -> Option<Carried<QuoteItems>> {
        let ids: HashSet<&str> = match doc.input::<Speakers>(SPEAKERS) {
            Ok(speakers) => speakers.speakers.iter().map(|s| s.id.as_str()).collect(),
            Err(_) => HashSet::new(),
        };
        Some(crate::carry::quotes(base, ours, theirs, doc.text, &ids))
    }
}
