package io.accountable.quota.quota;

import java.util.UUID;

/** Fired, synchronously and inside the change's transaction, when an executive's quota for a fiscal year is set. */
public record QuotaChanged(UUID executiveId, int fiscalYear) {
}
