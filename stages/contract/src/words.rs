//! [`Words`]: a list of short strings in one buffer.
//!
//! A fact member's `why` lists the terms it shares with its partner: about twenty words
//! for each of hundreds of thousands of members in a large corpus. As a `Vec<String>` that
//! is one allocation per word, and it was most of the memory the linked claims took
//! (40 % of the `claims` step's peak at 10,000 documents). Here a list is two allocations,
//! whatever its length. On disk it is the same list of strings.

use serde::de::{SeqAccess, Visitor};
use serde::ser::SerializeSeq;
use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// A list of strings kept end to end in one buffer; serialized as a sequence of strings.
#[derive(Clone, Default, PartialEq, Eq)]
pub struct Words {
    text: String,
    /// Where each word ends in `text` (a list longer than 4 GiB is refused when read).
    ends: Vec<u32>,
}

impl Words {
    /// An empty list.
    pub fn new() -> Words {
        Words::default()
    }

    /// Adds a word at the end.
    ///
    /// # Panics
    ///
    /// When the list's words together pass 4 GiB.
    pub fn push(&mut self, word: &str) {
        self.text.push_str(word);
        self.ends.push(u32::try_from(self.text.len()).expect("a list of words under 4 GiB"));
    }

    /// How many words the list holds.
    pub fn len(&self) -> usize {
        self.ends.len()
    }

    /// Whether the list holds no word.
    pub fn is_empty(&self) -> bool {
        self.ends.is_empty()
    }

    /// The words, in order.
    pub fn iter(&self) -> Iter<'_> {
        Iter { words: self, next: 0 }
    }
}

/// The words of a [`Words`], in order.
#[derive(Clone, Debug)]
pub struct Iter<'a> {
    words: &'a Words,
    next: usize,
}

impl<'a> Iterator for Iter<'a> {
    type Item = &'a str;
    fn next(&mut self) -> Option<&'a str> {
        let end = *self.words.ends.get(self.next)? as usize;
        let start = if self.next == 0 { 0 } else { self.words.ends[self.next - 1] as usize };
        self.next += 1;
        Some(&self.words.text[start..end])
    }
    fn size_hint(&self) -> (usize, Option<usize>) {
        let left = self.words.ends.len() - self.next;
        (left, Some(left))
    }
}

impl ExactSizeIterator for Iter<'_> {}

impl<'a> IntoIterator for &'a Words {
    type Item = &'a str;
    type IntoIter = Iter<'a>;
    fn into_iter(self) -> Iter<'a> {
        self.iter()
    }
}

impl<S: AsRef<str>> FromIterator<S> for Words {
    fn from_iter<I: IntoIterator<Item = S>>(words: I) -> Words {
        let mut out = Words::new();
        for w in words {
            out.push(w.as_ref());
        }
        out
    }
}

impl std::fmt::Debug for Words {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_list().entries(self.iter()).finish()
    }
}

impl Serialize for Words {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut seq = serializer.serialize_seq(Some(self.len()))?;
        for w in self.iter() {
            seq.serialize_element(w)?;
        }
        seq.end()
    }
}

impl<'de> Deserialize<'de> for Words {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Words, D::Error> {
        struct List;
        impl<'de> Visitor<'de> for List {
            type Value = Words;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("a list of strings")
            }
            fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Words, A::Error> {
                let mut out = Words::new();
                while let Some(w) = seq.next_element::<String>()? {
                    if out.text.len() + w.len() > u32::MAX as usize {
                        return Err(serde::de::Error::custom("a list of words longer than 4 GiB"));
                    }
                    out.push(&w);
                }
                Ok(out)
            }
        }
        deserializer.deserialize_seq(List)
    }
}

#[cfg(test)]
mod tests {
    use super::Words;

    #[test]
    fn words_keep_their_order_and_bounds() {
        let w: Words = ["Helen Okafor", "", "2018", "é"].into_iter().collect();
        assert_eq!(w.len(), 4);
        assert_eq!(w.iter().collect::<Vec<_>>(), ["Helen Okafor", "", "2018", "é"]);
        assert!(Words::new().is_empty());
        assert_eq!(format!("{w:?}"), r#"["Helen Okafor", "", "2018", "é"]"#);
    }

    #[test]
    fn words_read_back_as_the_list_of_strings_they_print() {
        let w: Words = ["men", "Donald Trump", "say \"no\""].into_iter().collect();
        let json = serde_json::to_string(&w).unwrap();
        assert_eq!(json, r#"["men","Donald Trump","say \"no\""]"#);
        assert_eq!(serde_json::from_str::<Words>(&json).unwrap(), w);
        assert!(serde_json::from_str::<Words>(r#""men""#).is_err(), "a string is no list");
    }
}
