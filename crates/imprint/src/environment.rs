//! Imprint's environments: the sandbox and production base URLs it
//! documents, as a typed choice for [`crate::ClientBuilder::environment`]
//! and `IMPRINT_ENV`.

use std::fmt;
use std::str::FromStr;

use crate::error::Error;

/// Imprint's sandbox base URL (the default).
pub const SANDBOX_URL: &str = "https://dev.sbx.imprint.co";

/// Imprint's production base URL.
pub const PRODUCTION_URL: &str = "https://dev.imprint.co";

/// Which of Imprint's environments a client talks to. API keys are issued
/// per environment. The sandbox is the default; a
/// [`base_url`](crate::ClientBuilder::base_url) overrides either.
///
/// Operations the API serves in its sandbox only (the simulations) are
/// refused before sending by a client for production, with
/// [`Error::SandboxOnly`]: the API would answer 403.
///
/// ```
/// use imprint::Environment;
/// assert_eq!("production".parse::<Environment>()?, Environment::Production);
/// assert_eq!(Environment::Sandbox.base_url(), "https://dev.sbx.imprint.co");
/// # Ok::<(), imprint::Error>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
#[non_exhaustive]
pub enum Environment {
    /// `https://dev.sbx.imprint.co`: for building and testing an
    /// integration; accepts the simulations.
    #[default]
    Sandbox,
    /// `https://dev.imprint.co`: real applications and transactions.
    Production,
}

impl Environment {
    /// The environment's base URL.
    pub fn base_url(self) -> &'static str {
        match self {
            Environment::Sandbox => SANDBOX_URL,
            Environment::Production => PRODUCTION_URL,
        }
    }

    /// The environment a base URL belongs to, if it is one of Imprint's
    /// (a trailing `/` aside).
    pub fn of_base_url(url: &str) -> Option<Self> {
        let url = url.trim_end_matches('/');
        [Environment::Sandbox, Environment::Production]
            .into_iter()
            .find(|e| url.eq_ignore_ascii_case(e.base_url()))
    }
}

impl fmt::Display for Environment {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Environment::Sandbox => "sandbox",
            Environment::Production => "production",
        })
    }
}

impl FromStr for Environment {
    type Err = Error;

    /// `sandbox` or `production`, any case.
    fn from_str(s: &str) -> Result<Self, Error> {
        match s.trim().to_ascii_lowercase().as_str() {
            "sandbox" => Ok(Environment::Sandbox),
            "production" => Ok(Environment::Production),
            _ => Err(Error::Config(format!(
                "unknown environment `{s}`: expected `sandbox` or `production`"
            ))),
        }
    }
}
