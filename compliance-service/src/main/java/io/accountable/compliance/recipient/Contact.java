package io.accountable.compliance.recipient;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;

/** A person at a client (client-service's contact): a gift recipient, with the employer the limit is about. */
@Entity
@Table(name = "contact")
public class Contact extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "client_id", nullable = false)
    public UUID clientId;

    @Column(name = "employer_name")
    public String employerName;

    @Column(name = "full_name", nullable = false)
    public String fullName;

    public String title;

    public String email;

    @Column(nullable = false)
    public boolean active;

    @Column(name = "source_version", nullable = false)
    public long sourceVersion;

    /** The employer as the contact event named it, else the client's legal name. */
    public String employer() {
        if (employerName != null && !employerName.isBlank()) {
            return employerName;
        }
        ClientFirm client = ClientFirm.findById(clientId);
        return client == null ? "client " + clientId : client.legalName;
    }
}
