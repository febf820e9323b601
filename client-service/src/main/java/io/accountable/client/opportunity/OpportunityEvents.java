package io.accountable.client.opportunity;

import io.accountable.client.client.Money;
import io.accountable.platform.events.EventPublisher;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.UUID;

/** Pipeline events on accountable.client.events, keyed by client id. */
@ApplicationScoped
public class OpportunityEvents {

    public static final String OPENED = "accountable.client.opportunity-opened.v1";
    public static final String UPDATED = "accountable.client.opportunity-updated.v1";
    public static final String STAGE_CHANGED = "accountable.client.opportunity-stage-changed.v1";
    public static final String WON = "accountable.client.opportunity-won.v1";
    public static final String LOST = "accountable.client.opportunity-lost.v1";

    public record OpportunityPayload(UUID opportunityId, UUID clientId, UUID executiveId, String productLine, Stage stage, Money amount,
            int probability, LocalDate expectedCloseDate, String lostReason) {

        static OpportunityPayload of(Opportunity o) {
            return new OpportunityPayload(o.id, o.clientId, o.executiveId, o.productLine, o.stage, Money.of(o.amount, o.currency),
                    o.probability, o.expectedCloseDate, o.lostReason);
        }
    }

    /** What quota-service credits as a sale, once per opportunity. */
    public record WonPayload(UUID opportunityId, UUID clientId, UUID executiveId, String productLine, Money amount, LocalDate closeDate) {
    }

    @Inject
    EventPublisher publisher;

    void opened(Opportunity opportunity) {
        publisher.publish(OPENED, opportunity.clientId.toString(), OpportunityPayload.of(opportunity));
    }

    void updated(Opportunity opportunity) {
        publisher.publish(UPDATED, opportunity.clientId.toString(), OpportunityPayload.of(opportunity));
    }

    void stageChanged(Opportunity opportunity) {
        publisher.publish(STAGE_CHANGED, opportunity.clientId.toString(), OpportunityPayload.of(opportunity));
    }

    void won(Opportunity o) {
        publisher.publish(WON, o.clientId.toString(),
                new WonPayload(o.id, o.clientId, o.executiveId, o.productLine, Money.of(o.amount, o.currency), o.closedOn));
    }

    void lost(Opportunity opportunity) {
        publisher.publish(LOST, opportunity.clientId.toString(), OpportunityPayload.of(opportunity));
    }
}
