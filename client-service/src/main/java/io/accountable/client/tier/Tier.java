package io.accountable.client.tier;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** A client tier: how often its clients must be contacted, and how many of them one executive may hold. */
@Entity
@Table(name = "tier")
public class Tier extends PanacheEntityBase {

    @Id
    public String code;

    @Column(nullable = false)
    public String name;

    @Column(name = "cadence_days", nullable = false)
    public int cadenceDays;

    /** null: no limit. */
    @Column(name = "max_clients_per_executive")
    public Integer maxClientsPerExecutive;

    /** A client's trailing CSAT (1-5) average below this has dropped; null: no floor. */
    @Column(name = "csat_floor")
    public Integer csatFloor;

    /** A client's trailing NPS (0-10) average below this has dropped; null: no floor. */
    @Column(name = "nps_floor")
    public Integer npsFloor;

    @Version
    public long version;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;
}
