package io.accountable.devstack;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * Gives a service's tests a real Kafka broker and a real MySQL-compatible database: one broker and
 * one database server per test JVM, however many test classes or application restarts use them,
 * and a fresh database for the run. Everything it started stops when the JVM exits.
 */
public class DevStackTestResource implements QuarkusTestResourceLifecycleManager {

    static final Path KEYS_DIR = Path.of("target", "dev-keys");

    /**
     * The stack is per JVM, but Quarkus may load this class more than once (one class loader per
     * application start), so what was started is recorded in system properties, not in a static.
     */
    private static final String STARTED = "accountable.devstack.config";
    private static final String KAFKA_DIR = "accountable.devstack.kafka-dir";

    /** Tokens signed with the key pair that the services under test verify with. */
    public static DevTokens tokens() {
        return DevTokens.in(KEYS_DIR);
    }

    @Override
    public synchronized Map<String, String> start() {
        synchronized (System.getProperties()) {
            String started = System.getProperty(STARTED);
            if (started != null) {
                return decode(started);
            }
            Map<String, String> config = startStack();
            System.setProperty(STARTED, encode(config));
            return config;
        }
    }

    @Override
    public void stop() {
        // The stack outlives each application start; it stops when the JVM exits.
    }

    /** The broker the tests run against, to stop and restart it in outage tests. */
    public static KafkaBroker broker() {
        String dir = System.getProperty(KAFKA_DIR);
        if (dir == null) {
            throw new IllegalStateException("The dev stack started no broker (ACCOUNTABLE_KAFKA_BOOTSTRAP names an external one)");
        }
        return KafkaBroker.at(Path.of(dir));
    }

    private static Map<String, String> startStack() {
        Path home;
        try {
            Files.createDirectories(Path.of("target"));
            home = Files.createTempDirectory(Path.of("target").toAbsolutePath(), "dev-stack-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        DevStack stack = DevStack.start(home, 0, 0, System.getenv());
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            stack.stop();
            deleteRecursively(home);
        }, "stop-dev-stack"));
        stack.broker().ifPresent(broker -> System.setProperty(KAFKA_DIR, broker.dir().toString()));

        DevKeys keys = DevKeys.in(KEYS_DIR);
        String database = "test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        Map<String, String> config = new HashMap<>();
        config.put("quarkus.datasource.jdbc.url", stack.jdbcUrl(database));
        config.put("quarkus.datasource.username", stack.mysqlUser());
        config.put("quarkus.datasource.password", stack.mysqlPassword());
        config.put("kafka.bootstrap.servers", stack.kafkaBootstrap());
        config.put("mp.jwt.verify.publickey.location", keys.publicKeyFile().toString());
        config.put("mp.jwt.verify.issuer", DevTokens.ISSUER);
        config.put("quarkus.devservices.enabled", "false");
        return config;
    }

    private static String encode(Map<String, String> config) {
        Properties properties = new Properties();
        properties.putAll(config);
        StringWriter out = new StringWriter();
        try {
            properties.store(out, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static Map<String, String> decode(String encoded) {
        Properties properties = new Properties();
        try {
            properties.load(new StringReader(encoded));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, String> config = new HashMap<>();
        properties.stringPropertyNames().forEach(name -> config.put(name, properties.getProperty(name)));
        return config;
    }

    private static void deleteRecursively(Path dir) {
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException ignored) {
            // best effort: target/ is cleaned by the next mvn clean anyway
        }
    }
}
