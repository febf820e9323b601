package io.accountable.client.timeline;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What a timeline item is. */
@Schema(name = "TimelineKind", description = "What a timeline item is; GIFT (a gift to one of the client's people, recorded by "
        + "compliance-service) only for compliance officers and the client's primary executive")
public enum TimelineKind {
    INTERACTION, OPPORTUNITY_OPENED, OPPORTUNITY_STAGE_CHANGED, COMPLAINT_OPENED, COMPLAINT_RESOLVED, RISK_RATED, ASSIGNED, PRODUCT_OPENED,
    PRODUCT_CLOSED, SURVEY_ANSWERED, GIFT
}
