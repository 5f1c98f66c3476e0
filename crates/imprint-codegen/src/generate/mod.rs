//! Generation: the lowered document through progenitor, plus the pieces
//! progenitor cannot produce (open enums, typed error-body decoders).

mod error_bodies;
mod httpmock;
mod open_enums;
mod operations;
mod progenitor_output;
mod webhooks;

use heck::ToUpperCamelCase;
use imprint_spec::Spec;
use proc_macro2::TokenStream;
use progenitor_impl::{
    GenerationSettings, Generator, HooksMode, InterfaceStyle, TagStyle, TypeImpl,
};
use quote::quote;

use crate::lower::{Lowered, Note, OpenEnum};
use error_bodies::error_decoder;
pub use httpmock::{RAW_CRATE, httpmock};
use open_enums::open_enum;

/// What went wrong in generation proper (after lowering).
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum GenerateError {
    /// The lowered document is not one `openapiv3` can read.
    #[error("the lowered document is not valid OpenAPI 3.0: {0}")]
    Parse(String),
    /// progenitor returned an error.
    #[error("progenitor: {0}")]
    Progenitor(String),
    /// progenitor panicked (it asserts on constructs it does not support).
    #[error("progenitor panicked: {0}")]
    Panic(String),
    /// The generated tokens are not a Rust file.
    #[error("generated code does not parse: {0}")]
    Syntax(String),
}

/// The settings we give progenitor. Kept in one function so that build.rs and
/// xtask produce identical code.
pub fn settings(open_enums: &[OpenEnum]) -> GenerationSettings {
    settings_in(open_enums, "crate")
}

/// [`settings`] for code that lives outside the raw client and names its
/// items through the crate `raw_crate` ([`RAW_CRATE`] for the httpmock
/// helpers): the same types, with the paths to the raw client's own items
/// (the open enums that replace typify's, the hooks) rooted at that crate
/// instead of at `crate`.
///
/// # Panics
///
/// If `raw_crate` is not an identifier.
pub fn settings_in(open_enums: &[OpenEnum], raw_crate: &str) -> GenerationSettings {
    let root = proc_macro2::Ident::new(raw_crate, proc_macro2::Span::call_site());
    let mut settings = GenerationSettings::new();
    settings
        .with_interface(InterfaceStyle::Builder)
        .with_tag(TagStyle::Merged)
        .with_hooks(HooksMode::Expected)
        .with_inner_type(quote!(#root::support::Hooks))
        .with_derive("schemars::JsonSchema")
        .with_derive("PartialEq")
        .with_crate(
            crate::lower::SENSITIVE_CRATE,
            progenitor_impl::CrateVers::Any,
            None,
        );
    for e in open_enums {
        let ident = e.name.to_upper_camel_case();
        settings.with_replacement(
            &ident,
            format!("{raw_crate}::open_enums::{ident}"),
            [
                TypeImpl::Display,
                TypeImpl::FromStr,
                TypeImpl::FromStringIrrefutable,
            ]
            .into_iter(),
        );
    }
    settings
}

/// Runs progenitor over the lowered document and appends our own items.
/// Returns the tokens of one Rust file. `spec` is the merged (not lowered)
/// document's index: the operation table, the request types and the
/// webhook events come from it.
pub fn generate(lowered: &Lowered, spec: &Spec) -> Result<TokenStream, GenerateError> {
    generate_with_notes(lowered, spec, &mut Vec::new())
}

/// As [`generate`], collecting what was left out (a webhook without a
/// typed payload, say) as notes.
pub fn generate_with_notes(
    lowered: &Lowered,
    spec: &Spec,
    notes: &mut Vec<Note>,
) -> Result<TokenStream, GenerateError> {
    let openapi: openapiv3::OpenAPI = serde_json::from_value(lowered.document.clone())
        .map_err(|e| GenerateError::Parse(e.to_string()))?;
    let settings = settings(&lowered.open_enums);
    let client = std::panic::catch_unwind(move || {
        let mut generator = Generator::new(&settings);
        generator.generate_tokens(&openapi)
    })
    .map_err(panic_error)?
    .map_err(|e| GenerateError::Progenitor(e.to_string()))?;

    // Parsed once; our corrections rewrite the syntax tree in place.
    let mut file =
        syn::parse2::<syn::File>(client).map_err(|e| GenerateError::Syntax(e.to_string()))?;
    optional_derive(&mut file, "JsonSchema", "schemars");
    drop_api_version_header(&mut file);
    decode_with_support(&mut file);
    let client = quote::ToTokens::to_token_stream(&file);
    let output = progenitor_output::Output::new(file);
    let ops = operations::generate(spec, &output)?;
    let (operations, requests, cursor_pages) = (ops.operations, ops.requests, ops.cursor_pages);
    let webhooks = webhooks::generate(spec, &output, notes);
    let sensitive: Vec<&str> = spec.sensitive_fields().iter().map(String::as_str).collect();
    let enums = lowered.open_enums.iter().map(open_enum);
    let open: Vec<&str> = lowered.open_enums.iter().map(|e| e.name.as_str()).collect();
    let errors = lowered.errors.iter().map(|op| error_decoder(op, &open));
    let merged_json =
        serde_json::to_string(spec.document()).map_err(|e| GenerateError::Parse(e.to_string()))?;
    let tokens = quote! {
        #client

        /// String enums of the API as open enums: a value this client does
        /// not know yet decodes as `Unknown(raw)` instead of failing the
        /// whole response.
        pub mod open_enums {
            #(#enums)*
        }

        /// Typed decoders for the error bodies each operation declares, by
        /// status. The raw client returns error bodies as bytes (progenitor
        /// allows one error type per operation); these give them back their
        /// spec types.
        pub mod error_bodies {
            #[allow(unused_imports)]
            use super::types;
            #(#errors)*
        }

        #operations

        #requests

        #cursor_pages

        #webhooks

        /// Names of the properties the spec marks sensitive (`x-sensitive`):
        /// their values are never shown in `Debug` output, error excerpts or
        /// logs.
        pub const SENSITIVE_FIELDS: &[&str] = &[#(#sensitive),*];

        /// The document this client was generated from (the spec with its
        /// overlay applied), as compact JSON: for tools that read the spec
        /// at run time (the CLI, the mock). Loading it needs no YAML parser
        /// and no overlay: about 1 ms instead of 5.
        pub const OPENAPI_JSON: &str = #merged_json;
    };
    for (what, part) in [
        ("the operation table", &operations),
        ("the request types", &requests),
        ("the cursor pages", &cursor_pages),
        ("the webhook events", &webhooks),
    ] {
        syn::parse2::<syn::File>(part.clone())
            .map_err(|e| GenerateError::Syntax(format!("{what}: {e}")))?;
    }
    syn::parse2::<syn::File>(tokens.clone()).map_err(|e| GenerateError::Syntax(e.to_string()))?;
    Ok(tokens)
}

/// progenitor asserts on constructs it does not support: its panic as an
/// error.
fn panic_error(p: Box<dyn std::any::Any + Send>) -> GenerateError {
    let msg = p
        .downcast_ref::<String>()
        .cloned()
        .or_else(|| p.downcast_ref::<&str>().map(|s| s.to_string()))
        .unwrap_or_else(|| "unknown panic".into());
    GenerateError::Panic(msg)
}

/// Moves the derive of `trait_name` (a path ending in it, e.g.
/// `schemars::JsonSchema`) out of every `#[derive(..)]` into
/// `#[cfg_attr(feature = "<feature>", derive(..))]`: the generated types
/// implement it only for crates that ask (the conformance suite compares
/// their schemas with the spec's), and users do not compile the derive.
fn optional_derive(file: &mut syn::File, trait_name: &str, feature: &str) {
    use syn::visit_mut::VisitMut;

    struct Optional<'a> {
        trait_name: &'a str,
        feature: &'a str,
    }

    impl Optional<'_> {
        fn fix(&self, attrs: &mut Vec<syn::Attribute>) {
            let mut moved = Vec::new();
            let mut after = 0;
            for (i, attr) in attrs.iter_mut().enumerate() {
                if !attr.path().is_ident("derive") {
                    continue;
                }
                let Ok(paths) = attr.parse_args_with(
                    syn::punctuated::Punctuated::<syn::Path, syn::Token![,]>::parse_terminated,
                ) else {
                    continue;
                };
                let (take, keep): (Vec<syn::Path>, Vec<syn::Path>) =
                    paths.into_iter().partition(|p| {
                        p.segments
                            .last()
                            .is_some_and(|s| s.ident == self.trait_name)
                    });
                if take.is_empty() {
                    continue;
                }
                moved.extend(take);
                *attr = syn::parse_quote!(#[derive(#(#keep),*)]);
                after = i + 1;
            }
            if !moved.is_empty() {
                // Right after the derive it came from, before the helper
                // attributes (`#[serde(..)]`) that belong to the item.
                let feature = self.feature;
                attrs.insert(
                    after,
                    syn::parse_quote!(#[cfg_attr(feature = #feature, derive(#(#moved),*))]),
                );
            }
        }
    }

    impl VisitMut for Optional<'_> {
        fn visit_item_struct_mut(&mut self, i: &mut syn::ItemStruct) {
            self.fix(&mut i.attrs);
            syn::visit_mut::visit_item_struct_mut(self, i);
        }
        fn visit_item_enum_mut(&mut self, i: &mut syn::ItemEnum) {
            self.fix(&mut i.attrs);
            syn::visit_mut::visit_item_enum_mut(self, i);
        }
    }

    Optional {
        trait_name,
        feature,
    }
    .visit_file_mut(file);
}

/// Replaces progenitor's `ResponseValue::from_response(response)` in every
/// operation with `::imprint_raw::support::from_response(response)`: the same
/// decoding with a much smaller future (see there), which every call's
/// future carries. (A test of `imprint-raw` checks that no call is left,
/// so that a progenitor upgrade cannot silently undo it.)
fn decode_with_support(file: &mut syn::File) {
    use syn::visit_mut::VisitMut;

    struct Replace;

    impl VisitMut for Replace {
        fn visit_expr_call_mut(&mut self, call: &mut syn::ExprCall) {
            syn::visit_mut::visit_expr_call_mut(self, call);
            let syn::Expr::Path(path) = call.func.as_mut() else {
                return;
            };
            let names: Vec<String> = path
                .path
                .segments
                .iter()
                .map(|s| s.ident.to_string())
                .collect();
            if names.ends_with(&["ResponseValue".to_owned(), "from_response".to_owned()]) {
                path.path = syn::parse_quote!(::imprint_raw::support::from_response);
            }
        }
    }

    Replace.visit_file_mut(file);
}

/// Removes the `api-version` header progenitor adds to every request (from
/// `info.version`): the API declares no such header. The header map it went
/// into is then created empty (no allocation).
fn drop_api_version_header(file: &mut syn::File) {
    use syn::visit_mut::VisitMut;

    struct Drop;

    fn is_api_version_append(stmt: &syn::Stmt) -> bool {
        let syn::Stmt::Expr(syn::Expr::MethodCall(call), _) = stmt else {
            return false;
        };
        call.method == "append"
            && quote::ToTokens::to_token_stream(&call.args)
                .to_string()
                .contains("\"api-version\"")
    }

    impl VisitMut for Drop {
        fn visit_block_mut(&mut self, block: &mut syn::Block) {
            let before = block.stmts.len();
            block.stmts.retain(|s| !is_api_version_append(s));
            let removed = before - block.stmts.len();
            if removed > 0 {
                for stmt in &mut block.stmts {
                    let syn::Stmt::Local(local) = stmt else {
                        continue;
                    };
                    let Some(init) = &mut local.init else {
                        continue;
                    };
                    let syn::Expr::Call(call) = init.expr.as_mut() else {
                        continue;
                    };
                    let is_with_capacity = matches!(call.func.as_ref(), syn::Expr::Path(p)
                        if p.path.segments.last().is_some_and(|s| s.ident == "with_capacity"));
                    if !is_with_capacity {
                        continue;
                    }
                    if let Some(syn::Expr::Lit(syn::ExprLit {
                        lit: syn::Lit::Int(n),
                        ..
                    })) = call.args.first_mut()
                    {
                        let capacity = n.base10_parse::<usize>().unwrap_or(removed);
                        let left = capacity.saturating_sub(removed);
                        *n = syn::LitInt::new(&format!("{left}usize"), n.span());
                        // Nothing is added to an empty map any more.
                        if left == 0
                            && let syn::Pat::Ident(ident) = &mut local.pat
                        {
                            ident.mutability = None;
                        }
                    }
                }
            }
            syn::visit_mut::visit_block_mut(self, block);
        }
    }

    Drop.visit_file_mut(file);
}

/// Formats tokens as source text.
pub fn format(tokens: TokenStream) -> Result<String, GenerateError> {
    let file =
        syn::parse2::<syn::File>(tokens).map_err(|e| GenerateError::Syntax(e.to_string()))?;
    Ok(prettyplease::unparse(&file))
}
