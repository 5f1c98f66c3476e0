//! Typed decoders of each operation's documented error bodies.

use heck::ToUpperCamelCase;
use proc_macro2::{Ident, Literal, Span, TokenStream};
use quote::quote;

use crate::lower::OperationErrors;

/// The path, from inside `error_bodies`, of the type of component `schema`:
/// an open enum replaces progenitor's type, so it is not in `types`.
fn body_type(schema: &str, open_enums: &[&str]) -> TokenStream {
    let ty = Ident::new(&schema.to_upper_camel_case(), Span::call_site());
    if open_enums.contains(&schema) {
        quote!(super::open_enums::#ty)
    } else {
        quote!(types::#ty)
    }
}

pub(super) fn error_decoder(op: &OperationErrors, open_enums: &[&str]) -> TokenStream {
    let ident = Ident::new(
        &format!("{}Error", op.operation_id.to_upper_camel_case()),
        Span::call_site(),
    );
    let fn_doc = format!(
        "Error bodies `{}` declares. `decode` returns `None` for a status the spec gives no JSON body.",
        op.operation_id
    );
    let mut variants = Vec::new();
    let mut exact = Vec::new();
    let mut ranges = Vec::new();
    let mut default = None;
    let mut statuses = Vec::new();
    for r in &op.responses {
        let status_lit = Literal::string(&r.status);
        let schema_lit = match &r.schema {
            Some(s) => quote!(Some(#s)),
            None => quote!(None),
        };
        statuses.push(quote!((#status_lit, #schema_lit)));
        let Some(schema) = &r.schema else {
            // No JSON body: `None`, even where a range or `default` with a
            // body would otherwise match this status.
            let status = r.status.to_ascii_uppercase();
            if let Some(class) = status.strip_suffix("XX") {
                if let Ok(class) = class.parse::<u16>() {
                    ranges.push(quote!(s if s / 100 == #class => None,));
                }
            } else if let Ok(code) = status.parse::<u16>() {
                exact.push(quote!(#code => None,));
            }
            continue;
        };
        let ty = body_type(schema, open_enums);
        let variant = Ident::new(
            &match r.status.as_str() {
                "default" => "Default".to_string(),
                s if s.to_ascii_uppercase().ends_with("XX") => format!("Status{}xx", &s[..1]),
                s => format!("Status{s}"),
            },
            Span::call_site(),
        );
        let doc = format!(
            "`{}`: {}",
            r.status,
            r.description.clone().unwrap_or_default()
        );
        variants.push(quote!(#[doc = #doc] #variant(#ty)));
        let decode = quote!(Some(::serde_json::from_slice::<#ty>(body).map(Self::#variant)));
        match r.status.as_str() {
            "default" => default = Some(decode),
            s if s.to_ascii_uppercase().ends_with("XX") => {
                let class: u16 = s[..1].parse().unwrap_or(0);
                ranges.push(quote!(s if s / 100 == #class => #decode,));
            }
            s => {
                if let Ok(code) = s.parse::<u16>() {
                    exact.push(quote!(#code => #decode,));
                }
            }
        }
    }
    let default = default.unwrap_or_else(|| quote!(None));
    quote! {
        #[doc = #fn_doc]
        #[derive(Clone, Debug, PartialEq)]
        #[non_exhaustive]
        pub enum #ident {
            #(#variants,)*
        }

        impl #ident {
            /// Every error status the operation declares, with the component
            /// schema of its JSON body (`None`: no body, or not JSON).
            pub const STATUSES: &'static [(&'static str, Option<&'static str>)] = &[#(#statuses),*];

            /// Decodes `body` as the schema declared for `status`.
            #[allow(unreachable_patterns, unused_variables)]
            pub fn decode(status: u16, body: &[u8]) -> Option<::std::result::Result<Self, ::serde_json::Error>> {
                match status {
                    #(#exact)*
                    #(#ranges)*
                    _ => #default,
                }
            }
        }
    }
}
