package io.accountable.notification.delivery;

import io.accountable.platform.metrics.DatabaseSample;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.Startup;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.sql.DataSource;

/**
 * Deliveries by channel: how many wait (pending, or being sent) and how many gave up (FAILED, waiting
 * for an admin's replay), from the table, so every replica reports the same; and the attempts that
 * failed, counted by the replica that made them (the early sign of an SMTP server or receiver away).
 */
@Startup
@ApplicationScoped
public class DeliveryMetrics {

    /** The states an operator watches, by the name of their series. */
    private static final Map<String, List<DeliveryStatus>> WATCHED = Map.of(
            "pending", List.of(DeliveryStatus.PENDING, DeliveryStatus.SENDING),
            "failed", List.of(DeliveryStatus.FAILED));

    @Inject
    DataSource dataSource;

    @Inject
    MeterRegistry registry;

    private final Map<DeliveryChannel, Counter> failedAttempts = new EnumMap<>(DeliveryChannel.class);

    @PostConstruct
    void register() {
        // ix_delivery_due leads with status, so each count reads only the rows of its states.
        DatabaseSample<Map<String, Long>> counts = new DatabaseSample<>(dataSource, connection -> {
            Map<String, Long> byChannelAndStatus = new HashMap<>();
            try (PreparedStatement count = connection.prepareStatement(
                    "SELECT channel, status, COUNT(*) FROM delivery WHERE status IN ('PENDING', 'SENDING', 'FAILED') GROUP BY channel, status");
                    ResultSet rs = count.executeQuery()) {
                while (rs.next()) {
                    byChannelAndStatus.put(rs.getString(1) + "/" + rs.getString(2), rs.getLong(3));
                }
            }
            return byChannelAndStatus;
        }, null);
        for (DeliveryChannel channel : DeliveryChannel.values()) {
            String tag = channel.name().toLowerCase(Locale.ROOT);
            for (var watched : WATCHED.entrySet()) {
                // strongly: a gauge holds its object weakly, and nothing else holds the sample
                Gauge.builder("accountable.deliveries", counts, sample -> count(sample.get(), channel, watched.getValue())).strongReference(true)
                        .tag("channel", tag).tag("status", watched.getKey())
                        .description("Deliveries waiting to be sent (pending) or given up after every attempt (failed)").register(registry);
            }
            failedAttempts.put(channel, Counter.builder("accountable.delivery.attempts.failed").tag("channel", tag)
                    .description("Delivery attempts that failed (each is retried until the last)").register(registry));
        }
    }

    void attemptFailed(DeliveryChannel channel) {
        failedAttempts.get(channel).increment();
    }

    private static double count(Map<String, Long> counts, DeliveryChannel channel, List<DeliveryStatus> statuses) {
        if (counts == null) {
            return Double.NaN;
        }
        return statuses.stream().mapToLong(status -> counts.getOrDefault(channel + "/" + status, 0L)).sum();
    }
}
