package io.accountable.client.client;

import io.accountable.platform.problem.ProblemException;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

/** A client of the firm, an individual or a corporation, held by one primary executive once assigned. */
@Entity
@Table(name = "client")
public class Client extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "legal_name", nullable = false)
    public String legalName;

    @Enumerated(EnumType.STRING)
    @Column(name = "client_type", nullable = false)
    public ClientType clientType;

    public String industry;

    public String segment;

    public String region;

    @Column(nullable = false)
    public String country;

    @Column(name = "tier_code", nullable = false)
    public String tier;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ClientStatus status;

    @Column(name = "primary_executive_id")
    public UUID primaryExecutiveId;

    /** Registry identifiers by scheme, e.g. LEI, TAX_ID, CRD. */
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "client_identifier", joinColumns = @JoinColumn(name = "client_id"))
    @MapKeyColumn(name = "scheme")
    @Column(name = "identifier_value")
    public Map<String, String> identifiers = new TreeMap<>();

    @Version
    public long version;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    /**
     * The client, row-locked until the transaction ends, read as last committed. Native SQL because
     * Hibernate's MySQL dialect writes {@code FOR UPDATE OF alias}, which MariaDB does not accept.
     */
    public static Client lockedById(UUID id) {
        List<?> found = getEntityManager().createNativeQuery("SELECT * FROM client WHERE id = ?1 FOR UPDATE", Client.class)
                .setParameter(1, id.toString()).getResultList();
        return found.isEmpty() ? null : (Client) found.get(0);
    }

    /** The executive's open clients, row-locked in id order (so concurrent bulk moves never deadlock). */
    @SuppressWarnings("unchecked")
    public static List<Client> lockedHeldBy(UUID executiveId) {
        return getEntityManager().createNativeQuery(
                "SELECT * FROM client WHERE primary_executive_id = ?1 AND status <> 'CLOSED' ORDER BY id FOR UPDATE", Client.class)
                .setParameter(1, executiveId.toString()).getResultList();
    }

    /**
     * Open clients of one tier an executive holds: what a tier's per-executive limit counts. A locking
     * read, so it counts what was committed last, also by the transaction that held the executive's
     * lock before this one, not what the transaction's snapshot saw when it began.
     */
    public static long heldInTier(UUID executiveId, String tier) {
        return ((Number) getEntityManager().createNativeQuery(
                "SELECT COUNT(*) FROM client WHERE primary_executive_id = ?1 AND tier_code = ?2 AND status <> 'CLOSED' LOCK IN SHARE MODE")
                .setParameter(1, executiveId.toString()).setParameter(2, tier).getSingleResult()).longValue();
    }

    /** A closed client does not change: nothing is added to its relationship, and its own data stays as it was. */
    public void requireOpen() {
        if (status == ClientStatus.CLOSED) {
            throw ProblemException.ruleViolation("client-closed", "Client " + id + " is closed; a closed client does not change",
                    Map.of("clientStatus", status));
        }
    }
}
