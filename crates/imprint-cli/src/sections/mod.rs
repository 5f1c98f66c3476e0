//! The section commands: `imprint <group> <command>`, one group per API
//! section, derived from the spec at run time ([`derive`]) and built with
//! clap's builder API. They share the `api` path: the typed flags become
//! the same [`Inputs`], checked and sent the same way, printed by
//! `--format` with tables from the spec.
//!
//! Hand-written commands replace derived ones of the same name where the
//! typed client adds something: `customers get|search|update` ([`customers`]:
//! `--dob YYYY-MM-DD`, the customer table, masked SSN digits and dates of
//! birth as before).

pub(crate) mod customers;
pub(crate) mod derive;

use std::collections::HashMap;

use clap::{Arg, ArgAction, ArgMatches, FromArgMatches, Subcommand};
use imprint_spec::{Location, Operation, Spec};

use crate::call;
use crate::cli::Context;
use crate::error::CliError;
use crate::output::{Style, View};
use crate::request::{self, Inputs};
use crate::spec;
pub(crate) use derive::{Field, Group, SectionCommand};

/// The clap commands of the groups.
pub(crate) fn clap_commands(groups: &[Group]) -> Vec<clap::Command> {
    groups.iter().map(clap_group).collect()
}

fn clap_group(group: &Group) -> clap::Command {
    let mut cmd = clap::Command::new(group.name.clone());
    let hand_written = group.name == "customers";
    if hand_written {
        cmd = customers::CustomerCommand::augment_subcommands(cmd);
    }
    // After `augment_subcommands`, which sets `about` from the enum's docs.
    let plural = if group.sections.len() > 1 { "s" } else { "" };
    let mut cmd = cmd
        .about(format!(
            "API section{plural}: {}",
            group.sections.join(", ")
        ))
        .subcommand_required(true)
        .arg_required_else_help(true);
    for c in &group.commands {
        if hand_written && customers::CustomerCommand::has_subcommand(&c.name) {
            continue;
        }
        cmd = cmd.subcommand(clap_command(c));
    }
    cmd
}

fn clap_command(c: &SectionCommand) -> clap::Command {
    let mut about = c.summary.clone();
    if c.deprecated {
        about.push_str(" (deprecated)");
    }
    let forms = c.operations.join(", ");
    let long_about = if c.operations.len() > 1 {
        format!("{about}\n\nOperations: {forms}. The first that takes every flag given is sent.")
    } else {
        format!("{about}\n\nOperation: {forms} (imprint api {forms}).")
    };
    let mut cmd = clap::Command::new(c.name.clone())
        .about(about)
        .long_about(long_about);
    if let Some(p) = &c.positional {
        cmd = cmd.arg(
            Arg::new(p.long.clone())
                .value_name(p.value_name.clone())
                .required(true)
                .help(p.help.clone()),
        );
    }
    for f in &c.flags {
        let mut arg = Arg::new(f.long.clone())
            .long(f.long.clone())
            .value_name(f.value_name.clone())
            .action(if f.repeated {
                ArgAction::Append
            } else {
                ArgAction::Set
            });
        if !f.help.is_empty() {
            arg = arg.help(f.help.clone());
        }
        cmd = cmd.arg(arg);
    }
    if c.body {
        cmd = cmd.arg(
            Arg::new("json")
                .long("json")
                .value_name("FILE|-")
                .help("The request body as JSON, a file or - for stdin; field flags override (objects: merge into) its fields"),
        );
    }
    if c.pages {
        cmd = cmd.arg(
            Arg::new("all")
                .long("all")
                .action(ArgAction::SetTrue)
                .help("Follow the cursor to the end, printing items as they arrive"),
        );
    }
    cmd
}

/// `operationId` → `group command`, for listings.
pub(crate) fn command_names(spec: &Spec) -> HashMap<String, String> {
    derive::derive(spec)
        .into_iter()
        .flat_map(|g| {
            g.commands
                .into_iter()
                .flat_map(move |c| {
                    let name = format!("{} {}", g.name, c.name);
                    c.operations.into_iter().map(move |op| (op, name.clone()))
                })
                .collect::<Vec<_>>()
        })
        .collect()
}

/// Runs `imprint <group> ...` from its matches.
pub(crate) async fn run(
    ctx: &Context,
    spec: &Spec,
    groups: &[Group],
    group: &str,
    matches: &ArgMatches,
) -> Result<(), CliError> {
    let Some((name, sub)) = matches.subcommand() else {
        return Err(CliError::usage(format!("imprint {group}: name a command")));
    };
    if group == "customers" && customers::CustomerCommand::has_subcommand(name) {
        let command = customers::CustomerCommand::from_arg_matches(matches)
            .map_err(|e| CliError::usage(e.to_string()))?;
        return customers::run(ctx, &command).await;
    }
    let command = groups
        .iter()
        .find(|g| g.name == group)
        .and_then(|g| g.commands.iter().find(|c| c.name == name))
        .ok_or_else(|| CliError::usage(format!("unknown command: imprint {group} {name}")))?;
    let given = Given::from_matches(command, sub);
    let op = choose_form(spec, command, &given)
        .map_err(|m| CliError::usage(format!("imprint {group} {name}: {m}")))?;
    let body = given.json.as_deref().map(request::read_body).transpose()?;
    let inputs = given.inputs(op, body);
    let request = request::build(spec, op, inputs)?;
    let descriptor = spec::descriptor(op)?;
    let client = ctx.client()?;
    let style = Style::Formatted {
        format: ctx.format(),
        view: View::of(spec, op),
    };
    if given.all {
        call::all(&client, descriptor, request, style, ctx.terminals).await
    } else {
        call::one(&client, descriptor, request, &style).await
    }
}

/// What was given to a section command, by spec name. `Debug` redacts the
/// values of sensitive fields and the JSON body.
#[derive(Default, PartialEq)]
struct Given {
    values: Vec<(Field, Vec<String>)>,
    json: Option<String>,
    all: bool,
}

impl std::fmt::Debug for Given {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let values = crate::secret::redacted_pairs(
            self.values
                .iter()
                .map(|(field, v)| (field.name.as_str(), v.join(","))),
        );
        f.debug_struct("Given")
            .field("values", &values)
            .field("json", &self.json.as_ref().map(|_| "<given>"))
            .field("all", &self.all)
            .finish()
    }
}

impl Given {
    fn from_matches(command: &SectionCommand, m: &ArgMatches) -> Self {
        let mut values = Vec::new();
        for f in command.positional.iter().chain(&command.flags) {
            if let Some(v) = m.get_many::<String>(&f.long) {
                values.push((f.clone(), v.cloned().collect()));
            }
        }
        Self {
            values,
            json: command
                .body
                .then(|| m.get_one::<String>("json").cloned())
                .flatten(),
            all: command.pages && m.get_flag("all"),
        }
    }

    /// Places each value where `op` takes it: a path or query parameter, or
    /// a body field.
    fn inputs(&self, op: &Operation, body: Option<serde_json::Value>) -> Inputs {
        let mut inputs = Inputs {
            body,
            ..Inputs::default()
        };
        for (field, values) in &self.values {
            let is_param = op
                .param(&field.name)
                .is_some_and(|p| matches!(p.location, Location::Path | Location::Query));
            for v in values {
                let pair = (field.name.clone(), v.clone());
                if is_param {
                    inputs.params.push(pair);
                } else {
                    inputs.fields.push(pair);
                }
            }
        }
        inputs
    }
}

/// The form of `command` to send: the first in spec order that takes every
/// flag given (and a body for `--json`, a cursor for `--all`).
fn choose_form<'s>(
    spec: &'s Spec,
    command: &SectionCommand,
    given: &Given,
) -> Result<&'s Operation, String> {
    let forms: Vec<&Operation> = command
        .operations
        .iter()
        .filter_map(|id| spec.operation(id))
        .collect();
    let takes = |op: &Operation, name: &str| {
        op.param(name)
            .is_some_and(|p| matches!(p.location, Location::Path | Location::Query))
            || op.request_body.as_ref().is_some_and(|rb| {
                imprint_spec::refs::property(spec.document(), &rb.media.schema, name).is_some()
            })
    };
    forms
        .iter()
        .copied()
        .find(|op| {
            given.values.iter().all(|(f, _)| takes(op, &f.name))
                && (given.json.is_none() || op.request_body.is_some())
                && (!given.all || op.pagination.is_some())
        })
        .ok_or_else(|| {
            let mut flags: Vec<String> = given
                .values
                .iter()
                .map(|(f, _)| format!("--{}", f.long))
                .collect();
            if given.json.is_some() {
                flags.push("--json".into());
            }
            if given.all {
                flags.push("--all".into());
            }
            format!(
                "no form of this command ({}) takes {} together",
                command.operations.join(", "),
                flags.join(", ")
            )
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(spec: &Spec, argv: &[&str]) -> Result<(String, String, ArgMatches), clap::Error> {
        let groups = derive::derive(spec);
        let root = clap::Command::new("t").subcommands(clap_commands(&groups));
        let m = root.try_get_matches_from(std::iter::once("t").chain(argv.iter().copied()))?;
        let (g, gm) = m.subcommand().unwrap();
        let (c, cm) = gm.subcommand().unwrap();
        Ok((g.to_string(), c.to_string(), cm.clone()))
    }

    fn request_of(spec: &Spec, argv: &[&str]) -> Result<(String, imprint::RawRequest), String> {
        let groups = derive::derive(spec);
        let (g, c, m) = parse(spec, argv).map_err(|e| e.to_string())?;
        let command = groups
            .iter()
            .find(|x| x.name == g)
            .and_then(|x| x.commands.iter().find(|y| y.name == c))
            .unwrap();
        let given = Given::from_matches(command, &m);
        let op = choose_form(spec, command, &given)?;
        let body = given.json.as_ref().map(|_| serde_json::json!({}));
        let r = request::build(spec, op, given.inputs(op, body)).map_err(|e| e.message)?;
        Ok((op.id.clone(), r))
    }

    #[test]
    fn the_form_is_chosen_by_the_flags_given() {
        let spec = spec::load().unwrap();
        let (op, r) = request_of(
            &spec,
            &[
                "payment-methods",
                "search",
                "--customer-id",
                "C1",
                "--limit",
                "5",
            ],
        )
        .unwrap();
        assert_eq!(op, "searchPaymentMethods");
        assert_eq!(r.query.len(), 2);
        let (op, r) = request_of(
            &spec,
            &[
                "payment-methods",
                "search",
                "--customer-id",
                "C1",
                "--pan",
                "4111111111111111",
            ],
        )
        .unwrap();
        assert_eq!(op, "searchPaymentMethodsPost");
        assert_eq!(r.body.unwrap()["pan"], "4111111111111111");
        let e = request_of(
            &spec,
            &[
                "payment-methods",
                "search",
                "--customer-id",
                "C",
                "--pan",
                "4111111111111111",
                "--all",
            ],
        )
        .unwrap_err();
        assert!(
            e.contains("takes --customer-id, --pan, --all together"),
            "{e}"
        );
        assert!(!e.contains("4111"), "{e}");
    }

    #[test]
    fn flags_reach_the_request_typed() {
        let spec = spec::load().unwrap();
        let (op, r) = request_of(
            &spec,
            &[
                "transaction-intents",
                "create",
                "--customer-id",
                "C1",
                "--amount",
                "1000",
                "--currency",
                "USD",
                "--metadata",
                r#"{"k":"v"}"#,
            ],
        )
        .unwrap();
        assert_eq!(op, "createTransactionIntent");
        assert_eq!(
            r.body.unwrap(),
            serde_json::json!({"customer_id": "C1", "amount": 1000, "currency": "USD", "metadata": {"k": "v"}})
        );
        let (_, r) = request_of(&spec, &["rewards", "patch", "R1", "--status", "AVAILABLE"])
            .unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(r.path, [("reward_id".to_string(), "R1".to_string())]);
        let (op, _) = request_of(
            &spec,
            &[
                "simulate",
                "reward",
                "--customer-id",
                "C",
                "--reward-type",
                "DELAYED",
            ],
        )
        .unwrap();
        assert_eq!(op, "simulateReward");
        // --all only exists on cursor lists; clap refuses it elsewhere.
        assert!(parse(&spec, &["rewards", "get", "R1", "--all"]).is_err());
        assert!(parse(&spec, &["rewards", "search", "--all"]).is_ok());
    }

    #[test]
    fn the_command_tree_is_valid_for_clap() {
        let spec = spec::load().unwrap();
        let groups = derive::derive(&spec);
        clap::Command::new("t")
            .subcommands(clap_commands(&groups))
            .debug_assert();
        let names = command_names(&spec);
        assert_eq!(names["linkCustomerAccount"], "customers link");
        assert_eq!(names.len(), spec.operations().len());
    }
}
