package io.accountable.quota.sale;

import io.accountable.platform.events.EventPublisher;
import io.accountable.quota.common.Decimals;
import io.accountable.quota.common.Money;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/** Sales events on accountable.quota.events, keyed by the credited executive. */
@ApplicationScoped
public class SaleEvents {

    public static final String CREDITED = "accountable.quota.sale-credited.v1";
    public static final String REVERSED = "accountable.quota.sale-reversed.v1";

    public record SaleReversedPayload(UUID saleId, UUID reversalId, UUID executiveId, Money amount, LocalDate reversalDate,
            UUID clientId, String reason) {
    }

    public record SaleCreditedPayload(UUID saleId, UUID executiveId, UUID clientId, Money creditedAmount, BigDecimal creditPercent,
            LocalDate closeDate, SaleSource source, UUID opportunityId, String productLine, String externalReference) {
    }

    @Inject
    EventPublisher publisher;

    void credited(Sale sale, SaleCredit credit) {
        publisher.publish(CREDITED, credit.executiveId.toString(), new SaleCreditedPayload(sale.id, credit.executiveId, sale.clientId,
                Money.of(credit.creditedAmount, credit.currency), Decimals.plain(credit.creditPercent), sale.closeDate,
                sale.source, sale.opportunityId, sale.productLine, sale.externalReference));
    }

    void reversed(Sale sale, SaleReversal reversal, ReversalCredit share) {
        publisher.publish(REVERSED, share.executiveId.toString(), new SaleReversedPayload(sale.id, reversal.id, share.executiveId,
                Money.of(share.amount, sale.currency), reversal.reversalDate, sale.clientId, reversal.reason));
    }
}
