//! `imprint api OPERATION_ID [--param NAME=VALUE]... [--json FILE|-] [--all]`:
//! any operation of the spec, by its id, with no code per operation.
//!
//! `--param` fills path and query parameters by their spec names
//! (repeatable; an array parameter takes several), `--json` is the request
//! body, `--all` follows a cursor list to its end. Everything is checked
//! against the spec before anything is sent (see [`crate::request`]). The
//! answer is printed as JSON as the API sent it (see [`crate::output`]).
//! `imprint api --list` (or `imprint api` alone) lists the operations.

use std::io::Write;

use clap::Args;
use imprint_spec::Spec;
use serde_json::json;

use crate::call;
use crate::cli::Context;
use crate::error::{self, CliError};
use crate::output::{Format, Style};
use crate::request::{self, Inputs};
use crate::sections;
use crate::spec;

/// The arguments of `imprint api`.
#[derive(Args, Debug, Clone, PartialEq)]
pub(crate) struct ApiArgs {
    /// The operation's id in the spec, e.g. createTransactionIntent (omit it, or pass --list, to list them).
    #[arg(value_name = "OPERATION_ID")]
    pub operation: Option<String>,
    /// A path or query parameter, by its spec name (repeatable).
    #[arg(long = "param", value_name = "NAME=VALUE")]
    pub params: Vec<String>,
    /// The request body as JSON: a file, or - for stdin.
    #[arg(long, value_name = "FILE|-")]
    pub json: Option<String>,
    /// Follow a cursor list to its end, one JSON item per line.
    #[arg(long)]
    pub all: bool,
    /// List the operations: id, method, path, summary.
    #[arg(long, conflicts_with_all = ["operation", "params", "json", "all"])]
    pub list: bool,
}

/// Runs `imprint api`.
pub(crate) async fn run(ctx: &Context, spec: &Spec, args: &ApiArgs) -> Result<(), CliError> {
    let id = match (&args.operation, args.list) {
        (Some(id), false) => id,
        _ if !args.params.is_empty() || args.json.is_some() || args.all => {
            return Err(CliError::usage(
                "name the operation: imprint api OPERATION_ID [--param NAME=VALUE]... (imprint api --list shows them)",
            ));
        }
        _ => return list(ctx, spec),
    };
    let op = spec::operation(spec, id)?;
    if args.all && op.pagination.is_none() {
        let lists: Vec<&str> = spec
            .operations()
            .iter()
            .filter(|o| o.pagination.is_some())
            .map(|o| o.id.as_str())
            .collect();
        return Err(CliError::usage(format!(
            "--all: {} is not a cursor list; these are: {}",
            op.id,
            lists.join(", ")
        )));
    }
    let params = parse_params(&args.params)?;
    let body = args.json.as_deref().map(request::read_body).transpose()?;
    let request = request::build(
        spec,
        op,
        Inputs {
            params,
            body,
            fields: Vec::new(),
        },
    )?;
    let descriptor = spec::descriptor(op)?;
    let client = ctx.client()?;
    let style = Style::Raw {
        pretty: ctx.terminals.stdout,
    };
    if args.all {
        call::all(&client, descriptor, request, style, ctx.terminals).await
    } else {
        call::one(&client, descriptor, request, &style).await
    }
}

/// `NAME=VALUE` pairs; the value may contain `=`. A malformed one is named
/// by its position, not echoed (it may be a secret typed without its name).
pub(crate) fn parse_params(raw: &[String]) -> Result<Vec<(String, String)>, CliError> {
    raw.iter()
        .enumerate()
        .map(|(i, p)| match p.split_once('=') {
            Some((name, value)) if !name.is_empty() => Ok((name.to_string(), value.to_string())),
            _ => Err(CliError::usage(format!(
                "--param number {} is not NAME=VALUE",
                i + 1
            ))),
        })
        .collect()
}

/// `imprint api --list`: one line per operation (id, method, path,
/// summary), or with `--format json|jsonl` the same facts and a little
/// more (section, cursor list, section command) as JSON.
fn list(ctx: &Context, spec: &Spec) -> Result<(), CliError> {
    let commands = sections::command_names(spec);
    let mut out = std::io::stdout().lock();
    let ops = spec.operations();
    match ctx.globals.format {
        Some(format @ (Format::Json | Format::Jsonl)) => {
            let rows: Vec<_> = ops
                .iter()
                .map(|o| {
                    json!({
                        "id": o.id,
                        "method": o.method,
                        "path": o.path,
                        "summary": o.summary,
                        "section": o.section,
                        "cursor_list": o.pagination.is_some(),
                        "deprecated": o.deprecated,
                        "command": commands.get(&o.id).map(|c| format!("imprint {c}")),
                    })
                })
                .collect();
            if format == Format::Json {
                crate::output::json_line(&mut out, &json!(rows), true)
            } else {
                rows.iter()
                    .try_for_each(|r| crate::output::json_line(&mut out, r, false))
            }
            .map_err(error::output)
        }
        _ => {
            let w_id = ops.iter().map(|o| o.id.len()).max().unwrap_or(0);
            let w_path = ops.iter().map(|o| o.path.len()).max().unwrap_or(0);
            for o in ops {
                let line = format!(
                    "{:<w_id$}  {:<6}  {:<w_path$}  {}{}",
                    o.id,
                    o.method,
                    o.path,
                    o.summary.as_deref().unwrap_or(""),
                    if o.deprecated { " (deprecated)" } else { "" },
                );
                writeln!(out, "{}", line.trim_end()).map_err(error::output)?;
            }
            out.flush().map_err(error::output)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn params_split_at_the_first_equals_and_are_never_echoed_when_malformed() {
        let ok = parse_params(&["a=1".into(), "q=x=y".into(), "e=".into()]).unwrap();
        assert_eq!(
            ok,
            [("a", "1"), ("q", "x=y"), ("e", "")].map(|(a, b)| (a.to_string(), b.to_string()))
        );
        let e = parse_params(&["ok=1".into(), "123456789".into()]).unwrap_err();
        assert_eq!(e.message, "--param number 2 is not NAME=VALUE");
        assert!(parse_params(&["=1".into()]).is_err());
    }
}
