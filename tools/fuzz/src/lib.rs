//! `fuzz-seeds`: a seeded fuzzer for the stages and the engine. Not shipped with
//! `pipeline`.
//!
//! Each iteration takes pieces of real articles (the seeds in `seeds/`, a few hundred
//! bytes to a few KB each, so iterations are fast), mutates them where the stages are
//! fragile (quote marks straight, curly, guillemets and single; apostrophes; newlines LF,
//! CRLF, CR and U+2028; multibyte characters, combining marks, emoji, CJK and mojibake
//! inserted, deleted, duplicated and truncated; spans of text swapped; paragraphs joined
//! and split) and runs every stage on a small batch of such documents: `segment`,
//! `speakers` and `quotes` on each, then `claims` over the batch. It checks:
//!
//! - **no panic** (overflow included: the test profile and the release profile check
//!   arithmetic);
//! - **every span** of every output inside its text, on character boundaries, and
//!   slicing exactly to the `text` written beside it, with the engine's own validation
//!   ([`pipeline::validate`]), plus each claim member's `covers` inside the claim's text;
//! - **determinism**: the same input twice gives equal output;
//! - **the YAML printer round-trips**: [`pipeline::yaml::to_string`], parsed back with
//!   `serde_yaml`, gives an equal value.
//!
//! Every [`Options::engine_every`]th iteration also runs the whole engine on the batch
//! (`run` into a temporary folder; then `check` must be clean and a second `run` must
//! find everything cached).
//!
//! Everything an iteration does follows from the seed number and the iteration number
//! alone ([`batch`]), so a finding is reproduced by those two numbers, on any thread
//! count. A finding's input is shrunk ([`minimize`]) before it is reported.
//!
//! ```text
//! cargo run --release -p fuzz-seeds -- --iterations 1000000 --seed 1 --threads 1
//! cargo run --release -p fuzz-seeds -- --seconds 900 --seed 7      # for a while
//! cargo run --release -p fuzz-seeds -- --seed 1 --only 4711        # one iteration again
//! ```
//!
//! `cargo test -p fuzz-seeds` runs a fixed number of iterations (a few seconds), so
//! every `cargo test --workspace` runs them too.

#![deny(missing_docs)]

use pipeline::diag::Kind;
use pipeline::engine::{self, Mode};
use pipeline::validate::{self, Checker, ClaimDoc};
use stages::contract::{Claims, Quotes, Segments, Speakers};
use stages::DocInput;
use std::cell::RefCell;
use std::collections::{HashMap, HashSet};
use std::fmt;
use std::panic::{self, AssertUnwindSafe};
use std::path::{Path, PathBuf};
use std::sync::Once;

/// SplitMix64: a small, fixed generator, so a seed number gives the same iterations on
/// every machine and every version of every crate.
#[derive(Clone, Debug)]
pub struct Rng(u64);

impl Rng {
    /// A generator from a seed number.
    pub fn new(seed: u64) -> Rng {
        Rng(seed)
    }

    /// The next 64 random bits.
    pub fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// A number in `0..n` (`0` when `n` is 0).
    pub fn below(&mut self, n: usize) -> usize {
        if n == 0 {
            0
        } else {
            (self.next_u64() % n as u64) as usize
        }
    }

    /// A number in `lo..=hi`.
    pub fn between(&mut self, lo: usize, hi: usize) -> usize {
        lo + self.below(hi - lo + 1)
    }

    /// True once in `d` times, on average.
    pub fn one_in(&mut self, d: usize) -> bool {
        self.below(d) == 0
    }

    /// One of `items`.
    pub fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len())]
    }
}

/// The real articles the fuzzer cuts its pieces from.
#[derive(Clone, Debug)]
pub struct Corpus {
    texts: Vec<String>,
}

impl Corpus {
    /// The `.txt` files of `dir`, in name order.
    pub fn load(dir: &Path) -> std::io::Result<Corpus> {
        let mut paths: Vec<PathBuf> = std::fs::read_dir(dir)?
            .map(|e| e.map(|e| e.path()))
            .collect::<Result<_, _>>()?;
        paths.retain(|p| p.extension().is_some_and(|e| e == "txt"));
        paths.sort();
        let texts = paths.iter().map(std::fs::read_to_string).collect::<Result<Vec<_>, _>>()?;
        if texts.is_empty() {
            return Err(std::io::Error::new(std::io::ErrorKind::NotFound, format!("no .txt file in {}", dir.display())));
        }
        Ok(Corpus { texts })
    }

    /// The repository's own `seeds/`.
    pub fn repository() -> Corpus {
        Corpus::load(&repository_seeds()).expect("the repository's seeds/ folder")
    }

    /// How many articles.
    pub fn len(&self) -> usize {
        self.texts.len()
    }

    /// Whether there is none.
    pub fn is_empty(&self) -> bool {
        self.texts.is_empty()
    }

    /// A piece of one article: from a few hundred bytes to a few KB (sometimes the whole
    /// article), starting at a paragraph or anywhere.
    pub fn piece(&self, rng: &mut Rng) -> String {
        let text = rng.pick(&self.texts);
        if rng.one_in(10) {
            return text.clone();
        }
        let len = rng.between(200, 3000).min(text.len());
        let mut start = floor(text, rng.below(text.len() - len + 1));
        if rng.one_in(2) {
            // from the start of a paragraph
            start = text[..start].rfind("\n\n").map_or(0, |i| i + 2);
        }
        let start = floor(text, start);
        let end = floor(text, (start + len).min(text.len()));
        text[start..end].to_string()
    }
}

/// The `seeds/` folder of the repository this crate is built in.
pub fn repository_seeds() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../seeds")
}

/// One of `items`, a list of strings.
fn any(rng: &mut Rng, items: &[&'static str]) -> &'static str {
    items[rng.below(items.len())]
}

/// The char boundary at or before `at`.
fn floor(text: &str, mut at: usize) -> usize {
    at = at.min(text.len());
    while !text.is_char_boundary(at) {
        at -= 1;
    }
    at
}

/// A random char boundary of `text`.
fn boundary(rng: &mut Rng, text: &str) -> usize {
    floor(text, rng.below(text.len() + 1))
}

/// A random char-aligned range of `text`, at most about `max` bytes long.
fn range(rng: &mut Rng, text: &str, max: usize) -> (usize, usize) {
    let start = boundary(rng, text);
    let end = floor(text, start + rng.between(0, max));
    (start, end.max(start))
}

const QUOTE_MARKS: &[&str] = &["\"", "“", "”", "'", "‘", "’", "«", "»", "‹", "›", "„", "‚", "「", "」", "« ", " »", "``", "''", "\"\"", "“”"];
const APOSTROPHES: &[&str] = &["'", "’", "ʼ", "′", "`", "´", "‘"];
const NEWLINES: &[&str] = &["\n", "\r\n", "\r", "\u{2028}", "\u{2029}", "\n\n", "\r\n\r\n", "\r\r", "\u{85}", "\n \n", "\n\t\n", "\u{c}"];
const MULTIBYTE: &[&str] = &[
    "é", "e\u{301}", "\u{301}", "\u{308}\u{308}", "😀", "🤣", "👨\u{200d}👩\u{200d}👧", "🇫🇷", "中文", "日本語の", "한국어",
    "â€™", "â€œ", "â€\u{9d}", "πŸ€£", "Ã©", "Ã", "ï»¿", "\u{feff}", "\u{200b}", "\u{a0}", "\u{202f}", "\u{202e}", "\u{200f}",
    "İ", "ẞ", "ß", "Σ", "ς", "ﬁ", "ﬀ", "Ω", "Å", "ǅ", "\u{0}", "\t", "\u{fffd}", "—", "–", "…", "·", "\u{10ffff}", "𝐀",
];
const WORDS: &[&str] = &[
    " he said.", ", Legend explained.", " according to ", " West tweeted: ", " she shared", ", she told Vanity Fair.",
    "John Legend", "Kanye West", "Legend", "West", "Mr. West", "Kim", " He ", " They ", " said: ", " wrote:",
    "Photo: Getty Images", "Advertisement", "By Jane Doe", "NEW YORK (AP) —", "In 2018,", " 40 ", "Dr.", "U.S.", "...",
];

/// The mutations, by name (for the record; [`mutate`] picks among them).
pub const MUTATIONS: &[&str] = &[
    "insert quote mark",
    "insert apostrophe",
    "insert newline",
    "insert multibyte",
    "delete",
    "duplicate",
    "truncate",
    "swap",
    "join paragraphs",
    "split paragraph",
    "change quote marks",
    "splice another article",
    "mojibake",
    "change case",
    "repeat",
    "insert words",
    "drop marks",
];

/// Applies one random mutation to `text`; `corpus` supplies other articles to splice in.
pub fn mutate(rng: &mut Rng, text: &mut String, corpus: &Corpus) {
    let at = boundary(rng, text);
    match rng.below(MUTATIONS.len()) {
        0 => text.insert_str(at, any(rng, QUOTE_MARKS)),
        1 => text.insert_str(at, any(rng, APOSTROPHES)),
        2 => text.insert_str(at, any(rng, NEWLINES)),
        3 => text.insert_str(at, any(rng, MULTIBYTE)),
        4 => {
            let max = if rng.one_in(4) { 400 } else { 12 };
            let (a, b) = range(rng, text, max);
            text.replace_range(a..b, "");
        }
        5 => {
            let (a, b) = range(rng, text, 200);
            let copy = text[a..b].to_string();
            let to = if rng.one_in(2) { b } else { boundary(rng, text) };
            text.insert_str(to, &copy);
        }
        6 => {
            if rng.one_in(2) {
                text.truncate(at);
            } else {
                text.replace_range(..at, "");
            }
        }
        7 => {
            let (a, b) = range(rng, text, 300);
            let (c, d) = range(rng, text, 300);
            let ((a, b), (c, d)) = if a <= c { ((a, b), (c, d)) } else { ((c, d), (a, b)) };
            if b <= c {
                let swapped = format!("{}{}{}", &text[c..d], &text[b..c], &text[a..b]);
                text.replace_range(a..d, &swapped);
            }
        }
        8 => {
            let breaks: Vec<usize> = text.match_indices("\n\n").map(|(i, _)| i).collect();
            if !breaks.is_empty() {
                let i = *rng.pick(&breaks);
                text.replace_range(i..i + 2, any(rng, &[" ", "", "\n", "\n\n\n\n", "\r\n"]));
            }
        }
        9 => {
            let spaces: Vec<usize> = text.match_indices(' ').map(|(i, _)| i).collect();
            let i = if spaces.is_empty() { at } else { *rng.pick(&spaces) };
            text.insert_str(i, any(rng, &["\n\n", "\n", "\n\n\n", "\r\n\r\n"]));
        }
        10 => {
            let marks: Vec<(usize, char)> = text.char_indices().filter(|(_, c)| "\"'“”‘’«»„".contains(*c)).collect();
            if !marks.is_empty() {
                let (i, c) = *rng.pick(&marks);
                text.replace_range(i..i + c.len_utf8(), any(rng, QUOTE_MARKS));
            }
        }
        11 => {
            let piece = corpus.piece(rng);
            let (a, b) = range(rng, &piece, 600);
            text.insert_str(at, &piece[a..b]);
        }
        12 => {
            let (a, b) = range(rng, text, 40);
            let damaged = mojibake(&text[a..b]);
            text.replace_range(a..b, &damaged);
        }
        13 => {
            let (a, b) = range(rng, text, 80);
            let changed = if rng.one_in(2) { text[a..b].to_uppercase() } else { text[a..b].to_lowercase() };
            text.replace_range(a..b, &changed);
        }
        14 => {
            let unit = *rng.pick(&["“", "\"", "'", "’", "\n", " ", "é", "🤣", "—", ".", "\u{301}", "a"]);
            text.insert_str(at, &unit.repeat(rng.between(2, 60)));
        }
        15 => text.insert_str(at, any(rng, WORDS)),
        _ => {
            let marks: Vec<(usize, char)> = text.char_indices().filter(|(_, c)| "\"“”‘’«»".contains(*c)).collect();
            if !marks.is_empty() {
                let (i, c) = *rng.pick(&marks);
                text.replace_range(i..i + c.len_utf8(), "");
            }
        }
    }
}

/// `text` as it reads when its UTF-8 bytes are decoded as Windows-1252 (the damage the
/// seeds carry: `’` becomes `â€™`).
pub fn mojibake(text: &str) -> String {
    const HIGH: [char; 32] = [
        '€', '\u{81}', '‚', 'ƒ', '„', '…', '†', '‡', 'ˆ', '‰', 'Š', '‹', 'Œ', '\u{8d}', 'Ž', '\u{8f}', '\u{90}', '‘', '’', '“', '”', '•', '–',
        '—', '˜', '™', 'š', '›', 'œ', '\u{9d}', 'ž', 'Ÿ',
    ];
    text.bytes()
        .map(|b| match b {
            0x80..=0x9F => HIGH[usize::from(b - 0x80)],
            _ => char::from(b),
        })
        .collect()
}

/// Text that is not an article: tricky characters and a few words, any order.
fn noise(rng: &mut Rng) -> String {
    let mut text = String::new();
    for _ in 0..rng.below(80) {
        let pool: &[&str] = match rng.below(5) {
            0 => QUOTE_MARKS,
            1 => APOSTROPHES,
            2 => NEWLINES,
            3 => MULTIBYTE,
            _ => WORDS,
        };
        text.push_str(any(rng, pool));
    }
    text
}

/// The documents of iteration `iteration` under seed number `seed`: one to four pieces
/// of articles, mutated (now and then one left as it is, or pure noise).
pub fn batch(corpus: &Corpus, seed: u64, iteration: u64) -> Vec<String> {
    let mut rng = Rng::new(seed.wrapping_mul(0xD1B5_4A32_D192_ED03) ^ iteration.wrapping_mul(0x9E37_79B9_7F4A_7C15));
    rng.next_u64();
    let docs = rng.between(1, 4);
    (0..docs)
        .map(|_| {
            if rng.one_in(40) {
                return noise(&mut rng);
            }
            let mut text = corpus.piece(&mut rng);
            let mutations = match rng.below(10) {
                0 => 0,
                1 => rng.between(10, 40),
                _ => rng.between(1, 6),
            };
            for _ in 0..mutations {
                mutate(&mut rng, &mut text, corpus);
            }
            text
        })
        .collect()
}

/// Something wrong the checks found.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Problem {
    /// What kind of problem and where, with no numbers that depend on the input: two
    /// findings with the same signature are most likely the same bug.
    pub signature: String,
    /// The details.
    pub message: String,
}

impl Problem {
    fn new(signature: impl Into<String>, message: impl Into<String>) -> Problem {
        Problem { signature: signature.into(), message: message.into() }
    }
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}\n{}", self.signature, self.message)
    }
}

thread_local! {
    /// Set while [`catch`] runs: where the panic's message goes instead of standard error.
    static CAUGHT: RefCell<Option<Option<String>>> = const { RefCell::new(None) };
}

/// Runs `f`, turning a panic into its message and location (`None` from `f` only if it
/// returns normally). Panics elsewhere (a test's own asserts) still print as usual.
pub fn catch<T>(f: impl FnOnce() -> T) -> Result<T, String> {
    static HOOK: Once = Once::new();
    HOOK.call_once(|| {
        let previous = panic::take_hook();
        panic::set_hook(Box::new(move |info| {
            let caught = CAUGHT.with(|c| {
                let mut c = c.borrow_mut();
                match c.as_mut() {
                    Some(slot) => {
                        let what = info
                            .payload()
                            .downcast_ref::<&str>()
                            .map(|s| s.to_string())
                            .or_else(|| info.payload().downcast_ref::<String>().cloned())
                            .unwrap_or_else(|| "no message".to_string());
                        let at = info.location().map(|l| format!("{}:{}:{}", l.file(), l.line(), l.column())).unwrap_or_default();
                        slot.get_or_insert(format!("panicked at {at}: {what}"));
                        true
                    }
                    None => false,
                }
            });
            if !caught {
                previous(info);
            }
        }));
    });
    let outer = CAUGHT.with(|c| c.borrow_mut().replace(None));
    let result = panic::catch_unwind(AssertUnwindSafe(f));
    let message = CAUGHT.with(|c| std::mem::replace(&mut *c.borrow_mut(), outer)).flatten();
    result.map_err(|_| message.unwrap_or_else(|| "panicked".to_string()))
}

/// The signature of a panic message: its location, without the values.
fn panic_signature(stage: &str, message: &str) -> String {
    let at = message.strip_prefix("panicked at ").and_then(|m| m.split_once(": ")).map_or("", |(at, _)| at);
    format!("panic in {stage} at {at}")
}

/// `message` with its digits folded, for a signature.
fn fold_digits(message: &str) -> String {
    let mut out = String::new();
    for c in message.chars() {
        if c.is_ascii_digit() {
            if !out.ends_with('#') {
                out.push('#');
            }
        } else {
            out.push(c);
        }
    }
    out
}

fn stage<T: PartialEq>(name: &str, f: impl Fn() -> T) -> Result<T, Problem> {
    let first = catch(&f).map_err(|m| Problem::new(panic_signature(name, &m), m))?;
    let second = catch(&f).map_err(|m| Problem::new(panic_signature(name, &m), format!("on the second call only: {m}")))?;
    if first != second {
        return Err(Problem::new(format!("{name}: not deterministic"), "the same input gave different output twice"));
    }
    Ok(first)
}

/// Prints `items` with the tool's YAML printer and checks that `serde_yaml` reads the
/// same value back; returns the printed text.
fn round_trip<T>(name: &str, items: &T) -> Result<String, Problem>
where
    T: serde::Serialize + serde::de::DeserializeOwned + PartialEq + fmt::Debug,
{
    let printed = catch(|| pipeline::yaml::to_string(items))
        .map_err(|m| Problem::new(panic_signature(&format!("the YAML printer ({name})"), &m), m))?
        .map_err(|e| Problem::new(format!("{name}: cannot be printed"), e.to_string()))?;
    match serde_yaml::from_str::<T>(&printed) {
        Ok(back) if back == *items => Ok(printed),
        Ok(back) => {
            let (a, b) = (format!("{items:#?}"), format!("{back:#?}"));
            let first = a.lines().zip(b.lines()).position(|(x, y)| x != y).unwrap_or(0);
            let line = |s: &str| s.lines().nth(first).unwrap_or("").trim().to_string();
            Err(Problem::new(format!("{name}: YAML does not round-trip"), format!("printed {} but read back {}", line(&a), line(&b))))
        }
        Err(e) => Err(Problem::new(format!("{name}: printed YAML does not parse"), format!("{e}\n{printed}"))),
    }
}

fn checked(name: &str, doc: &str, printed: &str, check: impl FnOnce(&mut Checker)) -> Result<(), Problem> {
    let path = if doc.is_empty() { format!("{name}.yaml") } else { format!("{doc}/{name}.yaml") };
    let mut checker = Checker::new(&path, printed, Kind::Bug);
    check(&mut checker);
    match checker.finish().first() {
        None => Ok(()),
        Some(d) => Err(Problem::new(format!("{name}: {}", fold_digits(&d.message)), d.to_string())),
    }
}

/// What `claims` reads of one document's per-document output.
struct Annotated {
    segments: Segments,
    speakers: Speakers,
    quotes: Quotes,
}

fn annotate(name: &str, text: &str) -> Result<Annotated, Problem> {
    let segments = stage("segment", || stages::segment::segment(text))?;
    let printed = round_trip("segments", &segments)?;
    checked("segments", name, &printed, |c| validate::segments(c, text, &segments))?;
    let speakers = stage("speakers", || stages::speakers::speakers(text, &segments))?;
    let printed = round_trip("speakers", &speakers)?;
    checked("speakers", name, &printed, |c| validate::speakers(c, text, &speakers))?;
    let quotes = stage("quotes", || stages::quotes::quotes(text, &segments, &speakers))?;
    let printed = round_trip("quotes", &quotes)?;
    checked("quotes", name, &printed, |c| validate::quotes(c, text, &quotes, &speakers))?;
    Ok(Annotated { segments, speakers, quotes })
}

/// The document names of a batch: `d0`, `d1`, ... (sorted, as `claims` wants them).
fn names(docs: &[String]) -> Vec<String> {
    (0..docs.len()).map(|i| format!("d{i}")).collect()
}

/// Runs every stage on `docs` (the per-document stages on each, `claims` over them all)
/// and checks the outputs: no panic, spans valid, deterministic, YAML round-trips.
pub fn check_stages(docs: &[String]) -> Result<(), Problem> {
    let names = names(docs);
    let annotated: Vec<Annotated> = names.iter().zip(docs).map(|(n, t)| annotate(n, t)).collect::<Result<_, _>>()?;
    let inputs: Vec<DocInput> = names
        .iter()
        .zip(docs)
        .zip(&annotated)
        .map(|((name, text), a)| DocInput { name, text, segments: &a.segments, quotes: &a.quotes, speakers: &a.speakers })
        .collect();
    let claims = stage("claims", || stages::claims::claims(&inputs))?;
    let printed = round_trip("claims", &claims)?;
    let corpus: HashMap<&str, ClaimDoc> = names
        .iter()
        .zip(docs)
        .zip(&annotated)
        .map(|((name, text), a)| {
            let quote_ids: HashSet<&str> = a.quotes.quotes.iter().map(|q| q.id.as_str()).collect();
            (name.as_str(), ClaimDoc { text, quote_ids: Some(quote_ids) })
        })
        .collect();
    checked("claims", "", &printed, |c| validate::claims(c, &claims, &corpus))?;
    covers(&claims)
}

/// Each claim member's `covers` lies inside the claim's text, on character boundaries.
fn covers(claims: &Claims) -> Result<(), Problem> {
    for claim in &claims.claims {
        for m in &claim.members {
            if let Some(covers) = m.covers {
                if let Err(e) = covers.check(&claim.text) {
                    return Err(Problem::new(
                        format!("claims: covers {}", fold_digits(&e.to_string())),
                        format!("claim {}: member {} {} covers {covers} {e} (the claim's text is {:?})", claim.id, m.doc, m.span, claim.text),
                    ));
                }
            }
        }
    }
    Ok(())
}

/// Runs the whole engine on `docs`: `run` into a temporary folder must report no
/// problem, then `check --deep` must be clean and a second `run` must run nothing.
pub fn check_engine(docs: &[String]) -> Result<(), Problem> {
    let dir = tempfile::tempdir().map_err(|e| Problem::new("engine: no temporary folder", e.to_string()))?;
    let seeds = dir.path().join("seeds");
    std::fs::create_dir(&seeds).map_err(|e| Problem::new("engine: cannot write seeds", e.to_string()))?;
    for (name, text) in names(docs).iter().zip(docs) {
        std::fs::write(seeds.join(format!("{name}.txt")), text).map_err(|e| Problem::new("engine: cannot write seeds", e.to_string()))?;
    }
    let mut options = engine::Options::new(&seeds, dir.path().join("annotations"));
    options.jobs = Some(1);
    // `check` re-validates every span of every file, not only the edited ones
    options.deep = true;
    let execute = |mode: Mode, what: &str| -> Result<pipeline::report::Report, Problem> {
        let failed = |d: &pipeline::diag::Diagnostic| Problem::new(format!("engine {what}: {}", fold_digits(&d.message)), d.to_string());
        let report = catch(|| engine::execute(mode, &options).map_err(|d| failed(&d)))
            .map_err(|m| Problem::new(panic_signature(&format!("engine {what}"), &m), m))??;
        match report.problems.first() {
            None => Ok(report),
            Some(d) => Err(failed(d)),
        }
    };
    execute(Mode::Run, "run")?;
    execute(Mode::Check, "check after run")?;
    let again = execute(Mode::Run, "second run")?;
    if let Some((stage, _)) = again.stages.iter().find(|(_, c)| c.ran > 0) {
        return Err(Problem::new(format!("engine second run: {stage} ran again"), "a run right after a run should find every file cached"));
    }
    Ok(())
}

/// Shrinks `docs` while `still` holds: drops whole documents, then cuts each document
/// down (halving chunks, then single characters). Returns the smallest input found.
pub fn minimize(docs: &[String], still: impl Fn(&[String]) -> bool) -> Vec<String> {
    let mut docs = docs.to_vec();
    // whole documents first
    let mut i = 0;
    while docs.len() > 1 && i < docs.len() {
        let mut fewer = docs.clone();
        fewer.remove(i);
        if still(&fewer) {
            docs = fewer;
        } else {
            i += 1;
        }
    }
    for d in 0..docs.len() {
        let mut chars: Vec<char> = docs[d].chars().collect();
        let mut chunk = chars.len().div_ceil(2).max(1);
        loop {
            let mut start = 0;
            let mut shrunk = false;
            while start < chars.len() {
                let end = (start + chunk).min(chars.len());
                let mut fewer = chars.clone();
                fewer.drain(start..end);
                let mut trial = docs.clone();
                trial[d] = fewer.iter().collect();
                if still(&trial) {
                    chars = fewer;
                    docs = trial;
                    shrunk = true;
                } else {
                    start = end;
                }
            }
            if chunk == 1 && !shrunk {
                break;
            }
            if !shrunk {
                chunk = chunk.div_ceil(2);
            }
        }
    }
    docs
}

/// What one run of the fuzzer is asked to do.
#[derive(Clone, Debug)]
pub struct Options {
    /// The seed number: the same number gives the same iterations.
    pub seed: u64,
    /// Run the whole engine on every `engine_every`th iteration (iteration 0 included);
    /// 0 never.
    pub engine_every: u64,
    /// Shrink a finding's input before reporting it.
    pub minimize: bool,
}

/// A problem found, with what reproduces it.
#[derive(Clone, Debug)]
pub struct Finding {
    /// The seed number.
    pub seed: u64,
    /// The iteration that found it.
    pub iteration: u64,
    /// What is wrong.
    pub problem: Problem,
    /// The iteration's documents.
    pub docs: Vec<String>,
    /// The smallest documents that still show the same problem (same signature), when
    /// shrinking was asked for.
    pub minimal: Option<Vec<String>>,
}

impl fmt::Display for Finding {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        writeln!(f, "finding: {} (seed {}, iteration {})", self.problem.signature, self.seed, self.iteration)?;
        for line in self.problem.message.lines().take(12) {
            writeln!(f, "  {line}")?;
        }
        if let Some(minimal) = &self.minimal {
            for (i, doc) in minimal.iter().enumerate() {
                writeln!(f, "  minimal input, document {i} ({} bytes): {doc:?}", doc.len())?;
            }
        }
        write!(f, "  reproduce: cargo run --release -p fuzz-seeds -- --seed {} --only {}", self.seed, self.iteration)
    }
}

/// Whether iteration `iteration` runs the whole engine.
pub fn runs_engine(options: &Options, iteration: u64) -> bool {
    options.engine_every > 0 && iteration.is_multiple_of(options.engine_every)
}

/// Runs iteration `iteration`: its batch through every stage, and through the engine
/// when it is its turn.
pub fn iteration(corpus: &Corpus, options: &Options, iteration: u64) -> Result<(), Finding> {
    let docs = batch(corpus, options.seed, iteration);
    let engine = runs_engine(options, iteration);
    let check = |docs: &[String]| -> Result<(), Problem> {
        check_stages(docs)?;
        if engine {
            check_engine(docs)?;
        }
        Ok(())
    };
    let Err(problem) = check(&docs) else { return Ok(()) };
    let minimal = options.minimize.then(|| minimize(&docs, |trial| check(trial).is_err_and(|p| p.signature == problem.signature)));
    Err(Finding { seed: options.seed, iteration, problem, docs, minimal })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn splitmix_is_fixed() {
        // the reference values of SplitMix64 from seed 0
        let mut rng = Rng::new(0);
        assert_eq!(rng.next_u64(), 0xE220_A839_7B1D_CDAF);
        assert_eq!(rng.next_u64(), 0x6E78_9E6A_A1B9_65F4);
    }

    #[test]
    fn mutations_keep_text_valid_and_batches_are_reproducible() {
        let corpus = Corpus::repository();
        for i in 0..300 {
            assert_eq!(batch(&corpus, 3, i), batch(&corpus, 3, i));
        }
        assert_ne!(batch(&corpus, 3, 1), batch(&corpus, 4, 1));
    }

    #[test]
    fn mojibake_is_what_the_seeds_carry() {
        assert_eq!(mojibake("’"), "â€™");
        assert_eq!(mojibake("🤣"), "ðŸ¤£");
        assert_eq!(mojibake("plain"), "plain");
    }

    #[test]
    fn a_panic_is_caught_with_its_place() {
        let e = catch(|| -> usize { panic!("boom {}", 3) }).unwrap_err();
        assert!(e.starts_with("panicked at ") && e.ends_with(": boom 3"), "{e}");
        assert!(panic_signature("segment", &e).starts_with("panic in segment at "));
        assert_eq!(catch(|| 4), Ok(4));
    }

    fn quote(span: (usize, usize), text: &str) -> stages::contract::Quote {
        stages::contract::Quote {
            id: "q-x".into(),
            span: stages::Span::new(span.0, span.1).unwrap(),
            text: text.into(),
            speaker: None,
            cue: None,
            rule: None,
            confidence: None,
            kind: Default::default(),
            quoted: vec![],
            parts: vec![],
        }
    }

    #[test]
    fn the_checks_see_a_broken_span() {
        let seed = "He said “café” twice.";
        let speakers = stages::Speakers::default();
        let check = |q: stages::contract::Quote| {
            let quotes = Quotes { quotes: vec![q], ..Quotes::default() };
            let printed = round_trip("quotes", &quotes).unwrap();
            checked("quotes", "d0", &printed, |c| validate::quotes(c, seed, &quotes, &speakers))
        };
        assert_eq!(check(quote((11, 16), "café")), Ok(()));
        let wrong = check(quote((11, 16), "cafe")).unwrap_err();
        assert_eq!(wrong.signature, "quotes: span #..# does not match its text");
        let split = check(quote((11, 15), "caf")).unwrap_err();
        assert!(split.signature.contains("splits a UTF-"), "{split}");
        let out = check(quote((11, 99), "café")).unwrap_err();
        assert!(out.signature.contains("out of range"), "{out}");
    }

    #[test]
    fn the_checks_see_yaml_that_does_not_round_trip() {
        let mut q = quote((0, 2), "He");
        q.confidence = Some(f64::NAN);
        let quotes = Quotes { quotes: vec![q], ..Quotes::default() };
        let problem = round_trip("quotes", &quotes).unwrap_err();
        assert_eq!(problem.signature, "quotes: YAML does not round-trip");
    }

    #[test]
    fn the_checks_see_covers_outside_the_claim() {
        let member = stages::contract::Member {
            doc: "d0".into(),
            span: stages::Span::new(0, 2).unwrap(),
            text: "He".into(),
            quote: None,
            speaker: None,
            matching: stages::contract::Matching::Partial,
            covers: stages::Span::new(0, 2),
            why: None,
        };
        let claim = |text: &str| Claims {
            claims: vec![stages::contract::Claim {
                id: "c-x".into(),
                text: text.into(),
                members: vec![member.clone()],
                ..Default::default()
            }],
            unresolved: Vec::new(),
        };
        assert_eq!(covers(&claim("He said")), Ok(()));
        assert!(covers(&claim("H")).is_err());
        assert!(covers(&claim("aé")).is_err());
    }

    #[test]
    fn minimize_keeps_what_matters() {
        let docs = vec!["abcXdef".to_string(), "other".to_string()];
        let min = minimize(&docs, |d| d.iter().any(|t| t.contains('X')));
        assert_eq!(min, vec!["X".to_string()]);
    }
}
