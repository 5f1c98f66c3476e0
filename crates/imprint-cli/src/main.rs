//! `imprint`: the Imprint API from a shell.
//!
//! - `imprint api OPERATION_ID [--param NAME=VALUE]... [--json FILE|-] [--all]`
//!   calls any operation of the spec by its id ([`api`]);
//! - `imprint <group> <command>`: a group per API section, derived from the
//!   spec, with flags named after its fields ([`sections`]);
//! - `imprint mock` runs the embedded mock server ([`mock`]);
//! - `imprint webhooks verify|listen` checks and receives webhook
//!   deliveries ([`webhooks`]).
//!
//! Global flags: `--base-url` (`IMPRINT_BASE_URL`), `--api-key`
//! (`IMPRINT_API_KEY`), `--format json|jsonl|table`, `-v`/`-vv`/`-vvv`.
//! Exit status: 0 success; 1 the API answered with an error; 2 usage or
//! validation error (nothing sent); 3 transport failure or timeout (see
//! [`error`]). The API key, SSNs, dates of birth, card numbers, client
//! secrets and created keys never appear in traces or error messages.

mod api;
mod call;
mod cli;
mod error;
mod mock;
mod output;
mod request;
mod schema;
mod secret;
mod sections;
mod spec;
mod webhooks;

use std::io::IsTerminal;
use std::process::ExitCode;

use crate::call::Terminals;
use crate::cli::{Context, Invocation};
use crate::error::{CliError, Exit};
use crate::output::Format;

fn main() -> ExitCode {
    let args: Vec<std::ffi::OsString> = std::env::args_os().collect();
    let spec = match spec::load() {
        Ok(s) => s,
        Err(e) => return fail(&e, None),
    };
    let groups = sections::derive::derive(&spec);
    let (globals, invocation) = match cli::parse(&groups, args.clone()) {
        Ok(parsed) => parsed,
        Err(e) => {
            eprint!("{}", cli::render_usage_error(&e, &args));
            return if e.use_stderr() {
                Exit::Usage.into()
            } else {
                ExitCode::SUCCESS
            };
        }
    };
    init_tracing(globals.verbose);
    let ctx = Context {
        globals,
        terminals: Terminals {
            stdout: std::io::stdout().is_terminal(),
            stderr: std::io::stderr().is_terminal(),
        },
    };
    let runtime = match tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
    {
        Ok(r) => r,
        Err(e) => {
            let e = CliError::transport(format!("cannot start the async runtime: {e}"));
            return fail(&e, None);
        }
    };
    let result = runtime.block_on(async {
        match &invocation {
            Invocation::Api(args) => api::run(&ctx, &spec, args).await,
            Invocation::Mock(args) => mock::run(args).await,
            Invocation::Webhooks(args) => webhooks::run(args).await,
            Invocation::Section(group, matches) => {
                sections::run(&ctx, &spec, &groups, group, matches).await
            }
        }
    });
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) if error::is_closed_pipe(&e) => ExitCode::SUCCESS,
        Err(e) => fail(&e, Some(ctx.format())),
    }
}

/// Reports `e` (the message on stderr; an API error's body on stdout in the
/// JSON formats) and returns its exit status.
fn fail(e: &CliError, format: Option<Format>) -> ExitCode {
    eprintln!("error: {}", e.message);
    if let (Some(Format::Json | Format::Jsonl), Some(body)) = (format, &e.body) {
        println!("{body}");
    }
    e.exit.into()
}

/// `-v` info, `-vv` debug, `-vvv` trace, on stderr.
fn init_tracing(verbose: u8) {
    if verbose == 0 {
        return;
    }
    let level = match verbose {
        1 => tracing::Level::INFO,
        2 => tracing::Level::DEBUG,
        _ => tracing::Level::TRACE,
    };
    tracing_subscriber::fmt()
        .with_max_level(level)
        .with_writer(std::io::stderr)
        .with_ansi(std::io::stderr().is_terminal())
        .init();
}
