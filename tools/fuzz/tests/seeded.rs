//! A fixed, seeded number of fuzz iterations on every `cargo test --workspace`: pieces
//! of the seeds, mutated, through every stage, and a few through the whole engine. A
//! failure prints the finding with its shrunk input and the command that reproduces it.

use fuzz_seeds::{Corpus, Options};

/// How many iterations, and from which seed: a few seconds in the test profile.
const SEED: u64 = 17;
const ITERATIONS: u64 = 400;

#[test]
fn mutated_seeds_pass_every_check() {
    let corpus = Corpus::repository();
    let options = Options { seed: SEED, engine_every: 100, minimize: true };
    for i in 0..ITERATIONS {
        if let Err(finding) = fuzz_seeds::iteration(&corpus, &options, i) {
            panic!("{finding}");
        }
    }
}
