//! The webhook event enum: one variant per webhook of the spec whose
//! payload names itself with a single `object` value, dispatched on that
//! value, plus `Unknown` for event types added later.

use heck::{ToSnakeCase, ToUpperCamelCase};
use imprint_spec::Spec;
use proc_macro2::{Ident, Span, TokenStream};
use quote::quote;

use super::progenitor_output::{Output, Shape, generic_args};
use crate::lower::Note;

pub(super) fn generate(spec: &Spec, output: &Output, notes: &mut Vec<Note>) -> TokenStream {
    let mut variants = Vec::new();
    let mut decode_arms = Vec::new();
    let mut object_arms = Vec::new();
    let mut name_arms = Vec::new();
    let mut serialize_arms = Vec::new();
    let mut debug_arms = Vec::new();
    let mut id_arms = Vec::new();
    let mut descriptors = Vec::new();
    for hook in spec.webhooks() {
        let pointer = format!("/webhooks/{}", imprint_spec::refs::escape(&hook.name));
        let (Some(schema), Some(object)) = (&hook.payload_schema, &hook.object) else {
            notes.push(Note {
                pointer,
                message: "no payload schema with a single `object` value; events of this webhook decode as `Event::Unknown`".into(),
            });
            continue;
        };
        let type_name = schema.to_upper_camel_case();
        if !output.has_type(&type_name) {
            notes.push(Note {
                pointer,
                message: format!("payload type {type_name} was not generated; its events decode as `Event::Unknown`"),
            });
            continue;
        }
        let variant = Ident::new(&hook.name.to_upper_camel_case(), Span::call_site());
        let ty = Ident::new(&type_name, Span::call_site());
        let name = &hook.name;
        let op_id = hook.operation_id.clone().unwrap_or_default();
        let summary = hook.summary.clone().unwrap_or_default();
        let doc = format!(
            "The `{name}` webhook (`{op_id}`): {summary}. Its payload's `object` is `{object}`."
        );
        variants.push(quote! { #[doc = #doc] #variant(types::#ty), });
        decode_arms.push(quote! {
            ::std::option::Option::Some(#object) => ::serde_json::from_value(value).map(Self::#variant),
        });
        object_arms.push(quote! { Self::#variant(_) => ::std::option::Option::Some(#object), });
        name_arms.push(quote! { Self::#variant(_) => ::std::option::Option::Some(#name), });
        serialize_arms.push(quote! { Self::#variant(payload) => payload.serialize(serializer), });
        let label = variant.to_string();
        debug_arms.push(
            quote! { Self::#variant(payload) => f.debug_tuple(#label).field(payload).finish(), },
        );
        let id = match data_id(output, &type_name, object) {
            Some(field) => {
                let field = Ident::new(&field, Span::call_site());
                quote! {
                    Self::#variant(payload) => payload
                        .data
                        .as_ref()
                        .and_then(|d| crate::support::field::FieldCursor::cursor(&d.#field)),
                }
            }
            None => quote! { Self::#variant(_) => ::std::option::Option::None, },
        };
        id_arms.push(id);
        descriptors.push(quote! {
            WebhookDescriptor { name: #name, operation_id: #op_id, object: #object, payload_schema: #schema },
        });
    }
    let count = descriptors.len();
    quote! {
        /// The events Imprint sends to a partner's webhook endpoint, as the
        /// spec's `webhooks` section describes them. Verify a delivery's
        /// signature before decoding it (the facade's `imprint::webhooks`
        /// does both).
        pub mod webhooks {
            #[allow(unused_imports)]
            use super::types;

            /// What the spec says of one webhook.
            #[derive(Clone, Copy, Debug, PartialEq, Eq)]
            #[non_exhaustive]
            pub struct WebhookDescriptor {
                /// Its name under `webhooks` (`Transaction`).
                pub name: &'static str,
                /// Its operation id (`hookTransactionStatus`).
                pub operation_id: &'static str,
                /// The payload's `object` value (`TRANSACTION`).
                pub object: &'static str,
                /// The payload's component schema.
                pub payload_schema: &'static str,
            }

            /// Every webhook with a typed payload, in spec order.
            pub const ALL: [WebhookDescriptor; #count] = [#(#descriptors)*];

            /// One webhook event, decoded by its payload's `object` value.
            /// `Debug` shows a known event as its typed payload (sensitive
            /// fields redacted), an unknown one by its `object` and id only.
            #[derive(Clone, PartialEq)]
            #[non_exhaustive]
            pub enum Event {
                #(#variants)*
                /// An event this version of the client does not know (or one
                /// without an `object`): the payload as JSON.
                Unknown(::serde_json::Value),
            }

            impl Event {
                /// Decodes a payload: a known `object` value must decode as
                /// its type (an error otherwise); any other value, or none,
                /// gives [`Event::Unknown`].
                pub fn from_value(value: ::serde_json::Value) -> ::std::result::Result<Self, ::serde_json::Error> {
                    match value.get("object").and_then(::serde_json::Value::as_str) {
                        #(#decode_arms)*
                        _ => ::std::result::Result::Ok(Self::Unknown(value)),
                    }
                }

                /// Decodes a payload from JSON bytes (see [`Event::from_value`]).
                pub fn from_slice(bytes: &[u8]) -> ::std::result::Result<Self, ::serde_json::Error> {
                    Self::from_value(::serde_json::from_slice(bytes)?)
                }

                /// The payload's `object` value (`TRANSACTION`), if it has one.
                pub fn object(&self) -> ::std::option::Option<&str> {
                    match self {
                        #(#object_arms)*
                        Self::Unknown(v) => v.get("object").and_then(::serde_json::Value::as_str),
                    }
                }

                /// The id of what the event is about: the payload's
                /// `data.<object>_id` (`transaction_id`, `reward_id`, ...), else
                /// its `event_id`, else its `customer_id`.
                pub fn id(&self) -> ::std::option::Option<&str> {
                    match self {
                        #(#id_arms)*
                        Self::Unknown(v) => {
                            let data = v.get("data")?;
                            let object = v.get("object").and_then(::serde_json::Value::as_str).unwrap_or_default();
                            let own = format!("{}_id", object.to_ascii_lowercase());
                            [own.as_str(), "event_id", "customer_id"]
                                .iter()
                                .find_map(|k| data.get(*k).and_then(::serde_json::Value::as_str))
                        }
                    }
                }

                /// The spec's name of the webhook (`Transaction`); `None` for
                /// an unknown event.
                pub fn webhook(&self) -> ::std::option::Option<&'static str> {
                    match self {
                        #(#name_arms)*
                        Self::Unknown(_) => ::std::option::Option::None,
                    }
                }
            }

            impl ::std::fmt::Debug for Event {
                fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                    match self {
                        #(#debug_arms)*
                        // Plain JSON, with no types to redact by.
                        Self::Unknown(_) => f
                            .debug_struct("Unknown")
                            .field("object", &self.object())
                            .field("id", &self.id())
                            .finish_non_exhaustive(),
                    }
                }
            }

            impl ::serde::Serialize for Event {
                fn serialize<S: ::serde::Serializer>(&self, serializer: S) -> ::std::result::Result<S::Ok, S::Error> {
                    match self {
                        #(#serialize_arms)*
                        Self::Unknown(value) => value.serialize(serializer),
                    }
                }
            }
        }
    }
}

/// The Rust name of the id field in a payload's `data`: `<object>_id`, else
/// `event_id`, else `customer_id`, if the data type has it as a string.
fn data_id(output: &Output, payload_type: &str, object: &str) -> Option<String> {
    let Shape::Struct(payload) = output.shape(payload_type) else {
        return None;
    };
    let (_, data_ty) = payload.get("data")?;
    let data_ty = generic_args(data_ty, "Option")
        .and_then(|mut a| a.pop())
        .unwrap_or_else(|| data_ty.clone());
    let syn::Type::Path(path) = &data_ty else {
        return None;
    };
    let data_name = path.path.segments.last()?.ident.to_string();
    let Shape::Struct(fields) = output.shape(&data_name) else {
        return None;
    };
    let own = format!("{}_id", object.to_snake_case());
    [own.as_str(), "event_id", "customer_id"]
        .iter()
        .find_map(|k| fields.get(*k))
        .filter(|(_, ty)| {
            let text = quote::ToTokens::to_token_stream(ty).to_string();
            text.contains("String")
        })
        .map(|(rust, _)| rust.clone())
}
