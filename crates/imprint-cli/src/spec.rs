//! The spec the command works from: the `openapi.yaml` and overlay the
//! client was generated from (embedded in `imprint-raw`, merged, as JSON:
//! it loads in about a millisecond, instead of five for the YAML and the
//! overlay, on every command), read through
//! `imprint-spec`, the workspace's one model of it. Everything the command
//! knows about an operation (parameters, body schema, section, pagination)
//! comes from here; sending goes through the generated operation table
//! (`imprint::operations`), which the same spec produced.

use imprint::operations::OperationDescriptor;
use imprint_spec::{Operation, Spec};

use crate::error::CliError;

/// Parses the embedded spec (its overlay already applied).
pub(crate) fn load() -> Result<Spec, CliError> {
    Spec::from_texts(imprint::raw::OPENAPI_JSON, None)
        .map_err(|e| CliError::usage(format!("the embedded spec does not load: {e}")))
}

/// The operation `id`; an unknown id is a usage error that suggests the
/// closest ids.
pub(crate) fn operation<'s>(spec: &'s Spec, id: &str) -> Result<&'s Operation, CliError> {
    if let Some(op) = spec.operation(id) {
        return Ok(op);
    }
    let close = suggestions(spec.operations().iter().map(|o| o.id.as_str()), id);
    let hint = match close.as_slice() {
        [] => "`imprint api --list` shows them all".to_string(),
        [one] => format!("did you mean `{one}`?"),
        many => format!("did you mean one of: {}?", many.join(", ")),
    };
    Err(CliError::usage(format!(
        "unknown operation `{}`; {hint}",
        printable_id(id)
    )))
}

/// The generated descriptor of `op`, which `Client::send_raw` needs. The
/// table is generated from this very spec, so a miss is a build defect.
pub(crate) fn descriptor(op: &Operation) -> Result<&'static OperationDescriptor, CliError> {
    imprint::operations::find(&op.id).ok_or_else(|| {
        CliError::usage(format!(
            "operation `{}` is in the spec but not in this build's operation table; rebuild the client",
            op.id
        ))
    })
}

/// An operation id as typed, safe to print: at most 64 characters, control
/// characters dropped (it is the user's input, echoed in a message).
fn printable_id(id: &str) -> String {
    id.chars().filter(|c| !c.is_control()).take(64).collect()
}

/// Up to three known ids close to `wanted`: the same letters ignoring case
/// and punctuation (`create-transaction-intent`), a containing or contained
/// id, or a small edit distance.
pub(crate) fn suggestions<'a>(ids: impl Iterator<Item = &'a str>, wanted: &str) -> Vec<&'a str> {
    let norm = |s: &str| -> String {
        s.chars()
            .filter(char::is_ascii_alphanumeric)
            .map(|c| c.to_ascii_lowercase())
            .collect()
    };
    let wanted = norm(wanted);
    if wanted.is_empty() {
        return Vec::new();
    }
    let budget = (wanted.len() / 3).max(2);
    let mut scored: Vec<(usize, &str)> = ids
        .filter_map(|id| {
            let n = norm(id);
            let score = if n == wanted {
                0
            } else if n.contains(&wanted) || (wanted.len() >= 6 && wanted.contains(&n)) {
                1
            } else {
                let d = edit_distance(&n, &wanted);
                if d > budget {
                    return None;
                }
                1 + d
            };
            Some((score, id))
        })
        .collect();
    scored.sort_by_key(|(score, id)| (*score, id.len()));
    // The same id spelled differently is the answer, not one of several.
    if scored.first().is_some_and(|(score, _)| *score == 0) {
        scored.truncate(1);
    }
    scored.into_iter().take(3).map(|(_, id)| id).collect()
}

/// Levenshtein distance over characters.
fn edit_distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut prev: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut cur = Vec::with_capacity(b.len() + 1);
        cur.push(i + 1);
        for (j, cb) in b.iter().enumerate() {
            let substitute = prev[j] + usize::from(ca != *cb);
            cur.push(substitute.min(prev[j + 1] + 1).min(cur[j] + 1));
        }
        prev = cur;
    }
    prev[b.len()]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_embedded_spec_loads_and_every_operation_has_a_descriptor() {
        let spec = load().expect("embedded spec");
        assert_eq!(spec.operations().len(), imprint::operations::ALL.len());
        for op in spec.operations() {
            let d = descriptor(op).expect("descriptor");
            assert_eq!((d.method, d.path), (op.method.as_str(), op.path.as_str()));
            assert_eq!(d.pagination.is_some(), op.pagination.is_some(), "{}", op.id);
        }
    }

    #[test]
    fn suggestions_find_typos_other_spellings_and_parts() {
        let ids = [
            "createTransactionIntent",
            "getTransactionIntent",
            "getReward",
            "getRewards",
        ];
        let s = |w| suggestions(ids.iter().copied(), w);
        assert_eq!(s("createTransactionIntnet")[0], "createTransactionIntent");
        assert_eq!(s("create-transaction-intent"), ["createTransactionIntent"]);
        assert_eq!(
            s("TransactionIntent")[..2],
            ["getTransactionIntent", "createTransactionIntent"]
        );
        assert_eq!(s("getrewrd"), ["getReward", "getRewards"]);
        assert!(s("frobnicate").is_empty());
        assert!(s("--").is_empty());
    }

    #[test]
    fn an_unknown_operation_names_itself_and_suggests() {
        let spec = load().unwrap();
        let e = operation(&spec, "getRewrd").unwrap_err();
        assert!(e.message.contains("`getRewrd`"), "{}", e.message);
        assert!(e.message.contains("getReward"), "{}", e.message);
        let e = operation(&spec, "zzzzzzzzzzzz").unwrap_err();
        assert!(e.message.contains("imprint api --list"), "{}", e.message);
    }

    #[test]
    fn edit_distance_counts_edits() {
        assert_eq!(edit_distance("kitten", "sitting"), 3);
        assert_eq!(edit_distance("", "abc"), 3);
        assert_eq!(edit_distance("same", "same"), 0);
    }
}
