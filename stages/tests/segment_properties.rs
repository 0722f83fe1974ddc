//! Invariants of the segment stage for any input.

use proptest::prelude::*;
use stages::contract::Segments;
use stages::segment::segment;

fn check(text: &str, s: &Segments) -> Result<(), TestCaseError> {
    let mut last_end = 0;
    for p in &s.paragraphs {
        prop_assert!(p.span.check(text).is_ok(), "paragraph {} does not fit", p.span);
        prop_assert!(p.span.start() >= last_end, "paragraphs out of order or overlapping at {}", p.span);
        prop_assert!(!p.span.is_empty());
        let body = &text[p.span.start()..p.span.end()];
        prop_assert_eq!(body.trim(), body);
        last_end = p.span.end();
        let mut sentence_end = p.span.start();
        for sentence in &p.sentences {
            prop_assert!(sentence.check(text).is_ok(), "sentence {} does not fit", sentence);
            prop_assert!(p.span.contains(*sentence), "sentence {} outside paragraph {}", sentence, p.span);
            prop_assert!(sentence.start() >= sentence_end, "sentences out of order or overlapping at {}", sentence);
            prop_assert!(!sentence.is_empty());
            sentence_end = sentence.end();
        }
    }
    let mut damage_end = 0;
    for d in &s.damage {
        prop_assert!(d.span.check(text).is_ok(), "damage {} does not fit", d.span);
        prop_assert!(d.span.start() >= damage_end);
        prop_assert_eq!(&text[d.span.start()..d.span.end()], d.text.as_str());
        damage_end = d.span.end();
    }
    Ok(())
}

/// Text built from the pieces the rules look at, so that the properties meet the
/// interesting paths (abbreviations, ellipses, lists, mojibake) and not only noise.
fn newsy() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        Just("L.A. ".to_string()),
        Just("Mr. ".to_string()),
        Just("U.S. ".to_string()),
        Just(". . . ".to_string()),
        Just("... ".to_string()),
        Just("… ".to_string()),
        Just("1. ".to_string()),
        Just("a) ".to_string()),
        Just("“".to_string()),
        Just("” ".to_string()),
        Just("\"".to_string()),
        Just("(".to_string()),
        Just(") ".to_string()),
        Just("[...] ".to_string()),
        Just("â€™".to_string()),
        Just("πŸ€£".to_string()),
        Just("Ã".to_string()),
        Just(" \u{308}".to_string()),
        Just("? ".to_string()),
        Just("! ".to_string()),
        Just("\n".to_string()),
        Just("\r\n".to_string()),
        Just("\n\n    ".to_string()),
        Just(" / Getty Images".to_string()),
        Just(" | ".to_string()),
        "[A-Z][a-z]{0,8} ".prop_map(|s| s),
        "[a-z]{1,8}[ .,]".prop_map(|s| s),
        "[0-9$.,]{1,6}".prop_map(|s| s),
    ];
    prop::collection::vec(piece, 0..60).prop_map(|v| v.concat())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(400))]

    #[test]
    fn spans_are_ordered_inside_and_on_boundaries_for_any_string(text in any::<String>()) {
        check(&text, &segment(&text))?;
    }

    #[test]
    fn spans_are_ordered_inside_and_on_boundaries_for_any_bytes(bytes in prop::collection::vec(any::<u8>(), 0..400)) {
        let text = String::from_utf8_lossy(&bytes).into_owned();
        check(&text, &segment(&text))?;
    }

    #[test]
    fn spans_are_ordered_inside_and_on_boundaries_for_newsy_text(text in newsy()) {
        check(&text, &segment(&text))?;
    }

    #[test]
    fn segmenting_is_deterministic(text in newsy()) {
        prop_assert_eq!(segment(&text), segment(&text));
    }
}
