package io.accountable.client.timeline;

/** What a timeline item is. Gifts are compliance-service's records and are not on it. */
public enum TimelineKind {
    INTERACTION, OPPORTUNITY_OPENED, OPPORTUNITY_STAGE_CHANGED, COMPLAINT_OPENED, COMPLAINT_RESOLVED, RISK_RATED, ASSIGNED, PRODUCT_OPENED,
    PRODUCT_CLOSED, SURVEY_ANSWERED
}
