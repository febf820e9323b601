package io.accountable.client.product;

import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What the cross-sell REST API reads. */
public final class CrossSellApi {

    private CrossSellApi() {
    }

    @Schema(name = "CrossSellSuggestion", description = "A product clients of the same segment hold and this client does not, with the counts that explain it")
    public record Suggestion(
            @Schema(required = true, example = "FX_FORWARDS") String productCode,
            @Schema(required = true, example = "FX forwards") String productName,
            @Schema(required = true, example = "FX") String productLine,
            @Schema(required = true, description = "Clients of the segment that hold the product now", example = "4") long holders,
            @Schema(required = true, description = "Clients of the segment (not closed), this one included", example = "6") long segmentClients,
            @Schema(required = true, description = "holders of segmentClients, in percent, rounded half up", example = "67") int sharePercent) {
    }

    @Schema(name = "ClientCrossSell", description = "One client's suggestions, most common in its segment first")
    public record ClientSuggestions(
            @Schema(required = true) UUID clientId,
            @Schema(required = true) String legalName,
            @Schema(required = true, example = "Mid-market") String segment,
            @Schema(required = true) List<Suggestion> suggestions) {
    }
}
