//! `imprint`: look up, search and update Imprint customers from a shell, and
//! run the mock server.
//!
//! Exit status: 0 success; 1 the API answered with an error; 2 usage or
//! validation error (nothing sent); 3 transport failure or timeout.
//! The API key, SSNs and dates of birth are never printed.

use std::io::{IsTerminal, Read, Write};
use std::process::ExitCode;
use std::time::Duration;

use clap::{Args, Parser, Subcommand, ValueEnum};
use futures::TryStreamExt;
use imprint::types::{Customer, CustomerUpdateRequest};
use serde_json::Value;

#[derive(Parser, Debug)]
#[command(name = "imprint", version, about = "Imprint API from the command line", long_about = None)]
struct Cli {
    /// API base URL.
    #[arg(long, env = "IMPRINT_BASE_URL", global = true)]
    base_url: Option<String>,
    /// API key (never printed).
    #[arg(long, env = "IMPRINT_API_KEY", hide_env_values = true, global = true)]
    api_key: Option<String>,
    /// Output format: table on a terminal, json otherwise.
    #[arg(long, value_enum, global = true)]
    format: Option<Format>,
    /// Trace requests to stderr (-v info, -vv debug, -vvv trace).
    #[arg(short, long, action = clap::ArgAction::Count, global = true)]
    verbose: u8,
    #[command(subcommand)]
    command: Command,
}

#[derive(Copy, Clone, Debug, PartialEq, Eq, ValueEnum)]
enum Format {
    Json,
    Jsonl,
    Table,
}

#[derive(Subcommand, Debug)]
enum Command {
    /// Customer operations.
    #[command(subcommand)]
    Customers(Customers),
    /// Run the embedded mock server in the foreground.
    Mock(MockArgs),
}

#[derive(Subcommand, Debug)]
enum Customers {
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

#[derive(Args, Debug)]
struct SearchArgs {
    #[arg(long)]
    partner_customer_id: Option<String>,
    /// Nine digits, no hyphens (never printed).
    #[arg(long)]
    ssn: Option<String>,
    /// Date of birth, YYYY-MM-DD (never printed).
    #[arg(long)]
    dob: Option<String>,
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

#[derive(Args, Debug)]
struct UpdateArgs {
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

#[derive(Args, Debug)]
struct MockArgs {
    /// Port on 127.0.0.1 (0 picks a free one).
    #[arg(long, default_value_t = 12111)]
    port: u16,
    /// How many customers to seed.
    #[arg(long, default_value_t = 250)]
    customers: usize,
    /// Seed for deterministic data.
    #[arg(long, default_value_t = 1)]
    seed: u64,
    /// Latency added to every response.
    #[arg(long, default_value_t = 0)]
    latency_ms: u64,
    /// Fraction of requests answered 500/503 (0.0 to 1.0).
    #[arg(long, default_value_t = 0.0)]
    error_rate: f64,
}

/// A failure, with the exit status it maps to.
struct Failure {
    code: u8,
    message: String,
    json: Option<Value>,
}

impl Failure {
    fn usage(message: impl Into<String>) -> Self {
        Self {
            code: 2,
            message: message.into(),
            json: None,
        }
    }
}

impl From<imprint::Error> for Failure {
    fn from(e: imprint::Error) -> Self {
        let code = match &e {
            imprint::Error::InvalidInput(_) | imprint::Error::Config(_) => 2,
            imprint::Error::Timeout { .. } | imprint::Error::Transport { .. } => 3,
            _ => 1,
        };
        let json = e.api_error().map(|a| {
            serde_json::from_slice::<Value>(&a.body).unwrap_or_else(|_| {
                serde_json::json!({ "status": a.status, "type": a.error_type, "message": a.message, "body": a.body_text() })
            })
        });
        Self {
            code,
            message: e.to_string(),
            json,
        }
    }
}

fn main() -> ExitCode {
    let cli = match Cli::try_parse() {
        Ok(c) => c,
        Err(e) => {
            let _ = e.print();
            return ExitCode::from(if e.use_stderr() { 2 } else { 0 });
        }
    };
    if cli.verbose > 0 {
        let level = match cli.verbose {
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
    let format = cli.format.unwrap_or(if std::io::stdout().is_terminal() {
        Format::Table
    } else {
        Format::Json
    });
    let runtime = match tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
    {
        Ok(r) => r,
        Err(e) => {
            eprintln!("error: cannot start the async runtime: {e}");
            return ExitCode::from(3);
        }
    };
    match runtime.block_on(run(cli, format)) {
        Ok(()) => ExitCode::SUCCESS,
        Err(f) => {
            eprintln!("error: {}", f.message);
            if let (Format::Json | Format::Jsonl, Some(json)) = (format, &f.json) {
                println!("{json}");
            }
            ExitCode::from(f.code)
        }
    }
}

fn client(cli: &Cli) -> Result<imprint::Client, Failure> {
    let key = cli
        .api_key
        .clone()
        .filter(|k| !k.is_empty())
        .ok_or_else(|| Failure::usage("an API key is required: --api-key or IMPRINT_API_KEY"))?;
    let mut builder = imprint::Client::builder()
        .api_key(key)
        .user_agent_suffix("imprint-cli");
    if let Some(url) = &cli.base_url {
        builder = builder.base_url(url);
    }
    Ok(builder.build()?)
}

async fn run(cli: Cli, format: Format) -> Result<(), Failure> {
    match &cli.command {
        Command::Mock(args) => mock(args).await,
        Command::Customers(cmd) => {
            let client = client(&cli)?;
            let mut out = std::io::stdout().lock();
            match cmd {
                Customers::Get { id } => {
                    let c = client.customers().get(id).await?;
                    print_one(&mut out, format, &c)
                }
                Customers::Update(args) => {
                    let body = update_body(args)?;
                    let c = client.customers().update(&args.id, body).await?;
                    print_one(&mut out, format, &c)
                }
                Customers::Search(args) => search(&client, args, format, &mut out).await,
            }
        }
    }
}

fn parse_dob(s: &str) -> Result<(i32, u32, u32), Failure> {
    let bad = || Failure::usage("--dob must be a date as YYYY-MM-DD");
    let mut parts = s.splitn(3, '-');
    let y = parts.next().and_then(|p| p.parse().ok()).ok_or_else(bad)?;
    let m = parts.next().and_then(|p| p.parse().ok()).ok_or_else(bad)?;
    let d = parts.next().and_then(|p| p.parse().ok()).ok_or_else(bad)?;
    Ok((y, m, d))
}

async fn search(
    client: &imprint::Client,
    args: &SearchArgs,
    format: Format,
    out: &mut impl Write,
) -> Result<(), Failure> {
    let mut search = client.customers().search();
    if let Some(p) = &args.partner_customer_id {
        search = search.partner_customer_id(p);
    }
    if let Some(s) = &args.ssn {
        search = search.ssn(s);
    }
    if let Some(d) = &args.dob {
        let (y, m, day) = parse_dob(d)?;
        search = search.date_of_birth(y, m, day);
    }
    if let Some(l) = args.limit {
        search = search.limit(l);
    }
    if let Some(c) = &args.starting_after {
        search = search.starting_after(c);
    }
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
                writeln!(out, "{}", pretty(&v)).map_err(io)?;
            }
            Format::Jsonl => {
                for c in &page.data {
                    writeln!(out, "{}", printable(c)).map_err(io)?;
                }
            }
            Format::Table => {
                table_header(out)?;
                for c in &page.data {
                    table_row(out, c)?;
                }
                if let Some(next) = &page.next_cursor {
                    writeln!(out, "\nmore results: --starting-after {next}").map_err(io)?;
                }
            }
        }
        return Ok(());
    }
    let progress = std::io::stderr().is_terminal();
    let mut stream = search.stream();
    let mut n = 0usize;
    if format == Format::Json {
        write!(out, "[").map_err(io)?;
    }
    if format == Format::Table {
        table_header(out)?;
    }
    while let Some(c) = stream.try_next().await? {
        match format {
            Format::Json => {
                write!(
                    out,
                    "{}\n  {}",
                    if n == 0 { "" } else { "," },
                    printable(&c)
                )
                .map_err(io)?;
            }
            Format::Jsonl => writeln!(out, "{}", printable(&c)).map_err(io)?,
            Format::Table => table_row(out, &c)?,
        }
        n += 1;
        if progress && n.is_multiple_of(100) {
            eprint!("\rfetched {n} customers");
        }
    }
    if format == Format::Json {
        writeln!(out, "{}]", if n == 0 { "" } else { "\n" }).map_err(io)?;
    }
    if progress {
        eprintln!("\rfetched {n} customers");
    }
    out.flush().map_err(io)
}

fn update_body(args: &UpdateArgs) -> Result<CustomerUpdateRequest, Failure> {
    if let Some(src) = &args.json {
        let text = if src == "-" {
            let mut s = String::new();
            std::io::stdin()
                .read_to_string(&mut s)
                .map_err(|e| Failure::usage(format!("cannot read stdin: {e}")))?;
            s
        } else {
            std::fs::read_to_string(src)
                .map_err(|e| Failure::usage(format!("cannot read {src}: {e}")))?
        };
        return serde_json::from_str(&text)
            .map_err(|e| Failure::usage(format!("--json is not a valid update body: {e}")));
    }
    let phone = match &args.phone {
        Some(p) => Some(
            p.parse()
                .map_err(|_| Failure::usage("--phone must be E.164, e.g. +14155552671"))?,
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
        return Err(Failure::usage(
            "nothing to update: pass --json or at least one field flag",
        ));
    }
    Ok(body)
}

/// A customer as printed: the SSN digits and date of birth are masked.
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

fn pretty(v: &Value) -> String {
    serde_json::to_string_pretty(v).unwrap_or_else(|_| v.to_string())
}

fn print_one(out: &mut impl Write, format: Format, c: &Customer) -> Result<(), Failure> {
    match format {
        Format::Json => writeln!(out, "{}", pretty(&printable(c))),
        Format::Jsonl => writeln!(out, "{}", printable(c)),
        Format::Table => {
            table_header(out)?;
            return table_row(out, c);
        }
    }
    .map_err(io)
}

fn table_header(out: &mut impl Write) -> Result<(), Failure> {
    writeln!(
        out,
        "{:<40} {:<24} {:<32} {:<20} STATUSES",
        "ID", "NAME", "EMAIL", "PARTNER ID"
    )
    .map_err(io)
}

fn table_row(out: &mut impl Write, c: &Customer) -> Result<(), Failure> {
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
    writeln!(
        out,
        "{:<40} {:<24} {:<32} {:<20} {}",
        c.id,
        name,
        c.email.as_deref().unwrap_or(""),
        partner,
        statuses
    )
    .map_err(io)
}

fn io(e: std::io::Error) -> Failure {
    Failure {
        code: 3,
        message: format!("cannot write output: {e}"),
        json: None,
    }
}

async fn mock(args: &MockArgs) -> Result<(), Failure> {
    if !(0.0..=1.0).contains(&args.error_rate) {
        return Err(Failure::usage("--error-rate must be between 0.0 and 1.0"));
    }
    let server = imprint_mock::MockServer::builder()
        .port(args.port)
        .customers(args.customers)
        .seed(args.seed)
        .latency(Duration::from_millis(args.latency_ms))
        .error_rate(args.error_rate)
        .start()
        .await
        .map_err(|e| Failure {
            code: 3,
            message: format!("cannot start the mock: {e}"),
            json: None,
        })?;
    let mut out = std::io::stdout().lock();
    let _ = writeln!(out, "Imprint mock listening on {}", server.url());
    let _ = writeln!(out, "IMPRINT_BASE_URL={}", server.url());
    let _ = writeln!(out, "IMPRINT_API_KEY={}", server.api_key());
    let _ = writeln!(
        out,
        "{} customers, seed {}. Ctrl-C to stop.",
        args.customers, args.seed
    );
    let _ = out.flush();
    drop(out);
    let _ = tokio::signal::ctrl_c().await;
    server.shutdown().await.map_err(|e| Failure {
        code: 3,
        message: format!("mock shutdown: {e}"),
        json: None,
    })
}
