package io.accountable.compliance.entertainment;

import io.accountable.compliance.Money;
import io.accountable.compliance.gift.GiftApi.RecipientRef;
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

/** What the entertainment log's REST API reads and writes. */
public final class EntertainmentApi {

    private EntertainmentApi() {
    }

    @Schema(name = "NewEntertainment")
    public record NewEntertainment(
            @Size(max = 20) @Schema(description = "The executives who host; an executive may leave it out to mean themselves") List<@NotNull UUID> hostIds,
            @NotNull @Schema(description = "Whether a host attended; tickets given without a host are a gift") Boolean hostAttended,
            @NotEmpty @Size(max = 100) List<@Valid @NotNull RecipientRef> attendees,
            @NotBlank @Size(max = 500) @Schema(example = "Quarterly portfolio review over dinner") String purpose,
            @NotBlank @Size(max = 500) @Schema(example = "Treasury client since 2019") String businessRelationship,
            @NotBlank @Size(max = 300) @Schema(example = "Le Bernardin, New York") String venue,
            @NotNull @Schema(example = "2026-05-04") LocalDate eventDate,
            @NotNull @Valid Money totalCost,
            @DecimalMin(value = "0", inclusive = false) @Digits(integer = 10, fraction = 8) BigDecimal rateToUsd) {
    }

    @Schema(name = "EntertainmentCorrection", description = "The entertainment as it should have been logged, and why")
    public record EntertainmentCorrection(
            @NotBlank @Size(max = 1000) @Schema(example = "Attendee list was missing the CFO") String reason,
            @NotNull @Valid NewEntertainment entertainment) {
    }

    @Schema(name = "EntertainmentAttendee")
    public record AttendeeView(UUID recipientId,
            @Schema(nullable = true, description = "None for an attendee not in the contact directory") UUID contactId,
            String fullName, String employerName) {

        static AttendeeView of(EntertainmentAttendee attendee) {
            return new AttendeeView(attendee.recipientId, attendee.contactId, attendee.fullName, attendee.employerName);
        }
    }

    @Schema(name = "Entertainment")
    public record EntertainmentView(UUID id, List<UUID> hostIds, List<AttendeeView> attendees, String purpose,
            String businessRelationship, String venue, LocalDate eventDate, Money totalCost, BigDecimal rateToUsd, Money totalCostUsd,
            Money perPersonUsd, boolean flagged, @Schema(nullable = true, description = "None unless flagged") String flagReason,
            @Schema(nullable = true, description = "The record this one corrects, if it is a correction") UUID correctsEntertainmentId,
            @Schema(nullable = true, description = "None unless a correction") String correctionReason,
            String recordedBy, Instant recordedAt,
            @Schema(description = "Kept at least until this date: the event date plus the retention years of the policy in force on it") LocalDate retainUntil) {
    }
}
