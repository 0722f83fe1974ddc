//! One writer at a time per annotations folder.
//!
//! `run` holds an exclusive lock on `<annotations>/.lock` (an OS file lock, released when
//! the process ends however it ends). A second `run` on the same folder says so and waits
//! for the first to finish, so their writes never interleave.

use crate::diag::{Diagnostic, Kind};
use crate::paths;
use std::fs::{self, File, TryLockError};
use std::path::Path;

/// Held while a run writes; the lock is released on drop.
#[derive(Debug)]
pub struct Lock {
    _file: File,
}

/// Takes the lock on `annotations`, waiting (with a message) while another run holds it.
pub fn acquire(annotations: &Path) -> Result<Lock, Diagnostic> {
    let path = crate::layout::Layout::new(annotations).lock();
    let shown = paths::display(&path);
    let fail = |e: std::io::Error| Diagnostic::new(Kind::Io, &shown, format!("cannot take the lock: {e}"));
    fs::create_dir_all(annotations).map_err(fail)?;
    let file = File::options().create(true).truncate(false).write(true).open(&path).map_err(fail)?;
    match file.try_lock() {
        Ok(()) => {}
        Err(TryLockError::WouldBlock) => {
            eprintln!("another `pipeline run` is writing to {}; waiting for it to finish (lock: {shown})", paths::display(annotations));
            file.lock().map_err(fail)?;
        }
        Err(TryLockError::Error(e)) => return Err(fail(e)),
    }
    Ok(Lock { _file: file })
}
