//! The scale benchmark: one table of what users wait for, at 1,000, 10,000 and 100,000
//! generated documents.
//!
//! ```text
//! cargo bench -p pipeline --bench scale -- [--docs 1000,10000,100000] [--from DIR] [--seed S]
//!     [--jobs N] [--identity-max DOCS] [--fresh]
//! ```
//!
//! Relative paths are taken from the workspace root. For each size it grows a corpus with
//! the `gen-corpus` library (cached under `<target>/bench-corpora/`, keyed by the source
//! folder, the seed, the size and the generator's code) and runs the release `pipeline`
//! binary as a child process, from the corpus folder:
//!
//! - per stage: each per-document stage and the YAML printer timed in this process over
//!   the same corpus on the same threads (the binary prints no timings). This pass also
//!   finds seeds on which a stage gives two items one id: the engine refuses that output,
//!   which blocks `claims` for the whole corpus, so such seeds are set aside (moved to
//!   `set-aside/`, listed under the table) and the rest is timed;
//! - cold run: `pipeline run` into an empty annotations folder (everything computed);
//! - the floor: every seed and annotation file read once, in this process, in parallel
//!   with the same thread count: what any tool that looks at every file must pay;
//! - the write floor: every annotation file of the cold run written once more into a
//!   fresh folder, its folders made, in parallel: what a cold run must pay the disk to
//!   put its output down (its MB/s are of seed text, comparable with the cold run's);
//! - `claims`: a run with only the claims (`claims/`) removed, less a no-op run; the rest of the
//!   cold run is the engine (hashing, validation, file I/O);
//! - no-op run; one seed changed (a paragraph appended to one seed, then the run, and
//!   the seed restored, then the run: the best of the two); `pipeline check`;
//! - peak memory of each child (`/usr/bin/time -f %M`, or `VmHWM` polled from `/proc`);
//! - up to `--identity-max` documents (default 10,000): whether `--jobs 1` and
//!   `--shard 1/2`, `--shard 2/2` then a plain run write exactly the same bytes.
//!
//! Every time is also given as a ratio to the floor. `PIPELINE_BIN=path` times another
//! build of the binary (the per-stage rows still come from this benchmark's own build).

use gen_corpus::Library;
use rayon::prelude::*;
use std::fmt::Write as _;
use std::fs;
use std::io::Read as _;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

/// The `pipeline` binary: the one cargo built with this benchmark, or `$PIPELINE_BIN`.
fn pipeline_bin() -> PathBuf {
    std::env::var_os("PIPELINE_BIN").map_or_else(|| PathBuf::from(env!("CARGO_BIN_EXE_pipeline")), PathBuf::from)
}

struct Options {
    docs: Vec<usize>,
    from: PathBuf,
    seed: u64,
    jobs: usize,
    identity_max: usize,
    fresh: bool,
}

fn usage() -> String {
    "usage: cargo bench -p pipeline --bench scale -- [--docs 1000,10000,100000] [--from DIR] [--seed S] [--jobs N] \
     [--identity-max DOCS] [--fresh]"
        .to_string()
}

fn parse(root: &Path) -> Result<Options, String> {
    let cores = std::thread::available_parallelism().map_or(1, |n| n.get());
    let mut o = Options {
        docs: vec![1_000, 10_000, 100_000],
        from: root.join("seeds"),
        seed: 1,
        jobs: cores,
        identity_max: 10_000,
        fresh: false,
    };
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        let mut value = || args.next().ok_or_else(|| format!("{arg} needs a value\n{}", usage()));
        match arg.as_str() {
            // cargo bench passes --bench to every bench binary.
            "--bench" => {}
            "--docs" => {
                o.docs = value()?
                    .split(',')
                    .map(|n| n.trim().replace('_', "").parse::<usize>().map_err(|e| format!("--docs: {e}")))
                    .collect::<Result<_, _>>()?
            }
            "--from" => o.from = root.join(value()?),
            "--seed" => o.seed = value()?.parse().map_err(|e| format!("--seed: {e}"))?,
            "--jobs" => o.jobs = value()?.parse().map_err(|e| format!("--jobs: {e}"))?,
            "--identity-max" => o.identity_max = value()?.parse().map_err(|e| format!("--identity-max: {e}"))?,
            "--fresh" => o.fresh = true,
            "-h" | "--help" => return Err(usage()),
            other => return Err(format!("unknown argument {other}\n{}", usage())),
        }
    }
    if o.docs.is_empty() || o.docs.contains(&0) || o.jobs == 0 {
        return Err(format!("--docs and --jobs must be positive\n{}", usage()));
    }
    Ok(o)
}

/// One run of the `pipeline` binary.
struct Child {
    wall: Duration,
    /// Peak resident memory in bytes, when it could be measured.
    peak: Option<u64>,
}

fn time_available() -> bool {
    Command::new("/usr/bin/time").args(["-f", "%M", "true"]).stdout(Stdio::null()).stderr(Stdio::null()).status().is_ok_and(|s| s.success())
}

/// Runs `pipeline <args>` in `dir`, failing on a non-zero exit.
fn pipeline(dir: &Path, args: &[&str], use_time: bool) -> Result<Child, String> {
    let out = dir.join("last-run.out");
    let err = dir.join("last-run.err");
    let rss = dir.join("last-run.rss");
    let mut cmd = if use_time {
        let mut c = Command::new("/usr/bin/time");
        c.arg("-f").arg("%M").arg("-o").arg(&rss).arg(pipeline_bin());
        c
    } else {
        Command::new(pipeline_bin())
    };
    cmd.args(args).current_dir(dir).stdin(Stdio::null());
    cmd.stdout(fs::File::create(&out).map_err(|e| e.to_string())?);
    cmd.stderr(fs::File::create(&err).map_err(|e| e.to_string())?);
    let start = Instant::now();
    let mut child = cmd.spawn().map_err(|e| format!("cannot start {}: {e}", pipeline_bin().display()))?;
    let mut polled = 0u64;
    let status = loop {
        if let Some(status) = child.try_wait().map_err(|e| e.to_string())? {
            break status;
        }
        if !use_time {
            polled = polled.max(vm_hwm(child.id()).unwrap_or(0));
        }
        std::thread::sleep(Duration::from_millis(if use_time { 2 } else { 10 }));
    };
    let wall = start.elapsed();
    if !status.success() {
        let tail = |p: &Path| fs::read_to_string(p).unwrap_or_default().lines().rev().take(12).collect::<Vec<_>>().join("\n");
        return Err(format!("`pipeline {}` in {} failed ({status}):\n{}\n{}", args.join(" "), dir.display(), tail(&out), tail(&err)));
    }
    let peak = if use_time {
        fs::read_to_string(&rss).ok().and_then(|s| s.lines().last()?.trim().parse::<u64>().ok()).map(|kb| kb * 1024)
    } else {
        (polled > 0).then_some(polled)
    };
    Ok(Child { wall, peak })
}

fn vm_hwm(pid: u32) -> Option<u64> {
    let status = fs::read_to_string(format!("/proc/{pid}/status")).ok()?;
    let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
    line.split_whitespace().nth(1)?.parse::<u64>().ok().map(|kb| kb * 1024)
}

/// Every regular file under `dir`, recursively.
fn files(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = fs::read_dir(dir) else { return };
    for e in entries.flatten() {
        match e.file_type() {
            Ok(t) if t.is_dir() => files(&e.path(), out),
            Ok(t) if t.is_file() => out.push(e.path()),
            _ => {}
        }
    }
}

/// The floor: list and read every file under `dirs` once, in parallel. Returns the time,
/// the file count and the bytes.
fn floor(pool: &rayon::ThreadPool, dirs: &[PathBuf]) -> (Duration, usize, u64) {
    let start = Instant::now();
    let (count, bytes) = pool.install(|| {
        let mut all = Vec::new();
        for d in dirs {
            files(d, &mut all);
        }
        let bytes: u64 = all
            .par_iter()
            .map(|p| {
                let mut buf = Vec::new();
                fs::File::open(p).and_then(|mut f| f.read_to_end(&mut buf)).map_or(0, |n| n as u64)
            })
            .sum();
        (all.len(), bytes)
    });
    (start.elapsed(), count, bytes)
}

/// The write floor: every annotation file under `from` written once more, with its
/// folders, into a fresh folder `to` (created, written and closed; no temporary file, no
/// rename), in parallel, then the folder removed. What a cold run must pay this disk to
/// put its output down, whatever it computes.
fn write_floor(pool: &rayon::ThreadPool, from: &Path, to: &Path) -> Result<Duration, String> {
    let mut all = Vec::new();
    files(from, &mut all);
    // (read first, so the floor times the writes only)
    let contents: Vec<(PathBuf, Vec<u8>)> = all
        .iter()
        .map(|p| {
            let rel = p.strip_prefix(from).map_err(|e| e.to_string())?;
            Ok((to.join(rel), fs::read(p).map_err(|e| format!("{}: {e}", p.display()))?))
        })
        .collect::<Result<_, String>>()?;
    let _ = fs::remove_dir_all(to);
    let start = Instant::now();
    pool.install(|| {
        contents.par_iter().try_for_each(|(path, bytes)| {
            if let Some(parent) = path.parent() {
                fs::create_dir_all(parent).map_err(|e| format!("{}: {e}", parent.display()))?;
            }
            fs::write(path, bytes).map_err(|e| format!("{}: {e}", path.display()))
        })
    })?;
    let took = start.elapsed();
    fs::remove_dir_all(to).map_err(|e| format!("{}: {e}", to.display()))?;
    Ok(took)
}

/// Per-stage cost in this process: total thread time of each per-document stage and of
/// printing its YAML, over every seed; and the seeds on which a stage hands out one id
/// twice (a stage bug the engine refuses to write, which blocks `claims`).
fn stage_times(pool: &rayon::ThreadPool, seeds: &Path) -> ([Duration; 4], Vec<PathBuf>) {
    let mut paths = Vec::new();
    files(seeds, &mut paths);
    paths.sort();
    fn repeats<'a>(ids: impl Iterator<Item = &'a str>) -> bool {
        let mut seen = std::collections::HashSet::new();
        ids.into_iter().any(|id| !seen.insert(id))
    }
    let timed: Vec<([Duration; 4], bool)> = pool.install(|| {
        paths
            .par_iter()
            .map(|p| {
                let text = String::from_utf8(fs::read(p).expect("seed readable")).expect("seed is UTF-8");
                let t0 = Instant::now();
                let seg = stages::segment::segment(&text);
                let t1 = Instant::now();
                let spk = stages::speakers::speakers(&text, &seg);
                let t2 = Instant::now();
                let quo = stages::quotes::quotes(&text, &seg, &spk);
                let t3 = Instant::now();
                let printed = pipeline::yaml::to_string(&seg).unwrap().len()
                    + pipeline::yaml::to_string(&spk).unwrap().len()
                    + pipeline::yaml::to_string(&quo).unwrap().len();
                std::hint::black_box(printed);
                let t4 = Instant::now();
                let bug = repeats(seg.paragraphs.iter().map(|x| x.id.as_str()))
                    || repeats(spk.speakers.iter().map(|x| x.id.as_str()))
                    || repeats(quo.quotes.iter().map(|x| x.id.as_str()));
                ([t1 - t0, t2 - t1, t3 - t2, t4 - t3], bug)
            })
            .collect()
    });
    let mut total = [Duration::ZERO; 4];
    for (t, _) in &timed {
        for i in 0..4 {
            total[i] += t[i];
        }
    }
    let bugs = paths.into_iter().zip(&timed).filter(|(_, t)| t.1).map(|(p, _)| p).collect();
    (total, bugs)
}

/// Whether two folders hold the same files with the same bytes (the lock file aside).
fn same_tree(a: &Path, b: &Path) -> Result<(), String> {
    let list = |d: &Path| {
        let mut v = Vec::new();
        files(d, &mut v);
        let mut rel: Vec<PathBuf> =
            v.into_iter().map(|p| p.strip_prefix(d).unwrap().to_path_buf()).filter(|p| p != Path::new(".lock")).collect();
        rel.sort();
        rel
    };
    let (la, lb) = (list(a), list(b));
    if la != lb {
        let only: Vec<_> = la.iter().filter(|p| !lb.contains(p)).chain(lb.iter().filter(|p| !la.contains(p))).take(3).collect();
        return Err(format!("different files ({} vs {}), e.g. {only:?}", la.len(), lb.len()));
    }
    match la.par_iter().find_any(|p| fs::read(a.join(p)).ok() != fs::read(b.join(p)).ok()) {
        Some(p) => Err(format!("{} differs", p.display())),
        None => Ok(()),
    }
}

/// A corpus folder of `docs` generated documents, made once and kept.
fn corpus(target: &Path, lib: &Library, o: &Options, docs: usize) -> Result<PathBuf, String> {
    // The key covers what the corpus is made from: the source folder's files, the
    // generator's code, the seed and the size.
    let mut key = blake3::Hasher::new();
    key.update(include_str!("../../tools/gen-corpus/src/lib.rs").as_bytes());
    let mut src = Vec::new();
    files(&o.from, &mut src);
    src.sort();
    for p in &src {
        key.update(p.to_string_lossy().as_bytes());
        key.update(&fs::metadata(p).map_or(0, |m| m.len()).to_le_bytes());
    }
    key.update(&o.seed.to_le_bytes());
    let key = key.finalize().to_hex();
    let dir = target.join("bench-corpora").join(format!("{docs}-docs-seed{}-{}", o.seed, &key[..12]));
    let done = dir.join("complete");
    if o.fresh && dir.exists() {
        fs::remove_dir_all(&dir).map_err(|e| format!("{}: {e}", dir.display()))?;
    }
    if !done.exists() {
        let _ = fs::remove_dir_all(&dir);
        let seeds = dir.join("seeds");
        eprintln!("  generating {docs} documents into {}", seeds.display());
        gen_corpus::write(lib, docs, o.seed, &seeds).map_err(|e| format!("{}: {e}", seeds.display()))?;
        fs::write(&done, "").map_err(|e| e.to_string())?;
    }
    Ok(dir)
}

/// The figures of one corpus size.
struct Figures {
    docs: usize,
    seed_bytes: u64,
    ann_files: usize,
    ann_bytes: u64,
    floor: Duration,
    write_floor: Duration,
    cold: Child,
    stages: [Duration; 4],
    claims: Duration,
    noop: Child,
    changed: Child,
    check: Child,
    peak_any: Option<u64>,
    jobs_same: Option<Result<(), String>>,
    shards_same: Option<Result<(), String>>,
    /// Seeds set aside because a stage gives two items one id (names).
    set_aside: Vec<String>,
}

fn best(runs: Vec<Child>) -> (Child, Option<u64>) {
    let peak = runs.iter().filter_map(|c| c.peak).max();
    let best = runs.into_iter().min_by_key(|c| c.wall).expect("at least one run");
    (best, peak)
}

fn measure(target: &Path, lib: &Library, o: &Options, docs: usize, pool: &rayon::ThreadPool, use_time: bool) -> Result<Figures, String> {
    let dir = corpus(target, lib, o, docs)?;
    let jobs = o.jobs.to_string();
    // Fewer repeats at the largest size, where one run is long and the machine shared.
    let repeats = if docs > 10_000 { 1 } else { 3 };
    for d in ["annotations", "annotations-j1", "annotations-shards"] {
        let _ = fs::remove_dir_all(dir.join(d));
    }
    let run = |extra: &[&str]| {
        let mut args = vec![extra[0], "--seeds", "seeds", "--jobs", &jobs];
        args.extend_from_slice(&extra[1..]);
        if !args.contains(&"--annotations") {
            args.extend(["--annotations", "annotations"]);
        }
        pipeline(&dir, &args, use_time)
    };
    let mut peaks = Vec::new();

    // Per-stage cost first, in this process: it also finds the seeds on which a stage
    // hands out one id twice. The engine refuses such output, and one broken document
    // blocks `claims` for the corpus, so they are set aside (and listed) to time the rest.
    let aside = dir.join("set-aside");
    if let Ok(entries) = fs::read_dir(&aside) {
        for e in entries.flatten() {
            fs::rename(e.path(), dir.join("seeds").join(e.file_name())).map_err(|e| e.to_string())?;
        }
    }
    eprintln!("  stages in-process");
    let (stages, bugs) = stage_times(pool, &dir.join("seeds"));
    let mut set_aside = Vec::new();
    for p in &bugs {
        fs::create_dir_all(&aside).map_err(|e| e.to_string())?;
        let name = p.file_name().expect("a file").to_owned();
        fs::rename(p, aside.join(&name)).map_err(|e| e.to_string())?;
        set_aside.push(name.to_string_lossy().into_owned());
    }

    eprintln!("  cold run");
    let cold = run(&["run"])?;
    peaks.push(cold.peak);

    eprintln!("  floor");
    let dirs = [dir.join("seeds"), dir.join("annotations")];
    let floors: Vec<_> = (0..3).map(|_| floor(pool, &dirs)).collect();
    let (floor_time, files_all, bytes_all) = floors.iter().min_by_key(|f| f.0).copied().expect("3 runs");
    let mut seeds_list = Vec::new();
    files(&dirs[0], &mut seeds_list);
    let seed_bytes: u64 = seeds_list.iter().map(|p| fs::metadata(p).map_or(0, |m| m.len())).sum();
    eprintln!("  write floor");
    let write_floor = (0..3).map(|_| write_floor(pool, &dir.join("annotations"), &dir.join("annotations-floor"))).collect::<Result<Vec<_>, _>>()?.into_iter().min().expect("3 runs");

    eprintln!("  no-op run");
    let (noop, p) = best((0..repeats).map(|_| run(&["run"])).collect::<Result<_, _>>()?);
    peaks.push(p);

    eprintln!("  claims alone");
    let mut claims_runs = Vec::new();
    for _ in 0..repeats {
        // the claims' shards (or, for a binary of an earlier version, its claims.yaml)
        let (shards, single) = (dir.join("annotations/claims"), dir.join("annotations/claims.yaml"));
        if shards.is_dir() {
            fs::remove_dir_all(&shards).map_err(|e| format!("{}: {e}", shards.display()))?;
        }
        if single.is_file() {
            fs::remove_file(&single).map_err(|e| format!("{}: {e}", single.display()))?;
        }
        claims_runs.push(run(&["run"])?);
    }
    let (claims_run, p) = best(claims_runs);
    peaks.push(p);
    let claims = claims_run.wall.saturating_sub(noop.wall);

    eprintln!("  one seed changed");
    seeds_list.sort();
    let victim = &seeds_list[seeds_list.len() / 2];
    let original = fs::read(victim).map_err(|e| e.to_string())?;
    let mut edited = original.clone();
    edited.extend_from_slice("\n\n“We have nothing further to add at this time,” a spokesperson said in a statement.\n".as_bytes());
    let mut changed_runs = Vec::new();
    for _ in 0..repeats {
        fs::write(victim, &edited).map_err(|e| e.to_string())?;
        changed_runs.push(run(&["run"])?);
        fs::write(victim, &original).map_err(|e| e.to_string())?;
        changed_runs.push(run(&["run"])?);
    }
    let (changed, p) = best(changed_runs);
    peaks.push(p);

    eprintln!("  check");
    let (check, p) = best((0..repeats).map(|_| run(&["check"])).collect::<Result<_, _>>()?);
    peaks.push(p);

    let (mut jobs_same, mut shards_same) = (None, None);
    if docs <= o.identity_max {
        eprintln!("  --jobs 1 and shards");
        let a = dir.join("annotations");
        let j1 = pipeline(&dir, &["run", "--seeds", "seeds", "--annotations", "annotations-j1", "--jobs", "1"], use_time)?;
        peaks.push(j1.peak);
        jobs_same = Some(same_tree(&a, &dir.join("annotations-j1")));
        for shard in ["1/2", "2/2"] {
            peaks.push(run(&["run", "--annotations", "annotations-shards", "--shard", shard])?.peak);
        }
        peaks.push(run(&["run", "--annotations", "annotations-shards"])?.peak);
        shards_same = Some(same_tree(&a, &dir.join("annotations-shards")));
        let _ = fs::remove_dir_all(dir.join("annotations-j1"));
        let _ = fs::remove_dir_all(dir.join("annotations-shards"));
    }
    let ann_bytes = bytes_all - seed_bytes;
    Ok(Figures {
        docs,
        seed_bytes,
        ann_files: files_all - seeds_list.len(),
        ann_bytes,
        floor: floor_time,
        write_floor,
        cold,
        stages,
        claims,
        noop,
        changed,
        check,
        peak_any: peaks.into_iter().flatten().max(),
        jobs_same,
        shards_same,
        set_aside,
    })
}

fn thousands(n: u64) -> String {
    let s = n.to_string();
    let mut out = String::new();
    for (i, c) in s.chars().enumerate() {
        if i > 0 && (s.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out
}

fn secs(d: Duration) -> String {
    let s = d.as_secs_f64();
    if s < 10.0 {
        format!("{s:.2} s")
    } else {
        format!("{s:.1} s")
    }
}

fn mb(bytes: u64) -> String {
    format!("{:.1} MB", bytes as f64 / 1e6)
}

fn mbs(bytes: u64, d: Duration) -> String {
    format!("{:.1} MB/s", bytes as f64 / 1e6 / d.as_secs_f64().max(1e-9))
}

fn ratio(d: Duration, floor: Duration) -> String {
    format!("{:.1}×", d.as_secs_f64() / floor.as_secs_f64().max(1e-9))
}

fn peak(p: Option<u64>) -> String {
    p.map_or("n/a".into(), |b| format!("{:.0} MB", b as f64 / 1e6))
}

fn same(r: &Option<Result<(), String>>) -> String {
    match r {
        None => "not run".into(),
        Some(Ok(())) => "identical".into(),
        Some(Err(e)) => format!("DIFFERENT: {e}"),
    }
}

fn table(o: &Options, lib: &Library, figures: &[Figures], peak_how: &str) -> String {
    let cores = std::thread::available_parallelism().map_or(0, |n| n.get());
    let mut rows: Vec<(String, Vec<String>)> = Vec::new();
    let mut row = |name: &str, f: &dyn Fn(&Figures) -> String| rows.push((name.to_string(), figures.iter().map(f).collect()));
    let jobs = o.jobs as u32;
    let share = |d: Duration| d / jobs;
    row("documents", &|f| thousands(f.docs as u64));
    row("  set aside: a stage gives one id twice", &|f| thousands(f.set_aside.len() as u64));
    row("seed text", &|f| mb(f.seed_bytes));
    row("annotation files", &|f| format!("{} files, {}", thousands(f.ann_files as u64), mb(f.ann_bytes)));
    row("floor: read every file once", &|f| format!("{}  1.0×", secs(f.floor)));
    row("floor: write every annotation file once", &|f| format!("{}  {}  {}", secs(f.write_floor), mbs(f.seed_bytes, f.write_floor), ratio(f.write_floor, f.floor)));
    row("cold run, end to end", &|f| format!("{}  {}  {}", secs(f.cold.wall), mbs(f.seed_bytes, f.cold.wall), ratio(f.cold.wall, f.floor)));
    let names = ["  segment", "  speakers", "  quotes", "  YAML printing (3 files)"];
    for (i, name) in names.iter().enumerate() {
        row(name, &|f| format!("{}  {}", secs(share(f.stages[i])), mbs(f.seed_bytes, share(f.stages[i]))));
    }
    row("  claims (run with only claims/ gone)", &|f| format!("{}  {}", secs(f.claims), ratio(f.claims, f.floor)));
    row("  rest: engine (hash, validate, I/O)", &|f| {
        let parts: Duration = f.stages.iter().map(|&d| share(d)).sum::<Duration>() + f.claims;
        let rest = f.cold.wall.saturating_sub(parts);
        format!("{}  {}", secs(rest), ratio(rest, f.floor))
    });
    row("no-op run", &|f| format!("{}  {}", secs(f.noop.wall), ratio(f.noop.wall, f.floor)));
    row("one seed changed (claims incl.)", &|f| format!("{}  {}", secs(f.changed.wall), ratio(f.changed.wall, f.floor)));
    row("pipeline check", &|f| format!("{}  {}", secs(f.check.wall), ratio(f.check.wall, f.floor)));
    row("peak memory, cold run", &|f| peak(f.cold.peak));
    row("peak memory, any run", &|f| peak(f.peak_any));
    row("same bytes with --jobs 1", &|f| same(&f.jobs_same));
    row("same bytes, 2 shards + run", &|f| same(&f.shards_same));

    let width0 = rows.iter().map(|r| r.0.chars().count()).max().unwrap_or(0);
    let widths: Vec<usize> =
        (0..figures.len()).map(|i| rows.iter().map(|r| r.1[i].chars().count()).max().unwrap_or(0)).collect();
    let mut out = String::new();
    let _ = writeln!(
        out,
        "machine: {cores} cores; pipeline --jobs {}; corpus grown from {} ({} articles), seed {}",
        o.jobs,
        o.from.display(),
        lib.len(),
        o.seed
    );
    let _ = writeln!(
        out,
        "times are the best of 3 runs (1 above 10,000 documents; one seed changed: also the run that restores it), \
         warm page cache; ratios are to the floor; per-stage rows are thread time / {} threads, in this process; \
         peak memory from {peak_how}",
        o.jobs
    );
    let _ = writeln!(out);
    for (name, cells) in &rows {
        let _ = write!(out, "{name:<width0$}");
        for (cell, w) in cells.iter().zip(&widths) {
            let pad = w - cell.chars().count();
            let _ = write!(out, "  | {}{cell}", " ".repeat(pad));
        }
        out.push('\n');
    }
    for f in figures.iter().filter(|f| !f.set_aside.is_empty()) {
        let _ = writeln!(out, "\nset aside at {} documents (duplicate ids; the engine refuses the output and claims is blocked): {}", thousands(f.docs as u64), f.set_aside.join(", "));
    }
    out
}

fn main() {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("..");
    let o = match parse(&root) {
        Ok(o) => o,
        Err(e) => {
            eprintln!("{e}");
            std::process::exit(2);
        }
    };
    let lib = match Library::load(&o.from) {
        Ok(lib) => lib,
        Err(e) => {
            eprintln!("cannot read articles from {}: {e}", o.from.display());
            std::process::exit(2);
        }
    };
    // <target>/release/pipeline → <target>
    let target = Path::new(env!("CARGO_BIN_EXE_pipeline")).parent().and_then(Path::parent).expect("the binary is in <target>/<profile>/").to_path_buf();
    let use_time = time_available();
    let peak_how = if use_time { "/usr/bin/time -f %M" } else { "VmHWM polled from /proc every 10 ms" };
    let pool = rayon::ThreadPoolBuilder::new().num_threads(o.jobs).build().expect("threads");
    let mut figures = Vec::new();
    for &docs in &o.docs {
        eprintln!("{docs} documents:");
        match measure(&target, &lib, &o, docs, &pool, use_time) {
            Ok(f) => figures.push(f),
            Err(e) => {
                eprintln!("scale benchmark failed at {docs} documents: {e}");
                std::process::exit(1);
            }
        }
    }
    print!("{}", table(&o, &lib, &figures, peak_how));
}
