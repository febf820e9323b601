package io.accountable.client.executive;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** An account executive in the firm's directory; the id is the subject of their bearer token. */
@Entity
@Table(name = "executive")
public class Executive extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "full_name", nullable = false)
    public String fullName;

    @Column(nullable = false)
    public String email;

    public String region;

    @Column(name = "hire_date", nullable = false)
    public LocalDate hireDate;

    @Column(name = "manager_id")
    public UUID managerId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ExecutiveStatus status;

    @Version
    public long version;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    public static boolean emailTaken(String email, UUID except) {
        return count("lower(email) = lower(?1) and id <> ?2", email, except) > 0;
    }
}
