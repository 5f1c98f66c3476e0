//! The command line: global flags, the command tree, and what a command
//! gets to run ([`Context`]).
//!
//! The tree is built at run time: `api` and `mock` are declared with clap's
//! derive API; the section groups come from the spec ([`crate::sections`]).
//! Usage errors are clap's, with any secret the user typed (the value of a
//! sensitive flag or `--param`) masked before they are printed.

use std::ffi::OsString;

use clap::{ArgMatches, Args, FromArgMatches};
use imprint::Client;

use crate::api::ApiArgs;
use crate::call::Terminals;
use crate::error::CliError;
use crate::mock::MockArgs;
use crate::output::Format;
use crate::secret::Secret;
use crate::sections::{self, Group};
use crate::webhooks::WebhooksArgs;

/// The flags every command takes (listed apart from each command's own).
#[derive(Args, Debug, Clone, Default, PartialEq)]
#[command(next_help_heading = "Global options")]
pub(crate) struct GlobalArgs {
    /// API base URL (overrides --env's).
    #[arg(long, env = "IMPRINT_BASE_URL", global = true)]
    pub base_url: Option<String>,
    /// Imprint's environment: sandbox (the default) or production. With
    /// production, the sandbox-only simulations are refused before sending.
    #[arg(long = "env", value_name = "ENV", env = "IMPRINT_ENV", global = true, value_parser = parse_environment)]
    pub environment: Option<imprint::Environment>,
    /// API key (never printed).
    #[arg(long, env = "IMPRINT_API_KEY", hide_env_values = true, global = true)]
    pub api_key: Option<Secret>,
    /// Output format: table on a terminal, json otherwise.
    #[arg(long, value_enum, global = true)]
    pub format: Option<Format>,
    /// Trace requests to stderr (-v info, -vv debug, -vvv trace).
    #[arg(short, long, action = clap::ArgAction::Count, global = true)]
    pub verbose: u8,
}

fn parse_environment(s: &str) -> Result<imprint::Environment, String> {
    s.parse()
        .map_err(|_| "expected `sandbox` or `production`".to_string())
}

/// The command to run.
#[derive(Debug)]
pub(crate) enum Invocation {
    /// `imprint api ...`.
    Api(ApiArgs),
    /// `imprint mock ...`.
    Mock(MockArgs),
    /// `imprint webhooks ...`.
    Webhooks(WebhooksArgs),
    /// `imprint <group> ...`: the group's name and its matches.
    Section(String, ArgMatches),
}

/// The whole command tree.
pub(crate) fn command(groups: &[Group]) -> clap::Command {
    // `augment_args` sets `about` from the struct's docs: set ours after.
    let root = GlobalArgs::augment_args(clap::Command::new("imprint"))
        .version(env!("CARGO_PKG_VERSION"))
        .about("The Imprint API from the command line: every operation (imprint api), a command group per API section, and a local mock")
        .subcommand_required(true)
        .arg_required_else_help(true);
    let api = ApiArgs::augment_args(clap::Command::new("api"))
        .about("Call any operation by its id in the spec (imprint api --list shows them)")
        .display_order(0);
    let mock = MockArgs::augment_args(clap::Command::new("mock"))
        .about("Run the embedded mock server in the foreground")
        .display_order(groups.len() + 1);
    let webhooks = WebhooksArgs::augment_args(clap::Command::new("webhooks"))
        .about("Verify a webhook delivery, or receive deliveries locally (with `imprint mock --webhook-url`)")
        .subcommand_required(true)
        .display_order(groups.len() + 2);
    root.subcommand(api)
        .subcommands(
            sections::clap_commands(groups)
                .into_iter()
                .enumerate()
                .map(|(i, c)| c.display_order(i + 1)),
        )
        .subcommand(mock)
        .subcommand(webhooks)
}

/// Parses `args` (the program name first).
pub(crate) fn parse(
    groups: &[Group],
    args: Vec<OsString>,
) -> Result<(GlobalArgs, Invocation), clap::Error> {
    let matches = command(groups).try_get_matches_from(args)?;
    let globals = GlobalArgs::from_arg_matches(&matches)?;
    let Some((name, sub)) = matches.subcommand() else {
        return Err(clap::Error::new(clap::error::ErrorKind::MissingSubcommand));
    };
    let invocation = match name {
        "api" => Invocation::Api(ApiArgs::from_arg_matches(sub)?),
        "mock" => Invocation::Mock(MockArgs::from_arg_matches(sub)?),
        "webhooks" => Invocation::Webhooks(WebhooksArgs::from_arg_matches(sub)?),
        group => Invocation::Section(group.to_string(), sub.clone()),
    };
    Ok((globals, invocation))
}

/// A usage error as clap renders it, with the values of sensitive flags
/// typed on the command line masked (clap quotes what it refuses, and an
/// SSN given to a mistyped flag is still an SSN).
pub(crate) fn render_usage_error(e: &clap::Error, args: &[OsString]) -> String {
    let mut text = e.render().to_string();
    for secret in sensitive_values(args) {
        text = text.replace(&secret, "<redacted>");
    }
    text
}

/// The values typed for sensitive flags: `--ssn V`, `--ssn=V`,
/// `--param pan=V`, `--api-key V`, ... (by the client's redaction rule on
/// the flag's name, in snake case).
fn sensitive_values(args: &[OsString]) -> Vec<String> {
    let args: Vec<String> = args
        .iter()
        .map(|a| a.to_string_lossy().into_owned())
        .collect();
    let sensitive = |flag: &str| {
        let name = flag.trim_start_matches('-').replace('-', "_");
        imprint::redaction::is_sensitive(&name)
            || name
                .strip_prefix("body_")
                .or_else(|| name.strip_prefix("query_"))
                .is_some_and(imprint::redaction::is_sensitive)
    };
    let mut out = Vec::new();
    let mut iter = args.iter().peekable();
    while let Some(arg) = iter.next() {
        let Some(flag) = arg.strip_prefix("--") else {
            continue;
        };
        let (name, inline) = match flag.split_once('=') {
            Some((n, v)) => (n, Some(v.to_string())),
            None => (flag, None),
        };
        let value = match inline {
            Some(v) => Some(v),
            None => iter.peek().map(|v| v.to_string()),
        };
        let Some(value) = value else { continue };
        if name == "param" {
            if let Some((pname, pvalue)) = value.split_once('=')
                && sensitive(pname)
            {
                out.push(pvalue.to_string());
            }
        } else if sensitive(name) {
            out.push(value);
        }
    }
    out.retain(|v| v.len() >= 2);
    // Longest first, so that a value containing another is masked whole.
    out.sort_by_key(|v| std::cmp::Reverse(v.len()));
    out
}

/// What every command gets: the global flags and which streams are
/// terminals.
#[derive(Debug, Clone)]
pub(crate) struct Context {
    /// The global flags.
    pub globals: GlobalArgs,
    /// Which of stdout and stderr are terminals.
    pub terminals: Terminals,
}

impl Context {
    /// `--format`, or table on a terminal and json otherwise.
    pub fn format(&self) -> Format {
        self.globals.format.unwrap_or(if self.terminals.stdout {
            Format::Table
        } else {
            Format::Json
        })
    }

    /// A client for the API key and base URL given.
    pub fn client(&self) -> Result<Client, CliError> {
        let key = self
            .globals
            .api_key
            .as_ref()
            .map(Secret::expose)
            .filter(|k| !k.is_empty())
            .ok_or_else(|| {
                CliError::usage("an API key is required: --api-key or IMPRINT_API_KEY")
            })?;
        let mut builder = Client::builder()
            .api_key(key)
            .user_agent_suffix("imprint-cli");
        if let Some(environment) = self.globals.environment {
            builder = builder.environment(environment);
        }
        if let Some(url) = &self.globals.base_url {
            builder = builder.base_url(url);
        }
        Ok(builder.build()?)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn os(args: &[&str]) -> Vec<OsString> {
        args.iter().map(OsString::from).collect()
    }

    #[test]
    fn sensitive_values_are_found_in_every_spelling() {
        let found = sensitive_values(&os(&[
            "imprint",
            "--ssn",
            "123456789",
            "--pan=4111111111111111",
            "--param",
            "ssn=987654321",
            "--api-key",
            "sk_live_x",
            "--dob",
            "1990-01-01",
            "--body-pan",
            "5555",
            "--limit",
            "5",
            "--param",
            "limit=5",
        ]));
        assert_eq!(
            found,
            [
                "4111111111111111",
                "1990-01-01",
                "123456789",
                "987654321",
                "sk_live_x",
                "5555"
            ]
        );
    }

    #[test]
    fn usage_errors_do_not_repeat_secrets() {
        let groups = sections::derive::derive(&crate::spec::load().unwrap());
        let args = os(&[
            "imprint",
            "payment-methods",
            "search",
            "--pan=4111111111111111",
            "--pan",
            "4222222222222222",
        ]);
        let e = parse(&groups, args.clone()).unwrap_err();
        let text = render_usage_error(&e, &args);
        assert!(
            !text.contains("4111111111111111") && !text.contains("4222222222222222"),
            "{text}"
        );
        assert!(text.contains("--pan"), "{text}");
    }

    #[test]
    fn the_tree_has_api_the_groups_and_mock() {
        let groups = sections::derive::derive(&crate::spec::load().unwrap());
        let cmd = command(&groups);
        cmd.clone().debug_assert();
        let names: Vec<&str> = cmd.get_subcommands().map(|c| c.get_name()).collect();
        for want in [
            "api",
            "customers",
            "payment-methods",
            "transaction-intents",
            "transactions",
            "rewards",
            "orders",
            "order-events",
            "customer-sessions",
            "offers",
            "simulate",
            "keys",
            "mock",
        ] {
            assert!(names.contains(&want), "{want} in {names:?}");
        }
        let (g, inv) = parse(
            &groups,
            os(&[
                "imprint",
                "--format",
                "jsonl",
                "api",
                "getReward",
                "--param",
                "reward_id=R",
            ]),
        )
        .unwrap();
        assert_eq!(g.format, Some(Format::Jsonl));
        assert!(
            matches!(inv, Invocation::Api(a) if a.operation.as_deref() == Some("getReward") && a.params == ["reward_id=R"])
        );
    }
}
