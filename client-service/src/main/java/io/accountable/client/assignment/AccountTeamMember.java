package io.accountable.client.assignment;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A secondary member of a client's account team; they may read the client, the primary executive changes it. */
@Entity
@Table(name = "account_team_member")
public class AccountTeamMember extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "client_id", nullable = false)
    public UUID clientId;

    @Column(name = "executive_id", nullable = false)
    public UUID executiveId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public TeamRole role;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;
}
