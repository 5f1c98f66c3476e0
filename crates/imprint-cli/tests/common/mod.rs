//! Helpers for running the `imprint` binary as a process: with piped
//! streams, or under a pseudo-terminal (`script` from util-linux).
#![allow(dead_code)]

use std::io::Write;
use std::process::{Command, Stdio};

/// The API key the tests use; it must never appear on stderr.
pub const KEY: &str = "sk_test_CLI_SECRET_99";

/// What a run of the binary did.
#[derive(Debug)]
pub struct Run {
    pub code: Option<i32>,
    pub stdout: String,
    pub stderr: String,
}

impl Run {
    /// stdout as JSON.
    pub fn json(&self) -> serde_json::Value {
        serde_json::from_str(&self.stdout)
            .unwrap_or_else(|e| panic!("stdout is not JSON ({e}): {self:?}"))
    }
    /// stdout as one JSON value per line.
    pub fn lines(&self) -> Vec<serde_json::Value> {
        self.stdout
            .lines()
            .map(|l| serde_json::from_str(l).unwrap_or_else(|e| panic!("{e}: {l}")))
            .collect()
    }
    /// Asserts the exit status, showing both streams if it differs.
    pub fn expect(&self, code: i32) -> &Self {
        assert_eq!(self.code, Some(code), "{self:#?}");
        self
    }
}

/// Runs `imprint args...` against `url` with the test key, `stdin` piped in.
pub fn imprint(url: &str, args: &[&str], stdin: Option<&str>) -> Run {
    imprint_env(url, Some(KEY), args, stdin)
}

/// Like [`imprint`], with an explicit key (or none).
pub fn imprint_env(url: &str, key: Option<&str>, args: &[&str], stdin: Option<&str>) -> Run {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_imprint"));
    cmd.args(args)
        .env("IMPRINT_BASE_URL", url)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    match key {
        Some(k) => cmd.env("IMPRINT_API_KEY", k),
        None => cmd.env_remove("IMPRINT_API_KEY"),
    };
    let mut child = cmd.spawn().expect("spawn imprint");
    if let Some(input) = stdin
        && let Some(mut pipe) = child.stdin.take()
    {
        pipe.write_all(input.as_bytes()).expect("write stdin");
    }
    drop(child.stdin.take());
    let out = child.wait_with_output().expect("imprint output");
    Run {
        code: out.status.code(),
        stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
    }
}

/// Runs `shell_command` (where `IMPRINT` stands for the binary) under a
/// pseudo-terminal with `script -qfec`, so that whatever the command does
/// not redirect is a terminal. Returns the exit status and what the
/// terminal showed.
pub fn under_pty(url: &str, shell_command: &str) -> (Option<i32>, String) {
    let command = shell_command.replace("IMPRINT", env!("CARGO_BIN_EXE_imprint"));
    let out = Command::new("script")
        .args(["-qfec", &command, "/dev/null"])
        .env("IMPRINT_BASE_URL", url)
        .env("IMPRINT_API_KEY", KEY)
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .output()
        .expect("`script` (util-linux) runs the command under a pseudo-terminal");
    (
        out.status.code(),
        String::from_utf8_lossy(&out.stdout).into_owned(),
    )
}

/// A temporary file holding `contents`, removed on drop.
pub struct TempFile(pub std::path::PathBuf);

impl TempFile {
    pub fn new(name: &str, contents: &str) -> Self {
        let path = std::env::temp_dir().join(format!(
            "imprint-cli-{}-{}-{name}",
            std::process::id(),
            rand_suffix()
        ));
        std::fs::write(&path, contents).expect("write temp file");
        Self(path)
    }
    pub fn path(&self) -> &str {
        self.0.to_str().expect("utf-8 temp path")
    }
}

impl Drop for TempFile {
    fn drop(&mut self) {
        let _ = std::fs::remove_file(&self.0);
    }
}

fn rand_suffix() -> u64 {
    use std::sync::atomic::{AtomicU64, Ordering};
    static N: AtomicU64 = AtomicU64::new(0);
    N.fetch_add(1, Ordering::Relaxed)
}

/// An address nothing listens on (bound, then released).
pub fn refused_url() -> String {
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .expect("a free port")
        .port();
    format!("http://127.0.0.1:{port}")
}
