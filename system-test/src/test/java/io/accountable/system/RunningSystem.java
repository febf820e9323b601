package io.accountable.system;

import static io.restassured.RestAssured.given;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.accountable.devstack.DevKeys;
import io.accountable.devstack.DevStack;
import io.accountable.devstack.DevTokens;
import io.accountable.devstack.OpenApiResponseFilter;
import io.accountable.devstack.Ports;
import io.accountable.devstack.ServiceFleet;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Comparator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;

/**
 * The whole system, once per test JVM: Kafka, the database, an SMTP catcher and the four services
 * started from their packaged jars. Tests reach it only through the services' public REST APIs.
 * The topology is the JVM's: {@code accountable.brokers} Kafka brokers (a cluster when more than
 * one) and {@code accountable.replicas} replicas of every service, one and one unless the build's
 * fault execution asks for more. A request goes to the replicas in turn, as a round-robin load
 * balancer sends it, and only to those serving.
 */
final class RunningSystem {

    static final String CLIENT = "client-service";
    static final String QUOTA = "quota-service";
    static final String COMPLIANCE = "compliance-service";
    static final String NOTIFICATION = "notification-service";

    static final int BROKERS = Integer.getInteger("accountable.brokers", 1);
    static final int REPLICAS = Integer.getInteger("accountable.replicas", 1);

    private static RunningSystem instance;

    /** For the fault tests: they run only where the JVM asks for several brokers and replicas (the build's fault execution). */
    static void assumeReplicated() {
        Assumptions.assumeTrue(BROKERS >= 3 && REPLICAS >= 2,
                "the fault tests run on three brokers and two replicas of every service (./mvnw verify -Pfault)");
    }

    private final Map<String, AtomicInteger> turns = new ConcurrentHashMap<>();

    final DevStack stack;
    final ServiceFleet fleet;
    final DevTokens tokens;
    final GreenMail mail;

    /** The frontend's base URL the notifications link to. */
    static final String APP_URL = "https://app.accountable.test";

    private RunningSystem(DevStack stack, ServiceFleet fleet, DevTokens tokens, GreenMail mail) {
        this.stack = stack;
        this.fleet = fleet;
        this.tokens = tokens;
        this.mail = mail;
    }

    static synchronized RunningSystem get() {
        if (instance == null) {
            instance = start();
        }
        return instance;
    }

    /** The repository: the services' packaged jars and the exported contracts under docs/ are read from here. */
    static Path root() {
        return Path.of(System.getProperty("accountable.root", "..")).toAbsolutePath().normalize();
    }

    private static RunningSystem start() {
        Path root = root();
        Path home = root.resolve(BROKERS == 1 && REPLICAS == 1 ? "system-test/target/system" : "system-test/target/system-replicated");
        deleteRecursively(home);
        DevStack stack = DevStack.start(home, BROKERS, 0, 0, System.getenv());
        DevKeys keys = DevKeys.in(home.resolve("keys"));
        GreenMail mail = new GreenMail(new ServerSetup(Ports.free(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        mail.start();
        Map<String, String> environment = Map.of(
                // the cadence check and the delivery dispatcher run often, so a story does not wait an hour
                "ACCOUNTABLE_CADENCE_CHECK_INTERVAL", "2s",
                "ACCOUNTABLE_NOTIFICATION_DELIVERY_POLL_INTERVAL", "1s",
                "ACCOUNTABLE_APP_URL", APP_URL,
                "QUARKUS_MAILER_HOST", "127.0.0.1",
                "QUARKUS_MAILER_PORT", Integer.toString(mail.getSmtp().getPort()));
        ServiceFleet fleet = ServiceFleet.replicated(root, home.resolve("logs"), REPLICAS, stack, keys, environment).start();
        Runtime.getRuntime().addShutdownHook(new Thread(mail::stop, "stop-smtp-catcher"));
        return new RunningSystem(stack, fleet, new DevTokens(keys), mail);
    }

    /**
     * A JSON request to one service with a bearer token for {@code role} and {@code subject}; its answer
     * must be one the service's OpenAPI document allows, or the call fails.
     */
    RequestSpecification call(String service, String role, String subject) {
        return given().baseUri(next(service).toString())
                .filter(new OpenApiResponseFilter(io.accountable.devstack.OpenApiContract.of(service)))
                .auth().oauth2(tokens.mint(role, subject))
                .contentType(ContentType.JSON);
    }

    /** The next replica of {@code service} in turn that is serving (ready, and not killed or stopped since). */
    URI next(String service) {
        int replicas = fleet.replicas(service);
        int turn = turns.computeIfAbsent(service, s -> new AtomicInteger()).getAndIncrement();
        for (int i = 0; i < replicas; i++) {
            int replica = Math.floorMod(turn + i, replicas);
            if (fleet.isServing(service, replica)) {
                return fleet.uri(service, replica);
            }
        }
        throw new IllegalStateException("no replica of " + service + " is serving");
    }

    RequestSpecification asAdmin(String service) {
        return call(service, "admin", "system-test-admin");
    }

    /** A connection to one service's own schema, for tests that check what a request did (or did not) write. */
    Connection database(String service) throws SQLException {
        return DriverManager.getConnection(stack.jdbcUrl(service.replace("-service", "")), stack.mysqlUser(), stack.mysqlPassword());
    }

    private static void deleteRecursively(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
