//! Throughput and peak memory of the corpus-wide `claims` stage.
//!
//! ```text
//! cargo run --release -p stages --example claims_bench -- [--docs 100000] [--from DIR]
//!     [--seed 1] [--show] [--dump FILE]
//! ```
//!
//! Reads every `.txt` file of `DIR` (default `seeds`, sorted), cuts them into paragraphs
//! and recombines those paragraphs into `--docs` new documents with a fixed-seed PRNG
//! (a title paragraph followed by 3 to 10 body paragraphs drawn from anywhere), so that
//! quotes and reported facts recur across many documents the way they do in real news.
//! The upstream stages (`segment`, `speakers`, `quotes`) then run on every document; none
//! of that is timed. Timed separately: [`claims::features`] over all documents, then
//! [`claims::link`] over the whole corpus, from the features alone (names and features,
//! the signature the engine calls with its cached features). Prints documents per second
//! for each step and the peak resident memory (`VmHWM` from `/proc/self/status`). Then,
//! untimed above, the features' size as the engine caches them (each document's
//! [`claims::DocFeatures::to_bytes`]), the average and largest size, and the time to write
//! and read them all back (each checked equal to the original).
//!
//! `--dump FILE` writes the claims as JSON, to compare two versions of the stage on the
//! same generated corpus byte for byte.
//!
//! `--show` skips generation and prints the claims of the folder's documents themselves,
//! one member per line, for reading.
//!
//! `--cached DIR` skips generation and features: it reads the features the engine cached
//! for a corpus it annotated (`<annotations>/.cache/claims`, one `<doc>.bin` each, in the
//! layout of `pipeline/src/parts.rs`: a key line, a checksum line, then
//! [`claims::DocFeatures::to_bytes`]) and times only the link, the same one
//! `pipeline run` makes, on the scale benchmark's corpora too (`--dump` as above).
//! With `--budget MEMBERS` it links as the engine does on a large corpus: each
//! document's features read from its file whenever the link asks
//! ([`claims::Features`]), the claims made in parts of at most that many members
//! ([`claims::Linked`]), then taken in eight groups of ids (and put back in order for
//! `--dump`).

use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Instant;

use stages::contract::{Quotes, Segments, Speakers};
use stages::{claims, DocInput};

struct Options {
    docs: usize,
    from: PathBuf,
    seed: u64,
    show: bool,
    dump: Option<PathBuf>,
    cached: Option<PathBuf>,
    budget: Option<usize>,
}

fn parse() -> Result<Options, String> {
    let mut o = Options { docs: 100_000, from: PathBuf::from("seeds"), seed: 1, show: false, dump: None, cached: None, budget: None };
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        let mut value = || args.next().ok_or_else(|| format!("{arg} needs a value"));
        match arg.as_str() {
            "--docs" => o.docs = value()?.parse().map_err(|e| format!("--docs: {e}"))?,
            "--from" => o.from = PathBuf::from(value()?),
            "--seed" => o.seed = value()?.parse().map_err(|e| format!("--seed: {e}"))?,
            "--show" => o.show = true,
            "--dump" => o.dump = Some(PathBuf::from(value()?)),
            "--cached" => o.cached = Some(PathBuf::from(value()?)),
            "--budget" => o.budget = Some(value()?.parse().map_err(|e| format!("--budget: {e}"))?),
            "-h" | "--help" => return Err("usage: claims_bench [--docs N] [--from DIR] [--seed S] [--show] [--dump FILE] [--cached DIR [--budget MEMBERS]]".into()),
            other => return Err(format!("unknown argument {other}")),
        }
    }
    if o.docs == 0 {
        return Err("--docs must be positive".into());
    }
    Ok(o)
}

/// SplitMix64: a small, fixed PRNG, so a given seed always generates the same corpus.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
}

/// The files of `dir` whose names end in `.ext`, sorted.
fn files(dir: &PathBuf, ext: &str) -> Result<Vec<PathBuf>, String> {
    let mut paths: Vec<PathBuf> = std::fs::read_dir(dir)
        .map_err(|e| format!("{}: {e}", dir.display()))?
        .filter_map(|entry| entry.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == ext))
        .collect();
    paths.sort();
    Ok(paths)
}

fn load(dir: &PathBuf) -> Result<Vec<(String, String)>, String> {
    let paths = files(dir, "txt")?;
    let mut out = Vec::new();
    for p in &paths {
        let bytes = std::fs::read(p).map_err(|e| format!("{}: {e}", p.display()))?;
        let name = p.file_stem().map(|s| s.to_string_lossy().into_owned()).unwrap_or_default();
        out.push((name, String::from_utf8_lossy(&bytes).into_owned()));
    }
    if out.is_empty() {
        return Err(format!("{}: no .txt files", dir.display()));
    }
    Ok(out)
}

fn generate(texts: &[(String, String)], n: usize, seed: u64) -> Vec<(String, String)> {
    let mut titles = Vec::new();
    let mut paras = Vec::new();
    for (_, t) in texts {
        let mut ps = t.split("\n\n").map(str::trim).filter(|p| !p.is_empty());
        if let Some(first) = ps.next() {
            titles.push(first);
        }
        paras.extend(ps);
    }
    if paras.is_empty() {
        paras.clone_from(&titles);
    }
    let mut rng = Rng(seed);
    (0..n)
        .map(|i| {
            let mut text = String::from(titles[rng.below(titles.len())]);
            for _ in 0..3 + rng.below(8) {
                text.push_str("\n\n");
                text.push_str(paras[rng.below(paras.len())]);
            }
            text.push('\n');
            (format!("{i:07}"), text)
        })
        .collect()
}

fn peak_memory() -> String {
    std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|s| s.lines().find(|l| l.starts_with("VmHWM:")).map(|l| l["VmHWM:".len()..].trim().to_string()))
        .unwrap_or_else(|| "unknown".into())
}

/// The features the engine cached in the file `p`.
fn read_cached(p: &std::path::Path) -> Result<claims::DocFeatures, String> {
    let bytes = std::fs::read(p).map_err(|e| format!("{}: {e}", p.display()))?;
    // (past the key line and the checksum line; the engine checks both, this
    // example only reads what the engine wrote)
    let mut body = &bytes[..];
    for _ in 0..2 {
        body = body.iter().position(|&b| b == b'\n').map_or(&body[..0], |i| &body[i + 1..]);
    }
    claims::DocFeatures::from_bytes(body).ok_or_else(|| format!("{}: not features this version wrote", p.display()))
}

fn stem(p: &std::path::Path) -> String {
    p.file_stem().map(|s| s.to_string_lossy().into_owned()).unwrap_or_default()
}

/// The features the engine cached in `dir`, by document name (sorted).
fn cached(dir: &PathBuf) -> Result<Vec<(String, claims::DocFeatures)>, String> {
    files(dir, "bin")?.iter().map(|p| Ok((stem(p), read_cached(p)?))).collect()
}

/// The engine's cached features, read from their files whenever the link asks.
struct OnDisk {
    names: Vec<String>,
    paths: Vec<PathBuf>,
}

impl claims::Features for OnDisk {
    fn len(&self) -> usize {
        self.names.len()
    }
    fn name(&self, doc: usize) -> &str {
        &self.names[doc]
    }
    fn get(&self, doc: usize) -> Option<std::borrow::Cow<'_, claims::DocFeatures>> {
        read_cached(&self.paths[doc]).ok().map(std::borrow::Cow::Owned)
    }
}

/// `--cached DIR --budget MEMBERS`: the link as the engine makes it on a large corpus.
fn link_in_parts(dir: &PathBuf, budget: usize, dump: Option<&PathBuf>) -> Result<(), String> {
    let paths = files(dir, "bin")?;
    let src = OnDisk { names: paths.iter().map(|p| stem(p)).collect(), paths };
    let t1 = Instant::now();
    let mut linked = claims::Linked::new(&src, budget).ok_or("a cached file could not be read")?;
    let l = t1.elapsed().as_secs_f64();
    let order: std::collections::HashMap<String, usize> = linked.ids().enumerate().map(|(i, (id, _))| (id.to_string(), i)).collect();
    let group = |id: &str| id.bytes().fold(0u32, |h, b| h.wrapping_mul(31).wrapping_add(u32::from(b))) % 8;
    let t2 = Instant::now();
    let mut all = Vec::new();
    let mut members = 0;
    for g in 0..8 {
        let part = linked.claims(&src, |id| group(id) == g).ok_or("a cached file could not be read")?;
        members += part.claims.iter().map(|c| c.members.len()).sum::<usize>();
        if dump.is_some() {
            all.extend(part.claims);
        }
    }
    let m = t2.elapsed().as_secs_f64();
    println!("link:     {l:.2} s, then the claims made in 8 groups {m:.2} s (the threads of rayon's global pool: all cores)");
    println!("claims: {} with {} members", order.len(), members);
    println!("peak memory (VmHWM): {}", peak_memory());
    if let Some(p) = dump {
        all.sort_by_key(|c| order[&c.id]);
        let out = stages::contract::Claims { claims: all, unresolved: Vec::new() };
        std::fs::write(p, serde_json::to_vec_pretty(&out).expect("claims serialize")).map_err(|e| format!("{}: {e}", p.display()))?;
    }
    Ok(())
}

/// `--cached`: the link alone, on the features the engine cached.
fn link_cached(dir: &PathBuf, dump: Option<&PathBuf>) -> Result<(), String> {
    let t0 = Instant::now();
    let feats = cached(dir)?;
    if feats.is_empty() {
        return Err(format!("{}: no cached features (.bin)", dir.display()));
    }
    println!("read {} documents' cached features in {:.2} s (not timed below)", feats.len(), t0.elapsed().as_secs_f64());
    let named: Vec<(&str, &claims::DocFeatures)> = feats.iter().map(|(n, f)| (n.as_str(), f)).collect();
    let t1 = Instant::now();
    let out = claims::link(&named);
    let l = t1.elapsed().as_secs_f64();
    let members: usize = out.claims.iter().map(|c| c.members.len()).sum();
    println!("link:     {l:.2} s, {:.0} documents/s (the threads of rayon's global pool: all cores)", feats.len() as f64 / l);
    println!("claims: {} with {} members", out.claims.len(), members);
    println!("peak memory (VmHWM): {}", peak_memory());
    if let Some(p) = dump {
        std::fs::write(p, serde_json::to_vec_pretty(&out).expect("claims serialize")).map_err(|e| format!("{}: {e}", p.display()))?;
    }
    Ok(())
}

/// The allocator the `pipeline` binary runs the stages with.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> ExitCode {
    let o = match parse() {
        Ok(o) => o,
        Err(e) => {
            eprintln!("{e}");
            return ExitCode::FAILURE;
        }
    };
    if o.budget.is_some() && o.cached.is_none() {
        eprintln!("--budget links the features the engine cached: give --cached DIR too");
        return ExitCode::FAILURE;
    }
    if let Some(dir) = &o.cached {
        let done = match o.budget {
            Some(budget) => link_in_parts(dir, budget, o.dump.as_ref()),
            None => link_cached(dir, o.dump.as_ref()),
        };
        return match done {
            Ok(()) => ExitCode::SUCCESS,
            Err(e) => {
                eprintln!("{e}");
                ExitCode::FAILURE
            }
        };
    }
    let texts = match load(&o.from) {
        Ok(t) => t,
        Err(e) => {
            eprintln!("{e}");
            return ExitCode::FAILURE;
        }
    };
    let docs = if o.show { texts } else { generate(&texts, o.docs, o.seed) };
    let t0 = Instant::now();
    let parsed: Vec<(Segments, Quotes, Speakers)> = docs
        .iter()
        .map(|(_, t)| {
            let a = stages::annotate(t);
            (a.segments, a.quotes, a.speakers)
        })
        .collect();
    let inputs: Vec<DocInput> = docs
        .iter()
        .zip(&parsed)
        .map(|((n, t), (s, q, sp))| DocInput { name: n, text: t, segments: s, quotes: q, speakers: sp })
        .collect();
    if o.show {
        for c in claims::claims(&inputs).claims {
            println!("{} [{:?}]{}\n  {}", c.id, c.kind, if c.disagree { format!(" disagree: {:?}", c.speakers) } else { String::new() }, c.text);
            for m in &c.members {
                let cov = m.covers.map(|s| format!(" covers {}..{}", s.start(), s.end())).unwrap_or_default();
                println!("  - {} {}..{} {:?}{} {:?}", m.doc, m.span.start(), m.span.end(), m.matching, cov, m.text);
            }
        }
        return ExitCode::SUCCESS;
    }
    let bytes: usize = docs.iter().map(|(_, t)| t.len()).sum();
    println!(
        "generated {} documents ({:.1} MB) from {} files in {:.1} s (upstream stages included, not timed below)",
        docs.len(),
        bytes as f64 / 1e6,
        o.from.display(),
        t0.elapsed().as_secs_f64()
    );
    let t1 = Instant::now();
    let feats: Vec<claims::DocFeatures> = inputs.iter().map(claims::features).collect();
    let f = t1.elapsed().as_secs_f64();
    let t2 = Instant::now();
    let named: Vec<(&str, &claims::DocFeatures)> = inputs.iter().map(|d| d.name).zip(&feats).collect();
    let out = claims::link(&named);
    let l = t2.elapsed().as_secs_f64();
    if let Some(p) = &o.dump {
        if let Err(e) = std::fs::write(p, serde_json::to_vec_pretty(&out).expect("claims serialize")) {
            eprintln!("{}: {e}", p.display());
            return ExitCode::FAILURE;
        }
    }
    let members: usize = out.claims.iter().map(|c| c.members.len()).sum();
    let n = docs.len() as f64;
    println!("features: {f:.2} s, {:.0} documents/s (one core)", n / f);
    println!("link:     {l:.2} s, {:.0} documents/s (the threads of rayon's global pool: all cores)", n / l);
    println!("total:    {:.2} s, {:.0} documents/s", f + l, n / (f + l));
    println!("claims: {} with {} members", out.claims.len(), members);
    println!("peak memory (VmHWM): {}", peak_memory());
    drop(out);
    drop(named);
    let t3 = Instant::now();
    let (mut total, mut largest) = (0usize, 0usize);
    for f in &feats {
        let bytes = f.to_bytes();
        assert!(claims::DocFeatures::from_bytes(&bytes).as_ref() == Some(f), "features read back differ");
        total += bytes.len();
        largest = largest.max(bytes.len());
    }
    let s = t3.elapsed().as_secs_f64();
    println!("features as the engine caches them: {:.0} bytes per document on average, largest {largest}, {:.1} MB in all", total as f64 / n, total as f64 / 1e6);
    println!("features write + read + compare: {s:.2} s, {:.0} documents/s", n / s);
    ExitCode::SUCCESS
}
