package io.accountable.quota.client;

import io.accountable.platform.events.EventHandler;
import io.accountable.platform.events.IncomingEvent;
import io.accountable.platform.events.ReadModelRows;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

/**
 * Keeps quota-service's clients and their ownership history in step with client-service, so "who
 * owned client C on date D" is answered locally.
 */
@ApplicationScoped
public class ClientDirectory implements EventHandler {

    static final String ONBOARDED = "accountable.client.client-onboarded.v1";
    static final String UPDATED = "accountable.client.client-updated.v1";
    static final String STATUS_CHANGED = "accountable.client.client-status-changed.v1";
    static final String ASSIGNED = "accountable.client.client-assigned.v1";

    record ClientPayload(UUID clientId, String legalName, String status, UUID primaryExecutiveId, long version) {
    }

    record StatusChangedPayload(UUID clientId, String from, String to, LocalDate effectiveDate) {
    }

    record AssignedPayload(UUID clientId, UUID executiveId, UUID previousExecutiveId, LocalDate effectiveDate, String reason) {
    }

    @Override
    public Set<String> eventTypes() {
        return Set.of(ONBOARDED, UPDATED, STATUS_CHANGED, ASSIGNED);
    }

    @Override
    public void apply(IncomingEvent event) {
        switch (event.type()) {
            case ONBOARDED, UPDATED -> apply(event.dataAs(ClientPayload.class));
            case STATUS_CHANGED -> apply(event.dataAs(StatusChangedPayload.class));
            case ASSIGNED -> apply(event.dataAs(AssignedPayload.class));
            default -> throw new IllegalArgumentException("Not a client event: " + event.type());
        }
    }

    private void apply(ClientPayload payload) {
        ReadModelRows.toUpdate(Client.class, payload.clientId(), payload.version(), row -> row.sourceVersion, id -> {
            Client created = new Client();
            created.id = id;
            return created;
        }).ifPresent(client -> {
            client.legalName = payload.legalName();
            client.status = payload.status();
            client.primaryExecutiveId = payload.primaryExecutiveId();
            client.sourceVersion = payload.version();
            client.persist();
        });
    }

    /** A status change may arrive before the client itself; the client event that follows fills in the rest. */
    private void apply(StatusChangedPayload payload) {
        Client client = Client.<Client> findByIdOptional(payload.clientId()).orElseGet(() -> placeholder(payload.clientId()));
        client.status = payload.to();
        client.persist();
    }

    private void apply(AssignedPayload payload) {
        ClientOwnership ownership = ClientOwnership.<ClientOwnership> find("clientId = ?1 and effectiveDate = ?2",
                payload.clientId(), payload.effectiveDate()).firstResultOptional().orElseGet(ClientOwnership::new);
        if (ownership.id == null) {
            ownership.id = UUID.randomUUID();
        }
        ownership.clientId = payload.clientId();
        ownership.executiveId = payload.executiveId();
        ownership.previousExecutiveId = payload.previousExecutiveId();
        ownership.effectiveDate = payload.effectiveDate();
        ownership.reason = payload.reason();
        ownership.persist();
        if (Client.findById(payload.clientId()) == null) {
            placeholder(payload.clientId()).persist();
        }
    }

    /** A client known so far only by id; version -1 lets its first real event fill it in. */
    private static Client placeholder(UUID id) {
        Client client = new Client();
        client.id = id;
        client.legalName = "(unknown)";
        client.status = "UNKNOWN";
        client.sourceVersion = -1;
        return client;
    }
}
