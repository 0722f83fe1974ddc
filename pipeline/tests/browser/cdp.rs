//! A headless Chromium driven over the DevTools protocol on a pipe
//! (`--remote-debugging-pipe`: commands in on fd 3, replies out on fd 4, each JSON
//! message ended by a NUL byte). A pipe needs no port, so nothing can collide with
//! another test or listen on the network.

use serde_json::{json, Value};
use std::io::{BufRead, BufReader, Write};
use std::os::fd::AsRawFd;
use std::os::unix::process::CommandExt;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::mpsc::{self, Receiver, RecvTimeoutError};
use std::time::Duration;

/// How long to wait for one reply before calling the browser hung. Not a timing
/// assertion: a healthy browser answers in milliseconds; this only turns a hang into a
/// failure that says so instead of a test that never ends.
const HANG: Duration = Duration::from_secs(120);

extern "C" {
    fn dup2(old: i32, new: i32) -> i32;
    fn fcntl(fd: i32, cmd: i32, ...) -> i32;
}
const F_DUPFD: i32 = 0;

/// The browser to use: `PIPELINE_CHROMIUM`, else `chromium` (or `chromium-browser`) on
/// the `PATH`, else `/usr/bin/chromium`.
pub fn find() -> Option<PathBuf> {
    if let Some(path) = std::env::var_os("PIPELINE_CHROMIUM") {
        return Some(PathBuf::from(path));
    }
    let path = std::env::var_os("PATH").unwrap_or_default();
    for dir in std::env::split_paths(&path) {
        for name in ["chromium", "chromium-browser"] {
            let exe = dir.join(name);
            if exe.is_file() {
                return Some(exe);
            }
        }
    }
    Some(PathBuf::from("/usr/bin/chromium")).filter(|p| p.is_file())
}

/// A running browser with one page attached.
pub struct Browser {
    child: Child,
    to: std::io::PipeWriter,
    from: Receiver<Value>,
    next_id: u64,
    session: String,
    /// Events of the page since the last [`Browser::take_events`].
    events: Vec<Value>,
    _profile: tempfile::TempDir,
}

impl Browser {
    /// Starts `exe` headless with a fresh profile and opens a blank page.
    pub fn launch(exe: &Path) -> Result<Browser, String> {
        let profile = tempfile::tempdir().map_err(|e| e.to_string())?;
        let (cmd_read, cmd_write) = std::io::pipe().map_err(|e| e.to_string())?;
        let (reply_read, reply_write) = std::io::pipe().map_err(|e| e.to_string())?;
        let (r, w) = (cmd_read.as_raw_fd(), reply_write.as_raw_fd());
        let mut command = Command::new(exe);
        command
            .args([
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--remote-debugging-pipe",
            ])
            .arg(format!("--user-data-dir={}", profile.path().display()))
            .arg("about:blank")
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::null());
        // SAFETY: between fork and exec only async-signal-safe calls (fcntl, dup2).
        // The ends are first copied above 10, so that placing them on 3 and 4 cannot
        // overwrite one with the other; the copies carry no close-on-exec flag.
        unsafe {
            command.pre_exec(move || {
                let (a, b) = (fcntl(r, F_DUPFD, 10), fcntl(w, F_DUPFD, 10));
                if a < 0 || b < 0 || dup2(a, 3) < 0 || dup2(b, 4) < 0 {
                    return Err(std::io::Error::last_os_error());
                }
                Ok(())
            });
        }
        let child = command.spawn().map_err(|e| format!("cannot start {}: {e}", exe.display()))?;
        drop((cmd_read, reply_write));
        let (tx, from) = mpsc::channel();
        std::thread::spawn(move || {
            let mut reader = BufReader::new(reply_read);
            let mut buf = Vec::new();
            while reader.read_until(0, &mut buf).is_ok_and(|n| n > 0) {
                if buf.last() == Some(&0) {
                    buf.pop();
                }
                if let Ok(v) = serde_json::from_slice::<Value>(&buf) {
                    if tx.send(v).is_err() {
                        break;
                    }
                }
                buf.clear();
            }
        });
        let mut browser = Browser { child, to: cmd_write, from, next_id: 0, session: String::new(), events: Vec::new(), _profile: profile };
        let target = browser.call_browser("Target.createTarget", json!({"url": "about:blank"}))?;
        let target = target["targetId"].as_str().ok_or("no targetId")?.to_string();
        let attached = browser.call_browser("Target.attachToTarget", json!({"targetId": target, "flatten": true}))?;
        browser.session = attached["sessionId"].as_str().ok_or("no sessionId")?.to_string();
        for domain in ["Page.enable", "Runtime.enable", "Log.enable"] {
            browser.call(domain, json!({}))?;
        }
        // a headless page is not the focused window; without this `:focus` never matches
        browser.call("Emulation.setFocusEmulationEnabled", json!({"enabled": true}))?;
        Ok(browser)
    }

    fn send(&mut self, session: Option<&str>, method: &str, params: Value) -> Result<Value, String> {
        self.next_id += 1;
        let id = self.next_id;
        let mut message = json!({"id": id, "method": method, "params": params});
        if let Some(s) = session {
            message["sessionId"] = json!(s);
        }
        let mut bytes = serde_json::to_vec(&message).map_err(|e| e.to_string())?;
        bytes.push(0);
        self.to.write_all(&bytes).map_err(|e| format!("the browser closed its pipe: {e}"))?;
        loop {
            let v = self.recv()?;
            if v["id"].as_u64() == Some(id) {
                if let Some(err) = v.get("error") {
                    return Err(format!("{method}: {err}"));
                }
                return Ok(v["result"].clone());
            }
            self.keep_event(v);
        }
    }

    fn recv(&mut self) -> Result<Value, String> {
        match self.from.recv_timeout(HANG) {
            Ok(v) => Ok(v),
            Err(RecvTimeoutError::Timeout) => Err(format!("the browser did not answer in {HANG:?}: hung")),
            Err(RecvTimeoutError::Disconnected) => Err("the browser exited".to_string()),
        }
    }

    fn keep_event(&mut self, v: Value) {
        if v.get("method").is_some() && v["sessionId"].as_str() == Some(self.session.as_str()) {
            self.events.push(v);
        }
    }

    fn call_browser(&mut self, method: &str, params: Value) -> Result<Value, String> {
        self.send(None, method, params)
    }

    /// A command to the page.
    pub fn call(&mut self, method: &str, params: Value) -> Result<Value, String> {
        let session = self.session.clone();
        self.send(Some(&session), method, params)
    }

    /// Opens `url` and returns once its `load` event has fired and the page says it is
    /// complete at that address (an event left over from an earlier page is skipped).
    pub fn open(&mut self, url: &str) -> Result<(), String> {
        self.events.clear();
        let nav = self.call("Page.navigate", json!({"url": url}))?;
        if let Some(err) = nav.get("errorText") {
            return Err(format!("cannot open {url}: {err}"));
        }
        loop {
            let loaded = self.events.iter().any(|e| e["method"] == "Page.loadEventFired");
            if loaded {
                let state = self.eval("[location.href, document.readyState]")?;
                if state[0].as_str().is_some_and(|h| h.split('#').next() == url.split('#').next()) && state[1] == "complete" {
                    return Ok(());
                }
                self.events.retain(|e| e["method"] != "Page.loadEventFired");
            }
            let v = self.recv()?;
            self.keep_event(v);
        }
    }

    /// Evaluates `expression` in the page and returns its value (JSON).
    pub fn eval(&mut self, expression: &str) -> Result<Value, String> {
        let result = self.call("Runtime.evaluate", json!({"expression": expression, "returnByValue": true, "awaitPromise": true}))?;
        if let Some(ex) = result.get("exceptionDetails") {
            return Err(format!("the check threw: {ex}"));
        }
        Ok(result["result"]["value"].clone())
    }

    /// The console errors, uncaught exceptions and failed loads the page logged since it
    /// was opened.
    pub fn errors(&self) -> Vec<String> {
        let mut out = Vec::new();
        for e in &self.events {
            let p = &e["params"];
            match e["method"].as_str() {
                Some("Runtime.consoleAPICalled") if matches!(p["type"].as_str(), Some("error" | "assert")) => {
                    let args: Vec<String> = p["args"].as_array().into_iter().flatten().map(|a| a["value"].to_string()).collect();
                    out.push(format!("console.{}: {}", p["type"].as_str().unwrap_or_default(), args.join(" ")));
                }
                Some("Runtime.exceptionThrown") => out.push(format!("uncaught: {}", p["exceptionDetails"]["text"])),
                Some("Log.entryAdded") if p["entry"]["level"] == "error" => {
                    out.push(format!("log: {} {}", p["entry"]["text"], p["entry"]["url"].as_str().unwrap_or_default()));
                }
                _ => {}
            }
        }
        out
    }
}

impl Drop for Browser {
    fn drop(&mut self) {
        let _ = self.call_browser("Browser.close", json!({}));
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}
