package io.accountable.client.opportunity;

import io.accountable.client.client.Money;
import io.accountable.platform.api.BasedOnVersion;
import io.accountable.platform.api.Versioned;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What the opportunity REST API reads and writes. */
public final class OpportunityApi {

    private OpportunityApi() {
    }

    static final String PRODUCTS = "Catalogue codes of the products it sells, each offered today; the client holds them once it is won. None when absent";

    @Schema(name = "NewOpportunity")
    public record NewOpportunity(
            @NotBlank @Size(max = 100) @Schema(example = "Treasury management") String productLine,
            @Size(max = 20) @Schema(description = PRODUCTS, example = "[\"TREASURY_MGMT\"]") Set<@NotBlank @Size(max = 32) String> productCodes,
            @NotNull @Valid Money amount,
            @NotNull @Schema(example = "2026-12-15") LocalDate expectedCloseDate,
            @NotNull @Min(0) @Max(100) @Schema(description = "Percent", example = "40") Integer probability,
            @Schema(description = "QUALIFICATION when absent; an opportunity opens in an open stage", example = "QUALIFICATION") Stage stage) {
    }

    @Schema(name = "OpportunityChange", description = "An open opportunity's terms as they should be, with the version they were read at")
    public record OpportunityChange(
            @NotBlank @Size(max = 100) String productLine,
            @Size(max = 20) @Schema(description = PRODUCTS) Set<@NotBlank @Size(max = 32) String> productCodes,
            @NotNull @Valid Money amount,
            @NotNull LocalDate expectedCloseDate,
            @NotNull @Min(0) @Max(100) Integer probability,
            @NotNull @PositiveOrZero Long version) implements BasedOnVersion {
    }

    @Schema(name = "OpportunityStageChange")
    public record StageChange(
            @NotNull @Schema(example = "WON") Stage stage,
            @Size(max = 500) @Schema(description = "Why it was lost; required for LOST") String reason,
            @Schema(description = "For WON and LOST: the day it closed; today when absent, never in the future") LocalDate closeDate,
            @NotNull @PositiveOrZero Long version) implements BasedOnVersion {
    }

    @Schema(name = "Opportunity")
    public record OpportunityView(UUID id, UUID clientId, UUID executiveId, String productLine,
            @Schema(required = true, description = "Catalogue codes of the products it sells") Set<String> productCodes, Money amount,
            LocalDate expectedCloseDate, int probability, Money weightedAmount, Stage stage,
            @Schema(nullable = true, description = "Why it was lost; none unless LOST") String lostReason,
            @Schema(nullable = true, description = "None while open") LocalDate closedOn, long version,
            Instant createdAt, Instant updatedAt) implements Versioned {

        static OpportunityView of(Opportunity o) {
            return new OpportunityView(o.id, o.clientId, o.executiveId, o.productLine, Set.copyOf(o.productCodes), Money.of(o.amount, o.currency),
                    o.expectedCloseDate,
                    o.probability, Money.of(weighted(o), o.currency), o.stage, o.lostReason, o.closedOn, o.version, o.createdAt, o.updatedAt);
        }
    }

    @Schema(name = "PipelineTotal", description = "Open opportunities of one currency: their sum and their probability-weighted forecast")
    public record Total(String currency, long count, Money amount, Money weighted) {
    }

    @Schema(name = "Pipeline", description = "An executive's open opportunities with totals per currency")
    public record Pipeline(UUID executiveId, List<Total> totals, List<OpportunityView> opportunities) {
    }

    @Schema(name = "TeamPipeline", description = "A manager's team: each executive's totals and the team's")
    public record TeamPipeline(UUID managerId, List<Total> totals, List<Pipeline> executives) {
    }

    static BigDecimal weighted(Opportunity o) {
        return o.amount.multiply(BigDecimal.valueOf(o.probability)).movePointLeft(2);
    }
}
