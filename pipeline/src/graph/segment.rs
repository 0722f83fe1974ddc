//! `segment`: paragraphs, kinds, sentences, encoding damage (`stages/segment`).

use super::files::SEGMENTS;
use super::{Blocked, Carried, Doc, DocumentStage, Info, Items};
use crate::validate::{self, Checker};
use stages::contract::Segments;

/// The `segment` stage.
pub struct Segment;

impl Items for Segments {}

impl DocumentStage for Segment {
    type Items = Segments;

    fn info(&self) -> Info {
        Info { name: "segment", file: SEGMENTS, reads: &[], fingerprint: super::fingerprint("segment") }
    }

    fn compute(&self, doc: &Doc) -> Result<Segments, Blocked> {
        Ok(stages::segment::segment(doc.text))
    }

    fn validate(&self, doc: &Doc, items: &Segments, c: &mut Checker) {
        validate::segments(c, doc.text, items);
    }

    fn carry(&self, doc: &Doc, base: &Segments, ours: &Segments, theirs: &Segments) -> Option<Carried<Segments>> {
        Some(crate::carry::segments(base, ours, theirs, doc.text))
    }
}
