package io.accountable.notification.recipient;

import io.accountable.platform.api.BasedOnVersion;
import io.accountable.platform.api.Versioned;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What the staff recipients' REST API reads and writes. */
public final class StaffApi {

    private StaffApi() {
    }

    @Schema(name = "NewStaffMember")
    public record NewStaffMember(
            @NotBlank @Size(max = 100) @Schema(description = "The user's token subject", example = "c.ortega") String id,
            @NotBlank @Size(max = 200) @Schema(example = "Carmen Ortega") String fullName,
            @NotBlank @Email @Size(max = 254) @Schema(example = "carmen.ortega@firm.example") String email,
            @NotNull @Schema(example = "COMPLIANCE_OFFICER") StaffRole role) {
    }

    @Schema(name = "StaffMemberChange", description = "The whole staff member as it should be, with the version it was read at")
    public record StaffMemberChange(
            @NotBlank @Size(max = 200) String fullName,
            @NotBlank @Email @Size(max = 254) String email,
            @NotNull StaffRole role,
            @NotNull Boolean active,
            @NotNull @PositiveOrZero @Schema(example = "0") Long version) implements BasedOnVersion {
    }

    @Schema(name = "StaffMember")
    public record StaffMemberView(String id, String fullName, String email, StaffRole role, boolean active, long version,
            Instant createdAt, Instant updatedAt) implements Versioned {

        static StaffMemberView of(StaffMember member) {
            return new StaffMemberView(member.id, member.fullName, member.email, member.role, member.active, member.version,
                    member.createdAt, member.updatedAt);
        }
    }
}
