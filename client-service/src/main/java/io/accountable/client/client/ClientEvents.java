package io.accountable.client.client;

import io.accountable.platform.events.EventPublisher;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

/** The client's own events on accountable.client.events, keyed by client id. */
@ApplicationScoped
public class ClientEvents {

    public static final String ONBOARDED = "accountable.client.client-onboarded.v1";
    public static final String UPDATED = "accountable.client.client-updated.v1";
    public static final String STATUS_CHANGED = "accountable.client.client-status-changed.v1";
    public static final String TIER_CHANGED = "accountable.client.client-tier-changed.v1";

    /** The client as it is after the change; read models keep the highest version they have seen. */
    public record ClientPayload(UUID clientId, String legalName, ClientType clientType, String industry, String tier,
            String segment, String region, String country, ClientStatus status, UUID primaryExecutiveId,
            Map<String, String> identifiers, long version) {

        static ClientPayload of(Client client) {
            return new ClientPayload(client.id, client.legalName, client.clientType, client.industry, client.tier, client.segment,
                    client.region, client.country, client.status, client.primaryExecutiveId, new TreeMap<>(client.identifiers),
                    client.version);
        }
    }

    public record StatusChangedPayload(UUID clientId, ClientStatus from, ClientStatus to, LocalDate effectiveDate, String reason) {
    }

    public record TierChangedPayload(UUID clientId, String from, String to, UUID primaryExecutiveId) {
    }

    @Inject
    EventPublisher publisher;

    void onboarded(Client client) {
        publisher.publish(ONBOARDED, client.id.toString(), ClientPayload.of(client));
    }

    /** Also sent after a status, tier or owner change, so read models of the whole client stay current. */
    public void updated(Client client) {
        publisher.publish(UPDATED, client.id.toString(), ClientPayload.of(client));
    }

    void statusChanged(Client client, ClientStatus from, LocalDate effectiveDate, String reason) {
        publisher.publish(STATUS_CHANGED, client.id.toString(),
                new StatusChangedPayload(client.id, from, client.status, effectiveDate, reason));
    }

    void tierChanged(Client client, String from) {
        publisher.publish(TIER_CHANGED, client.id.toString(),
                new TierChangedPayload(client.id, from, client.tier, client.primaryExecutiveId));
    }
}
