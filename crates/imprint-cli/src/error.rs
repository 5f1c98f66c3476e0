//! What can go wrong in a command, and the exit status each outcome maps to.
//!
//! The statuses are a contract scripts rely on: 0 success; 1 the API
//! answered with an error (its JSON body is printed on stdout with
//! `--format json`); 2 a usage or validation error, found before anything
//! was sent; 3 a transport failure or timeout (or stdout could not be
//! written). Messages never carry a secret: values the user typed are not
//! echoed, and API errors come from the client, which redacts.

use std::process::ExitCode;

use serde_json::Value;

/// The exit statuses other than success.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub(crate) enum Exit {
    /// The API answered with an error.
    Api = 1,
    /// Usage or validation error; nothing was sent.
    Usage = 2,
    /// Transport failure, timeout, or an output that cannot be written.
    Transport = 3,
}

impl From<Exit> for ExitCode {
    fn from(exit: Exit) -> Self {
        ExitCode::from(exit as u8)
    }
}

/// A failed command: its exit status, the message for stderr and, for an
/// API error, the body the API sent (printed on stdout in JSON formats;
/// redacted in `Debug`).
pub(crate) struct CliError {
    /// The exit status.
    pub exit: Exit,
    /// One line (or an indented list of problems) for stderr; empty for a
    /// quiet exit.
    pub message: String,
    /// The API's error body, as JSON.
    pub body: Option<Value>,
}

impl std::fmt::Debug for CliError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("CliError")
            .field("exit", &self.exit)
            .field("message", &self.message)
            .field("body", &self.body.as_ref().map(crate::secret::scrubbed))
            .finish()
    }
}

impl CliError {
    /// A usage or validation error: nothing was sent.
    pub fn usage(message: impl Into<String>) -> Self {
        Self {
            exit: Exit::Usage,
            message: message.into(),
            body: None,
        }
    }

    /// A transport-class failure that is not the client's (starting the
    /// runtime or the mock).
    pub fn transport(message: impl Into<String>) -> Self {
        Self {
            exit: Exit::Transport,
            message: message.into(),
            body: None,
        }
    }

    /// Several problems found at once, each on its own indented line.
    pub fn problems(what: &str, problems: &[String]) -> Self {
        let mut message = format!("{what}:");
        for p in problems {
            message.push_str("\n  - ");
            message.push_str(p);
        }
        Self::usage(message)
    }
}

/// Writing to stdout failed. A closed pipe (`imprint ... | head`) is the
/// reader saying it has enough, not an error: the command stops quietly.
pub(crate) fn output(e: std::io::Error) -> CliError {
    if e.kind() == std::io::ErrorKind::BrokenPipe {
        return CliError {
            exit: Exit::Transport,
            message: String::new(),
            body: None,
        };
    }
    CliError::transport(format!("cannot write output: {e}"))
}

/// Whether the error is the quiet end of a closed pipe.
pub(crate) fn is_closed_pipe(e: &CliError) -> bool {
    e.exit == Exit::Transport && e.message.is_empty()
}

impl From<imprint::Error> for CliError {
    fn from(e: imprint::Error) -> Self {
        let exit = match &e {
            imprint::Error::InvalidInput(_)
            | imprint::Error::Config(_)
            | imprint::Error::SandboxOnly { .. } => Exit::Usage,
            imprint::Error::Timeout { .. } | imprint::Error::Transport { .. } => Exit::Transport,
            _ => Exit::Api,
        };
        let body = e.api_error().map(|a| {
            serde_json::from_slice::<Value>(&a.body).unwrap_or_else(|_| {
                serde_json::json!({
                    "status": a.status,
                    "type": a.error_type,
                    "message": a.message,
                    "body": a.body_text(),
                })
            })
        });
        Self {
            exit,
            message: e.to_string(),
            body,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn problems_are_listed_one_per_line() {
        let e = CliError::problems("invalid request for getThing", &["a".into(), "b".into()]);
        assert_eq!(e.exit, Exit::Usage);
        assert_eq!(e.message, "invalid request for getThing:\n  - a\n  - b");
    }

    #[test]
    fn a_closed_pipe_is_quiet_and_other_write_errors_are_not() {
        let quiet = output(std::io::Error::from(std::io::ErrorKind::BrokenPipe));
        assert!(is_closed_pipe(&quiet));
        let loud = output(std::io::Error::other("disk full"));
        assert!(!is_closed_pipe(&loud));
        assert!(loud.message.contains("disk full"));
        assert_eq!(loud.exit, Exit::Transport);
    }
}
