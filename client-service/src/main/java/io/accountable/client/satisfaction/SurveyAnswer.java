package io.accountable.client.satisfaction;

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

/** One person at a client answering one survey; append-only. */
@Entity
@Table(name = "survey_answer")
public class SurveyAnswer extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "client_id", nullable = false)
    public UUID clientId;

    /** Who answered: a contact of the client. */
    @Column(name = "contact_id", nullable = false)
    public UUID contactId;

    @Column(nullable = false)
    public String survey;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Scale scale;

    @Column(nullable = false)
    public int score;

    @Column(name = "answered_on", nullable = false)
    public LocalDate answeredOn;

    public String comment;

    @Column(name = "recorded_by", nullable = false)
    public String recordedBy;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;
}
