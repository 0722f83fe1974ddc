//! The claims stage's per-document features as the engine caches them: written as bytes,
//! read back, and linked without the documents.

use stages::claims::{self, DocFeatures};
use stages::contract::{Quotes, Segments, Speakers};
use stages::DocInput;

fn seeds() -> Vec<(String, String)> {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../seeds");
    let mut out: Vec<(String, String)> = std::fs::read_dir(&dir)
        .expect("seeds")
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .map(|p| (p.file_stem().unwrap().to_string_lossy().into_owned(), std::fs::read_to_string(&p).unwrap()))
        .collect();
    out.sort();
    assert!(out.len() >= 2, "the seeds");
    out
}

fn upstream(text: &str) -> (Segments, Quotes, Speakers) {
    let a = stages::annotate(text);
    (a.segments, a.quotes, a.speakers)
}

fn input<'a>(name: &'a str, text: &'a str, up: &'a (Segments, Quotes, Speakers)) -> DocInput<'a> {
    DocInput { name, text, segments: &up.0, quotes: &up.1, speakers: &up.2 }
}

fn cached(f: &DocFeatures) -> DocFeatures {
    DocFeatures::from_bytes(&f.to_bytes()).expect("the features read back")
}

#[test]
fn features_survive_serialization_and_link_to_the_same_claims() {
    let docs = seeds();
    let ups: Vec<_> = docs.iter().map(|(_, t)| upstream(t)).collect();
    let inputs: Vec<DocInput> = docs.iter().zip(&ups).map(|((n, t), u)| input(n, t, u)).collect();
    let feats: Vec<DocFeatures> = inputs.iter().map(claims::features).collect();
    let read: Vec<DocFeatures> = feats.iter().map(cached).collect();
    assert_eq!(read, feats);
    let named: Vec<(&str, &DocFeatures)> = docs.iter().map(|(n, _)| n.as_str()).zip(&read).collect();
    let linked = claims::link(&named);
    assert!(!linked.claims.is_empty());
    assert_eq!(linked, claims::claims(&inputs));
}

/// The engine's incremental path: one seed changes (every offset shifts), only its
/// features are computed again, the others come from the cache, and linking gives what
/// the whole stage gives on the changed corpus.
#[test]
fn one_changed_document_needs_only_its_own_features() {
    let docs = seeds();
    let ups: Vec<_> = docs.iter().map(|(_, t)| upstream(t)).collect();
    let cache: Vec<DocFeatures> =
        docs.iter().zip(&ups).map(|((n, t), u)| cached(&claims::features(&input(n, t, u)))).collect();

    let mut changed = docs.clone();
    changed[1].1 = format!("Updated: an editor’s note opens the article.\n\n{}", changed[1].1);
    let up = upstream(&changed[1].1);
    let fresh = claims::features(&input(&changed[1].0, &changed[1].1, &up));
    assert_ne!(fresh, cache[1]);

    let named: Vec<(&str, &DocFeatures)> = changed
        .iter()
        .enumerate()
        .map(|(i, (n, _))| (n.as_str(), if i == 1 { &fresh } else { &cache[i] }))
        .collect();
    let incremental = claims::link(&named);

    let ups: Vec<_> = changed.iter().map(|(_, t)| upstream(t)).collect();
    let inputs: Vec<DocInput> = changed.iter().zip(&ups).map(|((n, t), u)| input(n, t, u)).collect();
    assert_eq!(incremental, claims::claims(&inputs));
    let member = incremental.claims.iter().flat_map(|c| &c.members).find(|m| m.doc == changed[1].0);
    let m = member.expect("the changed document still has linked members");
    assert_eq!(m.span.slice(&changed[1].1), Some(m.text.as_str()));
}

/// A document's features are the same whatever the corpus around it: they are computed
/// from the document alone, so two corpora sharing a document share its features.
#[test]
fn features_do_not_depend_on_the_other_documents() {
    let docs = seeds();
    let ups: Vec<_> = docs.iter().map(|(_, t)| upstream(t)).collect();
    let (n, t) = &docs[0];
    let alone = claims::features(&input(n, t, &ups[0]));
    let renamed = claims::features(&input("zzz-other-name", t, &ups[0]));
    assert_eq!(alone, renamed, "not even the name is part of the features");
    // Linking a corpus of one document is valid and links nothing across documents.
    let one = claims::link(&[(n.as_str(), &alone)]);
    assert!(one.claims.iter().all(|c| c.members.iter().all(|m| m.doc == *n)));
}
