package io.accountable.client.assignment;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What the assignment REST API reads and writes. */
public final class AssignmentApi {

    private AssignmentApi() {
    }

    @Schema(name = "PrimaryAssignment", description = "Make an executive the client's primary executive from a date")
    public record NewAssignment(
            @NotNull @Schema(description = "The new primary executive") UUID executiveId,
            @NotNull @Schema(description = "First day the new executive holds the client; not in the future", example = "2026-03-15") LocalDate effectiveDate,
            @NotBlank @Size(max = 500) @Schema(example = "Territory realignment") String reason,
            @NotNull @PositiveOrZero @Schema(description = "The client's version this was based on (optimistic locking)", example = "0") Long version) {
    }

    @Schema(name = "BulkReassignment", description = "Move every open client of one executive to another")
    public record BulkReassignment(
            @NotNull UUID toExecutiveId,
            @NotNull @Schema(example = "2026-03-15") LocalDate effectiveDate,
            @NotBlank @Size(max = 500) @Schema(example = "Executive departed") String reason) {
    }

    @Schema(name = "BulkReassignmentResult")
    public record BulkResult(UUID fromExecutiveId, UUID toExecutiveId, LocalDate effectiveDate, List<UUID> clientIds) {
    }

    @Schema(name = "Assignment", description = "A holding of the client: from (inclusive) to (exclusive, the next holder's first day; null while current)")
    public record AssignmentView(UUID id, UUID clientId, UUID executiveId,
            @Schema(nullable = true, description = "None for the client's first executive") UUID previousExecutiveId, LocalDate from,
            @Schema(nullable = true, description = "None while the holding lasts") LocalDate to,
            String reason, String assignedBy, Instant recordedAt) {

        static AssignmentView of(Assignment assignment) {
            return new AssignmentView(assignment.id, assignment.clientId, assignment.executiveId, assignment.previousExecutiveId,
                    assignment.effectiveFrom, assignment.effectiveTo, assignment.reason, assignment.assignedBy, assignment.createdAt);
        }
    }

    @Schema(name = "ClientOwner", description = "Who held the client as primary executive on a day")
    public record OwnerView(UUID clientId, LocalDate on,
            @Schema(nullable = true, description = "None when nobody held the client on that date") UUID executiveId,
            @Schema(nullable = true) LocalDate heldFrom,
            @Schema(nullable = true, description = "None while the holding lasts") LocalDate heldTo) {
    }

    @Schema(name = "NewTeamMember")
    public record NewTeamMember(@NotNull UUID executiveId, @NotNull @Schema(example = "CREDIT_ANALYST") TeamRole role) {
    }

    @Schema(name = "TeamMember")
    public record TeamMemberView(UUID id, UUID clientId, UUID executiveId, TeamRole role, Instant addedAt) {

        static TeamMemberView of(AccountTeamMember member) {
            return new TeamMemberView(member.id, member.clientId, member.executiveId, member.role, member.createdAt);
        }
    }
}
