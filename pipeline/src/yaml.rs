//! The YAML the tool writes: one fixed, block-style layout owned by this project.
//!
//! Values go through serde into a `serde_yaml::Value` (whose mappings keep field order)
//! and are printed here, never by a crate's serializer, so that the bytes on disk (and
//! the hashes over them) change only when this file changes. This file is part of every
//! stage's fingerprint for that reason.
//!
//! Layout: two-space indentation, sequences indented under their key, empty collections
//! as `[]` and `{}`. A string is written plain only when it cannot be read back as
//! anything else (it starts with a letter, holds only letters, digits, spaces and
//! `_ . / -`, and is no YAML keyword or number), or when it is a span `12..40`; every
//! other string is double-quoted with escapes for whatever YAML does not print as is.

use serde::Serialize;
use serde_yaml::Value;
use std::fmt::Write as _;

/// Prints `value` (a struct or map) as the body of an annotation file.
pub fn to_string<T: Serialize>(value: &T) -> Result<String, serde_yaml::Error> {
    let value = serde_yaml::to_value(value)?;
    let mut out = String::new();
    match &value {
        Value::Mapping(map) if !map.is_empty() => mapping(&mut out, map, 0),
        other => {
            scalar_or_flow(&mut out, other);
            out.push('\n');
        }
    }
    Ok(out)
}

fn mapping(out: &mut String, map: &serde_yaml::Mapping, indent: usize) {
    for (i, (key, value)) in map.iter().enumerate() {
        if i > 0 {
            pad(out, indent);
        }
        scalar_or_flow(out, key);
        out.push(':');
        value_after_key(out, value, indent);
    }
}

fn value_after_key(out: &mut String, value: &Value, indent: usize) {
    match value {
        Value::Mapping(map) if !map.is_empty() => {
            out.push('\n');
            pad(out, indent + 2);
            mapping(out, map, indent + 2);
        }
        Value::Sequence(seq) if !seq.is_empty() => {
            out.push('\n');
            sequence(out, seq, indent + 2);
        }
        Value::Tagged(tagged) => value_after_key(out, &tagged.value, indent),
        other => {
            out.push(' ');
            scalar_or_flow(out, other);
            out.push('\n');
        }
    }
}

fn sequence(out: &mut String, seq: &[Value], indent: usize) {
    for item in seq {
        pad(out, indent);
        out.push_str("- ");
        match item {
            Value::Mapping(map) if !map.is_empty() => mapping(out, map, indent + 2),
            Value::Sequence(inner) if !inner.is_empty() => {
                out.push('\n');
                sequence(out, inner, indent + 2);
            }
            other => {
                scalar_or_flow(out, other);
                out.push('\n');
            }
        }
    }
}

fn pad(out: &mut String, indent: usize) {
    out.extend(std::iter::repeat_n(' ', indent));
}

fn scalar_or_flow(out: &mut String, value: &Value) {
    match value {
        Value::Null => out.push_str("null"),
        Value::Bool(b) => out.push_str(if *b { "true" } else { "false" }),
        Value::Number(n) => {
            let _ = write!(out, "{n}");
        }
        Value::String(s) => string(out, s),
        Value::Sequence(_) => out.push_str("[]"),
        Value::Mapping(_) => out.push_str("{}"),
        Value::Tagged(tagged) => scalar_or_flow(out, &tagged.value),
    }
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
