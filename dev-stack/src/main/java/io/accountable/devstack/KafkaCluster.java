package io.accountable.devstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.errors.TopicExistsException;

/**
 * A Kafka cluster of several KRaft nodes on this machine, each broker and controller at once in a JVM
 * of its own, as production runs Kafka: every topic replicated to all of them, and
 * {@code min.insync.replicas} one less, so one node can die without losing an acknowledged event or
 * refusing a write. The four event topics and their dead-letter topics are created up front, with
 * {@link #PARTITIONS} partitions each. Its directory is its handle, as a {@link KafkaBroker}'s is.
 */
public final class KafkaCluster {

    /** The bounded contexts; each publishes to {@code accountable.<context>.events}. */
    public static final List<String> CONTEXTS = List.of("client", "quota", "compliance", "notification");
    /** Partitions of each event topic: as many as a service's default consumer threads, so each has work. */
    public static final int PARTITIONS = 3;

    private static final Duration FORMED_TIMEOUT = Duration.ofSeconds(90);

    private final Path dir;
    private final List<KafkaBroker> brokers;

    private KafkaCluster(Path dir, List<KafkaBroker> brokers) {
        this.dir = dir;
        this.brokers = brokers;
    }

    /**
     * The cluster of {@code size} nodes kept in {@code dir}, configured on first use: node 1 listens on
     * {@code firstPort} and the next on the ports after it, or all on free ports when it is 0.
     */
    public static KafkaCluster in(Path dir, int size, int firstPort) {
        Path home = dir.toAbsolutePath();
        Path layout = home.resolve("cluster.properties");
        Properties cluster = new Properties();
        if (Files.exists(layout)) {
            load(layout, cluster);
            if (Integer.parseInt(cluster.getProperty("size")) != size) {
                throw new IllegalStateException(home + " holds a cluster of " + cluster.getProperty("size") + " nodes, not " + size
                        + "; remove it to start afresh");
            }
        } else {
            cluster.setProperty("size", Integer.toString(size));
            cluster.setProperty("id", KafkaBroker.newClusterId());
            for (int node = 1; node <= size; node++) {
                cluster.setProperty("node." + node + ".port", Integer.toString(firstPort == 0 ? Ports.free() : firstPort + node - 1));
                cluster.setProperty("node." + node + ".controller-port", Integer.toString(Ports.free()));
            }
            store(layout, cluster);
        }
        String voters = IntStream.rangeClosed(1, size)
                .mapToObj(node -> node + "@127.0.0.1:" + cluster.getProperty("node." + node + ".controller-port"))
                .collect(Collectors.joining(","));
        List<KafkaBroker> brokers = IntStream.rangeClosed(1, size).mapToObj(node -> KafkaBroker.node(home.resolve("node-" + node), node,
                Integer.parseInt(cluster.getProperty("node." + node + ".port")),
                Integer.parseInt(cluster.getProperty("node." + node + ".controller-port")), voters, cluster.getProperty("id"), size))
                .toList();
        return new KafkaCluster(home, brokers);
    }

    /** Starts every node that is not running, waits until all are in the cluster, and creates the topics. */
    public synchronized KafkaCluster start() {
        List<Map.Entry<KafkaBroker, ChildProcess>> launched = new ArrayList<>();
        for (KafkaBroker broker : brokers) {
            broker.launch().ifPresent(process -> launched.add(Map.entry(broker, process)));
        }
        launched.forEach(started -> started.getKey().awaitReady(started.getValue()));
        awaitFormed();
        createTopics();
        return this;
    }

    public synchronized void stop() {
        brokers.forEach(KafkaBroker::stop);
    }

    public Path dir() {
        return dir;
    }

    /** The nodes, node 1 first; each can be killed and started again on its own. */
    public List<KafkaBroker> brokers() {
        return brokers;
    }

    public String bootstrapServers() {
        return brokers.stream().map(KafkaBroker::bootstrapServers).collect(Collectors.joining(","));
    }

    /** The event topics and their dead-letter topics. */
    public static List<String> topics() {
        List<String> topics = new ArrayList<>();
        for (String context : CONTEXTS) {
            topics.add("accountable." + context + ".events");
            topics.add("accountable." + context + ".events.dlq");
        }
        return topics;
    }

    private Admin admin() {
        return Admin.create(Map.of(
                AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers(),
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 5000,
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 10000));
    }

    private void awaitFormed() {
        Instant deadline = Instant.now().plus(FORMED_TIMEOUT);
        try (Admin admin = admin()) {
            while (Instant.now().isBefore(deadline)) {
                try {
                    if (admin.describeCluster().nodes().get(5, TimeUnit.SECONDS).size() == brokers.size()) {
                        return;
                    }
                } catch (Exception notYet) {
                    // a node has not registered with the controllers yet
                }
                KafkaBroker.sleep(200);
            }
        }
        throw new IllegalStateException("The Kafka cluster in " + dir + " did not have all " + brokers.size() + " nodes within " + FORMED_TIMEOUT);
    }

    private void createTopics() {
        short replication = (short) brokers.size();
        String minInSync = Integer.toString(Math.max(1, brokers.size() - 1));
        try (Admin admin = admin()) {
            for (String topic : topics()) {
                try {
                    admin.createTopics(List.of(new NewTopic(topic, Optional.of(PARTITIONS), Optional.of(replication))
                            .configs(Map.of("min.insync.replicas", minInSync)))).all().get(30, TimeUnit.SECONDS);
                } catch (ExecutionException e) {
                    if (!(e.getCause() instanceof TopicExistsException)) {
                        throw new IllegalStateException("Could not create " + topic, e.getCause());
                    }
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while creating the topics", e);
        } catch (TimeoutException e) {
            throw new IllegalStateException("The cluster did not create the topics within 30 s", e);
        }
    }

    private static void load(Path file, Properties properties) {
        try (var reader = Files.newBufferedReader(file)) {
            properties.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void store(Path file, Properties properties) {
        try {
            Files.createDirectories(file.getParent());
            try (var writer = Files.newBufferedWriter(file)) {
                properties.store(writer, "Kafka cluster layout (KafkaCluster)");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
