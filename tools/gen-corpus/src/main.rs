//! `gen-corpus`: grows a realistic corpus of N documents from a folder of real articles,
//! for scale tests (see the `gen_corpus` library). Not shipped with `pipeline`.
//!
//! ```text
//! cargo run --release -p gen-corpus -- --from seeds --docs 10000 --seed 1 --out /tmp/corpus
//! ```

use clap::Parser;
use gen_corpus::Library;
use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Instant;

/// Grow N documents from a folder of real .txt articles: paragraphs recombined, quote
/// marks swapped, quotes truncated and split by attributions, paragraphs reordered,
/// photo credits and page furniture inserted, names shortened to surnames.
#[derive(Parser)]
#[command(name = "gen-corpus", version, about)]
struct Cli {
    /// The folder of real articles (.txt, paragraphs separated by blank lines).
    #[arg(long, default_value = "seeds")]
    from: PathBuf,
    /// How many documents to write.
    #[arg(long)]
    docs: usize,
    /// The seed number: the same number gives the same corpus, byte for byte.
    #[arg(long, default_value_t = 1)]
    seed: u64,
    /// The folder to write `<name>.txt` files into; it must be empty or not exist.
    #[arg(long)]
    out: PathBuf,
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let started = Instant::now();
    let lib = match Library::load(&cli.from) {
        Ok(lib) => lib,
        Err(e) => {
            eprintln!("gen-corpus: cannot read articles from {}: {e}", cli.from.display());
            return ExitCode::from(2);
        }
    };
    if std::fs::read_dir(&cli.out).is_ok_and(|mut d| d.next().is_some()) {
        eprintln!("gen-corpus: {} is not empty; give an empty or new folder", cli.out.display());
        return ExitCode::from(2);
    }
    match gen_corpus::write(&lib, cli.docs, cli.seed, &cli.out) {
        Ok(w) => {
            println!(
                "gen-corpus: {} documents, {:.1} MB, grown from {} articles of {} (seed {}) into {} in {:.1} s",
                w.docs,
                w.bytes as f64 / 1e6,
                lib.len(),
                cli.from.display(),
                cli.seed,
                cli.out.display(),
                started.elapsed().as_secs_f64()
            );
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("gen-corpus: cannot write into {}: {e}", cli.out.display());
            ExitCode::FAILURE
        }
    }
}
