//! What each paragraph is, and the rule that says so.
//!
//! Two passes. The first looks at each line alone and recognises what has a form of its
//! own: embedded posts, site chrome, datelines, bylines and credits. The second decides
//! the rest from their neighbours: a line above a credit is its caption, the first
//! title-like line is the headline, a short title-like line between paragraphs is a
//! heading, and the rest is body. Rules rely on shapes and closed vocabularies
//! (agencies, navigation labels, months), never on particular articles' words.

use super::{lexicon, sentences};
use contract::ParagraphKind;

/// One paragraph as the classifier sees it.
pub(super) struct Block<'a> {
    /// The paragraph's text, trimmed.
    pub text: &'a str,
    /// Whether it follows the previous paragraph on the next line, with no blank line.
    pub joined: bool,
}

/// A kind and the name of the rule that chose it.
pub(super) type Verdict = (ParagraphKind, &'static str);

/// The kind of every block, in order.
pub(super) fn classify(blocks: &[Block<'_>]) -> Vec<Verdict> {
    let local: Vec<Option<Verdict>> = blocks.iter().map(|b| local(b.text)).collect();
    let is_credit = |i: usize| matches!(local.get(i), Some(Some((ParagraphKind::Credit, _))));
    let has_credit = (0..blocks.len()).any(is_credit);
    // Adjacency is evidence only where the page separates paragraphs by blank lines.
    let blank_lines = blocks.iter().skip(1).any(|b| !b.joined);
    let first_content = local.iter().position(Option::is_none);
    let mut out = Vec::with_capacity(blocks.len());
    let mut headline = None;
    for (i, block) in blocks.iter().enumerate() {
        if let Some(v) = local[i] {
            out.push(v);
            continue;
        }
        let t = block.text;
        let next_credit = is_credit(i + 1);
        let next_joined = blocks.get(i + 1).is_some_and(|b| b.joined);
        let verdict = if next_credit && next_joined && blank_lines && word_count(t, 60) <= 60 {
            (ParagraphKind::Caption, "caption-above-credit")
        } else if Some(i) == first_content && headline_like(t, i == 0, i + 1 < blocks.len()) {
            headline = Some(i);
            (ParagraphKind::Headline, "headline-first-title")
        } else if next_credit && title_like(t) {
            (ParagraphKind::Caption, "caption-before-credit")
        } else if has_credit && i > 0 && person_name(t) {
            (ParagraphKind::Credit, "credit-bare-name")
        } else if i > 0 && i + 1 < blocks.len() && heading_like(t) {
            (ParagraphKind::Heading, "heading-short-title-line")
        } else {
            (ParagraphKind::Body, "prose")
        };
        out.push(verdict);
    }
    // A question between paragraphs is a heading only on a page that has headings
    // anyway, or when it is styled as a title; otherwise it is a one-line paragraph of
    // prose (`Why?`).
    let exclaims = |t: &str| matches!(last_significant(t), Some('?' | '!'));
    let statement_heading = (0..blocks.len()).any(|i| out[i].0 == ParagraphKind::Heading && !exclaims(blocks[i].text));
    for i in 0..blocks.len() {
        let t = blocks[i].text;
        if out[i].1 == "heading-short-title-line" && exclaims(t) && !statement_heading && !title_case(t) {
            out[i] = (ParagraphKind::Body, "prose-question");
        }
    }
    // A page whose title was not captured starts with its first section's heading: a
    // first title-like line below other matter, styled exactly like the later headings,
    // is one of them.
    if let Some(h) = headline.filter(|&h| h > 0) {
        let style = title_case(blocks[h].text);
        let later: Vec<usize> = (h + 1..blocks.len()).filter(|&i| out[i].0 == ParagraphKind::Heading).collect();
        if later.len() >= 2 && later.iter().all(|&i| title_case(blocks[i].text) == style) {
            out[h] = (ParagraphKind::Heading, "heading-styled-like-sections");
        }
    }
    out
}

/// Rules that need no neighbours.
fn local(t: &str) -> Option<Verdict> {
    // Counted once, and only as far as the longest rule cares, so long prose is cheap.
    let n = word_count(t, 50);
    embed(t)
        .or_else(|| furniture(t, n))
        .or_else(|| dateline(t, n))
        .or_else(|| byline(t, n))
        .or_else(|| credit(t, n))
}

/// The number of words, counting no further than `cap + 1`.
fn word_count(t: &str, cap: usize) -> usize {
    words(t).take(cap + 1).count()
}

fn words(t: &str) -> std::str::SplitWhitespace<'_> {
    t.split_whitespace()
}

/// Words of letters and digits only, for vocabulary checks.
fn alnum_words(t: &str) -> impl Iterator<Item = &str> {
    t.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty())
}

fn has_word(t: &str, list: &[&str]) -> bool {
    alnum_words(t).any(|w| list.iter().any(|l| l.eq_ignore_ascii_case(w)))
}

/// The last character that is not a closing quote mark or bracket.
fn last_significant(t: &str) -> Option<char> {
    t.trim_end_matches(['"', '\'', '”', '’', ')', ']', '»']).chars().last()
}

fn starts_capitalised(w: &str) -> bool {
    w.chars().find(|c| c.is_alphanumeric()).is_some_and(|c| c.is_uppercase() || c.is_numeric())
}

// ---- local rules ----

fn embed(t: &str) -> Option<Verdict> {
    if t.starts_with('<') {
        let low_start = t.chars().take(40).collect::<String>().to_lowercase();
        if ["<tweet", "<blockquote", "<iframe", "<embed", "twitter-tweet", "instagram-media"].iter().any(|m| low_start.contains(m)) {
            return Some((ParagraphKind::Embed, "embed-markup"));
        }
    }
    // A pasted tweet ends with its shortened link.
    let last = t.rsplit(char::is_whitespace).next()?.trim_end_matches(['.', ')']);
    if ["https://t.co/", "http://t.co/", "pic.twitter.com/", "https://pic.twitter.com/"].iter().any(|p| last.starts_with(p)) {
        return Some((ParagraphKind::Embed, "embed-tweet-link"));
    }
    // The signature of a pasted tweet: `— Name (@handle) June 1, 2020`.
    if let Some(at) = t.find("(@") {
        let tail = &t[at..];
        if tail.contains(')') && alnum_words(tail).any(lexicon::is_month) && alnum_words(tail).any(is_year) {
            return Some((ParagraphKind::Embed, "embed-tweet-signature"));
        }
    }
    if t.starts_with("A post shared by") {
        return Some((ParagraphKind::Embed, "embed-instagram-post"));
    }
    None
}

fn furniture(t: &str, n: usize) -> Option<Verdict> {
    if n > 14 {
        return None;
    }
    let norm = alnum_words(t).collect::<Vec<_>>().join(" ").to_lowercase();
    if lexicon::is_navigation(&norm) {
        return Some((ParagraphKind::Furniture, "furniture-navigation"));
    }
    const COMMENT_CHROME: &[&str] = &[
        "comment policy", "commenting policy", "before commenting", "community guidelines", "load comments",
        "leave a comment", "post a comment", "add a comment", "view comments", "show comments",
        "join the conversation", "join the discussion",
    ];
    if COMMENT_CHROME.iter().any(|p| norm.contains(p)) {
        return Some((ParagraphKind::Furniture, "furniture-comments"));
    }
    if has_word(t, &["tip", "tips"]) && has_word(t, &["send", "submit", "got", "have", "share", "email"]) {
        return Some((ParagraphKind::Furniture, "furniture-tip-line"));
    }
    if n <= 10 && has_phone_number(t) {
        return Some((ParagraphKind::Furniture, "furniture-contact-number"));
    }
    if ["like the page", "like us on facebook", "sign up for", "subscribe to our", "follow us on", "download our app"]
        .iter()
        .any(|p| norm.contains(p))
    {
        return Some((ParagraphKind::Furniture, "furniture-call-to-action"));
    }
    if n <= 4 && alnum_words(t).last().is_some_and(lexicon::is_media_label) {
        return Some((ParagraphKind::Furniture, "furniture-media-label"));
    }
    None
}

/// Three digits, three digits, four digits, separated by `.`, `-`, a space or brackets.
fn has_phone_number(t: &str) -> bool {
    let groups: Vec<usize> = t
        .split(|c: char| !(c.is_ascii_digit() || matches!(c, '.' | '-' | ' ' | '(' | ')')))
        .flat_map(|chunk| {
            let g: Vec<usize> = chunk.split(['.', '-', ' ', '(', ')']).filter(|s| !s.is_empty()).map(str::len).collect();
            g.windows(3).any(|w| w == [3, 3, 4]).then_some(1)
        })
        .collect();
    !groups.is_empty()
}

fn is_year(w: &str) -> bool {
    w.len() == 4 && w.bytes().all(|b| b.is_ascii_digit()) && (w.starts_with("19") || w.starts_with("20"))
}

fn dateline(t: &str, n_words: usize) -> Option<Verdict> {
    if n_words > 20 {
        return None;
    }
    let mut date = false;
    let mut time = false;
    let mut n = 0;
    for raw in t.split(|c: char| c.is_whitespace() || matches!(c, ',' | '|' | '·' | '—' | '–' | '(' | ')')) {
        let tok = raw.trim_end_matches('.');
        if tok.is_empty() {
            continue;
        }
        n += 1;
        if n > 20 {
            return None;
        }
        let digits = tok.bytes().filter(u8::is_ascii_digit).count();
        if lexicon::is_month(tok) || is_year(tok) {
            date = true;
        } else if digits == tok.len() && digits <= 2 {
        } else if digits > 0 && tok.bytes().all(|b| b.is_ascii_digit() || matches!(b, b'-' | b'/')) && tok.len() >= 8 {
            date = true;
        } else if digits > 0 && tok.contains(':') && tok.bytes().all(|b| b.is_ascii_digit() || b == b':') {
            time = true;
        } else if digits > 0
            && digits <= 2
            && ["st", "nd", "rd", "th"].iter().any(|s| tok.get(digits..).is_some_and(|rest| rest.eq_ignore_ascii_case(s)))
        {
        } else if !lexicon::is_dateline_word(tok) {
            return None;
        }
    }
    (date || (time && n <= 4)).then_some((ParagraphKind::Dateline, "dateline-date"))
}

fn byline(t: &str, n_words: usize) -> Option<Verdict> {
    if n_words > 45 {
        return None;
    }
    // Each form is recognisable from its first words; only then is the line split.
    let mut head = words(t);
    let first = head.next()?;
    let verb_at = |w: Option<&str>| w.is_some_and(|w| w == "is" || w == "was");
    let (w2, w3) = (head.nth(1), head.next());
    let by = first.eq_ignore_ascii_case("by");
    let bio = verb_at(w2) || verb_at(w3);
    const CONTACT: &[&str] = &["Contact", "Email", "E-mail", "Reach", "Follow", "Write"];
    let contact = CONTACT.contains(&first);
    if !(by || bio || contact) {
        return None;
    }
    let ws: Vec<&str> = words(t).collect();
    let n = ws.len();
    if by
        && (2..=10).contains(&n)
        && ws[1..].iter().all(|w| starts_capitalised(w) || ["and", "&", "of", "the", "for", "at", "in"].contains(w))
    {
        return Some((ParagraphKind::Byline, "byline-by"));
    }
    // `Jane Doe is a reporter for ...`
    if (5..=45).contains(&n) {
        if let Some(k) = (2..=3).find(|&k| ws.get(k).is_some_and(|w| *w == "is" || *w == "was")) {
            let named = ws[..k].iter().all(|w| starts_capitalised(w));
            let article = ws.get(k + 1).is_some_and(|w| ["a", "an", "the"].contains(w));
            let trade = ws[k..n.min(k + 12)]
                .iter()
                .any(|w| lexicon::is_trade_noun(w.trim_matches(|c: char| !c.is_alphanumeric())));
            if named && article && trade {
                return Some((ParagraphKind::Byline, "byline-bio"));
            }
        }
    }
    if n <= 15
        && contact
        && t.contains('@')
    {
        return Some((ParagraphKind::Byline, "byline-contact"));
    }
    None
}

fn credit(t: &str, n_words: usize) -> Option<Verdict> {
    if n_words > 16 {
        return None;
    }
    let core = t.trim_end_matches('.').trim_end();
    let n = words(core).count();
    if n == 0 || n > 16 {
        return None;
    }
    let low: String = core.chars().take(24).collect::<String>().to_lowercase();
    const LABELS: &[&str] = &[
        "photo credit:", "image credit:", "image source:", "source:", "photo:", "photos:", "photograph:",
        "image:", "images:", "picture:", "credit:", "credits:", "courtesy of ", "courtesy:", "photo by ",
        "photograph by ", "photos by ",
    ];
    if n <= 12 && LABELS.iter().any(|l| low.starts_with(l)) {
        return Some((ParagraphKind::Credit, "credit-label"));
    }
    // `Instagram: @handle`, `@handle`, `via @handle`.
    if n <= 4 {
        let ws: Vec<&str> = core.split(|c: char| c.is_whitespace() || c == '/' || c == ':').filter(|w| !w.is_empty()).collect();
        if let Some((handle, rest)) = ws.split_last() {
            if handle.starts_with('@')
                && handle.len() > 1
                && rest.iter().all(|w| w.eq_ignore_ascii_case("via") || lexicon::is_agency(w) || w.eq_ignore_ascii_case("x"))
            {
                return Some((ParagraphKind::Credit, "credit-social-handle"));
            }
        }
    }
    if core.contains(['?', '!', ';', '"', '“', '”', ':']) {
        return None;
    }
    let agency = alnum_words(core).any(lexicon::is_agency);
    let pipe = core.contains('|');
    let slash = core.contains('/');
    let parts: Vec<&str> = core
        .split(['/', '|'])
        .flat_map(|p| p.split(" via "))
        .map(str::trim)
        .collect();
    let via = parts.len() > core.split(['/', '|']).count();
    if parts.len() >= 2 && parts.iter().all(|p| name_like(p)) {
        let rule = if pipe {
            "credit-pipe"
        } else if slash {
            "credit-slash"
        } else {
            "credit-via"
        };
        let names = (pipe || slash) && parts.iter().all(|p| (2..=4).contains(&words(p).count()));
        if agency || names {
            return Some((ParagraphKind::Credit, rule));
        }
    }
    if !pipe && !slash && !via && n <= 3 {
        const AGENCY_WORDS: &[&str] = &["associated", "file", "handout", "news", "press", "stock"];
        if agency && alnum_words(core).all(|w| lexicon::is_agency(w) || AGENCY_WORDS.iter().any(|a| a.eq_ignore_ascii_case(w))) {
            return Some((ParagraphKind::Credit, "credit-agency-only"));
        }
    }
    None
}

/// Capitalised words (or connectors), as names and agencies are written.
fn name_like(part: &str) -> bool {
    let ws: Vec<&str> = words(part).collect();
    (1..=6).contains(&ws.len())
        && ws.iter().all(|w| {
            let w = w.trim_end_matches([',', '.']);
            w.is_empty() || starts_capitalised(w) || lexicon::is_credit_connector(w)
        })
}

// ---- contextual rules ----

/// No final `.`, `,`, `;` or `:`, at most 14 words, starting with a capital or a digit.
fn title_like(t: &str) -> bool {
    // A quotation left open runs on into the next paragraph: that is prose, not a title.
    let open_quote = t.matches('"').count() % 2 == 1 || t.matches('“').count() > t.matches('”').count();
    !open_quote
        && !matches!(last_significant(t), Some('.' | ',' | ';' | ':' | '…')) && word_count(t, 14) <= 14 && starts_capitalised(t)
}

fn heading_like(t: &str) -> bool {
    // `Q:` and `A:` open the turns of an interview transcript, which is prose.
    let interview = ["Q:", "A:", "Q.", "A."].iter().any(|p| t.starts_with(p));
    !interview
        && title_like(t) && t.chars().count() <= 100 && t.chars().any(char::is_alphabetic) && sentences::split(t).len() == 1
}

/// A first line that reads as a title: one sentence without a trailing comma or colon,
/// and either no final period, or title case, or a short first line of the document.
fn headline_like(t: &str, first_line: bool, more_follows: bool) -> bool {
    let n = word_count(t, 30);
    if n == 0 || n > 30 || !starts_capitalised(t) {
        return false;
    }
    // Title case carries a headline of two or three short sentences (`Jobs Are Back. Is
    // It Enough?`); otherwise a headline is one sentence.
    let sentences = sentences::split(t).len();
    let titled = title_case(t) && sentences <= 3;
    let first = first_line && more_follows && sentences == 1;
    match last_significant(t) {
        Some(',' | ':') => false,
        // Some archives end every headline with `;` or `.`; only the document's very
        // first line is trusted to be a headline so written.
        Some(';') => first,
        Some('.') => titled || (first && n <= 20),
        _ => sentences == 1 || titled,
    }
}

/// Whether every word but short function words is capitalised (`A Friendship Based On
/// Music`), as opposed to sentence case (`How the two met`).
fn title_case(t: &str) -> bool {
    let mut capitalised = 0;
    for w in words(t) {
        let w = w.trim_matches(|c: char| !c.is_alphanumeric());
        let Some(c) = w.chars().next() else { continue };
        if !c.is_alphabetic() {
            continue;
        }
        if c.is_uppercase() {
            capitalised += 1;
        } else if !lexicon::is_title_function_word(w) {
            return false;
        }
    }
    capitalised >= 2
}

/// Two or three capitalised words of letters, the first a common given name.
fn person_name(t: &str) -> bool {
    let ws: Vec<&str> = words(t.trim_end_matches('.')).collect();
    (2..=3).contains(&ws.len())
        && lexicon::is_given_name(ws[0])
        && ws.iter().all(|w| {
            let mut cs = w.chars();
            cs.next().is_some_and(char::is_uppercase) && cs.all(|c| c.is_alphabetic() || c == '-' || c == '\'' || c == '’')
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn phone_numbers_are_found_in_common_forms() {
        assert!(has_phone_number("CALL 844.412.5278 NOW"));
        assert!(has_phone_number("(212) 555-0199"));
        assert!(!has_phone_number("In 2019, 60,000 votes"));
    }

    #[test]
    fn title_case_tells_headline_style_from_sentence_style() {
        assert!(title_case("A Friendship Based On Music"));
        assert!(title_case("Are Two Old Friends Still Close?"));
        assert!(!title_case("How the two old friends met"));
    }
}
