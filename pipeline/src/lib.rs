//! The annotation engine and the `pipeline` command.
//!
//! The map of the steps, for `pipeline run`:
//!
//! 1. [`corpus`] lists the seeds (`.txt` files, sorted) and reads each one as UTF-8.
//! 2. [`graph`] declares the stages once: `segment` → `speakers` → `quotes` per
//!    document, then `claims` over the corpus, each an adapter over a pure function of a
//!    `stages` crate.
//! 3. [`engine`] walks the graph: per document and in parallel, then the corpus stages.
//!    For each stage, [`step`] reads the file's header ([`file`](mod@file)), decides from the cache
//!    key ([`key`]) whether the stage must run, runs it, checks every span of the result
//!    against the seed ([`validate`]), prints it ([`yaml`]) and writes it atomically.
//!    A corpus stage's per-document parts are cached on the way ([`parts`]).
//! 4. Hand-edited files (body no longer hashing to the recorded output) are validated,
//!    kept, and carried onto new output when their inputs change ([`handedit`]); every
//!    problem becomes a [`diag::Diagnostic`], pointed at the offending value through a
//!    tree of located nodes ([`yaml_pos`]; for a file serde refuses, every structural
//!    problem is found by [`structure`]), and everything adds up in a [`report`].
//!    A document whose files nobody touched since an earlier run recorded them is taken
//!    as fresh from their metadata alone, none of them read ([`seen`]).
//! 5. [`orphans`] deals with folders whose seed is gone; [`schema`] writes the JSON
//!    Schemas the files point at; [`lock`] keeps two runs from writing at once. Every
//!    path under the annotations folder comes from [`layout`].
//!
//! `pipeline check` and `pipeline status` walk the same steps and write nothing.
//! [`diff`] compares the annotations of two git revisions or folders, [`eval`] measures
//! the machine by the hand edits, [`trace`] follows an id down to the seed's bytes,
//! [`export`] writes the annotations in other tools' formats and [`import`] brings
//! corrections made in those tools back as hand edits, and [`site`] makes the static
//! HTML report.

#![deny(missing_docs)]
// Diagnostics are returned on cold paths only (a file that cannot be read, a broken
// edit); boxing them would only add noise.
#![allow(clippy::result_large_err)]

pub mod carry;
pub mod corpus;
pub mod diag;
pub mod diff;
pub mod edits;
pub mod engine;
pub mod eval;
pub mod export;
pub mod file;
pub mod graph;
pub mod handedit;
pub mod import;
pub mod key;
pub mod layout;
pub mod lock;
pub mod orphans;
pub mod output;
pub mod parts;
pub mod paths;
pub mod progress;
pub mod report;
pub mod root;
pub mod schema;
pub mod seen;
pub mod shards;
pub mod site;
pub mod step;
pub mod structure;
pub mod trace;
pub mod validate;
pub mod yaml;
pub mod yaml_pos;
