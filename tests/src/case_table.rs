//! The suite's case table, derived from the spec: which generated request
//! type reaches each operation, which field of it holds each parameter, and
//! which generated types hold the operation's error bodies and the
//! component schemas.
//!
//! `tests/build.rs` renders [`render`]'s output into `OUT_DIR`, and
//! `tests/conformance/cases.rs` expands it with `macro_rules!` into one case
//! per operation: an operation added to `openapi.yaml` is exercised through
//! its generated request type and `Client::send` without a hand-written
//! line. The names follow the generator's rules (UpperCamelCase of the
//! operationId for the request type and `<Type>Error` for its error
//! bodies; progenitor's snake case for fields); where the generator
//! disagrees, the suite does not compile, which names the type or field.
//!
//! The coverage checks call [`items`] and [`render`] on copies of the spec,
//! to show that an added operation would be exercised.
//!
//! This file is compiled twice: as `imprint_conformance::case_table`, and by
//! the build script through `#[path]`, so it may use only `imprint_spec`,
//! `heck` and `std`.

use heck::{ToSnakeCase, ToUpperCamelCase};
use imprint_spec::{Location, Spec};

/// Where a field of a generated request type goes on the wire.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FieldKind {
    /// A path parameter.
    Path,
    /// A query parameter.
    Query,
    /// The JSON body.
    Body,
}

impl FieldKind {
    /// The token the macros match on.
    pub fn token(self) -> &'static str {
        match self {
            Self::Path => "path",
            Self::Query => "query",
            Self::Body => "body",
        }
    }
}

/// One field of a generated request type.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Field {
    /// The Rust field name (`type_`).
    pub rust: String,
    /// Where it goes.
    pub kind: FieldKind,
    /// Its spec name (`type`; `body` for the body).
    pub json: String,
}

/// What the suite needs to reach one operation.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Item {
    /// The operationId.
    pub id: String,
    /// The generated request type, in `imprint::requests`.
    pub request: String,
    /// The generated error-body enum, in `imprint::error_bodies`.
    pub errors: String,
    /// The request type's fields.
    pub fields: Vec<Field>,
    /// `(status key, variant)` of each documented error status with a JSON
    /// body.
    pub error_variants: Vec<(String, String)>,
    /// Whether the operation is a cursor list (`Client::list` applies).
    pub cursor_list: bool,
}

/// A component schema and the name of its generated type.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Component {
    /// The schema's name in the spec.
    pub name: String,
    /// The generated type's name, in `imprint::types` or
    /// `imprint::open_enums`.
    pub rust: String,
}

/// Rust's keywords: a parameter named like one gets a `_` suffix, as
/// progenitor spells it (`type` → `type_`).
const KEYWORDS: &[&str] = &[
    "abstract", "as", "async", "await", "become", "box", "break", "const", "continue", "crate",
    "do", "dyn", "else", "enum", "extern", "false", "final", "fn", "for", "gen", "if", "impl",
    "in", "let", "loop", "macro", "match", "mod", "move", "mut", "override", "priv", "pub", "ref",
    "return", "self", "static", "struct", "super", "trait", "true", "try", "type", "typeof",
    "unsafe", "unsized", "use", "virtual", "where", "while", "yield",
];

/// The Rust name of a parameter: progenitor's snake case, keywords escaped
/// with a trailing `_`.
pub fn rust_field_name(json: &str) -> String {
    let snake = json.to_snake_case();
    if KEYWORDS.contains(&snake.as_str()) || snake.starts_with(|c: char| c.is_ascii_digit()) {
        format!("{snake}_")
    } else {
        snake
    }
}

/// The generated request type of an operation (`getCustomer` → `GetCustomer`).
pub fn request_type_name(operation_id: &str) -> String {
    operation_id.to_upper_camel_case()
}

/// The generated error-body enum of an operation (`GetCustomerError`).
pub fn error_type_name(operation_id: &str) -> String {
    format!("{}Error", operation_id.to_upper_camel_case())
}

/// The variant of an error-body enum for a status key: `Status404`,
/// `Status4xx` for a range, `Default`.
pub fn error_variant_name(status: &str) -> String {
    match status {
        "default" => "Default".to_string(),
        s if s.to_ascii_uppercase().ends_with("XX") => format!("Status{}xx", &s[..1]),
        s => format!("Status{s}"),
    }
}

/// The suite's view of every operation of `spec`, in spec order.
///
/// # Errors
///
/// An operation with a parameter the suite cannot send yet (a header or a
/// cookie), named.
pub fn items(spec: &Spec) -> Result<Vec<Item>, String> {
    let mut out = Vec::new();
    for op in spec.operations() {
        let mut fields = Vec::new();
        for p in &op.parameters {
            let kind = match p.location {
                Location::Path => FieldKind::Path,
                Location::Query => FieldKind::Query,
                other => {
                    return Err(format!(
                        "{}: {} parameter `{}`: the conformance suite sends path and query parameters and JSON bodies only; extend tests/src/case_table.rs and tests/conformance/cases.rs",
                        op.label(),
                        other.as_str(),
                        p.name
                    ));
                }
            };
            fields.push(Field {
                rust: rust_field_name(&p.name),
                kind,
                json: p.name.clone(),
            });
        }
        if op.request_body.is_some() {
            fields.push(Field {
                rust: "body".into(),
                kind: FieldKind::Body,
                json: "body".into(),
            });
        }
        let error_variants = op
            .errors()
            .filter(|r| r.json().is_some())
            .map(|r| (r.status.clone(), error_variant_name(&r.status)))
            .collect();
        out.push(Item {
            id: op.id.clone(),
            request: request_type_name(&op.id),
            errors: error_type_name(&op.id),
            fields,
            error_variants,
            cursor_list: op.pagination.is_some(),
        });
    }
    Ok(out)
}

/// Every component schema and its generated type's name.
pub fn components(spec: &Spec) -> Vec<Component> {
    spec.component_schemas()
        .into_iter()
        .map(|(name, _)| Component {
            name: name.to_string(),
            rust: name.to_upper_camel_case(),
        })
        .collect()
}

/// The macro input `tests/conformance/cases.rs` expands: `operations!`
/// (every operation), `cursor_lists!` (the cursor lists) and `components!`
/// (every component schema).
///
/// # Errors
///
/// As [`items`].
pub fn render(spec: &Spec) -> Result<String, String> {
    let items = items(spec)?;
    let mut out = String::from(
        "// Rendered by tests/build.rs from openapi.yaml and openapi.overlay.yaml\n\
         // (imprint_conformance::case_table). Not edited by hand.\n\n",
    );
    out.push_str("operations! {\n");
    for item in &items {
        out.push_str(&format!(
            "    {:?} => {} / {} {{\n        fields {{",
            item.id, item.request, item.errors
        ));
        for f in &item.fields {
            out.push_str(&format!(" {}: {} {:?},", f.rust, f.kind.token(), f.json));
        }
        out.push_str(" }\n        errors {");
        for (status, variant) in &item.error_variants {
            out.push_str(&format!(" {status:?} => {variant},"));
        }
        out.push_str(" }\n    }\n");
    }
    out.push_str("}\n\ncursor_lists! {\n");
    for item in items.iter().filter(|i| i.cursor_list) {
        out.push_str(&format!("    {:?} => {},\n", item.id, item.request));
    }
    out.push_str("}\n\ncomponents! {\n");
    for c in components(spec) {
        out.push_str(&format!("    {:?} => {},\n", c.name, c.rust));
    }
    out.push_str("}\n");
    Ok(out)
}
