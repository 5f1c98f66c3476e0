//! Per-operation items, all derived from the spec index and progenitor's
//! output:
//!
//! - `operations`: one `OperationDescriptor` constant per operation (id,
//!   method, path template, section, idempotency, cursor list), and `ALL`;
//! - `requests`: an owned, `'static` request type per operation, with
//!   `support::Request` (how to send it through the raw client) and, for a
//!   cursor list, `support::CursorRequest` (how to move its cursor);
//! - `CursorPage` impls for the list bodies cursor lists return.

use std::collections::BTreeSet;

use heck::{ToShoutySnakeCase, ToSnakeCase, ToUpperCamelCase};
use imprint_spec::{Location, Operation, Spec};
use proc_macro2::{Ident, Span, TokenStream};
use quote::{ToTokens, quote};
use syn::Type;

use super::GenerateError;
use super::progenitor_output::{Builder, BuilderParam, Output, Shape, generic_args};

/// The Rust identifier progenitor and typify give a JSON name.
fn rust_name(json: &str) -> String {
    let snake = json.to_snake_case();
    match syn::parse_str::<Ident>(&snake) {
        Ok(_) => snake,
        Err(_) => format!("{snake}_"),
    }
}

fn ident(name: &str) -> Ident {
    Ident::new(name, Span::call_site())
}

fn option_str(s: Option<&str>) -> TokenStream {
    match s {
        Some(s) => quote!(::std::option::Option::Some(#s)),
        None => quote!(::std::option::Option::None),
    }
}

fn doc_text(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The constant name of an operation in `operations`.
pub(super) fn const_name(op: &Operation) -> Ident {
    ident(&op.id.to_shouty_snake_case())
}

pub(super) struct Generated {
    pub(super) operations: TokenStream,
    pub(super) requests: TokenStream,
    pub(super) cursor_pages: TokenStream,
}

pub(super) fn generate(spec: &Spec, output: &Output) -> Result<Generated, GenerateError> {
    let mut consts = Vec::new();
    let mut names = Vec::new();
    let mut requests = Vec::new();
    let mut pages = Vec::new();
    let mut paged_types = BTreeSet::new();
    for op in spec.operations() {
        let name = const_name(op);
        let (id, method, path, section) = (&op.id, &op.method, &op.path, &op.section);
        let summary = op.summary.as_deref().map(doc_text).unwrap_or_default();
        let (idempotent, deprecated, sandbox_only) =
            (op.idempotent, op.deprecated, op.sandbox_only);
        let pagination = match &op.pagination {
            Some(p) => {
                let (cursor, items, has_more, item_cursor) =
                    (&p.cursor, &p.items, &p.has_more, &p.item_cursor);
                let in_body = p.cursor_location == Location::Body;
                let limit = option_str(p.limit.as_ref().map(|(_, name)| name.as_str()));
                let total = option_str(p.total.as_deref());
                quote! {
                    ::std::option::Option::Some(crate::support::CursorFields {
                        cursor: #cursor,
                        in_body: #in_body,
                        limit: #limit,
                        items: #items,
                        has_more: #has_more,
                        item_cursor: #item_cursor,
                        total: #total,
                    })
                }
            }
            None => quote!(::std::option::Option::None),
        };
        let doc = format!("`{method} {path}` (`{id}`): {summary}");
        consts.push(quote! {
            #[doc = #doc]
            pub const #name: OperationDescriptor = OperationDescriptor {
                id: #id,
                method: #method,
                path: #path,
                section: #section,
                summary: #summary,
                idempotent: #idempotent,
                pagination: #pagination,
                deprecated: #deprecated,
                sandbox_only: #sandbox_only,
            };
        });
        names.push(name);

        let builder = output.builder(&op.id.to_upper_camel_case())?;
        requests.push(request(op, &builder, output)?);
        if op.pagination.is_some() {
            let key = builder.output.to_token_stream().to_string();
            if paged_types.insert(key) {
                pages.push(cursor_page(op, &builder, output)?);
            }
        }
    }
    let count = names.len();
    Ok(Generated {
        operations: quote! {
            /// Every operation of the spec: what the facade needs to trace, retry
            /// and page a call, without restating it by hand.
            pub mod operations {
                use crate::support::OperationDescriptor;
                #(#consts)*
                /// Every operation, in spec order.
                pub const ALL: [&OperationDescriptor; #count] = [#(&#names),*];
                /// The operation with this `operationId`.
                pub fn find(id: &str) -> Option<&'static OperationDescriptor> {
                    ALL.iter().copied().find(|o| o.id == id)
                }
            }
        },
        requests: quote! {
            /// One owned request type per operation: its path and query
            /// parameters as fields, and its body. Send one with the facade's
            /// `Client::send` (or, for a cursor list, stream it with
            /// `Client::stream`), or with [`crate::support::Request::send`] on the
            /// raw client.
            pub mod requests {
                #[allow(unused_imports)]
                use super::{ByteStream, Error, ResponseValue, types};
                #(#requests)*
            }
        },
        cursor_pages: quote! {
            #[allow(unused_imports)]
            mod cursor_pages {
                use super::types::*;
                use crate::support::field::{FieldCount, FieldCursor, FieldFlag, FieldItems};
                #(#pages)*
            }
        },
    })
}

/// A parameter of a request type, joined with what the spec says of it.
struct Field<'a> {
    param: &'a BuilderParam,
    location: &'static str,
    description: Option<String>,
    /// Required from the caller: `new` takes it.
    required: bool,
}

fn fields<'a>(op: &Operation, builder: &'a Builder) -> Vec<Field<'a>> {
    builder
        .params
        .iter()
        .map(|param| {
            if param.name == "body" {
                // progenitor starts every body at its builder's default, so
                // the spec decides: a required body is an argument of `new`.
                let required = op.request_body.as_ref().is_some_and(|b| b.required);
                return Field {
                    param,
                    location: "body",
                    description: Some("The request body.".into()),
                    required,
                };
            }
            let spec = op
                .parameters
                .iter()
                .find(|p| rust_name(&p.name) == param.name);
            Field {
                param,
                location: spec.map_or("", |p| p.location.as_str()),
                description: spec.and_then(|p| p.description.as_deref().map(doc_text)),
                required: !param.optional && !param.defaulted,
            }
        })
        .collect()
}

fn request(
    op: &Operation,
    builder: &Builder,
    output: &Output,
) -> Result<TokenStream, GenerateError> {
    let name = ident(&op.id.to_upper_camel_case());
    let konst = const_name(op);
    let method = ident(&op.id.to_snake_case());
    let fields = fields(op, builder);
    let output_ty = &builder.output;
    let error_ty = &builder.error_body;

    let mut decls = Vec::new();
    let mut new_args = Vec::new();
    let mut new_inits = Vec::new();
    let mut setters = Vec::new();
    let mut sends = Vec::new();
    let mut path_visits = Vec::new();
    for f in &fields {
        let field = ident(&f.param.name);
        let ty = &f.param.ty;
        let mut doc = match (f.location, &f.description) {
            ("body", _) => "The request body.".to_string(),
            (loc, Some(d)) => format!("{} ({loc} parameter).", d.trim_end_matches('.')),
            (loc, None) => format!("The `{}` {loc} parameter.", f.param.name),
        };
        if f.required {
            decls.push(quote! { #[doc = #doc] pub #field: #ty, });
            new_args.push(quote! { #field: impl ::std::convert::Into<#ty> });
            new_inits.push(quote! { #field: #field.into(), });
            sends.push(quote! { let builder = builder.#field(self.#field); });
        } else {
            if f.location == "body" && f.param.defaulted {
                // progenitor's builder starts with the body's default and
                // always sends a body: say what goes on the wire.
                doc.push_str(
                    " Optional: `None` sends the body type's default (`{}` for an object of optional fields), as the generated client always sends a body.",
                );
            } else {
                doc.push_str(" Optional: not sent when `None`.");
            }
            decls.push(quote! { #[doc = #doc] pub #field: ::std::option::Option<#ty>, });
            new_inits.push(quote! { #field: ::std::option::Option::None, });
            let setter_doc = format!("Sets `{}`.", f.param.name);
            setters.push(quote! {
                #[doc = #setter_doc]
                #[must_use]
                pub fn #field(mut self, value: impl ::std::convert::Into<#ty>) -> Self {
                    self.#field = ::std::option::Option::Some(value.into());
                    self
                }
            });
            sends.push(quote! {
                let builder = match self.#field {
                    ::std::option::Option::Some(v) => builder.#field(v),
                    ::std::option::Option::None => builder,
                };
            });
        }
        if f.location == "path" {
            let json = op
                .params_in(Location::Path)
                .find(|p| rust_name(&p.name) == f.param.name)
                .map_or(f.param.name.clone(), |p| p.name.clone());
            let value = if is_string(ty) {
                quote!(self.#field.as_str())
            } else {
                quote!(&::std::string::ToString::to_string(&self.#field))
            };
            path_visits.push(quote! { visit(#json, #value); });
        }
    }
    let summary = op.summary.as_deref().map(doc_text).unwrap_or_default();
    let doc = format!(
        "`{} {}` (`{}`): {summary}\n\nSection: {}.{}",
        op.method,
        op.path,
        op.id,
        op.section,
        if op.deprecated {
            " Deprecated by the API."
        } else {
            ""
        }
    );
    let derive_default = if fields.iter().all(|f| !f.required) {
        quote!(#[derive(Default)])
    } else {
        quote!()
    };
    let cursor = match &op.pagination {
        Some(p) => cursor_request(op, p, &name, &fields, output)?,
        None => quote!(),
    };
    Ok(quote! {
        #[doc = #doc]
        #[derive(Clone, Debug, PartialEq)]
        #derive_default
        pub struct #name {
            #(#decls)*
        }

        impl #name {
            /// A request with its required values; optional ones are unset.
            pub fn new(#(#new_args),*) -> Self {
                Self { #(#new_inits)* }
            }
            #(#setters)*
        }

        impl crate::support::Request for #name {
            type Output = #output_ty;
            type ErrorBody = #error_ty;
            const OPERATION: &'static crate::support::OperationDescriptor =
                &super::operations::#konst;

            fn send(
                self,
                client: &super::Client,
            ) -> impl ::std::future::Future<
                Output = ::std::result::Result<ResponseValue<Self::Output>, Error<Self::ErrorBody>>,
            > + Send + '_ {
                let builder = client.#method();
                #(#sends)*
                builder.send()
            }

            #[allow(unused_variables)]
            fn visit_path_params(&self, visit: &mut dyn FnMut(&'static str, &str)) {
                #(#path_visits)*
            }
        }

        #cursor
    })
}

fn is_string(ty: &Type) -> bool {
    matches!(ty, Type::Path(p) if p.path.segments.last().is_some_and(|s| s.ident == "String"))
}

/// The last path segment of a type (`types::Foo` → `Foo`).
fn type_name(ty: &Type) -> Option<String> {
    match ty {
        Type::Path(p) => p.path.segments.last().map(|s| s.ident.to_string()),
        _ => None,
    }
}

fn cursor_request(
    op: &Operation,
    p: &imprint_spec::Pagination,
    name: &Ident,
    fields: &[Field<'_>],
    output: &Output,
) -> Result<TokenStream, GenerateError> {
    let fail = |m: String| GenerateError::Progenitor(format!("{}: {m}", op.id));
    // Where the cursor and the limit live: a field of the request, or of its body.
    let place = |json: &str, location: Location| -> Result<TokenStream, GenerateError> {
        match location {
            Location::Body => {
                let body = fields
                    .iter()
                    .find(|f| f.param.name == "body")
                    .ok_or_else(|| fail("the cursor is in the body, but there is none".into()))?;
                let body_name = type_name(&body.param.ty)
                    .ok_or_else(|| fail("cannot name the body type".into()))?;
                let Shape::Struct(props) = output.shape(&body_name) else {
                    return Err(fail(format!("the body type {body_name} is not a struct")));
                };
                let (rust, _) = props
                    .get(json)
                    .ok_or_else(|| fail(format!("the body type {body_name} has no `{json}`")))?;
                let rust = ident(rust);
                Ok(if body.required {
                    quote!(self.body.#rust)
                } else {
                    quote!(self.body.get_or_insert_with(::std::default::Default::default).#rust)
                })
            }
            _ => {
                let rust = ident(&rust_name(json));
                Ok(quote!(self.#rust))
            }
        }
    };
    let cursor_mut = place(&p.cursor, p.cursor_location)?;
    // Reading must not insert a default body.
    let cursor_ref = match (
        p.cursor_location,
        fields.iter().find(|f| f.param.name == "body"),
    ) {
        (Location::Body, Some(body)) if !body.required => {
            let rust = ident(&rust_name(&p.cursor));
            quote!(self.body.as_ref().and_then(|b| FieldCursor::cursor(&b.#rust)))
        }
        _ => quote!(FieldCursor::cursor(&#cursor_mut)),
    };
    let set_limit = match &p.limit {
        Some((location, json)) => {
            let place = place(json, *location)?;
            quote!(#place = crate::support::field::FieldLimit::from_limit(limit);)
        }
        None => quote!(let _ = limit;),
    };
    Ok(quote! {
        impl crate::support::CursorRequest for #name {
            fn cursor(&self) -> ::std::option::Option<&str> {
                use crate::support::field::FieldCursor;
                #cursor_ref
            }
            fn set_cursor(&mut self, cursor: ::std::option::Option<::std::string::String>) {
                #cursor_mut = cursor.map(::std::convert::Into::into);
            }
            fn set_limit(&mut self, limit: ::std::num::NonZeroU32) {
                #set_limit
            }
        }
    })
}

fn cursor_page(
    op: &Operation,
    builder: &Builder,
    output: &Output,
) -> Result<TokenStream, GenerateError> {
    let p = op
        .pagination
        .as_ref()
        .ok_or_else(|| GenerateError::Progenitor("not a list".into()))?;
    let fail = |m: String| GenerateError::Progenitor(format!("{}: {m}", op.id));
    let list_name =
        type_name(&builder.output).ok_or_else(|| fail("cannot name the list type".into()))?;
    let Shape::Struct(props) = output.shape(&list_name) else {
        return Err(fail(format!("the list type {list_name} is not a struct")));
    };
    let field = |json: &str| -> Result<(Ident, Type), GenerateError> {
        props
            .get(json)
            .map(|(rust, ty)| (ident(rust), ty.clone()))
            .ok_or_else(|| fail(format!("the list type {list_name} has no `{json}`")))
    };
    let (items, items_ty) = field(&p.items)?;
    let (has_more, _) = field(&p.has_more)?;
    let total = match &p.total {
        Some(t) => {
            let (total, _) = field(t)?;
            quote!(FieldCount::count(&self.#total))
        }
        None => quote!(None),
    };
    // Vec<Item> or Option<Vec<Item>>
    let vec = generic_args(&items_ty, "Option")
        .and_then(|mut a| a.pop())
        .unwrap_or_else(|| items_ty.clone());
    let item_ty = generic_args(&vec, "Vec")
        .and_then(|mut a| a.pop())
        .ok_or_else(|| fail(format!("`{}` of {list_name} is not a Vec", p.items)))?;
    let cursor = item_cursor(&item_ty, &p.item_cursor, output, 0).ok_or_else(|| {
        fail(format!(
            "cannot find `{}` in the list's items",
            p.item_cursor
        ))
    })?;
    let list_ident = ident(&list_name);
    Ok(quote! {
        impl crate::support::CursorPage for #list_ident {
            type Item = #item_ty;
            fn has_more(&self) -> bool {
                FieldFlag::flag(&self.#has_more)
            }
            fn total(&self) -> ::std::option::Option<i64> {
                #total
            }
            fn into_items(self) -> ::std::vec::Vec<Self::Item> {
                FieldItems::items(self.#items)
            }
            fn cursor_of(item: &Self::Item) -> ::std::option::Option<&str> {
                FieldCursor::cursor(&item #cursor)
            }
        }
    })
}

/// The field access from an item to its cursor: `.id`, or `.0.id` through a
/// newtype.
fn item_cursor(ty: &Type, json: &str, output: &Output, depth: usize) -> Option<TokenStream> {
    if depth > 4 {
        return None;
    }
    let name = type_name(ty)?;
    match output.shape(&name) {
        Shape::Struct(props) => {
            let (rust, _) = props.get(json)?;
            let rust = ident(rust);
            Some(quote!(.#rust))
        }
        Shape::Newtype(inner) => {
            let rest = item_cursor(&inner, json, output, depth + 1)?;
            Some(quote!(.0 #rest))
        }
        Shape::Other => None,
    }
}
