//! `speakers`: the people a document names, and their mentions (`stages/speakers`).

use super::files::{SEGMENTS, SPEAKERS};
use super::{Blocked, Carried, Doc, DocumentStage, Info, Items};
use crate::validate::{self, Checker};
use stages::contract::{Segments, Speakers as SpeakerItems};

/// The `speakers` stage.
pub struct Speakers;

impl Items for SpeakerItems {}

impl DocumentStage for Speakers {
    type Items = SpeakerItems;

    fn info(&self) -> Info {
        Info { name: "speakers", file: SPEAKERS, reads: &[SEGMENTS], fingerprint: super::fingerprint("speakers") }
    }

    fn compute(&self, doc: &Doc) -> Result<SpeakerItems, Blocked> {
        Ok(stages::speakers::speakers(doc.text, doc.input::<Segments>(SEGMENTS)?))
    }

    fn validate(&self, doc: &Doc, items: &SpeakerItems, c: &mut Checker) {
        validate::speakers(c, doc.text, items);
    }

    fn carry(&self, doc: &Doc, base: &SpeakerItems, ours: &SpeakerItems, theirs: &SpeakerItems) -> Option<Carried<SpeakerItems>> {
        Some(crate::carry::speakers(base, ours, theirs, doc.text))
    }
}
