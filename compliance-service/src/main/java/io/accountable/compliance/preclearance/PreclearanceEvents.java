package io.accountable.compliance.preclearance;

import io.accountable.compliance.Money;
import io.accountable.platform.events.EventPublisher;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** preclearance-decided.v1, one per recipient of the planned gift, keyed by recipient id. */
@ApplicationScoped
public class PreclearanceEvents {

    public static final String DECIDED = "accountable.compliance.preclearance-decided.v1";

    public record PreclearanceDecidedPayload(UUID preclearanceId, UUID executiveId, List<UUID> giverIds, UUID recipientId,
            PreclearanceDecision decision, String reason, Money valueUsd, Money limit, Money used, Money remaining,
            LocalDate plannedDate, LocalDate validUntil) {
    }

    @Inject
    EventPublisher publisher;

    void decided(Preclearance preclearance, PreclearanceRecipient recipient) {
        List<UUID> givers = preclearance.giverIds.stream().sorted().toList();
        publisher.publish(DECIDED, recipient.recipientId.toString(), new PreclearanceDecidedPayload(preclearance.id, givers.get(0),
                givers, recipient.recipientId, preclearance.decision, preclearance.reason, Money.usd(recipient.shareUsd),
                Money.usd(recipient.limitUsd), Money.usd(recipient.usedUsd),
                Money.usd(recipient.limitUsd.subtract(recipient.usedUsd).max(BigDecimal.ZERO)), preclearance.plannedDate,
                preclearance.validUntil));
    }
}
