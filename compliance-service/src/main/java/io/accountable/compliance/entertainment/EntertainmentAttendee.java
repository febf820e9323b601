package io.accountable.compliance.entertainment;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.UUID;

/** A guest from another firm at a hosted event. */
@Entity
@Table(name = "entertainment_attendee")
public class EntertainmentAttendee extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "entertainment_id", nullable = false)
    public UUID entertainmentId;

    @Column(nullable = false)
    public int position;

    @Column(name = "recipient_id", nullable = false)
    public UUID recipientId;

    @Column(name = "contact_id")
    public UUID contactId;

    @Column(name = "full_name", nullable = false)
    public String fullName;

    @Column(name = "employer_name", nullable = false)
    public String employerName;

    @Column(name = "event_date", nullable = false)
    public LocalDate eventDate;
}
