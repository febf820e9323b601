package io.accountable.client.executive;

import io.accountable.platform.api.BasedOnVersion;
import io.accountable.platform.api.Versioned;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What the executive directory's REST API reads and writes. */
public final class ExecutiveApi {

    private ExecutiveApi() {
    }

    /** Without a manager, so that Swagger UI's prefilled body refers to nothing that does not exist. */
    @Schema(name = "NewExecutive", example = "{\"fullName\": \"Dana Whitfield\", \"email\": \"dana.whitfield@firm.example\","
            + " \"region\": \"Northeast\", \"hireDate\": \"2024-02-01\"}")
    public record NewExecutive(
            @NotBlank @Size(max = 200) @Schema(example = "Dana Whitfield") String fullName,
            @NotBlank @Email @Size(max = 254) @Schema(example = "dana.whitfield@firm.example") String email,
            @Size(max = 100) @Schema(example = "Northeast") String region,
            @NotNull @Schema(example = "2024-02-01") LocalDate hireDate,
            @Schema(description = "The executive's manager, an executive with the sales-manager role") UUID managerId) {
    }

    @Schema(name = "ExecutiveChange", description = "The whole executive as it should be, with the version it was read at")
    public record ExecutiveChange(
            @NotBlank @Size(max = 200) String fullName,
            @NotBlank @Email @Size(max = 254) String email,
            @Size(max = 100) String region,
            @NotNull LocalDate hireDate,
            UUID managerId,
            @NotNull ExecutiveStatus status,
            @NotNull @PositiveOrZero @Schema(description = "The version this change was based on (optimistic locking)", example = "0") Long version) implements BasedOnVersion {
    }

    @Schema(name = "Executive")
    public record ExecutiveView(UUID id, String fullName, String email, @Schema(nullable = true) String region, LocalDate hireDate,
            @Schema(nullable = true, description = "None for the top of the reporting line") UUID managerId,
            ExecutiveStatus status, long version, Instant createdAt, Instant updatedAt) implements Versioned {

        static ExecutiveView of(Executive executive) {
            return new ExecutiveView(executive.id, executive.fullName, executive.email, executive.region, executive.hireDate,
                    executive.managerId, executive.status, executive.version, executive.createdAt, executive.updatedAt);
        }
    }
}
