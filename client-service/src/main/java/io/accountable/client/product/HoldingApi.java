package io.accountable.client.product;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What the products-held REST API reads and writes. */
public final class HoldingApi {

    private HoldingApi() {
    }

    public enum HoldingStatus {
        OPEN, CLOSED
    }

    @Schema(name = "NewHolding", description = "A product the client took up, recorded directly (a won opportunity opens its products by itself)")
    public record NewHolding(
            @NotBlank @Size(max = 32) @Schema(example = "CUSTODY") String productCode,
            @Schema(description = "The day the client took it up; today (firm calendar) when absent, never in the future", example = "2026-11-02") LocalDate openedOn) {
    }

    @Schema(name = "HoldingClosure", description = "The client gave the product up; final")
    public record Closure(
            @Schema(description = "Today (firm calendar) when absent; never in the future nor before the opening", example = "2026-11-30") LocalDate closedOn,
            @NotBlank @Size(max = 500) @Schema(example = "Moved custody to another bank") String reason,
            @NotNull @PositiveOrZero @Schema(description = "The version this closure was based on (optimistic locking)", example = "0") Long version) {
    }

    @Schema(name = "Holding", description = "A product a client holds or held")
    public record HoldingView(
            @Schema(required = true) UUID id,
            @Schema(required = true) UUID clientId,
            @Schema(required = true, example = "CUSTODY") String productCode,
            @Schema(required = true, example = "Global custody") String productName,
            @Schema(required = true, example = "Custody") String productLine,
            @Schema(required = true) HoldingStatus status,
            @Schema(required = true) LocalDate openedOn,
            @Schema(required = true, nullable = true, description = "The won opportunity that opened it; null when recorded directly") UUID opportunityId,
            @Schema(required = true, nullable = true) LocalDate closedOn,
            @Schema(required = true, nullable = true) String closeReason,
            @Schema(required = true) long version) {

        static HoldingView of(ProductHolding holding, Product product) {
            return new HoldingView(holding.id, holding.clientId, holding.productCode, product.name, product.productLine,
                    holding.isOpen() ? HoldingStatus.OPEN : HoldingStatus.CLOSED, holding.openedOn, holding.opportunityId, holding.closedOn,
                    holding.closeReason, holding.version);
        }
    }
}
