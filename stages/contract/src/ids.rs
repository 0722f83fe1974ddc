//! Stable, readable item ids derived from content, not position.
//!
//! An id is a prefix and the first words of the item's text as a slug
//! (`q-i-dont-think-were-less`), so it reads well in a diff and in `pipeline trace`, and
//! survives edits elsewhere in the document. Two items whose slugs collide get `-2`,
//! `-3`, ... in document order.

use rustc_hash::FxHashMap;

/// How many words of the text an id keeps.
const WORDS: usize = 6;
/// The longest slug, in bytes, before the suffix.
const MAX_SLUG: usize = 48;

/// Hands out unique ids within one file.
#[derive(Debug, Default)]
pub struct IdMaker {
    /// Per string, in one entry so that an id costs one look-up: how often it came as a
    /// base (its items' `-2`, `-3`, ... count on from it), and whether it was handed out
    /// as an id. A suffixed id (`p-8`, `q-x-2`) can equal another item's plain slug (a
    /// paragraph that reads "8", a quote starting "x 2"), so both are kept per string.
    ids: FxHashMap<String, Used>,
}

/// What [`IdMaker`] knows of one string.
#[derive(Debug, Default)]
struct Used {
    as_base: usize,
    given: bool,
}

impl IdMaker {
    /// A maker with no ids handed out yet.
    pub fn new() -> IdMaker {
        IdMaker::default()
    }

    /// The id for an item with `prefix` (`q`, `p`, `c`) and `text`.
    pub fn make(&mut self, prefix: &str, text: &str) -> String {
        let slug = slug(text, WORDS, MAX_SLUG);
        let plain = !slug.is_empty();
        let mut base = String::with_capacity(prefix.len() + 1 + slug.len());
        base.push_str(prefix);
        if plain {
            base.push('-');
            base.push_str(&slug);
        }
        loop {
            // (the base is looked up before it is copied: most are new, few repeat)
            let used = match self.ids.get_mut(&base) {
                Some(used) => used,
                None => self.ids.entry(base.clone()).or_default(),
            };
            used.as_base += 1;
            let n = used.as_base;
            if n == 1 && plain {
                if !used.given {
                    used.given = true;
                    return base;
                }
                continue;
            }
            let id = format!("{base}-{n}");
            match self.ids.get_mut(&id) {
                Some(used) if used.given => {}
                Some(used) => {
                    used.given = true;
                    return id;
                }
                None => {
                    self.ids.insert(id.clone(), Used { as_base: 0, given: true });
                    return id;
                }
            }
        }
    }
}

/// Lower-case letters and digits of the first `words` words, joined by `-`; apostrophes
/// vanish (`don’t` becomes `dont`) and other punctuation separates words.
pub fn slug(text: &str, words: usize, max_len: usize) -> String {
    let mut out = String::with_capacity(max_len);
    let mut count = 0;
    let mut in_word = false;
    for c in text.chars() {
        if c.is_alphanumeric() {
            if !in_word {
                if count == words {
                    break;
                }
                if !out.is_empty() {
                    out.push('-');
                }
                count += 1;
                in_word = true;
            }
            if c.is_ascii() {
                if out.len() + 1 > max_len {
                    return out.trim_end_matches('-').to_string();
                }
                out.push(c.to_ascii_lowercase());
                continue;
            }
            for l in c.to_lowercase() {
                if out.len() + l.len_utf8() > max_len {
                    return out.trim_end_matches('-').to_string();
                }
                out.push(l);
            }
        } else if !matches!(c, '\'' | '’' | '‘') {
            in_word = false;
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashSet;

    #[test]
    fn ids_are_slugs_of_the_first_words() {
        let mut ids = IdMaker::new();
        assert_eq!(ids.make("q", "I don’t think we’re less friends because"), "q-i-dont-think-were-less-friends");
        assert_eq!(ids.make("p", "“Hey it’s JL.”"), "p-hey-its-jl");
    }

    #[test]
    fn a_suffixed_id_never_equals_another_items_slug() {
        // eight separator lines ("___.") make p-1..p-8; a paragraph that reads "8" must
        // not get p-8 again, nor a quote "x 2" the id of the second "x".
        let mut ids = IdMaker::new();
        let mut all: Vec<String> = (0..8).map(|_| ids.make("p", "___.")).collect();
        all.push(ids.make("p", "8"));
        all.push(ids.make("q", "x"));
        all.push(ids.make("q", "x 2"));
        all.push(ids.make("q", "x"));
        let unique: HashSet<&String> = all.iter().collect();
        assert_eq!(unique.len(), all.len(), "{all:?}");
    }

    #[test]
    fn slugs_fold_case_and_drop_apostrophes_beyond_ascii() {
        assert_eq!(slug("Über’s “café” — Ünal's", 6, 48), "übers-café-ünals");
        assert_eq!(slug("a\u{2009}b…c", 6, 48), "a-b-c");
        assert_eq!(slug("Ärger Ärger", 6, 7), "ärger");
    }

    #[test]
    fn colliding_slugs_get_a_suffix_in_order() {
        let mut ids = IdMaker::new();
        assert_eq!(ids.make("p", "Getty Images"), "p-getty-images");
        assert_eq!(ids.make("p", "Getty Images"), "p-getty-images-2");
        assert_eq!(ids.make("p", "🤣🤣"), "p-1");
        assert_eq!(ids.make("p", "!!"), "p-2");
    }
}
