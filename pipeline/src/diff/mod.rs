//! `pipeline diff`: what changed in the annotations between two revisions or folders,
//! said the way a reviewer thinks of it, not as YAML lines.
//!
//! Per document: paragraphs added, removed or re-kinded (`body`, `caption`, ...); quotes
//! added, removed, re-attributed (another speaker), re-spanned
//! (other words) or re-kinded (`direct`, `mixed`, `indirect`); speakers added, removed,
//! renamed, merged or split. For the corpus: claims added or removed, claims gaining or
//! losing members, attribution disagreements appearing or going away.
//!
//! Items are paired by id first (ids come from content, so they survive edits elsewhere),
//! then quotes by overlapping span and speakers by shared mentions. A quote whose words
//! are the same but whose offsets moved (because its seed changed) is not a change.
//! [`source`] reads each side; [`render`] prints the result as text, Markdown or JSON.

pub mod render;
pub mod source;

use serde::Serialize;
use source::Side;
use stages::contract::{Claim, Member, Paragraph, Quote, QuoteKind, Quotes, Segments, Speaker, Speakers};
use std::collections::{BTreeMap, BTreeSet};

pub use render::Format;
pub use source::Source;

use std::path::PathBuf;

/// `pipeline diff`'s arguments.
#[derive(clap::Args, Debug)]
pub struct Args {
    /// The old side: a git revision (`HEAD`, `main`, `HEAD~1`, a hash) or a folder of
    /// annotations.
    #[arg(default_value = "HEAD")]
    pub old: String,
    /// The new side: a git revision or a folder of annotations [default: the working
    /// tree's annotations folder].
    pub new: Option<String>,
    /// The annotations folder in the working tree; revisions are read at the same path.
    #[arg(long, default_value = "annotations")]
    pub annotations: PathBuf,
    /// `text` for a terminal (coloured when it is one), `markdown` for a pull-request
    /// comment, `json` for tools.
    #[arg(long, value_enum, default_value = "text")]
    pub format: FormatArg,
}

/// The `--format` values.
#[derive(Clone, Copy, Debug, clap::ValueEnum)]
pub enum FormatArg {
    /// For a terminal.
    Text,
    /// For a pull-request comment.
    Markdown,
    /// For tools.
    Json,
}

/// What `pipeline diff` prints, and whether anything changed (its exit code).
#[derive(Debug)]
pub struct Output {
    /// The diff, printed.
    pub text: String,
    /// Whether anything changed.
    pub changed: bool,
}

/// Runs `pipeline diff`; `tty` says whether standard output is a terminal (text is
/// coloured only then, and never with `NO_COLOR` set).
pub fn run(args: &Args, tty: bool) -> Result<Output, crate::diag::Diagnostic> {
    let old = Source::from_arg(&args.old, &args.annotations);
    let new = match &args.new {
        Some(arg) => Source::from_arg(arg, &args.annotations),
        None => Source::Folder(args.annotations.clone()),
    };
    let diff = diff(&old, &new)?;
    let color = tty && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty());
    let format = match args.format {
        FormatArg::Text => Format::Text { color },
        FormatArg::Markdown => Format::Markdown,
        FormatArg::Json => Format::Json,
    };
    Ok(Output { text: render::render(&diff, format), changed: diff.changes > 0 })
}

/// Everything that changed from `old` to `new`.
#[derive(Debug, Serialize)]
pub struct Diff {
    /// How the old side is named (`HEAD`, a folder).
    pub old: String,
    /// How the new side is named (`working tree`, a revision, a folder).
    pub new: String,
    /// How many changes in all: 0 when nothing changed.
    pub changes: usize,
    /// The documents with a change, by name.
    pub documents: Vec<DocDiff>,
    /// The corpus's claims.
    pub claims: ClaimChanges,
}

/// What changed in one document.
#[derive(Debug, Serialize)]
pub struct DocDiff {
    /// The document (the seed's name without `.txt`).
    pub doc: String,
    /// `added` or `removed` when the document is on one side only.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub status: Option<&'static str>,
    /// Its paragraphs.
    pub paragraphs: ParagraphChanges,
    /// Its quotes.
    pub quotes: QuoteChanges,
    /// Its speakers.
    pub speakers: SpeakerChanges,
}

/// A paragraph as the diff shows it.
#[derive(Clone, Debug, Serialize)]
pub struct ParagraphRef {
    /// Its id.
    pub id: String,
    /// `start..end`.
    pub span: String,
    /// Its kind (`body`, `caption`, `credit`, ...).
    pub kind: String,
    /// The rule that decided the kind.
    pub rule: String,
}

/// A paragraph of another kind.
#[derive(Debug, Serialize)]
pub struct ParagraphRekinded {
    /// Before.
    pub from: ParagraphRef,
    /// Now.
    pub to: ParagraphRef,
}

/// What changed in a document's paragraphs.
#[derive(Debug, Default, Serialize)]
pub struct ParagraphChanges {
    /// New paragraphs (a paragraph split or joined shows as removed and added).
    pub added: Vec<ParagraphRef>,
    /// Paragraphs gone.
    pub removed: Vec<ParagraphRef>,
    /// Paragraphs of another kind.
    pub rekinded: Vec<ParagraphRekinded>,
}

impl ParagraphChanges {
    /// How many changes.
    pub fn count(&self) -> usize {
        self.added.len() + self.removed.len() + self.rekinded.len()
    }
}

/// A quote as the diff shows it.
#[derive(Clone, Debug, Serialize)]
pub struct QuoteRef {
    /// Its id (empty for an item a person added without one).
    pub id: String,
    /// `direct`, `mixed` or `indirect`.
    pub kind: &'static str,
    /// `start..end`.
    pub span: String,
    /// Its words.
    pub text: String,
    /// Its speaker id, if any.
    pub speaker: Option<String>,
}

/// A quote given another speaker.
#[derive(Debug, Serialize)]
pub struct Reattributed {
    /// The quote (as it is now).
    pub quote: QuoteRef,
    /// The speaker before.
    pub from: Option<String>,
    /// The speaker now.
    pub to: Option<String>,
}

/// A quote whose words changed (longer, shorter, moved to other words).
#[derive(Debug, Serialize)]
pub struct Respanned {
    /// The quote before.
    pub from: QuoteRef,
    /// The quote now.
    pub to: QuoteRef,
}

/// A quote of another kind.
#[derive(Debug, Serialize)]
pub struct Rekinded {
    /// The quote (as it is now).
    pub quote: QuoteRef,
    /// The kind before.
    pub from: &'static str,
    /// The kind now.
    pub to: &'static str,
}

/// What changed in a document's quotes.
#[derive(Debug, Default, Serialize)]
pub struct QuoteChanges {
    /// New quotes.
    pub added: Vec<QuoteRef>,
    /// Quotes gone.
    pub removed: Vec<QuoteRef>,
    /// Quotes with another speaker.
    pub reattributed: Vec<Reattributed>,
    /// Quotes with other words.
    pub respanned: Vec<Respanned>,
    /// Quotes of another kind.
    pub rekinded: Vec<Rekinded>,
}

/// A speaker as the diff shows it.
#[derive(Clone, Debug, Serialize)]
pub struct SpeakerRef {
    /// Its id (the slug of its canonical name).
    pub id: String,
    /// Its canonical name.
    pub name: String,
    /// How many mentions it has.
    pub mentions: usize,
}

/// A speaker whose canonical name (and so id) changed, mentions kept.
#[derive(Debug, Serialize)]
pub struct Renamed {
    /// Before.
    pub from: SpeakerRef,
    /// Now.
    pub to: SpeakerRef,
}

/// Several speakers now one.
#[derive(Debug, Serialize)]
pub struct Merged {
    /// The speakers before.
    pub from: Vec<SpeakerRef>,
    /// The one they are now.
    pub into: SpeakerRef,
}

/// One speaker now several.
#[derive(Debug, Serialize)]
pub struct Split {
    /// The speaker before.
    pub from: SpeakerRef,
    /// The speakers its mentions went to.
    pub into: Vec<SpeakerRef>,
}

/// What changed in a document's speakers.
#[derive(Debug, Default, Serialize)]
pub struct SpeakerChanges {
    /// New speakers.
    pub added: Vec<SpeakerRef>,
    /// Speakers gone.
    pub removed: Vec<SpeakerRef>,
    /// Speakers renamed.
    pub renamed: Vec<Renamed>,
    /// Speakers merged.
    pub merged: Vec<Merged>,
    /// Speakers split.
    pub split: Vec<Split>,
}

/// A claim as the diff shows it.
#[derive(Clone, Debug, Serialize)]
pub struct ClaimRef {
    /// Its id.
    pub id: String,
    /// Its readable text.
    pub text: String,
    /// How many members it has.
    pub members: usize,
}

/// A claim member as the diff shows it.
#[derive(Clone, Debug, Serialize)]
pub struct MemberRef {
    /// Its document.
    pub doc: String,
    /// `start..end` in that document's seed.
    pub span: String,
    /// Its words.
    pub text: String,
    /// Its quote id, when it is a quote.
    pub quote: Option<String>,
    /// Who the document says said it.
    pub speaker: Option<String>,
}

/// A claim that gained or lost members.
#[derive(Debug, Serialize)]
pub struct MemberChanges {
    /// The claim (as it is now).
    pub claim: ClaimRef,
    /// Members it gained.
    pub gained: Vec<MemberRef>,
    /// Members it lost.
    pub lost: Vec<MemberRef>,
}

/// Outlets disagreeing on who said a claim.
#[derive(Debug, Serialize)]
pub struct Disagreement {
    /// The claim.
    pub claim: ClaimRef,
    /// Each speaker the documents give, with the documents that give it.
    pub speakers: BTreeMap<String, Vec<String>>,
}

/// The claim's disagreement on its speaker, if its documents disagree.
fn disagreement(c: &Claim) -> Option<Disagreement> {
    c.disagree.then(|| Disagreement { claim: claim_ref(c), speakers: c.speakers.clone() })
}

/// What changed in the claims.
#[derive(Debug, Default, Serialize)]
pub struct ClaimChanges {
    /// New claims.
    pub added: Vec<ClaimRef>,
    /// Claims gone.
    pub removed: Vec<ClaimRef>,
    /// Claims that gained or lost members.
    pub members: Vec<MemberChanges>,
    /// Disagreements on the speaker that appeared.
    pub disagreements_appeared: Vec<Disagreement>,
    /// Disagreements that went away.
    pub disagreements_gone: Vec<Disagreement>,
}

impl QuoteChanges {
    /// How many changes.
    pub fn count(&self) -> usize {
        self.added.len() + self.removed.len() + self.reattributed.len() + self.respanned.len() + self.rekinded.len()
    }
}

impl SpeakerChanges {
    /// How many changes.
    pub fn count(&self) -> usize {
        self.added.len() + self.removed.len() + self.renamed.len() + self.merged.len() + self.split.len()
    }
}

impl ClaimChanges {
    /// How many changes.
    pub fn count(&self) -> usize {
        self.added.len() + self.removed.len() + self.members.len() + self.disagreements_appeared.len() + self.disagreements_gone.len()
    }
}

/// Reads both sides and compares them.
pub fn diff(old: &Source, new: &Source) -> Result<Diff, crate::diag::Diagnostic> {
    let (old_side, new_side) = (source::read(old)?, source::read(new)?);
    let new_label = match new {
        Source::Folder(_) if matches!(old, Source::Revision { .. }) => "working tree".to_string(),
        other => other.label(),
    };
    Ok(compare(old.label(), new_label, &old_side, &new_side))
}

/// Compares two sides already read.
pub fn compare(old_label: String, new_label: String, old: &Side, new: &Side) -> Diff {
    let names: BTreeSet<&String> = old.docs.keys().chain(new.docs.keys()).collect();
    let mut documents = Vec::new();
    for name in names {
        let (o, n) = (old.docs.get(name), new.docs.get(name));
        let empty_p = Segments::default();
        let paragraphs = compare_paragraphs(
            o.and_then(|d| d.segments.as_ref()).unwrap_or(&empty_p),
            n.and_then(|d| d.segments.as_ref()).unwrap_or(&empty_p),
        );
        let empty_q = Quotes::default();
        let empty_s = Speakers::default();
        let quotes = compare_quotes(
            o.and_then(|d| d.quotes.as_ref()).unwrap_or(&empty_q),
            n.and_then(|d| d.quotes.as_ref()).unwrap_or(&empty_q),
        );
        let speakers = compare_speakers(
            o.and_then(|d| d.speakers.as_ref()).unwrap_or(&empty_s),
            n.and_then(|d| d.speakers.as_ref()).unwrap_or(&empty_s),
        );
        let status = match (o, n) {
            (None, Some(_)) => Some("added"),
            (Some(_), None) => Some("removed"),
            _ => None,
        };
        if paragraphs.count() + quotes.count() + speakers.count() > 0 || status.is_some() {
            documents.push(DocDiff { doc: name.clone(), status, paragraphs, quotes, speakers });
        }
    }
    let none = Vec::new();
    let claims = compare_claims(
        old.claims.as_ref().map_or(&none, |c| &c.claims),
        new.claims.as_ref().map_or(&none, |c| &c.claims),
    );
    let changes = documents.iter().map(|d| d.paragraphs.count() + d.quotes.count() + d.speakers.count() + usize::from(d.status.is_some())).sum::<usize>() + claims.count();
    Diff { old: old_label, new: new_label, changes, documents, claims }
}

fn paragraph_ref(p: &Paragraph) -> ParagraphRef {
    let kind = serde_json::to_value(p.kind).ok().and_then(|v| v.as_str().map(String::from)).unwrap_or_default();
    ParagraphRef { id: p.id.clone(), span: p.span.to_string(), kind, rule: p.rule.clone() }
}

/// Paragraphs are paired by their bytes, then (when the seed moved them) by id.
fn compare_paragraphs(old: &Segments, new: &Segments) -> ParagraphChanges {
    let (old, new) = (&old.paragraphs, &new.paragraphs);
    let key = |p: &Paragraph| Some(p.span.to_string());
    let (pairs, left_old, left_new) = pair(old, new, key, key, |a, b| a.id == b.id);
    let mut changes = ParagraphChanges {
        added: left_new.iter().map(|&j| paragraph_ref(&new[j])).collect(),
        removed: left_old.iter().map(|&i| paragraph_ref(&old[i])).collect(),
        ..ParagraphChanges::default()
    };
    for (i, j) in pairs {
        if old[i].kind != new[j].kind {
            changes.rekinded.push(ParagraphRekinded { from: paragraph_ref(&old[i]), to: paragraph_ref(&new[j]) });
        }
    }
    changes
}

fn quote_ref(q: &Quote) -> QuoteRef {
    QuoteRef { id: q.id.clone(), kind: q.kind.name(), span: q.span.to_string(), text: q.text.clone(), speaker: q.speaker.clone() }
}

/// Pairs old and new items: by equal key first, then by `close`; returns the pairs and
/// the indexes left on each side.
fn pair<A, B>(
    old: &[A],
    new: &[B],
    key_a: impl Fn(&A) -> Option<String>,
    key_b: impl Fn(&B) -> Option<String>,
    close: impl Fn(&A, &B) -> bool,
) -> (Vec<(usize, usize)>, Vec<usize>, Vec<usize>) {
    let mut pairs = Vec::new();
    let mut used_new = vec![false; new.len()];
    let mut used_old = vec![false; old.len()];
    let mut by_key: BTreeMap<String, Vec<usize>> = BTreeMap::new();
    for (j, b) in new.iter().enumerate() {
        if let Some(k) = key_b(b) {
            by_key.entry(k).or_default().push(j);
        }
    }
    for (i, a) in old.iter().enumerate() {
        let Some(k) = key_a(a) else { continue };
        if let Some(j) = by_key.get(&k).and_then(|js| js.iter().copied().find(|&j| !used_new[j])) {
            used_new[j] = true;
            used_old[i] = true;
            pairs.push((i, j));
        }
    }
    for (i, a) in old.iter().enumerate() {
        if used_old[i] {
            continue;
        }
        if let Some(j) = (0..new.len()).find(|&j| !used_new[j] && close(a, &new[j])) {
            used_new[j] = true;
            used_old[i] = true;
            pairs.push((i, j));
        }
    }
    pairs.sort_by_key(|&(_, j)| j);
    let left_old = (0..old.len()).filter(|&i| !used_old[i]).collect();
    let left_new = (0..new.len()).filter(|&j| !used_new[j]).collect();
    (pairs, left_old, left_new)
}

fn nonempty(id: &str) -> Option<String> {
    (!id.is_empty()).then(|| id.to_string())
}

fn compare_quotes(old: &Quotes, new: &Quotes) -> QuoteChanges {
    let (old, new) = (&old.quotes, &new.quotes);
    let (pairs, left_old, left_new) = pair(old, new, |q| nonempty(&q.id), |q| nonempty(&q.id), |a, b| a.span.overlaps(b.span));
    let mut changes = QuoteChanges {
        added: left_new.iter().map(|&j| quote_ref(&new[j])).collect(),
        removed: left_old.iter().map(|&i| quote_ref(&old[i])).collect(),
        ..QuoteChanges::default()
    };
    for (i, j) in pairs {
        let (a, b) = (&old[i], &new[j]);
        if a.text != b.text {
            changes.respanned.push(Respanned { from: quote_ref(a), to: quote_ref(b) });
        }
        if a.speaker != b.speaker {
            changes.reattributed.push(Reattributed { quote: quote_ref(b), from: a.speaker.clone(), to: b.speaker.clone() });
        }
        if a.kind != b.kind {
            changes.rekinded.push(Rekinded { quote: quote_ref(b), from: kind_name(a.kind), to: kind_name(b.kind) });
        }
    }
    changes
}

fn kind_name(kind: QuoteKind) -> &'static str {
    kind.name()
}

fn speaker_ref(s: &Speaker) -> SpeakerRef {
    SpeakerRef { id: s.id.clone(), name: s.name.clone(), mentions: s.mentions.len() }
}

fn compare_speakers(old: &Speakers, new: &Speakers) -> SpeakerChanges {
    let (old, new) = (&old.speakers, &new.speakers);
    // each mention (by its bytes) → the speaker holding it, on each side
    let holder = |list: &[Speaker]| -> BTreeMap<(usize, usize), usize> {
        list.iter().enumerate().flat_map(|(i, s)| s.mentions.iter().map(move |m| ((m.span.start(), m.span.end()), i))).collect()
    };
    let new_holder = holder(new);
    let old_holder = holder(old);
    // where each old speaker's mentions went, and where each new one's came from
    let targets: Vec<BTreeSet<usize>> =
        old.iter().map(|s| s.mentions.iter().filter_map(|m| new_holder.get(&(m.span.start(), m.span.end())).copied()).collect()).collect();
    let sources: Vec<BTreeSet<usize>> =
        new.iter().map(|s| s.mentions.iter().filter_map(|m| old_holder.get(&(m.span.start(), m.span.end())).copied()).collect()).collect();
    let old_ids: BTreeSet<&str> = old.iter().map(|s| s.id.as_str()).collect();
    let mut explained_old = vec![false; old.len()];
    let mut explained_new = vec![false; new.len()];
    let mut changes = SpeakerChanges::default();
    for (j, from) in sources.iter().enumerate() {
        if from.len() >= 2 {
            changes.merged.push(Merged { from: from.iter().map(|&i| speaker_ref(&old[i])).collect(), into: speaker_ref(&new[j]) });
            explained_new[j] = true;
            from.iter().for_each(|&i| explained_old[i] = true);
        }
    }
    for (i, to) in targets.iter().enumerate() {
        if to.len() >= 2 && to.iter().any(|&j| !old_ids.contains(new[j].id.as_str())) {
            changes.split.push(Split { from: speaker_ref(&old[i]), into: to.iter().map(|&j| speaker_ref(&new[j])).collect() });
            explained_old[i] = true;
            to.iter().for_each(|&j| explained_new[j] = true);
        }
    }
    for (i, s) in old.iter().enumerate() {
        let same = new.iter().position(|n| n.id == s.id);
        match same {
            Some(j) if new[j].name != s.name => changes.renamed.push(Renamed { from: speaker_ref(s), to: speaker_ref(&new[j]) }),
            Some(_) => {}
            None if explained_old[i] => {}
            None => {
                let to = &targets[i];
                let only = to.iter().next().copied().filter(|_| to.len() == 1);
                match only {
                    Some(j) if !old_ids.contains(new[j].id.as_str()) && sources[j].len() == 1 && !explained_new[j] => {
                        changes.renamed.push(Renamed { from: speaker_ref(s), to: speaker_ref(&new[j]) });
                        explained_new[j] = true;
                    }
                    _ => changes.removed.push(speaker_ref(s)),
                }
            }
        }
    }
    for (j, s) in new.iter().enumerate() {
        if !old_ids.contains(s.id.as_str()) && !explained_new[j] {
            changes.added.push(speaker_ref(s));
        }
    }
    changes
}

fn claim_ref(c: &Claim) -> ClaimRef {
    ClaimRef { id: c.id.clone(), text: c.text.clone(), members: c.members.len() }
}

fn member_ref(m: &Member) -> MemberRef {
    MemberRef { doc: m.doc.clone(), span: m.span.to_string(), text: m.text.clone(), quote: m.quote.clone(), speaker: m.speaker.clone() }
}

/// A member's identity across sides: its document and words (offsets move when a seed
/// changes; the words do not).
fn member_key(m: &Member) -> (String, String) {
    (m.doc.clone(), m.text.clone())
}

fn compare_claims(old: &[Claim], new: &[Claim]) -> ClaimChanges {
    let shares_member = |a: &Claim, b: &Claim| a.members.iter().any(|m| b.members.iter().any(|n| member_key(m) == member_key(n)));
    let (pairs, left_old, left_new) = pair(old, new, |c| nonempty(&c.id), |c| nonempty(&c.id), shares_member);
    let mut changes = ClaimChanges {
        added: left_new.iter().map(|&j| claim_ref(&new[j])).collect(),
        removed: left_old.iter().map(|&i| claim_ref(&old[i])).collect(),
        ..ClaimChanges::default()
    };
    changes.disagreements_appeared.extend(left_new.iter().filter_map(|&j| disagreement(&new[j])));
    changes.disagreements_gone.extend(left_old.iter().filter_map(|&i| disagreement(&old[i])));
    for (i, j) in pairs {
        let (a, b) = (&old[i], &new[j]);
        let keys_a: BTreeSet<(String, String)> = a.members.iter().map(member_key).collect();
        let keys_b: BTreeSet<(String, String)> = b.members.iter().map(member_key).collect();
        let gained: Vec<MemberRef> = b.members.iter().filter(|m| !keys_a.contains(&member_key(m))).map(member_ref).collect();
        let lost: Vec<MemberRef> = a.members.iter().filter(|m| !keys_b.contains(&member_key(m))).map(member_ref).collect();
        if !gained.is_empty() || !lost.is_empty() {
            changes.members.push(MemberChanges { claim: claim_ref(b), gained, lost });
        }
        if (a.disagree, &a.speakers) != (b.disagree, &b.speakers) {
            changes.disagreements_gone.extend(disagreement(a));
            changes.disagreements_appeared.extend(disagreement(b));
        }
    }
    changes
}

#[cfg(test)]
mod tests {
    use super::*;
    use stages::contract::{Mention, MentionForm, SpeakerKind};
    use stages::Span;

    fn speaker(id: &str, name: &str, mentions: &[(usize, usize)]) -> Speaker {
        Speaker {
            id: id.into(),
            name: name.into(),
            kind: SpeakerKind::Person,
            mentions: mentions
                .iter()
                .map(|&(s, e)| Mention { span: Span::new(s, e).unwrap(), text: "x".repeat(e - s), form: MentionForm::Full })
                .collect(),
        }
    }

    fn speakers(list: Vec<Speaker>) -> Speakers {
        Speakers { speakers: list, unresolved: Vec::new() }
    }

    fn ids(list: &[SpeakerRef]) -> Vec<&str> {
        list.iter().map(|s| s.id.as_str()).collect()
    }

    #[test]
    fn diff_reports_a_renamed_speaker() {
        let old = speakers(vec![speaker("kanye", "Kanye", &[(0, 5), (10, 15)])]);
        let new = speakers(vec![speaker("kanye-west", "Kanye West", &[(0, 5), (10, 15)])]);
        let c = compare_speakers(&old, &new);
        assert_eq!((c.renamed.len(), c.added.len(), c.removed.len()), (1, 0, 0), "{c:?}");
        assert_eq!((c.renamed[0].from.id.as_str(), c.renamed[0].to.id.as_str()), ("kanye", "kanye-west"));
    }

    #[test]
    fn diff_reports_merged_speakers() {
        let old = speakers(vec![speaker("kanye", "Kanye", &[(0, 5)]), speaker("ye", "Ye", &[(10, 12)])]);
        let new = speakers(vec![speaker("kanye-west", "Kanye West", &[(0, 5), (10, 12)])]);
        let c = compare_speakers(&old, &new);
        assert_eq!(c.merged.len(), 1, "{c:?}");
        assert_eq!(ids(&c.merged[0].from), ["kanye", "ye"]);
        assert_eq!(c.merged[0].into.id, "kanye-west");
        assert_eq!(c.count(), 1, "a merge is one change, not removals and an addition: {c:?}");
    }

    #[test]
    fn diff_reports_a_split_speaker() {
        let old = speakers(vec![speaker("john-legend", "John Legend", &[(0, 5), (10, 15), (20, 22)])]);
        let new = speakers(vec![speaker("john-legend", "John Legend", &[(0, 5), (10, 15)]), speaker("grace-okafor", "Grace Okafor", &[(20, 22)])]);
        let c = compare_speakers(&old, &new);
        assert_eq!(c.split.len(), 1, "{c:?}");
        assert_eq!(ids(&c.split[0].into), ["john-legend", "grace-okafor"]);
        assert_eq!(c.count(), 1, "{c:?}");
    }

    #[test]
    fn diff_reports_added_and_removed_speakers() {
        let old = speakers(vec![speaker("a", "A", &[(0, 1)]), speaker("b", "B", &[(5, 6)])]);
        let new = speakers(vec![speaker("a", "A", &[(0, 1)]), speaker("c", "C", &[(9, 10)])]);
        let c = compare_speakers(&old, &new);
        assert_eq!((ids(&c.added), ids(&c.removed)), (vec!["c"], vec!["b"]), "{c:?}");
    }

    fn quote(id: &str, kind: QuoteKind, span: (usize, usize), text: &str, speaker: Option<&str>) -> Quote {
        Quote {
            id: id.into(),
            kind,
            span: Span::new(span.0, span.1).unwrap(),
            text: text.into(),
            speaker: speaker.map(String::from),
            cue: None,
            quoted: Vec::new(),
            parts: Vec::new(),
            rule: None,
            confidence: None,
        }
    }

    fn quotes(list: Vec<Quote>) -> Quotes {
        Quotes { quotes: list, ..Quotes::default() }
    }

    #[test]
    fn diff_reports_a_respanned_and_a_rekinded_quote() {
        let old = quotes(vec![quote("q-a", QuoteKind::Direct, (0, 10), "a b c d e.", Some("x")), quote("q-b", QuoteKind::Direct, (20, 30), "f g h i j.", None)]);
        let new = quotes(vec![
            quote("q-a-longer", QuoteKind::Direct, (0, 14), "a b c d e f g.", Some("x")),
            quote("q-b", QuoteKind::Mixed, (20, 30), "f g h i j.", None),
        ]);
        let c = compare_quotes(&old, &new);
        assert_eq!((c.respanned.len(), c.rekinded.len(), c.added.len(), c.removed.len()), (1, 1, 0, 0), "{c:?}");
        assert_eq!(c.respanned[0].to.id, "q-a-longer");
        assert_eq!((c.rekinded[0].from, c.rekinded[0].to), ("direct", "mixed"));
    }

    #[test]
    fn diff_reports_a_rekinded_paragraph() {
        use stages::contract::ParagraphKind;
        let paragraph = |kind| Paragraph { id: "p-a".into(), span: Span::new(0, 9).unwrap(), kind, rule: "r".into(), sentences: Vec::new() };
        let old = Segments { paragraphs: vec![paragraph(ParagraphKind::Credit)], ..Segments::default() };
        let new = Segments { paragraphs: vec![paragraph(ParagraphKind::Caption)], ..Segments::default() };
        let c = compare_paragraphs(&old, &new);
        assert_eq!(c.count(), 1, "{c:?}");
        assert_eq!((c.rekinded[0].from.kind.as_str(), c.rekinded[0].to.kind.as_str()), ("credit", "caption"));
    }

    #[test]
    fn diff_ignores_a_quote_whose_offsets_moved_with_its_seed() {
        let old = quotes(vec![quote("q-a", QuoteKind::Direct, (0, 10), "a b c d e.", Some("x"))]);
        let new = quotes(vec![quote("q-a", QuoteKind::Direct, (40, 50), "a b c d e.", Some("x"))]);
        assert_eq!(compare_quotes(&old, &new).count(), 0);
    }
}
