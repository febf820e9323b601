package io.accountable.compliance.gift;

import io.accountable.compliance.Money;
import io.accountable.compliance.policy.Deceased;
import io.accountable.platform.events.EventPublisher;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** The gift events on accountable.compliance.events, keyed by recipient id. */
@ApplicationScoped
public class GiftEvents {

    public static final String RECORDED = "accountable.compliance.gift-recorded.v1";
    public static final String REFUSED = "accountable.compliance.gift-refused-over-limit.v1";
    public static final String WARNING = "accountable.compliance.gift-limit-warning.v1";

    /** One per recipient of a gift: valueUsd is that recipient's share. */
    public record GiftRecordedPayload(UUID giftId, UUID recipientId, UUID contactId, String recipientName, String employerName,
            List<UUID> giverIds, LocalDate giftDate, GiftCategory category, Money valueUsd, Money giftValueUsd,
            boolean countsTowardLimit, PaidBy paidBy, Deceased deceased, UUID correctsGiftId) {
    }

    public record GiftRefusedPayload(UUID refusalId, UUID recipientId, List<UUID> giverIds, LocalDate giftDate,
            GiftCategory category, Money valueUsd, Money limit, Money used, Money remaining, LocalDate windowStart,
            LocalDate windowEnd) {
    }

    public record LimitWarningPayload(UUID recipientId, List<UUID> executiveIds, LocalDate windowStart, LocalDate windowEnd,
            Money limit, Money used, Money remaining, BigDecimal percent) {
    }

    @Inject
    EventPublisher publisher;

    void recorded(Gift gift, GiftShare share) {
        publisher.publish(RECORDED, share.recipientId.toString(), new GiftRecordedPayload(gift.id, share.recipientId,
                share.contactId, share.recipientName, share.employerName, gift.giverIds.stream().sorted().toList(), gift.giftDate,
                gift.category, Money.usd(share.shareUsd), Money.usd(gift.valueUsd), share.countsTowardLimit, gift.paidBy,
                gift.deceased, gift.correctsGiftId));
    }

    void refused(GiftRefusal refusal, GiftOverLimit refused) {
        publisher.publish(REFUSED, refused.recipientId.toString(), new GiftRefusedPayload(refusal.id, refused.recipientId,
                refused.giverIds, refused.giftDate, refused.category, Money.usd(refused.valueUsd), Money.usd(refused.limitUsd),
                Money.usd(refused.usedUsd), Money.usd(refused.remainingUsd), refused.window.start(), refused.window.end()));
    }

    void warning(LimitWarning warning, List<UUID> executiveIds) {
        BigDecimal percent = warning.usedUsd.multiply(BigDecimal.valueOf(100)).divide(warning.limitUsd, 2, RoundingMode.HALF_UP);
        publisher.publish(WARNING, warning.recipientId.toString(), new LimitWarningPayload(warning.recipientId, executiveIds,
                warning.windowStart, warning.windowEnd, Money.usd(warning.limitUsd), Money.usd(warning.usedUsd),
                Money.usd(warning.limitUsd.subtract(warning.usedUsd).max(BigDecimal.ZERO)), percent));
    }
}
