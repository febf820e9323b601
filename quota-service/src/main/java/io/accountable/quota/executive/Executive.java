package io.accountable.quota.executive;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.UUID;

/** An account executive as quota-service knows them, from client-service's events. */
@Entity
@Table(name = "executive")
public class Executive extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "full_name", nullable = false)
    public String fullName;

    public String region;

    @Column(name = "hire_date", nullable = false)
    public LocalDate hireDate;

    @Column(name = "manager_id")
    public UUID managerId;

    @Column(nullable = false)
    public String status;

    /** The executive's version in client-service, so an older event never overwrites a newer one. */
    @Column(name = "source_version", nullable = false)
    public long sourceVersion;
}
