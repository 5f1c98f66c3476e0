#[allow(unused_imports)]
pub use progenitor_client::{ByteStream, ClientInfo, Error, ResponseValue};
#[allow(unused_imports)]
use progenitor_client::{encode_path, ClientHooks, OperationInfo, RequestBuilderExt};
/// Types used as operation parameters and responses.
#[allow(clippy::all)]
pub mod types {
    ///`AccountStatusWebhookPayload`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    pub struct AccountStatusWebhookPayload {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub data: ::std::option::Option<AccountStatusWebhookPayloadData>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub object: ::std::option::Option<
            crate::open_enums::AccountStatusWebhookPayloadObject,
        >,
    }
    impl AccountStatusWebhookPayload {
        pub fn builder() -> builder::AccountStatusWebhookPayload {
            Default::default()
        }
    }
    ///`AccountStatusWebhookPayloadData`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    pub struct AccountStatusWebhookPayloadData {
        ///Imprint's ID for the related customer.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub customer_id: ::std::option::Option<::std::string::String>,
        ///Key-value metadata stored on the customer.
        #[serde(
            default,
            skip_serializing_if = ":: std :: collections :: HashMap::is_empty"
        )]
        pub customer_metadata: ::std::collections::HashMap<
            ::std::string::String,
            ::std::string::String,
        >,
        ///ID of the merchant this webhook event belongs to.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub merchant_key: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub partner_customer_id: ::std::option::Option<PartnerCustomerId>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub status: ::std::option::Option<crate::open_enums::AccountStatusValue>,
        ///When the status change took effect (RFC 3339 timestamp); may be backdated if that date precedes delivery (e.g. a debt sale).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub updated_at: ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
    }
    impl AccountStatusWebhookPayloadData {
        pub fn builder() -> builder::AccountStatusWebhookPayloadData {
            Default::default()
        }
    }
    ///A postal address
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    pub struct Address {
        ///City
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub city: ::std::option::Option<::std::string::String>,
        ///Country, as an ISO 3166-1 alpha-3 code
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub country: ::std::option::Option<::std::string::String>,
        ///Postal or ZIP code
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub postal_code: ::std::option::Option<::std::string::String>,
        ///Province or state
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub state: ::std::option::Option<::std::string::String>,
        ///Street address, first line
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub street_line1: ::std::option::Option<::std::string::String>,
        ///Street address, second line (apartment, suite, etc.)
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub street_line2: ::std::option::Option<::std::string::String>,
    }
    impl Address {
        pub fn builder() -> builder::Address {
            Default::default()
        }
    }
    ///`ApiError`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    pub struct ApiError {
        pub error: ApiErrorError,
    }
    impl ApiError {
        pub fn builder() -> builder::ApiError {
            Default::default()
        }
    }
    ///`ApiErrorError`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    pub struct ApiErrorError {
        ///What caused the error
        pub message: ::std::string::String,
        ///Error category
        #[serde(rename = "type")]
        pub type_: ::std::string::String,
    }
    impl ApiErrorError {
        pub fn builder() -> builder::ApiErrorError {
            Default::default()
        }
    }
    ///`ApplicationWebhookPayload`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    pub struct ApplicationWebhookPayload {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub data: ::std::option::Option<ApplicationWebhookPayloadData>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub object: ::std::option::Option<
            crate::open_enums::ApplicationWebhookPayloadObject,
        >,
    }
    impl ApplicationWebhookPayload {
        pub fn builder() -> builder::ApplicationWebhookPayload {
            Default::default()
        }
    }
    ///`ApplicationWebhookPayloadData`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    pub struct ApplicationWebhookPayloadData {
        ///Creation time of the application (RFC 3339 timestamp)
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub created_at: ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
        ///Imprint's ID for the related customer
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub customer_id: ::std::option::Option<::std::string::String>,
        ///Key-value metadata stored on the customer.
        #[serde(
            default,
            skip_serializing_if = ":: std :: collections :: HashMap::is_empty"
        )]
        pub customer_metadata: ::std::collections::HashMap<
            ::std::string::String,
            ::std::string::String,
        >,
        ///ID of the merchant this webhook event belongs to.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub merchant_key: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub partner_customer_id: ::std::option::Option<PartnerCustomerId>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub status: ::std::option::Option<
            crate::open_enums::ApplicationWebhookPayloadDataStatus,
        >,
        ///Last update time of the application (RFC 3339 timestamp)
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub updated_at: ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
    }
    impl ApplicationWebhookPayloadData {
        pub fn builder() -> builder::ApplicationWebhookPayloadData {
            Default::default()
        }
    }
    ///Imprint's ID of the artwork printed on the card
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        Eq,
        Hash,
        Ord,
        PartialEq,
        PartialOrd
    )]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    #[serde(transparent)]
    pub struct CardDesignId(pub ::std::string::String);
    impl ::std::ops::Deref for CardDesignId {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<CardDesignId> for ::std::string::String {
        fn from(value: CardDesignId) -> Self {
            value.0
        }
    }
    impl ::std::convert::From<::std::string::String> for CardDesignId {
        fn from(value: ::std::string::String) -> Self {
            Self(value)
        }
    }
    impl ::std::fmt::Display for CardDesignId {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            self.0.fmt(f)
        }
    }
    impl ::std::str::FromStr for CardDesignId {
        type Err = ::std::convert::Infallible;
        fn from_str(value: &str) -> ::std::result::Result<Self, Self::Err> {
            Ok(Self(value.to_string()))
        }
    }
    ///The update conflicts with the current state of the object
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    pub struct ConflictError {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub message: ::std::option::Option<::std::string::String>,
        #[serde(rename = "type", skip_serializing_if = "::std::option::Option::is_none")]
        pub type_: ::std::option::Option<::std::string::String>,
    }
    impl ConflictError {
        pub fn builder() -> builder::ConflictError {
            Default::default()
        }
    }
    ///`CreateSessionBody`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    pub struct CreateSessionBody {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub customer_history: ::std::option::Option<CustomerAccountHistory>,
        ///ID of an existing Imprint customer, when known
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub customer_id: ::std::option::Option<::std::string::String>,
        ///Key-value pairs stored on the customer and echoed in webhook payloads sent to the partner
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub customer_metadata: ::std::option::Option<
            ::std::collections::HashMap<::std::string::String, ::std::string::String>,
        >,
        ///Extra metadata for the link
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub metadata: ::std::option::Option<
            ::serde_json::Map<::std::string::String, ::serde_json::Value>,
        >,
        ///Customer's ID in the partner's system
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub partner_customer_id: ::std::option::Option<::std::string::String>,
        ///Where the session is being started from
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub source: ::std::option::Option<::std::string::String>,
        ///Amount of the transaction in progress during the session, if any, in minor units (cents for USD)
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub transaction_amount: ::std::option::Option<i64>,
        ///ISO 4217 three-letter currency code of the amount
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub transaction_currency: ::std::option::Option<::std::string::String>,
    }
    impl CreateSessionBody {
        pub fn builder() -> builder::CreateSessionBody {
            Default::default()
        }
    }
    ///`CreateTransactionIntentBody`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    pub struct CreateTransactionIntentBody {
        ///Amount, in minor currency units.
        pub amount: i64,
        pub currency: TransactionCurrency,
        ///The intent's customer, as an Imprint customer ID
        pub customer_id: ::std::string::String,
        ///Expected processing date, RFC 3339 (a date or a date-time). Need not be exact; it helps match a transaction to this intent.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub expected_date: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub merchant_address: ::std::option::Option<Address>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub merchant_code: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub merchant_id: ::std::option::Option<::std::string::String>,
        ///Name of the merchant for this intent
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub merchant_name: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub metadata: ::std::option::Option<
            ::serde_json::Map<::std::string::String, ::serde_json::Value>,
        >,
        ///The card network's transaction ID, such as the Mastercard Trace ID, Visa Transaction ID or American Express Network Reference ID
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub network_transaction_id: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub payment_method_id: ::std::option::Option<::std::string::String>,
    }
    impl CreateTransactionIntentBody {
        pub fn builder() -> builder::CreateTransactionIntentBody {
            Default::default()
        }
    }
    ///Amount in minor units (cents for USD)
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    #[serde(transparent)]
    pub struct CurrencyAmount(pub i64);
    impl ::std::ops::Deref for CurrencyAmount {
        type Target = i64;
        fn deref(&self) -> &i64 {
            &self.0
        }
    }
    impl ::std::convert::From<CurrencyAmount> for i64 {
        fn from(value: CurrencyAmount) -> Self {
            value.0
        }
    }
    impl ::std::convert::From<i64> for CurrencyAmount {
        fn from(value: i64) -> Self {
            Self(value)
        }
    }
    impl ::std::fmt::Display for CurrencyAmount {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            self.0.fmt(f)
        }
    }
    impl ::std::str::FromStr for CurrencyAmount {
        type Err = <i64 as ::std::str::FromStr>::Err;
        fn from_str(value: &str) -> ::std::result::Result<Self, Self::Err> {
            Ok(Self(value.parse()?))
        }
    }
    impl ::std::convert::TryFrom<&str> for CurrencyAmount {
        type Error = <i64 as ::std::str::FromStr>::Err;
        fn try_from(value: &str) -> ::std::result::Result<Self, Self::Error> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<String> for CurrencyAmount {
        type Error = <i64 as ::std::str::FromStr>::Err;
        fn try_from(value: String) -> ::std::result::Result<Self, Self::Error> {
            value.parse()
        }
    }
    ///A customer in Imprint
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    pub struct Customer {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub address: ::std::option::Option<Address>,
        ///Creation time of the customer (RFC 3339)
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub created_at: ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub date_of_birth: ::std::option::Option<
            ::imprint_raw::support::Sensitive<DateOfBirth>,
        >,
        ///The customer's email
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub email: ::std::option::Option<::std::string::String>,
        ///Given name.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub first_name: ::std::option::Option<::std::string::String>,
        ///ID of the customer
        pub id: ::std::string::String,
        ///Family name.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub last_name: ::std::option::Option<::std::string::String>,
        ///Key-value pairs holding extra information about the customer.
        #[serde(default, skip_serializing_if = "::serde_json::Map::is_empty")]
        pub metadata: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub partner_customer_id: ::std::option::Option<PartnerCustomerId>,
        ///The customer's phone number, E.164 format
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub phone: ::std::option::Option<::std::string::String>,
        ///Preferred language, as an ISO 639-1 code
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub preferred_language: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub ssn4: ::std::option::Option<
            ::imprint_raw::support::Sensitive<::std::string::String>,
        >,
        ///Card program name mapped to the customer's status in that program.
        #[serde(
            default,
            skip_serializing_if = ":: std :: collections :: HashMap::is_empty"
        )]
        pub statuses: ::std::collections::HashMap<
            ::std::string::String,
            crate::open_enums::CustomerProgramStatus,
        >,
        ///RFC 3339 timestamp of the customer's last update.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub updated_at: ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
    }
    impl Customer {
        pub fn builder() -> builder::Customer {
            Default::default()
        }
    }
    ///The customer's history with the partner
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    pub struct CustomerAccountHistory {
        ///Creation time of the customer's account with the partner (RFC 3339 timestamp)
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub account_created_at: ::std::option::Option<
            ::chrono::DateTime<::chrono::offset::Utc>,
        >,
        ///How long the customer has had an account with the partner, in months
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub account_tenure: ::std::option::Option<i64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub address: ::std::option::Option<Address>,
        ///The customer's email
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub email: ::std::option::Option<::std::string::String>,
        ///Given name
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub first_name: ::std::option::Option<::std::string::String>,
        ///Family name
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub last_name: ::std::option::Option<::std::string::String>,
        ///Current loyalty tier of the customer
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub loyalty_tier: ::std::option::Option<::std::string::String>,
        ///Lifetime value of the customer's account, in minor units (cents for USD)
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub ltv_amount: ::std::option::Option<i64>,
        ///ISO 4217 three-letter currency code of the amount
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub ltv_currency: ::std::option::Option<::std::string::String>,
        ///The customer's phone number, E.164 format
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub phone: ::std::option::Option<::std::string::String>,
        ///Preferred language, as an ISO 639-1 code
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub preferred_language: ::std::option::Option<::std::string::String>,
        ///Lifetime count of transactions the customer made with the partner
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub transaction_count: ::std::option::Option<i64>,
    }
    impl CustomerAccountHistory {
        pub fn builder() -> builder::CustomerAccountHistory {
            Default::default()
        }
    }
    ///`CustomerLink`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    pub struct CustomerLink {
        ///Creation time of the link (RFC 3339 timestamp).
        pub created_at: ::chrono::DateTime<::chrono::offset::Utc>,
        ///ID of the Imprint customer
        pub customer_id: ::std::string::String,
        ///Extra metadata for the link
        #[serde(default, skip_serializing_if = "::serde_json::Map::is_empty")]
        pub metadata: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
        pub partner_customer_id: PartnerCustomerId,
        pub status: crate::open_enums::CustomerLinkStatus,
        ///Last update time of the link (RFC 3339 timestamp).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub updated_at: ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
    }
    impl CustomerLink {
        pub fn builder() -> builder::CustomerLink {
            Default::default()
        }
    }
    ///`CustomerLinkWebhookPayload`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    pub struct CustomerLinkWebhookPayload {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub data: ::std::option::Option<CustomerLinkWebhookPayloadData>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub object: ::std::option::Option<
            crate::open_enums::CustomerLinkWebhookPayloadObject,
        >,
    }
    impl CustomerLinkWebhookPayload {
        pub fn builder() -> builder::CustomerLinkWebhookPayload {
            Default::default()
        }
    }
    ///`CustomerLinkWebhookPayloadData`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    pub struct CustomerLinkWebhookPayloadData {
        ///Creation time of the customer link (RFC 3339 timestamp)
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub created_at: ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
        ///Imprint's ID for the customer
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub customer_id: ::std::option::Option<::std::string::String>,
        ///Key-value metadata stored on the customer.
        #[serde(
            default,
            skip_serializing_if = ":: std :: collections :: HashMap::is_empty"
        )]
        pub customer_metadata: ::std::collections::HashMap<
            ::std::string::String,
            ::std::string::String,
        >,
        ///ID of the merchant this webhook event belongs to.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub merchant_key: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub partner_customer_id: ::std::option::Option<PartnerCustomerId>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub status: ::std::option::Option<
            crate::open_enums::CustomerLinkWebhookPayloadDataStatus,
        >,
        ///Last update time of the customer link (RFC 3339 timestamp)
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub updated_at: ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
    }
    impl CustomerLinkWebhookPayloadData {
        pub fn builder() -> builder::CustomerLinkWebhookPayloadData {
            Default::default()
        }
    }
    ///`CustomerListResponse`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    pub struct CustomerListResponse {
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub data: ::std::vec::Vec<Customer>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub has_more: ::std::option::Option<bool>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub total: ::std::option::Option<i64>,
    }
    impl CustomerListResponse {
        pub fn builder() -> builder::CustomerListResponse {
            Default::default()
        }
    }
    ///`CustomerNotFoundError`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    pub struct CustomerNotFoundError {
        ///What caused the error
        pub message: ::std::string::String,
        ///Parameter that caused the error
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub param: ::std::option::Option<::std::string::String>,
        ///Error category
        #[serde(rename = "type")]
        pub type_: ::std::string::String,
    }
    impl CustomerNotFoundError {
        pub fn builder() -> builder::CustomerNotFoundError {
            Default::default()
        }
    }
    ///A session opened for an Imprint customer
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    pub struct CustomerSession {
        pub client_secret: ::imprint_raw::support::Sensitive<::std::string::String>,
        ///Key-value pairs stored on the customer and echoed in webhook payloads sent to the partner
        #[serde(
            default,
            skip_serializing_if = ":: std :: collections :: HashMap::is_empty"
        )]
        pub customer_metadata: ::std::collections::HashMap<
            ::std::string::String,
            ::std::string::String,
        >,
        ///When the `client_secret` expires (RFC 3339 timestamp).
        pub expires_at: ::chrono::DateTime<::chrono::offset::Utc>,
        ///Imprint's ID for the session.
        pub id: ::std::string::String,
        ///Key-value pairs holding extra information about the session.
        #[serde(default, skip_serializing_if = "::serde_json::Map::is_empty")]
        pub metadata: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
        ///Where the session was started from
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub source: ::std::option::Option<::std::string::String>,
    }
    impl CustomerSession {
        pub fn builder() -> builder::CustomerSession {
            Default::default()
        }
    }
    ///`CustomerUpdateRequest`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    pub struct CustomerUpdateRequest {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub city: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub customer_history: ::std::option::Option<CustomerAccountHistory>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub email: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub first_name: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub last_name: ::std::option::Option<::std::string::String>,
        ///Extra data for the customer
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub metadata: ::std::option::Option<
            ::serde_json::Map<::std::string::String, ::serde_json::Value>,
        >,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub phone: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub postal_code: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub preferred_language: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub state: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub street_line1: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub street_line2: ::std::option::Option<::std::string::String>,
    }
    impl CustomerUpdateRequest {
        pub fn builder() -> builder::CustomerUpdateRequest {
            Default::default()
        }
    }
    ///The customer's birth date
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    pub struct DateOfBirth {
        ///Birth day of the month
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub day: ::std::option::Option<::std::num::NonZeroU64>,
        ///Birth month
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub month: ::std::option::Option<::std::num::NonZeroU64>,
        ///Birth year
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub year: ::std::option::Option<i64>,
    }
    impl DateOfBirth {
        pub fn builder() -> builder::DateOfBirth {
            Default::default()
        }
    }
    ///`GetPaymentMethodsResponse`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    pub struct GetPaymentMethodsResponse {
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub data: ::std::vec::Vec<PaymentMethod>,
    }
    impl GetPaymentMethodsResponse {
        pub fn builder() -> builder::GetPaymentMethodsResponse {
            Default::default()
        }
    }
    ///`GetRewardsBalanceResponse`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    pub struct GetRewardsBalanceResponse {
        ///ID of the customer
        pub customer_id: ::std::string::String,
        ///Rewards balance, as an integer
        pub reward_balance: i64,
        ///Rewards description that can be shown to the customer
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub reward_description: ::std::option::Option<::std::string::String>,
        ///Rewards symbol, a currency sign such as `$` or a unit such as `points`
        pub reward_symbol: ::std::string::String,
    }
    impl GetRewardsBalanceResponse {
        pub fn builder() -> builder::GetRewardsBalanceResponse {
            Default::default()
        }
    }
    ///`GetRewardsResponse`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    pub struct GetRewardsResponse {
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub data: ::std::vec::Vec<Reward>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub has_more: ::std::option::Option<bool>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub total: ::std::option::Option<i64>,
    }
    impl GetRewardsResponse {
        pub fn builder() -> builder::GetRewardsResponse {
            Default::default()
        }
    }
    ///`GetTransactionIntentsResponse`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    pub struct GetTransactionIntentsResponse {
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub data: ::std::vec::Vec<TransactionIntent>,
    }
    impl GetTransactionIntentsResponse {
        pub fn builder() -> builder::GetTransactionIntentsResponse {
            Default::default()
        }
    }
    ///`GetTransactionsResponse`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    pub struct GetTransactionsResponse {
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub data: ::std::vec::Vec<Transaction>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub has_more: ::std::option::Option<bool>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub total: ::std::option::Option<i64>,
    }
    impl GetTransactionsResponse {
        pub fn builder() -> builder::GetTransactionsResponse {
            Default::default()
        }
    }
    ///`InvalidRequestError`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    pub struct InvalidRequestError {
        ///Details about the error
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub details: ::std::vec::Vec<::std::string::String>,
        ///Error category
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub error: ::std::option::Option<::std::string::String>,
        ///Endpoint path that returned the error
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub path: ::std::option::Option<::std::string::String>,
        ///HTTP status of the error
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub status: ::std::option::Option<i64>,
        ///When the error happened
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub timestamp: ::std::option::Option<::std::string::String>,
    }
    impl InvalidRequestError {
        pub fn builder() -> builder::InvalidRequestError {
            Default::default()
        }
    }
    ///An API key
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    pub struct Key {
        ///Creation time of the key (RFC 3339)
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub created_at: ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
        ///Deletion time of the key (RFC 3339)
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub deleted_at: ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub key: ::std::option::Option<
            ::imprint_raw::support::Sensitive<::std::string::String>,
        >,
    }
    impl Key {
        pub fn builder() -> builder::Key {
            Default::default()
        }
    }
    ///`LinkCustomerAccountBody`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    pub struct LinkCustomerAccountBody {
        ///Extra metadata for the link
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub metadata: ::std::option::Option<
            ::serde_json::Map<::std::string::String, ::serde_json::Value>,
        >,
        pub partner_customer_id: PartnerCustomerId,
    }
    impl LinkCustomerAccountBody {
        pub fn builder() -> builder::LinkCustomerAccountBody {
            Default::default()
        }
    }
    ///`LinkCustomerAccountError409`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    pub struct LinkCustomerAccountError409 {
        pub error: LinkCustomerAccountError409Error,
    }
    impl LinkCustomerAccountError409 {
        pub fn builder() -> builder::LinkCustomerAccountError409 {
            Default::default()
        }
    }
    ///`LinkCustomerAccountError409Error`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    pub struct LinkCustomerAccountError409Error {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub existing_link: ::std::option::Option<CustomerLink>,
        pub message: ::std::string::String,
        ///Kind of error, such as CUSTOMER_ALREADY_LINKED
        #[serde(rename = "type")]
        pub type_: ::std::string::String,
    }
    impl LinkCustomerAccountError409Error {
        pub fn builder() -> builder::LinkCustomerAccountError409Error {
            Default::default()
        }
    }
    ///`Merchant`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    pub struct Merchant {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub address: ::std::option::Option<Address>,
        ///Merchant category name.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub category: ::std::option::Option<::std::string::String>,
        ///Merchant category code.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub category_code: ::std::option::Option<::std::string::String>,
        ///Merchant at which the transaction took place.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub name: ::std::option::Option<::std::string::String>,
        ///Merchant ID assigned by the payment network.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub network_id: ::std::option::Option<::std::string::String>,
    }
    impl Merchant {
        pub fn builder() -> builder::Merchant {
            Default::default()
        }
    }
    ///Marketing placement of an offer for a partner's customer
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    pub struct Offer {
        ///Complete marketing text of the offer
        pub description: ::std::string::String,
        ///Imprint's ID for the offer placement
        pub id: ::std::string::String,
        ///Whether the offer is prescreened
        pub is_prescreened: bool,
        ///Brief, readable offer title
        pub title: ::std::string::String,
    }
    impl Offer {
        pub fn builder() -> builder::Offer {
            Default::default()
        }
    }
    ///`Order`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    #[serde(transparent)]
    pub struct Order(pub OrderBase);
    impl ::std::ops::Deref for Order {
        type Target = OrderBase;
        fn deref(&self) -> &OrderBase {
            &self.0
        }
    }
    impl ::std::convert::From<Order> for OrderBase {
        fn from(value: Order) -> Self {
            value.0
        }
    }
    impl ::std::convert::From<OrderBase> for Order {
        fn from(value: OrderBase) -> Self {
            Self(value)
        }
    }
    ///`OrderBase`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    pub struct OrderBase {
        ///Creation time of the order (RFC 3339 timestamp)
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub created_at: ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
        ///ISO 4217 three-letter currency code of the amount (e.g. "USD")
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub currency: ::std::option::Option<::std::string::String>,
        ///ID of the customer
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub customer_id: ::std::option::Option<::std::string::String>,
        ///ID of the order
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub id: ::std::option::Option<::std::string::String>,
        ///Addresses of the merchant
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub merchant_address: ::std::vec::Vec<Address>,
        ///ID of the merchant
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub merchant_id: ::std::option::Option<::std::string::String>,
        ///Name of the merchant
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub merchant_name: ::std::option::Option<::std::string::String>,
        ///Items in the order, stating the amounts and rewards *expected* in later events. Later changes can be sent as events rather than by editing the order; events are the final record of amounts, rewards and lines. If given, line rates and rewards rates (times quantity) must add up to `total_order_amount` and `total_rewards_amount`.
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub order_lines: ::std::vec::Vec<OrderLine>,
        ///The partner's ID for the order
        pub partner_order_id: ::std::string::String,
        ///ID of the payment method
        pub payment_method_id: ::std::string::String,
        pub total_order_amount: CurrencyAmount,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub total_rewards_amount: ::std::option::Option<CurrencyAmount>,
        ///Last update time of the order (RFC 3339 timestamp)
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub updated_at: ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
    }
    impl OrderBase {
        pub fn builder() -> builder::OrderBase {
            Default::default()
        }
    }
    ///`OrderEvent`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    #[serde(transparent)]
    pub struct OrderEvent(pub OrderEventBase);
    impl ::std::ops::Deref for OrderEvent {
        type Target = OrderEventBase;
        fn deref(&self) -> &OrderEventBase {
            &self.0
        }
    }
    impl ::std::convert::From<OrderEvent> for OrderEventBase {
        fn from(value: OrderEvent) -> Self {
            value.0
        }
    }
    impl ::std::convert::From<OrderEventBase> for OrderEvent {
        fn from(value: OrderEventBase) -> Self {
            Self(value)
        }
    }
    ///`OrderEventBase`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    pub struct OrderEventBase {
        pub amount: CurrencyAmount,
        ///ISO 4217 three-letter currency code of the amount (e.g. "USD")
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub currency: ::std::option::Option<::std::string::String>,
        ///The card network's transaction ID
        pub network_transaction_id: ::std::string::String,
        ///ID of the order event
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub order_event_id: ::std::option::Option<::std::string::String>,
        ///ID of the order this event belongs to
        pub order_id: ::std::string::String,
        ///If given, line rates and rewards rates (times quantity) must add up to `amount` and `rewards_amount`. An order's event totals need not equal its `total_order_amount` and `total_rewards_amount`; events are the final record of what happened.
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub order_lines: ::std::vec::Vec<OrderLine>,
        ///The partner's ID for the event
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub partner_event_id: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub rewards_amount: ::std::option::Option<CurrencyAmount>,
        #[serde(rename = "type")]
        pub type_: crate::open_enums::OrderEventBaseType,
    }
    impl OrderEventBase {
        pub fn builder() -> builder::OrderEventBase {
            Default::default()
        }
    }
    ///`OrderEventsResponse`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    pub struct OrderEventsResponse {
        ///Matching order events
        pub data: ::std::vec::Vec<OrderEvent>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub has_more: ::std::option::Option<bool>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub total: ::std::option::Option<i64>,
    }
    impl OrderEventsResponse {
        pub fn builder() -> builder::OrderEventsResponse {
            Default::default()
        }
    }
    ///`OrderLine`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    pub struct OrderLine {
        ///Line item name
        pub name: ::std::string::String,
        ///Product page URL
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub product_url: ::std::option::Option<::std::string::String>,
        ///How many of the item
        pub quantity: i64,
        pub rate: CurrencyAmount,
        pub rewards_rate: CurrencyAmount,
    }
    impl OrderLine {
        pub fn builder() -> builder::OrderLine {
            Default::default()
        }
    }
    ///`OrdersResponse`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    pub struct OrdersResponse {
        ///Matching orders
        pub data: ::std::vec::Vec<Order>,
    }
    impl OrdersResponse {
        pub fn builder() -> builder::OrdersResponse {
            Default::default()
        }
    }
    ///Customer's ID in the partner's system
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        Eq,
        Hash,
        Ord,
        PartialEq,
        PartialOrd
    )]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    #[serde(transparent)]
    pub struct PartnerCustomerId(pub ::std::string::String);
    impl ::std::ops::Deref for PartnerCustomerId {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<PartnerCustomerId> for ::std::string::String {
        fn from(value: PartnerCustomerId) -> Self {
            value.0
        }
    }
    impl ::std::convert::From<::std::string::String> for PartnerCustomerId {
        fn from(value: ::std::string::String) -> Self {
            Self(value)
        }
    }
    impl ::std::fmt::Display for PartnerCustomerId {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            self.0.fmt(f)
        }
    }
    impl ::std::str::FromStr for PartnerCustomerId {
        type Err = ::std::convert::Infallible;
        fn from_str(value: &str) -> ::std::result::Result<Self, Self::Err> {
            Ok(Self(value.to_string()))
        }
    }
    ///`PartnerCustomerNotFoundError`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    pub struct PartnerCustomerNotFoundError {
        ///What caused the error
        pub message: ::std::string::String,
        ///Parameter that caused the error
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub param: ::std::option::Option<::std::string::String>,
        ///Error category
        #[serde(rename = "type")]
        pub type_: ::std::string::String,
    }
    impl PartnerCustomerNotFoundError {
        pub fn builder() -> builder::PartnerCustomerNotFoundError {
            Default::default()
        }
    }
    ///`PatchRewardBody`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    pub struct PatchRewardBody {
        ///New reward amount
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub amount: ::std::option::Option<i64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub status: ::std::option::Option<crate::open_enums::RewardStatus>,
    }
    impl PatchRewardBody {
        pub fn builder() -> builder::PatchRewardBody {
            Default::default()
        }
    }
    ///`PaymentMethod`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    pub struct PaymentMethod {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub bank_account: ::std::option::Option<PaymentMethodBankAccount>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub card: ::std::option::Option<PaymentMethodCard>,
        ///Creation time of the payment method (RFC 3339 timestamp)
        pub created_at: ::chrono::DateTime<::chrono::offset::Utc>,
        ///Owner of the payment method, as an Imprint customer `id`.
        pub customer_id: ::std::string::String,
        ///Imprint's ID for the payment method.
        pub id: ::std::string::String,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub loan: ::std::option::Option<PaymentMethodLoan>,
        ///Extra metadata for the payment method
        pub metadata: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
        pub status: crate::open_enums::PaymentMethodStatus,
        #[serde(rename = "type")]
        pub type_: crate::open_enums::PaymentMethodType,
        ///Last update time of the payment method (RFC 3339 timestamp)
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub updated_at: ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
    }
    impl PaymentMethod {
        pub fn builder() -> builder::PaymentMethod {
            Default::default()
        }
    }
    ///Bank account details, present when the type is `BANK_ACCOUNT`.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    pub struct PaymentMethodBankAccount {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub account_type: ::std::option::Option<
            crate::open_enums::PaymentMethodBankAccountAccountType,
        >,
        ///Name of the bank
        pub bank_name: ::std::string::String,
        ///Last four digits of the account number.
        pub last4: PaymentMethodBankAccountLast4,
        pub routing_number: ::imprint_raw::support::Sensitive<::std::string::String>,
    }
    impl PaymentMethodBankAccount {
        pub fn builder() -> builder::PaymentMethodBankAccount {
            Default::default()
        }
    }
    ///Last four digits of the account number.
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    #[serde(transparent)]
    pub struct PaymentMethodBankAccountLast4(::std::string::String);
    impl ::std::ops::Deref for PaymentMethodBankAccountLast4 {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<PaymentMethodBankAccountLast4> for ::std::string::String {
        fn from(value: PaymentMethodBankAccountLast4) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for PaymentMethodBankAccountLast4 {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() > 4usize {
                return Err("longer than 4 characters".into());
            }
            if value.chars().count() < 4usize {
                return Err("shorter than 4 characters".into());
            }
            Ok(Self(value.to_string()))
        }
    }
    impl ::std::convert::TryFrom<&str> for PaymentMethodBankAccountLast4 {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String>
    for PaymentMethodBankAccountLast4 {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for PaymentMethodBankAccountLast4 {
        fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
        where
            D: ::serde::Deserializer<'de>,
        {
            ::std::string::String::deserialize(deserializer)?
                .parse()
                .map_err(|e: self::error::ConversionError| {
                    <D::Error as ::serde::de::Error>::custom(e.to_string())
                })
        }
    }
    ///Card details, present when the type is `CARD`.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    pub struct PaymentMethodCard {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub card_design_id: ::std::option::Option<CardDesignId>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub card_type: ::std::option::Option<crate::open_enums::CardType>,
        ///Expiry month (MM).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub exp_month: ::std::option::Option<::std::string::String>,
        ///Expiry year (YYYY).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub exp_year: ::std::option::Option<::std::string::String>,
        ///Last four digits of the card number (PAN)
        pub last4: PaymentMethodCardLast4,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub network: ::std::option::Option<crate::open_enums::PaymentMethodCardNetwork>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub pci_details: ::std::option::Option<
            ::imprint_raw::support::Sensitive<PaymentMethodCardPciDetails>,
        >,
        ///Tokens for this payment method defined by third-party providers, included by Imprint.
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub tokens: ::std::vec::Vec<PaymentMethodToken>,
    }
    impl PaymentMethodCard {
        pub fn builder() -> builder::PaymentMethodCard {
            Default::default()
        }
    }
    ///Last four digits of the card number (PAN)
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    #[serde(transparent)]
    pub struct PaymentMethodCardLast4(::std::string::String);
    impl ::std::ops::Deref for PaymentMethodCardLast4 {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<PaymentMethodCardLast4> for ::std::string::String {
        fn from(value: PaymentMethodCardLast4) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for PaymentMethodCardLast4 {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() > 4usize {
                return Err("longer than 4 characters".into());
            }
            if value.chars().count() < 4usize {
                return Err("shorter than 4 characters".into());
            }
            Ok(Self(value.to_string()))
        }
    }
    impl ::std::convert::TryFrom<&str> for PaymentMethodCardLast4 {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for PaymentMethodCardLast4 {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for PaymentMethodCardLast4 {
        fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
        where
            D: ::serde::Deserializer<'de>,
        {
            ::std::string::String::deserialize(deserializer)?
                .parse()
                .map_err(|e: self::error::ConversionError| {
                    <D::Error as ::serde::de::Error>::custom(e.to_string())
                })
        }
    }
    ///PCI data for the card; in production only verified PCI-compliant partners can retrieve it.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    pub struct PaymentMethodCardPciDetails {
        ///The 3- or 4-digit security code that checks card-not-present transactions against fraud.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub cvv: ::std::option::Option<::std::string::String>,
        ///Expiry month
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub exp_month: ::std::option::Option<::std::string::String>,
        ///Expiry year
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub exp_year: ::std::option::Option<::std::string::String>,
        ///The card's 16-digit number, printed on its front, identifying the cardholder's account.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub pan: ::std::option::Option<::std::string::String>,
    }
    impl PaymentMethodCardPciDetails {
        pub fn builder() -> builder::PaymentMethodCardPciDetails {
            Default::default()
        }
    }
    ///Loan details, present when the type is `LOAN`.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    pub struct PaymentMethodLoan {
        ///Amount, in minor currency units.
        pub amount: i64,
        ///Loan APR as a floating-point value
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub apr: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub currency: ::std::option::Option<TransactionCurrency>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub loan_status: ::std::option::Option<
            crate::open_enums::PaymentMethodLoanLoanStatus,
        >,
        ///Loan balance not yet spent
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub remaining_balance: ::std::option::Option<i64>,
        ///Loan term, in months
        pub term_months: i64,
    }
    impl PaymentMethodLoan {
        pub fn builder() -> builder::PaymentMethodLoan {
            Default::default()
        }
    }
    ///`PaymentMethodNotFoundError`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    pub struct PaymentMethodNotFoundError {
        ///What caused the error.
        pub message: ::std::string::String,
        ///Parameter that caused the error
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub param: ::std::option::Option<::std::string::String>,
        ///Error category
        #[serde(rename = "type")]
        pub type_: ::std::string::String,
    }
    impl PaymentMethodNotFoundError {
        pub fn builder() -> builder::PaymentMethodNotFoundError {
            Default::default()
        }
    }
    ///`PaymentMethodToken`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    pub struct PaymentMethodToken {
        ///Creation time of the payment method (RFC 3339 timestamp)
        pub created_at: ::chrono::DateTime<::chrono::offset::Utc>,
        ///Processor-defined ID standing for the PAN
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub pan_reference_id: ::std::option::Option<::std::string::String>,
        ///Processor-defined token value
        pub token: ::std::string::String,
        #[serde(rename = "type")]
        pub type_: crate::open_enums::PaymentMethodTokenType,
        ///Update time of the payment method (RFC 3339 timestamp)
        pub updated_at: ::chrono::DateTime<::chrono::offset::Utc>,
    }
    impl PaymentMethodToken {
        pub fn builder() -> builder::PaymentMethodToken {
            Default::default()
        }
    }
    ///`PaymentMethodWebhookPayload`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    pub struct PaymentMethodWebhookPayload {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub data: ::std::option::Option<PaymentMethodWebhookPayloadData>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub object: ::std::option::Option<
            crate::open_enums::PaymentMethodWebhookPayloadObject,
        >,
    }
    impl PaymentMethodWebhookPayload {
        pub fn builder() -> builder::PaymentMethodWebhookPayload {
            Default::default()
        }
    }
    ///`PaymentMethodWebhookPayloadData`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    pub struct PaymentMethodWebhookPayloadData {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub card_design_id: ::std::option::Option<CardDesignId>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub card_type: ::std::option::Option<crate::open_enums::CardType>,
        ///Creation time of the payment method (RFC 3339 timestamp)
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub created_at: ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
        ///ID of the related customer
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub customer_id: ::std::option::Option<::std::string::String>,
        ///Key-value metadata stored on the customer.
        #[serde(
            default,
            skip_serializing_if = ":: std :: collections :: HashMap::is_empty"
        )]
        pub customer_metadata: ::std::collections::HashMap<
            ::std::string::String,
            ::std::string::String,
        >,
        ///ID of the merchant this webhook event belongs to.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub merchant_key: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub new_status: ::std::option::Option<
            crate::open_enums::PaymentMethodWebhookPayloadDataNewStatus,
        >,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub partner_customer_id: ::std::option::Option<PartnerCustomerId>,
        ///ID of the payment method.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub payment_method_id: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub previous_status: ::std::option::Option<
            crate::open_enums::PaymentMethodWebhookPayloadDataPreviousStatus,
        >,
        ///Tokens for this payment method defined by third-party providers, included by Imprint.
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub tokens: ::std::vec::Vec<PaymentMethodToken>,
        ///Update time of the payment method (RFC 3339 timestamp)
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub updated_at: ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
    }
    impl PaymentMethodWebhookPayloadData {
        pub fn builder() -> builder::PaymentMethodWebhookPayloadData {
            Default::default()
        }
    }
    ///`PurchaseMethod`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    #[serde(transparent)]
    pub struct PurchaseMethod(
        pub ::std::option::Option<crate::open_enums::PurchaseMethodValue>,
    );
    impl ::std::ops::Deref for PurchaseMethod {
        type Target = ::std::option::Option<crate::open_enums::PurchaseMethodValue>;
        fn deref(
            &self,
        ) -> &::std::option::Option<crate::open_enums::PurchaseMethodValue> {
            &self.0
        }
    }
    impl ::std::convert::From<PurchaseMethod>
    for ::std::option::Option<crate::open_enums::PurchaseMethodValue> {
        fn from(value: PurchaseMethod) -> Self {
            value.0
        }
    }
    impl ::std::convert::From<
        ::std::option::Option<crate::open_enums::PurchaseMethodValue>,
    > for PurchaseMethod {
        fn from(
            value: ::std::option::Option<crate::open_enums::PurchaseMethodValue>,
        ) -> Self {
            Self(value)
        }
    }
    ///`PutOrderError404`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    pub struct PutOrderError404 {
        ///What caused the error
        pub message: ::std::string::String,
        ///Parameter that caused the error
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub param: ::std::option::Option<::std::string::String>,
        ///Error category
        #[serde(rename = "type")]
        pub type_: ::std::string::String,
    }
    impl PutOrderError404 {
        pub fn builder() -> builder::PutOrderError404 {
            Default::default()
        }
    }
    ///`Reward`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    pub struct Reward {
        ///Reward amount, in minor units.
        pub amount: i64,
        ///Creation time of the reward (RFC 3339 timestamp)
        pub created_at: ::chrono::DateTime<::chrono::offset::Utc>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub currency: ::std::option::Option<RewardCurrency>,
        pub customer_id: ::std::string::String,
        pub id: ::std::string::String,
        #[serde(default, skip_serializing_if = "::serde_json::Map::is_empty")]
        pub metadata: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
        pub status: crate::open_enums::RewardStatus,
        ///The transaction that produced this reward, if any.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub transaction_event_id: ::std::option::Option<::std::string::String>,
        #[serde(rename = "type")]
        pub type_: crate::open_enums::RewardType,
        ///Last update time of the reward (RFC 3339 timestamp)
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub updated_at: ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
    }
    impl Reward {
        pub fn builder() -> builder::Reward {
            Default::default()
        }
    }
    ///ISO 4217 three-letter currency code such as "USD", or a reward unit such as "POINTS"
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        Eq,
        Hash,
        Ord,
        PartialEq,
        PartialOrd
    )]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    #[serde(transparent)]
    pub struct RewardCurrency(pub ::std::string::String);
    impl ::std::ops::Deref for RewardCurrency {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<RewardCurrency> for ::std::string::String {
        fn from(value: RewardCurrency) -> Self {
            value.0
        }
    }
    impl ::std::convert::From<::std::string::String> for RewardCurrency {
        fn from(value: ::std::string::String) -> Self {
            Self(value)
        }
    }
    impl ::std::fmt::Display for RewardCurrency {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            self.0.fmt(f)
        }
    }
    impl ::std::str::FromStr for RewardCurrency {
        type Err = ::std::convert::Infallible;
        fn from_str(value: &str) -> ::std::result::Result<Self, Self::Err> {
            Ok(Self(value.to_string()))
        }
    }
    ///`RewardNotFoundError`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    pub struct RewardNotFoundError {
        ///What caused the error.
        pub message: ::std::string::String,
        ///Parameter that caused the error
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub param: ::std::option::Option<::std::string::String>,
        ///Error category
        #[serde(rename = "type")]
        pub type_: ::std::string::String,
    }
    impl RewardNotFoundError {
        pub fn builder() -> builder::RewardNotFoundError {
            Default::default()
        }
    }
    ///`RewardWebhookPayload`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    pub struct RewardWebhookPayload {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub data: ::std::option::Option<RewardWebhookPayloadData>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub object: ::std::option::Option<crate::open_enums::RewardWebhookPayloadObject>,
    }
    impl RewardWebhookPayload {
        pub fn builder() -> builder::RewardWebhookPayload {
            Default::default()
        }
    }
    ///`RewardWebhookPayloadData`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    pub struct RewardWebhookPayloadData {
        ///Reward amount in minor units (cents for USD).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub amount: ::std::option::Option<i64>,
        ///Creation time of the reward (RFC 3339 timestamp)
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub created_at: ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub currency: ::std::option::Option<RewardCurrency>,
        ///ID of the related customer
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub customer_id: ::std::option::Option<::std::string::String>,
        ///Key-value metadata stored on the customer.
        #[serde(
            default,
            skip_serializing_if = ":: std :: collections :: HashMap::is_empty"
        )]
        pub customer_metadata: ::std::collections::HashMap<
            ::std::string::String,
            ::std::string::String,
        >,
        ///ID of the merchant this webhook event belongs to.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub merchant_key: ::std::option::Option<::std::string::String>,
        #[serde(default, skip_serializing_if = "::serde_json::Map::is_empty")]
        pub metadata: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
        ///ID of the reward; pass it to the Retrieve a reward API for details
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub reward_id: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub status: ::std::option::Option<crate::open_enums::RewardStatus>,
        ///Related transaction, for rewards of type TRANSACTION
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub transaction_id: ::std::option::Option<::std::string::String>,
        #[serde(rename = "type", skip_serializing_if = "::std::option::Option::is_none")]
        pub type_: ::std::option::Option<crate::open_enums::RewardType>,
    }
    impl RewardWebhookPayloadData {
        pub fn builder() -> builder::RewardWebhookPayloadData {
            Default::default()
        }
    }
    ///`SearchCustomersPostBody`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    pub struct SearchCustomersPostBody {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub date_of_birth: ::std::option::Option<
            ::imprint_raw::support::Sensitive<DateOfBirth>,
        >,
        ///Maximum number of results to return
        #[serde(default = "defaults::default_nzu64::<::std::num::NonZeroU32, 10>")]
        pub limit: ::std::num::NonZeroU32,
        ///Customer's ID in the partner's system
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub partner_customer_id: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub ssn: ::std::option::Option<
            ::imprint_raw::support::Sensitive<::std::string::String>,
        >,
        ///Pagination cursor, an ID marking where the list resumes.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub starting_after: ::std::option::Option<::std::string::String>,
    }
    impl ::std::default::Default for SearchCustomersPostBody {
        fn default() -> Self {
            Self {
                date_of_birth: Default::default(),
                limit: defaults::default_nzu64::<::std::num::NonZeroU32, 10>(),
                partner_customer_id: Default::default(),
                ssn: Default::default(),
                starting_after: Default::default(),
            }
        }
    }
    impl SearchCustomersPostBody {
        pub fn builder() -> builder::SearchCustomersPostBody {
            Default::default()
        }
    }
    ///`SearchPaymentMethodsPostBody`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    pub struct SearchPaymentMethodsPostBody {
        ///ID of the Imprint customer
        pub customer_id: ::std::string::String,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub pan: ::std::option::Option<
            ::imprint_raw::support::Sensitive<::std::string::String>,
        >,
        #[serde(rename = "type", skip_serializing_if = "::std::option::Option::is_none")]
        pub type_: ::std::option::Option<
            crate::open_enums::SearchPaymentMethodsPostBodyType,
        >,
    }
    impl SearchPaymentMethodsPostBody {
        pub fn builder() -> builder::SearchPaymentMethodsPostBody {
            Default::default()
        }
    }
    ///`SearchPaymentMethodsPostResponse`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    pub struct SearchPaymentMethodsPostResponse {
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub data: ::std::vec::Vec<PaymentMethod>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub has_more: ::std::option::Option<bool>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub total: ::std::option::Option<i64>,
    }
    impl SearchPaymentMethodsPostResponse {
        pub fn builder() -> builder::SearchPaymentMethodsPostResponse {
            Default::default()
        }
    }
    ///`SearchPaymentMethodsResponse`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    pub struct SearchPaymentMethodsResponse {
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub data: ::std::vec::Vec<PaymentMethod>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub has_more: ::std::option::Option<bool>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub total: ::std::option::Option<i64>,
    }
    impl SearchPaymentMethodsResponse {
        pub fn builder() -> builder::SearchPaymentMethodsResponse {
            Default::default()
        }
    }
    ///`SearchRewardsResponse`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    pub struct SearchRewardsResponse {
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub data: ::std::vec::Vec<Reward>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub has_more: ::std::option::Option<bool>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub total: ::std::option::Option<i64>,
    }
    impl SearchRewardsResponse {
        pub fn builder() -> builder::SearchRewardsResponse {
            Default::default()
        }
    }
    ///`SearchTransactionIntentsResponse`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    pub struct SearchTransactionIntentsResponse {
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub data: ::std::vec::Vec<TransactionIntent>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub has_more: ::std::option::Option<bool>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub total: ::std::option::Option<i64>,
    }
    impl SearchTransactionIntentsResponse {
        pub fn builder() -> builder::SearchTransactionIntentsResponse {
            Default::default()
        }
    }
    ///`SessionNotFoundError`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    pub struct SessionNotFoundError {
        ///What caused the error
        pub message: ::std::string::String,
        ///Parameter that caused the error
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub param: ::std::option::Option<::std::string::String>,
        ///Error category
        #[serde(rename = "type")]
        pub type_: ::std::string::String,
    }
    impl SessionNotFoundError {
        pub fn builder() -> builder::SessionNotFoundError {
            Default::default()
        }
    }
    ///`SimulateRewardBody`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    pub struct SimulateRewardBody {
        pub customer_id: ::std::string::String,
        pub reward_type: crate::open_enums::SimulateRewardBodyRewardType,
    }
    impl SimulateRewardBody {
        pub fn builder() -> builder::SimulateRewardBody {
            Default::default()
        }
    }
    ///`SimulateRewardResponse`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    pub struct SimulateRewardResponse {
        ///Share this ID with your Imprint team if a webhook is missing or unexpected
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub debugging_id: ::std::option::Option<::std::string::String>,
    }
    impl SimulateRewardResponse {
        pub fn builder() -> builder::SimulateRewardResponse {
            Default::default()
        }
    }
    ///`SimulateStatementRewardBody`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    pub struct SimulateStatementRewardBody {
        pub customer_id: ::std::string::String,
    }
    impl SimulateStatementRewardBody {
        pub fn builder() -> builder::SimulateStatementRewardBody {
            Default::default()
        }
    }
    ///`SimulateStatementRewardResponse`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    pub struct SimulateStatementRewardResponse {
        ///Share this ID with your Imprint team if a webhook is missing or unexpected
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub debugging_id: ::std::option::Option<::std::string::String>,
    }
    impl SimulateStatementRewardResponse {
        pub fn builder() -> builder::SimulateStatementRewardResponse {
            Default::default()
        }
    }
    ///`SimulateTransactionEventBody`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    pub struct SimulateTransactionEventBody {
        ///Transaction amount in minor units (cents for USD).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub amount: ::std::option::Option<i64>,
        ///Authorization code of the transaction.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub authorization_code: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub currency: ::std::option::Option<TransactionCurrency>,
        ///ID of the event.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub event_id: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub merchant: ::std::option::Option<Merchant>,
        ///Payment network's ID for the transaction.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub network_transaction_id: ::std::option::Option<::std::string::String>,
        ///ID of the payment method that was used.
        pub payment_method_id: ::std::string::String,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub purchase_method: ::std::option::Option<PurchaseMethod>,
        pub status: crate::open_enums::TransactionStatus,
        ///ID of the transaction; a VOID, UPDATE, CAPTURE or REFUND needs it.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub transaction_id: ::std::option::Option<::std::string::String>,
    }
    impl SimulateTransactionEventBody {
        pub fn builder() -> builder::SimulateTransactionEventBody {
            Default::default()
        }
    }
    ///`StreakWebhookPayload`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    pub struct StreakWebhookPayload {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub data: ::std::option::Option<StreakWebhookPayloadData>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub object: ::std::option::Option<crate::open_enums::StreakWebhookPayloadObject>,
    }
    impl StreakWebhookPayload {
        pub fn builder() -> builder::StreakWebhookPayload {
            Default::default()
        }
    }
    ///`StreakWebhookPayloadData`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    pub struct StreakWebhookPayloadData {
        ///Partner-facing benefit IDs the partner should fulfill; always present, filled only on STREAK_COMPLETED and empty otherwise.
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub benefits: ::std::vec::Vec<::std::string::String>,
        ///Periods the customer has completed so far.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub completed_periods: ::std::option::Option<i64>,
        ///When the triggering event happened (RFC 3339, millisecond precision); always present.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub created_at: ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
        ///Index (starting at 1) of the current period.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub current_period: ::std::option::Option<i64>,
        ///When the current period closes (RFC 3339, millisecond precision); absent on STREAK_FAILED.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub current_period_end_at: ::std::option::Option<
            ::chrono::DateTime<::chrono::offset::Utc>,
        >,
        ///When the current period opened (RFC 3339, millisecond precision); absent on STREAK_FAILED.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub current_period_start_at: ::std::option::Option<
            ::chrono::DateTime<::chrono::offset::Utc>,
        >,
        ///Imprint's ID for the related customer.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub customer_id: ::std::option::Option<::std::string::String>,
        ///Key-value metadata stored on the customer.
        #[serde(
            default,
            skip_serializing_if = ":: std :: collections :: HashMap::is_empty"
        )]
        pub customer_metadata: ::std::collections::HashMap<
            ::std::string::String,
            ::std::string::String,
        >,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub event: ::std::option::Option<crate::open_enums::StreakEvent>,
        ///ID of the merchant this webhook event belongs to.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub merchant_key: ::std::option::Option<::std::string::String>,
        #[serde(default, skip_serializing_if = "::serde_json::Map::is_empty")]
        pub metadata: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub partner_customer_id: ::std::option::Option<PartnerCustomerId>,
        ///Cadence on which streak progress is evaluated.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub period_type: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub status: ::std::option::Option<crate::open_enums::StreakStatus>,
        ///ID of the streak configuration this instance came from.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub streak_config_id: ::std::option::Option<::std::string::String>,
        ///ID of this customer's streak instance.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub streak_id: ::std::option::Option<::std::string::String>,
        ///Periods needed to complete the streak.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub total_periods: ::std::option::Option<i64>,
    }
    impl StreakWebhookPayloadData {
        pub fn builder() -> builder::StreakWebhookPayloadData {
            Default::default()
        }
    }
    ///`Transaction`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    pub struct Transaction {
        ///Amount of the transaction, in minor units.
        pub amount: i64,
        ///Authorization code.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub authorization_code: ::std::option::Option<::std::string::String>,
        ///Creation time of the transaction (RFC 3339 timestamp)
        pub created_at: ::chrono::DateTime<::chrono::offset::Utc>,
        pub currency: TransactionCurrency,
        ///Imprint customer ID of the transaction
        pub customer_id: ::std::string::String,
        pub id: ::std::string::String,
        ///ID of the originating transaction intent
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub intent_id: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub merchant: ::std::option::Option<Merchant>,
        #[serde(default, skip_serializing_if = "::serde_json::Map::is_empty")]
        pub metadata: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
        ///The card network's transaction ID, such as the Mastercard Trace ID, Visa Transaction ID or American Express Network Reference ID
        pub network_transaction_id: ::std::string::String,
        ///Partner's own ID for the transaction
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub partner_transaction_id: ::std::option::Option<::std::string::String>,
        ///ID of the payment method used
        pub payment_method_id: ::std::string::String,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub purchase_method: ::std::option::Option<PurchaseMethod>,
        pub status: crate::open_enums::TransactionStatus,
        ///Last update time of the transaction (RFC 3339 timestamp)
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub updated_at: ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
    }
    impl Transaction {
        pub fn builder() -> builder::Transaction {
            Default::default()
        }
    }
    ///ISO 4217 three-letter currency code of the amount (e.g. "USD")
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        Eq,
        Hash,
        Ord,
        PartialEq,
        PartialOrd
    )]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    #[serde(transparent)]
    pub struct TransactionCurrency(pub ::std::string::String);
    impl ::std::ops::Deref for TransactionCurrency {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<TransactionCurrency> for ::std::string::String {
        fn from(value: TransactionCurrency) -> Self {
            value.0
        }
    }
    impl ::std::convert::From<::std::string::String> for TransactionCurrency {
        fn from(value: ::std::string::String) -> Self {
            Self(value)
        }
    }
    impl ::std::fmt::Display for TransactionCurrency {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            self.0.fmt(f)
        }
    }
    impl ::std::str::FromStr for TransactionCurrency {
        type Err = ::std::convert::Infallible;
        fn from_str(value: &str) -> ::std::result::Result<Self, Self::Err> {
            Ok(Self(value.to_string()))
        }
    }
    ///`TransactionEvent`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    pub struct TransactionEvent {
        ///ID of the generated event; equals the event_id of the matching transaction event notification
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub event_id: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub status: ::std::option::Option<crate::open_enums::TransactionStatus>,
        ///ID of the transaction
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub transaction_id: ::std::option::Option<::std::string::String>,
    }
    impl TransactionEvent {
        pub fn builder() -> builder::TransactionEvent {
            Default::default()
        }
    }
    ///`TransactionIntent`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    pub struct TransactionIntent {
        ///Monetary amount
        pub amount: i64,
        ///Creation time of the transaction intent (RFC 3339 timestamp)
        pub created_at: ::chrono::DateTime<::chrono::offset::Utc>,
        pub currency: TransactionCurrency,
        pub customer_id: ::std::string::String,
        pub id: ::std::string::String,
        ///Extra data for the transaction intent
        #[serde(default, skip_serializing_if = "::serde_json::Map::is_empty")]
        pub metadata: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
        ///The card network's transaction ID, such as the Mastercard Trace ID, Visa Transaction ID or American Express Network Reference ID
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub network_transaction_id: ::std::option::Option<::std::string::String>,
        ///Partner's own ID for the transaction
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub partner_transaction_id: ::std::option::Option<::std::string::String>,
        ///The `payment_method_id` used to execute this `transaction_intent`.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub payment_method_id: ::std::option::Option<::std::string::String>,
        pub status: crate::open_enums::TransactionIntentStatus,
        ///Last update time of the transaction intent (RFC 3339 timestamp)
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub updated_at: ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
    }
    impl TransactionIntent {
        pub fn builder() -> builder::TransactionIntent {
            Default::default()
        }
    }
    ///`TransactionIntentFoundError`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    pub struct TransactionIntentFoundError {
        ///What caused the error.
        pub message: ::std::string::String,
        ///Parameter that caused the error.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub param: ::std::option::Option<::std::string::String>,
        ///Error category.
        #[serde(rename = "type")]
        pub type_: ::std::string::String,
    }
    impl TransactionIntentFoundError {
        pub fn builder() -> builder::TransactionIntentFoundError {
            Default::default()
        }
    }
    ///`TransactionNotFoundError`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    pub struct TransactionNotFoundError {
        ///What caused the error.
        pub message: ::std::string::String,
        ///Parameter that caused the error.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub param: ::std::option::Option<::std::string::String>,
        ///Error category.
        #[serde(rename = "type")]
        pub type_: ::std::string::String,
    }
    impl TransactionNotFoundError {
        pub fn builder() -> builder::TransactionNotFoundError {
            Default::default()
        }
    }
    ///`TransactionWebhookPayload`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    pub struct TransactionWebhookPayload {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub data: ::std::option::Option<TransactionWebhookPayloadData>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub object: ::std::option::Option<
            crate::open_enums::TransactionWebhookPayloadObject,
        >,
    }
    impl TransactionWebhookPayload {
        pub fn builder() -> builder::TransactionWebhookPayload {
            Default::default()
        }
    }
    ///`TransactionWebhookPayloadData`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    pub struct TransactionWebhookPayloadData {
        ///Transaction amount in minor units (cents for USD).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub amount: ::std::option::Option<i64>,
        ///Authorization code of the transaction.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub authorization_code: ::std::option::Option<::std::string::String>,
        ///When the transaction was authorized (RFC 3339 timestamp).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub created_at: ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub currency: ::std::option::Option<TransactionCurrency>,
        ///ID of the customer.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub customer_id: ::std::option::Option<::std::string::String>,
        ///Key-value metadata stored on the customer.
        #[serde(
            default,
            skip_serializing_if = ":: std :: collections :: HashMap::is_empty"
        )]
        pub customer_metadata: ::std::collections::HashMap<
            ::std::string::String,
            ::std::string::String,
        >,
        ///ID of one event in the transaction lifecycle; each event carries a status such as APPROVED, UPDATED, CAPTURED or REFUNDED, and its own event_id.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub event_id: ::std::option::Option<::std::string::String>,
        ///ID of the transaction intent.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub intent_id: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub merchant: ::std::option::Option<Merchant>,
        ///ID of the merchant this webhook event belongs to.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub merchant_key: ::std::option::Option<::std::string::String>,
        ///Payment network's ID for the transaction.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub network_transaction_id: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub partner_customer_id: ::std::option::Option<PartnerCustomerId>,
        ///ID of the payment method that was used.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub payment_method_id: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub purchase_method: ::std::option::Option<PurchaseMethod>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub status: ::std::option::Option<crate::open_enums::TransactionStatus>,
        ///ID of the overall transaction; it stays the same across its whole lifecycle (e.g. APPROVED to CAPTURED or REFUNDED).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub transaction_id: ::std::option::Option<::std::string::String>,
        ///Last update time of the transaction (RFC 3339 timestamp).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub updated_at: ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
    }
    impl TransactionWebhookPayloadData {
        pub fn builder() -> builder::TransactionWebhookPayloadData {
            Default::default()
        }
    }
    ///`UpdateTransactionIntentBody`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    pub struct UpdateTransactionIntentBody {
        pub amount: i64,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub currency: ::std::option::Option<TransactionCurrency>,
        pub customer_id: ::std::string::String,
        ///Extra data for the transaction intent
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub metadata: ::std::option::Option<
            ::serde_json::Map<::std::string::String, ::serde_json::Value>,
        >,
        ///The card network's transaction ID, such as the Mastercard Trace ID, Visa Transaction ID or American Express Network Reference ID
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub network_transaction_id: ::std::option::Option<::std::string::String>,
        ///Partner's own ID for the transaction
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub partner_transaction_id: ::std::option::Option<::std::string::String>,
        pub status: crate::open_enums::TransactionIntentStatus,
    }
    impl UpdateTransactionIntentBody {
        pub fn builder() -> builder::UpdateTransactionIntentBody {
            Default::default()
        }
    }
    /// Types for composing complex structures.
    pub mod builder {
        #[derive(Clone, Debug)]
        pub struct AccountStatusWebhookPayload {
            data: ::std::result::Result<
                ::std::option::Option<super::AccountStatusWebhookPayloadData>,
                ::std::string::String,
            >,
            object: ::std::result::Result<
                ::std::option::Option<
                    crate::open_enums::AccountStatusWebhookPayloadObject,
                >,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for AccountStatusWebhookPayload {
            fn default() -> Self {
                Self {
                    data: Ok(Default::default()),
                    object: Ok(Default::default()),
                }
            }
        }
        impl AccountStatusWebhookPayload {
            pub fn data<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::AccountStatusWebhookPayloadData>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.data = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for data: {e}")
                    });
                self
            }
            pub fn object<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<
                        crate::open_enums::AccountStatusWebhookPayloadObject,
                    >,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.object = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for object: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<AccountStatusWebhookPayload>
        for super::AccountStatusWebhookPayload {
            type Error = super::error::ConversionError;
            fn try_from(
                value: AccountStatusWebhookPayload,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    data: value.data?,
                    object: value.object?,
                })
            }
        }
        impl ::std::convert::From<super::AccountStatusWebhookPayload>
        for AccountStatusWebhookPayload {
            fn from(value: super::AccountStatusWebhookPayload) -> Self {
                Self {
                    data: Ok(value.data),
                    object: Ok(value.object),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct AccountStatusWebhookPayloadData {
            customer_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            customer_metadata: ::std::result::Result<
                ::std::collections::HashMap<
                    ::std::string::String,
                    ::std::string::String,
                >,
                ::std::string::String,
            >,
            merchant_key: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            partner_customer_id: ::std::result::Result<
                ::std::option::Option<super::PartnerCustomerId>,
                ::std::string::String,
            >,
            status: ::std::result::Result<
                ::std::option::Option<crate::open_enums::AccountStatusValue>,
                ::std::string::String,
            >,
            updated_at: ::std::result::Result<
                ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for AccountStatusWebhookPayloadData {
            fn default() -> Self {
                Self {
                    customer_id: Ok(Default::default()),
                    customer_metadata: Ok(Default::default()),
                    merchant_key: Ok(Default::default()),
                    partner_customer_id: Ok(Default::default()),
                    status: Ok(Default::default()),
                    updated_at: Ok(Default::default()),
                }
            }
        }
        impl AccountStatusWebhookPayloadData {
            pub fn customer_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.customer_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for customer_id: {e}")
                    });
                self
            }
            pub fn customer_metadata<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::collections::HashMap<
                        ::std::string::String,
                        ::std::string::String,
                    >,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.customer_metadata = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for customer_metadata: {e}"
                        )
                    });
                self
            }
            pub fn merchant_key<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.merchant_key = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for merchant_key: {e}")
                    });
                self
            }
            pub fn partner_customer_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::PartnerCustomerId>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.partner_customer_id = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for partner_customer_id: {e}"
                        )
                    });
                self
            }
            pub fn status<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<crate::open_enums::AccountStatusValue>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.status = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for status: {e}")
                    });
                self
            }
            pub fn updated_at<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.updated_at = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for updated_at: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<AccountStatusWebhookPayloadData>
        for super::AccountStatusWebhookPayloadData {
            type Error = super::error::ConversionError;
            fn try_from(
                value: AccountStatusWebhookPayloadData,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    customer_id: value.customer_id?,
                    customer_metadata: value.customer_metadata?,
                    merchant_key: value.merchant_key?,
                    partner_customer_id: value.partner_customer_id?,
                    status: value.status?,
                    updated_at: value.updated_at?,
                })
            }
        }
        impl ::std::convert::From<super::AccountStatusWebhookPayloadData>
        for AccountStatusWebhookPayloadData {
            fn from(value: super::AccountStatusWebhookPayloadData) -> Self {
                Self {
                    customer_id: Ok(value.customer_id),
                    customer_metadata: Ok(value.customer_metadata),
                    merchant_key: Ok(value.merchant_key),
                    partner_customer_id: Ok(value.partner_customer_id),
                    status: Ok(value.status),
                    updated_at: Ok(value.updated_at),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct Address {
            city: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            country: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            postal_code: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            state: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            street_line1: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            street_line2: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for Address {
            fn default() -> Self {
                Self {
                    city: Ok(Default::default()),
                    country: Ok(Default::default()),
                    postal_code: Ok(Default::default()),
                    state: Ok(Default::default()),
                    street_line1: Ok(Default::default()),
                    street_line2: Ok(Default::default()),
                }
            }
        }
        impl Address {
            pub fn city<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.city = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for city: {e}")
                    });
                self
            }
            pub fn country<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.country = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for country: {e}")
                    });
                self
            }
            pub fn postal_code<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.postal_code = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for postal_code: {e}")
                    });
                self
            }
            pub fn state<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.state = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for state: {e}")
                    });
                self
            }
            pub fn street_line1<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.street_line1 = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for street_line1: {e}")
                    });
                self
            }
            pub fn street_line2<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.street_line2 = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for street_line2: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<Address> for super::Address {
            type Error = super::error::ConversionError;
            fn try_from(
                value: Address,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    city: value.city?,
                    country: value.country?,
                    postal_code: value.postal_code?,
                    state: value.state?,
                    street_line1: value.street_line1?,
                    street_line2: value.street_line2?,
                })
            }
        }
        impl ::std::convert::From<super::Address> for Address {
            fn from(value: super::Address) -> Self {
                Self {
                    city: Ok(value.city),
                    country: Ok(value.country),
                    postal_code: Ok(value.postal_code),
                    state: Ok(value.state),
                    street_line1: Ok(value.street_line1),
                    street_line2: Ok(value.street_line2),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct ApiError {
            error: ::std::result::Result<super::ApiErrorError, ::std::string::String>,
        }
        impl ::std::default::Default for ApiError {
            fn default() -> Self {
                Self {
                    error: Err("no value supplied for error".to_string()),
                }
            }
        }
        impl ApiError {
            pub fn error<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::ApiErrorError>,
                T::Error: ::std::fmt::Display,
            {
                self.error = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for error: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<ApiError> for super::ApiError {
            type Error = super::error::ConversionError;
            fn try_from(
                value: ApiError,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self { error: value.error? })
            }
        }
        impl ::std::convert::From<super::ApiError> for ApiError {
            fn from(value: super::ApiError) -> Self {
                Self { error: Ok(value.error) }
            }
        }
        #[derive(Clone, Debug)]
        pub struct ApiErrorError {
            message: ::std::result::Result<::std::string::String, ::std::string::String>,
            type_: ::std::result::Result<::std::string::String, ::std::string::String>,
        }
        impl ::std::default::Default for ApiErrorError {
            fn default() -> Self {
                Self {
                    message: Err("no value supplied for message".to_string()),
                    type_: Err("no value supplied for type_".to_string()),
                }
            }
        }
        impl ApiErrorError {
            pub fn message<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.message = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for message: {e}")
                    });
                self
            }
            pub fn type_<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.type_ = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for type_: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<ApiErrorError> for super::ApiErrorError {
            type Error = super::error::ConversionError;
            fn try_from(
                value: ApiErrorError,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    message: value.message?,
                    type_: value.type_?,
                })
            }
        }
        impl ::std::convert::From<super::ApiErrorError> for ApiErrorError {
            fn from(value: super::ApiErrorError) -> Self {
                Self {
                    message: Ok(value.message),
                    type_: Ok(value.type_),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct ApplicationWebhookPayload {
            data: ::std::result::Result<
                ::std::option::Option<super::ApplicationWebhookPayloadData>,
                ::std::string::String,
            >,
            object: ::std::result::Result<
                ::std::option::Option<
                    crate::open_enums::ApplicationWebhookPayloadObject,
                >,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for ApplicationWebhookPayload {
            fn default() -> Self {
                Self {
                    data: Ok(Default::default()),
                    object: Ok(Default::default()),
                }
            }
        }
        impl ApplicationWebhookPayload {
            pub fn data<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::ApplicationWebhookPayloadData>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.data = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for data: {e}")
                    });
                self
            }
            pub fn object<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<
                        crate::open_enums::ApplicationWebhookPayloadObject,
                    >,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.object = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for object: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<ApplicationWebhookPayload>
        for super::ApplicationWebhookPayload {
            type Error = super::error::ConversionError;
            fn try_from(
                value: ApplicationWebhookPayload,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    data: value.data?,
                    object: value.object?,
                })
            }
        }
        impl ::std::convert::From<super::ApplicationWebhookPayload>
        for ApplicationWebhookPayload {
            fn from(value: super::ApplicationWebhookPayload) -> Self {
                Self {
                    data: Ok(value.data),
                    object: Ok(value.object),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct ApplicationWebhookPayloadData {
            created_at: ::std::result::Result<
                ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                ::std::string::String,
            >,
            customer_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            customer_metadata: ::std::result::Result<
                ::std::collections::HashMap<
                    ::std::string::String,
                    ::std::string::String,
                >,
                ::std::string::String,
            >,
            merchant_key: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            partner_customer_id: ::std::result::Result<
                ::std::option::Option<super::PartnerCustomerId>,
                ::std::string::String,
            >,
            status: ::std::result::Result<
                ::std::option::Option<
                    crate::open_enums::ApplicationWebhookPayloadDataStatus,
                >,
                ::std::string::String,
            >,
            updated_at: ::std::result::Result<
                ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for ApplicationWebhookPayloadData {
            fn default() -> Self {
                Self {
                    created_at: Ok(Default::default()),
                    customer_id: Ok(Default::default()),
                    customer_metadata: Ok(Default::default()),
                    merchant_key: Ok(Default::default()),
                    partner_customer_id: Ok(Default::default()),
                    status: Ok(Default::default()),
                    updated_at: Ok(Default::default()),
                }
            }
        }
        impl ApplicationWebhookPayloadData {
            pub fn created_at<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.created_at = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for created_at: {e}")
                    });
                self
            }
            pub fn customer_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.customer_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for customer_id: {e}")
                    });
                self
            }
            pub fn customer_metadata<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::collections::HashMap<
                        ::std::string::String,
                        ::std::string::String,
                    >,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.customer_metadata = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for customer_metadata: {e}"
                        )
                    });
                self
            }
            pub fn merchant_key<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.merchant_key = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for merchant_key: {e}")
                    });
                self
            }
            pub fn partner_customer_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::PartnerCustomerId>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.partner_customer_id = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for partner_customer_id: {e}"
                        )
                    });
                self
            }
            pub fn status<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<
                        crate::open_enums::ApplicationWebhookPayloadDataStatus,
                    >,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.status = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for status: {e}")
                    });
                self
            }
            pub fn updated_at<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.updated_at = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for updated_at: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<ApplicationWebhookPayloadData>
        for super::ApplicationWebhookPayloadData {
            type Error = super::error::ConversionError;
            fn try_from(
                value: ApplicationWebhookPayloadData,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    created_at: value.created_at?,
                    customer_id: value.customer_id?,
                    customer_metadata: value.customer_metadata?,
                    merchant_key: value.merchant_key?,
                    partner_customer_id: value.partner_customer_id?,
                    status: value.status?,
                    updated_at: value.updated_at?,
                })
            }
        }
        impl ::std::convert::From<super::ApplicationWebhookPayloadData>
        for ApplicationWebhookPayloadData {
            fn from(value: super::ApplicationWebhookPayloadData) -> Self {
                Self {
                    created_at: Ok(value.created_at),
                    customer_id: Ok(value.customer_id),
                    customer_metadata: Ok(value.customer_metadata),
                    merchant_key: Ok(value.merchant_key),
                    partner_customer_id: Ok(value.partner_customer_id),
                    status: Ok(value.status),
                    updated_at: Ok(value.updated_at),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct ConflictError {
            message: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            type_: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for ConflictError {
            fn default() -> Self {
                Self {
                    message: Ok(Default::default()),
                    type_: Ok(Default::default()),
                }
            }
        }
        impl ConflictError {
            pub fn message<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.message = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for message: {e}")
                    });
                self
            }
            pub fn type_<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.type_ = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for type_: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<ConflictError> for super::ConflictError {
            type Error = super::error::ConversionError;
            fn try_from(
                value: ConflictError,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    message: value.message?,
                    type_: value.type_?,
                })
            }
        }
        impl ::std::convert::From<super::ConflictError> for ConflictError {
            fn from(value: super::ConflictError) -> Self {
                Self {
                    message: Ok(value.message),
                    type_: Ok(value.type_),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct CreateSessionBody {
            customer_history: ::std::result::Result<
                ::std::option::Option<super::CustomerAccountHistory>,
                ::std::string::String,
            >,
            customer_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            customer_metadata: ::std::result::Result<
                ::std::option::Option<
                    ::std::collections::HashMap<
                        ::std::string::String,
                        ::std::string::String,
                    >,
                >,
                ::std::string::String,
            >,
            metadata: ::std::result::Result<
                ::std::option::Option<
                    ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                >,
                ::std::string::String,
            >,
            partner_customer_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            source: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            transaction_amount: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            transaction_currency: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for CreateSessionBody {
            fn default() -> Self {
                Self {
                    customer_history: Ok(Default::default()),
                    customer_id: Ok(Default::default()),
                    customer_metadata: Ok(Default::default()),
                    metadata: Ok(Default::default()),
                    partner_customer_id: Ok(Default::default()),
                    source: Ok(Default::default()),
                    transaction_amount: Ok(Default::default()),
                    transaction_currency: Ok(Default::default()),
                }
            }
        }
        impl CreateSessionBody {
            pub fn customer_history<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::CustomerAccountHistory>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.customer_history = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for customer_history: {e}"
                        )
                    });
                self
            }
            pub fn customer_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.customer_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for customer_id: {e}")
                    });
                self
            }
            pub fn customer_metadata<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<
                        ::std::collections::HashMap<
                            ::std::string::String,
                            ::std::string::String,
                        >,
                    >,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.customer_metadata = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for customer_metadata: {e}"
                        )
                    });
                self
            }
            pub fn metadata<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<
                        ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                    >,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.metadata = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for metadata: {e}")
                    });
                self
            }
            pub fn partner_customer_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.partner_customer_id = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for partner_customer_id: {e}"
                        )
                    });
                self
            }
            pub fn source<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.source = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for source: {e}")
                    });
                self
            }
            pub fn transaction_amount<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.transaction_amount = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for transaction_amount: {e}"
                        )
                    });
                self
            }
            pub fn transaction_currency<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.transaction_currency = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for transaction_currency: {e}"
                        )
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<CreateSessionBody> for super::CreateSessionBody {
            type Error = super::error::ConversionError;
            fn try_from(
                value: CreateSessionBody,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    customer_history: value.customer_history?,
                    customer_id: value.customer_id?,
                    customer_metadata: value.customer_metadata?,
                    metadata: value.metadata?,
                    partner_customer_id: value.partner_customer_id?,
                    source: value.source?,
                    transaction_amount: value.transaction_amount?,
                    transaction_currency: value.transaction_currency?,
                })
            }
        }
        impl ::std::convert::From<super::CreateSessionBody> for CreateSessionBody {
            fn from(value: super::CreateSessionBody) -> Self {
                Self {
                    customer_history: Ok(value.customer_history),
                    customer_id: Ok(value.customer_id),
                    customer_metadata: Ok(value.customer_metadata),
                    metadata: Ok(value.metadata),
                    partner_customer_id: Ok(value.partner_customer_id),
                    source: Ok(value.source),
                    transaction_amount: Ok(value.transaction_amount),
                    transaction_currency: Ok(value.transaction_currency),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct CreateTransactionIntentBody {
            amount: ::std::result::Result<i64, ::std::string::String>,
            currency: ::std::result::Result<
                super::TransactionCurrency,
                ::std::string::String,
            >,
            customer_id: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            expected_date: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            merchant_address: ::std::result::Result<
                ::std::option::Option<super::Address>,
                ::std::string::String,
            >,
            merchant_code: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            merchant_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            merchant_name: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            metadata: ::std::result::Result<
                ::std::option::Option<
                    ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                >,
                ::std::string::String,
            >,
            network_transaction_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            payment_method_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for CreateTransactionIntentBody {
            fn default() -> Self {
                Self {
                    amount: Err("no value supplied for amount".to_string()),
                    currency: Err("no value supplied for currency".to_string()),
                    customer_id: Err("no value supplied for customer_id".to_string()),
                    expected_date: Ok(Default::default()),
                    merchant_address: Ok(Default::default()),
                    merchant_code: Ok(Default::default()),
                    merchant_id: Ok(Default::default()),
                    merchant_name: Ok(Default::default()),
                    metadata: Ok(Default::default()),
                    network_transaction_id: Ok(Default::default()),
                    payment_method_id: Ok(Default::default()),
                }
            }
        }
        impl CreateTransactionIntentBody {
            pub fn amount<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<i64>,
                T::Error: ::std::fmt::Display,
            {
                self.amount = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for amount: {e}")
                    });
                self
            }
            pub fn currency<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::TransactionCurrency>,
                T::Error: ::std::fmt::Display,
            {
                self.currency = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for currency: {e}")
                    });
                self
            }
            pub fn customer_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.customer_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for customer_id: {e}")
                    });
                self
            }
            pub fn expected_date<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.expected_date = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for expected_date: {e}")
                    });
                self
            }
            pub fn merchant_address<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::Address>>,
                T::Error: ::std::fmt::Display,
            {
                self.merchant_address = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for merchant_address: {e}"
                        )
                    });
                self
            }
            pub fn merchant_code<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.merchant_code = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for merchant_code: {e}")
                    });
                self
            }
            pub fn merchant_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.merchant_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for merchant_id: {e}")
                    });
                self
            }
            pub fn merchant_name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.merchant_name = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for merchant_name: {e}")
                    });
                self
            }
            pub fn metadata<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<
                        ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                    >,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.metadata = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for metadata: {e}")
                    });
                self
            }
            pub fn network_transaction_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.network_transaction_id = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for network_transaction_id: {e}"
                        )
                    });
                self
            }
            pub fn payment_method_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.payment_method_id = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for payment_method_id: {e}"
                        )
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<CreateTransactionIntentBody>
        for super::CreateTransactionIntentBody {
            type Error = super::error::ConversionError;
            fn try_from(
                value: CreateTransactionIntentBody,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    amount: value.amount?,
                    currency: value.currency?,
                    customer_id: value.customer_id?,
                    expected_date: value.expected_date?,
                    merchant_address: value.merchant_address?,
                    merchant_code: value.merchant_code?,
                    merchant_id: value.merchant_id?,
                    merchant_name: value.merchant_name?,
                    metadata: value.metadata?,
                    network_transaction_id: value.network_transaction_id?,
                    payment_method_id: value.payment_method_id?,
                })
            }
        }
        impl ::std::convert::From<super::CreateTransactionIntentBody>
        for CreateTransactionIntentBody {
            fn from(value: super::CreateTransactionIntentBody) -> Self {
                Self {
                    amount: Ok(value.amount),
                    currency: Ok(value.currency),
                    customer_id: Ok(value.customer_id),
                    expected_date: Ok(value.expected_date),
                    merchant_address: Ok(value.merchant_address),
                    merchant_code: Ok(value.merchant_code),
                    merchant_id: Ok(value.merchant_id),
                    merchant_name: Ok(value.merchant_name),
                    metadata: Ok(value.metadata),
                    network_transaction_id: Ok(value.network_transaction_id),
                    payment_method_id: Ok(value.payment_method_id),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct Customer {
            address: ::std::result::Result<
                ::std::option::Option<super::Address>,
                ::std::string::String,
            >,
            created_at: ::std::result::Result<
                ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                ::std::string::String,
            >,
            date_of_birth: ::std::result::Result<
                ::std::option::Option<
                    ::imprint_raw::support::Sensitive<super::DateOfBirth>,
                >,
                ::std::string::String,
            >,
            email: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            first_name: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            id: ::std::result::Result<::std::string::String, ::std::string::String>,
            last_name: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            metadata: ::std::result::Result<
                ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                ::std::string::String,
            >,
            partner_customer_id: ::std::result::Result<
                ::std::option::Option<super::PartnerCustomerId>,
                ::std::string::String,
            >,
            phone: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            preferred_language: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            ssn4: ::std::result::Result<
                ::std::option::Option<
                    ::imprint_raw::support::Sensitive<::std::string::String>,
                >,
                ::std::string::String,
            >,
            statuses: ::std::result::Result<
                ::std::collections::HashMap<
                    ::std::string::String,
                    crate::open_enums::CustomerProgramStatus,
                >,
                ::std::string::String,
            >,
            updated_at: ::std::result::Result<
                ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for Customer {
            fn default() -> Self {
                Self {
                    address: Ok(Default::default()),
                    created_at: Ok(Default::default()),
                    date_of_birth: Ok(Default::default()),
                    email: Ok(Default::default()),
                    first_name: Ok(Default::default()),
                    id: Err("no value supplied for id".to_string()),
                    last_name: Ok(Default::default()),
                    metadata: Ok(Default::default()),
                    partner_customer_id: Ok(Default::default()),
                    phone: Ok(Default::default()),
                    preferred_language: Ok(Default::default()),
                    ssn4: Ok(Default::default()),
                    statuses: Ok(Default::default()),
                    updated_at: Ok(Default::default()),
                }
            }
        }
        impl Customer {
            pub fn address<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::Address>>,
                T::Error: ::std::fmt::Display,
            {
                self.address = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for address: {e}")
                    });
                self
            }
            pub fn created_at<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.created_at = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for created_at: {e}")
                    });
                self
            }
            pub fn date_of_birth<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<
                        ::imprint_raw::support::Sensitive<super::DateOfBirth>,
                    >,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.date_of_birth = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for date_of_birth: {e}")
                    });
                self
            }
            pub fn email<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.email = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for email: {e}")
                    });
                self
            }
            pub fn first_name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.first_name = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for first_name: {e}")
                    });
                self
            }
            pub fn id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.id = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for id: {e}"));
                self
            }
            pub fn last_name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.last_name = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for last_name: {e}")
                    });
                self
            }
            pub fn metadata<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.metadata = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for metadata: {e}")
                    });
                self
            }
            pub fn partner_customer_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::PartnerCustomerId>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.partner_customer_id = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for partner_customer_id: {e}"
                        )
                    });
                self
            }
            pub fn phone<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.phone = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for phone: {e}")
                    });
                self
            }
            pub fn preferred_language<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.preferred_language = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for preferred_language: {e}"
                        )
                    });
                self
            }
            pub fn ssn4<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<
                        ::imprint_raw::support::Sensitive<::std::string::String>,
                    >,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.ssn4 = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for ssn4: {e}")
                    });
                self
            }
            pub fn statuses<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::collections::HashMap<
                        ::std::string::String,
                        crate::open_enums::CustomerProgramStatus,
                    >,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.statuses = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for statuses: {e}")
                    });
                self
            }
            pub fn updated_at<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.updated_at = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for updated_at: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<Customer> for super::Customer {
            type Error = super::error::ConversionError;
            fn try_from(
                value: Customer,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    address: value.address?,
                    created_at: value.created_at?,
                    date_of_birth: value.date_of_birth?,
                    email: value.email?,
                    first_name: value.first_name?,
                    id: value.id?,
                    last_name: value.last_name?,
                    metadata: value.metadata?,
                    partner_customer_id: value.partner_customer_id?,
                    phone: value.phone?,
                    preferred_language: value.preferred_language?,
                    ssn4: value.ssn4?,
                    statuses: value.statuses?,
                    updated_at: value.updated_at?,
                })
            }
        }
        impl ::std::convert::From<super::Customer> for Customer {
            fn from(value: super::Customer) -> Self {
                Self {
                    address: Ok(value.address),
                    created_at: Ok(value.created_at),
                    date_of_birth: Ok(value.date_of_birth),
                    email: Ok(value.email),
                    first_name: Ok(value.first_name),
                    id: Ok(value.id),
                    last_name: Ok(value.last_name),
                    metadata: Ok(value.metadata),
                    partner_customer_id: Ok(value.partner_customer_id),
                    phone: Ok(value.phone),
                    preferred_language: Ok(value.preferred_language),
                    ssn4: Ok(value.ssn4),
                    statuses: Ok(value.statuses),
                    updated_at: Ok(value.updated_at),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct CustomerAccountHistory {
            account_created_at: ::std::result::Result<
                ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                ::std::string::String,
            >,
            account_tenure: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            address: ::std::result::Result<
                ::std::option::Option<super::Address>,
                ::std::string::String,
            >,
            email: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            first_name: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            last_name: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            loyalty_tier: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            ltv_amount: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            ltv_currency: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            phone: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            preferred_language: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            transaction_count: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for CustomerAccountHistory {
            fn default() -> Self {
                Self {
                    account_created_at: Ok(Default::default()),
                    account_tenure: Ok(Default::default()),
                    address: Ok(Default::default()),
                    email: Ok(Default::default()),
                    first_name: Ok(Default::default()),
                    last_name: Ok(Default::default()),
                    loyalty_tier: Ok(Default::default()),
                    ltv_amount: Ok(Default::default()),
                    ltv_currency: Ok(Default::default()),
                    phone: Ok(Default::default()),
                    preferred_language: Ok(Default::default()),
                    transaction_count: Ok(Default::default()),
                }
            }
        }
        impl CustomerAccountHistory {
            pub fn account_created_at<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.account_created_at = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for account_created_at: {e}"
                        )
                    });
                self
            }
            pub fn account_tenure<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.account_tenure = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for account_tenure: {e}"
                        )
                    });
                self
            }
            pub fn address<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::Address>>,
                T::Error: ::std::fmt::Display,
            {
                self.address = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for address: {e}")
                    });
                self
            }
            pub fn email<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.email = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for email: {e}")
                    });
                self
            }
            pub fn first_name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.first_name = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for first_name: {e}")
                    });
                self
            }
            pub fn last_name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.last_name = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for last_name: {e}")
                    });
                self
            }
            pub fn loyalty_tier<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.loyalty_tier = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for loyalty_tier: {e}")
                    });
                self
            }
            pub fn ltv_amount<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.ltv_amount = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for ltv_amount: {e}")
                    });
                self
            }
            pub fn ltv_currency<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.ltv_currency = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for ltv_currency: {e}")
                    });
                self
            }
            pub fn phone<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.phone = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for phone: {e}")
                    });
                self
            }
            pub fn preferred_language<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.preferred_language = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for preferred_language: {e}"
                        )
                    });
                self
            }
            pub fn transaction_count<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.transaction_count = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for transaction_count: {e}"
                        )
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<CustomerAccountHistory>
        for super::CustomerAccountHistory {
            type Error = super::error::ConversionError;
            fn try_from(
                value: CustomerAccountHistory,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    account_created_at: value.account_created_at?,
                    account_tenure: value.account_tenure?,
                    address: value.address?,
                    email: value.email?,
                    first_name: value.first_name?,
                    last_name: value.last_name?,
                    loyalty_tier: value.loyalty_tier?,
                    ltv_amount: value.ltv_amount?,
                    ltv_currency: value.ltv_currency?,
                    phone: value.phone?,
                    preferred_language: value.preferred_language?,
                    transaction_count: value.transaction_count?,
                })
            }
        }
        impl ::std::convert::From<super::CustomerAccountHistory>
        for CustomerAccountHistory {
            fn from(value: super::CustomerAccountHistory) -> Self {
                Self {
                    account_created_at: Ok(value.account_created_at),
                    account_tenure: Ok(value.account_tenure),
                    address: Ok(value.address),
                    email: Ok(value.email),
                    first_name: Ok(value.first_name),
                    last_name: Ok(value.last_name),
                    loyalty_tier: Ok(value.loyalty_tier),
                    ltv_amount: Ok(value.ltv_amount),
                    ltv_currency: Ok(value.ltv_currency),
                    phone: Ok(value.phone),
                    preferred_language: Ok(value.preferred_language),
                    transaction_count: Ok(value.transaction_count),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct CustomerLink {
            created_at: ::std::result::Result<
                ::chrono::DateTime<::chrono::offset::Utc>,
                ::std::string::String,
            >,
            customer_id: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            metadata: ::std::result::Result<
                ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                ::std::string::String,
            >,
            partner_customer_id: ::std::result::Result<
                super::PartnerCustomerId,
                ::std::string::String,
            >,
            status: ::std::result::Result<
                crate::open_enums::CustomerLinkStatus,
                ::std::string::String,
            >,
            updated_at: ::std::result::Result<
                ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for CustomerLink {
            fn default() -> Self {
                Self {
                    created_at: Err("no value supplied for created_at".to_string()),
                    customer_id: Err("no value supplied for customer_id".to_string()),
                    metadata: Ok(Default::default()),
                    partner_customer_id: Err(
                        "no value supplied for partner_customer_id".to_string(),
                    ),
                    status: Err("no value supplied for status".to_string()),
                    updated_at: Ok(Default::default()),
                }
            }
        }
        impl CustomerLink {
            pub fn created_at<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::chrono::DateTime<::chrono::offset::Utc>>,
                T::Error: ::std::fmt::Display,
            {
                self.created_at = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for created_at: {e}")
                    });
                self
            }
            pub fn customer_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.customer_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for customer_id: {e}")
                    });
                self
            }
            pub fn metadata<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.metadata = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for metadata: {e}")
                    });
                self
            }
            pub fn partner_customer_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::PartnerCustomerId>,
                T::Error: ::std::fmt::Display,
            {
                self.partner_customer_id = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for partner_customer_id: {e}"
                        )
                    });
                self
            }
            pub fn status<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<crate::open_enums::CustomerLinkStatus>,
                T::Error: ::std::fmt::Display,
            {
                self.status = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for status: {e}")
                    });
                self
            }
            pub fn updated_at<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.updated_at = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for updated_at: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<CustomerLink> for super::CustomerLink {
            type Error = super::error::ConversionError;
            fn try_from(
                value: CustomerLink,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    created_at: value.created_at?,
                    customer_id: value.customer_id?,
                    metadata: value.metadata?,
                    partner_customer_id: value.partner_customer_id?,
                    status: value.status?,
                    updated_at: value.updated_at?,
                })
            }
        }
        impl ::std::convert::From<super::CustomerLink> for CustomerLink {
            fn from(value: super::CustomerLink) -> Self {
                Self {
                    created_at: Ok(value.created_at),
                    customer_id: Ok(value.customer_id),
                    metadata: Ok(value.metadata),
                    partner_customer_id: Ok(value.partner_customer_id),
                    status: Ok(value.status),
                    updated_at: Ok(value.updated_at),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct CustomerLinkWebhookPayload {
            data: ::std::result::Result<
                ::std::option::Option<super::CustomerLinkWebhookPayloadData>,
                ::std::string::String,
            >,
            object: ::std::result::Result<
                ::std::option::Option<
                    crate::open_enums::CustomerLinkWebhookPayloadObject,
                >,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for CustomerLinkWebhookPayload {
            fn default() -> Self {
                Self {
                    data: Ok(Default::default()),
                    object: Ok(Default::default()),
                }
            }
        }
        impl CustomerLinkWebhookPayload {
            pub fn data<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::CustomerLinkWebhookPayloadData>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.data = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for data: {e}")
                    });
                self
            }
            pub fn object<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<
                        crate::open_enums::CustomerLinkWebhookPayloadObject,
                    >,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.object = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for object: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<CustomerLinkWebhookPayload>
        for super::CustomerLinkWebhookPayload {
            type Error = super::error::ConversionError;
            fn try_from(
                value: CustomerLinkWebhookPayload,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    data: value.data?,
                    object: value.object?,
                })
            }
        }
        impl ::std::convert::From<super::CustomerLinkWebhookPayload>
        for CustomerLinkWebhookPayload {
            fn from(value: super::CustomerLinkWebhookPayload) -> Self {
                Self {
                    data: Ok(value.data),
                    object: Ok(value.object),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct CustomerLinkWebhookPayloadData {
            created_at: ::std::result::Result<
                ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                ::std::string::String,
            >,
            customer_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            customer_metadata: ::std::result::Result<
                ::std::collections::HashMap<
                    ::std::string::String,
                    ::std::string::String,
                >,
                ::std::string::String,
            >,
            merchant_key: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            partner_customer_id: ::std::result::Result<
                ::std::option::Option<super::PartnerCustomerId>,
                ::std::string::String,
            >,
            status: ::std::result::Result<
                ::std::option::Option<
                    crate::open_enums::CustomerLinkWebhookPayloadDataStatus,
                >,
                ::std::string::String,
            >,
            updated_at: ::std::result::Result<
                ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for CustomerLinkWebhookPayloadData {
            fn default() -> Self {
                Self {
                    created_at: Ok(Default::default()),
                    customer_id: Ok(Default::default()),
                    customer_metadata: Ok(Default::default()),
                    merchant_key: Ok(Default::default()),
                    partner_customer_id: Ok(Default::default()),
                    status: Ok(Default::default()),
                    updated_at: Ok(Default::default()),
                }
            }
        }
        impl CustomerLinkWebhookPayloadData {
            pub fn created_at<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.created_at = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for created_at: {e}")
                    });
                self
            }
            pub fn customer_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.customer_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for customer_id: {e}")
                    });
                self
            }
            pub fn customer_metadata<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::collections::HashMap<
                        ::std::string::String,
                        ::std::string::String,
                    >,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.customer_metadata = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for customer_metadata: {e}"
                        )
                    });
                self
            }
            pub fn merchant_key<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.merchant_key = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for merchant_key: {e}")
                    });
                self
            }
            pub fn partner_customer_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::PartnerCustomerId>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.partner_customer_id = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for partner_customer_id: {e}"
                        )
                    });
                self
            }
            pub fn status<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<
                        crate::open_enums::CustomerLinkWebhookPayloadDataStatus,
                    >,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.status = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for status: {e}")
                    });
                self
            }
            pub fn updated_at<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.updated_at = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for updated_at: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<CustomerLinkWebhookPayloadData>
        for super::CustomerLinkWebhookPayloadData {
            type Error = super::error::ConversionError;
            fn try_from(
                value: CustomerLinkWebhookPayloadData,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    created_at: value.created_at?,
                    customer_id: value.customer_id?,
                    customer_metadata: value.customer_metadata?,
                    merchant_key: value.merchant_key?,
                    partner_customer_id: value.partner_customer_id?,
                    status: value.status?,
                    updated_at: value.updated_at?,
                })
            }
        }
        impl ::std::convert::From<super::CustomerLinkWebhookPayloadData>
        for CustomerLinkWebhookPayloadData {
            fn from(value: super::CustomerLinkWebhookPayloadData) -> Self {
                Self {
                    created_at: Ok(value.created_at),
                    customer_id: Ok(value.customer_id),
                    customer_metadata: Ok(value.customer_metadata),
                    merchant_key: Ok(value.merchant_key),
                    partner_customer_id: Ok(value.partner_customer_id),
                    status: Ok(value.status),
                    updated_at: Ok(value.updated_at),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct CustomerListResponse {
            data: ::std::result::Result<
                ::std::vec::Vec<super::Customer>,
                ::std::string::String,
            >,
            has_more: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            total: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for CustomerListResponse {
            fn default() -> Self {
                Self {
                    data: Ok(Default::default()),
                    has_more: Ok(Default::default()),
                    total: Ok(Default::default()),
                }
            }
        }
        impl CustomerListResponse {
            pub fn data<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::Customer>>,
                T::Error: ::std::fmt::Display,
            {
                self.data = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for data: {e}")
                    });
                self
            }
            pub fn has_more<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.has_more = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for has_more: {e}")
                    });
                self
            }
            pub fn total<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.total = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for total: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<CustomerListResponse>
        for super::CustomerListResponse {
            type Error = super::error::ConversionError;
            fn try_from(
                value: CustomerListResponse,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    data: value.data?,
                    has_more: value.has_more?,
                    total: value.total?,
                })
            }
        }
        impl ::std::convert::From<super::CustomerListResponse> for CustomerListResponse {
            fn from(value: super::CustomerListResponse) -> Self {
                Self {
                    data: Ok(value.data),
                    has_more: Ok(value.has_more),
                    total: Ok(value.total),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct CustomerNotFoundError {
            message: ::std::result::Result<::std::string::String, ::std::string::String>,
            param: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            type_: ::std::result::Result<::std::string::String, ::std::string::String>,
        }
        impl ::std::default::Default for CustomerNotFoundError {
            fn default() -> Self {
                Self {
                    message: Err("no value supplied for message".to_string()),
                    param: Ok(Default::default()),
                    type_: Err("no value supplied for type_".to_string()),
                }
            }
        }
        impl CustomerNotFoundError {
            pub fn message<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.message = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for message: {e}")
                    });
                self
            }
            pub fn param<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.param = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for param: {e}")
                    });
                self
            }
            pub fn type_<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.type_ = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for type_: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<CustomerNotFoundError>
        for super::CustomerNotFoundError {
            type Error = super::error::ConversionError;
            fn try_from(
                value: CustomerNotFoundError,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    message: value.message?,
                    param: value.param?,
                    type_: value.type_?,
                })
            }
        }
        impl ::std::convert::From<super::CustomerNotFoundError>
        for CustomerNotFoundError {
            fn from(value: super::CustomerNotFoundError) -> Self {
                Self {
                    message: Ok(value.message),
                    param: Ok(value.param),
                    type_: Ok(value.type_),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct CustomerSession {
            client_secret: ::std::result::Result<
                ::imprint_raw::support::Sensitive<::std::string::String>,
                ::std::string::String,
            >,
            customer_metadata: ::std::result::Result<
                ::std::collections::HashMap<
                    ::std::string::String,
                    ::std::string::String,
                >,
                ::std::string::String,
            >,
            expires_at: ::std::result::Result<
                ::chrono::DateTime<::chrono::offset::Utc>,
                ::std::string::String,
            >,
            id: ::std::result::Result<::std::string::String, ::std::string::String>,
            metadata: ::std::result::Result<
                ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                ::std::string::String,
            >,
            source: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for CustomerSession {
            fn default() -> Self {
                Self {
                    client_secret: Err(
                        "no value supplied for client_secret".to_string(),
                    ),
                    customer_metadata: Ok(Default::default()),
                    expires_at: Err("no value supplied for expires_at".to_string()),
                    id: Err("no value supplied for id".to_string()),
                    metadata: Ok(Default::default()),
                    source: Ok(Default::default()),
                }
            }
        }
        impl CustomerSession {
            pub fn client_secret<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::imprint_raw::support::Sensitive<::std::string::String>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.client_secret = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for client_secret: {e}")
                    });
                self
            }
            pub fn customer_metadata<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::collections::HashMap<
                        ::std::string::String,
                        ::std::string::String,
                    >,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.customer_metadata = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for customer_metadata: {e}"
                        )
                    });
                self
            }
            pub fn expires_at<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::chrono::DateTime<::chrono::offset::Utc>>,
                T::Error: ::std::fmt::Display,
            {
                self.expires_at = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for expires_at: {e}")
                    });
                self
            }
            pub fn id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.id = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for id: {e}"));
                self
            }
            pub fn metadata<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.metadata = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for metadata: {e}")
                    });
                self
            }
            pub fn source<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.source = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for source: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<CustomerSession> for super::CustomerSession {
            type Error = super::error::ConversionError;
            fn try_from(
                value: CustomerSession,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    client_secret: value.client_secret?,
                    customer_metadata: value.customer_metadata?,
                    expires_at: value.expires_at?,
                    id: value.id?,
                    metadata: value.metadata?,
                    source: value.source?,
                })
            }
        }
        impl ::std::convert::From<super::CustomerSession> for CustomerSession {
            fn from(value: super::CustomerSession) -> Self {
                Self {
                    client_secret: Ok(value.client_secret),
                    customer_metadata: Ok(value.customer_metadata),
                    expires_at: Ok(value.expires_at),
                    id: Ok(value.id),
                    metadata: Ok(value.metadata),
                    source: Ok(value.source),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct CustomerUpdateRequest {
            city: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            customer_history: ::std::result::Result<
                ::std::option::Option<super::CustomerAccountHistory>,
                ::std::string::String,
            >,
            email: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            first_name: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            last_name: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            metadata: ::std::result::Result<
                ::std::option::Option<
                    ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                >,
                ::std::string::String,
            >,
            phone: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            postal_code: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            preferred_language: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            state: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            street_line1: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            street_line2: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for CustomerUpdateRequest {
            fn default() -> Self {
                Self {
                    city: Ok(Default::default()),
                    customer_history: Ok(Default::default()),
                    email: Ok(Default::default()),
                    first_name: Ok(Default::default()),
                    last_name: Ok(Default::default()),
                    metadata: Ok(Default::default()),
                    phone: Ok(Default::default()),
                    postal_code: Ok(Default::default()),
                    preferred_language: Ok(Default::default()),
                    state: Ok(Default::default()),
                    street_line1: Ok(Default::default()),
                    street_line2: Ok(Default::default()),
                }
            }
        }
        impl CustomerUpdateRequest {
            pub fn city<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.city = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for city: {e}")
                    });
                self
            }
            pub fn customer_history<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::CustomerAccountHistory>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.customer_history = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for customer_history: {e}"
                        )
                    });
                self
            }
            pub fn email<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.email = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for email: {e}")
                    });
                self
            }
            pub fn first_name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.first_name = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for first_name: {e}")
                    });
                self
            }
            pub fn last_name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.last_name = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for last_name: {e}")
                    });
                self
            }
            pub fn metadata<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<
                        ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                    >,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.metadata = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for metadata: {e}")
                    });
                self
            }
            pub fn phone<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.phone = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for phone: {e}")
                    });
                self
            }
            pub fn postal_code<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.postal_code = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for postal_code: {e}")
                    });
                self
            }
            pub fn preferred_language<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.preferred_language = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for preferred_language: {e}"
                        )
                    });
                self
            }
            pub fn state<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.state = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for state: {e}")
                    });
                self
            }
            pub fn street_line1<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.street_line1 = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for street_line1: {e}")
                    });
                self
            }
            pub fn street_line2<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.street_line2 = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for street_line2: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<CustomerUpdateRequest>
        for super::CustomerUpdateRequest {
            type Error = super::error::ConversionError;
            fn try_from(
                value: CustomerUpdateRequest,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    city: value.city?,
                    customer_history: value.customer_history?,
                    email: value.email?,
                    first_name: value.first_name?,
                    last_name: value.last_name?,
                    metadata: value.metadata?,
                    phone: value.phone?,
                    postal_code: value.postal_code?,
                    preferred_language: value.preferred_language?,
                    state: value.state?,
                    street_line1: value.street_line1?,
                    street_line2: value.street_line2?,
                })
            }
        }
        impl ::std::convert::From<super::CustomerUpdateRequest>
        for CustomerUpdateRequest {
            fn from(value: super::CustomerUpdateRequest) -> Self {
                Self {
                    city: Ok(value.city),
                    customer_history: Ok(value.customer_history),
                    email: Ok(value.email),
                    first_name: Ok(value.first_name),
                    last_name: Ok(value.last_name),
                    metadata: Ok(value.metadata),
                    phone: Ok(value.phone),
                    postal_code: Ok(value.postal_code),
                    preferred_language: Ok(value.preferred_language),
                    state: Ok(value.state),
                    street_line1: Ok(value.street_line1),
                    street_line2: Ok(value.street_line2),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct DateOfBirth {
            day: ::std::result::Result<
                ::std::option::Option<::std::num::NonZeroU64>,
                ::std::string::String,
            >,
            month: ::std::result::Result<
                ::std::option::Option<::std::num::NonZeroU64>,
                ::std::string::String,
            >,
            year: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for DateOfBirth {
            fn default() -> Self {
                Self {
                    day: Ok(Default::default()),
                    month: Ok(Default::default()),
                    year: Ok(Default::default()),
                }
            }
        }
        impl DateOfBirth {
            pub fn day<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::std::num::NonZeroU64>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.day = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for day: {e}")
                    });
                self
            }
            pub fn month<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::std::num::NonZeroU64>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.month = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for month: {e}")
                    });
                self
            }
            pub fn year<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.year = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for year: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<DateOfBirth> for super::DateOfBirth {
            type Error = super::error::ConversionError;
            fn try_from(
                value: DateOfBirth,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    day: value.day?,
                    month: value.month?,
                    year: value.year?,
                })
            }
        }
        impl ::std::convert::From<super::DateOfBirth> for DateOfBirth {
            fn from(value: super::DateOfBirth) -> Self {
                Self {
                    day: Ok(value.day),
                    month: Ok(value.month),
                    year: Ok(value.year),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct GetPaymentMethodsResponse {
            data: ::std::result::Result<
                ::std::vec::Vec<super::PaymentMethod>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for GetPaymentMethodsResponse {
            fn default() -> Self {
                Self {
                    data: Ok(Default::default()),
                }
            }
        }
        impl GetPaymentMethodsResponse {
            pub fn data<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::PaymentMethod>>,
                T::Error: ::std::fmt::Display,
            {
                self.data = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for data: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<GetPaymentMethodsResponse>
        for super::GetPaymentMethodsResponse {
            type Error = super::error::ConversionError;
            fn try_from(
                value: GetPaymentMethodsResponse,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self { data: value.data? })
            }
        }
        impl ::std::convert::From<super::GetPaymentMethodsResponse>
        for GetPaymentMethodsResponse {
            fn from(value: super::GetPaymentMethodsResponse) -> Self {
                Self { data: Ok(value.data) }
            }
        }
        #[derive(Clone, Debug)]
        pub struct GetRewardsBalanceResponse {
            customer_id: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            reward_balance: ::std::result::Result<i64, ::std::string::String>,
            reward_description: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            reward_symbol: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for GetRewardsBalanceResponse {
            fn default() -> Self {
                Self {
                    customer_id: Err("no value supplied for customer_id".to_string()),
                    reward_balance: Err(
                        "no value supplied for reward_balance".to_string(),
                    ),
                    reward_description: Ok(Default::default()),
                    reward_symbol: Err("no value supplied for reward_symbol".to_string()),
                }
            }
        }
        impl GetRewardsBalanceResponse {
            pub fn customer_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.customer_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for customer_id: {e}")
                    });
                self
            }
            pub fn reward_balance<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<i64>,
                T::Error: ::std::fmt::Display,
            {
                self.reward_balance = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for reward_balance: {e}"
                        )
                    });
                self
            }
            pub fn reward_description<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.reward_description = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for reward_description: {e}"
                        )
                    });
                self
            }
            pub fn reward_symbol<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.reward_symbol = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for reward_symbol: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<GetRewardsBalanceResponse>
        for super::GetRewardsBalanceResponse {
            type Error = super::error::ConversionError;
            fn try_from(
                value: GetRewardsBalanceResponse,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    customer_id: value.customer_id?,
                    reward_balance: value.reward_balance?,
                    reward_description: value.reward_description?,
                    reward_symbol: value.reward_symbol?,
                })
            }
        }
        impl ::std::convert::From<super::GetRewardsBalanceResponse>
        for GetRewardsBalanceResponse {
            fn from(value: super::GetRewardsBalanceResponse) -> Self {
                Self {
                    customer_id: Ok(value.customer_id),
                    reward_balance: Ok(value.reward_balance),
                    reward_description: Ok(value.reward_description),
                    reward_symbol: Ok(value.reward_symbol),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct GetRewardsResponse {
            data: ::std::result::Result<
                ::std::vec::Vec<super::Reward>,
                ::std::string::String,
            >,
            has_more: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            total: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for GetRewardsResponse {
            fn default() -> Self {
                Self {
                    data: Ok(Default::default()),
                    has_more: Ok(Default::default()),
                    total: Ok(Default::default()),
                }
            }
        }
        impl GetRewardsResponse {
            pub fn data<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::Reward>>,
                T::Error: ::std::fmt::Display,
            {
                self.data = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for data: {e}")
                    });
                self
            }
            pub fn has_more<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.has_more = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for has_more: {e}")
                    });
                self
            }
            pub fn total<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.total = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for total: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<GetRewardsResponse> for super::GetRewardsResponse {
            type Error = super::error::ConversionError;
            fn try_from(
                value: GetRewardsResponse,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    data: value.data?,
                    has_more: value.has_more?,
                    total: value.total?,
                })
            }
        }
        impl ::std::convert::From<super::GetRewardsResponse> for GetRewardsResponse {
            fn from(value: super::GetRewardsResponse) -> Self {
                Self {
                    data: Ok(value.data),
                    has_more: Ok(value.has_more),
                    total: Ok(value.total),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct GetTransactionIntentsResponse {
            data: ::std::result::Result<
                ::std::vec::Vec<super::TransactionIntent>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for GetTransactionIntentsResponse {
            fn default() -> Self {
                Self {
                    data: Ok(Default::default()),
                }
            }
        }
        impl GetTransactionIntentsResponse {
            pub fn data<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::TransactionIntent>>,
                T::Error: ::std::fmt::Display,
            {
                self.data = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for data: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<GetTransactionIntentsResponse>
        for super::GetTransactionIntentsResponse {
            type Error = super::error::ConversionError;
            fn try_from(
                value: GetTransactionIntentsResponse,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self { data: value.data? })
            }
        }
        impl ::std::convert::From<super::GetTransactionIntentsResponse>
        for GetTransactionIntentsResponse {
            fn from(value: super::GetTransactionIntentsResponse) -> Self {
                Self { data: Ok(value.data) }
            }
        }
        #[derive(Clone, Debug)]
        pub struct GetTransactionsResponse {
            data: ::std::result::Result<
                ::std::vec::Vec<super::Transaction>,
                ::std::string::String,
            >,
            has_more: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            total: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for GetTransactionsResponse {
            fn default() -> Self {
                Self {
                    data: Ok(Default::default()),
                    has_more: Ok(Default::default()),
                    total: Ok(Default::default()),
                }
            }
        }
        impl GetTransactionsResponse {
            pub fn data<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::Transaction>>,
                T::Error: ::std::fmt::Display,
            {
                self.data = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for data: {e}")
                    });
                self
            }
            pub fn has_more<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.has_more = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for has_more: {e}")
                    });
                self
            }
            pub fn total<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.total = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for total: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<GetTransactionsResponse>
        for super::GetTransactionsResponse {
            type Error = super::error::ConversionError;
            fn try_from(
                value: GetTransactionsResponse,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    data: value.data?,
                    has_more: value.has_more?,
                    total: value.total?,
                })
            }
        }
        impl ::std::convert::From<super::GetTransactionsResponse>
        for GetTransactionsResponse {
            fn from(value: super::GetTransactionsResponse) -> Self {
                Self {
                    data: Ok(value.data),
                    has_more: Ok(value.has_more),
                    total: Ok(value.total),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct InvalidRequestError {
            details: ::std::result::Result<
                ::std::vec::Vec<::std::string::String>,
                ::std::string::String,
            >,
            error: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            path: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            status: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            timestamp: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for InvalidRequestError {
            fn default() -> Self {
                Self {
                    details: Ok(Default::default()),
                    error: Ok(Default::default()),
                    path: Ok(Default::default()),
                    status: Ok(Default::default()),
                    timestamp: Ok(Default::default()),
                }
            }
        }
        impl InvalidRequestError {
            pub fn details<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.details = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for details: {e}")
                    });
                self
            }
            pub fn error<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.error = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for error: {e}")
                    });
                self
            }
            pub fn path<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.path = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for path: {e}")
                    });
                self
            }
            pub fn status<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.status = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for status: {e}")
                    });
                self
            }
            pub fn timestamp<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.timestamp = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for timestamp: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<InvalidRequestError>
        for super::InvalidRequestError {
            type Error = super::error::ConversionError;
            fn try_from(
                value: InvalidRequestError,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    details: value.details?,
                    error: value.error?,
                    path: value.path?,
                    status: value.status?,
                    timestamp: value.timestamp?,
                })
            }
        }
        impl ::std::convert::From<super::InvalidRequestError> for InvalidRequestError {
            fn from(value: super::InvalidRequestError) -> Self {
                Self {
                    details: Ok(value.details),
                    error: Ok(value.error),
                    path: Ok(value.path),
                    status: Ok(value.status),
                    timestamp: Ok(value.timestamp),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct Key {
            created_at: ::std::result::Result<
                ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                ::std::string::String,
            >,
            deleted_at: ::std::result::Result<
                ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                ::std::string::String,
            >,
            key: ::std::result::Result<
                ::std::option::Option<
                    ::imprint_raw::support::Sensitive<::std::string::String>,
                >,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for Key {
            fn default() -> Self {
                Self {
                    created_at: Ok(Default::default()),
                    deleted_at: Ok(Default::default()),
                    key: Ok(Default::default()),
                }
            }
        }
        impl Key {
            pub fn created_at<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.created_at = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for created_at: {e}")
                    });
                self
            }
            pub fn deleted_at<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.deleted_at = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for deleted_at: {e}")
                    });
                self
            }
            pub fn key<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<
                        ::imprint_raw::support::Sensitive<::std::string::String>,
                    >,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.key = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for key: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<Key> for super::Key {
            type Error = super::error::ConversionError;
            fn try_from(
                value: Key,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    created_at: value.created_at?,
                    deleted_at: value.deleted_at?,
                    key: value.key?,
                })
            }
        }
        impl ::std::convert::From<super::Key> for Key {
            fn from(value: super::Key) -> Self {
                Self {
                    created_at: Ok(value.created_at),
                    deleted_at: Ok(value.deleted_at),
                    key: Ok(value.key),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct LinkCustomerAccountBody {
            metadata: ::std::result::Result<
                ::std::option::Option<
                    ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                >,
                ::std::string::String,
            >,
            partner_customer_id: ::std::result::Result<
                super::PartnerCustomerId,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for LinkCustomerAccountBody {
            fn default() -> Self {
                Self {
                    metadata: Ok(Default::default()),
                    partner_customer_id: Err(
                        "no value supplied for partner_customer_id".to_string(),
                    ),
                }
            }
        }
        impl LinkCustomerAccountBody {
            pub fn metadata<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<
                        ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                    >,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.metadata = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for metadata: {e}")
                    });
                self
            }
            pub fn partner_customer_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::PartnerCustomerId>,
                T::Error: ::std::fmt::Display,
            {
                self.partner_customer_id = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for partner_customer_id: {e}"
                        )
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<LinkCustomerAccountBody>
        for super::LinkCustomerAccountBody {
            type Error = super::error::ConversionError;
            fn try_from(
                value: LinkCustomerAccountBody,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    metadata: value.metadata?,
                    partner_customer_id: value.partner_customer_id?,
                })
            }
        }
        impl ::std::convert::From<super::LinkCustomerAccountBody>
        for LinkCustomerAccountBody {
            fn from(value: super::LinkCustomerAccountBody) -> Self {
                Self {
                    metadata: Ok(value.metadata),
                    partner_customer_id: Ok(value.partner_customer_id),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct LinkCustomerAccountError409 {
            error: ::std::result::Result<
                super::LinkCustomerAccountError409Error,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for LinkCustomerAccountError409 {
            fn default() -> Self {
                Self {
                    error: Err("no value supplied for error".to_string()),
                }
            }
        }
        impl LinkCustomerAccountError409 {
            pub fn error<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::LinkCustomerAccountError409Error>,
                T::Error: ::std::fmt::Display,
            {
                self.error = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for error: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<LinkCustomerAccountError409>
        for super::LinkCustomerAccountError409 {
            type Error = super::error::ConversionError;
            fn try_from(
                value: LinkCustomerAccountError409,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self { error: value.error? })
            }
        }
        impl ::std::convert::From<super::LinkCustomerAccountError409>
        for LinkCustomerAccountError409 {
            fn from(value: super::LinkCustomerAccountError409) -> Self {
                Self { error: Ok(value.error) }
            }
        }
        #[derive(Clone, Debug)]
        pub struct LinkCustomerAccountError409Error {
            existing_link: ::std::result::Result<
                ::std::option::Option<super::CustomerLink>,
                ::std::string::String,
            >,
            message: ::std::result::Result<::std::string::String, ::std::string::String>,
            type_: ::std::result::Result<::std::string::String, ::std::string::String>,
        }
        impl ::std::default::Default for LinkCustomerAccountError409Error {
            fn default() -> Self {
                Self {
                    existing_link: Ok(Default::default()),
                    message: Err("no value supplied for message".to_string()),
                    type_: Err("no value supplied for type_".to_string()),
                }
            }
        }
        impl LinkCustomerAccountError409Error {
            pub fn existing_link<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::CustomerLink>>,
                T::Error: ::std::fmt::Display,
            {
                self.existing_link = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for existing_link: {e}")
                    });
                self
            }
            pub fn message<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.message = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for message: {e}")
                    });
                self
            }
            pub fn type_<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.type_ = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for type_: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<LinkCustomerAccountError409Error>
        for super::LinkCustomerAccountError409Error {
            type Error = super::error::ConversionError;
            fn try_from(
                value: LinkCustomerAccountError409Error,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    existing_link: value.existing_link?,
                    message: value.message?,
                    type_: value.type_?,
                })
            }
        }
        impl ::std::convert::From<super::LinkCustomerAccountError409Error>
        for LinkCustomerAccountError409Error {
            fn from(value: super::LinkCustomerAccountError409Error) -> Self {
                Self {
                    existing_link: Ok(value.existing_link),
                    message: Ok(value.message),
                    type_: Ok(value.type_),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct Merchant {
            address: ::std::result::Result<
                ::std::option::Option<super::Address>,
                ::std::string::String,
            >,
            category: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            category_code: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            name: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            network_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for Merchant {
            fn default() -> Self {
                Self {
                    address: Ok(Default::default()),
                    category: Ok(Default::default()),
                    category_code: Ok(Default::default()),
                    name: Ok(Default::default()),
                    network_id: Ok(Default::default()),
                }
            }
        }
        impl Merchant {
            pub fn address<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::Address>>,
                T::Error: ::std::fmt::Display,
            {
                self.address = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for address: {e}")
                    });
                self
            }
            pub fn category<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.category = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for category: {e}")
                    });
                self
            }
            pub fn category_code<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.category_code = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for category_code: {e}")
                    });
                self
            }
            pub fn name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.name = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for name: {e}")
                    });
                self
            }
            pub fn network_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.network_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for network_id: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<Merchant> for super::Merchant {
            type Error = super::error::ConversionError;
            fn try_from(
                value: Merchant,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    address: value.address?,
                    category: value.category?,
                    category_code: value.category_code?,
                    name: value.name?,
                    network_id: value.network_id?,
                })
            }
        }
        impl ::std::convert::From<super::Merchant> for Merchant {
            fn from(value: super::Merchant) -> Self {
                Self {
                    address: Ok(value.address),
                    category: Ok(value.category),
                    category_code: Ok(value.category_code),
                    name: Ok(value.name),
                    network_id: Ok(value.network_id),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct Offer {
            description: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            id: ::std::result::Result<::std::string::String, ::std::string::String>,
            is_prescreened: ::std::result::Result<bool, ::std::string::String>,
            title: ::std::result::Result<::std::string::String, ::std::string::String>,
        }
        impl ::std::default::Default for Offer {
            fn default() -> Self {
                Self {
                    description: Err("no value supplied for description".to_string()),
                    id: Err("no value supplied for id".to_string()),
                    is_prescreened: Err(
                        "no value supplied for is_prescreened".to_string(),
                    ),
                    title: Err("no value supplied for title".to_string()),
                }
            }
        }
        impl Offer {
            pub fn description<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.description = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for description: {e}")
                    });
                self
            }
            pub fn id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.id = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for id: {e}"));
                self
            }
            pub fn is_prescreened<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<bool>,
                T::Error: ::std::fmt::Display,
            {
                self.is_prescreened = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for is_prescreened: {e}"
                        )
                    });
                self
            }
            pub fn title<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.title = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for title: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<Offer> for super::Offer {
            type Error = super::error::ConversionError;
            fn try_from(
                value: Offer,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    description: value.description?,
                    id: value.id?,
                    is_prescreened: value.is_prescreened?,
                    title: value.title?,
                })
            }
        }
        impl ::std::convert::From<super::Offer> for Offer {
            fn from(value: super::Offer) -> Self {
                Self {
                    description: Ok(value.description),
                    id: Ok(value.id),
                    is_prescreened: Ok(value.is_prescreened),
                    title: Ok(value.title),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct OrderBase {
            created_at: ::std::result::Result<
                ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                ::std::string::String,
            >,
            currency: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            customer_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            merchant_address: ::std::result::Result<
                ::std::vec::Vec<super::Address>,
                ::std::string::String,
            >,
            merchant_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            merchant_name: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            order_lines: ::std::result::Result<
                ::std::vec::Vec<super::OrderLine>,
                ::std::string::String,
            >,
            partner_order_id: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            payment_method_id: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            total_order_amount: ::std::result::Result<
                super::CurrencyAmount,
                ::std::string::String,
            >,
            total_rewards_amount: ::std::result::Result<
                ::std::option::Option<super::CurrencyAmount>,
                ::std::string::String,
            >,
            updated_at: ::std::result::Result<
                ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for OrderBase {
            fn default() -> Self {
                Self {
                    created_at: Ok(Default::default()),
                    currency: Ok(Default::default()),
                    customer_id: Ok(Default::default()),
                    id: Ok(Default::default()),
                    merchant_address: Ok(Default::default()),
                    merchant_id: Ok(Default::default()),
                    merchant_name: Ok(Default::default()),
                    order_lines: Ok(Default::default()),
                    partner_order_id: Err(
                        "no value supplied for partner_order_id".to_string(),
                    ),
                    payment_method_id: Err(
                        "no value supplied for payment_method_id".to_string(),
                    ),
                    total_order_amount: Err(
                        "no value supplied for total_order_amount".to_string(),
                    ),
                    total_rewards_amount: Ok(Default::default()),
                    updated_at: Ok(Default::default()),
                }
            }
        }
        impl OrderBase {
            pub fn created_at<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.created_at = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for created_at: {e}")
                    });
                self
            }
            pub fn currency<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.currency = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for currency: {e}")
                    });
                self
            }
            pub fn customer_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.customer_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for customer_id: {e}")
                    });
                self
            }
            pub fn id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.id = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for id: {e}"));
                self
            }
            pub fn merchant_address<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::Address>>,
                T::Error: ::std::fmt::Display,
            {
                self.merchant_address = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for merchant_address: {e}"
                        )
                    });
                self
            }
            pub fn merchant_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.merchant_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for merchant_id: {e}")
                    });
                self
            }
            pub fn merchant_name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.merchant_name = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for merchant_name: {e}")
                    });
                self
            }
            pub fn order_lines<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::OrderLine>>,
                T::Error: ::std::fmt::Display,
            {
                self.order_lines = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for order_lines: {e}")
                    });
                self
            }
            pub fn partner_order_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.partner_order_id = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for partner_order_id: {e}"
                        )
                    });
                self
            }
            pub fn payment_method_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.payment_method_id = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for payment_method_id: {e}"
                        )
                    });
                self
            }
            pub fn total_order_amount<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::CurrencyAmount>,
                T::Error: ::std::fmt::Display,
            {
                self.total_order_amount = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for total_order_amount: {e}"
                        )
                    });
                self
            }
            pub fn total_rewards_amount<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::CurrencyAmount>>,
                T::Error: ::std::fmt::Display,
            {
                self.total_rewards_amount = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for total_rewards_amount: {e}"
                        )
                    });
                self
            }
            pub fn updated_at<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.updated_at = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for updated_at: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<OrderBase> for super::OrderBase {
            type Error = super::error::ConversionError;
            fn try_from(
                value: OrderBase,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    created_at: value.created_at?,
                    currency: value.currency?,
                    customer_id: value.customer_id?,
                    id: value.id?,
                    merchant_address: value.merchant_address?,
                    merchant_id: value.merchant_id?,
                    merchant_name: value.merchant_name?,
                    order_lines: value.order_lines?,
                    partner_order_id: value.partner_order_id?,
                    payment_method_id: value.payment_method_id?,
                    total_order_amount: value.total_order_amount?,
                    total_rewards_amount: value.total_rewards_amount?,
                    updated_at: value.updated_at?,
                })
            }
        }
        impl ::std::convert::From<super::OrderBase> for OrderBase {
            fn from(value: super::OrderBase) -> Self {
                Self {
                    created_at: Ok(value.created_at),
                    currency: Ok(value.currency),
                    customer_id: Ok(value.customer_id),
                    id: Ok(value.id),
                    merchant_address: Ok(value.merchant_address),
                    merchant_id: Ok(value.merchant_id),
                    merchant_name: Ok(value.merchant_name),
                    order_lines: Ok(value.order_lines),
                    partner_order_id: Ok(value.partner_order_id),
                    payment_method_id: Ok(value.payment_method_id),
                    total_order_amount: Ok(value.total_order_amount),
                    total_rewards_amount: Ok(value.total_rewards_amount),
                    updated_at: Ok(value.updated_at),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct OrderEventBase {
            amount: ::std::result::Result<super::CurrencyAmount, ::std::string::String>,
            currency: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            network_transaction_id: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            order_event_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            order_id: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            order_lines: ::std::result::Result<
                ::std::vec::Vec<super::OrderLine>,
                ::std::string::String,
            >,
            partner_event_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            rewards_amount: ::std::result::Result<
                ::std::option::Option<super::CurrencyAmount>,
                ::std::string::String,
            >,
            type_: ::std::result::Result<
                crate::open_enums::OrderEventBaseType,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for OrderEventBase {
            fn default() -> Self {
                Self {
                    amount: Err("no value supplied for amount".to_string()),
                    currency: Ok(Default::default()),
                    network_transaction_id: Err(
                        "no value supplied for network_transaction_id".to_string(),
                    ),
                    order_event_id: Ok(Default::default()),
                    order_id: Err("no value supplied for order_id".to_string()),
                    order_lines: Ok(Default::default()),
                    partner_event_id: Ok(Default::default()),
                    rewards_amount: Ok(Default::default()),
                    type_: Err("no value supplied for type_".to_string()),
                }
            }
        }
        impl OrderEventBase {
            pub fn amount<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::CurrencyAmount>,
                T::Error: ::std::fmt::Display,
            {
                self.amount = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for amount: {e}")
                    });
                self
            }
            pub fn currency<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.currency = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for currency: {e}")
                    });
                self
            }
            pub fn network_transaction_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.network_transaction_id = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for network_transaction_id: {e}"
                        )
                    });
                self
            }
            pub fn order_event_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.order_event_id = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for order_event_id: {e}"
                        )
                    });
                self
            }
            pub fn order_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.order_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for order_id: {e}")
                    });
                self
            }
            pub fn order_lines<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::OrderLine>>,
                T::Error: ::std::fmt::Display,
            {
                self.order_lines = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for order_lines: {e}")
                    });
                self
            }
            pub fn partner_event_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.partner_event_id = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for partner_event_id: {e}"
                        )
                    });
                self
            }
            pub fn rewards_amount<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::CurrencyAmount>>,
                T::Error: ::std::fmt::Display,
            {
                self.rewards_amount = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for rewards_amount: {e}"
                        )
                    });
                self
            }
            pub fn type_<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<crate::open_enums::OrderEventBaseType>,
                T::Error: ::std::fmt::Display,
            {
                self.type_ = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for type_: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<OrderEventBase> for super::OrderEventBase {
            type Error = super::error::ConversionError;
            fn try_from(
                value: OrderEventBase,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    amount: value.amount?,
                    currency: value.currency?,
                    network_transaction_id: value.network_transaction_id?,
                    order_event_id: value.order_event_id?,
                    order_id: value.order_id?,
                    order_lines: value.order_lines?,
                    partner_event_id: value.partner_event_id?,
                    rewards_amount: value.rewards_amount?,
                    type_: value.type_?,
                })
            }
        }
        impl ::std::convert::From<super::OrderEventBase> for OrderEventBase {
            fn from(value: super::OrderEventBase) -> Self {
                Self {
                    amount: Ok(value.amount),
                    currency: Ok(value.currency),
                    network_transaction_id: Ok(value.network_transaction_id),
                    order_event_id: Ok(value.order_event_id),
                    order_id: Ok(value.order_id),
                    order_lines: Ok(value.order_lines),
                    partner_event_id: Ok(value.partner_event_id),
                    rewards_amount: Ok(value.rewards_amount),
                    type_: Ok(value.type_),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct OrderEventsResponse {
            data: ::std::result::Result<
                ::std::vec::Vec<super::OrderEvent>,
                ::std::string::String,
            >,
            has_more: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            total: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for OrderEventsResponse {
            fn default() -> Self {
                Self {
                    data: Err("no value supplied for data".to_string()),
                    has_more: Ok(Default::default()),
                    total: Ok(Default::default()),
                }
            }
        }
        impl OrderEventsResponse {
            pub fn data<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::OrderEvent>>,
                T::Error: ::std::fmt::Display,
            {
                self.data = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for data: {e}")
                    });
                self
            }
            pub fn has_more<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.has_more = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for has_more: {e}")
                    });
                self
            }
            pub fn total<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.total = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for total: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<OrderEventsResponse>
        for super::OrderEventsResponse {
            type Error = super::error::ConversionError;
            fn try_from(
                value: OrderEventsResponse,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    data: value.data?,
                    has_more: value.has_more?,
                    total: value.total?,
                })
            }
        }
        impl ::std::convert::From<super::OrderEventsResponse> for OrderEventsResponse {
            fn from(value: super::OrderEventsResponse) -> Self {
                Self {
                    data: Ok(value.data),
                    has_more: Ok(value.has_more),
                    total: Ok(value.total),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct OrderLine {
            name: ::std::result::Result<::std::string::String, ::std::string::String>,
            product_url: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            quantity: ::std::result::Result<i64, ::std::string::String>,
            rate: ::std::result::Result<super::CurrencyAmount, ::std::string::String>,
            rewards_rate: ::std::result::Result<
                super::CurrencyAmount,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for OrderLine {
            fn default() -> Self {
                Self {
                    name: Err("no value supplied for name".to_string()),
                    product_url: Ok(Default::default()),
                    quantity: Err("no value supplied for quantity".to_string()),
                    rate: Err("no value supplied for rate".to_string()),
                    rewards_rate: Err("no value supplied for rewards_rate".to_string()),
                }
            }
        }
        impl OrderLine {
            pub fn name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.name = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for name: {e}")
                    });
                self
            }
            pub fn product_url<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.product_url = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for product_url: {e}")
                    });
                self
            }
            pub fn quantity<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<i64>,
                T::Error: ::std::fmt::Display,
            {
                self.quantity = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for quantity: {e}")
                    });
                self
            }
            pub fn rate<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::CurrencyAmount>,
                T::Error: ::std::fmt::Display,
            {
                self.rate = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for rate: {e}")
                    });
                self
            }
            pub fn rewards_rate<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::CurrencyAmount>,
                T::Error: ::std::fmt::Display,
            {
                self.rewards_rate = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for rewards_rate: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<OrderLine> for super::OrderLine {
            type Error = super::error::ConversionError;
            fn try_from(
                value: OrderLine,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    name: value.name?,
                    product_url: value.product_url?,
                    quantity: value.quantity?,
                    rate: value.rate?,
                    rewards_rate: value.rewards_rate?,
                })
            }
        }
        impl ::std::convert::From<super::OrderLine> for OrderLine {
            fn from(value: super::OrderLine) -> Self {
                Self {
                    name: Ok(value.name),
                    product_url: Ok(value.product_url),
                    quantity: Ok(value.quantity),
                    rate: Ok(value.rate),
                    rewards_rate: Ok(value.rewards_rate),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct OrdersResponse {
            data: ::std::result::Result<
                ::std::vec::Vec<super::Order>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for OrdersResponse {
            fn default() -> Self {
                Self {
                    data: Err("no value supplied for data".to_string()),
                }
            }
        }
        impl OrdersResponse {
            pub fn data<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::Order>>,
                T::Error: ::std::fmt::Display,
            {
                self.data = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for data: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<OrdersResponse> for super::OrdersResponse {
            type Error = super::error::ConversionError;
            fn try_from(
                value: OrdersResponse,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self { data: value.data? })
            }
        }
        impl ::std::convert::From<super::OrdersResponse> for OrdersResponse {
            fn from(value: super::OrdersResponse) -> Self {
                Self { data: Ok(value.data) }
            }
        }
        #[derive(Clone, Debug)]
        pub struct PartnerCustomerNotFoundError {
            message: ::std::result::Result<::std::string::String, ::std::string::String>,
            param: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            type_: ::std::result::Result<::std::string::String, ::std::string::String>,
        }
        impl ::std::default::Default for PartnerCustomerNotFoundError {
            fn default() -> Self {
                Self {
                    message: Err("no value supplied for message".to_string()),
                    param: Ok(Default::default()),
                    type_: Err("no value supplied for type_".to_string()),
                }
            }
        }
        impl PartnerCustomerNotFoundError {
            pub fn message<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.message = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for message: {e}")
                    });
                self
            }
            pub fn param<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.param = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for param: {e}")
                    });
                self
            }
            pub fn type_<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.type_ = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for type_: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<PartnerCustomerNotFoundError>
        for super::PartnerCustomerNotFoundError {
            type Error = super::error::ConversionError;
            fn try_from(
                value: PartnerCustomerNotFoundError,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    message: value.message?,
                    param: value.param?,
                    type_: value.type_?,
                })
            }
        }
        impl ::std::convert::From<super::PartnerCustomerNotFoundError>
        for PartnerCustomerNotFoundError {
            fn from(value: super::PartnerCustomerNotFoundError) -> Self {
                Self {
                    message: Ok(value.message),
                    param: Ok(value.param),
                    type_: Ok(value.type_),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct PatchRewardBody {
            amount: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            status: ::std::result::Result<
                ::std::option::Option<crate::open_enums::RewardStatus>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for PatchRewardBody {
            fn default() -> Self {
                Self {
                    amount: Ok(Default::default()),
                    status: Ok(Default::default()),
                }
            }
        }
        impl PatchRewardBody {
            pub fn amount<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.amount = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for amount: {e}")
                    });
                self
            }
            pub fn status<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<crate::open_enums::RewardStatus>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.status = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for status: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<PatchRewardBody> for super::PatchRewardBody {
            type Error = super::error::ConversionError;
            fn try_from(
                value: PatchRewardBody,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    amount: value.amount?,
                    status: value.status?,
                })
            }
        }
        impl ::std::convert::From<super::PatchRewardBody> for PatchRewardBody {
            fn from(value: super::PatchRewardBody) -> Self {
                Self {
                    amount: Ok(value.amount),
                    status: Ok(value.status),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct PaymentMethod {
            bank_account: ::std::result::Result<
                ::std::option::Option<super::PaymentMethodBankAccount>,
                ::std::string::String,
            >,
            card: ::std::result::Result<
                ::std::option::Option<super::PaymentMethodCard>,
                ::std::string::String,
            >,
            created_at: ::std::result::Result<
                ::chrono::DateTime<::chrono::offset::Utc>,
                ::std::string::String,
            >,
            customer_id: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            id: ::std::result::Result<::std::string::String, ::std::string::String>,
            loan: ::std::result::Result<
                ::std::option::Option<super::PaymentMethodLoan>,
                ::std::string::String,
            >,
            metadata: ::std::result::Result<
                ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                ::std::string::String,
            >,
            status: ::std::result::Result<
                crate::open_enums::PaymentMethodStatus,
                ::std::string::String,
            >,
            type_: ::std::result::Result<
                crate::open_enums::PaymentMethodType,
                ::std::string::String,
            >,
            updated_at: ::std::result::Result<
                ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for PaymentMethod {
            fn default() -> Self {
                Self {
                    bank_account: Ok(Default::default()),
                    card: Ok(Default::default()),
                    created_at: Err("no value supplied for created_at".to_string()),
                    customer_id: Err("no value supplied for customer_id".to_string()),
                    id: Err("no value supplied for id".to_string()),
                    loan: Ok(Default::default()),
                    metadata: Err("no value supplied for metadata".to_string()),
                    status: Err("no value supplied for status".to_string()),
                    type_: Err("no value supplied for type_".to_string()),
                    updated_at: Ok(Default::default()),
                }
            }
        }
        impl PaymentMethod {
            pub fn bank_account<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::PaymentMethodBankAccount>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.bank_account = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for bank_account: {e}")
                    });
                self
            }
            pub fn card<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::PaymentMethodCard>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.card = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for card: {e}")
                    });
                self
            }
            pub fn created_at<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::chrono::DateTime<::chrono::offset::Utc>>,
                T::Error: ::std::fmt::Display,
            {
                self.created_at = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for created_at: {e}")
                    });
                self
            }
            pub fn customer_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.customer_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for customer_id: {e}")
                    });
                self
            }
            pub fn id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.id = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for id: {e}"));
                self
            }
            pub fn loan<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::PaymentMethodLoan>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.loan = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for loan: {e}")
                    });
                self
            }
            pub fn metadata<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.metadata = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for metadata: {e}")
                    });
                self
            }
            pub fn status<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<crate::open_enums::PaymentMethodStatus>,
                T::Error: ::std::fmt::Display,
            {
                self.status = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for status: {e}")
                    });
                self
            }
            pub fn type_<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<crate::open_enums::PaymentMethodType>,
                T::Error: ::std::fmt::Display,
            {
                self.type_ = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for type_: {e}")
                    });
                self
            }
            pub fn updated_at<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.updated_at = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for updated_at: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<PaymentMethod> for super::PaymentMethod {
            type Error = super::error::ConversionError;
            fn try_from(
                value: PaymentMethod,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    bank_account: value.bank_account?,
                    card: value.card?,
                    created_at: value.created_at?,
                    customer_id: value.customer_id?,
                    id: value.id?,
                    loan: value.loan?,
                    metadata: value.metadata?,
                    status: value.status?,
                    type_: value.type_?,
                    updated_at: value.updated_at?,
                })
            }
        }
        impl ::std::convert::From<super::PaymentMethod> for PaymentMethod {
            fn from(value: super::PaymentMethod) -> Self {
                Self {
                    bank_account: Ok(value.bank_account),
                    card: Ok(value.card),
                    created_at: Ok(value.created_at),
                    customer_id: Ok(value.customer_id),
                    id: Ok(value.id),
                    loan: Ok(value.loan),
                    metadata: Ok(value.metadata),
                    status: Ok(value.status),
                    type_: Ok(value.type_),
                    updated_at: Ok(value.updated_at),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct PaymentMethodBankAccount {
            account_type: ::std::result::Result<
                ::std::option::Option<
                    crate::open_enums::PaymentMethodBankAccountAccountType,
                >,
                ::std::string::String,
            >,
            bank_name: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            last4: ::std::result::Result<
                super::PaymentMethodBankAccountLast4,
                ::std::string::String,
            >,
            routing_number: ::std::result::Result<
                ::imprint_raw::support::Sensitive<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for PaymentMethodBankAccount {
            fn default() -> Self {
                Self {
                    account_type: Ok(Default::default()),
                    bank_name: Err("no value supplied for bank_name".to_string()),
                    last4: Err("no value supplied for last4".to_string()),
                    routing_number: Err(
                        "no value supplied for routing_number".to_string(),
                    ),
                }
            }
        }
        impl PaymentMethodBankAccount {
            pub fn account_type<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<
                        crate::open_enums::PaymentMethodBankAccountAccountType,
                    >,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.account_type = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for account_type: {e}")
                    });
                self
            }
            pub fn bank_name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.bank_name = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for bank_name: {e}")
                    });
                self
            }
            pub fn last4<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::PaymentMethodBankAccountLast4>,
                T::Error: ::std::fmt::Display,
            {
                self.last4 = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for last4: {e}")
                    });
                self
            }
            pub fn routing_number<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::imprint_raw::support::Sensitive<::std::string::String>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.routing_number = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for routing_number: {e}"
                        )
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<PaymentMethodBankAccount>
        for super::PaymentMethodBankAccount {
            type Error = super::error::ConversionError;
            fn try_from(
                value: PaymentMethodBankAccount,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    account_type: value.account_type?,
                    bank_name: value.bank_name?,
                    last4: value.last4?,
                    routing_number: value.routing_number?,
                })
            }
        }
        impl ::std::convert::From<super::PaymentMethodBankAccount>
        for PaymentMethodBankAccount {
            fn from(value: super::PaymentMethodBankAccount) -> Self {
                Self {
                    account_type: Ok(value.account_type),
                    bank_name: Ok(value.bank_name),
                    last4: Ok(value.last4),
                    routing_number: Ok(value.routing_number),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct PaymentMethodCard {
            card_design_id: ::std::result::Result<
                ::std::option::Option<super::CardDesignId>,
                ::std::string::String,
            >,
            card_type: ::std::result::Result<
                ::std::option::Option<crate::open_enums::CardType>,
                ::std::string::String,
            >,
            exp_month: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            exp_year: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            last4: ::std::result::Result<
                super::PaymentMethodCardLast4,
                ::std::string::String,
            >,
            network: ::std::result::Result<
                ::std::option::Option<crate::open_enums::PaymentMethodCardNetwork>,
                ::std::string::String,
            >,
            pci_details: ::std::result::Result<
                ::std::option::Option<
                    ::imprint_raw::support::Sensitive<super::PaymentMethodCardPciDetails>,
                >,
                ::std::string::String,
            >,
            tokens: ::std::result::Result<
                ::std::vec::Vec<super::PaymentMethodToken>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for PaymentMethodCard {
            fn default() -> Self {
                Self {
                    card_design_id: Ok(Default::default()),
                    card_type: Ok(Default::default()),
                    exp_month: Ok(Default::default()),
                    exp_year: Ok(Default::default()),
                    last4: Err("no value supplied for last4".to_string()),
                    network: Ok(Default::default()),
                    pci_details: Ok(Default::default()),
                    tokens: Ok(Default::default()),
                }
            }
        }
        impl PaymentMethodCard {
            pub fn card_design_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::CardDesignId>>,
                T::Error: ::std::fmt::Display,
            {
                self.card_design_id = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for card_design_id: {e}"
                        )
                    });
                self
            }
            pub fn card_type<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<crate::open_enums::CardType>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.card_type = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for card_type: {e}")
                    });
                self
            }
            pub fn exp_month<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.exp_month = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for exp_month: {e}")
                    });
                self
            }
            pub fn exp_year<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.exp_year = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for exp_year: {e}")
                    });
                self
            }
            pub fn last4<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::PaymentMethodCardLast4>,
                T::Error: ::std::fmt::Display,
            {
                self.last4 = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for last4: {e}")
                    });
                self
            }
            pub fn network<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<crate::open_enums::PaymentMethodCardNetwork>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.network = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for network: {e}")
                    });
                self
            }
            pub fn pci_details<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<
                        ::imprint_raw::support::Sensitive<
                            super::PaymentMethodCardPciDetails,
                        >,
                    >,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.pci_details = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for pci_details: {e}")
                    });
                self
            }
            pub fn tokens<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::PaymentMethodToken>>,
                T::Error: ::std::fmt::Display,
            {
                self.tokens = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for tokens: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<PaymentMethodCard> for super::PaymentMethodCard {
            type Error = super::error::ConversionError;
            fn try_from(
                value: PaymentMethodCard,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    card_design_id: value.card_design_id?,
                    card_type: value.card_type?,
                    exp_month: value.exp_month?,
                    exp_year: value.exp_year?,
                    last4: value.last4?,
                    network: value.network?,
                    pci_details: value.pci_details?,
                    tokens: value.tokens?,
                })
            }
        }
        impl ::std::convert::From<super::PaymentMethodCard> for PaymentMethodCard {
            fn from(value: super::PaymentMethodCard) -> Self {
                Self {
                    card_design_id: Ok(value.card_design_id),
                    card_type: Ok(value.card_type),
                    exp_month: Ok(value.exp_month),
                    exp_year: Ok(value.exp_year),
                    last4: Ok(value.last4),
                    network: Ok(value.network),
                    pci_details: Ok(value.pci_details),
                    tokens: Ok(value.tokens),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct PaymentMethodCardPciDetails {
            cvv: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            exp_month: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            exp_year: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            pan: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for PaymentMethodCardPciDetails {
            fn default() -> Self {
                Self {
                    cvv: Ok(Default::default()),
                    exp_month: Ok(Default::default()),
                    exp_year: Ok(Default::default()),
                    pan: Ok(Default::default()),
                }
            }
        }
        impl PaymentMethodCardPciDetails {
            pub fn cvv<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.cvv = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for cvv: {e}")
                    });
                self
            }
            pub fn exp_month<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.exp_month = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for exp_month: {e}")
                    });
                self
            }
            pub fn exp_year<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.exp_year = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for exp_year: {e}")
                    });
                self
            }
            pub fn pan<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.pan = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for pan: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<PaymentMethodCardPciDetails>
        for super::PaymentMethodCardPciDetails {
            type Error = super::error::ConversionError;
            fn try_from(
                value: PaymentMethodCardPciDetails,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    cvv: value.cvv?,
                    exp_month: value.exp_month?,
                    exp_year: value.exp_year?,
                    pan: value.pan?,
                })
            }
        }
        impl ::std::convert::From<super::PaymentMethodCardPciDetails>
        for PaymentMethodCardPciDetails {
            fn from(value: super::PaymentMethodCardPciDetails) -> Self {
                Self {
                    cvv: Ok(value.cvv),
                    exp_month: Ok(value.exp_month),
                    exp_year: Ok(value.exp_year),
                    pan: Ok(value.pan),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct PaymentMethodLoan {
            amount: ::std::result::Result<i64, ::std::string::String>,
            apr: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            currency: ::std::result::Result<
                ::std::option::Option<super::TransactionCurrency>,
                ::std::string::String,
            >,
            loan_status: ::std::result::Result<
                ::std::option::Option<crate::open_enums::PaymentMethodLoanLoanStatus>,
                ::std::string::String,
            >,
            remaining_balance: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            term_months: ::std::result::Result<i64, ::std::string::String>,
        }
        impl ::std::default::Default for PaymentMethodLoan {
            fn default() -> Self {
                Self {
                    amount: Err("no value supplied for amount".to_string()),
                    apr: Ok(Default::default()),
                    currency: Ok(Default::default()),
                    loan_status: Ok(Default::default()),
                    remaining_balance: Ok(Default::default()),
                    term_months: Err("no value supplied for term_months".to_string()),
                }
            }
        }
        impl PaymentMethodLoan {
            pub fn amount<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<i64>,
                T::Error: ::std::fmt::Display,
            {
                self.amount = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for amount: {e}")
                    });
                self
            }
            pub fn apr<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.apr = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for apr: {e}")
                    });
                self
            }
            pub fn currency<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::TransactionCurrency>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.currency = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for currency: {e}")
                    });
                self
            }
            pub fn loan_status<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<crate::open_enums::PaymentMethodLoanLoanStatus>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.loan_status = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for loan_status: {e}")
                    });
                self
            }
            pub fn remaining_balance<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.remaining_balance = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for remaining_balance: {e}"
                        )
                    });
                self
            }
            pub fn term_months<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<i64>,
                T::Error: ::std::fmt::Display,
            {
                self.term_months = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for term_months: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<PaymentMethodLoan> for super::PaymentMethodLoan {
            type Error = super::error::ConversionError;
            fn try_from(
                value: PaymentMethodLoan,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    amount: value.amount?,
                    apr: value.apr?,
                    currency: value.currency?,
                    loan_status: value.loan_status?,
                    remaining_balance: value.remaining_balance?,
                    term_months: value.term_months?,
                })
            }
        }
        impl ::std::convert::From<super::PaymentMethodLoan> for PaymentMethodLoan {
            fn from(value: super::PaymentMethodLoan) -> Self {
                Self {
                    amount: Ok(value.amount),
                    apr: Ok(value.apr),
                    currency: Ok(value.currency),
                    loan_status: Ok(value.loan_status),
                    remaining_balance: Ok(value.remaining_balance),
                    term_months: Ok(value.term_months),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct PaymentMethodNotFoundError {
            message: ::std::result::Result<::std::string::String, ::std::string::String>,
            param: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            type_: ::std::result::Result<::std::string::String, ::std::string::String>,
        }
        impl ::std::default::Default for PaymentMethodNotFoundError {
            fn default() -> Self {
                Self {
                    message: Err("no value supplied for message".to_string()),
                    param: Ok(Default::default()),
                    type_: Err("no value supplied for type_".to_string()),
                }
            }
        }
        impl PaymentMethodNotFoundError {
            pub fn message<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.message = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for message: {e}")
                    });
                self
            }
            pub fn param<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.param = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for param: {e}")
                    });
                self
            }
            pub fn type_<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.type_ = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for type_: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<PaymentMethodNotFoundError>
        for super::PaymentMethodNotFoundError {
            type Error = super::error::ConversionError;
            fn try_from(
                value: PaymentMethodNotFoundError,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    message: value.message?,
                    param: value.param?,
                    type_: value.type_?,
                })
            }
        }
        impl ::std::convert::From<super::PaymentMethodNotFoundError>
        for PaymentMethodNotFoundError {
            fn from(value: super::PaymentMethodNotFoundError) -> Self {
                Self {
                    message: Ok(value.message),
                    param: Ok(value.param),
                    type_: Ok(value.type_),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct PaymentMethodToken {
            created_at: ::std::result::Result<
                ::chrono::DateTime<::chrono::offset::Utc>,
                ::std::string::String,
            >,
            pan_reference_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            token: ::std::result::Result<::std::string::String, ::std::string::String>,
            type_: ::std::result::Result<
                crate::open_enums::PaymentMethodTokenType,
                ::std::string::String,
            >,
            updated_at: ::std::result::Result<
                ::chrono::DateTime<::chrono::offset::Utc>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for PaymentMethodToken {
            fn default() -> Self {
                Self {
                    created_at: Err("no value supplied for created_at".to_string()),
                    pan_reference_id: Ok(Default::default()),
                    token: Err("no value supplied for token".to_string()),
                    type_: Err("no value supplied for type_".to_string()),
                    updated_at: Err("no value supplied for updated_at".to_string()),
                }
            }
        }
        impl PaymentMethodToken {
            pub fn created_at<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::chrono::DateTime<::chrono::offset::Utc>>,
                T::Error: ::std::fmt::Display,
            {
                self.created_at = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for created_at: {e}")
                    });
                self
            }
            pub fn pan_reference_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.pan_reference_id = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for pan_reference_id: {e}"
                        )
                    });
                self
            }
            pub fn token<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.token = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for token: {e}")
                    });
                self
            }
            pub fn type_<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<crate::open_enums::PaymentMethodTokenType>,
                T::Error: ::std::fmt::Display,
            {
                self.type_ = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for type_: {e}")
                    });
                self
            }
            pub fn updated_at<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::chrono::DateTime<::chrono::offset::Utc>>,
                T::Error: ::std::fmt::Display,
            {
                self.updated_at = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for updated_at: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<PaymentMethodToken> for super::PaymentMethodToken {
            type Error = super::error::ConversionError;
            fn try_from(
                value: PaymentMethodToken,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    created_at: value.created_at?,
                    pan_reference_id: value.pan_reference_id?,
                    token: value.token?,
                    type_: value.type_?,
                    updated_at: value.updated_at?,
                })
            }
        }
        impl ::std::convert::From<super::PaymentMethodToken> for PaymentMethodToken {
            fn from(value: super::PaymentMethodToken) -> Self {
                Self {
                    created_at: Ok(value.created_at),
                    pan_reference_id: Ok(value.pan_reference_id),
                    token: Ok(value.token),
                    type_: Ok(value.type_),
                    updated_at: Ok(value.updated_at),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct PaymentMethodWebhookPayload {
            data: ::std::result::Result<
                ::std::option::Option<super::PaymentMethodWebhookPayloadData>,
                ::std::string::String,
            >,
            object: ::std::result::Result<
                ::std::option::Option<
                    crate::open_enums::PaymentMethodWebhookPayloadObject,
                >,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for PaymentMethodWebhookPayload {
            fn default() -> Self {
                Self {
                    data: Ok(Default::default()),
                    object: Ok(Default::default()),
                }
            }
        }
        impl PaymentMethodWebhookPayload {
            pub fn data<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::PaymentMethodWebhookPayloadData>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.data = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for data: {e}")
                    });
                self
            }
            pub fn object<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<
                        crate::open_enums::PaymentMethodWebhookPayloadObject,
                    >,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.object = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for object: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<PaymentMethodWebhookPayload>
        for super::PaymentMethodWebhookPayload {
            type Error = super::error::ConversionError;
            fn try_from(
                value: PaymentMethodWebhookPayload,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    data: value.data?,
                    object: value.object?,
                })
            }
        }
        impl ::std::convert::From<super::PaymentMethodWebhookPayload>
        for PaymentMethodWebhookPayload {
            fn from(value: super::PaymentMethodWebhookPayload) -> Self {
                Self {
                    data: Ok(value.data),
                    object: Ok(value.object),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct PaymentMethodWebhookPayloadData {
            card_design_id: ::std::result::Result<
                ::std::option::Option<super::CardDesignId>,
                ::std::string::String,
            >,
            card_type: ::std::result::Result<
                ::std::option::Option<crate::open_enums::CardType>,
                ::std::string::String,
            >,
            created_at: ::std::result::Result<
                ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                ::std::string::String,
            >,
            customer_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            customer_metadata: ::std::result::Result<
                ::std::collections::HashMap<
                    ::std::string::String,
                    ::std::string::String,
                >,
                ::std::string::String,
            >,
            merchant_key: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            new_status: ::std::result::Result<
                ::std::option::Option<
                    crate::open_enums::PaymentMethodWebhookPayloadDataNewStatus,
                >,
                ::std::string::String,
            >,
            partner_customer_id: ::std::result::Result<
                ::std::option::Option<super::PartnerCustomerId>,
                ::std::string::String,
            >,
            payment_method_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            previous_status: ::std::result::Result<
                ::std::option::Option<
                    crate::open_enums::PaymentMethodWebhookPayloadDataPreviousStatus,
                >,
                ::std::string::String,
            >,
            tokens: ::std::result::Result<
                ::std::vec::Vec<super::PaymentMethodToken>,
                ::std::string::String,
            >,
            updated_at: ::std::result::Result<
                ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for PaymentMethodWebhookPayloadData {
            fn default() -> Self {
                Self {
                    card_design_id: Ok(Default::default()),
                    card_type: Ok(Default::default()),
                    created_at: Ok(Default::default()),
                    customer_id: Ok(Default::default()),
                    customer_metadata: Ok(Default::default()),
                    merchant_key: Ok(Default::default()),
                    new_status: Ok(Default::default()),
                    partner_customer_id: Ok(Default::default()),
                    payment_method_id: Ok(Default::default()),
                    previous_status: Ok(Default::default()),
                    tokens: Ok(Default::default()),
                    updated_at: Ok(Default::default()),
                }
            }
        }
        impl PaymentMethodWebhookPayloadData {
            pub fn card_design_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::CardDesignId>>,
                T::Error: ::std::fmt::Display,
            {
                self.card_design_id = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for card_design_id: {e}"
                        )
                    });
                self
            }
            pub fn card_type<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<crate::open_enums::CardType>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.card_type = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for card_type: {e}")
                    });
                self
            }
            pub fn created_at<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.created_at = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for created_at: {e}")
                    });
                self
            }
            pub fn customer_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.customer_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for customer_id: {e}")
                    });
                self
            }
            pub fn customer_metadata<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::collections::HashMap<
                        ::std::string::String,
                        ::std::string::String,
                    >,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.customer_metadata = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for customer_metadata: {e}"
                        )
                    });
                self
            }
            pub fn merchant_key<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.merchant_key = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for merchant_key: {e}")
                    });
                self
            }
            pub fn new_status<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<
                        crate::open_enums::PaymentMethodWebhookPayloadDataNewStatus,
                    >,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.new_status = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for new_status: {e}")
                    });
                self
            }
            pub fn partner_customer_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::PartnerCustomerId>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.partner_customer_id = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for partner_customer_id: {e}"
                        )
                    });
                self
            }
            pub fn payment_method_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.payment_method_id = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for payment_method_id: {e}"
                        )
                    });
                self
            }
            pub fn previous_status<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<
                        crate::open_enums::PaymentMethodWebhookPayloadDataPreviousStatus,
                    >,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.previous_status = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for previous_status: {e}"
                        )
                    });
                self
            }
            pub fn tokens<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::PaymentMethodToken>>,
                T::Error: ::std::fmt::Display,
            {
                self.tokens = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for tokens: {e}")
                    });
                self
            }
            pub fn updated_at<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.updated_at = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for updated_at: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<PaymentMethodWebhookPayloadData>
        for super::PaymentMethodWebhookPayloadData {
            type Error = super::error::ConversionError;
            fn try_from(
                value: PaymentMethodWebhookPayloadData,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    card_design_id: value.card_design_id?,
                    card_type: value.card_type?,
                    created_at: value.created_at?,
                    customer_id: value.customer_id?,
                    customer_metadata: value.customer_metadata?,
                    merchant_key: value.merchant_key?,
                    new_status: value.new_status?,
                    partner_customer_id: value.partner_customer_id?,
                    payment_method_id: value.payment_method_id?,
                    previous_status: value.previous_status?,
                    tokens: value.tokens?,
                    updated_at: value.updated_at?,
                })
            }
        }
        impl ::std::convert::From<super::PaymentMethodWebhookPayloadData>
        for PaymentMethodWebhookPayloadData {
            fn from(value: super::PaymentMethodWebhookPayloadData) -> Self {
                Self {
                    card_design_id: Ok(value.card_design_id),
                    card_type: Ok(value.card_type),
                    created_at: Ok(value.created_at),
                    customer_id: Ok(value.customer_id),
                    customer_metadata: Ok(value.customer_metadata),
                    merchant_key: Ok(value.merchant_key),
                    new_status: Ok(value.new_status),
                    partner_customer_id: Ok(value.partner_customer_id),
                    payment_method_id: Ok(value.payment_method_id),
                    previous_status: Ok(value.previous_status),
                    tokens: Ok(value.tokens),
                    updated_at: Ok(value.updated_at),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct PutOrderError404 {
            message: ::std::result::Result<::std::string::String, ::std::string::String>,
            param: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            type_: ::std::result::Result<::std::string::String, ::std::string::String>,
        }
        impl ::std::default::Default for PutOrderError404 {
            fn default() -> Self {
                Self {
                    message: Err("no value supplied for message".to_string()),
                    param: Ok(Default::default()),
                    type_: Err("no value supplied for type_".to_string()),
                }
            }
        }
        impl PutOrderError404 {
            pub fn message<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.message = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for message: {e}")
                    });
                self
            }
            pub fn param<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.param = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for param: {e}")
                    });
                self
            }
            pub fn type_<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.type_ = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for type_: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<PutOrderError404> for super::PutOrderError404 {
            type Error = super::error::ConversionError;
            fn try_from(
                value: PutOrderError404,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    message: value.message?,
                    param: value.param?,
                    type_: value.type_?,
                })
            }
        }
        impl ::std::convert::From<super::PutOrderError404> for PutOrderError404 {
            fn from(value: super::PutOrderError404) -> Self {
                Self {
                    message: Ok(value.message),
                    param: Ok(value.param),
                    type_: Ok(value.type_),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct Reward {
            amount: ::std::result::Result<i64, ::std::string::String>,
            created_at: ::std::result::Result<
                ::chrono::DateTime<::chrono::offset::Utc>,
                ::std::string::String,
            >,
            currency: ::std::result::Result<
                ::std::option::Option<super::RewardCurrency>,
                ::std::string::String,
            >,
            customer_id: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            id: ::std::result::Result<::std::string::String, ::std::string::String>,
            metadata: ::std::result::Result<
                ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                ::std::string::String,
            >,
            status: ::std::result::Result<
                crate::open_enums::RewardStatus,
                ::std::string::String,
            >,
            transaction_event_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            type_: ::std::result::Result<
                crate::open_enums::RewardType,
                ::std::string::String,
            >,
            updated_at: ::std::result::Result<
                ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for Reward {
            fn default() -> Self {
                Self {
                    amount: Err("no value supplied for amount".to_string()),
                    created_at: Err("no value supplied for created_at".to_string()),
                    currency: Ok(Default::default()),
                    customer_id: Err("no value supplied for customer_id".to_string()),
                    id: Err("no value supplied for id".to_string()),
                    metadata: Ok(Default::default()),
                    status: Err("no value supplied for status".to_string()),
                    transaction_event_id: Ok(Default::default()),
                    type_: Err("no value supplied for type_".to_string()),
                    updated_at: Ok(Default::default()),
                }
            }
        }
        impl Reward {
            pub fn amount<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<i64>,
                T::Error: ::std::fmt::Display,
            {
                self.amount = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for amount: {e}")
                    });
                self
            }
            pub fn created_at<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::chrono::DateTime<::chrono::offset::Utc>>,
                T::Error: ::std::fmt::Display,
            {
                self.created_at = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for created_at: {e}")
                    });
                self
            }
            pub fn currency<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::RewardCurrency>>,
                T::Error: ::std::fmt::Display,
            {
                self.currency = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for currency: {e}")
                    });
                self
            }
            pub fn customer_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.customer_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for customer_id: {e}")
                    });
                self
            }
            pub fn id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.id = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for id: {e}"));
                self
            }
            pub fn metadata<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.metadata = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for metadata: {e}")
                    });
                self
            }
            pub fn status<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<crate::open_enums::RewardStatus>,
                T::Error: ::std::fmt::Display,
            {
                self.status = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for status: {e}")
                    });
                self
            }
            pub fn transaction_event_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.transaction_event_id = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for transaction_event_id: {e}"
                        )
                    });
                self
            }
            pub fn type_<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<crate::open_enums::RewardType>,
                T::Error: ::std::fmt::Display,
            {
                self.type_ = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for type_: {e}")
                    });
                self
            }
            pub fn updated_at<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.updated_at = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for updated_at: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<Reward> for super::Reward {
            type Error = super::error::ConversionError;
            fn try_from(
                value: Reward,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    amount: value.amount?,
                    created_at: value.created_at?,
                    currency: value.currency?,
                    customer_id: value.customer_id?,
                    id: value.id?,
                    metadata: value.metadata?,
                    status: value.status?,
                    transaction_event_id: value.transaction_event_id?,
                    type_: value.type_?,
                    updated_at: value.updated_at?,
                })
            }
        }
        impl ::std::convert::From<super::Reward> for Reward {
            fn from(value: super::Reward) -> Self {
                Self {
                    amount: Ok(value.amount),
                    created_at: Ok(value.created_at),
                    currency: Ok(value.currency),
                    customer_id: Ok(value.customer_id),
                    id: Ok(value.id),
                    metadata: Ok(value.metadata),
                    status: Ok(value.status),
                    transaction_event_id: Ok(value.transaction_event_id),
                    type_: Ok(value.type_),
                    updated_at: Ok(value.updated_at),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct RewardNotFoundError {
            message: ::std::result::Result<::std::string::String, ::std::string::String>,
            param: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            type_: ::std::result::Result<::std::string::String, ::std::string::String>,
        }
        impl ::std::default::Default for RewardNotFoundError {
            fn default() -> Self {
                Self {
                    message: Err("no value supplied for message".to_string()),
                    param: Ok(Default::default()),
                    type_: Err("no value supplied for type_".to_string()),
                }
            }
        }
        impl RewardNotFoundError {
            pub fn message<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.message = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for message: {e}")
                    });
                self
            }
            pub fn param<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.param = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for param: {e}")
                    });
                self
            }
            pub fn type_<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.type_ = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for type_: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<RewardNotFoundError>
        for super::RewardNotFoundError {
            type Error = super::error::ConversionError;
            fn try_from(
                value: RewardNotFoundError,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    message: value.message?,
                    param: value.param?,
                    type_: value.type_?,
                })
            }
        }
        impl ::std::convert::From<super::RewardNotFoundError> for RewardNotFoundError {
            fn from(value: super::RewardNotFoundError) -> Self {
                Self {
                    message: Ok(value.message),
                    param: Ok(value.param),
                    type_: Ok(value.type_),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct RewardWebhookPayload {
            data: ::std::result::Result<
                ::std::option::Option<super::RewardWebhookPayloadData>,
                ::std::string::String,
            >,
            object: ::std::result::Result<
                ::std::option::Option<crate::open_enums::RewardWebhookPayloadObject>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for RewardWebhookPayload {
            fn default() -> Self {
                Self {
                    data: Ok(Default::default()),
                    object: Ok(Default::default()),
                }
            }
        }
        impl RewardWebhookPayload {
            pub fn data<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::RewardWebhookPayloadData>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.data = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for data: {e}")
                    });
                self
            }
            pub fn object<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<crate::open_enums::RewardWebhookPayloadObject>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.object = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for object: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<RewardWebhookPayload>
        for super::RewardWebhookPayload {
            type Error = super::error::ConversionError;
            fn try_from(
                value: RewardWebhookPayload,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    data: value.data?,
                    object: value.object?,
                })
            }
        }
        impl ::std::convert::From<super::RewardWebhookPayload> for RewardWebhookPayload {
            fn from(value: super::RewardWebhookPayload) -> Self {
                Self {
                    data: Ok(value.data),
                    object: Ok(value.object),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct RewardWebhookPayloadData {
            amount: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            created_at: ::std::result::Result<
                ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                ::std::string::String,
            >,
            currency: ::std::result::Result<
                ::std::option::Option<super::RewardCurrency>,
                ::std::string::String,
            >,
            customer_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            customer_metadata: ::std::result::Result<
                ::std::collections::HashMap<
                    ::std::string::String,
                    ::std::string::String,
                >,
                ::std::string::String,
            >,
            merchant_key: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            metadata: ::std::result::Result<
                ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                ::std::string::String,
            >,
            reward_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            status: ::std::result::Result<
                ::std::option::Option<crate::open_enums::RewardStatus>,
                ::std::string::String,
            >,
            transaction_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            type_: ::std::result::Result<
                ::std::option::Option<crate::open_enums::RewardType>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for RewardWebhookPayloadData {
            fn default() -> Self {
                Self {
                    amount: Ok(Default::default()),
                    created_at: Ok(Default::default()),
                    currency: Ok(Default::default()),
                    customer_id: Ok(Default::default()),
                    customer_metadata: Ok(Default::default()),
                    merchant_key: Ok(Default::default()),
                    metadata: Ok(Default::default()),
                    reward_id: Ok(Default::default()),
                    status: Ok(Default::default()),
                    transaction_id: Ok(Default::default()),
                    type_: Ok(Default::default()),
                }
            }
        }
        impl RewardWebhookPayloadData {
            pub fn amount<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.amount = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for amount: {e}")
                    });
                self
            }
            pub fn created_at<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.created_at = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for created_at: {e}")
                    });
                self
            }
            pub fn currency<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::RewardCurrency>>,
                T::Error: ::std::fmt::Display,
            {
                self.currency = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for currency: {e}")
                    });
                self
            }
            pub fn customer_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.customer_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for customer_id: {e}")
                    });
                self
            }
            pub fn customer_metadata<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::collections::HashMap<
                        ::std::string::String,
                        ::std::string::String,
                    >,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.customer_metadata = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for customer_metadata: {e}"
                        )
                    });
                self
            }
            pub fn merchant_key<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.merchant_key = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for merchant_key: {e}")
                    });
                self
            }
            pub fn metadata<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.metadata = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for metadata: {e}")
                    });
                self
            }
            pub fn reward_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.reward_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for reward_id: {e}")
                    });
                self
            }
            pub fn status<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<crate::open_enums::RewardStatus>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.status = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for status: {e}")
                    });
                self
            }
            pub fn transaction_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.transaction_id = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for transaction_id: {e}"
                        )
                    });
                self
            }
            pub fn type_<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<crate::open_enums::RewardType>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.type_ = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for type_: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<RewardWebhookPayloadData>
        for super::RewardWebhookPayloadData {
            type Error = super::error::ConversionError;
            fn try_from(
                value: RewardWebhookPayloadData,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    amount: value.amount?,
                    created_at: value.created_at?,
                    currency: value.currency?,
                    customer_id: value.customer_id?,
                    customer_metadata: value.customer_metadata?,
                    merchant_key: value.merchant_key?,
                    metadata: value.metadata?,
                    reward_id: value.reward_id?,
                    status: value.status?,
                    transaction_id: value.transaction_id?,
                    type_: value.type_?,
                })
            }
        }
        impl ::std::convert::From<super::RewardWebhookPayloadData>
        for RewardWebhookPayloadData {
            fn from(value: super::RewardWebhookPayloadData) -> Self {
                Self {
                    amount: Ok(value.amount),
                    created_at: Ok(value.created_at),
                    currency: Ok(value.currency),
                    customer_id: Ok(value.customer_id),
                    customer_metadata: Ok(value.customer_metadata),
                    merchant_key: Ok(value.merchant_key),
                    metadata: Ok(value.metadata),
                    reward_id: Ok(value.reward_id),
                    status: Ok(value.status),
                    transaction_id: Ok(value.transaction_id),
                    type_: Ok(value.type_),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct SearchCustomersPostBody {
            date_of_birth: ::std::result::Result<
                ::std::option::Option<
                    ::imprint_raw::support::Sensitive<super::DateOfBirth>,
                >,
                ::std::string::String,
            >,
            limit: ::std::result::Result<::std::num::NonZeroU32, ::std::string::String>,
            partner_customer_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            ssn: ::std::result::Result<
                ::std::option::Option<
                    ::imprint_raw::support::Sensitive<::std::string::String>,
                >,
                ::std::string::String,
            >,
            starting_after: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for SearchCustomersPostBody {
            fn default() -> Self {
                Self {
                    date_of_birth: Ok(Default::default()),
                    limit: Ok(
                        super::defaults::default_nzu64::<::std::num::NonZeroU32, 10>(),
                    ),
                    partner_customer_id: Ok(Default::default()),
                    ssn: Ok(Default::default()),
                    starting_after: Ok(Default::default()),
                }
            }
        }
        impl SearchCustomersPostBody {
            pub fn date_of_birth<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<
                        ::imprint_raw::support::Sensitive<super::DateOfBirth>,
                    >,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.date_of_birth = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for date_of_birth: {e}")
                    });
                self
            }
            pub fn limit<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::num::NonZeroU32>,
                T::Error: ::std::fmt::Display,
            {
                self.limit = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for limit: {e}")
                    });
                self
            }
            pub fn partner_customer_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.partner_customer_id = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for partner_customer_id: {e}"
                        )
                    });
                self
            }
            pub fn ssn<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<
                        ::imprint_raw::support::Sensitive<::std::string::String>,
                    >,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.ssn = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for ssn: {e}")
                    });
                self
            }
            pub fn starting_after<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.starting_after = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for starting_after: {e}"
                        )
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<SearchCustomersPostBody>
        for super::SearchCustomersPostBody {
            type Error = super::error::ConversionError;
            fn try_from(
                value: SearchCustomersPostBody,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    date_of_birth: value.date_of_birth?,
                    limit: value.limit?,
                    partner_customer_id: value.partner_customer_id?,
                    ssn: value.ssn?,
                    starting_after: value.starting_after?,
                })
            }
        }
        impl ::std::convert::From<super::SearchCustomersPostBody>
        for SearchCustomersPostBody {
            fn from(value: super::SearchCustomersPostBody) -> Self {
                Self {
                    date_of_birth: Ok(value.date_of_birth),
                    limit: Ok(value.limit),
                    partner_customer_id: Ok(value.partner_customer_id),
                    ssn: Ok(value.ssn),
                    starting_after: Ok(value.starting_after),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct SearchPaymentMethodsPostBody {
            customer_id: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            pan: ::std::result::Result<
                ::std::option::Option<
                    ::imprint_raw::support::Sensitive<::std::string::String>,
                >,
                ::std::string::String,
            >,
            type_: ::std::result::Result<
                ::std::option::Option<
                    crate::open_enums::SearchPaymentMethodsPostBodyType,
                >,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for SearchPaymentMethodsPostBody {
            fn default() -> Self {
                Self {
                    customer_id: Err("no value supplied for customer_id".to_string()),
                    pan: Ok(Default::default()),
                    type_: Ok(Default::default()),
                }
            }
        }
        impl SearchPaymentMethodsPostBody {
            pub fn customer_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.customer_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for customer_id: {e}")
                    });
                self
            }
            pub fn pan<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<
                        ::imprint_raw::support::Sensitive<::std::string::String>,
                    >,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.pan = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for pan: {e}")
                    });
                self
            }
            pub fn type_<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<
                        crate::open_enums::SearchPaymentMethodsPostBodyType,
                    >,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.type_ = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for type_: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<SearchPaymentMethodsPostBody>
        for super::SearchPaymentMethodsPostBody {
            type Error = super::error::ConversionError;
            fn try_from(
                value: SearchPaymentMethodsPostBody,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    customer_id: value.customer_id?,
                    pan: value.pan?,
                    type_: value.type_?,
                })
            }
        }
        impl ::std::convert::From<super::SearchPaymentMethodsPostBody>
        for SearchPaymentMethodsPostBody {
            fn from(value: super::SearchPaymentMethodsPostBody) -> Self {
                Self {
                    customer_id: Ok(value.customer_id),
                    pan: Ok(value.pan),
                    type_: Ok(value.type_),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct SearchPaymentMethodsPostResponse {
            data: ::std::result::Result<
                ::std::vec::Vec<super::PaymentMethod>,
                ::std::string::String,
            >,
            has_more: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            total: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for SearchPaymentMethodsPostResponse {
            fn default() -> Self {
                Self {
                    data: Ok(Default::default()),
                    has_more: Ok(Default::default()),
                    total: Ok(Default::default()),
                }
            }
        }
        impl SearchPaymentMethodsPostResponse {
            pub fn data<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::PaymentMethod>>,
                T::Error: ::std::fmt::Display,
            {
                self.data = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for data: {e}")
                    });
                self
            }
            pub fn has_more<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.has_more = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for has_more: {e}")
                    });
                self
            }
            pub fn total<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.total = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for total: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<SearchPaymentMethodsPostResponse>
        for super::SearchPaymentMethodsPostResponse {
            type Error = super::error::ConversionError;
            fn try_from(
                value: SearchPaymentMethodsPostResponse,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    data: value.data?,
                    has_more: value.has_more?,
                    total: value.total?,
                })
            }
        }
        impl ::std::convert::From<super::SearchPaymentMethodsPostResponse>
        for SearchPaymentMethodsPostResponse {
            fn from(value: super::SearchPaymentMethodsPostResponse) -> Self {
                Self {
                    data: Ok(value.data),
                    has_more: Ok(value.has_more),
                    total: Ok(value.total),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct SearchPaymentMethodsResponse {
            data: ::std::result::Result<
                ::std::vec::Vec<super::PaymentMethod>,
                ::std::string::String,
            >,
            has_more: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            total: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for SearchPaymentMethodsResponse {
            fn default() -> Self {
                Self {
                    data: Ok(Default::default()),
                    has_more: Ok(Default::default()),
                    total: Ok(Default::default()),
                }
            }
        }
        impl SearchPaymentMethodsResponse {
            pub fn data<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::PaymentMethod>>,
                T::Error: ::std::fmt::Display,
            {
                self.data = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for data: {e}")
                    });
                self
            }
            pub fn has_more<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.has_more = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for has_more: {e}")
                    });
                self
            }
            pub fn total<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.total = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for total: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<SearchPaymentMethodsResponse>
        for super::SearchPaymentMethodsResponse {
            type Error = super::error::ConversionError;
            fn try_from(
                value: SearchPaymentMethodsResponse,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    data: value.data?,
                    has_more: value.has_more?,
                    total: value.total?,
                })
            }
        }
        impl ::std::convert::From<super::SearchPaymentMethodsResponse>
        for SearchPaymentMethodsResponse {
            fn from(value: super::SearchPaymentMethodsResponse) -> Self {
                Self {
                    data: Ok(value.data),
                    has_more: Ok(value.has_more),
                    total: Ok(value.total),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct SearchRewardsResponse {
            data: ::std::result::Result<
                ::std::vec::Vec<super::Reward>,
                ::std::string::String,
            >,
            has_more: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            total: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for SearchRewardsResponse {
            fn default() -> Self {
                Self {
                    data: Ok(Default::default()),
                    has_more: Ok(Default::default()),
                    total: Ok(Default::default()),
                }
            }
        }
        impl SearchRewardsResponse {
            pub fn data<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::Reward>>,
                T::Error: ::std::fmt::Display,
            {
                self.data = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for data: {e}")
                    });
                self
            }
            pub fn has_more<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.has_more = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for has_more: {e}")
                    });
                self
            }
            pub fn total<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.total = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for total: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<SearchRewardsResponse>
        for super::SearchRewardsResponse {
            type Error = super::error::ConversionError;
            fn try_from(
                value: SearchRewardsResponse,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    data: value.data?,
                    has_more: value.has_more?,
                    total: value.total?,
                })
            }
        }
        impl ::std::convert::From<super::SearchRewardsResponse>
        for SearchRewardsResponse {
            fn from(value: super::SearchRewardsResponse) -> Self {
                Self {
                    data: Ok(value.data),
                    has_more: Ok(value.has_more),
                    total: Ok(value.total),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct SearchTransactionIntentsResponse {
            data: ::std::result::Result<
                ::std::vec::Vec<super::TransactionIntent>,
                ::std::string::String,
            >,
            has_more: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            total: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for SearchTransactionIntentsResponse {
            fn default() -> Self {
                Self {
                    data: Ok(Default::default()),
                    has_more: Ok(Default::default()),
                    total: Ok(Default::default()),
                }
            }
        }
        impl SearchTransactionIntentsResponse {
            pub fn data<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::TransactionIntent>>,
                T::Error: ::std::fmt::Display,
            {
                self.data = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for data: {e}")
                    });
                self
            }
            pub fn has_more<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.has_more = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for has_more: {e}")
                    });
                self
            }
            pub fn total<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.total = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for total: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<SearchTransactionIntentsResponse>
        for super::SearchTransactionIntentsResponse {
            type Error = super::error::ConversionError;
            fn try_from(
                value: SearchTransactionIntentsResponse,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    data: value.data?,
                    has_more: value.has_more?,
                    total: value.total?,
                })
            }
        }
        impl ::std::convert::From<super::SearchTransactionIntentsResponse>
        for SearchTransactionIntentsResponse {
            fn from(value: super::SearchTransactionIntentsResponse) -> Self {
                Self {
                    data: Ok(value.data),
                    has_more: Ok(value.has_more),
                    total: Ok(value.total),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct SessionNotFoundError {
            message: ::std::result::Result<::std::string::String, ::std::string::String>,
            param: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            type_: ::std::result::Result<::std::string::String, ::std::string::String>,
        }
        impl ::std::default::Default for SessionNotFoundError {
            fn default() -> Self {
                Self {
                    message: Err("no value supplied for message".to_string()),
                    param: Ok(Default::default()),
                    type_: Err("no value supplied for type_".to_string()),
                }
            }
        }
        impl SessionNotFoundError {
            pub fn message<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.message = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for message: {e}")
                    });
                self
            }
            pub fn param<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.param = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for param: {e}")
                    });
                self
            }
            pub fn type_<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.type_ = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for type_: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<SessionNotFoundError>
        for super::SessionNotFoundError {
            type Error = super::error::ConversionError;
            fn try_from(
                value: SessionNotFoundError,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    message: value.message?,
                    param: value.param?,
                    type_: value.type_?,
                })
            }
        }
        impl ::std::convert::From<super::SessionNotFoundError> for SessionNotFoundError {
            fn from(value: super::SessionNotFoundError) -> Self {
                Self {
                    message: Ok(value.message),
                    param: Ok(value.param),
                    type_: Ok(value.type_),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct SimulateRewardBody {
            customer_id: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            reward_type: ::std::result::Result<
                crate::open_enums::SimulateRewardBodyRewardType,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for SimulateRewardBody {
            fn default() -> Self {
                Self {
                    customer_id: Err("no value supplied for customer_id".to_string()),
                    reward_type: Err("no value supplied for reward_type".to_string()),
                }
            }
        }
        impl SimulateRewardBody {
            pub fn customer_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.customer_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for customer_id: {e}")
                    });
                self
            }
            pub fn reward_type<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    crate::open_enums::SimulateRewardBodyRewardType,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.reward_type = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for reward_type: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<SimulateRewardBody> for super::SimulateRewardBody {
            type Error = super::error::ConversionError;
            fn try_from(
                value: SimulateRewardBody,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    customer_id: value.customer_id?,
                    reward_type: value.reward_type?,
                })
            }
        }
        impl ::std::convert::From<super::SimulateRewardBody> for SimulateRewardBody {
            fn from(value: super::SimulateRewardBody) -> Self {
                Self {
                    customer_id: Ok(value.customer_id),
                    reward_type: Ok(value.reward_type),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct SimulateRewardResponse {
            debugging_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for SimulateRewardResponse {
            fn default() -> Self {
                Self {
                    debugging_id: Ok(Default::default()),
                }
            }
        }
        impl SimulateRewardResponse {
            pub fn debugging_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.debugging_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for debugging_id: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<SimulateRewardResponse>
        for super::SimulateRewardResponse {
            type Error = super::error::ConversionError;
            fn try_from(
                value: SimulateRewardResponse,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    debugging_id: value.debugging_id?,
                })
            }
        }
        impl ::std::convert::From<super::SimulateRewardResponse>
        for SimulateRewardResponse {
            fn from(value: super::SimulateRewardResponse) -> Self {
                Self {
                    debugging_id: Ok(value.debugging_id),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct SimulateStatementRewardBody {
            customer_id: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for SimulateStatementRewardBody {
            fn default() -> Self {
                Self {
                    customer_id: Err("no value supplied for customer_id".to_string()),
                }
            }
        }
        impl SimulateStatementRewardBody {
            pub fn customer_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.customer_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for customer_id: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<SimulateStatementRewardBody>
        for super::SimulateStatementRewardBody {
            type Error = super::error::ConversionError;
            fn try_from(
                value: SimulateStatementRewardBody,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    customer_id: value.customer_id?,
                })
            }
        }
        impl ::std::convert::From<super::SimulateStatementRewardBody>
        for SimulateStatementRewardBody {
            fn from(value: super::SimulateStatementRewardBody) -> Self {
                Self {
                    customer_id: Ok(value.customer_id),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct SimulateStatementRewardResponse {
            debugging_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for SimulateStatementRewardResponse {
            fn default() -> Self {
                Self {
                    debugging_id: Ok(Default::default()),
                }
            }
        }
        impl SimulateStatementRewardResponse {
            pub fn debugging_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.debugging_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for debugging_id: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<SimulateStatementRewardResponse>
        for super::SimulateStatementRewardResponse {
            type Error = super::error::ConversionError;
            fn try_from(
                value: SimulateStatementRewardResponse,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    debugging_id: value.debugging_id?,
                })
            }
        }
        impl ::std::convert::From<super::SimulateStatementRewardResponse>
        for SimulateStatementRewardResponse {
            fn from(value: super::SimulateStatementRewardResponse) -> Self {
                Self {
                    debugging_id: Ok(value.debugging_id),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct SimulateTransactionEventBody {
            amount: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            authorization_code: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            currency: ::std::result::Result<
                ::std::option::Option<super::TransactionCurrency>,
                ::std::string::String,
            >,
            event_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            merchant: ::std::result::Result<
                ::std::option::Option<super::Merchant>,
                ::std::string::String,
            >,
            network_transaction_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            payment_method_id: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            purchase_method: ::std::result::Result<
                ::std::option::Option<super::PurchaseMethod>,
                ::std::string::String,
            >,
            status: ::std::result::Result<
                crate::open_enums::TransactionStatus,
                ::std::string::String,
            >,
            transaction_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for SimulateTransactionEventBody {
            fn default() -> Self {
                Self {
                    amount: Ok(Default::default()),
                    authorization_code: Ok(Default::default()),
                    currency: Ok(Default::default()),
                    event_id: Ok(Default::default()),
                    merchant: Ok(Default::default()),
                    network_transaction_id: Ok(Default::default()),
                    payment_method_id: Err(
                        "no value supplied for payment_method_id".to_string(),
                    ),
                    purchase_method: Ok(Default::default()),
                    status: Err("no value supplied for status".to_string()),
                    transaction_id: Ok(Default::default()),
                }
            }
        }
        impl SimulateTransactionEventBody {
            pub fn amount<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.amount = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for amount: {e}")
                    });
                self
            }
            pub fn authorization_code<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.authorization_code = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for authorization_code: {e}"
                        )
                    });
                self
            }
            pub fn currency<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::TransactionCurrency>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.currency = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for currency: {e}")
                    });
                self
            }
            pub fn event_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.event_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for event_id: {e}")
                    });
                self
            }
            pub fn merchant<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::Merchant>>,
                T::Error: ::std::fmt::Display,
            {
                self.merchant = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for merchant: {e}")
                    });
                self
            }
            pub fn network_transaction_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.network_transaction_id = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for network_transaction_id: {e}"
                        )
                    });
                self
            }
            pub fn payment_method_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.payment_method_id = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for payment_method_id: {e}"
                        )
                    });
                self
            }
            pub fn purchase_method<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::PurchaseMethod>>,
                T::Error: ::std::fmt::Display,
            {
                self.purchase_method = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for purchase_method: {e}"
                        )
                    });
                self
            }
            pub fn status<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<crate::open_enums::TransactionStatus>,
                T::Error: ::std::fmt::Display,
            {
                self.status = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for status: {e}")
                    });
                self
            }
            pub fn transaction_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.transaction_id = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for transaction_id: {e}"
                        )
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<SimulateTransactionEventBody>
        for super::SimulateTransactionEventBody {
            type Error = super::error::ConversionError;
            fn try_from(
                value: SimulateTransactionEventBody,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    amount: value.amount?,
                    authorization_code: value.authorization_code?,
                    currency: value.currency?,
                    event_id: value.event_id?,
                    merchant: value.merchant?,
                    network_transaction_id: value.network_transaction_id?,
                    payment_method_id: value.payment_method_id?,
                    purchase_method: value.purchase_method?,
                    status: value.status?,
                    transaction_id: value.transaction_id?,
                })
            }
        }
        impl ::std::convert::From<super::SimulateTransactionEventBody>
        for SimulateTransactionEventBody {
            fn from(value: super::SimulateTransactionEventBody) -> Self {
                Self {
                    amount: Ok(value.amount),
                    authorization_code: Ok(value.authorization_code),
                    currency: Ok(value.currency),
                    event_id: Ok(value.event_id),
                    merchant: Ok(value.merchant),
                    network_transaction_id: Ok(value.network_transaction_id),
                    payment_method_id: Ok(value.payment_method_id),
                    purchase_method: Ok(value.purchase_method),
                    status: Ok(value.status),
                    transaction_id: Ok(value.transaction_id),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct StreakWebhookPayload {
            data: ::std::result::Result<
                ::std::option::Option<super::StreakWebhookPayloadData>,
                ::std::string::String,
            >,
            object: ::std::result::Result<
                ::std::option::Option<crate::open_enums::StreakWebhookPayloadObject>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for StreakWebhookPayload {
            fn default() -> Self {
                Self {
                    data: Ok(Default::default()),
                    object: Ok(Default::default()),
                }
            }
        }
        impl StreakWebhookPayload {
            pub fn data<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::StreakWebhookPayloadData>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.data = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for data: {e}")
                    });
                self
            }
            pub fn object<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<crate::open_enums::StreakWebhookPayloadObject>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.object = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for object: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<StreakWebhookPayload>
        for super::StreakWebhookPayload {
            type Error = super::error::ConversionError;
            fn try_from(
                value: StreakWebhookPayload,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    data: value.data?,
                    object: value.object?,
                })
            }
        }
        impl ::std::convert::From<super::StreakWebhookPayload> for StreakWebhookPayload {
            fn from(value: super::StreakWebhookPayload) -> Self {
                Self {
                    data: Ok(value.data),
                    object: Ok(value.object),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct StreakWebhookPayloadData {
            benefits: ::std::result::Result<
                ::std::vec::Vec<::std::string::String>,
                ::std::string::String,
            >,
            completed_periods: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            created_at: ::std::result::Result<
                ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                ::std::string::String,
            >,
            current_period: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            current_period_end_at: ::std::result::Result<
                ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                ::std::string::String,
            >,
            current_period_start_at: ::std::result::Result<
                ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                ::std::string::String,
            >,
            customer_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            customer_metadata: ::std::result::Result<
                ::std::collections::HashMap<
                    ::std::string::String,
                    ::std::string::String,
                >,
                ::std::string::String,
            >,
            event: ::std::result::Result<
                ::std::option::Option<crate::open_enums::StreakEvent>,
                ::std::string::String,
            >,
            merchant_key: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            metadata: ::std::result::Result<
                ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                ::std::string::String,
            >,
            partner_customer_id: ::std::result::Result<
                ::std::option::Option<super::PartnerCustomerId>,
                ::std::string::String,
            >,
            period_type: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            status: ::std::result::Result<
                ::std::option::Option<crate::open_enums::StreakStatus>,
                ::std::string::String,
            >,
            streak_config_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            streak_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            total_periods: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for StreakWebhookPayloadData {
            fn default() -> Self {
                Self {
                    benefits: Ok(Default::default()),
                    completed_periods: Ok(Default::default()),
                    created_at: Ok(Default::default()),
                    current_period: Ok(Default::default()),
                    current_period_end_at: Ok(Default::default()),
                    current_period_start_at: Ok(Default::default()),
                    customer_id: Ok(Default::default()),
                    customer_metadata: Ok(Default::default()),
                    event: Ok(Default::default()),
                    merchant_key: Ok(Default::default()),
                    metadata: Ok(Default::default()),
                    partner_customer_id: Ok(Default::default()),
                    period_type: Ok(Default::default()),
                    status: Ok(Default::default()),
                    streak_config_id: Ok(Default::default()),
                    streak_id: Ok(Default::default()),
                    total_periods: Ok(Default::default()),
                }
            }
        }
        impl StreakWebhookPayloadData {
            pub fn benefits<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.benefits = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for benefits: {e}")
                    });
                self
            }
            pub fn completed_periods<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.completed_periods = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for completed_periods: {e}"
                        )
                    });
                self
            }
            pub fn created_at<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.created_at = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for created_at: {e}")
                    });
                self
            }
            pub fn current_period<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.current_period = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for current_period: {e}"
                        )
                    });
                self
            }
            pub fn current_period_end_at<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.current_period_end_at = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for current_period_end_at: {e}"
                        )
                    });
                self
            }
            pub fn current_period_start_at<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.current_period_start_at = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for current_period_start_at: {e}"
                        )
                    });
                self
            }
            pub fn customer_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.customer_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for customer_id: {e}")
                    });
                self
            }
            pub fn customer_metadata<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::collections::HashMap<
                        ::std::string::String,
                        ::std::string::String,
                    >,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.customer_metadata = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for customer_metadata: {e}"
                        )
                    });
                self
            }
            pub fn event<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<crate::open_enums::StreakEvent>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.event = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for event: {e}")
                    });
                self
            }
            pub fn merchant_key<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.merchant_key = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for merchant_key: {e}")
                    });
                self
            }
            pub fn metadata<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.metadata = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for metadata: {e}")
                    });
                self
            }
            pub fn partner_customer_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::PartnerCustomerId>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.partner_customer_id = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for partner_customer_id: {e}"
                        )
                    });
                self
            }
            pub fn period_type<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.period_type = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for period_type: {e}")
                    });
                self
            }
            pub fn status<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<crate::open_enums::StreakStatus>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.status = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for status: {e}")
                    });
                self
            }
            pub fn streak_config_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.streak_config_id = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for streak_config_id: {e}"
                        )
                    });
                self
            }
            pub fn streak_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.streak_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for streak_id: {e}")
                    });
                self
            }
            pub fn total_periods<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.total_periods = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for total_periods: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<StreakWebhookPayloadData>
        for super::StreakWebhookPayloadData {
            type Error = super::error::ConversionError;
            fn try_from(
                value: StreakWebhookPayloadData,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    benefits: value.benefits?,
                    completed_periods: value.completed_periods?,
                    created_at: value.created_at?,
                    current_period: value.current_period?,
                    current_period_end_at: value.current_period_end_at?,
                    current_period_start_at: value.current_period_start_at?,
                    customer_id: value.customer_id?,
                    customer_metadata: value.customer_metadata?,
                    event: value.event?,
                    merchant_key: value.merchant_key?,
                    metadata: value.metadata?,
                    partner_customer_id: value.partner_customer_id?,
                    period_type: value.period_type?,
                    status: value.status?,
                    streak_config_id: value.streak_config_id?,
                    streak_id: value.streak_id?,
                    total_periods: value.total_periods?,
                })
            }
        }
        impl ::std::convert::From<super::StreakWebhookPayloadData>
        for StreakWebhookPayloadData {
            fn from(value: super::StreakWebhookPayloadData) -> Self {
                Self {
                    benefits: Ok(value.benefits),
                    completed_periods: Ok(value.completed_periods),
                    created_at: Ok(value.created_at),
                    current_period: Ok(value.current_period),
                    current_period_end_at: Ok(value.current_period_end_at),
                    current_period_start_at: Ok(value.current_period_start_at),
                    customer_id: Ok(value.customer_id),
                    customer_metadata: Ok(value.customer_metadata),
                    event: Ok(value.event),
                    merchant_key: Ok(value.merchant_key),
                    metadata: Ok(value.metadata),
                    partner_customer_id: Ok(value.partner_customer_id),
                    period_type: Ok(value.period_type),
                    status: Ok(value.status),
                    streak_config_id: Ok(value.streak_config_id),
                    streak_id: Ok(value.streak_id),
                    total_periods: Ok(value.total_periods),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct Transaction {
            amount: ::std::result::Result<i64, ::std::string::String>,
            authorization_code: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            created_at: ::std::result::Result<
                ::chrono::DateTime<::chrono::offset::Utc>,
                ::std::string::String,
            >,
            currency: ::std::result::Result<
                super::TransactionCurrency,
                ::std::string::String,
            >,
            customer_id: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            id: ::std::result::Result<::std::string::String, ::std::string::String>,
            intent_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            merchant: ::std::result::Result<
                ::std::option::Option<super::Merchant>,
                ::std::string::String,
            >,
            metadata: ::std::result::Result<
                ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                ::std::string::String,
            >,
            network_transaction_id: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            partner_transaction_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            payment_method_id: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            purchase_method: ::std::result::Result<
                ::std::option::Option<super::PurchaseMethod>,
                ::std::string::String,
            >,
            status: ::std::result::Result<
                crate::open_enums::TransactionStatus,
                ::std::string::String,
            >,
            updated_at: ::std::result::Result<
                ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for Transaction {
            fn default() -> Self {
                Self {
                    amount: Err("no value supplied for amount".to_string()),
                    authorization_code: Ok(Default::default()),
                    created_at: Err("no value supplied for created_at".to_string()),
                    currency: Err("no value supplied for currency".to_string()),
                    customer_id: Err("no value supplied for customer_id".to_string()),
                    id: Err("no value supplied for id".to_string()),
                    intent_id: Ok(Default::default()),
                    merchant: Ok(Default::default()),
                    metadata: Ok(Default::default()),
                    network_transaction_id: Err(
                        "no value supplied for network_transaction_id".to_string(),
                    ),
                    partner_transaction_id: Ok(Default::default()),
                    payment_method_id: Err(
                        "no value supplied for payment_method_id".to_string(),
                    ),
                    purchase_method: Ok(Default::default()),
                    status: Err("no value supplied for status".to_string()),
                    updated_at: Ok(Default::default()),
                }
            }
        }
        impl Transaction {
            pub fn amount<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<i64>,
                T::Error: ::std::fmt::Display,
            {
                self.amount = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for amount: {e}")
                    });
                self
            }
            pub fn authorization_code<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.authorization_code = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for authorization_code: {e}"
                        )
                    });
                self
            }
            pub fn created_at<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::chrono::DateTime<::chrono::offset::Utc>>,
                T::Error: ::std::fmt::Display,
            {
                self.created_at = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for created_at: {e}")
                    });
                self
            }
            pub fn currency<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::TransactionCurrency>,
                T::Error: ::std::fmt::Display,
            {
                self.currency = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for currency: {e}")
                    });
                self
            }
            pub fn customer_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.customer_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for customer_id: {e}")
                    });
                self
            }
            pub fn id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.id = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for id: {e}"));
                self
            }
            pub fn intent_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.intent_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for intent_id: {e}")
                    });
                self
            }
            pub fn merchant<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::Merchant>>,
                T::Error: ::std::fmt::Display,
            {
                self.merchant = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for merchant: {e}")
                    });
                self
            }
            pub fn metadata<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.metadata = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for metadata: {e}")
                    });
                self
            }
            pub fn network_transaction_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.network_transaction_id = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for network_transaction_id: {e}"
                        )
                    });
                self
            }
            pub fn partner_transaction_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.partner_transaction_id = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for partner_transaction_id: {e}"
                        )
                    });
                self
            }
            pub fn payment_method_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.payment_method_id = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for payment_method_id: {e}"
                        )
                    });
                self
            }
            pub fn purchase_method<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::PurchaseMethod>>,
                T::Error: ::std::fmt::Display,
            {
                self.purchase_method = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for purchase_method: {e}"
                        )
                    });
                self
            }
            pub fn status<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<crate::open_enums::TransactionStatus>,
                T::Error: ::std::fmt::Display,
            {
                self.status = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for status: {e}")
                    });
                self
            }
            pub fn updated_at<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.updated_at = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for updated_at: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<Transaction> for super::Transaction {
            type Error = super::error::ConversionError;
            fn try_from(
                value: Transaction,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    amount: value.amount?,
                    authorization_code: value.authorization_code?,
                    created_at: value.created_at?,
                    currency: value.currency?,
                    customer_id: value.customer_id?,
                    id: value.id?,
                    intent_id: value.intent_id?,
                    merchant: value.merchant?,
                    metadata: value.metadata?,
                    network_transaction_id: value.network_transaction_id?,
                    partner_transaction_id: value.partner_transaction_id?,
                    payment_method_id: value.payment_method_id?,
                    purchase_method: value.purchase_method?,
                    status: value.status?,
                    updated_at: value.updated_at?,
                })
            }
        }
        impl ::std::convert::From<super::Transaction> for Transaction {
            fn from(value: super::Transaction) -> Self {
                Self {
                    amount: Ok(value.amount),
                    authorization_code: Ok(value.authorization_code),
                    created_at: Ok(value.created_at),
                    currency: Ok(value.currency),
                    customer_id: Ok(value.customer_id),
                    id: Ok(value.id),
                    intent_id: Ok(value.intent_id),
                    merchant: Ok(value.merchant),
                    metadata: Ok(value.metadata),
                    network_transaction_id: Ok(value.network_transaction_id),
                    partner_transaction_id: Ok(value.partner_transaction_id),
                    payment_method_id: Ok(value.payment_method_id),
                    purchase_method: Ok(value.purchase_method),
                    status: Ok(value.status),
                    updated_at: Ok(value.updated_at),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct TransactionEvent {
            event_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            status: ::std::result::Result<
                ::std::option::Option<crate::open_enums::TransactionStatus>,
                ::std::string::String,
            >,
            transaction_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for TransactionEvent {
            fn default() -> Self {
                Self {
                    event_id: Ok(Default::default()),
                    status: Ok(Default::default()),
                    transaction_id: Ok(Default::default()),
                }
            }
        }
        impl TransactionEvent {
            pub fn event_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.event_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for event_id: {e}")
                    });
                self
            }
            pub fn status<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<crate::open_enums::TransactionStatus>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.status = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for status: {e}")
                    });
                self
            }
            pub fn transaction_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.transaction_id = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for transaction_id: {e}"
                        )
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<TransactionEvent> for super::TransactionEvent {
            type Error = super::error::ConversionError;
            fn try_from(
                value: TransactionEvent,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    event_id: value.event_id?,
                    status: value.status?,
                    transaction_id: value.transaction_id?,
                })
            }
        }
        impl ::std::convert::From<super::TransactionEvent> for TransactionEvent {
            fn from(value: super::TransactionEvent) -> Self {
                Self {
                    event_id: Ok(value.event_id),
                    status: Ok(value.status),
                    transaction_id: Ok(value.transaction_id),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct TransactionIntent {
            amount: ::std::result::Result<i64, ::std::string::String>,
            created_at: ::std::result::Result<
                ::chrono::DateTime<::chrono::offset::Utc>,
                ::std::string::String,
            >,
            currency: ::std::result::Result<
                super::TransactionCurrency,
                ::std::string::String,
            >,
            customer_id: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            id: ::std::result::Result<::std::string::String, ::std::string::String>,
            metadata: ::std::result::Result<
                ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                ::std::string::String,
            >,
            network_transaction_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            partner_transaction_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            payment_method_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            status: ::std::result::Result<
                crate::open_enums::TransactionIntentStatus,
                ::std::string::String,
            >,
            updated_at: ::std::result::Result<
                ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for TransactionIntent {
            fn default() -> Self {
                Self {
                    amount: Err("no value supplied for amount".to_string()),
                    created_at: Err("no value supplied for created_at".to_string()),
                    currency: Err("no value supplied for currency".to_string()),
                    customer_id: Err("no value supplied for customer_id".to_string()),
                    id: Err("no value supplied for id".to_string()),
                    metadata: Ok(Default::default()),
                    network_transaction_id: Ok(Default::default()),
                    partner_transaction_id: Ok(Default::default()),
                    payment_method_id: Ok(Default::default()),
                    status: Err("no value supplied for status".to_string()),
                    updated_at: Ok(Default::default()),
                }
            }
        }
        impl TransactionIntent {
            pub fn amount<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<i64>,
                T::Error: ::std::fmt::Display,
            {
                self.amount = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for amount: {e}")
                    });
                self
            }
            pub fn created_at<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::chrono::DateTime<::chrono::offset::Utc>>,
                T::Error: ::std::fmt::Display,
            {
                self.created_at = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for created_at: {e}")
                    });
                self
            }
            pub fn currency<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::TransactionCurrency>,
                T::Error: ::std::fmt::Display,
            {
                self.currency = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for currency: {e}")
                    });
                self
            }
            pub fn customer_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.customer_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for customer_id: {e}")
                    });
                self
            }
            pub fn id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.id = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for id: {e}"));
                self
            }
            pub fn metadata<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.metadata = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for metadata: {e}")
                    });
                self
            }
            pub fn network_transaction_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.network_transaction_id = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for network_transaction_id: {e}"
                        )
                    });
                self
            }
            pub fn partner_transaction_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.partner_transaction_id = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for partner_transaction_id: {e}"
                        )
                    });
                self
            }
            pub fn payment_method_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.payment_method_id = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for payment_method_id: {e}"
                        )
                    });
                self
            }
            pub fn status<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<crate::open_enums::TransactionIntentStatus>,
                T::Error: ::std::fmt::Display,
            {
                self.status = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for status: {e}")
                    });
                self
            }
            pub fn updated_at<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.updated_at = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for updated_at: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<TransactionIntent> for super::TransactionIntent {
            type Error = super::error::ConversionError;
            fn try_from(
                value: TransactionIntent,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    amount: value.amount?,
                    created_at: value.created_at?,
                    currency: value.currency?,
                    customer_id: value.customer_id?,
                    id: value.id?,
                    metadata: value.metadata?,
                    network_transaction_id: value.network_transaction_id?,
                    partner_transaction_id: value.partner_transaction_id?,
                    payment_method_id: value.payment_method_id?,
                    status: value.status?,
                    updated_at: value.updated_at?,
                })
            }
        }
        impl ::std::convert::From<super::TransactionIntent> for TransactionIntent {
            fn from(value: super::TransactionIntent) -> Self {
                Self {
                    amount: Ok(value.amount),
                    created_at: Ok(value.created_at),
                    currency: Ok(value.currency),
                    customer_id: Ok(value.customer_id),
                    id: Ok(value.id),
                    metadata: Ok(value.metadata),
                    network_transaction_id: Ok(value.network_transaction_id),
                    partner_transaction_id: Ok(value.partner_transaction_id),
                    payment_method_id: Ok(value.payment_method_id),
                    status: Ok(value.status),
                    updated_at: Ok(value.updated_at),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct TransactionIntentFoundError {
            message: ::std::result::Result<::std::string::String, ::std::string::String>,
            param: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            type_: ::std::result::Result<::std::string::String, ::std::string::String>,
        }
        impl ::std::default::Default for TransactionIntentFoundError {
            fn default() -> Self {
                Self {
                    message: Err("no value supplied for message".to_string()),
                    param: Ok(Default::default()),
                    type_: Err("no value supplied for type_".to_string()),
                }
            }
        }
        impl TransactionIntentFoundError {
            pub fn message<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.message = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for message: {e}")
                    });
                self
            }
            pub fn param<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.param = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for param: {e}")
                    });
                self
            }
            pub fn type_<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.type_ = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for type_: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<TransactionIntentFoundError>
        for super::TransactionIntentFoundError {
            type Error = super::error::ConversionError;
            fn try_from(
                value: TransactionIntentFoundError,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    message: value.message?,
                    param: value.param?,
                    type_: value.type_?,
                })
            }
        }
        impl ::std::convert::From<super::TransactionIntentFoundError>
        for TransactionIntentFoundError {
            fn from(value: super::TransactionIntentFoundError) -> Self {
                Self {
                    message: Ok(value.message),
                    param: Ok(value.param),
                    type_: Ok(value.type_),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct TransactionNotFoundError {
            message: ::std::result::Result<::std::string::String, ::std::string::String>,
            param: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            type_: ::std::result::Result<::std::string::String, ::std::string::String>,
        }
        impl ::std::default::Default for TransactionNotFoundError {
            fn default() -> Self {
                Self {
                    message: Err("no value supplied for message".to_string()),
                    param: Ok(Default::default()),
                    type_: Err("no value supplied for type_".to_string()),
                }
            }
        }
        impl TransactionNotFoundError {
            pub fn message<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.message = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for message: {e}")
                    });
                self
            }
            pub fn param<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.param = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for param: {e}")
                    });
                self
            }
            pub fn type_<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.type_ = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for type_: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<TransactionNotFoundError>
        for super::TransactionNotFoundError {
            type Error = super::error::ConversionError;
            fn try_from(
                value: TransactionNotFoundError,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    message: value.message?,
                    param: value.param?,
                    type_: value.type_?,
                })
            }
        }
        impl ::std::convert::From<super::TransactionNotFoundError>
        for TransactionNotFoundError {
            fn from(value: super::TransactionNotFoundError) -> Self {
                Self {
                    message: Ok(value.message),
                    param: Ok(value.param),
                    type_: Ok(value.type_),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct TransactionWebhookPayload {
            data: ::std::result::Result<
                ::std::option::Option<super::TransactionWebhookPayloadData>,
                ::std::string::String,
            >,
            object: ::std::result::Result<
                ::std::option::Option<
                    crate::open_enums::TransactionWebhookPayloadObject,
                >,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for TransactionWebhookPayload {
            fn default() -> Self {
                Self {
                    data: Ok(Default::default()),
                    object: Ok(Default::default()),
                }
            }
        }
        impl TransactionWebhookPayload {
            pub fn data<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::TransactionWebhookPayloadData>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.data = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for data: {e}")
                    });
                self
            }
            pub fn object<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<
                        crate::open_enums::TransactionWebhookPayloadObject,
                    >,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.object = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for object: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<TransactionWebhookPayload>
        for super::TransactionWebhookPayload {
            type Error = super::error::ConversionError;
            fn try_from(
                value: TransactionWebhookPayload,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    data: value.data?,
                    object: value.object?,
                })
            }
        }
        impl ::std::convert::From<super::TransactionWebhookPayload>
        for TransactionWebhookPayload {
            fn from(value: super::TransactionWebhookPayload) -> Self {
                Self {
                    data: Ok(value.data),
                    object: Ok(value.object),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct TransactionWebhookPayloadData {
            amount: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            authorization_code: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            created_at: ::std::result::Result<
                ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                ::std::string::String,
            >,
            currency: ::std::result::Result<
                ::std::option::Option<super::TransactionCurrency>,
                ::std::string::String,
            >,
            customer_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            customer_metadata: ::std::result::Result<
                ::std::collections::HashMap<
                    ::std::string::String,
                    ::std::string::String,
                >,
                ::std::string::String,
            >,
            event_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            intent_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            merchant: ::std::result::Result<
                ::std::option::Option<super::Merchant>,
                ::std::string::String,
            >,
            merchant_key: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            network_transaction_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            partner_customer_id: ::std::result::Result<
                ::std::option::Option<super::PartnerCustomerId>,
                ::std::string::String,
            >,
            payment_method_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            purchase_method: ::std::result::Result<
                ::std::option::Option<super::PurchaseMethod>,
                ::std::string::String,
            >,
            status: ::std::result::Result<
                ::std::option::Option<crate::open_enums::TransactionStatus>,
                ::std::string::String,
            >,
            transaction_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            updated_at: ::std::result::Result<
                ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for TransactionWebhookPayloadData {
            fn default() -> Self {
                Self {
                    amount: Ok(Default::default()),
                    authorization_code: Ok(Default::default()),
                    created_at: Ok(Default::default()),
                    currency: Ok(Default::default()),
                    customer_id: Ok(Default::default()),
                    customer_metadata: Ok(Default::default()),
                    event_id: Ok(Default::default()),
                    intent_id: Ok(Default::default()),
                    merchant: Ok(Default::default()),
                    merchant_key: Ok(Default::default()),
                    network_transaction_id: Ok(Default::default()),
                    partner_customer_id: Ok(Default::default()),
                    payment_method_id: Ok(Default::default()),
                    purchase_method: Ok(Default::default()),
                    status: Ok(Default::default()),
                    transaction_id: Ok(Default::default()),
                    updated_at: Ok(Default::default()),
                }
            }
        }
        impl TransactionWebhookPayloadData {
            pub fn amount<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.amount = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for amount: {e}")
                    });
                self
            }
            pub fn authorization_code<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.authorization_code = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for authorization_code: {e}"
                        )
                    });
                self
            }
            pub fn created_at<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.created_at = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for created_at: {e}")
                    });
                self
            }
            pub fn currency<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::TransactionCurrency>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.currency = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for currency: {e}")
                    });
                self
            }
            pub fn customer_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.customer_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for customer_id: {e}")
                    });
                self
            }
            pub fn customer_metadata<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::collections::HashMap<
                        ::std::string::String,
                        ::std::string::String,
                    >,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.customer_metadata = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for customer_metadata: {e}"
                        )
                    });
                self
            }
            pub fn event_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.event_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for event_id: {e}")
                    });
                self
            }
            pub fn intent_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.intent_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for intent_id: {e}")
                    });
                self
            }
            pub fn merchant<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::Merchant>>,
                T::Error: ::std::fmt::Display,
            {
                self.merchant = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for merchant: {e}")
                    });
                self
            }
            pub fn merchant_key<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.merchant_key = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for merchant_key: {e}")
                    });
                self
            }
            pub fn network_transaction_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.network_transaction_id = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for network_transaction_id: {e}"
                        )
                    });
                self
            }
            pub fn partner_customer_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::PartnerCustomerId>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.partner_customer_id = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for partner_customer_id: {e}"
                        )
                    });
                self
            }
            pub fn payment_method_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.payment_method_id = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for payment_method_id: {e}"
                        )
                    });
                self
            }
            pub fn purchase_method<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::PurchaseMethod>>,
                T::Error: ::std::fmt::Display,
            {
                self.purchase_method = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for purchase_method: {e}"
                        )
                    });
                self
            }
            pub fn status<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<crate::open_enums::TransactionStatus>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.status = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for status: {e}")
                    });
                self
            }
            pub fn transaction_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.transaction_id = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for transaction_id: {e}"
                        )
                    });
                self
            }
            pub fn updated_at<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.updated_at = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for updated_at: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<TransactionWebhookPayloadData>
        for super::TransactionWebhookPayloadData {
            type Error = super::error::ConversionError;
            fn try_from(
                value: TransactionWebhookPayloadData,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    amount: value.amount?,
                    authorization_code: value.authorization_code?,
                    created_at: value.created_at?,
                    currency: value.currency?,
                    customer_id: value.customer_id?,
                    customer_metadata: value.customer_metadata?,
                    event_id: value.event_id?,
                    intent_id: value.intent_id?,
                    merchant: value.merchant?,
                    merchant_key: value.merchant_key?,
                    network_transaction_id: value.network_transaction_id?,
                    partner_customer_id: value.partner_customer_id?,
                    payment_method_id: value.payment_method_id?,
                    purchase_method: value.purchase_method?,
                    status: value.status?,
                    transaction_id: value.transaction_id?,
                    updated_at: value.updated_at?,
                })
            }
        }
        impl ::std::convert::From<super::TransactionWebhookPayloadData>
        for TransactionWebhookPayloadData {
            fn from(value: super::TransactionWebhookPayloadData) -> Self {
                Self {
                    amount: Ok(value.amount),
                    authorization_code: Ok(value.authorization_code),
                    created_at: Ok(value.created_at),
                    currency: Ok(value.currency),
                    customer_id: Ok(value.customer_id),
                    customer_metadata: Ok(value.customer_metadata),
                    event_id: Ok(value.event_id),
                    intent_id: Ok(value.intent_id),
                    merchant: Ok(value.merchant),
                    merchant_key: Ok(value.merchant_key),
                    network_transaction_id: Ok(value.network_transaction_id),
                    partner_customer_id: Ok(value.partner_customer_id),
                    payment_method_id: Ok(value.payment_method_id),
                    purchase_method: Ok(value.purchase_method),
                    status: Ok(value.status),
                    transaction_id: Ok(value.transaction_id),
                    updated_at: Ok(value.updated_at),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct UpdateTransactionIntentBody {
            amount: ::std::result::Result<i64, ::std::string::String>,
            currency: ::std::result::Result<
                ::std::option::Option<super::TransactionCurrency>,
                ::std::string::String,
            >,
            customer_id: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            metadata: ::std::result::Result<
                ::std::option::Option<
                    ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                >,
                ::std::string::String,
            >,
            network_transaction_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            partner_transaction_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            status: ::std::result::Result<
                crate::open_enums::TransactionIntentStatus,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for UpdateTransactionIntentBody {
            fn default() -> Self {
                Self {
                    amount: Err("no value supplied for amount".to_string()),
                    currency: Ok(Default::default()),
                    customer_id: Err("no value supplied for customer_id".to_string()),
                    metadata: Ok(Default::default()),
                    network_transaction_id: Ok(Default::default()),
                    partner_transaction_id: Ok(Default::default()),
                    status: Err("no value supplied for status".to_string()),
                }
            }
        }
        impl UpdateTransactionIntentBody {
            pub fn amount<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<i64>,
                T::Error: ::std::fmt::Display,
            {
                self.amount = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for amount: {e}")
                    });
                self
            }
            pub fn currency<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::TransactionCurrency>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.currency = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for currency: {e}")
                    });
                self
            }
            pub fn customer_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.customer_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for customer_id: {e}")
                    });
                self
            }
            pub fn metadata<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<
                        ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                    >,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.metadata = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for metadata: {e}")
                    });
                self
            }
            pub fn network_transaction_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.network_transaction_id = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for network_transaction_id: {e}"
                        )
                    });
                self
            }
            pub fn partner_transaction_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.partner_transaction_id = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for partner_transaction_id: {e}"
                        )
                    });
                self
            }
            pub fn status<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<crate::open_enums::TransactionIntentStatus>,
                T::Error: ::std::fmt::Display,
            {
                self.status = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for status: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<UpdateTransactionIntentBody>
        for super::UpdateTransactionIntentBody {
            type Error = super::error::ConversionError;
            fn try_from(
                value: UpdateTransactionIntentBody,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    amount: value.amount?,
                    currency: value.currency?,
                    customer_id: value.customer_id?,
                    metadata: value.metadata?,
                    network_transaction_id: value.network_transaction_id?,
                    partner_transaction_id: value.partner_transaction_id?,
                    status: value.status?,
                })
            }
        }
        impl ::std::convert::From<super::UpdateTransactionIntentBody>
        for UpdateTransactionIntentBody {
            fn from(value: super::UpdateTransactionIntentBody) -> Self {
                Self {
                    amount: Ok(value.amount),
                    currency: Ok(value.currency),
                    customer_id: Ok(value.customer_id),
                    metadata: Ok(value.metadata),
                    network_transaction_id: Ok(value.network_transaction_id),
                    partner_transaction_id: Ok(value.partner_transaction_id),
                    status: Ok(value.status),
                }
            }
        }
    }
    /// Generation of default values for serde.
    pub mod defaults {
        pub(super) fn default_nzu64<T, const V: u64>() -> T
        where
            T: ::std::convert::TryFrom<::std::num::NonZeroU64>,
            <T as ::std::convert::TryFrom<
                ::std::num::NonZeroU64,
            >>::Error: ::std::fmt::Debug,
        {
            T::try_from(::std::num::NonZeroU64::try_from(V).unwrap()).unwrap()
        }
    }
    /// Error types.
    pub mod error {
        /// Error from a `TryFrom` or `FromStr` implementation.
        pub struct ConversionError(::std::borrow::Cow<'static, str>);
        impl ::std::error::Error for ConversionError {}
        impl ::std::fmt::Display for ConversionError {
            fn fmt(
                &self,
                f: &mut ::std::fmt::Formatter<'_>,
            ) -> Result<(), ::std::fmt::Error> {
                ::std::fmt::Display::fmt(&self.0, f)
            }
        }
        impl ::std::fmt::Debug for ConversionError {
            fn fmt(
                &self,
                f: &mut ::std::fmt::Formatter<'_>,
            ) -> Result<(), ::std::fmt::Error> {
                ::std::fmt::Debug::fmt(&self.0, f)
            }
        }
        impl From<&'static str> for ConversionError {
            fn from(value: &'static str) -> Self {
                Self(value.into())
            }
        }
        impl From<String> for ConversionError {
            fn from(value: String) -> Self {
                Self(value.into())
            }
        }
    }
}
#[derive(Clone, Debug)]
/**Client for Public Imprint API

Version: 2.0*/
pub struct Client {
    pub(crate) baseurl: String,
    pub(crate) client: reqwest::Client,
    pub(crate) inner: crate::support::Hooks,
}
impl Client {
    /// Create a new client.
    ///
    /// `baseurl` is the base URL provided to the internal
    /// `reqwest::Client`, and should include a scheme and hostname,
    /// as well as port and a path stem if applicable.
    pub fn new(baseurl: &str, inner: crate::support::Hooks) -> Self {
        #[cfg(not(target_arch = "wasm32"))]
        let client = {
            let dur = ::std::time::Duration::from_secs(15u64);
            reqwest::ClientBuilder::new().connect_timeout(dur).timeout(dur)
        };
        #[cfg(target_arch = "wasm32")]
        let client = reqwest::ClientBuilder::new();
        Self::new_with_client(baseurl, client.build().unwrap(), inner)
    }
    /// Construct a new client with an existing `reqwest::Client`,
    /// allowing more control over its configuration.
    ///
    /// `baseurl` is the base URL provided to the internal
    /// `reqwest::Client`, and should include a scheme and hostname,
    /// as well as port and a path stem if applicable.
    pub fn new_with_client(
        baseurl: &str,
        client: reqwest::Client,
        inner: crate::support::Hooks,
    ) -> Self {
        Self {
            baseurl: baseurl.to_string(),
            client,
            inner,
        }
    }
}
impl ClientInfo<crate::support::Hooks> for Client {
    fn api_version() -> &'static str {
        "2.0"
    }
    fn baseurl(&self) -> &str {
        self.baseurl.as_str()
    }
    fn client(&self) -> &reqwest::Client {
        &self.client
    }
    fn inner(&self) -> &crate::support::Hooks {
        &self.inner
    }
}
const _: () = {
    #[allow(dead_code)]
    fn assert_client_hooks()
    where
        Client: ClientHooks<crate::support::Hooks>,
    {}
};
impl Client {
    /**Find customers

Sends a `GET` request to `/v2/customers`

Arguments:
- `limit`: Maximum number of results to return
- `partner_customer_id`: Customer's ID in the partner's system
- `starting_after`: Pagination cursor, an ID marking where the list resumes.
```ignore
let response = client.search_customers()
    .limit(limit)
    .partner_customer_id(partner_customer_id)
    .starting_after(starting_after)
    .send()
    .await;
```*/
    pub fn search_customers(&self) -> builder::SearchCustomers<'_> {
        builder::SearchCustomers::new(self)
    }
    /**Find customers

Sends a `POST` request to `/v2/customers`

```ignore
let response = client.search_customers_post()
    .body(body)
    .send()
    .await;
```*/
    pub fn search_customers_post(&self) -> builder::SearchCustomersPost<'_> {
        builder::SearchCustomersPost::new(self)
    }
    /**Get a customer

Fetches one existing customer by ID.

Sends a `GET` request to `/v2/customers/{customer_id}`

Arguments:
- `customer_id`: ID of the customer
```ignore
let response = client.get_customer()
    .customer_id(customer_id)
    .send()
    .await;
```*/
    pub fn get_customer(&self) -> builder::GetCustomer<'_> {
        builder::GetCustomer::new(self)
    }
    /**Change a customer

Changes a customer, found by ID; fields not sent keep their values.

Sends a `POST` request to `/v2/customers/{customer_id}`

Arguments:
- `customer_id`: ID of the customer
- `body`
```ignore
let response = client.update_customer()
    .customer_id(customer_id)
    .body(body)
    .send()
    .await;
```*/
    pub fn update_customer(&self) -> builder::UpdateCustomer<'_> {
        builder::UpdateCustomer::new(self)
    }
    /**Link an Imprint customer to a partner account

Links an existing Imprint customer to the partner's customer account; the partner is the one owning the request's API key.

Sends a `POST` request to `/v2/customers/{customer_id}/link`

Arguments:
- `customer_id`: ID of the Imprint customer
- `body`
```ignore
let response = client.link_customer_account()
    .customer_id(customer_id)
    .body(body)
    .send()
    .await;
```*/
    pub fn link_customer_account(&self) -> builder::LinkCustomerAccount<'_> {
        builder::LinkCustomerAccount::new(self)
    }
    /**Start a customer session

Opens a session whose client_secret lets the SDK edit the customer's profile, card or card/loan application, creating the customer first if needed. Customer history sent here goes to the new profile or to the application started in the session.

Sends a `POST` request to `/v2/customer_sessions`

```ignore
let response = client.create_session()
    .body(body)
    .send()
    .await;
```*/
    pub fn create_session(&self) -> builder::CreateSession<'_> {
        builder::CreateSession::new(self)
    }
    /**Get a session

Sends a `GET` request to `/v2/customer_sessions/{session_id}`

```ignore
let response = client.get_session()
    .session_id(session_id)
    .send()
    .await;
```*/
    pub fn get_session(&self) -> builder::GetSession<'_> {
        builder::GetSession::new(self)
    }
    /**Find payment methods

Sends a `GET` request to `/v2/payment_methods`

Arguments:
- `customer_id`: ID of the customer
- `limit`: Maximum number of results to return
- `starting_after`: Pagination cursor, an ID marking where the list resumes.
- `type_`: Only return payment methods of this type
```ignore
let response = client.search_payment_methods()
    .customer_id(customer_id)
    .limit(limit)
    .starting_after(starting_after)
    .type_(type_)
    .send()
    .await;
```*/
    pub fn search_payment_methods(&self) -> builder::SearchPaymentMethods<'_> {
        builder::SearchPaymentMethods::new(self)
    }
    /**Find payment methods

Sends a `POST` request to `/v2/payment_methods`

```ignore
let response = client.search_payment_methods_post()
    .body(body)
    .send()
    .await;
```*/
    pub fn search_payment_methods_post(&self) -> builder::SearchPaymentMethodsPost<'_> {
        builder::SearchPaymentMethodsPost::new(self)
    }
    /**Get a payment method

Fetches the payment method with the given `payment_method_id`.

Sends a `GET` request to `/v2/payment_methods/{payment_method_id}`

Arguments:
- `payment_method_id`: ID of the payment method
```ignore
let response = client.get_payment_method()
    .payment_method_id(payment_method_id)
    .send()
    .await;
```*/
    pub fn get_payment_method(&self) -> builder::GetPaymentMethod<'_> {
        builder::GetPaymentMethod::new(self)
    }
    /**Find transaction intents

Lists the transaction intents.

Sends a `GET` request to `/v2/transaction_intents`

Arguments:
- `limit`: Maximum number of results to return
- `starting_after`: Pagination cursor, an ID marking where the list resumes.
- `type_`: Only return intents of this type.
```ignore
let response = client.search_transaction_intents()
    .limit(limit)
    .starting_after(starting_after)
    .type_(type_)
    .send()
    .await;
```*/
    pub fn search_transaction_intents(&self) -> builder::SearchTransactionIntents<'_> {
        builder::SearchTransactionIntents::new(self)
    }
    /**New transaction intent

Creates an intent describing a pending transaction, used to start, check and follow it until it is finalized.

Sends a `POST` request to `/v2/transaction_intents`

```ignore
let response = client.create_transaction_intent()
    .body(body)
    .send()
    .await;
```*/
    pub fn create_transaction_intent(&self) -> builder::CreateTransactionIntent<'_> {
        builder::CreateTransactionIntent::new(self)
    }
    /**Get a transaction intent

Fetches one transaction intent by its `id`.

Sends a `GET` request to `/v2/transaction_intents/{intent_id}`

Arguments:
- `intent_id`: ID of the transaction intent.
```ignore
let response = client.get_transaction_intent()
    .intent_id(intent_id)
    .send()
    .await;
```*/
    pub fn get_transaction_intent(&self) -> builder::GetTransactionIntent<'_> {
        builder::GetTransactionIntent::new(self)
    }
    /**Change a transaction intent

Changes the transaction intent identified by intent_id.

Sends a `POST` request to `/v2/transaction_intents/{intent_id}`

Arguments:
- `intent_id`: ID of the transaction intent
- `body`
```ignore
let response = client.update_transaction_intent()
    .intent_id(intent_id)
    .body(body)
    .send()
    .await;
```*/
    pub fn update_transaction_intent(&self) -> builder::UpdateTransactionIntent<'_> {
        builder::UpdateTransactionIntent::new(self)
    }
    /**Get a transaction

Fetches one transaction by its `id`.

Sends a `GET` request to `/v2/transactions/{transaction_id}`

Arguments:
- `transaction_id`: ID of the transaction
```ignore
let response = client.get_transaction()
    .transaction_id(transaction_id)
    .send()
    .await;
```*/
    pub fn get_transaction(&self) -> builder::GetTransaction<'_> {
        builder::GetTransaction::new(self)
    }
    /**Find rewards

Sends a `GET` request to `/v2/rewards`

Arguments:
- `limit`: Maximum number of results to return
- `starting_after`: Pagination cursor, an ID marking where the list resumes.
- `transaction_event_id`: Transaction event whose rewards to return
```ignore
let response = client.search_rewards()
    .limit(limit)
    .starting_after(starting_after)
    .transaction_event_id(transaction_event_id)
    .send()
    .await;
```*/
    pub fn search_rewards(&self) -> builder::SearchRewards<'_> {
        builder::SearchRewards::new(self)
    }
    /**Get a reward

Fetches one reward by ID.

Sends a `GET` request to `/v2/rewards/{reward_id}`

Arguments:
- `reward_id`: ID of the reward
```ignore
let response = client.get_reward()
    .reward_id(reward_id)
    .send()
    .await;
```*/
    pub fn get_reward(&self) -> builder::GetReward<'_> {
        builder::GetReward::new(self)
    }
    /**Change a reward

Changes the amount or status of a pending reward.

Sends a `PATCH` request to `/v2/rewards/{reward_id}`

Arguments:
- `reward_id`: ID of the reward
- `body`
```ignore
let response = client.patch_reward()
    .reward_id(reward_id)
    .body(body)
    .send()
    .await;
```*/
    pub fn patch_reward(&self) -> builder::PatchReward<'_> {
        builder::PatchReward::new(self)
    }
    /**Current rewards balance of a customer

Sends a `GET` request to `/v2/customers/{customer_id}/rewards_balance`

Arguments:
- `customer_id`: ID of the Imprint customer
```ignore
let response = client.get_rewards_balance()
    .customer_id(customer_id)
    .send()
    .await;
```*/
    pub fn get_rewards_balance(&self) -> builder::GetRewardsBalance<'_> {
        builder::GetRewardsBalance::new(self)
    }
    /**A customer's payment methods

Sends a `GET` request to `/v2/customers/{customer_id}/payment_methods`

Arguments:
- `customer_id`: ID of the Imprint customer
```ignore
let response = client.get_payment_methods()
    .customer_id(customer_id)
    .send()
    .await;
```*/
    pub fn get_payment_methods(&self) -> builder::GetPaymentMethods<'_> {
        builder::GetPaymentMethods::new(self)
    }
    /**A customer's transaction intents

Sends a `GET` request to `/v2/customers/{customer_id}/transaction_intents`

Arguments:
- `customer_id`: ID of the Imprint customer
```ignore
let response = client.get_transaction_intents()
    .customer_id(customer_id)
    .send()
    .await;
```*/
    pub fn get_transaction_intents(&self) -> builder::GetTransactionIntents<'_> {
        builder::GetTransactionIntents::new(self)
    }
    /**A customer's transactions

Sends a `GET` request to `/v2/customers/{customer_id}/transactions`

Arguments:
- `customer_id`: ID of the Imprint customer
- `limit`: Maximum number of results to return
- `starting_after`: Pagination cursor, an ID marking where the list resumes.
```ignore
let response = client.get_transactions()
    .customer_id(customer_id)
    .limit(limit)
    .starting_after(starting_after)
    .send()
    .await;
```*/
    pub fn get_transactions(&self) -> builder::GetTransactions<'_> {
        builder::GetTransactions::new(self)
    }
    /**A customer's rewards

Lists the rewards of a customer, most recently updated first.

Sends a `GET` request to `/v2/customers/{customer_id}/rewards`

Arguments:
- `customer_id`: ID of the Imprint customer
- `limit`: Maximum number of results to return
- `starting_after`: Pagination cursor, an ID marking where the list resumes.
```ignore
let response = client.get_rewards()
    .customer_id(customer_id)
    .limit(limit)
    .starting_after(starting_after)
    .send()
    .await;
```*/
    pub fn get_rewards(&self) -> builder::GetRewards<'_> {
        builder::GetRewards::new(self)
    }
    /**Get an offer

Returns the customer's marketing placement.

Sends a `GET` request to `/v2/offers`

```ignore
let response = client.get_offer()
    .partner_customer_id(partner_customer_id)
    .send()
    .await;
```*/
    pub fn get_offer(&self) -> builder::GetOffer<'_> {
        builder::GetOffer::new(self)
    }
    /**List order events

Lists order events.

Sends a `GET` request to `/v2/order_events`

Arguments:
- `limit`: Maximum number of results to return
- `network_transaction_id`: The card network's transaction ID, such as the Mastercard Trace ID, Visa Transaction ID or American Express Network Reference ID
- `order_event_id`: Order event ID; if set, at most one result is returned.
- `order_id`: Order ID whose events to return
- `partner_event_id`: Partner's ID for the order event; if set, at most one result is returned.
- `starting_after`: Pagination cursor, an ID marking where the list resumes.
```ignore
let response = client.list_order_events()
    .limit(limit)
    .network_transaction_id(network_transaction_id)
    .order_event_id(order_event_id)
    .order_id(order_id)
    .partner_event_id(partner_event_id)
    .starting_after(starting_after)
    .send()
    .await;
```*/
    pub fn list_order_events(&self) -> builder::ListOrderEvents<'_> {
        builder::ListOrderEvents::new(self)
    }
    /**Add order events

Creates order events.

Sends a `POST` request to `/v2/order_events`

```ignore
let response = client.post_order_event()
    .body(body)
    .send()
    .await;
```*/
    pub fn post_order_event(&self) -> builder::PostOrderEvent<'_> {
        builder::PostOrderEvent::new(self)
    }
    /**Remove an order event

Removes an existing order event.

Sends a `DELETE` request to `/v2/order_events/{order_event_id}`

Arguments:
- `order_event_id`: ID of the order event
```ignore
let response = client.delete_order_event()
    .order_event_id(order_event_id)
    .send()
    .await;
```*/
    pub fn delete_order_event(&self) -> builder::DeleteOrderEvent<'_> {
        builder::DeleteOrderEvent::new(self)
    }
    /**List orders

Lists orders.

Sends a `GET` request to `/v2/orders`

Arguments:
- `id`: Order ID; if set, at most one result is returned.
- `partner_order_id`: The partner's ID for the order
```ignore
let response = client.list_orders()
    .id(id)
    .partner_order_id(partner_order_id)
    .send()
    .await;
```*/
    pub fn list_orders(&self) -> builder::ListOrders<'_> {
        builder::ListOrders::new(self)
    }
    /**Add orders

Creates orders.

Sends a `POST` request to `/v2/orders`

```ignore
let response = client.create_order()
    .body(body)
    .send()
    .await;
```*/
    pub fn create_order(&self) -> builder::CreateOrder<'_> {
        builder::CreateOrder::new(self)
    }
    /**Change an order

Changes an existing order.

Sends a `PUT` request to `/v2/orders/{order_id}`

Arguments:
- `order_id`: ID of the order
- `body`
```ignore
let response = client.put_order()
    .order_id(order_id)
    .body(body)
    .send()
    .await;
```*/
    pub fn put_order(&self) -> builder::PutOrder<'_> {
        builder::PutOrder::new(self)
    }
    /**Remove an order

Removes an existing order.

Sends a `DELETE` request to `/v2/orders/{order_id}`

Arguments:
- `order_id`: ID of the order
```ignore
let response = client.delete_order()
    .order_id(order_id)
    .send()
    .await;
```*/
    pub fn delete_order(&self) -> builder::DeleteOrder<'_> {
        builder::DeleteOrder::new(self)
    }
    /**Simulate a transaction event (sandbox only)

Sends a `POST` request to `/v2/simulate_transaction_event`

```ignore
let response = client.simulate_transaction_event()
    .body(body)
    .send()
    .await;
```*/
    pub fn simulate_transaction_event(&self) -> builder::SimulateTransactionEvent<'_> {
        builder::SimulateTransactionEvent::new(self)
    }
    /**Simulate a statement reward

Triggers a statement reward webhook (sandbox only).

Sends a `POST` request to `/v2/simulate_statement_reward`

```ignore
let response = client.simulate_statement_reward()
    .body(body)
    .send()
    .await;
```*/
    pub fn simulate_statement_reward(&self) -> builder::SimulateStatementReward<'_> {
        builder::SimulateStatementReward::new(self)
    }
    /**Simulate a reward

Triggers a reward webhook in sandbox; the reward type chosen decides which pending-reward processing is simulated.

Sends a `POST` request to `/v2/simulate_reward`

```ignore
let response = client.simulate_reward()
    .body(body)
    .send()
    .await;
```*/
    pub fn simulate_reward(&self) -> builder::SimulateReward<'_> {
        builder::SimulateReward::new(self)
    }
    /**New API key

Issues a new API key.

Sends a `POST` request to `/v2/keys`

```ignore
let response = client.create_key()
    .send()
    .await;
```*/
    pub fn create_key(&self) -> builder::CreateKey<'_> {
        builder::CreateKey::new(self)
    }
    /**Remove an API key

Removes an existing API key.

Sends a `DELETE` request to `/v2/keys`

```ignore
let response = client.delete_key()
    .send()
    .await;
```*/
    pub fn delete_key(&self) -> builder::DeleteKey<'_> {
        builder::DeleteKey::new(self)
    }
}
/// Types for composing operation parameters.
#[allow(clippy::all)]
pub mod builder {
    use super::types;
    #[allow(unused_imports)]
    use super::{
        encode_path, ByteStream, ClientInfo, ClientHooks, Error, OperationInfo,
        RequestBuilderExt, ResponseValue,
    };
    /**Builder for [`Client::search_customers`]

[`Client::search_customers`]: super::Client::search_customers*/
    #[derive(Debug, Clone)]
    pub struct SearchCustomers<'a> {
        client: &'a super::Client,
        limit: Result<Option<::std::num::NonZeroU32>, String>,
        partner_customer_id: Result<Option<::std::string::String>, String>,
        starting_after: Result<Option<::std::string::String>, String>,
    }
    impl<'a> SearchCustomers<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                limit: Ok(None),
                partner_customer_id: Ok(None),
                starting_after: Ok(None),
            }
        }
        pub fn limit<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::num::NonZeroU32>,
        {
            self.limit = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: num :: NonZeroU32` for limit failed"
                        .to_string()
                });
            self
        }
        pub fn partner_customer_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.partner_customer_id = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for partner_customer_id failed"
                        .to_string()
                });
            self
        }
        pub fn starting_after<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.starting_after = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for starting_after failed"
                        .to_string()
                });
            self
        }
        ///Sends a `GET` request to `/v2/customers`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::CustomerListResponse>, Error<ByteStream>> {
            let Self { client, limit, partner_customer_id, starting_after } = self;
            let limit = limit.map_err(Error::InvalidRequest)?;
            let partner_customer_id = partner_customer_id
                .map_err(Error::InvalidRequest)?;
            let starting_after = starting_after.map_err(Error::InvalidRequest)?;
            let url = format!("{}/v2/customers", client.baseurl,);
            let header_map = ::reqwest::header::HeaderMap::with_capacity(0usize);
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .query(&progenitor_client::QueryParam::new("limit", &limit))
                .query(
                    &progenitor_client::QueryParam::new(
                        "partner_customer_id",
                        &partner_customer_id,
                    ),
                )
                .query(
                    &progenitor_client::QueryParam::new(
                        "starting_after",
                        &starting_after,
                    ),
                )
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "search_customers",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ::imprint_raw::support::from_response(response).await,
                400u16 => Err(Error::ErrorResponse(ResponseValue::stream(response))),
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::search_customers_post`]

[`Client::search_customers_post`]: super::Client::search_customers_post*/
    #[derive(Debug, Clone)]
    pub struct SearchCustomersPost<'a> {
        client: &'a super::Client,
        body: Result<types::builder::SearchCustomersPostBody, String>,
    }
    impl<'a> SearchCustomersPost<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::SearchCustomersPostBody>,
            <V as std::convert::TryInto<
                types::SearchCustomersPostBody,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!(
                        "conversion to `SearchCustomersPostBody` for body failed: {}", s
                    )
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::SearchCustomersPostBody,
            ) -> types::builder::SearchCustomersPostBody,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `POST` request to `/v2/customers`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::CustomerListResponse>, Error<ByteStream>> {
            let Self { client, body } = self;
            let body = body
                .and_then(|v| {
                    types::SearchCustomersPostBody::try_from(v)
                        .map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!("{}/v2/customers", client.baseurl,);
            let header_map = ::reqwest::header::HeaderMap::with_capacity(0usize);
            #[allow(unused_mut)]
            let mut request = client
                .client
                .post(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body)
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "search_customers_post",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ::imprint_raw::support::from_response(response).await,
                400u16 => Err(Error::ErrorResponse(ResponseValue::stream(response))),
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::get_customer`]

[`Client::get_customer`]: super::Client::get_customer*/
    #[derive(Debug, Clone)]
    pub struct GetCustomer<'a> {
        client: &'a super::Client,
        customer_id: Result<::std::string::String, String>,
    }
    impl<'a> GetCustomer<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                customer_id: Err("customer_id was not initialized".to_string()),
            }
        }
        pub fn customer_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.customer_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for customer_id failed"
                        .to_string()
                });
            self
        }
        ///Sends a `GET` request to `/v2/customers/{customer_id}`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::Customer>, Error<ByteStream>> {
            let Self { client, customer_id } = self;
            let customer_id = customer_id.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/v2/customers/{}", client.baseurl, encode_path(& customer_id
                .to_string()),
            );
            let header_map = ::reqwest::header::HeaderMap::with_capacity(0usize);
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "get_customer",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ::imprint_raw::support::from_response(response).await,
                400u16 => Err(Error::ErrorResponse(ResponseValue::stream(response))),
                404u16 => Err(Error::ErrorResponse(ResponseValue::stream(response))),
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::update_customer`]

[`Client::update_customer`]: super::Client::update_customer*/
    #[derive(Debug, Clone)]
    pub struct UpdateCustomer<'a> {
        client: &'a super::Client,
        customer_id: Result<::std::string::String, String>,
        body: Result<types::builder::CustomerUpdateRequest, String>,
    }
    impl<'a> UpdateCustomer<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                customer_id: Err("customer_id was not initialized".to_string()),
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn customer_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.customer_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for customer_id failed"
                        .to_string()
                });
            self
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::CustomerUpdateRequest>,
            <V as std::convert::TryInto<
                types::CustomerUpdateRequest,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!(
                        "conversion to `CustomerUpdateRequest` for body failed: {}", s
                    )
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::CustomerUpdateRequest,
            ) -> types::builder::CustomerUpdateRequest,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `POST` request to `/v2/customers/{customer_id}`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::Customer>, Error<ByteStream>> {
            let Self { client, customer_id, body } = self;
            let customer_id = customer_id.map_err(Error::InvalidRequest)?;
            let body = body
                .and_then(|v| {
                    types::CustomerUpdateRequest::try_from(v).map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/v2/customers/{}", client.baseurl, encode_path(& customer_id
                .to_string()),
            );
            let header_map = ::reqwest::header::HeaderMap::with_capacity(0usize);
            #[allow(unused_mut)]
            let mut request = client
                .client
                .post(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body)
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "update_customer",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ::imprint_raw::support::from_response(response).await,
                400u16 => Err(Error::ErrorResponse(ResponseValue::stream(response))),
                404u16 => Err(Error::ErrorResponse(ResponseValue::stream(response))),
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::link_customer_account`]

[`Client::link_customer_account`]: super::Client::link_customer_account*/
    #[derive(Debug, Clone)]
    pub struct LinkCustomerAccount<'a> {
        client: &'a super::Client,
        customer_id: Result<::std::string::String, String>,
        body: Result<types::builder::LinkCustomerAccountBody, String>,
    }
    impl<'a> LinkCustomerAccount<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                customer_id: Err("customer_id was not initialized".to_string()),
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn customer_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.customer_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for customer_id failed"
                        .to_string()
                });
            self
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::LinkCustomerAccountBody>,
            <V as std::convert::TryInto<
                types::LinkCustomerAccountBody,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!(
                        "conversion to `LinkCustomerAccountBody` for body failed: {}", s
                    )
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::LinkCustomerAccountBody,
            ) -> types::builder::LinkCustomerAccountBody,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `POST` request to `/v2/customers/{customer_id}/link`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::CustomerLink>, Error<ByteStream>> {
            let Self { client, customer_id, body } = self;
            let customer_id = customer_id.map_err(Error::InvalidRequest)?;
            let body = body
                .and_then(|v| {
                    types::LinkCustomerAccountBody::try_from(v)
                        .map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/v2/customers/{}/link", client.baseurl, encode_path(& customer_id
                .to_string()),
            );
            let header_map = ::reqwest::header::HeaderMap::with_capacity(0usize);
            #[allow(unused_mut)]
            let mut request = client
                .client
                .post(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body)
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "link_customer_account",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ::imprint_raw::support::from_response(response).await,
                400u16 => Err(Error::ErrorResponse(ResponseValue::stream(response))),
                404u16 => Err(Error::ErrorResponse(ResponseValue::stream(response))),
                409u16 => Err(Error::ErrorResponse(ResponseValue::stream(response))),
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::create_session`]

[`Client::create_session`]: super::Client::create_session*/
    #[derive(Debug, Clone)]
    pub struct CreateSession<'a> {
        client: &'a super::Client,
        body: Result<types::builder::CreateSessionBody, String>,
    }
    impl<'a> CreateSession<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::CreateSessionBody>,
            <V as std::convert::TryInto<
                types::CreateSessionBody,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!("conversion to `CreateSessionBody` for body failed: {}", s)
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::CreateSessionBody,
            ) -> types::builder::CreateSessionBody,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `POST` request to `/v2/customer_sessions`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::CustomerSession>, Error<ByteStream>> {
            let Self { client, body } = self;
            let body = body
                .and_then(|v| {
                    types::CreateSessionBody::try_from(v).map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!("{}/v2/customer_sessions", client.baseurl,);
            let header_map = ::reqwest::header::HeaderMap::with_capacity(0usize);
            #[allow(unused_mut)]
            let mut request = client
                .client
                .post(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body)
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "create_session",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                201u16 => ::imprint_raw::support::from_response(response).await,
                400u16 => Err(Error::ErrorResponse(ResponseValue::stream(response))),
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::get_session`]

[`Client::get_session`]: super::Client::get_session*/
    #[derive(Debug, Clone)]
    pub struct GetSession<'a> {
        client: &'a super::Client,
        session_id: Result<::std::string::String, String>,
    }
    impl<'a> GetSession<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                session_id: Err("session_id was not initialized".to_string()),
            }
        }
        pub fn session_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.session_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for session_id failed"
                        .to_string()
                });
            self
        }
        ///Sends a `GET` request to `/v2/customer_sessions/{session_id}`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::CustomerSession>, Error<ByteStream>> {
            let Self { client, session_id } = self;
            let session_id = session_id.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/v2/customer_sessions/{}", client.baseurl, encode_path(& session_id
                .to_string()),
            );
            let header_map = ::reqwest::header::HeaderMap::with_capacity(0usize);
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "get_session",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ::imprint_raw::support::from_response(response).await,
                400u16 => Err(Error::ErrorResponse(ResponseValue::stream(response))),
                404u16 => Err(Error::ErrorResponse(ResponseValue::stream(response))),
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::search_payment_methods`]

[`Client::search_payment_methods`]: super::Client::search_payment_methods*/
    #[derive(Debug, Clone)]
    pub struct SearchPaymentMethods<'a> {
        client: &'a super::Client,
        customer_id: Result<::std::string::String, String>,
        limit: Result<Option<::std::num::NonZeroU32>, String>,
        starting_after: Result<Option<::std::string::String>, String>,
        type_: Result<Option<crate::open_enums::SearchPaymentMethodsType>, String>,
    }
    impl<'a> SearchPaymentMethods<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                customer_id: Err("customer_id was not initialized".to_string()),
                limit: Ok(None),
                starting_after: Ok(None),
                type_: Ok(None),
            }
        }
        pub fn customer_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.customer_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for customer_id failed"
                        .to_string()
                });
            self
        }
        pub fn limit<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::num::NonZeroU32>,
        {
            self.limit = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: num :: NonZeroU32` for limit failed"
                        .to_string()
                });
            self
        }
        pub fn starting_after<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.starting_after = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for starting_after failed"
                        .to_string()
                });
            self
        }
        pub fn type_<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<crate::open_enums::SearchPaymentMethodsType>,
        {
            self.type_ = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `crate :: open_enums :: SearchPaymentMethodsType` for type_ failed"
                        .to_string()
                });
            self
        }
        ///Sends a `GET` request to `/v2/payment_methods`
        pub async fn send(
            self,
        ) -> Result<
            ResponseValue<types::SearchPaymentMethodsResponse>,
            Error<ByteStream>,
        > {
            let Self { client, customer_id, limit, starting_after, type_ } = self;
            let customer_id = customer_id.map_err(Error::InvalidRequest)?;
            let limit = limit.map_err(Error::InvalidRequest)?;
            let starting_after = starting_after.map_err(Error::InvalidRequest)?;
            let type_ = type_.map_err(Error::InvalidRequest)?;
            let url = format!("{}/v2/payment_methods", client.baseurl,);
            let header_map = ::reqwest::header::HeaderMap::with_capacity(0usize);
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .query(&progenitor_client::QueryParam::new("customer_id", &customer_id))
                .query(&progenitor_client::QueryParam::new("limit", &limit))
                .query(
                    &progenitor_client::QueryParam::new(
                        "starting_after",
                        &starting_after,
                    ),
                )
                .query(&progenitor_client::QueryParam::new("type", &type_))
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "search_payment_methods",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ::imprint_raw::support::from_response(response).await,
                400u16 => Err(Error::ErrorResponse(ResponseValue::stream(response))),
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::search_payment_methods_post`]

[`Client::search_payment_methods_post`]: super::Client::search_payment_methods_post*/
    #[derive(Debug, Clone)]
    pub struct SearchPaymentMethodsPost<'a> {
        client: &'a super::Client,
        body: Result<types::builder::SearchPaymentMethodsPostBody, String>,
    }
    impl<'a> SearchPaymentMethodsPost<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::SearchPaymentMethodsPostBody>,
            <V as std::convert::TryInto<
                types::SearchPaymentMethodsPostBody,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!(
                        "conversion to `SearchPaymentMethodsPostBody` for body failed: {}",
                        s
                    )
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::SearchPaymentMethodsPostBody,
            ) -> types::builder::SearchPaymentMethodsPostBody,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `POST` request to `/v2/payment_methods`
        pub async fn send(
            self,
        ) -> Result<
            ResponseValue<types::SearchPaymentMethodsPostResponse>,
            Error<ByteStream>,
        > {
            let Self { client, body } = self;
            let body = body
                .and_then(|v| {
                    types::SearchPaymentMethodsPostBody::try_from(v)
                        .map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!("{}/v2/payment_methods", client.baseurl,);
            let header_map = ::reqwest::header::HeaderMap::with_capacity(0usize);
            #[allow(unused_mut)]
            let mut request = client
                .client
                .post(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body)
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "search_payment_methods_post",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ::imprint_raw::support::from_response(response).await,
                400u16 => Err(Error::ErrorResponse(ResponseValue::stream(response))),
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::get_payment_method`]

[`Client::get_payment_method`]: super::Client::get_payment_method*/
    #[derive(Debug, Clone)]
    pub struct GetPaymentMethod<'a> {
        client: &'a super::Client,
        payment_method_id: Result<::std::string::String, String>,
    }
    impl<'a> GetPaymentMethod<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                payment_method_id: Err(
                    "payment_method_id was not initialized".to_string(),
                ),
            }
        }
        pub fn payment_method_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.payment_method_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for payment_method_id failed"
                        .to_string()
                });
            self
        }
        ///Sends a `GET` request to `/v2/payment_methods/{payment_method_id}`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::PaymentMethod>, Error<ByteStream>> {
            let Self { client, payment_method_id } = self;
            let payment_method_id = payment_method_id.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/v2/payment_methods/{}", client.baseurl, encode_path(&
                payment_method_id.to_string()),
            );
            let header_map = ::reqwest::header::HeaderMap::with_capacity(0usize);
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "get_payment_method",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ::imprint_raw::support::from_response(response).await,
                400u16 => Err(Error::ErrorResponse(ResponseValue::stream(response))),
                404u16 => Err(Error::ErrorResponse(ResponseValue::stream(response))),
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::search_transaction_intents`]

[`Client::search_transaction_intents`]: super::Client::search_transaction_intents*/
    #[derive(Debug, Clone)]
    pub struct SearchTransactionIntents<'a> {
        client: &'a super::Client,
        limit: Result<Option<::std::num::NonZeroU32>, String>,
        starting_after: Result<Option<::std::string::String>, String>,
        type_: Result<Option<crate::open_enums::SearchTransactionIntentsType>, String>,
    }
    impl<'a> SearchTransactionIntents<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                limit: Ok(None),
                starting_after: Ok(None),
                type_: Ok(None),
            }
        }
        pub fn limit<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::num::NonZeroU32>,
        {
            self.limit = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: num :: NonZeroU32` for limit failed"
                        .to_string()
                });
            self
        }
        pub fn starting_after<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.starting_after = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for starting_after failed"
                        .to_string()
                });
            self
        }
        pub fn type_<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<crate::open_enums::SearchTransactionIntentsType>,
        {
            self.type_ = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `crate :: open_enums :: SearchTransactionIntentsType` for type_ failed"
                        .to_string()
                });
            self
        }
        ///Sends a `GET` request to `/v2/transaction_intents`
        pub async fn send(
            self,
        ) -> Result<
            ResponseValue<types::SearchTransactionIntentsResponse>,
            Error<ByteStream>,
        > {
            let Self { client, limit, starting_after, type_ } = self;
            let limit = limit.map_err(Error::InvalidRequest)?;
            let starting_after = starting_after.map_err(Error::InvalidRequest)?;
            let type_ = type_.map_err(Error::InvalidRequest)?;
            let url = format!("{}/v2/transaction_intents", client.baseurl,);
            let header_map = ::reqwest::header::HeaderMap::with_capacity(0usize);
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .query(&progenitor_client::QueryParam::new("limit", &limit))
                .query(
                    &progenitor_client::QueryParam::new(
                        "starting_after",
                        &starting_after,
                    ),
                )
                .query(&progenitor_client::QueryParam::new("type", &type_))
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "search_transaction_intents",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ::imprint_raw::support::from_response(response).await,
                400u16 => Err(Error::ErrorResponse(ResponseValue::stream(response))),
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::create_transaction_intent`]

[`Client::create_transaction_intent`]: super::Client::create_transaction_intent*/
    #[derive(Debug, Clone)]
    pub struct CreateTransactionIntent<'a> {
        client: &'a super::Client,
        body: Result<types::builder::CreateTransactionIntentBody, String>,
    }
    impl<'a> CreateTransactionIntent<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::CreateTransactionIntentBody>,
            <V as std::convert::TryInto<
                types::CreateTransactionIntentBody,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!(
                        "conversion to `CreateTransactionIntentBody` for body failed: {}",
                        s
                    )
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::CreateTransactionIntentBody,
            ) -> types::builder::CreateTransactionIntentBody,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `POST` request to `/v2/transaction_intents`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::TransactionIntent>, Error<ByteStream>> {
            let Self { client, body } = self;
            let body = body
                .and_then(|v| {
                    types::CreateTransactionIntentBody::try_from(v)
                        .map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!("{}/v2/transaction_intents", client.baseurl,);
            let header_map = ::reqwest::header::HeaderMap::with_capacity(0usize);
            #[allow(unused_mut)]
            let mut request = client
                .client
                .post(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body)
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "create_transaction_intent",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ::imprint_raw::support::from_response(response).await,
                400u16 => Err(Error::ErrorResponse(ResponseValue::stream(response))),
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::get_transaction_intent`]

[`Client::get_transaction_intent`]: super::Client::get_transaction_intent*/
    #[derive(Debug, Clone)]
    pub struct GetTransactionIntent<'a> {
        client: &'a super::Client,
        intent_id: Result<::std::string::String, String>,
    }
    impl<'a> GetTransactionIntent<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                intent_id: Err("intent_id was not initialized".to_string()),
            }
        }
        pub fn intent_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.intent_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for intent_id failed"
                        .to_string()
                });
            self
        }
        ///Sends a `GET` request to `/v2/transaction_intents/{intent_id}`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::TransactionIntent>, Error<ByteStream>> {
            let Self { client, intent_id } = self;
            let intent_id = intent_id.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/v2/transaction_intents/{}", client.baseurl, encode_path(& intent_id
                .to_string()),
            );
            let header_map = ::reqwest::header::HeaderMap::with_capacity(0usize);
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "get_transaction_intent",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ::imprint_raw::support::from_response(response).await,
                400u16 => Err(Error::ErrorResponse(ResponseValue::stream(response))),
                404u16 => Err(Error::ErrorResponse(ResponseValue::stream(response))),
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::update_transaction_intent`]

[`Client::update_transaction_intent`]: super::Client::update_transaction_intent*/
    #[derive(Debug, Clone)]
    pub struct UpdateTransactionIntent<'a> {
        client: &'a super::Client,
        intent_id: Result<::std::string::String, String>,
        body: Result<types::builder::UpdateTransactionIntentBody, String>,
    }
    impl<'a> UpdateTransactionIntent<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                intent_id: Err("intent_id was not initialized".to_string()),
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn intent_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.intent_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for intent_id failed"
                        .to_string()
                });
            self
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::UpdateTransactionIntentBody>,
            <V as std::convert::TryInto<
                types::UpdateTransactionIntentBody,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!(
                        "conversion to `UpdateTransactionIntentBody` for body failed: {}",
                        s
                    )
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::UpdateTransactionIntentBody,
            ) -> types::builder::UpdateTransactionIntentBody,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `POST` request to `/v2/transaction_intents/{intent_id}`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::TransactionIntent>, Error<ByteStream>> {
            let Self { client, intent_id, body } = self;
            let intent_id = intent_id.map_err(Error::InvalidRequest)?;
            let body = body
                .and_then(|v| {
                    types::UpdateTransactionIntentBody::try_from(v)
                        .map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/v2/transaction_intents/{}", client.baseurl, encode_path(& intent_id
                .to_string()),
            );
            let header_map = ::reqwest::header::HeaderMap::with_capacity(0usize);
            #[allow(unused_mut)]
            let mut request = client
                .client
                .post(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body)
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "update_transaction_intent",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ::imprint_raw::support::from_response(response).await,
                400u16 => Err(Error::ErrorResponse(ResponseValue::stream(response))),
                404u16 => Err(Error::ErrorResponse(ResponseValue::stream(response))),
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::get_transaction`]

[`Client::get_transaction`]: super::Client::get_transaction*/
    #[derive(Debug, Clone)]
    pub struct GetTransaction<'a> {
        client: &'a super::Client,
        transaction_id: Result<::std::string::String, String>,
    }
    impl<'a> GetTransaction<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                transaction_id: Err("transaction_id was not initialized".to_string()),
            }
        }
        pub fn transaction_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.transaction_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for transaction_id failed"
                        .to_string()
                });
            self
        }
        ///Sends a `GET` request to `/v2/transactions/{transaction_id}`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::Transaction>, Error<ByteStream>> {
            let Self { client, transaction_id } = self;
            let transaction_id = transaction_id.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/v2/transactions/{}", client.baseurl, encode_path(& transaction_id
                .to_string()),
            );
            let header_map = ::reqwest::header::HeaderMap::with_capacity(0usize);
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "get_transaction",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ::imprint_raw::support::from_response(response).await,
                400u16 => Err(Error::ErrorResponse(ResponseValue::stream(response))),
                404u16 => Err(Error::ErrorResponse(ResponseValue::stream(response))),
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::search_rewards`]

[`Client::search_rewards`]: super::Client::search_rewards*/
    #[derive(Debug, Clone)]
    pub struct SearchRewards<'a> {
        client: &'a super::Client,
        limit: Result<Option<::std::num::NonZeroU32>, String>,
        starting_after: Result<Option<::std::string::String>, String>,
        transaction_event_id: Result<Option<::std::string::String>, String>,
    }
    impl<'a> SearchRewards<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                limit: Ok(None),
                starting_after: Ok(None),
                transaction_event_id: Ok(None),
            }
        }
        pub fn limit<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::num::NonZeroU32>,
        {
            self.limit = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: num :: NonZeroU32` for limit failed"
                        .to_string()
                });
            self
        }
        pub fn starting_after<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.starting_after = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for starting_after failed"
                        .to_string()
                });
            self
        }
        pub fn transaction_event_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.transaction_event_id = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for transaction_event_id failed"
                        .to_string()
                });
            self
        }
        ///Sends a `GET` request to `/v2/rewards`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::SearchRewardsResponse>, Error<ByteStream>> {
            let Self { client, limit, starting_after, transaction_event_id } = self;
            let limit = limit.map_err(Error::InvalidRequest)?;
            let starting_after = starting_after.map_err(Error::InvalidRequest)?;
            let transaction_event_id = transaction_event_id
                .map_err(Error::InvalidRequest)?;
            let url = format!("{}/v2/rewards", client.baseurl,);
            let header_map = ::reqwest::header::HeaderMap::with_capacity(0usize);
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .query(&progenitor_client::QueryParam::new("limit", &limit))
                .query(
                    &progenitor_client::QueryParam::new(
                        "starting_after",
                        &starting_after,
                    ),
                )
                .query(
                    &progenitor_client::QueryParam::new(
                        "transaction_event_id",
                        &transaction_event_id,
                    ),
                )
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "search_rewards",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ::imprint_raw::support::from_response(response).await,
                400u16 => Err(Error::ErrorResponse(ResponseValue::stream(response))),
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::get_reward`]

[`Client::get_reward`]: super::Client::get_reward*/
    #[derive(Debug, Clone)]
    pub struct GetReward<'a> {
        client: &'a super::Client,
        reward_id: Result<::std::string::String, String>,
    }
    impl<'a> GetReward<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                reward_id: Err("reward_id was not initialized".to_string()),
            }
        }
        pub fn reward_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.reward_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for reward_id failed"
                        .to_string()
                });
            self
        }
        ///Sends a `GET` request to `/v2/rewards/{reward_id}`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::Reward>, Error<ByteStream>> {
            let Self { client, reward_id } = self;
            let reward_id = reward_id.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/v2/rewards/{}", client.baseurl, encode_path(& reward_id.to_string()),
            );
            let header_map = ::reqwest::header::HeaderMap::with_capacity(0usize);
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "get_reward",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ::imprint_raw::support::from_response(response).await,
                400u16 => Err(Error::ErrorResponse(ResponseValue::stream(response))),
                404u16 => Err(Error::ErrorResponse(ResponseValue::stream(response))),
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::patch_reward`]

[`Client::patch_reward`]: super::Client::patch_reward*/
    #[derive(Debug, Clone)]
    pub struct PatchReward<'a> {
        client: &'a super::Client,
        reward_id: Result<::std::string::String, String>,
        body: Result<types::builder::PatchRewardBody, String>,
    }
    impl<'a> PatchReward<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                reward_id: Err("reward_id was not initialized".to_string()),
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn reward_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.reward_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for reward_id failed"
                        .to_string()
                });
            self
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::PatchRewardBody>,
            <V as std::convert::TryInto<
                types::PatchRewardBody,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!("conversion to `PatchRewardBody` for body failed: {}", s)
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::PatchRewardBody,
            ) -> types::builder::PatchRewardBody,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `PATCH` request to `/v2/rewards/{reward_id}`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::Reward>, Error<ByteStream>> {
            let Self { client, reward_id, body } = self;
            let reward_id = reward_id.map_err(Error::InvalidRequest)?;
            let body = body
                .and_then(|v| {
                    types::PatchRewardBody::try_from(v).map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/v2/rewards/{}", client.baseurl, encode_path(& reward_id.to_string()),
            );
            let header_map = ::reqwest::header::HeaderMap::with_capacity(0usize);
            #[allow(unused_mut)]
            let mut request = client
                .client
                .patch(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body)
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "patch_reward",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ::imprint_raw::support::from_response(response).await,
                400u16 => Err(Error::ErrorResponse(ResponseValue::stream(response))),
                404u16 => Err(Error::ErrorResponse(ResponseValue::stream(response))),
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::get_rewards_balance`]

[`Client::get_rewards_balance`]: super::Client::get_rewards_balance*/
    #[derive(Debug, Clone)]
    pub struct GetRewardsBalance<'a> {
        client: &'a super::Client,
        customer_id: Result<::std::string::String, String>,
    }
    impl<'a> GetRewardsBalance<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                customer_id: Err("customer_id was not initialized".to_string()),
            }
        }
        pub fn customer_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.customer_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for customer_id failed"
                        .to_string()
                });
            self
        }
        ///Sends a `GET` request to `/v2/customers/{customer_id}/rewards_balance`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::GetRewardsBalanceResponse>, Error<ByteStream>> {
            let Self { client, customer_id } = self;
            let customer_id = customer_id.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/v2/customers/{}/rewards_balance", client.baseurl, encode_path(&
                customer_id.to_string()),
            );
            let header_map = ::reqwest::header::HeaderMap::with_capacity(0usize);
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "get_rewards_balance",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ::imprint_raw::support::from_response(response).await,
                400u16 => Err(Error::ErrorResponse(ResponseValue::stream(response))),
                404u16 => Err(Error::ErrorResponse(ResponseValue::stream(response))),
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::get_payment_methods`]

[`Client::get_payment_methods`]: super::Client::get_payment_methods*/
    #[derive(Debug, Clone)]
    pub struct GetPaymentMethods<'a> {
        client: &'a super::Client,
        customer_id: Result<::std::string::String, String>,
    }
    impl<'a> GetPaymentMethods<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                customer_id: Err("customer_id was not initialized".to_string()),
            }
        }
        pub fn customer_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.customer_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for customer_id failed"
                        .to_string()
                });
            self
        }
        ///Sends a `GET` request to `/v2/customers/{customer_id}/payment_methods`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::GetPaymentMethodsResponse>, Error<ByteStream>> {
            let Self { client, customer_id } = self;
            let customer_id = customer_id.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/v2/customers/{}/payment_methods", client.baseurl, encode_path(&
                customer_id.to_string()),
            );
            let header_map = ::reqwest::header::HeaderMap::with_capacity(0usize);
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "get_payment_methods",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ::imprint_raw::support::from_response(response).await,
                400u16 => Err(Error::ErrorResponse(ResponseValue::stream(response))),
                404u16 => Err(Error::ErrorResponse(ResponseValue::stream(response))),
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::get_transaction_intents`]

[`Client::get_transaction_intents`]: super::Client::get_transaction_intents*/
    #[derive(Debug, Clone)]
    pub struct GetTransactionIntents<'a> {
        client: &'a super::Client,
        customer_id: Result<::std::string::String, String>,
    }
    impl<'a> GetTransactionIntents<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                customer_id: Err("customer_id was not initialized".to_string()),
            }
        }
        pub fn customer_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.customer_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for customer_id failed"
                        .to_string()
                });
            self
        }
        ///Sends a `GET` request to `/v2/customers/{customer_id}/transaction_intents`
        pub async fn send(
            self,
        ) -> Result<
            ResponseValue<types::GetTransactionIntentsResponse>,
            Error<ByteStream>,
        > {
            let Self { client, customer_id } = self;
            let customer_id = customer_id.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/v2/customers/{}/transaction_intents", client.baseurl, encode_path(&
                customer_id.to_string()),
            );
            let header_map = ::reqwest::header::HeaderMap::with_capacity(0usize);
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "get_transaction_intents",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ::imprint_raw::support::from_response(response).await,
                400u16 => Err(Error::ErrorResponse(ResponseValue::stream(response))),
                404u16 => Err(Error::ErrorResponse(ResponseValue::stream(response))),
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::get_transactions`]

[`Client::get_transactions`]: super::Client::get_transactions*/
    #[derive(Debug, Clone)]
    pub struct GetTransactions<'a> {
        client: &'a super::Client,
        customer_id: Result<::std::string::String, String>,
        limit: Result<Option<::std::num::NonZeroU32>, String>,
        starting_after: Result<Option<::std::string::String>, String>,
    }
    impl<'a> GetTransactions<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                customer_id: Err("customer_id was not initialized".to_string()),
                limit: Ok(None),
                starting_after: Ok(None),
            }
        }
        pub fn customer_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.customer_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for customer_id failed"
                        .to_string()
                });
            self
        }
        pub fn limit<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::num::NonZeroU32>,
        {
            self.limit = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: num :: NonZeroU32` for limit failed"
                        .to_string()
                });
            self
        }
        pub fn starting_after<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.starting_after = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for starting_after failed"
                        .to_string()
                });
            self
        }
        ///Sends a `GET` request to `/v2/customers/{customer_id}/transactions`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::GetTransactionsResponse>, Error<ByteStream>> {
            let Self { client, customer_id, limit, starting_after } = self;
            let customer_id = customer_id.map_err(Error::InvalidRequest)?;
            let limit = limit.map_err(Error::InvalidRequest)?;
            let starting_after = starting_after.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/v2/customers/{}/transactions", client.baseurl, encode_path(&
                customer_id.to_string()),
            );
            let header_map = ::reqwest::header::HeaderMap::with_capacity(0usize);
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .query(&progenitor_client::QueryParam::new("limit", &limit))
                .query(
                    &progenitor_client::QueryParam::new(
                        "starting_after",
                        &starting_after,
                    ),
                )
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "get_transactions",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ::imprint_raw::support::from_response(response).await,
                400u16 => Err(Error::ErrorResponse(ResponseValue::stream(response))),
                404u16 => Err(Error::ErrorResponse(ResponseValue::stream(response))),
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::get_rewards`]

[`Client::get_rewards`]: super::Client::get_rewards*/
    #[derive(Debug, Clone)]
    pub struct GetRewards<'a> {
        client: &'a super::Client,
        customer_id: Result<::std::string::String, String>,
        limit: Result<Option<::std::num::NonZeroU32>, String>,
        starting_after: Result<Option<::std::string::String>, String>,
    }
    impl<'a> GetRewards<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                customer_id: Err("customer_id was not initialized".to_string()),
                limit: Ok(None),
                starting_after: Ok(None),
            }
        }
        pub fn customer_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.customer_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for customer_id failed"
                        .to_string()
                });
            self
        }
        pub fn limit<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::num::NonZeroU32>,
        {
            self.limit = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: num :: NonZeroU32` for limit failed"
                        .to_string()
                });
            self
        }
        pub fn starting_after<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.starting_after = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for starting_after failed"
                        .to_string()
                });
            self
        }
        ///Sends a `GET` request to `/v2/customers/{customer_id}/rewards`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::GetRewardsResponse>, Error<ByteStream>> {
            let Self { client, customer_id, limit, starting_after } = self;
            let customer_id = customer_id.map_err(Error::InvalidRequest)?;
            let limit = limit.map_err(Error::InvalidRequest)?;
            let starting_after = starting_after.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/v2/customers/{}/rewards", client.baseurl, encode_path(& customer_id
                .to_string()),
            );
            let header_map = ::reqwest::header::HeaderMap::with_capacity(0usize);
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .query(&progenitor_client::QueryParam::new("limit", &limit))
                .query(
                    &progenitor_client::QueryParam::new(
                        "starting_after",
                        &starting_after,
                    ),
                )
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "get_rewards",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ::imprint_raw::support::from_response(response).await,
                400u16 => Err(Error::ErrorResponse(ResponseValue::stream(response))),
                404u16 => Err(Error::ErrorResponse(ResponseValue::stream(response))),
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::get_offer`]

[`Client::get_offer`]: super::Client::get_offer*/
    #[derive(Debug, Clone)]
    pub struct GetOffer<'a> {
        client: &'a super::Client,
        partner_customer_id: Result<Option<::std::string::String>, String>,
    }
    impl<'a> GetOffer<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                partner_customer_id: Ok(None),
            }
        }
        pub fn partner_customer_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.partner_customer_id = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for partner_customer_id failed"
                        .to_string()
                });
            self
        }
        ///Sends a `GET` request to `/v2/offers`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::Offer>, Error<ByteStream>> {
            let Self { client, partner_customer_id } = self;
            let partner_customer_id = partner_customer_id
                .map_err(Error::InvalidRequest)?;
            let url = format!("{}/v2/offers", client.baseurl,);
            let header_map = ::reqwest::header::HeaderMap::with_capacity(0usize);
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .query(
                    &progenitor_client::QueryParam::new(
                        "partner_customer_id",
                        &partner_customer_id,
                    ),
                )
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "get_offer",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ::imprint_raw::support::from_response(response).await,
                400u16 => Err(Error::ErrorResponse(ResponseValue::stream(response))),
                404u16 => Err(Error::ErrorResponse(ResponseValue::stream(response))),
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::list_order_events`]

[`Client::list_order_events`]: super::Client::list_order_events*/
    #[derive(Debug, Clone)]
    pub struct ListOrderEvents<'a> {
        client: &'a super::Client,
        limit: Result<Option<::std::num::NonZeroU32>, String>,
        network_transaction_id: Result<Option<::std::string::String>, String>,
        order_event_id: Result<Option<::std::string::String>, String>,
        order_id: Result<Option<::std::string::String>, String>,
        partner_event_id: Result<Option<::std::string::String>, String>,
        starting_after: Result<Option<::std::string::String>, String>,
    }
    impl<'a> ListOrderEvents<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                limit: Ok(None),
                network_transaction_id: Ok(None),
                order_event_id: Ok(None),
                order_id: Ok(None),
                partner_event_id: Ok(None),
                starting_after: Ok(None),
            }
        }
        pub fn limit<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::num::NonZeroU32>,
        {
            self.limit = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: num :: NonZeroU32` for limit failed"
                        .to_string()
                });
            self
        }
        pub fn network_transaction_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.network_transaction_id = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for network_transaction_id failed"
                        .to_string()
                });
            self
        }
        pub fn order_event_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.order_event_id = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for order_event_id failed"
                        .to_string()
                });
            self
        }
        pub fn order_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.order_id = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for order_id failed"
                        .to_string()
                });
            self
        }
        pub fn partner_event_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.partner_event_id = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for partner_event_id failed"
                        .to_string()
                });
            self
        }
        pub fn starting_after<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.starting_after = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for starting_after failed"
                        .to_string()
                });
            self
        }
        ///Sends a `GET` request to `/v2/order_events`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::OrderEventsResponse>, Error<ByteStream>> {
            let Self {
                client,
                limit,
                network_transaction_id,
                order_event_id,
                order_id,
                partner_event_id,
                starting_after,
            } = self;
            let limit = limit.map_err(Error::InvalidRequest)?;
            let network_transaction_id = network_transaction_id
                .map_err(Error::InvalidRequest)?;
            let order_event_id = order_event_id.map_err(Error::InvalidRequest)?;
            let order_id = order_id.map_err(Error::InvalidRequest)?;
            let partner_event_id = partner_event_id.map_err(Error::InvalidRequest)?;
            let starting_after = starting_after.map_err(Error::InvalidRequest)?;
            let url = format!("{}/v2/order_events", client.baseurl,);
            let header_map = ::reqwest::header::HeaderMap::with_capacity(0usize);
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .query(&progenitor_client::QueryParam::new("limit", &limit))
                .query(
                    &progenitor_client::QueryParam::new(
                        "network_transaction_id",
                        &network_transaction_id,
                    ),
                )
                .query(
                    &progenitor_client::QueryParam::new(
                        "order_event_id",
                        &order_event_id,
                    ),
                )
                .query(&progenitor_client::QueryParam::new("order_id", &order_id))
                .query(
                    &progenitor_client::QueryParam::new(
                        "partner_event_id",
                        &partner_event_id,
                    ),
                )
                .query(
                    &progenitor_client::QueryParam::new(
                        "starting_after",
                        &starting_after,
                    ),
                )
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "list_order_events",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ::imprint_raw::support::from_response(response).await,
                400u16 => Err(Error::ErrorResponse(ResponseValue::stream(response))),
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::post_order_event`]

[`Client::post_order_event`]: super::Client::post_order_event*/
    #[derive(Debug, Clone)]
    pub struct PostOrderEvent<'a> {
        client: &'a super::Client,
        body: Result<types::builder::OrderEventBase, String>,
    }
    impl<'a> PostOrderEvent<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::OrderEventBase>,
            <V as std::convert::TryInto<
                types::OrderEventBase,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!("conversion to `OrderEventBase` for body failed: {}", s)
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::OrderEventBase,
            ) -> types::builder::OrderEventBase,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `POST` request to `/v2/order_events`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::OrderEvent>, Error<ByteStream>> {
            let Self { client, body } = self;
            let body = body
                .and_then(|v| {
                    types::OrderEventBase::try_from(v).map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!("{}/v2/order_events", client.baseurl,);
            let header_map = ::reqwest::header::HeaderMap::with_capacity(0usize);
            #[allow(unused_mut)]
            let mut request = client
                .client
                .post(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body)
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "post_order_event",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ::imprint_raw::support::from_response(response).await,
                400u16 => Err(Error::ErrorResponse(ResponseValue::stream(response))),
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::delete_order_event`]

[`Client::delete_order_event`]: super::Client::delete_order_event*/
    #[derive(Debug, Clone)]
    pub struct DeleteOrderEvent<'a> {
        client: &'a super::Client,
        order_event_id: Result<::std::string::String, String>,
    }
    impl<'a> DeleteOrderEvent<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                order_event_id: Err("order_event_id was not initialized".to_string()),
            }
        }
        pub fn order_event_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.order_event_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for order_event_id failed"
                        .to_string()
                });
            self
        }
        ///Sends a `DELETE` request to `/v2/order_events/{order_event_id}`
        pub async fn send(self) -> Result<ResponseValue<()>, Error<ByteStream>> {
            let Self { client, order_event_id } = self;
            let order_event_id = order_event_id.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/v2/order_events/{}", client.baseurl, encode_path(& order_event_id
                .to_string()),
            );
            let header_map = ::reqwest::header::HeaderMap::with_capacity(0usize);
            #[allow(unused_mut)]
            let mut request = client.client.delete(url).headers(header_map).build()?;
            let info = OperationInfo {
                operation_id: "delete_order_event",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                204u16 => Ok(ResponseValue::empty(response)),
                400u16 => Err(Error::ErrorResponse(ResponseValue::stream(response))),
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::list_orders`]

[`Client::list_orders`]: super::Client::list_orders*/
    #[derive(Debug, Clone)]
    pub struct ListOrders<'a> {
        client: &'a super::Client,
        id: Result<Option<::std::string::String>, String>,
        partner_order_id: Result<Option<::std::string::String>, String>,
    }
    impl<'a> ListOrders<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                id: Ok(None),
                partner_order_id: Ok(None),
            }
        }
        pub fn id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.id = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for id failed"
                        .to_string()
                });
            self
        }
        pub fn partner_order_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.partner_order_id = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for partner_order_id failed"
                        .to_string()
                });
            self
        }
        ///Sends a `GET` request to `/v2/orders`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::OrdersResponse>, Error<ByteStream>> {
            let Self { client, id, partner_order_id } = self;
            let id = id.map_err(Error::InvalidRequest)?;
            let partner_order_id = partner_order_id.map_err(Error::InvalidRequest)?;
            let url = format!("{}/v2/orders", client.baseurl,);
            let header_map = ::reqwest::header::HeaderMap::with_capacity(0usize);
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .query(&progenitor_client::QueryParam::new("id", &id))
                .query(
                    &progenitor_client::QueryParam::new(
                        "partner_order_id",
                        &partner_order_id,
                    ),
                )
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "list_orders",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ::imprint_raw::support::from_response(response).await,
                400u16 => Err(Error::ErrorResponse(ResponseValue::stream(response))),
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::create_order`]

[`Client::create_order`]: super::Client::create_order*/
    #[derive(Debug, Clone)]
    pub struct CreateOrder<'a> {
        client: &'a super::Client,
        body: Result<types::builder::OrderBase, String>,
    }
    impl<'a> CreateOrder<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::OrderBase>,
            <V as std::convert::TryInto<types::OrderBase>>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!("conversion to `OrderBase` for body failed: {}", s)
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(types::builder::OrderBase) -> types::builder::OrderBase,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `POST` request to `/v2/orders`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::Order>, Error<ByteStream>> {
            let Self { client, body } = self;
            let body = body
                .and_then(|v| types::OrderBase::try_from(v).map_err(|e| e.to_string()))
                .map_err(Error::InvalidRequest)?;
            let url = format!("{}/v2/orders", client.baseurl,);
            let header_map = ::reqwest::header::HeaderMap::with_capacity(0usize);
            #[allow(unused_mut)]
            let mut request = client
                .client
                .post(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body)
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "create_order",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ::imprint_raw::support::from_response(response).await,
                400u16 => Err(Error::ErrorResponse(ResponseValue::stream(response))),
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::put_order`]

[`Client::put_order`]: super::Client::put_order*/
    #[derive(Debug, Clone)]
    pub struct PutOrder<'a> {
        client: &'a super::Client,
        order_id: Result<::std::string::String, String>,
        body: Result<types::builder::OrderBase, String>,
    }
    impl<'a> PutOrder<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                order_id: Err("order_id was not initialized".to_string()),
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn order_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.order_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for order_id failed"
                        .to_string()
                });
            self
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::OrderBase>,
            <V as std::convert::TryInto<types::OrderBase>>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!("conversion to `OrderBase` for body failed: {}", s)
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(types::builder::OrderBase) -> types::builder::OrderBase,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `PUT` request to `/v2/orders/{order_id}`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::Order>, Error<ByteStream>> {
            let Self { client, order_id, body } = self;
            let order_id = order_id.map_err(Error::InvalidRequest)?;
            let body = body
                .and_then(|v| types::OrderBase::try_from(v).map_err(|e| e.to_string()))
                .map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/v2/orders/{}", client.baseurl, encode_path(& order_id.to_string()),
            );
            let header_map = ::reqwest::header::HeaderMap::with_capacity(0usize);
            #[allow(unused_mut)]
            let mut request = client
                .client
                .put(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body)
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "put_order",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ::imprint_raw::support::from_response(response).await,
                400u16 => Err(Error::ErrorResponse(ResponseValue::stream(response))),
                404u16 => Err(Error::ErrorResponse(ResponseValue::stream(response))),
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::delete_order`]

[`Client::delete_order`]: super::Client::delete_order*/
    #[derive(Debug, Clone)]
    pub struct DeleteOrder<'a> {
        client: &'a super::Client,
        order_id: Result<::std::string::String, String>,
    }
    impl<'a> DeleteOrder<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                order_id: Err("order_id was not initialized".to_string()),
            }
        }
        pub fn order_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.order_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for order_id failed"
                        .to_string()
                });
            self
        }
        ///Sends a `DELETE` request to `/v2/orders/{order_id}`
        pub async fn send(self) -> Result<ResponseValue<()>, Error<ByteStream>> {
            let Self { client, order_id } = self;
            let order_id = order_id.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/v2/orders/{}", client.baseurl, encode_path(& order_id.to_string()),
            );
            let header_map = ::reqwest::header::HeaderMap::with_capacity(0usize);
            #[allow(unused_mut)]
            let mut request = client.client.delete(url).headers(header_map).build()?;
            let info = OperationInfo {
                operation_id: "delete_order",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                204u16 => Ok(ResponseValue::empty(response)),
                400u16 => Err(Error::ErrorResponse(ResponseValue::stream(response))),
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::simulate_transaction_event`]

[`Client::simulate_transaction_event`]: super::Client::simulate_transaction_event*/
    #[derive(Debug, Clone)]
    pub struct SimulateTransactionEvent<'a> {
        client: &'a super::Client,
        body: Result<types::builder::SimulateTransactionEventBody, String>,
    }
    impl<'a> SimulateTransactionEvent<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::SimulateTransactionEventBody>,
            <V as std::convert::TryInto<
                types::SimulateTransactionEventBody,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!(
                        "conversion to `SimulateTransactionEventBody` for body failed: {}",
                        s
                    )
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::SimulateTransactionEventBody,
            ) -> types::builder::SimulateTransactionEventBody,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `POST` request to `/v2/simulate_transaction_event`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::TransactionEvent>, Error<ByteStream>> {
            let Self { client, body } = self;
            let body = body
                .and_then(|v| {
                    types::SimulateTransactionEventBody::try_from(v)
                        .map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!("{}/v2/simulate_transaction_event", client.baseurl,);
            let header_map = ::reqwest::header::HeaderMap::with_capacity(0usize);
            #[allow(unused_mut)]
            let mut request = client
                .client
                .post(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body)
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "simulate_transaction_event",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ::imprint_raw::support::from_response(response).await,
                400u16 => Err(Error::ErrorResponse(ResponseValue::stream(response))),
                409u16 => Err(Error::ErrorResponse(ResponseValue::stream(response))),
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::simulate_statement_reward`]

[`Client::simulate_statement_reward`]: super::Client::simulate_statement_reward*/
    #[derive(Debug, Clone)]
    pub struct SimulateStatementReward<'a> {
        client: &'a super::Client,
        body: Result<types::builder::SimulateStatementRewardBody, String>,
    }
    impl<'a> SimulateStatementReward<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::SimulateStatementRewardBody>,
            <V as std::convert::TryInto<
                types::SimulateStatementRewardBody,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!(
                        "conversion to `SimulateStatementRewardBody` for body failed: {}",
                        s
                    )
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::SimulateStatementRewardBody,
            ) -> types::builder::SimulateStatementRewardBody,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `POST` request to `/v2/simulate_statement_reward`
        pub async fn send(
            self,
        ) -> Result<
            ResponseValue<types::SimulateStatementRewardResponse>,
            Error<ByteStream>,
        > {
            let Self { client, body } = self;
            let body = body
                .and_then(|v| {
                    types::SimulateStatementRewardBody::try_from(v)
                        .map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!("{}/v2/simulate_statement_reward", client.baseurl,);
            let header_map = ::reqwest::header::HeaderMap::with_capacity(0usize);
            #[allow(unused_mut)]
            let mut request = client
                .client
                .post(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body)
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "simulate_statement_reward",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ::imprint_raw::support::from_response(response).await,
                400u16 => Err(Error::ErrorResponse(ResponseValue::stream(response))),
                403u16 => Err(Error::ErrorResponse(ResponseValue::stream(response))),
                404u16 => Err(Error::ErrorResponse(ResponseValue::stream(response))),
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::simulate_reward`]

[`Client::simulate_reward`]: super::Client::simulate_reward*/
    #[derive(Debug, Clone)]
    pub struct SimulateReward<'a> {
        client: &'a super::Client,
        body: Result<types::builder::SimulateRewardBody, String>,
    }
    impl<'a> SimulateReward<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::SimulateRewardBody>,
            <V as std::convert::TryInto<
                types::SimulateRewardBody,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!("conversion to `SimulateRewardBody` for body failed: {}", s)
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::SimulateRewardBody,
            ) -> types::builder::SimulateRewardBody,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `POST` request to `/v2/simulate_reward`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::SimulateRewardResponse>, Error<ByteStream>> {
            let Self { client, body } = self;
            let body = body
                .and_then(|v| {
                    types::SimulateRewardBody::try_from(v).map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!("{}/v2/simulate_reward", client.baseurl,);
            let header_map = ::reqwest::header::HeaderMap::with_capacity(0usize);
            #[allow(unused_mut)]
            let mut request = client
                .client
                .post(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body)
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "simulate_reward",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ::imprint_raw::support::from_response(response).await,
                400u16 => Err(Error::ErrorResponse(ResponseValue::stream(response))),
                403u16 => Err(Error::ErrorResponse(ResponseValue::stream(response))),
                404u16 => Err(Error::ErrorResponse(ResponseValue::stream(response))),
                409u16 => Err(Error::ErrorResponse(ResponseValue::stream(response))),
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::create_key`]

[`Client::create_key`]: super::Client::create_key*/
    #[derive(Debug, Clone)]
    pub struct CreateKey<'a> {
        client: &'a super::Client,
    }
    impl<'a> CreateKey<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self { client: client }
        }
        ///Sends a `POST` request to `/v2/keys`
        pub async fn send(self) -> Result<ResponseValue<types::Key>, Error<ByteStream>> {
            let Self { client } = self;
            let url = format!("{}/v2/keys", client.baseurl,);
            let header_map = ::reqwest::header::HeaderMap::with_capacity(0usize);
            #[allow(unused_mut)]
            let mut request = client
                .client
                .post(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "create_key",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ::imprint_raw::support::from_response(response).await,
                401u16 => Err(Error::ErrorResponse(ResponseValue::stream(response))),
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::delete_key`]

[`Client::delete_key`]: super::Client::delete_key*/
    #[derive(Debug, Clone)]
    pub struct DeleteKey<'a> {
        client: &'a super::Client,
    }
    impl<'a> DeleteKey<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self { client: client }
        }
        ///Sends a `DELETE` request to `/v2/keys`
        pub async fn send(self) -> Result<ResponseValue<types::Key>, Error<ByteStream>> {
            let Self { client } = self;
            let url = format!("{}/v2/keys", client.baseurl,);
            let header_map = ::reqwest::header::HeaderMap::with_capacity(0usize);
            #[allow(unused_mut)]
            let mut request = client
                .client
                .delete(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "delete_key",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ::imprint_raw::support::from_response(response).await,
                401u16 => Err(Error::ErrorResponse(ResponseValue::stream(response))),
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
}
/// Items consumers will typically use such as the Client.
pub mod prelude {
    pub use self::super::Client;
}
/// String enums of the API as open enums: a value this client does
/// not know yet decodes as `Unknown(raw)` instead of failing the
/// whole response.
pub mod open_enums {
    ///Status of the account.
    ///
    /// Open enum: values the spec does not list decode as `Unknown`
    /// and serialise back unchanged.
    #[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
    #[non_exhaustive]
    pub enum AccountStatusValue {
        ///`CLOSED`
        Closed,
        /// A value this version of the client does not know; the raw string.
        Unknown(::std::string::String),
    }
    impl AccountStatusValue {
        /// The values the spec lists, in spec order.
        pub const KNOWN: &'static [&'static str] = &["CLOSED"];
        /// The wire value.
        pub fn as_str(&self) -> &str {
            match self {
                Self::Closed => "CLOSED",
                Self::Unknown(raw) => raw.as_str(),
            }
        }
        /// True for a value the spec does not list.
        pub fn is_unknown(&self) -> bool {
            matches!(self, Self::Unknown(_))
        }
    }
    impl ::std::convert::From<&str> for AccountStatusValue {
        fn from(value: &str) -> Self {
            match value {
                "CLOSED" => Self::Closed,
                other => Self::Unknown(other.to_owned()),
            }
        }
    }
    impl ::std::convert::From<::std::string::String> for AccountStatusValue {
        fn from(value: ::std::string::String) -> Self {
            match value.as_str() {
                "CLOSED" => Self::Closed,
                _ => Self::Unknown(value),
            }
        }
    }
    impl ::std::str::FromStr for AccountStatusValue {
        type Err = ::std::convert::Infallible;
        fn from_str(value: &str) -> ::std::result::Result<Self, Self::Err> {
            Ok(Self::from(value))
        }
    }
    impl ::std::fmt::Display for AccountStatusValue {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.write_str(self.as_str())
        }
    }
    impl ::serde::Serialize for AccountStatusValue {
        fn serialize<S: ::serde::Serializer>(
            &self,
            serializer: S,
        ) -> ::std::result::Result<S::Ok, S::Error> {
            serializer.serialize_str(self.as_str())
        }
    }
    impl<'de> ::serde::Deserialize<'de> for AccountStatusValue {
        fn deserialize<D: ::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            struct Visitor;
            impl<'de> ::serde::de::Visitor<'de> for Visitor {
                type Value = AccountStatusValue;
                fn expecting(
                    &self,
                    f: &mut ::std::fmt::Formatter<'_>,
                ) -> ::std::fmt::Result {
                    f.write_str(concat!("a string (", "AccountStatusValue", ")"))
                }
                fn visit_str<E: ::serde::de::Error>(
                    self,
                    v: &str,
                ) -> ::std::result::Result<Self::Value, E> {
                    Ok(AccountStatusValue::from(v))
                }
                fn visit_string<E: ::serde::de::Error>(
                    self,
                    v: ::std::string::String,
                ) -> ::std::result::Result<Self::Value, E> {
                    Ok(AccountStatusValue::from(v))
                }
            }
            deserializer.deserialize_str(Visitor)
        }
    }
    #[cfg(feature = "schemars")]
    impl ::schemars::JsonSchema for AccountStatusValue {
        fn schema_name() -> ::std::string::String {
            "AccountStatusValue".to_owned()
        }
        fn json_schema(
            _: &mut ::schemars::r#gen::SchemaGenerator,
        ) -> ::schemars::schema::Schema {
            ::schemars::schema::SchemaObject {
                instance_type: Some(::schemars::schema::InstanceType::String.into()),
                enum_values: Some(vec![::serde_json::Value::from("CLOSED")]),
                ..Default::default()
            }
                .into()
        }
    }
    ///Kind of object this webhook event is about.
    ///
    /// Open enum: values the spec does not list decode as `Unknown`
    /// and serialise back unchanged.
    #[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
    #[non_exhaustive]
    pub enum AccountStatusWebhookPayloadObject {
        ///`ACCOUNT_STATUS`
        AccountStatus,
        /// A value this version of the client does not know; the raw string.
        Unknown(::std::string::String),
    }
    impl AccountStatusWebhookPayloadObject {
        /// The values the spec lists, in spec order.
        pub const KNOWN: &'static [&'static str] = &["ACCOUNT_STATUS"];
        /// The wire value.
        pub fn as_str(&self) -> &str {
            match self {
                Self::AccountStatus => "ACCOUNT_STATUS",
                Self::Unknown(raw) => raw.as_str(),
            }
        }
        /// True for a value the spec does not list.
        pub fn is_unknown(&self) -> bool {
            matches!(self, Self::Unknown(_))
        }
    }
    impl ::std::convert::From<&str> for AccountStatusWebhookPayloadObject {
        fn from(value: &str) -> Self {
            match value {
                "ACCOUNT_STATUS" => Self::AccountStatus,
                other => Self::Unknown(other.to_owned()),
            }
        }
    }
    impl ::std::convert::From<::std::string::String>
    for AccountStatusWebhookPayloadObject {
        fn from(value: ::std::string::String) -> Self {
            match value.as_str() {
                "ACCOUNT_STATUS" => Self::AccountStatus,
                _ => Self::Unknown(value),
            }
        }
    }
    impl ::std::str::FromStr for AccountStatusWebhookPayloadObject {
        type Err = ::std::convert::Infallible;
        fn from_str(value: &str) -> ::std::result::Result<Self, Self::Err> {
            Ok(Self::from(value))
        }
    }
    impl ::std::fmt::Display for AccountStatusWebhookPayloadObject {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.write_str(self.as_str())
        }
    }
    impl ::serde::Serialize for AccountStatusWebhookPayloadObject {
        fn serialize<S: ::serde::Serializer>(
            &self,
            serializer: S,
        ) -> ::std::result::Result<S::Ok, S::Error> {
            serializer.serialize_str(self.as_str())
        }
    }
    impl<'de> ::serde::Deserialize<'de> for AccountStatusWebhookPayloadObject {
        fn deserialize<D: ::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            struct Visitor;
            impl<'de> ::serde::de::Visitor<'de> for Visitor {
                type Value = AccountStatusWebhookPayloadObject;
                fn expecting(
                    &self,
                    f: &mut ::std::fmt::Formatter<'_>,
                ) -> ::std::fmt::Result {
                    f.write_str(
                        concat!("a string (", "AccountStatusWebhookPayloadObject", ")"),
                    )
                }
                fn visit_str<E: ::serde::de::Error>(
                    self,
                    v: &str,
                ) -> ::std::result::Result<Self::Value, E> {
                    Ok(AccountStatusWebhookPayloadObject::from(v))
                }
                fn visit_string<E: ::serde::de::Error>(
                    self,
                    v: ::std::string::String,
                ) -> ::std::result::Result<Self::Value, E> {
                    Ok(AccountStatusWebhookPayloadObject::from(v))
                }
            }
            deserializer.deserialize_str(Visitor)
        }
    }
    #[cfg(feature = "schemars")]
    impl ::schemars::JsonSchema for AccountStatusWebhookPayloadObject {
        fn schema_name() -> ::std::string::String {
            "AccountStatusWebhookPayloadObject".to_owned()
        }
        fn json_schema(
            _: &mut ::schemars::r#gen::SchemaGenerator,
        ) -> ::schemars::schema::Schema {
            ::schemars::schema::SchemaObject {
                instance_type: Some(::schemars::schema::InstanceType::String.into()),
                enum_values: Some(vec![::serde_json::Value::from("ACCOUNT_STATUS")]),
                ..Default::default()
            }
                .into()
        }
    }
    ///Application status after the change.
    ///
    /// Open enum: values the spec does not list decode as `Unknown`
    /// and serialise back unchanged.
    #[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
    #[non_exhaustive]
    pub enum ApplicationWebhookPayloadDataStatus {
        ///`OFFER_ACCEPTED`
        OfferAccepted,
        ///`REJECTED`
        Rejected,
        /// A value this version of the client does not know; the raw string.
        Unknown(::std::string::String),
    }
    impl ApplicationWebhookPayloadDataStatus {
        /// The values the spec lists, in spec order.
        pub const KNOWN: &'static [&'static str] = &["OFFER_ACCEPTED", "REJECTED"];
        /// The wire value.
        pub fn as_str(&self) -> &str {
            match self {
                Self::OfferAccepted => "OFFER_ACCEPTED",
                Self::Rejected => "REJECTED",
                Self::Unknown(raw) => raw.as_str(),
            }
        }
        /// True for a value the spec does not list.
        pub fn is_unknown(&self) -> bool {
            matches!(self, Self::Unknown(_))
        }
    }
    impl ::std::convert::From<&str> for ApplicationWebhookPayloadDataStatus {
        fn from(value: &str) -> Self {
            match value {
                "OFFER_ACCEPTED" => Self::OfferAccepted,
                "REJECTED" => Self::Rejected,
                other => Self::Unknown(other.to_owned()),
            }
        }
    }
    impl ::std::convert::From<::std::string::String>
    for ApplicationWebhookPayloadDataStatus {
        fn from(value: ::std::string::String) -> Self {
            match value.as_str() {
                "OFFER_ACCEPTED" => Self::OfferAccepted,
                "REJECTED" => Self::Rejected,
                _ => Self::Unknown(value),
            }
        }
    }
    impl ::std::str::FromStr for ApplicationWebhookPayloadDataStatus {
        type Err = ::std::convert::Infallible;
        fn from_str(value: &str) -> ::std::result::Result<Self, Self::Err> {
            Ok(Self::from(value))
        }
    }
    impl ::std::fmt::Display for ApplicationWebhookPayloadDataStatus {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.write_str(self.as_str())
        }
    }
    impl ::serde::Serialize for ApplicationWebhookPayloadDataStatus {
        fn serialize<S: ::serde::Serializer>(
            &self,
            serializer: S,
        ) -> ::std::result::Result<S::Ok, S::Error> {
            serializer.serialize_str(self.as_str())
        }
    }
    impl<'de> ::serde::Deserialize<'de> for ApplicationWebhookPayloadDataStatus {
        fn deserialize<D: ::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            struct Visitor;
            impl<'de> ::serde::de::Visitor<'de> for Visitor {
                type Value = ApplicationWebhookPayloadDataStatus;
                fn expecting(
                    &self,
                    f: &mut ::std::fmt::Formatter<'_>,
                ) -> ::std::fmt::Result {
                    f.write_str(
                        concat!("a string (", "ApplicationWebhookPayloadDataStatus", ")"),
                    )
                }
                fn visit_str<E: ::serde::de::Error>(
                    self,
                    v: &str,
                ) -> ::std::result::Result<Self::Value, E> {
                    Ok(ApplicationWebhookPayloadDataStatus::from(v))
                }
                fn visit_string<E: ::serde::de::Error>(
                    self,
                    v: ::std::string::String,
                ) -> ::std::result::Result<Self::Value, E> {
                    Ok(ApplicationWebhookPayloadDataStatus::from(v))
                }
            }
            deserializer.deserialize_str(Visitor)
        }
    }
    #[cfg(feature = "schemars")]
    impl ::schemars::JsonSchema for ApplicationWebhookPayloadDataStatus {
        fn schema_name() -> ::std::string::String {
            "ApplicationWebhookPayloadDataStatus".to_owned()
        }
        fn json_schema(
            _: &mut ::schemars::r#gen::SchemaGenerator,
        ) -> ::schemars::schema::Schema {
            ::schemars::schema::SchemaObject {
                instance_type: Some(::schemars::schema::InstanceType::String.into()),
                enum_values: Some(
                    vec![
                        ::serde_json::Value::from("OFFER_ACCEPTED"),
                        ::serde_json::Value::from("REJECTED")
                    ],
                ),
                ..Default::default()
            }
                .into()
        }
    }
    ///Kind of resource this webhook event is about (the one created or updated).
    ///
    /// Open enum: values the spec does not list decode as `Unknown`
    /// and serialise back unchanged.
    #[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
    #[non_exhaustive]
    pub enum ApplicationWebhookPayloadObject {
        ///`APPLICATION`
        Application,
        /// A value this version of the client does not know; the raw string.
        Unknown(::std::string::String),
    }
    impl ApplicationWebhookPayloadObject {
        /// The values the spec lists, in spec order.
        pub const KNOWN: &'static [&'static str] = &["APPLICATION"];
        /// The wire value.
        pub fn as_str(&self) -> &str {
            match self {
                Self::Application => "APPLICATION",
                Self::Unknown(raw) => raw.as_str(),
            }
        }
        /// True for a value the spec does not list.
        pub fn is_unknown(&self) -> bool {
            matches!(self, Self::Unknown(_))
        }
    }
    impl ::std::convert::From<&str> for ApplicationWebhookPayloadObject {
        fn from(value: &str) -> Self {
            match value {
                "APPLICATION" => Self::Application,
                other => Self::Unknown(other.to_owned()),
            }
        }
    }
    impl ::std::convert::From<::std::string::String>
    for ApplicationWebhookPayloadObject {
        fn from(value: ::std::string::String) -> Self {
            match value.as_str() {
                "APPLICATION" => Self::Application,
                _ => Self::Unknown(value),
            }
        }
    }
    impl ::std::str::FromStr for ApplicationWebhookPayloadObject {
        type Err = ::std::convert::Infallible;
        fn from_str(value: &str) -> ::std::result::Result<Self, Self::Err> {
            Ok(Self::from(value))
        }
    }
    impl ::std::fmt::Display for ApplicationWebhookPayloadObject {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.write_str(self.as_str())
        }
    }
    impl ::serde::Serialize for ApplicationWebhookPayloadObject {
        fn serialize<S: ::serde::Serializer>(
            &self,
            serializer: S,
        ) -> ::std::result::Result<S::Ok, S::Error> {
            serializer.serialize_str(self.as_str())
        }
    }
    impl<'de> ::serde::Deserialize<'de> for ApplicationWebhookPayloadObject {
        fn deserialize<D: ::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            struct Visitor;
            impl<'de> ::serde::de::Visitor<'de> for Visitor {
                type Value = ApplicationWebhookPayloadObject;
                fn expecting(
                    &self,
                    f: &mut ::std::fmt::Formatter<'_>,
                ) -> ::std::fmt::Result {
                    f.write_str(
                        concat!("a string (", "ApplicationWebhookPayloadObject", ")"),
                    )
                }
                fn visit_str<E: ::serde::de::Error>(
                    self,
                    v: &str,
                ) -> ::std::result::Result<Self::Value, E> {
                    Ok(ApplicationWebhookPayloadObject::from(v))
                }
                fn visit_string<E: ::serde::de::Error>(
                    self,
                    v: ::std::string::String,
                ) -> ::std::result::Result<Self::Value, E> {
                    Ok(ApplicationWebhookPayloadObject::from(v))
                }
            }
            deserializer.deserialize_str(Visitor)
        }
    }
    #[cfg(feature = "schemars")]
    impl ::schemars::JsonSchema for ApplicationWebhookPayloadObject {
        fn schema_name() -> ::std::string::String {
            "ApplicationWebhookPayloadObject".to_owned()
        }
        fn json_schema(
            _: &mut ::schemars::r#gen::SchemaGenerator,
        ) -> ::schemars::schema::Schema {
            ::schemars::schema::SchemaObject {
                instance_type: Some(::schemars::schema::InstanceType::String.into()),
                enum_values: Some(vec![::serde_json::Value::from("APPLICATION")]),
                ..Default::default()
            }
                .into()
        }
    }
    ///Card kind
    ///
    /// Open enum: values the spec does not list decode as `Unknown`
    /// and serialise back unchanged.
    #[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
    #[non_exhaustive]
    pub enum CardType {
        ///`PHYSICAL`
        Physical,
        ///`VIRTUAL`
        Virtual,
        ///`UNIFIED`
        Unified,
        /// A value this version of the client does not know; the raw string.
        Unknown(::std::string::String),
    }
    impl CardType {
        /// The values the spec lists, in spec order.
        pub const KNOWN: &'static [&'static str] = &["PHYSICAL", "VIRTUAL", "UNIFIED"];
        /// The wire value.
        pub fn as_str(&self) -> &str {
            match self {
                Self::Physical => "PHYSICAL",
                Self::Virtual => "VIRTUAL",
                Self::Unified => "UNIFIED",
                Self::Unknown(raw) => raw.as_str(),
            }
        }
        /// True for a value the spec does not list.
        pub fn is_unknown(&self) -> bool {
            matches!(self, Self::Unknown(_))
        }
    }
    impl ::std::convert::From<&str> for CardType {
        fn from(value: &str) -> Self {
            match value {
                "PHYSICAL" => Self::Physical,
                "VIRTUAL" => Self::Virtual,
                "UNIFIED" => Self::Unified,
                other => Self::Unknown(other.to_owned()),
            }
        }
    }
    impl ::std::convert::From<::std::string::String> for CardType {
        fn from(value: ::std::string::String) -> Self {
            match value.as_str() {
                "PHYSICAL" => Self::Physical,
                "VIRTUAL" => Self::Virtual,
                "UNIFIED" => Self::Unified,
                _ => Self::Unknown(value),
            }
        }
    }
    impl ::std::str::FromStr for CardType {
        type Err = ::std::convert::Infallible;
        fn from_str(value: &str) -> ::std::result::Result<Self, Self::Err> {
            Ok(Self::from(value))
        }
    }
    impl ::std::fmt::Display for CardType {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.write_str(self.as_str())
        }
    }
    impl ::serde::Serialize for CardType {
        fn serialize<S: ::serde::Serializer>(
            &self,
            serializer: S,
        ) -> ::std::result::Result<S::Ok, S::Error> {
            serializer.serialize_str(self.as_str())
        }
    }
    impl<'de> ::serde::Deserialize<'de> for CardType {
        fn deserialize<D: ::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            struct Visitor;
            impl<'de> ::serde::de::Visitor<'de> for Visitor {
                type Value = CardType;
                fn expecting(
                    &self,
                    f: &mut ::std::fmt::Formatter<'_>,
                ) -> ::std::fmt::Result {
                    f.write_str(concat!("a string (", "CardType", ")"))
                }
                fn visit_str<E: ::serde::de::Error>(
                    self,
                    v: &str,
                ) -> ::std::result::Result<Self::Value, E> {
                    Ok(CardType::from(v))
                }
                fn visit_string<E: ::serde::de::Error>(
                    self,
                    v: ::std::string::String,
                ) -> ::std::result::Result<Self::Value, E> {
                    Ok(CardType::from(v))
                }
            }
            deserializer.deserialize_str(Visitor)
        }
    }
    #[cfg(feature = "schemars")]
    impl ::schemars::JsonSchema for CardType {
        fn schema_name() -> ::std::string::String {
            "CardType".to_owned()
        }
        fn json_schema(
            _: &mut ::schemars::r#gen::SchemaGenerator,
        ) -> ::schemars::schema::Schema {
            ::schemars::schema::SchemaObject {
                instance_type: Some(::schemars::schema::InstanceType::String.into()),
                enum_values: Some(
                    vec![
                        ::serde_json::Value::from("PHYSICAL"),
                        ::serde_json::Value::from("VIRTUAL"),
                        ::serde_json::Value::from("UNIFIED")
                    ],
                ),
                ..Default::default()
            }
                .into()
        }
    }
    ///Status of the link
    ///
    /// Open enum: values the spec does not list decode as `Unknown`
    /// and serialise back unchanged.
    #[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
    #[non_exhaustive]
    pub enum CustomerLinkStatus {
        ///`ACTIVE`
        Active,
        ///`INACTIVE`
        Inactive,
        /// A value this version of the client does not know; the raw string.
        Unknown(::std::string::String),
    }
    impl CustomerLinkStatus {
        /// The values the spec lists, in spec order.
        pub const KNOWN: &'static [&'static str] = &["ACTIVE", "INACTIVE"];
        /// The wire value.
        pub fn as_str(&self) -> &str {
            match self {
                Self::Active => "ACTIVE",
                Self::Inactive => "INACTIVE",
                Self::Unknown(raw) => raw.as_str(),
            }
        }
        /// True for a value the spec does not list.
        pub fn is_unknown(&self) -> bool {
            matches!(self, Self::Unknown(_))
        }
    }
    impl ::std::convert::From<&str> for CustomerLinkStatus {
        fn from(value: &str) -> Self {
            match value {
                "ACTIVE" => Self::Active,
                "INACTIVE" => Self::Inactive,
                other => Self::Unknown(other.to_owned()),
            }
        }
    }
    impl ::std::convert::From<::std::string::String> for CustomerLinkStatus {
        fn from(value: ::std::string::String) -> Self {
            match value.as_str() {
                "ACTIVE" => Self::Active,
                "INACTIVE" => Self::Inactive,
                _ => Self::Unknown(value),
            }
        }
    }
    impl ::std::str::FromStr for CustomerLinkStatus {
        type Err = ::std::convert::Infallible;
        fn from_str(value: &str) -> ::std::result::Result<Self, Self::Err> {
            Ok(Self::from(value))
        }
    }
    impl ::std::fmt::Display for CustomerLinkStatus {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.write_str(self.as_str())
        }
    }
    impl ::serde::Serialize for CustomerLinkStatus {
        fn serialize<S: ::serde::Serializer>(
            &self,
            serializer: S,
        ) -> ::std::result::Result<S::Ok, S::Error> {
            serializer.serialize_str(self.as_str())
        }
    }
    impl<'de> ::serde::Deserialize<'de> for CustomerLinkStatus {
        fn deserialize<D: ::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            struct Visitor;
            impl<'de> ::serde::de::Visitor<'de> for Visitor {
                type Value = CustomerLinkStatus;
                fn expecting(
                    &self,
                    f: &mut ::std::fmt::Formatter<'_>,
                ) -> ::std::fmt::Result {
                    f.write_str(concat!("a string (", "CustomerLinkStatus", ")"))
                }
                fn visit_str<E: ::serde::de::Error>(
                    self,
                    v: &str,
                ) -> ::std::result::Result<Self::Value, E> {
                    Ok(CustomerLinkStatus::from(v))
                }
                fn visit_string<E: ::serde::de::Error>(
                    self,
                    v: ::std::string::String,
                ) -> ::std::result::Result<Self::Value, E> {
                    Ok(CustomerLinkStatus::from(v))
                }
            }
            deserializer.deserialize_str(Visitor)
        }
    }
    #[cfg(feature = "schemars")]
    impl ::schemars::JsonSchema for CustomerLinkStatus {
        fn schema_name() -> ::std::string::String {
            "CustomerLinkStatus".to_owned()
        }
        fn json_schema(
            _: &mut ::schemars::r#gen::SchemaGenerator,
        ) -> ::schemars::schema::Schema {
            ::schemars::schema::SchemaObject {
                instance_type: Some(::schemars::schema::InstanceType::String.into()),
                enum_values: Some(
                    vec![
                        ::serde_json::Value::from("ACTIVE"),
                        ::serde_json::Value::from("INACTIVE")
                    ],
                ),
                ..Default::default()
            }
                .into()
        }
    }
    ///Status of the link
    ///
    /// Open enum: values the spec does not list decode as `Unknown`
    /// and serialise back unchanged.
    #[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
    #[non_exhaustive]
    pub enum CustomerLinkWebhookPayloadDataStatus {
        ///`ACTIVE`
        Active,
        /// A value this version of the client does not know; the raw string.
        Unknown(::std::string::String),
    }
    impl CustomerLinkWebhookPayloadDataStatus {
        /// The values the spec lists, in spec order.
        pub const KNOWN: &'static [&'static str] = &["ACTIVE"];
        /// The wire value.
        pub fn as_str(&self) -> &str {
            match self {
                Self::Active => "ACTIVE",
                Self::Unknown(raw) => raw.as_str(),
            }
        }
        /// True for a value the spec does not list.
        pub fn is_unknown(&self) -> bool {
            matches!(self, Self::Unknown(_))
        }
    }
    impl ::std::convert::From<&str> for CustomerLinkWebhookPayloadDataStatus {
        fn from(value: &str) -> Self {
            match value {
                "ACTIVE" => Self::Active,
                other => Self::Unknown(other.to_owned()),
            }
        }
    }
    impl ::std::convert::From<::std::string::String>
    for CustomerLinkWebhookPayloadDataStatus {
        fn from(value: ::std::string::String) -> Self {
            match value.as_str() {
                "ACTIVE" => Self::Active,
                _ => Self::Unknown(value),
            }
        }
    }
    impl ::std::str::FromStr for CustomerLinkWebhookPayloadDataStatus {
        type Err = ::std::convert::Infallible;
        fn from_str(value: &str) -> ::std::result::Result<Self, Self::Err> {
            Ok(Self::from(value))
        }
    }
    impl ::std::fmt::Display for CustomerLinkWebhookPayloadDataStatus {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.write_str(self.as_str())
        }
    }
    impl ::serde::Serialize for CustomerLinkWebhookPayloadDataStatus {
        fn serialize<S: ::serde::Serializer>(
            &self,
            serializer: S,
        ) -> ::std::result::Result<S::Ok, S::Error> {
            serializer.serialize_str(self.as_str())
        }
    }
    impl<'de> ::serde::Deserialize<'de> for CustomerLinkWebhookPayloadDataStatus {
        fn deserialize<D: ::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            struct Visitor;
            impl<'de> ::serde::de::Visitor<'de> for Visitor {
                type Value = CustomerLinkWebhookPayloadDataStatus;
                fn expecting(
                    &self,
                    f: &mut ::std::fmt::Formatter<'_>,
                ) -> ::std::fmt::Result {
                    f.write_str(
                        concat!(
                            "a string (", "CustomerLinkWebhookPayloadDataStatus", ")"
                        ),
                    )
                }
                fn visit_str<E: ::serde::de::Error>(
                    self,
                    v: &str,
                ) -> ::std::result::Result<Self::Value, E> {
                    Ok(CustomerLinkWebhookPayloadDataStatus::from(v))
                }
                fn visit_string<E: ::serde::de::Error>(
                    self,
                    v: ::std::string::String,
                ) -> ::std::result::Result<Self::Value, E> {
                    Ok(CustomerLinkWebhookPayloadDataStatus::from(v))
                }
            }
            deserializer.deserialize_str(Visitor)
        }
    }
    #[cfg(feature = "schemars")]
    impl ::schemars::JsonSchema for CustomerLinkWebhookPayloadDataStatus {
        fn schema_name() -> ::std::string::String {
            "CustomerLinkWebhookPayloadDataStatus".to_owned()
        }
        fn json_schema(
            _: &mut ::schemars::r#gen::SchemaGenerator,
        ) -> ::schemars::schema::Schema {
            ::schemars::schema::SchemaObject {
                instance_type: Some(::schemars::schema::InstanceType::String.into()),
                enum_values: Some(vec![::serde_json::Value::from("ACTIVE")]),
                ..Default::default()
            }
                .into()
        }
    }
    ///Kind of object this webhook event is about.
    ///
    /// Open enum: values the spec does not list decode as `Unknown`
    /// and serialise back unchanged.
    #[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
    #[non_exhaustive]
    pub enum CustomerLinkWebhookPayloadObject {
        ///`CUSTOMER_LINK`
        CustomerLink,
        /// A value this version of the client does not know; the raw string.
        Unknown(::std::string::String),
    }
    impl CustomerLinkWebhookPayloadObject {
        /// The values the spec lists, in spec order.
        pub const KNOWN: &'static [&'static str] = &["CUSTOMER_LINK"];
        /// The wire value.
        pub fn as_str(&self) -> &str {
            match self {
                Self::CustomerLink => "CUSTOMER_LINK",
                Self::Unknown(raw) => raw.as_str(),
            }
        }
        /// True for a value the spec does not list.
        pub fn is_unknown(&self) -> bool {
            matches!(self, Self::Unknown(_))
        }
    }
    impl ::std::convert::From<&str> for CustomerLinkWebhookPayloadObject {
        fn from(value: &str) -> Self {
            match value {
                "CUSTOMER_LINK" => Self::CustomerLink,
                other => Self::Unknown(other.to_owned()),
            }
        }
    }
    impl ::std::convert::From<::std::string::String>
    for CustomerLinkWebhookPayloadObject {
        fn from(value: ::std::string::String) -> Self {
            match value.as_str() {
                "CUSTOMER_LINK" => Self::CustomerLink,
                _ => Self::Unknown(value),
            }
        }
    }
    impl ::std::str::FromStr for CustomerLinkWebhookPayloadObject {
        type Err = ::std::convert::Infallible;
        fn from_str(value: &str) -> ::std::result::Result<Self, Self::Err> {
            Ok(Self::from(value))
        }
    }
    impl ::std::fmt::Display for CustomerLinkWebhookPayloadObject {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.write_str(self.as_str())
        }
    }
    impl ::serde::Serialize for CustomerLinkWebhookPayloadObject {
        fn serialize<S: ::serde::Serializer>(
            &self,
            serializer: S,
        ) -> ::std::result::Result<S::Ok, S::Error> {
            serializer.serialize_str(self.as_str())
        }
    }
    impl<'de> ::serde::Deserialize<'de> for CustomerLinkWebhookPayloadObject {
        fn deserialize<D: ::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            struct Visitor;
            impl<'de> ::serde::de::Visitor<'de> for Visitor {
                type Value = CustomerLinkWebhookPayloadObject;
                fn expecting(
                    &self,
                    f: &mut ::std::fmt::Formatter<'_>,
                ) -> ::std::fmt::Result {
                    f.write_str(
                        concat!("a string (", "CustomerLinkWebhookPayloadObject", ")"),
                    )
                }
                fn visit_str<E: ::serde::de::Error>(
                    self,
                    v: &str,
                ) -> ::std::result::Result<Self::Value, E> {
                    Ok(CustomerLinkWebhookPayloadObject::from(v))
                }
                fn visit_string<E: ::serde::de::Error>(
                    self,
                    v: ::std::string::String,
                ) -> ::std::result::Result<Self::Value, E> {
                    Ok(CustomerLinkWebhookPayloadObject::from(v))
                }
            }
            deserializer.deserialize_str(Visitor)
        }
    }
    #[cfg(feature = "schemars")]
    impl ::schemars::JsonSchema for CustomerLinkWebhookPayloadObject {
        fn schema_name() -> ::std::string::String {
            "CustomerLinkWebhookPayloadObject".to_owned()
        }
        fn json_schema(
            _: &mut ::schemars::r#gen::SchemaGenerator,
        ) -> ::schemars::schema::Schema {
            ::schemars::schema::SchemaObject {
                instance_type: Some(::schemars::schema::InstanceType::String.into()),
                enum_values: Some(vec![::serde_json::Value::from("CUSTOMER_LINK")]),
                ..Default::default()
            }
                .into()
        }
    }
    ///Customer's status in a card program.
    ///
    /// Open enum: values the spec does not list decode as `Unknown`
    /// and serialise back unchanged.
    #[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
    #[non_exhaustive]
    pub enum CustomerProgramStatus {
        ///`OPEN`
        Open,
        ///`CLOSED`
        Closed,
        /// A value this version of the client does not know; the raw string.
        Unknown(::std::string::String),
    }
    impl CustomerProgramStatus {
        /// The values the spec lists, in spec order.
        pub const KNOWN: &'static [&'static str] = &["OPEN", "CLOSED"];
        /// The wire value.
        pub fn as_str(&self) -> &str {
            match self {
                Self::Open => "OPEN",
                Self::Closed => "CLOSED",
                Self::Unknown(raw) => raw.as_str(),
            }
        }
        /// True for a value the spec does not list.
        pub fn is_unknown(&self) -> bool {
            matches!(self, Self::Unknown(_))
        }
    }
    impl ::std::convert::From<&str> for CustomerProgramStatus {
        fn from(value: &str) -> Self {
            match value {
                "OPEN" => Self::Open,
                "CLOSED" => Self::Closed,
                other => Self::Unknown(other.to_owned()),
            }
        }
    }
    impl ::std::convert::From<::std::string::String> for CustomerProgramStatus {
        fn from(value: ::std::string::String) -> Self {
            match value.as_str() {
                "OPEN" => Self::Open,
                "CLOSED" => Self::Closed,
                _ => Self::Unknown(value),
            }
        }
    }
    impl ::std::str::FromStr for CustomerProgramStatus {
        type Err = ::std::convert::Infallible;
        fn from_str(value: &str) -> ::std::result::Result<Self, Self::Err> {
            Ok(Self::from(value))
        }
    }
    impl ::std::fmt::Display for CustomerProgramStatus {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.write_str(self.as_str())
        }
    }
    impl ::serde::Serialize for CustomerProgramStatus {
        fn serialize<S: ::serde::Serializer>(
            &self,
            serializer: S,
        ) -> ::std::result::Result<S::Ok, S::Error> {
            serializer.serialize_str(self.as_str())
        }
    }
    impl<'de> ::serde::Deserialize<'de> for CustomerProgramStatus {
        fn deserialize<D: ::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            struct Visitor;
            impl<'de> ::serde::de::Visitor<'de> for Visitor {
                type Value = CustomerProgramStatus;
                fn expecting(
                    &self,
                    f: &mut ::std::fmt::Formatter<'_>,
                ) -> ::std::fmt::Result {
                    f.write_str(concat!("a string (", "CustomerProgramStatus", ")"))
                }
                fn visit_str<E: ::serde::de::Error>(
                    self,
                    v: &str,
                ) -> ::std::result::Result<Self::Value, E> {
                    Ok(CustomerProgramStatus::from(v))
                }
                fn visit_string<E: ::serde::de::Error>(
                    self,
                    v: ::std::string::String,
                ) -> ::std::result::Result<Self::Value, E> {
                    Ok(CustomerProgramStatus::from(v))
                }
            }
            deserializer.deserialize_str(Visitor)
        }
    }
    #[cfg(feature = "schemars")]
    impl ::schemars::JsonSchema for CustomerProgramStatus {
        fn schema_name() -> ::std::string::String {
            "CustomerProgramStatus".to_owned()
        }
        fn json_schema(
            _: &mut ::schemars::r#gen::SchemaGenerator,
        ) -> ::schemars::schema::Schema {
            ::schemars::schema::SchemaObject {
                instance_type: Some(::schemars::schema::InstanceType::String.into()),
                enum_values: Some(
                    vec![
                        ::serde_json::Value::from("OPEN"),
                        ::serde_json::Value::from("CLOSED")
                    ],
                ),
                ..Default::default()
            }
                .into()
        }
    }
    ///Kind of order event
    ///
    /// Open enum: values the spec does not list decode as `Unknown`
    /// and serialise back unchanged.
    #[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
    #[non_exhaustive]
    pub enum OrderEventBaseType {
        ///`CAPTURED`
        Captured,
        ///`REFUNDED`
        Refunded,
        /// A value this version of the client does not know; the raw string.
        Unknown(::std::string::String),
    }
    impl OrderEventBaseType {
        /// The values the spec lists, in spec order.
        pub const KNOWN: &'static [&'static str] = &["CAPTURED", "REFUNDED"];
        /// The wire value.
        pub fn as_str(&self) -> &str {
            match self {
                Self::Captured => "CAPTURED",
                Self::Refunded => "REFUNDED",
                Self::Unknown(raw) => raw.as_str(),
            }
        }
        /// True for a value the spec does not list.
        pub fn is_unknown(&self) -> bool {
            matches!(self, Self::Unknown(_))
        }
    }
    impl ::std::convert::From<&str> for OrderEventBaseType {
        fn from(value: &str) -> Self {
            match value {
                "CAPTURED" => Self::Captured,
                "REFUNDED" => Self::Refunded,
                other => Self::Unknown(other.to_owned()),
            }
        }
    }
    impl ::std::convert::From<::std::string::String> for OrderEventBaseType {
        fn from(value: ::std::string::String) -> Self {
            match value.as_str() {
                "CAPTURED" => Self::Captured,
                "REFUNDED" => Self::Refunded,
                _ => Self::Unknown(value),
            }
        }
    }
    impl ::std::str::FromStr for OrderEventBaseType {
        type Err = ::std::convert::Infallible;
        fn from_str(value: &str) -> ::std::result::Result<Self, Self::Err> {
            Ok(Self::from(value))
        }
    }
    impl ::std::fmt::Display for OrderEventBaseType {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.write_str(self.as_str())
        }
    }
    impl ::serde::Serialize for OrderEventBaseType {
        fn serialize<S: ::serde::Serializer>(
            &self,
            serializer: S,
        ) -> ::std::result::Result<S::Ok, S::Error> {
            serializer.serialize_str(self.as_str())
        }
    }
    impl<'de> ::serde::Deserialize<'de> for OrderEventBaseType {
        fn deserialize<D: ::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            struct Visitor;
            impl<'de> ::serde::de::Visitor<'de> for Visitor {
                type Value = OrderEventBaseType;
                fn expecting(
                    &self,
                    f: &mut ::std::fmt::Formatter<'_>,
                ) -> ::std::fmt::Result {
                    f.write_str(concat!("a string (", "OrderEventBaseType", ")"))
                }
                fn visit_str<E: ::serde::de::Error>(
                    self,
                    v: &str,
                ) -> ::std::result::Result<Self::Value, E> {
                    Ok(OrderEventBaseType::from(v))
                }
                fn visit_string<E: ::serde::de::Error>(
                    self,
                    v: ::std::string::String,
                ) -> ::std::result::Result<Self::Value, E> {
                    Ok(OrderEventBaseType::from(v))
                }
            }
            deserializer.deserialize_str(Visitor)
        }
    }
    #[cfg(feature = "schemars")]
    impl ::schemars::JsonSchema for OrderEventBaseType {
        fn schema_name() -> ::std::string::String {
            "OrderEventBaseType".to_owned()
        }
        fn json_schema(
            _: &mut ::schemars::r#gen::SchemaGenerator,
        ) -> ::schemars::schema::Schema {
            ::schemars::schema::SchemaObject {
                instance_type: Some(::schemars::schema::InstanceType::String.into()),
                enum_values: Some(
                    vec![
                        ::serde_json::Value::from("CAPTURED"),
                        ::serde_json::Value::from("REFUNDED")
                    ],
                ),
                ..Default::default()
            }
                .into()
        }
    }
    ///Account kind.
    ///
    /// Open enum: values the spec does not list decode as `Unknown`
    /// and serialise back unchanged.
    #[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
    #[non_exhaustive]
    pub enum PaymentMethodBankAccountAccountType {
        ///`CHECKING`
        Checking,
        ///`SAVINGS`
        Savings,
        /// A value this version of the client does not know; the raw string.
        Unknown(::std::string::String),
    }
    impl PaymentMethodBankAccountAccountType {
        /// The values the spec lists, in spec order.
        pub const KNOWN: &'static [&'static str] = &["CHECKING", "SAVINGS"];
        /// The wire value.
        pub fn as_str(&self) -> &str {
            match self {
                Self::Checking => "CHECKING",
                Self::Savings => "SAVINGS",
                Self::Unknown(raw) => raw.as_str(),
            }
        }
        /// True for a value the spec does not list.
        pub fn is_unknown(&self) -> bool {
            matches!(self, Self::Unknown(_))
        }
    }
    impl ::std::convert::From<&str> for PaymentMethodBankAccountAccountType {
        fn from(value: &str) -> Self {
            match value {
                "CHECKING" => Self::Checking,
                "SAVINGS" => Self::Savings,
                other => Self::Unknown(other.to_owned()),
            }
        }
    }
    impl ::std::convert::From<::std::string::String>
    for PaymentMethodBankAccountAccountType {
        fn from(value: ::std::string::String) -> Self {
            match value.as_str() {
                "CHECKING" => Self::Checking,
                "SAVINGS" => Self::Savings,
                _ => Self::Unknown(value),
            }
        }
    }
    impl ::std::str::FromStr for PaymentMethodBankAccountAccountType {
        type Err = ::std::convert::Infallible;
        fn from_str(value: &str) -> ::std::result::Result<Self, Self::Err> {
            Ok(Self::from(value))
        }
    }
    impl ::std::fmt::Display for PaymentMethodBankAccountAccountType {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.write_str(self.as_str())
        }
    }
    impl ::serde::Serialize for PaymentMethodBankAccountAccountType {
        fn serialize<S: ::serde::Serializer>(
            &self,
            serializer: S,
        ) -> ::std::result::Result<S::Ok, S::Error> {
            serializer.serialize_str(self.as_str())
        }
    }
    impl<'de> ::serde::Deserialize<'de> for PaymentMethodBankAccountAccountType {
        fn deserialize<D: ::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            struct Visitor;
            impl<'de> ::serde::de::Visitor<'de> for Visitor {
                type Value = PaymentMethodBankAccountAccountType;
                fn expecting(
                    &self,
                    f: &mut ::std::fmt::Formatter<'_>,
                ) -> ::std::fmt::Result {
                    f.write_str(
                        concat!("a string (", "PaymentMethodBankAccountAccountType", ")"),
                    )
                }
                fn visit_str<E: ::serde::de::Error>(
                    self,
                    v: &str,
                ) -> ::std::result::Result<Self::Value, E> {
                    Ok(PaymentMethodBankAccountAccountType::from(v))
                }
                fn visit_string<E: ::serde::de::Error>(
                    self,
                    v: ::std::string::String,
                ) -> ::std::result::Result<Self::Value, E> {
                    Ok(PaymentMethodBankAccountAccountType::from(v))
                }
            }
            deserializer.deserialize_str(Visitor)
        }
    }
    #[cfg(feature = "schemars")]
    impl ::schemars::JsonSchema for PaymentMethodBankAccountAccountType {
        fn schema_name() -> ::std::string::String {
            "PaymentMethodBankAccountAccountType".to_owned()
        }
        fn json_schema(
            _: &mut ::schemars::r#gen::SchemaGenerator,
        ) -> ::schemars::schema::Schema {
            ::schemars::schema::SchemaObject {
                instance_type: Some(::schemars::schema::InstanceType::String.into()),
                enum_values: Some(
                    vec![
                        ::serde_json::Value::from("CHECKING"),
                        ::serde_json::Value::from("SAVINGS")
                    ],
                ),
                ..Default::default()
            }
                .into()
        }
    }
    ///Card issuer name
    ///
    /// Open enum: values the spec does not list decode as `Unknown`
    /// and serialise back unchanged.
    #[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
    #[non_exhaustive]
    pub enum PaymentMethodCardNetwork {
        ///`VISA`
        Visa,
        ///`MASTERCARD`
        Mastercard,
        ///`AMEX`
        Amex,
        ///``
        Empty,
        /// A value this version of the client does not know; the raw string.
        Unknown(::std::string::String),
    }
    impl PaymentMethodCardNetwork {
        /// The values the spec lists, in spec order.
        pub const KNOWN: &'static [&'static str] = &["VISA", "MASTERCARD", "AMEX", ""];
        /// The wire value.
        pub fn as_str(&self) -> &str {
            match self {
                Self::Visa => "VISA",
                Self::Mastercard => "MASTERCARD",
                Self::Amex => "AMEX",
                Self::Empty => "",
                Self::Unknown(raw) => raw.as_str(),
            }
        }
        /// True for a value the spec does not list.
        pub fn is_unknown(&self) -> bool {
            matches!(self, Self::Unknown(_))
        }
    }
    impl ::std::convert::From<&str> for PaymentMethodCardNetwork {
        fn from(value: &str) -> Self {
            match value {
                "VISA" => Self::Visa,
                "MASTERCARD" => Self::Mastercard,
                "AMEX" => Self::Amex,
                "" => Self::Empty,
                other => Self::Unknown(other.to_owned()),
            }
        }
    }
    impl ::std::convert::From<::std::string::String> for PaymentMethodCardNetwork {
        fn from(value: ::std::string::String) -> Self {
            match value.as_str() {
                "VISA" => Self::Visa,
                "MASTERCARD" => Self::Mastercard,
                "AMEX" => Self::Amex,
                "" => Self::Empty,
                _ => Self::Unknown(value),
            }
        }
    }
    impl ::std::str::FromStr for PaymentMethodCardNetwork {
        type Err = ::std::convert::Infallible;
        fn from_str(value: &str) -> ::std::result::Result<Self, Self::Err> {
            Ok(Self::from(value))
        }
    }
    impl ::std::fmt::Display for PaymentMethodCardNetwork {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.write_str(self.as_str())
        }
    }
    impl ::serde::Serialize for PaymentMethodCardNetwork {
        fn serialize<S: ::serde::Serializer>(
            &self,
            serializer: S,
        ) -> ::std::result::Result<S::Ok, S::Error> {
            serializer.serialize_str(self.as_str())
        }
    }
    impl<'de> ::serde::Deserialize<'de> for PaymentMethodCardNetwork {
        fn deserialize<D: ::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            struct Visitor;
            impl<'de> ::serde::de::Visitor<'de> for Visitor {
                type Value = PaymentMethodCardNetwork;
                fn expecting(
                    &self,
                    f: &mut ::std::fmt::Formatter<'_>,
                ) -> ::std::fmt::Result {
                    f.write_str(concat!("a string (", "PaymentMethodCardNetwork", ")"))
                }
                fn visit_str<E: ::serde::de::Error>(
                    self,
                    v: &str,
                ) -> ::std::result::Result<Self::Value, E> {
                    Ok(PaymentMethodCardNetwork::from(v))
                }
                fn visit_string<E: ::serde::de::Error>(
                    self,
                    v: ::std::string::String,
                ) -> ::std::result::Result<Self::Value, E> {
                    Ok(PaymentMethodCardNetwork::from(v))
                }
            }
            deserializer.deserialize_str(Visitor)
        }
    }
    #[cfg(feature = "schemars")]
    impl ::schemars::JsonSchema for PaymentMethodCardNetwork {
        fn schema_name() -> ::std::string::String {
            "PaymentMethodCardNetwork".to_owned()
        }
        fn json_schema(
            _: &mut ::schemars::r#gen::SchemaGenerator,
        ) -> ::schemars::schema::Schema {
            ::schemars::schema::SchemaObject {
                instance_type: Some(::schemars::schema::InstanceType::String.into()),
                enum_values: Some(
                    vec![
                        ::serde_json::Value::from("VISA"),
                        ::serde_json::Value::from("MASTERCARD"),
                        ::serde_json::Value::from("AMEX"), ::serde_json::Value::from("")
                    ],
                ),
                ..Default::default()
            }
                .into()
        }
    }
    ///Loan status
    ///
    /// Open enum: values the spec does not list decode as `Unknown`
    /// and serialise back unchanged.
    #[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
    #[non_exhaustive]
    pub enum PaymentMethodLoanLoanStatus {
        ///`PENDING`
        Pending,
        ///`APPROVED`
        Approved,
        ///`REJECTED`
        Rejected,
        ///`ACTIVE`
        Active,
        ///`CLOSED`
        Closed,
        /// A value this version of the client does not know; the raw string.
        Unknown(::std::string::String),
    }
    impl PaymentMethodLoanLoanStatus {
        /// The values the spec lists, in spec order.
        pub const KNOWN: &'static [&'static str] = &[
            "PENDING",
            "APPROVED",
            "REJECTED",
            "ACTIVE",
            "CLOSED",
        ];
        /// The wire value.
        pub fn as_str(&self) -> &str {
            match self {
                Self::Pending => "PENDING",
                Self::Approved => "APPROVED",
                Self::Rejected => "REJECTED",
                Self::Active => "ACTIVE",
                Self::Closed => "CLOSED",
                Self::Unknown(raw) => raw.as_str(),
            }
        }
        /// True for a value the spec does not list.
        pub fn is_unknown(&self) -> bool {
            matches!(self, Self::Unknown(_))
        }
    }
    impl ::std::convert::From<&str> for PaymentMethodLoanLoanStatus {
        fn from(value: &str) -> Self {
            match value {
                "PENDING" => Self::Pending,
                "APPROVED" => Self::Approved,
                "REJECTED" => Self::Rejected,
                "ACTIVE" => Self::Active,
                "CLOSED" => Self::Closed,
                other => Self::Unknown(other.to_owned()),
            }
        }
    }
    impl ::std::convert::From<::std::string::String> for PaymentMethodLoanLoanStatus {
        fn from(value: ::std::string::String) -> Self {
            match value.as_str() {
                "PENDING" => Self::Pending,
                "APPROVED" => Self::Approved,
                "REJECTED" => Self::Rejected,
                "ACTIVE" => Self::Active,
                "CLOSED" => Self::Closed,
                _ => Self::Unknown(value),
            }
        }
    }
    impl ::std::str::FromStr for PaymentMethodLoanLoanStatus {
        type Err = ::std::convert::Infallible;
        fn from_str(value: &str) -> ::std::result::Result<Self, Self::Err> {
            Ok(Self::from(value))
        }
    }
    impl ::std::fmt::Display for PaymentMethodLoanLoanStatus {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.write_str(self.as_str())
        }
    }
    impl ::serde::Serialize for PaymentMethodLoanLoanStatus {
        fn serialize<S: ::serde::Serializer>(
            &self,
            serializer: S,
        ) -> ::std::result::Result<S::Ok, S::Error> {
            serializer.serialize_str(self.as_str())
        }
    }
    impl<'de> ::serde::Deserialize<'de> for PaymentMethodLoanLoanStatus {
        fn deserialize<D: ::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            struct Visitor;
            impl<'de> ::serde::de::Visitor<'de> for Visitor {
                type Value = PaymentMethodLoanLoanStatus;
                fn expecting(
                    &self,
                    f: &mut ::std::fmt::Formatter<'_>,
                ) -> ::std::fmt::Result {
                    f.write_str(
                        concat!("a string (", "PaymentMethodLoanLoanStatus", ")"),
                    )
                }
                fn visit_str<E: ::serde::de::Error>(
                    self,
                    v: &str,
                ) -> ::std::result::Result<Self::Value, E> {
                    Ok(PaymentMethodLoanLoanStatus::from(v))
                }
                fn visit_string<E: ::serde::de::Error>(
                    self,
                    v: ::std::string::String,
                ) -> ::std::result::Result<Self::Value, E> {
                    Ok(PaymentMethodLoanLoanStatus::from(v))
                }
            }
            deserializer.deserialize_str(Visitor)
        }
    }
    #[cfg(feature = "schemars")]
    impl ::schemars::JsonSchema for PaymentMethodLoanLoanStatus {
        fn schema_name() -> ::std::string::String {
            "PaymentMethodLoanLoanStatus".to_owned()
        }
        fn json_schema(
            _: &mut ::schemars::r#gen::SchemaGenerator,
        ) -> ::schemars::schema::Schema {
            ::schemars::schema::SchemaObject {
                instance_type: Some(::schemars::schema::InstanceType::String.into()),
                enum_values: Some(
                    vec![
                        ::serde_json::Value::from("PENDING"),
                        ::serde_json::Value::from("APPROVED"),
                        ::serde_json::Value::from("REJECTED"),
                        ::serde_json::Value::from("ACTIVE"),
                        ::serde_json::Value::from("CLOSED")
                    ],
                ),
                ..Default::default()
            }
                .into()
        }
    }
    ///Payment method status
    ///
    /// Open enum: values the spec does not list decode as `Unknown`
    /// and serialise back unchanged.
    #[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
    #[non_exhaustive]
    pub enum PaymentMethodStatus {
        ///`ACTIVE`
        Active,
        ///`INACTIVE`
        Inactive,
        ///`CANCELED`
        Canceled,
        /// A value this version of the client does not know; the raw string.
        Unknown(::std::string::String),
    }
    impl PaymentMethodStatus {
        /// The values the spec lists, in spec order.
        pub const KNOWN: &'static [&'static str] = &["ACTIVE", "INACTIVE", "CANCELED"];
        /// The wire value.
        pub fn as_str(&self) -> &str {
            match self {
                Self::Active => "ACTIVE",
                Self::Inactive => "INACTIVE",
                Self::Canceled => "CANCELED",
                Self::Unknown(raw) => raw.as_str(),
            }
        }
        /// True for a value the spec does not list.
        pub fn is_unknown(&self) -> bool {
            matches!(self, Self::Unknown(_))
        }
    }
    impl ::std::convert::From<&str> for PaymentMethodStatus {
        fn from(value: &str) -> Self {
            match value {
                "ACTIVE" => Self::Active,
                "INACTIVE" => Self::Inactive,
                "CANCELED" => Self::Canceled,
                other => Self::Unknown(other.to_owned()),
            }
        }
    }
    impl ::std::convert::From<::std::string::String> for PaymentMethodStatus {
        fn from(value: ::std::string::String) -> Self {
            match value.as_str() {
                "ACTIVE" => Self::Active,
                "INACTIVE" => Self::Inactive,
                "CANCELED" => Self::Canceled,
                _ => Self::Unknown(value),
            }
        }
    }
    impl ::std::str::FromStr for PaymentMethodStatus {
        type Err = ::std::convert::Infallible;
        fn from_str(value: &str) -> ::std::result::Result<Self, Self::Err> {
            Ok(Self::from(value))
        }
    }
    impl ::std::fmt::Display for PaymentMethodStatus {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.write_str(self.as_str())
        }
    }
    impl ::serde::Serialize for PaymentMethodStatus {
        fn serialize<S: ::serde::Serializer>(
            &self,
            serializer: S,
        ) -> ::std::result::Result<S::Ok, S::Error> {
            serializer.serialize_str(self.as_str())
        }
    }
    impl<'de> ::serde::Deserialize<'de> for PaymentMethodStatus {
        fn deserialize<D: ::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            struct Visitor;
            impl<'de> ::serde::de::Visitor<'de> for Visitor {
                type Value = PaymentMethodStatus;
                fn expecting(
                    &self,
                    f: &mut ::std::fmt::Formatter<'_>,
                ) -> ::std::fmt::Result {
                    f.write_str(concat!("a string (", "PaymentMethodStatus", ")"))
                }
                fn visit_str<E: ::serde::de::Error>(
                    self,
                    v: &str,
                ) -> ::std::result::Result<Self::Value, E> {
                    Ok(PaymentMethodStatus::from(v))
                }
                fn visit_string<E: ::serde::de::Error>(
                    self,
                    v: ::std::string::String,
                ) -> ::std::result::Result<Self::Value, E> {
                    Ok(PaymentMethodStatus::from(v))
                }
            }
            deserializer.deserialize_str(Visitor)
        }
    }
    #[cfg(feature = "schemars")]
    impl ::schemars::JsonSchema for PaymentMethodStatus {
        fn schema_name() -> ::std::string::String {
            "PaymentMethodStatus".to_owned()
        }
        fn json_schema(
            _: &mut ::schemars::r#gen::SchemaGenerator,
        ) -> ::schemars::schema::Schema {
            ::schemars::schema::SchemaObject {
                instance_type: Some(::schemars::schema::InstanceType::String.into()),
                enum_values: Some(
                    vec![
                        ::serde_json::Value::from("ACTIVE"),
                        ::serde_json::Value::from("INACTIVE"),
                        ::serde_json::Value::from("CANCELED")
                    ],
                ),
                ..Default::default()
            }
                .into()
        }
    }
    ///`PaymentMethodTokenType` values.
    ///
    /// Open enum: values the spec does not list decode as `Unknown`
    /// and serialise back unchanged.
    #[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
    #[non_exhaustive]
    pub enum PaymentMethodTokenType {
        ///`ADYEN`
        Adyen,
        ///`APPLE_WALLET`
        AppleWallet,
        ///`CYBERSOURCE`
        Cybersource,
        ///`WORLDPAY`
        Worldpay,
        /// A value this version of the client does not know; the raw string.
        Unknown(::std::string::String),
    }
    impl PaymentMethodTokenType {
        /// The values the spec lists, in spec order.
        pub const KNOWN: &'static [&'static str] = &[
            "ADYEN",
            "APPLE_WALLET",
            "CYBERSOURCE",
            "WORLDPAY",
        ];
        /// The wire value.
        pub fn as_str(&self) -> &str {
            match self {
                Self::Adyen => "ADYEN",
                Self::AppleWallet => "APPLE_WALLET",
                Self::Cybersource => "CYBERSOURCE",
                Self::Worldpay => "WORLDPAY",
                Self::Unknown(raw) => raw.as_str(),
            }
        }
        /// True for a value the spec does not list.
        pub fn is_unknown(&self) -> bool {
            matches!(self, Self::Unknown(_))
        }
    }
    impl ::std::convert::From<&str> for PaymentMethodTokenType {
        fn from(value: &str) -> Self {
            match value {
                "ADYEN" => Self::Adyen,
                "APPLE_WALLET" => Self::AppleWallet,
                "CYBERSOURCE" => Self::Cybersource,
                "WORLDPAY" => Self::Worldpay,
                other => Self::Unknown(other.to_owned()),
            }
        }
    }
    impl ::std::convert::From<::std::string::String> for PaymentMethodTokenType {
        fn from(value: ::std::string::String) -> Self {
            match value.as_str() {
                "ADYEN" => Self::Adyen,
                "APPLE_WALLET" => Self::AppleWallet,
                "CYBERSOURCE" => Self::Cybersource,
                "WORLDPAY" => Self::Worldpay,
                _ => Self::Unknown(value),
            }
        }
    }
    impl ::std::str::FromStr for PaymentMethodTokenType {
        type Err = ::std::convert::Infallible;
        fn from_str(value: &str) -> ::std::result::Result<Self, Self::Err> {
            Ok(Self::from(value))
        }
    }
    impl ::std::fmt::Display for PaymentMethodTokenType {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.write_str(self.as_str())
        }
    }
    impl ::serde::Serialize for PaymentMethodTokenType {
        fn serialize<S: ::serde::Serializer>(
            &self,
            serializer: S,
        ) -> ::std::result::Result<S::Ok, S::Error> {
            serializer.serialize_str(self.as_str())
        }
    }
    impl<'de> ::serde::Deserialize<'de> for PaymentMethodTokenType {
        fn deserialize<D: ::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            struct Visitor;
            impl<'de> ::serde::de::Visitor<'de> for Visitor {
                type Value = PaymentMethodTokenType;
                fn expecting(
                    &self,
                    f: &mut ::std::fmt::Formatter<'_>,
                ) -> ::std::fmt::Result {
                    f.write_str(concat!("a string (", "PaymentMethodTokenType", ")"))
                }
                fn visit_str<E: ::serde::de::Error>(
                    self,
                    v: &str,
                ) -> ::std::result::Result<Self::Value, E> {
                    Ok(PaymentMethodTokenType::from(v))
                }
                fn visit_string<E: ::serde::de::Error>(
                    self,
                    v: ::std::string::String,
                ) -> ::std::result::Result<Self::Value, E> {
                    Ok(PaymentMethodTokenType::from(v))
                }
            }
            deserializer.deserialize_str(Visitor)
        }
    }
    #[cfg(feature = "schemars")]
    impl ::schemars::JsonSchema for PaymentMethodTokenType {
        fn schema_name() -> ::std::string::String {
            "PaymentMethodTokenType".to_owned()
        }
        fn json_schema(
            _: &mut ::schemars::r#gen::SchemaGenerator,
        ) -> ::schemars::schema::Schema {
            ::schemars::schema::SchemaObject {
                instance_type: Some(::schemars::schema::InstanceType::String.into()),
                enum_values: Some(
                    vec![
                        ::serde_json::Value::from("ADYEN"),
                        ::serde_json::Value::from("APPLE_WALLET"),
                        ::serde_json::Value::from("CYBERSOURCE"),
                        ::serde_json::Value::from("WORLDPAY")
                    ],
                ),
                ..Default::default()
            }
                .into()
        }
    }
    ///Kind of payment method
    ///
    /// Open enum: values the spec does not list decode as `Unknown`
    /// and serialise back unchanged.
    #[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
    #[non_exhaustive]
    pub enum PaymentMethodType {
        ///`CARD`
        Card,
        ///`BANK_ACCOUNT`
        BankAccount,
        ///`LOAN`
        Loan,
        /// A value this version of the client does not know; the raw string.
        Unknown(::std::string::String),
    }
    impl PaymentMethodType {
        /// The values the spec lists, in spec order.
        pub const KNOWN: &'static [&'static str] = &["CARD", "BANK_ACCOUNT", "LOAN"];
        /// The wire value.
        pub fn as_str(&self) -> &str {
            match self {
                Self::Card => "CARD",
                Self::BankAccount => "BANK_ACCOUNT",
                Self::Loan => "LOAN",
                Self::Unknown(raw) => raw.as_str(),
            }
        }
        /// True for a value the spec does not list.
        pub fn is_unknown(&self) -> bool {
            matches!(self, Self::Unknown(_))
        }
    }
    impl ::std::convert::From<&str> for PaymentMethodType {
        fn from(value: &str) -> Self {
            match value {
                "CARD" => Self::Card,
                "BANK_ACCOUNT" => Self::BankAccount,
                "LOAN" => Self::Loan,
                other => Self::Unknown(other.to_owned()),
            }
        }
    }
    impl ::std::convert::From<::std::string::String> for PaymentMethodType {
        fn from(value: ::std::string::String) -> Self {
            match value.as_str() {
                "CARD" => Self::Card,
                "BANK_ACCOUNT" => Self::BankAccount,
                "LOAN" => Self::Loan,
                _ => Self::Unknown(value),
            }
        }
    }
    impl ::std::str::FromStr for PaymentMethodType {
        type Err = ::std::convert::Infallible;
        fn from_str(value: &str) -> ::std::result::Result<Self, Self::Err> {
            Ok(Self::from(value))
        }
    }
    impl ::std::fmt::Display for PaymentMethodType {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.write_str(self.as_str())
        }
    }
    impl ::serde::Serialize for PaymentMethodType {
        fn serialize<S: ::serde::Serializer>(
            &self,
            serializer: S,
        ) -> ::std::result::Result<S::Ok, S::Error> {
            serializer.serialize_str(self.as_str())
        }
    }
    impl<'de> ::serde::Deserialize<'de> for PaymentMethodType {
        fn deserialize<D: ::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            struct Visitor;
            impl<'de> ::serde::de::Visitor<'de> for Visitor {
                type Value = PaymentMethodType;
                fn expecting(
                    &self,
                    f: &mut ::std::fmt::Formatter<'_>,
                ) -> ::std::fmt::Result {
                    f.write_str(concat!("a string (", "PaymentMethodType", ")"))
                }
                fn visit_str<E: ::serde::de::Error>(
                    self,
                    v: &str,
                ) -> ::std::result::Result<Self::Value, E> {
                    Ok(PaymentMethodType::from(v))
                }
                fn visit_string<E: ::serde::de::Error>(
                    self,
                    v: ::std::string::String,
                ) -> ::std::result::Result<Self::Value, E> {
                    Ok(PaymentMethodType::from(v))
                }
            }
            deserializer.deserialize_str(Visitor)
        }
    }
    #[cfg(feature = "schemars")]
    impl ::schemars::JsonSchema for PaymentMethodType {
        fn schema_name() -> ::std::string::String {
            "PaymentMethodType".to_owned()
        }
        fn json_schema(
            _: &mut ::schemars::r#gen::SchemaGenerator,
        ) -> ::schemars::schema::Schema {
            ::schemars::schema::SchemaObject {
                instance_type: Some(::schemars::schema::InstanceType::String.into()),
                enum_values: Some(
                    vec![
                        ::serde_json::Value::from("CARD"),
                        ::serde_json::Value::from("BANK_ACCOUNT"),
                        ::serde_json::Value::from("LOAN")
                    ],
                ),
                ..Default::default()
            }
                .into()
        }
    }
    ///Card status after the change
    ///
    /// Open enum: values the spec does not list decode as `Unknown`
    /// and serialise back unchanged.
    #[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
    #[non_exhaustive]
    pub enum PaymentMethodWebhookPayloadDataNewStatus {
        ///`ACTIVE`
        Active,
        ///`INACTIVE`
        Inactive,
        ///`CANCELED`
        Canceled,
        /// A value this version of the client does not know; the raw string.
        Unknown(::std::string::String),
    }
    impl PaymentMethodWebhookPayloadDataNewStatus {
        /// The values the spec lists, in spec order.
        pub const KNOWN: &'static [&'static str] = &["ACTIVE", "INACTIVE", "CANCELED"];
        /// The wire value.
        pub fn as_str(&self) -> &str {
            match self {
                Self::Active => "ACTIVE",
                Self::Inactive => "INACTIVE",
                Self::Canceled => "CANCELED",
                Self::Unknown(raw) => raw.as_str(),
            }
        }
        /// True for a value the spec does not list.
        pub fn is_unknown(&self) -> bool {
            matches!(self, Self::Unknown(_))
        }
    }
    impl ::std::convert::From<&str> for PaymentMethodWebhookPayloadDataNewStatus {
        fn from(value: &str) -> Self {
            match value {
                "ACTIVE" => Self::Active,
                "INACTIVE" => Self::Inactive,
                "CANCELED" => Self::Canceled,
                other => Self::Unknown(other.to_owned()),
            }
        }
    }
    impl ::std::convert::From<::std::string::String>
    for PaymentMethodWebhookPayloadDataNewStatus {
        fn from(value: ::std::string::String) -> Self {
            match value.as_str() {
                "ACTIVE" => Self::Active,
                "INACTIVE" => Self::Inactive,
                "CANCELED" => Self::Canceled,
                _ => Self::Unknown(value),
            }
        }
    }
    impl ::std::str::FromStr for PaymentMethodWebhookPayloadDataNewStatus {
        type Err = ::std::convert::Infallible;
        fn from_str(value: &str) -> ::std::result::Result<Self, Self::Err> {
            Ok(Self::from(value))
        }
    }
    impl ::std::fmt::Display for PaymentMethodWebhookPayloadDataNewStatus {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.write_str(self.as_str())
        }
    }
    impl ::serde::Serialize for PaymentMethodWebhookPayloadDataNewStatus {
        fn serialize<S: ::serde::Serializer>(
            &self,
            serializer: S,
        ) -> ::std::result::Result<S::Ok, S::Error> {
            serializer.serialize_str(self.as_str())
        }
    }
    impl<'de> ::serde::Deserialize<'de> for PaymentMethodWebhookPayloadDataNewStatus {
        fn deserialize<D: ::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            struct Visitor;
            impl<'de> ::serde::de::Visitor<'de> for Visitor {
                type Value = PaymentMethodWebhookPayloadDataNewStatus;
                fn expecting(
                    &self,
                    f: &mut ::std::fmt::Formatter<'_>,
                ) -> ::std::fmt::Result {
                    f.write_str(
                        concat!(
                            "a string (", "PaymentMethodWebhookPayloadDataNewStatus", ")"
                        ),
                    )
                }
                fn visit_str<E: ::serde::de::Error>(
                    self,
                    v: &str,
                ) -> ::std::result::Result<Self::Value, E> {
                    Ok(PaymentMethodWebhookPayloadDataNewStatus::from(v))
                }
                fn visit_string<E: ::serde::de::Error>(
                    self,
                    v: ::std::string::String,
                ) -> ::std::result::Result<Self::Value, E> {
                    Ok(PaymentMethodWebhookPayloadDataNewStatus::from(v))
                }
            }
            deserializer.deserialize_str(Visitor)
        }
    }
    #[cfg(feature = "schemars")]
    impl ::schemars::JsonSchema for PaymentMethodWebhookPayloadDataNewStatus {
        fn schema_name() -> ::std::string::String {
            "PaymentMethodWebhookPayloadDataNewStatus".to_owned()
        }
        fn json_schema(
            _: &mut ::schemars::r#gen::SchemaGenerator,
        ) -> ::schemars::schema::Schema {
            ::schemars::schema::SchemaObject {
                instance_type: Some(::schemars::schema::InstanceType::String.into()),
                enum_values: Some(
                    vec![
                        ::serde_json::Value::from("ACTIVE"),
                        ::serde_json::Value::from("INACTIVE"),
                        ::serde_json::Value::from("CANCELED")
                    ],
                ),
                ..Default::default()
            }
                .into()
        }
    }
    ///Card status before the change.
    ///
    /// Open enum: values the spec does not list decode as `Unknown`
    /// and serialise back unchanged.
    #[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
    #[non_exhaustive]
    pub enum PaymentMethodWebhookPayloadDataPreviousStatus {
        ///`ACTIVE`
        Active,
        ///`INACTIVE`
        Inactive,
        ///`CANCELED`
        Canceled,
        /// A value this version of the client does not know; the raw string.
        Unknown(::std::string::String),
    }
    impl PaymentMethodWebhookPayloadDataPreviousStatus {
        /// The values the spec lists, in spec order.
        pub const KNOWN: &'static [&'static str] = &["ACTIVE", "INACTIVE", "CANCELED"];
        /// The wire value.
        pub fn as_str(&self) -> &str {
            match self {
                Self::Active => "ACTIVE",
                Self::Inactive => "INACTIVE",
                Self::Canceled => "CANCELED",
                Self::Unknown(raw) => raw.as_str(),
            }
        }
        /// True for a value the spec does not list.
        pub fn is_unknown(&self) -> bool {
            matches!(self, Self::Unknown(_))
        }
    }
    impl ::std::convert::From<&str> for PaymentMethodWebhookPayloadDataPreviousStatus {
        fn from(value: &str) -> Self {
            match value {
                "ACTIVE" => Self::Active,
                "INACTIVE" => Self::Inactive,
                "CANCELED" => Self::Canceled,
                other => Self::Unknown(other.to_owned()),
            }
        }
    }
    impl ::std::convert::From<::std::string::String>
    for PaymentMethodWebhookPayloadDataPreviousStatus {
        fn from(value: ::std::string::String) -> Self {
            match value.as_str() {
                "ACTIVE" => Self::Active,
                "INACTIVE" => Self::Inactive,
                "CANCELED" => Self::Canceled,
                _ => Self::Unknown(value),
            }
        }
    }
    impl ::std::str::FromStr for PaymentMethodWebhookPayloadDataPreviousStatus {
        type Err = ::std::convert::Infallible;
        fn from_str(value: &str) -> ::std::result::Result<Self, Self::Err> {
            Ok(Self::from(value))
        }
    }
    impl ::std::fmt::Display for PaymentMethodWebhookPayloadDataPreviousStatus {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.write_str(self.as_str())
        }
    }
    impl ::serde::Serialize for PaymentMethodWebhookPayloadDataPreviousStatus {
        fn serialize<S: ::serde::Serializer>(
            &self,
            serializer: S,
        ) -> ::std::result::Result<S::Ok, S::Error> {
            serializer.serialize_str(self.as_str())
        }
    }
    impl<'de> ::serde::Deserialize<'de>
    for PaymentMethodWebhookPayloadDataPreviousStatus {
        fn deserialize<D: ::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            struct Visitor;
            impl<'de> ::serde::de::Visitor<'de> for Visitor {
                type Value = PaymentMethodWebhookPayloadDataPreviousStatus;
                fn expecting(
                    &self,
                    f: &mut ::std::fmt::Formatter<'_>,
                ) -> ::std::fmt::Result {
                    f.write_str(
                        concat!(
                            "a string (",
                            "PaymentMethodWebhookPayloadDataPreviousStatus", ")"
                        ),
                    )
                }
                fn visit_str<E: ::serde::de::Error>(
                    self,
                    v: &str,
                ) -> ::std::result::Result<Self::Value, E> {
                    Ok(PaymentMethodWebhookPayloadDataPreviousStatus::from(v))
                }
                fn visit_string<E: ::serde::de::Error>(
                    self,
                    v: ::std::string::String,
                ) -> ::std::result::Result<Self::Value, E> {
                    Ok(PaymentMethodWebhookPayloadDataPreviousStatus::from(v))
                }
            }
            deserializer.deserialize_str(Visitor)
        }
    }
    #[cfg(feature = "schemars")]
    impl ::schemars::JsonSchema for PaymentMethodWebhookPayloadDataPreviousStatus {
        fn schema_name() -> ::std::string::String {
            "PaymentMethodWebhookPayloadDataPreviousStatus".to_owned()
        }
        fn json_schema(
            _: &mut ::schemars::r#gen::SchemaGenerator,
        ) -> ::schemars::schema::Schema {
            ::schemars::schema::SchemaObject {
                instance_type: Some(::schemars::schema::InstanceType::String.into()),
                enum_values: Some(
                    vec![
                        ::serde_json::Value::from("ACTIVE"),
                        ::serde_json::Value::from("INACTIVE"),
                        ::serde_json::Value::from("CANCELED")
                    ],
                ),
                ..Default::default()
            }
                .into()
        }
    }
    ///Kind of resource this webhook event is about (the one created or updated).
    ///
    /// Open enum: values the spec does not list decode as `Unknown`
    /// and serialise back unchanged.
    #[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
    #[non_exhaustive]
    pub enum PaymentMethodWebhookPayloadObject {
        ///`PAYMENT_METHOD`
        PaymentMethod,
        /// A value this version of the client does not know; the raw string.
        Unknown(::std::string::String),
    }
    impl PaymentMethodWebhookPayloadObject {
        /// The values the spec lists, in spec order.
        pub const KNOWN: &'static [&'static str] = &["PAYMENT_METHOD"];
        /// The wire value.
        pub fn as_str(&self) -> &str {
            match self {
                Self::PaymentMethod => "PAYMENT_METHOD",
                Self::Unknown(raw) => raw.as_str(),
            }
        }
        /// True for a value the spec does not list.
        pub fn is_unknown(&self) -> bool {
            matches!(self, Self::Unknown(_))
        }
    }
    impl ::std::convert::From<&str> for PaymentMethodWebhookPayloadObject {
        fn from(value: &str) -> Self {
            match value {
                "PAYMENT_METHOD" => Self::PaymentMethod,
                other => Self::Unknown(other.to_owned()),
            }
        }
    }
    impl ::std::convert::From<::std::string::String>
    for PaymentMethodWebhookPayloadObject {
        fn from(value: ::std::string::String) -> Self {
            match value.as_str() {
                "PAYMENT_METHOD" => Self::PaymentMethod,
                _ => Self::Unknown(value),
            }
        }
    }
    impl ::std::str::FromStr for PaymentMethodWebhookPayloadObject {
        type Err = ::std::convert::Infallible;
        fn from_str(value: &str) -> ::std::result::Result<Self, Self::Err> {
            Ok(Self::from(value))
        }
    }
    impl ::std::fmt::Display for PaymentMethodWebhookPayloadObject {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.write_str(self.as_str())
        }
    }
    impl ::serde::Serialize for PaymentMethodWebhookPayloadObject {
        fn serialize<S: ::serde::Serializer>(
            &self,
            serializer: S,
        ) -> ::std::result::Result<S::Ok, S::Error> {
            serializer.serialize_str(self.as_str())
        }
    }
    impl<'de> ::serde::Deserialize<'de> for PaymentMethodWebhookPayloadObject {
        fn deserialize<D: ::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            struct Visitor;
            impl<'de> ::serde::de::Visitor<'de> for Visitor {
                type Value = PaymentMethodWebhookPayloadObject;
                fn expecting(
                    &self,
                    f: &mut ::std::fmt::Formatter<'_>,
                ) -> ::std::fmt::Result {
                    f.write_str(
                        concat!("a string (", "PaymentMethodWebhookPayloadObject", ")"),
                    )
                }
                fn visit_str<E: ::serde::de::Error>(
                    self,
                    v: &str,
                ) -> ::std::result::Result<Self::Value, E> {
                    Ok(PaymentMethodWebhookPayloadObject::from(v))
                }
                fn visit_string<E: ::serde::de::Error>(
                    self,
                    v: ::std::string::String,
                ) -> ::std::result::Result<Self::Value, E> {
                    Ok(PaymentMethodWebhookPayloadObject::from(v))
                }
            }
            deserializer.deserialize_str(Visitor)
        }
    }
    #[cfg(feature = "schemars")]
    impl ::schemars::JsonSchema for PaymentMethodWebhookPayloadObject {
        fn schema_name() -> ::std::string::String {
            "PaymentMethodWebhookPayloadObject".to_owned()
        }
        fn json_schema(
            _: &mut ::schemars::r#gen::SchemaGenerator,
        ) -> ::schemars::schema::Schema {
            ::schemars::schema::SchemaObject {
                instance_type: Some(::schemars::schema::InstanceType::String.into()),
                enum_values: Some(vec![::serde_json::Value::from("PAYMENT_METHOD")]),
                ..Default::default()
            }
                .into()
        }
    }
    ///Method used to make the purchase.
    ///
    /// Open enum: values the spec does not list decode as `Unknown`
    /// and serialise back unchanged.
    #[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
    #[non_exhaustive]
    pub enum PurchaseMethodValue {
        ///`CHIP`
        Chip,
        ///`CONTACTLESS`
        Contactless,
        ///`KEYEDIN`
        Keyedin,
        ///`ONLINE`
        Online,
        ///`SWIPE`
        Swipe,
        ///`QRCODE`
        Qrcode,
        ///`OCR`
        Ocr,
        ///`UNKNOWN`
        UnknownValue,
        /// A value this version of the client does not know; the raw string.
        Unknown(::std::string::String),
    }
    impl PurchaseMethodValue {
        /// The values the spec lists, in spec order.
        pub const KNOWN: &'static [&'static str] = &[
            "CHIP",
            "CONTACTLESS",
            "KEYEDIN",
            "ONLINE",
            "SWIPE",
            "QRCODE",
            "OCR",
            "UNKNOWN",
        ];
        /// The wire value.
        pub fn as_str(&self) -> &str {
            match self {
                Self::Chip => "CHIP",
                Self::Contactless => "CONTACTLESS",
                Self::Keyedin => "KEYEDIN",
                Self::Online => "ONLINE",
                Self::Swipe => "SWIPE",
                Self::Qrcode => "QRCODE",
                Self::Ocr => "OCR",
                Self::UnknownValue => "UNKNOWN",
                Self::Unknown(raw) => raw.as_str(),
            }
        }
        /// True for a value the spec does not list.
        pub fn is_unknown(&self) -> bool {
            matches!(self, Self::Unknown(_))
        }
    }
    impl ::std::convert::From<&str> for PurchaseMethodValue {
        fn from(value: &str) -> Self {
            match value {
                "CHIP" => Self::Chip,
                "CONTACTLESS" => Self::Contactless,
                "KEYEDIN" => Self::Keyedin,
                "ONLINE" => Self::Online,
                "SWIPE" => Self::Swipe,
                "QRCODE" => Self::Qrcode,
                "OCR" => Self::Ocr,
                "UNKNOWN" => Self::UnknownValue,
                other => Self::Unknown(other.to_owned()),
            }
        }
    }
    impl ::std::convert::From<::std::string::String> for PurchaseMethodValue {
        fn from(value: ::std::string::String) -> Self {
            match value.as_str() {
                "CHIP" => Self::Chip,
                "CONTACTLESS" => Self::Contactless,
                "KEYEDIN" => Self::Keyedin,
                "ONLINE" => Self::Online,
                "SWIPE" => Self::Swipe,
                "QRCODE" => Self::Qrcode,
                "OCR" => Self::Ocr,
                "UNKNOWN" => Self::UnknownValue,
                _ => Self::Unknown(value),
            }
        }
    }
    impl ::std::str::FromStr for PurchaseMethodValue {
        type Err = ::std::convert::Infallible;
        fn from_str(value: &str) -> ::std::result::Result<Self, Self::Err> {
            Ok(Self::from(value))
        }
    }
    impl ::std::fmt::Display for PurchaseMethodValue {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.write_str(self.as_str())
        }
    }
    impl ::serde::Serialize for PurchaseMethodValue {
        fn serialize<S: ::serde::Serializer>(
            &self,
            serializer: S,
        ) -> ::std::result::Result<S::Ok, S::Error> {
            serializer.serialize_str(self.as_str())
        }
    }
    impl<'de> ::serde::Deserialize<'de> for PurchaseMethodValue {
        fn deserialize<D: ::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            struct Visitor;
            impl<'de> ::serde::de::Visitor<'de> for Visitor {
                type Value = PurchaseMethodValue;
                fn expecting(
                    &self,
                    f: &mut ::std::fmt::Formatter<'_>,
                ) -> ::std::fmt::Result {
                    f.write_str(concat!("a string (", "PurchaseMethodValue", ")"))
                }
                fn visit_str<E: ::serde::de::Error>(
                    self,
                    v: &str,
                ) -> ::std::result::Result<Self::Value, E> {
                    Ok(PurchaseMethodValue::from(v))
                }
                fn visit_string<E: ::serde::de::Error>(
                    self,
                    v: ::std::string::String,
                ) -> ::std::result::Result<Self::Value, E> {
                    Ok(PurchaseMethodValue::from(v))
                }
            }
            deserializer.deserialize_str(Visitor)
        }
    }
    #[cfg(feature = "schemars")]
    impl ::schemars::JsonSchema for PurchaseMethodValue {
        fn schema_name() -> ::std::string::String {
            "PurchaseMethodValue".to_owned()
        }
        fn json_schema(
            _: &mut ::schemars::r#gen::SchemaGenerator,
        ) -> ::schemars::schema::Schema {
            ::schemars::schema::SchemaObject {
                instance_type: Some(::schemars::schema::InstanceType::String.into()),
                enum_values: Some(
                    vec![
                        ::serde_json::Value::from("CHIP"),
                        ::serde_json::Value::from("CONTACTLESS"),
                        ::serde_json::Value::from("KEYEDIN"),
                        ::serde_json::Value::from("ONLINE"),
                        ::serde_json::Value::from("SWIPE"),
                        ::serde_json::Value::from("QRCODE"),
                        ::serde_json::Value::from("OCR"),
                        ::serde_json::Value::from("UNKNOWN")
                    ],
                ),
                ..Default::default()
            }
                .into()
        }
    }
    ///`RewardStatus` values.
    ///
    /// Open enum: values the spec does not list decode as `Unknown`
    /// and serialise back unchanged.
    #[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
    #[non_exhaustive]
    pub enum RewardStatus {
        ///`PENDING`
        Pending,
        ///`AVAILABLE`
        Available,
        ///`PENDING_DEDUCTION`
        PendingDeduction,
        ///`DEDUCTED`
        Deducted,
        /// A value this version of the client does not know; the raw string.
        Unknown(::std::string::String),
    }
    impl RewardStatus {
        /// The values the spec lists, in spec order.
        pub const KNOWN: &'static [&'static str] = &[
            "PENDING",
            "AVAILABLE",
            "PENDING_DEDUCTION",
            "DEDUCTED",
        ];
        /// The wire value.
        pub fn as_str(&self) -> &str {
            match self {
                Self::Pending => "PENDING",
                Self::Available => "AVAILABLE",
                Self::PendingDeduction => "PENDING_DEDUCTION",
                Self::Deducted => "DEDUCTED",
                Self::Unknown(raw) => raw.as_str(),
            }
        }
        /// True for a value the spec does not list.
        pub fn is_unknown(&self) -> bool {
            matches!(self, Self::Unknown(_))
        }
    }
    impl ::std::convert::From<&str> for RewardStatus {
        fn from(value: &str) -> Self {
            match value {
                "PENDING" => Self::Pending,
                "AVAILABLE" => Self::Available,
                "PENDING_DEDUCTION" => Self::PendingDeduction,
                "DEDUCTED" => Self::Deducted,
                other => Self::Unknown(other.to_owned()),
            }
        }
    }
    impl ::std::convert::From<::std::string::String> for RewardStatus {
        fn from(value: ::std::string::String) -> Self {
            match value.as_str() {
                "PENDING" => Self::Pending,
                "AVAILABLE" => Self::Available,
                "PENDING_DEDUCTION" => Self::PendingDeduction,
                "DEDUCTED" => Self::Deducted,
                _ => Self::Unknown(value),
            }
        }
    }
    impl ::std::str::FromStr for RewardStatus {
        type Err = ::std::convert::Infallible;
        fn from_str(value: &str) -> ::std::result::Result<Self, Self::Err> {
            Ok(Self::from(value))
        }
    }
    impl ::std::fmt::Display for RewardStatus {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.write_str(self.as_str())
        }
    }
    impl ::serde::Serialize for RewardStatus {
        fn serialize<S: ::serde::Serializer>(
            &self,
            serializer: S,
        ) -> ::std::result::Result<S::Ok, S::Error> {
            serializer.serialize_str(self.as_str())
        }
    }
    impl<'de> ::serde::Deserialize<'de> for RewardStatus {
        fn deserialize<D: ::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            struct Visitor;
            impl<'de> ::serde::de::Visitor<'de> for Visitor {
                type Value = RewardStatus;
                fn expecting(
                    &self,
                    f: &mut ::std::fmt::Formatter<'_>,
                ) -> ::std::fmt::Result {
                    f.write_str(concat!("a string (", "RewardStatus", ")"))
                }
                fn visit_str<E: ::serde::de::Error>(
                    self,
                    v: &str,
                ) -> ::std::result::Result<Self::Value, E> {
                    Ok(RewardStatus::from(v))
                }
                fn visit_string<E: ::serde::de::Error>(
                    self,
                    v: ::std::string::String,
                ) -> ::std::result::Result<Self::Value, E> {
                    Ok(RewardStatus::from(v))
                }
            }
            deserializer.deserialize_str(Visitor)
        }
    }
    #[cfg(feature = "schemars")]
    impl ::schemars::JsonSchema for RewardStatus {
        fn schema_name() -> ::std::string::String {
            "RewardStatus".to_owned()
        }
        fn json_schema(
            _: &mut ::schemars::r#gen::SchemaGenerator,
        ) -> ::schemars::schema::Schema {
            ::schemars::schema::SchemaObject {
                instance_type: Some(::schemars::schema::InstanceType::String.into()),
                enum_values: Some(
                    vec![
                        ::serde_json::Value::from("PENDING"),
                        ::serde_json::Value::from("AVAILABLE"),
                        ::serde_json::Value::from("PENDING_DEDUCTION"),
                        ::serde_json::Value::from("DEDUCTED")
                    ],
                ),
                ..Default::default()
            }
                .into()
        }
    }
    ///`RewardType` values.
    ///
    /// Open enum: values the spec does not list decode as `Unknown`
    /// and serialise back unchanged.
    #[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
    #[non_exhaustive]
    pub enum RewardType {
        ///`OFFER`
        Offer,
        ///`TRANSACTION`
        Transaction,
        ///`ONE_TIME`
        OneTime,
        ///`STATEMENT`
        Statement,
        ///`REFERRAL`
        Referral,
        /// A value this version of the client does not know; the raw string.
        Unknown(::std::string::String),
    }
    impl RewardType {
        /// The values the spec lists, in spec order.
        pub const KNOWN: &'static [&'static str] = &[
            "OFFER",
            "TRANSACTION",
            "ONE_TIME",
            "STATEMENT",
            "REFERRAL",
        ];
        /// The wire value.
        pub fn as_str(&self) -> &str {
            match self {
                Self::Offer => "OFFER",
                Self::Transaction => "TRANSACTION",
                Self::OneTime => "ONE_TIME",
                Self::Statement => "STATEMENT",
                Self::Referral => "REFERRAL",
                Self::Unknown(raw) => raw.as_str(),
            }
        }
        /// True for a value the spec does not list.
        pub fn is_unknown(&self) -> bool {
            matches!(self, Self::Unknown(_))
        }
    }
    impl ::std::convert::From<&str> for RewardType {
        fn from(value: &str) -> Self {
            match value {
                "OFFER" => Self::Offer,
                "TRANSACTION" => Self::Transaction,
                "ONE_TIME" => Self::OneTime,
                "STATEMENT" => Self::Statement,
                "REFERRAL" => Self::Referral,
                other => Self::Unknown(other.to_owned()),
            }
        }
    }
    impl ::std::convert::From<::std::string::String> for RewardType {
        fn from(value: ::std::string::String) -> Self {
            match value.as_str() {
                "OFFER" => Self::Offer,
                "TRANSACTION" => Self::Transaction,
                "ONE_TIME" => Self::OneTime,
                "STATEMENT" => Self::Statement,
                "REFERRAL" => Self::Referral,
                _ => Self::Unknown(value),
            }
        }
    }
    impl ::std::str::FromStr for RewardType {
        type Err = ::std::convert::Infallible;
        fn from_str(value: &str) -> ::std::result::Result<Self, Self::Err> {
            Ok(Self::from(value))
        }
    }
    impl ::std::fmt::Display for RewardType {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.write_str(self.as_str())
        }
    }
    impl ::serde::Serialize for RewardType {
        fn serialize<S: ::serde::Serializer>(
            &self,
            serializer: S,
        ) -> ::std::result::Result<S::Ok, S::Error> {
            serializer.serialize_str(self.as_str())
        }
    }
    impl<'de> ::serde::Deserialize<'de> for RewardType {
        fn deserialize<D: ::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            struct Visitor;
            impl<'de> ::serde::de::Visitor<'de> for Visitor {
                type Value = RewardType;
                fn expecting(
                    &self,
                    f: &mut ::std::fmt::Formatter<'_>,
                ) -> ::std::fmt::Result {
                    f.write_str(concat!("a string (", "RewardType", ")"))
                }
                fn visit_str<E: ::serde::de::Error>(
                    self,
                    v: &str,
                ) -> ::std::result::Result<Self::Value, E> {
                    Ok(RewardType::from(v))
                }
                fn visit_string<E: ::serde::de::Error>(
                    self,
                    v: ::std::string::String,
                ) -> ::std::result::Result<Self::Value, E> {
                    Ok(RewardType::from(v))
                }
            }
            deserializer.deserialize_str(Visitor)
        }
    }
    #[cfg(feature = "schemars")]
    impl ::schemars::JsonSchema for RewardType {
        fn schema_name() -> ::std::string::String {
            "RewardType".to_owned()
        }
        fn json_schema(
            _: &mut ::schemars::r#gen::SchemaGenerator,
        ) -> ::schemars::schema::Schema {
            ::schemars::schema::SchemaObject {
                instance_type: Some(::schemars::schema::InstanceType::String.into()),
                enum_values: Some(
                    vec![
                        ::serde_json::Value::from("OFFER"),
                        ::serde_json::Value::from("TRANSACTION"),
                        ::serde_json::Value::from("ONE_TIME"),
                        ::serde_json::Value::from("STATEMENT"),
                        ::serde_json::Value::from("REFERRAL")
                    ],
                ),
                ..Default::default()
            }
                .into()
        }
    }
    ///Kind of resource this webhook event is about (the one created or updated).
    ///
    /// Open enum: values the spec does not list decode as `Unknown`
    /// and serialise back unchanged.
    #[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
    #[non_exhaustive]
    pub enum RewardWebhookPayloadObject {
        ///`REWARD`
        Reward,
        /// A value this version of the client does not know; the raw string.
        Unknown(::std::string::String),
    }
    impl RewardWebhookPayloadObject {
        /// The values the spec lists, in spec order.
        pub const KNOWN: &'static [&'static str] = &["REWARD"];
        /// The wire value.
        pub fn as_str(&self) -> &str {
            match self {
                Self::Reward => "REWARD",
                Self::Unknown(raw) => raw.as_str(),
            }
        }
        /// True for a value the spec does not list.
        pub fn is_unknown(&self) -> bool {
            matches!(self, Self::Unknown(_))
        }
    }
    impl ::std::convert::From<&str> for RewardWebhookPayloadObject {
        fn from(value: &str) -> Self {
            match value {
                "REWARD" => Self::Reward,
                other => Self::Unknown(other.to_owned()),
            }
        }
    }
    impl ::std::convert::From<::std::string::String> for RewardWebhookPayloadObject {
        fn from(value: ::std::string::String) -> Self {
            match value.as_str() {
                "REWARD" => Self::Reward,
                _ => Self::Unknown(value),
            }
        }
    }
    impl ::std::str::FromStr for RewardWebhookPayloadObject {
        type Err = ::std::convert::Infallible;
        fn from_str(value: &str) -> ::std::result::Result<Self, Self::Err> {
            Ok(Self::from(value))
        }
    }
    impl ::std::fmt::Display for RewardWebhookPayloadObject {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.write_str(self.as_str())
        }
    }
    impl ::serde::Serialize for RewardWebhookPayloadObject {
        fn serialize<S: ::serde::Serializer>(
            &self,
            serializer: S,
        ) -> ::std::result::Result<S::Ok, S::Error> {
            serializer.serialize_str(self.as_str())
        }
    }
    impl<'de> ::serde::Deserialize<'de> for RewardWebhookPayloadObject {
        fn deserialize<D: ::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            struct Visitor;
            impl<'de> ::serde::de::Visitor<'de> for Visitor {
                type Value = RewardWebhookPayloadObject;
                fn expecting(
                    &self,
                    f: &mut ::std::fmt::Formatter<'_>,
                ) -> ::std::fmt::Result {
                    f.write_str(concat!("a string (", "RewardWebhookPayloadObject", ")"))
                }
                fn visit_str<E: ::serde::de::Error>(
                    self,
                    v: &str,
                ) -> ::std::result::Result<Self::Value, E> {
                    Ok(RewardWebhookPayloadObject::from(v))
                }
                fn visit_string<E: ::serde::de::Error>(
                    self,
                    v: ::std::string::String,
                ) -> ::std::result::Result<Self::Value, E> {
                    Ok(RewardWebhookPayloadObject::from(v))
                }
            }
            deserializer.deserialize_str(Visitor)
        }
    }
    #[cfg(feature = "schemars")]
    impl ::schemars::JsonSchema for RewardWebhookPayloadObject {
        fn schema_name() -> ::std::string::String {
            "RewardWebhookPayloadObject".to_owned()
        }
        fn json_schema(
            _: &mut ::schemars::r#gen::SchemaGenerator,
        ) -> ::schemars::schema::Schema {
            ::schemars::schema::SchemaObject {
                instance_type: Some(::schemars::schema::InstanceType::String.into()),
                enum_values: Some(vec![::serde_json::Value::from("REWARD")]),
                ..Default::default()
            }
                .into()
        }
    }
    ///Only return payment methods of this type
    ///
    /// Open enum: values the spec does not list decode as `Unknown`
    /// and serialise back unchanged.
    #[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
    #[non_exhaustive]
    pub enum SearchPaymentMethodsPostBodyType {
        ///`LOAN`
        Loan,
        ///`CARD`
        Card,
        ///`BANK_ACCOUNT`
        BankAccount,
        /// A value this version of the client does not know; the raw string.
        Unknown(::std::string::String),
    }
    impl SearchPaymentMethodsPostBodyType {
        /// The values the spec lists, in spec order.
        pub const KNOWN: &'static [&'static str] = &["LOAN", "CARD", "BANK_ACCOUNT"];
        /// The wire value.
        pub fn as_str(&self) -> &str {
            match self {
                Self::Loan => "LOAN",
                Self::Card => "CARD",
                Self::BankAccount => "BANK_ACCOUNT",
                Self::Unknown(raw) => raw.as_str(),
            }
        }
        /// True for a value the spec does not list.
        pub fn is_unknown(&self) -> bool {
            matches!(self, Self::Unknown(_))
        }
    }
    impl ::std::convert::From<&str> for SearchPaymentMethodsPostBodyType {
        fn from(value: &str) -> Self {
            match value {
                "LOAN" => Self::Loan,
                "CARD" => Self::Card,
                "BANK_ACCOUNT" => Self::BankAccount,
                other => Self::Unknown(other.to_owned()),
            }
        }
    }
    impl ::std::convert::From<::std::string::String>
    for SearchPaymentMethodsPostBodyType {
        fn from(value: ::std::string::String) -> Self {
            match value.as_str() {
                "LOAN" => Self::Loan,
                "CARD" => Self::Card,
                "BANK_ACCOUNT" => Self::BankAccount,
                _ => Self::Unknown(value),
            }
        }
    }
    impl ::std::str::FromStr for SearchPaymentMethodsPostBodyType {
        type Err = ::std::convert::Infallible;
        fn from_str(value: &str) -> ::std::result::Result<Self, Self::Err> {
            Ok(Self::from(value))
        }
    }
    impl ::std::fmt::Display for SearchPaymentMethodsPostBodyType {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.write_str(self.as_str())
        }
    }
    impl ::serde::Serialize for SearchPaymentMethodsPostBodyType {
        fn serialize<S: ::serde::Serializer>(
            &self,
            serializer: S,
        ) -> ::std::result::Result<S::Ok, S::Error> {
            serializer.serialize_str(self.as_str())
        }
    }
    impl<'de> ::serde::Deserialize<'de> for SearchPaymentMethodsPostBodyType {
        fn deserialize<D: ::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            struct Visitor;
            impl<'de> ::serde::de::Visitor<'de> for Visitor {
                type Value = SearchPaymentMethodsPostBodyType;
                fn expecting(
                    &self,
                    f: &mut ::std::fmt::Formatter<'_>,
                ) -> ::std::fmt::Result {
                    f.write_str(
                        concat!("a string (", "SearchPaymentMethodsPostBodyType", ")"),
                    )
                }
                fn visit_str<E: ::serde::de::Error>(
                    self,
                    v: &str,
                ) -> ::std::result::Result<Self::Value, E> {
                    Ok(SearchPaymentMethodsPostBodyType::from(v))
                }
                fn visit_string<E: ::serde::de::Error>(
                    self,
                    v: ::std::string::String,
                ) -> ::std::result::Result<Self::Value, E> {
                    Ok(SearchPaymentMethodsPostBodyType::from(v))
                }
            }
            deserializer.deserialize_str(Visitor)
        }
    }
    #[cfg(feature = "schemars")]
    impl ::schemars::JsonSchema for SearchPaymentMethodsPostBodyType {
        fn schema_name() -> ::std::string::String {
            "SearchPaymentMethodsPostBodyType".to_owned()
        }
        fn json_schema(
            _: &mut ::schemars::r#gen::SchemaGenerator,
        ) -> ::schemars::schema::Schema {
            ::schemars::schema::SchemaObject {
                instance_type: Some(::schemars::schema::InstanceType::String.into()),
                enum_values: Some(
                    vec![
                        ::serde_json::Value::from("LOAN"),
                        ::serde_json::Value::from("CARD"),
                        ::serde_json::Value::from("BANK_ACCOUNT")
                    ],
                ),
                ..Default::default()
            }
                .into()
        }
    }
    ///`SearchPaymentMethodsType` values.
    ///
    /// Open enum: values the spec does not list decode as `Unknown`
    /// and serialise back unchanged.
    #[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
    #[non_exhaustive]
    pub enum SearchPaymentMethodsType {
        ///`LOAN`
        Loan,
        ///`CARD`
        Card,
        ///`BANK_ACCOUNT`
        BankAccount,
        /// A value this version of the client does not know; the raw string.
        Unknown(::std::string::String),
    }
    impl SearchPaymentMethodsType {
        /// The values the spec lists, in spec order.
        pub const KNOWN: &'static [&'static str] = &["LOAN", "CARD", "BANK_ACCOUNT"];
        /// The wire value.
        pub fn as_str(&self) -> &str {
            match self {
                Self::Loan => "LOAN",
                Self::Card => "CARD",
                Self::BankAccount => "BANK_ACCOUNT",
                Self::Unknown(raw) => raw.as_str(),
            }
        }
        /// True for a value the spec does not list.
        pub fn is_unknown(&self) -> bool {
            matches!(self, Self::Unknown(_))
        }
    }
    impl ::std::convert::From<&str> for SearchPaymentMethodsType {
        fn from(value: &str) -> Self {
            match value {
                "LOAN" => Self::Loan,
                "CARD" => Self::Card,
                "BANK_ACCOUNT" => Self::BankAccount,
                other => Self::Unknown(other.to_owned()),
            }
        }
    }
    impl ::std::convert::From<::std::string::String> for SearchPaymentMethodsType {
        fn from(value: ::std::string::String) -> Self {
            match value.as_str() {
                "LOAN" => Self::Loan,
                "CARD" => Self::Card,
                "BANK_ACCOUNT" => Self::BankAccount,
                _ => Self::Unknown(value),
            }
        }
    }
    impl ::std::str::FromStr for SearchPaymentMethodsType {
        type Err = ::std::convert::Infallible;
        fn from_str(value: &str) -> ::std::result::Result<Self, Self::Err> {
            Ok(Self::from(value))
        }
    }
    impl ::std::fmt::Display for SearchPaymentMethodsType {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.write_str(self.as_str())
        }
    }
    impl ::serde::Serialize for SearchPaymentMethodsType {
        fn serialize<S: ::serde::Serializer>(
            &self,
            serializer: S,
        ) -> ::std::result::Result<S::Ok, S::Error> {
            serializer.serialize_str(self.as_str())
        }
    }
    impl<'de> ::serde::Deserialize<'de> for SearchPaymentMethodsType {
        fn deserialize<D: ::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            struct Visitor;
            impl<'de> ::serde::de::Visitor<'de> for Visitor {
                type Value = SearchPaymentMethodsType;
                fn expecting(
                    &self,
                    f: &mut ::std::fmt::Formatter<'_>,
                ) -> ::std::fmt::Result {
                    f.write_str(concat!("a string (", "SearchPaymentMethodsType", ")"))
                }
                fn visit_str<E: ::serde::de::Error>(
                    self,
                    v: &str,
                ) -> ::std::result::Result<Self::Value, E> {
                    Ok(SearchPaymentMethodsType::from(v))
                }
                fn visit_string<E: ::serde::de::Error>(
                    self,
                    v: ::std::string::String,
                ) -> ::std::result::Result<Self::Value, E> {
                    Ok(SearchPaymentMethodsType::from(v))
                }
            }
            deserializer.deserialize_str(Visitor)
        }
    }
    #[cfg(feature = "schemars")]
    impl ::schemars::JsonSchema for SearchPaymentMethodsType {
        fn schema_name() -> ::std::string::String {
            "SearchPaymentMethodsType".to_owned()
        }
        fn json_schema(
            _: &mut ::schemars::r#gen::SchemaGenerator,
        ) -> ::schemars::schema::Schema {
            ::schemars::schema::SchemaObject {
                instance_type: Some(::schemars::schema::InstanceType::String.into()),
                enum_values: Some(
                    vec![
                        ::serde_json::Value::from("LOAN"),
                        ::serde_json::Value::from("CARD"),
                        ::serde_json::Value::from("BANK_ACCOUNT")
                    ],
                ),
                ..Default::default()
            }
                .into()
        }
    }
    ///`SearchTransactionIntentsType` values.
    ///
    /// Open enum: values the spec does not list decode as `Unknown`
    /// and serialise back unchanged.
    #[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
    #[non_exhaustive]
    pub enum SearchTransactionIntentsType {
        ///`CONFIRMED`
        Confirmed,
        ///`CANCELED`
        Canceled,
        /// A value this version of the client does not know; the raw string.
        Unknown(::std::string::String),
    }
    impl SearchTransactionIntentsType {
        /// The values the spec lists, in spec order.
        pub const KNOWN: &'static [&'static str] = &["CONFIRMED", "CANCELED"];
        /// The wire value.
        pub fn as_str(&self) -> &str {
            match self {
                Self::Confirmed => "CONFIRMED",
                Self::Canceled => "CANCELED",
                Self::Unknown(raw) => raw.as_str(),
            }
        }
        /// True for a value the spec does not list.
        pub fn is_unknown(&self) -> bool {
            matches!(self, Self::Unknown(_))
        }
    }
    impl ::std::convert::From<&str> for SearchTransactionIntentsType {
        fn from(value: &str) -> Self {
            match value {
                "CONFIRMED" => Self::Confirmed,
                "CANCELED" => Self::Canceled,
                other => Self::Unknown(other.to_owned()),
            }
        }
    }
    impl ::std::convert::From<::std::string::String> for SearchTransactionIntentsType {
        fn from(value: ::std::string::String) -> Self {
            match value.as_str() {
                "CONFIRMED" => Self::Confirmed,
                "CANCELED" => Self::Canceled,
                _ => Self::Unknown(value),
            }
        }
    }
    impl ::std::str::FromStr for SearchTransactionIntentsType {
        type Err = ::std::convert::Infallible;
        fn from_str(value: &str) -> ::std::result::Result<Self, Self::Err> {
            Ok(Self::from(value))
        }
    }
    impl ::std::fmt::Display for SearchTransactionIntentsType {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.write_str(self.as_str())
        }
    }
    impl ::serde::Serialize for SearchTransactionIntentsType {
        fn serialize<S: ::serde::Serializer>(
            &self,
            serializer: S,
        ) -> ::std::result::Result<S::Ok, S::Error> {
            serializer.serialize_str(self.as_str())
        }
    }
    impl<'de> ::serde::Deserialize<'de> for SearchTransactionIntentsType {
        fn deserialize<D: ::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            struct Visitor;
            impl<'de> ::serde::de::Visitor<'de> for Visitor {
                type Value = SearchTransactionIntentsType;
                fn expecting(
                    &self,
                    f: &mut ::std::fmt::Formatter<'_>,
                ) -> ::std::fmt::Result {
                    f.write_str(
                        concat!("a string (", "SearchTransactionIntentsType", ")"),
                    )
                }
                fn visit_str<E: ::serde::de::Error>(
                    self,
                    v: &str,
                ) -> ::std::result::Result<Self::Value, E> {
                    Ok(SearchTransactionIntentsType::from(v))
                }
                fn visit_string<E: ::serde::de::Error>(
                    self,
                    v: ::std::string::String,
                ) -> ::std::result::Result<Self::Value, E> {
                    Ok(SearchTransactionIntentsType::from(v))
                }
            }
            deserializer.deserialize_str(Visitor)
        }
    }
    #[cfg(feature = "schemars")]
    impl ::schemars::JsonSchema for SearchTransactionIntentsType {
        fn schema_name() -> ::std::string::String {
            "SearchTransactionIntentsType".to_owned()
        }
        fn json_schema(
            _: &mut ::schemars::r#gen::SchemaGenerator,
        ) -> ::schemars::schema::Schema {
            ::schemars::schema::SchemaObject {
                instance_type: Some(::schemars::schema::InstanceType::String.into()),
                enum_values: Some(
                    vec![
                        ::serde_json::Value::from("CONFIRMED"),
                        ::serde_json::Value::from("CANCELED")
                    ],
                ),
                ..Default::default()
            }
                .into()
        }
    }
    ///Reward type to simulate; must equal the reward type configured for the product.
    ///
    /// Open enum: values the spec does not list decode as `Unknown`
    /// and serialise back unchanged.
    #[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
    #[non_exhaustive]
    pub enum SimulateRewardBodyRewardType {
        ///`STATEMENT`
        Statement,
        ///`DELAYED`
        Delayed,
        /// A value this version of the client does not know; the raw string.
        Unknown(::std::string::String),
    }
    impl SimulateRewardBodyRewardType {
        /// The values the spec lists, in spec order.
        pub const KNOWN: &'static [&'static str] = &["STATEMENT", "DELAYED"];
        /// The wire value.
        pub fn as_str(&self) -> &str {
            match self {
                Self::Statement => "STATEMENT",
                Self::Delayed => "DELAYED",
                Self::Unknown(raw) => raw.as_str(),
            }
        }
        /// True for a value the spec does not list.
        pub fn is_unknown(&self) -> bool {
            matches!(self, Self::Unknown(_))
        }
    }
    impl ::std::convert::From<&str> for SimulateRewardBodyRewardType {
        fn from(value: &str) -> Self {
            match value {
                "STATEMENT" => Self::Statement,
                "DELAYED" => Self::Delayed,
                other => Self::Unknown(other.to_owned()),
            }
        }
    }
    impl ::std::convert::From<::std::string::String> for SimulateRewardBodyRewardType {
        fn from(value: ::std::string::String) -> Self {
            match value.as_str() {
                "STATEMENT" => Self::Statement,
                "DELAYED" => Self::Delayed,
                _ => Self::Unknown(value),
            }
        }
    }
    impl ::std::str::FromStr for SimulateRewardBodyRewardType {
        type Err = ::std::convert::Infallible;
        fn from_str(value: &str) -> ::std::result::Result<Self, Self::Err> {
            Ok(Self::from(value))
        }
    }
    impl ::std::fmt::Display for SimulateRewardBodyRewardType {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.write_str(self.as_str())
        }
    }
    impl ::serde::Serialize for SimulateRewardBodyRewardType {
        fn serialize<S: ::serde::Serializer>(
            &self,
            serializer: S,
        ) -> ::std::result::Result<S::Ok, S::Error> {
            serializer.serialize_str(self.as_str())
        }
    }
    impl<'de> ::serde::Deserialize<'de> for SimulateRewardBodyRewardType {
        fn deserialize<D: ::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            struct Visitor;
            impl<'de> ::serde::de::Visitor<'de> for Visitor {
                type Value = SimulateRewardBodyRewardType;
                fn expecting(
                    &self,
                    f: &mut ::std::fmt::Formatter<'_>,
                ) -> ::std::fmt::Result {
                    f.write_str(
                        concat!("a string (", "SimulateRewardBodyRewardType", ")"),
                    )
                }
                fn visit_str<E: ::serde::de::Error>(
                    self,
                    v: &str,
                ) -> ::std::result::Result<Self::Value, E> {
                    Ok(SimulateRewardBodyRewardType::from(v))
                }
                fn visit_string<E: ::serde::de::Error>(
                    self,
                    v: ::std::string::String,
                ) -> ::std::result::Result<Self::Value, E> {
                    Ok(SimulateRewardBodyRewardType::from(v))
                }
            }
            deserializer.deserialize_str(Visitor)
        }
    }
    #[cfg(feature = "schemars")]
    impl ::schemars::JsonSchema for SimulateRewardBodyRewardType {
        fn schema_name() -> ::std::string::String {
            "SimulateRewardBodyRewardType".to_owned()
        }
        fn json_schema(
            _: &mut ::schemars::r#gen::SchemaGenerator,
        ) -> ::schemars::schema::Schema {
            ::schemars::schema::SchemaObject {
                instance_type: Some(::schemars::schema::InstanceType::String.into()),
                enum_values: Some(
                    vec![
                        ::serde_json::Value::from("STATEMENT"),
                        ::serde_json::Value::from("DELAYED")
                    ],
                ),
                ..Default::default()
            }
                .into()
        }
    }
    ///Which streak lifecycle event occurred.
    ///
    /// Open enum: values the spec does not list decode as `Unknown`
    /// and serialise back unchanged.
    #[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
    #[non_exhaustive]
    pub enum StreakEvent {
        ///`ENROLLED`
        Enrolled,
        ///`PERIOD_COMPLETED`
        PeriodCompleted,
        ///`STREAK_COMPLETED`
        StreakCompleted,
        ///`STREAK_FAILED`
        StreakFailed,
        /// A value this version of the client does not know; the raw string.
        Unknown(::std::string::String),
    }
    impl StreakEvent {
        /// The values the spec lists, in spec order.
        pub const KNOWN: &'static [&'static str] = &[
            "ENROLLED",
            "PERIOD_COMPLETED",
            "STREAK_COMPLETED",
            "STREAK_FAILED",
        ];
        /// The wire value.
        pub fn as_str(&self) -> &str {
            match self {
                Self::Enrolled => "ENROLLED",
                Self::PeriodCompleted => "PERIOD_COMPLETED",
                Self::StreakCompleted => "STREAK_COMPLETED",
                Self::StreakFailed => "STREAK_FAILED",
                Self::Unknown(raw) => raw.as_str(),
            }
        }
        /// True for a value the spec does not list.
        pub fn is_unknown(&self) -> bool {
            matches!(self, Self::Unknown(_))
        }
    }
    impl ::std::convert::From<&str> for StreakEvent {
        fn from(value: &str) -> Self {
            match value {
                "ENROLLED" => Self::Enrolled,
                "PERIOD_COMPLETED" => Self::PeriodCompleted,
                "STREAK_COMPLETED" => Self::StreakCompleted,
                "STREAK_FAILED" => Self::StreakFailed,
                other => Self::Unknown(other.to_owned()),
            }
        }
    }
    impl ::std::convert::From<::std::string::String> for StreakEvent {
        fn from(value: ::std::string::String) -> Self {
            match value.as_str() {
                "ENROLLED" => Self::Enrolled,
                "PERIOD_COMPLETED" => Self::PeriodCompleted,
                "STREAK_COMPLETED" => Self::StreakCompleted,
                "STREAK_FAILED" => Self::StreakFailed,
                _ => Self::Unknown(value),
            }
        }
    }
    impl ::std::str::FromStr for StreakEvent {
        type Err = ::std::convert::Infallible;
        fn from_str(value: &str) -> ::std::result::Result<Self, Self::Err> {
            Ok(Self::from(value))
        }
    }
    impl ::std::fmt::Display for StreakEvent {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.write_str(self.as_str())
        }
    }
    impl ::serde::Serialize for StreakEvent {
        fn serialize<S: ::serde::Serializer>(
            &self,
            serializer: S,
        ) -> ::std::result::Result<S::Ok, S::Error> {
            serializer.serialize_str(self.as_str())
        }
    }
    impl<'de> ::serde::Deserialize<'de> for StreakEvent {
        fn deserialize<D: ::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            struct Visitor;
            impl<'de> ::serde::de::Visitor<'de> for Visitor {
                type Value = StreakEvent;
                fn expecting(
                    &self,
                    f: &mut ::std::fmt::Formatter<'_>,
                ) -> ::std::fmt::Result {
                    f.write_str(concat!("a string (", "StreakEvent", ")"))
                }
                fn visit_str<E: ::serde::de::Error>(
                    self,
                    v: &str,
                ) -> ::std::result::Result<Self::Value, E> {
                    Ok(StreakEvent::from(v))
                }
                fn visit_string<E: ::serde::de::Error>(
                    self,
                    v: ::std::string::String,
                ) -> ::std::result::Result<Self::Value, E> {
                    Ok(StreakEvent::from(v))
                }
            }
            deserializer.deserialize_str(Visitor)
        }
    }
    #[cfg(feature = "schemars")]
    impl ::schemars::JsonSchema for StreakEvent {
        fn schema_name() -> ::std::string::String {
            "StreakEvent".to_owned()
        }
        fn json_schema(
            _: &mut ::schemars::r#gen::SchemaGenerator,
        ) -> ::schemars::schema::Schema {
            ::schemars::schema::SchemaObject {
                instance_type: Some(::schemars::schema::InstanceType::String.into()),
                enum_values: Some(
                    vec![
                        ::serde_json::Value::from("ENROLLED"),
                        ::serde_json::Value::from("PERIOD_COMPLETED"),
                        ::serde_json::Value::from("STREAK_COMPLETED"),
                        ::serde_json::Value::from("STREAK_FAILED")
                    ],
                ),
                ..Default::default()
            }
                .into()
        }
    }
    ///Streak status implied by the event: IN_PROGRESS for ENROLLED and PERIOD_COMPLETED, COMPLETED for STREAK_COMPLETED, FAILED for STREAK_FAILED.
    ///
    /// Open enum: values the spec does not list decode as `Unknown`
    /// and serialise back unchanged.
    #[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
    #[non_exhaustive]
    pub enum StreakStatus {
        ///`IN_PROGRESS`
        InProgress,
        ///`COMPLETED`
        Completed,
        ///`FAILED`
        Failed,
        /// A value this version of the client does not know; the raw string.
        Unknown(::std::string::String),
    }
    impl StreakStatus {
        /// The values the spec lists, in spec order.
        pub const KNOWN: &'static [&'static str] = &[
            "IN_PROGRESS",
            "COMPLETED",
            "FAILED",
        ];
        /// The wire value.
        pub fn as_str(&self) -> &str {
            match self {
                Self::InProgress => "IN_PROGRESS",
                Self::Completed => "COMPLETED",
                Self::Failed => "FAILED",
                Self::Unknown(raw) => raw.as_str(),
            }
        }
        /// True for a value the spec does not list.
        pub fn is_unknown(&self) -> bool {
            matches!(self, Self::Unknown(_))
        }
    }
    impl ::std::convert::From<&str> for StreakStatus {
        fn from(value: &str) -> Self {
            match value {
                "IN_PROGRESS" => Self::InProgress,
                "COMPLETED" => Self::Completed,
                "FAILED" => Self::Failed,
                other => Self::Unknown(other.to_owned()),
            }
        }
    }
    impl ::std::convert::From<::std::string::String> for StreakStatus {
        fn from(value: ::std::string::String) -> Self {
            match value.as_str() {
                "IN_PROGRESS" => Self::InProgress,
                "COMPLETED" => Self::Completed,
                "FAILED" => Self::Failed,
                _ => Self::Unknown(value),
            }
        }
    }
    impl ::std::str::FromStr for StreakStatus {
        type Err = ::std::convert::Infallible;
        fn from_str(value: &str) -> ::std::result::Result<Self, Self::Err> {
            Ok(Self::from(value))
        }
    }
    impl ::std::fmt::Display for StreakStatus {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.write_str(self.as_str())
        }
    }
    impl ::serde::Serialize for StreakStatus {
        fn serialize<S: ::serde::Serializer>(
            &self,
            serializer: S,
        ) -> ::std::result::Result<S::Ok, S::Error> {
            serializer.serialize_str(self.as_str())
        }
    }
    impl<'de> ::serde::Deserialize<'de> for StreakStatus {
        fn deserialize<D: ::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            struct Visitor;
            impl<'de> ::serde::de::Visitor<'de> for Visitor {
                type Value = StreakStatus;
                fn expecting(
                    &self,
                    f: &mut ::std::fmt::Formatter<'_>,
                ) -> ::std::fmt::Result {
                    f.write_str(concat!("a string (", "StreakStatus", ")"))
                }
                fn visit_str<E: ::serde::de::Error>(
                    self,
                    v: &str,
                ) -> ::std::result::Result<Self::Value, E> {
                    Ok(StreakStatus::from(v))
                }
                fn visit_string<E: ::serde::de::Error>(
                    self,
                    v: ::std::string::String,
                ) -> ::std::result::Result<Self::Value, E> {
                    Ok(StreakStatus::from(v))
                }
            }
            deserializer.deserialize_str(Visitor)
        }
    }
    #[cfg(feature = "schemars")]
    impl ::schemars::JsonSchema for StreakStatus {
        fn schema_name() -> ::std::string::String {
            "StreakStatus".to_owned()
        }
        fn json_schema(
            _: &mut ::schemars::r#gen::SchemaGenerator,
        ) -> ::schemars::schema::Schema {
            ::schemars::schema::SchemaObject {
                instance_type: Some(::schemars::schema::InstanceType::String.into()),
                enum_values: Some(
                    vec![
                        ::serde_json::Value::from("IN_PROGRESS"),
                        ::serde_json::Value::from("COMPLETED"),
                        ::serde_json::Value::from("FAILED")
                    ],
                ),
                ..Default::default()
            }
                .into()
        }
    }
    ///Kind of object this webhook event is about.
    ///
    /// Open enum: values the spec does not list decode as `Unknown`
    /// and serialise back unchanged.
    #[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
    #[non_exhaustive]
    pub enum StreakWebhookPayloadObject {
        ///`STREAK`
        Streak,
        /// A value this version of the client does not know; the raw string.
        Unknown(::std::string::String),
    }
    impl StreakWebhookPayloadObject {
        /// The values the spec lists, in spec order.
        pub const KNOWN: &'static [&'static str] = &["STREAK"];
        /// The wire value.
        pub fn as_str(&self) -> &str {
            match self {
                Self::Streak => "STREAK",
                Self::Unknown(raw) => raw.as_str(),
            }
        }
        /// True for a value the spec does not list.
        pub fn is_unknown(&self) -> bool {
            matches!(self, Self::Unknown(_))
        }
    }
    impl ::std::convert::From<&str> for StreakWebhookPayloadObject {
        fn from(value: &str) -> Self {
            match value {
                "STREAK" => Self::Streak,
                other => Self::Unknown(other.to_owned()),
            }
        }
    }
    impl ::std::convert::From<::std::string::String> for StreakWebhookPayloadObject {
        fn from(value: ::std::string::String) -> Self {
            match value.as_str() {
                "STREAK" => Self::Streak,
                _ => Self::Unknown(value),
            }
        }
    }
    impl ::std::str::FromStr for StreakWebhookPayloadObject {
        type Err = ::std::convert::Infallible;
        fn from_str(value: &str) -> ::std::result::Result<Self, Self::Err> {
            Ok(Self::from(value))
        }
    }
    impl ::std::fmt::Display for StreakWebhookPayloadObject {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.write_str(self.as_str())
        }
    }
    impl ::serde::Serialize for StreakWebhookPayloadObject {
        fn serialize<S: ::serde::Serializer>(
            &self,
            serializer: S,
        ) -> ::std::result::Result<S::Ok, S::Error> {
            serializer.serialize_str(self.as_str())
        }
    }
    impl<'de> ::serde::Deserialize<'de> for StreakWebhookPayloadObject {
        fn deserialize<D: ::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            struct Visitor;
            impl<'de> ::serde::de::Visitor<'de> for Visitor {
                type Value = StreakWebhookPayloadObject;
                fn expecting(
                    &self,
                    f: &mut ::std::fmt::Formatter<'_>,
                ) -> ::std::fmt::Result {
                    f.write_str(concat!("a string (", "StreakWebhookPayloadObject", ")"))
                }
                fn visit_str<E: ::serde::de::Error>(
                    self,
                    v: &str,
                ) -> ::std::result::Result<Self::Value, E> {
                    Ok(StreakWebhookPayloadObject::from(v))
                }
                fn visit_string<E: ::serde::de::Error>(
                    self,
                    v: ::std::string::String,
                ) -> ::std::result::Result<Self::Value, E> {
                    Ok(StreakWebhookPayloadObject::from(v))
                }
            }
            deserializer.deserialize_str(Visitor)
        }
    }
    #[cfg(feature = "schemars")]
    impl ::schemars::JsonSchema for StreakWebhookPayloadObject {
        fn schema_name() -> ::std::string::String {
            "StreakWebhookPayloadObject".to_owned()
        }
        fn json_schema(
            _: &mut ::schemars::r#gen::SchemaGenerator,
        ) -> ::schemars::schema::Schema {
            ::schemars::schema::SchemaObject {
                instance_type: Some(::schemars::schema::InstanceType::String.into()),
                enum_values: Some(vec![::serde_json::Value::from("STREAK")]),
                ..Default::default()
            }
                .into()
        }
    }
    ///`TransactionIntentStatus` values.
    ///
    /// Open enum: values the spec does not list decode as `Unknown`
    /// and serialise back unchanged.
    #[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
    #[non_exhaustive]
    pub enum TransactionIntentStatus {
        ///`CONFIRMED`
        Confirmed,
        ///`CANCELED`
        Canceled,
        /// A value this version of the client does not know; the raw string.
        Unknown(::std::string::String),
    }
    impl TransactionIntentStatus {
        /// The values the spec lists, in spec order.
        pub const KNOWN: &'static [&'static str] = &["CONFIRMED", "CANCELED"];
        /// The wire value.
        pub fn as_str(&self) -> &str {
            match self {
                Self::Confirmed => "CONFIRMED",
                Self::Canceled => "CANCELED",
                Self::Unknown(raw) => raw.as_str(),
            }
        }
        /// True for a value the spec does not list.
        pub fn is_unknown(&self) -> bool {
            matches!(self, Self::Unknown(_))
        }
    }
    impl ::std::convert::From<&str> for TransactionIntentStatus {
        fn from(value: &str) -> Self {
            match value {
                "CONFIRMED" => Self::Confirmed,
                "CANCELED" => Self::Canceled,
                other => Self::Unknown(other.to_owned()),
            }
        }
    }
    impl ::std::convert::From<::std::string::String> for TransactionIntentStatus {
        fn from(value: ::std::string::String) -> Self {
            match value.as_str() {
                "CONFIRMED" => Self::Confirmed,
                "CANCELED" => Self::Canceled,
                _ => Self::Unknown(value),
            }
        }
    }
    impl ::std::str::FromStr for TransactionIntentStatus {
        type Err = ::std::convert::Infallible;
        fn from_str(value: &str) -> ::std::result::Result<Self, Self::Err> {
            Ok(Self::from(value))
        }
    }
    impl ::std::fmt::Display for TransactionIntentStatus {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.write_str(self.as_str())
        }
    }
    impl ::serde::Serialize for TransactionIntentStatus {
        fn serialize<S: ::serde::Serializer>(
            &self,
            serializer: S,
        ) -> ::std::result::Result<S::Ok, S::Error> {
            serializer.serialize_str(self.as_str())
        }
    }
    impl<'de> ::serde::Deserialize<'de> for TransactionIntentStatus {
        fn deserialize<D: ::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            struct Visitor;
            impl<'de> ::serde::de::Visitor<'de> for Visitor {
                type Value = TransactionIntentStatus;
                fn expecting(
                    &self,
                    f: &mut ::std::fmt::Formatter<'_>,
                ) -> ::std::fmt::Result {
                    f.write_str(concat!("a string (", "TransactionIntentStatus", ")"))
                }
                fn visit_str<E: ::serde::de::Error>(
                    self,
                    v: &str,
                ) -> ::std::result::Result<Self::Value, E> {
                    Ok(TransactionIntentStatus::from(v))
                }
                fn visit_string<E: ::serde::de::Error>(
                    self,
                    v: ::std::string::String,
                ) -> ::std::result::Result<Self::Value, E> {
                    Ok(TransactionIntentStatus::from(v))
                }
            }
            deserializer.deserialize_str(Visitor)
        }
    }
    #[cfg(feature = "schemars")]
    impl ::schemars::JsonSchema for TransactionIntentStatus {
        fn schema_name() -> ::std::string::String {
            "TransactionIntentStatus".to_owned()
        }
        fn json_schema(
            _: &mut ::schemars::r#gen::SchemaGenerator,
        ) -> ::schemars::schema::Schema {
            ::schemars::schema::SchemaObject {
                instance_type: Some(::schemars::schema::InstanceType::String.into()),
                enum_values: Some(
                    vec![
                        ::serde_json::Value::from("CONFIRMED"),
                        ::serde_json::Value::from("CANCELED")
                    ],
                ),
                ..Default::default()
            }
                .into()
        }
    }
    ///`TransactionStatus` values.
    ///
    /// Open enum: values the spec does not list decode as `Unknown`
    /// and serialise back unchanged.
    #[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
    #[non_exhaustive]
    pub enum TransactionStatus {
        ///`APPROVED`
        Approved,
        ///`UPDATED`
        Updated,
        ///`VOIDED`
        Voided,
        ///`CAPTURED`
        Captured,
        ///`REFUNDED`
        Refunded,
        /// A value this version of the client does not know; the raw string.
        Unknown(::std::string::String),
    }
    impl TransactionStatus {
        /// The values the spec lists, in spec order.
        pub const KNOWN: &'static [&'static str] = &[
            "APPROVED",
            "UPDATED",
            "VOIDED",
            "CAPTURED",
            "REFUNDED",
        ];
        /// The wire value.
        pub fn as_str(&self) -> &str {
            match self {
                Self::Approved => "APPROVED",
                Self::Updated => "UPDATED",
                Self::Voided => "VOIDED",
                Self::Captured => "CAPTURED",
                Self::Refunded => "REFUNDED",
                Self::Unknown(raw) => raw.as_str(),
            }
        }
        /// True for a value the spec does not list.
        pub fn is_unknown(&self) -> bool {
            matches!(self, Self::Unknown(_))
        }
    }
    impl ::std::convert::From<&str> for TransactionStatus {
        fn from(value: &str) -> Self {
            match value {
                "APPROVED" => Self::Approved,
                "UPDATED" => Self::Updated,
                "VOIDED" => Self::Voided,
                "CAPTURED" => Self::Captured,
                "REFUNDED" => Self::Refunded,
                other => Self::Unknown(other.to_owned()),
            }
        }
    }
    impl ::std::convert::From<::std::string::String> for TransactionStatus {
        fn from(value: ::std::string::String) -> Self {
            match value.as_str() {
                "APPROVED" => Self::Approved,
                "UPDATED" => Self::Updated,
                "VOIDED" => Self::Voided,
                "CAPTURED" => Self::Captured,
                "REFUNDED" => Self::Refunded,
                _ => Self::Unknown(value),
            }
        }
    }
    impl ::std::str::FromStr for TransactionStatus {
        type Err = ::std::convert::Infallible;
        fn from_str(value: &str) -> ::std::result::Result<Self, Self::Err> {
            Ok(Self::from(value))
        }
    }
    impl ::std::fmt::Display for TransactionStatus {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.write_str(self.as_str())
        }
    }
    impl ::serde::Serialize for TransactionStatus {
        fn serialize<S: ::serde::Serializer>(
            &self,
            serializer: S,
        ) -> ::std::result::Result<S::Ok, S::Error> {
            serializer.serialize_str(self.as_str())
        }
    }
    impl<'de> ::serde::Deserialize<'de> for TransactionStatus {
        fn deserialize<D: ::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            struct Visitor;
            impl<'de> ::serde::de::Visitor<'de> for Visitor {
                type Value = TransactionStatus;
                fn expecting(
                    &self,
                    f: &mut ::std::fmt::Formatter<'_>,
                ) -> ::std::fmt::Result {
                    f.write_str(concat!("a string (", "TransactionStatus", ")"))
                }
                fn visit_str<E: ::serde::de::Error>(
                    self,
                    v: &str,
                ) -> ::std::result::Result<Self::Value, E> {
                    Ok(TransactionStatus::from(v))
                }
                fn visit_string<E: ::serde::de::Error>(
                    self,
                    v: ::std::string::String,
                ) -> ::std::result::Result<Self::Value, E> {
                    Ok(TransactionStatus::from(v))
                }
            }
            deserializer.deserialize_str(Visitor)
        }
    }
    #[cfg(feature = "schemars")]
    impl ::schemars::JsonSchema for TransactionStatus {
        fn schema_name() -> ::std::string::String {
            "TransactionStatus".to_owned()
        }
        fn json_schema(
            _: &mut ::schemars::r#gen::SchemaGenerator,
        ) -> ::schemars::schema::Schema {
            ::schemars::schema::SchemaObject {
                instance_type: Some(::schemars::schema::InstanceType::String.into()),
                enum_values: Some(
                    vec![
                        ::serde_json::Value::from("APPROVED"),
                        ::serde_json::Value::from("UPDATED"),
                        ::serde_json::Value::from("VOIDED"),
                        ::serde_json::Value::from("CAPTURED"),
                        ::serde_json::Value::from("REFUNDED")
                    ],
                ),
                ..Default::default()
            }
                .into()
        }
    }
    ///Kind of resource this webhook event is about (the one created or updated).
    ///
    /// Open enum: values the spec does not list decode as `Unknown`
    /// and serialise back unchanged.
    #[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
    #[non_exhaustive]
    pub enum TransactionWebhookPayloadObject {
        ///`TRANSACTION`
        Transaction,
        /// A value this version of the client does not know; the raw string.
        Unknown(::std::string::String),
    }
    impl TransactionWebhookPayloadObject {
        /// The values the spec lists, in spec order.
        pub const KNOWN: &'static [&'static str] = &["TRANSACTION"];
        /// The wire value.
        pub fn as_str(&self) -> &str {
            match self {
                Self::Transaction => "TRANSACTION",
                Self::Unknown(raw) => raw.as_str(),
            }
        }
        /// True for a value the spec does not list.
        pub fn is_unknown(&self) -> bool {
            matches!(self, Self::Unknown(_))
        }
    }
    impl ::std::convert::From<&str> for TransactionWebhookPayloadObject {
        fn from(value: &str) -> Self {
            match value {
                "TRANSACTION" => Self::Transaction,
                other => Self::Unknown(other.to_owned()),
            }
        }
    }
    impl ::std::convert::From<::std::string::String>
    for TransactionWebhookPayloadObject {
        fn from(value: ::std::string::String) -> Self {
            match value.as_str() {
                "TRANSACTION" => Self::Transaction,
                _ => Self::Unknown(value),
            }
        }
    }
    impl ::std::str::FromStr for TransactionWebhookPayloadObject {
        type Err = ::std::convert::Infallible;
        fn from_str(value: &str) -> ::std::result::Result<Self, Self::Err> {
            Ok(Self::from(value))
        }
    }
    impl ::std::fmt::Display for TransactionWebhookPayloadObject {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.write_str(self.as_str())
        }
    }
    impl ::serde::Serialize for TransactionWebhookPayloadObject {
        fn serialize<S: ::serde::Serializer>(
            &self,
            serializer: S,
        ) -> ::std::result::Result<S::Ok, S::Error> {
            serializer.serialize_str(self.as_str())
        }
    }
    impl<'de> ::serde::Deserialize<'de> for TransactionWebhookPayloadObject {
        fn deserialize<D: ::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            struct Visitor;
            impl<'de> ::serde::de::Visitor<'de> for Visitor {
                type Value = TransactionWebhookPayloadObject;
                fn expecting(
                    &self,
                    f: &mut ::std::fmt::Formatter<'_>,
                ) -> ::std::fmt::Result {
                    f.write_str(
                        concat!("a string (", "TransactionWebhookPayloadObject", ")"),
                    )
                }
                fn visit_str<E: ::serde::de::Error>(
                    self,
                    v: &str,
                ) -> ::std::result::Result<Self::Value, E> {
                    Ok(TransactionWebhookPayloadObject::from(v))
                }
                fn visit_string<E: ::serde::de::Error>(
                    self,
                    v: ::std::string::String,
                ) -> ::std::result::Result<Self::Value, E> {
                    Ok(TransactionWebhookPayloadObject::from(v))
                }
            }
            deserializer.deserialize_str(Visitor)
        }
    }
    #[cfg(feature = "schemars")]
    impl ::schemars::JsonSchema for TransactionWebhookPayloadObject {
        fn schema_name() -> ::std::string::String {
            "TransactionWebhookPayloadObject".to_owned()
        }
        fn json_schema(
            _: &mut ::schemars::r#gen::SchemaGenerator,
        ) -> ::schemars::schema::Schema {
            ::schemars::schema::SchemaObject {
                instance_type: Some(::schemars::schema::InstanceType::String.into()),
                enum_values: Some(vec![::serde_json::Value::from("TRANSACTION")]),
                ..Default::default()
            }
                .into()
        }
    }
}
/// Typed decoders for the error bodies each operation declares, by
/// status. The raw client returns error bodies as bytes (progenitor
/// allows one error type per operation); these give them back their
/// spec types.
pub mod error_bodies {
    #[allow(unused_imports)]
    use super::types;
    ///Error bodies `searchCustomers` declares. `decode` returns `None` for a status the spec gives no JSON body.
    #[derive(Clone, Debug, PartialEq)]
    #[non_exhaustive]
    pub enum SearchCustomersError {
        ///`400`: Malformed or invalid request
        Status400(types::InvalidRequestError),
    }
    impl SearchCustomersError {
        /// Every error status the operation declares, with the component
        /// schema of its JSON body (`None`: no body, or not JSON).
        pub const STATUSES: &'static [(&'static str, Option<&'static str>)] = &[
            ("400", Some("InvalidRequestError")),
        ];
        /// Decodes `body` as the schema declared for `status`.
        #[allow(unreachable_patterns, unused_variables)]
        pub fn decode(
            status: u16,
            body: &[u8],
        ) -> Option<::std::result::Result<Self, ::serde_json::Error>> {
            match status {
                400u16 => {
                    Some(
                        ::serde_json::from_slice::<types::InvalidRequestError>(body)
                            .map(Self::Status400),
                    )
                }
                _ => None,
            }
        }
    }
    ///Error bodies `searchCustomersPost` declares. `decode` returns `None` for a status the spec gives no JSON body.
    #[derive(Clone, Debug, PartialEq)]
    #[non_exhaustive]
    pub enum SearchCustomersPostError {
        ///`400`: Malformed or invalid request
        Status400(types::InvalidRequestError),
    }
    impl SearchCustomersPostError {
        /// Every error status the operation declares, with the component
        /// schema of its JSON body (`None`: no body, or not JSON).
        pub const STATUSES: &'static [(&'static str, Option<&'static str>)] = &[
            ("400", Some("InvalidRequestError")),
        ];
        /// Decodes `body` as the schema declared for `status`.
        #[allow(unreachable_patterns, unused_variables)]
        pub fn decode(
            status: u16,
            body: &[u8],
        ) -> Option<::std::result::Result<Self, ::serde_json::Error>> {
            match status {
                400u16 => {
                    Some(
                        ::serde_json::from_slice::<types::InvalidRequestError>(body)
                            .map(Self::Status400),
                    )
                }
                _ => None,
            }
        }
    }
    ///Error bodies `getCustomer` declares. `decode` returns `None` for a status the spec gives no JSON body.
    #[derive(Clone, Debug, PartialEq)]
    #[non_exhaustive]
    pub enum GetCustomerError {
        ///`404`: No such customer
        Status404(types::CustomerNotFoundError),
        ///`400`: Malformed or invalid request
        Status400(types::InvalidRequestError),
    }
    impl GetCustomerError {
        /// Every error status the operation declares, with the component
        /// schema of its JSON body (`None`: no body, or not JSON).
        pub const STATUSES: &'static [(&'static str, Option<&'static str>)] = &[
            ("404", Some("CustomerNotFoundError")),
            ("400", Some("InvalidRequestError")),
        ];
        /// Decodes `body` as the schema declared for `status`.
        #[allow(unreachable_patterns, unused_variables)]
        pub fn decode(
            status: u16,
            body: &[u8],
        ) -> Option<::std::result::Result<Self, ::serde_json::Error>> {
            match status {
                404u16 => {
                    Some(
                        ::serde_json::from_slice::<types::CustomerNotFoundError>(body)
                            .map(Self::Status404),
                    )
                }
                400u16 => {
                    Some(
                        ::serde_json::from_slice::<types::InvalidRequestError>(body)
                            .map(Self::Status400),
                    )
                }
                _ => None,
            }
        }
    }
    ///Error bodies `updateCustomer` declares. `decode` returns `None` for a status the spec gives no JSON body.
    #[derive(Clone, Debug, PartialEq)]
    #[non_exhaustive]
    pub enum UpdateCustomerError {
        ///`404`: No such customer
        Status404(types::CustomerNotFoundError),
        ///`400`: Malformed or invalid request
        Status400(types::InvalidRequestError),
    }
    impl UpdateCustomerError {
        /// Every error status the operation declares, with the component
        /// schema of its JSON body (`None`: no body, or not JSON).
        pub const STATUSES: &'static [(&'static str, Option<&'static str>)] = &[
            ("404", Some("CustomerNotFoundError")),
            ("400", Some("InvalidRequestError")),
        ];
        /// Decodes `body` as the schema declared for `status`.
        #[allow(unreachable_patterns, unused_variables)]
        pub fn decode(
            status: u16,
            body: &[u8],
        ) -> Option<::std::result::Result<Self, ::serde_json::Error>> {
            match status {
                404u16 => {
                    Some(
                        ::serde_json::from_slice::<types::CustomerNotFoundError>(body)
                            .map(Self::Status404),
                    )
                }
                400u16 => {
                    Some(
                        ::serde_json::from_slice::<types::InvalidRequestError>(body)
                            .map(Self::Status400),
                    )
                }
                _ => None,
            }
        }
    }
    ///Error bodies `linkCustomerAccount` declares. `decode` returns `None` for a status the spec gives no JSON body.
    #[derive(Clone, Debug, PartialEq)]
    #[non_exhaustive]
    pub enum LinkCustomerAccountError {
        ///`400`: Malformed or invalid request
        Status400(types::InvalidRequestError),
        ///`404`: No such customer
        Status404(types::CustomerNotFoundError),
        ///`409`: The customer is linked already
        Status409(types::LinkCustomerAccountError409),
    }
    impl LinkCustomerAccountError {
        /// Every error status the operation declares, with the component
        /// schema of its JSON body (`None`: no body, or not JSON).
        pub const STATUSES: &'static [(&'static str, Option<&'static str>)] = &[
            ("400", Some("InvalidRequestError")),
            ("404", Some("CustomerNotFoundError")),
            ("409", Some("LinkCustomerAccountError409")),
        ];
        /// Decodes `body` as the schema declared for `status`.
        #[allow(unreachable_patterns, unused_variables)]
        pub fn decode(
            status: u16,
            body: &[u8],
        ) -> Option<::std::result::Result<Self, ::serde_json::Error>> {
            match status {
                400u16 => {
                    Some(
                        ::serde_json::from_slice::<types::InvalidRequestError>(body)
                            .map(Self::Status400),
                    )
                }
                404u16 => {
                    Some(
                        ::serde_json::from_slice::<types::CustomerNotFoundError>(body)
                            .map(Self::Status404),
                    )
                }
                409u16 => {
                    Some(
                        ::serde_json::from_slice::<
                            types::LinkCustomerAccountError409,
                        >(body)
                            .map(Self::Status409),
                    )
                }
                _ => None,
            }
        }
    }
    ///Error bodies `createSession` declares. `decode` returns `None` for a status the spec gives no JSON body.
    #[derive(Clone, Debug, PartialEq)]
    #[non_exhaustive]
    pub enum CreateSessionError {
        ///`400`: Malformed or invalid request
        Status400(types::InvalidRequestError),
    }
    impl CreateSessionError {
        /// Every error status the operation declares, with the component
        /// schema of its JSON body (`None`: no body, or not JSON).
        pub const STATUSES: &'static [(&'static str, Option<&'static str>)] = &[
            ("400", Some("InvalidRequestError")),
        ];
        /// Decodes `body` as the schema declared for `status`.
        #[allow(unreachable_patterns, unused_variables)]
        pub fn decode(
            status: u16,
            body: &[u8],
        ) -> Option<::std::result::Result<Self, ::serde_json::Error>> {
            match status {
                400u16 => {
                    Some(
                        ::serde_json::from_slice::<types::InvalidRequestError>(body)
                            .map(Self::Status400),
                    )
                }
                _ => None,
            }
        }
    }
    ///Error bodies `getSession` declares. `decode` returns `None` for a status the spec gives no JSON body.
    #[derive(Clone, Debug, PartialEq)]
    #[non_exhaustive]
    pub enum GetSessionError {
        ///`404`: No such session
        Status404(types::SessionNotFoundError),
        ///`400`: Malformed or invalid request
        Status400(types::InvalidRequestError),
    }
    impl GetSessionError {
        /// Every error status the operation declares, with the component
        /// schema of its JSON body (`None`: no body, or not JSON).
        pub const STATUSES: &'static [(&'static str, Option<&'static str>)] = &[
            ("404", Some("SessionNotFoundError")),
            ("400", Some("InvalidRequestError")),
        ];
        /// Decodes `body` as the schema declared for `status`.
        #[allow(unreachable_patterns, unused_variables)]
        pub fn decode(
            status: u16,
            body: &[u8],
        ) -> Option<::std::result::Result<Self, ::serde_json::Error>> {
            match status {
                404u16 => {
                    Some(
                        ::serde_json::from_slice::<types::SessionNotFoundError>(body)
                            .map(Self::Status404),
                    )
                }
                400u16 => {
                    Some(
                        ::serde_json::from_slice::<types::InvalidRequestError>(body)
                            .map(Self::Status400),
                    )
                }
                _ => None,
            }
        }
    }
    ///Error bodies `searchPaymentMethods` declares. `decode` returns `None` for a status the spec gives no JSON body.
    #[derive(Clone, Debug, PartialEq)]
    #[non_exhaustive]
    pub enum SearchPaymentMethodsError {
        ///`400`: Malformed or invalid request
        Status400(types::InvalidRequestError),
    }
    impl SearchPaymentMethodsError {
        /// Every error status the operation declares, with the component
        /// schema of its JSON body (`None`: no body, or not JSON).
        pub const STATUSES: &'static [(&'static str, Option<&'static str>)] = &[
            ("400", Some("InvalidRequestError")),
        ];
        /// Decodes `body` as the schema declared for `status`.
        #[allow(unreachable_patterns, unused_variables)]
        pub fn decode(
            status: u16,
            body: &[u8],
        ) -> Option<::std::result::Result<Self, ::serde_json::Error>> {
            match status {
                400u16 => {
                    Some(
                        ::serde_json::from_slice::<types::InvalidRequestError>(body)
                            .map(Self::Status400),
                    )
                }
                _ => None,
            }
        }
    }
    ///Error bodies `searchPaymentMethodsPost` declares. `decode` returns `None` for a status the spec gives no JSON body.
    #[derive(Clone, Debug, PartialEq)]
    #[non_exhaustive]
    pub enum SearchPaymentMethodsPostError {
        ///`400`: Malformed or invalid request
        Status400(types::InvalidRequestError),
    }
    impl SearchPaymentMethodsPostError {
        /// Every error status the operation declares, with the component
        /// schema of its JSON body (`None`: no body, or not JSON).
        pub const STATUSES: &'static [(&'static str, Option<&'static str>)] = &[
            ("400", Some("InvalidRequestError")),
        ];
        /// Decodes `body` as the schema declared for `status`.
        #[allow(unreachable_patterns, unused_variables)]
        pub fn decode(
            status: u16,
            body: &[u8],
        ) -> Option<::std::result::Result<Self, ::serde_json::Error>> {
            match status {
                400u16 => {
                    Some(
                        ::serde_json::from_slice::<types::InvalidRequestError>(body)
                            .map(Self::Status400),
                    )
                }
                _ => None,
            }
        }
    }
    ///Error bodies `getPaymentMethod` declares. `decode` returns `None` for a status the spec gives no JSON body.
    #[derive(Clone, Debug, PartialEq)]
    #[non_exhaustive]
    pub enum GetPaymentMethodError {
        ///`404`: No such payment method
        Status404(types::PaymentMethodNotFoundError),
        ///`400`: Malformed or invalid request
        Status400(types::InvalidRequestError),
    }
    impl GetPaymentMethodError {
        /// Every error status the operation declares, with the component
        /// schema of its JSON body (`None`: no body, or not JSON).
        pub const STATUSES: &'static [(&'static str, Option<&'static str>)] = &[
            ("404", Some("PaymentMethodNotFoundError")),
            ("400", Some("InvalidRequestError")),
        ];
        /// Decodes `body` as the schema declared for `status`.
        #[allow(unreachable_patterns, unused_variables)]
        pub fn decode(
            status: u16,
            body: &[u8],
        ) -> Option<::std::result::Result<Self, ::serde_json::Error>> {
            match status {
                404u16 => {
                    Some(
                        ::serde_json::from_slice::<
                            types::PaymentMethodNotFoundError,
                        >(body)
                            .map(Self::Status404),
                    )
                }
                400u16 => {
                    Some(
                        ::serde_json::from_slice::<types::InvalidRequestError>(body)
                            .map(Self::Status400),
                    )
                }
                _ => None,
            }
        }
    }
    ///Error bodies `searchTransactionIntents` declares. `decode` returns `None` for a status the spec gives no JSON body.
    #[derive(Clone, Debug, PartialEq)]
    #[non_exhaustive]
    pub enum SearchTransactionIntentsError {
        ///`400`: Malformed or invalid request
        Status400(types::InvalidRequestError),
    }
    impl SearchTransactionIntentsError {
        /// Every error status the operation declares, with the component
        /// schema of its JSON body (`None`: no body, or not JSON).
        pub const STATUSES: &'static [(&'static str, Option<&'static str>)] = &[
            ("400", Some("InvalidRequestError")),
        ];
        /// Decodes `body` as the schema declared for `status`.
        #[allow(unreachable_patterns, unused_variables)]
        pub fn decode(
            status: u16,
            body: &[u8],
        ) -> Option<::std::result::Result<Self, ::serde_json::Error>> {
            match status {
                400u16 => {
                    Some(
                        ::serde_json::from_slice::<types::InvalidRequestError>(body)
                            .map(Self::Status400),
                    )
                }
                _ => None,
            }
        }
    }
    ///Error bodies `createTransactionIntent` declares. `decode` returns `None` for a status the spec gives no JSON body.
    #[derive(Clone, Debug, PartialEq)]
    #[non_exhaustive]
    pub enum CreateTransactionIntentError {
        ///`400`: Malformed or invalid request
        Status400(types::InvalidRequestError),
    }
    impl CreateTransactionIntentError {
        /// Every error status the operation declares, with the component
        /// schema of its JSON body (`None`: no body, or not JSON).
        pub const STATUSES: &'static [(&'static str, Option<&'static str>)] = &[
            ("400", Some("InvalidRequestError")),
        ];
        /// Decodes `body` as the schema declared for `status`.
        #[allow(unreachable_patterns, unused_variables)]
        pub fn decode(
            status: u16,
            body: &[u8],
        ) -> Option<::std::result::Result<Self, ::serde_json::Error>> {
            match status {
                400u16 => {
                    Some(
                        ::serde_json::from_slice::<types::InvalidRequestError>(body)
                            .map(Self::Status400),
                    )
                }
                _ => None,
            }
        }
    }
    ///Error bodies `getTransactionIntent` declares. `decode` returns `None` for a status the spec gives no JSON body.
    #[derive(Clone, Debug, PartialEq)]
    #[non_exhaustive]
    pub enum GetTransactionIntentError {
        ///`404`: No such transaction intent
        Status404(types::TransactionIntentFoundError),
        ///`400`: Malformed or invalid request
        Status400(types::InvalidRequestError),
    }
    impl GetTransactionIntentError {
        /// Every error status the operation declares, with the component
        /// schema of its JSON body (`None`: no body, or not JSON).
        pub const STATUSES: &'static [(&'static str, Option<&'static str>)] = &[
            ("404", Some("TransactionIntentFoundError")),
            ("400", Some("InvalidRequestError")),
        ];
        /// Decodes `body` as the schema declared for `status`.
        #[allow(unreachable_patterns, unused_variables)]
        pub fn decode(
            status: u16,
            body: &[u8],
        ) -> Option<::std::result::Result<Self, ::serde_json::Error>> {
            match status {
                404u16 => {
                    Some(
                        ::serde_json::from_slice::<
                            types::TransactionIntentFoundError,
                        >(body)
                            .map(Self::Status404),
                    )
                }
                400u16 => {
                    Some(
                        ::serde_json::from_slice::<types::InvalidRequestError>(body)
                            .map(Self::Status400),
                    )
                }
                _ => None,
            }
        }
    }
    ///Error bodies `updateTransactionIntent` declares. `decode` returns `None` for a status the spec gives no JSON body.
    #[derive(Clone, Debug, PartialEq)]
    #[non_exhaustive]
    pub enum UpdateTransactionIntentError {
        ///`400`: Malformed or invalid request
        Status400(types::InvalidRequestError),
        ///`404`: No such transaction intent
        Status404(types::TransactionIntentFoundError),
    }
    impl UpdateTransactionIntentError {
        /// Every error status the operation declares, with the component
        /// schema of its JSON body (`None`: no body, or not JSON).
        pub const STATUSES: &'static [(&'static str, Option<&'static str>)] = &[
            ("400", Some("InvalidRequestError")),
            ("404", Some("TransactionIntentFoundError")),
        ];
        /// Decodes `body` as the schema declared for `status`.
        #[allow(unreachable_patterns, unused_variables)]
        pub fn decode(
            status: u16,
            body: &[u8],
        ) -> Option<::std::result::Result<Self, ::serde_json::Error>> {
            match status {
                400u16 => {
                    Some(
                        ::serde_json::from_slice::<types::InvalidRequestError>(body)
                            .map(Self::Status400),
                    )
                }
                404u16 => {
                    Some(
                        ::serde_json::from_slice::<
                            types::TransactionIntentFoundError,
                        >(body)
                            .map(Self::Status404),
                    )
                }
                _ => None,
            }
        }
    }
    ///Error bodies `getTransaction` declares. `decode` returns `None` for a status the spec gives no JSON body.
    #[derive(Clone, Debug, PartialEq)]
    #[non_exhaustive]
    pub enum GetTransactionError {
        ///`404`: No such transaction
        Status404(types::TransactionNotFoundError),
        ///`400`: Malformed or invalid request
        Status400(types::InvalidRequestError),
    }
    impl GetTransactionError {
        /// Every error status the operation declares, with the component
        /// schema of its JSON body (`None`: no body, or not JSON).
        pub const STATUSES: &'static [(&'static str, Option<&'static str>)] = &[
            ("404", Some("TransactionNotFoundError")),
            ("400", Some("InvalidRequestError")),
        ];
        /// Decodes `body` as the schema declared for `status`.
        #[allow(unreachable_patterns, unused_variables)]
        pub fn decode(
            status: u16,
            body: &[u8],
        ) -> Option<::std::result::Result<Self, ::serde_json::Error>> {
            match status {
                404u16 => {
                    Some(
                        ::serde_json::from_slice::<types::TransactionNotFoundError>(body)
                            .map(Self::Status404),
                    )
                }
                400u16 => {
                    Some(
                        ::serde_json::from_slice::<types::InvalidRequestError>(body)
                            .map(Self::Status400),
                    )
                }
                _ => None,
            }
        }
    }
    ///Error bodies `searchRewards` declares. `decode` returns `None` for a status the spec gives no JSON body.
    #[derive(Clone, Debug, PartialEq)]
    #[non_exhaustive]
    pub enum SearchRewardsError {
        ///`400`: Malformed or invalid request
        Status400(types::InvalidRequestError),
    }
    impl SearchRewardsError {
        /// Every error status the operation declares, with the component
        /// schema of its JSON body (`None`: no body, or not JSON).
        pub const STATUSES: &'static [(&'static str, Option<&'static str>)] = &[
            ("400", Some("InvalidRequestError")),
        ];
        /// Decodes `body` as the schema declared for `status`.
        #[allow(unreachable_patterns, unused_variables)]
        pub fn decode(
            status: u16,
            body: &[u8],
        ) -> Option<::std::result::Result<Self, ::serde_json::Error>> {
            match status {
                400u16 => {
                    Some(
                        ::serde_json::from_slice::<types::InvalidRequestError>(body)
                            .map(Self::Status400),
                    )
                }
                _ => None,
            }
        }
    }
    ///Error bodies `getReward` declares. `decode` returns `None` for a status the spec gives no JSON body.
    #[derive(Clone, Debug, PartialEq)]
    #[non_exhaustive]
    pub enum GetRewardError {
        ///`404`: No such reward
        Status404(types::RewardNotFoundError),
        ///`400`: Malformed or invalid request
        Status400(types::InvalidRequestError),
    }
    impl GetRewardError {
        /// Every error status the operation declares, with the component
        /// schema of its JSON body (`None`: no body, or not JSON).
        pub const STATUSES: &'static [(&'static str, Option<&'static str>)] = &[
            ("404", Some("RewardNotFoundError")),
            ("400", Some("InvalidRequestError")),
        ];
        /// Decodes `body` as the schema declared for `status`.
        #[allow(unreachable_patterns, unused_variables)]
        pub fn decode(
            status: u16,
            body: &[u8],
        ) -> Option<::std::result::Result<Self, ::serde_json::Error>> {
            match status {
                404u16 => {
                    Some(
                        ::serde_json::from_slice::<types::RewardNotFoundError>(body)
                            .map(Self::Status404),
                    )
                }
                400u16 => {
                    Some(
                        ::serde_json::from_slice::<types::InvalidRequestError>(body)
                            .map(Self::Status400),
                    )
                }
                _ => None,
            }
        }
    }
    ///Error bodies `patchReward` declares. `decode` returns `None` for a status the spec gives no JSON body.
    #[derive(Clone, Debug, PartialEq)]
    #[non_exhaustive]
    pub enum PatchRewardError {
        ///`400`: Malformed or invalid request
        Status400(types::InvalidRequestError),
        ///`404`: No such reward
        Status404(types::RewardNotFoundError),
    }
    impl PatchRewardError {
        /// Every error status the operation declares, with the component
        /// schema of its JSON body (`None`: no body, or not JSON).
        pub const STATUSES: &'static [(&'static str, Option<&'static str>)] = &[
            ("400", Some("InvalidRequestError")),
            ("404", Some("RewardNotFoundError")),
        ];
        /// Decodes `body` as the schema declared for `status`.
        #[allow(unreachable_patterns, unused_variables)]
        pub fn decode(
            status: u16,
            body: &[u8],
        ) -> Option<::std::result::Result<Self, ::serde_json::Error>> {
            match status {
                400u16 => {
                    Some(
                        ::serde_json::from_slice::<types::InvalidRequestError>(body)
                            .map(Self::Status400),
                    )
                }
                404u16 => {
                    Some(
                        ::serde_json::from_slice::<types::RewardNotFoundError>(body)
                            .map(Self::Status404),
                    )
                }
                _ => None,
            }
        }
    }
    ///Error bodies `getRewardsBalance` declares. `decode` returns `None` for a status the spec gives no JSON body.
    #[derive(Clone, Debug, PartialEq)]
    #[non_exhaustive]
    pub enum GetRewardsBalanceError {
        ///`404`: No such customer
        Status404(types::CustomerNotFoundError),
        ///`400`: Malformed or invalid request
        Status400(types::InvalidRequestError),
    }
    impl GetRewardsBalanceError {
        /// Every error status the operation declares, with the component
        /// schema of its JSON body (`None`: no body, or not JSON).
        pub const STATUSES: &'static [(&'static str, Option<&'static str>)] = &[
            ("404", Some("CustomerNotFoundError")),
            ("400", Some("InvalidRequestError")),
        ];
        /// Decodes `body` as the schema declared for `status`.
        #[allow(unreachable_patterns, unused_variables)]
        pub fn decode(
            status: u16,
            body: &[u8],
        ) -> Option<::std::result::Result<Self, ::serde_json::Error>> {
            match status {
                404u16 => {
                    Some(
                        ::serde_json::from_slice::<types::CustomerNotFoundError>(body)
                            .map(Self::Status404),
                    )
                }
                400u16 => {
                    Some(
                        ::serde_json::from_slice::<types::InvalidRequestError>(body)
                            .map(Self::Status400),
                    )
                }
                _ => None,
            }
        }
    }
    ///Error bodies `getPaymentMethods` declares. `decode` returns `None` for a status the spec gives no JSON body.
    #[derive(Clone, Debug, PartialEq)]
    #[non_exhaustive]
    pub enum GetPaymentMethodsError {
        ///`404`: No such customer
        Status404(types::CustomerNotFoundError),
        ///`400`: Malformed or invalid request
        Status400(types::InvalidRequestError),
    }
    impl GetPaymentMethodsError {
        /// Every error status the operation declares, with the component
        /// schema of its JSON body (`None`: no body, or not JSON).
        pub const STATUSES: &'static [(&'static str, Option<&'static str>)] = &[
            ("404", Some("CustomerNotFoundError")),
            ("400", Some("InvalidRequestError")),
        ];
        /// Decodes `body` as the schema declared for `status`.
        #[allow(unreachable_patterns, unused_variables)]
        pub fn decode(
            status: u16,
            body: &[u8],
        ) -> Option<::std::result::Result<Self, ::serde_json::Error>> {
            match status {
                404u16 => {
                    Some(
                        ::serde_json::from_slice::<types::CustomerNotFoundError>(body)
                            .map(Self::Status404),
                    )
                }
                400u16 => {
                    Some(
                        ::serde_json::from_slice::<types::InvalidRequestError>(body)
                            .map(Self::Status400),
                    )
                }
                _ => None,
            }
        }
    }
    ///Error bodies `getTransactionIntents` declares. `decode` returns `None` for a status the spec gives no JSON body.
    #[derive(Clone, Debug, PartialEq)]
    #[non_exhaustive]
    pub enum GetTransactionIntentsError {
        ///`404`: No such transaction
        Status404(types::TransactionNotFoundError),
        ///`400`: Malformed or invalid request
        Status400(types::InvalidRequestError),
    }
    impl GetTransactionIntentsError {
        /// Every error status the operation declares, with the component
        /// schema of its JSON body (`None`: no body, or not JSON).
        pub const STATUSES: &'static [(&'static str, Option<&'static str>)] = &[
            ("404", Some("TransactionNotFoundError")),
            ("400", Some("InvalidRequestError")),
        ];
        /// Decodes `body` as the schema declared for `status`.
        #[allow(unreachable_patterns, unused_variables)]
        pub fn decode(
            status: u16,
            body: &[u8],
        ) -> Option<::std::result::Result<Self, ::serde_json::Error>> {
            match status {
                404u16 => {
                    Some(
                        ::serde_json::from_slice::<types::TransactionNotFoundError>(body)
                            .map(Self::Status404),
                    )
                }
                400u16 => {
                    Some(
                        ::serde_json::from_slice::<types::InvalidRequestError>(body)
                            .map(Self::Status400),
                    )
                }
                _ => None,
            }
        }
    }
    ///Error bodies `getTransactions` declares. `decode` returns `None` for a status the spec gives no JSON body.
    #[derive(Clone, Debug, PartialEq)]
    #[non_exhaustive]
    pub enum GetTransactionsError {
        ///`404`: No such customer
        Status404(types::CustomerNotFoundError),
        ///`400`: Malformed or invalid request
        Status400(types::InvalidRequestError),
    }
    impl GetTransactionsError {
        /// Every error status the operation declares, with the component
        /// schema of its JSON body (`None`: no body, or not JSON).
        pub const STATUSES: &'static [(&'static str, Option<&'static str>)] = &[
            ("404", Some("CustomerNotFoundError")),
            ("400", Some("InvalidRequestError")),
        ];
        /// Decodes `body` as the schema declared for `status`.
        #[allow(unreachable_patterns, unused_variables)]
        pub fn decode(
            status: u16,
            body: &[u8],
        ) -> Option<::std::result::Result<Self, ::serde_json::Error>> {
            match status {
                404u16 => {
                    Some(
                        ::serde_json::from_slice::<types::CustomerNotFoundError>(body)
                            .map(Self::Status404),
                    )
                }
                400u16 => {
                    Some(
                        ::serde_json::from_slice::<types::InvalidRequestError>(body)
                            .map(Self::Status400),
                    )
                }
                _ => None,
            }
        }
    }
    ///Error bodies `getRewards` declares. `decode` returns `None` for a status the spec gives no JSON body.
    #[derive(Clone, Debug, PartialEq)]
    #[non_exhaustive]
    pub enum GetRewardsError {
        ///`404`: No such customer
        Status404(types::CustomerNotFoundError),
        ///`400`: Malformed or invalid request
        Status400(types::InvalidRequestError),
    }
    impl GetRewardsError {
        /// Every error status the operation declares, with the component
        /// schema of its JSON body (`None`: no body, or not JSON).
        pub const STATUSES: &'static [(&'static str, Option<&'static str>)] = &[
            ("404", Some("CustomerNotFoundError")),
            ("400", Some("InvalidRequestError")),
        ];
        /// Decodes `body` as the schema declared for `status`.
        #[allow(unreachable_patterns, unused_variables)]
        pub fn decode(
            status: u16,
            body: &[u8],
        ) -> Option<::std::result::Result<Self, ::serde_json::Error>> {
            match status {
                404u16 => {
                    Some(
                        ::serde_json::from_slice::<types::CustomerNotFoundError>(body)
                            .map(Self::Status404),
                    )
                }
                400u16 => {
                    Some(
                        ::serde_json::from_slice::<types::InvalidRequestError>(body)
                            .map(Self::Status400),
                    )
                }
                _ => None,
            }
        }
    }
    ///Error bodies `getOffer` declares. `decode` returns `None` for a status the spec gives no JSON body.
    #[derive(Clone, Debug, PartialEq)]
    #[non_exhaustive]
    pub enum GetOfferError {
        ///`404`: No such customer
        Status404(types::PartnerCustomerNotFoundError),
        ///`400`: Malformed or invalid request
        Status400(types::InvalidRequestError),
    }
    impl GetOfferError {
        /// Every error status the operation declares, with the component
        /// schema of its JSON body (`None`: no body, or not JSON).
        pub const STATUSES: &'static [(&'static str, Option<&'static str>)] = &[
            ("404", Some("PartnerCustomerNotFoundError")),
            ("400", Some("InvalidRequestError")),
        ];
        /// Decodes `body` as the schema declared for `status`.
        #[allow(unreachable_patterns, unused_variables)]
        pub fn decode(
            status: u16,
            body: &[u8],
        ) -> Option<::std::result::Result<Self, ::serde_json::Error>> {
            match status {
                404u16 => {
                    Some(
                        ::serde_json::from_slice::<
                            types::PartnerCustomerNotFoundError,
                        >(body)
                            .map(Self::Status404),
                    )
                }
                400u16 => {
                    Some(
                        ::serde_json::from_slice::<types::InvalidRequestError>(body)
                            .map(Self::Status400),
                    )
                }
                _ => None,
            }
        }
    }
    ///Error bodies `listOrderEvents` declares. `decode` returns `None` for a status the spec gives no JSON body.
    #[derive(Clone, Debug, PartialEq)]
    #[non_exhaustive]
    pub enum ListOrderEventsError {
        ///`400`: Malformed or invalid request
        Status400(types::InvalidRequestError),
    }
    impl ListOrderEventsError {
        /// Every error status the operation declares, with the component
        /// schema of its JSON body (`None`: no body, or not JSON).
        pub const STATUSES: &'static [(&'static str, Option<&'static str>)] = &[
            ("400", Some("InvalidRequestError")),
        ];
        /// Decodes `body` as the schema declared for `status`.
        #[allow(unreachable_patterns, unused_variables)]
        pub fn decode(
            status: u16,
            body: &[u8],
        ) -> Option<::std::result::Result<Self, ::serde_json::Error>> {
            match status {
                400u16 => {
                    Some(
                        ::serde_json::from_slice::<types::InvalidRequestError>(body)
                            .map(Self::Status400),
                    )
                }
                _ => None,
            }
        }
    }
    ///Error bodies `postOrderEvent` declares. `decode` returns `None` for a status the spec gives no JSON body.
    #[derive(Clone, Debug, PartialEq)]
    #[non_exhaustive]
    pub enum PostOrderEventError {
        ///`400`: Malformed or invalid request
        Status400(types::InvalidRequestError),
    }
    impl PostOrderEventError {
        /// Every error status the operation declares, with the component
        /// schema of its JSON body (`None`: no body, or not JSON).
        pub const STATUSES: &'static [(&'static str, Option<&'static str>)] = &[
            ("400", Some("InvalidRequestError")),
        ];
        /// Decodes `body` as the schema declared for `status`.
        #[allow(unreachable_patterns, unused_variables)]
        pub fn decode(
            status: u16,
            body: &[u8],
        ) -> Option<::std::result::Result<Self, ::serde_json::Error>> {
            match status {
                400u16 => {
                    Some(
                        ::serde_json::from_slice::<types::InvalidRequestError>(body)
                            .map(Self::Status400),
                    )
                }
                _ => None,
            }
        }
    }
    ///Error bodies `deleteOrderEvent` declares. `decode` returns `None` for a status the spec gives no JSON body.
    #[derive(Clone, Debug, PartialEq)]
    #[non_exhaustive]
    pub enum DeleteOrderEventError {
        ///`400`: Malformed or invalid request
        Status400(types::InvalidRequestError),
    }
    impl DeleteOrderEventError {
        /// Every error status the operation declares, with the component
        /// schema of its JSON body (`None`: no body, or not JSON).
        pub const STATUSES: &'static [(&'static str, Option<&'static str>)] = &[
            ("400", Some("InvalidRequestError")),
        ];
        /// Decodes `body` as the schema declared for `status`.
        #[allow(unreachable_patterns, unused_variables)]
        pub fn decode(
            status: u16,
            body: &[u8],
        ) -> Option<::std::result::Result<Self, ::serde_json::Error>> {
            match status {
                400u16 => {
                    Some(
                        ::serde_json::from_slice::<types::InvalidRequestError>(body)
                            .map(Self::Status400),
                    )
                }
                _ => None,
            }
        }
    }
    ///Error bodies `listOrders` declares. `decode` returns `None` for a status the spec gives no JSON body.
    #[derive(Clone, Debug, PartialEq)]
    #[non_exhaustive]
    pub enum ListOrdersError {
        ///`400`: Malformed or invalid request
        Status400(types::InvalidRequestError),
    }
    impl ListOrdersError {
        /// Every error status the operation declares, with the component
        /// schema of its JSON body (`None`: no body, or not JSON).
        pub const STATUSES: &'static [(&'static str, Option<&'static str>)] = &[
            ("400", Some("InvalidRequestError")),
        ];
        /// Decodes `body` as the schema declared for `status`.
        #[allow(unreachable_patterns, unused_variables)]
        pub fn decode(
            status: u16,
            body: &[u8],
        ) -> Option<::std::result::Result<Self, ::serde_json::Error>> {
            match status {
                400u16 => {
                    Some(
                        ::serde_json::from_slice::<types::InvalidRequestError>(body)
                            .map(Self::Status400),
                    )
                }
                _ => None,
            }
        }
    }
    ///Error bodies `createOrder` declares. `decode` returns `None` for a status the spec gives no JSON body.
    #[derive(Clone, Debug, PartialEq)]
    #[non_exhaustive]
    pub enum CreateOrderError {
        ///`400`: Malformed or invalid request
        Status400(types::InvalidRequestError),
    }
    impl CreateOrderError {
        /// Every error status the operation declares, with the component
        /// schema of its JSON body (`None`: no body, or not JSON).
        pub const STATUSES: &'static [(&'static str, Option<&'static str>)] = &[
            ("400", Some("InvalidRequestError")),
        ];
        /// Decodes `body` as the schema declared for `status`.
        #[allow(unreachable_patterns, unused_variables)]
        pub fn decode(
            status: u16,
            body: &[u8],
        ) -> Option<::std::result::Result<Self, ::serde_json::Error>> {
            match status {
                400u16 => {
                    Some(
                        ::serde_json::from_slice::<types::InvalidRequestError>(body)
                            .map(Self::Status400),
                    )
                }
                _ => None,
            }
        }
    }
    ///Error bodies `putOrder` declares. `decode` returns `None` for a status the spec gives no JSON body.
    #[derive(Clone, Debug, PartialEq)]
    #[non_exhaustive]
    pub enum PutOrderError {
        ///`400`: Malformed or invalid request
        Status400(types::InvalidRequestError),
        ///`404`: No such order
        Status404(types::PutOrderError404),
    }
    impl PutOrderError {
        /// Every error status the operation declares, with the component
        /// schema of its JSON body (`None`: no body, or not JSON).
        pub const STATUSES: &'static [(&'static str, Option<&'static str>)] = &[
            ("400", Some("InvalidRequestError")),
            ("404", Some("PutOrderError404")),
        ];
        /// Decodes `body` as the schema declared for `status`.
        #[allow(unreachable_patterns, unused_variables)]
        pub fn decode(
            status: u16,
            body: &[u8],
        ) -> Option<::std::result::Result<Self, ::serde_json::Error>> {
            match status {
                400u16 => {
                    Some(
                        ::serde_json::from_slice::<types::InvalidRequestError>(body)
                            .map(Self::Status400),
                    )
                }
                404u16 => {
                    Some(
                        ::serde_json::from_slice::<types::PutOrderError404>(body)
                            .map(Self::Status404),
                    )
                }
                _ => None,
            }
        }
    }
    ///Error bodies `deleteOrder` declares. `decode` returns `None` for a status the spec gives no JSON body.
    #[derive(Clone, Debug, PartialEq)]
    #[non_exhaustive]
    pub enum DeleteOrderError {
        ///`400`: Malformed or invalid request
        Status400(types::InvalidRequestError),
    }
    impl DeleteOrderError {
        /// Every error status the operation declares, with the component
        /// schema of its JSON body (`None`: no body, or not JSON).
        pub const STATUSES: &'static [(&'static str, Option<&'static str>)] = &[
            ("400", Some("InvalidRequestError")),
        ];
        /// Decodes `body` as the schema declared for `status`.
        #[allow(unreachable_patterns, unused_variables)]
        pub fn decode(
            status: u16,
            body: &[u8],
        ) -> Option<::std::result::Result<Self, ::serde_json::Error>> {
            match status {
                400u16 => {
                    Some(
                        ::serde_json::from_slice::<types::InvalidRequestError>(body)
                            .map(Self::Status400),
                    )
                }
                _ => None,
            }
        }
    }
    ///Error bodies `simulateTransactionEvent` declares. `decode` returns `None` for a status the spec gives no JSON body.
    #[derive(Clone, Debug, PartialEq)]
    #[non_exhaustive]
    pub enum SimulateTransactionEventError {
        ///`409`: The event could not be created
        Status409(types::ConflictError),
        ///`400`: Malformed or invalid request
        Status400(types::InvalidRequestError),
    }
    impl SimulateTransactionEventError {
        /// Every error status the operation declares, with the component
        /// schema of its JSON body (`None`: no body, or not JSON).
        pub const STATUSES: &'static [(&'static str, Option<&'static str>)] = &[
            ("409", Some("ConflictError")),
            ("400", Some("InvalidRequestError")),
        ];
        /// Decodes `body` as the schema declared for `status`.
        #[allow(unreachable_patterns, unused_variables)]
        pub fn decode(
            status: u16,
            body: &[u8],
        ) -> Option<::std::result::Result<Self, ::serde_json::Error>> {
            match status {
                409u16 => {
                    Some(
                        ::serde_json::from_slice::<types::ConflictError>(body)
                            .map(Self::Status409),
                    )
                }
                400u16 => {
                    Some(
                        ::serde_json::from_slice::<types::InvalidRequestError>(body)
                            .map(Self::Status400),
                    )
                }
                _ => None,
            }
        }
    }
    ///Error bodies `simulateStatementReward` declares. `decode` returns `None` for a status the spec gives no JSON body.
    #[derive(Clone, Debug, PartialEq)]
    #[non_exhaustive]
    pub enum SimulateStatementRewardError {
        ///`400`: The product has no statement rewards configured
        Status400(types::ApiError),
        ///`403`: Only available in sandbox environments
        Status403(types::ApiError),
        ///`404`: No such customer
        Status404(types::ApiError),
    }
    impl SimulateStatementRewardError {
        /// Every error status the operation declares, with the component
        /// schema of its JSON body (`None`: no body, or not JSON).
        pub const STATUSES: &'static [(&'static str, Option<&'static str>)] = &[
            ("400", Some("ApiError")),
            ("403", Some("ApiError")),
            ("404", Some("ApiError")),
        ];
        /// Decodes `body` as the schema declared for `status`.
        #[allow(unreachable_patterns, unused_variables)]
        pub fn decode(
            status: u16,
            body: &[u8],
        ) -> Option<::std::result::Result<Self, ::serde_json::Error>> {
            match status {
                400u16 => {
                    Some(
                        ::serde_json::from_slice::<types::ApiError>(body)
                            .map(Self::Status400),
                    )
                }
                403u16 => {
                    Some(
                        ::serde_json::from_slice::<types::ApiError>(body)
                            .map(Self::Status403),
                    )
                }
                404u16 => {
                    Some(
                        ::serde_json::from_slice::<types::ApiError>(body)
                            .map(Self::Status404),
                    )
                }
                _ => None,
            }
        }
    }
    ///Error bodies `simulateReward` declares. `decode` returns `None` for a status the spec gives no JSON body.
    #[derive(Clone, Debug, PartialEq)]
    #[non_exhaustive]
    pub enum SimulateRewardError {
        ///`400`: reward_type is invalid or not configured for the product
        Status400(types::ApiError),
        ///`403`: Only available in sandbox environments
        Status403(types::ApiError),
        ///`404`: No such customer
        Status404(types::ApiError),
        ///`409`: This account already has a simulation running
        Status409(types::ApiError),
    }
    impl SimulateRewardError {
        /// Every error status the operation declares, with the component
        /// schema of its JSON body (`None`: no body, or not JSON).
        pub const STATUSES: &'static [(&'static str, Option<&'static str>)] = &[
            ("400", Some("ApiError")),
            ("403", Some("ApiError")),
            ("404", Some("ApiError")),
            ("409", Some("ApiError")),
        ];
        /// Decodes `body` as the schema declared for `status`.
        #[allow(unreachable_patterns, unused_variables)]
        pub fn decode(
            status: u16,
            body: &[u8],
        ) -> Option<::std::result::Result<Self, ::serde_json::Error>> {
            match status {
                400u16 => {
                    Some(
                        ::serde_json::from_slice::<types::ApiError>(body)
                            .map(Self::Status400),
                    )
                }
                403u16 => {
                    Some(
                        ::serde_json::from_slice::<types::ApiError>(body)
                            .map(Self::Status403),
                    )
                }
                404u16 => {
                    Some(
                        ::serde_json::from_slice::<types::ApiError>(body)
                            .map(Self::Status404),
                    )
                }
                409u16 => {
                    Some(
                        ::serde_json::from_slice::<types::ApiError>(body)
                            .map(Self::Status409),
                    )
                }
                _ => None,
            }
        }
    }
    ///Error bodies `createKey` declares. `decode` returns `None` for a status the spec gives no JSON body.
    #[derive(Clone, Debug, PartialEq)]
    #[non_exhaustive]
    pub enum CreateKeyError {}
    impl CreateKeyError {
        /// Every error status the operation declares, with the component
        /// schema of its JSON body (`None`: no body, or not JSON).
        pub const STATUSES: &'static [(&'static str, Option<&'static str>)] = &[
            ("401", None),
        ];
        /// Decodes `body` as the schema declared for `status`.
        #[allow(unreachable_patterns, unused_variables)]
        pub fn decode(
            status: u16,
            body: &[u8],
        ) -> Option<::std::result::Result<Self, ::serde_json::Error>> {
            match status {
                401u16 => None,
                _ => None,
            }
        }
    }
    ///Error bodies `deleteKey` declares. `decode` returns `None` for a status the spec gives no JSON body.
    #[derive(Clone, Debug, PartialEq)]
    #[non_exhaustive]
    pub enum DeleteKeyError {}
    impl DeleteKeyError {
        /// Every error status the operation declares, with the component
        /// schema of its JSON body (`None`: no body, or not JSON).
        pub const STATUSES: &'static [(&'static str, Option<&'static str>)] = &[
            ("401", None),
        ];
        /// Decodes `body` as the schema declared for `status`.
        #[allow(unreachable_patterns, unused_variables)]
        pub fn decode(
            status: u16,
            body: &[u8],
        ) -> Option<::std::result::Result<Self, ::serde_json::Error>> {
            match status {
                401u16 => None,
                _ => None,
            }
        }
    }
}
/// Every operation of the spec: what the facade needs to trace, retry
/// and page a call, without restating it by hand.
pub mod operations {
    use crate::support::OperationDescriptor;
    ///`GET /v2/customers` (`searchCustomers`): Find customers
    pub const SEARCH_CUSTOMERS: OperationDescriptor = OperationDescriptor {
        id: "searchCustomers",
        method: "GET",
        path: "/v2/customers",
        section: "Customers",
        summary: "Find customers",
        idempotent: true,
        pagination: ::std::option::Option::Some(crate::support::CursorFields {
            cursor: "starting_after",
            in_body: false,
            limit: ::std::option::Option::Some("limit"),
            items: "data",
            has_more: "has_more",
            item_cursor: "id",
            total: ::std::option::Option::Some("total"),
        }),
        deprecated: false,
    };
    ///`POST /v2/customers` (`searchCustomersPost`): Find customers
    pub const SEARCH_CUSTOMERS_POST: OperationDescriptor = OperationDescriptor {
        id: "searchCustomersPost",
        method: "POST",
        path: "/v2/customers",
        section: "Customers",
        summary: "Find customers",
        idempotent: true,
        pagination: ::std::option::Option::Some(crate::support::CursorFields {
            cursor: "starting_after",
            in_body: true,
            limit: ::std::option::Option::Some("limit"),
            items: "data",
            has_more: "has_more",
            item_cursor: "id",
            total: ::std::option::Option::Some("total"),
        }),
        deprecated: false,
    };
    ///`GET /v2/customers/{customer_id}` (`getCustomer`): Get a customer
    pub const GET_CUSTOMER: OperationDescriptor = OperationDescriptor {
        id: "getCustomer",
        method: "GET",
        path: "/v2/customers/{customer_id}",
        section: "Customers",
        summary: "Get a customer",
        idempotent: true,
        pagination: ::std::option::Option::None,
        deprecated: false,
    };
    ///`POST /v2/customers/{customer_id}` (`updateCustomer`): Change a customer
    pub const UPDATE_CUSTOMER: OperationDescriptor = OperationDescriptor {
        id: "updateCustomer",
        method: "POST",
        path: "/v2/customers/{customer_id}",
        section: "Customers",
        summary: "Change a customer",
        idempotent: false,
        pagination: ::std::option::Option::None,
        deprecated: false,
    };
    ///`POST /v2/customers/{customer_id}/link` (`linkCustomerAccount`): Link an Imprint customer to a partner account
    pub const LINK_CUSTOMER_ACCOUNT: OperationDescriptor = OperationDescriptor {
        id: "linkCustomerAccount",
        method: "POST",
        path: "/v2/customers/{customer_id}/link",
        section: "Customer Links",
        summary: "Link an Imprint customer to a partner account",
        idempotent: false,
        pagination: ::std::option::Option::None,
        deprecated: false,
    };
    ///`POST /v2/customer_sessions` (`createSession`): Start a customer session
    pub const CREATE_SESSION: OperationDescriptor = OperationDescriptor {
        id: "createSession",
        method: "POST",
        path: "/v2/customer_sessions",
        section: "Customer Sessions",
        summary: "Start a customer session",
        idempotent: false,
        pagination: ::std::option::Option::None,
        deprecated: false,
    };
    ///`GET /v2/customer_sessions/{session_id}` (`getSession`): Get a session
    pub const GET_SESSION: OperationDescriptor = OperationDescriptor {
        id: "getSession",
        method: "GET",
        path: "/v2/customer_sessions/{session_id}",
        section: "Customer Sessions",
        summary: "Get a session",
        idempotent: true,
        pagination: ::std::option::Option::None,
        deprecated: false,
    };
    ///`GET /v2/payment_methods` (`searchPaymentMethods`): Find payment methods
    pub const SEARCH_PAYMENT_METHODS: OperationDescriptor = OperationDescriptor {
        id: "searchPaymentMethods",
        method: "GET",
        path: "/v2/payment_methods",
        section: "Payment Methods",
        summary: "Find payment methods",
        idempotent: true,
        pagination: ::std::option::Option::Some(crate::support::CursorFields {
            cursor: "starting_after",
            in_body: false,
            limit: ::std::option::Option::Some("limit"),
            items: "data",
            has_more: "has_more",
            item_cursor: "id",
            total: ::std::option::Option::Some("total"),
        }),
        deprecated: false,
    };
    ///`POST /v2/payment_methods` (`searchPaymentMethodsPost`): Find payment methods
    pub const SEARCH_PAYMENT_METHODS_POST: OperationDescriptor = OperationDescriptor {
        id: "searchPaymentMethodsPost",
        method: "POST",
        path: "/v2/payment_methods",
        section: "Payment Methods",
        summary: "Find payment methods",
        idempotent: true,
        pagination: ::std::option::Option::None,
        deprecated: false,
    };
    ///`GET /v2/payment_methods/{payment_method_id}` (`getPaymentMethod`): Get a payment method
    pub const GET_PAYMENT_METHOD: OperationDescriptor = OperationDescriptor {
        id: "getPaymentMethod",
        method: "GET",
        path: "/v2/payment_methods/{payment_method_id}",
        section: "Payment Methods",
        summary: "Get a payment method",
        idempotent: true,
        pagination: ::std::option::Option::None,
        deprecated: false,
    };
    ///`GET /v2/transaction_intents` (`searchTransactionIntents`): Find transaction intents
    pub const SEARCH_TRANSACTION_INTENTS: OperationDescriptor = OperationDescriptor {
        id: "searchTransactionIntents",
        method: "GET",
        path: "/v2/transaction_intents",
        section: "Transaction Intents",
        summary: "Find transaction intents",
        idempotent: true,
        pagination: ::std::option::Option::Some(crate::support::CursorFields {
            cursor: "starting_after",
            in_body: false,
            limit: ::std::option::Option::Some("limit"),
            items: "data",
            has_more: "has_more",
            item_cursor: "id",
            total: ::std::option::Option::Some("total"),
        }),
        deprecated: false,
    };
    ///`POST /v2/transaction_intents` (`createTransactionIntent`): New transaction intent
    pub const CREATE_TRANSACTION_INTENT: OperationDescriptor = OperationDescriptor {
        id: "createTransactionIntent",
        method: "POST",
        path: "/v2/transaction_intents",
        section: "Transaction Intents",
        summary: "New transaction intent",
        idempotent: false,
        pagination: ::std::option::Option::None,
        deprecated: false,
    };
    ///`GET /v2/transaction_intents/{intent_id}` (`getTransactionIntent`): Get a transaction intent
    pub const GET_TRANSACTION_INTENT: OperationDescriptor = OperationDescriptor {
        id: "getTransactionIntent",
        method: "GET",
        path: "/v2/transaction_intents/{intent_id}",
        section: "Transaction Intents",
        summary: "Get a transaction intent",
        idempotent: true,
        pagination: ::std::option::Option::None,
        deprecated: false,
    };
    ///`POST /v2/transaction_intents/{intent_id}` (`updateTransactionIntent`): Change a transaction intent
    pub const UPDATE_TRANSACTION_INTENT: OperationDescriptor = OperationDescriptor {
        id: "updateTransactionIntent",
        method: "POST",
        path: "/v2/transaction_intents/{intent_id}",
        section: "Transaction Intents",
        summary: "Change a transaction intent",
        idempotent: false,
        pagination: ::std::option::Option::None,
        deprecated: false,
    };
    ///`GET /v2/transactions/{transaction_id}` (`getTransaction`): Get a transaction
    pub const GET_TRANSACTION: OperationDescriptor = OperationDescriptor {
        id: "getTransaction",
        method: "GET",
        path: "/v2/transactions/{transaction_id}",
        section: "Transactions",
        summary: "Get a transaction",
        idempotent: true,
        pagination: ::std::option::Option::None,
        deprecated: false,
    };
    ///`GET /v2/rewards` (`searchRewards`): Find rewards
    pub const SEARCH_REWARDS: OperationDescriptor = OperationDescriptor {
        id: "searchRewards",
        method: "GET",
        path: "/v2/rewards",
        section: "Rewards",
        summary: "Find rewards",
        idempotent: true,
        pagination: ::std::option::Option::Some(crate::support::CursorFields {
            cursor: "starting_after",
            in_body: false,
            limit: ::std::option::Option::Some("limit"),
            items: "data",
            has_more: "has_more",
            item_cursor: "id",
            total: ::std::option::Option::Some("total"),
        }),
        deprecated: false,
    };
    ///`GET /v2/rewards/{reward_id}` (`getReward`): Get a reward
    pub const GET_REWARD: OperationDescriptor = OperationDescriptor {
        id: "getReward",
        method: "GET",
        path: "/v2/rewards/{reward_id}",
        section: "Rewards",
        summary: "Get a reward",
        idempotent: true,
        pagination: ::std::option::Option::None,
        deprecated: false,
    };
    ///`PATCH /v2/rewards/{reward_id}` (`patchReward`): Change a reward
    pub const PATCH_REWARD: OperationDescriptor = OperationDescriptor {
        id: "patchReward",
        method: "PATCH",
        path: "/v2/rewards/{reward_id}",
        section: "Rewards",
        summary: "Change a reward",
        idempotent: false,
        pagination: ::std::option::Option::None,
        deprecated: false,
    };
    ///`GET /v2/customers/{customer_id}/rewards_balance` (`getRewardsBalance`): Current rewards balance of a customer
    pub const GET_REWARDS_BALANCE: OperationDescriptor = OperationDescriptor {
        id: "getRewardsBalance",
        method: "GET",
        path: "/v2/customers/{customer_id}/rewards_balance",
        section: "Customers",
        summary: "Current rewards balance of a customer",
        idempotent: true,
        pagination: ::std::option::Option::None,
        deprecated: false,
    };
    ///`GET /v2/customers/{customer_id}/payment_methods` (`getPaymentMethods`): A customer's payment methods
    pub const GET_PAYMENT_METHODS: OperationDescriptor = OperationDescriptor {
        id: "getPaymentMethods",
        method: "GET",
        path: "/v2/customers/{customer_id}/payment_methods",
        section: "Customers",
        summary: "A customer's payment methods",
        idempotent: true,
        pagination: ::std::option::Option::None,
        deprecated: false,
    };
    ///`GET /v2/customers/{customer_id}/transaction_intents` (`getTransactionIntents`): A customer's transaction intents
    pub const GET_TRANSACTION_INTENTS: OperationDescriptor = OperationDescriptor {
        id: "getTransactionIntents",
        method: "GET",
        path: "/v2/customers/{customer_id}/transaction_intents",
        section: "Customers",
        summary: "A customer's transaction intents",
        idempotent: true,
        pagination: ::std::option::Option::None,
        deprecated: false,
    };
    ///`GET /v2/customers/{customer_id}/transactions` (`getTransactions`): A customer's transactions
    pub const GET_TRANSACTIONS: OperationDescriptor = OperationDescriptor {
        id: "getTransactions",
        method: "GET",
        path: "/v2/customers/{customer_id}/transactions",
        section: "Customers",
        summary: "A customer's transactions",
        idempotent: true,
        pagination: ::std::option::Option::Some(crate::support::CursorFields {
            cursor: "starting_after",
            in_body: false,
            limit: ::std::option::Option::Some("limit"),
            items: "data",
            has_more: "has_more",
            item_cursor: "id",
            total: ::std::option::Option::Some("total"),
        }),
        deprecated: false,
    };
    ///`GET /v2/customers/{customer_id}/rewards` (`getRewards`): A customer's rewards
    pub const GET_REWARDS: OperationDescriptor = OperationDescriptor {
        id: "getRewards",
        method: "GET",
        path: "/v2/customers/{customer_id}/rewards",
        section: "Customers",
        summary: "A customer's rewards",
        idempotent: true,
        pagination: ::std::option::Option::Some(crate::support::CursorFields {
            cursor: "starting_after",
            in_body: false,
            limit: ::std::option::Option::Some("limit"),
            items: "data",
            has_more: "has_more",
            item_cursor: "id",
            total: ::std::option::Option::Some("total"),
        }),
        deprecated: false,
    };
    ///`GET /v2/offers` (`getOffer`): Get an offer
    pub const GET_OFFER: OperationDescriptor = OperationDescriptor {
        id: "getOffer",
        method: "GET",
        path: "/v2/offers",
        section: "Offers",
        summary: "Get an offer",
        idempotent: true,
        pagination: ::std::option::Option::None,
        deprecated: false,
    };
    ///`GET /v2/order_events` (`listOrderEvents`): List order events
    pub const LIST_ORDER_EVENTS: OperationDescriptor = OperationDescriptor {
        id: "listOrderEvents",
        method: "GET",
        path: "/v2/order_events",
        section: "Order Events",
        summary: "List order events",
        idempotent: true,
        pagination: ::std::option::Option::Some(crate::support::CursorFields {
            cursor: "starting_after",
            in_body: false,
            limit: ::std::option::Option::Some("limit"),
            items: "data",
            has_more: "has_more",
            item_cursor: "order_event_id",
            total: ::std::option::Option::Some("total"),
        }),
        deprecated: false,
    };
    ///`POST /v2/order_events` (`postOrderEvent`): Add order events
    pub const POST_ORDER_EVENT: OperationDescriptor = OperationDescriptor {
        id: "postOrderEvent",
        method: "POST",
        path: "/v2/order_events",
        section: "Order Events",
        summary: "Add order events",
        idempotent: false,
        pagination: ::std::option::Option::None,
        deprecated: false,
    };
    ///`DELETE /v2/order_events/{order_event_id}` (`deleteOrderEvent`): Remove an order event
    pub const DELETE_ORDER_EVENT: OperationDescriptor = OperationDescriptor {
        id: "deleteOrderEvent",
        method: "DELETE",
        path: "/v2/order_events/{order_event_id}",
        section: "Order Events",
        summary: "Remove an order event",
        idempotent: true,
        pagination: ::std::option::Option::None,
        deprecated: false,
    };
    ///`GET /v2/orders` (`listOrders`): List orders
    pub const LIST_ORDERS: OperationDescriptor = OperationDescriptor {
        id: "listOrders",
        method: "GET",
        path: "/v2/orders",
        section: "Orders",
        summary: "List orders",
        idempotent: true,
        pagination: ::std::option::Option::None,
        deprecated: false,
    };
    ///`POST /v2/orders` (`createOrder`): Add orders
    pub const CREATE_ORDER: OperationDescriptor = OperationDescriptor {
        id: "createOrder",
        method: "POST",
        path: "/v2/orders",
        section: "Orders",
        summary: "Add orders",
        idempotent: false,
        pagination: ::std::option::Option::None,
        deprecated: false,
    };
    ///`PUT /v2/orders/{order_id}` (`putOrder`): Change an order
    pub const PUT_ORDER: OperationDescriptor = OperationDescriptor {
        id: "putOrder",
        method: "PUT",
        path: "/v2/orders/{order_id}",
        section: "Orders",
        summary: "Change an order",
        idempotent: true,
        pagination: ::std::option::Option::None,
        deprecated: false,
    };
    ///`DELETE /v2/orders/{order_id}` (`deleteOrder`): Remove an order
    pub const DELETE_ORDER: OperationDescriptor = OperationDescriptor {
        id: "deleteOrder",
        method: "DELETE",
        path: "/v2/orders/{order_id}",
        section: "Orders",
        summary: "Remove an order",
        idempotent: true,
        pagination: ::std::option::Option::None,
        deprecated: false,
    };
    ///`POST /v2/simulate_transaction_event` (`simulateTransactionEvent`): Simulate a transaction event (sandbox only)
    pub const SIMULATE_TRANSACTION_EVENT: OperationDescriptor = OperationDescriptor {
        id: "simulateTransactionEvent",
        method: "POST",
        path: "/v2/simulate_transaction_event",
        section: "Simulate Transaction Event",
        summary: "Simulate a transaction event (sandbox only)",
        idempotent: false,
        pagination: ::std::option::Option::None,
        deprecated: false,
    };
    ///`POST /v2/simulate_statement_reward` (`simulateStatementReward`): Simulate a statement reward
    pub const SIMULATE_STATEMENT_REWARD: OperationDescriptor = OperationDescriptor {
        id: "simulateStatementReward",
        method: "POST",
        path: "/v2/simulate_statement_reward",
        section: "Simulate Statement Reward",
        summary: "Simulate a statement reward",
        idempotent: false,
        pagination: ::std::option::Option::None,
        deprecated: true,
    };
    ///`POST /v2/simulate_reward` (`simulateReward`): Simulate a reward
    pub const SIMULATE_REWARD: OperationDescriptor = OperationDescriptor {
        id: "simulateReward",
        method: "POST",
        path: "/v2/simulate_reward",
        section: "Simulate Reward",
        summary: "Simulate a reward",
        idempotent: false,
        pagination: ::std::option::Option::None,
        deprecated: false,
    };
    ///`POST /v2/keys` (`createKey`): New API key
    pub const CREATE_KEY: OperationDescriptor = OperationDescriptor {
        id: "createKey",
        method: "POST",
        path: "/v2/keys",
        section: "Keys",
        summary: "New API key",
        idempotent: false,
        pagination: ::std::option::Option::None,
        deprecated: false,
    };
    ///`DELETE /v2/keys` (`deleteKey`): Remove an API key
    pub const DELETE_KEY: OperationDescriptor = OperationDescriptor {
        id: "deleteKey",
        method: "DELETE",
        path: "/v2/keys",
        section: "Keys",
        summary: "Remove an API key",
        idempotent: true,
        pagination: ::std::option::Option::None,
        deprecated: false,
    };
    /// Every operation, in spec order.
    pub const ALL: [&OperationDescriptor; 36usize] = [
        &SEARCH_CUSTOMERS,
        &SEARCH_CUSTOMERS_POST,
        &GET_CUSTOMER,
        &UPDATE_CUSTOMER,
        &LINK_CUSTOMER_ACCOUNT,
        &CREATE_SESSION,
        &GET_SESSION,
        &SEARCH_PAYMENT_METHODS,
        &SEARCH_PAYMENT_METHODS_POST,
        &GET_PAYMENT_METHOD,
        &SEARCH_TRANSACTION_INTENTS,
        &CREATE_TRANSACTION_INTENT,
        &GET_TRANSACTION_INTENT,
        &UPDATE_TRANSACTION_INTENT,
        &GET_TRANSACTION,
        &SEARCH_REWARDS,
        &GET_REWARD,
        &PATCH_REWARD,
        &GET_REWARDS_BALANCE,
        &GET_PAYMENT_METHODS,
        &GET_TRANSACTION_INTENTS,
        &GET_TRANSACTIONS,
        &GET_REWARDS,
        &GET_OFFER,
        &LIST_ORDER_EVENTS,
        &POST_ORDER_EVENT,
        &DELETE_ORDER_EVENT,
        &LIST_ORDERS,
        &CREATE_ORDER,
        &PUT_ORDER,
        &DELETE_ORDER,
        &SIMULATE_TRANSACTION_EVENT,
        &SIMULATE_STATEMENT_REWARD,
        &SIMULATE_REWARD,
        &CREATE_KEY,
        &DELETE_KEY,
    ];
    /// The operation with this `operationId`.
    pub fn find(id: &str) -> Option<&'static OperationDescriptor> {
        ALL.iter().copied().find(|o| o.id == id)
    }
}
/// One owned request type per operation: its path and query
/// parameters as fields, and its body. Send one with the facade's
/// `Client::send` (or, for a cursor list, stream it with
/// `Client::stream`), or with [`crate::support::Request::send`] on the
/// raw client.
pub mod requests {
    #[allow(unused_imports)]
    use super::{ByteStream, Error, ResponseValue, types};
    /**`GET /v2/customers` (`searchCustomers`): Find customers

Section: Customers.*/
    #[derive(Clone, Debug, PartialEq)]
    #[derive(Default)]
    pub struct SearchCustomers {
        ///Maximum number of results to return (query parameter). Optional: not sent when `None`.
        pub limit: ::std::option::Option<::std::num::NonZeroU32>,
        ///Customer's ID in the partner's system (query parameter). Optional: not sent when `None`.
        pub partner_customer_id: ::std::option::Option<::std::string::String>,
        ///Pagination cursor, an ID marking where the list resumes (query parameter). Optional: not sent when `None`.
        pub starting_after: ::std::option::Option<::std::string::String>,
    }
    impl SearchCustomers {
        /// A request with its required values; optional ones are unset.
        pub fn new() -> Self {
            Self {
                limit: ::std::option::Option::None,
                partner_customer_id: ::std::option::Option::None,
                starting_after: ::std::option::Option::None,
            }
        }
        ///Sets `limit`.
        #[must_use]
        pub fn limit(
            mut self,
            value: impl ::std::convert::Into<::std::num::NonZeroU32>,
        ) -> Self {
            self.limit = ::std::option::Option::Some(value.into());
            self
        }
        ///Sets `partner_customer_id`.
        #[must_use]
        pub fn partner_customer_id(
            mut self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            self.partner_customer_id = ::std::option::Option::Some(value.into());
            self
        }
        ///Sets `starting_after`.
        #[must_use]
        pub fn starting_after(
            mut self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            self.starting_after = ::std::option::Option::Some(value.into());
            self
        }
    }
    impl crate::support::Request for SearchCustomers {
        type Output = types::CustomerListResponse;
        type ErrorBody = ByteStream;
        const OPERATION: &'static crate::support::OperationDescriptor = &super::operations::SEARCH_CUSTOMERS;
        fn send(
            self,
            client: &super::Client,
        ) -> impl ::std::future::Future<
            Output = ::std::result::Result<
                ResponseValue<Self::Output>,
                Error<Self::ErrorBody>,
            >,
        > + Send + '_ {
            let builder = client.search_customers();
            let builder = match self.limit {
                ::std::option::Option::Some(v) => builder.limit(v),
                ::std::option::Option::None => builder,
            };
            let builder = match self.partner_customer_id {
                ::std::option::Option::Some(v) => builder.partner_customer_id(v),
                ::std::option::Option::None => builder,
            };
            let builder = match self.starting_after {
                ::std::option::Option::Some(v) => builder.starting_after(v),
                ::std::option::Option::None => builder,
            };
            builder.send()
        }
        #[allow(unused_variables)]
        fn visit_path_params(&self, visit: &mut dyn FnMut(&'static str, &str)) {}
    }
    impl crate::support::CursorRequest for SearchCustomers {
        fn cursor(&self) -> ::std::option::Option<&str> {
            use crate::support::field::FieldCursor;
            FieldCursor::cursor(&self.starting_after)
        }
        fn set_cursor(&mut self, cursor: ::std::option::Option<::std::string::String>) {
            self.starting_after = cursor.map(::std::convert::Into::into);
        }
        fn set_limit(&mut self, limit: ::std::num::NonZeroU32) {
            self.limit = crate::support::field::FieldLimit::from_limit(limit);
        }
    }
    /**`POST /v2/customers` (`searchCustomersPost`): Find customers

Section: Customers.*/
    #[derive(Clone, Debug, PartialEq)]
    pub struct SearchCustomersPost {
        ///The request body.
        pub body: types::SearchCustomersPostBody,
    }
    impl SearchCustomersPost {
        /// A request with its required values; optional ones are unset.
        pub fn new(
            body: impl ::std::convert::Into<types::SearchCustomersPostBody>,
        ) -> Self {
            Self { body: body.into() }
        }
    }
    impl crate::support::Request for SearchCustomersPost {
        type Output = types::CustomerListResponse;
        type ErrorBody = ByteStream;
        const OPERATION: &'static crate::support::OperationDescriptor = &super::operations::SEARCH_CUSTOMERS_POST;
        fn send(
            self,
            client: &super::Client,
        ) -> impl ::std::future::Future<
            Output = ::std::result::Result<
                ResponseValue<Self::Output>,
                Error<Self::ErrorBody>,
            >,
        > + Send + '_ {
            let builder = client.search_customers_post();
            let builder = builder.body(self.body);
            builder.send()
        }
        #[allow(unused_variables)]
        fn visit_path_params(&self, visit: &mut dyn FnMut(&'static str, &str)) {}
    }
    impl crate::support::CursorRequest for SearchCustomersPost {
        fn cursor(&self) -> ::std::option::Option<&str> {
            use crate::support::field::FieldCursor;
            FieldCursor::cursor(&self.body.starting_after)
        }
        fn set_cursor(&mut self, cursor: ::std::option::Option<::std::string::String>) {
            self.body.starting_after = cursor.map(::std::convert::Into::into);
        }
        fn set_limit(&mut self, limit: ::std::num::NonZeroU32) {
            self.body.limit = crate::support::field::FieldLimit::from_limit(limit);
        }
    }
    /**`GET /v2/customers/{customer_id}` (`getCustomer`): Get a customer

Section: Customers.*/
    #[derive(Clone, Debug, PartialEq)]
    pub struct GetCustomer {
        ///ID of the customer (path parameter).
        pub customer_id: ::std::string::String,
    }
    impl GetCustomer {
        /// A request with its required values; optional ones are unset.
        pub fn new(
            customer_id: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            Self {
                customer_id: customer_id.into(),
            }
        }
    }
    impl crate::support::Request for GetCustomer {
        type Output = types::Customer;
        type ErrorBody = ByteStream;
        const OPERATION: &'static crate::support::OperationDescriptor = &super::operations::GET_CUSTOMER;
        fn send(
            self,
            client: &super::Client,
        ) -> impl ::std::future::Future<
            Output = ::std::result::Result<
                ResponseValue<Self::Output>,
                Error<Self::ErrorBody>,
            >,
        > + Send + '_ {
            let builder = client.get_customer();
            let builder = builder.customer_id(self.customer_id);
            builder.send()
        }
        #[allow(unused_variables)]
        fn visit_path_params(&self, visit: &mut dyn FnMut(&'static str, &str)) {
            visit("customer_id", self.customer_id.as_str());
        }
    }
    /**`POST /v2/customers/{customer_id}` (`updateCustomer`): Change a customer

Section: Customers.*/
    #[derive(Clone, Debug, PartialEq)]
    pub struct UpdateCustomer {
        ///ID of the customer (path parameter).
        pub customer_id: ::std::string::String,
        ///The request body.
        pub body: types::CustomerUpdateRequest,
    }
    impl UpdateCustomer {
        /// A request with its required values; optional ones are unset.
        pub fn new(
            customer_id: impl ::std::convert::Into<::std::string::String>,
            body: impl ::std::convert::Into<types::CustomerUpdateRequest>,
        ) -> Self {
            Self {
                customer_id: customer_id.into(),
                body: body.into(),
            }
        }
    }
    impl crate::support::Request for UpdateCustomer {
        type Output = types::Customer;
        type ErrorBody = ByteStream;
        const OPERATION: &'static crate::support::OperationDescriptor = &super::operations::UPDATE_CUSTOMER;
        fn send(
            self,
            client: &super::Client,
        ) -> impl ::std::future::Future<
            Output = ::std::result::Result<
                ResponseValue<Self::Output>,
                Error<Self::ErrorBody>,
            >,
        > + Send + '_ {
            let builder = client.update_customer();
            let builder = builder.customer_id(self.customer_id);
            let builder = builder.body(self.body);
            builder.send()
        }
        #[allow(unused_variables)]
        fn visit_path_params(&self, visit: &mut dyn FnMut(&'static str, &str)) {
            visit("customer_id", self.customer_id.as_str());
        }
    }
    /**`POST /v2/customers/{customer_id}/link` (`linkCustomerAccount`): Link an Imprint customer to a partner account

Section: Customer Links.*/
    #[derive(Clone, Debug, PartialEq)]
    pub struct LinkCustomerAccount {
        ///ID of the Imprint customer (path parameter).
        pub customer_id: ::std::string::String,
        ///The request body.
        pub body: types::LinkCustomerAccountBody,
    }
    impl LinkCustomerAccount {
        /// A request with its required values; optional ones are unset.
        pub fn new(
            customer_id: impl ::std::convert::Into<::std::string::String>,
            body: impl ::std::convert::Into<types::LinkCustomerAccountBody>,
        ) -> Self {
            Self {
                customer_id: customer_id.into(),
                body: body.into(),
            }
        }
    }
    impl crate::support::Request for LinkCustomerAccount {
        type Output = types::CustomerLink;
        type ErrorBody = ByteStream;
        const OPERATION: &'static crate::support::OperationDescriptor = &super::operations::LINK_CUSTOMER_ACCOUNT;
        fn send(
            self,
            client: &super::Client,
        ) -> impl ::std::future::Future<
            Output = ::std::result::Result<
                ResponseValue<Self::Output>,
                Error<Self::ErrorBody>,
            >,
        > + Send + '_ {
            let builder = client.link_customer_account();
            let builder = builder.customer_id(self.customer_id);
            let builder = builder.body(self.body);
            builder.send()
        }
        #[allow(unused_variables)]
        fn visit_path_params(&self, visit: &mut dyn FnMut(&'static str, &str)) {
            visit("customer_id", self.customer_id.as_str());
        }
    }
    /**`POST /v2/customer_sessions` (`createSession`): Start a customer session

Section: Customer Sessions.*/
    #[derive(Clone, Debug, PartialEq)]
    #[derive(Default)]
    pub struct CreateSession {
        ///The request body. Optional: `None` sends the body type's default (`{}` for an object of optional fields), as the generated client always sends a body.
        pub body: ::std::option::Option<types::CreateSessionBody>,
    }
    impl CreateSession {
        /// A request with its required values; optional ones are unset.
        pub fn new() -> Self {
            Self {
                body: ::std::option::Option::None,
            }
        }
        ///Sets `body`.
        #[must_use]
        pub fn body(
            mut self,
            value: impl ::std::convert::Into<types::CreateSessionBody>,
        ) -> Self {
            self.body = ::std::option::Option::Some(value.into());
            self
        }
    }
    impl crate::support::Request for CreateSession {
        type Output = types::CustomerSession;
        type ErrorBody = ByteStream;
        const OPERATION: &'static crate::support::OperationDescriptor = &super::operations::CREATE_SESSION;
        fn send(
            self,
            client: &super::Client,
        ) -> impl ::std::future::Future<
            Output = ::std::result::Result<
                ResponseValue<Self::Output>,
                Error<Self::ErrorBody>,
            >,
        > + Send + '_ {
            let builder = client.create_session();
            let builder = match self.body {
                ::std::option::Option::Some(v) => builder.body(v),
                ::std::option::Option::None => builder,
            };
            builder.send()
        }
        #[allow(unused_variables)]
        fn visit_path_params(&self, visit: &mut dyn FnMut(&'static str, &str)) {}
    }
    /**`GET /v2/customer_sessions/{session_id}` (`getSession`): Get a session

Section: Customer Sessions.*/
    #[derive(Clone, Debug, PartialEq)]
    pub struct GetSession {
        ///The `session_id` path parameter.
        pub session_id: ::std::string::String,
    }
    impl GetSession {
        /// A request with its required values; optional ones are unset.
        pub fn new(
            session_id: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            Self {
                session_id: session_id.into(),
            }
        }
    }
    impl crate::support::Request for GetSession {
        type Output = types::CustomerSession;
        type ErrorBody = ByteStream;
        const OPERATION: &'static crate::support::OperationDescriptor = &super::operations::GET_SESSION;
        fn send(
            self,
            client: &super::Client,
        ) -> impl ::std::future::Future<
            Output = ::std::result::Result<
                ResponseValue<Self::Output>,
                Error<Self::ErrorBody>,
            >,
        > + Send + '_ {
            let builder = client.get_session();
            let builder = builder.session_id(self.session_id);
            builder.send()
        }
        #[allow(unused_variables)]
        fn visit_path_params(&self, visit: &mut dyn FnMut(&'static str, &str)) {
            visit("session_id", self.session_id.as_str());
        }
    }
    /**`GET /v2/payment_methods` (`searchPaymentMethods`): Find payment methods

Section: Payment Methods.*/
    #[derive(Clone, Debug, PartialEq)]
    pub struct SearchPaymentMethods {
        ///ID of the customer (query parameter).
        pub customer_id: ::std::string::String,
        ///Maximum number of results to return (query parameter). Optional: not sent when `None`.
        pub limit: ::std::option::Option<::std::num::NonZeroU32>,
        ///Pagination cursor, an ID marking where the list resumes (query parameter). Optional: not sent when `None`.
        pub starting_after: ::std::option::Option<::std::string::String>,
        ///Only return payment methods of this type (query parameter). Optional: not sent when `None`.
        pub type_: ::std::option::Option<crate::open_enums::SearchPaymentMethodsType>,
    }
    impl SearchPaymentMethods {
        /// A request with its required values; optional ones are unset.
        pub fn new(
            customer_id: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            Self {
                customer_id: customer_id.into(),
                limit: ::std::option::Option::None,
                starting_after: ::std::option::Option::None,
                type_: ::std::option::Option::None,
            }
        }
        ///Sets `limit`.
        #[must_use]
        pub fn limit(
            mut self,
            value: impl ::std::convert::Into<::std::num::NonZeroU32>,
        ) -> Self {
            self.limit = ::std::option::Option::Some(value.into());
            self
        }
        ///Sets `starting_after`.
        #[must_use]
        pub fn starting_after(
            mut self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            self.starting_after = ::std::option::Option::Some(value.into());
            self
        }
        ///Sets `type_`.
        #[must_use]
        pub fn type_(
            mut self,
            value: impl ::std::convert::Into<crate::open_enums::SearchPaymentMethodsType>,
        ) -> Self {
            self.type_ = ::std::option::Option::Some(value.into());
            self
        }
    }
    impl crate::support::Request for SearchPaymentMethods {
        type Output = types::SearchPaymentMethodsResponse;
        type ErrorBody = ByteStream;
        const OPERATION: &'static crate::support::OperationDescriptor = &super::operations::SEARCH_PAYMENT_METHODS;
        fn send(
            self,
            client: &super::Client,
        ) -> impl ::std::future::Future<
            Output = ::std::result::Result<
                ResponseValue<Self::Output>,
                Error<Self::ErrorBody>,
            >,
        > + Send + '_ {
            let builder = client.search_payment_methods();
            let builder = builder.customer_id(self.customer_id);
            let builder = match self.limit {
                ::std::option::Option::Some(v) => builder.limit(v),
                ::std::option::Option::None => builder,
            };
            let builder = match self.starting_after {
                ::std::option::Option::Some(v) => builder.starting_after(v),
                ::std::option::Option::None => builder,
            };
            let builder = match self.type_ {
                ::std::option::Option::Some(v) => builder.type_(v),
                ::std::option::Option::None => builder,
            };
            builder.send()
        }
        #[allow(unused_variables)]
        fn visit_path_params(&self, visit: &mut dyn FnMut(&'static str, &str)) {}
    }
    impl crate::support::CursorRequest for SearchPaymentMethods {
        fn cursor(&self) -> ::std::option::Option<&str> {
            use crate::support::field::FieldCursor;
            FieldCursor::cursor(&self.starting_after)
        }
        fn set_cursor(&mut self, cursor: ::std::option::Option<::std::string::String>) {
            self.starting_after = cursor.map(::std::convert::Into::into);
        }
        fn set_limit(&mut self, limit: ::std::num::NonZeroU32) {
            self.limit = crate::support::field::FieldLimit::from_limit(limit);
        }
    }
    /**`POST /v2/payment_methods` (`searchPaymentMethodsPost`): Find payment methods

Section: Payment Methods.*/
    #[derive(Clone, Debug, PartialEq)]
    pub struct SearchPaymentMethodsPost {
        ///The request body.
        pub body: types::SearchPaymentMethodsPostBody,
    }
    impl SearchPaymentMethodsPost {
        /// A request with its required values; optional ones are unset.
        pub fn new(
            body: impl ::std::convert::Into<types::SearchPaymentMethodsPostBody>,
        ) -> Self {
            Self { body: body.into() }
        }
    }
    impl crate::support::Request for SearchPaymentMethodsPost {
        type Output = types::SearchPaymentMethodsPostResponse;
        type ErrorBody = ByteStream;
        const OPERATION: &'static crate::support::OperationDescriptor = &super::operations::SEARCH_PAYMENT_METHODS_POST;
        fn send(
            self,
            client: &super::Client,
        ) -> impl ::std::future::Future<
            Output = ::std::result::Result<
                ResponseValue<Self::Output>,
                Error<Self::ErrorBody>,
            >,
        > + Send + '_ {
            let builder = client.search_payment_methods_post();
            let builder = builder.body(self.body);
            builder.send()
        }
        #[allow(unused_variables)]
        fn visit_path_params(&self, visit: &mut dyn FnMut(&'static str, &str)) {}
    }
    /**`GET /v2/payment_methods/{payment_method_id}` (`getPaymentMethod`): Get a payment method

Section: Payment Methods.*/
    #[derive(Clone, Debug, PartialEq)]
    pub struct GetPaymentMethod {
        ///ID of the payment method (path parameter).
        pub payment_method_id: ::std::string::String,
    }
    impl GetPaymentMethod {
        /// A request with its required values; optional ones are unset.
        pub fn new(
            payment_method_id: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            Self {
                payment_method_id: payment_method_id.into(),
            }
        }
    }
    impl crate::support::Request for GetPaymentMethod {
        type Output = types::PaymentMethod;
        type ErrorBody = ByteStream;
        const OPERATION: &'static crate::support::OperationDescriptor = &super::operations::GET_PAYMENT_METHOD;
        fn send(
            self,
            client: &super::Client,
        ) -> impl ::std::future::Future<
            Output = ::std::result::Result<
                ResponseValue<Self::Output>,
                Error<Self::ErrorBody>,
            >,
        > + Send + '_ {
            let builder = client.get_payment_method();
            let builder = builder.payment_method_id(self.payment_method_id);
            builder.send()
        }
        #[allow(unused_variables)]
        fn visit_path_params(&self, visit: &mut dyn FnMut(&'static str, &str)) {
            visit("payment_method_id", self.payment_method_id.as_str());
        }
    }
    /**`GET /v2/transaction_intents` (`searchTransactionIntents`): Find transaction intents

Section: Transaction Intents.*/
    #[derive(Clone, Debug, PartialEq)]
    #[derive(Default)]
    pub struct SearchTransactionIntents {
        ///Maximum number of results to return (query parameter). Optional: not sent when `None`.
        pub limit: ::std::option::Option<::std::num::NonZeroU32>,
        ///Pagination cursor, an ID marking where the list resumes (query parameter). Optional: not sent when `None`.
        pub starting_after: ::std::option::Option<::std::string::String>,
        ///Only return intents of this type (query parameter). Optional: not sent when `None`.
        pub type_: ::std::option::Option<
            crate::open_enums::SearchTransactionIntentsType,
        >,
    }
    impl SearchTransactionIntents {
        /// A request with its required values; optional ones are unset.
        pub fn new() -> Self {
            Self {
                limit: ::std::option::Option::None,
                starting_after: ::std::option::Option::None,
                type_: ::std::option::Option::None,
            }
        }
        ///Sets `limit`.
        #[must_use]
        pub fn limit(
            mut self,
            value: impl ::std::convert::Into<::std::num::NonZeroU32>,
        ) -> Self {
            self.limit = ::std::option::Option::Some(value.into());
            self
        }
        ///Sets `starting_after`.
        #[must_use]
        pub fn starting_after(
            mut self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            self.starting_after = ::std::option::Option::Some(value.into());
            self
        }
        ///Sets `type_`.
        #[must_use]
        pub fn type_(
            mut self,
            value: impl ::std::convert::Into<
                crate::open_enums::SearchTransactionIntentsType,
            >,
        ) -> Self {
            self.type_ = ::std::option::Option::Some(value.into());
            self
        }
    }
    impl crate::support::Request for SearchTransactionIntents {
        type Output = types::SearchTransactionIntentsResponse;
        type ErrorBody = ByteStream;
        const OPERATION: &'static crate::support::OperationDescriptor = &super::operations::SEARCH_TRANSACTION_INTENTS;
        fn send(
            self,
            client: &super::Client,
        ) -> impl ::std::future::Future<
            Output = ::std::result::Result<
                ResponseValue<Self::Output>,
                Error<Self::ErrorBody>,
            >,
        > + Send + '_ {
            let builder = client.search_transaction_intents();
            let builder = match self.limit {
                ::std::option::Option::Some(v) => builder.limit(v),
                ::std::option::Option::None => builder,
            };
            let builder = match self.starting_after {
                ::std::option::Option::Some(v) => builder.starting_after(v),
                ::std::option::Option::None => builder,
            };
            let builder = match self.type_ {
                ::std::option::Option::Some(v) => builder.type_(v),
                ::std::option::Option::None => builder,
            };
            builder.send()
        }
        #[allow(unused_variables)]
        fn visit_path_params(&self, visit: &mut dyn FnMut(&'static str, &str)) {}
    }
    impl crate::support::CursorRequest for SearchTransactionIntents {
        fn cursor(&self) -> ::std::option::Option<&str> {
            use crate::support::field::FieldCursor;
            FieldCursor::cursor(&self.starting_after)
        }
        fn set_cursor(&mut self, cursor: ::std::option::Option<::std::string::String>) {
            self.starting_after = cursor.map(::std::convert::Into::into);
        }
        fn set_limit(&mut self, limit: ::std::num::NonZeroU32) {
            self.limit = crate::support::field::FieldLimit::from_limit(limit);
        }
    }
    /**`POST /v2/transaction_intents` (`createTransactionIntent`): New transaction intent

Section: Transaction Intents.*/
    #[derive(Clone, Debug, PartialEq)]
    pub struct CreateTransactionIntent {
        ///The request body.
        pub body: types::CreateTransactionIntentBody,
    }
    impl CreateTransactionIntent {
        /// A request with its required values; optional ones are unset.
        pub fn new(
            body: impl ::std::convert::Into<types::CreateTransactionIntentBody>,
        ) -> Self {
            Self { body: body.into() }
        }
    }
    impl crate::support::Request for CreateTransactionIntent {
        type Output = types::TransactionIntent;
        type ErrorBody = ByteStream;
        const OPERATION: &'static crate::support::OperationDescriptor = &super::operations::CREATE_TRANSACTION_INTENT;
        fn send(
            self,
            client: &super::Client,
        ) -> impl ::std::future::Future<
            Output = ::std::result::Result<
                ResponseValue<Self::Output>,
                Error<Self::ErrorBody>,
            >,
        > + Send + '_ {
            let builder = client.create_transaction_intent();
            let builder = builder.body(self.body);
            builder.send()
        }
        #[allow(unused_variables)]
        fn visit_path_params(&self, visit: &mut dyn FnMut(&'static str, &str)) {}
    }
    /**`GET /v2/transaction_intents/{intent_id}` (`getTransactionIntent`): Get a transaction intent

Section: Transaction Intents.*/
    #[derive(Clone, Debug, PartialEq)]
    pub struct GetTransactionIntent {
        ///ID of the transaction intent (path parameter).
        pub intent_id: ::std::string::String,
    }
    impl GetTransactionIntent {
        /// A request with its required values; optional ones are unset.
        pub fn new(intent_id: impl ::std::convert::Into<::std::string::String>) -> Self {
            Self {
                intent_id: intent_id.into(),
            }
        }
    }
    impl crate::support::Request for GetTransactionIntent {
        type Output = types::TransactionIntent;
        type ErrorBody = ByteStream;
        const OPERATION: &'static crate::support::OperationDescriptor = &super::operations::GET_TRANSACTION_INTENT;
        fn send(
            self,
            client: &super::Client,
        ) -> impl ::std::future::Future<
            Output = ::std::result::Result<
                ResponseValue<Self::Output>,
                Error<Self::ErrorBody>,
            >,
        > + Send + '_ {
            let builder = client.get_transaction_intent();
            let builder = builder.intent_id(self.intent_id);
            builder.send()
        }
        #[allow(unused_variables)]
        fn visit_path_params(&self, visit: &mut dyn FnMut(&'static str, &str)) {
            visit("intent_id", self.intent_id.as_str());
        }
    }
    /**`POST /v2/transaction_intents/{intent_id}` (`updateTransactionIntent`): Change a transaction intent

Section: Transaction Intents.*/
    #[derive(Clone, Debug, PartialEq)]
    pub struct UpdateTransactionIntent {
        ///ID of the transaction intent (path parameter).
        pub intent_id: ::std::string::String,
        ///The request body.
        pub body: types::UpdateTransactionIntentBody,
    }
    impl UpdateTransactionIntent {
        /// A request with its required values; optional ones are unset.
        pub fn new(
            intent_id: impl ::std::convert::Into<::std::string::String>,
            body: impl ::std::convert::Into<types::UpdateTransactionIntentBody>,
        ) -> Self {
            Self {
                intent_id: intent_id.into(),
                body: body.into(),
            }
        }
    }
    impl crate::support::Request for UpdateTransactionIntent {
        type Output = types::TransactionIntent;
        type ErrorBody = ByteStream;
        const OPERATION: &'static crate::support::OperationDescriptor = &super::operations::UPDATE_TRANSACTION_INTENT;
        fn send(
            self,
            client: &super::Client,
        ) -> impl ::std::future::Future<
            Output = ::std::result::Result<
                ResponseValue<Self::Output>,
                Error<Self::ErrorBody>,
            >,
        > + Send + '_ {
            let builder = client.update_transaction_intent();
            let builder = builder.intent_id(self.intent_id);
            let builder = builder.body(self.body);
            builder.send()
        }
        #[allow(unused_variables)]
        fn visit_path_params(&self, visit: &mut dyn FnMut(&'static str, &str)) {
            visit("intent_id", self.intent_id.as_str());
        }
    }
    /**`GET /v2/transactions/{transaction_id}` (`getTransaction`): Get a transaction

Section: Transactions.*/
    #[derive(Clone, Debug, PartialEq)]
    pub struct GetTransaction {
        ///ID of the transaction (path parameter).
        pub transaction_id: ::std::string::String,
    }
    impl GetTransaction {
        /// A request with its required values; optional ones are unset.
        pub fn new(
            transaction_id: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            Self {
                transaction_id: transaction_id.into(),
            }
        }
    }
    impl crate::support::Request for GetTransaction {
        type Output = types::Transaction;
        type ErrorBody = ByteStream;
        const OPERATION: &'static crate::support::OperationDescriptor = &super::operations::GET_TRANSACTION;
        fn send(
            self,
            client: &super::Client,
        ) -> impl ::std::future::Future<
            Output = ::std::result::Result<
                ResponseValue<Self::Output>,
                Error<Self::ErrorBody>,
            >,
        > + Send + '_ {
            let builder = client.get_transaction();
            let builder = builder.transaction_id(self.transaction_id);
            builder.send()
        }
        #[allow(unused_variables)]
        fn visit_path_params(&self, visit: &mut dyn FnMut(&'static str, &str)) {
            visit("transaction_id", self.transaction_id.as_str());
        }
    }
    /**`GET /v2/rewards` (`searchRewards`): Find rewards

Section: Rewards.*/
    #[derive(Clone, Debug, PartialEq)]
    #[derive(Default)]
    pub struct SearchRewards {
        ///Maximum number of results to return (query parameter). Optional: not sent when `None`.
        pub limit: ::std::option::Option<::std::num::NonZeroU32>,
        ///Pagination cursor, an ID marking where the list resumes (query parameter). Optional: not sent when `None`.
        pub starting_after: ::std::option::Option<::std::string::String>,
        ///Transaction event whose rewards to return (query parameter). Optional: not sent when `None`.
        pub transaction_event_id: ::std::option::Option<::std::string::String>,
    }
    impl SearchRewards {
        /// A request with its required values; optional ones are unset.
        pub fn new() -> Self {
            Self {
                limit: ::std::option::Option::None,
                starting_after: ::std::option::Option::None,
                transaction_event_id: ::std::option::Option::None,
            }
        }
        ///Sets `limit`.
        #[must_use]
        pub fn limit(
            mut self,
            value: impl ::std::convert::Into<::std::num::NonZeroU32>,
        ) -> Self {
            self.limit = ::std::option::Option::Some(value.into());
            self
        }
        ///Sets `starting_after`.
        #[must_use]
        pub fn starting_after(
            mut self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            self.starting_after = ::std::option::Option::Some(value.into());
            self
        }
        ///Sets `transaction_event_id`.
        #[must_use]
        pub fn transaction_event_id(
            mut self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            self.transaction_event_id = ::std::option::Option::Some(value.into());
            self
        }
    }
    impl crate::support::Request for SearchRewards {
        type Output = types::SearchRewardsResponse;
        type ErrorBody = ByteStream;
        const OPERATION: &'static crate::support::OperationDescriptor = &super::operations::SEARCH_REWARDS;
        fn send(
            self,
            client: &super::Client,
        ) -> impl ::std::future::Future<
            Output = ::std::result::Result<
                ResponseValue<Self::Output>,
                Error<Self::ErrorBody>,
            >,
        > + Send + '_ {
            let builder = client.search_rewards();
            let builder = match self.limit {
                ::std::option::Option::Some(v) => builder.limit(v),
                ::std::option::Option::None => builder,
            };
            let builder = match self.starting_after {
                ::std::option::Option::Some(v) => builder.starting_after(v),
                ::std::option::Option::None => builder,
            };
            let builder = match self.transaction_event_id {
                ::std::option::Option::Some(v) => builder.transaction_event_id(v),
                ::std::option::Option::None => builder,
            };
            builder.send()
        }
        #[allow(unused_variables)]
        fn visit_path_params(&self, visit: &mut dyn FnMut(&'static str, &str)) {}
    }
    impl crate::support::CursorRequest for SearchRewards {
        fn cursor(&self) -> ::std::option::Option<&str> {
            use crate::support::field::FieldCursor;
            FieldCursor::cursor(&self.starting_after)
        }
        fn set_cursor(&mut self, cursor: ::std::option::Option<::std::string::String>) {
            self.starting_after = cursor.map(::std::convert::Into::into);
        }
        fn set_limit(&mut self, limit: ::std::num::NonZeroU32) {
            self.limit = crate::support::field::FieldLimit::from_limit(limit);
        }
    }
    /**`GET /v2/rewards/{reward_id}` (`getReward`): Get a reward

Section: Rewards.*/
    #[derive(Clone, Debug, PartialEq)]
    pub struct GetReward {
        ///ID of the reward (path parameter).
        pub reward_id: ::std::string::String,
    }
    impl GetReward {
        /// A request with its required values; optional ones are unset.
        pub fn new(reward_id: impl ::std::convert::Into<::std::string::String>) -> Self {
            Self {
                reward_id: reward_id.into(),
            }
        }
    }
    impl crate::support::Request for GetReward {
        type Output = types::Reward;
        type ErrorBody = ByteStream;
        const OPERATION: &'static crate::support::OperationDescriptor = &super::operations::GET_REWARD;
        fn send(
            self,
            client: &super::Client,
        ) -> impl ::std::future::Future<
            Output = ::std::result::Result<
                ResponseValue<Self::Output>,
                Error<Self::ErrorBody>,
            >,
        > + Send + '_ {
            let builder = client.get_reward();
            let builder = builder.reward_id(self.reward_id);
            builder.send()
        }
        #[allow(unused_variables)]
        fn visit_path_params(&self, visit: &mut dyn FnMut(&'static str, &str)) {
            visit("reward_id", self.reward_id.as_str());
        }
    }
    /**`PATCH /v2/rewards/{reward_id}` (`patchReward`): Change a reward

Section: Rewards.*/
    #[derive(Clone, Debug, PartialEq)]
    pub struct PatchReward {
        ///ID of the reward (path parameter).
        pub reward_id: ::std::string::String,
        ///The request body.
        pub body: types::PatchRewardBody,
    }
    impl PatchReward {
        /// A request with its required values; optional ones are unset.
        pub fn new(
            reward_id: impl ::std::convert::Into<::std::string::String>,
            body: impl ::std::convert::Into<types::PatchRewardBody>,
        ) -> Self {
            Self {
                reward_id: reward_id.into(),
                body: body.into(),
            }
        }
    }
    impl crate::support::Request for PatchReward {
        type Output = types::Reward;
        type ErrorBody = ByteStream;
        const OPERATION: &'static crate::support::OperationDescriptor = &super::operations::PATCH_REWARD;
        fn send(
            self,
            client: &super::Client,
        ) -> impl ::std::future::Future<
            Output = ::std::result::Result<
                ResponseValue<Self::Output>,
                Error<Self::ErrorBody>,
            >,
        > + Send + '_ {
            let builder = client.patch_reward();
            let builder = builder.reward_id(self.reward_id);
            let builder = builder.body(self.body);
            builder.send()
        }
        #[allow(unused_variables)]
        fn visit_path_params(&self, visit: &mut dyn FnMut(&'static str, &str)) {
            visit("reward_id", self.reward_id.as_str());
        }
    }
    /**`GET /v2/customers/{customer_id}/rewards_balance` (`getRewardsBalance`): Current rewards balance of a customer

Section: Customers.*/
    #[derive(Clone, Debug, PartialEq)]
    pub struct GetRewardsBalance {
        ///ID of the Imprint customer (path parameter).
        pub customer_id: ::std::string::String,
    }
    impl GetRewardsBalance {
        /// A request with its required values; optional ones are unset.
        pub fn new(
            customer_id: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            Self {
                customer_id: customer_id.into(),
            }
        }
    }
    impl crate::support::Request for GetRewardsBalance {
        type Output = types::GetRewardsBalanceResponse;
        type ErrorBody = ByteStream;
        const OPERATION: &'static crate::support::OperationDescriptor = &super::operations::GET_REWARDS_BALANCE;
        fn send(
            self,
            client: &super::Client,
        ) -> impl ::std::future::Future<
            Output = ::std::result::Result<
                ResponseValue<Self::Output>,
                Error<Self::ErrorBody>,
            >,
        > + Send + '_ {
            let builder = client.get_rewards_balance();
            let builder = builder.customer_id(self.customer_id);
            builder.send()
        }
        #[allow(unused_variables)]
        fn visit_path_params(&self, visit: &mut dyn FnMut(&'static str, &str)) {
            visit("customer_id", self.customer_id.as_str());
        }
    }
    /**`GET /v2/customers/{customer_id}/payment_methods` (`getPaymentMethods`): A customer's payment methods

Section: Customers.*/
    #[derive(Clone, Debug, PartialEq)]
    pub struct GetPaymentMethods {
        ///ID of the Imprint customer (path parameter).
        pub customer_id: ::std::string::String,
    }
    impl GetPaymentMethods {
        /// A request with its required values; optional ones are unset.
        pub fn new(
            customer_id: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            Self {
                customer_id: customer_id.into(),
            }
        }
    }
    impl crate::support::Request for GetPaymentMethods {
        type Output = types::GetPaymentMethodsResponse;
        type ErrorBody = ByteStream;
        const OPERATION: &'static crate::support::OperationDescriptor = &super::operations::GET_PAYMENT_METHODS;
        fn send(
            self,
            client: &super::Client,
        ) -> impl ::std::future::Future<
            Output = ::std::result::Result<
                ResponseValue<Self::Output>,
                Error<Self::ErrorBody>,
            >,
        > + Send + '_ {
            let builder = client.get_payment_methods();
            let builder = builder.customer_id(self.customer_id);
            builder.send()
        }
        #[allow(unused_variables)]
        fn visit_path_params(&self, visit: &mut dyn FnMut(&'static str, &str)) {
            visit("customer_id", self.customer_id.as_str());
        }
    }
    /**`GET /v2/customers/{customer_id}/transaction_intents` (`getTransactionIntents`): A customer's transaction intents

Section: Customers.*/
    #[derive(Clone, Debug, PartialEq)]
    pub struct GetTransactionIntents {
        ///ID of the Imprint customer (path parameter).
        pub customer_id: ::std::string::String,
    }
    impl GetTransactionIntents {
        /// A request with its required values; optional ones are unset.
        pub fn new(
            customer_id: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            Self {
                customer_id: customer_id.into(),
            }
        }
    }
    impl crate::support::Request for GetTransactionIntents {
        type Output = types::GetTransactionIntentsResponse;
        type ErrorBody = ByteStream;
        const OPERATION: &'static crate::support::OperationDescriptor = &super::operations::GET_TRANSACTION_INTENTS;
        fn send(
            self,
            client: &super::Client,
        ) -> impl ::std::future::Future<
            Output = ::std::result::Result<
                ResponseValue<Self::Output>,
                Error<Self::ErrorBody>,
            >,
        > + Send + '_ {
            let builder = client.get_transaction_intents();
            let builder = builder.customer_id(self.customer_id);
            builder.send()
        }
        #[allow(unused_variables)]
        fn visit_path_params(&self, visit: &mut dyn FnMut(&'static str, &str)) {
            visit("customer_id", self.customer_id.as_str());
        }
    }
    /**`GET /v2/customers/{customer_id}/transactions` (`getTransactions`): A customer's transactions

Section: Customers.*/
    #[derive(Clone, Debug, PartialEq)]
    pub struct GetTransactions {
        ///ID of the Imprint customer (path parameter).
        pub customer_id: ::std::string::String,
        ///Maximum number of results to return (query parameter). Optional: not sent when `None`.
        pub limit: ::std::option::Option<::std::num::NonZeroU32>,
        ///Pagination cursor, an ID marking where the list resumes (query parameter). Optional: not sent when `None`.
        pub starting_after: ::std::option::Option<::std::string::String>,
    }
    impl GetTransactions {
        /// A request with its required values; optional ones are unset.
        pub fn new(
            customer_id: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            Self {
                customer_id: customer_id.into(),
                limit: ::std::option::Option::None,
                starting_after: ::std::option::Option::None,
            }
        }
        ///Sets `limit`.
        #[must_use]
        pub fn limit(
            mut self,
            value: impl ::std::convert::Into<::std::num::NonZeroU32>,
        ) -> Self {
            self.limit = ::std::option::Option::Some(value.into());
            self
        }
        ///Sets `starting_after`.
        #[must_use]
        pub fn starting_after(
            mut self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            self.starting_after = ::std::option::Option::Some(value.into());
            self
        }
    }
    impl crate::support::Request for GetTransactions {
        type Output = types::GetTransactionsResponse;
        type ErrorBody = ByteStream;
        const OPERATION: &'static crate::support::OperationDescriptor = &super::operations::GET_TRANSACTIONS;
        fn send(
            self,
            client: &super::Client,
        ) -> impl ::std::future::Future<
            Output = ::std::result::Result<
                ResponseValue<Self::Output>,
                Error<Self::ErrorBody>,
            >,
        > + Send + '_ {
            let builder = client.get_transactions();
            let builder = builder.customer_id(self.customer_id);
            let builder = match self.limit {
                ::std::option::Option::Some(v) => builder.limit(v),
                ::std::option::Option::None => builder,
            };
            let builder = match self.starting_after {
                ::std::option::Option::Some(v) => builder.starting_after(v),
                ::std::option::Option::None => builder,
            };
            builder.send()
        }
        #[allow(unused_variables)]
        fn visit_path_params(&self, visit: &mut dyn FnMut(&'static str, &str)) {
            visit("customer_id", self.customer_id.as_str());
        }
    }
    impl crate::support::CursorRequest for GetTransactions {
        fn cursor(&self) -> ::std::option::Option<&str> {
            use crate::support::field::FieldCursor;
            FieldCursor::cursor(&self.starting_after)
        }
        fn set_cursor(&mut self, cursor: ::std::option::Option<::std::string::String>) {
            self.starting_after = cursor.map(::std::convert::Into::into);
        }
        fn set_limit(&mut self, limit: ::std::num::NonZeroU32) {
            self.limit = crate::support::field::FieldLimit::from_limit(limit);
        }
    }
    /**`GET /v2/customers/{customer_id}/rewards` (`getRewards`): A customer's rewards

Section: Customers.*/
    #[derive(Clone, Debug, PartialEq)]
    pub struct GetRewards {
        ///ID of the Imprint customer (path parameter).
        pub customer_id: ::std::string::String,
        ///Maximum number of results to return (query parameter). Optional: not sent when `None`.
        pub limit: ::std::option::Option<::std::num::NonZeroU32>,
        ///Pagination cursor, an ID marking where the list resumes (query parameter). Optional: not sent when `None`.
        pub starting_after: ::std::option::Option<::std::string::String>,
    }
    impl GetRewards {
        /// A request with its required values; optional ones are unset.
        pub fn new(
            customer_id: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            Self {
                customer_id: customer_id.into(),
                limit: ::std::option::Option::None,
                starting_after: ::std::option::Option::None,
            }
        }
        ///Sets `limit`.
        #[must_use]
        pub fn limit(
            mut self,
            value: impl ::std::convert::Into<::std::num::NonZeroU32>,
        ) -> Self {
            self.limit = ::std::option::Option::Some(value.into());
            self
        }
        ///Sets `starting_after`.
        #[must_use]
        pub fn starting_after(
            mut self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            self.starting_after = ::std::option::Option::Some(value.into());
            self
        }
    }
    impl crate::support::Request for GetRewards {
        type Output = types::GetRewardsResponse;
        type ErrorBody = ByteStream;
        const OPERATION: &'static crate::support::OperationDescriptor = &super::operations::GET_REWARDS;
        fn send(
            self,
            client: &super::Client,
        ) -> impl ::std::future::Future<
            Output = ::std::result::Result<
                ResponseValue<Self::Output>,
                Error<Self::ErrorBody>,
            >,
        > + Send + '_ {
            let builder = client.get_rewards();
            let builder = builder.customer_id(self.customer_id);
            let builder = match self.limit {
                ::std::option::Option::Some(v) => builder.limit(v),
                ::std::option::Option::None => builder,
            };
            let builder = match self.starting_after {
                ::std::option::Option::Some(v) => builder.starting_after(v),
                ::std::option::Option::None => builder,
            };
            builder.send()
        }
        #[allow(unused_variables)]
        fn visit_path_params(&self, visit: &mut dyn FnMut(&'static str, &str)) {
            visit("customer_id", self.customer_id.as_str());
        }
    }
    impl crate::support::CursorRequest for GetRewards {
        fn cursor(&self) -> ::std::option::Option<&str> {
            use crate::support::field::FieldCursor;
            FieldCursor::cursor(&self.starting_after)
        }
        fn set_cursor(&mut self, cursor: ::std::option::Option<::std::string::String>) {
            self.starting_after = cursor.map(::std::convert::Into::into);
        }
        fn set_limit(&mut self, limit: ::std::num::NonZeroU32) {
            self.limit = crate::support::field::FieldLimit::from_limit(limit);
        }
    }
    /**`GET /v2/offers` (`getOffer`): Get an offer

Section: Offers.*/
    #[derive(Clone, Debug, PartialEq)]
    #[derive(Default)]
    pub struct GetOffer {
        ///Customer's ID in the partner's system (query parameter). Optional: not sent when `None`.
        pub partner_customer_id: ::std::option::Option<::std::string::String>,
    }
    impl GetOffer {
        /// A request with its required values; optional ones are unset.
        pub fn new() -> Self {
            Self {
                partner_customer_id: ::std::option::Option::None,
            }
        }
        ///Sets `partner_customer_id`.
        #[must_use]
        pub fn partner_customer_id(
            mut self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            self.partner_customer_id = ::std::option::Option::Some(value.into());
            self
        }
    }
    impl crate::support::Request for GetOffer {
        type Output = types::Offer;
        type ErrorBody = ByteStream;
        const OPERATION: &'static crate::support::OperationDescriptor = &super::operations::GET_OFFER;
        fn send(
            self,
            client: &super::Client,
        ) -> impl ::std::future::Future<
            Output = ::std::result::Result<
                ResponseValue<Self::Output>,
                Error<Self::ErrorBody>,
            >,
        > + Send + '_ {
            let builder = client.get_offer();
            let builder = match self.partner_customer_id {
                ::std::option::Option::Some(v) => builder.partner_customer_id(v),
                ::std::option::Option::None => builder,
            };
            builder.send()
        }
        #[allow(unused_variables)]
        fn visit_path_params(&self, visit: &mut dyn FnMut(&'static str, &str)) {}
    }
    /**`GET /v2/order_events` (`listOrderEvents`): List order events

Section: Order Events.*/
    #[derive(Clone, Debug, PartialEq)]
    #[derive(Default)]
    pub struct ListOrderEvents {
        ///Maximum number of results to return (query parameter). Optional: not sent when `None`.
        pub limit: ::std::option::Option<::std::num::NonZeroU32>,
        ///The card network's transaction ID, such as the Mastercard Trace ID, Visa Transaction ID or American Express Network Reference ID (query parameter). Optional: not sent when `None`.
        pub network_transaction_id: ::std::option::Option<::std::string::String>,
        ///Order event ID; if set, at most one result is returned (query parameter). Optional: not sent when `None`.
        pub order_event_id: ::std::option::Option<::std::string::String>,
        ///Order ID whose events to return (query parameter). Optional: not sent when `None`.
        pub order_id: ::std::option::Option<::std::string::String>,
        ///Partner's ID for the order event; if set, at most one result is returned (query parameter). Optional: not sent when `None`.
        pub partner_event_id: ::std::option::Option<::std::string::String>,
        ///Pagination cursor, an ID marking where the list resumes (query parameter). Optional: not sent when `None`.
        pub starting_after: ::std::option::Option<::std::string::String>,
    }
    impl ListOrderEvents {
        /// A request with its required values; optional ones are unset.
        pub fn new() -> Self {
            Self {
                limit: ::std::option::Option::None,
                network_transaction_id: ::std::option::Option::None,
                order_event_id: ::std::option::Option::None,
                order_id: ::std::option::Option::None,
                partner_event_id: ::std::option::Option::None,
                starting_after: ::std::option::Option::None,
            }
        }
        ///Sets `limit`.
        #[must_use]
        pub fn limit(
            mut self,
            value: impl ::std::convert::Into<::std::num::NonZeroU32>,
        ) -> Self {
            self.limit = ::std::option::Option::Some(value.into());
            self
        }
        ///Sets `network_transaction_id`.
        #[must_use]
        pub fn network_transaction_id(
            mut self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            self.network_transaction_id = ::std::option::Option::Some(value.into());
            self
        }
        ///Sets `order_event_id`.
        #[must_use]
        pub fn order_event_id(
            mut self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            self.order_event_id = ::std::option::Option::Some(value.into());
            self
        }
        ///Sets `order_id`.
        #[must_use]
        pub fn order_id(
            mut self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            self.order_id = ::std::option::Option::Some(value.into());
            self
        }
        ///Sets `partner_event_id`.
        #[must_use]
        pub fn partner_event_id(
            mut self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            self.partner_event_id = ::std::option::Option::Some(value.into());
            self
        }
        ///Sets `starting_after`.
        #[must_use]
        pub fn starting_after(
            mut self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            self.starting_after = ::std::option::Option::Some(value.into());
            self
        }
    }
    impl crate::support::Request for ListOrderEvents {
        type Output = types::OrderEventsResponse;
        type ErrorBody = ByteStream;
        const OPERATION: &'static crate::support::OperationDescriptor = &super::operations::LIST_ORDER_EVENTS;
        fn send(
            self,
            client: &super::Client,
        ) -> impl ::std::future::Future<
            Output = ::std::result::Result<
                ResponseValue<Self::Output>,
                Error<Self::ErrorBody>,
            >,
        > + Send + '_ {
            let builder = client.list_order_events();
            let builder = match self.limit {
                ::std::option::Option::Some(v) => builder.limit(v),
                ::std::option::Option::None => builder,
            };
            let builder = match self.network_transaction_id {
                ::std::option::Option::Some(v) => builder.network_transaction_id(v),
                ::std::option::Option::None => builder,
            };
            let builder = match self.order_event_id {
                ::std::option::Option::Some(v) => builder.order_event_id(v),
                ::std::option::Option::None => builder,
            };
            let builder = match self.order_id {
                ::std::option::Option::Some(v) => builder.order_id(v),
                ::std::option::Option::None => builder,
            };
            let builder = match self.partner_event_id {
                ::std::option::Option::Some(v) => builder.partner_event_id(v),
                ::std::option::Option::None => builder,
            };
            let builder = match self.starting_after {
                ::std::option::Option::Some(v) => builder.starting_after(v),
                ::std::option::Option::None => builder,
            };
            builder.send()
        }
        #[allow(unused_variables)]
        fn visit_path_params(&self, visit: &mut dyn FnMut(&'static str, &str)) {}
    }
    impl crate::support::CursorRequest for ListOrderEvents {
        fn cursor(&self) -> ::std::option::Option<&str> {
            use crate::support::field::FieldCursor;
            FieldCursor::cursor(&self.starting_after)
        }
        fn set_cursor(&mut self, cursor: ::std::option::Option<::std::string::String>) {
            self.starting_after = cursor.map(::std::convert::Into::into);
        }
        fn set_limit(&mut self, limit: ::std::num::NonZeroU32) {
            self.limit = crate::support::field::FieldLimit::from_limit(limit);
        }
    }
    /**`POST /v2/order_events` (`postOrderEvent`): Add order events

Section: Order Events.*/
    #[derive(Clone, Debug, PartialEq)]
    pub struct PostOrderEvent {
        ///The request body.
        pub body: types::OrderEventBase,
    }
    impl PostOrderEvent {
        /// A request with its required values; optional ones are unset.
        pub fn new(body: impl ::std::convert::Into<types::OrderEventBase>) -> Self {
            Self { body: body.into() }
        }
    }
    impl crate::support::Request for PostOrderEvent {
        type Output = types::OrderEvent;
        type ErrorBody = ByteStream;
        const OPERATION: &'static crate::support::OperationDescriptor = &super::operations::POST_ORDER_EVENT;
        fn send(
            self,
            client: &super::Client,
        ) -> impl ::std::future::Future<
            Output = ::std::result::Result<
                ResponseValue<Self::Output>,
                Error<Self::ErrorBody>,
            >,
        > + Send + '_ {
            let builder = client.post_order_event();
            let builder = builder.body(self.body);
            builder.send()
        }
        #[allow(unused_variables)]
        fn visit_path_params(&self, visit: &mut dyn FnMut(&'static str, &str)) {}
    }
    /**`DELETE /v2/order_events/{order_event_id}` (`deleteOrderEvent`): Remove an order event

Section: Order Events.*/
    #[derive(Clone, Debug, PartialEq)]
    pub struct DeleteOrderEvent {
        ///ID of the order event (path parameter).
        pub order_event_id: ::std::string::String,
    }
    impl DeleteOrderEvent {
        /// A request with its required values; optional ones are unset.
        pub fn new(
            order_event_id: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            Self {
                order_event_id: order_event_id.into(),
            }
        }
    }
    impl crate::support::Request for DeleteOrderEvent {
        type Output = ();
        type ErrorBody = ByteStream;
        const OPERATION: &'static crate::support::OperationDescriptor = &super::operations::DELETE_ORDER_EVENT;
        fn send(
            self,
            client: &super::Client,
        ) -> impl ::std::future::Future<
            Output = ::std::result::Result<
                ResponseValue<Self::Output>,
                Error<Self::ErrorBody>,
            >,
        > + Send + '_ {
            let builder = client.delete_order_event();
            let builder = builder.order_event_id(self.order_event_id);
            builder.send()
        }
        #[allow(unused_variables)]
        fn visit_path_params(&self, visit: &mut dyn FnMut(&'static str, &str)) {
            visit("order_event_id", self.order_event_id.as_str());
        }
    }
    /**`GET /v2/orders` (`listOrders`): List orders

Section: Orders.*/
    #[derive(Clone, Debug, PartialEq)]
    #[derive(Default)]
    pub struct ListOrders {
        ///Order ID; if set, at most one result is returned (query parameter). Optional: not sent when `None`.
        pub id: ::std::option::Option<::std::string::String>,
        ///The partner's ID for the order (query parameter). Optional: not sent when `None`.
        pub partner_order_id: ::std::option::Option<::std::string::String>,
    }
    impl ListOrders {
        /// A request with its required values; optional ones are unset.
        pub fn new() -> Self {
            Self {
                id: ::std::option::Option::None,
                partner_order_id: ::std::option::Option::None,
            }
        }
        ///Sets `id`.
        #[must_use]
        pub fn id(
            mut self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            self.id = ::std::option::Option::Some(value.into());
            self
        }
        ///Sets `partner_order_id`.
        #[must_use]
        pub fn partner_order_id(
            mut self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            self.partner_order_id = ::std::option::Option::Some(value.into());
            self
        }
    }
    impl crate::support::Request for ListOrders {
        type Output = types::OrdersResponse;
        type ErrorBody = ByteStream;
        const OPERATION: &'static crate::support::OperationDescriptor = &super::operations::LIST_ORDERS;
        fn send(
            self,
            client: &super::Client,
        ) -> impl ::std::future::Future<
            Output = ::std::result::Result<
                ResponseValue<Self::Output>,
                Error<Self::ErrorBody>,
            >,
        > + Send + '_ {
            let builder = client.list_orders();
            let builder = match self.id {
                ::std::option::Option::Some(v) => builder.id(v),
                ::std::option::Option::None => builder,
            };
            let builder = match self.partner_order_id {
                ::std::option::Option::Some(v) => builder.partner_order_id(v),
                ::std::option::Option::None => builder,
            };
            builder.send()
        }
        #[allow(unused_variables)]
        fn visit_path_params(&self, visit: &mut dyn FnMut(&'static str, &str)) {}
    }
    /**`POST /v2/orders` (`createOrder`): Add orders

Section: Orders.*/
    #[derive(Clone, Debug, PartialEq)]
    pub struct CreateOrder {
        ///The request body.
        pub body: types::OrderBase,
    }
    impl CreateOrder {
        /// A request with its required values; optional ones are unset.
        pub fn new(body: impl ::std::convert::Into<types::OrderBase>) -> Self {
            Self { body: body.into() }
        }
    }
    impl crate::support::Request for CreateOrder {
        type Output = types::Order;
        type ErrorBody = ByteStream;
        const OPERATION: &'static crate::support::OperationDescriptor = &super::operations::CREATE_ORDER;
        fn send(
            self,
            client: &super::Client,
        ) -> impl ::std::future::Future<
            Output = ::std::result::Result<
                ResponseValue<Self::Output>,
                Error<Self::ErrorBody>,
            >,
        > + Send + '_ {
            let builder = client.create_order();
            let builder = builder.body(self.body);
            builder.send()
        }
        #[allow(unused_variables)]
        fn visit_path_params(&self, visit: &mut dyn FnMut(&'static str, &str)) {}
    }
    /**`PUT /v2/orders/{order_id}` (`putOrder`): Change an order

Section: Orders.*/
    #[derive(Clone, Debug, PartialEq)]
    pub struct PutOrder {
        ///ID of the order (path parameter).
        pub order_id: ::std::string::String,
        ///The request body.
        pub body: types::OrderBase,
    }
    impl PutOrder {
        /// A request with its required values; optional ones are unset.
        pub fn new(
            order_id: impl ::std::convert::Into<::std::string::String>,
            body: impl ::std::convert::Into<types::OrderBase>,
        ) -> Self {
            Self {
                order_id: order_id.into(),
                body: body.into(),
            }
        }
    }
    impl crate::support::Request for PutOrder {
        type Output = types::Order;
        type ErrorBody = ByteStream;
        const OPERATION: &'static crate::support::OperationDescriptor = &super::operations::PUT_ORDER;
        fn send(
            self,
            client: &super::Client,
        ) -> impl ::std::future::Future<
            Output = ::std::result::Result<
                ResponseValue<Self::Output>,
                Error<Self::ErrorBody>,
            >,
        > + Send + '_ {
            let builder = client.put_order();
            let builder = builder.order_id(self.order_id);
            let builder = builder.body(self.body);
            builder.send()
        }
        #[allow(unused_variables)]
        fn visit_path_params(&self, visit: &mut dyn FnMut(&'static str, &str)) {
            visit("order_id", self.order_id.as_str());
        }
    }
    /**`DELETE /v2/orders/{order_id}` (`deleteOrder`): Remove an order

Section: Orders.*/
    #[derive(Clone, Debug, PartialEq)]
    pub struct DeleteOrder {
        ///ID of the order (path parameter).
        pub order_id: ::std::string::String,
    }
    impl DeleteOrder {
        /// A request with its required values; optional ones are unset.
        pub fn new(order_id: impl ::std::convert::Into<::std::string::String>) -> Self {
            Self { order_id: order_id.into() }
        }
    }
    impl crate::support::Request for DeleteOrder {
        type Output = ();
        type ErrorBody = ByteStream;
        const OPERATION: &'static crate::support::OperationDescriptor = &super::operations::DELETE_ORDER;
        fn send(
            self,
            client: &super::Client,
        ) -> impl ::std::future::Future<
            Output = ::std::result::Result<
                ResponseValue<Self::Output>,
                Error<Self::ErrorBody>,
            >,
        > + Send + '_ {
            let builder = client.delete_order();
            let builder = builder.order_id(self.order_id);
            builder.send()
        }
        #[allow(unused_variables)]
        fn visit_path_params(&self, visit: &mut dyn FnMut(&'static str, &str)) {
            visit("order_id", self.order_id.as_str());
        }
    }
    /**`POST /v2/simulate_transaction_event` (`simulateTransactionEvent`): Simulate a transaction event (sandbox only)

Section: Simulate Transaction Event.*/
    #[derive(Clone, Debug, PartialEq)]
    pub struct SimulateTransactionEvent {
        ///The request body.
        pub body: types::SimulateTransactionEventBody,
    }
    impl SimulateTransactionEvent {
        /// A request with its required values; optional ones are unset.
        pub fn new(
            body: impl ::std::convert::Into<types::SimulateTransactionEventBody>,
        ) -> Self {
            Self { body: body.into() }
        }
    }
    impl crate::support::Request for SimulateTransactionEvent {
        type Output = types::TransactionEvent;
        type ErrorBody = ByteStream;
        const OPERATION: &'static crate::support::OperationDescriptor = &super::operations::SIMULATE_TRANSACTION_EVENT;
        fn send(
            self,
            client: &super::Client,
        ) -> impl ::std::future::Future<
            Output = ::std::result::Result<
                ResponseValue<Self::Output>,
                Error<Self::ErrorBody>,
            >,
        > + Send + '_ {
            let builder = client.simulate_transaction_event();
            let builder = builder.body(self.body);
            builder.send()
        }
        #[allow(unused_variables)]
        fn visit_path_params(&self, visit: &mut dyn FnMut(&'static str, &str)) {}
    }
    /**`POST /v2/simulate_statement_reward` (`simulateStatementReward`): Simulate a statement reward

Section: Simulate Statement Reward. Deprecated by the API.*/
    #[derive(Clone, Debug, PartialEq)]
    pub struct SimulateStatementReward {
        ///The request body.
        pub body: types::SimulateStatementRewardBody,
    }
    impl SimulateStatementReward {
        /// A request with its required values; optional ones are unset.
        pub fn new(
            body: impl ::std::convert::Into<types::SimulateStatementRewardBody>,
        ) -> Self {
            Self { body: body.into() }
        }
    }
    impl crate::support::Request for SimulateStatementReward {
        type Output = types::SimulateStatementRewardResponse;
        type ErrorBody = ByteStream;
        const OPERATION: &'static crate::support::OperationDescriptor = &super::operations::SIMULATE_STATEMENT_REWARD;
        fn send(
            self,
            client: &super::Client,
        ) -> impl ::std::future::Future<
            Output = ::std::result::Result<
                ResponseValue<Self::Output>,
                Error<Self::ErrorBody>,
            >,
        > + Send + '_ {
            let builder = client.simulate_statement_reward();
            let builder = builder.body(self.body);
            builder.send()
        }
        #[allow(unused_variables)]
        fn visit_path_params(&self, visit: &mut dyn FnMut(&'static str, &str)) {}
    }
    /**`POST /v2/simulate_reward` (`simulateReward`): Simulate a reward

Section: Simulate Reward.*/
    #[derive(Clone, Debug, PartialEq)]
    pub struct SimulateReward {
        ///The request body.
        pub body: types::SimulateRewardBody,
    }
    impl SimulateReward {
        /// A request with its required values; optional ones are unset.
        pub fn new(body: impl ::std::convert::Into<types::SimulateRewardBody>) -> Self {
            Self { body: body.into() }
        }
    }
    impl crate::support::Request for SimulateReward {
        type Output = types::SimulateRewardResponse;
        type ErrorBody = ByteStream;
        const OPERATION: &'static crate::support::OperationDescriptor = &super::operations::SIMULATE_REWARD;
        fn send(
            self,
            client: &super::Client,
        ) -> impl ::std::future::Future<
            Output = ::std::result::Result<
                ResponseValue<Self::Output>,
                Error<Self::ErrorBody>,
            >,
        > + Send + '_ {
            let builder = client.simulate_reward();
            let builder = builder.body(self.body);
            builder.send()
        }
        #[allow(unused_variables)]
        fn visit_path_params(&self, visit: &mut dyn FnMut(&'static str, &str)) {}
    }
    /**`POST /v2/keys` (`createKey`): New API key

Section: Keys.*/
    #[derive(Clone, Debug, PartialEq)]
    #[derive(Default)]
    pub struct CreateKey {}
    impl CreateKey {
        /// A request with its required values; optional ones are unset.
        pub fn new() -> Self {
            Self {}
        }
    }
    impl crate::support::Request for CreateKey {
        type Output = types::Key;
        type ErrorBody = ByteStream;
        const OPERATION: &'static crate::support::OperationDescriptor = &super::operations::CREATE_KEY;
        fn send(
            self,
            client: &super::Client,
        ) -> impl ::std::future::Future<
            Output = ::std::result::Result<
                ResponseValue<Self::Output>,
                Error<Self::ErrorBody>,
            >,
        > + Send + '_ {
            let builder = client.create_key();
            builder.send()
        }
        #[allow(unused_variables)]
        fn visit_path_params(&self, visit: &mut dyn FnMut(&'static str, &str)) {}
    }
    /**`DELETE /v2/keys` (`deleteKey`): Remove an API key

Section: Keys.*/
    #[derive(Clone, Debug, PartialEq)]
    #[derive(Default)]
    pub struct DeleteKey {}
    impl DeleteKey {
        /// A request with its required values; optional ones are unset.
        pub fn new() -> Self {
            Self {}
        }
    }
    impl crate::support::Request for DeleteKey {
        type Output = types::Key;
        type ErrorBody = ByteStream;
        const OPERATION: &'static crate::support::OperationDescriptor = &super::operations::DELETE_KEY;
        fn send(
            self,
            client: &super::Client,
        ) -> impl ::std::future::Future<
            Output = ::std::result::Result<
                ResponseValue<Self::Output>,
                Error<Self::ErrorBody>,
            >,
        > + Send + '_ {
            let builder = client.delete_key();
            builder.send()
        }
        #[allow(unused_variables)]
        fn visit_path_params(&self, visit: &mut dyn FnMut(&'static str, &str)) {}
    }
}
#[allow(unused_imports)]
mod cursor_pages {
    use super::types::*;
    use crate::support::field::{FieldCount, FieldCursor, FieldFlag, FieldItems};
    impl crate::support::CursorPage for CustomerListResponse {
        type Item = Customer;
        fn has_more(&self) -> bool {
            FieldFlag::flag(&self.has_more)
        }
        fn total(&self) -> ::std::option::Option<i64> {
            FieldCount::count(&self.total)
        }
        fn into_items(self) -> ::std::vec::Vec<Self::Item> {
            FieldItems::items(self.data)
        }
        fn cursor_of(item: &Self::Item) -> ::std::option::Option<&str> {
            FieldCursor::cursor(&item.id)
        }
    }
    impl crate::support::CursorPage for SearchPaymentMethodsResponse {
        type Item = PaymentMethod;
        fn has_more(&self) -> bool {
            FieldFlag::flag(&self.has_more)
        }
        fn total(&self) -> ::std::option::Option<i64> {
            FieldCount::count(&self.total)
        }
        fn into_items(self) -> ::std::vec::Vec<Self::Item> {
            FieldItems::items(self.data)
        }
        fn cursor_of(item: &Self::Item) -> ::std::option::Option<&str> {
            FieldCursor::cursor(&item.id)
        }
    }
    impl crate::support::CursorPage for SearchTransactionIntentsResponse {
        type Item = TransactionIntent;
        fn has_more(&self) -> bool {
            FieldFlag::flag(&self.has_more)
        }
        fn total(&self) -> ::std::option::Option<i64> {
            FieldCount::count(&self.total)
        }
        fn into_items(self) -> ::std::vec::Vec<Self::Item> {
            FieldItems::items(self.data)
        }
        fn cursor_of(item: &Self::Item) -> ::std::option::Option<&str> {
            FieldCursor::cursor(&item.id)
        }
    }
    impl crate::support::CursorPage for SearchRewardsResponse {
        type Item = Reward;
        fn has_more(&self) -> bool {
            FieldFlag::flag(&self.has_more)
        }
        fn total(&self) -> ::std::option::Option<i64> {
            FieldCount::count(&self.total)
        }
        fn into_items(self) -> ::std::vec::Vec<Self::Item> {
            FieldItems::items(self.data)
        }
        fn cursor_of(item: &Self::Item) -> ::std::option::Option<&str> {
            FieldCursor::cursor(&item.id)
        }
    }
    impl crate::support::CursorPage for GetTransactionsResponse {
        type Item = Transaction;
        fn has_more(&self) -> bool {
            FieldFlag::flag(&self.has_more)
        }
        fn total(&self) -> ::std::option::Option<i64> {
            FieldCount::count(&self.total)
        }
        fn into_items(self) -> ::std::vec::Vec<Self::Item> {
            FieldItems::items(self.data)
        }
        fn cursor_of(item: &Self::Item) -> ::std::option::Option<&str> {
            FieldCursor::cursor(&item.id)
        }
    }
    impl crate::support::CursorPage for GetRewardsResponse {
        type Item = Reward;
        fn has_more(&self) -> bool {
            FieldFlag::flag(&self.has_more)
        }
        fn total(&self) -> ::std::option::Option<i64> {
            FieldCount::count(&self.total)
        }
        fn into_items(self) -> ::std::vec::Vec<Self::Item> {
            FieldItems::items(self.data)
        }
        fn cursor_of(item: &Self::Item) -> ::std::option::Option<&str> {
            FieldCursor::cursor(&item.id)
        }
    }
    impl crate::support::CursorPage for OrderEventsResponse {
        type Item = OrderEvent;
        fn has_more(&self) -> bool {
            FieldFlag::flag(&self.has_more)
        }
        fn total(&self) -> ::std::option::Option<i64> {
            FieldCount::count(&self.total)
        }
        fn into_items(self) -> ::std::vec::Vec<Self::Item> {
            FieldItems::items(self.data)
        }
        fn cursor_of(item: &Self::Item) -> ::std::option::Option<&str> {
            FieldCursor::cursor(&item.0.order_event_id)
        }
    }
}
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
    pub const ALL: [WebhookDescriptor; 7usize] = [
        WebhookDescriptor {
            name: "Application",
            operation_id: "hookApplicationStatus",
            object: "APPLICATION",
            payload_schema: "ApplicationWebhookPayload",
        },
        WebhookDescriptor {
            name: "Transaction",
            operation_id: "hookTransactionStatus",
            object: "TRANSACTION",
            payload_schema: "TransactionWebhookPayload",
        },
        WebhookDescriptor {
            name: "PaymentMethod",
            operation_id: "hookPaymentMethodStatus",
            object: "PAYMENT_METHOD",
            payload_schema: "PaymentMethodWebhookPayload",
        },
        WebhookDescriptor {
            name: "CustomerLink",
            operation_id: "hookCustomerLink",
            object: "CUSTOMER_LINK",
            payload_schema: "CustomerLinkWebhookPayload",
        },
        WebhookDescriptor {
            name: "Reward",
            operation_id: "hookReward",
            object: "REWARD",
            payload_schema: "RewardWebhookPayload",
        },
        WebhookDescriptor {
            name: "Streak",
            operation_id: "hookStreak",
            object: "STREAK",
            payload_schema: "StreakWebhookPayload",
        },
        WebhookDescriptor {
            name: "AccountStatus",
            operation_id: "hookAccountStatus",
            object: "ACCOUNT_STATUS",
            payload_schema: "AccountStatusWebhookPayload",
        },
    ];
    /// One webhook event, decoded by its payload's `object` value.
    /// `Debug` shows a known event as its typed payload (sensitive
    /// fields redacted), an unknown one by its `object` and id only.
    #[derive(Clone, PartialEq)]
    #[non_exhaustive]
    pub enum Event {
        ///The `Application` webhook (`hookApplicationStatus`): Application event. Its payload's `object` is `APPLICATION`.
        Application(types::ApplicationWebhookPayload),
        ///The `Transaction` webhook (`hookTransactionStatus`): Transaction event. Its payload's `object` is `TRANSACTION`.
        Transaction(types::TransactionWebhookPayload),
        ///The `PaymentMethod` webhook (`hookPaymentMethodStatus`): Payment method event. Its payload's `object` is `PAYMENT_METHOD`.
        PaymentMethod(types::PaymentMethodWebhookPayload),
        ///The `CustomerLink` webhook (`hookCustomerLink`): Customer link event. Its payload's `object` is `CUSTOMER_LINK`.
        CustomerLink(types::CustomerLinkWebhookPayload),
        ///The `Reward` webhook (`hookReward`): Reward event. Its payload's `object` is `REWARD`.
        Reward(types::RewardWebhookPayload),
        ///The `Streak` webhook (`hookStreak`): Streak event. Its payload's `object` is `STREAK`.
        Streak(types::StreakWebhookPayload),
        ///The `AccountStatus` webhook (`hookAccountStatus`): Account status event. Its payload's `object` is `ACCOUNT_STATUS`.
        AccountStatus(types::AccountStatusWebhookPayload),
        /// An event this version of the client does not know (or one
        /// without an `object`): the payload as JSON.
        Unknown(::serde_json::Value),
    }
    impl Event {
        /// Decodes a payload: a known `object` value must decode as
        /// its type (an error otherwise); any other value, or none,
        /// gives [`Event::Unknown`].
        pub fn from_value(
            value: ::serde_json::Value,
        ) -> ::std::result::Result<Self, ::serde_json::Error> {
            match value.get("object").and_then(::serde_json::Value::as_str) {
                ::std::option::Option::Some("APPLICATION") => {
                    ::serde_json::from_value(value).map(Self::Application)
                }
                ::std::option::Option::Some("TRANSACTION") => {
                    ::serde_json::from_value(value).map(Self::Transaction)
                }
                ::std::option::Option::Some("PAYMENT_METHOD") => {
                    ::serde_json::from_value(value).map(Self::PaymentMethod)
                }
                ::std::option::Option::Some("CUSTOMER_LINK") => {
                    ::serde_json::from_value(value).map(Self::CustomerLink)
                }
                ::std::option::Option::Some("REWARD") => {
                    ::serde_json::from_value(value).map(Self::Reward)
                }
                ::std::option::Option::Some("STREAK") => {
                    ::serde_json::from_value(value).map(Self::Streak)
                }
                ::std::option::Option::Some("ACCOUNT_STATUS") => {
                    ::serde_json::from_value(value).map(Self::AccountStatus)
                }
                _ => ::std::result::Result::Ok(Self::Unknown(value)),
            }
        }
        /// Decodes a payload from JSON bytes (see [`Event::from_value`]).
        pub fn from_slice(
            bytes: &[u8],
        ) -> ::std::result::Result<Self, ::serde_json::Error> {
            Self::from_value(::serde_json::from_slice(bytes)?)
        }
        /// The payload's `object` value (`TRANSACTION`), if it has one.
        pub fn object(&self) -> ::std::option::Option<&str> {
            match self {
                Self::Application(_) => ::std::option::Option::Some("APPLICATION"),
                Self::Transaction(_) => ::std::option::Option::Some("TRANSACTION"),
                Self::PaymentMethod(_) => ::std::option::Option::Some("PAYMENT_METHOD"),
                Self::CustomerLink(_) => ::std::option::Option::Some("CUSTOMER_LINK"),
                Self::Reward(_) => ::std::option::Option::Some("REWARD"),
                Self::Streak(_) => ::std::option::Option::Some("STREAK"),
                Self::AccountStatus(_) => ::std::option::Option::Some("ACCOUNT_STATUS"),
                Self::Unknown(v) => v.get("object").and_then(::serde_json::Value::as_str),
            }
        }
        /// The id of what the event is about: the payload's
        /// `data.<object>_id` (`transaction_id`, `reward_id`, ...), else
        /// its `event_id`, else its `customer_id`.
        pub fn id(&self) -> ::std::option::Option<&str> {
            match self {
                Self::Application(payload) => {
                    payload
                        .data
                        .as_ref()
                        .and_then(|d| crate::support::field::FieldCursor::cursor(
                            &d.customer_id,
                        ))
                }
                Self::Transaction(payload) => {
                    payload
                        .data
                        .as_ref()
                        .and_then(|d| crate::support::field::FieldCursor::cursor(
                            &d.transaction_id,
                        ))
                }
                Self::PaymentMethod(payload) => {
                    payload
                        .data
                        .as_ref()
                        .and_then(|d| crate::support::field::FieldCursor::cursor(
                            &d.payment_method_id,
                        ))
                }
                Self::CustomerLink(payload) => {
                    payload
                        .data
                        .as_ref()
                        .and_then(|d| crate::support::field::FieldCursor::cursor(
                            &d.customer_id,
                        ))
                }
                Self::Reward(payload) => {
                    payload
                        .data
                        .as_ref()
                        .and_then(|d| crate::support::field::FieldCursor::cursor(
                            &d.reward_id,
                        ))
                }
                Self::Streak(payload) => {
                    payload
                        .data
                        .as_ref()
                        .and_then(|d| crate::support::field::FieldCursor::cursor(
                            &d.streak_id,
                        ))
                }
                Self::AccountStatus(payload) => {
                    payload
                        .data
                        .as_ref()
                        .and_then(|d| crate::support::field::FieldCursor::cursor(
                            &d.customer_id,
                        ))
                }
                Self::Unknown(v) => {
                    let data = v.get("data")?;
                    let object = v
                        .get("object")
                        .and_then(::serde_json::Value::as_str)
                        .unwrap_or_default();
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
                Self::Application(_) => ::std::option::Option::Some("Application"),
                Self::Transaction(_) => ::std::option::Option::Some("Transaction"),
                Self::PaymentMethod(_) => ::std::option::Option::Some("PaymentMethod"),
                Self::CustomerLink(_) => ::std::option::Option::Some("CustomerLink"),
                Self::Reward(_) => ::std::option::Option::Some("Reward"),
                Self::Streak(_) => ::std::option::Option::Some("Streak"),
                Self::AccountStatus(_) => ::std::option::Option::Some("AccountStatus"),
                Self::Unknown(_) => ::std::option::Option::None,
            }
        }
    }
    impl ::std::fmt::Debug for Event {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match self {
                Self::Application(payload) => {
                    f.debug_tuple("Application").field(payload).finish()
                }
                Self::Transaction(payload) => {
                    f.debug_tuple("Transaction").field(payload).finish()
                }
                Self::PaymentMethod(payload) => {
                    f.debug_tuple("PaymentMethod").field(payload).finish()
                }
                Self::CustomerLink(payload) => {
                    f.debug_tuple("CustomerLink").field(payload).finish()
                }
                Self::Reward(payload) => f.debug_tuple("Reward").field(payload).finish(),
                Self::Streak(payload) => f.debug_tuple("Streak").field(payload).finish(),
                Self::AccountStatus(payload) => {
                    f.debug_tuple("AccountStatus").field(payload).finish()
                }
                Self::Unknown(_) => {
                    f.debug_struct("Unknown")
                        .field("object", &self.object())
                        .field("id", &self.id())
                        .finish_non_exhaustive()
                }
            }
        }
    }
    impl ::serde::Serialize for Event {
        fn serialize<S: ::serde::Serializer>(
            &self,
            serializer: S,
        ) -> ::std::result::Result<S::Ok, S::Error> {
            match self {
                Self::Application(payload) => payload.serialize(serializer),
                Self::Transaction(payload) => payload.serialize(serializer),
                Self::PaymentMethod(payload) => payload.serialize(serializer),
                Self::CustomerLink(payload) => payload.serialize(serializer),
                Self::Reward(payload) => payload.serialize(serializer),
                Self::Streak(payload) => payload.serialize(serializer),
                Self::AccountStatus(payload) => payload.serialize(serializer),
                Self::Unknown(value) => value.serialize(serializer),
            }
        }
    }
}
/// Names of the properties the spec marks sensitive (`x-sensitive`):
/// their values are never shown in `Debug` output, error excerpts or
/// logs.
pub const SENSITIVE_FIELDS: &[&str] = &[
    "client_secret",
    "date_of_birth",
    "key",
    "pan",
    "pci_details",
    "routing_number",
    "ssn",
    "ssn4",
];
