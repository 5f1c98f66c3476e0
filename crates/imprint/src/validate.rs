//! Checks run before a request is sent: bad input gets a clear
//! [`InputError`] and nothing goes on the wire. Messages never repeat a
//! sensitive value.

use chrono::Datelike;

use crate::error::InputError;
use crate::types;

type Result<T = ()> = std::result::Result<T, InputError>;

/// A path id: not empty, not `.` or `..` (a URL would rewrite them), no
/// backslash (URL parsers read it as `/`, so `a\..\b` would escape its
/// path segment: the generated client does not encode it), no control
/// characters, at most 255 bytes. Anything else (`/`, `?`, `#`, `%`, spaces,
/// non-ASCII) is allowed and percent-encoded in the path.
pub(crate) fn id(field: &str, value: &str) -> Result {
    if value.is_empty() {
        return Err(InputError::new(field, "must not be empty"));
    }
    if value == "." || value == ".." {
        return Err(InputError::new(
            field,
            format!("`{value}` is not a valid id: a URL would resolve it to another path"),
        ));
    }
    // One pass over the bytes; characters are decoded only when the value
    // is not ASCII (a C1 control is two bytes in UTF-8).
    let ascii = value.is_ascii();
    if value.bytes().any(|b| b == b'\\' || b.is_ascii_control())
        || (!ascii && value.chars().any(char::is_control))
    {
        if value.contains('\\') {
            return Err(InputError::new(
                field,
                "must not contain a backslash: URLs read it as `/`",
            ));
        }
        return Err(InputError::new(
            field,
            "must not contain control characters",
        ));
    }
    if value.len() > 255 {
        return Err(InputError::new(
            field,
            format!("is {} bytes long; at most 255", value.len()),
        ));
    }
    Ok(())
}

/// `limit`: 1 ..= i32::MAX (the spec's `format: int32`, `minimum: 1`).
pub(crate) fn limit(value: u32) -> Result<std::num::NonZeroU32> {
    if value > i32::MAX as u32 {
        return Err(InputError::new(
            "limit",
            "must fit in a 32-bit signed integer",
        ));
    }
    std::num::NonZeroU32::new(value).ok_or_else(|| InputError::new("limit", "must be at least 1"))
}

/// An SSN: exactly nine ASCII digits, no hyphens.
pub(crate) fn ssn(value: &str) -> Result {
    if value.len() != 9 || !value.bytes().all(|b| b.is_ascii_digit()) {
        return Err(InputError::new(
            "ssn",
            format!(
                "must be exactly 9 digits without hyphens (got {} characters)",
                value.chars().count()
            ),
        ));
    }
    Ok(())
}

/// A date of birth: a real calendar date, year 1900 or later, not in the future.
pub(crate) fn date_of_birth(
    field: &str,
    year: i32,
    month: u32,
    day: u32,
) -> Result<chrono::NaiveDate> {
    let date = chrono::NaiveDate::from_ymd_opt(year, month, day)
        .ok_or_else(|| InputError::new(field, "is not a real calendar date"))?;
    if date.year() < 1900 {
        return Err(InputError::new(field, "year must be 1900 or later"));
    }
    if date > chrono::Utc::now().date_naive() {
        return Err(InputError::new(field, "is in the future"));
    }
    Ok(date)
}

/// E.164: `^\+?[1-9]\d{1,14}$`.
pub(crate) fn phone(field: &str, value: &str) -> Result {
    let digits = value.strip_prefix('+').unwrap_or(value);
    let ok = (2..=15).contains(&digits.len())
        && digits.bytes().all(|b| b.is_ascii_digit())
        && !digits.starts_with('0');
    if !ok {
        return Err(InputError::new(
            field,
            "must be an E.164 phone number such as +14155552671",
        ));
    }
    Ok(())
}

/// A plausible email address: `local@domain.tld`, no spaces, sane lengths.
pub(crate) fn email(field: &str, value: &str) -> Result {
    let bad = || {
        InputError::new(
            field,
            "must be an email address such as customer@example.com",
        )
    };
    if value.len() > 254 || value.chars().any(|c| c.is_whitespace() || c.is_control()) {
        return Err(bad());
    }
    let (local, domain) = value.rsplit_once('@').ok_or_else(bad)?;
    if local.is_empty() || local.len() > 64 || local.contains('@') {
        return Err(bad());
    }
    let labels: Vec<&str> = domain.split('.').collect();
    if labels.len() < 2
        || labels
            .iter()
            .any(|l| l.is_empty() || l.len() > 63 || l.starts_with('-') || l.ends_with('-'))
    {
        return Err(bad());
    }
    Ok(())
}

/// `value` must be one of the space-separated `codes` (sorted once, then
/// looked up by binary search: the check runs on every request).
fn code(
    field: &str,
    value: &str,
    codes: &'static str,
    sorted: &'static std::sync::OnceLock<Vec<&'static str>>,
    what: &str,
) -> Result {
    let sorted = sorted.get_or_init(|| {
        let mut all: Vec<&'static str> = codes.split_ascii_whitespace().collect();
        all.sort_unstable();
        all
    });
    if sorted.binary_search(&value).is_ok() {
        return Ok(());
    }
    Err(InputError::new(field, format!("`{value}` is not {what}")))
}

/// ISO 3166-1 alpha-3 country code (`USA`).
pub(crate) fn country(field: &str, value: &str) -> Result {
    static SORTED: std::sync::OnceLock<Vec<&'static str>> = std::sync::OnceLock::new();
    code(
        field,
        value,
        COUNTRIES,
        &SORTED,
        "an ISO 3166-1 alpha-3 country code such as USA",
    )
}

/// ISO 639-1 language code (`en`).
pub(crate) fn language(field: &str, value: &str) -> Result {
    static SORTED: std::sync::OnceLock<Vec<&'static str>> = std::sync::OnceLock::new();
    code(
        field,
        value,
        LANGUAGES,
        &SORTED,
        "a lowercase ISO 639-1 language code such as en",
    )
}

/// ISO 4217 currency code (`USD`).
pub(crate) fn currency(field: &str, value: &str) -> Result {
    static SORTED: std::sync::OnceLock<Vec<&'static str>> = std::sync::OnceLock::new();
    code(
        field,
        value,
        CURRENCIES,
        &SORTED,
        "an ISO 4217 currency code such as USD",
    )
}

/// Converts a body given as its type or its typify builder; a builder with
/// a required field unset is refused here, before anything is sent.
pub(crate) fn body<T, B>(value: B) -> Result<T>
where
    B: TryInto<T>,
    B::Error: std::fmt::Display,
{
    value
        .try_into()
        .map_err(|e| InputError::new("body", e.to_string()))
}

/// An amount or count that must not be negative, when present.
pub(crate) fn non_negative(field: &str, value: Option<i64>) -> Result {
    match value {
        Some(v) if v < 0 => Err(InputError::new(field, "must not be negative")),
        _ => Ok(()),
    }
}

/// A card number: 12 to 19 ASCII digits. The message never repeats it.
pub(crate) fn pan(field: &str, value: &str) -> Result {
    if !(12..=19).contains(&value.len()) || !value.bytes().all(|b| b.is_ascii_digit()) {
        return Err(InputError::new(
            field,
            format!(
                "must be a card number of 12 to 19 digits, no spaces (got {} characters)",
                value.chars().count()
            ),
        ));
    }
    Ok(())
}

/// An RFC 3339 date (`2025-02-13`) or date-time (`2025-02-13T19:08:07Z`).
pub(crate) fn date_or_date_time(field: &str, value: &str) -> Result {
    let ok = chrono::DateTime::parse_from_rfc3339(value).is_ok()
        || chrono::NaiveDate::parse_from_str(value, "%Y-%m-%d").is_ok();
    if ok {
        Ok(())
    } else {
        Err(InputError::new(
            field,
            "must be an RFC 3339 date (2025-02-13) or date-time (2025-02-13T19:08:07Z)",
        ))
    }
}

fn optional_id(field: &str, value: Option<&str>) -> Result {
    value.map_or(Ok(()), |v| id(field, v))
}

fn optional_currency(field: &str, value: Option<&str>) -> Result {
    value.map_or(Ok(()), |v| currency(field, v))
}

fn address_country(field: &str, address: Option<&types::Address>) -> Result {
    match address.and_then(|a| a.country.as_deref()) {
        Some(c) => country(field, c),
        None => Ok(()),
    }
}

/// A customer's account history with the partner.
fn history(prefix: &str, h: &types::CustomerAccountHistory) -> Result {
    let f = |name: &str| format!("{prefix}.{name}");
    if let Some(e) = &h.email {
        email(&f("email"), e)?;
    }
    if let Some(p) = &h.phone {
        phone(&f("phone"), p)?;
    }
    if let Some(l) = &h.preferred_language {
        language(&f("preferred_language"), l)?;
    }
    optional_currency(&f("ltv_currency"), h.ltv_currency.as_deref())?;
    if h.ltv_amount.is_some() && h.ltv_currency.is_none() {
        return Err(InputError::new(
            f("ltv_currency"),
            "is required when ltv_amount is set",
        ));
    }
    address_country(&f("address.country"), h.address.as_ref())?;
    non_negative(&f("ltv_amount"), h.ltv_amount)?;
    non_negative(&f("account_tenure"), h.account_tenure)?;
    non_negative(&f("transaction_count"), h.transaction_count)?;
    Ok(())
}

/// `createSession`.
pub(crate) fn session(body: &types::CreateSessionBody) -> Result {
    optional_id("customer_id", body.customer_id.as_deref())?;
    optional_id("partner_customer_id", body.partner_customer_id.as_deref())?;
    non_negative("transaction_amount", body.transaction_amount)?;
    optional_currency("transaction_currency", body.transaction_currency.as_deref())?;
    if body.transaction_amount.is_some() && body.transaction_currency.is_none() {
        return Err(InputError::new(
            "transaction_currency",
            "is required when transaction_amount is set",
        ));
    }
    if let Some(h) = &body.customer_history {
        history("customer_history", h)?;
    }
    Ok(())
}

/// `createTransactionIntent`.
pub(crate) fn create_intent(body: &types::CreateTransactionIntentBody) -> Result {
    id("customer_id", &body.customer_id)?;
    optional_id("payment_method_id", body.payment_method_id.as_deref())?;
    non_negative("amount", Some(body.amount))?;
    currency("currency", &body.currency)?;
    if let Some(d) = &body.expected_date {
        date_or_date_time("expected_date", d)?;
    }
    address_country("merchant_address.country", body.merchant_address.as_ref())
}

/// `updateTransactionIntent`.
pub(crate) fn update_intent(body: &types::UpdateTransactionIntentBody) -> Result {
    id("customer_id", &body.customer_id)?;
    non_negative("amount", Some(body.amount))?;
    optional_currency("currency", body.currency.as_deref().map(String::as_str))
}

/// `simulateTransactionEvent`.
pub(crate) fn simulated_event(body: &types::SimulateTransactionEventBody) -> Result {
    id("payment_method_id", &body.payment_method_id)?;
    optional_id("transaction_id", body.transaction_id.as_deref())?;
    non_negative("amount", body.amount)?;
    optional_currency("currency", body.currency.as_deref().map(String::as_str))
}

/// Whether an order's lines add up, as the API requires: each line's
/// quantity at least 1, no negative amount or rate, and the rates times
/// quantities summing to `total_order_amount` (the reward rates to
/// `total_rewards_amount`, when given). The client checks this before
/// sending `createOrder` and `putOrder`; `imprint-mock` refuses the same.
pub fn order_lines_add_up(o: &types::OrderBase) -> Result {
    order_lines(
        &o.order_lines,
        "total_order_amount",
        o.total_order_amount.0,
        "total_rewards_amount",
        o.total_rewards_amount.as_ref().map(|a| a.0),
    )
}

/// The same for an order event's lines, against `amount` and
/// `rewards_amount` (`postOrderEvent`).
pub fn order_event_lines_add_up(e: &types::OrderEventBase) -> Result {
    order_lines(
        &e.order_lines,
        "amount",
        e.amount.0,
        "rewards_amount",
        e.rewards_amount.as_ref().map(|a| a.0),
    )
}

/// Lines against the amounts they explain.
fn order_lines(
    lines: &[types::OrderLine],
    amount_field: &str,
    amount: i64,
    rewards_field: &str,
    rewards: Option<i64>,
) -> Result {
    non_negative(amount_field, Some(amount))?;
    non_negative(rewards_field, rewards)?;
    if lines.is_empty() {
        return Ok(());
    }
    let (mut total, mut total_rewards) = (0i64, 0i64);
    for (i, line) in lines.iter().enumerate() {
        let field = |name: &str| format!("order_lines[{i}].{name}");
        if line.quantity < 1 {
            return Err(InputError::new(field("quantity"), "must be at least 1"));
        }
        non_negative(&field("rate"), Some(line.rate.0))?;
        non_negative(&field("rewards_rate"), Some(line.rewards_rate.0))?;
        let overflow = || InputError::new(field("rate"), "overflows");
        total = line
            .rate
            .0
            .checked_mul(line.quantity)
            .and_then(|t| t.checked_add(total))
            .ok_or_else(overflow)?;
        total_rewards = line
            .rewards_rate
            .0
            .checked_mul(line.quantity)
            .and_then(|t| t.checked_add(total_rewards))
            .ok_or_else(overflow)?;
    }
    if total != amount {
        return Err(InputError::new(
            amount_field,
            format!("is {amount}, but the order lines add up to {total}"),
        ));
    }
    if let Some(rewards) = rewards
        && total_rewards != rewards
    {
        return Err(InputError::new(
            rewards_field,
            format!("is {rewards}, but the order lines' reward rates add up to {total_rewards}"),
        ));
    }
    Ok(())
}

/// `createOrder` and `putOrder`.
pub(crate) fn order(o: &types::OrderBase) -> Result {
    id("payment_method_id", &o.payment_method_id)?;
    id("partner_order_id", &o.partner_order_id)?;
    optional_id("customer_id", o.customer_id.as_deref())?;
    optional_id("id", o.id.as_deref())?;
    optional_currency("currency", o.currency.as_deref())?;
    for (i, a) in o.merchant_address.iter().enumerate() {
        address_country(&format!("merchant_address[{i}].country"), Some(a))?;
    }
    order_lines_add_up(o)
}

/// `postOrderEvent`.
pub(crate) fn order_event(e: &types::OrderEventBase) -> Result {
    id("order_id", &e.order_id)?;
    id("network_transaction_id", &e.network_transaction_id)?;
    optional_id("order_event_id", e.order_event_id.as_deref())?;
    optional_id("partner_event_id", e.partner_event_id.as_deref())?;
    optional_currency("currency", e.currency.as_deref())?;
    order_event_lines_add_up(e)
}

/// Every check that applies to an update body.
pub(crate) fn update(body: &types::CustomerUpdateRequest) -> Result {
    if let Some(e) = &body.email {
        email("email", e)?;
    }
    if let Some(p) = &body.phone {
        phone("phone", p.as_str())?;
    }
    if let Some(l) = &body.preferred_language {
        language("preferred_language", l)?;
    }
    if let Some(h) = &body.customer_history {
        history("customer_history", h)?;
    }
    Ok(())
}

/// ISO 3166-1 alpha-3, all 249 officially assigned codes.
const COUNTRIES: &str = "AFG ALA ALB DZA ASM AND AGO AIA ATA ATG ARG ARM ABW AUS AUT AZE BHS BHR BGD BRB \
BLR BEL BLZ BEN BMU BTN BOL BES BIH BWA BVT BRA IOT BRN BGR BFA BDI CPV KHM CMR CAN CYM CAF TCD CHL CHN \
CXR CCK COL COM COG COD COK CRI CIV HRV CUB CUW CYP CZE DNK DJI DMA DOM ECU EGY SLV GNQ ERI EST SWZ ETH \
FLK FRO FJI FIN FRA GUF PYF ATF GAB GMB GEO DEU GHA GIB GRC GRL GRD GLP GUM GTM GGY GIN GNB GUY HTI HMD \
VAT HND HKG HUN ISL IND IDN IRN IRQ IRL IMN ISR ITA JAM JPN JEY JOR KAZ KEN KIR PRK KOR KWT KGZ LAO LVA \
LBN LSO LBR LBY LIE LTU LUX MAC MDG MWI MYS MDV MLI MLT MHL MTQ MRT MUS MYT MEX FSM MDA MCO MNG MNE MSR \
MAR MOZ MMR NAM NRU NPL NLD NCL NZL NIC NER NGA NIU NFK MKD MNP NOR OMN PAK PLW PSE PAN PNG PRY PER PHL \
PCN POL PRT PRI QAT REU ROU RUS RWA BLM SHN KNA LCA MAF SPM VCT WSM SMR STP SAU SEN SRB SYC SLE SGP SXM \
SVK SVN SLB SOM ZAF SGS SSD ESP LKA SDN SUR SJM SWE CHE SYR TWN TJK TZA THA TLS TGO TKL TON TTO TUN TUR \
TKM TCA TUV UGA UKR ARE GBR USA UMI URY UZB VUT VEN VNM VGB VIR WLF ESH YEM ZMB ZWE";

/// ISO 639-1, the 183 current two-letter codes.
const LANGUAGES: &str = "aa ab ae af ak am an ar as av ay az ba be bg bi bm bn bo br bs ca ce ch co cr cs \
cu cv cy da de dv dz ee el en eo es et eu fa ff fi fj fo fr fy ga gd gl gn gu gv ha he hi ho hr ht hu hy hz \
ia id ie ig ii ik io is it iu ja jv ka kg ki kj kk kl km kn ko kr ks ku kv kw ky la lb lg li ln lo lt lu lv \
mg mh mi mk ml mn mr ms mt my na nb nd ne ng nl nn no nr nv ny oc oj om or os pa pi pl ps pt qu rm rn ro ru \
rw sa sc sd se sg si sk sl sm sn so sq sr ss st su sv sw ta te tg th ti tk tl tn to tr ts tt tw ty ug uk ur \
uz ve vi vo wa wo xh yi yo za zh zu";

/// ISO 4217 currency codes in use, plus a few recently withdrawn ones that
/// historical partner data may still carry (ANG, CUC, HRK, SLL, ZWL).
const CURRENCIES: &str = "AED AFN ALL AMD ANG AOA ARS AUD AWG AZN BAM BBD BDT BGN BHD BIF BMD BND BOB BOV \
BRL BSD BTN BWP BYN BZD CAD CDF CHE CHF CHW CLF CLP CNY COP COU CRC CUC CUP CVE CZK DJF DKK DOP DZD EGP ERN \
ETB EUR FJD FKP GBP GEL GHS GIP GMD GNF GTQ GYD HKD HNL HRK HTG HUF IDR ILS INR IQD IRR ISK JMD JOD JPY KES \
KGS KHR KMF KPW KRW KWD KYD KZT LAK LBP LKR LRD LSL LYD MAD MDL MGA MKD MMK MNT MOP MRU MUR MVR MWK MXN MXV \
MYR MZN NAD NGN NIO NOK NPR NZD OMR PAB PEN PGK PHP PKR PLN PYG QAR RON RSD RUB RWF SAR SBD SCR SDG SEK SGD \
SHP SLE SLL SOS SRD SSP STN SVC SYP SZL THB TJS TMT TND TOP TRY TTD TWD TZS UAH UGX USD USN UYI UYU UYW UZS \
VED VES VND VUV WST XAF XAG XAU XBA XBB XBC XBD XCD XCG XDR XOF XPD XPF XPT XSU XUA YER ZAR ZMW ZWG ZWL";

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn code_lists_have_the_expected_sizes_and_no_duplicates() {
        for (list, n, len) in [(COUNTRIES, 249, 3), (LANGUAGES, 183, 2)] {
            let codes: Vec<&str> = list.split_ascii_whitespace().collect();
            let unique: std::collections::BTreeSet<&str> = codes.iter().copied().collect();
            assert_eq!(codes.len(), n);
            assert_eq!(unique.len(), n);
            assert!(codes.iter().all(|c| c.len() == len));
        }
        let currencies: std::collections::BTreeSet<&str> =
            CURRENCIES.split_ascii_whitespace().collect();
        assert_eq!(
            currencies.len(),
            CURRENCIES.split_ascii_whitespace().count()
        );
        assert!(currencies.iter().all(|c| c.len() == 3));
    }

    #[test]
    fn ids() {
        assert!(id("customer_id", "CSMR-1").is_ok());
        assert!(id("customer_id", "a/b?c#d e é").is_ok());
        for bad in ["", ".", "..", "a\nb", "CSMR\\..\\admin", "\\"] {
            assert!(id("customer_id", bad).is_err(), "{bad:?}");
        }
        assert!(id("customer_id", &"x".repeat(256)).is_err());
    }

    #[test]
    fn ssn_never_echoes_the_value() {
        let e = ssn("12345678").unwrap_err();
        assert!(!e.to_string().contains("12345678"));
        assert!(ssn("123-45-6789").is_err());
        assert!(
            ssn("１２３４５６７８９").is_err(),
            "full-width digits are not ASCII digits"
        );
        assert!(ssn("123456789").is_ok());
    }

    #[test]
    fn dates_of_birth() {
        assert!(date_of_birth("date_of_birth", 1990, 1, 1).is_ok());
        assert!(date_of_birth("date_of_birth", 2001, 2, 29).is_err());
        assert!(date_of_birth("date_of_birth", 2000, 2, 29).is_ok());
        assert!(date_of_birth("date_of_birth", 1899, 12, 31).is_err());
        assert!(date_of_birth("date_of_birth", 1990, 13, 1).is_err());
        assert!(date_of_birth("date_of_birth", 1990, 4, 31).is_err());
        assert!(date_of_birth("date_of_birth", 9999, 1, 1).is_err());
    }

    #[test]
    fn phones_emails_codes() {
        assert!(phone("phone", "+14155552671").is_ok());
        assert!(phone("phone", "14155552671").is_ok());
        for bad in ["+0123", "+1", "+1234567890123456", "+1 415 555", "phone"] {
            assert!(phone("phone", bad).is_err(), "{bad}");
        }
        assert!(email("email", "customer@example.com").is_ok());
        for bad in [
            "customer",
            "@example.com",
            "a@b",
            "a b@example.com",
            "a@.com",
            "a@-x.com",
        ] {
            assert!(email("email", bad).is_err(), "{bad}");
        }
        assert!(country("c", "USA").is_ok());
        assert!(country("c", "US").is_err());
        assert!(country("c", "usa").is_err());
        assert!(language("l", "en").is_ok());
        assert!(language("l", "eng").is_err());
        assert!(language("l", "EN").is_err());
        assert!(currency("c", "USD").is_ok());
        assert!(currency("c", "usd").is_err());
        assert!(currency("c", "ABC").is_err());
        assert!(limit(0).is_err());
        assert!(limit(1).is_ok());
        assert!(limit(u32::MAX).is_err());
    }
}
