package io.accountable.client.assignment;

/** What a secondary member does on a client's account team. */
public enum TeamRole {
    CREDIT_ANALYST, PRODUCT_SPECIALIST, RELATIONSHIP_ASSOCIATE, SERVICE_MANAGER, BACKUP_EXECUTIVE
}
