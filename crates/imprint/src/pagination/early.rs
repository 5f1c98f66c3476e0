//! The next page's cursor, known before this page is decoded.
//!
//! A walk waits for each page in turn: the request for page N+1 needs the
//! cursor from page N's last item. Decoding a whole page into typed items
//! (about 190 µs for 100 customers) would sit between the two requests;
//! instead the transport reads the page's raw bytes for the two values the
//! next request needs (`has_more` and the last item's cursor), a cheap
//! parse that skips everything else, and hands them to the paginator, which
//! sends the next request while this page is decoded.
//!
//! The hand-off is a task-local slot the paginator sets around each page's
//! call: calls outside a paginator never see one, and a page whose bytes
//! cannot be read this way (not JSON, an unexpected shape) simply hands
//! nothing on; the walk then waits for the decoded page, as before.

use std::cell::RefCell;
use std::fmt;

use imprint_raw::support::CursorFields;
use serde::de::{DeserializeSeed, Deserializer, IgnoredAny, MapAccess, SeqAccess, Visitor};
use tokio::sync::oneshot;

tokio::task_local! {
    static EARLY: RefCell<Option<EarlyCursor>>;
}

/// What the next request needs from a page.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Peeked {
    pub(crate) has_more: bool,
    /// The last item's cursor, when more follow.
    pub(crate) cursor: Option<String>,
}

/// Where the current page's call hands its cursor on.
pub(crate) struct EarlyCursor {
    fields: CursorFields,
    to: oneshot::Sender<Peeked>,
}

impl EarlyCursor {
    /// Runs `call` (one page's call) with a slot for its cursor; the
    /// receiver gets it as soon as the page's bytes are in.
    pub(crate) fn around<F: Future>(
        fields: CursorFields,
        call: F,
    ) -> (impl Future<Output = F::Output>, oneshot::Receiver<Peeked>) {
        let (to, from) = oneshot::channel();
        let slot = RefCell::new(Some(EarlyCursor { fields, to }));
        (EARLY.scope(slot, call), from)
    }

    /// The current call's slot, if a paginator set one (taken: one page
    /// answers once).
    pub(crate) fn wanted() -> Option<EarlyCursor> {
        EARLY
            .try_with(|slot| slot.try_borrow_mut().ok().and_then(|mut s| s.take()))
            .ok()
            .flatten()
    }

    /// Reads `body` for the next request's values and hands them on; does
    /// nothing when the body cannot be read that way. True when the
    /// paginator got them.
    pub(crate) fn deliver(self, body: &[u8]) -> bool {
        peek(&self.fields, body).is_some_and(|peeked| self.to.send(peeked).is_ok())
    }
}

/// `has_more` and the last item's cursor of a page, skipping everything
/// else; `None` when the body is not a JSON object with that shape.
pub(crate) fn peek(fields: &CursorFields, body: &[u8]) -> Option<Peeked> {
    let mut de = serde_json::Deserializer::from_slice(body);
    let peeked = PageSeed(fields).deserialize(&mut de).ok()?;
    de.end().ok()?;
    Some(peeked)
}

struct PageSeed<'f>(&'f CursorFields);

impl<'de> DeserializeSeed<'de> for PageSeed<'_> {
    type Value = Peeked;
    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<Peeked, D::Error> {
        d.deserialize_map(self)
    }
}

impl<'de> Visitor<'de> for PageSeed<'_> {
    type Value = Peeked;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a page object")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Peeked, A::Error> {
        let names = [self.0.items, self.0.has_more];
        let mut has_more = false;
        let mut last = None;
        while let Some(key) = map.next_key_seed(KeyOf(&names))? {
            match key {
                Some(0) => {
                    last = map.next_value_seed(ItemsSeed(self.0.item_cursor))?;
                }
                Some(_) => has_more = map.next_value::<Option<bool>>()?.unwrap_or(false),
                None => {
                    map.next_value::<IgnoredAny>()?;
                }
            }
        }
        Ok(Peeked {
            has_more,
            cursor: if has_more { last } else { None },
        })
    }
}

/// A key: its index among the names looked for, or `None` for any other.
struct KeyOf<'n>(&'n [&'static str]);

impl<'de> DeserializeSeed<'de> for KeyOf<'_> {
    type Value = Option<usize>;
    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<Option<usize>, D::Error> {
        d.deserialize_str(self)
    }
}

impl Visitor<'_> for KeyOf<'_> {
    type Value = Option<usize>;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a key")
    }

    fn visit_str<E: serde::de::Error>(self, key: &str) -> Result<Option<usize>, E> {
        Ok(self.0.iter().position(|n| *n == key))
    }
}

/// The items array: the last item's cursor (`None` for an empty or null
/// array, or when the last item has none).
struct ItemsSeed(&'static str);

impl<'de> DeserializeSeed<'de> for ItemsSeed {
    type Value = Option<String>;
    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<Option<String>, D::Error> {
        d.deserialize_option(self)
    }
}

impl<'de> Visitor<'de> for ItemsSeed {
    type Value = Option<String>;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("an array of items")
    }

    fn visit_none<E>(self) -> Result<Option<String>, E> {
        Ok(None)
    }

    fn visit_some<D: Deserializer<'de>>(self, d: D) -> Result<Option<String>, D::Error> {
        d.deserialize_seq(self)
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Option<String>, A::Error> {
        let mut last = None;
        while let Some(cursor) = seq.next_element_seed(ItemSeed(self.0))? {
            last = cursor;
        }
        Ok(last)
    }
}

/// One item: its cursor property, as text (a string, or a number).
struct ItemSeed(&'static str);

impl<'de> DeserializeSeed<'de> for ItemSeed {
    type Value = Option<String>;
    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<Option<String>, D::Error> {
        d.deserialize_map(self)
    }
}

impl<'de> Visitor<'de> for ItemSeed {
    type Value = Option<String>;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("an item object")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Option<String>, A::Error> {
        let names = [self.0];
        let mut cursor = None;
        while let Some(key) = map.next_key_seed(KeyOf(&names))? {
            if key.is_some() {
                cursor = map.next_value::<CursorText>()?.0;
            } else {
                map.next_value::<IgnoredAny>()?;
            }
        }
        Ok(cursor)
    }
}

/// A cursor value as the next request sends it: a string as is, a number
/// in its decimal form; anything else is no cursor.
struct CursorText(Option<String>);

impl<'de> serde::Deserialize<'de> for CursorText {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        d.deserialize_any(CursorTextVisitor)
    }
}

struct CursorTextVisitor;

impl<'de> Visitor<'de> for CursorTextVisitor {
    type Value = CursorText;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a cursor")
    }
    fn visit_str<E>(self, v: &str) -> Result<CursorText, E> {
        Ok(CursorText(Some(v.to_owned())))
    }
    fn visit_u64<E>(self, v: u64) -> Result<CursorText, E> {
        Ok(CursorText(Some(v.to_string())))
    }
    fn visit_i64<E>(self, v: i64) -> Result<CursorText, E> {
        Ok(CursorText(Some(v.to_string())))
    }
    fn visit_f64<E>(self, _: f64) -> Result<CursorText, E> {
        Ok(CursorText(None))
    }
    fn visit_bool<E>(self, _: bool) -> Result<CursorText, E> {
        Ok(CursorText(None))
    }
    fn visit_unit<E>(self) -> Result<CursorText, E> {
        Ok(CursorText(None))
    }
    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<CursorText, A::Error> {
        while seq.next_element::<IgnoredAny>()?.is_some() {}
        Ok(CursorText(None))
    }
    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<CursorText, A::Error> {
        while map.next_entry::<IgnoredAny, IgnoredAny>()?.is_some() {}
        Ok(CursorText(None))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fields() -> CursorFields {
        imprint_raw::operations::find("searchCustomers")
            .and_then(|o| o.pagination)
            .expect("a cursor list")
    }

    fn peeked(body: &str) -> Option<Peeked> {
        peek(&fields(), body.as_bytes())
    }

    #[test]
    fn reads_has_more_and_the_last_cursor_whatever_the_order() {
        let more = |c: &str| Peeked {
            has_more: true,
            cursor: Some(c.to_string()),
        };
        assert_eq!(
            peeked(
                r#"{"data":[{"id":"A","x":{"id":"no"}},{"name":"n","id":"B"}],"has_more":true}"#
            ),
            Some(more("B"))
        );
        assert_eq!(
            peeked(r#"{"has_more":true,"total":2,"data":[{"id":"A"},{"id":7}]}"#),
            Some(more("7"))
        );
        assert_eq!(
            peeked(r#"{"data":[{"id":"A\"q\u00e9"}],"has_more":true}"#),
            Some(more("A\"q\u{e9}"))
        );
    }

    #[test]
    fn no_cursor_when_nothing_follows_or_the_last_item_has_none() {
        let end = Peeked {
            has_more: false,
            cursor: None,
        };
        assert_eq!(
            peeked(r#"{"data":[{"id":"A"}],"has_more":false}"#),
            Some(end.clone())
        );
        assert_eq!(peeked(r#"{"data":[{"id":"A"}]}"#), Some(end.clone()));
        assert_eq!(peeked(r#"{"data":null,"has_more":null}"#), Some(end));
        assert_eq!(
            peeked(r#"{"data":[{"id":"A"},{"id":null}],"has_more":true}"#),
            Some(Peeked {
                has_more: true,
                cursor: None
            })
        );
        assert_eq!(
            peeked(r#"{"data":[],"has_more":true}"#),
            Some(Peeked {
                has_more: true,
                cursor: None
            })
        );
    }

    #[test]
    fn other_shapes_hand_nothing_on() {
        for body in [
            "",
            "[]",
            "null",
            r#"{"data":{"id":"A"},"has_more":true}"#,
            r#"{"data":["A"],"has_more":true}"#,
            r#"{"data":[{"id":"A"}],"has_more":"yes"}"#,
            r#"{"data":[{"id":"A"}],"has_more":true} trailing"#,
            r#"{"data":[{"id":"A"}"#,
        ] {
            assert_eq!(peeked(body), None, "{body}");
        }
    }
}
