//! Typed [`httpmock`](https://docs.rs/httpmock) stubs, one per operation:
//! progenitor's mock extension, generated from the same lowered document
//! and the same settings as the client, so that its types are the client's.
//!
//! progenitor makes, for each operation, a `When` wrapper (the method and
//! path, a setter per parameter, the body) and a `Then` wrapper (a method
//! per documented response, taking that response's type), plus a
//! `MockServerExt` trait with a method per operation on `MockServer`.
//!
//! One change to its output: the lowering turns every error response into
//! raw bytes (see [`crate::lower`]), so progenitor's stub for an error
//! status takes an untyped `serde_json::Value`. Where the spec documents the
//! error's JSON body, the stub is replaced by one that takes that body's
//! type (the one `error_bodies` decodes it as), with the same name and the
//! same status; an error without a documented body keeps the JSON value.

use heck::{ToSnakeCase, ToUpperCamelCase};
use proc_macro2::{Ident, Span, TokenStream};
use progenitor_impl::Generator;
use quote::{ToTokens, quote};
use syn::{ImplItem, Item, ItemImpl, ItemMod, Type};

use super::{GenerateError, panic_error, settings_in};
use crate::lower::{ErrorResponse, Lowered, OperationErrors};

/// The crate the helpers name the raw client's items through.
pub const RAW_CRATE: &str = "imprint_raw";

/// Generates the httpmock helpers from the lowered document: a module
/// `operations` of `When`/`Then` wrappers and the trait `MockServerExt`.
/// The tokens of one Rust file that expects [`RAW_CRATE`] and the crates
/// `httpmock`, `regex` and `serde_json`.
pub fn httpmock(lowered: &Lowered) -> Result<TokenStream, GenerateError> {
    let openapi: openapiv3::OpenAPI = serde_json::from_value(lowered.document.clone())
        .map_err(|e| GenerateError::Parse(e.to_string()))?;
    let settings = settings_in(&lowered.open_enums, RAW_CRATE);
    let tokens = std::panic::catch_unwind(move || {
        let mut generator = Generator::new(&settings);
        generator.httpmock(&openapi, RAW_CRATE)
    })
    .map_err(panic_error)?
    .map_err(|e| GenerateError::Progenitor(format!("httpmock: {e}")))?;
    let mut file = syn::parse2::<syn::File>(tokens)
        .map_err(|e| GenerateError::Syntax(format!("httpmock: {e}")))?;
    let open: Vec<&str> = lowered.open_enums.iter().map(|e| e.name.as_str()).collect();
    let operations = operations_module(&mut file)?;
    for op in &lowered.errors {
        type_error_stubs(operations, op, &open)?;
    }
    Ok(file.into_token_stream())
}

/// The items of progenitor's `pub mod operations { .. }`.
fn operations_module(file: &mut syn::File) -> Result<&mut Vec<Item>, GenerateError> {
    file.items
        .iter_mut()
        .find_map(|item| match item {
            Item::Mod(ItemMod {
                ident,
                content: Some((_, items)),
                ..
            }) if ident == "operations" => Some(items),
            _ => None,
        })
        .ok_or_else(|| {
            GenerateError::Syntax("httpmock: progenitor made no `operations` module".into())
        })
}

/// Replaces, in the `Then` wrapper of `op`, the stub of each error status
/// that has a documented JSON body with one that takes that body's type.
fn type_error_stubs(
    items: &mut [Item],
    op: &OperationErrors,
    open_enums: &[&str],
) -> Result<(), GenerateError> {
    let then = format!("{}Then", op.operation_id.to_upper_camel_case());
    let imp = items
        .iter_mut()
        .find_map(|item| match item {
            Item::Impl(imp)
                if imp.trait_.is_none() && self_ident(imp).as_deref() == Some(then.as_str()) =>
            {
                Some(imp)
            }
            _ => None,
        })
        .ok_or_else(|| {
            GenerateError::Syntax(format!(
                "httpmock: no `impl {then}` for `{}`",
                op.operation_id
            ))
        })?;
    for (name, stub) in typed_stubs(op, open_enums) {
        let slot = imp
            .items
            .iter_mut()
            .find(|item| matches!(item, ImplItem::Fn(f) if f.sig.ident == name))
            .ok_or_else(|| {
                GenerateError::Syntax(format!(
                    "httpmock: `{then}` has no stub `{name}` for an error of `{}`",
                    op.operation_id
                ))
            })?;
        *slot = syn::parse2(stub)
            .map_err(|e| GenerateError::Syntax(format!("httpmock: `{then}::{name}`: {e}")))?;
    }
    Ok(())
}

/// The type an inherent `impl` is for, when it is a bare name.
fn self_ident(imp: &ItemImpl) -> Option<String> {
    match &*imp.self_ty {
        Type::Path(p) if p.qself.is_none() => p.path.get_ident().map(ToString::to_string),
        _ => None,
    }
}

/// The typed stubs of `op`'s error statuses, by the name progenitor gives
/// the stub of that status.
fn typed_stubs(op: &OperationErrors, open_enums: &[&str]) -> Vec<(String, TokenStream)> {
    let has = |status: &str| {
        op.responses
            .iter()
            .any(|r| r.status.eq_ignore_ascii_case(status))
    };
    let mut out = Vec::new();
    for r in &op.responses {
        let Some(schema) = &r.schema else { continue };
        let ty = body_type(schema, open_enums);
        let doc = doc(r);
        let status = r.status.to_ascii_uppercase();
        // The lowering moves a `default` beside 2xx responses to `4XX` and
        // `5XX`, where the spec does not give those ranges.
        let classes: Vec<u16> = match status.as_str() {
            "DEFAULT" => [(4, "4XX"), (5, "5XX")]
                .into_iter()
                .filter(|(_, range)| !has(range))
                .map(|(class, _)| class)
                .collect(),
            s => match s.strip_suffix("XX").map(str::parse::<u16>) {
                Some(Ok(class)) => vec![class],
                Some(Err(_)) => Vec::new(),
                None => {
                    if let Some((name, stub)) = exact_stub(s, &ty, &doc) {
                        out.push((name, stub));
                    }
                    Vec::new()
                }
            },
        };
        for class in classes {
            let name = match class {
                1 => "informational",
                2 => "success",
                3 => "redirect",
                4 => "client_error",
                5 => "server_error",
                _ => continue,
            };
            let ident = Ident::new(name, Span::call_site());
            out.push((
                name.to_string(),
                quote! {
                    #[doc = #doc]
                    pub fn #ident(self, status: u16, value: &#ty) -> Self {
                        assert_eq!(status / 100u16, #class);
                        Self(self.0
                            .status(status)
                            .header("content-type", "application/json")
                            .json_body_obj(value))
                    }
                },
            ));
        }
    }
    out
}

/// The stub of one exact status: progenitor names it after the status's
/// canonical reason (`404` → `not_found`).
fn exact_stub(status: &str, ty: &TokenStream, doc: &str) -> Option<(String, TokenStream)> {
    let code: u16 = status.parse().ok()?;
    let reason = http::StatusCode::from_u16(code).ok()?.canonical_reason()?;
    let name = reason
        .replace('\'', "")
        .replace(|c: char| !c.is_alphanumeric(), "-")
        .to_snake_case();
    let ident = Ident::new(&name, Span::call_site());
    Some((
        name,
        quote! {
            #[doc = #doc]
            pub fn #ident(self, value: &#ty) -> Self {
                Self(self.0
                    .status(#code)
                    .header("content-type", "application/json")
                    .json_body_obj(value))
            }
        },
    ))
}

fn doc(r: &ErrorResponse) -> String {
    match &r.description {
        Some(d) if !d.is_empty() => format!("`{}`: {d}", r.status),
        _ => format!("`{}`", r.status),
    }
}

/// The path, from inside `operations` (which imports the raw crate's items),
/// of component `schema`'s type: an open enum replaces typify's type, so it
/// is not in `types`.
fn body_type(schema: &str, open_enums: &[&str]) -> TokenStream {
    let ty = Ident::new(&schema.to_upper_camel_case(), Span::call_site());
    if open_enums.contains(&schema) {
        quote!(open_enums::#ty)
    } else {
        quote!(types::#ty)
    }
}
