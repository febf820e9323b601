package io.accountable.client.client;

import io.accountable.platform.api.BasedOnVersion;
import io.accountable.platform.api.Versioned;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What the client REST API reads and writes. */
public final class ClientApi {

    private ClientApi() {
    }

    static final String COUNTRY = "[A-Z]{2}";
    static final String SCHEME = "[A-Z][A-Z0-9_]{1,31}";

    @Schema(name = "NewClient")
    public record NewClient(
            @NotBlank @Size(max = 200) @Schema(example = "Harbor Freight Logistics LLC") String legalName,
            @NotNull @Schema(example = "CORPORATE") ClientType clientType,
            @Size(max = 100) @Schema(example = "Logistics") String industry,
            @Size(max = 100) @Schema(example = "Mid-market") String segment,
            @Size(max = 100) @Schema(example = "Northeast") String region,
            @NotBlank @Pattern(regexp = COUNTRY, message = "must be an ISO 3166-1 alpha-2 code") @Schema(example = "US") String country,
            @Size(max = 32) @Schema(description = "Tier code; STANDARD when absent", example = "KEY") String tier,
            @Size(max = 10) @Schema(description = "Registry identifiers by scheme", example = "{\"LEI\": \"5493001KJTIIGC8Y1R12\"}") Map<@Pattern(regexp = SCHEME, message = "must be an upper-case scheme such as LEI") String, @NotBlank @Size(max = 100) String> identifiers,
            @Schema(description = "The primary executive from today; an executive onboarding a client becomes its primary when absent") UUID primaryExecutiveId) {
    }

    @Schema(name = "ClientChange", description = "The client's descriptive data as it should be, with the version it was read at")
    public record ClientChange(
            @NotBlank @Size(max = 200) String legalName,
            @NotNull ClientType clientType,
            @Size(max = 100) String industry,
            @Size(max = 100) String segment,
            @Size(max = 100) String region,
            @NotBlank @Pattern(regexp = COUNTRY, message = "must be an ISO 3166-1 alpha-2 code") String country,
            @Size(max = 10) Map<@Pattern(regexp = SCHEME, message = "must be an upper-case scheme such as LEI") String, @NotBlank @Size(max = 100) String> identifiers,
            @NotNull @PositiveOrZero @Schema(description = "The version this change was based on (optimistic locking)", example = "0") Long version) implements BasedOnVersion {
    }

    @Schema(name = "ClientStatusChange")
    public record StatusChange(
            @NotNull @Schema(example = "ACTIVE") ClientStatus status,
            @Schema(description = "When the change takes effect; today (firm calendar) when absent, never in the future") LocalDate effectiveDate,
            @Size(max = 500) String reason,
            @NotNull @PositiveOrZero Long version) implements BasedOnVersion {
    }

    @Schema(name = "ClientTierChange")
    public record TierChange(
            @NotBlank @Size(max = 32) @Schema(example = "KEY") String tier,
            @NotNull @PositiveOrZero Long version) implements BasedOnVersion {
    }

    @Schema(name = "Client")
    public record ClientView(UUID id, String legalName, ClientType clientType, @Schema(nullable = true) String industry,
            @Schema(nullable = true) String segment, @Schema(nullable = true) String region,
            String country, String tier, ClientStatus status,
            @Schema(nullable = true, description = "None while no executive holds the client") UUID primaryExecutiveId,
            Map<String, String> identifiers,
            long version, Instant createdAt, Instant updatedAt) implements Versioned {

        public static ClientView of(Client client) {
            return new ClientView(client.id, client.legalName, client.clientType, client.industry, client.segment, client.region,
                    client.country, client.tier, client.status, client.primaryExecutiveId, new TreeMap<>(client.identifiers),
                    client.version, client.createdAt, client.updatedAt);
        }
    }
}
