//! A text with overlapping ranges marked, as well-formed HTML.
//!
//! Attributions overlap in real articles: two quotes share one cue, a cue sits inside
//! the quote it attributes, a nominal quote lies inside a longer reported clause, and
//! two cues can cross (`told Vanity Fair` and `Fair, adding`). HTML elements must nest,
//! so the text is cut at every range's start and end, and at each cut the elements that
//! end are closed; an element that still goes on but lies above one that ends is closed
//! and reopened after it, as a *continuation* (same look, no `id`, not focusable). Only
//! a range's first fragment carries its `id`, so every id appears once.
//!
//! Blocks (paragraphs) are always outermost. White space outside every block is the
//! gap between paragraphs: it is written as a line break, with every element closed, so
//! no inline element ever spans two paragraphs.

use super::html::escape_into;

/// A range to mark.
#[derive(Clone, Debug)]
pub struct Range {
    /// First byte.
    pub start: usize,
    /// One past the last byte.
    pub end: usize,
    /// A block (paragraph): outermost, never inside an inline range.
    pub block: bool,
    /// Breaks ties between ranges with the same span: lower is outer.
    pub layer: u8,
    /// Ranges of one group are one item (a quote's discontinuous parts): only the group's
    /// first fragment is written with [`Range::open`].
    pub group: usize,
    /// The opening tag of the item's first fragment.
    pub open: String,
    /// The opening tag of every later fragment.
    pub reopen: String,
    /// The closing tag.
    pub close: &'static str,
}

/// `text` as HTML, escaped, with `ranges` marked. Every range must lie inside `text` on
/// character boundaries (the caller checked the annotations against the seed); a range
/// that does not is left unmarked rather than cutting a character.
pub fn render(text: &str, ranges: &[Range]) -> String {
    let ranges: Vec<&Range> = ranges.iter().filter(|r| r.start <= r.end && text.get(r.start..r.end).is_some()).collect();
    let groups = ranges.iter().map(|r| r.group + 1).max().unwrap_or(0);
    let mut first_done = vec![false; groups];
    let mut bounds: Vec<usize> = ranges.iter().flat_map(|r| [r.start, r.end]).chain([0, text.len()]).collect();
    bounds.sort_unstable();
    bounds.dedup();
    let mut by_start: Vec<usize> = (0..ranges.len()).collect();
    by_start.sort_by_key(|&i| (ranges[i].start, i));
    let mut next = 0;
    let mut active: Vec<usize> = Vec::new();
    let mut stack: Vec<usize> = Vec::new();
    let mut out = String::with_capacity(text.len() * 2);
    let mut write_open = |out: &mut String, r: &Range| {
        let done = &mut first_done[r.group];
        out.push_str(if *done { &r.reopen } else { &r.open });
        *done = true;
    };
    for pair in bounds.windows(2).chain(std::iter::once(&[text.len(), text.len()][..])) {
        let (a, b) = (pair[0], pair[1]);
        active.retain(|&i| ranges[i].end > a);
        let mut empty_here = Vec::new();
        while next < by_start.len() && ranges[by_start[next]].start <= a {
            let i = by_start[next];
            if ranges[i].end > ranges[i].start {
                active.push(i);
            } else {
                empty_here.push(i);
            }
            next += 1;
        }
        let in_block = a < b && active.iter().any(|&i| ranges[i].block);
        let wanted = |i: &usize| in_block && active.contains(i);
        if let Some(pos) = stack.iter().position(|i| !wanted(i)) {
            for &i in stack[pos..].iter().rev() {
                out.push_str(ranges[i].close);
            }
            stack.truncate(pos);
        }
        if !in_block && a < b {
            // the gap between paragraphs
            out.push('\n');
        }
        let mut to_open: Vec<usize> = if in_block { active.iter().copied().filter(|i| !stack.contains(i)).collect() } else { Vec::new() };
        to_open.sort_by_key(|&i| (!ranges[i].block, std::cmp::Reverse(ranges[i].end), ranges[i].layer, ranges[i].start, i));
        for i in to_open {
            write_open(&mut out, ranges[i]);
            stack.push(i);
        }
        for i in empty_here {
            write_open(&mut out, ranges[i]);
            out.push_str(ranges[i].close);
        }
        if in_block {
            escape_into(&mut out, &text[a..b]);
        }
    }
    for &i in stack.iter().rev() {
        out.push_str(ranges[i].close);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn range(start: usize, end: usize, block: bool, group: usize, name: &str) -> Range {
        let tag = if block { "p" } else { "m" };
        Range {
            start,
            end,
            block,
            layer: 0,
            group,
            open: format!("<{tag} id={name}>"),
            reopen: format!("<{tag} cont={name}>"),
            close: if block { "</p>" } else { "</m>" },
        }
    }

    #[test]
    fn nested_ranges_nest() {
        let text = "ab cd ef";
        let html = render(text, &[range(0, 8, true, 0, "p"), range(0, 5, false, 1, "q"), range(3, 5, false, 2, "c")]);
        assert_eq!(html, "<p id=p><m id=q>ab <m id=c>cd</m></m> ef</p>");
    }

    #[test]
    fn crossing_ranges_are_closed_and_reopened_without_a_second_id() {
        let text = "abcdef";
        let html = render(text, &[range(0, 6, true, 0, "p"), range(0, 4, false, 1, "x"), range(2, 6, false, 2, "y")]);
        assert_eq!(html, "<p id=p><m id=x>ab<m id=y>cd</m></m><m cont=y>ef</m></p>");
    }

    #[test]
    fn a_range_over_two_paragraphs_is_cut_at_the_gap() {
        let text = "ab\n\ncd";
        let html = render(text, &[range(0, 2, true, 0, "p1"), range(4, 6, true, 1, "p2"), range(1, 5, false, 2, "q")]);
        assert_eq!(html, "<p id=p1>a<m id=q>b</m></p>\n<p id=p2><m cont=q>c</m>d</p>");
    }

    #[test]
    fn parts_of_one_group_share_one_id() {
        let text = "abcdef";
        let html = render(text, &[range(0, 6, true, 0, "p"), range(0, 2, false, 1, "q"), range(4, 6, false, 1, "q")]);
        assert_eq!(html, "<p id=p><m id=q>ab</m>cd<m cont=q>ef</m></p>");
    }

    #[test]
    fn text_is_escaped_and_multibyte_text_is_cut_only_on_boundaries() {
        let text = "<é>";
        let html = render(text, &[range(0, 4, true, 0, "p"), range(1, 3, false, 1, "q"), range(1, 2, false, 2, "bad")]);
        assert_eq!(html, "<p id=p>&lt;<m id=q>é</m>&gt;</p>");
    }
}
