package io.accountable.quota.quota;

import io.accountable.platform.events.EventPublisher;
import io.accountable.quota.common.Money;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Quota events on accountable.quota.events, keyed by executive. */
@ApplicationScoped
public class QuotaEvents {

    public static final String SET = "accountable.quota.quota-set.v1";

    public record QuotaSetPayload(UUID quotaId, UUID executiveId, int fiscalYear, Money annualAmount, List<Money> quarters,
            QuotaSplit split, LocalDate effectiveFrom, int sequence, String reason) {
    }

    @Inject
    EventPublisher publisher;

    void set(Quota quota, QuotaVersion version) {
        publisher.publish(SET, quota.executiveId.toString(), new QuotaSetPayload(quota.id, quota.executiveId, quota.fiscalYear,
                Money.of(version.annualAmount, quota.currency), version.quarters().stream().map(q -> Money.of(q, quota.currency)).toList(),
                version.split, version.effectiveFrom, version.sequenceNo, version.reason));
    }
}
