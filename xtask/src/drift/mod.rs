//! Semantic comparison of two OpenAPI 3.x documents, classified for the users
//! of a *client*.
//!
//! Only what changes the API is compared: operations, parameters, request and
//! response bodies (following `$ref`s into `components`, recursively, with a
//! cycle guard), required sets, enums, constraints, statuses and security.
//! Key order, YAML style, comments, whitespace, descriptions, summaries and
//! examples are not drift. Lists whose order carries no meaning (`required`,
//! `enum`, `parameters`, `security`) are compared as sets.
//!
//! A schema reached through the same `#/components/schemas/X` on both sides is
//! compared once per direction and reported under `schema X`, with the places
//! that use it, instead of once per operation.
//!
//! # Classification
//!
//! The question asked is: *can a program that was correct against the old
//! description fail, or lose something it relied on, against a server that
//! follows the new one?* "Request" is what the client sends, "response" what
//! it receives. Changes to the generated Rust that are not visible on the wire
//! (a new struct field, a renamed enum variant) show up in
//! `cargo xtask codegen` diffs, not here.
//!
//! | change                            | in a request | in a response | why |
//! |-----------------------------------|--------------|---------------|-----|
//! | operation added                   | –            | –             | non-breaking: nothing existing changes |
//! | operation removed / moved         | –            | –             | **breaking**: calls to it fail |
//! | operationId changed               | –            | –             | **breaking**: the generated method is renamed |
//! | operation deprecated              | –            | –             | non-breaking: still served |
//! | parameter added, required         | **breaking** | –             | existing calls lack it |
//! | parameter added, optional         | non-breaking | –             | |
//! | parameter removed                 | **breaking** | –             | calls that set it may be rejected |
//! | path parameter renamed            | non-breaking | –             | the name is not on the wire |
//! | parameter / body became required  | **breaking** | –             | existing calls may omit it |
//! | parameter / body became optional  | non-breaking | –             | |
//! | request body added, required      | **breaking** | –             | existing calls send none |
//! | request body added, optional      | non-breaking | –             | |
//! | request body removed              | **breaking** | –             | what we send is no longer accepted |
//! | media type added                  | non-breaking | non-breaking  | we keep sending / asking for the old one |
//! | media type removed                | **breaking** | **breaking**  | the body we send / decode is gone |
//! | property added, required          | **breaking** | non-breaking  | old clients do not send it / decoders ignore unknown fields |
//! | property added, optional          | non-breaking | non-breaking  | |
//! | property removed                  | **breaking** | **breaking**  | the server may reject it / we may rely on it |
//! | property became required          | **breaking** | non-breaking  | |
//! | property became optional          | non-breaking | **breaking**  | it may now be missing |
//! | type or format changed            | **breaking** | **breaking**  | values change shape |
//! | became nullable                   | non-breaking | **breaking**  | `null` may now arrive |
//! | no longer nullable                | **breaking** | non-breaking  | we may send `null` |
//! | enum value added                  | non-breaking | non-breaking  | our generated enums are open (`Unknown(String)`) |
//! | enum value removed                | **breaking** | non-breaking  | we may send it / it just stops arriving |
//! | enum introduced on a free value   | **breaking** | non-breaking  | |
//! | enum dropped (value now free)     | non-breaking | non-breaking  | open enums already accept any string |
//! | constraint tightened              | **breaking** | non-breaking  | e.g. a raised `minimum`, `additionalProperties: false` |
//! | constraint loosened               | non-breaking | **breaking**  | values outside the old bounds may arrive |
//! | constraint changed (unordered)    | **breaking** | **breaking**  | e.g. a new `pattern`: cannot tell which way |
//! | oneOf/anyOf variant added         | non-breaking | **breaking**  | a shape we cannot decode may arrive |
//! | oneOf/anyOf variant removed       | **breaking** | non-breaking  | we may send it |
//! | success (2xx) status added        | –            | **breaking**  | a success we do not decode |
//! | success (2xx) status removed      | –            | **breaking**  | the response we decode is no longer promised |
//! | error status added / removed      | –            | non-breaking  | errors were always possible |
//! | security alternative added        | –            | –             | non-breaking: one more accepted credential |
//! | security alternative removed      | –            | –             | **breaking**: our credential may be the one removed |
//! | authentication now required       | –            | –             | **breaking** |
//! | authentication no longer required | –            | –             | non-breaking |
//! | security scheme added             | –            | –             | non-breaking |
//! | security scheme removed / changed | –            | –             | **breaking** |
//!
//! A change found in a schema used both ways is breaking when either
//! direction says so. [`classify`] is this table in code.

mod document;
mod report;
mod rules;
mod schema;
#[cfg(test)]
mod tests;
mod view;
mod walk;

use std::collections::{BTreeMap, BTreeSet};

use serde::Serialize;
use serde_json::Value;

pub use rules::{ChangeKind, Direction, Impact, classify};

/// One semantic difference.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Change {
    /// What changed.
    pub kind: ChangeKind,
    /// Its classification.
    pub impact: Impact,
    /// Why it is classified so.
    pub rule: &'static str,
    /// Request, response, both, or none (operations, security).
    pub direction: Option<Direction>,
    /// Where: `API`, `GET /path (operationId)`, `schema Name`, or
    /// `securitySchemes`.
    pub scope: String,
    /// Where inside the scope, e.g. `response 200 application/json: .email`.
    pub path: String,
    /// The old and new values, in words.
    pub detail: String,
}

impl Change {
    /// Whether this change is breaking for clients.
    pub fn is_breaking(&self) -> bool {
        self.impact == Impact::Breaking
    }
}

/// The result of [`diff`].
#[derive(Debug, Clone, Default, Serialize)]
pub struct Diff {
    /// The changes, sorted by scope and path.
    pub changes: Vec<Change>,
    /// For every `schema X` scope, where X is used (operations and other
    /// schemas).
    pub schema_users: BTreeMap<String, BTreeSet<String>>,
}

impl Diff {
    /// Number of breaking changes.
    pub fn breaking(&self) -> usize {
        self.changes.iter().filter(|c| c.is_breaking()).count()
    }

    /// Changes of one kind (handy in tests and scripts).
    pub fn of_kind(&self, kind: ChangeKind) -> Vec<&Change> {
        self.changes.iter().filter(|c| c.kind == kind).collect()
    }
}

/// Compares `old` with `new` (both whole OpenAPI documents).
pub fn diff(old: &Value, new: &Value) -> Diff {
    let (changes, schema_users) = walk::walk(old, new);
    Diff {
        changes: report::finish(changes),
        schema_users,
    }
}
