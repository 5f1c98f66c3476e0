//! The mock's error type.

use std::net::SocketAddr;

/// Why the mock could not start, serve, or accept a setting.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum MockError {
    /// The listening socket could not be bound.
    #[error("could not bind {addr}: {source}")]
    Bind {
        /// The address asked for.
        addr: SocketAddr,
        /// The operating system's error.
        #[source]
        source: std::io::Error,
    },
    /// The server failed while running.
    #[error("the mock server failed: {0}")]
    Io(#[from] std::io::Error),
    /// The OpenAPI document (bundled, or given with
    /// [`MockServerBuilder::spec`](crate::MockServerBuilder::spec)) could not
    /// be turned into routes and validators.
    #[error("the OpenAPI document is unusable: {0}")]
    Spec(String),
    /// No operation of the server's spec has this operationId.
    #[error("no operation {0:?} in the spec")]
    UnknownOperation(String),
    /// No stored object has this id.
    #[error("not found: {0}")]
    NotFound(String),
    /// A builder setting or fault is out of range (an error rate outside
    /// `0.0..=1.0`, a fault status that is not 4xx/5xx, ...).
    #[error("invalid mock configuration: {0}")]
    Config(String),
    /// A customer given to [`MockServer::insert_customer`](crate::MockServer::insert_customer)
    /// is not acceptable (empty id, SSN that is not 9 digits).
    #[error("invalid customer: {0}")]
    InvalidCustomer(String),
}
