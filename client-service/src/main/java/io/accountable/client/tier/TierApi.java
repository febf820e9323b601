package io.accountable.client.tier;

import io.accountable.platform.api.BasedOnVersion;
import io.accountable.platform.api.Versioned;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What the tier configuration's REST API reads and writes. */
public final class TierApi {

    private TierApi() {
    }

    static final String CSAT_FLOOR = "A client's trailing CSAT average (1-5) below this is a satisfaction drop; absent for none";
    static final String NPS_FLOOR = "A client's trailing NPS average (0-10) below this is a satisfaction drop; absent for none";

    @Schema(name = "NewTier")
    public record NewTier(
            @NotBlank @Pattern(regexp = "[A-Z][A-Z0-9_]{0,31}", message = "must be 1-32 upper-case letters, digits or _") @Schema(example = "PLATINUM") String code,
            @NotBlank @Size(max = 100) @Schema(example = "Platinum") String name,
            @NotNull @Min(1) @Max(3660) @Schema(description = "Contact cadence: days allowed between interactions", example = "30") Integer cadenceDays,
            @Min(0) @Schema(description = "At most this many clients of the tier per executive; absent for no limit", example = "10") Integer maxClientsPerExecutive,
            @Min(1) @Max(5) @Schema(description = CSAT_FLOOR, example = "4") Integer csatFloor,
            @Min(0) @Max(10) @Schema(description = NPS_FLOOR, example = "7") Integer npsFloor) {
    }

    @Schema(name = "TierChange", description = "The whole tier as it should be, with the version it was read at")
    public record TierChange(
            @NotBlank @Size(max = 100) String name,
            @NotNull @Min(1) @Max(3660) Integer cadenceDays,
            @Min(0) @Schema(description = "Applies to assignments and tier changes from now on; clients already held stay") Integer maxClientsPerExecutive,
            @Min(1) @Max(5) @Schema(description = CSAT_FLOOR) Integer csatFloor,
            @Min(0) @Max(10) @Schema(description = NPS_FLOOR) Integer npsFloor,
            @NotNull @PositiveOrZero @Schema(description = "The version this change was based on (optimistic locking)", example = "0") Long version) implements BasedOnVersion {
    }

    @Schema(name = "Tier")
    public record TierView(String code, String name, int cadenceDays,
            @Schema(nullable = true, description = "None for no limit") Integer maxClientsPerExecutive,
            @Schema(required = true, nullable = true, description = CSAT_FLOOR) Integer csatFloor,
            @Schema(required = true, nullable = true, description = NPS_FLOOR) Integer npsFloor, long version, Instant updatedAt) implements Versioned {

        static TierView of(Tier tier) {
            return new TierView(tier.code, tier.name, tier.cadenceDays, tier.maxClientsPerExecutive, tier.csatFloor, tier.npsFloor, tier.version,
                    tier.updatedAt);
        }
    }
}
