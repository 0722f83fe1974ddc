//! Sentence boundaries inside one paragraph.
//!
//! A boundary is a cluster of terminal punctuation (`.`, `!`, `?`, `…`, runs and spaced
//! ellipses), then any closing quote marks and brackets, then white space, then a token
//! that can open a sentence. What decides a bare period is the word before it (an
//! abbreviation, an initial, a number) and the word after it (lower case never opens a
//! sentence; a capitalised common sentence opener such as `We` does, even after an
//! abbreviation like `L.A.`). The rules aim at the "golden rules" of English sentence
//! segmentation (Pragmatic Segmenter, pySBD); the tests in `tests/segment_sentences.rs`
//! walk through them.

use super::lexicon;

/// Byte ranges of the sentences of `par`, relative to its start, in order; white space
/// between sentences belongs to none of them.
pub(super) fn split(par: &str) -> Vec<(usize, usize)> {
    let chars: Vec<(usize, char)> = par.char_indices().collect();
    let list = List::find(&chars);
    let mut cuts = list.starts.clone();
    let mut i = 0;
    while i < chars.len() {
        if !is_terminal(chars[i].1) || list.covers(i) {
            i += 1;
            continue;
        }
        let (resume, cut) = decide(par, &chars, i);
        cuts.extend(cut);
        i = resume.max(i + 1);
    }
    cuts.sort_unstable();
    cuts.dedup();
    let byte = |i: usize| chars.get(i).map_or(par.len(), |&(b, _)| b);
    let mut out = Vec::new();
    let mut from = 0;
    for to in cuts.into_iter().chain(std::iter::once(chars.len())) {
        let (a, b) = (byte(from), byte(to));
        let piece = &par[a..b];
        let lead = piece.len() - piece.trim_start().len();
        let kept = piece.trim();
        if !kept.is_empty() {
            out.push((a + lead, a + lead + kept.len()));
        }
        from = to;
    }
    out
}

fn is_terminal(c: char) -> bool {
    matches!(c, '.' | '!' | '?' | '…' | '‽')
}

fn is_closer(c: char) -> bool {
    matches!(c, '"' | '\'' | '”' | '’' | ')' | ']' | '}' | '»' | '›')
}

fn is_opener(c: char) -> bool {
    matches!(c, '"' | '\'' | '“' | '‘' | '(' | '[' | '{' | '«' | '‹' | '„')
}

/// What follows a candidate boundary.
#[derive(Debug, PartialEq)]
enum Next<'a> {
    /// A lower-case word: never a new sentence.
    Lower,
    /// A capitalised word (given here), or an ellipsis that opens one.
    Upper(&'a str),
    /// A number.
    Digit,
    /// An opening quote mark or bracket before a word that is not lower case.
    Opener,
    /// Anything else: a symbol, an emoji, a letter of a script without case.
    Other,
}

/// Whether the terminal at `i` ends a sentence: where to resume scanning, and the char
/// index at which the next sentence starts if it does.
fn decide(par: &str, chars: &[(usize, char)], i: usize) -> (usize, Option<usize>) {
    let at = |k: usize| chars.get(k).map(|&(_, c)| c);
    let prev = if i == 0 { None } else { at(i - 1) };
    let spaced_start = match prev {
        Some(c) => c.is_whitespace(),
        None => true,
    };

    let mut j = i;
    let mut dots = 0;
    let mut strong = false;
    while let Some(c) = at(j) {
        match c {
            '.' => dots += 1,
            '…' => dots += 3,
            '!' | '?' | '‽' => strong = true,
            _ => break,
        }
        j += 1;
    }
    // A spaced ellipsis (`. . .`). After a word's own period it is absorbed only when no
    // capitalised word follows it: `compounds. . . . The` ends at `compounds.` and the
    // ellipsis opens the next sentence, while `complex. . . .”` ends the quote.
    if let Some((k, extra)) = spaced_dots(chars, j) {
        if spaced_start || !matches!(next_token(par, chars, k).1, Next::Upper(_)) {
            j = k;
            dots += extra;
        }
    }
    // An omission inside brackets (`[...]`) is never a boundary.
    if dots >= 3 && matches!(prev, Some('[' | '(')) && matches!(at(j), Some(']' | ')')) {
        return (j + 1, None);
    }
    let mut k = j;
    let mut quoted = false;
    while let Some(c) = at(k).filter(|&c| is_closer(c)) {
        quoted |= matches!(c, '"' | '”' | '\'' | '’');
        k += 1;
    }
    match at(k) {
        Some(c) if c.is_whitespace() => {}
        _ => return (k, None),
    }
    let (m, next) = next_token(par, chars, k);
    if m >= chars.len() || next == Next::Lower {
        return (k, None);
    }
    let cut = Some(m);
    // `“We will win.” Mayor Diaz said.` is one sentence: the quote's attribution follows.
    if quoted && attribution_follows(&par[chars[m].0..]) {
        return (k, None);
    }
    if strong || dots >= 4 {
        return (k, cut);
    }
    if dots == 3 {
        // An ellipsis that opens a sentence (`music. ... He’s`) does not end one.
        if spaced_start && opens_sentence(chars, i) {
            return (k, None);
        }
        // `I` is capitalised wherever it stands, so it is no evidence of a new sentence
        // after an ellipsis that may be a pause (`the thing is . . . I didn’t`).
        let opens = match &next {
            Next::Upper(w) => !is_first_person(w),
            Next::Opener => true,
            _ => false,
        };
        return (k, if opens { cut } else { None });
    }
    let word = word_before(par, chars, i);
    let starter = matches!(&next, Next::Upper(w) if lexicon::is_starter(w)) || next == Next::Opener;
    // After `N.H.` a bracket is more often `(AP)` than a new sentence; quote marks still
    // open one.
    let opens_quote = next == Next::Opener && at(m).is_some_and(|c| !matches!(c, '(' | '[' | '{'));
    let abbreviation_starter = matches!(&next, Next::Upper(w) if lexicon::is_starter(w)) || opens_quote;
    let verdict = if word.is_empty() {
        true
    } else if is_multi_period(word) {
        let lower = word.to_ascii_lowercase();
        if lower == "a.m" || lower == "p.m" {
            // `6 P.M. Mr. Smith` ends; `5 a.m. Mr. Smith` reads on: the lower-case form
            // is the one written mid-sentence.
            if word.starts_with(|c: char| c.is_ascii_uppercase()) {
                matches!(next, Next::Upper(_) | Next::Opener)
            } else {
                starter
            }
        } else if lexicon::is_prepositive(word) {
            false
        } else {
            abbreviation_starter
        }
    } else if word.starts_with(|c: char| c.is_ascii_digit()) {
        true
    } else if word.chars().count() == 1 {
        let c = word.chars().next().unwrap_or(' ');
        if c == 'I' {
            // `you and I. Did` ends; `Albert I. Jones` is an initial.
            !previous_word_capitalised(chars, i - 1) || !matches!(next, Next::Upper(_))
        } else if c.is_uppercase() {
            !matches!(next, Next::Upper(_))
        } else {
            next != Next::Digit && starter
        }
    } else if lexicon::is_prepositive(word) {
        false
    } else if lexicon::is_month_abbreviation(word) {
        next != Next::Digit && starter
    } else if lexicon::is_postpositive(word) {
        abbreviation_starter
    } else {
        true
    };
    (k, if verdict { cut } else { None })
}

/// Whether char index `i` starts a sentence: nothing but white space since the start
/// of the paragraph or since a terminal and its closing marks.
fn opens_sentence(chars: &[(usize, char)], i: usize) -> bool {
    let mut k = i;
    while k > 0 && chars[k - 1].1.is_whitespace() {
        k -= 1;
    }
    while k > 0 && is_closer(chars[k - 1].1) {
        k -= 1;
    }
    k == 0 || is_terminal(chars[k - 1].1)
}

/// Whether `rest` opens with one to three capitalised words and then a verb of saying
/// that ends there or goes on with no clause of its own.
fn attribution_follows(rest: &str) -> bool {
    let mut tokens = rest.split_whitespace();
    for n in 0..4 {
        let Some(token) = tokens.next() else { break };
        let word = token.trim_end_matches([',', '.', ':', ';']);
        if n > 0 && lexicon::is_attribution_verb(word) {
            // `“...heart.” He said he recognizes ...`, `“...” She added that ...`: a verb
            // with a clause of its own after it opens a new sentence (what it reports);
            // an attribution ends there or goes on with an adverbial or an addressee
            let ends = word.len() < token.len();
            // (the words after it up to the first mark, which the last of them may carry)
            let mut after: Vec<&str> = Vec::new();
            for t in tokens.by_ref().take(6) {
                let w = t.trim_end_matches(|c: char| !c.is_alphanumeric());
                if w.is_empty() || !t.starts_with(char::is_alphanumeric) {
                    break;
                }
                after.push(w);
                if w.len() < t.len() {
                    break;
                }
            }
            return ends || contract::lexicon::attribution_ends_here(&word.to_lowercase(), &after);
        }
        if !word.starts_with(char::is_uppercase) {
            return false;
        }
    }
    false
}

fn is_first_person(word: &str) -> bool {
    word == "I" || word.starts_with("I'") || word.starts_with("I’")
}

/// A spaced continuation of dots from `j` (` . .`, ` …`): where it ends and how many dots
/// it adds.
fn spaced_dots(chars: &[(usize, char)], j: usize) -> Option<(usize, usize)> {
    let at = |k: usize| chars.get(k).map(|&(_, c)| c);
    let mut k = j;
    let mut extra = 0;
    while at(k) == Some(' ') && matches!(at(k + 1), Some('.' | '…')) {
        k += 1;
        while let Some(c @ ('.' | '…')) = at(k) {
            extra += if c == '…' { 3 } else { 1 };
            k += 1;
        }
    }
    (extra > 0).then_some((k, extra))
}

/// The first token after the white space at `k`: its index and what it is.
fn next_token<'a>(par: &'a str, chars: &[(usize, char)], k: usize) -> (usize, Next<'a>) {
    let at = |k: usize| chars.get(k).map(|&(_, c)| c);
    let mut m = k;
    while at(m).is_some_and(char::is_whitespace) {
        m += 1;
    }
    let Some(c) = at(m) else { return (m, Next::Other) };
    let next = if matches!(c, '.' | '…') {
        // An ellipsis opens a sentence when a capitalised word follows it.
        let mut e = m;
        loop {
            match at(e) {
                Some('.' | '…') => e += 1,
                Some(' ') if matches!(at(e + 1), Some('.' | '…')) => e += 1,
                _ => break,
            }
        }
        match next_token_after_space(par, chars, e) {
            Next::Upper(w) if !is_first_person(w) => Next::Upper(w),
            _ => Next::Lower,
        }
    } else if is_opener(c) {
        let mut e = m;
        while at(e).is_some_and(is_opener) {
            e += 1;
        }
        if at(e).is_some_and(char::is_lowercase) {
            Next::Lower
        } else {
            Next::Opener
        }
    } else {
        classify_word(par, chars, m)
    };
    (m, next)
}

fn next_token_after_space<'a>(par: &'a str, chars: &[(usize, char)], e: usize) -> Next<'a> {
    match chars.get(e) {
        Some(&(_, c)) if c.is_whitespace() => {
            let mut m = e;
            while chars.get(m).is_some_and(|&(_, c)| c.is_whitespace()) {
                m += 1;
            }
            classify_word(par, chars, m)
        }
        _ => Next::Other,
    }
}

fn classify_word<'a>(par: &'a str, chars: &[(usize, char)], m: usize) -> Next<'a> {
    let Some(&(start, c)) = chars.get(m) else { return Next::Other };
    if c.is_lowercase() {
        Next::Lower
    } else if c.is_uppercase() {
        let end = chars[m..]
            .iter()
            .find(|&&(_, c)| !(c.is_alphanumeric() || c == '\'' || c == '’'))
            .map_or(par.len(), |&(b, _)| b);
        Next::Upper(&par[start..end])
    } else if c.is_numeric() {
        Next::Digit
    } else {
        Next::Other
    }
}

/// The word that ends at the terminal at `i`, with its inner periods (`L.A`, `Sen`,
/// `100.00`, `N°`); empty when white space or punctuation comes first.
fn word_before<'a>(par: &'a str, chars: &[(usize, char)], i: usize) -> &'a str {
    let mut s = i;
    while s > 0 {
        let c = chars[s - 1].1;
        if c.is_alphanumeric() || c == '.' || c == '°' {
            s -= 1;
        } else {
            break;
        }
    }
    par[chars[s].0..chars[i].0].trim_start_matches('.')
}

/// Whether `word` is an abbreviation of one- or two-letter parts (`U.S`, `e.g`, `Ph.D`).
fn is_multi_period(word: &str) -> bool {
    word.contains('.')
        && word.split('.').all(|part| (1..=2).contains(&part.chars().count()) && part.chars().all(char::is_alphabetic))
}

/// Whether the word before the one ending at char index `end` starts upper case.
fn previous_word_capitalised(chars: &[(usize, char)], end: usize) -> bool {
    let mut k = end;
    while k > 0 && !chars[k - 1].1.is_whitespace() {
        k -= 1;
    }
    while k > 0 && chars[k - 1].1.is_whitespace() {
        k -= 1;
    }
    let stop = k;
    while k > 0 && !chars[k - 1].1.is_whitespace() {
        k -= 1;
    }
    chars[k..stop].iter().find(|&&(_, c)| c.is_alphabetic()).is_some_and(|&(_, c)| c.is_uppercase())
}

/// A numbered or lettered list run together in one paragraph (`1. The first 2. The
/// second`): the items' starts, and the marker punctuation that ends no sentence.
struct List {
    starts: Vec<usize>,
    markers: Vec<(usize, usize)>,
}

#[derive(Clone, Copy, PartialEq)]
enum Label {
    Number(u32),
    Letter(char),
}

impl List {
    /// Only a paragraph that opens with a marker is a list, and only markers that count
    /// on from it (`2.` after `1.`, `b.` after `a.`) start items: a stray `2.` in prose
    /// is not one.
    fn find(chars: &[(usize, char)]) -> List {
        let mut list = List { starts: Vec::new(), markers: Vec::new() };
        let Some((mut label, style, punct, _)) = marker_at(chars, 0) else { return list };
        list.markers.push(punct);
        for p in 1..chars.len() {
            if !chars[p - 1].1.is_whitespace() {
                continue;
            }
            let Some((next, next_style, punct, _)) = marker_at(chars, p) else { continue };
            let follows = match (label, next) {
                (Label::Number(a), Label::Number(b)) => b == a + 1,
                (Label::Letter(a), Label::Letter(b)) => b as u32 == a as u32 + 1,
                _ => false,
            };
            if follows && next_style == style {
                list.starts.push(p);
                list.markers.push(punct);
                label = next;
            }
        }
        list
    }

    fn covers(&self, i: usize) -> bool {
        self.markers.iter().any(|&(a, b)| a <= i && i < b)
    }
}

/// A list marker at `p`: bullet, number or letter, then `.`, `.)` or `)`, then a space.
fn marker_at(chars: &[(usize, char)], p: usize) -> Option<(Label, u8, (usize, usize), usize)> {
    let at = |k: usize| chars.get(k).map(|&(_, c)| c);
    let mut k = p;
    if at(k).is_some_and(|c| matches!(c, '•' | '⁃' | '◦' | '▪' | '‣' | '-' | '*')) {
        k += 1;
        if at(k) == Some(' ') {
            k += 1;
        }
    }
    let label = match at(k)? {
        c if c.is_ascii_digit() => {
            let mut v = 0u32;
            let mut digits = 0;
            while let Some(d) = at(k).and_then(|c| c.to_digit(10)) {
                v = v * 10 + d;
                k += 1;
                digits += 1;
                if digits > 2 {
                    return None;
                }
            }
            Label::Number(v)
        }
        c if c.is_ascii_lowercase() => {
            k += 1;
            Label::Letter(c)
        }
        _ => return None,
    };
    let start = k;
    let style = match (at(k), at(k + 1)) {
        (Some('.'), Some(')')) => {
            k += 2;
            2
        }
        (Some('.'), _) => {
            k += 1;
            1
        }
        (Some(')'), _) => {
            k += 1;
            3
        }
        _ => return None,
    };
    if !at(k).is_some_and(char::is_whitespace) {
        return None;
    }
    Some((label, style, (start, k), k))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sents(p: &str) -> Vec<&str> {
        split(p).into_iter().map(|(a, b)| &p[a..b]).collect()
    }

    #[test]
    fn splits_simple_sentences_and_trims_space() {
        assert_eq!(sents("One two.  Three four!"), ["One two.", "Three four!"]);
    }

    #[test]
    fn la_ends_a_sentence_before_we() {
        assert_eq!(sents("I'm here in L.A. We've both got kids."), ["I'm here in L.A.", "We've both got kids."]);
    }
}
