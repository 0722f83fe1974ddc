//! `claims`: the same quote or reported fact across the corpus (`stages/claims`).
//!
//! Each document's part is its [`DocFeatures`] (quote words, fact sentences), made from
//! that document alone; linking reads only the parts.

use super::files::{CLAIMS, QUOTES, SEGMENTS, SPEAKERS};
use super::{Blocked, Carried, CorpusStage, Doc, Docs, Info, Items, Linked, Parts};
use crate::validate::{self, Checker, ClaimDoc};
use crate::yaml_pos::Seg;
use stages::claims::DocFeatures;
use stages::contract::{Claims as ClaimItems, Quotes, Segments, Speakers};
use std::collections::{BTreeMap, BTreeSet, HashMap};

/// The `claims` stage.
pub struct Claims;

impl Items for ClaimItems {}

impl crate::parts::Part for DocFeatures {
    fn to_bytes(&self) -> Vec<u8> {
        DocFeatures::to_bytes(self)
    }
    fn from_bytes(bytes: &[u8]) -> Option<DocFeatures> {
        DocFeatures::from_bytes(bytes)
    }
}

impl CorpusStage for Claims {
    type Items = ClaimItems;
    type Part = DocFeatures;

    fn info(&self) -> Info {
        Info { name: "claims", file: CLAIMS, reads: &[SEGMENTS, SPEAKERS, QUOTES], fingerprint: super::fingerprint("claims") }
    }

    fn part(&self, doc: &Doc) -> Result<DocFeatures, Blocked> {
        let segments = doc.input::<Segments>(SEGMENTS)?;
        let speakers = doc.input::<Speakers>(SPEAKERS)?;
        let quotes = doc.input::<Quotes>(QUOTES)?;
        Ok(stages::claims::features(&stages::DocInput { name: doc.name, text: doc.text, segments, quotes, speakers }))
    }

    fn link(&self, parts: &[(&str, &DocFeatures)]) -> ClaimItems {
        stages::claims::link(parts)
    }

    /// Links holding only what linking reads of each document (word and term hashes,
    /// speakers' ids: [`stages::claims::Linked`]), each document's features read from
    /// the cache again when its claims are made; the claims are made a group of shards
    /// at a time ([`crate::shards::GROUP`] members).
    fn link_parts<'a>(&'a self, parts: &'a Parts<'a, DocFeatures>) -> Option<Box<dyn Linked<ClaimItems> + 'a>> {
        let src = FromParts(parts);
        // (a memo another version wrote, or a damaged one, is none: every claim is made)
        let memo = parts.memo().and_then(stages::claims::Memo::from_bytes).unwrap_or_default();
        let linked = stages::claims::Linked::with_memo(&src, crate::shards::GROUP, &memo)?;
        Some(Box::new(InParts { linked, src }))
    }

    fn split(&self, items: ClaimItems) -> BTreeMap<String, ClaimItems> {
        split(items)
    }

    fn join(&self, shards: Vec<ClaimItems>) -> ClaimItems {
        join(shards)
    }

    fn validate(&self, docs: &Docs, items: &ClaimItems, c: &mut Checker) {
        // Ids are unique within a shard, and a claim is only in its id's shard: so they
        // are unique across the corpus without reading every shard to check an edit.
        let file_key = std::path::Path::new(c.path()).file_stem().and_then(|s| s.to_str()).unwrap_or("").to_string();
        let claims = items.claims.iter().map(|k| ("claims", &k.id));
        let unresolved = items.unresolved.iter().map(|u| ("unresolved", &u.claim.id));
        let mut at: HashMap<&str, usize> = HashMap::new();
        for (list, id) in claims.chain(unresolved) {
            let i = at.entry(list).or_default();
            let key = shard_key(id);
            if key != file_key {
                let mut path = vec![Seg::Key(list), Seg::Index(*i)];
                if list == "unresolved" {
                    path.push(Seg::Key("claim"));
                }
                path.push(Seg::Key("id"));
                c.report_at(
                    c.kind(),
                    &path,
                    format!("claim {id} is kept in the shard of another id: its id's shard is {key}.yaml"),
                    format!("move the claim to {key}.yaml beside this file (a claim is kept in the shard its id names, so that no id is used twice across the shards)"),
                );
            }
            *i += 1;
        }
        let named: BTreeSet<&str> = items.claims.iter().flat_map(|k| k.members.iter().map(|m| m.doc.as_str())).collect();
        let known: BTreeSet<&str> = docs.names().iter().map(String::as_str).collect();
        let wanted: Vec<&str> = named.intersection(&known).copied().collect();
        // when a document cannot be read, that is reported once, by `docs`
        let Some(texts) = docs.texts(&wanted) else { return };
        // a person's file is also checked against each document's quote ids; the
        // stage's own output takes its quote ids from those files, so is not
        let quotes: HashMap<&str, Quotes> = if c.is_machine_output() {
            HashMap::new()
        } else {
            let mut found = HashMap::new();
            for name in &wanted {
                match docs.input::<Quotes>(name, QUOTES) {
                    Some(q) => {
                        found.insert(*name, q);
                    }
                    None => return,
                }
            }
            found
        };
        let by_name: HashMap<&str, ClaimDoc> = texts
            .iter()
            .map(|(name, text)| {
                let ids = quotes.get(name.as_str()).map(|q| q.quotes.iter().map(|q| q.id.as_str()).collect());
                (name.as_str(), ClaimDoc { text, quote_ids: ids })
            })
            .collect();
        validate::claims(c, items, &by_name);
    }

    fn carry(&self, docs: &Docs, base: &ClaimItems, ours: &ClaimItems, theirs: &ClaimItems) -> Option<Carried<ClaimItems>> {
        // members are re-anchored in their documents' current texts
        let named: BTreeSet<&str> = [ours, theirs].iter().flat_map(|c| c.claims.iter().flat_map(|k| k.members.iter().map(|m| m.doc.as_str()))).collect();
        let known: BTreeSet<&str> = docs.names().iter().map(String::as_str).collect();
        let wanted: Vec<&str> = named.intersection(&known).copied().collect();
        let texts = docs.texts(&wanted)?;
        let text_of = |name: &str| texts.get(name).map(|t| &**t);
        Some(crate::carry::claims(base, ours, theirs, &text_of))
    }
}

/// The engine's parts as the claims stage reads them.
struct FromParts<'a>(&'a Parts<'a, DocFeatures>);

impl stages::claims::Features for FromParts<'_> {
    fn len(&self) -> usize {
        self.0.len()
    }
    fn name(&self, doc: usize) -> &str {
        self.0.name(doc)
    }
    fn get(&self, doc: usize) -> Option<std::borrow::Cow<'_, DocFeatures>> {
        self.0.get(doc).map(std::borrow::Cow::Owned)
    }
    fn stamp(&self, doc: usize) -> Option<&str> {
        self.0.stamp(doc)
    }
}

/// The claims linked, made a group of shards at a time.
struct InParts<'a> {
    linked: stages::claims::Linked,
    src: FromParts<'a>,
}

impl Linked<ClaimItems> for InParts<'_> {
    fn sizes(&self) -> BTreeMap<String, usize> {
        let mut sizes = BTreeMap::new();
        for (id, members) in self.linked.ids() {
            *sizes.entry(shard_key(id)).or_default() += members;
        }
        sizes
    }
    fn take(&mut self, keys: &BTreeSet<String>) -> Option<BTreeMap<String, ClaimItems>> {
        let claims = self.linked.claims(&self.src, |id| keys.contains(&shard_key(id)))?;
        Some(split(claims))
    }
    /// Per shard, a hash of its claims' ids and what each holds, in order; a
    /// shard with a claim whose documents have no stamp is left out.
    fn made_from(&self) -> BTreeMap<String, String> {
        let mut shards: BTreeMap<String, Option<blake3::Hasher>> = BTreeMap::new();
        for (id, key) in self.linked.made_from() {
            let hasher = shards.entry(shard_key(id)).or_insert_with(|| Some(blake3::Hasher::new()));
            match (hasher.as_mut(), key) {
                (Some(h), Some(key)) => {
                    h.update(&(id.len() as u64).to_le_bytes());
                    h.update(id.as_bytes());
                    h.update(&key.to_le_bytes());
                }
                _ => *hasher = None,
            }
        }
        shards.into_iter().filter_map(|(shard, h)| Some((shard, h?.finalize().to_hex().to_string()))).collect()
    }
    fn memo(&self) -> Option<Vec<u8>> {
        Some(self.linked.memo(&self.src).to_bytes())
    }
}

/// The shard a claim is kept in: the first two hex digits of the blake3 of its id. Ids
/// are derived from the claim's text, so a claim stays in its shard while the corpus
/// around it changes; 256 shards keep each one a few megabytes at 100,000 documents.
pub fn shard_key(id: &str) -> String {
    blake3::hash(id.as_bytes()).to_hex()[..2].to_string()
}

/// Claims split into shards by [`shard_key`], each keeping the claims' order.
pub fn split(items: ClaimItems) -> BTreeMap<String, ClaimItems> {
    let mut shards: BTreeMap<String, ClaimItems> = BTreeMap::new();
    for claim in items.claims {
        shards.entry(shard_key(&claim.id)).or_default().claims.push(claim);
    }
    for unresolved in items.unresolved {
        shards.entry(shard_key(&unresolved.claim.id)).or_default().unresolved.push(unresolved);
    }
    shards
}

/// Shards' claims as one list, in the order given.
pub fn join(shards: Vec<ClaimItems>) -> ClaimItems {
    let mut all = ClaimItems::default();
    for shard in shards {
        all.claims.extend(shard.claims);
        all.unresolved.extend(shard.unresolved);
    }
    all
}
