//! How answers are printed on stdout.
//!
//! - `imprint api` prints the body as the API sent it, as JSON: pretty on a
//!   terminal, compact otherwise; with `--all`, one item per line. A 204
//!   prints nothing.
//! - Section commands follow `--format` (table on a terminal, json
//!   otherwise): `json` pretty-prints the answer (with `--all`, one array);
//!   `jsonl` prints one line per list item (or the answer on one line);
//!   `table` prints a list as a table whose columns come from the item
//!   schema, and one object field by field (see [`table`]).
//!
//! Response bodies are the user's data and are printed as returned; what
//! must never be printed (keys, SSNs, card numbers in traces and errors) is
//! handled where traces and errors are made.

pub(crate) mod progress;
pub(crate) mod table;

use std::io::{self, Write};

use clap::ValueEnum;
use imprint_spec::refs;
use imprint_spec::{Operation, Spec};
use serde_json::Value;
use serde_json::value::RawValue;

pub(crate) use progress::Progress;
use table::Table;

/// `--format`.
#[derive(Copy, Clone, Debug, PartialEq, Eq, ValueEnum)]
pub(crate) enum Format {
    /// Pretty JSON (a list with `--all`: one array).
    Json,
    /// One JSON value per line: the items of a list.
    Jsonl,
    /// Columns for lists, field per line for one object.
    Table,
}

/// How one command prints its answer.
#[derive(Debug, Clone)]
pub(crate) enum Style {
    /// `imprint api`: JSON as sent, pretty or compact.
    Raw {
        /// Pretty-print (stdout is a terminal).
        pretty: bool,
    },
    /// Section commands: by format, with the operation's shape.
    Formatted {
        /// The format.
        format: Format,
        /// The shape of the answer.
        view: View,
    },
}

/// What the spec says of an operation's answer that printing needs.
#[derive(Debug, Clone, Default, PartialEq)]
pub(crate) struct View {
    /// The property holding the items, when the answer is a list (`data`).
    pub items: Option<String>,
    /// The columns of a table of the items.
    pub columns: Vec<String>,
    /// For a cursor list: the "more follow" flag, the item property the
    /// next page starts after, and the flag that takes it (`starting-after`).
    pub cursor: Option<(String, String, String)>,
}

impl View {
    /// The view of `op`'s success answer: a list if it pages, or if its
    /// body has an array `data`.
    pub fn of(spec: &Spec, op: &Operation) -> Self {
        let doc = spec.document();
        let Some(schema) = op.success_schema() else {
            return Self::default();
        };
        let items = match &op.pagination {
            Some(p) => Some(p.items.clone()),
            None => refs::property(doc, schema, "data")
                .filter(|d| refs::has_type(doc, d, "array"))
                .map(|_| "data".to_string()),
        };
        let Some(items) = items else {
            return Self::default();
        };
        let item_schema = refs::property(doc, schema, &items)
            .and_then(|a| a.get("items"))
            .unwrap_or(&Value::Null);
        let cursor = op.pagination.as_ref().map(|p| {
            (
                p.has_more.clone(),
                p.item_cursor.clone(),
                heck::AsKebabCase(&p.cursor).to_string(),
            )
        });
        Self {
            columns: table::columns(doc, item_schema),
            items: Some(items),
            cursor,
        }
    }
}

/// Prints one answer's body.
pub(crate) fn response(out: &mut impl Write, style: &Style, body: &[u8]) -> io::Result<()> {
    if body.iter().all(u8::is_ascii_whitespace) {
        return Ok(());
    }
    let Ok(value) = serde_json::from_slice::<Value>(body) else {
        // Not JSON: the bytes as they came.
        out.write_all(body)?;
        if !body.ends_with(b"\n") {
            writeln!(out)?;
        }
        return out.flush();
    };
    match style {
        Style::Raw { pretty } => json_line(out, &value, *pretty)?,
        Style::Formatted { format, view } => formatted(out, *format, view, &value)?,
    }
    out.flush()
}

fn formatted(out: &mut impl Write, format: Format, view: &View, value: &Value) -> io::Result<()> {
    let items = view
        .items
        .as_deref()
        .and_then(|k| value.get(k))
        .and_then(Value::as_array);
    match (format, items) {
        (Format::Json, _) => json_line(out, value, true),
        (Format::Jsonl, Some(items)) => items.iter().try_for_each(|i| json_line(out, i, false)),
        (Format::Jsonl, None) => json_line(out, value, false),
        (Format::Table, Some(items)) => {
            let columns = if view.columns.is_empty() {
                items
                    .first()
                    .map(table::columns_of_value)
                    .unwrap_or_default()
            } else {
                view.columns.clone()
            };
            let table = Table::sized_for(columns, items);
            table.header(out)?;
            table.rows(out, items)?;
            if let Some((has_more, item_cursor, flag)) = &view.cursor
                && value.get(has_more).and_then(Value::as_bool) == Some(true)
                && let Some(next) = items.last().and_then(|i| i.get(item_cursor))
            {
                writeln!(
                    out,
                    "\nmore results: --{flag} {}",
                    table::cell(Some(next), 200)
                )?;
            }
            Ok(())
        }
        (Format::Table, None) => table::vertical(out, value),
    }
}

/// One JSON value on stdout, pretty or on one line.
pub(crate) fn json_line(out: &mut impl Write, value: &Value, pretty: bool) -> io::Result<()> {
    if pretty {
        serde_json::to_writer_pretty(&mut *out, value)?;
    } else {
        serde_json::to_writer(&mut *out, value)?;
    }
    writeln!(out)
}

/// Prints the items of a list as its pages arrive (`--all`).
#[derive(Debug)]
pub(crate) struct Stream {
    style: Style,
    table: Option<Table>,
    count: usize,
}

impl Stream {
    /// A stream printed in `style`.
    pub fn new(style: Style) -> Self {
        Self {
            style,
            table: None,
            count: 0,
        }
    }

    /// Prints one page's items, given as the JSON text the server sent:
    /// written as they are for the JSON styles (one line each), so a walk
    /// neither decodes nor re-encodes them; an item spread over several
    /// lines (a pretty-printing server) is compacted first, so each stays
    /// one line. A table needs the values, and parses them.
    pub fn page(&mut self, out: &mut impl Write, items: &[Box<RawValue>]) -> io::Result<()> {
        if let Style::Formatted {
            format: Format::Table,
            view,
        } = &self.style
        {
            let values = items
                .iter()
                .map(|item| serde_json::from_str::<Value>(item.get()))
                .collect::<Result<Vec<_>, _>>()?;
            if self.table.is_none()
                && let Some(first) = values.first()
            {
                let columns = if view.columns.is_empty() {
                    table::columns_of_value(first)
                } else {
                    view.columns.clone()
                };
                let table = Table::sized_for(columns, &values);
                table.header(out)?;
                self.table = Some(table);
            }
            if let Some(table) = &self.table {
                table.rows(out, &values)?;
            }
            return out.flush();
        }
        for item in items {
            let text = item.get();
            let compacted;
            let line = if text.contains(['\n', '\r']) {
                compacted = serde_json::to_string(&serde_json::from_str::<Value>(text)?)?;
                compacted.as_str()
            } else {
                text
            };
            if let Style::Formatted {
                format: Format::Json,
                ..
            } = self.style
            {
                out.write_all(if self.count == 0 { b"[\n  " } else { b",\n  " })?;
                out.write_all(line.as_bytes())?;
                self.count += 1;
            } else {
                out.write_all(line.as_bytes())?;
                out.write_all(b"\n")?;
            }
        }
        out.flush()
    }

    /// Ends the output (closes the JSON array).
    pub fn finish(&mut self, out: &mut impl Write) -> io::Result<()> {
        if let Style::Formatted {
            format: Format::Json,
            ..
        } = self.style
        {
            out.write_all(if self.count == 0 { b"[]\n" } else { b"\n]\n" })?;
        }
        out.flush()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn printed(style: &Style, body: &str) -> String {
        let mut out = Vec::new();
        response(&mut out, style, body.as_bytes()).unwrap();
        String::from_utf8(out).unwrap()
    }

    fn list_view() -> View {
        View {
            items: Some("data".into()),
            columns: vec!["id".into(), "amount".into()],
            cursor: Some(("has_more".into(), "id".into(), "starting-after".into())),
        }
    }

    #[test]
    fn raw_prints_json_as_sent_and_nothing_for_an_empty_body() {
        let body = r#"{"b":1,"a":{"pan":"4111"}}"#;
        assert_eq!(
            printed(&Style::Raw { pretty: false }, body),
            format!("{body}\n")
        );
        assert!(printed(&Style::Raw { pretty: true }, body).contains("\n  \"b\": 1"));
        assert_eq!(printed(&Style::Raw { pretty: true }, ""), "");
        assert_eq!(
            printed(&Style::Raw { pretty: true }, "not json"),
            "not json\n"
        );
    }

    #[test]
    fn formatted_lists_as_jsonl_and_table_with_the_next_cursor() {
        let body = r#"{"data":[{"id":"R1","amount":5},{"id":"R2","amount":7}],"has_more":true}"#;
        let jsonl = Style::Formatted {
            format: Format::Jsonl,
            view: list_view(),
        };
        assert_eq!(
            printed(&jsonl, body),
            "{\"id\":\"R1\",\"amount\":5}\n{\"id\":\"R2\",\"amount\":7}\n"
        );
        let table = Style::Formatted {
            format: Format::Table,
            view: list_view(),
        };
        assert_eq!(
            printed(&table, body),
            "ID  AMOUNT\nR1  5\nR2  7\n\nmore results: --starting-after R2\n"
        );
        let one = Style::Formatted {
            format: Format::Table,
            view: View::default(),
        };
        assert_eq!(printed(&one, r#"{"id":"R1"}"#), "ID  R1\n");
    }

    #[test]
    fn a_stream_of_pages_is_one_json_array_or_one_table() {
        let raw = |v: Value| RawValue::from_string(v.to_string()).unwrap();
        let pages = [
            vec![raw(json!({"id": "a", "amount": 1}))],
            vec![],
            vec![raw(json!({"id": "b", "amount": 2}))],
        ];
        let run = |style: Style| {
            let mut s = Stream::new(style);
            let mut out = Vec::new();
            for p in &pages {
                s.page(&mut out, p).unwrap();
            }
            s.finish(&mut out).unwrap();
            String::from_utf8(out).unwrap()
        };
        let json = run(Style::Formatted {
            format: Format::Json,
            view: list_view(),
        });
        let parsed: Value = serde_json::from_str(&json).unwrap();
        assert_eq!(
            parsed,
            json!([{"id": "a", "amount": 1}, {"id": "b", "amount": 2}])
        );
        assert_eq!(
            run(Style::Raw { pretty: true }),
            "{\"id\":\"a\",\"amount\":1}\n{\"id\":\"b\",\"amount\":2}\n"
        );
        assert_eq!(
            run(Style::Formatted {
                format: Format::Table,
                view: list_view()
            }),
            "ID  AMOUNT\na   1\nb   2\n"
        );
        let empty: Value = serde_json::from_str(&{
            let mut s = Stream::new(Style::Formatted {
                format: Format::Json,
                view: list_view(),
            });
            let mut out = Vec::new();
            s.finish(&mut out).unwrap();
            String::from_utf8(out).unwrap()
        })
        .unwrap();
        assert_eq!(empty, json!([]));
    }

    #[test]
    fn items_as_text_are_printed_as_sent_one_line_each() {
        let raw = |t: &str| RawValue::from_string(t.to_owned()).unwrap();
        let page = [
            raw(r#"{"id":"a","amount":1}"#),
            // A pretty-printing server: compacted, so it stays one line.
            raw("{\n  \"id\": \"b\",\n  \"amount\": 2\n}"),
        ];
        let run = |style: Style| {
            let mut s = Stream::new(style);
            let mut out = Vec::new();
            s.page(&mut out, &page).unwrap();
            s.page(&mut out, &[]).unwrap();
            s.finish(&mut out).unwrap();
            String::from_utf8(out).unwrap()
        };
        assert_eq!(
            run(Style::Raw { pretty: false }),
            "{\"id\":\"a\",\"amount\":1}\n{\"id\":\"b\",\"amount\":2}\n"
        );
        let json: Value = serde_json::from_str(&run(Style::Formatted {
            format: Format::Json,
            view: list_view(),
        }))
        .unwrap();
        assert_eq!(
            json,
            json!([{"id": "a", "amount": 1}, {"id": "b", "amount": 2}])
        );
        assert_eq!(
            run(Style::Formatted {
                format: Format::Table,
                view: list_view()
            }),
            "ID  AMOUNT\na   1\nb   2\n"
        );
    }

    #[test]
    fn the_view_of_real_operations() {
        let spec = crate::spec::load().unwrap();
        let v = View::of(&spec, spec.operation("searchRewards").unwrap());
        assert_eq!(v.items.as_deref(), Some("data"));
        assert_eq!(v.columns[0], "id");
        assert_eq!(
            v.cursor.as_ref().map(|c| c.2.as_str()),
            Some("starting-after")
        );
        let v = View::of(&spec, spec.operation("getPaymentMethods").unwrap());
        assert_eq!(v.items.as_deref(), Some("data"), "a list without a cursor");
        assert!(v.cursor.is_none());
        assert_eq!(
            View::of(&spec, spec.operation("getReward").unwrap()),
            View::default()
        );
        assert_eq!(
            View::of(&spec, spec.operation("deleteOrder").unwrap()),
            View::default()
        );
    }
}
