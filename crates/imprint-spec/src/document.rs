//! Reading a document: JSON or YAML text into a `serde_json::Value`.

use std::path::Path;

use serde_json::Value;

use crate::Error;

/// Parses a YAML or JSON document whose top level is a mapping.
///
/// JSON is tried first when the text looks like JSON (it starts with `{`),
/// for its precise error messages; if that fails the text is read as YAML,
/// so a YAML document written as a flow mapping (`{openapi: 3.1.0, ...}`)
/// is accepted too. When both fail, the error is the one of the parser the
/// text most likely meant: JSON's for text that parses as neither.
///
/// ```
/// let doc = imprint_spec::parse_document("{openapi: 3.1.0, paths: {}}", "spec").unwrap();
/// assert_eq!(doc["openapi"], "3.1.0");
/// let doc = imprint_spec::parse_document(r#"{"openapi": "3.1.0"}"#, "spec").unwrap();
/// assert_eq!(doc["openapi"], "3.1.0");
/// assert!(imprint_spec::parse_document("- a list", "spec").is_err());
/// ```
pub fn parse_document(text: &str, what: &str) -> Result<Value, Error> {
    let parse_error = |message: String| Error::Parse {
        what: what.into(),
        message,
    };
    let value: Value = if text.trim_start().starts_with('{') {
        match serde_json::from_str(text) {
            Ok(v) => v,
            Err(json) => serde_norway::from_str(text)
                .map_err(|_| parse_error(format!("{json} (and it is not YAML either)")))?,
        }
    } else {
        serde_norway::from_str(text).map_err(|e| parse_error(e.to_string()))?
    };
    if !value.is_object() {
        return Err(parse_error("the top level is not a mapping".into()));
    }
    Ok(value)
}

/// Reads and parses a YAML or JSON document from disk.
pub fn load(path: &Path) -> Result<Value, Error> {
    let text = std::fs::read_to_string(path).map_err(|source| Error::Read {
        path: path.to_path_buf(),
        source,
    })?;
    parse_document(&text, &path.display().to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn flow_mapping_yaml_is_not_mistaken_for_json() {
        let doc = parse_document("{openapi: 3.1.0, info: {title: t, version: '1'}}", "x").unwrap();
        assert_eq!(doc["info"]["title"], "t");
    }

    #[test]
    fn broken_json_reports_the_json_error() {
        let e = parse_document(r#"{"openapi": "3.1.0",,}"#, "x").unwrap_err();
        assert!(e.to_string().contains("line 1"), "{e}");
    }

    #[test]
    fn scalars_and_lists_are_refused() {
        assert!(parse_document("3", "x").is_err());
        assert!(parse_document("[1, 2]", "x").is_err());
    }
}
