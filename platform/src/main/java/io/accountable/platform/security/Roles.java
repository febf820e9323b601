package io.accountable.platform.security;

/** The roles a bearer token's {@code groups} claim may carry. */
public final class Roles {

    public static final String ACCOUNT_EXECUTIVE = "account-executive";
    public static final String SALES_MANAGER = "sales-manager";
    public static final String COMPLIANCE_OFFICER = "compliance-officer";
    public static final String ADMIN = "admin";

    private Roles() {
    }
}
