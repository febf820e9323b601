package io.accountable.notification.inbox;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** One in-app notification in a user's inbox, made from one event. */
@Entity
@Table(name = "notification")
public class Notification extends PanacheEntityBase {

    @Id
    public UUID id;

    /** The user's id: the subject of their bearer token. */
    @Column(name = "recipient_id", nullable = false)
    public String recipientId;

    @Column(name = "event_id", nullable = false)
    public String eventId;

    @Column(name = "event_type", nullable = false)
    public String eventType;

    @Column(nullable = false)
    public String title;

    @Column(nullable = false)
    public String body;

    /** Where the frontend shows what the notification is about; null when nothing more is to be seen. */
    public String link;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "read_at")
    public Instant readAt;

    static Notification of(String recipientId, String eventId, String eventType, String title, String body, String link) {
        Notification notification = new Notification();
        notification.id = UUID.randomUUID();
        notification.recipientId = recipientId;
        notification.eventId = eventId;
        notification.eventType = eventType;
        notification.title = title;
        notification.body = body;
        notification.link = link;
        notification.createdAt = Instant.now();
        return notification;
    }
}
