//! Mojibake: UTF-8 that was decoded with a single-byte code page and encoded again.
//!
//! Each character of such text stands for one byte of the original UTF-8, so the damage
//! is found by mapping characters back to bytes through a code page and asking whether
//! the bytes form a UTF-8 sequence: `â€™` is E2 80 99 in Windows-1252, which is `’`.
//! Two code pages are tried, in order:
//!
//! - Windows-1252, by far the most common culprit (`â€™`, `Ã©`).
//! - Greek: ISO-8859-7 (2003 edition, with `€` at A4) for A0–FF, with Windows-1252's
//!   characters for 80–9F. This is what seed 003 shows: `πŸ€£` is F0 9F A4 A3 (🤣) only
//!   if `π` is F0 and `€` is A4 (ISO-8859-7; Windows-1253 has `¤` at A4 and `µ` at B5,
//!   where the seed's `πŸ“΅` needs `΅`), while `Ÿ` (9F), `“` (93) and `˜` (98) exist only
//!   in Windows-1252's 80–9F range, which ISO-8859-7 leaves to control codes. A decoder
//!   that reads ISO-8859-7 but treats 80–9F as Windows-1252 (as browsers do for Latin-1)
//!   explains every byte.
//!
//! Text that was also normalised after the damage (NFKC turns `¨` into a space and a
//! combining diaeresis) is recognised for the Windows-1252 accents that decompose so.
//!
//! A decoded character must be plausible for the sequence's length, so ordinary accented
//! text (`CAFÉ”`, `groß“`) is not mistaken for damage: two-byte results must be Latin,
//! Greek, Cyrillic, Hebrew or Arabic letters, which is what such damage hides.

use contract::{Damage, DamageKind};
use contract::span::Span;

#[derive(Clone, Copy, PartialEq, Eq)]
enum Page {
    Windows1252,
    Greek,
}

/// How many times a repair is repeated, for text damaged more than once.
const MAX_ROUNDS: usize = 3;

/// Every stretch of mojibake in `text`, in order, adjacent stretches merged.
pub(super) fn find(text: &str) -> Vec<Damage> {
    let mut out = Vec::new();
    if text.is_ascii() {
        return out;
    }
    for (start, end, first_pass) in runs(text) {
        let Ok(span) = Span::within(text, start, end) else { continue };
        let mut suggestion = first_pass;
        for _ in 1..MAX_ROUNDS {
            match repair(&suggestion) {
                Some(again) => suggestion = again,
                None => break,
            }
        }
        out.push(Damage {
            span,
            text: text[start..end].to_string(),
            kind: DamageKind::Mojibake,
            suggestion,
        });
    }
    out
}

/// `text` with every stretch of mojibake repaired once, or `None` when there is none.
fn repair(text: &str) -> Option<String> {
    let runs = runs(text);
    if runs.is_empty() {
        return None;
    }
    let mut out = String::with_capacity(text.len());
    let mut at = 0;
    for (start, end, fixed) in runs {
        out.push_str(&text[at..start]);
        out.push_str(&fixed);
        at = end;
    }
    out.push_str(&text[at..]);
    Some(out)
}

/// Maximal runs of adjacent damaged sequences: start, end and the text decoded once.
fn runs(text: &str) -> Vec<(usize, usize, String)> {
    let mut out: Vec<(usize, usize, String)> = Vec::new();
    let bytes = text.as_bytes();
    let mut pos = 0;
    while pos < text.len() {
        if bytes[pos] < 0x80 {
            pos += 1;
            continue;
        }
        if let Some((end, decoded)) = sequence_at(text, pos) {
            match out.last_mut() {
                Some(last) if last.1 == pos => {
                    last.1 = end;
                    last.2.push(decoded);
                }
                _ => out.push((pos, end, decoded.to_string())),
            }
            pos = end;
        } else {
            pos += text[pos..].chars().next().map_or(1, char::len_utf8);
        }
    }
    out
}

/// The damaged sequence starting at byte `pos`: its end and the character it hid.
fn sequence_at(text: &str, pos: usize) -> Option<(usize, char)> {
    [Page::Windows1252, Page::Greek].into_iter().find_map(|page| sequence_in(text, pos, page))
}

fn sequence_in(text: &str, pos: usize, page: Page) -> Option<(usize, char)> {
    let lead = text[pos..].chars().next()?;
    let b0 = byte_of(page, lead)?;
    let need = match b0 {
        0xC2..=0xDF => 1,
        0xE0..=0xEF => 2,
        0xF0..=0xF4 => 3,
        _ => return None,
    };
    let mut buf = [b0, 0, 0, 0];
    let mut end = pos + lead.len_utf8();
    for slot in buf.iter_mut().take(need + 1).skip(1) {
        let (byte, used) = continuation(page, &text[end..])?;
        *slot = byte;
        end += used;
    }
    let decoded = std::str::from_utf8(&buf[..=need]).ok()?.chars().next()?;
    plausible(decoded, need).then_some((end, decoded))
}

/// The continuation byte (80–BF) that the start of `rest` stands for, and its length.
fn continuation(page: Page, rest: &str) -> Option<(u8, usize)> {
    let mut chars = rest.chars();
    let c = chars.next()?;
    if let Some(b) = byte_of(page, c).filter(|b| (0x80..=0xBF).contains(b)) {
        return Some((b, c.len_utf8()));
    }
    // NFKC after the damage: a spacing accent became a space and a combining mark.
    if c == ' ' && page == Page::Windows1252 {
        let byte = match chars.next()? {
            '\u{0308}' => 0xA8,
            '\u{0304}' => 0xAF,
            '\u{0301}' => 0xB4,
            '\u{0327}' => 0xB8,
            _ => return None,
        };
        return Some((byte, 1 + 2));
    }
    None
}

/// Whether a character decoded from a sequence of `need + 1` bytes is what damaged text
/// usually hides, rather than an accident of ordinary accented text.
fn plausible(c: char, need: usize) -> bool {
    let u = c as u32;
    match need {
        1 => matches!(u,
            0xA0..=0x24F        // Latin-1 Supplement, Latin Extended-A and -B
            | 0x2B0..=0x2FF     // spacing modifiers
            | 0x370..=0x3FF     // Greek
            | 0x400..=0x4FF     // Cyrillic
            | 0x5D0..=0x5EA     // Hebrew letters
            | 0x600..=0x6FF),   // Arabic
        2 => !(0xE000..=0xF8FF).contains(&u) && !(0xFDD0..=0xFDEF).contains(&u) && u != 0xFFFE && u != 0xFFFF,
        _ => true,
    }
}

/// The byte that `c` is in `page`, when it has one.
fn byte_of(page: Page, c: char) -> Option<u8> {
    let u = c as u32;
    if u < 0x80 {
        return u8::try_from(u).ok();
    }
    match page {
        Page::Windows1252 => windows_1252_high(c).or_else(|| latin1(u)),
        Page::Greek => greek_upper(c).or_else(|| windows_1252_high(c)),
    }
}

/// Latin-1's A0–FF, shared by Windows-1252, and the C1 controls 80–9F that lenient
/// decoders pass through for the five bytes Windows-1252 leaves undefined.
fn latin1(u: u32) -> Option<u8> {
    if (0x80..=0xFF).contains(&u) {
        u8::try_from(u).ok()
    } else {
        None
    }
}

/// Windows-1252's 80–9F.
fn windows_1252_high(c: char) -> Option<u8> {
    Some(match c {
        '€' => 0x80,
        '‚' => 0x82,
        'ƒ' => 0x83,
        '„' => 0x84,
        '…' => 0x85,
        '†' => 0x86,
        '‡' => 0x87,
        'ˆ' => 0x88,
        '‰' => 0x89,
        'Š' => 0x8A,
        '‹' => 0x8B,
        'Œ' => 0x8C,
        'Ž' => 0x8E,
        '‘' => 0x91,
        '’' => 0x92,
        '“' => 0x93,
        '”' => 0x94,
        '•' => 0x95,
        '–' => 0x96,
        '—' => 0x97,
        '˜' => 0x98,
        '™' => 0x99,
        'š' => 0x9A,
        '›' => 0x9B,
        'œ' => 0x9C,
        'ž' => 0x9E,
        'Ÿ' => 0x9F,
        _ => return None,
    })
}

/// ISO-8859-7 (2003)'s A0–FF.
fn greek_upper(c: char) -> Option<u8> {
    let u = c as u32;
    let byte = match c {
        '\u{A0}' => 0xA0,
        '‘' => 0xA1,
        '’' => 0xA2,
        '£' => 0xA3,
        '€' => 0xA4,
        '₯' => 0xA5,
        '¦' => 0xA6,
        '§' => 0xA7,
        '¨' => 0xA8,
        '©' => 0xA9,
        'ͺ' => 0xAA,
        '«' => 0xAB,
        '¬' => 0xAC,
        '\u{AD}' => 0xAD,
        '―' => 0xAF,
        '°' => 0xB0,
        '±' => 0xB1,
        '²' => 0xB2,
        '³' => 0xB3,
        '΄' => 0xB4,
        '΅' => 0xB5,
        'Ά' => 0xB6,
        '·' => 0xB7,
        'Έ' => 0xB8,
        'Ή' => 0xB9,
        'Ί' => 0xBA,
        '»' => 0xBB,
        'Ό' => 0xBC,
        '½' => 0xBD,
        'Ύ' => 0xBE,
        'Ώ' => 0xBF,
        // ΐ..ώ sit in order from C0, with D2 unassigned.
        _ if (0x390..=0x3CE).contains(&u) && u != 0x3A2 => return u8::try_from(u - 0x390 + 0xC0).ok(),
        _ => return None,
    };
    Some(byte)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn windows_1252_apostrophe_is_repaired() {
        let d = find("don\u{e2}\u{20ac}\u{2122}t");
        assert_eq!(d.len(), 1);
        assert_eq!(d[0].text, "â€™");
        assert_eq!(d[0].suggestion, "’");
        assert_eq!(d[0].span, Span::new(3, 11).unwrap());
    }

    #[test]
    fn greek_page_explains_the_emoji() {
        let d = find("phones πŸ€£πŸ“΅ ok");
        assert_eq!(d.len(), 1);
        assert_eq!(d[0].suggestion, "🤣📵");
    }

    #[test]
    fn double_damage_is_repaired_twice() {
        let d = find("it\u{c3}\u{a2}\u{e2}\u{201a}\u{ac}\u{e2}\u{201e}\u{a2}s");
        assert_eq!(d.len(), 1);
        assert_eq!(d[0].suggestion, "’");
    }

    #[test]
    fn accented_text_is_not_damage() {
        for text in ["CAFÉ” said", "„groß“", "Ελληνικά κείμενα", "Привет, мир", "naïve café déjà vu", "Straße"] {
            assert!(find(text).is_empty(), "{text}");
        }
    }

    #[test]
    fn normalised_damage_is_found() {
        let d = find("na\u{c3} \u{304}ve");
        assert_eq!(d.len(), 1);
        assert_eq!(d[0].suggestion, "ï");
    }
}
