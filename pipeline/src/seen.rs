//! What earlier runs saw of each untouched document's files, so that `run` can tell a
//! document nobody touched without reading it, as git's index does for a working tree.
//!
//! To know whether a document changed, a run reads its seed and every one of its
//! annotation files and hashes them: at 100,000 documents that is 400,000 files and most
//! of a run that has nothing to do. This index keeps, per document, a digest of the
//! metadata of its files (device, inode, size, modification and change times of the
//! document's folder, its seed, each per-document stage's file and each corpus stage's
//! cached part), with the content hashes the engine read from them. When the digest of
//! those files' metadata now is the one recorded, the document is fresh with the
//! recorded hashes, and none of its files is read.
//!
//! Why that is sound: the kernel sets a file's change time (`ctime`) on every write,
//! rename or change of its metadata, and no user tool can set it (a modification time
//! can be set: `touch -d`, `rsync -t`, archives). A document is recorded only when every
//! one of its files last changed at least [`SETTLE`] before the run began, and its
//! content was read after that: so a later write, even one within the same tick of the
//! file system's clock, gives a change time other than the recorded one. The files a
//! run writes are therefore recorded by the next run, which reads them once more.
//!
//! A corpus stage's folder of shards is recorded the same way (its folder, every entry
//! in it, the file of an earlier layout), with the `documents` hash it was made from:
//! when the documents' hashes and the folder are what they were, its shards are not read
//! to look for hand edits.
//!
//! Only `run` trusts it, and only for documents and folders whose every file the run
//! found fresh and nobody edited (a document with hand edits, problems, a `.machine`
//! folder or a symbolic link among its annotation files is read every time), and whose
//! files' metadata was the same before the run read them and after (a file replaced
//! while the run read it is not recorded); `check` and `status` read every file, as a CI
//! gate must. Unix only: elsewhere every file is read, as before. The index is derived
//! data in `.cache/`, safe to delete; it carries a checksum, and one that is damaged, or
//! that another build of the engine or the stages wrote, is none.
//!
//! What it cannot see: a file system whose change time the kernel does not keep (FAT and
//! exFAT, whose change time follows the modification time; SMB; NFS with a server clock
//! more than [`SETTLE`] behind). On those, delete the index before a run, or run `check`.

use crate::graph::Graph;
use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::time::{Duration, SystemTime};

/// The first bytes of the index file: which layout follows.
const MAGIC: &[u8; 8] = b"PSEEN01\n";

/// How long before a run began a document's files must have last changed for the run
/// to record it: more than the coarsest clock tick of common file systems (FAT's two
/// seconds; ext4's and others' are milliseconds).
pub const SETTLE: Duration = Duration::from_secs(2);

/// One untouched document as a run saw it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Record {
    /// The digest of its files' metadata ([`digest`]).
    pub digest: [u8; 32],
    /// Its seed's content hash.
    pub seed: blake3::Hash,
    /// The content hash of each per-document stage's file, in graph order.
    pub outputs: Vec<blake3::Hash>,
}

/// The records of the documents, by name, and of the corpus stages' folders, by stage,
/// under the key of the graph that made them.
#[derive(Debug, Default)]
pub struct Seen {
    records: HashMap<String, Record>,
    /// Per corpus stage: the digest of its folder of shards, and the `documents` hash it
    /// was made from (as the record's `seed`; no `outputs`).
    stages: HashMap<String, Record>,
}

impl Seen {
    /// The index at `path` if the graph `graph` wrote it; none when it is missing,
    /// damaged or another graph's (another build of the stages).
    pub fn load(path: &Path, graph: &Graph) -> Seen {
        std::fs::read(path).ok().and_then(|bytes| parse(&bytes, &graph_key(graph))).unwrap_or_default()
    }

    /// The record of document `name`.
    pub fn get(&self, name: &str) -> Option<&Record> {
        self.records.get(name)
    }

    /// How many documents it holds.
    pub fn len(&self) -> usize {
        self.records.len()
    }

    /// Whether it holds none.
    pub fn is_empty(&self) -> bool {
        self.records.is_empty()
    }

    /// Records `name` (replacing its record, if any).
    pub fn insert(&mut self, name: String, record: Record) {
        self.records.insert(name, record);
    }

    /// The record of corpus stage `name`'s folder.
    pub fn stage(&self, name: &str) -> Option<&Record> {
        self.stages.get(name)
    }

    /// How many corpus stages' folders it holds.
    pub fn stages(&self) -> usize {
        self.stages.len()
    }

    /// Records corpus stage `name`'s folder.
    pub fn insert_stage(&mut self, name: String, record: Record) {
        self.stages.insert(name, record);
    }

    /// The index's bytes, for the graph `graph`, documents in name order.
    pub fn to_bytes(&self, graph: &Graph) -> Vec<u8> {
        let mut out = Vec::with_capacity(56 + self.records.len() * 180);
        out.extend_from_slice(MAGIC);
        out.extend_from_slice(&graph_key(graph));
        for map in [&self.records, &self.stages] {
            let mut names: Vec<&String> = map.keys().collect();
            names.sort();
            out.extend_from_slice(&(names.len() as u64).to_le_bytes());
            for name in names {
                let r = &map[name];
                out.extend_from_slice(&(name.len() as u32).to_le_bytes());
                out.extend_from_slice(name.as_bytes());
                out.extend_from_slice(&r.digest);
                out.extend_from_slice(r.seed.as_bytes());
                out.push(r.outputs.len() as u8);
                for h in &r.outputs {
                    out.extend_from_slice(h.as_bytes());
                }
            }
        }
        // (a checksum last: a damaged byte could still parse, into hashes that are not the
        // files')
        let sum = blake3::hash(&out);
        out.extend_from_slice(sum.as_bytes());
        out
    }
}

/// Reads an index's bytes written for the graph key `key`; `None` on any damage.
fn parse(bytes: &[u8], key: &[u8; 32]) -> Option<Seen> {
    let (bytes, sum) = bytes.split_at_checked(bytes.len().checked_sub(32)?)?;
    if blake3::hash(bytes).as_bytes() != sum {
        return None;
    }
    let mut at = 0usize;
    let mut take = |n: usize| -> Option<&[u8]> {
        let got = bytes.get(at..at.checked_add(n)?)?;
        at += n;
        Some(got)
    };
    if take(MAGIC.len())? != MAGIC || take(32)? != key {
        return None;
    }
    let mut maps = [HashMap::new(), HashMap::new()];
    for map in &mut maps {
        let count = u64::from_le_bytes(take(8)?.try_into().ok()?);
        for _ in 0..count {
            let len = u32::from_le_bytes(take(4)?.try_into().ok()?) as usize;
            let name = std::str::from_utf8(take(len)?).ok()?.to_string();
            let digest: [u8; 32] = take(32)?.try_into().ok()?;
            let seed = hash_of(take(32)?)?;
            let n = take(1)?[0] as usize;
            let outputs = (0..n).map(|_| hash_of(take(32)?)).collect::<Option<Vec<_>>>()?;
            map.insert(name, Record { digest, seed, outputs });
        }
    }
    let [records, stages] = maps;
    (at == bytes.len()).then_some(Seen { records, stages })
}

fn hash_of(bytes: &[u8]) -> Option<blake3::Hash> {
    Some(blake3::Hash::from_bytes(bytes.try_into().ok()?))
}

/// The key of the graph an index belongs to: the engine's fingerprint and every stage's
/// name, files and fingerprint, so that a build whose engine or stages differ trusts none
/// of another's records.
fn graph_key(graph: &Graph) -> [u8; 32] {
    let mut h = blake3::Hasher::new();
    h.update(MAGIC);
    h.update(crate::graph::engine_fingerprint().as_bytes());
    for node in graph.nodes() {
        let info = node.info();
        for part in [info.name, info.file, info.fingerprint, if node.per_document() { "document" } else { "corpus" }].into_iter().chain(info.reads.iter().copied()) {
            h.update(part.as_bytes());
            h.update(b"\0");
        }
        h.update(b"\n");
    }
    *h.finalize().as_bytes()
}

/// The files of one document whose metadata a record covers.
pub struct DocFiles {
    /// The document's folder (not followed if it is a link).
    pub dir: PathBuf,
    /// The seed (followed if it is a link, as the seed is read through it).
    pub seed: PathBuf,
    /// Its annotation files and cached parts (not followed).
    pub files: Vec<PathBuf>,
}

/// The digest of the metadata of `files` and of the `source` the document's headers
/// record (a run given the same files by another path writes other headers); `None`
/// when one cannot be looked at, or, with `settled`, when one changed at or after it
/// (then the document is not recorded: see the module's doc).
pub fn digest(source: &str, files: &DocFiles, settled: Option<SystemTime>) -> Option<[u8; 32]> {
    let mut d = Digest::new(source, settled);
    d.file(&files.dir, false)?;
    d.file(&files.seed, true)?;
    for f in &files.files {
        d.file(f, false)?;
    }
    d.finish()
}

/// The digest of a corpus stage's folder (`dir`, each of its entries, `also` whether
/// there or not: the file of an earlier layout) and the `source` its headers record; as
/// [`digest`] for a document.
pub fn digest_folder(source: &str, dir: &Path, also: &Path, settled: Option<SystemTime>) -> Option<[u8; 32]> {
    let mut d = Digest::new(source, settled);
    d.file(dir, false)?;
    let mut entries: Vec<PathBuf> = std::fs::read_dir(dir).ok()?.map(|e| e.map(|e| e.path())).collect::<Result<_, _>>().ok()?;
    entries.sort();
    for e in &entries {
        d.h.update(e.as_os_str().as_encoded_bytes());
        d.file(e, false)?;
    }
    match std::fs::symlink_metadata(also) {
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
            d.h.update(b"absent");
        }
        _ => d.file(also, false)?,
    }
    d.finish()
}

/// A digest of files' metadata being made.
struct Digest {
    h: blake3::Hasher,
    settled: Option<SystemTime>,
}

impl Digest {
    fn new(source: &str, settled: Option<SystemTime>) -> Digest {
        let mut h = blake3::Hasher::new();
        h.update(source.as_bytes());
        h.update(b"\0");
        Digest { h, settled }
    }

    /// Adds one file's metadata (`follow`: through a link); `None` when it cannot be
    /// looked at or has not settled.
    #[cfg(unix)]
    fn file(&mut self, path: &Path, follow: bool) -> Option<()> {
        use std::os::unix::fs::MetadataExt;
        let m = if follow { std::fs::metadata(path) } else { std::fs::symlink_metadata(path) }.ok()?;
        // (a link among the annotations is read through, so what changes is its target's,
        // not its own metadata: such a document or folder is read every time)
        if m.file_type().is_symlink() {
            return None;
        }
        if let Some(settled) = self.settled {
            let at = |secs: i64, nanos: i64| SystemTime::UNIX_EPOCH.checked_add(Duration::new(u64::try_from(secs).ok()?, u32::try_from(nanos).ok()?));
            let changed = at(m.ctime(), m.ctime_nsec())?.max(at(m.mtime(), m.mtime_nsec())?);
            if changed >= settled {
                return None;
            }
        }
        for n in [m.dev(), m.ino(), m.mode().into(), m.size(), m.mtime() as u64, m.mtime_nsec() as u64, m.ctime() as u64, m.ctime_nsec() as u64] {
            self.h.update(&n.to_le_bytes());
        }
        Some(())
    }

    /// Elsewhere than on Unix, no file's change time can be trusted: every file is read.
    #[cfg(not(unix))]
    fn file(&mut self, _path: &Path, _follow: bool) -> Option<()> {
        None
    }

    fn finish(self) -> Option<[u8; 32]> {
        Some(*self.h.finalize().as_bytes())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn record(n: u8) -> Record {
        Record { digest: [n; 32], seed: blake3::hash(&[n]), outputs: vec![blake3::hash(b"a"), blake3::hash(&[n, n])] }
    }

    #[test]
    fn the_index_reads_back_what_it_wrote() {
        let graph = Graph::standard();
        let mut seen = Seen::default();
        seen.insert("b".into(), record(2));
        seen.insert("a".into(), record(1));
        seen.insert_stage("claims".into(), Record { outputs: Vec::new(), ..record(3) });
        let bytes = seen.to_bytes(&graph);
        let back = parse(&bytes, &graph_key(&graph)).expect("parses");
        assert_eq!(back.len(), 2);
        assert_eq!(back.get("a"), Some(&record(1)));
        assert_eq!(back.get("b"), Some(&record(2)));
        assert_eq!(back.stage("claims"), Some(&Record { outputs: Vec::new(), ..record(3) }));
    }

    /// A truncated, lengthened or damaged index, or one written for other stages, is
    /// none: the run then reads every file.
    #[test]
    fn a_damaged_or_foreign_index_is_none() {
        let graph = Graph::standard();
        let mut seen = Seen::default();
        seen.insert("a".into(), record(1));
        let bytes = seen.to_bytes(&graph);
        for cut in 0..bytes.len() {
            assert!(parse(&bytes[..cut], &graph_key(&graph)).is_none(), "cut at {cut}");
        }
        let mut longer = bytes.clone();
        longer.push(0);
        assert!(parse(&longer, &graph_key(&graph)).is_none());
        assert!(parse(&bytes, &[0; 32]).is_none());
        // a byte of a hash changed still parses, but not past the checksum
        for at in [8 + 32 + 8 + 4 + 1 + 32, bytes.len() - 40] {
            let mut flipped = bytes.clone();
            flipped[at] ^= 1;
            assert!(parse(&flipped, &graph_key(&graph)).is_none(), "byte {at}");
        }
    }
}
