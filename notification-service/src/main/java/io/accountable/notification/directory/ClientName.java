package io.accountable.notification.directory;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;

/** A client's legal name, as client-service's client events describe it. */
@Entity
@Table(name = "client_name")
public class ClientName extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "legal_name", nullable = false)
    public String legalName;

    /** The client's version in client-service, so an older event never overwrites a newer one. */
    @Column(name = "source_version", nullable = false)
    public long sourceVersion;
}
