//! Quickstart: `cargo run --example quickstart`.
//!
//! Without `IMPRINT_API_KEY` this starts the embedded mock server in-process
//! (no key, no network) and runs through every customer operation. With
//! `IMPRINT_API_KEY` (and optionally `IMPRINT_BASE_URL`) it makes read-only
//! calls against the real API.

use futures::TryStreamExt;
use imprint::types::CustomerUpdateRequest;

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
