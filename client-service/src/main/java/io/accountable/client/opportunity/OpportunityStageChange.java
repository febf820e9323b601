package io.accountable.client.opportunity;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** An opportunity moving from one stage to another; on the day it closed for WON and LOST. */
@Entity
@Table(name = "opportunity_stage_change")
public class OpportunityStageChange extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "opportunity_id", nullable = false)
    public UUID opportunityId;

    @Column(name = "client_id", nullable = false)
    public UUID clientId;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_stage", nullable = false)
    public Stage fromStage;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_stage", nullable = false)
    public Stage toStage;

    @Column(name = "changed_on", nullable = false)
    public LocalDate changedOn;

    @Column(name = "changed_at", nullable = false)
    public Instant changedAt;
}
