package io.accountable.quota.statement;

import io.accountable.quota.period.Period;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The accepted disputes a period's statements pay. The dispute feature owns disputes and implements
 * this, so statements read them without depending on that feature (which depends on statements).
 */
public interface AcceptedDisputes {

    /** An accepted dispute of a line of an earlier statement, paid in this period. */
    record AcceptedDispute(String disputedPeriod, int lineNo, BigDecimal adjustment, String comment) {
    }

    /** Per executive, the disputes accepted into {@code period}, in the order they were resolved; one query. */
    Map<UUID, List<AcceptedDispute>> paidIn(List<UUID> executives, Period period);
}
