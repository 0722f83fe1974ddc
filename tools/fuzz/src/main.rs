//! `fuzz-seeds`: runs the seeded fuzzer (see the `fuzz_seeds` library) for as long as you
//! like, printing iterations per second and findings. Not shipped with `pipeline`.
//!
//! ```text
//! cargo run --release -p fuzz-seeds -- --iterations 1000000 --seed 1 --threads 1
//! cargo run --release -p fuzz-seeds -- --seconds 900 --seed 7
//! cargo run --release -p fuzz-seeds -- --seed 1 --only 4711
//! ```
//!
//! Exits 1 when it found something, 0 otherwise.

use clap::Parser;
use fuzz_seeds::{Corpus, Finding, Options};
use std::collections::BTreeMap;
use std::path::PathBuf;
use std::process::ExitCode;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::Mutex;
use std::time::{Duration, Instant};

/// Mutate pieces of real articles and run them through every stage (and now and then the
/// whole engine), checking for panics, broken spans, nondeterminism and YAML that does
/// not round-trip.
#[derive(Parser)]
#[command(name = "fuzz-seeds", version, about)]
struct Cli {
    /// How many iterations; without it (and without --seconds), until interrupted.
    #[arg(long)]
    iterations: Option<u64>,
    /// Stop after this many seconds.
    #[arg(long)]
    seconds: Option<u64>,
    /// The seed number: the same number gives the same iterations, on any thread count.
    #[arg(long, default_value_t = 1)]
    seed: u64,
    /// The first iteration (to continue an earlier run of the same seed).
    #[arg(long, default_value_t = 0)]
    start: u64,
    /// Worker threads.
    #[arg(long, default_value_t = 1)]
    threads: u64,
    /// Run the whole engine on one iteration in this many (0: never).
    #[arg(long, default_value_t = 500)]
    engine_every: u64,
    /// The folder of real articles to cut pieces from.
    #[arg(long, default_value = "seeds")]
    from: PathBuf,
    /// Run only this iteration and print its documents (to reproduce a finding).
    #[arg(long)]
    only: Option<u64>,
    /// Report findings as found, without shrinking their input.
    #[arg(long)]
    no_minimize: bool,
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let corpus = match Corpus::load(&cli.from) {
        Ok(corpus) => corpus,
        Err(e) => {
            eprintln!("fuzz-seeds: cannot read articles from {}: {e}", cli.from.display());
            return ExitCode::from(2);
        }
    };
    let options = Options { seed: cli.seed, engine_every: cli.engine_every, minimize: !cli.no_minimize };
    if let Some(only) = cli.only {
        for (i, doc) in fuzz_seeds::batch(&corpus, cli.seed, only).iter().enumerate() {
            println!("document {i} ({} bytes): {doc:?}", doc.len());
        }
        return match fuzz_seeds::iteration(&corpus, &options, only) {
            Ok(()) => {
                println!("iteration {only} of seed {}: no finding", cli.seed);
                ExitCode::SUCCESS
            }
            Err(finding) => {
                println!("{finding}");
                ExitCode::FAILURE
            }
        };
    }

    let end = cli.iterations.map(|n| cli.start + n).unwrap_or(u64::MAX);
    let deadline = cli.seconds.map(|s| Instant::now() + Duration::from_secs(s));
    let threads = cli.threads.max(1);
    println!(
        "fuzz-seeds: seed {}, iterations {}..{}, {threads} thread(s), the engine every {} iterations, {} articles from {}",
        cli.seed,
        cli.start,
        if end == u64::MAX { "".to_string() } else { end.to_string() },
        cli.engine_every,
        corpus.len(),
        cli.from.display()
    );
    let started = Instant::now();
    let done = AtomicU64::new(0);
    let stop = AtomicBool::new(false);
    // per signature: the first finding and how many iterations showed it
    let findings: Mutex<BTreeMap<String, (Finding, u64)>> = Mutex::new(BTreeMap::new());
    std::thread::scope(|scope| {
        for t in 0..threads {
            let (corpus, options, done, stop, findings) = (&corpus, &options, &done, &stop, &findings);
            scope.spawn(move || {
                let mut i = cli.start + t;
                while i < end && !stop.load(Ordering::Relaxed) {
                    if let Err(mut finding) = fuzz_seeds::iteration(corpus, &Options { minimize: false, ..options.clone() }, i) {
                        let new = !findings.lock().expect("not poisoned").contains_key(&finding.problem.signature);
                        if new && options.minimize {
                            // shrink only the first of each kind: the others are most likely the same bug
                            finding = fuzz_seeds::iteration(corpus, options, i).expect_err("found again");
                        }
                        let mut all = findings.lock().expect("not poisoned");
                        let entry = all.entry(finding.problem.signature.clone()).or_insert_with(|| {
                            println!("{finding}");
                            (finding, 0)
                        });
                        entry.1 += 1;
                    }
                    done.fetch_add(1, Ordering::Relaxed);
                    i += threads;
                    if deadline.is_some_and(|d| Instant::now() >= d) {
                        stop.store(true, Ordering::Relaxed);
                    }
                }
            });
        }
        let mut last = Instant::now();
        while done.load(Ordering::Relaxed) < end - cli.start && !stop.load(Ordering::Relaxed) {
            std::thread::sleep(Duration::from_millis(200));
            if last.elapsed() >= Duration::from_secs(30) {
                last = Instant::now();
                let n = done.load(Ordering::Relaxed);
                let kinds = findings.lock().expect("not poisoned").len();
                println!("{n} iterations, {:.0}/s, {kinds} finding(s)", n as f64 / started.elapsed().as_secs_f64());
            }
        }
    });
    let n = done.load(Ordering::Relaxed);
    let secs = started.elapsed().as_secs_f64();
    let findings = findings.into_inner().expect("not poisoned");
    println!(
        "fuzz-seeds: {n} iterations (seed {}, from {}) in {secs:.1} s, {:.0}/s, {} kind(s) of finding",
        cli.seed,
        cli.start,
        n as f64 / secs,
        findings.len()
    );
    for (signature, (finding, count)) in &findings {
        println!("  {count} × {signature} (first at iteration {})", finding.iteration);
    }
    if findings.is_empty() {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    }
}
