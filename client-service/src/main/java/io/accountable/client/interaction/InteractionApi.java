package io.accountable.client.interaction;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What the interaction REST API reads and writes. */
public final class InteractionApi {

    private InteractionApi() {
    }

    @Schema(name = "NewInteraction")
    public record NewInteraction(
            @NotNull @Schema(example = "MEETING") InteractionKind kind,
            @Schema(description = "When it happened (UTC); now when absent, never in the future", example = "2026-11-20T15:00:00Z") Instant occurredAt,
            @Schema(description = "The executive who took part; the caller (an executive) or the client's primary executive when absent") UUID executiveId,
            @Size(max = 50) @Schema(description = "People at the client who took part") Set<@NotNull UUID> contactIds,
            @NotBlank @Size(max = 2000) @Schema(example = "Quarterly review of the credit facility") String summary,
            @Size(max = 1000) @Schema(example = "Client wants a proposal for FX hedging") String outcome,
            @Schema(description = "When to follow up", example = "2026-12-01") LocalDate followUpDate) {
    }

    @Schema(name = "Interaction")
    public record InteractionView(UUID id, UUID clientId, UUID executiveId, InteractionKind kind, Instant occurredAt, LocalDate occurredOn,
            Set<UUID> contactIds, String summary, @Schema(nullable = true) String outcome,
            @Schema(nullable = true, description = "None when no follow-up is due") LocalDate followUpDate, boolean followUpDone) {

        static InteractionView of(Interaction i) {
            return new InteractionView(i.id, i.clientId, i.executiveId, i.kind, i.occurredAt, i.occurredOn, Set.copyOf(i.contactIds), i.summary,
                    i.outcome, i.followUpDate, i.followUpDone);
        }
    }
}
