//! Small pieces more than one page shows: a speaker's colour chip and link, an
//! attribution's one-line description and its tooltip.

use super::colour;
use super::html::{escape, link, path};
use super::model::Person;
use stages::contract::Quote;
use std::collections::BTreeMap;

/// `style="--sp:#rrggbb"`: the speaker colour the stylesheet paints highlights with.
pub fn speaker_style(speaker: Option<&str>) -> String {
    format!("style=\"--sp:{}\"", colour::speaker(speaker).hex())
}

/// A colour chip (decorative: the name beside it says who) and the speaker's name,
/// linked to their page; "no speaker" for `None`.
pub fn speaker_link(at: &str, speaker: Option<&str>, people: &BTreeMap<&str, Person>) -> String {
    let chip = format!("<span class=\"chip\" {} aria-hidden=\"true\"></span>", speaker_style(speaker));
    match speaker {
        Some(id) => {
            let name = people.get(id).map_or(id, |p| p.name);
            format!("{chip} {}", link(at, &path::person(id), None, name))
        }
        None => format!("{chip} <span class=\"nobody\">no speaker</span>"),
    }
}

/// The confidence as written in the file, or a dash.
pub fn confidence(q: &Quote) -> String {
    q.confidence.map_or_else(|| "—".to_string(), |c| c.to_string())
}

/// What a reader needs to know about an attribution, one fact a line (unescaped):
/// the tooltip on hover and on keyboard focus.
pub fn tooltip(q: &Quote, speaker_name: Option<&str>) -> String {
    let mut tip = format!(
        "{}\n{} · {}\nrule: {} · confidence: {}",
        q.id,
        q.kind.name(),
        speaker_name.unwrap_or("no speaker"),
        q.rule.as_deref().unwrap_or("—"),
        confidence(q)
    );
    if let Some(cue) = &q.cue {
        tip.push_str(&format!("\ncue: “{}”", cue.text));
    }
    tip
}

/// The same in one line, escaped, for tables and screen readers.
pub fn summary(q: &Quote, speaker_name: Option<&str>) -> String {
    escape(&format!(
        "{} by {}, rule {}, confidence {}",
        q.kind.name(),
        speaker_name.unwrap_or("no speaker"),
        q.rule.as_deref().unwrap_or("—"),
        confidence(q)
    ))
}
