package io.accountable.quota.sale;

import io.accountable.quota.common.Decimals;
import io.accountable.quota.common.Money;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What the sales REST API reads and writes. */
public final class SaleApi {

    private SaleApi() {
    }

    @Schema(name = "NewSale", description = "A closed sale. Without credits it is credited in full to the client's owner on the close date.")
    public record NewSale(
            @NotNull UUID clientId,
            @NotNull @Valid Money amount,
            @NotBlank @Size(max = 100) @Schema(example = "Managed accounts") String productLine,
            @NotNull @Schema(example = "2026-03-15") LocalDate closeDate,
            @NotBlank @Size(max = 200) @Schema(description = "The deal's id in the system it comes from", example = "INV-2026-0042") String externalReference,
            @Size(max = 50) @Pattern(regexp = "[a-z0-9-]+") @Schema(description = "The system the external reference belongs to", defaultValue = "api", example = "billing") String sourceSystem,
            @Size(max = 20) @Schema(description = "Explicit split credit; the percentages must add up to 100") List<@Valid @NotNull CreditShare> credits) {
    }

    @Schema(name = "NewReversal", description = "A cancellation or refund; without an amount, everything not yet reversed")
    public record NewReversal(
            @Valid Money amount,
            @NotNull @Schema(example = "2026-05-02") LocalDate reversalDate,
            @Size(max = 500) @Schema(example = "Refunded after cancellation") String reason) {
    }

    @Schema(name = "Reversal")
    public record ReversalView(UUID id, UUID saleId, Money amount, LocalDate reversalDate,
            @Schema(nullable = true) String reason, List<ReversedShare> shares,
            Instant createdAt) {
    }

    @Schema(name = "ReversedShare")
    public record ReversedShare(UUID executiveId, Money amount) {
    }

    @Schema(name = "CreditShare")
    public record CreditShare(
            @NotNull UUID executiveId,
            @NotNull @DecimalMin(value = "0", inclusive = false) @DecimalMax("100") @Digits(integer = 3, fraction = 4) @Schema(example = "60") BigDecimal percent) {
    }

    @Schema(name = "SaleCredit")
    public record CreditView(UUID executiveId, BigDecimal creditPercent, Money creditedAmount) {

        static CreditView of(SaleCredit credit) {
            return new CreditView(credit.executiveId, Decimals.plain(credit.creditPercent), Money.of(credit.creditedAmount, credit.currency));
        }
    }

    @Schema(name = "Sale")
    public record SaleView(UUID id, UUID clientId, Money amount, String productLine, LocalDate closeDate, SaleSource source,
            String sourceSystem, String externalReference,
            @Schema(nullable = true, description = "The won opportunity it came from; none when recorded directly") UUID opportunityId,
            List<CreditView> credits, Money reversed,
            Instant createdAt) {

        static SaleView of(Sale sale, List<SaleCredit> credits, BigDecimal reversed) {
            return new SaleView(sale.id, sale.clientId, Money.of(sale.amount, sale.currency), sale.productLine, sale.closeDate,
                    sale.source, sale.sourceSystem, sale.externalReference, sale.opportunityId,
                    credits.stream().map(CreditView::of).toList(), Money.of(reversed, sale.currency), sale.createdAt);
        }
    }
}
