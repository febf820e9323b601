package io.accountable.compliance.received;

import io.accountable.compliance.Money;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What the received-gifts REST API reads and writes. */
public final class ReceivedGiftApi {

    private ReceivedGiftApi() {
    }

    @Schema(name = "NewReceivedGift")
    public record NewReceivedGift(
            @Schema(description = "The executive who received it; an executive may leave it out to mean themselves") UUID executiveId,
            @NotNull @Schema(example = "2026-05-04") LocalDate receivedDate,
            @NotBlank @Size(max = 200) @Schema(example = "Pat Doe") String giverName,
            @NotBlank @Size(max = 300) @Schema(example = "Globex Corp") String giverEmployer,
            @NotBlank @Size(max = 500) @Schema(example = "Box of cigars") String description,
            @NotNull @Valid Money estimatedValue,
            @DecimalMin(value = "0", inclusive = false) @Digits(integer = 10, fraction = 8) BigDecimal rateToUsd) {
    }

    @Schema(name = "ReceivedGift")
    public record ReceivedGiftView(UUID id, UUID executiveId, LocalDate receivedDate, String giverName, String giverEmployer,
            String description, Money estimatedValue, BigDecimal rateToUsd, Money valueUsd, boolean aboveThreshold, String recordedBy,
            Instant recordedAt) {

        static ReceivedGiftView of(ReceivedGift gift) {
            return new ReceivedGiftView(gift.id, gift.executiveId, gift.receivedDate, gift.giverName, gift.giverEmployer,
                    gift.description, new Money(gift.estimatedValue, gift.currency), gift.rateToUsd, Money.usd(gift.valueUsd),
                    gift.aboveThreshold, gift.recordedBy, gift.recordedAt);
        }
    }
}
