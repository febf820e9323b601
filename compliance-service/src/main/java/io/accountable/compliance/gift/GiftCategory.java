package io.accountable.compliance.gift;

/** What kind of gift it was; the kind decides whether it counts toward the per-recipient limit. */
public enum GiftCategory {
    BUSINESS_GIFT, UNHOSTED_TICKETS, PROMOTIONAL_LOGO_ITEM, DE_MINIMIS, COMMEMORATIVE, PERSONAL, BEREAVEMENT,
    DISASTER_DONATION, EMPLOYMENT_AGREEMENT_PAYMENT;

    /** Items of nominal value that stay outside the limit only while under the policy's ceiling. */
    public boolean isNominal() {
        return this == PROMOTIONAL_LOGO_ITEM || this == DE_MINIMIS || this == COMMEMORATIVE;
    }
}
