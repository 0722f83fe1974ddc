//! The `quotes` stage: every direct quote, its speaker, and the cue that attributes it.
//!
//! Three steps, each in its own module or function:
//!
//! 1. **Marks** (`marks.rs`): double quote marks of the prose paragraphs are paired into
//!    quoted stretches, recovering locally from stray and missing marks, joining quotes
//!    that run over paragraphs, ignoring marks inside encoding damage. A body paragraph
//!    with no marks that a colon announces as someone's words (`Cole writes:`, `Read
//!    the full statement:`) is one stretch too, a block quote (`block.rs`).
//! 2. **Kind**: a stretch is a title or slogan when it is written in title case and
//!    either sits where works are named (`hits like “Number One”`, a `“...” hat`) or has no
//!    speech cue; it is a scare quote when it is one or two words with no cue. Those go
//!    to `not_quotes`; everything else is a quote.
//! 3. **Attribution** (`cues.rs`), first rule that applies:
//!    - `cue-after`: a speech verb right after the quote, with its subject
//!      (`"...," Legend explained`, `"...," said West`, `"...," he shared`);
//!    - `cue-before`: a speech verb earlier in the quote's sentence (`Legend continued:`,
//!      `West replied,`, `Legend explained that he and West "..."`, `according to X`);
//!    - `same-paragraph`: another quote of the paragraph has a speaker
//!      (`"A," Legend explained. "B."`);
//!    - for a quote that opens its paragraph, the previous prose paragraph (captions,
//!      credits and headings in between are skipped): `colon-intro` (it ends with
//!      `Legend wrote on Twitter:`), `continues-previous-quote` (it ends with a quote),
//!      `cue-in-previous-paragraph` (`He told the UK Sunday Times that ...`),
//!      `named-in-previous-paragraph` (the first person its last sentence names);
//!    - `previous-sentence-subject`: a quote that opens a sentence inside its paragraph
//!      goes to the named subject of the sentence before (`Mr. Brandt describes himself as
//!      ... “Why would I waste ...?”`);
//!    - `recent-speaker`: a quote inside a sentence with no cue goes to the last speaker
//!      of the two paragraphs before (of the one before, for a quote woven into the
//!      writer's words), with low confidence;
//!    - otherwise `no-cue`, speaker null.
//!
//!    The cue forms of `cues.rs`: in an inverted cue the speaker is the name that ends the
//!    noun phrase after the verb (`said Reyes campaign manager Sam Ortiz`, `said Sen. Ruth
//!    Kemp`), or the name in apposition to a possessive phrase (`says Carter’s partner,
//!    Lee Moss`), never a preposition's object (`said of Mr. Baker`); a name right after
//!    the quote is the subject of a verb past its apposition (`“...,” Tom Reyes, director
//!    of a centre at a university, said`) or, after a dash, the speaker (`“...” — Dana
//!    Ortiz`); a clause set off by commas between subject and verb is skipped; a passive
//!    cue (`was asked by X`) gives the quote to its agent or to nobody; phrasal verbs
//!    (`shot back`, `pointed out`) are cues; a short verbless clause ending in a colon
//!    names its one person (`Here is Ortiz in May:`).
//!
//!    A participle cue with no subject of its own after an earlier quote of the sentence
//!    (`“A,” Brandt said, adding, “B”`) takes that quote's speaker, else the sentence's
//!    first name (`participle-clause-subject`). A pronoun the speakers stage resolved to
//!    someone it cannot be (a byline or photo credit, an organisation, a woman for `he`)
//!    is refitted to the nearest earlier quote's speaker, or named person, it fits
//!    (`pronoun-refit`). A cue whose subject word names one person elsewhere in the
//!    article but is no mention here (`Reyes added`) takes that person. A quote after one
//!    whose cue names nobody known keeps that null rather than reaching back to an older
//!    speaker.
//!
//!    A cue whose subject is a text or post (`the text read`) gives the quote to the
//!    text's author (`document-author`), named in the cue (`a letter from Tom Reyes
//!    said`) or before it, never another text, or to the previous quote's speaker when the verb
//!    continues (`the tweet continued`). A pronoun subject takes the person the speakers
//!    stage resolved it to. A cue whose subject is not a person (`a spokesman said`) keeps
//!    its cue and a null speaker.
//!
//! Speaker information comes only from the [`Speakers`] value passed in, and sentences
//! only from the [`Segments`] (a quote's sentence, where its cue is looked for, is the
//! segment stage's sentence that holds it).

#![deny(missing_docs)]

mod block;
mod cues;
mod marks;
mod reported;

use contract::{Cue, MentionForm, NotQuote, NotQuoteKind, Paragraph, Quote, QuoteKind, Quotes, Segments, SpeakerKind, Speakers};
use contract::lexicon::{given_name, is_speech_verb, NameGender, VerbUse};
use contract::ids::IdMaker;
use contract::span::Span;
use rustc_hash::{FxHashMap, FxHashSet};
use cues::{within, Found, Mention, Subject};
use marks::Stretch;

/// Lower-case words right before a title (`hits like “Number One”`).
const TITLE_BEFORE: &[&str] = &[
    "album", "albums", "song", "songs", "single", "singles", "hit", "hits", "track", "book",
    "books", "film", "films", "movie", "movies", "show", "shows", "series", "program",
    "programme", "podcast", "titled", "entitled", "called", "dubbed", "named", "nicknamed",
    "slogan", "hashtag", "like", "headline", "column", "essay", "documentary", "play",
    "musical", "sitcom", "episode", "tour", "campaign", "as", "anthem", "record", "mixtape",
    "painting", "poem", "sign", "signs", "banner", "motto", "phrase", "chant", "chanting",
];

/// Lower-case words right after a slogan or title (`a “Keep Millbrook Green” hat`).
const TITLE_AFTER: &[&str] = &[
    "hat", "hats", "cap", "caps", "shirt", "shirts", "t-shirt", "t-shirts", "sign", "signs",
    "banner", "banners", "sticker", "stickers", "slogan", "button", "buttons", "mug", "tour",
    "campaign", "rally", "movement", "album", "song", "single", "video", "hashtag", "sweatshirt",
    "hoodie", "jersey", "poster", "posters", "tagline", "motto", "doctrine", "segment", "special",
];

/// Small words a title leaves in lower case.
const TITLE_SMALL: &[&str] = &[
    "a", "an", "the", "and", "or", "but", "of", "in", "on", "at", "to", "for", "by", "with",
    "from", "as", "is", "vs", "nor", "up",
];

/// Finds the direct quotes in `text` and attributes each to a speaker.
pub fn quotes(text: &str, segments: &Segments, speakers: &Speakers) -> Quotes {
    let pars: Vec<&Paragraph> = segments.paragraphs.iter().filter(|p| p.kind.is_prose()).collect();
    let mut stretches = marks::stretches(text, &pars, segments);
    let blocks = block::block_quotes(text, &pars);
    if !blocks.is_empty() {
        stretches.extend(blocks);
        stretches.sort_by_key(|s| s.open);
    }
    let mentions = mentions(text, speakers);
    let ids: Vec<&str> = speakers.speakers.iter().map(|s| s.id.as_str()).collect();
    let who = Who::new(text, speakers);

    // kind and own cue of each stretch
    let mut items: Vec<Item> = Vec::new();
    for (i, s) in stretches.iter().enumerate() {
        let prev_close = i.checked_sub(1).map(|p| stretches[p]).filter(|p| p.last_par == s.first_par).map(|p| p.close_end);
        let next_open = stretches.get(i + 1).filter(|n| n.first_par == s.last_par).map(|n| n.open);
        let first = pars[s.first_par].span;
        let last = pars[s.last_par].span;
        let lo = sentence_start(text, pars[s.first_par], prev_close.unwrap_or(first.start()).max(first.start()), s.open);
        let hi = sentence_end(text, pars[s.last_par], s.close_end.min(last.end()), next_open.unwrap_or(last.end()).min(last.end()));
        let after = cues::after(text, s.close_end.min(hi), hi, &mentions);
        let before = cues::before(text, lo, s.open, &mentions, true);
        // an intro that ends right at the mark (`said:`, `replied,`) beats a cue after
        let intro = before.filter(|b| b.gap <= 2 && ends_with_intro(text, b.end, s.open));
        // (an inverted cue at the end of a sentence the writer went on with comes last:
        // `X answered, “...,” and the hall went quiet, recalled Y` is X's)
        let named_before = before.filter(|b| matches!(b.subject, Subject::Person(_)));
        // (a participle after it that names no one, `adding that “...”`, does not beat a named
        // cue before it: `Mr. Reyes said of the vote, “I don't accept it,” adding ...`)
        let participle = |a: &Found| cues::words(text, a.start, a.end).any(|t| t.text.ends_with("ing"));
        let after = after.filter(|a| !(a.subject == Subject::Unnamed && participle(a) && named_before.is_some()));
        // (a quote set inside its sentence's clause after someone named reports there,
        // that closes the sentence on its `.`, is no content of a cue in the next sentence
        // that answers it or adds to it: `Reyes went after Cole, calling her “a career
        // quitter.” Cole answered with a statement.` is not Cole's, nor is `Ortiz praised
        // the crews as “tireless.” She also said ...`. A bare attribution there is the
        // quote's, however it is punctuated, `The plan is “dead on arrival.” Maria Lopez
        // said.`; after a label and its colon or dash the quote opens what follows)
        let set_inside = || text.get(lo..s.open).is_some_and(|b| b.chars().any(char::is_alphanumeric) && !b.trim_end().ends_with([':', '—', '–', '―', '-']));
        let after = after.filter(|a| !(a.start >= s.close_end && closes_its_sentence(text, s, hi) && set_inside() && answers_or_adds(text, a) && reported_by_someone(text, &mentions, lo, s.open)));
        let own = intro
            .or(after)
            .or(named_before)
            .or_else(|| signature(text, &pars, s, &mentions))
            .or_else(|| cues::inverted_at_the_end(text, s.close_end.min(hi), hi, &mentions))
            .or(before);
        let kind = kind(text, s, own.is_some(), lo);
        let partial = woven(text, lo, s.open);
        let reach = items.last().map_or(0, |p: &Item| p.reach).max(s.close_end);
        items.push(Item { s: *s, partial, own, kind, speaker: None, rule: "no-cue", confidence: 0.0, cue: None, reach, sentence: (lo, hi) });
    }
    debug_assert!(items.windows(2).all(|w| w[0].s.open <= w[1].s.open), "stretches come in document order");

    // attribution, in document order so later quotes can lean on earlier ones
    for i in 0..items.len() {
        if items[i].kind.is_some() {
            continue;
        }
        attribute(text, &pars, &mentions, &who, &mut items, i);
    }

    // reported speech, read around the quote marks: a woven quote inside a reported
    // content becomes that content's quoted words
    // (a show's name after its outlet is words of the sentence, `said on ABC's “Harbour
    // Hour” on Monday that ...`; a name inside it is still no subject)
    let show = |it: &Item| it.kind.is_some_and(|(_, rule)| rule == OUTLETS_SHOW || rule == TITLE_IN_CONTEXT);
    let areas: Vec<(usize, usize)> = items.iter().filter(|it| !show(it)).map(|it| (it.s.open, it.s.close_end)).collect();
    let shows: Vec<(usize, usize)> = items.iter().filter(|it| show(it)).map(|it| (it.s.open, it.s.close_end)).collect();
    let in_show = |m: &Mention| shows.iter().any(|&(a, b)| a <= m.start && m.start < b);
    let outside_shows: Vec<Mention> = if shows.is_empty() { Vec::new() } else { mentions.iter().filter(|m| !in_show(m)).copied().collect() };
    let mut absorbed = vec![false; items.len()];
    let mut found: Vec<Found2> = Vec::new();
    let mut reports = reported::reported(text, &pars, if shows.is_empty() { &mentions } else { &outside_shows }, &areas);
    // (a title's own words report nothing, and the verb that names it reports no
    // content: `a film called “Harbour Life”`, `a show titled “Harbour Hour” that ...`)
    let naming_verb = |r: &reported::Reported| cues::last_tok(text, r.cue.0, r.cue.1).is_some_and(|t| NAMING_VERBS.iter().any(|n| t.text.eq_ignore_ascii_case(n)));
    let names_a_title = |r: &reported::Reported| {
        let in_title = shows.iter().any(|&(open, close)| open <= r.cue.0 && r.cue.0 < close);
        let before_title = || shows.iter().any(|&(open, _)| open >= r.cue.1 && text.get(r.cue.1..open).is_some_and(|g| g.trim_matches([' ', ',']).is_empty()));
        !shows.is_empty() && (in_title || (naming_verb(r) && before_title()))
    };
    reports.retain(|r| !names_a_title(r));
    // (nor does a verb that names what its subject is called when the name is the next
    // report's subject: `A group called Eastvale First said the bridge was unsafe` is the
    // group's report, not a report of calling)
    let cue_starts: Vec<usize> = reports.iter().map(|r| r.cue.0).collect();
    let names_a_speaker = |r: &reported::Reported| {
        if !naming_verb(r) {
            return false;
        }
        let Some(&(from, to)) = r.parts.first() else { return false };
        let words = cues::toks(text, from, to);
        // (a common noun before the verb, `a group called`, not a name or a pronoun:
        // `Reyes called Cole's plans ...`; and no possessive in the name)
        let before = cues::last_tok(text, 0, r.cue.0);
        let noun = before.is_some_and(|t| {
            let w = t.text.to_lowercase();
            t.text.starts_with(char::is_lowercase) && !w.ends_with("ly") && !["he", "she", "they", "it", "who", "which", "that", "has", "had", "have", "was", "were", "is", "are", "also", "then", "once", "and", "but"].contains(&w.as_str())
        });
        let name = words.iter().take_while(|t| t.text.starts_with(char::is_uppercase) && !t.text.ends_with("'s") && !t.text.ends_with("’s")).count();
        noun && (1..=4).contains(&name) && words.get(name).is_some_and(|t| cue_starts.contains(&t.start) && text.get(words[name - 1].end..t.start) == Some(" "))
    };
    reports.retain(|r| !names_a_speaker(r));
    // A report inside another report's content is part of what was reported, not a
    // report of its own: `Lopez said Baker believes the bridge will fall` is one report,
    // Lopez's, whose content holds what she says Baker believes. The writer attributes
    // only the outer one; taking the inner as Baker's would put words in Baker's mouth
    // on Lopez's say-so (and PolNeAR's annotators never nest either).
    let contents = Contents::new(&reports);
    let nested = |r: &reported::Reported| contents.holds_cue(r.cue);
    let mut seen: FxHashSet<Vec<(usize, usize)>> = FxHashSet::default();
    for r in reports.iter().filter(|r| !nested(r)) {
        let Some(mut f) = finish(text, r, &items, &mut absorbed) else { continue };
        // (a cue that ends on a title's last word takes its closing mark: `told viewers
        // of the show “Harbour Life”`, not `... “Harbour Life`)
        if let Some(&(_, close)) = shows.iter().find(|&&(open, close)| open < f.cue.1 && f.cue.1 < close) {
            f.cue.1 = close;
        }
        if seen.insert(f.ranges.clone()) {
            found.push(f);
        }
    }

    let mut out = Quotes::default();
    let mut quotes: Vec<Quote> = Vec::new();
    let span_of = |(a, b): (usize, usize)| Span::within(text, a, b).ok();
    let cue_of = |c: Option<(usize, usize)>| c.and_then(span_of).map(|span| Cue { span, text: text[span.start()..span.end()].to_string() });
    let report_cues: Vec<(usize, usize)> = found.iter().map(|f| f.cue).collect();
    // (a woven quote past a report's content, in its sentence, whose cue's verb is the
    // report's cue, for the same speaker, shares that cue: the one verb reports both, as
    // the stretches of a quote split by its attribution share theirs: `Lopez pledged that
    // the bridge “really is” safe, but wants “firmer and fairer” rules`)
    let report_cue = |it: &Item| -> Option<(usize, usize)> {
        let (start, end) = it.cue?;
        let verb = cues::last_tok(text, start, end)?;
        // (past the report's content: a quote before it or inside its cue's phrase is as
        // often a title, `questioned on ABC's “Harbour Hour” Mr. Reyes's record`)
        let past = |f: &Found2| f.ranges.last().is_some_and(|r| r.1 <= it.s.open);
        // (with no one else named between them, and nothing set off, to whom the quote may
        // belong instead: `said the bridge is safe, but Tom Reyes wants “...”`, `..., but
        // the bill, known as “the Span Act,”`; only a comma right after the content)
        let plain = |f: &Found2| {
            let end = f.ranges.last().map_or(f.cue.1, |r| r.1);
            !set_off(text, end, it.s.open) && within(&mentions, end, it.s.open).next().is_none()
        };
        // (nor a title or a name in capitals: `wants “Hamilton” tickets`)
        (!title_cased_span(text, it.s.start, it.s.end)).then(|| found.iter().find(|f| f.cue.0 <= verb.start && verb.end <= f.cue.1 && f.speaker == it.speaker && past(f) && plain(f) && one_sentence(text, f.cue.1, it.s.open)).map(|f| f.cue)).flatten()
    };
    // (a cue two quotes share reports neither alone: `said ..., “A,” after a brief “B”`)
    let mut cues_given: FxHashMap<(usize, usize), usize> = FxHashMap::default();
    for c in items.iter().filter_map(|it| it.cue) {
        *cues_given.entry(c).or_default() += 1;
    }
    for (i, item) in items.into_iter().enumerate() {
        let Ok(span) = Span::within(text, item.s.start, item.s.end) else { continue };
        let words = text[span.start()..span.end()].to_string();
        if absorbed[i] {
            continue;
        }
        if let Some((kind, rule)) = item.kind {
            out.not_quotes.push(NotQuote { span, text: words, kind, rule: rule.to_string() });
            continue;
        }
        // a woven quote no reported content took in: mixed, its own words quoted, the
        // content what its cue's verb reports when that is plain
        let content = (item.partial && item.cue.is_some_and(|c| cues_given[&c] == 1)).then(|| woven_content(text, &item, &report_cues)).flatten().and_then(|(a, b)| Span::within(text, a, b).ok()).unwrap_or(span);
        let cue = if item.partial { report_cue(&item).or(item.cue) } else { item.cue };
        quotes.push(Quote {
            id: String::new(),
            kind: if item.partial { QuoteKind::Mixed } else { QuoteKind::Direct },
            span: content,
            text: text[content.start()..content.end()].to_string(),
            speaker: item.speaker.and_then(|p| ids.get(p)).map(|s| s.to_string()),
            cue: cue_of(cue),
            quoted: if item.partial { vec![span] } else { Vec::new() },
            parts: Vec::new(),
            // how the marks were read matters to a reviewer when they were repaired
            rule: Some(match item.s.how {
                marks::How::Paired => item.rule.to_string(),
                how => format!("{} ({})", item.rule, how.name()),
            }),
            confidence: Some(item.confidence),
        });
    }
    let first_report = quotes.len();
    for f in found {
        let ranges: Vec<Span> = f.ranges.iter().filter_map(|&r| span_of(r)).collect();
        let (Some(first), Some(last)) = (ranges.first(), ranges.last()) else { continue };
        let Ok(span) = Span::within(text, first.start(), last.end()) else { continue };
        let quoted: Vec<Span> = f.quoted.iter().filter_map(|&r| span_of(r)).collect();
        quotes.push(Quote {
            id: String::new(),
            kind: if quoted.is_empty() { QuoteKind::Indirect } else { QuoteKind::Mixed },
            span,
            text: text[span.start()..span.end()].to_string(),
            speaker: f.speaker.and_then(|p| ids.get(p)).map(|s| s.to_string()),
            cue: cue_of(Some(f.cue)),
            quoted,
            parts: if ranges.len() > 1 { ranges } else { Vec::new() },
            rule: Some(f.rule.to_string()),
            confidence: Some(f.confidence),
        });
    }
    // (the items the report rules made; the headline's titles are only appended after them)
    let reports = first_report..quotes.len();
    echo_headline_titles(text, &pars, &mut out.not_quotes, &mut quotes);
    debug_assert!(quotes[reports.clone()].iter().all(|q| q.kind != QuoteKind::Direct), "the report rules' items stay where they were put");
    share_cues(text, &mentions, &ids, &mut quotes, reports);
    quotes.sort_by_key(|q| (q.span, q.kind));
    let mut idm = IdMaker::new();
    for q in &mut quotes {
        q.id = idm.make("q", &q.text);
    }
    out.quotes = quotes;
    out
}

/// Items of one speaker whose cues overlap were attributed by one act of speech, and
/// show it with one cue, as the stretches of a quote split by its attribution share theirs
/// (`“A,” Reyes said, “B.”`). The quote rules and the report rules read a cue apart: in
/// `The pier is “safe,” says Maria Lopez. “We checked it twice.”` the first is a report
/// whose cue is `says` and the second a quote whose cue was `says Maria Lopez`, and a
/// report followed by a quote in the next paragraph had `told the Harbour Herald` for one
/// and `He told` for the other. A group (one speaker's items in a run of cues each
/// overlapping the next) with a report in it takes the report's cue, the shortest when
/// several overlap every cue of the group: the verb and what it needs, not the subject and
/// an apposition that a quote's cue reaches back over. An item joins only when its own
/// verb, the last in its cue, lies in that cue: a quote's cue that reaches back over a
/// report of another verb is no share of it (`Reyes praised the crews, telling the Herald:
/// “...”` is told, not praised), nor is a relative clause's report (`“...,” Cole, who
/// predicted a landslide, now admits`). A quote after the report joins only when nothing
/// but its speaker's own name stands between it and the report or the quote that joined
/// before it (`..., but Reyes wants “...”` is not; `She disagreed. “...”` is not), and it
/// is no title in capitals; a quote before the cue, when no one else is named between
/// them. A group of quotes alone keeps its cues. `reports` are the indices of the items
/// the report rules made; `ids` the speakers' ids, by the index `mentions` name them by.
fn share_cues(text: &str, mentions: &[Mention], ids: &[&str], quotes: &mut [Quote], reports: std::ops::Range<usize>) {
    let cue = |q: &Quote| q.cue.as_ref().map_or((0, 0), |c| (c.span.start(), c.span.end()));
    // (the items by where their cues start; a sweep finds the overlapping runs, and each
    // speaker's items in a run are a group: different speakers' cues seldom overlap, and
    // comparing offsets is cheaper than comparing ids)
    let mut order: Vec<(usize, (usize, usize))> = (0..quotes.len()).filter(|&i| quotes[i].speaker.is_some() && quotes[i].cue.is_some()).map(|i| (i, cue(&quotes[i]))).collect();
    order.sort_unstable_by_key(|&(i, c)| (c, i));
    let mut runs: Vec<Vec<(usize, (usize, usize))>> = Vec::new();
    let mut i = 0;
    while i < order.len() {
        let (mut j, mut reach) = (i + 1, order[i].1 .1);
        while j < order.len() && order[j].1 .0 < reach {
            reach = reach.max(order[j].1 .1);
            j += 1;
        }
        let run = &order[i..j];
        i = j;
        if run.len() < 2 || !run.iter().any(|&(k, _)| reports.contains(&k)) {
            continue;
        }
        let mut rest = run.to_vec();
        while let Some(&(first, _)) = rest.first() {
            let (same, other): (Vec<_>, Vec<_>) = rest.into_iter().partition(|&(k, _)| quotes[k].speaker == quotes[first].speaker);
            runs.push(same);
            rest = other;
        }
    }
    for group in &runs {
        if group.len() < 2 || !group.iter().any(|&(k, _)| reports.contains(&k)) {
            continue;
        }
        let overlaps_all = |c: (usize, usize)| group.iter().all(|&(_, s)| s.0 < c.1 && c.0 < s.1);
        let Some(&(k, (a, b))) = group.iter().filter(|&&(k, c)| reports.contains(&k) && overlaps_all(c)).min_by_key(|&&(_, (a, b))| (b - a, a)) else { continue };
        if cues::last_tok(text, 0, a).is_some_and(|t| t.in_list(&["who", "which", "that"])) {
            continue;
        }
        let own_verb_inside = |c: (usize, usize)| cues::words(text, c.0, c.1).filter(|t| contract::lexicon::is_cue_or_reporting_verb(t.text)).last().is_some_and(|t| a <= t.start && t.end <= b);
        let speaker = quotes[k].speaker.clone();
        let ours = |m: &&Mention| ids.get(m.speaker).copied() == speaker.as_deref();
        // (nothing but the speaker's own name: every word of the gap lies in a mention of it)
        let bare = |from: usize, to: usize| {
            let named: Vec<(usize, usize)> = within(mentions, from, to).filter(ours).map(|m| (m.start, m.end)).collect();
            cues::words(text, from, to).all(|t| named.iter().any(|&(s, e)| s <= t.start && t.end <= e))
        };
        let shared = quotes[k].cue.clone();
        let mut members: Vec<(usize, (usize, usize))> = group.iter().copied().filter(|&(g, _)| g != k).collect();
        members.sort_by_key(|&(g, _)| quotes[g].span.start());
        let mut from = b.max(quotes[k].span.end());
        let mut join = Vec::new();
        for (g, c) in members {
            let q = &quotes[g];
            let open = q.quoted.first().unwrap_or(&q.span).start();
            let joins = if reports.contains(&g) {
                own_verb_inside(c)
            } else if q.span.end() <= a {
                own_verb_inside(c) && within(mentions, q.span.end(), a).all(|m| ours(&m))
            } else if from <= open {
                let fits = own_verb_inside(c) && bare(from, open) && !q.quoted.iter().chain([&q.span]).any(|s| title_cased_span(text, s.start(), s.end()));
                if !fits {
                    // (a quote that does not join ends the run: the ones after it are further
                    // from the report than it is)
                    from = usize::MAX;
                    continue;
                }
                from = q.span.end();
                true
            } else {
                false
            };
            if joins {
                join.push(g);
            }
        }
        for g in join {
            quotes[g].cue.clone_from(&shared);
        }
    }
}

/// Whether something is set off between a report's content ending at `end` and a quote
/// opening at `open`, past a comma right after the content: an aside or a clause of its
/// own, in which the quote may be someone else's or a name (`..., but the bill, known as
/// “...”`).
fn set_off(text: &str, end: usize, open: usize) -> bool {
    let gap = text.get(end..open).unwrap_or(";");
    let gap = gap.trim_start().strip_prefix(',').unwrap_or(gap);
    gap.contains([',', ';', ':', '(', ')', '—', '–'])
}

/// Whether every word in `start..end` is capitalised: a title or a name in capitals
/// (`“Hamilton”`), as often as a quote.
fn title_cased_span(text: &str, start: usize, end: usize) -> bool {
    text.get(start..end).is_some_and(|q| q.split_whitespace().all(|w| w.starts_with(|c: char| c.is_uppercase() || !c.is_alphanumeric())))
}

/// A headline's words in quote marks that the body quotes as someone's are that quote,
/// not a work's title, however they are cased: `Reyes Radio Spot: I Will Protect Jobs from
/// Cole’s “War on Industry` over a body that has Reyes `claiming ... Cole has launched a
/// "War on Industry"`. A headline capitalises every word, so its quotes look like titles
/// ([`kind`]); the body, which gives the words to someone, settles it. The words
/// must be the same (case, marks and punctuation aside), and the body's a phrase woven
/// into the writer's sentence and given to someone (a mixed item's quoted words), not
/// after `the` or a possessive, which make it a name; a film's, a book's or a law's name
/// stays a title even when a person says it (a review's cases: `“Open water,” Mrs.
/// Cole said`, `said the “Clean Harbour Act” would`). The headline's quote takes
/// the body phrase's speaker.
fn echo_headline_titles(text: &str, pars: &[&Paragraph], not_quotes: &mut Vec<NotQuote>, quotes: &mut Vec<Quote>) {
    let words = |s: Span| -> Vec<String> {
        s.slice(text).unwrap_or("").split(|c: char| !c.is_alphanumeric() && c != '\'' && c != '’').filter(|w| !w.is_empty()).map(str::to_lowercase).collect()
    };
    let headlines: Vec<Span> = pars.iter().filter(|p| p.kind == contract::ParagraphKind::Headline).map(|p| p.span).collect();
    let in_headline = |s: Span| headlines.iter().any(|h| h.contains(s));
    // (a name's article or possessive before the body's words makes them a name again:
    // `said the “Clean Harbour Act” would`)
    let named = |r: Span| {
        let before = text.get(..r.start()).unwrap_or("").trim_end_matches(|c: char| c.is_whitespace() || "\"“‘'".contains(c));
        let word = before.rsplit(|c: char| !c.is_alphanumeric() && c != '\'' && c != '’').next().unwrap_or("");
        word.eq_ignore_ascii_case("the") || word.ends_with("'s") || word.ends_with("’s") || (word.ends_with('s') && before.ends_with(['\'', '’']))
    };
    // the body's woven quotes, with their speakers: a phrase the writer's sentence gives
    // someone (`claiming ... Cole has launched a "War on Industry"`), not a whole line a
    // person speaks, which may say a work's name (`“Open water,” Mrs. Cole said`)
    let quoted: Vec<(Vec<String>, Option<String>)> = quotes
        .iter()
        .filter(|q| !in_headline(q.span) && q.kind == QuoteKind::Mixed)
        .flat_map(|q| q.quoted.iter().filter(|r| !named(**r)).map(move |r| (words(*r), q.speaker.clone())))
        .collect();
    not_quotes.retain(|n| {
        if n.kind != NotQuoteKind::Title || !in_headline(n.span) {
            return true;
        }
        let own = words(n.span);
        let Some((_, speaker)) = quoted.iter().find(|(w, speaker)| !own.is_empty() && *w == own && speaker.is_some()) else { return true };
        quotes.push(Quote {
            id: String::new(),
            kind: QuoteKind::Direct,
            span: n.span,
            text: n.text.clone(),
            speaker: speaker.clone(),
            cue: None,
            quoted: Vec::new(),
            parts: Vec::new(),
            rule: Some("headline-echo".to_string()),
            confidence: Some(0.6),
        });
        false
    });
}

/// The content ranges of every report, sorted by start, to ask whether a cue stands
/// inside another cue's content in a binary search (a long document has thousands).
struct Contents {
    starts: Vec<usize>,
    /// Up to each range: the furthest end, with its cue, and the furthest end among
    /// the ranges of any other cue than that one.
    best: Vec<Furthest>,
}

/// A content range's end and its report's cue.
type Reached = (usize, (usize, usize));

/// The furthest-reaching range so far, and the furthest of any other cue's.
type Furthest = (Reached, Option<Reached>);

impl Contents {
    fn new(reports: &[reported::Reported]) -> Contents {
        let mut parts: Vec<(usize, usize, (usize, usize))> = reports.iter().flat_map(|r| r.parts.iter().map(|&(s, e)| (s, e, r.cue))).collect();
        parts.sort_unstable();
        let mut best = Vec::with_capacity(parts.len());
        let mut top: Option<Furthest> = None;
        for &(_, e, cue) in &parts {
            top = Some(match top {
                None => ((e, cue), None),
                Some((b1, b2)) if b1.1 == cue => ((b1.0.max(e), cue), b2),
                Some((b1, _)) if e > b1.0 => ((e, cue), Some(b1)),
                Some((b1, b2)) => (b1, Some(b2.filter(|b| b.0 >= e).unwrap_or((e, cue)))),
            });
            best.extend(top);
        }
        Contents { starts: parts.iter().map(|p| p.0).collect(), best }
    }

    /// Whether `cue` lies inside a content range of a report with another cue.
    fn holds_cue(&self, cue: (usize, usize)) -> bool {
        let k = self.starts.partition_point(|&s| s <= cue.0);
        let Some(&(b1, b2)) = k.checked_sub(1).and_then(|k| self.best.get(k)) else { return false };
        let other = if b1.1 != cue { Some(b1) } else { b2 };
        other.is_some_and(|(e, _)| e >= cue.1)
    }
}

/// A reported-speech item ready to write: its content with the direct quotes cut out.
struct Found2 {
    ranges: Vec<(usize, usize)>,
    quoted: Vec<(usize, usize)>,
    cue: (usize, usize),
    speaker: Option<usize>,
    rule: &'static str,
    confidence: f64,
}

/// Cuts the quotes that stand on their own out of a reported content (they are direct
/// items of their own), trims each range, and takes in the woven quotes inside as its
/// quoted words. `None` when nothing but quotes was left.
fn finish(text: &str, r: &reported::Reported, items: &[Item], absorbed: &mut [bool]) -> Option<Found2> {
    // a quote with its own cue after it (`“...,” she said`) stands on its own, woven or not;
    // but a woven quote whose cue is this report's verb is this report's quoted words
    // (`Right now, the council is “doing everything it can,” he said.`: one item)
    let same_cue = |it: &Item| it.cue.is_some_and(|c| c.0 < r.cue.1 && r.cue.0 < c.1);
    let alone = |it: &Item| {
        let cue_right_after = it.own.is_some_and(|f| {
            f.start >= it.s.close_end && f.subject != cues::Subject::Unnamed && text.get(it.s.close_end..f.start).is_some_and(|g| !g.chars().any(char::is_alphanumeric))
        });
        it.kind.is_none() && (!it.partial || (cue_right_after && !same_cue(it)))
    };
    let mut ranges: Vec<(usize, usize)> = Vec::new();
    for &(s0, e) in &r.parts {
        let mut s = s0;
        let from = items.partition_point(|it| it.reach <= s0);
        for it in items[from..].iter().take_while(|it| it.s.open < e).filter(|it| alone(it) && it.s.close_end > s0) {
            if it.s.open > s {
                ranges.push((s, it.s.open));
            }
            s = s.max(it.s.close_end);
        }
        if s < e {
            ranges.push((s, e));
        }
    }
    let ranges: Vec<(usize, usize)> = ranges.into_iter().filter_map(|(s, e)| trim(text, s, e)).collect();
    // what is left of a content after its quotes is a clause, or nothing worth an item;
    // the object of an attitude may be one name (`criticized Reyes`, `support for Lopez`),
    // an answer one word (`said no`), a relative clause's object its relative word
    // (`what Cole said`), and a passive report's subject one (`Donations were disclosed
    // by the board`)
    let words: usize = ranges.iter().map(|&(s, e)| words_in(text.get(s..e).unwrap_or(""))).sum();
    // (an infinitive may be two words, `declined to comment`: a verb after `to`, not a
    // preposition's object, `agreed to it`, `agreed to terms`)
    let infinitive = ranges.first().and_then(|&(s, e)| text.get(s..e)).is_some_and(|c| {
        c.strip_prefix("to ").and_then(|r| r.split_whitespace().next()).is_some_and(|w| {
            let w = w.trim_end_matches(|ch: char| !ch.is_alphanumeric());
            w.starts_with(char::is_lowercase) && !matches!(w, "it" | "them" | "him" | "her" | "us" | "me" | "this" | "that") && !(w.ends_with('s') && !w.ends_with("ss") && !w.ends_with("us"))
        })
    });
    // (a clause cut short after its auxiliary, its verb understood from before, is two:
    // `Ann Cole said she would.`, `They said Reyes could.`)
    // (only a content whose words no quote cut down to two: `she has “fixed the
    // ferries”` is a mixed item's)
    let elided = || {
        let untouched = ranges.len() == r.parts.len() && ranges.iter().zip(&r.parts).all(|(&got, &(s, e))| trim(text, s, e) == Some(got));
        if !untouched {
            return false;
        }
        let mut ws = ranges.iter().flat_map(|&(s, e)| text.get(s..e).unwrap_or("").split_whitespace());
        let (Some(subject), Some(auxiliary), None) = (ws.next(), ws.next(), ws.next()) else { return false };
        let auxiliary = auxiliary.trim_end_matches(|c: char| !c.is_alphanumeric());
        (["he", "she", "they", "we", "i", "it", "you"].contains(&subject) || subject.starts_with(char::is_uppercase)) && contract::lexicon::AUXILIARIES.contains(&auxiliary)
    };
    let least = if matches!(r.rule, "reported-attitude" | "reported-nominal" | "reported-answer" | "reported-relative" | "reported-received" | "reported-by-agent") {
        1
    } else if infinitive || (r.rule == "reported-clause" && words == 2 && elided()) {
        2
    } else {
        3
    };
    if words < least {
        return None;
    }
    let mut ranges = ranges;
    let mut quoted = Vec::new();
    let mut speaker = r.speaker;
    // only the quotes that can reach a range: from the first whose marks reach its start
    // to the first that opens after every range's end
    let lo = ranges.iter().map(|r| r.0).min().unwrap_or(0);
    let mut hi = ranges.iter().map(|r| r.1).max().unwrap_or(0);
    let from = items.partition_point(|it| it.reach < lo);
    for (i, it) in items.iter().enumerate().skip(from) {
        if it.s.open > hi + 3 {
            break;
        }
        // (a quote of this report's cue right after a range, `Kemp said that whatever
        // voters decide, “they should not ...”`, continues it)
        // (only across a comma or a space: a colon introduces a quote of its own, and a
        // sentence's end ends the content)
        let touches = |e: usize| same_cue(it) && it.s.open >= e && text.get(e..it.s.open).is_some_and(|g| g.len() <= 3 && g.chars().all(|c| c == ',' || c == ' '));
        let Some(range) = ranges.iter_mut().find(|(s, e)| (*s <= it.s.end && it.s.start < *e && !alone(it)) || touches(*e)) else { continue };
        // the content takes in the quote's marks too, so none is left unpaired; a title's
        // as well, which is words of the content, not quoted ones; a short quote with no
        // cue of its own is the reporting speaker's words here, not a scare quote
        // (`dismissed the report as “fake news”`)
        range.0 = range.0.min(it.s.open);
        range.1 = range.1.max(it.s.close_end);
        hi = hi.max(range.1);
        if it.kind.is_none_or(|(kind, _)| kind == NotQuoteKind::Scare) {
            absorbed[i] = true;
            quoted.push((it.s.start, it.s.end));
            speaker = speaker.or(it.speaker);
        }
    }
    Some(Found2 { ranges, quoted, cue: r.cue, speaker, rule: r.rule, confidence: if speaker.is_some() { r.confidence.max(0.5) } else { 0.0 } })
}

/// `"... is headed for the top floor."¶¶- Ann Cole.`: the paragraph right after
/// the one the quote ends, when it is a dash and a name (a title or two may lead it, a
/// few words may follow: `-Mayor Reyes, tweeting after the vote.`), signs the quote.
fn signature(text: &str, pars: &[&Paragraph], s: &Stretch, mentions: &[Mention]) -> Option<Found> {
    let par = pars[s.last_par];
    if text.get(s.close_end..par.span.end())?.chars().any(char::is_alphanumeric) {
        return None;
    }
    let next = pars.get(s.last_par + 1)?;
    // (right after: a caption or a credit between them signs nothing)
    if !text.get(par.span.end()..next.span.start())?.trim().is_empty() {
        return None;
    }
    let line = text.get(next.span.start()..next.span.end())?;
    let body = line.trim_start().strip_prefix(['-', '–', '—', '―'])?;
    let at = next.span.end() - body.len();
    if cues::words(text, at, next.span.end()).nth(12).is_some() {
        return None;
    }
    let m = cues::mentions_in(mentions, at, next.span.end()).next().filter(|m| !m.pronoun)?;
    let lead = cues::toks(text, at, m.start);
    let titled = lead.len() <= 2 && lead.iter().all(|t| t.text.starts_with(char::is_uppercase));
    titled.then_some(Found { start: m.start, end: m.end, subject: Subject::Person(m.speaker), continues: false, gap: 0 })
}

/// How many words (runs of letters and digits) `text` holds.
fn words_in(text: &str) -> usize {
    let mut n = 0;
    let mut in_word = false;
    for c in text.chars() {
        let w = c.is_alphanumeric();
        n += usize::from(w && !in_word);
        in_word = w;
    }
    n
}

/// `s..e` without white space and clause punctuation at its ends; `None` when no letter
/// or digit is left.
fn trim(text: &str, s: usize, e: usize) -> Option<(usize, usize)> {
    let slice = text.get(s..e)?;
    let junk = |c: char| c.is_whitespace() || matches!(c, ',' | ';' | ':' | '.' | '—' | '–' | '-' | '(' | ')');
    let head = slice.len() - slice.trim_start_matches(junk).len();
    let inner = slice.trim_matches(junk);
    inner.chars().any(char::is_alphanumeric).then(|| (s + head, s + head + inner.len()))
}

/// Whether `text[a..b]` lies in one sentence: no line break, and no `.`, `?` or `!`
/// (with the closing marks after it) followed by white space and a capital or an opening
/// mark. An abbreviation before a name (`Mr. Reyes`) reads as an end: the caller then
/// does without.
fn one_sentence(text: &str, a: usize, b: usize) -> bool {
    let Some(gap) = text.get(a..b) else { return false };
    !gap.contains('\n')
        && gap.match_indices(['.', '?', '!']).all(|(i, _)| {
            let rest = gap[i + 1..].trim_start_matches(['"', '\'', '”', '’']);
            let next = rest.trim_start();
            !(next.len() < rest.len() && next.starts_with(|c: char| c.is_uppercase() || matches!(c, '"' | '“' | '‘')))
        })
}

/// A stretch on its way to becoming a quote.
struct Item {
    s: Stretch,
    /// Whether the quote is woven into the writer's sentence.
    partial: bool,
    own: Option<Found>,
    kind: Option<(NotQuoteKind, &'static str)>,
    speaker: Option<usize>,
    rule: &'static str,
    confidence: f64,
    cue: Option<(usize, usize)>,
    /// The furthest `close_end` of this item and every one before it, so that
    /// [`inside_quote`] is a binary search, not a scan of every quote.
    reach: usize,
    /// The quote's sentence, from after the quote before it to before the quote after
    /// it (both in the same paragraph).
    sentence: (usize, usize),
}

/// Person mentions, sorted by position, outside nothing: the cue finder decides where
/// to look.
fn mentions(text: &str, speakers: &Speakers) -> Vec<Mention> {
    let mut out: Vec<Mention> = Vec::new();
    for (i, s) in speakers.speakers.iter().enumerate() {
        for m in &s.mentions {
            if m.span.check(text).is_ok() {
                let is = |words: &[&str]| words.iter().any(|w| m.text.eq_ignore_ascii_case(w));
                let pronoun = m.form == MentionForm::Pronoun || is(&["he", "she", "him", "his", "her", "they"]);
                let possessive = pronoun && is(&["his", "her", "hers", "their", "its"]);
                out.push(Mention { start: m.span.start(), end: m.span.end(), speaker: i, pronoun, possessive, document: s.kind == SpeakerKind::Document, generic: s.kind == SpeakerKind::Group && m.form == MentionForm::Description && m.text.chars().all(char::is_lowercase) });
            }
        }
    }
    out.sort_by_key(|m| (m.start, m.end));
    out
}

/// Whether the quoted words of `s` end their sentence: they close on `.` (the quote's
/// own, inside its marks; after `?` or `!` an inverted cue goes on with the sentence,
/// `“Why now?” Ann Cole asked.`) and the next word, before `hi`, opens a sentence.
fn closes_its_sentence(text: &str, s: &Stretch, hi: usize) -> bool {
    text.get(s.start..s.end).is_some_and(|q| q.trim_end().ends_with('.')) && cues::words(text, s.close_end, hi).next().is_some_and(|t| t.text.starts_with(char::is_uppercase))
}

/// Whether the cue `a` answers what was said or adds to it, an act of its speaker's own:
/// its verb is one of reply or agreement (`Cole answered`, `Reyes agreed`, `fired
/// back`), or `also` or `then` stands right before the verb (`She also said`, `Mills
/// then wrote`; not inside an apposition, `Dana Ortiz, then the mayor, said`).
fn answers_or_adds(text: &str, a: &cues::Found) -> bool {
    const ANSWERS: &[&str] =
        &["answered", "answers", "replied", "replies", "responded", "responds", "retorted", "retorts", "countered", "counters", "agreed", "agrees", "disagreed", "disagrees", "objected", "objects", "laughed", "laughs"];
    let ws: Vec<cues::Tok> = cues::words(text, a.start, a.end).collect();
    let Some(last) = ws.last() else { return false };
    let adds = ws.len().checked_sub(2).map(|i| ws[i]).is_some_and(|w| w.in_list(&["also", "then"]) && text.get(w.end..last.start).is_some_and(|g| g.trim().is_empty()));
    last.in_list(ANSWERS) || last.is_word("back") || adds
}

/// Whether someone named in `lo..open` reports with a verb there, before the quote:
/// `Tom Reyes called the audit “...”`, `Reyes went after Cole, calling her “...”` (not
/// `The plan is “...”`, nor `Asked about the toll, “...”`, whose speaker is named after).
fn reported_by_someone(text: &str, mentions: &[Mention], lo: usize, open: usize) -> bool {
    cues::words(text, lo, open).any(|w| contract::lexicon::is_cue_or_reporting_verb(w.text) && cues::mentions_in(mentions, lo, w.start).next().is_some())
}

/// Whether a quote is woven into its sentence: words come before it that are neither
/// an intro (`said:`, `replied,`) nor end with a speech verb (`West replied "..."`).
fn woven(text: &str, lo: usize, open: usize) -> bool {
    let before = text.get(lo..open).unwrap_or("").trim_end();
    let Some(last) = cues::last_tok(text, lo, open) else { return false };
    let tail = text.get(last.end..open).unwrap_or("");
    !(before.is_empty() || before.ends_with([':', ',', '(', '—', '-']) || (tail.trim().is_empty() && cues::is_verb(last.text, false)))
}

/// The reported content a woven quote is part of, when its cue's verb stands before it
/// in its sentence and what lies between is the verb's complement (`Tom Becker sniped
/// that Lopez, a first-time mayor, was "still finding her feet,"`, `Ann Cole described
/// Reyes as a “monument to everything wrong with the council”`, `Maria Lopez bemoaned
/// the climate in which neighbours “no longer wave to one another” because they disagree
/// over the toll`): from the first word after the verb (past adverbs, or past its
/// `that`) to the quote's end, or on to the end of its clause when the quoted words do
/// not close it ([`woven_tail`]). None when the verb is passive, a colon, dash or bracket
/// stands between, another verb of speech or a participle nearer the quote reports it,
/// the marks set off a title or a name, the quote stands in another report's cue, or
/// more than twenty words stand between. `report_cues` are the reported items' cues.
fn woven_content(text: &str, it: &Item, report_cues: &[(usize, usize)]) -> Option<(usize, usize)> {
    let (lo, hi) = it.sentence;
    let (cue_start, cue_end) = it.cue?;
    // (nor when the cue is a report's own: that report holds what the verb reports, `Holt
    // accused the council of lying, and Reyes of being “a fraud”`)
    if cue_start < lo || cue_end > it.s.open || report_cues.iter().any(|c| c.0 < it.s.close_end && it.s.open < c.1 || *c == (cue_start, cue_end)) {
        return None;
    }
    let verb = cues::last_tok(text, cue_start, cue_end)?;
    if !contract::lexicon::is_cue_or_reporting_verb(verb.text) || verb.end != cue_end {
        return None;
    }
    // (a participle after a determiner or a possessive is an adjective: `the reported
    // gas leak`, `his repeated delays`; after a form of `be` it is
    // passive, and its source, if any, comes after: `was described as “...” by ...`)
    let before_verb = cues::last_tok(text, cue_start, verb.start);
    if before_verb.is_some_and(|b| b.in_list(cues::DETERMINERS) || b.in_list(reported::PASSIVE) || b.possessive_form()) {
        return None;
    }
    let gap = text.get(cue_end..it.s.open)?;
    let between = cues::toks(text, cue_end, it.s.open);
    if between.len() > 20 || gap.contains([';', ':', '—', '–', '(', ')', '"', '“', '”']) {
        return None;
    }
    // (a verb of speech nearer the quote reports it, not the cue's: `declined to comment
    // but later told reporters “...”`)
    if between.iter().any(|t| contract::lexicon::is_cue_or_reporting_verb(t.text) || cues::is_verb(t.text, true)) {
        return None;
    }
    // (a place, a medium or a time after the verb, `said on NBC’s “Harbour Hour”`,
    // `wrote under the pen name “...”`, `said Tuesday the prosecutors were “...”`, a
    // name after a possessive, and a title after its noun, `wrote the memoir “Open
    // Water”`, are no part of what was said: the marks there set off a title or a name)
    let last = between.last()?;
    let possessive = last.possessive_form() || text.get(last.end..it.s.open).is_some_and(|g| g.starts_with(['\'', '’']));
    let titled = between.len() >= 2 && between[between.len() - 2].in_list(&["the", "a", "an", "his", "her", "their", "its", "our", "my", "your"]) && last.text.starts_with(char::is_lowercase) && !last.in_list(cues::DETERMINERS);
    // (nor does a clause of the writer's after a conjunction, `Kemp said ..., but
    // “...”`, or a participle's after a comma, `interrupted her remarks, shouting “...”`)
    let aside = between.first().is_some_and(|t| after_the_act(t) || t.in_list(&["to", "from", "by", "under", "across", "because"]));
    let participle = between.iter().skip(1).any(|t| t.text.ends_with("ing") && text[..t.start].trim_end().ends_with(','));
    if possessive || titled || aside || participle {
        return None;
    }
    // past adverbs; past `that` right after them, after a listener (`told diners at a
    // lunch counter that “...”`) or after an aside closed by a comma (`said, through an
    // interpreter, that`); a `that` elsewhere is a relative pronoun (`likened the deal
    // that Cole negotiated to “...”`)
    let adverb = |t: &cues::Tok| contract::lexicon::is_lowercase_ly(t.text);
    let adverbs = between.iter().take_while(|t| adverb(t)).count();
    let k = match between.iter().position(|t| t.is_word("that")) {
        Some(that) if that == adverbs || verb.in_list(LISTENER_VERBS) || text[..between[that].start].trim_end().ends_with(',') => that + 1,
        Some(_) => return None,
        None => adverbs,
    };
    // (nothing left before the quote, `insisted on KBX that “...”`: the quote is all the
    // content)
    let start = between.get(k)?.start;
    Some((start, woven_tail(text, it, lo, verb.start, hi)))
}

/// Whether the writer's account of the act, its time, place or occasion, opens at word
/// `t`, not more of what was said (`“...” at a hearing in Eastvale`, `“...” as he
/// boarded`, `“...” before walking out`, `“...” on Tuesday`): a word of
/// [`AFTER_THE_ACT`], a time's opener or a weekday.
fn after_the_act(t: &cues::Tok) -> bool {
    t.in_list(AFTER_THE_ACT) || t.in_list(reported::TIME_OPENERS) || t.in_list(contract::lexicon::WEEKDAYS)
}

/// The words of [`after_the_act`] besides times' openers and weekdays.
const AFTER_THE_ACT: &[&str] = &[
    "on", "in", "at", "as", "whenever", "amid", "despite", "ahead", "but", "and", "or", "so", "yet", "though", "although", "whereas", "which", "who", "via", "with",
    "aboard", "last", "this", "earlier", "later", "then", "according",
];

/// Verbs whose listener may stand between them and the `that` of what they report.
const LISTENER_VERBS: &[&str] = &["told", "tells", "tell", "telling", "assured", "assures", "informed", "informs", "reminded", "reminds", "warned", "warns", "promised", "promises"];

/// Where a woven quote's content ends: at the quote, unless the quoted words leave its
/// clause open (no punctuation inside the closing mark) and the cue heads its sentence's
/// main clause; then on, past the closing mark, to the clause's next break or the first
/// word that opens the writer's account of the act ([`after_the_act`]): `“no longer
/// wave to one another” because they disagree over the toll`, `was “a bit puzzled” to
/// be discussing the toll`. A cue inside a relative or subordinate clause (`The councillor
/// who quipped that the hearing was “a sideshow” later apologized`) never reaches past
/// the quote: the main clause's verb follows it.
fn woven_tail(text: &str, it: &Item, lo: usize, verb: usize, hi: usize) -> usize {
    let closes = text.get(it.s.start..it.s.end).is_some_and(|w| w.trim_end_matches(['’', '\'']).ends_with([',', '.', '!', '?', ';', ':']));
    // (the verb's own clause: from the last break before it, `On KBX, during which she
    // ..., Cole remarked` is a main clause's; `Senators who sniped` a relative one)
    let clause = lo + text.get(lo..verb).and_then(|b| b.rfind([',', ';', '—', '–'])).map_or(0, |at| at + 1);
    let subordinate = cues::words(text, clause, verb).any(|t| t.in_list(&["who", "which", "whom", "because", "although", "though", "when", "whenever", "as", "if", "while", "since", "after", "before", "until", "once", "unless", "whether"]));
    if closes || subordinate {
        return it.s.close_end;
    }
    let ts = cues::toks(text, it.s.close_end, hi);
    let mut end = it.s.close_end;
    for (n, t) in ts.iter().enumerate() {
        let gap = text.get(end..t.start).unwrap_or("");
        // (`“...” prompting boos`: a participle right after the quote is the writer's)
        if n == 0 && t.text.ends_with("ing") {
            break;
        }
        // (another quote's mark: the two are the content's, or neither's tail, `the
        // “Board” should “step aside”`; the quote alone is what is sure)
        if gap.contains(['"', '“', '”']) {
            return it.s.close_end;
        }
        // (nor up to the next quote's mark, where `hi` stops)
        if text.get(t.end..hi).is_some_and(|g| g.trim().is_empty()) && text.get(hi..).is_some_and(|r| r.starts_with(['"', '“', '”', '\'', '‘', '«', '„'])) {
            return it.s.close_end;
        }
        // (a break ends it; a dot inside the sentence, `U.S.`, `$4.20`, is no stop, as
        // the sentence's own end is `hi`)
        if gap.contains([',', ';', ':', '—', '–', '(']) || after_the_act(t) {
            break;
        }
        // (`to cheers from the gallery`, `to reporters`, `to Congress`: not an infinitive)
        let noun = |n: &cues::Tok| n.in_list(cues::DETERMINERS) || n.text.starts_with(char::is_uppercase) || (n.text.ends_with('s') && !n.text.ends_with("ss") && !n.text.ends_with("us"));
        if t.is_word("to") && ts.iter().find(|n| n.start > t.start).is_none_or(noun) {
            break;
        }
        end = t.end;
    }
    end
}

/// Whether the text between a cue and the quote is just an intro's punctuation
/// (`said:`, `replied,`, `wrote on Twitter:`).
fn ends_with_intro(text: &str, cue_end: usize, open: usize) -> bool {
    let between = text.get(cue_end..open).unwrap_or("").trim_end();
    between.is_empty() || between.ends_with([':', ','])
}

/// What the quotes stage knows of each speaker beyond its mentions: whether it can be
/// `he` or `she`, whether it is only named as an article's byline or a photo credit, and
/// the single names that point at one person.
struct Who<'a> {
    /// Per speaker: a person, and the gender its given name shows (`None` when unknown).
    person: Vec<(bool, Option<NameGender>)>,
    /// Per speaker: every name of it sits in a byline or credit (`By Ann Carter`,
    /// `(Ann Carter/CBC)`), so it is the writer or photographer, never a `he` or `she`.
    credit: Vec<bool>,
    /// A capitalised name word (`Reyes`, `Tom Reyes`) that names one person only.
    names: FxHashMap<&'a str, usize>,
    /// Per speaker: a text (`the letter`), whose words may be its author's.
    document: Vec<bool>,
}

impl<'a> Who<'a> {
    fn new(text: &str, speakers: &'a Speakers) -> Who<'a> {
        let mut person = Vec::new();
        let mut credit = Vec::new();
        let mut names: FxHashMap<&str, Option<usize>> = FxHashMap::default();
        for (i, s) in speakers.speakers.iter().enumerate() {
            let is_person = s.kind == SpeakerKind::Person;
            let gender = s.name.split_whitespace().next().and_then(given_name).filter(|g| *g != NameGender::Either);
            person.push((is_person, gender));
            let named: Vec<&contract::Mention> = s.mentions.iter().filter(|m| matches!(m.form, MentionForm::Full | MentionForm::Surname | MentionForm::First | MentionForm::Nickname)).collect();
            credit.push(!named.is_empty() && named.iter().all(|m| is_credit(text, m.span.start(), m.span.end())));
            if is_person {
                for m in named {
                    if m.text.chars().next().is_some_and(char::is_uppercase) {
                        let e = names.entry(m.text.as_str()).or_insert(Some(i));
                        if *e != Some(i) {
                            *e = None;
                        }
                    }
                }
            }
        }
        let document = speakers.speakers.iter().map(|s| s.kind == SpeakerKind::Document).collect();
        Who { person, credit, names: names.into_iter().filter_map(|(k, v)| v.map(|v| (k, v))).collect(), document }
    }

    /// Whether speaker `p` can be the pronoun `word` (`he`, `she`; `they`, `I`, `we`
    /// fit anyone).
    fn fits(&self, p: usize, word: &str) -> bool {
        let Some(&(is_person, gender)) = self.person.get(p) else { return false };
        if self.credit.get(p).copied().unwrap_or(false) {
            return false;
        }
        match word.to_lowercase().as_str() {
            "he" => is_person && gender != Some(NameGender::Female),
            "she" => is_person && gender != Some(NameGender::Male),
            _ => true,
        }
    }
}

/// Whether a name at `start..end` is a byline or a photo credit: `By Ann Carter` opening
/// its line, `(Ann Carter/CBC)`, `Ann Carter | Getty Images`, `Photo: Ann Carter`.
fn is_credit(text: &str, start: usize, end: usize) -> bool {
    let line_start = text[..start].rfind('\n').map_or(0, |k| k + 1);
    let before = text[line_start..start].trim_end();
    let after = text.get(end..).unwrap_or("").trim_start_matches(' ');
    // (the labels are short: a longer line before the name, most of them, is not
    // lower-cased; no character lower-cases to fewer than a third of its bytes)
    let by_line = before.len() <= 48 && matches!(before.to_lowercase().as_str(), "by" | "photo" | "photo:" | "photo by" | "photos by" | "credit:" | "written by" | "reporting by" | "with files from" | "story by");
    by_line || (before.ends_with('(') && after.starts_with(['/', '|'])) || after.starts_with("| ") || after.starts_with("/ ") && before.ends_with('(')
}

fn attribute(text: &str, pars: &[&Paragraph], mentions: &[Mention], who: &Who, items: &mut [Item], i: usize) {
    let s = items[i].s;
    if let Some(mut found) = items[i].own {
        let rule = if found.start >= s.close_end { "cue-after" } else { "cue-before" };
        let cue_words = cues::toks(text, found.start, found.end);
        // a pronoun subject the speakers stage resolved to someone it cannot be (a byline,
        // an organisation, a woman for `he`): the nearest earlier speaker it fits
        let mut repaired = false;
        if let Subject::Person(p) = found.subject {
            let pronoun = within(mentions, found.start, found.end).find(|m| m.pronoun && !m.possessive && m.speaker == p);
            let named = within(mentions, found.start, found.end).any(|m| !m.pronoun && m.speaker == p);
            if let (Some(m), false) = (pronoun, named) {
                let word = &text[m.start..m.end];
                if !who.fits(p, word) {
                    found.subject = match refit(pars, mentions, who, items, i, word, found.start) {
                        Some(q) => Subject::Person(q),
                        None => Subject::Pronoun,
                    };
                    repaired = true;
                }
            }
        }
        // a name the speakers stage did not mark here, next to the verb (`Reyes added`),
        // that names one person elsewhere in the article
        if found.subject == Subject::Unnamed {
            let verb = cue_words.iter().position(|t| cues::is_verb(t.text, true));
            let subject_word = verb.and_then(|v| if v > 0 { cue_words.get(v - 1) } else { cue_words.get(v + 1) });
            if let Some(p) = subject_word.and_then(|t| who.names.get(t.text)) {
                found.subject = Subject::Person(*p);
            }
        }
        // a participle after an earlier quote of the sentence (`“A,” Brandt said, adding,
        // “B”`, `Ash called it a breach, adding: “B”`): the subject is the one who spoke
        // just before (by a cue of its own, not a guess from the paragraphs before)
        let participle = cue_words.last().is_some_and(|t| t.text.ends_with("ing")) || (cue_words.len() == 1 && cue_words[0].is_word("asked"));
        if found.subject == Subject::Unnamed && found.start < s.open && participle {
            let same_par = (0..i).rev().take_while(|&j| items[j].s.last_par == s.first_par).find(|&j| items[j].kind.is_none() && items[j].speaker.is_some() && items[j].rule != "recent-speaker");
            let clause_subject = same_par.and_then(|j| items[j].speaker).or_else(|| {
                // else the person the sentence names first, before the quote
                let lo = sentence_start(text, pars[s.first_par], pars[s.first_par].span.start(), s.open);
                // (a pronoun the speakers stage resolved counts: `He aired his “dismay” on
                // Twitter, writing “...”`; a possessive one does not)
                cues::mentions_in(mentions, lo, found.start).find(|m| !m.possessive && !inside_quote(items, m.start)).map(|m| m.speaker)
            });
            if let Some(p) = clause_subject {
                let item = &mut items[i];
                item.speaker = Some(p);
                item.rule = "participle-clause-subject";
                item.confidence = 0.7;
                item.cue = Some((found.start, found.end));
                return;
            }
        }
        let (speaker, rule, confidence) = match found.subject {
            Subject::Person(p) if repaired => (Some(p), "pronoun-refit", 0.6),
            // (a text the speakers stage made an entity, whose author the cue names, is the
            // author's as any text is: `A letter from Tom Reyes said, “...”` after `A letter
            // to council members said ...`)
            Subject::Person(p) if !found.continues && who.document.get(p).copied().unwrap_or(false) => match cues::author(text, found.start, found.end, mentions) {
                Some(a) => (Some(a), "document-author", 0.75),
                None => (Some(p), rule, if found.gap > 3 { 0.75 } else { 0.95 }),
            },
            Subject::Person(p) => (Some(p), rule, if found.gap > 3 { 0.75 } else { 0.95 }),
            Subject::Document => {
                // `the tweet continued` continues the previous quote's speaker; `the text
                // read` belongs to the text's author, named earlier
                let prev = previous_speaker(items, i, 3);
                // (the cue's own words first: `a letter from Tom Reyes said`)
                let author = if found.continues { None } else { cues::author(text, found.start, found.end, mentions).or_else(|| document_author(text, pars, mentions, s)) };
                match author.or(prev) {
                    Some(p) => (Some(p), "document-author", 0.75),
                    None => (None, "document-author", 0.0),
                }
            }
            // (one the pronoun can be: `she said` after a quote of Sam Ortiz is not his)
            Subject::Pronoun => match previous_speaker(items, i, 2).filter(|&p| cue_words.iter().find(|t| t.in_list(&["he", "she"])).is_none_or(|t| who.fits(p, t.text))) {
                Some(p) => (Some(p), "pronoun-previous-speaker", 0.6),
                None => (None, rule, 0.0),
            },
            Subject::Unnamed => (None, "cue-not-a-person", 0.0),
        };
        let item = &mut items[i];
        item.speaker = speaker;
        item.rule = rule;
        item.confidence = confidence;
        item.cue = Some((found.start, found.end));
        return;
    }
    // another quote of the same paragraph with a speaker: the nearest before, else the
    // next one that has its own cue (`"A." "B," he said.`)
    let same_par = |j: usize| items[j].s.last_par == s.first_par || items[j].s.first_par == s.last_par;
    // (a quote before it whose cue names nobody the speakers stage knows, `“A,” Berlin
    // said. “B.”` with no mention for Berlin, passes its null on: reaching past it to an
    // older speaker gives the words to someone else)
    if let Some(m) = sentence_subject(text, pars[s.first_par], mentions, items, s.open) {
        let cue = subject_verb(text, items, m.end, s.open);
        set(&mut items[i], Some(m.speaker), "sentence-subject", 0.7, cue);
        return;
    }
    let prev = (0..i).rev().take_while(|&j| same_par(j)).find(|&j| items[j].kind.is_none() && (items[j].speaker.is_some() || items[j].cue.is_some()));
    let next = (i + 1..items.len()).take_while(|&j| same_par(j)).find(|&j| items[j].kind.is_none() && items[j].own.is_some_and(|f| matches!(f.subject, Subject::Person(_))));
    if let Some(j) = prev {
        let (speaker, cue) = (items[j].speaker, items[j].cue);
        set(&mut items[i], speaker, "same-paragraph", 0.85, cue);
        return;
    }
    if let Some(Found { subject: Subject::Person(p), start, end, .. }) = next.and_then(|j| items[j].own) {
        set(&mut items[i], Some(p), "same-paragraph", 0.8, Some((start, end)));
        return;
    }
    let par = pars[s.first_par];
    let opens_paragraph = text.get(par.span.start()..s.open).is_some_and(|b| b.trim().is_empty());
    if opens_paragraph && s.first_par > 0 {
        let prev_par = pars[s.first_par - 1];
        if let Some((speaker, rule, confidence, cue)) = from_previous_paragraph(text, prev_par, mentions, items, i) {
            set(&mut items[i], speaker, rule, confidence, cue);
            return;
        }
    }
    if !opens_paragraph {
        if let Some(p) = previous_sentence_subject(text, par, mentions, items, s.open) {
            set(&mut items[i], Some(p), "previous-sentence-subject", 0.5, None);
            return;
        }
    }
    // (a quote woven into the writer's words reaches one paragraph back only: past it
    // the writer has most often moved on, `Dana Ortiz, star of the ferry ads, thanked
    // the council for “keeping the lights on”` two paragraphs after another's quote is
    // not theirs)
    let reach = if items[i].partial { 1 } else { 2 };
    if let Some(p) = (0..i).rev().find(|&j| items[j].kind.is_none() && (items[j].speaker.is_some() || items[j].cue.is_some()) && s.first_par <= items[j].s.last_par + reach).and_then(|j| items[j].speaker) {
        set(&mut items[i], Some(p), "recent-speaker", 0.4, None);
    }
}

/// Words that open a clause inside a sentence, whose subject is not the sentence's.
const SUBORDINATE: &[&str] = &["after", "when", "as", "because", "since", "while", "before", "until", "if", "who", "which", "that", "whom", "although", "though", "once"];

/// `Mr. Brandt describes himself as a frugal trustee. “Why would I waste ...?”`:
/// a quote that opens a sentence of its own, right after a sentence of its paragraph
/// that ends on a verb of speech, is that verb's subject's; else, after one whose subject
/// is named ([`named_subject`]), that subject's.
fn previous_sentence_subject(text: &str, par: &Paragraph, mentions: &[Mention], items: &[Item], open: usize) -> Option<usize> {
    let ss = sentences(par);
    let k = ss.partition_point(|x| x.end() <= open);
    let prev = ss.get(k.checked_sub(1)?)?;
    // the quote opens the next sentence: nothing of the writer's between
    if !text.get(prev.end()..open)?.trim().is_empty() {
        return None;
    }
    // a sentence that ends on its verb of speech (`Eastvale State University’s Ruth Kemp
    // agreed.`, `Or maybe Ann Cole, consultant Sam Ortiz says.`) hands the quote to
    // that verb's subject, however far into the sentence: the verb among its last three
    // words, the subject right before it past auxiliaries, and no subordinator in the
    // subject's clause (`if asked` at the end of a sentence about someone else names
    // nobody, and `Lopez was furious after Reyes testified.` is about Lopez)
    let ts = cues::toks(text, prev.start(), prev.end());
    if let Some(v) = (0..ts.len()).rev().take(3).find(|&k| is_speech_verb(ts[k].text, VerbUse::Speaker) && !inside_quote(items, ts[k].start)) {
        let k = cues::past_auxiliaries(&ts, 0, v);
        let subject = within(mentions, prev.start(), ts[k].start).filter(|m| !m.possessive && !inside_quote(items, m.start)).last();
        // (in the subject's own clause: `..., who has run twice, the editorial board
        // writes.` is the board's)
        let subordinate = |m: &Mention| ts.iter().take_while(|t| t.end <= m.start).filter(|t| t.in_list(SUBORDINATE)).last().is_some_and(|t| text.get(t.end..m.start).is_some_and(|g| !g.contains([',', ';', '—'])));
        if let Some(m) = subject.filter(|m| text.get(m.end..ts[k].start).is_some_and(|g| g.trim().is_empty()) && !subordinate(m)) {
            return Some(m.speaker);
        }
    }
    named_subject(text, mentions, items, prev.start(), prev.end()).map(|m| m.speaker)
}

/// `Ann Cole, the likely nominee, called the closure an “act of spite” and
/// an “act of folly”`: words quoted inside the writer's sentence, with no cue of their own,
/// are the sentence's subject's ([`named_subject`]), not the last speaker's.
fn sentence_subject<'m>(text: &str, par: &Paragraph, mentions: &'m [Mention], items: &[Item], open: usize) -> Option<&'m Mention> {
    let lo = sentence_start(text, par, par.span.start(), open);
    let before = text.get(lo..open)?;
    if !before.chars().any(char::is_alphanumeric) {
        return None;
    }
    // `Cole rejected it, and Senator Paul Brandt, the Democratic leader, dismissed
    // the offer as “...”`: the quote is in the last coordinated clause, whose own subject
    // (named at its head) is the one quoted
    let clause = [", and ", ", but ", "; "].iter().filter_map(|sep| before.rfind(sep).map(|at| lo + at + sep.len())).max();
    // (the name opens that clause, a title at most before it: in `but it commended
    // Kemp for ...` the name is an object)
    let head = |c: usize| {
        let m = within(mentions, c, open).find(|m| !m.possessive && !m.pronoun && !inside_quote(items, m.start))?;
        let lead = text.get(c..m.start)?.split_whitespace().collect::<Vec<_>>();
        // (and a verb follows the name, past its apposition: in `and Paul Brandt of
        // being “...”` the name is a second object)
        let after = past_apposition(text.get(m.end..open)?);
        let next = after.split_whitespace().next().unwrap_or("");
        let verb = next.starts_with(char::is_lowercase) && !cues::PREPOSITIONS.contains(&next) && !matches!(next, "and" | "or" | "of");
        (lead.len() <= 1 && lead.iter().all(|w| w.starts_with(char::is_uppercase)) && verb).then_some(m)
    };
    if let Some(subject) = clause.and_then(head) {
        return Some(subject);
    }
    named_subject(text, mentions, items, lo, open)
}

/// The person a stretch of the writer's prose is about: its first mention outside quotes
/// that is not a possessive pronoun (`his`), if it stands among the stretch's first three
/// words with no quote mark before it. (A possessive name, `Reyes's son Paul`, is still
/// taken: skipping it changed 17 items on polnear-train, as many of them away from
/// their speaker as to it.)
fn named_subject<'m>(text: &str, mentions: &'m [Mention], items: &[Item], lo: usize, hi: usize) -> Option<&'m Mention> {
    let m = within(mentions, lo, hi).find(|m| !m.possessive && !inside_quote(items, m.start))?;
    let lead = text.get(lo..m.start)?;
    (lead.split_whitespace().count() <= 2 && !lead.contains(['"', '“', '”', '‘', '’'])).then_some(m)
}

/// The words after a subject past its apposition set off by commas (`Lopez, the mayor,
/// praised`): those after the second comma; none when the apposition is not closed; all of
/// them when there is no apposition. Always a suffix of `after`.
fn past_apposition(after: &str) -> &str {
    let after = after.trim_start();
    match after.strip_prefix(',') {
        Some(rest) => rest.split_once(',').map_or(&rest[rest.len()..], |(_, tail)| tail).trim_start(),
        None => after,
    }
}

/// The verb that attributes a woven quote to its sentence's subject, when it is a verb of
/// speech or attitude: the first word after the subject (ending at `from`), past an
/// apposition set off by commas and past auxiliaries and adverbs, before the quote opening
/// at `open` (`Lopez, the mayor, praised the council for holding “...”`, `He also seeks
/// “...”`, `The flyer targets a “...”`). `None` for any other verb (`had been trying to unseat
/// ... with a “...” theme`): the quote then has a speaker and no cue, as before.
fn subject_verb(text: &str, items: &[Item], from: usize, open: usize) -> Option<(usize, usize)> {
    let after = text.get(from..open)?;
    let skip = after.len() - past_apposition(after).len();
    let t = cues::words(text, from + skip, open).find(|t| !contract::lexicon::is_between_subject_and_verb(t.text))?;
    let verb = t.text.starts_with(char::is_lowercase) && contract::lexicon::is_cue_or_reporting_verb(t.text) && !inside_quote(items, t.start);
    verb.then_some((t.start, t.end))
}

/// The speaker a pronoun (`he`, `she`) before `at` most likely names, when the speakers
/// stage's choice cannot be it: the nearest earlier quote's speaker it fits, within four
/// paragraphs, else the nearest person it fits named outside quotes in the five
/// paragraphs before.
fn refit(pars: &[&Paragraph], mentions: &[Mention], who: &Who, items: &[Item], i: usize, word: &str, at: usize) -> Option<usize> {
    let here = items[i].s.first_par;
    let quoted = (0..i).rev().take_while(|&j| here <= items[j].s.last_par + 4).filter_map(|j| items[j].speaker.filter(|_| items[j].kind.is_none())).find(|&p| who.fits(p, word));
    if quoted.is_some() {
        return quoted;
    }
    let lo = pars[here.saturating_sub(5)].span.start();
    cues::mentions_in(mentions, lo, at).filter(|m| !m.pronoun && !inside_quote(items, m.start) && who.fits(m.speaker, word)).last().map(|m| m.speaker)
}

fn set(item: &mut Item, speaker: Option<usize>, rule: &'static str, confidence: f64, cue: Option<(usize, usize)>) {
    item.speaker = speaker;
    item.rule = rule;
    item.confidence = if speaker.is_some() { confidence } else { 0.0 };
    item.cue = cue;
}

/// The speaker of the nearest earlier quote, within `pars` paragraphs.
fn previous_speaker(items: &[Item], i: usize, pars: usize) -> Option<usize> {
    let here = items[i].s.first_par;
    (0..i)
        .rev()
        .take_while(|&j| here <= items[j].s.last_par + pars)
        .find(|&j| items[j].kind.is_none() && items[j].speaker.is_some())
        .and_then(|j| items[j].speaker)
}

/// The author of the text or post a quote comes from, named in the prose before it.
fn document_author(text: &str, pars: &[&Paragraph], mentions: &[Mention], s: Stretch) -> Option<usize> {
    // the quote's own paragraph up to the quote, then up to three paragraphs before
    let lo = pars[s.first_par.saturating_sub(3)].span.start();
    cues::author(text, lo, s.open, mentions)
}

type Attribution = (Option<usize>, &'static str, f64, Option<(usize, usize)>);

/// Attribution of a quote that opens its paragraph, from the paragraph before.
fn from_previous_paragraph(text: &str, prev: &Paragraph, mentions: &[Mention], items: &[Item], i: usize) -> Option<Attribution> {
    let body = prev.span.slice(text)?;
    let end = prev.span.end();
    let last_sentence = sentence_start(text, prev, prev.span.start(), end);
    // a quote in the previous paragraph that ends it: this one continues it
    let prev_quote = (0..i).rev().take_while(|&j| items[j].reach > prev.span.start()).find(|&j| items[j].s.close_end <= end && items[j].s.close_end > prev.span.start() && items[j].kind.is_none());
    let cue = cues::before(text, last_sentence.max(prev_quote.map_or(0, |j| items[j].s.close_end)), end, mentions, false);
    if body.trim_end().ends_with(':') {
        if let Some(Found { subject: Subject::Person(p), start, end, .. }) = cue {
            return Some((Some(p), "colon-intro", 0.9, Some((start, end))));
        }
    }
    if let Some(j) = prev_quote {
        let tail = text.get(items[j].s.close_end..end).unwrap_or("");
        if tail.split_whitespace().count() <= 8 && items[j].speaker.is_some() {
            return Some((items[j].speaker, "continues-previous-quote", 0.8, items[j].cue));
        }
    }
    if let Some(Found { subject: Subject::Person(p), start, end, .. }) = cue {
        return Some((Some(p), "cue-in-previous-paragraph", 0.8, Some((start, end))));
    }
    if let Some(j) = prev_quote {
        if items[j].speaker.is_some() {
            return Some((items[j].speaker, "continues-previous-quote", 0.6, items[j].cue));
        }
    }
    // (a relative `who` stands for a phrase, not for whoever speaks next)
    let relative = |m: &Mention| m.pronoun && text.get(m.start..m.end).is_some_and(|t| t.eq_ignore_ascii_case("who"));
    // (a group the sentence only describes with a bare noun, `people shouldn't expect to
    // ...`, names no one: the quote is left to the last speaker's)
    let m = within(mentions, last_sentence, end).find(|m| !relative(m) && !inside_quote(items, m.start))?;
    if m.generic {
        return None;
    }
    Some((Some(m.speaker), "named-in-previous-paragraph", 0.5, None))
}

fn inside_quote(items: &[Item], at: usize) -> bool {
    let k = items.partition_point(|it| it.s.open <= at);
    k > 0 && items[k - 1].reach > at
}

/// The rule of a title after an outlet's possessive (`said on ABC's “Harbour Hour” that
/// ...`): a show's name the sentence reads as words, so that a report around it reads on.
const OUTLETS_SHOW: &str = "title-of-an-outlets-show";

/// Verbs that name what their subject or object is called (`a film called “Harbour
/// Life”`, `a website called Harbour Watch`): before a name, no cue.
const NAMING_VERBS: &[&str] = &["called", "titled", "entitled", "dubbed", "named", "nicknamed", "billed"];

/// The rule of a title a word before or after it calls one (`the show “Harbour Life”`,
/// `a “Keep Eastvale Green” sign`): words of the sentence too, so that a report around
/// it reads on (`Tom Reyes, the host of the show “Harbour Life,” said ...`).
const TITLE_IN_CONTEXT: &str = "title-in-title-context";

/// Whether a stretch is a title, slogan or scare quote rather than a quote.
fn kind(text: &str, s: &Stretch, has_cue: bool, lo: usize) -> Option<(NotQuoteKind, &'static str)> {
    let inner = text.get(s.start..s.end).unwrap_or("");
    let words: Vec<&str> = inner.split(|c: char| c.is_whitespace() || c == '—').filter(|w| w.chars().any(char::is_alphanumeric)).collect();
    let before_word = cues::last_tok(text, lo, s.open).map(|t| t.text.to_lowercase());
    let after_end = (s.close_end + 40).min(text.len());
    let after_end = (after_end..=text.len()).find(|&e| text.is_char_boundary(e)).unwrap_or(text.len());
    let after_word = cues::words(text, s.close_end, after_end).next().filter(|t| text.get(s.close_end..t.start).is_some_and(|g| g.trim().is_empty())).map(|t| t.text.to_lowercase());
    // (a network's or an outlet's possessive names its show: `said on ABC's “Harbour Hour”
    // on Monday that ...`, `on CNN’s “Sunday Ledger,”`)
    // (not a contraction: `That's “Old News,” Reyes said`)
    let outlets_show = cues::last_tok(text, lo, s.open).is_some_and(|t| {
        let owner = t.text.strip_suffix("'s").or_else(|| t.text.strip_suffix("’s"));
        let contraction = owner.is_some_and(|o| ["that", "it", "here", "there", "what", "he", "she", "who", "where", "let", "how"].iter().any(|w| o.eq_ignore_ascii_case(w)));
        t.text.starts_with(char::is_uppercase) && owner.is_some() && !contraction && text.get(t.end..s.open).is_some_and(|g| g.trim().is_empty())
    });
    let title_context = before_word.as_deref().is_some_and(|w| TITLE_BEFORE.contains(&w)) || after_word.as_deref().is_some_and(|w| TITLE_AFTER.contains(&w));
    let title_case = title_cased(&words);
    // a sentence of its own is speech, whatever its capitals
    let sentence_like = words.len() > 8 || inner.trim_end_matches(['"', '”', '’', '\'']).ends_with(['!', '?']) && words.len() > 3;
    if title_case && !sentence_like && outlets_show {
        return Some((NotQuoteKind::Title, OUTLETS_SHOW));
    }
    if title_case && !sentence_like && (title_context || !has_cue) {
        return Some((NotQuoteKind::Title, if title_context { TITLE_IN_CONTEXT } else { "title-case-without-cue" }));
    }
    if !has_cue && words.len() <= 2 {
        return Some((NotQuoteKind::Scare, "short-without-cue"));
    }
    None
}

/// Whether every word is capitalised, but for a title's small words after the first.
fn title_cased(words: &[&str]) -> bool {
    !words.is_empty()
        && words.iter().enumerate().all(|(k, w)| {
            let core = w.trim_matches(|c: char| !c.is_alphanumeric());
            let first = core.chars().next();
            first.is_some_and(|c| c.is_uppercase() || c.is_numeric()) || (k > 0 && TITLE_SMALL.contains(&core))
        })
}

/// The sentences of a prose paragraph, as the segment stage split them. A paragraph
/// without any (a hand edit that made a line prose without splitting it) is one
/// sentence: a second splitter here would only disagree with the first.
fn sentences(par: &Paragraph) -> &[Span] {
    if par.sentences.is_empty() {
        std::slice::from_ref(&par.span)
    } else {
        &par.sentences
    }
}

/// Where the sentence of `par` holding `at` starts, no earlier than `lo`, white space
/// skipped.
fn sentence_start(text: &str, par: &Paragraph, lo: usize, at: usize) -> usize {
    let ss = sentences(par);
    let k = ss.partition_point(|s| s.start() <= at);
    let start = k.checked_sub(1).map_or(par.span.start(), |k| ss[k].start()).max(lo).min(at);
    let rest = text.get(start..at).unwrap_or("");
    start + (rest.len() - rest.trim_start().len())
}

/// Where the sentence of `par` that goes on at `from` ends, no further than `hi`. A
/// quote's own closing punctuation does not end it: when the quote closes its sentence
/// (`“We will win.”`), the next sentence is the one read for a cue (`“We will win.”
/// Legend, the singer, said.`).
fn sentence_end(text: &str, par: &Paragraph, from: usize, hi: usize) -> usize {
    sentences(par)
        .iter()
        .find(|s| s.end() > from && text.get(s.start().max(from)..s.end()).is_some_and(|t| t.chars().any(char::is_alphanumeric)))
        .map_or(hi, |s| s.end().min(hi))
}

/// Every string of one to `len` characters drawn from `alphabet`, shortest first: the
/// inputs of the tests that hold a rewritten reader to the plain walk it replaced.
#[cfg(test)]
fn every_string(alphabet: &[char], len: usize) -> Vec<String> {
    let mut all = Vec::new();
    let mut strings = vec![String::new()];
    for _ in 0..len {
        strings = strings.iter().flat_map(|s| alphabet.iter().map(move |c| format!("{s}{c}"))).collect();
        all.extend(strings.iter().cloned());
    }
    all
}

#[cfg(test)]
mod contents_tests {
    use super::{reported::Reported, Contents};

    /// [`Contents::holds_cue`] answers as the scan of every other report's ranges it
    /// replaced, with several reports sharing one cue among them.
    #[test]
    fn a_cue_inside_another_cues_content_is_found_without_a_scan() {
        let report = |cue: (usize, usize), parts: &[(usize, usize)]| Reported { parts: parts.to_vec(), cue, speaker: None, rule: "reported-speech", confidence: 0.0 };
        let sets = [
            vec![],
            vec![report((0, 2), &[(3, 9)])],
            vec![report((0, 2), &[(3, 9)]), report((4, 5), &[(6, 8)])],
            vec![report((4, 5), &[(0, 12)]), report((4, 5), &[(6, 8)]), report((1, 2), &[(3, 6)])],
            vec![report((10, 11), &[(1, 3), (5, 9)]), report((2, 3), &[(4, 12)]), report((6, 7), &[(0, 8)]), report((6, 7), &[(9, 13)])],
        ];
        for reports in &sets {
            let contents = Contents::new(reports);
            for a in 0..14 {
                for b in a + 1..15 {
                    let scan = reports.iter().any(|o| o.cue != (a, b) && o.parts.iter().any(|&(s, e)| s <= a && b <= e));
                    assert_eq!(contents.holds_cue((a, b)), scan, "cue {a}..{b}");
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::{answers_or_adds, Found, Subject};

    /// A reply or an addition is read off the cue's verb and the word right before it,
    /// not off an apposition or a relative clause inside the cue.
    #[test]
    fn a_reply_or_an_addition_is_read_off_the_cues_verb() {
        let cases = [
            ("Cole answered with a statement.", "Cole answered", true),
            ("Reyes fired back.", "Reyes fired back", true),
            ("She also said so.", "She also said", true),
            ("Moss then wrote to the board.", "Moss then wrote", true),
            ("Maria Lopez said.", "Maria Lopez said", false),
            ("Dana Ortiz, then the mayor, said.", "Dana Ortiz, then the mayor, said", false),
            ("Lee Moss, who came back on Monday, said.", "Lee Moss, who came back on Monday, said", false),
            ("Maria Lopez, who also chairs the board, said.", "Maria Lopez, who also chairs the board, said", false),
        ];
        for (text, cue, answers) in cases {
            let start = text.find(cue).unwrap_or(0);
            let found = Found { start, end: start + cue.len(), subject: Subject::Unnamed, continues: false, gap: 0 };
            assert_eq!(answers_or_adds(text, &found), answers, "{text}");
        }
    }
}
