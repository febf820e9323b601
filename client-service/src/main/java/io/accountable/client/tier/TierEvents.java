package io.accountable.client.tier;

import io.accountable.platform.events.EventPublisher;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** Tier configuration changes on accountable.client.events, keyed by tier code. */
@ApplicationScoped
public class TierEvents {

    public static final String CONFIGURED = "accountable.client.tier-configured.v1";

    public record TierPayload(String tier, String name, int cadenceDays, Integer maxClientsPerExecutive, Integer csatFloor, Integer npsFloor,
            long version) {

        static TierPayload of(Tier tier) {
            return new TierPayload(tier.code, tier.name, tier.cadenceDays, tier.maxClientsPerExecutive, tier.csatFloor, tier.npsFloor,
                    tier.version);
        }
    }

    @Inject
    EventPublisher publisher;

    void configured(Tier tier) {
        publisher.publish(CONFIGURED, tier.code, TierPayload.of(tier));
    }
}
