package io.accountable.devstack;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * The infrastructure every service needs: Kafka (one broker, or a cluster of several) and a
 * MySQL-compatible server. Either is
 * started here, or, when the environment names one ({@code ACCOUNTABLE_KAFKA_BOOTSTRAP},
 * {@code ACCOUNTABLE_MYSQL_URL} with {@code ACCOUNTABLE_MYSQL_USER} and
 * {@code ACCOUNTABLE_MYSQL_PASSWORD}), that one is used instead.
 */
public final class DevStack {

    private final String kafkaBootstrap;
    private final String mysqlUrl;
    private final String mysqlUser;
    private final String mysqlPassword;
    private final Optional<KafkaBroker> broker;
    private final Optional<KafkaCluster> cluster;
    private final Optional<EmbeddedMariaDb> mariaDb;

    private DevStack(String kafkaBootstrap, String mysqlUrl, String mysqlUser, String mysqlPassword,
            Optional<KafkaBroker> broker, Optional<KafkaCluster> cluster, Optional<EmbeddedMariaDb> mariaDb) {
        this.kafkaBootstrap = kafkaBootstrap;
        this.mysqlUrl = mysqlUrl;
        this.mysqlUser = mysqlUser;
        this.mysqlPassword = mysqlPassword;
        this.broker = broker;
        this.cluster = cluster;
        this.mariaDb = mariaDb;
    }

    /**
     * Starts what the environment does not provide, keeping its data under {@code home}. Port 0
     * takes any free port.
     */
    public static DevStack start(Path home, int kafkaPort, int mysqlPort, Map<String, String> environment) {
        return start(home, 1, kafkaPort, mysqlPort, environment);
    }

    /**
     * As {@link #start(Path, int, int, Map)}, with Kafka as a cluster of {@code brokers} nodes when
     * that is more than one (the first on {@code kafkaPort}, the others on the ports after it).
     */
    public static DevStack start(Path home, int brokers, int kafkaPort, int mysqlPort, Map<String, String> environment) {
        Optional<KafkaBroker> broker = Optional.empty();
        Optional<KafkaCluster> cluster = Optional.empty();
        String kafkaBootstrap = environment.get("ACCOUNTABLE_KAFKA_BOOTSTRAP");
        if ((kafkaBootstrap == null || kafkaBootstrap.isBlank()) && brokers > 1) {
            cluster = Optional.of(KafkaCluster.in(home.resolve("kafka-cluster"), brokers, kafkaPort).start());
            kafkaBootstrap = cluster.get().bootstrapServers();
        } else if (kafkaBootstrap == null || kafkaBootstrap.isBlank()) {
            broker = Optional.of(KafkaBroker.in(home.resolve("kafka"), kafkaPort).start());
            kafkaBootstrap = broker.get().bootstrapServers();
        }
        Optional<EmbeddedMariaDb> mariaDb = Optional.empty();
        String mysqlUrl = environment.get("ACCOUNTABLE_MYSQL_URL");
        String user = environment.getOrDefault("ACCOUNTABLE_MYSQL_USER", "root");
        String password = environment.getOrDefault("ACCOUNTABLE_MYSQL_PASSWORD", "");
        if (mysqlUrl == null || mysqlUrl.isBlank()) {
            mariaDb = Optional.of(EmbeddedMariaDb.start(home.resolve("mysql"), mysqlPort));
            mysqlUrl = mariaDb.get().serverUrl();
        }
        return new DevStack(kafkaBootstrap, stripTrailingSlash(mysqlUrl), user, password, broker, cluster, mariaDb);
    }

    public String kafkaBootstrap() {
        return kafkaBootstrap;
    }

    /** The JDBC URL of one service's database, created on first connection. */
    public String jdbcUrl(String database) {
        return mysqlUrl + "/" + database + "?createDatabaseIfNotExist=true";
    }

    public String mysqlUser() {
        return mysqlUser;
    }

    public String mysqlPassword() {
        return mysqlPassword;
    }

    /** The single broker this stack started, if it started one (absent when the environment named a broker, or for a cluster). */
    public Optional<KafkaBroker> broker() {
        return broker;
    }

    /** The Kafka cluster this stack started, if it was asked for more than one broker. */
    public Optional<KafkaCluster> cluster() {
        return cluster;
    }

    /** The database server this stack started, if it started one (absent when the environment named one). */
    public Optional<EmbeddedMariaDb> database() {
        return mariaDb;
    }

    public void stop() {
        broker.ifPresent(KafkaBroker::stop);
        cluster.ifPresent(KafkaCluster::stop);
        mariaDb.ifPresent(EmbeddedMariaDb::stop);
    }

    private static String stripTrailingSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}
