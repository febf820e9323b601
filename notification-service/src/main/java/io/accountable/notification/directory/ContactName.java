package io.accountable.notification.directory;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;

/** A person at a client (a gift recipient or attendee), as client-service's contact events describe them. */
@Entity
@Table(name = "contact_name")
public class ContactName extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "client_id", nullable = false)
    public UUID clientId;

    @Column(name = "full_name", nullable = false)
    public String fullName;

    @Column(name = "employer_name", nullable = false)
    public String employerName;

    /** The contact's version in client-service, so an older event never overwrites a newer one. */
    @Column(name = "source_version", nullable = false)
    public long sourceVersion;
}
