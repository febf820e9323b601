package io.accountable.compliance.gift;

import io.accountable.compliance.Money;
import io.accountable.compliance.policy.Deceased;
import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
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

/** What the gifts' REST API reads and writes. */
public final class GiftApi {

    private GiftApi() {
    }

    @Schema(name = "GiftRecipient", description = "A known contact (contactId), or a person not in the directory (fullName and employerName), who then goes to compliance review")
    public record RecipientRef(
            UUID contactId,
            @Size(max = 200) @Schema(example = "Pat Doe") String fullName,
            @Size(max = 300) @Schema(example = "Globex Corp") String employerName) {

        @AssertTrue(message = "name a known contactId, or fullName and employerName")
        @Schema(hidden = true)
        public boolean isIdentified() {
            return contactId != null || (fullName != null && !fullName.isBlank() && employerName != null && !employerName.isBlank());
        }
    }

    @Schema(name = "NewGift")
    public record NewGift(
            @Size(max = 20) @Schema(description = "The executives giving it; an executive may leave it out to mean themselves and must be one of them") List<@NotNull UUID> giverIds,
            @NotEmpty @Size(max = 50) List<@Valid @NotNull RecipientRef> recipients,
            @NotNull @Schema(example = "2026-05-04") LocalDate giftDate,
            @NotBlank @Size(max = 500) @Schema(example = "Bottle of wine after the closing") String description,
            @NotNull GiftCategory category,
            @NotNull @Valid @Schema(description = "What was paid, excluding tax and delivery") Money cost,
            @Valid Money marketValue,
            @Valid @Schema(description = "Face value, for tickets") Money faceValue,
            @DecimalMin(value = "0", inclusive = false) @Digits(integer = 10, fraction = 8) @Schema(description = "The rate used to convert to USD (1 for USD)", example = "1.0") BigDecimal rateToUsd,
            @NotNull PaidBy paidBy,
            @Schema(description = "The pre-clearance this gift was approved under") UUID preclearanceId,
            @Schema(description = "Required for a BEREAVEMENT gift, and only for it: whose death it is, seen from the recipient. Only the relationships the policy excludes (the recipient and their immediate family) keep the gift outside the limit; OTHER counts toward it") Deceased deceased,
            @NotNull @AssertTrue(message = "the giver must attest that the record is complete and true") Boolean attestation) {
    }

    @Schema(name = "GiftCorrection", description = "The gift as it should have been recorded, and why")
    public record GiftCorrection(
            @NotBlank @Size(max = 1000) @Schema(example = "Market value was USD 120, not 80") String reason,
            @NotNull @Valid NewGift gift) {
    }

    @Schema(name = "GiftShare", description = "One recipient's pro-rata share of a gift")
    public record ShareView(UUID recipientId,
            @Schema(nullable = true, description = "None for a recipient not in the contact directory") UUID contactId, String fullName, String employerName, Money valueUsd,
            boolean countsTowardLimit) {

        static ShareView of(GiftShare share) {
            return new ShareView(share.recipientId, share.contactId, share.recipientName, share.employerName,
                    Money.usd(share.shareUsd), share.countsTowardLimit);
        }
    }

    @Schema(name = "Gift")
    public record GiftView(UUID id, List<UUID> giverIds, List<ShareView> recipients, LocalDate giftDate, String description,
            GiftCategory category, Money cost, @Schema(nullable = true) Money marketValue, @Schema(nullable = true) Money faceValue,
            BigDecimal rateToUsd, Money valueUsd, PaidBy paidBy,
            @Schema(nullable = true, description = "Whose death a BEREAVEMENT gift is for; null for other categories and for bereavement gifts recorded before it was asked") Deceased deceased,
            boolean attested, @Schema(nullable = true) UUID preclearanceId,
            @Schema(nullable = true, description = "The gift this one corrects, if it is a correction") UUID correctsGiftId,
            @Schema(nullable = true) String correctionReason,
            String recordedBy, Instant recordedAt,
            @Schema(description = "Kept at least until this date: the gift date plus the retention years of the policy in force on it") LocalDate retainUntil) {

        static GiftView of(Gift gift, List<GiftShare> shares, LocalDate retainUntil) {
            return new GiftView(gift.id, gift.giverIds.stream().sorted().toList(), shares.stream().map(ShareView::of).toList(),
                    gift.giftDate, gift.description, gift.category, new Money(gift.cost, gift.currency),
                    gift.marketValue == null ? null : new Money(gift.marketValue, gift.currency),
                    gift.faceValue == null ? null : new Money(gift.faceValue, gift.currency), gift.rateToUsd,
                    Money.usd(gift.valueUsd), gift.paidBy, gift.deceased, gift.attested, gift.preclearanceId, gift.correctsGiftId,
                    gift.correctionReason, gift.recordedBy, gift.recordedAt, retainUntil);
        }
    }

    @Schema(name = "RecipientAllowance", description = "How much of the limit a recipient has used in the window of a date")
    public record AllowanceView(UUID recipientId, LocalDate date, LocalDate windowStart, LocalDate windowEnd, Money limit,
            Money used, Money remaining) {
    }
}
