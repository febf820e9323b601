package io.accountable.compliance.review;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What the review queue's REST API reads and writes. */
public final class ReviewApi {

    private ReviewApi() {
    }

    @Schema(name = "NewReviewDecision")
    public record NewDecision(@NotNull ReviewOutcome decision,
            @NotBlank @Size(max = 2000) @Schema(example = "Confirmed with the client's compliance desk") String comment) {
    }

    @Schema(name = "ReviewItem")
    public record ReviewView(UUID id, ReviewKind kind, UUID subjectId, @Schema(nullable = true) UUID executiveId,
            @Schema(nullable = true) UUID recipientId, String summary,
            String status, Instant createdAt, @Schema(nullable = true, description = "None while pending") ReviewOutcome decision,
            @Schema(nullable = true, description = "None while pending") String comment,
            @Schema(nullable = true, description = "None while pending") String decidedBy,
            @Schema(nullable = true, description = "None while pending") Instant decidedAt) {

        static ReviewView of(ReviewItem item) {
            ReviewDecision decision = ReviewDecision.find("reviewItemId", item.id).firstResult();
            return new ReviewView(item.id, item.kind, item.subjectId, item.executiveId, item.recipientId, item.summary, item.status,
                    item.createdAt, decision == null ? null : decision.decision, decision == null ? null : decision.comment,
                    decision == null ? null : decision.decidedBy, decision == null ? null : decision.decidedAt);
        }
    }
}
