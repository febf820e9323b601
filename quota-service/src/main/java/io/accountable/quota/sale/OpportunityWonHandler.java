package io.accountable.quota.sale;

import io.accountable.platform.events.EventHandler;
import io.accountable.platform.events.IncomingEvent;
import io.accountable.quota.common.Money;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

/** Credits a sale for each opportunity won in client-service, once per opportunity. */
@ApplicationScoped
public class OpportunityWonHandler implements EventHandler {

    static final String OPPORTUNITY_WON = "accountable.client.opportunity-won.v1";

    record OpportunityWonPayload(UUID opportunityId, UUID clientId, UUID executiveId, String productLine, Money amount,
            LocalDate closeDate) {
    }

    @Inject
    SaleService sales;

    @Override
    public Set<String> eventTypes() {
        return Set.of(OPPORTUNITY_WON);
    }

    @Override
    public void apply(IncomingEvent event) {
        OpportunityWonPayload won = event.dataAs(OpportunityWonPayload.class);
        sales.recordWonOpportunity(won.opportunityId(), won.clientId(), won.executiveId(), won.productLine(), won.amount().amount(),
                won.amount().currency(), won.closeDate());
    }
}
