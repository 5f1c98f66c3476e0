//! Open enums: every string enum of the spec, with an `Unknown(String)`
//! variant so a value added upstream decodes instead of failing.

use heck::ToUpperCamelCase;
use proc_macro2::{Ident, Literal, Span, TokenStream};
use quote::quote;

use crate::lower::OpenEnum;

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

pub(super) fn open_enum(e: &OpenEnum) -> TokenStream {
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

        #[cfg(feature = "schemars")]
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
