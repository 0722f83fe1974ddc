//! Throughput of one stage alone, on one core.
//!
//! ```text
//! cargo run --release -p stages --example stage_throughput -- [--stage segment|speakers|quotes]
//!     [--dir seeds] [--mb 20] [--runs 5] [--one-document] [--threads 1]
//! ```
//!
//! Reads every `.txt` file of a folder (sorted), repeats them until the input reaches the
//! target size, and runs the chosen stage over each document copy several times; with
//! `--one-document`, over all of them joined into one document, which shows whether a
//! stage's time grows faster than its input (a rate far below the per-document one
//! means some look-up scans the whole document for each item). Only the
//! chosen stage is timed: the stages it depends on (`speakers` needs `segment`, `quotes`
//! needs both) run once beforehand. Prints the best and median MB/s. With `--threads N`,
//! the documents are shared out among N threads (document i to thread i mod N; the
//! engine's `--jobs` runs documents on N threads too, balanced by rayon), and the rate is
//! of the whole run's wall time.

use std::path::PathBuf;
use std::process::ExitCode;
use std::time::{Duration, Instant};

use stages::{quotes, segment, speakers};

struct Options {
    stage: String,
    dir: PathBuf,
    mb: f64,
    runs: usize,
    one_document: bool,
    threads: usize,
}

fn parse() -> Result<Options, String> {
    let mut o = Options { stage: "segment".into(), dir: PathBuf::from("seeds"), mb: 20.0, runs: 5, one_document: false, threads: 1 };
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        let mut value = || args.next().ok_or_else(|| format!("{arg} needs a value"));
        match arg.as_str() {
            "--stage" => o.stage = value()?,
            "--dir" => o.dir = PathBuf::from(value()?),
            "--mb" => o.mb = value()?.parse().map_err(|e| format!("--mb: {e}"))?,
            "--runs" => o.runs = value()?.parse().map_err(|e| format!("--runs: {e}"))?,
            "--one-document" => o.one_document = true,
            "--threads" => o.threads = value()?.parse().map_err(|e| format!("--threads: {e}"))?,
            "-h" | "--help" => {
                return Err("usage: stage_throughput [--stage segment|speakers|quotes] [--dir DIR] [--mb MB] [--runs N] [--one-document] [--threads N]".into())
            }
            other if !other.starts_with('-') => o.dir = PathBuf::from(other),
            other => return Err(format!("unknown argument {other}")),
        }
    }
    if !["segment", "speakers", "quotes"].contains(&o.stage.as_str()) {
        return Err(format!("unknown stage {}: choose segment, speakers or quotes", o.stage));
    }
    if o.runs == 0 || o.mb <= 0.0 || o.threads == 0 {
        return Err("--runs, --mb and --threads must be positive".into());
    }
    Ok(o)
}

fn load(dir: &PathBuf, target: usize) -> Result<Vec<String>, String> {
    let mut paths: Vec<PathBuf> = std::fs::read_dir(dir)
        .map_err(|e| format!("{}: {e}", dir.display()))?
        .filter_map(|entry| entry.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    paths.sort();
    let mut texts = Vec::new();
    for p in &paths {
        let bytes = std::fs::read(p).map_err(|e| format!("{}: {e}", p.display()))?;
        texts.push(String::from_utf8_lossy(&bytes).into_owned());
    }
    if texts.iter().all(String::is_empty) {
        return Err(format!("no text in {}", dir.display()));
    }
    // Documents stay separate, as the engine runs stages per document; they repeat
    // until the total reaches the target.
    let mut docs = Vec::new();
    let mut total = 0;
    while total < target {
        for t in &texts {
            total += t.len();
            docs.push(t.clone());
        }
    }
    Ok(docs)
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
    let docs = match load(&o.dir, (o.mb * 1_000_000.0) as usize) {
        // paragraphs apart, as the articles' own paragraphs are
        Ok(d) if o.one_document => vec![d.join("\n\n")],
        Ok(d) => d,
        Err(e) => {
            eprintln!("{e}");
            return ExitCode::FAILURE;
        }
    };
    let bytes: usize = docs.iter().map(String::len).sum();
    let segs: Vec<_> = if o.stage == "segment" { Vec::new() } else { docs.iter().map(|d| segment::segment(d)).collect() };
    let spk: Vec<_> = if o.stage == "quotes" {
        docs.iter().zip(&segs).map(|(d, s)| speakers::speakers(d, s)).collect()
    } else {
        Vec::new()
    };
    let mut times: Vec<Duration> = Vec::with_capacity(o.runs);
    let mut items = 0;
    // the stage on the documents of one thread's share (every `threads`-th from `first`)
    let share = |first: usize| -> usize {
        let mine = (first..docs.len()).step_by(o.threads);
        match o.stage.as_str() {
            "segment" => mine.map(|i| std::hint::black_box(segment::segment(&docs[i])).paragraphs.len()).sum(),
            "speakers" => mine.map(|i| std::hint::black_box(speakers::speakers(&docs[i], &segs[i])).speakers.len()).sum(),
            _ => mine.map(|i| std::hint::black_box(quotes::quotes(&docs[i], &segs[i], &spk[i])).quotes.len()).sum(),
        }
    };
    for _ in 0..o.runs {
        let start = Instant::now();
        items = if o.threads == 1 {
            share(0)
        } else {
            std::thread::scope(|scope| {
                let handles: Vec<_> = (0..o.threads).map(|t| scope.spawn(move || share(t))).collect();
                handles.into_iter().map(|h| h.join().unwrap_or_else(|e| std::panic::resume_unwind(e))).sum()
            })
        };
        times.push(start.elapsed());
    }
    times.sort();
    let mb = bytes as f64 / 1_000_000.0;
    let rate = |t: Duration| mb / t.as_secs_f64().max(1e-9);
    println!(
        "stage {}: {:.1} MB in {} documents from {}, {} runs on {} thread{}; best {:.1} MB/s, median {:.1} MB/s ({} items per run)",
        o.stage,
        mb,
        docs.len(),
        o.dir.display(),
        o.runs,
        o.threads,
        if o.threads == 1 { "" } else { "s" },
        rate(times[0]),
        rate(times[times.len() / 2]),
        items
    );
    ExitCode::SUCCESS
}
