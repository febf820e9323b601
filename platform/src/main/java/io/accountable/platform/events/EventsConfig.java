package io.accountable.platform.events;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** How a service publishes and consumes domain events. */
@ConfigMapping(prefix = "accountable.events")
public interface EventsConfig {

    /** The bounded context this service publishes for: client, quota, compliance or notification. */
    String context();

    /** Topics this service consumes; none means it runs no consumer. */
    Optional<List<String>> consume();

    /** How often the relay looks for events left in the outbox (its schedule reads it; the default is in microprofile-config.properties). */
    Duration relayInterval();

    /** Outbox rows published per relay transaction. */
    @WithDefault("500")
    int relayBatchSize();

    /**
     * Consumers this service runs in its group, each on its own thread; more than a topic's partitions
     * would sit idle (the local stack and the compose file make 3 per topic).
     */
    @WithDefault("3")
    int consumerThreads();

    /** How often one record is tried before it goes to the dead-letter topic. */
    @WithDefault("3")
    int consumerAttempts();

    /**
     * How long the ids of applied events are kept to recognise a repeat; longer than the topics'
     * retention (7 days in docker-compose and the dev stack), since only an event still on its topic
     * can be delivered again.
     */
    @WithDefault("P30D")
    Duration processedRetention();

    /** The longest pause between relay attempts while Kafka is unreachable. */
    @WithDefault("5s")
    Duration relayMaxBackoff();

    default String topic() {
        return "accountable." + context() + ".events";
    }

    default String source() {
        return "/accountable/" + context() + "-service";
    }

    default String typePrefix() {
        return "accountable." + context() + ".";
    }
}
