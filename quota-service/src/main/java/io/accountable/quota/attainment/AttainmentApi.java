package io.accountable.quota.attainment;

import io.accountable.quota.common.Money;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

public final class AttainmentApi {

    private AttainmentApi() {
    }

    @Schema(name = "Attainment", description = "Credited sales net of reversals against quota; percent is null without a quota")
    public record AttainmentView(UUID executiveId, String executiveName, String period, LocalDate start, LocalDate end, @Schema(nullable = true, description = "None without a quota for the period") Money quota,
            Money credited, @Schema(nullable = true, example = "87.5") BigDecimal percent) {
    }

    @Schema(name = "RankedAttainment")
    public record RankedAttainment(int rank, AttainmentView attainment) {
    }
}
