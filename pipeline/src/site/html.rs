//! HTML building blocks: escaping, file names and links for ids, the page shell.
//!
//! Every piece of text that reaches a page goes through [`escape`]: annotation files are
//! edited by hand, so a quote, a name or an id may hold `<`, `&` or quote marks.

/// `s` with `&`, `<`, `>`, `"` and `'` escaped: safe in text and in quoted attributes.
pub fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    escape_into(&mut out, s);
    out
}

/// Appends `s`, escaped as [`escape`] does, to `out`.
pub fn escape_into(out: &mut String, s: &str) {
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            // a line break inside an attribute (a tooltip) survives as a character
            // reference; in text it is the same character
            '\n' => out.push_str("&#10;"),
            c => out.push(c),
        }
    }
}

/// A file name stem for an id or document name: lower-case letters, digits, `-` and `_`
/// kept, every other byte written `~xx` in hex. Ids may hold any character but white
/// space and slashes; this keeps the mapping one-to-one (`~` itself is escaped), free of
/// characters a URL or a case-insensitive file system would mangle, and readable for
/// the slugs and seed names the stages write.
pub fn file_stem(id: &str) -> String {
    let mut out = String::with_capacity(id.len());
    for b in id.bytes() {
        if b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-' || b == b'_' {
            out.push(char::from(b));
        } else {
            out.push_str(&format!("~{b:02x}"));
        }
    }
    out
}

/// An id as a URL fragment: unreserved characters kept, every other byte
/// percent-encoded, so `#` or `%` inside a hand-written id cannot break the link.
pub fn fragment(id: &str) -> String {
    let mut out = String::with_capacity(id.len());
    for b in id.bytes() {
        if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'.' | b'_' | b'~') {
            out.push(char::from(b));
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

/// Where each kind of page lives, relative to the site's root.
pub mod path {
    use super::file_stem;

    /// The index.
    pub const INDEX: &str = "index.html";
    /// The stylesheet every page links.
    pub const STYLE: &str = "style.css";

    /// A document's page.
    pub fn doc(name: &str) -> String {
        format!("docs/{}.html", file_stem(name))
    }

    /// A person's page.
    pub fn person(id: &str) -> String {
        format!("people/{}.html", file_stem(id))
    }

    /// A claim's page.
    pub fn claim(id: &str) -> String {
        format!("claims/{}.html", file_stem(id))
    }
}

/// An `href` from a page at `from` (a site path as [`path`] makes them) to `to`, with an
/// optional fragment, escaped for an attribute.
pub fn href(from: &str, to: &str, anchor: Option<&str>) -> String {
    let up = "../".repeat(from.matches('/').count());
    let mut out = format!("{up}{to}");
    if let Some(anchor) = anchor {
        out.push('#');
        out.push_str(&fragment(anchor));
    }
    escape(&out)
}

/// `<a href="...">text</a>`, the text escaped.
pub fn link(from: &str, to: &str, anchor: Option<&str>, text: &str) -> String {
    format!("<a href=\"{}\">{}</a>", href(from, to, anchor), escape(text))
}

/// At most `max` characters of `s`, with an ellipsis when cut (never inside a character).
pub fn shorten(s: &str, max: usize) -> String {
    match s.char_indices().nth(max) {
        Some((at, _)) => format!("{}…", s[..at].trim_end()),
        None => s.to_string(),
    }
}

/// A whole page: `body` inside the shared shell (language, viewport, stylesheet,
/// skip link, site navigation). `at` is the page's own site path.
pub fn page(at: &str, title: &str, body: &str) -> String {
    let nav = [("Disagreements", "disagreements"), ("Documents", "documents"), ("People", "people"), ("Claims", "claims")]
        .iter()
        .map(|(text, anchor)| format!("<li>{}</li>", link(at, path::INDEX, Some(anchor), text)))
        .collect::<String>();
    format!(
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <title>{title} · pipeline report</title>\n\
         <link rel=\"icon\" href=\"data:,\">\n\
         <link rel=\"stylesheet\" href=\"{style}\">\n</head>\n<body>\n\
         <a class=\"skip\" href=\"#main\">Skip to the content</a>\n\
         <header class=\"site\"><nav aria-label=\"Report\"><ul><li>{home}</li>{nav}</ul></nav></header>\n\
         <main id=\"main\">\n{body}</main>\n\
         <footer class=\"site\"><p>Made by <code>pipeline report</code> from the annotations; every highlight is a byte range of its seed.</p></footer>\n\
         </body>\n</html>\n",
        title = escape(title),
        style = href(at, path::STYLE, None),
        home = link(at, path::INDEX, None, "Report"),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escape_covers_markup_and_both_quote_marks() {
        assert_eq!(escape(r#"<b>"Tom" & 'Jerry'</b>"#), "&lt;b&gt;&quot;Tom&quot; &amp; &#39;Jerry&#39;&lt;/b&gt;");
    }

    #[test]
    fn file_stems_keep_slugs_and_escape_everything_else_one_to_one() {
        assert_eq!(file_stem("john-legend"), "john-legend");
        assert_eq!(file_stem("000_d31f"), "000_d31f");
        assert_eq!(file_stem("A?#"), "~41~3f~23");
        assert_ne!(file_stem("a~7eb"), file_stem("a~b"));
    }

    #[test]
    fn fragments_percent_encode_what_a_url_would_misread() {
        assert_eq!(fragment("q-it-is"), "q-it-is");
        assert_eq!(fragment("q-50%#x"), "q-50%25%23x");
    }

    #[test]
    fn hrefs_climb_out_of_subfolders() {
        assert_eq!(href("index.html", "docs/a.html", Some("q-1")), "docs/a.html#q-1");
        assert_eq!(href("people/x.html", "docs/a.html", None), "../docs/a.html");
    }

    #[test]
    fn shorten_cuts_on_characters_not_bytes() {
        assert_eq!(shorten("héllo wörld", 5), "héllo…");
        assert_eq!(shorten("short", 10), "short");
    }
}
