package io.accountable.quota.quota;

import io.accountable.platform.api.BasedOnVersion;
import io.accountable.platform.api.Versioned;
import io.accountable.quota.common.Money;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What the quotas REST API reads and writes. */
public final class QuotaApi {

    private QuotaApi() {
    }

    @Schema(name = "QuotaChange", description = "Sets a fiscal year's quota, or changes it from an effective date; earlier versions stay in the history")
    public record QuotaChange(
            @NotNull @Valid Money annualAmount,
            @Schema(defaultValue = "EVEN") QuotaSplit split,
            @Size(min = 4, max = 4) @Schema(description = "The four quarters, for an EXPLICIT split; they must add up to the annual amount") List<@Valid @NotNull Money> quarters,
            @Schema(description = "From when this version applies (inclusive); defaults to the fiscal year's start. A date after the start prorates the year by days.", example = "2026-04-15") LocalDate effectiveFrom,
            @Size(max = 500) @Schema(example = "Took over the Northeast territory") String reason,
            @PositiveOrZero @Schema(description = "The quota version this change was based on (optimistic locking); omit for a new quota") Long version) implements BasedOnVersion {
    }

    @Schema(name = "QuotaPeriod", description = "The quota of one period, prorated by days for the versions in effect")
    public record PeriodQuota(String period, LocalDate start, LocalDate end, Money amount) {
    }

    @Schema(name = "QuotaVersion")
    public record VersionView(int sequence, LocalDate effectiveFrom, Money annualAmount, QuotaSplit split, List<Money> quarters,
            @Schema(nullable = true) String reason, String setBy, Instant createdAt) {
    }

    @Schema(name = "Quota")
    public record QuotaView(UUID id, UUID executiveId, int fiscalYear, String currency, long version, PeriodQuota year,
            List<PeriodQuota> quarters, List<PeriodQuota> months, List<VersionView> history) implements Versioned {
    }
}
