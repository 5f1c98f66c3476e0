//! `imprint mock`: the embedded mock server (`imprint-mock`) in the
//! foreground, until Ctrl-C. It prints the base URL and API key to export,
//! so the other commands can be tried offline.

use std::io::Write;
use std::time::Duration;

use clap::Args;

use crate::error::CliError;
use crate::secret::Secret;

/// The arguments of `imprint mock`.
#[derive(Args, Debug, Clone, PartialEq)]
pub(crate) struct MockArgs {
    /// Port on 127.0.0.1 (0 picks a free one).
    #[arg(long, default_value_t = 12111)]
    pub port: u16,
    /// How many customers to seed.
    #[arg(long, default_value_t = 250)]
    pub customers: usize,
    /// Seed for deterministic data.
    #[arg(long, default_value_t = 1)]
    pub seed: u64,
    /// Latency added to every response.
    #[arg(long, default_value_t = 0)]
    pub latency_ms: u64,
    /// Fraction of requests answered 500/503 (0.0 to 1.0).
    #[arg(long, default_value_t = 0.0)]
    pub error_rate: f64,
    /// Deliver webhook events (transaction events, rewards, customer links,
    /// payment method changes) to this URL, signed with --webhook-secret.
    #[arg(long, value_name = "URL", requires = "webhook_secret")]
    pub webhook_url: Option<String>,
    /// The event signing token deliveries are signed with (never printed).
    #[arg(long, env = "IMPRINT_WEBHOOK_SECRET", hide_env_values = true)]
    pub webhook_secret: Option<Secret>,
}

/// Runs the mock until Ctrl-C.
pub(crate) async fn run(args: &MockArgs) -> Result<(), CliError> {
    if !(0.0..=1.0).contains(&args.error_rate) {
        return Err(CliError::usage("--error-rate must be between 0.0 and 1.0"));
    }
    let mut builder = imprint_mock::MockServer::builder()
        .port(args.port)
        .customers(args.customers)
        .seed(args.seed)
        .latency(Duration::from_millis(args.latency_ms))
        .error_rate(args.error_rate);
    if let Some(url) = &args.webhook_url {
        builder = builder.webhook_url(url.clone());
    }
    if let Some(secret) = &args.webhook_secret {
        builder = builder.webhook_secret(secret.expose());
    }
    let server = builder
        .start()
        .await
        .map_err(|e| CliError::transport(format!("cannot start the mock: {e}")))?;
    let mut out = std::io::stdout().lock();
    // The mock's own key for local use: printing it is the point.
    let _ = writeln!(out, "Imprint mock listening on {}", server.url());
    let _ = writeln!(out, "IMPRINT_BASE_URL={}", server.url());
    let _ = writeln!(out, "IMPRINT_API_KEY={}", server.api_key());
    let _ = writeln!(
        out,
        "{} customers, seed {}. Ctrl-C to stop.",
        args.customers, args.seed
    );
    if let Some(url) = &args.webhook_url {
        let _ = writeln!(out, "delivering webhooks to {url}");
    }
    let _ = out.flush();
    drop(out);
    let _ = tokio::signal::ctrl_c().await;
    server
        .shutdown()
        .await
        .map_err(|e| CliError::transport(format!("mock shutdown: {e}")))
}
