//! One handle per API section: what a user of that section would otherwise
//! write by hand. Each method checks what the spec states about its input
//! (ids, currency codes, non-negative amounts, sums that must add up) and
//! then sends a generated request through the one call path,
//! [`crate::Client::send`] (or [`crate::Client::list`] for cursor lists).
//! Every operation stays reachable without a handle, through
//! [`crate::requests`].

mod customer_sessions;
mod customers;
mod keys;
mod offers;
mod order_events;
mod orders;
mod payment_methods;
mod rewards;
mod simulate;
mod transaction_intents;
mod transactions;

pub use customer_sessions::CustomerSessions;
pub use customers::{Customers, SearchCustomers};
pub use keys::Keys;
pub use offers::Offers;
pub use order_events::OrderEvents;
pub use orders::Orders;
pub use payment_methods::PaymentMethods;
pub use rewards::Rewards;
pub use simulate::Simulate;
pub use transaction_intents::TransactionIntents;
pub use transactions::Transactions;

use crate::Client;

macro_rules! handles {
    ($($(#[$doc:meta])* $method:ident -> $ty:ident;)*) => {
        impl Client {
            $(
                $(#[$doc])*
                pub fn $method(&self) -> $ty {
                    $ty { client: self.clone() }
                }
            )*
        }
    };
}

handles! {
    /// Customers: look up, search, update, link, and what belongs to a
    /// customer (payment methods, transactions, intents, rewards, balance).
    customers -> Customers;
    /// Customer sessions: a one-time `client_secret` for Imprint's SDK.
    customer_sessions -> CustomerSessions;
    /// Payment methods (cards, bank accounts, loans).
    payment_methods -> PaymentMethods;
    /// Transaction intents: pending transactions, before they settle.
    transaction_intents -> TransactionIntents;
    /// Transactions.
    transactions -> Transactions;
    /// Rewards.
    rewards -> Rewards;
    /// Offers: the marketing placement for a partner customer.
    offers -> Offers;
    /// Orders.
    orders -> Orders;
    /// Order events (captures and refunds of orders).
    order_events -> OrderEvents;
    /// Sandbox simulations: transaction events and rewards.
    simulate -> Simulate;
    /// API keys.
    keys -> Keys;
}
