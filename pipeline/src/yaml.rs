//! The YAML the tool writes: one fixed, block-style layout owned by this project.
//!
//! Values go through serde straight into this printer, never through a crate's
//! serializer or a value tree, so that the bytes on disk (and the hashes over them)
//! change only when this file changes, and a large file is printed without first being
//! built a second time in memory. This file is part of every stage's fingerprint for
//! that reason.
//!
//! Layout: two-space indentation, sequences indented under their key, empty collections
//! as `[]` and `{}`. A string is written plain only when it cannot be read back as
//! anything else (it starts with a letter, holds only letters, digits, spaces and
//! `_ . / -`, and is no YAML keyword or number), or when it is a span `12..40`; every
//! other string is double-quoted with escapes for whatever YAML does not print as is.
//! Numbers are printed as YAML's own printer prints them (`ryu` for floats,
//! `.nan` and `.inf`). An enum variant's data is printed without its name.

use serde::ser;
use serde::Serialize;
use std::fmt::{self, Write as _};

/// Why a value cannot be printed (a shape the annotation files never have).
#[derive(Debug)]
pub struct Error(String);

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for Error {}

impl ser::Error for Error {
    fn custom<T: fmt::Display>(msg: T) -> Error {
        Error(msg.to_string())
    }
}

/// Prints `value` (a struct or map) as the body of an annotation file.
pub fn to_string<T: Serialize + ?Sized>(value: &T) -> Result<String, Error> {
    let mut out = String::new();
    print_into(&mut out, value)?;
    Ok(out)
}

/// Prints `value` as [`to_string`] does, at the end of `out` (after a file's header, so
/// that a large body is not held twice).
pub fn print_into<T: Serialize + ?Sized>(out: &mut String, value: &T) -> Result<(), Error> {
    value.serialize(Printer { out, at: At::Top })
}

/// Where a value goes, which decides what is written before it.
#[derive(Clone, Copy)]
enum At {
    /// The whole body.
    Top,
    /// After `key:` in a mapping whose keys are at `indent`.
    Value { indent: usize },
    /// After `- ` in a sequence whose dashes are at `indent`.
    Item { indent: usize },
}

impl At {
    /// The indentation of a mapping's keys (after the first) or a sequence's dashes
    /// that starts here.
    fn inner(self) -> usize {
        match self {
            At::Top => 0,
            At::Value { indent } | At::Item { indent } => indent + 2,
        }
    }
}

struct Printer<'a> {
    out: &'a mut String,
    at: At,
}

impl<'a> Printer<'a> {
    /// A scalar (or an empty collection) on the current line.
    fn scalar(self, write: impl FnOnce(&mut String)) -> Result<(), Error> {
        if let At::Value { .. } = self.at {
            self.out.push(' ');
        }
        write(self.out);
        self.out.push('\n');
        Ok(())
    }

    fn number(self, n: impl fmt::Display) -> Result<(), Error> {
        self.scalar(|out| {
            let _ = write!(out, "{n}");
        })
    }

    fn float(self, f: f64) -> Result<(), Error> {
        self.scalar(|out| {
            if f.is_nan() {
                out.push_str(".nan");
            } else if f.is_infinite() {
                out.push_str(if f.is_sign_negative() { "-.inf" } else { ".inf" });
            } else {
                out.push_str(ryu::Buffer::new().format_finite(f));
            }
        })
    }

    fn block(self, empty: &'static str) -> Block<'a> {
        let Printer { out, at } = self;
        Block { out, at, count: 0, empty }
    }
}

/// A mapping or a sequence being printed; written as `empty` if nothing comes.
struct Block<'a> {
    out: &'a mut String,
    at: At,
    count: usize,
    empty: &'static str,
}

impl Block<'_> {
    /// Starts the next key of a mapping.
    fn key(&mut self) {
        match (self.count, self.at) {
            (0, At::Value { .. }) => {
                self.out.push('\n');
                pad(self.out, self.at.inner());
            }
            // the first key goes on the line the caller began (`- ` or nothing)
            (0, _) => {}
            _ => pad(self.out, self.at.inner()),
        }
        self.count += 1;
    }

    fn value<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), Error> {
        value.serialize(Printer { out: self.out, at: At::Value { indent: self.at.inner() } })
    }

    fn field<T: Serialize + ?Sized>(&mut self, name: &str, value: &T) -> Result<(), Error> {
        self.key();
        string(self.out, name);
        self.out.push(':');
        self.value(value)
    }

    fn element<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), Error> {
        if let At::Top = self.at {
            return Err(Error("an annotation file's body is a mapping, not a sequence".into()));
        }
        if self.count == 0 {
            self.out.push('\n');
        }
        let indent = self.at.inner();
        pad(self.out, indent);
        self.out.push_str("- ");
        self.count += 1;
        value.serialize(Printer { out: self.out, at: At::Item { indent } })
    }

    fn end(self) -> Result<(), Error> {
        if self.count == 0 {
            let empty = self.empty;
            return Printer { out: self.out, at: self.at }.scalar(|out| out.push_str(empty));
        }
        Ok(())
    }
}

impl<'a> ser::Serializer for Printer<'a> {
    type Ok = ();
    type Error = Error;
    type SerializeSeq = Block<'a>;
    type SerializeTuple = Block<'a>;
    type SerializeTupleStruct = Block<'a>;
    type SerializeTupleVariant = Block<'a>;
    type SerializeMap = Block<'a>;
    type SerializeStruct = Block<'a>;
    type SerializeStructVariant = Block<'a>;

    fn serialize_bool(self, v: bool) -> Result<(), Error> {
        self.scalar(|out| out.push_str(if v { "true" } else { "false" }))
    }
    fn serialize_i8(self, v: i8) -> Result<(), Error> {
        self.number(v)
    }
    fn serialize_i16(self, v: i16) -> Result<(), Error> {
        self.number(v)
    }
    fn serialize_i32(self, v: i32) -> Result<(), Error> {
        self.number(v)
    }
    fn serialize_i64(self, v: i64) -> Result<(), Error> {
        self.number(v)
    }
    fn serialize_u8(self, v: u8) -> Result<(), Error> {
        self.number(v)
    }
    fn serialize_u16(self, v: u16) -> Result<(), Error> {
        self.number(v)
    }
    fn serialize_u32(self, v: u32) -> Result<(), Error> {
        self.number(v)
    }
    fn serialize_u64(self, v: u64) -> Result<(), Error> {
        self.number(v)
    }
    fn serialize_f32(self, v: f32) -> Result<(), Error> {
        self.float(f64::from(v))
    }
    fn serialize_f64(self, v: f64) -> Result<(), Error> {
        self.float(v)
    }
    fn serialize_char(self, v: char) -> Result<(), Error> {
        self.serialize_str(v.encode_utf8(&mut [0; 4]))
    }
    fn serialize_str(self, v: &str) -> Result<(), Error> {
        self.scalar(|out| string(out, v))
    }
    fn serialize_bytes(self, v: &[u8]) -> Result<(), Error> {
        let mut seq = self.block("[]");
        for b in v {
            seq.element(b)?;
        }
        seq.end()
    }
    fn serialize_none(self) -> Result<(), Error> {
        self.serialize_unit()
    }
    fn serialize_some<T: Serialize + ?Sized>(self, value: &T) -> Result<(), Error> {
        value.serialize(self)
    }
    fn serialize_unit(self) -> Result<(), Error> {
        self.scalar(|out| out.push_str("null"))
    }
    fn serialize_unit_struct(self, _: &'static str) -> Result<(), Error> {
        self.serialize_unit()
    }
    fn serialize_unit_variant(self, _: &'static str, _: u32, variant: &'static str) -> Result<(), Error> {
        self.serialize_str(variant)
    }
    fn serialize_newtype_struct<T: Serialize + ?Sized>(self, _: &'static str, value: &T) -> Result<(), Error> {
        value.serialize(self)
    }
    fn serialize_newtype_variant<T: Serialize + ?Sized>(self, _: &'static str, _: u32, _: &'static str, value: &T) -> Result<(), Error> {
        value.serialize(self)
    }
    fn serialize_seq(self, _: Option<usize>) -> Result<Block<'a>, Error> {
        Ok(self.block("[]"))
    }
    fn serialize_tuple(self, _: usize) -> Result<Block<'a>, Error> {
        Ok(self.block("[]"))
    }
    fn serialize_tuple_struct(self, _: &'static str, _: usize) -> Result<Block<'a>, Error> {
        Ok(self.block("[]"))
    }
    fn serialize_tuple_variant(self, _: &'static str, _: u32, _: &'static str, _: usize) -> Result<Block<'a>, Error> {
        Ok(self.block("[]"))
    }
    fn serialize_map(self, _: Option<usize>) -> Result<Block<'a>, Error> {
        Ok(self.block("{}"))
    }
    fn serialize_struct(self, _: &'static str, _: usize) -> Result<Block<'a>, Error> {
        Ok(self.block("{}"))
    }
    fn serialize_struct_variant(self, _: &'static str, _: u32, _: &'static str, _: usize) -> Result<Block<'a>, Error> {
        Ok(self.block("{}"))
    }
}

/// The four sequence-like compounds of serde all print as a sequence.
macro_rules! sequence_like {
    ($($trait:ident :: $method:ident),*) => {$(
        impl ser::$trait for Block<'_> {
            type Ok = ();
            type Error = Error;
            fn $method<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), Error> {
                self.element(value)
            }
            fn end(self) -> Result<(), Error> {
                Block::end(self)
            }
        }
    )*};
}

sequence_like!(SerializeSeq::serialize_element, SerializeTuple::serialize_element, SerializeTupleStruct::serialize_field, SerializeTupleVariant::serialize_field);

impl ser::SerializeMap for Block<'_> {
    type Ok = ();
    type Error = Error;
    fn serialize_key<T: Serialize + ?Sized>(&mut self, key: &T) -> Result<(), Error> {
        self.key();
        key.serialize(Key { out: self.out })?;
        self.out.push(':');
        Ok(())
    }
    fn serialize_value<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), Error> {
        self.value(value)
    }
    fn end(self) -> Result<(), Error> {
        Block::end(self)
    }
}

/// A struct and a struct variant print as a mapping of their fields.
macro_rules! struct_like {
    ($($trait:ident),*) => {$(
        impl ser::$trait for Block<'_> {
            type Ok = ();
            type Error = Error;
            fn serialize_field<T: Serialize + ?Sized>(&mut self, name: &'static str, value: &T) -> Result<(), Error> {
                self.field(name, value)
            }
            fn end(self) -> Result<(), Error> {
                Block::end(self)
            }
        }
    )*};
}

struct_like!(SerializeStruct, SerializeStructVariant);

/// A mapping's key: a string, number or boolean, on the key's line.
struct Key<'a> {
    out: &'a mut String,
}

fn not_key() -> Error {
    Error("a mapping key must be a string, a number or a boolean".into())
}

impl ser::Serializer for Key<'_> {
    type Ok = ();
    type Error = Error;
    type SerializeSeq = ser::Impossible<(), Error>;
    type SerializeTuple = ser::Impossible<(), Error>;
    type SerializeTupleStruct = ser::Impossible<(), Error>;
    type SerializeTupleVariant = ser::Impossible<(), Error>;
    type SerializeMap = ser::Impossible<(), Error>;
    type SerializeStruct = ser::Impossible<(), Error>;
    type SerializeStructVariant = ser::Impossible<(), Error>;

    fn serialize_bool(self, v: bool) -> Result<(), Error> {
        self.out.push_str(if v { "true" } else { "false" });
        Ok(())
    }
    fn serialize_i8(self, v: i8) -> Result<(), Error> {
        self.serialize_i64(v.into())
    }
    fn serialize_i16(self, v: i16) -> Result<(), Error> {
        self.serialize_i64(v.into())
    }
    fn serialize_i32(self, v: i32) -> Result<(), Error> {
        self.serialize_i64(v.into())
    }
    fn serialize_i64(self, v: i64) -> Result<(), Error> {
        let _ = write!(self.out, "{v}");
        Ok(())
    }
    fn serialize_u8(self, v: u8) -> Result<(), Error> {
        self.serialize_u64(v.into())
    }
    fn serialize_u16(self, v: u16) -> Result<(), Error> {
        self.serialize_u64(v.into())
    }
    fn serialize_u32(self, v: u32) -> Result<(), Error> {
        self.serialize_u64(v.into())
    }
    fn serialize_u64(self, v: u64) -> Result<(), Error> {
        let _ = write!(self.out, "{v}");
        Ok(())
    }
    fn serialize_f32(self, _: f32) -> Result<(), Error> {
        Err(not_key())
    }
    fn serialize_f64(self, _: f64) -> Result<(), Error> {
        Err(not_key())
    }
    fn serialize_char(self, v: char) -> Result<(), Error> {
        self.serialize_str(v.encode_utf8(&mut [0; 4]))
    }
    fn serialize_str(self, v: &str) -> Result<(), Error> {
        string(self.out, v);
        Ok(())
    }
    fn serialize_bytes(self, _: &[u8]) -> Result<(), Error> {
        Err(not_key())
    }
    fn serialize_none(self) -> Result<(), Error> {
        self.serialize_unit()
    }
    fn serialize_some<T: Serialize + ?Sized>(self, value: &T) -> Result<(), Error> {
        value.serialize(self)
    }
    fn serialize_unit(self) -> Result<(), Error> {
        self.out.push_str("null");
        Ok(())
    }
    fn serialize_unit_struct(self, _: &'static str) -> Result<(), Error> {
        self.serialize_unit()
    }
    fn serialize_unit_variant(self, _: &'static str, _: u32, variant: &'static str) -> Result<(), Error> {
        self.serialize_str(variant)
    }
    fn serialize_newtype_struct<T: Serialize + ?Sized>(self, _: &'static str, value: &T) -> Result<(), Error> {
        value.serialize(self)
    }
    fn serialize_newtype_variant<T: Serialize + ?Sized>(self, _: &'static str, _: u32, _: &'static str, value: &T) -> Result<(), Error> {
        value.serialize(self)
    }
    fn serialize_seq(self, _: Option<usize>) -> Result<Self::SerializeSeq, Error> {
        Err(not_key())
    }
    fn serialize_tuple(self, _: usize) -> Result<Self::SerializeTuple, Error> {
        Err(not_key())
    }
    fn serialize_tuple_struct(self, _: &'static str, _: usize) -> Result<Self::SerializeTupleStruct, Error> {
        Err(not_key())
    }
    fn serialize_tuple_variant(self, _: &'static str, _: u32, _: &'static str, _: usize) -> Result<Self::SerializeTupleVariant, Error> {
        Err(not_key())
    }
    fn serialize_map(self, _: Option<usize>) -> Result<Self::SerializeMap, Error> {
        Err(not_key())
    }
    fn serialize_struct(self, _: &'static str, _: usize) -> Result<Self::SerializeStruct, Error> {
        Err(not_key())
    }
    fn serialize_struct_variant(self, _: &'static str, _: u32, _: &'static str, _: usize) -> Result<Self::SerializeStructVariant, Error> {
        Err(not_key())
    }
}

fn pad(out: &mut String, indent: usize) {
    out.extend(std::iter::repeat_n(' ', indent));
}

/// Writes `s` plain when that is unambiguous, double-quoted otherwise.
pub fn string(out: &mut String, s: &str) {
    if is_plain_safe(s) {
        out.push_str(s);
    } else {
        double_quoted(out, s);
    }
}

fn is_plain_safe(s: &str) -> bool {
    if is_span_like(s) {
        return true;
    }
    let Some(first) = s.chars().next() else { return false };
    first.is_ascii_alphabetic()
        && !s.ends_with(' ')
        && !s.contains("  ")
        && s.chars().all(|c| c.is_ascii_alphanumeric() || matches!(c, ' ' | '_' | '.' | '/' | '-'))
        && !is_keyword(s)
        && s.parse::<f64>().is_err()
}

fn is_span_like(s: &str) -> bool {
    s.split_once("..").is_some_and(|(a, b)| {
        !a.is_empty() && !b.is_empty() && a.bytes().all(|c| c.is_ascii_digit()) && b.bytes().all(|c| c.is_ascii_digit())
    })
}

/// Words that YAML 1.1 (which PyYAML and libyaml-based readers follow) reads as
/// booleans or null.
fn is_keyword(s: &str) -> bool {
    const WORDS: &[&str] = &["y", "n", "yes", "no", "on", "off", "true", "false", "null"];
    WORDS.iter().any(|w| w.eq_ignore_ascii_case(s))
}

fn double_quoted(out: &mut String, s: &str) {
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            '\0' => out.push_str("\\0"),
            // YAML 1.1 readers take these as line breaks inside a scalar.
            '\u{85}' => out.push_str("\\N"),
            '\u{2028}' => out.push_str("\\L"),
            '\u{2029}' => out.push_str("\\P"),
            // Not in YAML's printable set: escape by code point.
            c if (c as u32) < 0x20 || (0x7f..=0x9f).contains(&(c as u32)) => {
                let _ = write!(out, "\\x{:02X}", c as u32);
            }
            '\u{feff}' | '\u{fffe}' | '\u{ffff}' => {
                let _ = write!(out, "\\u{:04X}", c as u32);
            }
            c => out.push(c),
        }
    }
    out.push('"');
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;
    use std::collections::BTreeMap;

    #[derive(Serialize)]
    struct Item {
        id: String,
        span: String,
        text: String,
        speaker: Option<String>,
        list: Vec<String>,
    }

    #[test]
    fn layout_is_block_style_with_indented_sequences() {
        #[derive(Serialize)]
        struct Body {
            quotes: Vec<Item>,
            empty: Vec<String>,
        }
        let body = Body {
            quotes: vec![Item {
                id: "q-hey-its-jl".into(),
                span: "12..40".into(),
                text: "Hey it’s JL: \"yes\"".into(),
                speaker: None,
                list: vec!["1..2".into(), "3..4".into()],
            }],
            empty: vec![],
        };
        assert_eq!(
            to_string(&body).unwrap(),
            "quotes:\n  - id: q-hey-its-jl\n    span: 12..40\n    text: \"Hey it’s JL: \\\"yes\\\"\"\n    speaker: null\n    list:\n      - 1..2\n      - 3..4\nempty: []\n"
        );
    }

    #[test]
    fn words_yaml_would_misread_are_quoted() {
        for s in ["yes", "No", "null", "1.5", "2015", "nan", "inf", "", " lead", "a: b", "#x", "Legend explained:"] {
            let mut out = String::new();
            string(&mut out, s);
            assert!(out.starts_with('"'), "{s:?} was written plain as {out}");
        }
        let mut out = String::new();
        string(&mut out, "john-legend");
        assert_eq!(out, "john-legend");
    }

    #[test]
    fn floats_are_printed_as_yaml_prints_them() {
        #[derive(Serialize)]
        struct Scores {
            one: f64,
            some: f64,
            tiny: f64,
            huge: f64,
            none: f64,
            neg: f64,
            small: f32,
        }
        let scores = Scores { one: 1.0, some: 0.85, tiny: 1e-7, huge: 1e20, none: f64::NAN, neg: f64::NEG_INFINITY, small: 0.5 };
        assert_eq!(to_string(&scores).unwrap(), "one: 1.0\nsome: 0.85\ntiny: 1e-7\nhuge: 1e20\nnone: .nan\nneg: -.inf\nsmall: 0.5\n");
    }

    #[test]
    fn nested_and_empty_collections_keep_the_block_layout() {
        #[derive(Serialize)]
        struct Body {
            rows: Vec<Vec<u32>>,
            maps: Vec<BTreeMap<String, Vec<String>>>,
            nothing: BTreeMap<String, u32>,
            unit: (),
        }
        let mut map = BTreeMap::new();
        map.insert("kanye-west".to_string(), vec!["a".to_string(), "b".to_string()]);
        map.insert("yes".to_string(), vec![]);
        let body = Body { rows: vec![vec![1, 2], vec![]], maps: vec![map, BTreeMap::new()], nothing: BTreeMap::new(), unit: () };
        assert_eq!(
            to_string(&body).unwrap(),
            "rows:\n  - \n    - 1\n    - 2\n  - []\nmaps:\n  - kanye-west:\n      - a\n      - b\n    \"yes\": []\n  - {}\nnothing: {}\nunit: null\n"
        );
    }

    #[test]
    fn an_enum_variant_is_printed_without_its_name() {
        #[derive(Serialize)]
        #[serde(rename_all = "lowercase")]
        enum Kind {
            Direct,
            Span(String),
        }
        #[derive(Serialize)]
        struct Body {
            kind: Kind,
            at: Kind,
        }
        assert_eq!(to_string(&Body { kind: Kind::Direct, at: Kind::Span("1..2".into()) }).unwrap(), "kind: direct\nat: 1..2\n");
    }

    #[test]
    fn a_body_that_is_not_a_mapping_is_refused_or_printed_as_a_scalar() {
        assert!(to_string(&vec![1, 2]).unwrap_err().to_string().contains("mapping"));
        assert_eq!(to_string(&Vec::<u32>::new()).unwrap(), "[]\n");
        assert_eq!(to_string("yes").unwrap(), "\"yes\"\n");
        let mut bad = BTreeMap::new();
        bad.insert(vec![1], 2);
        assert!(to_string(&bad).unwrap_err().to_string().contains("key"));
    }

    proptest! {
        #[test]
        fn any_string_reads_back_as_itself(s in any::<String>(), t in "\\PC*") {
            let mut map = BTreeMap::new();
            map.insert("text".to_string(), s.clone());
            map.insert("other".to_string(), t.clone());
            let yaml = to_string(&map).unwrap();
            let back: BTreeMap<String, String> = serde_yaml::from_str(&yaml).unwrap();
            prop_assert_eq!(&back["text"], &s);
            prop_assert_eq!(&back["other"], &t);
        }
    }
}
