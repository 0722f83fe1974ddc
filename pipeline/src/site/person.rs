//! A person's page: everything attributed to one speaker id across the documents, and
//! the claims in which a document names them.

use super::claim;
use super::html::{escape, link, path, shorten};
use super::load::Corpus;
use super::model::{self, Person};
use super::widgets;
use std::collections::BTreeMap;
use std::fmt::Write as _;

/// The page of `person`, at `at`.
pub fn page(at: &str, person: &Person, corpus: &Corpus, people: &BTreeMap<&str, Person>) -> String {
    let mut body = String::new();
    let also = if person.other_names.is_empty() { String::new() } else { format!(" · also named {}", escape(&person.other_names.join(", "))) };
    let mut docs: Vec<&str> = person.mentions.keys().copied().chain(person.quotes.iter().map(|(d, _)| *d)).collect();
    docs.sort_unstable();
    docs.dedup();
    let _ = write!(
        body,
        "<h1><span class=\"chip\" {} aria-hidden=\"true\"></span> {}</h1>\n<p class=\"meta\"><code>{}</code> · {} · in {} documents · {} attributions · {} claims{also}</p>\n",
        widgets::speaker_style(Some(person.id)),
        escape(person.name),
        escape(person.id),
        person.kind.as_str(),
        docs.len(),
        person.quotes.len(),
        person.claims.len(),
    );

    body.push_str("<section aria-labelledby=\"h-claims\">\n<h2 id=\"h-claims\">Claims</h2>\n");
    if person.claims.is_empty() {
        body.push_str("<p>No claim linked across documents is attributed to them.</p>\n");
    } else {
        body.push_str("<ul class=\"cards\">\n");
        for c in &person.claims {
            let flag = if model::disagrees(c) { "<strong class=\"flag\">disagreement</strong> " } else { "" };
            let _ = write!(
                body,
                "<li>{flag}{}\n{}</li>\n",
                link(at, &path::claim(&c.id), None, &format!("“{}”", shorten(&c.text, 160))),
                claim::who_said_it(at, c, people)
            );
        }
        body.push_str("</ul>\n");
    }
    body.push_str("</section>\n");

    body.push_str("<section aria-labelledby=\"h-docs\">\n<h2 id=\"h-docs\">By document</h2>\n");
    for d in docs {
        let headline = corpus.doc(d).map_or(d, super::document::title);
        let mentions = person.mentions.get(d).copied().unwrap_or(0);
        let said: Vec<_> = person.quotes.iter().filter(|(doc, _)| *doc == d).map(|(_, q)| *q).collect();
        let _ = write!(
            body,
            "<section class=\"doc\" aria-labelledby=\"d-{stem}\">\n<h3 id=\"d-{stem}\">{}</h3>\n<p class=\"meta\"><code>{}</code> · {mentions} mentions · {} attributions</p>\n",
            link(at, &path::doc(d), None, headline),
            escape(d),
            said.len(),
            stem = super::html::file_stem(d),
        );
        if !said.is_empty() {
            body.push_str("<ol class=\"said\">\n");
            for q in said {
                let _ = write!(
                    body,
                    "<li><blockquote class=\"said-text {kind}\" {style}><p>{}</p></blockquote>\n<p class=\"meta\">{} · {} · {}</p></li>\n",
                    escape(&q.text),
                    link(at, &path::doc(d), Some(&q.id), &q.id),
                    widgets::summary(q, Some(person.name)),
                    q.cue.as_ref().map_or_else(|| "no cue".to_string(), |c| format!("cue “{}”", escape(&c.text))),
                    kind = q.kind.name(),
                    style = widgets::speaker_style(Some(person.id)),
                );
            }
            body.push_str("</ol>\n");
        }
        body.push_str("</section>\n");
    }
    body.push_str("</section>\n");
    super::html::page(at, person.name, &body)
}
