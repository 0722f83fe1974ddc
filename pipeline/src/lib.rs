//! The annotation engine and the `pipeline` command.
//!
//! The map of the steps, for `pipeline run`:
//!
//! 1. [`corpus`] lists the seeds (`.txt` files, sorted) and reads each one as UTF-8.
//! 2. [`engine`] runs, per document and in parallel, `segment` → `speakers` → `quotes`
//!    ([`stage`] is the graph), then `claims` over the corpus. For each stage it reads
//!    the file's header ([`file`](mod@file)), decides from the cache key whether the stage must
//!    run, runs the pure stage function from the `stages` crate, checks every span of
//!    the result against the seed ([`validate`]), prints it ([`yaml`]) and writes it
//!    atomically.
//! 3. Hand-edited files (body no longer hashing to the recorded output) are validated and
//!    kept; every problem becomes a [`diag::Diagnostic`].
//! 4. [`schema`] writes the JSON Schemas the files point at; [`lock`] keeps two runs from
//!    writing the same folder at once.
//!
//! `pipeline check` walks the same steps and writes nothing.

#![deny(missing_docs)]
// Diagnostics are returned on cold paths only (a file that cannot be read, a broken
// edit); boxing them would only add noise.
#![allow(clippy::result_large_err)]

pub mod corpus;
pub mod diag;
pub mod edits;
pub mod engine;
pub mod features;
pub mod file;
pub mod generate;
pub mod lock;
pub mod merge;
pub mod paths;
pub mod schema;
pub mod stage;
pub mod trace;
pub mod validate;
pub mod yaml;
