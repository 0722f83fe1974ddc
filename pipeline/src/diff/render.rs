//! Prints a [`Diff`]: for a terminal (coloured when asked), as Markdown for a
//! pull-request comment, or as JSON for tools.

use super::{ClaimRef, Diff, DocDiff, MemberRef, QuoteRef, SpeakerRef};

/// How to print a diff.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    /// For a terminal.
    Text {
        /// ANSI colours (the command sets this only when standard output is a terminal).
        color: bool,
    },
    /// For a pull-request comment.
    Markdown,
    /// For tools: every field, texts in full.
    Json,
}

/// The diff in `format`, ending with a new line.
pub fn render(diff: &Diff, format: Format) -> String {
    match format {
        Format::Text { color } => text(diff, color),
        Format::Markdown => markdown(diff),
        Format::Json => serde_json::to_string_pretty(diff).expect("the diff serializes") + "\n",
    }
}

/// The longest excerpt of an item's words shown in text and Markdown.
const EXCERPT: usize = 72;

fn excerpt(text: &str) -> String {
    let text = text.split_whitespace().collect::<Vec<_>>().join(" ");
    match text.char_indices().nth(EXCERPT) {
        Some((at, _)) => format!("{}…", &text[..at]),
        None => text,
    }
}

fn who(speaker: &Option<String>) -> &str {
    speaker.as_deref().unwrap_or("no speaker")
}

fn quote_name(q: &QuoteRef) -> String {
    if q.id.is_empty() {
        "(no id)".to_string()
    } else {
        q.id.clone()
    }
}

fn speaker_name(s: &SpeakerRef) -> String {
    format!("{} ({}, {} mention{})", s.id, s.name, s.mentions, if s.mentions == 1 { "" } else { "s" })
}

fn claim_name(c: &ClaimRef) -> String {
    format!("{} ({} member{})", c.id, c.members, if c.members == 1 { "" } else { "s" })
}

fn member_name(m: &MemberRef) -> String {
    let what = m.quote.as_deref().map(|q| format!(" {q}")).unwrap_or_default();
    format!("{}{what} {}, said by {}", m.doc, m.span, who(&m.speaker))
}

/// One line of a change: its sign (`+` added, `-` removed, `~` changed, `!` a
/// disagreement appeared, `=` one went away), then what.
struct Line {
    sign: char,
    what: String,
    quote: Option<String>,
    /// A detail of the line above (a claim's member, a quote's old and new words).
    nested: bool,
}

fn line(sign: char, what: String, quote: Option<&str>) -> Line {
    Line { sign, what, quote: quote.map(excerpt), nested: false }
}

fn nested(sign: char, what: String, quote: Option<&str>) -> Line {
    Line { nested: true, ..line(sign, what, quote) }
}

fn paragraph_lines(d: &DocDiff) -> Vec<Line> {
    let p = &d.paragraphs;
    let mut lines = Vec::new();
    for a in &p.added {
        lines.push(line('+', format!("added {} ({}, {})", a.id, a.span, a.kind), None));
    }
    for r in &p.removed {
        lines.push(line('-', format!("removed {} ({}, {})", r.id, r.span, r.kind), None));
    }
    for r in &p.rekinded {
        lines.push(line('~', format!("re-kinded {} ({}): {} → {} (rule {})", r.to.id, r.to.span, r.from.kind, r.to.kind, r.to.rule), None));
    }
    lines
}

fn doc_lines(d: &DocDiff) -> (Vec<Line>, Vec<Line>) {
    let q = &d.quotes;
    let mut quotes = Vec::new();
    for a in &q.added {
        quotes.push(line('+', format!("added {} ({}, {}, {})", quote_name(a), a.kind, a.span, who(&a.speaker)), Some(&a.text)));
    }
    for r in &q.removed {
        quotes.push(line('-', format!("removed {} ({}, {}, {})", quote_name(r), r.kind, r.span, who(&r.speaker)), Some(&r.text)));
    }
    for r in &q.reattributed {
        quotes.push(line('~', format!("re-attributed {} ({}): {} → {}", quote_name(&r.quote), r.quote.span, who(&r.from), who(&r.to)), Some(&r.quote.text)));
    }
    for r in &q.respanned {
        let id = if r.from.id == r.to.id { quote_name(&r.to) } else { format!("{} → {}", quote_name(&r.from), quote_name(&r.to)) };
        quotes.push(line('~', format!("re-spanned {id}: {} → {}", r.from.span, r.to.span), None));
        quotes.push(nested('-', "was".into(), Some(&r.from.text)));
        quotes.push(nested('+', "now".into(), Some(&r.to.text)));
    }
    for r in &q.rekinded {
        quotes.push(line('~', format!("re-kinded {} ({}): {} → {}", quote_name(&r.quote), r.quote.span, r.from, r.to), Some(&r.quote.text)));
    }
    let s = &d.speakers;
    let mut speakers = Vec::new();
    for a in &s.added {
        speakers.push(line('+', format!("added {}", speaker_name(a)), None));
    }
    for r in &s.removed {
        speakers.push(line('-', format!("removed {}", speaker_name(r)), None));
    }
    for r in &s.renamed {
        speakers.push(line('~', format!("renamed {} → {}", speaker_name(&r.from), speaker_name(&r.to)), None));
    }
    for m in &s.merged {
        let from: Vec<String> = m.from.iter().map(speaker_name).collect();
        speakers.push(line('~', format!("merged {} → {}", from.join(" + "), speaker_name(&m.into)), None));
    }
    for m in &s.split {
        let into: Vec<String> = m.into.iter().map(speaker_name).collect();
        speakers.push(line('~', format!("split {} → {}", speaker_name(&m.from), into.join(" + ")), None));
    }
    (quotes, speakers)
}

fn claim_lines(diff: &Diff) -> Vec<Line> {
    let c = &diff.claims;
    let mut lines = Vec::new();
    for a in &c.added {
        lines.push(line('+', format!("added {}", claim_name(a)), Some(&a.text)));
    }
    for r in &c.removed {
        lines.push(line('-', format!("removed {}", claim_name(r)), Some(&r.text)));
    }
    for m in &c.members {
        lines.push(line('~', format!("members of {}", claim_name(&m.claim)), Some(&m.claim.text)));
        for g in &m.gained {
            lines.push(nested('+', format!("gained {}", member_name(g)), Some(&g.text)));
        }
        for l in &m.lost {
            lines.push(nested('-', format!("lost {}", member_name(l)), Some(&l.text)));
        }
    }
    for d in &c.disagreements_appeared {
        lines.push(line('!', format!("disagreement on the speaker appeared in {}: {}", d.claim.id, crate::output::who_says(&d.speakers)), Some(&d.claim.text)));
    }
    for d in &c.disagreements_gone {
        lines.push(line('=', format!("disagreement on the speaker went away in {}: {}", d.claim.id, crate::output::who_says(&d.speakers)), Some(&d.claim.text)));
    }
    lines
}

fn summary(diff: &Diff) -> String {
    if diff.changes == 0 {
        return "no change to the annotations".to_string();
    }
    let docs = diff.documents.len();
    let claims = if diff.claims.count() > 0 { " and the claims" } else { "" };
    format!(
        "{} change{} in {docs} document{}{claims}",
        diff.changes,
        if diff.changes == 1 { "" } else { "s" },
        if docs == 1 { "" } else { "s" }
    )
}

fn text(diff: &Diff, color: bool) -> String {
    let paint = |code: &str, s: &str| if color { format!("\x1b[{code}m{s}\x1b[0m") } else { s.to_string() };
    let sign_color = |sign: char| match sign {
        '+' => "32",
        '-' => "31",
        '!' => "35",
        '=' => "36",
        _ => "33",
    };
    let mut out = format!("{} {} → {}: {}\n", paint("1", "diff"), diff.old, diff.new, summary(diff));
    let push = |out: &mut String, indent: &str, lines: &[Line]| {
        for l in lines {
            let indent = if l.nested { format!("{indent}  ") } else { indent.to_string() };
            let head = paint(sign_color(l.sign), &format!("{} {}", l.sign, l.what));
            match &l.quote {
                Some(q) => out.push_str(&format!("{indent}{head}\n{indent}    “{q}”\n")),
                None => out.push_str(&format!("{indent}{head}\n")),
            }
        }
    };
    for d in &diff.documents {
        let status = d.status.map(|s| format!(" (document {s})")).unwrap_or_default();
        out.push_str(&format!("{}{status}\n", paint("1", &d.doc)));
        let paragraphs = paragraph_lines(d);
        if !paragraphs.is_empty() {
            out.push_str("  paragraphs\n");
            push(&mut out, "    ", &paragraphs);
        }
        let (quotes, speakers) = doc_lines(d);
        if !quotes.is_empty() {
            out.push_str("  quotes\n");
            push(&mut out, "    ", &quotes);
        }
        if !speakers.is_empty() {
            out.push_str("  speakers\n");
            push(&mut out, "    ", &speakers);
        }
    }
    let claims = claim_lines(diff);
    if !claims.is_empty() {
        out.push_str(&format!("{}\n", paint("1", "claims")));
        push(&mut out, "  ", &claims);
    }
    out
}

/// Escapes what Markdown would read as formatting in free text.
fn md(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        if matches!(c, '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '|' | '#' | '~') {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

fn markdown(diff: &Diff) -> String {
    let mut out = format!("### Annotation changes: {} → {}\n\n**{}**\n", md(&diff.old), md(&diff.new), summary(diff));
    let label = |sign: char| match sign {
        '+' => "➕",
        '-' => "➖",
        '!' => "⚠️",
        '=' => "✅",
        _ => "✏️",
    };
    let push = |out: &mut String, lines: &[Line]| {
        for l in lines {
            let indent = if l.nested { "  " } else { "" };
            let quote = l.quote.as_deref().map(|q| format!(": “{}”", md(q))).unwrap_or_default();
            out.push_str(&format!("{indent}- {} {}{quote}\n", label(l.sign), md(&l.what)));
        }
    };
    for d in &diff.documents {
        let status = d.status.map(|s| format!(" (document {s})")).unwrap_or_default();
        out.push_str(&format!("\n#### `{}`{status}\n", d.doc));
        let paragraphs = paragraph_lines(d);
        if !paragraphs.is_empty() {
            out.push_str("\nParagraphs:\n\n");
            push(&mut out, &paragraphs);
        }
        let (quotes, speakers) = doc_lines(d);
        if !quotes.is_empty() {
            out.push_str("\nQuotes:\n\n");
            push(&mut out, &quotes);
        }
        if !speakers.is_empty() {
            out.push_str("\nSpeakers:\n\n");
            push(&mut out, &speakers);
        }
    }
    let claims = claim_lines(diff);
    if !claims.is_empty() {
        out.push_str("\n#### Claims\n\n");
        push(&mut out, &claims);
    }
    out
}
