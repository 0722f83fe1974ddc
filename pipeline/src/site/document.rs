//! A document's page: its text with every attribution highlighted in its speaker's
//! colour, cues underlined, and a table of the attributions below.

use super::html::{escape, link, path, shorten};
use super::load::Doc;
use super::marks::{self, Range};
use super::model::Person;
use super::widgets;
use stages::contract::{Claim, ParagraphKind, QuoteKind, Span};
use std::collections::BTreeMap;
use std::fmt::Write as _;

/// The headline of `doc`: its first headline paragraph, else its name.
pub fn title(doc: &Doc) -> &str {
    doc.segments
        .paragraphs
        .iter()
        .find(|p| p.kind == ParagraphKind::Headline)
        .and_then(|p| doc.text.get(p.span.start()..p.span.end()))
        .map_or(doc.name.as_str(), str::trim)
}

fn kind_class(kind: ParagraphKind) -> &'static str {
    match kind {
        ParagraphKind::Headline => "k-headline",
        ParagraphKind::Heading => "k-heading",
        ParagraphKind::Body => "k-body",
        ParagraphKind::Caption => "k-caption",
        ParagraphKind::Credit => "k-credit",
        ParagraphKind::Furniture => "k-furniture",
        ParagraphKind::Dateline => "k-dateline",
        ParagraphKind::Byline => "k-byline",
        ParagraphKind::Embed => "k-embed",
    }
}

/// Layers: at equal spans, a quote is outside its verbatim words, which are outside a
/// cue, which is outside damaged bytes.
const QUOTE: u8 = 0;
const VERBATIM: u8 = 1;
const CUE: u8 = 2;
const DAMAGE: u8 = 3;

/// The blocks of the text: the paragraphs, in order and without overlap (a hand edit
/// could make two overlap; the later one is cut), and any stretch outside every
/// paragraph that is more than white space, so no byte of the seed goes unshown.
fn blocks(doc: &Doc) -> Vec<(Span, String)> {
    let mut paragraphs: Vec<_> = doc.segments.paragraphs.iter().collect();
    paragraphs.sort_by_key(|p| (p.span.start(), p.span.end()));
    let mut out = Vec::new();
    let mut at = 0;
    let gap = |from: usize, to: usize, out: &mut Vec<(Span, String)>| {
        if doc.text.get(from..to).is_some_and(|t| !t.trim().is_empty()) {
            out.push((Span::new(from, to).expect("from <= to"), "<p class=\"k-unsegmented\">".to_string()));
        }
    };
    for p in paragraphs {
        let start = p.span.start().max(at);
        if start >= p.span.end() || !doc.text.is_char_boundary(start) {
            continue;
        }
        gap(at, start, &mut out);
        let title = escape(&format!("{} paragraph ({})", kind_class(p.kind).trim_start_matches("k-"), p.rule));
        out.push((Span::new(start, p.span.end()).expect("start < end"), format!("<p class=\"{}\" title=\"{title}\">", kind_class(p.kind))));
        at = p.span.end();
    }
    gap(at, doc.text.len(), &mut out);
    out
}

/// The page of `doc`, at `at`.
pub fn page(at: &str, doc: &Doc, people: &BTreeMap<&str, Person>, claims_of: &BTreeMap<(&str, &str), Vec<&Claim>>) -> String {
    let name_in_doc = |id: &str| doc.speakers.speakers.iter().find(|s| s.id == id).map(|s| s.name.as_str()).or_else(|| people.get(id).map(|p| p.name));
    let mut ranges: Vec<Range> = Vec::new();
    for (group, (span, open)) in blocks(doc).into_iter().enumerate() {
        ranges.push(Range { start: span.start(), end: span.end(), block: true, layer: 0, group, open: open.clone(), reopen: open, close: "</p>" });
    }
    let mut group = ranges.len();
    let mut cues: BTreeMap<Span, Vec<&str>> = BTreeMap::new();
    for q in &doc.quotes.quotes {
        let speaker = q.speaker.as_deref();
        let name = speaker.and_then(name_in_doc).or(speaker);
        let tip = escape(&widgets::tooltip(q, name));
        let class = format!("q {}", q.kind.name());
        let style = widgets::speaker_style(speaker);
        let id = escape(&q.id);
        let open = format!("<mark class=\"{class}\" id=\"{id}\" data-q=\"{id}\" tabindex=\"0\" {style} title=\"{tip}\" data-tip=\"{tip}\" aria-describedby=\"about-{id}\">");
        let reopen = format!("<mark class=\"{class} cont\" data-q=\"{id}\" {style} title=\"{tip}\">");
        let pieces: Vec<Span> = if q.parts.is_empty() { vec![q.span] } else { q.parts.clone() };
        for s in pieces {
            ranges.push(Range { start: s.start(), end: s.end(), block: false, layer: QUOTE, group, open: open.clone(), reopen: reopen.clone(), close: "</mark>" });
        }
        group += 1;
        if q.kind == QuoteKind::Mixed {
            for s in &q.quoted {
                let tag = "<span class=\"verbatim\">".to_string();
                ranges.push(Range { start: s.start(), end: s.end(), block: false, layer: VERBATIM, group, open: tag.clone(), reopen: tag, close: "</span>" });
                group += 1;
            }
        }
        if let Some(cue) = &q.cue {
            cues.entry(cue.span).or_default().push(&q.id);
        }
    }
    // one element per cue, however many attributions share it
    for (span, ids) in &cues {
        let tag = format!("<span class=\"cue\" title=\"{}\">", escape(&format!("cue of {}", ids.join(", "))));
        ranges.push(Range { start: span.start(), end: span.end(), block: false, layer: CUE, group, open: tag.clone(), reopen: tag, close: "</span>" });
        group += 1;
    }
    for d in &doc.segments.damage {
        let tag = format!("<span class=\"damage\" title=\"{}\">", escape(&format!("encoding damage; probably “{}”", d.suggestion)));
        ranges.push(Range { start: d.span.start(), end: d.span.end(), block: false, layer: DAMAGE, group, open: tag.clone(), reopen: tag, close: "</span>" });
        group += 1;
    }
    let text = marks::render(&doc.text, &ranges);

    let mut body = String::new();
    let headline = title(doc);
    let _ = write!(
        body,
        "<h1>{}</h1>\n<p class=\"meta\">Document <code>{}</code> · {} attributions · {} speakers · <a href=\"#attributions\">the list of attributions</a></p>\n",
        escape(headline),
        escape(&doc.name),
        doc.quotes.quotes.len(),
        doc.speakers.speakers.len()
    );
    body.push_str("<section aria-labelledby=\"h-key\" class=\"key\">\n<h2 id=\"h-key\">Key</h2>\n<ul class=\"legend\">\n");
    let mut speakers: Vec<Option<&str>> = doc.quotes.quotes.iter().map(|q| q.speaker.as_deref()).collect();
    speakers.sort();
    speakers.dedup();
    for s in speakers {
        let n = doc.quotes.quotes.iter().filter(|q| q.speaker.as_deref() == s).count();
        let _ = writeln!(body, "<li>{} ({n})</li>", widgets::speaker_link(at, s, people));
    }
    body.push_str(
        "</ul>\n<p class=\"hint\"><mark class=\"q direct sample\" style=\"--sp:#dddddd\">direct</mark> words in quote marks · \
         <mark class=\"q mixed sample\" style=\"--sp:#dddddd\">mixed, with <span class=\"verbatim\">quoted words</span></mark> · \
         <mark class=\"q indirect sample\" style=\"--sp:#dddddd\">indirect</mark> reported speech · <span class=\"cue\">cue</span> the attributing words. \
         Hover over a highlight, or move to it with the Tab key, to see its id, kind, rule and confidence.</p>\n</section>\n",
    );
    let _ = write!(body, "<article class=\"text\" aria-labelledby=\"h-text\">\n<h2 id=\"h-text\" class=\"visually-hidden\">Text</h2>\n{text}\n</article>\n");

    body.push_str("<section id=\"attributions\" aria-labelledby=\"h-attributions\">\n<h2 id=\"h-attributions\">Attributions</h2>\n");
    if doc.quotes.quotes.is_empty() {
        body.push_str("<p>The quotes stage found no attribution in this document.</p>\n");
    } else {
        body.push_str(
            "<div class=\"table-wrap\" role=\"region\" aria-labelledby=\"h-attributions\" tabindex=\"0\">\n<table>\n<thead><tr><th scope=\"col\">Id</th><th scope=\"col\">Speaker</th>\
             <th scope=\"col\">Kind, rule, confidence</th><th scope=\"col\">Words</th><th scope=\"col\">Cue</th><th scope=\"col\">Claim</th></tr></thead>\n<tbody>\n",
        );
        for q in &doc.quotes.quotes {
            let speaker = q.speaker.as_deref();
            let name = speaker.and_then(name_in_doc).or(speaker);
            let claims = claims_of.get(&(doc.name.as_str(), q.id.as_str())).map_or_else(String::new, |cs| {
                cs.iter().map(|c| link(at, &path::claim(&c.id), None, &c.id)).collect::<Vec<_>>().join(", ")
            });
            let _ = writeln!(
                body,
                "<tr><td><a href=\"#{frag}\"><code>{id}</code></a></td><td>{who}</td><td id=\"about-{id}\">{about}</td><td>{words}</td><td>{cue}</td><td>{claims}</td></tr>",
                frag = super::html::fragment(&q.id),
                id = escape(&q.id),
                who = widgets::speaker_link(at, speaker, people),
                about = widgets::summary(q, name),
                words = escape(&shorten(&q.text, 140)),
                cue = q.cue.as_ref().map_or_else(String::new, |c| escape(&c.text)),
            );
        }
        body.push_str("</tbody>\n</table>\n</div>\n");
    }
    body.push_str("</section>\n");
    super::html::page(at, headline, &body)
}
