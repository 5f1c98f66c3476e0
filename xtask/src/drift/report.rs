//! Presentation of the changes: twins from a shared schema merged, the
//! whole sorted by scope and path, and rendered for a terminal.

use std::fmt::Write as _;

use super::{Change, Diff, Direction, Impact, classify};

impl Diff {
    /// Renders the changes grouped by scope, for a terminal.
    pub fn render(&self) -> String {
        let mut out = String::new();
        let mut scope: Option<&str> = None;
        for change in &self.changes {
            if scope != Some(change.scope.as_str()) {
                scope = Some(change.scope.as_str());
                let _ = write!(out, "\n{}", change.scope);
                if let Some(users) = self.schema_users.get(&change.scope) {
                    let users: Vec<&str> = users.iter().map(String::as_str).collect();
                    let _ = write!(out, "  (used by: {})", users.join("; "));
                }
                out.push('\n');
            }
            let impact = match change.impact {
                Impact::Breaking => "BREAKING    ",
                Impact::NonBreaking => "non-breaking",
            };
            let direction = match change.direction {
                Some(Direction::Request) => "[request] ",
                Some(Direction::Response) => "[response] ",
                Some(Direction::Both) => "[request+response] ",
                None => "",
            };
            let _ = writeln!(
                out,
                "  {impact}  {:<30} {direction}{}{}{}  ({})",
                change.kind.name(),
                change.path,
                if change.path.is_empty() || change.detail.is_empty() {
                    ""
                } else {
                    ": "
                },
                change.detail,
                change.rule,
            );
        }
        out
    }
}

/// Merges the request and response copies of one change in a shared schema,
/// then sorts.
pub(super) fn finish(changes: Vec<Change>) -> Vec<Change> {
    let mut merged: Vec<Change> = Vec::with_capacity(changes.len());
    for change in changes {
        let twin = merged.iter_mut().find(|c| {
            c.kind == change.kind
                && c.scope == change.scope
                && c.path == change.path
                && c.detail == change.detail
        });
        match twin {
            Some(twin) if twin.direction != change.direction => {
                twin.direction = Some(Direction::Both);
                (twin.impact, twin.rule) = classify(twin.kind, twin.direction);
            }
            Some(_) => {}
            None => merged.push(change),
        }
    }
    merged.sort_by(|a, b| {
        (scope_rank(&a.scope), &a.scope, &a.path, a.kind, &a.detail).cmp(&(
            scope_rank(&b.scope),
            &b.scope,
            &b.path,
            b.kind,
            &b.detail,
        ))
    });
    merged
}

fn scope_rank(scope: &str) -> u8 {
    if scope == "API" {
        0
    } else if scope == "securitySchemes" {
        3
    } else if scope.starts_with("schema ") {
        2
    } else {
        1
    }
}
