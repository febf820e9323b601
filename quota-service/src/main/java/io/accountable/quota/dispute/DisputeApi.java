package io.accountable.quota.dispute;

import io.accountable.platform.api.Versioned;
import io.accountable.quota.common.Money;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

public final class DisputeApi {

    private DisputeApi() {
    }

    @Schema(name = "NewDispute")
    public record NewDispute(@NotNull UUID statementId, @NotNull @Min(1) Integer lineNo,
            @NotBlank @Size(max = 2000) @Schema(example = "This deal was split 50/50 with Sam, not 100% to Sam") String comment) {
    }

    public enum Decision {
        ACCEPT, REJECT
    }

    @Schema(name = "DisputeResolution")
    public record Resolution(@NotNull Decision decision, @NotBlank @Size(max = 2000) String comment,
            @Digits(integer = 15, fraction = 2) @Schema(type = SchemaType.STRING, example = "250.00", pattern = "^-?\\d{1,15}([.]\\d{1,2})?$",
                    description = "Required to ACCEPT: what to pay (negative: take back), in the statement's currency, in the first open period after the disputed one") BigDecimal adjustment) {
    }

    @Schema(name = "Dispute")
    public record DisputeView(UUID id, UUID statementId, String period, int lineNo, UUID executiveId,
            @Schema(nullable = true) UUID managerId, DisputeStatus status,
            String comment, @Schema(nullable = true, description = "None until resolved") String resolutionComment,
            @Schema(nullable = true, description = "None unless accepted with an adjustment") Money adjustment,
            @Schema(nullable = true, description = "None unless accepted with an adjustment") String appliedPeriod, Instant openedAt,
            @Schema(nullable = true, description = "None until resolved") Instant resolvedAt,
            @Schema(nullable = true, description = "None until resolved") String resolvedBy, long version) implements Versioned {
    }
}
