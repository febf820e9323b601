package io.accountable.compliance.person;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;

/**
 * A person associated with the firm (an account executive) whose gifts Rule 3220 counts, from
 * client-service's executive events.
 */
@Entity
@Table(name = "associated_person")
public class AssociatedPerson extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "full_name", nullable = false)
    public String fullName;

    @Column(nullable = false)
    public String email;

    /** Who reviews this person's gifts: their manager in the directory. */
    @Column(name = "supervisor_id")
    public UUID supervisorId;

    @Column(nullable = false)
    public String status;

    @Column(name = "source_version", nullable = false)
    public long sourceVersion;
}
