//! The `claims` stage: the same quote in every document that carries it.
//!
//! Quotes link when their folded texts are equal (curly against straight marks, case and
//! white space aside). A claim's canonical text is its first member's text, in document
//! order; its id is a slug of that text.

use crate::contract::{Claim, Claims, Matching, Member};
use crate::ids::IdMaker;
use crate::text::fold;
use crate::DocInput;
use std::collections::BTreeMap;

/// Links the quotes of `docs` that carry the same words. `docs` must be sorted by name.
pub fn claims(docs: &[DocInput<'_>]) -> Claims {
    let mut groups: BTreeMap<String, Vec<Member>> = BTreeMap::new();
    for doc in docs {
        for q in &doc.quotes.quotes {
            let key = fold(&q.text);
            if key.is_empty() {
                continue;
            }
            groups.entry(key).or_default().push(Member {
                doc: doc.name.to_string(),
                span: q.span,
                text: q.text.clone(),
                quote: Some(q.id.clone()),
                speaker: q.speaker.clone(),
                matching: Matching::Identical,
            });
        }
    }
    let mut linked: Vec<Vec<Member>> = groups.into_values().filter(|m| m.len() > 1).collect();
    linked.sort_by(|a, b| (&a[0].doc, a[0].span).cmp(&(&b[0].doc, b[0].span)));
    let mut ids = IdMaker::new();
    let claims = linked
        .into_iter()
        .map(|mut members| {
            let canonical = members[0].text.clone();
            for m in &mut members[1..] {
                if m.text != canonical {
                    m.matching = Matching::Normalised;
                }
            }
            let speakers: Vec<&str> = members.iter().map(|m| m.speaker.as_deref().unwrap_or("nobody")).collect();
            let disagreement = (speakers.iter().any(|s| *s != speakers[0])).then(|| speakers.join(", "));
            Claim { id: ids.make("c", &canonical), text: canonical, disagreement, members }
        })
        .collect();
    Claims { claims }
}
