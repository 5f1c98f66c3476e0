//! Sending a checked request with the client's JSON-level calls
//! (`Client::send_raw`, `Client::pages_raw`: the same auth, retries,
//! errors and tracing as every typed call) and printing the answer.
//!
//! What this module logs goes through the client's redaction: requests by
//! `RawRequest`'s `Debug` (which hides sensitive parameters and body
//! fields), bodies by `imprint::redaction::scrub`.

use std::io::{BufWriter, Write};

use futures::TryStreamExt;
use imprint::operations::OperationDescriptor;
use imprint::{Client, RawRequest};
use serde_json::Value;

use crate::error::{self, CliError};
use crate::output::{self, Progress, Style};

/// Which of stdout and stderr are terminals.
#[derive(Copy, Clone, Debug, Default)]
pub(crate) struct Terminals {
    /// stdout is a terminal.
    pub stdout: bool,
    /// stderr is a terminal.
    pub stderr: bool,
}

/// Sends `request` and prints the answer in `style`.
pub(crate) async fn one(
    client: &Client,
    op: &'static OperationDescriptor,
    request: RawRequest,
    style: &Style,
) -> Result<(), CliError> {
    tracing::debug!(operation = op.id, ?request, "sending");
    let response = client.send_raw(op, request).await?;
    tracing::debug!(
        operation = op.id,
        status = response.status,
        bytes = response.body.len(),
        "answered"
    );
    trace_body(op, &response.body);
    let mut out = std::io::stdout().lock();
    output::response(&mut out, style, &response.body).map_err(error::output)
}

/// Follows the cursor of a list from `request` on, printing the items of
/// each page as it arrives, with a progress line on a terminal's stderr.
pub(crate) async fn all(
    client: &Client,
    op: &'static OperationDescriptor,
    request: RawRequest,
    style: Style,
    terminals: Terminals,
) -> Result<(), CliError> {
    tracing::debug!(operation = op.id, ?request, "listing every page");
    // Items as the server's JSON text: printed without a decode and an
    // encode per item.
    let mut pages = client.pages_raw_items(op, request);
    let mut progress = Progress::new(terminals.stderr, terminals.stdout);
    let mut stream = output::Stream::new(style);
    let mut out = BufWriter::new(std::io::stdout().lock());
    let result = async {
        while let Some(page) = pages.try_next().await? {
            tracing::debug!(
                operation = op.id,
                items = page.data.len(),
                has_more = page.has_more,
                "page"
            );
            progress.before_output();
            stream.page(&mut out, &page.data).map_err(error::output)?;
            progress.page(page.data.len());
        }
        stream.finish(&mut out).map_err(error::output)
    }
    .await;
    // Leave the last count on the terminal, above any error message.
    progress.finish();
    out.flush().map_err(error::output)?;
    result
}

/// The answer at trace level (`-vvv`), sensitive fields redacted.
fn trace_body(op: &OperationDescriptor, body: &[u8]) {
    if !tracing::enabled!(tracing::Level::TRACE) {
        return;
    }
    match serde_json::from_slice::<Value>(body) {
        Ok(mut v) => {
            imprint::redaction::scrub(&mut v);
            tracing::trace!(operation = op.id, body = %v, "answer body");
        }
        Err(_) => tracing::trace!(
            operation = op.id,
            bytes = body.len(),
            "answer body (not JSON)"
        ),
    }
}
