package io.accountable.quota.statement;

import io.accountable.quota.common.Money;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

public final class StatementApi {

    private StatementApi() {
    }

    @Schema(name = "StatementLine", description = "amount is what the line adds to the total (negative for clawbacks, cap and recovery); baseAmount is what it was computed on")
    public record LineView(int lineNo, LineKind kind, LocalDate date,
            @Schema(nullable = true, description = "None for lines not about one sale") UUID saleId,
            @Schema(nullable = true, description = "The earlier period an adjustment line corrects") String adjustedPeriod,
            @Schema(nullable = true) BigDecimal baseAmount,
            @Schema(nullable = true) BigDecimal ratePercent, Money amount, String rule) {
    }

    @Schema(name = "StatementTotals", description = "Each total is the sum of its lines; totalCompensation is the sum of all lines, to the cent")
    public record Totals(Money commission, Money clawbacks, Money capAdjustment, Money bonuses, Money draw, Money baseSalary,
            Money adjustments, Money totalCompensation) {
    }

    @Schema(name = "Statement", description = "Live until its period closes; issued and locked after")
    public record StatementView(@Schema(nullable = true, description = "None for the live statement of an open period, until it is issued") UUID id, UUID executiveId, String period, LocalDate start, LocalDate end, boolean closed, UUID planId,
            @Schema(nullable = true, description = "None without a quota for the period") Money quota, Money credited,
            @Schema(nullable = true, description = "None without a quota for the period") BigDecimal attainmentPercent,
            List<LineView> lines, Totals totals, @Schema(nullable = true, description = "None for the live statement of an open period, until it is issued") Instant issuedAt) {
    }

    @Schema(name = "ClosedPeriod")
    public record ClosedPeriodView(String period, Instant closedAt, String closedBy, int statementsIssued) {
    }
}
