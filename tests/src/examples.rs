//! Whole example documents assembled from the spec's schema-level examples:
//! `imprint_spec::examples` (shared with the mock), strict here: a schema
//! construct the assembler does not follow fails the suite instead of
//! being sent as `null`.

pub use imprint_spec::examples::Assembled;

/// Assembles a complete example for `schema` (a fragment of `doc`); see
/// [`imprint_spec::examples::assemble`].
///
/// # Panics
///
/// On a schema construct the assembler does not support (`not`, `if`,
/// recursion deeper than 16), naming the pointers.
pub fn assemble(doc: &serde_json::Value, schema: &serde_json::Value) -> Assembled {
    let assembled = imprint_spec::examples::assemble(doc, schema);
    assert!(
        assembled.unsupported.is_empty(),
        "the example assembler does not follow {}; extend crates/imprint-spec/src/examples.rs",
        assembled.unsupported.join(", ")
    );
    assembled
}
