//! Tables for `--format table`, derived from the spec rather than written
//! per type.
//!
//! - A list gets one row per item, with the columns that matter for its
//!   item type: the item schema's scalar top-level properties (strings,
//!   numbers, booleans, enums), `id` first, then in schema order, at most
//!   [`MAX_COLUMNS`]. Sensitive fields (an SSN's last digits, a date of
//!   birth) are left out of list tables: they are for `--format json`, not
//!   for a screen someone may be looking at.
//! - One object is printed as `FIELD  value` lines, every top-level field,
//!   nested values as compact JSON: a created key or a session's client
//!   secret is what the user asked for and is shown.
//!
//! Cells are cut at [`MAX_CELL`] characters, except ids (`id`, `*_id`),
//! which are there to be copied; control characters are replaced, so a
//! value from the server cannot break the layout or send escape sequences
//! to the terminal.

use std::io::{self, Write};

use imprint_spec::refs::{self, has_type};
use serde_json::Value;

/// Columns of a list table, at most.
pub(crate) const MAX_COLUMNS: usize = 8;
/// Characters of a list cell, at most (longer values end with `…`), except
/// in id columns.
pub(crate) const MAX_CELL: usize = 40;

/// The widest a cell of `column` may be: ids are never cut.
fn max_cell(column: &str) -> usize {
    if column == "id" || column.ends_with("_id") {
        usize::MAX
    } else {
        MAX_CELL
    }
}

/// The columns of a table of `item_schema` items (see the module docs).
pub(crate) fn columns(doc: &Value, item_schema: &Value) -> Vec<String> {
    let mut out: Vec<String> = refs::properties(doc, item_schema)
        .into_iter()
        .filter(|(name, prop)| is_scalar(doc, prop) && !imprint::redaction::is_sensitive(name))
        .map(|(name, _)| name.to_string())
        .collect();
    put_id_first(&mut out);
    out.truncate(MAX_COLUMNS);
    out
}

/// Columns for items whose schema says nothing: the first item's scalar
/// fields.
pub(crate) fn columns_of_value(item: &Value) -> Vec<String> {
    let mut out: Vec<String> = item
        .as_object()
        .into_iter()
        .flatten()
        .filter(|(k, v)| {
            !matches!(v, Value::Object(_) | Value::Array(_)) && !imprint::redaction::is_sensitive(k)
        })
        .map(|(k, _)| k.clone())
        .collect();
    put_id_first(&mut out);
    out.truncate(MAX_COLUMNS);
    out
}

fn put_id_first(columns: &mut Vec<String>) {
    if let Some(i) = columns.iter().position(|c| c == "id") {
        let id = columns.remove(i);
        columns.insert(0, id);
    }
}

/// Whether a property holds one printable value: a string, number, boolean,
/// or an enum or const without a declared type.
fn is_scalar(doc: &Value, schema: &Value) -> bool {
    let resolved = refs::resolve(doc, schema);
    if has_type(doc, schema, "object") || has_type(doc, schema, "array") {
        return false;
    }
    ["string", "integer", "number", "boolean"]
        .iter()
        .any(|t| has_type(doc, schema, t))
        || resolved.get("enum").is_some()
        || resolved.get("const").is_some()
}

/// A list table: its columns and their widths, fixed by the first rows it
/// sees (a stream is printed as it arrives).
#[derive(Debug, Clone)]
pub(crate) struct Table {
    columns: Vec<String>,
    widths: Vec<usize>,
}

impl Table {
    /// A table of `columns` sized for `rows` (the first page).
    pub fn sized_for(columns: Vec<String>, rows: &[Value]) -> Self {
        let widths = columns
            .iter()
            .map(|c| {
                rows.iter()
                    .map(|r| cell(r.get(c), max_cell(c)).chars().count())
                    .chain([c.len()])
                    .max()
                    .unwrap_or(0)
            })
            .collect();
        Self { columns, widths }
    }

    /// The header line.
    pub fn header(&self, out: &mut impl Write) -> io::Result<()> {
        let cells: Vec<String> = self.columns.iter().map(|c| c.to_uppercase()).collect();
        self.line(out, &cells)
    }

    /// One row per item.
    pub fn rows(&self, out: &mut impl Write, items: &[Value]) -> io::Result<()> {
        for item in items {
            let cells: Vec<String> = self
                .columns
                .iter()
                .map(|c| cell(item.get(c), max_cell(c)))
                .collect();
            self.line(out, &cells)?;
        }
        Ok(())
    }

    fn line(&self, out: &mut impl Write, cells: &[String]) -> io::Result<()> {
        let mut line = String::new();
        for (i, (c, w)) in cells.iter().zip(&self.widths).enumerate() {
            if i + 1 == cells.len() {
                line.push_str(c);
            } else {
                line.push_str(c);
                let pad = w.saturating_sub(c.chars().count()) + 2;
                line.extend(std::iter::repeat_n(' ', pad));
            }
        }
        writeln!(out, "{}", line.trim_end())
    }
}

/// One object as `FIELD  value` lines; anything else as one cell.
pub(crate) fn vertical(out: &mut impl Write, value: &Value) -> io::Result<()> {
    let Some(map) = value.as_object() else {
        return writeln!(out, "{}", cell(Some(value), usize::MAX));
    };
    let width = map.keys().map(|k| k.len()).max().unwrap_or(0);
    for (k, v) in map {
        let line = format!(
            "{:<width$}  {}",
            k.to_uppercase(),
            cell(Some(v), usize::MAX)
        );
        writeln!(out, "{}", line.trim_end())?;
    }
    Ok(())
}

/// A value as a table cell: strings bare, other scalars as JSON, objects
/// and arrays as compact JSON, `null` and missing as nothing; control
/// characters replaced; cut at `max` characters.
pub(crate) fn cell(value: Option<&Value>, max: usize) -> String {
    let text = match value {
        None | Some(Value::Null) => String::new(),
        Some(Value::String(s)) => s.clone(),
        Some(other) => other.to_string(),
    };
    let clean: String = text
        .chars()
        .map(|c| if c.is_control() { ' ' } else { c })
        .collect();
    if clean.chars().count() <= max {
        return clean;
    }
    let mut cut: String = clean.chars().take(max.saturating_sub(1)).collect();
    cut.push('…');
    cut
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn columns_are_scalars_id_first_without_secrets() {
        let doc = json!({"components": {"schemas": {
            "Status": {"type": "string", "enum": ["A", "B"]},
            "Base": {"properties": {"created_at": {"type": "string"}, "id": {"type": "string"}}},
            "Thing": {"allOf": [{"$ref": "#/components/schemas/Base"}, {"properties": {
                "amount": {"type": "integer"},
                "status": {"$ref": "#/components/schemas/Status"},
                "ssn4": {"type": "string"},
                "address": {"type": "object"},
                "tags": {"type": "array"},
                "note": {"type": ["string", "null"]},
            }}]},
        }}});
        let cols = columns(&doc, &json!({"$ref": "#/components/schemas/Thing"}));
        assert_eq!(cols, ["id", "created_at", "amount", "status", "note"]);
    }

    #[test]
    fn the_real_item_types_get_useful_columns() {
        let spec = crate::spec::load().unwrap();
        let doc = spec.document();
        let customer = columns(doc, &json!({"$ref": "#/components/schemas/Customer"}));
        assert_eq!(customer[0], "id");
        assert!(customer.contains(&"email".to_string()), "{customer:?}");
        assert!(!customer.iter().any(|c| c == "ssn4" || c == "date_of_birth"));
        let reward = columns(doc, &json!({"$ref": "#/components/schemas/Reward"}));
        assert_eq!(
            reward[..4],
            ["id", "customer_id", "transaction_event_id", "amount"]
        );
        assert!(reward.len() <= MAX_COLUMNS);
        // allOf-composed items (orders) still get columns.
        assert!(!columns(doc, &json!({"$ref": "#/components/schemas/Order"})).is_empty());
    }

    #[test]
    fn rows_line_up_and_cells_are_cut_and_cleaned() {
        let long_id = format!("TXIN-{}", "0".repeat(40));
        let rows = vec![
            json!({"id": "A", "amount": 5, "note": "x\u{1b}[31mred"}),
            json!({"id": "LONGER-ID", "amount": null, "note": "n".repeat(60)}),
            json!({"id": long_id, "amount": 1, "note": ""}),
        ];
        let t = Table::sized_for(vec!["id".into(), "amount".into(), "note".into()], &rows);
        let mut out = Vec::new();
        t.header(&mut out).unwrap();
        t.rows(&mut out, &rows).unwrap();
        let text = String::from_utf8(out).unwrap();
        let lines: Vec<&str> = text.lines().collect();
        let id_width = long_id.len() + 2;
        assert_eq!(lines[0], format!("{:<id_width$}AMOUNT  NOTE", "ID"));
        assert_eq!(lines[1], format!("{:<id_width$}5       x [31mred", "A"));
        let note = lines[2].rsplit(' ').next().unwrap();
        assert!(
            note.ends_with('…') && note.chars().count() == MAX_CELL,
            "{note}"
        );
        assert!(
            lines[3].starts_with(&format!("{long_id}  1")),
            "ids are never cut: {}",
            lines[3]
        );
        assert!(!text.contains('\u{1b}'));
    }

    #[test]
    fn one_object_is_printed_field_by_field() {
        let mut out = Vec::new();
        vertical(
            &mut out,
            &json!({"key": "sk_new", "meta": {"a": 1}, "n": null}),
        )
        .unwrap();
        assert_eq!(
            String::from_utf8(out).unwrap(),
            "KEY   sk_new\nMETA  {\"a\":1}\nN\n"
        );
    }
}
