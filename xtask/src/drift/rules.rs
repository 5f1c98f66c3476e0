//! The rule table: what kinds of change there are, which way their data
//! travels, and whether each one breaks a client (the module's table in code).

use serde::Serialize;
use serde_json::Value;

/// Which way the data of a change travels.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Direction {
    /// Sent by the client.
    Request,
    /// Received by the client.
    Response,
    /// A schema used both ways.
    Both,
}

/// How a change affects existing client code.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Impact {
    /// A correct program may fail or lose something it relied on.
    Breaking,
    /// Existing programs keep working.
    NonBreaking,
}

/// Every kind of change the comparison reports (see the module's table).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ChangeKind {
    /// A method+path that did not exist.
    OperationAdded,
    /// A method+path that no longer exists.
    OperationRemoved,
    /// The same operationId at another method or path.
    OperationMoved,
    /// Same method+path, different operationId.
    OperationIdChanged,
    /// The operation became `deprecated: true`.
    OperationDeprecated,
    /// A new required parameter.
    ParameterAddedRequired,
    /// A new optional parameter.
    ParameterAddedOptional,
    /// A parameter that no longer exists.
    ParameterRemoved,
    /// A path parameter renamed (same position in the template).
    ParameterRenamed,
    /// An optional parameter became required.
    ParameterBecameRequired,
    /// A required parameter became optional.
    ParameterBecameOptional,
    /// A required request body where there was none.
    RequestBodyAddedRequired,
    /// An optional request body where there was none.
    RequestBodyAddedOptional,
    /// The request body is gone.
    RequestBodyRemoved,
    /// The request body became required.
    RequestBodyBecameRequired,
    /// The request body became optional.
    RequestBodyBecameOptional,
    /// A new media type for a body.
    MediaTypeAdded,
    /// A media type of a body is gone.
    MediaTypeRemoved,
    /// A new property, required.
    PropertyAddedRequired,
    /// A new property, optional.
    PropertyAddedOptional,
    /// A property that no longer exists.
    PropertyRemoved,
    /// A property joined `required`.
    PropertyBecameRequired,
    /// A property left `required`.
    PropertyBecameOptional,
    /// `type` or `format` changed.
    TypeChanged,
    /// `null` became allowed.
    NullableAdded,
    /// `null` is no longer allowed.
    NullableRemoved,
    /// A value added to an `enum`.
    EnumValueAdded,
    /// A value removed from an `enum`.
    EnumValueRemoved,
    /// A free value became an `enum`.
    EnumIntroduced,
    /// An `enum` became a free value.
    EnumDropped,
    /// A bound or `additionalProperties` now allows fewer values.
    ConstraintTightened,
    /// A bound or `additionalProperties` now allows more values.
    ConstraintLoosened,
    /// A constraint changed in no comparable way (`pattern`, `multipleOf`).
    ConstraintChanged,
    /// A new `oneOf`/`anyOf` member.
    VariantAdded,
    /// A `oneOf`/`anyOf` member is gone.
    VariantRemoved,
    /// A new 2xx response.
    SuccessStatusAdded,
    /// A 2xx response is gone.
    SuccessStatusRemoved,
    /// A new non-2xx (or `default`) response.
    ErrorStatusAdded,
    /// A non-2xx (or `default`) response is gone.
    ErrorStatusRemoved,
    /// A new alternative in `security`.
    SecurityRequirementAdded,
    /// An alternative of `security` is gone.
    SecurityRequirementRemoved,
    /// No credential was needed; now one is.
    AuthenticationNowRequired,
    /// A credential was needed; now none is.
    AuthenticationNoLongerRequired,
    /// A new entry in `components.securitySchemes`.
    SecuritySchemeAdded,
    /// An entry of `components.securitySchemes` is gone.
    SecuritySchemeRemoved,
    /// A security scheme changed (type, scheme, location...).
    SecuritySchemeChanged,
}

impl ChangeKind {
    /// The snake_case name used in reports.
    pub fn name(self) -> String {
        match serde_json::to_value(self) {
            Ok(Value::String(s)) => s,
            _ => format!("{self:?}"),
        }
    }
}

/// Classifies a change: the module's table in code. Returns the impact and a
/// short reason.
pub fn classify(kind: ChangeKind, direction: Option<Direction>) -> (Impact, &'static str) {
    use ChangeKind as K;
    use Direction::{Both, Request, Response};
    use Impact::{Breaking as B, NonBreaking as N};
    if direction == Some(Both) {
        let (req, why_req) = classify(kind, Some(Request));
        let (resp, why_resp) = classify(kind, Some(Response));
        return if req == B {
            (B, why_req)
        } else if resp == B {
            (B, why_resp)
        } else {
            (N, why_resp)
        };
    }
    let response = direction == Some(Response);
    match kind {
        K::OperationAdded => (N, "a new operation changes nothing existing"),
        K::OperationRemoved => (B, "calls to the operation fail"),
        K::OperationMoved => (B, "the old method/path no longer answers"),
        K::OperationIdChanged => (B, "the generated method is renamed"),
        K::OperationDeprecated => (N, "still served; plan its removal"),
        K::ParameterAddedRequired => (B, "existing calls lack the parameter"),
        K::ParameterAddedOptional => (N, "existing calls stay valid"),
        K::ParameterRemoved => (B, "calls that set it may be rejected"),
        K::ParameterRenamed => (N, "a path parameter's name is not on the wire"),
        K::ParameterBecameRequired => (B, "existing calls may omit it"),
        K::ParameterBecameOptional => (N, "existing calls stay valid"),
        K::RequestBodyAddedRequired => (B, "existing calls send no body"),
        K::RequestBodyAddedOptional => (N, "existing calls stay valid"),
        K::RequestBodyRemoved => (B, "the body we send is no longer accepted"),
        K::RequestBodyBecameRequired => (B, "existing calls may send no body"),
        K::RequestBodyBecameOptional => (N, "existing calls stay valid"),
        K::MediaTypeAdded => (N, "we keep sending and asking for the old media type"),
        K::MediaTypeRemoved => (B, "the body we send or decode is gone"),
        K::PropertyAddedRequired if response => (N, "decoders ignore fields they do not know"),
        K::PropertyAddedRequired => (B, "existing calls do not send it"),
        K::PropertyAddedOptional => (N, "optional in both directions"),
        K::PropertyRemoved if response => (B, "clients may rely on it"),
        K::PropertyRemoved => (B, "what we send may be rejected, and the field disappears"),
        K::PropertyBecameRequired if response => (N, "it is now always present"),
        K::PropertyBecameRequired => (B, "existing calls may omit it"),
        K::PropertyBecameOptional if response => (B, "it may now be missing"),
        K::PropertyBecameOptional => (N, "existing calls stay valid"),
        K::TypeChanged => (B, "values change shape"),
        K::NullableAdded if response => (B, "null may now arrive"),
        K::NullableAdded => (N, "we never send null where it was not allowed"),
        K::NullableRemoved if response => (N, "null simply stops arriving"),
        K::NullableRemoved => (B, "we may send null"),
        K::EnumValueAdded => (N, "our generated enums are open"),
        K::EnumValueRemoved if response => (N, "the value simply stops arriving"),
        K::EnumValueRemoved => (B, "we may send the removed value"),
        K::EnumIntroduced if response => (N, "fewer possible values arrive"),
        K::EnumIntroduced => (B, "a free value is now restricted"),
        K::EnumDropped => (N, "open enums already accept any string"),
        K::ConstraintTightened if response => (N, "fewer possible values arrive"),
        K::ConstraintTightened => (B, "values we send may now be rejected"),
        K::ConstraintLoosened if response => (B, "values outside the old bounds may arrive"),
        K::ConstraintLoosened => (N, "what we send stays valid"),
        K::ConstraintChanged => (B, "cannot tell whether it tightened or loosened"),
        K::VariantAdded if response => (B, "a shape we cannot decode may arrive"),
        K::VariantAdded => (N, "what we send stays valid"),
        K::VariantRemoved if response => (N, "the shape simply stops arriving"),
        K::VariantRemoved => (B, "we may send the removed shape"),
        K::SuccessStatusAdded => (B, "a success the client does not decode"),
        K::SuccessStatusRemoved => (B, "the response the client decodes is no longer promised"),
        K::ErrorStatusAdded => (N, "errors were always possible; this one is now typed"),
        K::ErrorStatusRemoved => (N, "the error simply stops arriving"),
        K::SecurityRequirementAdded => (N, "one more accepted credential"),
        K::SecurityRequirementRemoved => (B, "our credential may be the one removed"),
        K::AuthenticationNowRequired => (B, "anonymous calls now fail"),
        K::AuthenticationNoLongerRequired => (N, "credentials are still accepted"),
        K::SecuritySchemeAdded => (N, "nothing existing changes"),
        K::SecuritySchemeRemoved => (B, "credentials of that scheme are no longer accepted"),
        K::SecuritySchemeChanged => (B, "credentials must be presented differently"),
    }
}
