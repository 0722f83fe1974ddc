//! Small text helpers shared by the stages.

/// Whether `c` is a double quote mark (straight, curly or guillemet).
pub fn is_double_mark(c: char) -> bool {
    matches!(c, '"' | '“' | '”' | '„' | '«' | '»')
}

/// Whether `c` opens a quotation in text that has curly marks.
pub fn is_opening_mark(c: char) -> bool {
    matches!(c, '“' | '„' | '«')
}

/// Whether `c` closes a quotation in text that has curly marks.
pub fn is_closing_mark(c: char) -> bool {
    matches!(c, '”' | '»')
}

/// Folds text for comparison across outlets: curly marks and apostrophes become straight,
/// dashes become hyphens, letters are lower-cased, runs of white space become one space,
/// and leading and trailing white space and punctuation are dropped.
pub fn fold(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut space = false;
    for c in text.chars() {
        let c = match c {
            '’' | '‘' | '`' | '´' => '\'',
            '“' | '”' | '„' | '«' | '»' => '"',
            '—' | '–' | '‒' => '-',
            c if c.is_whitespace() => ' ',
            c => c,
        };
        if c == ' ' {
            space = !out.is_empty();
            continue;
        }
        if space {
            out.push(' ');
            space = false;
        }
        out.extend(c.to_lowercase());
    }
    let trimmed = out.trim_matches(|c: char| !c.is_alphanumeric());
    trimmed.to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fold_makes_curly_and_straight_marks_equal() {
        assert_eq!(fold("I don’t think we’re less friends,"), fold("I don't think  we're less friends"));
    }
}
