//! The stage graph: `segment` → `speakers` → `quotes` per document, then `claims` over
//! all documents.

/// The fingerprints baked in by the build script (see `build/fingerprint.rs`).
mod fingerprints {
    include!(concat!(env!("OUT_DIR"), "/fingerprints.rs"));
}

/// A stage of the pipeline.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Stage {
    /// Paragraphs, kinds, sentences, encoding damage.
    Segment,
    /// People and their mentions.
    Speakers,
    /// Direct quotes and who said them.
    Quotes,
    /// The same claim across documents.
    Claims,
}

impl Stage {
    /// Every stage, in graph order.
    pub const ALL: [Stage; 4] = [Stage::Segment, Stage::Speakers, Stage::Quotes, Stage::Claims];

    /// The stage's name, as in headers and summaries.
    pub fn name(self) -> &'static str {
        match self {
            Stage::Segment => "segment",
            Stage::Speakers => "speakers",
            Stage::Quotes => "quotes",
            Stage::Claims => "claims",
        }
    }

    /// The name of the file it writes, and of its content as an input downstream.
    pub fn output(self) -> &'static str {
        match self {
            Stage::Segment => "segments",
            Stage::Speakers => "speakers",
            Stage::Quotes => "quotes",
            Stage::Claims => "claims",
        }
    }

    /// The file it writes: `segments.yaml`, ...
    pub fn file_name(self) -> String {
        format!("{}.yaml", self.output())
    }

    /// The fingerprint of the stage's code and configuration.
    pub fn fingerprint(self) -> &'static str {
        let name = self.name();
        fingerprints::ALL.iter().find(|(krate, _)| *krate == name).map(|(_, hex)| *hex).expect("every stage is a crate under stages/")
    }

    /// Index into per-stage tables.
    pub fn index(self) -> usize {
        self as usize
    }
}
