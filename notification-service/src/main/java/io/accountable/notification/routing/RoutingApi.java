package io.accountable.notification.routing;

import io.accountable.platform.api.BasedOnVersion;
import io.accountable.platform.api.Versioned;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What the routing rules' REST API reads and writes. */
public final class RoutingApi {

    private RoutingApi() {
    }

    @Schema(name = "RoutingRuleChange", description = "Who hears about the event type and how, with the version it was read at")
    public record RoutingRuleChange(
            @NotNull @Schema(example = "[\"EXECUTIVE\", \"COMPLIANCE\"]") Set<@NotNull Audience> audiences,
            @NotNull @Schema(example = "[\"IN_APP\", \"EMAIL\"]") Set<@NotNull Channel> channels,
            @NotNull Boolean active,
            @NotNull @PositiveOrZero @Schema(example = "0") Long version) implements BasedOnVersion {
    }

    @Schema(name = "RoutingRule")
    public record RoutingRuleView(
            @Schema(example = "accountable.compliance.gift-limit-warning.v1") String eventType,
            Category category, List<Audience> audiences, List<Channel> channels, boolean active, long version, Instant updatedAt) implements Versioned {

        static RoutingRuleView of(RoutingRule rule) {
            return new RoutingRuleView(rule.eventType, rule.category, rule.audiences.stream().sorted().toList(),
                    rule.channels.stream().sorted().toList(),
                    rule.active, rule.version, rule.updatedAt);
        }
    }
}
