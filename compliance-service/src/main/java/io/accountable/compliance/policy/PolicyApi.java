package io.accountable.compliance.policy;

import io.accountable.compliance.Money;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What the gift policy's REST API reads and writes. */
public final class PolicyApi {

    private PolicyApi() {
    }

    @Schema(name = "NewGiftLimit", description = "A new step of the limit schedule, in force from a future date")
    public record NewLimit(
            @NotNull @Schema(example = "2031-01-01") LocalDate effectiveFrom,
            @NotNull @Valid Money amount,
            @NotBlank @Size(max = 300) @Schema(example = "FINRA Regulatory Notice 30-01") String source) {
    }

    @Schema(name = "NewGiftPolicyVersion", description = "The whole gift policy as it will be from a future date")
    public record NewPolicyVersion(
            @NotNull @Schema(example = "2031-01-01") LocalDate effectiveFrom,
            @NotNull WindowType windowType,
            @Min(1) @Max(12) @Schema(description = "Required for FISCAL_YEAR", example = "7") Integer fiscalYearStartMonth,
            @NotNull @Min(1) @Max(100) @Schema(example = "80") Integer warningPercent,
            @NotNull @Valid @Schema(description = "Ceiling for de minimis, promotional and commemorative items") Money nominalCeiling,
            @NotNull @Min(1) @Max(100) @Schema(example = "6") Integer retentionYears,
            @NotNull @Min(1) @Max(365) @Schema(example = "30") Integer preclearanceValidDays,
            @NotNull @Min(1) @Max(100) @Schema(example = "80") Integer preclearanceReviewPercent,
            @NotBlank @Size(max = 500) @Schema(example = "Move to the firm's fiscal year") String reason,
            @Min(1) @Max(365) @Schema(description = "Entertainment events per recipient in a window before they are flagged (default: as now)", example = "6") Integer entertainmentMaxEvents,
            @Valid @Schema(description = "Cost per person of an entertainment event before it is flagged (default: as now)") Money entertainmentMaxPerAttendee,
            @Valid @Schema(description = "Value of a gift an executive receives above which compliance reviews it (default: as now)") Money receivedGiftThreshold,
            @Size(max = 6) @Schema(description = "Whose death keeps a bereavement gift outside the limit: the recipient and members of their immediate family only, never OTHER (default: as now)",
                    example = "[\"RECIPIENT\", \"SPOUSE\", \"PARENT\", \"PARENT_IN_LAW\", \"SIBLING\", \"CHILD\"]") Set<@NotNull Deceased> bereavementExcluded) {
    }

    @Schema(name = "GiftLimit")
    public record LimitView(UUID id, LocalDate effectiveFrom, Money amount, String source, String recordedBy, Instant recordedAt) {

        static LimitView of(GiftLimit limit) {
            return new LimitView(limit.id, limit.effectiveFrom, new Money(limit.amount, limit.currency), limit.source,
                    limit.recordedBy, limit.recordedAt);
        }
    }

    @Schema(name = "GiftPolicyVersion")
    public record PolicyVersionView(UUID id, LocalDate effectiveFrom, WindowType windowType,
            @Schema(nullable = true, description = "Only for FISCAL_YEAR windows") Integer fiscalYearStartMonth,
            int warningPercent, Money nominalCeiling, int retentionYears, int preclearanceValidDays, int preclearanceReviewPercent,
            int entertainmentMaxEvents, @Schema(nullable = true) Money entertainmentMaxPerAttendee,
            @Schema(nullable = true) Money receivedGiftThreshold,
            @Schema(description = "Whose death keeps a bereavement gift outside the limit") List<Deceased> bereavementExcluded, String reason,
            String recordedBy, Instant recordedAt) {

        static PolicyVersionView of(GiftPolicy policy) {
            return new PolicyVersionView(policy.id, policy.effectiveFrom, policy.windowType, policy.fiscalYearStartMonth,
                    policy.warningPercent, new Money(policy.nominalCeilingAmount, policy.nominalCeilingCurrency),
                    policy.retentionYears, policy.preclearanceValidDays, policy.preclearanceReviewPercent,
                    policy.entertainmentMaxEvents, Money.usd(policy.entertainmentMaxPerAttendeeUsd),
                    Money.usd(policy.receivedGiftThresholdUsd), policy.bereavementExclusions().stream().sorted().toList(), policy.reason,
                    policy.recordedBy, policy.recordedAt);
        }
    }

    @Schema(name = "GiftPolicyInForce", description = "The limit and settings that judge a gift on a date")
    public record PolicyInForceView(LocalDate date, Money limit, WindowType windowType,
            @Schema(nullable = true, description = "Only for FISCAL_YEAR windows") Integer fiscalYearStartMonth,
            LocalDate windowStart, LocalDate windowEnd, int warningPercent, Money nominalCeiling, int retentionYears,
            int preclearanceValidDays, int preclearanceReviewPercent, int entertainmentMaxEvents,
            @Schema(nullable = true) Money entertainmentMaxPerAttendee,
            @Schema(nullable = true) Money receivedGiftThreshold,
            @Schema(description = "Whose death keeps a bereavement gift outside the limit") List<Deceased> bereavementExcluded) {
    }
}
