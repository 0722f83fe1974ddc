//! Invariants of the speakers and quotes stages on any input: no panic, every span inside
//! the text and on character boundaries, every text equal to its bytes, every speaker id
//! known to the speakers stage.

use proptest::prelude::*;
use stages::segment::segment;
use stages::speakers::speakers;
use stages::{quotes, Span};

fn check(text: &str) {
    let seg = segment(text);
    let sp = speakers(text, &seg);
    let q = quotes::quotes(text, &seg, &sp);
    let ok = |span: Span, t: &str| {
        assert!(span.check(text).is_ok(), "{span} fits");
        assert_eq!(span.slice(text), Some(t));
    };
    for s in &sp.speakers {
        assert!(!s.mentions.is_empty());
        for m in &s.mentions {
            ok(m.span, &m.text);
        }
    }
    for x in &q.quotes {
        ok(x.span, &x.text);
        if let Some(c) = &x.cue {
            ok(c.span, &c.text);
        }
        if let Some(id) = &x.speaker {
            assert!(sp.speakers.iter().any(|s| &s.id == id), "speaker {id} exists");
        }
    }
    for n in &q.not_quotes {
        ok(n.span, &n.text);
    }
    let mut ids: Vec<&str> = q.quotes.iter().map(|x| x.id.as_str()).collect();
    ids.sort_unstable();
    ids.dedup();
    assert_eq!(ids.len(), q.quotes.len(), "quote ids are unique");
}

/// Text made of the pieces that trouble quote finding: marks of every kind, names,
/// cues, pronouns, line breaks, multi-byte characters.
fn newsy() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        Just("\"".to_string()),
        Just("“".to_string()),
        Just("”".to_string()),
        Just("‘".to_string()),
        Just("’".to_string()),
        Just("''".to_string()),
        Just("«".to_string()),
        Just("»".to_string()),
        Just("„".to_string()),
        Just(" Maria Lopez said".to_string()),
        Just(" said Tom Baker,".to_string()),
        Just(" she said:".to_string()),
        Just(" the tweet continued.".to_string()),
        Just(" according to Lopez".to_string()),
        Just(" Mr. Baker".to_string()),
        Just("\n\n".to_string()),
        Just("\n".to_string()),
        Just(". ".to_string()),
        Just(", ".to_string()),
        Just("πŸ“΅".to_string()),
        Just("🤣".to_string()),
        "[a-zA-Z ]{1,12}",
        any::<char>().prop_map(|c| c.to_string()),
    ];
    prop::collection::vec(piece, 0..60).prop_map(|v| v.concat())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(400))]

    #[test]
    fn any_string_gives_valid_spans(text in any::<String>()) {
        check(&text);
    }

    #[test]
    fn newsy_strings_give_valid_spans(text in newsy()) {
        check(&text);
    }
}

#[test]
fn the_seeds_give_valid_spans() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../seeds");
    let Ok(entries) = std::fs::read_dir(&dir) else { return };
    for entry in entries.flatten() {
        if let Ok(text) = std::fs::read_to_string(entry.path()) {
            check(&text);
        }
    }
}
