package io.accountable.notification.preference;

import io.accountable.notification.routing.Category;
import io.accountable.notification.routing.Channel;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** Whether a user receives one category of notifications through one channel; without a row, they do. */
@Entity
@Table(name = "channel_preference")
public class ChannelPreference extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "user_id", nullable = false)
    public String userId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Category category;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Channel channel;

    @Column(nullable = false)
    public boolean enabled;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    static ChannelPreference find(String userId, Category category, Channel channel) {
        return find("userId = ?1 and category = ?2 and channel = ?3", userId, category, channel).firstResult();
    }
}
