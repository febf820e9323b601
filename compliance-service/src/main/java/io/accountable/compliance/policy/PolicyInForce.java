package io.accountable.compliance.policy;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Set;

/** Everything the gift rules need on one date: the limit then in force and the settings of that date. */
public record PolicyInForce(LocalDate date, BigDecimal limitUsd, AggregationWindow window, int warningPercent,
        BigDecimal nominalCeilingUsd, int retentionYears, int preclearanceValidDays, int preclearanceReviewPercent,
        int entertainmentMaxEvents, BigDecimal entertainmentMaxPerAttendeeUsd, BigDecimal receivedGiftThresholdUsd,
        Set<Deceased> bereavementExclusions) {

    /** The last day a record dated {@link #date} must be kept: the retention years, counted from it. */
    public LocalDate retainUntil() {
        return date.plusYears(retentionYears);
    }

    /** The amount whose reaching a warning is about. */
    public BigDecimal warningThresholdUsd() {
        return limitUsd.multiply(BigDecimal.valueOf(warningPercent)).divide(BigDecimal.valueOf(100), 4, RoundingMode.HALF_UP);
    }

    public BigDecimal reviewThresholdUsd() {
        return limitUsd.multiply(BigDecimal.valueOf(preclearanceReviewPercent)).divide(BigDecimal.valueOf(100), 4, RoundingMode.HALF_UP);
    }
}
