package io.accountable.notification.routing;

import java.util.Set;

/**
 * The event types that can notify: each has a routing rule (seeded by Flyway) and a template
 * ({@code templates/notifications/<type>.txt}). The consumer only hands a handler the types it
 * declares, so any other type is skipped without reaching the dead-letter topic.
 */
public final class EventCatalogue {

    public static final Set<String> NOTIFYING_TYPES = Set.of(
            "accountable.client.client-assigned.v1",
            "accountable.client.contact-overdue.v1",
            "accountable.client.retention-risk-flagged.v1",
            "accountable.client.complaint-opened.v1",
            "accountable.client.complaint-overdue.v1",
            "accountable.client.complaint-resolved.v1",
            "accountable.client.satisfaction-dropped.v1",
            "accountable.quota.attainment-threshold-crossed.v1",
            "accountable.quota.statement-issued.v1",
            "accountable.quota.dispute-opened.v1",
            "accountable.quota.dispute-resolved.v1",
            "accountable.compliance.gift-limit-warning.v1",
            "accountable.compliance.gift-refused-over-limit.v1",
            "accountable.compliance.preclearance-decided.v1",
            "accountable.compliance.entertainment-flagged.v1",
            "accountable.compliance.review-requested.v1",
            "accountable.compliance.review-decided.v1");

    private EventCatalogue() {
    }
}
