//! A word-level diff: how one outlet's wording of a claim differs from the claim's text.
//!
//! Words are runs of letters, digits and apostrophes; every other non-space character is
//! a token of its own, so `thing,` and `thing.` differ only in the mark. Tokens are
//! compared after folding case, curly and straight quote marks and dashes: a token that
//! differs only that way is a [`Piece::Variant`] (the typography of the outlet), not an
//! edit. The alignment is a longest common subsequence, after trimming the common
//! prefix and suffix; past [`MAX_CELLS`] the middle is reported as replaced rather than
//! aligned, so a pathological input cannot eat the machine's memory.

/// The largest LCS table (cells) aligned exactly: 4 million, 16 MB.
pub const MAX_CELLS: usize = 4_000_000;

/// A piece of the compared text, in its order, with deletions from the reference where
/// they fall. Concatenating every piece but the [`Piece::Removed`] ones gives the text
/// back, byte for byte.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Piece<'a> {
    /// Words both have, and the white space between words.
    Same(&'a str),
    /// A word that differs from the reference's only in case, quote marks or dashes.
    Variant {
        /// The text's word.
        text: &'a str,
        /// The reference's word.
        reference: &'a str,
    },
    /// Words only the text has.
    Added(&'a str),
    /// Words only the reference has.
    Removed(&'a str),
}

/// One token: `lead` is where the white space before it starts.
#[derive(Clone, Copy, Debug)]
struct Tok {
    lead: usize,
    start: usize,
    end: usize,
}

fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() || matches!(c, '\'' | '’' | '‘' | 'ʼ')
}

fn tokens(s: &str) -> Vec<Tok> {
    let mut out = Vec::new();
    let mut lead = 0;
    let mut chars = s.char_indices().peekable();
    while let Some((at, c)) = chars.next() {
        if c.is_whitespace() {
            continue;
        }
        let mut end = at + c.len_utf8();
        if is_word_char(c) {
            while let Some(&(next, d)) = chars.peek() {
                if !is_word_char(d) {
                    break;
                }
                end = next + d.len_utf8();
                chars.next();
            }
        }
        out.push(Tok { lead, start: at, end });
        lead = end;
    }
    out
}

/// A token as compared: lower case, with curly quote marks, primes and dashes folded.
fn key(word: &str) -> String {
    word.chars()
        .flat_map(char::to_lowercase)
        .map(|c| match c {
            '’' | '‘' | 'ʼ' | '`' | '′' => '\'',
            '“' | '”' | '„' | '″' | '«' | '»' => '"',
            '–' | '—' | '‒' | '−' => '-',
            c => c,
        })
        .collect()
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Op {
    Both(usize, usize),
    Removed(usize),
    Added(usize),
}

/// The edit script from `a` to `b`: common prefix and suffix first, an LCS in between.
fn align(a: &[String], b: &[String]) -> Vec<Op> {
    let prefix = a.iter().zip(b).take_while(|(x, y)| x == y).count();
    let suffix = a[prefix..].iter().rev().zip(b[prefix..].iter().rev()).take_while(|(x, y)| x == y).count();
    let (a_mid, b_mid) = (&a[prefix..a.len() - suffix], &b[prefix..b.len() - suffix]);
    let mut ops: Vec<Op> = (0..prefix).map(|i| Op::Both(i, i)).collect();
    let (n, m) = (a_mid.len(), b_mid.len());
    if (n + 1).saturating_mul(m + 1) > MAX_CELLS {
        ops.extend((0..n).map(|i| Op::Removed(prefix + i)));
        ops.extend((0..m).map(|j| Op::Added(prefix + j)));
    } else {
        // lcs[i][j]: the LCS length of a_mid[i..] and b_mid[j..]
        let width = m + 1;
        let mut lcs = vec![0u32; (n + 1) * width];
        for i in (0..n).rev() {
            for j in (0..m).rev() {
                lcs[i * width + j] = if a_mid[i] == b_mid[j] { lcs[(i + 1) * width + j + 1] + 1 } else { lcs[(i + 1) * width + j].max(lcs[i * width + j + 1]) };
            }
        }
        let (mut i, mut j) = (0, 0);
        while i < n || j < m {
            if i < n && j < m && a_mid[i] == b_mid[j] {
                ops.push(Op::Both(prefix + i, prefix + j));
                i += 1;
                j += 1;
            } else if j == m || (i < n && lcs[(i + 1) * width + j] >= lcs[i * width + j + 1]) {
                // removals before additions at the same place, as diff tools print them
                ops.push(Op::Removed(prefix + i));
                i += 1;
            } else {
                ops.push(Op::Added(prefix + j));
                j += 1;
            }
        }
    }
    let (a_end, b_end) = (a.len() - suffix, b.len() - suffix);
    ops.extend((0..suffix).map(|k| Op::Both(a_end + k, b_end + k)));
    ops
}

/// How `text` differs from `reference`, word by word, in `text`'s order.
pub fn diff<'a>(reference: &'a str, text: &'a str) -> Vec<Piece<'a>> {
    let (ref_toks, toks) = (tokens(reference), tokens(text));
    let ref_keys: Vec<String> = ref_toks.iter().map(|t| key(&reference[t.start..t.end])).collect();
    let keys: Vec<String> = toks.iter().map(|t| key(&text[t.start..t.end])).collect();
    let mut out: Vec<Piece<'a>> = Vec::new();
    let ops = align(&ref_keys, &keys);
    let mut k = 0;
    while k < ops.len() {
        match ops[k] {
            Op::Both(i, j) => {
                let (r, t) = (ref_toks[i], toks[j]);
                push_same(&mut out, &text[t.lead..t.start]);
                let (word, ref_word) = (&text[t.start..t.end], &reference[r.start..r.end]);
                if word == ref_word {
                    push_same(&mut out, word);
                } else {
                    out.push(Piece::Variant { text: word, reference: ref_word });
                }
                k += 1;
            }
            Op::Removed(first) => {
                let mut last = first;
                while let Some(Op::Removed(i)) = ops.get(k + 1) {
                    last = *i;
                    k += 1;
                }
                out.push(Piece::Removed(&reference[ref_toks[first].start..ref_toks[last].end]));
                k += 1;
            }
            Op::Added(first) => {
                let mut last = first;
                while let Some(Op::Added(j)) = ops.get(k + 1) {
                    last = *j;
                    k += 1;
                }
                push_same(&mut out, &text[toks[first].lead..toks[first].start]);
                out.push(Piece::Added(&text[toks[first].start..toks[last].end]));
                k += 1;
            }
        }
    }
    push_same(&mut out, &text[toks.last().map_or(0, |t| t.end)..]);
    out
}

/// Appends unchanged text (white space or words), unless empty.
fn push_same<'a>(out: &mut Vec<Piece<'a>>, s: &'a str) {
    if !s.is_empty() {
        out.push(Piece::Same(s));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn text_of(pieces: &[Piece]) -> String {
        pieces
            .iter()
            .map(|p| match p {
                Piece::Same(s) | Piece::Added(s) => *s,
                Piece::Variant { text, .. } => *text,
                Piece::Removed(_) => "",
            })
            .collect()
    }

    #[test]
    fn identical_texts_are_all_same() {
        let pieces = diff("I just think we’re doing our own thing.", "I just think we’re doing our own thing.");
        assert!(pieces.iter().all(|p| matches!(p, Piece::Same(_))), "{pieces:?}");
    }

    #[test]
    fn curly_and_straight_apostrophes_are_variants_not_edits() {
        let pieces = diff("I don’t think", "I don't think");
        assert!(pieces.contains(&Piece::Variant { text: "don't", reference: "don’t" }), "{pieces:?}");
        assert!(!pieces.iter().any(|p| matches!(p, Piece::Added(_) | Piece::Removed(_))), "{pieces:?}");
    }

    #[test]
    fn a_cut_and_a_changed_word_are_marked() {
        let pieces = diff("we are not less friends because of the Trump thing", "we are less friends because of that thing");
        assert!(pieces.contains(&Piece::Removed("not")), "{pieces:?}");
        assert!(pieces.contains(&Piece::Removed("the Trump")), "{pieces:?}");
        assert!(pieces.contains(&Piece::Added("that")), "{pieces:?}");
    }

    #[test]
    fn the_text_comes_back_byte_for_byte() {
        let text = "  Hey, it’s JL.  I hope you’ll  reconsider…\n";
        let pieces = diff("Hey it's JL. I hope you will reconsider", text);
        assert_eq!(text_of(&pieces), text);
    }

    #[test]
    fn past_the_table_limit_the_middle_is_replaced_not_aligned() {
        let a = "w ".repeat(2100) + "end";
        let b = "v ".repeat(2100) + "end";
        let pieces = diff(&a, &b);
        assert!(matches!(pieces.first(), Some(Piece::Removed(_))), "{:?}", &pieces[..2]);
        assert_eq!(text_of(&pieces), b);
    }
}
