package io.accountable.notification.delivery;

import io.accountable.platform.tracing.TraceContext;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * One e-mail or webhook call for one event, recorded before it is first sent. Its id is what
 * receivers de-duplicate on, and it stays the same across retries and replays.
 */
@Entity
@Table(name = "delivery")
public class Delivery extends PanacheEntityBase {

    @Id
    public UUID id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public DeliveryChannel channel;

    @Column(name = "event_id", nullable = false)
    public String eventId;

    @Column(name = "event_type", nullable = false)
    public String eventType;

    /** The user id an e-mail is for, or the id of the webhook subscription. */
    @Column(nullable = false)
    public String target;

    /** The e-mail address or the URL, as they were when the delivery was recorded. */
    @Column(nullable = false)
    public String destination;

    /** The e-mail's subject; webhooks have none. */
    public String subject;

    /** The e-mail's text, or the CloudEvent JSON a webhook posts. */
    @Column(nullable = false)
    public String payload;

    /** Where the frontend shows what an e-mail is about; webhooks have none. */
    public String link;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public DeliveryStatus status;

    @Column(nullable = false)
    public int attempts;

    @Column(name = "next_attempt_at", nullable = false)
    public Instant nextAttemptAt;

    @Column(name = "lease_until")
    public Instant leaseUntil;

    @Column(name = "last_error")
    public String lastError;

    @Column(name = "last_response_status")
    public Integer lastResponseStatus;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "delivered_at")
    public Instant deliveredAt;

    /** The W3C trace context the delivery was recorded in (the event's trace); null outside any trace. */
    @Column(length = 55)
    public String traceparent;

    @Column(length = 512)
    public String tracestate;

    public TraceContext trace() {
        return TraceContext.of(traceparent, tracestate);
    }
}
