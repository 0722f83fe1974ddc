//! Encoding damage: mojibake found, repaired in a suggestion, and never altered.

use stages::contract::DamageKind;
use stages::segment::segment;

#[test]
fn mojibake_emoji_in_003_is_damage() {
    let path = format!("{}/../seeds/003_65ed1d00470dc92a.txt", env!("CARGO_MANIFEST_DIR"));
    let text = std::fs::read_to_string(path).expect("seed is readable");
    let s = segment(&text);
    assert_eq!(s.damage.len(), 1);
    let d = &s.damage[0];
    assert_eq!(d.kind, DamageKind::Mojibake);
    assert_eq!(d.text, &text[d.span.start()..d.span.end()]);
    assert!(d.text.starts_with("πŸ€£"));
    assert_eq!(d.suggestion, "🤣📵📵📵📵😂");
    // Every `“` in the broken emoji lies inside the damage, so no stage reads it as a
    // quote mark.
    let marks: Vec<usize> = d.text.match_indices('“').map(|(i, _)| d.span.start() + i).collect();
    assert_eq!(marks.len(), 4);
    for at in marks {
        assert!(s.is_damaged(at), "{at}");
    }
    assert!(!s.is_damaged(d.span.start() - 1));
    assert!(!s.is_damaged(d.span.end()));
}

#[test]
fn windows_1252_mojibake_is_damage_with_a_suggestion() {
    let text = "She said it wasnâ€™t over. â€œWe will see,â€\u{9d} he replied.";
    let s = segment(text);
    let found: Vec<(&str, &str)> = s.damage.iter().map(|d| (d.text.as_str(), d.suggestion.as_str())).collect();
    assert_eq!(found, [("â€™", "’"), ("â€œ", "“"), ("â€\u{9d}", "”")]);
}

#[test]
fn accented_latin_mojibake_is_damage() {
    let s = segment("The envoy FranÃ§ois met JosÃ© at the cafÃ©.");
    let suggestions: Vec<&str> = s.damage.iter().map(|d| d.suggestion.as_str()).collect();
    assert_eq!(suggestions, ["ç", "é", "é"]);
}

#[test]
fn text_damaged_twice_is_repaired_fully() {
    let s = segment("It\u{c3}\u{a2}\u{e2}\u{201a}\u{ac}\u{e2}\u{201e}\u{a2}s late.");
    assert_eq!(s.damage.len(), 1);
    assert_eq!(s.damage[0].suggestion, "’");
}

#[test]
fn clean_text_in_many_scripts_has_no_damage() {
    for text in [
        "“Curly quotes” and ‘single ones’ — dashes… and €5.",
        "Crème brûlée, naïve façade, São Paulo, Zürich, Øresund, Łódź.",
        "Καλημέρα κόσμε. Привет, мир. שלום עולם. مرحبا بالعالم. 你好，世界。",
        "Emoji stay emoji: 🤣📵😂.",
        "CAFÉ” and groß“ are odd but not damaged.",
    ] {
        assert!(segment(text).damage.is_empty(), "{text}");
    }
}

#[test]
fn damage_never_alters_the_text() {
    let text = "wasnâ€™t";
    let s = segment(text);
    assert_eq!(s.paragraphs[0].span.len(), text.len());
    assert_eq!(s.damage[0].text, "â€™");
}
