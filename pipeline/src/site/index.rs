//! The index: the disagreements first, then the documents, people and claims.

use super::claim;
use super::document;
use super::html::{escape, link, path, shorten};
use super::load::Corpus;
use super::model::{self, Person};
use super::widgets;
use std::collections::BTreeMap;
use std::fmt::Write as _;

fn table(id: &str, head: &[&str]) -> String {
    let cols: String = head.iter().map(|h| format!("<th scope=\"col\">{h}</th>")).collect();
    format!("<div class=\"table-wrap\" role=\"region\" aria-labelledby=\"h-{id}\" tabindex=\"0\">\n<table>\n<thead><tr>{cols}</tr></thead>\n<tbody>\n")
}

const END_TABLE: &str = "</tbody>\n</table>\n</div>\n";

/// The index page.
pub fn page(corpus: &Corpus, people: &BTreeMap<&str, Person>) -> String {
    let at = path::INDEX;
    let claims = &corpus.claims.claims;
    let disagreements: Vec<_> = claims.iter().filter(|c| model::disagrees(c)).collect();
    let mut body = String::new();
    let _ = write!(
        body,
        "<h1>Who said what</h1>\n<p class=\"lede\">{} documents, {} speakers, {} claims linked across documents; {} on which the documents disagree about who said it.</p>\n",
        corpus.docs.len(),
        people.len(),
        claims.len(),
        disagreements.len()
    );

    body.push_str("<section id=\"disagreements\" aria-labelledby=\"h-disagreements\">\n<h2 id=\"h-disagreements\">Disagreements: who said it?</h2>\n");
    if disagreements.is_empty() {
        body.push_str("<p>Every claim's documents agree on who said it.</p>\n");
    } else {
        body.push_str("<ul class=\"cards\">\n");
        for c in &disagreements {
            let _ = write!(body, "<li>{}\n{}</li>\n", link(at, &path::claim(&c.id), None, &format!("“{}”", shorten(&c.text, 160))), claim::who_said_it(at, c, people));
        }
        body.push_str("</ul>\n");
    }
    body.push_str("</section>\n");

    body.push_str("<section id=\"documents\" aria-labelledby=\"h-documents\">\n<h2 id=\"h-documents\">Documents</h2>\n");
    body.push_str(&table("documents", &["Headline", "Document", "Attributions", "Speakers"]));
    for doc in &corpus.docs {
        let _ = writeln!(
            body,
            "<tr><td>{}</td><td><code>{}</code></td><td>{}</td><td>{}</td></tr>",
            link(at, &path::doc(&doc.name), None, &shorten(document::title(doc), 100)),
            escape(&doc.name),
            doc.quotes.quotes.len(),
            doc.speakers.speakers.len()
        );
    }
    body.push_str(END_TABLE);
    body.push_str("</section>\n");

    body.push_str("<section id=\"people\" aria-labelledby=\"h-people\">\n<h2 id=\"h-people\">People</h2>\n<p class=\"hint\">Every speaker, merged across documents by id: people, organisations, groups and documents that say things. Most attributions first.</p>\n");
    body.push_str(&table("people", &["Name", "Kind", "Documents", "Attributions", "Claims"]));
    let mut ranked: Vec<&Person> = people.values().collect();
    ranked.sort_by(|a, b| b.quotes.len().cmp(&a.quotes.len()).then_with(|| a.id.cmp(b.id)));
    for p in ranked {
        let mut docs: Vec<&str> = p.mentions.keys().copied().chain(p.quotes.iter().map(|(d, _)| *d)).collect();
        docs.sort_unstable();
        docs.dedup();
        let _ = writeln!(
            body,
            "<tr><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td></tr>",
            widgets::speaker_link(at, Some(p.id), people),
            p.kind.as_str(),
            docs.len(),
            p.quotes.len(),
            p.claims.len()
        );
    }
    body.push_str(END_TABLE);
    body.push_str("</section>\n");

    body.push_str("<section id=\"claims\" aria-labelledby=\"h-claims\">\n<h2 id=\"h-claims\">Claims</h2>\n");
    if claims.is_empty() {
        body.push_str("<p>No claim is carried by more than one document.</p>\n");
    } else {
        body.push_str(&table("claims", &["Claim", "Kind", "Members", "Who said it"]));
        let ordered = disagreements.iter().copied().chain(claims.iter().filter(|c| !model::disagrees(c)));
        for c in ordered {
            let flag = if model::disagrees(c) { " <strong class=\"flag\">disagreement</strong>" } else { "" };
            let _ = writeln!(
                body,
                "<tr><td>{}{flag}</td><td>{}</td><td>{}</td><td>{}</td></tr>",
                link(at, &path::claim(&c.id), None, &format!("“{}”", shorten(&c.text, 120))),
                claim::kind(c),
                c.members.len(),
                claim::who_said_it(at, c, people)
            );
        }
        body.push_str(END_TABLE);
    }
    body.push_str("</section>\n");
    super::html::page(at, "Who said what", &body)
}
