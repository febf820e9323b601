package io.accountable.notification.recipient;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.List;

/** A compliance officer or admin who receives notifications; the id is their token subject. */
@Entity
@Table(name = "staff_member")
public class StaffMember extends PanacheEntityBase {

    @Id
    public String id;

    @Column(name = "full_name", nullable = false)
    public String fullName;

    @Column(nullable = false)
    public String email;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public StaffRole role;

    @Column(nullable = false)
    public boolean active;

    @Version
    public long version;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    public static List<StaffMember> activeIn(StaffRole role) {
        return list("role = ?1 and active = true", role);
    }
}
