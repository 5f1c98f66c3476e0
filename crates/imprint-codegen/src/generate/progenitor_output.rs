//! Reading what progenitor generated, so that our own items use exactly its
//! types: the parameters each builder takes, what `send` returns, and the
//! fields of the model types. Reading the output (rather than predicting
//! typify's naming and type choices) keeps the two in step when either
//! changes.

use std::collections::BTreeMap;

use syn::{
    Fields, GenericArgument, Item, ItemImpl, ItemMod, ItemStruct, PathArguments, ReturnType, Type,
    WherePredicate,
};

use super::GenerateError;

/// One operation's builder, as progenitor made it.
#[derive(Clone)]
pub(super) struct Builder {
    /// The builder's setters, in struct field order (the client excluded).
    pub(super) params: Vec<BuilderParam>,
    /// `T` of `send`'s `ResponseValue<T>`.
    pub(super) output: Type,
    /// `E` of `send`'s `Error<E>`.
    pub(super) error_body: Type,
}

/// One setter of a builder.
#[derive(Clone)]
pub(super) struct BuilderParam {
    /// The setter's (and field's) name.
    pub(super) name: String,
    /// The type the setter converts into (`TryInto<T>`).
    pub(super) ty: Type,
    /// Whether the builder stores it as `Option<T>` (an optional parameter).
    pub(super) optional: bool,
    /// Whether the builder starts with a value (a defaulted body), so that
    /// not setting it is fine.
    pub(super) defaulted: bool,
}

/// A model type's fields.
#[derive(Clone)]
pub(super) enum Shape {
    /// A struct with named fields: JSON name → (Rust name, type).
    Struct(BTreeMap<String, (String, Type)>),
    /// A newtype around another type (`allOf` with one branch).
    Newtype(Type),
    /// Anything else (enum, alias).
    Other,
}

/// The parsed output.
pub(super) struct Output {
    file: syn::File,
}

impl Output {
    /// Progenitor's output, parsed (and corrected) by the caller.
    pub(super) fn new(file: syn::File) -> Self {
        Self { file }
    }

    fn module(&self, name: &str) -> &[Item] {
        self.file
            .items
            .iter()
            .find_map(|item| match item {
                Item::Mod(ItemMod {
                    ident,
                    content: Some((_, items)),
                    ..
                }) if ident == name => Some(items.as_slice()),
                _ => None,
            })
            .unwrap_or(&[])
    }

    /// The builder progenitor made for the operation whose builder struct is
    /// `name` (the operation id in upper camel case).
    pub(super) fn builder(&self, name: &str) -> Result<Builder, GenerateError> {
        let items = self.module("builder");
        let missing = |what: &str| {
            GenerateError::Progenitor(format!(
                "builder::{name}: cannot find {what} in progenitor's output"
            ))
        };
        let strukt = find_struct(items, name).ok_or_else(|| missing("the struct"))?;
        let impls: Vec<&ItemImpl> = items
            .iter()
            .filter_map(|i| match i {
                Item::Impl(im) if self_ty_is(&im.self_ty, name) => Some(im),
                _ => None,
            })
            .collect();
        let methods: Vec<&syn::ImplItemFn> = impls
            .iter()
            .flat_map(|im| im.items.iter())
            .filter_map(|i| match i {
                syn::ImplItem::Fn(f) => Some(f),
                _ => None,
            })
            .collect();
        let defaulted = defaulted_fields(&methods);
        let mut params = Vec::new();
        let Fields::Named(fields) = &strukt.fields else {
            return Err(missing("named fields"));
        };
        for field in &fields.named {
            let Some(ident) = &field.ident else { continue };
            let field_name = ident.to_string();
            if field_name == "client" {
                continue;
            }
            let setter = methods
                .iter()
                .find(|m| m.sig.ident == field_name)
                .ok_or_else(|| missing(&format!("the setter `{field_name}`")))?;
            let ty = try_into_target(setter)
                .ok_or_else(|| missing(&format!("the `TryInto` bound of `{field_name}`")))?;
            // The field is `Result<T, String>` or `Result<Option<T>, String>`.
            let optional = generic_args(&field.ty, "Result")
                .and_then(|args| args.into_iter().next())
                .is_some_and(|inner| generic_args(&inner, "Option").is_some());
            params.push(BuilderParam {
                defaulted: defaulted.contains(&field_name),
                name: field_name,
                ty,
                optional,
            });
        }
        let send = methods
            .iter()
            .find(|m| m.sig.ident == "send")
            .ok_or_else(|| missing("`send`"))?;
        let ReturnType::Type(_, ret) = &send.sig.output else {
            return Err(missing("the return type of `send`"));
        };
        let mut result = generic_args(ret, "Result").ok_or_else(|| missing("`send`'s Result"))?;
        if result.len() != 2 {
            return Err(missing("`send`'s Result<_, _>"));
        }
        let error = result.pop().ok_or_else(|| missing("`send`'s error type"))?;
        let value = result.pop().ok_or_else(|| missing("`send`'s value type"))?;
        let output = generic_args(&value, "ResponseValue")
            .and_then(|mut a| a.pop())
            .ok_or_else(|| missing("`send`'s ResponseValue<T>"))?;
        let error_body = generic_args(&error, "Error")
            .and_then(|mut a| a.pop())
            .ok_or_else(|| missing("`send`'s Error<E>"))?;
        Ok(Builder {
            params,
            output,
            error_body,
        })
    }

    /// The fields of the model type `name` in `types`.
    pub(super) fn shape(&self, name: &str) -> Shape {
        let items = self.module("types");
        let Some(strukt) = find_struct(items, name) else {
            return Shape::Other;
        };
        match &strukt.fields {
            Fields::Named(named) => {
                let mut out = BTreeMap::new();
                for f in &named.named {
                    let Some(ident) = &f.ident else { continue };
                    let rust = ident.to_string();
                    let json = serde_rename(&f.attrs).unwrap_or_else(|| rust.clone());
                    out.insert(json, (rust, f.ty.clone()));
                }
                Shape::Struct(out)
            }
            Fields::Unnamed(unnamed) if unnamed.unnamed.len() == 1 => {
                Shape::Newtype(unnamed.unnamed[0].ty.clone())
            }
            _ => Shape::Other,
        }
    }

    /// Whether `types` defines an item named `name`.
    pub(super) fn has_type(&self, name: &str) -> bool {
        self.module("types").iter().any(|i| match i {
            Item::Struct(s) => s.ident == name,
            Item::Enum(e) => e.ident == name,
            Item::Type(t) => t.ident == name,
            _ => false,
        })
    }
}

fn find_struct<'a>(items: &'a [Item], name: &str) -> Option<&'a ItemStruct> {
    items.iter().find_map(|i| match i {
        Item::Struct(s) if s.ident == name => Some(s),
        _ => None,
    })
}

fn self_ty_is(ty: &Type, name: &str) -> bool {
    matches!(ty, Type::Path(p) if p.path.segments.last().is_some_and(|s| s.ident == name))
}

/// The generic arguments of `ty` if its last path segment is `outer`.
pub(super) fn generic_args(ty: &Type, outer: &str) -> Option<Vec<Type>> {
    let Type::Path(p) = ty else { return None };
    let last = p.path.segments.last()?;
    if last.ident != outer {
        return None;
    }
    let PathArguments::AngleBracketed(args) = &last.arguments else {
        return None;
    };
    Some(
        args.args
            .iter()
            .filter_map(|a| match a {
                GenericArgument::Type(t) => Some(t.clone()),
                _ => None,
            })
            .collect(),
    )
}

/// `T` in `where V: std::convert::TryInto<T>` (or the same bound inline).
fn try_into_target(f: &syn::ImplItemFn) -> Option<Type> {
    let bounds = f
        .sig
        .generics
        .where_clause
        .iter()
        .flat_map(|w| w.predicates.iter())
        .filter_map(|p| match p {
            WherePredicate::Type(t) => Some(&t.bounds),
            _ => None,
        })
        .chain(f.sig.generics.type_params().map(|tp| &tp.bounds));
    for list in bounds {
        for bound in list {
            let syn::TypeParamBound::Trait(tb) = bound else {
                continue;
            };
            let Some(last) = tb.path.segments.last() else {
                continue;
            };
            if last.ident != "TryInto" {
                continue;
            }
            if let PathArguments::AngleBracketed(args) = &last.arguments
                && let Some(GenericArgument::Type(t)) = args.args.first()
            {
                return Some(t.clone());
            }
        }
    }
    None
}

/// Fields `new` initialises with `Ok(..)` rather than `Err(..)`:
/// progenitor starts a body with a default when its type has one, so that
/// not setting it sends the default.
fn defaulted_fields(methods: &[&syn::ImplItemFn]) -> Vec<String> {
    let Some(new) = methods.iter().find(|m| m.sig.ident == "new") else {
        return Vec::new();
    };
    let literal = new.block.stmts.iter().rev().find_map(|stmt| match stmt {
        syn::Stmt::Expr(syn::Expr::Struct(s), _) => Some(s),
        _ => None,
    });
    literal
        .into_iter()
        .flat_map(|s| s.fields.iter())
        .filter_map(|fv| {
            let syn::Member::Named(name) = &fv.member else {
                return None;
            };
            let syn::Expr::Call(call) = &fv.expr else {
                return None;
            };
            let syn::Expr::Path(func) = call.func.as_ref() else {
                return None;
            };
            func.path.is_ident("Ok").then(|| name.to_string())
        })
        .collect()
}

fn serde_rename(attrs: &[syn::Attribute]) -> Option<String> {
    for attr in attrs {
        if !attr.path().is_ident("serde") {
            continue;
        }
        let mut found = None;
        let _ = attr.parse_nested_meta(|meta| {
            if meta.path.is_ident("rename") {
                let lit: syn::LitStr = meta.value()?.parse()?;
                found = Some(lit.value());
            } else if meta.input.peek(syn::Token![=]) {
                let _: syn::Expr = meta.value()?.parse()?;
            } else if meta.input.peek(syn::token::Paren) {
                meta.parse_nested_meta(|inner| {
                    if inner.input.peek(syn::Token![=]) {
                        let _: syn::Expr = inner.value()?.parse()?;
                    }
                    Ok(())
                })?;
            }
            Ok(())
        });
        if found.is_some() {
            return found;
        }
    }
    None
}
