package io.accountable.quota.sale;

/** Where a sale came from: recorded through the API, or a won opportunity in client-service. */
public enum SaleSource {
    API, OPPORTUNITY
}
