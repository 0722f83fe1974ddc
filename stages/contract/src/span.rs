//! Byte spans into a seed: the unit every annotation is anchored by.
//!
//! Offsets are UTF-8 byte offsets into the raw seed bytes, half-open. A `Span` can only
//! be built with `start <= end`; whether it lies inside a given document and on its
//! character boundaries depends on that document, so [`Span::within`] checks both and
//! is what stages use, and [`Span::check`] is what readers of hand-edited files use.

use std::fmt;
use std::str::FromStr;

/// A half-open byte range `start..end` into a seed.
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Debug)]
pub struct Span {
    start: usize,
    end: usize,
}

/// Why a span does not fit a document.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum SpanError {
    /// `end` lies past the end of the document.
    OutOfRange {
        /// The document's length in bytes.
        len: usize,
    },
    /// An end of the span falls inside a multi-byte UTF-8 character.
    SplitsCharacter {
        /// The offending offset.
        at: usize,
    },
}

impl fmt::Display for SpanError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            SpanError::OutOfRange { len } => {
                write!(f, "is out of range: the seed is {len} bytes long")
            }
            SpanError::SplitsCharacter { at } => {
                write!(f, "splits a UTF-8 character at byte {at}")
            }
        }
    }
}

impl Span {
    /// A span from `start` to `end`; `None` when `start > end`.
    pub fn new(start: usize, end: usize) -> Option<Span> {
        (start <= end).then_some(Span { start, end })
    }

    /// A span that is known to fit `text`: inside it and on character boundaries.
    pub fn within(text: &str, start: usize, end: usize) -> Result<Span, SpanError> {
        let span = Span::new(start, end).ok_or(SpanError::OutOfRange { len: text.len() })?;
        span.check(text)?;
        Ok(span)
    }

    /// Checks that the span lies inside `text` and on its character boundaries.
    pub fn check(self, text: &str) -> Result<(), SpanError> {
        if self.end > text.len() {
            return Err(SpanError::OutOfRange { len: text.len() });
        }
        for at in [self.start, self.end] {
            if !text.is_char_boundary(at) {
                return Err(SpanError::SplitsCharacter { at });
            }
        }
        Ok(())
    }

    /// First byte of the span.
    pub fn start(self) -> usize {
        self.start
    }

    /// One past the last byte of the span.
    pub fn end(self) -> usize {
        self.end
    }

    /// Length in bytes.
    pub fn len(self) -> usize {
        self.end - self.start
    }

    /// Whether the span covers no bytes.
    pub fn is_empty(self) -> bool {
        self.start == self.end
    }

    /// The text the span covers, or `None` when it does not fit `text`.
    pub fn slice(self, text: &str) -> Option<&str> {
        text.get(self.start..self.end)
    }

    /// Whether `other` lies wholly inside this span.
    pub fn contains(self, other: Span) -> bool {
        self.start <= other.start && other.end <= self.end
    }

    /// Whether byte `at` lies inside this span.
    pub fn contains_offset(self, at: usize) -> bool {
        self.start <= at && at < self.end
    }

    /// Whether the two spans share at least one byte.
    pub fn overlaps(self, other: Span) -> bool {
        self.start < other.end && other.start < self.end
    }

    /// The same span moved by `delta` bytes; `None` when it would leave `0..=usize::MAX`.
    pub fn shifted(self, delta: isize) -> Option<Span> {
        let start = self.start.checked_add_signed(delta)?;
        let end = self.end.checked_add_signed(delta)?;
        Some(Span { start, end })
    }
}

impl fmt::Display for Span {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}..{}", self.start, self.end)
    }
}

/// Why a string is not a span.
#[derive(Clone, PartialEq, Eq, Debug)]
pub struct ParseSpanError(String);

impl fmt::Display for ParseSpanError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for ParseSpanError {}

impl FromStr for Span {
    type Err = ParseSpanError;

    /// Parses `start..end`, allowing white space around the numbers.
    fn from_str(s: &str) -> Result<Span, ParseSpanError> {
        let bad = || ParseSpanError(format!("`{s}` is not a span: write it as start..end, e.g. 12..40"));
        let (a, b) = s.split_once("..").ok_or_else(bad)?;
        let number = |part: &str| -> Result<usize, ParseSpanError> {
            let part = part.trim();
            if part.is_empty() || !part.bytes().all(|b| b.is_ascii_digit()) {
                return Err(bad());
            }
            part.parse::<usize>()
                .map_err(|_| ParseSpanError(format!("`{s}` is not a span: {part} is too large")))
        };
        let (start, end) = (number(a)?, number(b)?);
        Span::new(start, end)
            .ok_or_else(|| ParseSpanError(format!("`{s}` is not a span: it ends before it starts")))
    }
}

impl serde::Serialize for Span {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

impl<'de> serde::Deserialize<'de> for Span {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Span, D::Error> {
        struct Visitor;
        impl serde::de::Visitor<'_> for Visitor {
            type Value = Span;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a span written start..end")
            }
            fn visit_str<E: serde::de::Error>(self, v: &str) -> Result<Span, E> {
                v.parse().map_err(E::custom)
            }
        }
        deserializer.deserialize_str(Visitor)
    }
}

impl schemars::JsonSchema for Span {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "Span".into()
    }

    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({
            "type": "string",
            "pattern": "^\\s*[0-9]+\\s*\\.\\.\\s*[0-9]+\\s*$",
            "description": "A byte range start..end into the seed, half-open, in UTF-8 bytes."
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_and_prints_start_dot_dot_end() {
        let span: Span = "12..40".parse().unwrap();
        assert_eq!((span.start(), span.end()), (12, 40));
        assert_eq!(span.to_string(), "12..40");
        assert_eq!(" 3 .. 5 ".parse::<Span>().unwrap(), Span::new(3, 5).unwrap());
    }

    #[test]
    fn refuses_reversed_malformed_and_gigantic_spans() {
        assert!("40..12".parse::<Span>().unwrap_err().to_string().contains("ends before"));
        assert!("12-40".parse::<Span>().is_err());
        assert!("-1..4".parse::<Span>().is_err());
        assert!("..4".parse::<Span>().is_err());
        let huge = "1..99999999999999999999999999";
        assert!(huge.parse::<Span>().unwrap_err().to_string().contains("too large"));
    }

    #[test]
    fn within_refuses_spans_that_split_a_character_or_leave_the_text() {
        let text = "a’b"; // ’ is three bytes: 1..4
        assert!(Span::within(text, 0, 4).is_ok());
        assert_eq!(Span::within(text, 0, 2), Err(SpanError::SplitsCharacter { at: 2 }));
        assert_eq!(Span::within(text, 0, 9), Err(SpanError::OutOfRange { len: 5 }));
    }
}
