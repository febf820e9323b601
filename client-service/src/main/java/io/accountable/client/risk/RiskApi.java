package io.accountable.client.risk;

import io.accountable.platform.api.BasedOnVersion;
import io.accountable.platform.api.Versioned;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What the risk and retention REST API reads and writes. */
public final class RiskApi {

    private RiskApi() {
    }

    @Schema(name = "NewRiskRating")
    public record NewRiskRating(
            @NotNull @Schema(example = "HIGH") RiskLevel rating,
            @NotBlank @Size(max = 1000) @Schema(example = "Concentrated exposure to one counterparty") String reason,
            @NotNull @Schema(description = "After today", example = "2027-03-01") LocalDate nextReviewDate) {
    }

    @Schema(name = "RiskRating")
    public record RiskRatingView(UUID id, UUID clientId,
            @Schema(nullable = true, description = "The client's primary executive when rated; none if it had none") UUID executiveId,
            RiskLevel rating, String reason, LocalDate nextReviewDate,
            String ratedBy, Instant ratedAt) {

        static RiskRatingView of(RiskRating r) {
            return new RiskRatingView(r.id, r.clientId, r.executiveId, r.rating, r.reason, r.nextReviewDate, r.ratedBy, r.ratedAt);
        }
    }

    @Schema(name = "NewRetentionFlag")
    public record NewRetentionFlag(
            @NotBlank @Size(max = 1000) @Schema(example = "No interaction in 4 months and assets down 30%") String reason,
            @NotNull @Schema(description = "When the executive must have acted; today or later", example = "2026-12-15") LocalDate actBy) {
    }

    @Schema(name = "RetentionAction")
    public record RetentionAction(
            @NotBlank @Size(max = 1000) @Schema(example = "Met the CFO; fee review agreed") String actionTaken,
            @NotNull @PositiveOrZero Long version) implements BasedOnVersion {
    }

    @Schema(name = "RetentionFlag")
    public record RetentionFlagView(UUID id, UUID clientId, UUID executiveId, String reason, LocalDate actBy, String flaggedBy,
            Instant flaggedAt, @Schema(nullable = true, description = "None until an action is recorded") String actionTaken,
            @Schema(nullable = true, description = "None until an action is recorded") Instant actedAt, long version) implements Versioned {

        static RetentionFlagView of(RetentionFlag f) {
            return new RetentionFlagView(f.id, f.clientId, f.executiveId, f.reason, f.actBy, f.flaggedBy, f.flaggedAt, f.actionTaken,
                    f.actedAt, f.version);
        }
    }
}
