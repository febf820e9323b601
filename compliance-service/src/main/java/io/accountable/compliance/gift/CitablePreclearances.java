package io.accountable.compliance.gift;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

/**
 * The check a gift that cites a pre-clearance must pass. The pre-clearance feature owns pre-clearances
 * and implements it, so gifts need not depend on that feature (which depends on gifts' rules).
 */
public interface CitablePreclearances {

    /**
     * Checks that a gift may cite a pre-clearance: one the caller may see, approved (by the bands or
     * on review), for the gift's recipients, and still valid on the gift date; a 422 otherwise.
     */
    void requireCitable(UUID id, LocalDate giftDate, Set<UUID> recipientIds);
}
