//! The shared crate of the stages: the data types of the annotation files (the public
//! contract of `DESIGN.md`), [`Span`], ids, text helpers and the [`lexicon`]s the stages
//! share.
//!
//! Every stage crate depends on this one and on no other stage: a stage that needs
//! another's output gets it as a value of these types. That is what lets the compiler
//! enforce stage independence, and what lets the engine fingerprint each stage by its
//! own crate plus this one.
//!
//! Each stage returns one of the top-level types here ([`Segments`], [`Speakers`],
//! [`Quotes`], [`Claims`]); the engine writes it below a provenance header, and reads it
//! back (hand edits included) to feed the stages downstream. Field order here is the
//! order in the files. Every type refuses unknown fields, so that a misspelt key in a
//! hand edit is an error that names it, not data silently ignored.

#![deny(missing_docs)]

pub mod ids;
pub mod lexicon;
pub mod reach;
pub mod span;
pub mod text;
pub mod words;

pub use span::{Span, SpanError};
pub use words::Words;

/// What an id (and a reference to one) looks like, for the JSON Schemas: a slug, with
/// no white space, no path separator, not starting with `.` or `-`. The tool's own ids
/// are lower-case words joined by `-` (`q-i-dont-think`, `john-legend`).
pub const ID_PATTERN: &str = r"^[^\s/\\.\-][^\s/\\]*$";

/// A quote id, which a person adding a quote may leave empty (the engine derives it).
pub const QUOTE_ID_PATTERN: &str = r"^([^\s/\\.\-][^\s/\\]*)?$";

/// A document name: a seed's file name without `.txt`; no path separator, not starting
/// with `.`.
pub const DOC_PATTERN: &str = r"^[^/\\.][^/\\]*$";

use schemars::JsonSchema;
use std::collections::{BTreeMap, BTreeSet};
use serde::{Deserialize, Serialize};

/// `segments.yaml`: paragraphs with their kinds and sentences, and encoding damage.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Segments {
    /// Every paragraph of the document, in order.
    pub paragraphs: Vec<Paragraph>,
    /// Stretches of text damaged by a wrong decoding, in order.
    #[serde(default)]
    pub damage: Vec<Damage>,
    /// A person's paragraph edits the engine could not carry onto new output after the
    /// seed changed (the paragraph's text changed or is gone where the edit lies). They
    /// stay here, with their old spans, until a person resolves them: `pipeline check`
    /// fails while this list is not empty.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub unresolved: Vec<UnresolvedParagraph>,
}

/// A hand-edited paragraph that could not be carried onto new output.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct UnresolvedParagraph {
    /// Why it could not be carried (`orphaned: ...`, `ambiguous: ...`).
    pub reason: String,
    /// The paragraph as the person left it, with its spans in the old seed.
    pub paragraph: Paragraph,
}

/// A paragraph: a block of text between blank lines (or one line of a block whose lines
/// are separate items, such as a caption above its credit).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Paragraph {
    /// Stable id derived from the paragraph's text (`p-` and its first words).
    #[schemars(pattern(ID_PATTERN))]
    pub id: String,
    /// The paragraph's bytes, without leading indentation or trailing white space.
    pub span: Span,
    /// What the paragraph is.
    pub kind: ParagraphKind,
    /// The rule that decided `kind`, so a reviewer can see why.
    pub rule: String,
    /// The spans of its sentences, in order.
    #[serde(default)]
    pub sentences: Vec<Span>,
}

/// What a paragraph is, as read by the stages downstream.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "lowercase")]
pub enum ParagraphKind {
    /// The article's title.
    Headline,
    /// A section title inside the article.
    Heading,
    /// Article prose.
    Body,
    /// A caption under a picture or video.
    Caption,
    /// A photo or media credit.
    Credit,
    /// Site chrome: tip lines, comment prompts, "Next Article", video labels.
    Furniture,
    /// A date or place-and-date line.
    Dateline,
    /// An author line or bio.
    Byline,
    /// A social post pasted into the page.
    Embed,
}

impl ParagraphKind {
    /// Whether later stages read this paragraph as the article's own words.
    pub fn is_prose(self) -> bool {
        matches!(self, ParagraphKind::Body | ParagraphKind::Headline | ParagraphKind::Embed)
    }
}

/// A stretch of text damaged by a wrong decoding.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Damage {
    /// The damaged bytes.
    pub span: Span,
    /// Exactly the seed's bytes in `span`.
    pub text: String,
    /// What kind of damage.
    pub kind: DamageKind,
    /// What the text most likely was.
    pub suggestion: String,
}

/// Kinds of encoding damage.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "lowercase")]
pub enum DamageKind {
    /// UTF-8 that was decoded as a single-byte code page and encoded again.
    Mojibake,
}

impl Segments {
    /// Whether byte `at` lies inside damaged text.
    pub fn is_damaged(&self, at: usize) -> bool {
        let i = self.damage.partition_point(|d| d.span.end() <= at);
        self.damage.get(i).is_some_and(|d| d.span.contains_offset(at))
    }

    /// The paragraph that holds byte `at`, if any.
    pub fn paragraph_at(&self, at: usize) -> Option<&Paragraph> {
        let i = self.paragraphs.partition_point(|p| p.span.end() <= at);
        self.paragraphs.get(i).filter(|p| p.span.contains_offset(at))
    }
}

/// `speakers.yaml`: the entities in a document that speak or are spoken of: people,
/// organisations, groups and documents.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Speakers {
    /// One entry per entity (person, organisation, group, document), in order of first
    /// mention.
    pub speakers: Vec<Speaker>,
    /// A person's mention edits the engine could not carry onto new output after the
    /// seed changed (their text is gone, or now stands in several places). They stay
    /// here, with their old spans, until a person resolves them: `pipeline check` fails
    /// while this list is not empty.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub unresolved: Vec<UnresolvedSpeaker>,
}

/// A hand edit of a person's entry that could not be carried onto new output: the entry
/// with only the mentions that could not be carried (the rest were).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct UnresolvedSpeaker {
    /// Why it could not be carried (`orphaned: ...`, `ambiguous: ...`).
    pub reason: String,
    /// The person's id and name as the person left them, and the mentions that could
    /// not be carried, with their spans in the old seed.
    pub speaker: Speaker,
}

/// A person and every mention of them in the document.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Speaker {
    /// The same in every document for the same person: the canonical name as a slug
    /// (`john-legend`).
    #[schemars(pattern(ID_PATTERN))]
    pub id: String,
    /// The canonical full name (`John Legend`, `White House`, `Senate Democrats`).
    pub name: String,
    /// What the entity is: a person (the default, left out of the file), an
    /// organisation, a group of people, or a document.
    #[serde(default, skip_serializing_if = "SpeakerKind::is_person")]
    pub kind: SpeakerKind,
    /// Every mention, in order.
    pub mentions: Vec<Mention>,
}

/// What kind of entity a speaker is.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "lowercase")]
pub enum SpeakerKind {
    /// A person (`John Legend`, `a spokesman`).
    #[default]
    Person,
    /// An organisation (`the White House`, `the Justice Department`, `the FBI`).
    Organisation,
    /// A group of people spoken of together (`officials`, `Senate Democrats`).
    Group,
    /// A text that says things (`the report`, `the lawsuit`).
    Document,
}

impl SpeakerKind {
    /// Whether the entity is a person (the default, omitted from the file).
    pub fn is_person(&self) -> bool {
        *self == SpeakerKind::Person
    }

    /// The kind as written in the file.
    pub fn as_str(self) -> &'static str {
        match self {
            SpeakerKind::Person => "person",
            SpeakerKind::Organisation => "organisation",
            SpeakerKind::Group => "group",
            SpeakerKind::Document => "document",
        }
    }
}

/// One mention of a person.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Mention {
    /// The mention's bytes.
    pub span: Span,
    /// Exactly the seed's bytes in `span`.
    pub text: String,
    /// How the person is named.
    #[serde(default = "MentionForm::unknown")]
    pub form: MentionForm,
}

/// How a mention names its person.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "lowercase")]
pub enum MentionForm {
    /// First and last name.
    Full,
    /// Surname alone.
    Surname,
    /// First name alone.
    First,
    /// A nickname or alias.
    Nickname,
    /// A pronoun resolved to the person.
    Pronoun,
    /// A description instead of a name (`a spokesman`, `the candidate`).
    Description,
    /// A common-noun phrase naming an organisation, group or document met before
    /// (`the company`, `the commission`).
    Nominal,
    /// Not said (a hand-added mention without a form).
    Other,
}

impl MentionForm {
    fn unknown() -> MentionForm {
        MentionForm::Other
    }
}

/// `quotes.yaml`: direct quotes and who said them.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Quotes {
    /// Every direct quote, in order.
    pub quotes: Vec<Quote>,
    /// Quote-marked text that is not reported speech (titles, slogans, scare quotes),
    /// kept apart so a reviewer can see what was set aside and why, and move an item
    /// into `quotes` by hand.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub not_quotes: Vec<NotQuote>,
    /// A person's edits the engine could not carry onto new output after the seed
    /// changed (their text is gone, or now stands in several places). They stay here,
    /// with their old spans, until a person resolves them: `pipeline check` fails while
    /// this list is not empty.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub unresolved: Vec<Unresolved>,
}

/// A hand-edited quote that could not be carried onto new output.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Unresolved {
    /// Why it could not be carried (`orphaned: ...`, `ambiguous: ...`).
    pub reason: String,
    /// The quote as the person left it, with its span in the old seed.
    pub quote: Quote,
}

/// Quote-marked text that is not a quote.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct NotQuote {
    /// The words inside the marks.
    pub span: Span,
    /// Exactly the seed's bytes in `span`.
    pub text: String,
    /// What it is.
    pub kind: NotQuoteKind,
    /// The rule that decided.
    pub rule: String,
}

/// What a quote-marked stretch that is not a quote is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "lowercase")]
pub enum NotQuoteKind {
    /// The title of a work, or a slogan (`“Number One”`, a `“Make America Great Again”` hat).
    Title,
    /// A word or two set off by the writer (scare quotes), not attributed to anyone.
    Scare,
}

/// An attribution: who said (wrote, thought, intends) what, in quote marks or reported.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Quote {
    /// Stable id derived from the content's words (`q-` and its first words). An item a
    /// person adds may leave it out; the engine then derives it the same way.
    #[serde(default)]
    #[schemars(pattern(QUOTE_ID_PATTERN))]
    pub id: String,
    /// How the words are given: `direct` (in quote marks; the default), `mixed` or
    /// `indirect`.
    #[serde(default, skip_serializing_if = "QuoteKind::is_direct")]
    pub kind: QuoteKind,
    /// A direct quote's words, quote marks excluded; a mixed or indirect item's whole
    /// reported content (from its first to its last byte when it comes in `parts`).
    pub span: Span,
    /// Exactly the seed's bytes in `span`.
    pub text: String,
    /// A speaker id from `speakers.yaml`, or `None` when the text does not say (or a
    /// person added the item without one).
    #[serde(default)]
    #[schemars(pattern(ID_PATTERN))]
    pub speaker: Option<String>,
    /// The words that attribute it (`Legend explained`, `told Vanity Fair`, `according to`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cue: Option<Cue>,
    /// A mixed item's verbatim words: the ranges inside `span` that stand in quote marks
    /// (marks excluded), in order.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub quoted: Vec<Span>,
    /// The ranges of a content the attribution interrupts (`The plan, officials said, is
    /// dead`), in order, inside `span`; empty when the content is the whole `span`.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub parts: Vec<Span>,
    /// The rule that decided the attribution.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub rule: Option<String>,
    /// How sure the rule is of the speaker, from 0 to 1.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(range(min = 0.0, max = 1.0))]
    pub confidence: Option<f64>,
}

/// How an attribution gives the words it attributes.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "lowercase")]
pub enum QuoteKind {
    /// In quote marks, standing on their own or after an intro (`Legend said: "..."`).
    #[default]
    Direct,
    /// Reported content with quoted words inside (`Legend explained that he and West
    /// "never talked about politics before"`).
    Mixed,
    /// Reported content with no quote marks (`Officials said the plan would cost $2
    /// billion`): speech, writing, thought or intention.
    Indirect,
}

impl QuoteKind {
    /// Whether this is the default kind, which the file leaves out.
    pub fn is_direct(&self) -> bool {
        *self == QuoteKind::Direct
    }

    /// The kind as the file writes it.
    pub fn name(self) -> &'static str {
        match self {
            QuoteKind::Direct => "direct",
            QuoteKind::Mixed => "mixed",
            QuoteKind::Indirect => "indirect",
        }
    }
}

/// The words that attribute a quote.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Cue {
    /// The cue's bytes.
    pub span: Span,
    /// Exactly the seed's bytes in `span`.
    pub text: String,
}

/// The claims (`claims/<kk>.yaml`, one shard's or all of them): the same claim in every
/// document that carries it.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Claims {
    /// Every claim carried by more than one member, in a stable order.
    pub claims: Vec<Claim>,
    /// A person's claim edits the engine could not carry onto new output after a
    /// document changed (a member's text is gone from its document, or now stands in
    /// several places). They stay here, with their old spans, until a person resolves
    /// them: `pipeline check` fails while this list is not empty.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub unresolved: Vec<UnresolvedClaim>,
}

/// A hand edit of a claim that could not be carried onto new output: the claim with only
/// the members that could not be carried (the rest were).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct UnresolvedClaim {
    /// Why it could not be carried (`orphaned: ...`, `ambiguous: ...`).
    pub reason: String,
    /// The claim's id, text and kind as the person left them, and the members that could
    /// not be carried, with their spans in their documents' old seeds.
    pub claim: Claim,
}

/// A claim and its members.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Claim {
    /// Stable id derived from the claim's text (`c-` and its first words).
    #[schemars(pattern(ID_PATTERN))]
    pub id: String,
    /// The claim's canonical, readable text. For a quote, the longest continuous wording
    /// the members attest (fragments of one article stitched to the whole of another);
    /// for a reported fact, its first member's sentence.
    pub text: String,
    /// Whether the members are quotes or sentences reporting a fact.
    #[serde(default)]
    pub kind: ClaimKind,
    /// The story the members' documents belong to (`s-` and the slug of the story's
    /// first document), when they all belong to one: documents are grouped into stories
    /// by the rare terms and names they share, and facts link only inside a story.
    /// Absent for a quote carried by documents of several stories.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(pattern(ID_PATTERN))]
    pub story: Option<String>,
    /// Who says it, by the members' documents: each speaker id the members give, with
    /// the documents that give it, in name order. Derived from the members
    /// ([`Attribution::of`]); a hand edit corrects a member's `speaker`, and this follows.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub speakers: BTreeMap<String, Vec<String>>,
    /// The documents whose member has no speaker: they carry the claim without saying
    /// who said it. That is an omission, not a disagreement.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    #[schemars(inner(pattern(DOC_PATTERN)))]
    pub unattributed: Vec<String>,
    /// The documents name different people as the speaker (two ids that cannot be the same
    /// person: `kanye-west` and `john-legend`, not `west` and `kanye-west`: see
    /// [`same_person`]). The first
    /// thing a fact-checker asks of a claim.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub disagree: bool,
    /// Every occurrence, ordered by document then position.
    pub members: Vec<Member>,
}

/// One occurrence of a claim in one document.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Member {
    /// The document: the seed's file name without `.txt`.
    #[schemars(pattern(DOC_PATTERN))]
    pub doc: String,
    /// The occurrence's bytes in that document's seed.
    pub span: Span,
    /// Exactly the seed's bytes in `span`.
    pub text: String,
    /// The quote id, when the member is a quote.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(pattern(ID_PATTERN))]
    pub quote: Option<String>,
    /// The speaker id the document gives.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(pattern(ID_PATTERN))]
    pub speaker: Option<String>,
    /// How the member matches the claim's text.
    #[serde(rename = "match")]
    pub matching: Matching,
    /// The byte range of the claim's `text` that this member's words cover, so a reviewer
    /// sees what was cut; absent for a paraphrase.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub covers: Option<Span>,
    /// Why a fact member is in its claim: its strongest link to another member, so a
    /// reviewer can judge it. Absent on quote members (`match` and `covers` say it) and
    /// on members added by hand.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub why: Option<Why>,
}

/// A fact member's strongest link to another member of its claim. (Not its score: that
/// weighs terms by their rarity in the whole corpus, so it would change, and rewrite every
/// fact's file, whenever any article is added.)
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Why {
    /// The other member's document.
    #[schemars(pattern(DOC_PATTERN))]
    pub with: String,
    /// The terms both sentences hold (names, numbers, dates, content words), as this
    /// member's sentence writes them, in its order.
    #[schemars(with = "Vec<String>")]
    pub shared: Words,
}

/// Who a claim's members say said it: the derived fields of a [`Claim`]
/// (`speakers`, `unattributed`, `disagree`), computed in one place from its members.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Attribution {
    /// Each speaker id with the documents that give it, in name order.
    pub speakers: BTreeMap<String, Vec<String>>,
    /// The documents with a member that has no speaker.
    pub unattributed: Vec<String>,
    /// Whether two of the speakers cannot be the same person.
    pub disagree: bool,
}

impl Attribution {
    /// What `members` say. A document with one member attributed and another not is
    /// attributed (its own article says who); a document is listed once per speaker.
    pub fn of(members: &[Member]) -> Attribution {
        let mut speakers: BTreeMap<String, Vec<String>> = BTreeMap::new();
        for m in members {
            if let Some(s) = &m.speaker {
                speakers.entry(s.clone()).or_default().push(m.doc.clone());
            }
        }
        let attributed: BTreeSet<&str> = speakers.values().flatten().map(String::as_str).collect();
        let mut unattributed: Vec<String> =
            members.iter().filter(|m| m.speaker.is_none() && !attributed.contains(m.doc.as_str())).map(|m| m.doc.clone()).collect();
        for docs in speakers.values_mut() {
            docs.sort();
            docs.dedup();
        }
        unattributed.sort();
        unattributed.dedup();
        let ids: Vec<&str> = speakers.keys().map(String::as_str).collect();
        let disagree = ids.iter().enumerate().any(|(i, a)| ids[i + 1..].iter().any(|b| !same_person(a, b)));
        Attribution { speakers, unattributed, disagree }
    }

    /// Whether `claim`'s derived fields are what its members say.
    pub fn matches(&self, claim: &Claim) -> bool {
        self.speakers == claim.speakers && self.unattributed == claim.unattributed && self.disagree == claim.disagree
    }

    /// Writes the derived fields into `claim`.
    pub fn apply(self, claim: &mut Claim) {
        claim.speakers = self.speakers;
        claim.unattributed = self.unattributed;
        claim.disagree = self.disagree;
    }
}

/// Whether two speaker ids can name one person. Ids are slugs of names, so their parts
/// are the name's words: the last words (surnames) must be equal, and when both give a
/// first word, those must agree too (equal, a short form of the other: `mike` and
/// `michael`, or its initial), accents aside. So `west` and `kanye-west` can, as can
/// `donald-trump` and `donald-j-trump`, or `jose-ortiz` and `josé-m-ortiz`
/// (outlets name people their own ways); `kanye-west` and `kim-west` cannot.
pub fn same_person(a: &str, b: &str) -> bool {
    if a == b {
        return true;
    }
    let (pa, pb): (Vec<&str>, Vec<&str>) = (a.split('-').collect(), b.split('-').collect());
    if pa.last().map(|l| unaccent(l)) != pb.last().map(|l| unaccent(l)) {
        return false;
    }
    if pa.len() < 2 || pb.len() < 2 {
        return true;
    }
    let (x, y) = (unaccent(pa[0]), unaccent(pb[0]));
    let initial = |i: &str, w: &str| i.len() == 1 && w.starts_with(i);
    lexicon::same_given_name(&x, &y) || initial(&x, &y) || initial(&y, &x)
}

/// `raúl` as `raul`: outlets differ on accents in names. Covers the Latin letters news
/// names carry; other characters stay as they are.
fn unaccent(word: &str) -> String {
    word.chars()
        .map(|c| match c {
            'á' | 'à' | 'â' | 'ä' | 'ã' | 'å' => 'a',
            'é' | 'è' | 'ê' | 'ë' => 'e',
            'í' | 'ì' | 'î' | 'ï' => 'i',
            'ó' | 'ò' | 'ô' | 'ö' | 'õ' | 'ø' => 'o',
            'ú' | 'ù' | 'û' | 'ü' => 'u',
            'ñ' => 'n',
            'ç' => 'c',
            c => c,
        })
        .collect()
}

/// What a claim's members are.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "lowercase")]
pub enum ClaimKind {
    /// Direct quotes of the same words.
    #[default]
    Quote,
    /// Sentences reporting the same fact without quote marks.
    Fact,
}

/// How a claim member matches the claim's canonical text.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "lowercase")]
pub enum Matching {
    /// Byte for byte.
    Identical,
    /// Equal once quote marks, apostrophes, dashes, case and white space are normalised.
    Normalised,
    /// A part of the canonical text.
    Partial,
    /// A fragment of a quote split by its attribution.
    Split,
    /// The same fact in other words.
    Paraphrase,
}

#[cfg(test)]
mod attribution_tests {
    use super::*;

    fn member(doc: &str, speaker: Option<&str>) -> Member {
        Member {
            doc: doc.into(),
            span: Span::new(0, 1).unwrap(),
            text: "x".into(),
            quote: None,
            speaker: speaker.map(String::from),
            matching: Matching::Identical,
            covers: None,
            why: None,
        }
    }

    #[test]
    fn a_surname_id_and_the_full_name_id_are_not_a_disagreement() {
        let a = Attribution::of(&[member("a", Some("kanye-west")), member("b", Some("west"))]);
        assert_eq!(a.speakers.len(), 2, "each outlet's own id is kept");
        assert!(!a.disagree);
    }

    #[test]
    fn two_people_sharing_a_surname_disagree() {
        assert!(Attribution::of(&[member("a", Some("kanye-west")), member("b", Some("kim-west"))]).disagree);
        assert!(!same_person("west", "kanye-westbrook"), "a surname is a whole word");
        assert!(same_person("donald-trump", "donald-j-trump"));
        assert!(same_person("j-smith", "jane-smith"));
        assert!(same_person("tom-reyes", "thomas-reyes"), "a short form of a given name");
        assert!(same_person("jose-ortiz", "josé-m-ortiz"), "accents and a middle initial");
    }

    #[test]
    fn a_document_attributed_once_is_not_unattributed() {
        let a = Attribution::of(&[member("a", Some("john-legend")), member("a", None), member("b", None), member("b", None)]);
        assert_eq!(a.speakers["john-legend"], ["a"]);
        assert_eq!(a.unattributed, ["b"]);
        assert!(!a.disagree);
    }
}
