package io.accountable.compliance.recipient;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;

/** A client of the firm (client-service's client): the employer of contacts who receive gifts. */
@Entity
@Table(name = "client_firm")
public class ClientFirm extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "legal_name", nullable = false)
    public String legalName;

    @Column(name = "client_type", nullable = false)
    public String clientType;

    @Column(nullable = false)
    public String status;

    @Column(name = "primary_executive_id")
    public UUID primaryExecutiveId;

    @Column(name = "source_version", nullable = false)
    public long sourceVersion;
}
