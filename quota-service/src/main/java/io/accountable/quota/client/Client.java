package io.accountable.quota.client;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;

/** A client as quota-service knows it, from client-service's events. */
@Entity
@Table(name = "client")
public class Client extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "legal_name", nullable = false)
    public String legalName;

    @Column(nullable = false)
    public String status;

    @Column(name = "primary_executive_id")
    public UUID primaryExecutiveId;

    /** The client's version in client-service, so an older event never overwrites a newer one. */
    @Column(name = "source_version", nullable = false)
    public long sourceVersion;
}
