//! Paragraph spans: exact bytes whatever the line endings, indentation or final newline.

use stages::segment::segment;

fn texts(text: &str) -> Vec<&str> {
    segment(text).paragraphs.iter().map(|p| &text[p.span.start()..p.span.end()]).collect()
}

#[test]
fn empty_input_has_no_paragraphs() {
    assert!(segment("").paragraphs.is_empty());
    assert!(segment("\n\n  \r\n\t\n").paragraphs.is_empty());
}

#[test]
fn lf_and_crlf_give_the_same_paragraphs() {
    let lf = "First line here.\n\nSecond line here.\nThird line here.\n";
    let crlf = lf.replace('\n', "\r\n");
    assert_eq!(texts(lf), ["First line here.", "Second line here.", "Third line here."]);
    assert_eq!(texts(&crlf), texts(lf));
    let kinds = |t: &str| segment(t).paragraphs.iter().map(|p| p.kind).collect::<Vec<_>>();
    assert_eq!(kinds(&crlf), kinds(lf));
}

#[test]
fn lone_cr_and_unicode_separators_break_lines() {
    assert_eq!(texts("One here.\rTwo here.\u{2028}Three here.\u{2029}Four here."), ["One here.", "Two here.", "Three here.", "Four here."]);
}

#[test]
fn indentation_and_trailing_space_are_outside_the_span() {
    let text = "    Indented line here.   \n\t\tTabbed line here.\t\r\n";
    let s = segment(text);
    assert_eq!(texts(text), ["Indented line here.", "Tabbed line here."]);
    assert_eq!(s.paragraphs[0].span.start(), 4);
    assert_eq!(s.paragraphs[0].sentences[0], s.paragraphs[0].span);
}

#[test]
fn byte_order_mark_is_outside_the_first_span() {
    assert_eq!(texts("\u{FEFF}Title Of The Piece\n\nBody text here."), ["Title Of The Piece", "Body text here."]);
}

#[test]
fn text_without_final_newline_keeps_its_last_paragraph_whole() {
    let text = "A first paragraph.\n\nThe last one, no newline.";
    assert_eq!(texts(text).last(), Some(&"The last one, no newline."));
    let p = segment(text).paragraphs.pop().expect("a paragraph");
    assert_eq!(p.span.end(), text.len());
}

#[test]
fn seed_003_indentation_is_outside_every_span() {
    let path = format!("{}/../seeds/003_65ed1d00470dc92a.txt", env!("CARGO_MANIFEST_DIR"));
    let text = std::fs::read_to_string(path).expect("seed is readable");
    for p in segment(&text).paragraphs {
        let t = &text[p.span.start()..p.span.end()];
        assert_eq!(t, t.trim(), "{t:?}");
        let line_start = text[..p.span.start()].rfind('\n').map_or(0, |i| i + 1);
        assert!(text[line_start..p.span.start()].chars().all(char::is_whitespace));
    }
}

#[test]
fn paragraph_ids_are_slugs_and_unique() {
    let s = segment("Getty Images\n\nGetty Images\n\nSome prose here.");
    let ids: Vec<&str> = s.paragraphs.iter().map(|p| p.id.as_str()).collect();
    assert_eq!(ids, ["p-getty-images", "p-getty-images-2", "p-some-prose-here"]);
}
