pub mod operations {
    //! [`When`](::httpmock::When) and [`Then`](::httpmock::Then)
    //! wrappers for each operation. Each can be converted to
    //! its inner type with a call to `into_inner()`. This can
    //! be used to explicitly deviate from permitted values.
    use imprint_raw::*;
    pub struct SearchCustomersWhen(::httpmock::When);
    impl SearchCustomersWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::GET)
                    .path_matches(regex::Regex::new("^/v2/customers$").unwrap()),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn limit<T>(self, value: T) -> Self
        where
            T: Into<Option<::std::num::NonZeroU32>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.query_param("limit", value.to_string()))
            } else {
                Self(self.0.query_param_missing("limit"))
            }
        }
        pub fn partner_customer_id<'a, T>(self, value: T) -> Self
        where
            T: Into<Option<&'a str>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.query_param("partner_customer_id", value.to_string()))
            } else {
                Self(self.0.query_param_missing("partner_customer_id"))
            }
        }
        pub fn starting_after<'a, T>(self, value: T) -> Self
        where
            T: Into<Option<&'a str>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.query_param("starting_after", value.to_string()))
            } else {
                Self(self.0.query_param_missing("starting_after"))
            }
        }
    }
    pub struct SearchCustomersThen(::httpmock::Then);
    impl SearchCustomersThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::CustomerListResponse) -> Self {
            Self(
                self
                    .0
                    .status(200u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        ///`400`: Malformed or invalid request
        pub fn bad_request(self, value: &types::InvalidRequestError) -> Self {
            Self(
                self
                    .0
                    .status(400u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
    }
    pub struct SearchCustomersPostWhen(::httpmock::When);
    impl SearchCustomersPostWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::POST)
                    .path_matches(regex::Regex::new("^/v2/customers$").unwrap()),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn body(self, value: &types::SearchCustomersPostBody) -> Self {
            Self(self.0.json_body_obj(value))
        }
    }
    pub struct SearchCustomersPostThen(::httpmock::Then);
    impl SearchCustomersPostThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::CustomerListResponse) -> Self {
            Self(
                self
                    .0
                    .status(200u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        ///`400`: Malformed or invalid request
        pub fn bad_request(self, value: &types::InvalidRequestError) -> Self {
            Self(
                self
                    .0
                    .status(400u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
    }
    pub struct GetCustomerWhen(::httpmock::When);
    impl GetCustomerWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::GET)
                    .path_matches(regex::Regex::new("^/v2/customers/[^/]*$").unwrap()),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn customer_id(self, value: &str) -> Self {
            let re = regex::Regex::new(&format!("^/v2/customers/{}$", value.to_string()))
                .unwrap();
            Self(self.0.path_matches(re))
        }
    }
    pub struct GetCustomerThen(::httpmock::Then);
    impl GetCustomerThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::Customer) -> Self {
            Self(
                self
                    .0
                    .status(200u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        ///`404`: No such customer
        pub fn not_found(self, value: &types::CustomerNotFoundError) -> Self {
            Self(
                self
                    .0
                    .status(404u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        ///`400`: Malformed or invalid request
        pub fn bad_request(self, value: &types::InvalidRequestError) -> Self {
            Self(
                self
                    .0
                    .status(400u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
    }
    pub struct UpdateCustomerWhen(::httpmock::When);
    impl UpdateCustomerWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::POST)
                    .path_matches(regex::Regex::new("^/v2/customers/[^/]*$").unwrap()),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn customer_id(self, value: &str) -> Self {
            let re = regex::Regex::new(&format!("^/v2/customers/{}$", value.to_string()))
                .unwrap();
            Self(self.0.path_matches(re))
        }
        pub fn body(self, value: &types::CustomerUpdateRequest) -> Self {
            Self(self.0.json_body_obj(value))
        }
    }
    pub struct UpdateCustomerThen(::httpmock::Then);
    impl UpdateCustomerThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::Customer) -> Self {
            Self(
                self
                    .0
                    .status(200u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        ///`404`: No such customer
        pub fn not_found(self, value: &types::CustomerNotFoundError) -> Self {
            Self(
                self
                    .0
                    .status(404u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        ///`400`: Malformed or invalid request
        pub fn bad_request(self, value: &types::InvalidRequestError) -> Self {
            Self(
                self
                    .0
                    .status(400u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
    }
    pub struct LinkCustomerAccountWhen(::httpmock::When);
    impl LinkCustomerAccountWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::POST)
                    .path_matches(
                        regex::Regex::new("^/v2/customers/[^/]*/link$").unwrap(),
                    ),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn customer_id(self, value: &str) -> Self {
            let re = regex::Regex::new(
                    &format!("^/v2/customers/{}/link$", value.to_string()),
                )
                .unwrap();
            Self(self.0.path_matches(re))
        }
        pub fn body(self, value: &types::LinkCustomerAccountBody) -> Self {
            Self(self.0.json_body_obj(value))
        }
    }
    pub struct LinkCustomerAccountThen(::httpmock::Then);
    impl LinkCustomerAccountThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::CustomerLink) -> Self {
            Self(
                self
                    .0
                    .status(200u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        ///`400`: Malformed or invalid request
        pub fn bad_request(self, value: &types::InvalidRequestError) -> Self {
            Self(
                self
                    .0
                    .status(400u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        ///`404`: No such customer
        pub fn not_found(self, value: &types::CustomerNotFoundError) -> Self {
            Self(
                self
                    .0
                    .status(404u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        ///`409`: The customer is linked already
        pub fn conflict(self, value: &types::LinkCustomerAccountError409) -> Self {
            Self(
                self
                    .0
                    .status(409u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
    }
    pub struct CreateSessionWhen(::httpmock::When);
    impl CreateSessionWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::POST)
                    .path_matches(regex::Regex::new("^/v2/customer_sessions$").unwrap()),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn body(self, value: &types::CreateSessionBody) -> Self {
            Self(self.0.json_body_obj(value))
        }
    }
    pub struct CreateSessionThen(::httpmock::Then);
    impl CreateSessionThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn created(self, value: &types::CustomerSession) -> Self {
            Self(
                self
                    .0
                    .status(201u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        ///`400`: Malformed or invalid request
        pub fn bad_request(self, value: &types::InvalidRequestError) -> Self {
            Self(
                self
                    .0
                    .status(400u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
    }
    pub struct GetSessionWhen(::httpmock::When);
    impl GetSessionWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::GET)
                    .path_matches(
                        regex::Regex::new("^/v2/customer_sessions/[^/]*$").unwrap(),
                    ),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn session_id(self, value: &str) -> Self {
            let re = regex::Regex::new(
                    &format!("^/v2/customer_sessions/{}$", value.to_string()),
                )
                .unwrap();
            Self(self.0.path_matches(re))
        }
    }
    pub struct GetSessionThen(::httpmock::Then);
    impl GetSessionThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::CustomerSession) -> Self {
            Self(
                self
                    .0
                    .status(200u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        ///`404`: No such session
        pub fn not_found(self, value: &types::SessionNotFoundError) -> Self {
            Self(
                self
                    .0
                    .status(404u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        ///`400`: Malformed or invalid request
        pub fn bad_request(self, value: &types::InvalidRequestError) -> Self {
            Self(
                self
                    .0
                    .status(400u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
    }
    pub struct SearchPaymentMethodsWhen(::httpmock::When);
    impl SearchPaymentMethodsWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::GET)
                    .path_matches(regex::Regex::new("^/v2/payment_methods$").unwrap()),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn customer_id(self, value: &str) -> Self {
            Self(self.0.query_param("customer_id", value.to_string()))
        }
        pub fn limit<T>(self, value: T) -> Self
        where
            T: Into<Option<::std::num::NonZeroU32>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.query_param("limit", value.to_string()))
            } else {
                Self(self.0.query_param_missing("limit"))
            }
        }
        pub fn starting_after<'a, T>(self, value: T) -> Self
        where
            T: Into<Option<&'a str>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.query_param("starting_after", value.to_string()))
            } else {
                Self(self.0.query_param_missing("starting_after"))
            }
        }
        pub fn type_<'a, T>(self, value: T) -> Self
        where
            T: Into<Option<&'a imprint_raw::open_enums::SearchPaymentMethodsType>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.query_param("type", value.to_string()))
            } else {
                Self(self.0.query_param_missing("type"))
            }
        }
    }
    pub struct SearchPaymentMethodsThen(::httpmock::Then);
    impl SearchPaymentMethodsThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::SearchPaymentMethodsResponse) -> Self {
            Self(
                self
                    .0
                    .status(200u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        ///`400`: Malformed or invalid request
        pub fn bad_request(self, value: &types::InvalidRequestError) -> Self {
            Self(
                self
                    .0
                    .status(400u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
    }
    pub struct SearchPaymentMethodsPostWhen(::httpmock::When);
    impl SearchPaymentMethodsPostWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::POST)
                    .path_matches(regex::Regex::new("^/v2/payment_methods$").unwrap()),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn body(self, value: &types::SearchPaymentMethodsPostBody) -> Self {
            Self(self.0.json_body_obj(value))
        }
    }
    pub struct SearchPaymentMethodsPostThen(::httpmock::Then);
    impl SearchPaymentMethodsPostThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::SearchPaymentMethodsPostResponse) -> Self {
            Self(
                self
                    .0
                    .status(200u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        ///`400`: Malformed or invalid request
        pub fn bad_request(self, value: &types::InvalidRequestError) -> Self {
            Self(
                self
                    .0
                    .status(400u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
    }
    pub struct GetPaymentMethodWhen(::httpmock::When);
    impl GetPaymentMethodWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::GET)
                    .path_matches(
                        regex::Regex::new("^/v2/payment_methods/[^/]*$").unwrap(),
                    ),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn payment_method_id(self, value: &str) -> Self {
            let re = regex::Regex::new(
                    &format!("^/v2/payment_methods/{}$", value.to_string()),
                )
                .unwrap();
            Self(self.0.path_matches(re))
        }
    }
    pub struct GetPaymentMethodThen(::httpmock::Then);
    impl GetPaymentMethodThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::PaymentMethod) -> Self {
            Self(
                self
                    .0
                    .status(200u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        ///`404`: No such payment method
        pub fn not_found(self, value: &types::PaymentMethodNotFoundError) -> Self {
            Self(
                self
                    .0
                    .status(404u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        ///`400`: Malformed or invalid request
        pub fn bad_request(self, value: &types::InvalidRequestError) -> Self {
            Self(
                self
                    .0
                    .status(400u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
    }
    pub struct SearchTransactionIntentsWhen(::httpmock::When);
    impl SearchTransactionIntentsWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::GET)
                    .path_matches(
                        regex::Regex::new("^/v2/transaction_intents$").unwrap(),
                    ),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn limit<T>(self, value: T) -> Self
        where
            T: Into<Option<::std::num::NonZeroU32>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.query_param("limit", value.to_string()))
            } else {
                Self(self.0.query_param_missing("limit"))
            }
        }
        pub fn starting_after<'a, T>(self, value: T) -> Self
        where
            T: Into<Option<&'a str>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.query_param("starting_after", value.to_string()))
            } else {
                Self(self.0.query_param_missing("starting_after"))
            }
        }
        pub fn type_<'a, T>(self, value: T) -> Self
        where
            T: Into<Option<&'a imprint_raw::open_enums::SearchTransactionIntentsType>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.query_param("type", value.to_string()))
            } else {
                Self(self.0.query_param_missing("type"))
            }
        }
    }
    pub struct SearchTransactionIntentsThen(::httpmock::Then);
    impl SearchTransactionIntentsThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::SearchTransactionIntentsResponse) -> Self {
            Self(
                self
                    .0
                    .status(200u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        ///`400`: Malformed or invalid request
        pub fn bad_request(self, value: &types::InvalidRequestError) -> Self {
            Self(
                self
                    .0
                    .status(400u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
    }
    pub struct CreateTransactionIntentWhen(::httpmock::When);
    impl CreateTransactionIntentWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::POST)
                    .path_matches(
                        regex::Regex::new("^/v2/transaction_intents$").unwrap(),
                    ),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn body(self, value: &types::CreateTransactionIntentBody) -> Self {
            Self(self.0.json_body_obj(value))
        }
    }
    pub struct CreateTransactionIntentThen(::httpmock::Then);
    impl CreateTransactionIntentThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::TransactionIntent) -> Self {
            Self(
                self
                    .0
                    .status(200u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        ///`400`: Malformed or invalid request
        pub fn bad_request(self, value: &types::InvalidRequestError) -> Self {
            Self(
                self
                    .0
                    .status(400u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
    }
    pub struct GetTransactionIntentWhen(::httpmock::When);
    impl GetTransactionIntentWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::GET)
                    .path_matches(
                        regex::Regex::new("^/v2/transaction_intents/[^/]*$").unwrap(),
                    ),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn intent_id(self, value: &str) -> Self {
            let re = regex::Regex::new(
                    &format!("^/v2/transaction_intents/{}$", value.to_string()),
                )
                .unwrap();
            Self(self.0.path_matches(re))
        }
    }
    pub struct GetTransactionIntentThen(::httpmock::Then);
    impl GetTransactionIntentThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::TransactionIntent) -> Self {
            Self(
                self
                    .0
                    .status(200u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        ///`404`: No such transaction intent
        pub fn not_found(self, value: &types::TransactionIntentFoundError) -> Self {
            Self(
                self
                    .0
                    .status(404u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        ///`400`: Malformed or invalid request
        pub fn bad_request(self, value: &types::InvalidRequestError) -> Self {
            Self(
                self
                    .0
                    .status(400u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
    }
    pub struct UpdateTransactionIntentWhen(::httpmock::When);
    impl UpdateTransactionIntentWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::POST)
                    .path_matches(
                        regex::Regex::new("^/v2/transaction_intents/[^/]*$").unwrap(),
                    ),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn intent_id(self, value: &str) -> Self {
            let re = regex::Regex::new(
                    &format!("^/v2/transaction_intents/{}$", value.to_string()),
                )
                .unwrap();
            Self(self.0.path_matches(re))
        }
        pub fn body(self, value: &types::UpdateTransactionIntentBody) -> Self {
            Self(self.0.json_body_obj(value))
        }
    }
    pub struct UpdateTransactionIntentThen(::httpmock::Then);
    impl UpdateTransactionIntentThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::TransactionIntent) -> Self {
            Self(
                self
                    .0
                    .status(200u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        ///`400`: Malformed or invalid request
        pub fn bad_request(self, value: &types::InvalidRequestError) -> Self {
            Self(
                self
                    .0
                    .status(400u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        ///`404`: No such transaction intent
        pub fn not_found(self, value: &types::TransactionIntentFoundError) -> Self {
            Self(
                self
                    .0
                    .status(404u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
    }
    pub struct GetTransactionWhen(::httpmock::When);
    impl GetTransactionWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::GET)
                    .path_matches(regex::Regex::new("^/v2/transactions/[^/]*$").unwrap()),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn transaction_id(self, value: &str) -> Self {
            let re = regex::Regex::new(
                    &format!("^/v2/transactions/{}$", value.to_string()),
                )
                .unwrap();
            Self(self.0.path_matches(re))
        }
    }
    pub struct GetTransactionThen(::httpmock::Then);
    impl GetTransactionThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::Transaction) -> Self {
            Self(
                self
                    .0
                    .status(200u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        ///`404`: No such transaction
        pub fn not_found(self, value: &types::TransactionNotFoundError) -> Self {
            Self(
                self
                    .0
                    .status(404u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        ///`400`: Malformed or invalid request
        pub fn bad_request(self, value: &types::InvalidRequestError) -> Self {
            Self(
                self
                    .0
                    .status(400u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
    }
    pub struct SearchRewardsWhen(::httpmock::When);
    impl SearchRewardsWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::GET)
                    .path_matches(regex::Regex::new("^/v2/rewards$").unwrap()),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn limit<T>(self, value: T) -> Self
        where
            T: Into<Option<::std::num::NonZeroU32>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.query_param("limit", value.to_string()))
            } else {
                Self(self.0.query_param_missing("limit"))
            }
        }
        pub fn starting_after<'a, T>(self, value: T) -> Self
        where
            T: Into<Option<&'a str>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.query_param("starting_after", value.to_string()))
            } else {
                Self(self.0.query_param_missing("starting_after"))
            }
        }
        pub fn transaction_event_id<'a, T>(self, value: T) -> Self
        where
            T: Into<Option<&'a str>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.query_param("transaction_event_id", value.to_string()))
            } else {
                Self(self.0.query_param_missing("transaction_event_id"))
            }
        }
    }
    pub struct SearchRewardsThen(::httpmock::Then);
    impl SearchRewardsThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::SearchRewardsResponse) -> Self {
            Self(
                self
                    .0
                    .status(200u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        ///`400`: Malformed or invalid request
        pub fn bad_request(self, value: &types::InvalidRequestError) -> Self {
            Self(
                self
                    .0
                    .status(400u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
    }
    pub struct GetRewardWhen(::httpmock::When);
    impl GetRewardWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::GET)
                    .path_matches(regex::Regex::new("^/v2/rewards/[^/]*$").unwrap()),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn reward_id(self, value: &str) -> Self {
            let re = regex::Regex::new(&format!("^/v2/rewards/{}$", value.to_string()))
                .unwrap();
            Self(self.0.path_matches(re))
        }
    }
    pub struct GetRewardThen(::httpmock::Then);
    impl GetRewardThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::Reward) -> Self {
            Self(
                self
                    .0
                    .status(200u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        ///`404`: No such reward
        pub fn not_found(self, value: &types::RewardNotFoundError) -> Self {
            Self(
                self
                    .0
                    .status(404u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        ///`400`: Malformed or invalid request
        pub fn bad_request(self, value: &types::InvalidRequestError) -> Self {
            Self(
                self
                    .0
                    .status(400u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
    }
    pub struct PatchRewardWhen(::httpmock::When);
    impl PatchRewardWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::PATCH)
                    .path_matches(regex::Regex::new("^/v2/rewards/[^/]*$").unwrap()),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn reward_id(self, value: &str) -> Self {
            let re = regex::Regex::new(&format!("^/v2/rewards/{}$", value.to_string()))
                .unwrap();
            Self(self.0.path_matches(re))
        }
        pub fn body(self, value: &types::PatchRewardBody) -> Self {
            Self(self.0.json_body_obj(value))
        }
    }
    pub struct PatchRewardThen(::httpmock::Then);
    impl PatchRewardThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::Reward) -> Self {
            Self(
                self
                    .0
                    .status(200u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        ///`400`: Malformed or invalid request
        pub fn bad_request(self, value: &types::InvalidRequestError) -> Self {
            Self(
                self
                    .0
                    .status(400u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        ///`404`: No such reward
        pub fn not_found(self, value: &types::RewardNotFoundError) -> Self {
            Self(
                self
                    .0
                    .status(404u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
    }
    pub struct GetRewardsBalanceWhen(::httpmock::When);
    impl GetRewardsBalanceWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::GET)
                    .path_matches(
                        regex::Regex::new("^/v2/customers/[^/]*/rewards_balance$")
                            .unwrap(),
                    ),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn customer_id(self, value: &str) -> Self {
            let re = regex::Regex::new(
                    &format!("^/v2/customers/{}/rewards_balance$", value.to_string()),
                )
                .unwrap();
            Self(self.0.path_matches(re))
        }
    }
    pub struct GetRewardsBalanceThen(::httpmock::Then);
    impl GetRewardsBalanceThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::GetRewardsBalanceResponse) -> Self {
            Self(
                self
                    .0
                    .status(200u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        ///`404`: No such customer
        pub fn not_found(self, value: &types::CustomerNotFoundError) -> Self {
            Self(
                self
                    .0
                    .status(404u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        ///`400`: Malformed or invalid request
        pub fn bad_request(self, value: &types::InvalidRequestError) -> Self {
            Self(
                self
                    .0
                    .status(400u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
    }
    pub struct GetPaymentMethodsWhen(::httpmock::When);
    impl GetPaymentMethodsWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::GET)
                    .path_matches(
                        regex::Regex::new("^/v2/customers/[^/]*/payment_methods$")
                            .unwrap(),
                    ),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn customer_id(self, value: &str) -> Self {
            let re = regex::Regex::new(
                    &format!("^/v2/customers/{}/payment_methods$", value.to_string()),
                )
                .unwrap();
            Self(self.0.path_matches(re))
        }
    }
    pub struct GetPaymentMethodsThen(::httpmock::Then);
    impl GetPaymentMethodsThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::GetPaymentMethodsResponse) -> Self {
            Self(
                self
                    .0
                    .status(200u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        ///`404`: No such customer
        pub fn not_found(self, value: &types::CustomerNotFoundError) -> Self {
            Self(
                self
                    .0
                    .status(404u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        ///`400`: Malformed or invalid request
        pub fn bad_request(self, value: &types::InvalidRequestError) -> Self {
            Self(
                self
                    .0
                    .status(400u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
    }
    pub struct GetTransactionIntentsWhen(::httpmock::When);
    impl GetTransactionIntentsWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::GET)
                    .path_matches(
                        regex::Regex::new("^/v2/customers/[^/]*/transaction_intents$")
                            .unwrap(),
                    ),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn customer_id(self, value: &str) -> Self {
            let re = regex::Regex::new(
                    &format!("^/v2/customers/{}/transaction_intents$", value.to_string()),
                )
                .unwrap();
            Self(self.0.path_matches(re))
        }
    }
    pub struct GetTransactionIntentsThen(::httpmock::Then);
    impl GetTransactionIntentsThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::GetTransactionIntentsResponse) -> Self {
            Self(
                self
                    .0
                    .status(200u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        ///`404`: No such transaction
        pub fn not_found(self, value: &types::TransactionNotFoundError) -> Self {
            Self(
                self
                    .0
                    .status(404u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        ///`400`: Malformed or invalid request
        pub fn bad_request(self, value: &types::InvalidRequestError) -> Self {
            Self(
                self
                    .0
                    .status(400u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
    }
    pub struct GetTransactionsWhen(::httpmock::When);
    impl GetTransactionsWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::GET)
                    .path_matches(
                        regex::Regex::new("^/v2/customers/[^/]*/transactions$").unwrap(),
                    ),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn customer_id(self, value: &str) -> Self {
            let re = regex::Regex::new(
                    &format!("^/v2/customers/{}/transactions$", value.to_string()),
                )
                .unwrap();
            Self(self.0.path_matches(re))
        }
        pub fn limit<T>(self, value: T) -> Self
        where
            T: Into<Option<::std::num::NonZeroU32>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.query_param("limit", value.to_string()))
            } else {
                Self(self.0.query_param_missing("limit"))
            }
        }
        pub fn starting_after<'a, T>(self, value: T) -> Self
        where
            T: Into<Option<&'a str>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.query_param("starting_after", value.to_string()))
            } else {
                Self(self.0.query_param_missing("starting_after"))
            }
        }
    }
    pub struct GetTransactionsThen(::httpmock::Then);
    impl GetTransactionsThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::GetTransactionsResponse) -> Self {
            Self(
                self
                    .0
                    .status(200u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        ///`404`: No such customer
        pub fn not_found(self, value: &types::CustomerNotFoundError) -> Self {
            Self(
                self
                    .0
                    .status(404u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        ///`400`: Malformed or invalid request
        pub fn bad_request(self, value: &types::InvalidRequestError) -> Self {
            Self(
                self
                    .0
                    .status(400u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
    }
    pub struct GetRewardsWhen(::httpmock::When);
    impl GetRewardsWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::GET)
                    .path_matches(
                        regex::Regex::new("^/v2/customers/[^/]*/rewards$").unwrap(),
                    ),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn customer_id(self, value: &str) -> Self {
            let re = regex::Regex::new(
                    &format!("^/v2/customers/{}/rewards$", value.to_string()),
                )
                .unwrap();
            Self(self.0.path_matches(re))
        }
        pub fn limit<T>(self, value: T) -> Self
        where
            T: Into<Option<::std::num::NonZeroU32>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.query_param("limit", value.to_string()))
            } else {
                Self(self.0.query_param_missing("limit"))
            }
        }
        pub fn starting_after<'a, T>(self, value: T) -> Self
        where
            T: Into<Option<&'a str>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.query_param("starting_after", value.to_string()))
            } else {
                Self(self.0.query_param_missing("starting_after"))
            }
        }
    }
    pub struct GetRewardsThen(::httpmock::Then);
    impl GetRewardsThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::GetRewardsResponse) -> Self {
            Self(
                self
                    .0
                    .status(200u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        ///`404`: No such customer
        pub fn not_found(self, value: &types::CustomerNotFoundError) -> Self {
            Self(
                self
                    .0
                    .status(404u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        ///`400`: Malformed or invalid request
        pub fn bad_request(self, value: &types::InvalidRequestError) -> Self {
            Self(
                self
                    .0
                    .status(400u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
    }
    pub struct GetOfferWhen(::httpmock::When);
    impl GetOfferWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::GET)
                    .path_matches(regex::Regex::new("^/v2/offers$").unwrap()),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn partner_customer_id<'a, T>(self, value: T) -> Self
        where
            T: Into<Option<&'a str>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.query_param("partner_customer_id", value.to_string()))
            } else {
                Self(self.0.query_param_missing("partner_customer_id"))
            }
        }
    }
    pub struct GetOfferThen(::httpmock::Then);
    impl GetOfferThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::Offer) -> Self {
            Self(
                self
                    .0
                    .status(200u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        ///`404`: No such customer
        pub fn not_found(self, value: &types::PartnerCustomerNotFoundError) -> Self {
            Self(
                self
                    .0
                    .status(404u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        ///`400`: Malformed or invalid request
        pub fn bad_request(self, value: &types::InvalidRequestError) -> Self {
            Self(
                self
                    .0
                    .status(400u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
    }
    pub struct ListOrderEventsWhen(::httpmock::When);
    impl ListOrderEventsWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::GET)
                    .path_matches(regex::Regex::new("^/v2/order_events$").unwrap()),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn limit<T>(self, value: T) -> Self
        where
            T: Into<Option<::std::num::NonZeroU32>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.query_param("limit", value.to_string()))
            } else {
                Self(self.0.query_param_missing("limit"))
            }
        }
        pub fn network_transaction_id<'a, T>(self, value: T) -> Self
        where
            T: Into<Option<&'a str>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.query_param("network_transaction_id", value.to_string()))
            } else {
                Self(self.0.query_param_missing("network_transaction_id"))
            }
        }
        pub fn order_event_id<'a, T>(self, value: T) -> Self
        where
            T: Into<Option<&'a str>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.query_param("order_event_id", value.to_string()))
            } else {
                Self(self.0.query_param_missing("order_event_id"))
            }
        }
        pub fn order_id<'a, T>(self, value: T) -> Self
        where
            T: Into<Option<&'a str>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.query_param("order_id", value.to_string()))
            } else {
                Self(self.0.query_param_missing("order_id"))
            }
        }
        pub fn partner_event_id<'a, T>(self, value: T) -> Self
        where
            T: Into<Option<&'a str>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.query_param("partner_event_id", value.to_string()))
            } else {
                Self(self.0.query_param_missing("partner_event_id"))
            }
        }
        pub fn starting_after<'a, T>(self, value: T) -> Self
        where
            T: Into<Option<&'a str>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.query_param("starting_after", value.to_string()))
            } else {
                Self(self.0.query_param_missing("starting_after"))
            }
        }
    }
    pub struct ListOrderEventsThen(::httpmock::Then);
    impl ListOrderEventsThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::OrderEventsResponse) -> Self {
            Self(
                self
                    .0
                    .status(200u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        ///`400`: Malformed or invalid request
        pub fn bad_request(self, value: &types::InvalidRequestError) -> Self {
            Self(
                self
                    .0
                    .status(400u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
    }
    pub struct PostOrderEventWhen(::httpmock::When);
    impl PostOrderEventWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::POST)
                    .path_matches(regex::Regex::new("^/v2/order_events$").unwrap()),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn body(self, value: &types::OrderEventBase) -> Self {
            Self(self.0.json_body_obj(value))
        }
    }
    pub struct PostOrderEventThen(::httpmock::Then);
    impl PostOrderEventThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::OrderEvent) -> Self {
            Self(
                self
                    .0
                    .status(200u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        ///`400`: Malformed or invalid request
        pub fn bad_request(self, value: &types::InvalidRequestError) -> Self {
            Self(
                self
                    .0
                    .status(400u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
    }
    pub struct DeleteOrderEventWhen(::httpmock::When);
    impl DeleteOrderEventWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::DELETE)
                    .path_matches(regex::Regex::new("^/v2/order_events/[^/]*$").unwrap()),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn order_event_id(self, value: &str) -> Self {
            let re = regex::Regex::new(
                    &format!("^/v2/order_events/{}$", value.to_string()),
                )
                .unwrap();
            Self(self.0.path_matches(re))
        }
    }
    pub struct DeleteOrderEventThen(::httpmock::Then);
    impl DeleteOrderEventThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn no_content(self) -> Self {
            Self(self.0.status(204u16))
        }
        ///`400`: Malformed or invalid request
        pub fn bad_request(self, value: &types::InvalidRequestError) -> Self {
            Self(
                self
                    .0
                    .status(400u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
    }
    pub struct ListOrdersWhen(::httpmock::When);
    impl ListOrdersWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::GET)
                    .path_matches(regex::Regex::new("^/v2/orders$").unwrap()),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn id<'a, T>(self, value: T) -> Self
        where
            T: Into<Option<&'a str>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.query_param("id", value.to_string()))
            } else {
                Self(self.0.query_param_missing("id"))
            }
        }
        pub fn partner_order_id<'a, T>(self, value: T) -> Self
        where
            T: Into<Option<&'a str>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.query_param("partner_order_id", value.to_string()))
            } else {
                Self(self.0.query_param_missing("partner_order_id"))
            }
        }
    }
    pub struct ListOrdersThen(::httpmock::Then);
    impl ListOrdersThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::OrdersResponse) -> Self {
            Self(
                self
                    .0
                    .status(200u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        ///`400`: Malformed or invalid request
        pub fn bad_request(self, value: &types::InvalidRequestError) -> Self {
            Self(
                self
                    .0
                    .status(400u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
    }
    pub struct CreateOrderWhen(::httpmock::When);
    impl CreateOrderWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::POST)
                    .path_matches(regex::Regex::new("^/v2/orders$").unwrap()),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn body(self, value: &types::OrderBase) -> Self {
            Self(self.0.json_body_obj(value))
        }
    }
    pub struct CreateOrderThen(::httpmock::Then);
    impl CreateOrderThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::Order) -> Self {
            Self(
                self
                    .0
                    .status(200u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        ///`400`: Malformed or invalid request
        pub fn bad_request(self, value: &types::InvalidRequestError) -> Self {
            Self(
                self
                    .0
                    .status(400u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
    }
    pub struct PutOrderWhen(::httpmock::When);
    impl PutOrderWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::PUT)
                    .path_matches(regex::Regex::new("^/v2/orders/[^/]*$").unwrap()),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn order_id(self, value: &str) -> Self {
            let re = regex::Regex::new(&format!("^/v2/orders/{}$", value.to_string()))
                .unwrap();
            Self(self.0.path_matches(re))
        }
        pub fn body(self, value: &types::OrderBase) -> Self {
            Self(self.0.json_body_obj(value))
        }
    }
    pub struct PutOrderThen(::httpmock::Then);
    impl PutOrderThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::Order) -> Self {
            Self(
                self
                    .0
                    .status(200u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        ///`400`: Malformed or invalid request
        pub fn bad_request(self, value: &types::InvalidRequestError) -> Self {
            Self(
                self
                    .0
                    .status(400u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        ///`404`: No such order
        pub fn not_found(self, value: &types::PutOrderError404) -> Self {
            Self(
                self
                    .0
                    .status(404u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
    }
    pub struct DeleteOrderWhen(::httpmock::When);
    impl DeleteOrderWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::DELETE)
                    .path_matches(regex::Regex::new("^/v2/orders/[^/]*$").unwrap()),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn order_id(self, value: &str) -> Self {
            let re = regex::Regex::new(&format!("^/v2/orders/{}$", value.to_string()))
                .unwrap();
            Self(self.0.path_matches(re))
        }
    }
    pub struct DeleteOrderThen(::httpmock::Then);
    impl DeleteOrderThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn no_content(self) -> Self {
            Self(self.0.status(204u16))
        }
        ///`400`: Malformed or invalid request
        pub fn bad_request(self, value: &types::InvalidRequestError) -> Self {
            Self(
                self
                    .0
                    .status(400u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
    }
    pub struct SimulateTransactionEventWhen(::httpmock::When);
    impl SimulateTransactionEventWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::POST)
                    .path_matches(
                        regex::Regex::new("^/v2/simulate_transaction_event$").unwrap(),
                    ),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn body(self, value: &types::SimulateTransactionEventBody) -> Self {
            Self(self.0.json_body_obj(value))
        }
    }
    pub struct SimulateTransactionEventThen(::httpmock::Then);
    impl SimulateTransactionEventThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::TransactionEvent) -> Self {
            Self(
                self
                    .0
                    .status(200u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        ///`409`: The event could not be created
        pub fn conflict(self, value: &types::ConflictError) -> Self {
            Self(
                self
                    .0
                    .status(409u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        ///`400`: Malformed or invalid request
        pub fn bad_request(self, value: &types::InvalidRequestError) -> Self {
            Self(
                self
                    .0
                    .status(400u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
    }
    pub struct SimulateStatementRewardWhen(::httpmock::When);
    impl SimulateStatementRewardWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::POST)
                    .path_matches(
                        regex::Regex::new("^/v2/simulate_statement_reward$").unwrap(),
                    ),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn body(self, value: &types::SimulateStatementRewardBody) -> Self {
            Self(self.0.json_body_obj(value))
        }
    }
    pub struct SimulateStatementRewardThen(::httpmock::Then);
    impl SimulateStatementRewardThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::SimulateStatementRewardResponse) -> Self {
            Self(
                self
                    .0
                    .status(200u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        ///`400`: The product has no statement rewards configured
        pub fn bad_request(self, value: &types::ApiError) -> Self {
            Self(
                self
                    .0
                    .status(400u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        ///`403`: Only available in sandbox environments
        pub fn forbidden(self, value: &types::ApiError) -> Self {
            Self(
                self
                    .0
                    .status(403u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        ///`404`: No such customer
        pub fn not_found(self, value: &types::ApiError) -> Self {
            Self(
                self
                    .0
                    .status(404u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
    }
    pub struct SimulateRewardWhen(::httpmock::When);
    impl SimulateRewardWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::POST)
                    .path_matches(regex::Regex::new("^/v2/simulate_reward$").unwrap()),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn body(self, value: &types::SimulateRewardBody) -> Self {
            Self(self.0.json_body_obj(value))
        }
    }
    pub struct SimulateRewardThen(::httpmock::Then);
    impl SimulateRewardThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::SimulateRewardResponse) -> Self {
            Self(
                self
                    .0
                    .status(200u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        ///`400`: reward_type is invalid or not configured for the product
        pub fn bad_request(self, value: &types::ApiError) -> Self {
            Self(
                self
                    .0
                    .status(400u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        ///`403`: Only available in sandbox environments
        pub fn forbidden(self, value: &types::ApiError) -> Self {
            Self(
                self
                    .0
                    .status(403u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        ///`404`: No such customer
        pub fn not_found(self, value: &types::ApiError) -> Self {
            Self(
                self
                    .0
                    .status(404u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        ///`409`: This account already has a simulation running
        pub fn conflict(self, value: &types::ApiError) -> Self {
            Self(
                self
                    .0
                    .status(409u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
    }
    pub struct CreateKeyWhen(::httpmock::When);
    impl CreateKeyWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::POST)
                    .path_matches(regex::Regex::new("^/v2/keys$").unwrap()),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
    }
    pub struct CreateKeyThen(::httpmock::Then);
    impl CreateKeyThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::Key) -> Self {
            Self(
                self
                    .0
                    .status(200u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn unauthorized(self, value: ::serde_json::Value) -> Self {
            Self(
                self
                    .0
                    .status(401u16)
                    .header("content-type", "application/json")
                    .json_body(value),
            )
        }
    }
    pub struct DeleteKeyWhen(::httpmock::When);
    impl DeleteKeyWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::DELETE)
                    .path_matches(regex::Regex::new("^/v2/keys$").unwrap()),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
    }
    pub struct DeleteKeyThen(::httpmock::Then);
    impl DeleteKeyThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::Key) -> Self {
            Self(
                self
                    .0
                    .status(200u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn unauthorized(self, value: ::serde_json::Value) -> Self {
            Self(
                self
                    .0
                    .status(401u16)
                    .header("content-type", "application/json")
                    .json_body(value),
            )
        }
    }
}
/// An extension trait for [`MockServer`](::httpmock::MockServer) that
/// adds a method for each operation. These are the equivalent of
/// type-checked [`mock()`](::httpmock::MockServer::mock) calls.
pub trait MockServerExt {
    fn search_customers<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::SearchCustomersWhen, operations::SearchCustomersThen);
    fn search_customers_post<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::SearchCustomersPostWhen,
            operations::SearchCustomersPostThen,
        );
    fn get_customer<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::GetCustomerWhen, operations::GetCustomerThen);
    fn update_customer<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::UpdateCustomerWhen, operations::UpdateCustomerThen);
    fn link_customer_account<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::LinkCustomerAccountWhen,
            operations::LinkCustomerAccountThen,
        );
    fn create_session<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::CreateSessionWhen, operations::CreateSessionThen);
    fn get_session<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::GetSessionWhen, operations::GetSessionThen);
    fn search_payment_methods<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::SearchPaymentMethodsWhen,
            operations::SearchPaymentMethodsThen,
        );
    fn search_payment_methods_post<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::SearchPaymentMethodsPostWhen,
            operations::SearchPaymentMethodsPostThen,
        );
    fn get_payment_method<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::GetPaymentMethodWhen, operations::GetPaymentMethodThen);
    fn search_transaction_intents<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::SearchTransactionIntentsWhen,
            operations::SearchTransactionIntentsThen,
        );
    fn create_transaction_intent<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::CreateTransactionIntentWhen,
            operations::CreateTransactionIntentThen,
        );
    fn get_transaction_intent<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::GetTransactionIntentWhen,
            operations::GetTransactionIntentThen,
        );
    fn update_transaction_intent<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::UpdateTransactionIntentWhen,
            operations::UpdateTransactionIntentThen,
        );
    fn get_transaction<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::GetTransactionWhen, operations::GetTransactionThen);
    fn search_rewards<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::SearchRewardsWhen, operations::SearchRewardsThen);
    fn get_reward<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::GetRewardWhen, operations::GetRewardThen);
    fn patch_reward<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::PatchRewardWhen, operations::PatchRewardThen);
    fn get_rewards_balance<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::GetRewardsBalanceWhen, operations::GetRewardsBalanceThen);
    fn get_payment_methods<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::GetPaymentMethodsWhen, operations::GetPaymentMethodsThen);
    fn get_transaction_intents<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::GetTransactionIntentsWhen,
            operations::GetTransactionIntentsThen,
        );
    fn get_transactions<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::GetTransactionsWhen, operations::GetTransactionsThen);
    fn get_rewards<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::GetRewardsWhen, operations::GetRewardsThen);
    fn get_offer<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::GetOfferWhen, operations::GetOfferThen);
    fn list_order_events<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::ListOrderEventsWhen, operations::ListOrderEventsThen);
    fn post_order_event<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::PostOrderEventWhen, operations::PostOrderEventThen);
    fn delete_order_event<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::DeleteOrderEventWhen, operations::DeleteOrderEventThen);
    fn list_orders<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::ListOrdersWhen, operations::ListOrdersThen);
    fn create_order<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::CreateOrderWhen, operations::CreateOrderThen);
    fn put_order<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::PutOrderWhen, operations::PutOrderThen);
    fn delete_order<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::DeleteOrderWhen, operations::DeleteOrderThen);
    fn simulate_transaction_event<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::SimulateTransactionEventWhen,
            operations::SimulateTransactionEventThen,
        );
    fn simulate_statement_reward<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::SimulateStatementRewardWhen,
            operations::SimulateStatementRewardThen,
        );
    fn simulate_reward<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::SimulateRewardWhen, operations::SimulateRewardThen);
    fn create_key<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::CreateKeyWhen, operations::CreateKeyThen);
    fn delete_key<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::DeleteKeyWhen, operations::DeleteKeyThen);
}
impl MockServerExt for ::httpmock::MockServer {
    fn search_customers<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::SearchCustomersWhen, operations::SearchCustomersThen),
    {
        self.mock(|when, then| {
            config_fn(
                operations::SearchCustomersWhen::new(when),
                operations::SearchCustomersThen::new(then),
            )
        })
    }
    fn search_customers_post<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::SearchCustomersPostWhen,
            operations::SearchCustomersPostThen,
        ),
    {
        self.mock(|when, then| {
            config_fn(
                operations::SearchCustomersPostWhen::new(when),
                operations::SearchCustomersPostThen::new(then),
            )
        })
    }
    fn get_customer<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::GetCustomerWhen, operations::GetCustomerThen),
    {
        self.mock(|when, then| {
            config_fn(
                operations::GetCustomerWhen::new(when),
                operations::GetCustomerThen::new(then),
            )
        })
    }
    fn update_customer<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::UpdateCustomerWhen, operations::UpdateCustomerThen),
    {
        self.mock(|when, then| {
            config_fn(
                operations::UpdateCustomerWhen::new(when),
                operations::UpdateCustomerThen::new(then),
            )
        })
    }
    fn link_customer_account<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::LinkCustomerAccountWhen,
            operations::LinkCustomerAccountThen,
        ),
    {
        self.mock(|when, then| {
            config_fn(
                operations::LinkCustomerAccountWhen::new(when),
                operations::LinkCustomerAccountThen::new(then),
            )
        })
    }
    fn create_session<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::CreateSessionWhen, operations::CreateSessionThen),
    {
        self.mock(|when, then| {
            config_fn(
                operations::CreateSessionWhen::new(when),
                operations::CreateSessionThen::new(then),
            )
        })
    }
    fn get_session<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::GetSessionWhen, operations::GetSessionThen),
    {
        self.mock(|when, then| {
            config_fn(
                operations::GetSessionWhen::new(when),
                operations::GetSessionThen::new(then),
            )
        })
    }
    fn search_payment_methods<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::SearchPaymentMethodsWhen,
            operations::SearchPaymentMethodsThen,
        ),
    {
        self.mock(|when, then| {
            config_fn(
                operations::SearchPaymentMethodsWhen::new(when),
                operations::SearchPaymentMethodsThen::new(then),
            )
        })
    }
    fn search_payment_methods_post<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::SearchPaymentMethodsPostWhen,
            operations::SearchPaymentMethodsPostThen,
        ),
    {
        self.mock(|when, then| {
            config_fn(
                operations::SearchPaymentMethodsPostWhen::new(when),
                operations::SearchPaymentMethodsPostThen::new(then),
            )
        })
    }
    fn get_payment_method<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::GetPaymentMethodWhen, operations::GetPaymentMethodThen),
    {
        self.mock(|when, then| {
            config_fn(
                operations::GetPaymentMethodWhen::new(when),
                operations::GetPaymentMethodThen::new(then),
            )
        })
    }
    fn search_transaction_intents<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::SearchTransactionIntentsWhen,
            operations::SearchTransactionIntentsThen,
        ),
    {
        self.mock(|when, then| {
            config_fn(
                operations::SearchTransactionIntentsWhen::new(when),
                operations::SearchTransactionIntentsThen::new(then),
            )
        })
    }
    fn create_transaction_intent<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::CreateTransactionIntentWhen,
            operations::CreateTransactionIntentThen,
        ),
    {
        self.mock(|when, then| {
            config_fn(
                operations::CreateTransactionIntentWhen::new(when),
                operations::CreateTransactionIntentThen::new(then),
            )
        })
    }
    fn get_transaction_intent<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::GetTransactionIntentWhen,
            operations::GetTransactionIntentThen,
        ),
    {
        self.mock(|when, then| {
            config_fn(
                operations::GetTransactionIntentWhen::new(when),
                operations::GetTransactionIntentThen::new(then),
            )
        })
    }
    fn update_transaction_intent<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::UpdateTransactionIntentWhen,
            operations::UpdateTransactionIntentThen,
        ),
    {
        self.mock(|when, then| {
            config_fn(
                operations::UpdateTransactionIntentWhen::new(when),
                operations::UpdateTransactionIntentThen::new(then),
            )
        })
    }
    fn get_transaction<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::GetTransactionWhen, operations::GetTransactionThen),
    {
        self.mock(|when, then| {
            config_fn(
                operations::GetTransactionWhen::new(when),
                operations::GetTransactionThen::new(then),
            )
        })
    }
    fn search_rewards<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::SearchRewardsWhen, operations::SearchRewardsThen),
    {
        self.mock(|when, then| {
            config_fn(
                operations::SearchRewardsWhen::new(when),
                operations::SearchRewardsThen::new(then),
            )
        })
    }
    fn get_reward<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::GetRewardWhen, operations::GetRewardThen),
    {
        self.mock(|when, then| {
            config_fn(
                operations::GetRewardWhen::new(when),
                operations::GetRewardThen::new(then),
            )
        })
    }
    fn patch_reward<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::PatchRewardWhen, operations::PatchRewardThen),
    {
        self.mock(|when, then| {
            config_fn(
                operations::PatchRewardWhen::new(when),
                operations::PatchRewardThen::new(then),
            )
        })
    }
    fn get_rewards_balance<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::GetRewardsBalanceWhen, operations::GetRewardsBalanceThen),
    {
        self.mock(|when, then| {
            config_fn(
                operations::GetRewardsBalanceWhen::new(when),
                operations::GetRewardsBalanceThen::new(then),
            )
        })
    }
    fn get_payment_methods<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::GetPaymentMethodsWhen, operations::GetPaymentMethodsThen),
    {
        self.mock(|when, then| {
            config_fn(
                operations::GetPaymentMethodsWhen::new(when),
                operations::GetPaymentMethodsThen::new(then),
            )
        })
    }
    fn get_transaction_intents<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::GetTransactionIntentsWhen,
            operations::GetTransactionIntentsThen,
        ),
    {
        self.mock(|when, then| {
            config_fn(
                operations::GetTransactionIntentsWhen::new(when),
                operations::GetTransactionIntentsThen::new(then),
            )
        })
    }
    fn get_transactions<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::GetTransactionsWhen, operations::GetTransactionsThen),
    {
        self.mock(|when, then| {
            config_fn(
                operations::GetTransactionsWhen::new(when),
                operations::GetTransactionsThen::new(then),
            )
        })
    }
    fn get_rewards<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::GetRewardsWhen, operations::GetRewardsThen),
    {
        self.mock(|when, then| {
            config_fn(
                operations::GetRewardsWhen::new(when),
                operations::GetRewardsThen::new(then),
            )
        })
    }
    fn get_offer<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::GetOfferWhen, operations::GetOfferThen),
    {
        self.mock(|when, then| {
            config_fn(
                operations::GetOfferWhen::new(when),
                operations::GetOfferThen::new(then),
            )
        })
    }
    fn list_order_events<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::ListOrderEventsWhen, operations::ListOrderEventsThen),
    {
        self.mock(|when, then| {
            config_fn(
                operations::ListOrderEventsWhen::new(when),
                operations::ListOrderEventsThen::new(then),
            )
        })
    }
    fn post_order_event<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::PostOrderEventWhen, operations::PostOrderEventThen),
    {
        self.mock(|when, then| {
            config_fn(
                operations::PostOrderEventWhen::new(when),
                operations::PostOrderEventThen::new(then),
            )
        })
    }
    fn delete_order_event<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::DeleteOrderEventWhen, operations::DeleteOrderEventThen),
    {
        self.mock(|when, then| {
            config_fn(
                operations::DeleteOrderEventWhen::new(when),
                operations::DeleteOrderEventThen::new(then),
            )
        })
    }
    fn list_orders<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::ListOrdersWhen, operations::ListOrdersThen),
    {
        self.mock(|when, then| {
            config_fn(
                operations::ListOrdersWhen::new(when),
                operations::ListOrdersThen::new(then),
            )
        })
    }
    fn create_order<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::CreateOrderWhen, operations::CreateOrderThen),
    {
        self.mock(|when, then| {
            config_fn(
                operations::CreateOrderWhen::new(when),
                operations::CreateOrderThen::new(then),
            )
        })
    }
    fn put_order<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::PutOrderWhen, operations::PutOrderThen),
    {
        self.mock(|when, then| {
            config_fn(
                operations::PutOrderWhen::new(when),
                operations::PutOrderThen::new(then),
            )
        })
    }
    fn delete_order<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::DeleteOrderWhen, operations::DeleteOrderThen),
    {
        self.mock(|when, then| {
            config_fn(
                operations::DeleteOrderWhen::new(when),
                operations::DeleteOrderThen::new(then),
            )
        })
    }
    fn simulate_transaction_event<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::SimulateTransactionEventWhen,
            operations::SimulateTransactionEventThen,
        ),
    {
        self.mock(|when, then| {
            config_fn(
                operations::SimulateTransactionEventWhen::new(when),
                operations::SimulateTransactionEventThen::new(then),
            )
        })
    }
    fn simulate_statement_reward<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::SimulateStatementRewardWhen,
            operations::SimulateStatementRewardThen,
        ),
    {
        self.mock(|when, then| {
            config_fn(
                operations::SimulateStatementRewardWhen::new(when),
                operations::SimulateStatementRewardThen::new(then),
            )
        })
    }
    fn simulate_reward<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::SimulateRewardWhen, operations::SimulateRewardThen),
    {
        self.mock(|when, then| {
            config_fn(
                operations::SimulateRewardWhen::new(when),
                operations::SimulateRewardThen::new(then),
            )
        })
    }
    fn create_key<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::CreateKeyWhen, operations::CreateKeyThen),
    {
        self.mock(|when, then| {
            config_fn(
                operations::CreateKeyWhen::new(when),
                operations::CreateKeyThen::new(then),
            )
        })
    }
    fn delete_key<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::DeleteKeyWhen, operations::DeleteKeyThen),
    {
        self.mock(|when, then| {
            config_fn(
                operations::DeleteKeyWhen::new(when),
                operations::DeleteKeyThen::new(then),
            )
        })
    }
}
