package io.accountable.client.satisfaction;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What the satisfaction REST API reads and writes. */
public final class SatisfactionApi {

    private SatisfactionApi() {
    }

    @Schema(name = "NewSurveyAnswer")
    public record NewSurveyAnswer(
            @NotBlank @Size(max = 100) @Schema(example = "Annual relationship survey 2026") String survey,
            @NotNull @Schema(example = "NPS") Scale scale,
            @NotNull @Min(0) @Max(10) @Schema(description = "CSAT 1-5, NPS 0-10", example = "9") Integer score,
            @NotNull @Schema(description = "Never in the future (firm calendar)", example = "2026-11-20") LocalDate answeredOn,
            @NotNull @Schema(description = "The contact of the client who answered") UUID contactId,
            @Size(max = 2000) @Schema(example = "Quick answers on the FX desk") String comment) {
    }

    @Schema(name = "SurveyAnswer")
    public record SurveyAnswerView(
            @Schema(required = true) UUID id,
            @Schema(required = true) UUID clientId,
            @Schema(required = true) UUID contactId,
            @Schema(required = true) String survey,
            @Schema(required = true) Scale scale,
            @Schema(required = true) int score,
            @Schema(required = true) LocalDate answeredOn,
            @Schema(required = true, nullable = true) String comment,
            @Schema(required = true, description = "Who recorded it (token subject)") String recordedBy,
            @Schema(required = true) Instant createdAt) {

        static SurveyAnswerView of(SurveyAnswer a) {
            return new SurveyAnswerView(a.id, a.clientId, a.contactId, a.survey, a.scale, a.score, a.answeredOn, a.comment, a.recordedBy,
                    a.createdAt);
        }
    }

    @Schema(name = "ScaleSatisfaction", description = "A client's satisfaction on one scale")
    public record ScaleSatisfaction(
            @Schema(required = true) Scale scale,
            @Schema(required = true, nullable = true, description = "The answer answered last; null when none") SurveyAnswerView latest,
            @Schema(required = true, nullable = true, description = "Mean score of the trailing window's answers, two decimals; null when none", example = "7.50") BigDecimal trailingAverage,
            @Schema(required = true, description = "Answers in the trailing window") long trailingAnswers,
            @Schema(required = true, nullable = true, description = "The tier's floor on this scale; null when it has none") Integer floor,
            @Schema(required = true, description = "The trailing average is below the floor") boolean belowFloor) {
    }

    @Schema(name = "Satisfaction", description = "A client's latest answer and trailing average per scale")
    public record SatisfactionView(
            @Schema(required = true) UUID clientId,
            @Schema(required = true) String tier,
            @Schema(required = true, description = "The window the averages count: answers of this many days up to today") int trailingDays,
            @Schema(required = true) List<ScaleSatisfaction> scales) {
    }
}
