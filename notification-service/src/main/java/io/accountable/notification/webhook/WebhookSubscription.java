package io.accountable.notification.webhook;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** An internal system that wants some event types posted to a URL, signed with a shared secret. */
@Entity
@Table(name = "webhook_subscription")
public class WebhookSubscription extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(nullable = false)
    public String url;

    /** Exact types, {@code accountable.<context>.*} for one publisher, or {@code *} for everything. */
    @Convert(converter = EventTypeSetColumn.class)
    @Column(name = "event_types", nullable = false)
    public Set<String> eventTypes;

    /** The HMAC key; never shown again after it is set. */
    @Column(nullable = false)
    public String secret;

    public String description;

    /** The secret before the last rotation, which keeps signing beside the new one until {@link #previousSecretUntil}. */
    @Column(name = "previous_secret")
    public String previousSecret;

    @Column(name = "previous_secret_until")
    public Instant previousSecretUntil;

    @Column(nullable = false)
    public boolean active;

    @Version
    public long version;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    /** The secrets that sign a delivery sent at {@code now}: the current one, then the rotated-out one while its overlap lasts. */
    public List<String> signingSecrets(Instant now) {
        return previousSecret != null && previousSecretUntil != null && now.isBefore(previousSecretUntil)
                ? List.of(secret, previousSecret) : List.of(secret);
    }

    public boolean accepts(String eventType) {
        for (String filter : eventTypes) {
            if (filter.equals("*") || filter.equals(eventType)
                    || (filter.endsWith(".*") && eventType.startsWith(filter.substring(0, filter.length() - 1)))) {
                return true;
            }
        }
        return false;
    }
}
