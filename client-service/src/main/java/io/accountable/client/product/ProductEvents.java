package io.accountable.client.product;

import io.accountable.platform.events.EventPublisher;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.UUID;

/** Products held, on accountable.client.events, keyed by client id. */
@ApplicationScoped
public class ProductEvents {

    public static final String OPENED = "accountable.client.product-opened.v1";
    public static final String CLOSED = "accountable.client.product-closed.v1";

    public record HoldingPayload(UUID holdingId, UUID clientId, UUID executiveId, String productCode, String productName, String productLine,
            LocalDate openedOn, UUID opportunityId, LocalDate closedOn, String closeReason) {

        static HoldingPayload of(ProductHolding h, Product p, UUID executiveId) {
            return new HoldingPayload(h.id, h.clientId, executiveId, h.productCode, p.name, p.productLine, h.openedOn, h.opportunityId,
                    h.closedOn, h.closeReason);
        }
    }

    @Inject
    EventPublisher publisher;

    void opened(ProductHolding holding, Product product, UUID executiveId) {
        publisher.publish(OPENED, holding.clientId.toString(), HoldingPayload.of(holding, product, executiveId));
    }

    void closed(ProductHolding holding, Product product, UUID executiveId) {
        publisher.publish(CLOSED, holding.clientId.toString(), HoldingPayload.of(holding, product, executiveId));
    }
}
