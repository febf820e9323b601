package io.accountable.client.contact;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

/** A person at a client: someone executives meet, and a potential recipient of gifts that compliance tracks. */
@Entity
@Table(name = "contact")
public class Contact extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "client_id", nullable = false)
    public UUID clientId;

    @Column(name = "full_name", nullable = false)
    public String fullName;

    public String title;

    public String email;

    public String phone;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ContactRole role;

    /** Inactive contacts (left the client) stay, because gifts and interactions refer to them. */
    @Column(nullable = false)
    public boolean active;

    @Version
    public long version;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;
}
