package io.accountable.quota.client;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.quarkus.panache.common.Sort;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

/** From {@code effectiveDate} (inclusive) until the client's next assignment, {@code executiveId} owns the client. */
@Entity
@Table(name = "client_ownership")
public class ClientOwnership extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "client_id", nullable = false)
    public UUID clientId;

    @Column(name = "executive_id", nullable = false)
    public UUID executiveId;

    @Column(name = "previous_executive_id")
    public UUID previousExecutiveId;

    @Column(name = "effective_date", nullable = false)
    public LocalDate effectiveDate;

    public String reason;

    /** The executive who owned {@code clientId} on {@code date}, if anyone did. */
    public static Optional<UUID> ownerOn(UUID clientId, LocalDate date) {
        return ClientOwnership.<ClientOwnership> find("clientId = ?1 and effectiveDate <= ?2", Sort.descending("effectiveDate"),
                clientId, date).firstResultOptional().map(o -> o.executiveId);
    }
}
