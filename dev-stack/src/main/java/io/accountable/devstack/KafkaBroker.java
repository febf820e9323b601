package io.accountable.devstack;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.common.Uuid;

/**
 * An Apache Kafka node in KRaft mode (broker and controller in one process), run in a JVM of its own
 * from the Kafka artifacts on Maven Central: on its own a single-node cluster, or one node of a
 * {@link KafkaCluster}. Its directory is its handle: the configuration, the data and the pid live
 * there, so a test can stop and restart the broker that its test resource started, whatever class
 * loader each of them runs in.
 */
public final class KafkaBroker {

    private static final Duration READY_TIMEOUT = Duration.ofSeconds(90);

    private final Path dir;

    private KafkaBroker(Path dir) {
        this.dir = dir;
    }

    /** A broker kept in {@code dir}; configured on first use to listen on {@code port} (0 for any free port). */
    public static KafkaBroker in(Path dir, int port) {
        KafkaBroker broker = new KafkaBroker(dir.toAbsolutePath());
        if (!Files.exists(broker.serverProperties())) {
            int controllerPort = Ports.free();
            broker.configure(1, port == 0 ? Ports.free() : port, controllerPort, "1@127.0.0.1:" + controllerPort, newClusterId(), 1);
        }
        return broker;
    }

    /**
     * Node {@code nodeId} of a cluster whose controllers are {@code voters} ({@code id@host:port,…}),
     * configured on first use; {@code replication} is the replication factor of every topic, with
     * {@code min.insync.replicas} one less.
     */
    static KafkaBroker node(Path dir, int nodeId, int port, int controllerPort, String voters, String clusterId, int replication) {
        KafkaBroker broker = new KafkaBroker(dir.toAbsolutePath());
        if (!Files.exists(broker.serverProperties())) {
            broker.configure(nodeId, port, controllerPort, voters, clusterId, replication);
        }
        return broker;
    }

    /** The broker kept in {@code dir}, already configured by whoever started it. */
    public static KafkaBroker at(Path dir) {
        KafkaBroker broker = new KafkaBroker(dir.toAbsolutePath());
        if (!Files.exists(broker.serverProperties())) {
            throw new IllegalStateException("No Kafka broker is configured in " + dir);
        }
        return broker;
    }

    public Path dir() {
        return dir;
    }

    public String bootstrapServers() {
        return "127.0.0.1:" + properties().getProperty("accountable.port");
    }

    public int port() {
        return Integer.parseInt(properties().getProperty("accountable.port"));
    }

    public boolean isRunning() {
        return process().map(ChildProcess::isAlive).orElse(false);
    }

    /** Starts the broker unless it runs already, and returns once it accepts clients. */
    public synchronized KafkaBroker start() {
        launch().ifPresent(this::awaitReady);
        return this;
    }

    /**
     * Starts the broker's process unless it runs already, without waiting: a node of a cluster is
     * ready only once a majority of the controllers runs, so a cluster launches all before it waits.
     */
    synchronized Optional<ChildProcess> launch() {
        if (isRunning()) {
            return Optional.empty();
        }
        if (!Files.exists(dir.resolve("data/meta.properties"))) {
            runToCompletion("kafka.tools.StorageTool", List.of("format", "--ignore-formatted",
                    "-t", properties().getProperty("accountable.cluster-id"), "-c", serverProperties().toString()));
        }
        ChildProcess broker = ChildProcess.start("kafka-broker", javaCommand("kafka.Kafka", List.of(serverProperties().toString())),
                Map.of(), log());
        write(dir.resolve("broker.pid"), Long.toString(broker.pid()));
        return Optional.of(broker);
    }

    /** Waits until the process that {@link #launch()} started accepts clients. */
    void awaitReady(ChildProcess broker) {
        Instant deadline = Instant.now().plus(READY_TIMEOUT);
        Map<String, Object> config = Map.of(
                AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers(),
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 2000,
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 2000);
        while (Instant.now().isBefore(deadline)) {
            if (!broker.isAlive()) {
                throw new IllegalStateException("The Kafka broker exited during start-up; see " + log() + ":\n" + tail(log()));
            }
            if (Ports.isListening("127.0.0.1", port())) {
                try (Admin admin = Admin.create(config)) {
                    if (!admin.describeCluster().nodes().get(2, TimeUnit.SECONDS).isEmpty()) {
                        return;
                    }
                } catch (Exception notReadyYet) {
                    // keep polling until the deadline
                }
            }
            sleep(200);
        }
        broker.stop();
        throw new IllegalStateException("The Kafka broker was not ready within " + READY_TIMEOUT + "; see " + log());
    }

    /** Stops the broker cleanly; its data stays for the next start. */
    public synchronized void stop() {
        process().ifPresent(ChildProcess::stop);
    }

    /** Kills the broker with SIGKILL, as a crash would; its data stays for the next start. */
    public synchronized void kill() {
        process().ifPresent(ChildProcess::kill);
    }

    private void configure(int nodeId, int port, int controllerPort, String voters, String clusterId, int replication) {
        String minInSync = Integer.toString(Math.max(1, replication - 1));
        String factor = Integer.toString(replication);
        try {
            Files.createDirectories(dir.resolve("data"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String config = String.join("\n",
                "process.roles=broker,controller",
                "node.id=" + nodeId,
                "controller.quorum.voters=" + voters,
                "listeners=PLAINTEXT://127.0.0.1:" + port + ",CONTROLLER://127.0.0.1:" + controllerPort,
                "advertised.listeners=PLAINTEXT://127.0.0.1:" + port,
                "controller.listener.names=CONTROLLER",
                "inter.broker.listener.name=PLAINTEXT",
                "listener.security.protocol.map=PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT",
                "log.dirs=" + dir.resolve("data"),
                "num.partitions=3",
                "auto.create.topics.enable=true",
                // Every topic, the internal ones too, on all nodes of a cluster, and acks=all waits for all but one.
                "default.replication.factor=" + factor,
                "min.insync.replicas=" + minInSync,
                "offsets.topic.replication.factor=" + factor,
                "offsets.topic.num.partitions=3",
                "transaction.state.log.replication.factor=" + factor,
                "transaction.state.log.min.isr=" + minInSync,
                "share.coordinator.state.topic.replication.factor=" + factor,
                "share.coordinator.state.topic.min.isr=" + minInSync,
                "group.initial.rebalance.delay.ms=0",
                "log.retention.hours=168",
                // Read by this class only: Kafka ignores unknown keys.
                "accountable.port=" + port,
                "accountable.cluster-id=" + clusterId,
                "");
        write(serverProperties(), config);
    }

    /** Kafka's own generator: a base64 id that never starts with "-", which the format tool would take for an option. */
    static String newClusterId() {
        return Uuid.randomUuid().toString();
    }

    private void runToCompletion(String mainClass, List<String> args) {
        ChildProcess tool = ChildProcess.start(mainClass, javaCommand(mainClass, args), Map.of(), log());
        ProcessHandle.of(tool.pid()).ifPresent(process -> process.onExit().join());
    }

    private List<String> javaCommand(String mainClass, List<String> args) {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xms64m", "-Xmx512m", "-XX:+UseSerialGC", "-Djava.awt.headless=true",
                "-cp", kafkaClasspath(), mainClass));
        command.addAll(args);
        return command;
    }

    private static String kafkaClasspath() {
        try (InputStream in = KafkaBroker.class.getResourceAsStream("kafka-server.classpath")) {
            if (in == null) {
                throw new IllegalStateException("kafka-server.classpath is missing from the dev-stack jar; rebuild dev-stack");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).trim();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Optional<ChildProcess> process() {
        Path pidFile = dir.resolve("broker.pid");
        if (!Files.exists(pidFile)) {
            return Optional.empty();
        }
        long pid = Long.parseLong(read(pidFile).trim());
        return ProcessHandle.of(pid).filter(ProcessHandle::isAlive).map(p -> ChildProcess.existing("kafka-broker", pid));
    }

    private Path serverProperties() {
        return dir.resolve("server.properties");
    }

    private Path log() {
        return dir.resolve("broker.log");
    }

    private Properties properties() {
        Properties properties = new Properties();
        try (var reader = Files.newBufferedReader(serverProperties())) {
            properties.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }

    static String tail(Path file) {
        if (!Files.exists(file)) {
            return "";
        }
        List<String> lines = List.of(read(file).split("\n"));
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 30), lines.size()));
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(Path file, String content) {
        try {
            Files.writeString(file, content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted", e);
        }
    }
}
