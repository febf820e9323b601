package io.accountable.client.complaint;

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

/** What the complaint REST API reads and writes. */
public final class ComplaintApi {

    private ComplaintApi() {
    }

    @Schema(name = "NewComplaint")
    public record NewComplaint(
            @NotNull @Schema(example = "HIGH") Severity severity,
            @NotBlank @Size(max = 200) @Schema(example = "Wire transfer delayed") String subject,
            @NotBlank @Size(max = 4000) String description,
            @Schema(description = "The day it was received; today when absent, never in the future") LocalDate receivedOn) {
    }

    @Schema(name = "ComplaintAcknowledgement")
    public record Acknowledgement(@NotNull @PositiveOrZero Long version) implements BasedOnVersion {
    }

    @Schema(name = "ComplaintResolution")
    public record Resolution(
            @NotBlank @Size(max = 2000) @Schema(example = "Fee refunded and process fixed") String resolution,
            @NotNull @PositiveOrZero Long version) implements BasedOnVersion {
    }

    @Schema(name = "Complaint")
    public record ComplaintView(UUID id, UUID clientId, UUID executiveId, Severity severity, String subject, String description,
            ComplaintStatus status, LocalDate receivedOn, LocalDate dueDate,
            @Schema(nullable = true, description = "None until acknowledged") Instant acknowledgedAt,
            @Schema(nullable = true, description = "None until resolved") Instant resolvedAt,
            @Schema(nullable = true, description = "None until resolved") String resolution,
            long version) implements Versioned {

        static ComplaintView of(Complaint c) {
            return new ComplaintView(c.id, c.clientId, c.executiveId, c.severity, c.subject, c.description, c.status, c.receivedOn,
                    c.dueDate, c.acknowledgedAt, c.resolvedAt, c.resolution, c.version);
        }
    }
}
