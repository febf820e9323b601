package io.accountable.quota.plan;

import io.accountable.platform.api.Versioned;
import io.accountable.quota.commission.BoundaryRule;
import io.accountable.quota.commission.TierBasis;
import io.accountable.quota.commission.TierMode;
import io.accountable.quota.period.PeriodKind;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What the commission-plan REST API reads and writes. Money amounts are in the plan's currency. */
public final class PlanApi {

    private PlanApi() {
    }

    @Schema(name = "NewCommissionPlan")
    public record NewPlan(
            @NotBlank @Size(max = 200) @Schema(example = "AE standard 2026") String name,
            @NotNull @Pattern(regexp = "[A-Z]{3}") @Schema(example = "USD") String currency,
            @NotNull @Valid PlanTermsInput terms) {
    }

    @Schema(name = "CommissionPlanTerms", description = "One effective-dated version of a plan's arithmetic")
    public record PlanTermsInput(
            @NotNull @Schema(example = "2026-01-01") LocalDate effectiveFrom,
            @NotNull TierMode tierMode,
            @Schema(defaultValue = "EDGE_TAKES_HIGHER") BoundaryRule boundaryRule,
            @Schema(defaultValue = "AMOUNT", description = "Whether tier thresholds are amounts or percentages of the period's quota") TierBasis tierBasis,
            @Schema(defaultValue = "MONTH", description = "The period whose running total the tiers, cap, bonuses and draw apply to") PeriodKind commissionPeriod,
            @NotEmpty @Size(max = 20) List<@Valid @NotNull TierInput> tiers,
            @Size(max = 10) List<@Valid @NotNull BonusInput> bonuses,
            @DecimalMin("0") @Digits(integer = 15, fraction = 2) @Schema(description = "Maximum commission per commission period") BigDecimal cap,
            @Valid DrawInput draw,
            @NotNull @DecimalMin("0") @Digits(integer = 15, fraction = 2) @Schema(description = "Annual base salary", example = "60000") BigDecimal baseSalary) {
    }

    @Schema(name = "Tier")
    public record TierInput(
            @NotNull @DecimalMin("0") @Digits(integer = 15, fraction = 4) @Schema(example = "150000") BigDecimal threshold,
            @NotNull @DecimalMin("0") @DecimalMax("100") @Digits(integer = 3, fraction = 4) @Schema(example = "6") BigDecimal ratePercent) {
    }

    @Schema(name = "Bonus")
    public record BonusInput(
            @NotNull @DecimalMin(value = "0", inclusive = false) @Digits(integer = 4, fraction = 2) @Schema(example = "100") BigDecimal attainmentPercent,
            @NotNull @DecimalMin("0") @Digits(integer = 15, fraction = 2) @Schema(example = "1000") BigDecimal amount) {
    }

    @Schema(name = "Draw")
    public record DrawInput(
            @NotNull @DecimalMin("0") @Digits(integer = 15, fraction = 2) @Schema(example = "1000") BigDecimal amount,
            @Schema(defaultValue = "true") Boolean recoverable) {
    }

    @Schema(name = "PlanAssignmentRequest")
    public record NewAssignment(@NotNull UUID executiveId, @NotNull LocalDate from, LocalDate to) {
    }

    @Schema(name = "CommissionPlanVersion")
    public record VersionView(int sequence, LocalDate effectiveFrom, TierMode tierMode, BoundaryRule boundaryRule, TierBasis tierBasis,
            PeriodKind commissionPeriod, List<TierInput> tiers, List<BonusInput> bonuses,
            @Schema(nullable = true, description = "None for no cap") BigDecimal cap,
            @Schema(nullable = true, description = "None for no draw") DrawInput draw,
            BigDecimal baseSalary, String createdBy, Instant createdAt) {
    }

    @Schema(name = "CommissionPlan")
    public record PlanView(UUID id, String name, String currency, long version, List<VersionView> versions) implements Versioned {
    }

    @Schema(name = "PlanAssignment")
    public record AssignmentView(UUID id, UUID planId, UUID executiveId, LocalDate from,
            @Schema(nullable = true, description = "None while open-ended") LocalDate to, Instant createdAt) {

        static AssignmentView of(PlanAssignment assignment) {
            return new AssignmentView(assignment.id, assignment.planId, assignment.executiveId, assignment.validFrom, assignment.validTo,
                    assignment.createdAt);
        }
    }
}
