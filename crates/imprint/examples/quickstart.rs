//! Quickstart: `cargo run --example quickstart`.
//!
//! Without `IMPRINT_API_KEY` this starts the embedded mock server in-process
//! (no key, no network) and tours the API: customers (search, get, stream,
//! update, a typed 404), a customer session, payment methods, a transaction
//! intent created then confirmed, a simulated transaction and reward with
//! the balance, and an order. With `IMPRINT_API_KEY` (and optionally
//! `IMPRINT_BASE_URL`) it makes read-only calls against the real API.

use futures::TryStreamExt;
use imprint::open_enums::{
    SimulateRewardBodyRewardType, TransactionIntentStatus, TransactionStatus,
};
use imprint::types::{
    CreateSessionBody, CreateTransactionIntentBody, CurrencyAmount, CustomerUpdateRequest,
    OrderBase, OrderLine, SimulateTransactionEventBody, UpdateTransactionIntentBody,
};

#[tokio::main]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    if std::env::var_os("IMPRINT_API_KEY").is_some() {
        return live().await;
    }

    let mock = imprint_mock::MockServer::builder()
        .customers(300)
        .seed(42)
        .start()
        .await?;
    println!(
        "No IMPRINT_API_KEY: using the embedded mock at {}\n",
        mock.url()
    );
    let client = imprint::Client::builder()
        .api_key(mock.api_key())
        .base_url(mock.url())
        .build()?;
    let customers = client.customers();

    // searchCustomersPost, one page.
    let page = customers.search().limit(5).send().await?;
    println!(
        "search: first page of {} (total {:?}, has_more {})",
        page.data.len(),
        page.total,
        page.has_more
    );

    // getCustomer.
    let first = &page.data[0];
    let customer = customers.get(&first.id).await?;
    println!(
        "get: {} {} <{}> statuses {:?}",
        customer.first_name.as_deref().unwrap_or("?"),
        customer.last_name.as_deref().unwrap_or("?"),
        customer.email.as_deref().unwrap_or("?"),
        customer.statuses
    );
    println!(
        "     Debug redacts PII: date_of_birth = {:?}",
        customer.date_of_birth
    );

    // searchCustomersPost, every page as a stream.
    let mut stream = customers.search().limit(50).stream();
    let mut n = 0;
    while let Some(_c) = stream.try_next().await? {
        n += 1;
    }
    println!("search --all: streamed {n} customers in pages of 50");

    // updateCustomer.
    let updated = customers
        .update(
            &customer.id,
            CustomerUpdateRequest {
                first_name: Some("Ada".into()),
                city: Some("London".into()),
                ..Default::default()
            },
        )
        .await?;
    println!(
        "update: first_name {:?}, city {:?}, updated_at {:?}",
        updated.first_name,
        updated.address.as_ref().and_then(|a| a.city.as_deref()),
        updated.updated_at
    );

    // A typed 404.
    match customers.get("CSMR-does-not-exist").await {
        Err(imprint::Error::NotFound(e)) => println!("get unknown: {e}"),
        other => println!("get unknown: unexpected {other:?}"),
    }

    // A customer session for the SDK (its client_secret is redacted in Debug).
    let session = client
        .customer_sessions()
        .create(CreateSessionBody {
            customer_id: Some(customer.id.clone()),
            ..Default::default()
        })
        .await?;
    println!(
        "\nsession: {} expires {} (client_secret in Debug: {:?})",
        session.id, session.expires_at, session.client_secret
    );

    // Payment methods: a cursor list of the customer's.
    let methods = client
        .payment_methods()
        .search(&customer.id)
        .collect_up_to(10)
        .await?;
    let card = methods
        .iter()
        .find(|pm| pm.card.is_some())
        .ok_or("the mock seeds a card for every customer")?;
    println!(
        "payment methods: {} ({} ending {})",
        methods.len(),
        card.type_,
        card.card.as_ref().map_or("?", |c| c.last4.as_str())
    );

    // A transaction intent: create it, then confirm it.
    let intent = client
        .transaction_intents()
        .create(
            CreateTransactionIntentBody::builder()
                .customer_id(customer.id.clone())
                .payment_method_id(Some(card.id.clone()))
                .amount(10000)
                .currency("USD".to_string())
                .merchant_name(Some("walmart".to_string())),
        )
        .await?;
    let confirmed = client
        .transaction_intents()
        .update(
            &intent.id,
            UpdateTransactionIntentBody::builder()
                .customer_id(customer.id.clone())
                .amount(intent.amount)
                .status(TransactionIntentStatus::Confirmed),
        )
        .await?;
    println!(
        "transaction intent: {} for {} {} is {}",
        confirmed.id,
        confirmed.amount,
        confirmed.currency.as_str(),
        confirmed.status
    );

    // Sandbox simulations: a card transaction, then a statement reward.
    let event = client
        .simulate()
        .transaction_event(
            SimulateTransactionEventBody::builder()
                .payment_method_id(card.id.clone())
                .status(TransactionStatus::Approved)
                .amount(Some(2599))
                .currency(Some("USD".to_string().into())),
        )
        .await?;
    let transaction_id = event.transaction_id.clone().unwrap_or_default();
    let transaction = client.transactions().get(&transaction_id).await?;
    println!(
        "simulated transaction: {} {} {}",
        transaction.id, transaction.amount, transaction.status
    );
    client
        .simulate()
        .reward(&customer.id, SimulateRewardBodyRewardType::Statement)
        .await?;
    let balance = client.customers().rewards_balance(&customer.id).await?;
    println!(
        "rewards balance: {} {}",
        balance.reward_balance, balance.reward_symbol
    );

    // An order whose lines add up to its total (checked before sending).
    let order = client
        .orders()
        .create(
            OrderBase::builder()
                .partner_order_id("o-quickstart-1")
                .payment_method_id(card.id.clone())
                .customer_id(Some(customer.id.clone()))
                .total_order_amount(CurrencyAmount(274999))
                .total_rewards_amount(Some(CurrencyAmount(2500)))
                .currency(Some("USD".to_string()))
                .order_lines(vec![OrderLine {
                    name: "Couch Supreme".into(),
                    product_url: None,
                    quantity: 1,
                    rate: CurrencyAmount(274999),
                    rewards_rate: CurrencyAmount(2500),
                }]),
        )
        .await?;
    println!(
        "order: {} for {}",
        order.0.id.as_deref().unwrap_or("?"),
        order.0.total_order_amount.0
    );
    mock.shutdown().await?;
    Ok(())
}

async fn live() -> Result<(), Box<dyn std::error::Error>> {
    let client = imprint::Client::from_env()?;
    println!("Using {} (read-only calls)\n", client.base_url());
    let page = client.customers().search().limit(5).send().await?;
    println!(
        "search: {} customers (total {:?})",
        page.data.len(),
        page.total
    );
    if let Some(first) = page.data.first() {
        let c = client.customers().get(&first.id).await?;
        println!("get: {} statuses {:?}", c.id, c.statuses);
    }
    Ok(())
}
