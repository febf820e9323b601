package io.accountable.compliance.gift;

import io.accountable.compliance.policy.Deceased;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Rule 3220's arithmetic of a gift: what it is worth, how it is shared, whether it counts. */
public final class GiftValuation {

    private GiftValuation() {
    }

    /** The higher of cost and market value; for tickets, the higher of cost and face value. */
    public static BigDecimal value(GiftCategory category, BigDecimal cost, BigDecimal marketValue, BigDecimal faceValue) {
        BigDecimal other = category == GiftCategory.UNHOSTED_TICKETS ? faceValue : marketValue;
        return other == null ? cost : cost.max(other);
    }

    /** The value in US dollars at the recorded rate, to the cent. */
    public static BigDecimal toUsd(BigDecimal value, BigDecimal rateToUsd) {
        return value.multiply(rateToUsd).setScale(2, RoundingMode.HALF_UP);
    }

    /**
     * Splits an amount (to the cent) among {@code recipients} so that the shares add up to it
     * exactly: the cents left over go one each to the first recipients.
     */
    public static List<BigDecimal> split(BigDecimal amount, int recipients) {
        long cents = amount.setScale(2, RoundingMode.HALF_UP).movePointRight(2).longValueExact();
        long base = cents / recipients;
        long leftOver = cents % recipients;
        List<BigDecimal> shares = new ArrayList<>(recipients);
        for (int i = 0; i < recipients; i++) {
            shares.add(BigDecimal.valueOf(base + (i < leftOver ? 1 : 0), 2));
        }
        return shares;
    }

    /**
     * Whether the gift counts toward the limit. Nominal items, disaster donations and payments
     * under an employment agreement do not; a bereavement gift does not when it is for the death
     * of one of the policy's {@code bereavementExclusions} (the recipient or their immediate
     * family); a personal gift does not unless the firm paid for it, which presumes it is
     * business-related.
     */
    public static boolean countsTowardLimit(GiftCategory category, PaidBy paidBy, Deceased deceased, Set<Deceased> bereavementExclusions) {
        return switch (category) {
            case BUSINESS_GIFT, UNHOSTED_TICKETS -> true;
            case PERSONAL -> paidBy == PaidBy.FIRM;
            case BEREAVEMENT -> !bereavementExclusions.contains(deceased);
            case PROMOTIONAL_LOGO_ITEM, DE_MINIMIS, COMMEMORATIVE, DISASTER_DONATION, EMPLOYMENT_AGREEMENT_PAYMENT -> false;
        };
    }
}
