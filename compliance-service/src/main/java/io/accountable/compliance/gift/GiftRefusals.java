package io.accountable.compliance.gift;

import io.accountable.platform.security.CurrentUser;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Keeps refused gifts in the audit trail. Runs in its own transaction, after the refused gift's
 * transaction rolled back, so the refusal survives the 422.
 */
@ApplicationScoped
public class GiftRefusals {

    @Inject
    GiftEvents events;

    @Inject
    CurrentUser user;

    @Inject
    GiftCounters counters;

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void keep(GiftOverLimit refused) {
        GiftRefusal refusal = new GiftRefusal();
        refusal.id = UUID.randomUUID();
        refusal.recipientId = refused.recipientId;
        refusal.giverIds = refused.giverIds.stream().map(UUID::toString).collect(Collectors.joining(","));
        refusal.giftDate = refused.giftDate;
        refusal.category = refused.category;
        refusal.description = refused.description;
        refusal.valueUsd = refused.valueUsd;
        refusal.limitUsd = refused.limitUsd;
        refusal.usedUsd = refused.usedUsd;
        refusal.remainingUsd = refused.remainingUsd;
        refusal.attemptedBy = user.id();
        refusal.attemptedAt = Instant.now();
        refusal.persist();
        events.refused(refusal, refused);
        counters.refused();
    }
}
