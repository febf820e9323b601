package io.accountable.system;

import static io.restassured.RestAssured.given;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.accountable.devstack.DevKeys;
import io.accountable.devstack.DevStack;
import io.accountable.devstack.DevTokens;
import io.accountable.devstack.Ports;
import io.accountable.devstack.ServiceFleet;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The whole system, once per test JVM: Kafka, the database, an SMTP catcher and the four services
 * started from their packaged jars. Tests reach it only through the services' public REST APIs.
 */
final class RunningSystem {

    static final String CLIENT = "client-service";
    static final String QUOTA = "quota-service";
    static final String COMPLIANCE = "compliance-service";
    static final String NOTIFICATION = "notification-service";

    private static RunningSystem instance;

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
        Path home = root.resolve("system-test/target/system");
        deleteRecursively(home);
        DevStack stack = DevStack.start(home, 0, 0, System.getenv());
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
        List<Integer> ports = ServiceFleet.SERVICES.stream().map(service -> Ports.free()).toList();
        ServiceFleet fleet = ServiceFleet.on(root, home.resolve("logs"), ports, stack, keys, environment).start();
        Runtime.getRuntime().addShutdownHook(new Thread(mail::stop, "stop-smtp-catcher"));
        return new RunningSystem(stack, fleet, new DevTokens(keys), mail);
    }

    /** A JSON request to one service with a bearer token for {@code role} and {@code subject}. */
    RequestSpecification call(String service, String role, String subject) {
        return given().baseUri(fleet.uri(service).toString())
                .auth().oauth2(tokens.mint(role, subject))
                .contentType(ContentType.JSON);
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
