package io.accountable.compliance.preclearance;

import io.accountable.compliance.Money;
import io.accountable.compliance.gift.GiftApi.RecipientRef;
import io.accountable.compliance.gift.GiftCategory;
import io.accountable.compliance.gift.PaidBy;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What the pre-clearance REST API reads and writes. */
public final class PreclearanceApi {

    private PreclearanceApi() {
    }

    @Schema(name = "NewPreclearance")
    public record NewPreclearance(
            @Size(max = 20) List<@NotNull UUID> giverIds,
            @NotEmpty @Size(max = 50) List<@Valid @NotNull RecipientRef> recipients,
            @NotNull @Schema(example = "2026-12-15") LocalDate plannedDate,
            @NotBlank @Size(max = 500) @Schema(example = "Holiday gift basket") String description,
            @NotNull GiftCategory category,
            @NotNull @Valid @Schema(description = "The higher of the expected cost and market (or face) value") Money estimatedValue,
            @DecimalMin(value = "0", inclusive = false) @Digits(integer = 10, fraction = 8) BigDecimal rateToUsd,
            @NotNull PaidBy paidBy) {
    }

    @Schema(name = "PreclearanceRecipient")
    public record RecipientView(UUID recipientId,
            @Schema(nullable = true, description = "None for a recipient not in the contact directory") UUID contactId,
            String fullName, String employerName, Money valueUsd, Money limit,
            Money used, Money remaining) {

        static RecipientView of(PreclearanceRecipient recipient) {
            return new RecipientView(recipient.recipientId, recipient.contactId, recipient.recipientName, recipient.employerName,
                    Money.usd(recipient.shareUsd), Money.usd(recipient.limitUsd), Money.usd(recipient.usedUsd),
                    Money.usd(recipient.limitUsd.subtract(recipient.usedUsd).max(BigDecimal.ZERO)));
        }
    }

    @Schema(name = "Preclearance")
    public record PreclearanceView(UUID id, List<UUID> giverIds, List<RecipientView> recipients, LocalDate plannedDate,
            String description, GiftCategory category, Money estimatedValue, BigDecimal rateToUsd, Money valueUsd, PaidBy paidBy,
            PreclearanceDecision decision,
            @Schema(nullable = true, description = "The decision after compliance's review, if it needed one") PreclearanceDecision effectiveDecision,
            String reason, LocalDate validUntil, String requestedBy, Instant decidedAt) {
    }
}
