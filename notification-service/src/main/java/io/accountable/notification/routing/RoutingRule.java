package io.accountable.notification.routing;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Set;

/** Who hears about one event type and through which channels; seeded by Flyway, changed by admins. */
@Entity
@Table(name = "routing_rule")
public class RoutingRule extends PanacheEntityBase {

    @Id
    @Column(name = "event_type")
    public String eventType;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Category category;

    @Convert(converter = EnumSetColumn.Audiences.class)
    @Column(nullable = false)
    public Set<Audience> audiences;

    @Convert(converter = EnumSetColumn.Channels.class)
    @Column(nullable = false)
    public Set<Channel> channels;

    @Column(nullable = false)
    public boolean active;

    @Version
    public long version;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;
}
