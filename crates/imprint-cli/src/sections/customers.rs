//! `imprint customers get|search|update`: the hand-written customer
//! commands, on the typed facade (`client.customers()`), kept for what it
//! adds over the derived commands: `search --ssn/--dob YYYY-MM-DD` (the
//! facade picks the GET or POST search), checked emails and phones, and a
//! customer table (name, email, partner id, program statuses). As before,
//! these commands print a customer with `ssn4` and `date_of_birth` masked.
//! The other `customers` commands (`link`, `rewards-balance`, ...) are
//! derived from the spec.

use std::io::{BufWriter, Write};

use clap::{Args, Subcommand};
use futures::TryStreamExt;
use imprint::types::{Customer, CustomerUpdateRequest};
use serde_json::Value;

use crate::cli::Context;
use crate::error::{self, CliError};
use crate::output::{self, Format, Progress};
use crate::secret::Secret;

/// The hand-written customer commands.
#[derive(Subcommand, Debug)]
pub(crate) enum CustomerCommand {
    /// Retrieve a customer by id.
    Get {
        /// The customer id.
        id: String,
    },
    /// Search customers (filters combine).
    Search(SearchArgs),
    /// Update a customer: a JSON body (file or - for stdin), or field flags.
    Update(Box<UpdateArgs>),
}

/// `customers search`.
#[derive(Args, Debug)]
pub(crate) struct SearchArgs {
    /// Customer's ID in the partner's system.
    #[arg(long)]
    partner_customer_id: Option<String>,
    /// Nine digits, no hyphens (sensitive: never printed in traces or errors).
    #[arg(long)]
    ssn: Option<Secret>,
    /// Date of birth, YYYY-MM-DD (sensitive: never printed in traces or errors).
    #[arg(long)]
    dob: Option<Secret>,
    /// Page size.
    #[arg(long)]
    limit: Option<u32>,
    /// Cursor: the id of the last customer of the previous page.
    #[arg(long)]
    starting_after: Option<String>,
    /// Follow the cursor to the end, streaming results as they arrive.
    #[arg(long)]
    all: bool,
}

/// `customers update`.
#[derive(Args, Debug)]
pub(crate) struct UpdateArgs {
    /// The customer id.
    id: String,
    /// The request body as JSON: a file path, or - for stdin.
    #[arg(long, conflicts_with_all = ["email", "phone", "first_name", "last_name", "preferred_language", "street_line1", "street_line2", "city", "state", "postal_code"])]
    json: Option<String>,
    #[arg(long)]
    email: Option<String>,
    /// E.164, e.g. +14155552671.
    #[arg(long)]
    phone: Option<String>,
    #[arg(long)]
    first_name: Option<String>,
    #[arg(long)]
    last_name: Option<String>,
    /// ISO 639-1, e.g. en.
    #[arg(long)]
    preferred_language: Option<String>,
    #[arg(long)]
    street_line1: Option<String>,
    #[arg(long)]
    street_line2: Option<String>,
    #[arg(long)]
    city: Option<String>,
    #[arg(long)]
    state: Option<String>,
    #[arg(long)]
    postal_code: Option<String>,
}

/// Runs a hand-written customer command.
pub(crate) async fn run(ctx: &Context, command: &CustomerCommand) -> Result<(), CliError> {
    let format = ctx.format();
    // Check what can be checked before asking for a key.
    let body = match command {
        CustomerCommand::Update(args) => Some(update_body(args)?),
        _ => None,
    };
    let dob = match command {
        CustomerCommand::Search(SearchArgs { dob: Some(d), .. }) => Some(parse_dob(d.expose())?),
        _ => None,
    };
    let client = ctx.client()?;
    let mut out = std::io::stdout().lock();
    match (command, body) {
        (CustomerCommand::Get { id }, _) => {
            let c = client.customers().get(id).await?;
            print_one(&mut out, format, &c)
        }
        (CustomerCommand::Update(args), Some(body)) => {
            let c = client.customers().update(&args.id, body).await?;
            print_one(&mut out, format, &c)
        }
        (CustomerCommand::Search(args), _) => search(ctx, &client, args, dob, format).await,
        (CustomerCommand::Update(_), None) => Err(CliError::usage("nothing to update")),
    }
}

fn parse_dob(s: &str) -> Result<(i32, u32, u32), CliError> {
    let bad = || CliError::usage("--dob must be a date as YYYY-MM-DD");
    let mut parts = s.splitn(3, '-');
    let y = parts.next().and_then(|p| p.parse().ok()).ok_or_else(bad)?;
    let m = parts.next().and_then(|p| p.parse().ok()).ok_or_else(bad)?;
    let d = parts.next().and_then(|p| p.parse().ok()).ok_or_else(bad)?;
    Ok((y, m, d))
}

async fn search(
    ctx: &Context,
    client: &imprint::Client,
    args: &SearchArgs,
    dob: Option<(i32, u32, u32)>,
    format: Format,
) -> Result<(), CliError> {
    let mut search = client.customers().search();
    if let Some(p) = &args.partner_customer_id {
        search = search.partner_customer_id(p);
    }
    if let Some(s) = &args.ssn {
        search = search.ssn(s.expose());
    }
    if let Some((y, m, d)) = dob {
        search = search.date_of_birth(y, m, d);
    }
    if let Some(l) = args.limit {
        search = search.limit(l);
    }
    if let Some(c) = &args.starting_after {
        search = search.starting_after(c);
    }
    let mut out = BufWriter::new(std::io::stdout().lock());
    if !args.all {
        let page = search.send().await?;
        match format {
            Format::Json => {
                let v = serde_json::json!({
                    "data": page.data.iter().map(printable).collect::<Vec<_>>(),
                    "has_more": page.has_more,
                    "total": page.total,
                    "next_cursor": page.next_cursor,
                });
                output::json_line(&mut out, &v, true).map_err(error::output)?;
            }
            Format::Jsonl => {
                for c in &page.data {
                    output::json_line(&mut out, &printable(c), false).map_err(error::output)?;
                }
            }
            Format::Table => {
                table_header(&mut out)?;
                for c in &page.data {
                    table_row(&mut out, c)?;
                }
                if let Some(next) = &page.next_cursor {
                    writeln!(out, "\nmore results: --starting-after {next}")
                        .map_err(error::output)?;
                }
            }
        }
        return out.flush().map_err(error::output);
    }
    let mut progress = Progress::new(ctx.terminals.stderr, ctx.terminals.stdout);
    let mut pages = search.pages();
    let mut n = 0usize;
    if format == Format::Table {
        table_header(&mut out)?;
    }
    let result = async {
        while let Some(page) = pages.try_next().await? {
            progress.before_output();
            for c in &page.data {
                match format {
                    Format::Json => write!(
                        out,
                        "{}\n  {}",
                        if n == 0 { "[" } else { "," },
                        printable(c)
                    )
                    .map_err(error::output)?,
                    Format::Jsonl => {
                        output::json_line(&mut out, &printable(c), false).map_err(error::output)?
                    }
                    Format::Table => table_row(&mut out, c)?,
                }
                n += 1;
            }
            out.flush().map_err(error::output)?;
            progress.page(page.data.len());
        }
        if format == Format::Json {
            writeln!(out, "{}", if n == 0 { "[]" } else { "\n]" }).map_err(error::output)?;
        }
        out.flush().map_err(error::output)
    }
    .await;
    progress.finish();
    result
}

fn update_body(args: &UpdateArgs) -> Result<CustomerUpdateRequest, CliError> {
    if let Some(src) = &args.json {
        let value = crate::request::read_body(src)?;
        return serde_json::from_value(value).map_err(|e| {
            // serde's message names the field and the expected type; the
            // value it quotes would be the user's, so keep only the former.
            let what = e.to_string();
            let what = what.split(':').next().unwrap_or("invalid").to_string();
            CliError::usage(format!("--json is not a valid update body: {what}"))
        });
    }
    let phone = match &args.phone {
        Some(p) => Some(
            p.parse()
                .map_err(|_| CliError::usage("--phone must be E.164, e.g. +14155552671"))?,
        ),
        None => None,
    };
    let body = CustomerUpdateRequest {
        email: args.email.clone(),
        phone,
        first_name: args.first_name.clone(),
        last_name: args.last_name.clone(),
        preferred_language: args.preferred_language.clone(),
        street_line1: args.street_line1.clone(),
        street_line2: args.street_line2.clone(),
        city: args.city.clone(),
        state: args.state.clone(),
        postal_code: args.postal_code.clone(),
        ..Default::default()
    };
    if serde_json::to_value(&body)
        .map(|v| v.as_object().is_some_and(|o| o.is_empty()))
        .unwrap_or(true)
    {
        return Err(CliError::usage(
            "nothing to update: pass --json or at least one field flag",
        ));
    }
    Ok(body)
}

/// A customer as these commands print it: the SSN digits and date of birth
/// masked.
fn printable(c: &Customer) -> Value {
    let mut v = serde_json::to_value(c).unwrap_or(Value::Null);
    if let Some(o) = v.as_object_mut() {
        for key in ["ssn4", "date_of_birth"] {
            if o.contains_key(key) {
                o.insert(key.into(), Value::String("<redacted>".into()));
            }
        }
    }
    v
}

fn print_one(out: &mut impl Write, format: Format, c: &Customer) -> Result<(), CliError> {
    match format {
        Format::Json => output::json_line(out, &printable(c), true),
        Format::Jsonl => output::json_line(out, &printable(c), false),
        Format::Table => {
            table_header(out)?;
            return table_row(out, c);
        }
    }
    .map_err(error::output)
}

fn table_header(out: &mut impl Write) -> Result<(), CliError> {
    writeln!(
        out,
        "{:<40} {:<24} {:<32} {:<20} STATUSES",
        "ID", "NAME", "EMAIL", "PARTNER ID"
    )
    .map_err(error::output)
}

fn table_row(out: &mut impl Write, c: &Customer) -> Result<(), CliError> {
    let name = [c.first_name.as_deref(), c.last_name.as_deref()]
        .into_iter()
        .flatten()
        .collect::<Vec<_>>()
        .join(" ");
    let statuses = c
        .statuses
        .iter()
        .map(|(k, v)| format!("{k}={v}"))
        .collect::<Vec<_>>()
        .join(", ");
    let partner = c
        .partner_customer_id
        .as_ref()
        .map(|p| p.to_string())
        .unwrap_or_default();
    let cell = |s: &str| output::table::cell(Some(&Value::String(s.to_string())), 200);
    writeln!(
        out,
        "{:<40} {:<24} {:<32} {:<20} {}",
        cell(&c.id),
        cell(&name),
        cell(c.email.as_deref().unwrap_or("")),
        cell(&partner),
        cell(&statuses)
    )
    .map_err(error::output)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dob_parses_three_numbers_and_never_echoes() {
        assert_eq!(parse_dob("1990-01-31").unwrap(), (1990, 1, 31));
        let e = parse_dob("1990/01/31").unwrap_err();
        assert!(!e.message.contains("1990"), "{}", e.message);
    }
}
