package io.accountable.quota.executive;

import io.accountable.platform.events.EventHandler;
import io.accountable.platform.events.IncomingEvent;
import io.accountable.platform.events.ReadModelRows;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

/** Keeps quota-service's executives in step with client-service's directory. */
@ApplicationScoped
public class ExecutiveDirectory implements EventHandler {

    record ExecutivePayload(UUID executiveId, String fullName, String region, LocalDate hireDate, UUID managerId,
            String status, long version) {
    }

    @Override
    public Set<String> eventTypes() {
        return Set.of("accountable.client.executive-registered.v1", "accountable.client.executive-updated.v1");
    }

    @Override
    public void apply(IncomingEvent event) {
        ExecutivePayload payload = event.dataAs(ExecutivePayload.class);
        ReadModelRows.toUpdate(Executive.class, payload.executiveId(), payload.version(), row -> row.sourceVersion, id -> {
            Executive created = new Executive();
            created.id = id;
            return created;
        }).ifPresent(executive -> {
            executive.fullName = payload.fullName();
            executive.region = payload.region();
            executive.hireDate = payload.hireDate();
            executive.managerId = payload.managerId();
            executive.status = payload.status();
            executive.sourceVersion = payload.version();
            executive.persist();
        });
    }
}
