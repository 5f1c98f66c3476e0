//! Generation: the lowered document through progenitor, plus the pieces
//! progenitor cannot produce (open enums, typed error-body decoders).

use heck::ToUpperCamelCase;
use proc_macro2::{Ident, Literal, Span, TokenStream};
use progenitor_impl::{
    GenerationSettings, Generator, HooksMode, InterfaceStyle, TagStyle, TypeImpl,
};
use quote::quote;

use crate::lower::{Lowered, OpenEnum, OperationErrors};

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
    let mut settings = GenerationSettings::new();
    settings
        .with_interface(InterfaceStyle::Builder)
        .with_tag(TagStyle::Merged)
        .with_hooks(HooksMode::Expected)
        .with_inner_type(quote!(crate::support::Hooks))
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
            format!("crate::open_enums::{ident}"),
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
/// Returns the tokens of one Rust file.
pub fn generate(lowered: &Lowered) -> Result<TokenStream, GenerateError> {
    let spec: openapiv3::OpenAPI = serde_json::from_value(lowered.document.clone())
        .map_err(|e| GenerateError::Parse(e.to_string()))?;
    let settings = settings(&lowered.open_enums);
    let client = std::panic::catch_unwind(move || {
        let mut generator = Generator::new(&settings);
        generator.generate_tokens(&spec)
    })
    .map_err(|p| {
        let msg = p
            .downcast_ref::<String>()
            .cloned()
            .or_else(|| p.downcast_ref::<&str>().map(|s| s.to_string()))
            .unwrap_or_else(|| "unknown panic".into());
        GenerateError::Panic(msg)
    })?
    .map_err(|e| GenerateError::Progenitor(e.to_string()))?;

    let enums = lowered.open_enums.iter().map(open_enum);
    let open: Vec<&str> = lowered.open_enums.iter().map(|e| e.name.as_str()).collect();
    let errors = lowered.errors.iter().map(|op| error_decoder(op, &open));
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
    };
    syn::parse2::<syn::File>(tokens.clone()).map_err(|e| GenerateError::Syntax(e.to_string()))?;
    Ok(tokens)
}

/// Formats tokens as source text.
pub fn format(tokens: TokenStream) -> Result<String, GenerateError> {
    let file =
        syn::parse2::<syn::File>(tokens).map_err(|e| GenerateError::Syntax(e.to_string()))?;
    Ok(prettyplease::unparse(&file))
}

fn variant_ident(value: &str, taken: &mut Vec<String>) -> Ident {
    let mut base = value.to_upper_camel_case();
    if base.is_empty() {
        base = "Empty".into();
    }
    if base.starts_with(|c: char| c.is_ascii_digit()) {
        base = format!("V{base}");
    }
    if base == "Unknown" || base == "Self" {
        base = format!("{base}Value");
    }
    let mut name = base.clone();
    let mut n = 2;
    while taken.contains(&name) {
        name = format!("{base}{n}");
        n += 1;
    }
    taken.push(name.clone());
    Ident::new(&name, Span::call_site())
}

fn open_enum(e: &OpenEnum) -> TokenStream {
    let ident = Ident::new(&e.name.to_upper_camel_case(), Span::call_site());
    let name_lit = Literal::string(&e.name);
    let mut taken = Vec::new();
    let variants: Vec<Ident> = e
        .values
        .iter()
        .map(|v| variant_ident(v, &mut taken))
        .collect();
    let values: Vec<Literal> = e.values.iter().map(|v| Literal::string(v)).collect();
    let doc = e
        .description
        .clone()
        .unwrap_or_else(|| format!("`{}` values.", e.name));
    let variant_docs: Vec<String> = e.values.iter().map(|v| format!("`{v}`")).collect();
    quote! {
        #[doc = #doc]
        ///
        /// Open enum: values the spec does not list decode as `Unknown`
        /// and serialise back unchanged.
        #[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
        #[non_exhaustive]
        pub enum #ident {
            #( #[doc = #variant_docs] #variants, )*
            /// A value this version of the client does not know; the raw string.
            Unknown(::std::string::String),
        }

        impl #ident {
            /// The values the spec lists, in spec order.
            pub const KNOWN: &'static [&'static str] = &[#(#values),*];

            /// The wire value.
            pub fn as_str(&self) -> &str {
                match self {
                    #( Self::#variants => #values, )*
                    Self::Unknown(raw) => raw.as_str(),
                }
            }

            /// True for a value the spec does not list.
            pub fn is_unknown(&self) -> bool {
                matches!(self, Self::Unknown(_))
            }
        }

        impl ::std::convert::From<&str> for #ident {
            fn from(value: &str) -> Self {
                match value {
                    #( #values => Self::#variants, )*
                    other => Self::Unknown(other.to_owned()),
                }
            }
        }

        impl ::std::convert::From<::std::string::String> for #ident {
            fn from(value: ::std::string::String) -> Self {
                match value.as_str() {
                    #( #values => Self::#variants, )*
                    _ => Self::Unknown(value),
                }
            }
        }

        impl ::std::str::FromStr for #ident {
            type Err = ::std::convert::Infallible;
            fn from_str(value: &str) -> ::std::result::Result<Self, Self::Err> {
                Ok(Self::from(value))
            }
        }

        impl ::std::fmt::Display for #ident {
            fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str(self.as_str())
            }
        }

        impl ::serde::Serialize for #ident {
            fn serialize<S: ::serde::Serializer>(&self, serializer: S) -> ::std::result::Result<S::Ok, S::Error> {
                serializer.serialize_str(self.as_str())
            }
        }

        impl<'de> ::serde::Deserialize<'de> for #ident {
            fn deserialize<D: ::serde::Deserializer<'de>>(deserializer: D) -> ::std::result::Result<Self, D::Error> {
                struct Visitor;
                impl<'de> ::serde::de::Visitor<'de> for Visitor {
                    type Value = #ident;
                    fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                        f.write_str(concat!("a string (", #name_lit, ")"))
                    }
                    fn visit_str<E: ::serde::de::Error>(self, v: &str) -> ::std::result::Result<Self::Value, E> {
                        Ok(#ident::from(v))
                    }
                    fn visit_string<E: ::serde::de::Error>(self, v: ::std::string::String) -> ::std::result::Result<Self::Value, E> {
                        Ok(#ident::from(v))
                    }
                }
                deserializer.deserialize_str(Visitor)
            }
        }

        impl ::schemars::JsonSchema for #ident {
            fn schema_name() -> ::std::string::String {
                #name_lit.to_owned()
            }
            fn json_schema(_: &mut ::schemars::r#gen::SchemaGenerator) -> ::schemars::schema::Schema {
                ::schemars::schema::SchemaObject {
                    instance_type: Some(::schemars::schema::InstanceType::String.into()),
                    enum_values: Some(vec![#( ::serde_json::Value::from(#values) ),*]),
                    ..Default::default()
                }
                .into()
            }
        }
    }
}

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

fn error_decoder(op: &OperationErrors, open_enums: &[&str]) -> TokenStream {
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
