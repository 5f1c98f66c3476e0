//! Repository automation for the Imprint client, run as `cargo xtask …`.
//!
//! - `spec refresh [--from URL_OR_PATH]`: fetch the published spec, prove the
//!   whole pipeline (overlay, lowering, generation) accepts it, then replace
//!   `openapi.yaml` atomically and summarise what changed.
//! - `spec drift [--from URL_OR_PATH] [--json]`: semantic comparison of the
//!   published spec with the vendored one, classified for client users
//!   (see [`drift`] for the rule table). Exit 0: no drift; 1: drift; 2: could
//!   not compare.
//! - `spec check`: offline CI check: the pipeline accepts the vendored spec
//!   and overlay, the spec index has no unresolved findings (a cursor list
//!   without a cursor field, a malformed extension), every POST or PATCH that
//!   reads like a search has an explicit `x-idempotent` decision, and the
//!   committed generated code is current.
//! - `codegen [--check] [--out DIR]`: write the generated code, or check that
//!   it is current, or write it to `DIR` for review. The generated files
//!   (see [`generate_all`]): the raw client,
//!   `src/generated/imprint_raw.rs` (the committed source of `imprint-raw`),
//!   and its typed httpmock stubs, `crates/imprint-httpmock/src/generated.rs`.
//!
//! Everything is reachable through [`run_in`], which takes the workspace
//! layout and the output streams, so tests exercise the real commands and
//! their exit statuses without spawning cargo.

#![warn(missing_docs)]

pub mod check;
pub mod drift;
pub mod fetch;

use std::ffi::OsString;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::{Parser, Subcommand};
use serde_json::Value;

pub use fetch::DEFAULT_SPEC_URL;

/// The exit status of a command.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Exit {
    /// 0: done; no drift; check passed.
    Success,
    /// 1: drift found, check failed, or refresh refused a document the
    /// pipeline rejects.
    Failure,
    /// 2: could not do the job: fetch, parse or I/O failure, or bad usage.
    Error,
}

impl Exit {
    /// The process exit code.
    pub fn code(self) -> u8 {
        match self {
            Exit::Success => 0,
            Exit::Failure => 1,
            Exit::Error => 2,
        }
    }
}

impl From<Exit> for ExitCode {
    fn from(exit: Exit) -> Self {
        ExitCode::from(exit.code())
    }
}

/// Where the commands read and write.
#[derive(Debug, Clone)]
pub struct Workspace {
    /// The workspace root.
    pub root: PathBuf,
    /// The vendored spec (`openapi.yaml`).
    pub spec: PathBuf,
    /// The overlay (`openapi.overlay.yaml`); `None` runs without one.
    pub overlay: Option<PathBuf>,
    /// The committed generated client (`src/generated/imprint_raw.rs`).
    pub generated: PathBuf,
    /// The committed generated httpmock stubs
    /// (`crates/imprint-httpmock/src/generated.rs`).
    pub httpmock: PathBuf,
}

impl Workspace {
    /// The layout of this repository under `root`.
    pub fn at(root: impl Into<PathBuf>) -> Self {
        let root = root.into();
        Self {
            spec: root.join("openapi.yaml"),
            overlay: Some(root.join("openapi.overlay.yaml")),
            generated: root.join("src").join("generated").join("imprint_raw.rs"),
            httpmock: root
                .join("crates")
                .join("imprint-httpmock")
                .join("src")
                .join("generated.rs"),
            root,
        }
    }

    /// This workspace: the parent of xtask's manifest directory, so the
    /// commands work from anywhere inside it.
    pub fn locate() -> Self {
        let manifest = Path::new(env!("CARGO_MANIFEST_DIR"));
        Self::at(manifest.parent().unwrap_or(manifest))
    }

    fn relative<'p>(&self, path: &'p Path) -> std::borrow::Cow<'p, str> {
        match path.strip_prefix(&self.root) {
            Ok(rel) => rel.to_string_lossy(),
            Err(_) => path.to_string_lossy(),
        }
    }
}

#[derive(Debug, Parser)]
#[command(
    name = "cargo xtask",
    bin_name = "cargo xtask",
    about = "Repository automation for the Imprint client",
    after_help = "Exit status: 0 success; 1 drift found, check failed or document refused; 2 could not run (fetch, parse or I/O failure)."
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Maintain the vendored OpenAPI document.
    #[command(subcommand)]
    Spec(SpecCommand),
    /// Write the generated code: the raw client (src/generated/imprint_raw.rs)
    /// and its httpmock stubs (crates/imprint-httpmock/src/generated.rs); or
    /// check that they are current, or write them elsewhere for review.
    Codegen {
        /// Only check that the committed files are what the generator makes
        /// (exit 1 if not).
        #[arg(long, conflicts_with = "out")]
        check: bool,
        /// Write DIR/imprint_raw.rs and DIR/imprint_httpmock.rs instead of
        /// the committed files.
        #[arg(long, value_name = "DIR")]
        out: Option<PathBuf>,
    },
}

#[derive(Debug, Subcommand)]
enum SpecCommand {
    /// Fetch the published spec, run it through the pipeline, then replace
    /// openapi.yaml atomically.
    Refresh {
        /// Where to fetch from: an http(s) URL, a file:// URL or a path.
        #[arg(long, value_name = "URL_OR_PATH", env = "IMPRINT_SPEC_SOURCE", default_value = DEFAULT_SPEC_URL)]
        from: String,
    },
    /// Compare the published spec with openapi.yaml, semantically (exit 0: no
    /// drift, 1: drift, 2: could not compare).
    Drift {
        /// Where to fetch from: an http(s) URL, a file:// URL or a path.
        #[arg(long, value_name = "URL_OR_PATH", env = "IMPRINT_SPEC_SOURCE", default_value = DEFAULT_SPEC_URL)]
        from: String,
        /// Print the report as JSON.
        #[arg(long)]
        json: bool,
    },
    /// Offline check for CI: the pipeline accepts the vendored spec and
    /// overlay, the index has no findings, POST reads declare `x-idempotent`,
    /// and the committed generated code is current.
    Check,
    /// Print the document the client is generated from (openapi.yaml with
    /// the overlay applied) as JSON: for tools that check a server or a
    /// client against the spec (Schemathesis, Prism).
    Show,
}

/// Runs `cargo xtask` with the process's arguments on this workspace,
/// printing to stdout and stderr.
pub fn run<I, T>(args: I) -> Exit
where
    I: IntoIterator<Item = T>,
    T: Into<OsString> + Clone,
{
    let stdout = std::io::stdout();
    let stderr = std::io::stderr();
    run_in(
        &Workspace::locate(),
        args,
        &mut stdout.lock(),
        &mut stderr.lock(),
    )
}

/// Runs a command (`args[0]` is the program name) on `ws`, writing the report
/// to `out` and diagnostics to `err`.
pub fn run_in<I, T>(ws: &Workspace, args: I, out: &mut dyn Write, err: &mut dyn Write) -> Exit
where
    I: IntoIterator<Item = T>,
    T: Into<OsString> + Clone,
{
    let cli = match Cli::try_parse_from(args) {
        Ok(cli) => cli,
        Err(e) => {
            let text = e.render().to_string();
            return if e.use_stderr() {
                let _ = write!(err, "{text}");
                Exit::Error
            } else {
                let _ = write!(out, "{text}");
                Exit::Success
            };
        }
    };
    let mut io = Io { out, err };
    match cli.command {
        Command::Spec(SpecCommand::Refresh { from }) => refresh(ws, &from, &mut io),
        Command::Spec(SpecCommand::Drift { from, json }) => drift_command(ws, &from, json, &mut io),
        Command::Spec(SpecCommand::Check) => check_command(ws, &mut io),
        Command::Spec(SpecCommand::Show) => show_command(ws, &mut io),
        Command::Codegen { check, out } => codegen(ws, check, out.as_deref(), &mut io),
    }
}

/// The two output streams; write errors (a closed pipe) are ignored.
struct Io<'a> {
    out: &'a mut dyn Write,
    err: &'a mut dyn Write,
}

impl Io<'_> {
    fn out(&mut self, text: impl std::fmt::Display) {
        let _ = writeln!(self.out, "{text}");
    }

    fn err(&mut self, text: impl std::fmt::Display) {
        let _ = writeln!(self.err, "{text}");
    }
}

/// Failures of the commands, with the message shown to the user.
#[derive(Debug, thiserror::Error)]
enum Problem {
    #[error(transparent)]
    Fetch(#[from] fetch::FetchError),
    #[error("{what} is not usable: {source}")]
    Spec {
        what: String,
        source: imprint_spec::Error,
    },
    #[error("{what} is not an OpenAPI 3 document: {reason}")]
    NotOpenApi { what: String, reason: String },
    #[error("cannot {action} {path}: {source}")]
    Io {
        action: &'static str,
        path: PathBuf,
        source: std::io::Error,
    },
}

/// Parses `text` and checks it looks like OpenAPI 3 (so a JSON error body is
/// not mistaken for a spec).
fn parse_spec(text: &str, what: &str) -> Result<Value, Problem> {
    let doc = imprint_spec::parse_document(text, what).map_err(|source| Problem::Spec {
        what: what.to_string(),
        source,
    })?;
    let not = |reason: &str| Problem::NotOpenApi {
        what: what.to_string(),
        reason: reason.to_string(),
    };
    match doc.get("openapi") {
        Some(Value::String(v)) if v.starts_with("3.") => {}
        Some(other) => return Err(not(&format!("`openapi` is {other}, expected 3.x"))),
        None => return Err(not("no `openapi` field")),
    }
    if !doc.get("paths").is_some_and(Value::is_object) {
        return Err(not("no `paths` mapping"));
    }
    Ok(doc)
}

fn load_overlay(ws: &Workspace) -> Result<Option<Value>, Problem> {
    let Some(path) = &ws.overlay else {
        return Ok(None);
    };
    imprint_spec::load(path)
        .map(Some)
        .map_err(|source| Problem::Spec {
            what: ws.relative(path).into_owned(),
            source,
        })
}

fn read_vendored(ws: &Workspace) -> Result<Value, Problem> {
    let what = ws.relative(&ws.spec).into_owned();
    let text = std::fs::read_to_string(&ws.spec).map_err(|source| Problem::Io {
        action: "read",
        path: ws.spec.clone(),
        source,
    })?;
    parse_spec(&text, &what)
}

/// The drift report: the comparison plus how it was made.
#[derive(Debug, serde::Serialize)]
struct Report<'a> {
    old: String,
    new: String,
    /// How the documents were compared (overlay applied or not).
    compared: String,
    /// The documents are equal as data (formatting, comments and key order
    /// aside).
    identical: bool,
    breaking: usize,
    non_breaking: usize,
    #[serde(flatten)]
    diff: &'a drift::Diff,
}

/// Compares `old` with `new`, both with the overlay applied when it applies
/// to both (that is what users' generated client sees), else as published.
fn compare(old: &Value, new: &Value, overlay: Option<&Value>) -> (drift::Diff, String) {
    let merged = |doc: &Value| -> Result<Value, imprint_spec::Error> {
        imprint_spec::Spec::from_values(doc.clone(), overlay.cloned())
            .map(imprint_spec::Spec::into_document)
    };
    match overlay {
        None => (
            drift::diff(old, new),
            "as published (no overlay)".to_string(),
        ),
        Some(_) => match (merged(old), merged(new)) {
            (Ok(o), Ok(n)) => (
                drift::diff(&o, &n),
                "with the overlay applied to both sides".to_string(),
            ),
            (Err(e), _) => (
                drift::diff(old, new),
                format!("as published: the overlay does not apply to the vendored spec ({e})"),
            ),
            (_, Err(e)) => (
                drift::diff(old, new),
                format!("as published: the overlay does not apply to the new spec ({e})"),
            ),
        },
    }
}

fn render_text(report: &Report<'_>) -> String {
    let mut text = format!(
        "{} -> {}\ncompared {}\n",
        report.old, report.new, report.compared
    );
    if report.diff.changes.is_empty() {
        text.push_str(if report.identical {
            "no drift: the documents are identical as data.\n"
        } else {
            "no drift: the documents differ only in documentation (descriptions, examples, ...).\n"
        });
    } else {
        text.push_str(&format!(
            "{} change(s): {} breaking, {} non-breaking\n",
            report.diff.changes.len(),
            report.breaking,
            report.non_breaking
        ));
        text.push_str(&report.diff.render());
    }
    text
}

fn drift_command(ws: &Workspace, from: &str, json: bool, io: &mut Io<'_>) -> Exit {
    let prepared = (|| -> Result<_, Problem> {
        let old = read_vendored(ws)?;
        let overlay = load_overlay(ws)?;
        let fetched = fetch::fetch(from)?;
        let new = parse_spec(&fetched.text, &fetched.origin)?;
        Ok((old, overlay, new, fetched.origin))
    })();
    let (old, overlay, new, origin) = match prepared {
        Ok(p) => p,
        Err(e) => {
            io.err(format!("error: cannot compare: {e}"));
            return Exit::Error;
        }
    };
    let (diff, compared) = compare(&old, &new, overlay.as_ref());
    let breaking = diff.breaking();
    let report = Report {
        old: ws.relative(&ws.spec).into_owned(),
        new: origin,
        compared,
        identical: old == new,
        breaking,
        non_breaking: diff.changes.len() - breaking,
        diff: &diff,
    };
    if json {
        match serde_json::to_string_pretty(&report) {
            Ok(text) => io.out(text),
            Err(e) => {
                io.err(format!("error: cannot serialise the report: {e}"));
                return Exit::Error;
            }
        }
    } else {
        io.out(render_text(&report));
    }
    if diff.changes.is_empty() {
        Exit::Success
    } else {
        Exit::Failure
    }
}

fn refresh(ws: &Workspace, from: &str, io: &mut Io<'_>) -> Exit {
    let target = ws.relative(&ws.spec).into_owned();
    let fetched = match fetch::fetch(from) {
        Ok(f) => f,
        Err(e) => {
            io.err(format!("error: {e}\n{target} left untouched."));
            return Exit::Error;
        }
    };
    let new = match parse_spec(&fetched.text, &fetched.origin) {
        Ok(doc) => doc,
        Err(e) => {
            io.err(format!("error: {e}\n{target} left untouched."));
            return Exit::Error;
        }
    };
    let overlay = match load_overlay(ws) {
        Ok(o) => o,
        Err(e) => {
            io.err(format!("error: {e}\n{target} left untouched."));
            return Exit::Error;
        }
    };
    let generated = imprint_codegen::Pipeline::new(new.clone(), overlay.clone())
        .and_then(|p| generate_all(ws, &p));
    let generated = match generated {
        Ok(g) => g,
        Err(e) => {
            io.err(format!(
                "error: the pipeline rejects {}: {e}\n{target} left untouched; fix openapi.overlay.yaml or the generator first.",
                fetched.origin
            ));
            return Exit::Failure;
        }
    };
    let old = read_vendored(ws);
    if let Ok(old) = &old
        && *old == new
    {
        io.out(format!(
            "{target} is up to date with {} (same content); left untouched.",
            fetched.origin
        ));
        return Exit::Success;
    }
    if let Err(e) = write_atomically(&ws.spec, fetched.text.as_bytes()) {
        io.err(format!("error: {e}\n{target} left untouched."));
        return Exit::Error;
    }
    io.out(format!("updated {target} from {}.", fetched.origin));
    match &old {
        Ok(old) => {
            let (diff, compared) = compare(old, &new, overlay.as_ref());
            let breaking = diff.breaking();
            let report = Report {
                old: format!("{target} (previous)"),
                new: fetched.origin.clone(),
                compared,
                identical: false,
                breaking,
                non_breaking: diff.changes.len() - breaking,
                diff: &diff,
            };
            io.out(render_text(&report));
        }
        Err(e) => io.out(format!(
            "(no comparison: the previous file was not usable: {e})"
        )),
    }
    io.out(format!(
        "the pipeline accepts it: {} lines of generated code, {} overlay/lowering notes.\nnext: cargo xtask codegen && cargo xtask spec check && cargo test",
        generated.lines(),
        generated.output.notes.len()
    ));
    Exit::Success
}

/// Writes `contents` to a temporary file next to `target`, then renames it
/// over `target`: readers see the old file or the new one, never a part.
fn write_atomically(target: &Path, contents: &[u8]) -> Result<(), Problem> {
    let io_err = |action, path: &Path| {
        let path = path.to_path_buf();
        move |source| Problem::Io {
            action,
            path,
            source,
        }
    };
    let dir = target.parent().unwrap_or(Path::new("."));
    let name = target
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| "spec".into());
    let nanos = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.subsec_nanos())
        .unwrap_or(0);
    let tmp = dir.join(format!(".{name}.{}.{nanos}.tmp", std::process::id()));
    let written = (|| {
        let mut file = std::fs::OpenOptions::new()
            .write(true)
            .create_new(true)
            .open(&tmp)?;
        file.write_all(contents)?;
        file.sync_all()
    })();
    if let Err(e) = written {
        let _ = std::fs::remove_file(&tmp);
        return Err(io_err("write", &tmp)(e));
    }
    if let Err(e) = std::fs::rename(&tmp, target) {
        let _ = std::fs::remove_file(&tmp);
        return Err(io_err("replace", target)(e));
    }
    Ok(())
}

fn show_command(ws: &Workspace, io: &mut Io<'_>) -> Exit {
    let spec = imprint_spec::Spec::from_files(&ws.spec, ws.overlay.as_deref());
    match spec.map(|s| serde_json::to_string_pretty(s.document())) {
        Ok(Ok(text)) => {
            io.out(text);
            Exit::Success
        }
        Ok(Err(e)) => {
            io.err(format!("error: cannot print the document: {e}"));
            Exit::Error
        }
        Err(e) => {
            io.err(format!(
                "error: {} with its overlay is not usable: {e}",
                ws.relative(&ws.spec)
            ));
            Exit::Failure
        }
    }
}

fn check_command(ws: &Workspace, io: &mut Io<'_>) -> Exit {
    let spec_name = ws.relative(&ws.spec).into_owned();
    let generated = imprint_codegen::Pipeline::from_files(&ws.spec, ws.overlay.as_deref())
        .and_then(|p| generate_all(ws, &p));
    let generated = match generated {
        Ok(g) => g,
        Err(e) => {
            io.err(format!("error: the pipeline rejects {spec_name}: {e}"));
            return Exit::Failure;
        }
    };
    let output = &generated.output;
    io.out(format!(
        "pipeline: ok ({} operations, {} webhooks, {} overlay/lowering notes, {} lines generated)",
        output.spec.operations().len(),
        output.spec.webhooks().len(),
        output.notes.len(),
        generated.lines()
    ));
    let problems = check::problems(&output.spec);
    for p in &problems {
        io.err(format!("error: {p}"));
    }
    if problems.is_empty() {
        io.out(format!(
            "index: ok ({} cursor lists, {} idempotent operations, {} sensitive fields)",
            output
                .spec
                .operations()
                .iter()
                .filter(|o| o.is_cursor_list())
                .count(),
            output
                .spec
                .operations()
                .iter()
                .filter(|o| o.idempotent)
                .count(),
            output.spec.sensitive_fields().len()
        ));
    }
    let current = match check_generated(ws, &generated, io, "generated code: ok (", ")") {
        Ok(current) => current,
        Err(exit) => return exit,
    };
    if problems.is_empty() && current {
        Exit::Success
    } else {
        Exit::Failure
    }
}

/// A file the generator makes.
#[derive(Debug)]
pub struct GeneratedFile {
    /// Where it is committed.
    pub committed: PathBuf,
    /// Its name under `codegen --out DIR`.
    pub review_name: &'static str,
    /// Its contents.
    pub code: String,
}

/// Everything the generator makes from one spec and overlay.
#[derive(Debug)]
pub struct Generated {
    /// The pipeline's output (the indexed spec, the lowering, notes).
    pub output: imprint_codegen::Output,
    /// The generated files, in a fixed order: the raw client, then its
    /// httpmock stubs.
    pub files: Vec<GeneratedFile>,
}

impl Generated {
    /// Lines of generated code, all files together.
    pub fn lines(&self) -> usize {
        self.files.iter().map(|f| f.code.lines().count()).sum()
    }
}

/// Runs `pipeline` and makes every generated output of the workspace: the
/// one function behind `codegen` (writing or `--check`), `spec check` and
/// `spec refresh`, so that they agree on what is generated.
pub fn generate_all(
    ws: &Workspace,
    pipeline: &imprint_codegen::Pipeline,
) -> Result<Generated, imprint_codegen::Error> {
    let output = pipeline.run()?;
    let httpmock = output.httpmock_code()?;
    let files = vec![
        GeneratedFile {
            committed: ws.generated.clone(),
            review_name: "imprint_raw.rs",
            code: output.code.clone(),
        },
        GeneratedFile {
            committed: ws.httpmock.clone(),
            review_name: "imprint_httpmock.rs",
            code: httpmock,
        },
    ];
    Ok(Generated { output, files })
}

/// Checks every committed generated file against `generated`, saying
/// `{ok_prefix}{file} is current{ok_suffix}` for each current one and an
/// error for each stale one. `Ok(all current)`, or the exit for a file that
/// cannot be read.
fn check_generated(
    ws: &Workspace,
    generated: &Generated,
    io: &mut Io<'_>,
    ok_prefix: &str,
    ok_suffix: &str,
) -> Result<bool, Exit> {
    let mut all = true;
    for file in &generated.files {
        let name = ws.relative(&file.committed);
        match check::generated_is_current(&file.committed, &file.code) {
            Ok(true) => io.out(format!("{ok_prefix}{name} is current{ok_suffix}")),
            Ok(false) => {
                all = false;
                io.err(format!(
                    "error: {name} is not what the generator makes; run `cargo xtask codegen`"
                ));
            }
            Err(e) => {
                io.err(format!("error: cannot read {name}: {e}"));
                return Err(Exit::Error);
            }
        }
    }
    Ok(all)
}

fn codegen(ws: &Workspace, check: bool, out_dir: Option<&Path>, io: &mut Io<'_>) -> Exit {
    let generated = imprint_codegen::Pipeline::from_files(&ws.spec, ws.overlay.as_deref())
        .and_then(|p| generate_all(ws, &p));
    let generated = match generated {
        Ok(g) => g,
        Err(e) => {
            io.err(format!(
                "error: the pipeline rejects {}: {e}",
                ws.relative(&ws.spec)
            ));
            return Exit::Failure;
        }
    };
    if check {
        return match check_generated(ws, &generated, io, "", "") {
            Ok(true) => Exit::Success,
            Ok(false) => Exit::Failure,
            Err(exit) => exit,
        };
    }
    for note in &generated.output.notes {
        io.out(format!("note: {note}"));
    }
    for file in &generated.files {
        let target = match out_dir {
            Some(dir) => dir.join(file.review_name),
            None => file.committed.clone(),
        };
        let dir = target
            .parent()
            .map_or_else(|| PathBuf::from("."), Path::to_path_buf);
        let written = std::fs::create_dir_all(&dir)
            .map_err(|source| Problem::Io {
                action: "create",
                path: dir.clone(),
                source,
            })
            .and_then(|()| write_atomically(&target, file.code.as_bytes()));
        if let Err(e) = written {
            io.err(format!("error: {e}"));
            return Exit::Error;
        }
        io.out(format!(
            "wrote {} ({} lines)",
            ws.relative(&target),
            file.code.lines().count()
        ));
    }
    Exit::Success
}

#[cfg(test)]
mod tests {
    use super::*;

    fn run(ws: &Workspace, args: &[&str]) -> (Exit, String, String) {
        let mut out = Vec::new();
        let mut err = Vec::new();
        let argv = std::iter::once("cargo-xtask").chain(args.iter().copied());
        let exit = run_in(ws, argv, &mut out, &mut err);
        (
            exit,
            String::from_utf8_lossy(&out).into_owned(),
            String::from_utf8_lossy(&err).into_owned(),
        )
    }

    /// `codegen` writes every generated file, and `codegen --check` and
    /// `spec check` each name a stale one: the httpmock stubs as much as
    /// the client.
    #[test]
    fn codegen_writes_and_checks_every_generated_file() -> Result<(), Box<dyn std::error::Error>> {
        let here = Workspace::locate();
        let dir = tempfile::tempdir()?;
        let ws = Workspace::at(dir.path());
        std::fs::copy(&here.spec, &ws.spec)?;
        if let (Some(from), Some(to)) = (&here.overlay, &ws.overlay) {
            std::fs::copy(from, to)?;
        }

        let (exit, out, err) = run(&ws, &["codegen", "--check"]);
        assert_eq!(exit, Exit::Failure, "nothing written yet: {out}{err}");

        let (exit, out, err) = run(&ws, &["codegen"]);
        assert_eq!(exit, Exit::Success, "{out}{err}");
        assert!(
            out.contains("wrote crates/imprint-httpmock/src/generated.rs"),
            "{out}"
        );
        let stubs = std::fs::read_to_string(&ws.httpmock)?;
        assert!(stubs.contains("pub trait MockServerExt"));
        assert!(std::fs::read_to_string(&ws.generated)?.contains("pub struct Client"));
        // What this workspace commits is what the generator makes.
        assert_eq!(stubs, std::fs::read_to_string(&here.httpmock)?);

        let (exit, out, err) = run(&ws, &["codegen", "--check"]);
        assert_eq!(exit, Exit::Success, "{out}{err}");
        assert!(
            out.contains("crates/imprint-httpmock/src/generated.rs is current"),
            "{out}"
        );

        std::fs::write(&ws.httpmock, format!("{stubs}// edited\n"))?;
        let (exit, out, err) = run(&ws, &["codegen", "--check"]);
        assert_eq!(exit, Exit::Failure, "{out}{err}");
        assert!(
            err.contains(
                "crates/imprint-httpmock/src/generated.rs is not what the generator makes"
            ),
            "{err}"
        );
        assert!(
            out.contains("src/generated/imprint_raw.rs is current"),
            "{out}"
        );
        let (exit, _, err) = run(&ws, &["spec", "check"]);
        assert_eq!(exit, Exit::Failure);
        assert!(
            err.contains("crates/imprint-httpmock/src/generated.rs"),
            "{err}"
        );

        // `--out` writes both files for review, and leaves the committed
        // ones alone.
        let review = dir.path().join("review");
        let (exit, out, err) = run(&ws, &["codegen", "--out", &review.to_string_lossy()]);
        assert_eq!(exit, Exit::Success, "{out}{err}");
        assert_eq!(
            std::fs::read_to_string(review.join("imprint_httpmock.rs"))?,
            stubs
        );
        assert!(review.join("imprint_raw.rs").is_file());
        assert!(std::fs::read_to_string(&ws.httpmock)?.ends_with("// edited\n"));
        Ok(())
    }
}
