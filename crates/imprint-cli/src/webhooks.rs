//! `imprint webhooks`: check a delivery's signature (`verify`), or receive
//! deliveries locally and print each verified event (`listen`), so that with
//! `imprint mock --webhook-url` the whole loop runs offline.
//!
//! The secret comes from `--secret` or `IMPRINT_WEBHOOK_SECRET` and is never
//! printed (clap's usage errors mask it like every sensitive flag).

use std::io::{Read, Write};
use std::net::{Ipv4Addr, SocketAddr};
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use axum::body::Bytes;
use axum::extract::State;
use axum::http::{HeaderMap, StatusCode};
use clap::{Args, Subcommand};
use imprint::webhooks::{Event, Verifier, WebhookError, WebhookSecret};
use serde_json::{Value, json};

use crate::error::{CliError, Exit};
use crate::secret::Secret;

/// The arguments of `imprint webhooks`.
#[derive(Args, Debug, Clone, PartialEq)]
pub(crate) struct WebhooksArgs {
    #[command(subcommand)]
    pub command: WebhooksCommand,
}

/// `verify` or `listen`.
#[derive(Subcommand, Debug, Clone, PartialEq)]
pub(crate) enum WebhooksCommand {
    /// Check one delivery: exit 0 and the event (webhook, object, id) as
    /// JSON when the signature holds; exit 1 and the reason on stderr when
    /// it does not (tampered, wrong secret, stale, malformed header).
    Verify(VerifyArgs),
    /// Receive deliveries on 127.0.0.1 and print each verified event as one
    /// JSON line on stdout (refused ones on stderr, answered 400).
    Listen(ListenArgs),
}

/// The arguments of `imprint webhooks verify`.
#[derive(Args, Debug, Clone, PartialEq)]
pub(crate) struct VerifyArgs {
    /// The event signing token (never printed).
    #[arg(long, env = "IMPRINT_WEBHOOK_SECRET", hide_env_values = true)]
    pub secret: Option<Secret>,
    /// The X-IMPRINT-HMAC-SIGNATURE header's value (`t=...,s=...`).
    #[arg(long)]
    pub signature: String,
    /// The raw body: a file, or - for stdin.
    #[arg(long, value_name = "FILE|-", default_value = "-")]
    pub body_file: String,
    /// How far the timestamp may be from now, in seconds (default 300).
    #[arg(long)]
    pub tolerance_secs: Option<u64>,
}

/// The arguments of `imprint webhooks listen`.
#[derive(Args, Debug, Clone, PartialEq)]
pub(crate) struct ListenArgs {
    /// Port on 127.0.0.1 (0 picks a free one; the address is printed on
    /// stderr).
    #[arg(long, default_value_t = 8088)]
    pub port: u16,
    /// The event signing token (never printed).
    #[arg(long, env = "IMPRINT_WEBHOOK_SECRET", hide_env_values = true)]
    pub secret: Option<Secret>,
    /// How far a timestamp may be from now, in seconds (default 300).
    #[arg(long)]
    pub tolerance_secs: Option<u64>,
}

/// Runs a `webhooks` command.
pub(crate) async fn run(args: &WebhooksArgs) -> Result<(), CliError> {
    match &args.command {
        WebhooksCommand::Verify(v) => verify(v),
        WebhooksCommand::Listen(l) => listen(l).await,
    }
}

fn verifier(secret: Option<&str>, tolerance_secs: Option<u64>) -> Result<Verifier, CliError> {
    let secret = secret.filter(|s| !s.is_empty()).ok_or_else(|| {
        CliError::usage("a webhook secret is required: --secret or IMPRINT_WEBHOOK_SECRET")
    })?;
    let verifier =
        Verifier::new(WebhookSecret::from(secret)).map_err(|e| CliError::usage(e.to_string()))?;
    Ok(match tolerance_secs {
        Some(s) => verifier.tolerance(Duration::from_secs(s)),
        None => verifier,
    })
}

/// What is printed for a verified event.
fn summary(event: &Event, timestamp: SystemTime) -> Value {
    let t = timestamp
        .duration_since(UNIX_EPOCH)
        .map_or(0, |d| d.as_millis() as u64);
    json!({
        "webhook": event.webhook(),
        "object": event.object(),
        "id": event.id(),
        "timestamp_ms": t,
    })
}

fn verify(args: &VerifyArgs) -> Result<(), CliError> {
    let verifier = verifier(
        args.secret.as_ref().map(Secret::expose),
        args.tolerance_secs,
    )?;
    let mut body = Vec::new();
    let read = if args.body_file == "-" {
        std::io::stdin().read_to_end(&mut body)
    } else {
        std::fs::File::open(&args.body_file).and_then(|mut f| f.read_to_end(&mut body))
    };
    read.map_err(|e| CliError::usage(format!("cannot read the body {}: {e}", args.body_file)))?;
    let verified = verifier
        .verify(Some(&args.signature), &body)
        .map_err(refused)?;
    let event = verified.decode().map_err(refused)?;
    let out = summary(&event, verified.timestamp());
    writeln!(std::io::stdout(), "{out}").map_err(crate::error::output)
}

/// A delivery that does not verify (or decode): exit 1, the reason.
fn refused(e: WebhookError) -> CliError {
    CliError {
        exit: Exit::Api,
        message: format!("webhook refused: {e}"),
        body: None,
    }
}

async fn listen(args: &ListenArgs) -> Result<(), CliError> {
    let verifier = verifier(
        args.secret.as_ref().map(Secret::expose),
        args.tolerance_secs,
    )?;
    let addr = SocketAddr::from((Ipv4Addr::LOCALHOST, args.port));
    let listener = tokio::net::TcpListener::bind(addr)
        .await
        .map_err(|e| CliError::transport(format!("cannot listen on {addr}: {e}")))?;
    let local = listener
        .local_addr()
        .map_err(|e| CliError::transport(format!("cannot read the address: {e}")))?;
    eprintln!("listening for webhooks on http://{local}/ (any path); Ctrl-C to stop");
    let app = axum::Router::new()
        .fallback(receive)
        .with_state(std::sync::Arc::new(verifier));
    axum::serve(listener, app)
        .with_graceful_shutdown(async {
            let _ = tokio::signal::ctrl_c().await;
        })
        .await
        .map_err(|e| CliError::transport(format!("the listener failed: {e}")))
}

async fn receive(
    State(verifier): State<std::sync::Arc<Verifier>>,
    headers: HeaderMap,
    body: Bytes,
) -> StatusCode {
    let header = headers
        .get(imprint::webhooks::SIGNATURE_HEADER)
        .and_then(|v| v.to_str().ok());
    let outcome = verifier
        .verify(header, &body)
        .and_then(|v| Ok((v.decode()?, v.timestamp(), v.json()?)));
    match outcome {
        Ok((event, timestamp, payload)) => {
            let mut line = summary(&event, timestamp);
            line["payload"] = payload;
            let mut out = std::io::stdout().lock();
            if writeln!(out, "{line}").and_then(|()| out.flush()).is_err() {
                // Nobody reads stdout any more: still a valid delivery.
            }
            StatusCode::OK
        }
        Err(e) => {
            eprintln!("refused a delivery: {e}");
            StatusCode::BAD_REQUEST
        }
    }
}
