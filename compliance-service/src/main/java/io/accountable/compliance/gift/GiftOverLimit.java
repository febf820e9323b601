package io.accountable.compliance.gift;

import io.accountable.compliance.Money;
import io.accountable.compliance.policy.AggregationWindow;
import io.accountable.platform.problem.ProblemException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** A gift refused because it would take a recipient over the limit; carries what the audit trail keeps. */
public class GiftOverLimit extends ProblemException {

    public static final String SLUG = "gift-over-limit";

    final UUID recipientId;
    final List<UUID> giverIds;
    final LocalDate giftDate;
    final GiftCategory category;
    final String description;
    final BigDecimal valueUsd;
    final BigDecimal limitUsd;
    final BigDecimal usedUsd;
    final BigDecimal remainingUsd;
    final AggregationWindow window;

    GiftOverLimit(UUID recipientId, List<UUID> giverIds, LocalDate giftDate, GiftCategory category, String description,
            BigDecimal valueUsd, BigDecimal limitUsd, BigDecimal usedUsd, AggregationWindow window) {
        super(422, SLUG, "Rule violated",
                "A gift worth USD " + valueUsd + " to recipient " + recipientId + " on " + giftDate + " would exceed the USD "
                        + Money.cents(limitUsd) + " limit: USD " + usedUsd + " already given between " + window.start() + " and "
                        + window.end() + ", USD " + limitUsd.subtract(usedUsd).max(BigDecimal.ZERO).setScale(2) + " remaining",
                Map.of("recipientId", recipientId.toString(), "value", Money.usd(valueUsd), "limit", Money.usd(limitUsd),
                        "used", Money.usd(usedUsd), "remaining", Money.usd(limitUsd.subtract(usedUsd).max(BigDecimal.ZERO)),
                        "windowStart", window.start().toString(), "windowEnd", window.end().toString()));
        this.recipientId = recipientId;
        this.giverIds = giverIds;
        this.giftDate = giftDate;
        this.category = category;
        this.description = description;
        this.valueUsd = valueUsd;
        this.limitUsd = limitUsd;
        this.usedUsd = usedUsd;
        this.remainingUsd = limitUsd.subtract(usedUsd).max(BigDecimal.ZERO);
        this.window = window;
    }
}
