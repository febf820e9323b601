package io.accountable.client.interaction;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

/** A touchpoint with a client: a visit, call, meeting, e-mail or event, with who took part and what follows. */
@Entity
@Table(name = "interaction")
public class Interaction extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "client_id", nullable = false)
    public UUID clientId;

    @Column(name = "executive_id", nullable = false)
    public UUID executiveId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public InteractionKind kind;

    @Column(name = "occurred_at", nullable = false)
    public Instant occurredAt;

    /** occurredAt as a date of the firm's calendar: what contact cadence counts in. */
    @Column(name = "occurred_on", nullable = false)
    public LocalDate occurredOn;

    @Column(nullable = false)
    public String summary;

    public String outcome;

    @Column(name = "follow_up_date")
    public LocalDate followUpDate;

    /** Set once a later interaction with the client took place: the follow-up happened. */
    @Column(name = "follow_up_done", nullable = false)
    public boolean followUpDone;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "interaction_contact", joinColumns = @JoinColumn(name = "interaction_id"))
    @Column(name = "contact_id")
    public Set<UUID> contactIds = new TreeSet<>();

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;
}
