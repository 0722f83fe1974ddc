//! A claim's page: who each document says said it, and its members side by side, each
//! outlet's words marked where they differ from the claim's text.

use super::html::{escape, link, path, shorten};
use super::load::Corpus;
use super::model::{self, Person};
use super::widgets;
use super::worddiff::{self, Piece};
use stages::contract::{Claim, ClaimKind, Member};
use std::collections::BTreeMap;
use std::fmt::Write as _;

/// The claim's kind as a word.
pub fn kind(claim: &Claim) -> &'static str {
    match claim.kind {
        ClaimKind::Quote => "quote",
        ClaimKind::Fact => "fact",
    }
}

/// Who said it, per document: one list item per answer, the documents linked.
pub fn who_said_it(at: &str, claim: &Claim, people: &BTreeMap<&str, Person>) -> String {
    let mut out = String::from("<ul class=\"who\">\n");
    for (speaker, docs) in model::speakers_of(claim) {
        let docs: Vec<String> = docs.iter().map(|d| link(at, &path::doc(d), None, d)).collect();
        let _ = writeln!(out, "<li>{} in {}</li>", widgets::speaker_link(at, speaker, people), docs.join(", "));
    }
    out.push_str("</ul>\n");
    out
}

/// The part of the claim's text a member is compared with: the range it covers, when
/// it names one that fits, else the whole text.
fn reference<'a>(claim: &'a Claim, member: &Member) -> &'a str {
    member.covers.and_then(|c| claim.text.get(c.start()..c.end())).unwrap_or(&claim.text)
}

fn diff_html(reference: &str, text: &str) -> String {
    let mut out = String::new();
    for piece in worddiff::diff(reference, text) {
        match piece {
            Piece::Same(s) => out.push_str(&escape(s)),
            Piece::Variant { text, reference } => {
                let _ = write!(out, "<span class=\"variant\" title=\"{}\">{}</span>", escape(&format!("the claim's text has “{reference}”")), escape(text));
            }
            Piece::Added(s) => {
                let _ = write!(out, "<ins title=\"only in this document\">{}</ins>", escape(s));
            }
            Piece::Removed(s) => {
                // a space keeps a cut word from running into its neighbours
                let lead = if out.is_empty() || out.ends_with(char::is_whitespace) { "" } else { " " };
                let _ = write!(out, "{lead}<del title=\"in the claim's text, not in this document\">{}</del> ", escape(s));
            }
        }
    }
    out
}

/// The page of `claim`, at `at`.
pub fn page(at: &str, claim: &Claim, corpus: &Corpus, people: &BTreeMap<&str, Person>) -> String {
    let mut body = String::new();
    let docs = model::speakers_of(claim).into_values().flatten().collect::<std::collections::BTreeSet<_>>().len();
    let _ = write!(
        body,
        "<h1>Claim <code>{}</code></h1>\n<blockquote class=\"claim-text\"><p>{}</p></blockquote>\n<p class=\"meta\">A {} · {} members in {} documents{}</p>\n",
        escape(&claim.id),
        escape(&claim.text),
        kind(claim),
        claim.members.len(),
        docs,
        claim.story.as_deref().map_or_else(String::new, |s| format!(" · story <code>{}</code>", escape(s))),
    );
    if model::disagrees(claim) {
        let _ = write!(
            body,
            "<section class=\"disagree\" aria-labelledby=\"h-who\">\n<h2 id=\"h-who\">The documents disagree on who said it</h2>\n{}</section>\n",
            who_said_it(at, claim, people)
        );
    } else {
        let _ = write!(body, "<section aria-labelledby=\"h-who\">\n<h2 id=\"h-who\">Who said it</h2>\n{}</section>\n", who_said_it(at, claim, people));
    }
    body.push_str(
        "<section aria-labelledby=\"h-members\">\n<h2 id=\"h-members\">Side by side</h2>\n<p class=\"hint\">Each document's words against the claim's text \
         (the part it covers): <ins>words only this document has</ins>, <del>words of the claim it leaves out</del>, \
         <span class=\"variant\">the same word in other typography</span> (quote marks, apostrophes, dashes, case).</p>\n<div class=\"members\">\n",
    );
    for (n, m) in claim.members.iter().enumerate() {
        let headline = corpus.doc(&m.doc).map(super::document::title).filter(|h| *h != m.doc).map_or_else(String::new, |h| escape(&shorten(h, 90)));
        let doc_link = link(at, &path::doc(&m.doc), m.quote.as_deref(), &m.doc);
        let _ = write!(
            body,
            "<section class=\"member\" aria-labelledby=\"m-{n}\">\n<h3 id=\"m-{n}\">{doc_link}</h3>\n<p class=\"meta\">{}</p>\n<p class=\"who\">{}</p>\n\
             <p class=\"meta\">match: {} · bytes {}{}</p>\n<blockquote class=\"member-text\"><p>{}</p></blockquote>\n</section>\n",
            headline,
            widgets::speaker_link(at, m.speaker.as_deref(), people),
            escape(&format!("{:?}", m.matching).to_lowercase()),
            m.span,
            m.covers.map_or_else(String::new, |c| format!(" · covers {c} of the claim's text")),
            diff_html(reference(claim, m), &m.text),
        );
    }
    body.push_str("</div>\n</section>\n");
    super::html::page(at, &format!("Claim {}", shorten(&claim.text, 60)), &body)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn member_words_are_escaped_and_cuts_marked() {
        let html = diff_html("a <b> c", "a <x> c");
        assert!(html.contains(">b</del>"), "{html}");
        assert!(html.contains("<ins title=\"only in this document\">x</ins>"), "{html}");
        assert!(html.starts_with("a &lt;"), "{html}");
    }
}
