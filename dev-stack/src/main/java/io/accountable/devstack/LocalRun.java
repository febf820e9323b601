package io.accountable.devstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

/**
 * The local run behind {@code ./accountable}: the dev stack and the four services on fixed ports,
 * with data kept under {@code .accountable/}.
 */
public final class LocalRun {

    record Service(String name, int port) {
        String database() {
            return name.replace("-service", "");
        }

        Path jar(Path root) {
            return root.resolve(name).resolve("target/quarkus-app/quarkus-run.jar");
        }
    }

    static final List<Service> SERVICES = List.of(
            new Service("client-service", 8081),
            new Service("quota-service", 8082),
            new Service("compliance-service", 8083),
            new Service("notification-service", 8084));

    static final List<String> ROLES = List.of("admin", "sales-manager", "compliance-officer", "account-executive");

    private static final int KAFKA_PORT = 19092;
    private static final int MYSQL_PORT = 13306;
    private static final Duration READY_TIMEOUT = Duration.ofMinutes(3);

    private final Path root;
    private final Path home;

    LocalRun(Path root) {
        this.root = root.toAbsolutePath();
        this.home = this.root.resolve(".accountable");
    }

    public static void main(String[] args) {
        LocalRun run = new LocalRun(Path.of(System.getProperty("accountable.root", ".")));
        String command = args.length == 0 ? "help" : args[0];
        try {
            switch (command) {
                case "up" -> run.up();
                case "token" -> run.token(args);
                default -> usage();
            }
        } catch (UsageError e) {
            System.err.println("accountable: " + e.getMessage());
            System.exit(2);
        } catch (RuntimeException e) {
            System.err.println("accountable: " + e.getMessage());
            System.exit(1);
        }
    }

    private void up() {
        List<String> taken = new ArrayList<>();
        for (Service service : SERVICES) {
            if (Ports.isListening("127.0.0.1", service.port())) {
                taken.add(service.port() + " (" + service.name() + ")");
            }
        }
        Map<String, String> env = System.getenv();
        if (!env.containsKey("ACCOUNTABLE_KAFKA_BOOTSTRAP") && Ports.isListening("127.0.0.1", KAFKA_PORT)) {
            taken.add(KAFKA_PORT + " (Kafka)");
        }
        if (!env.containsKey("ACCOUNTABLE_MYSQL_URL") && Ports.isListening("127.0.0.1", MYSQL_PORT)) {
            taken.add(MYSQL_PORT + " (MySQL-compatible server)");
        }
        if (!taken.isEmpty()) {
            throw new UsageError("port(s) already in use: " + String.join(", ", taken)
                    + ". Is Accountable already running? Stop whatever holds them and try again.");
        }
        createDirectories(home.resolve("logs"));
        System.out.println("Starting Kafka and the database (data in " + home + ") ...");
        DevStack stack = DevStack.start(home, KAFKA_PORT, MYSQL_PORT, env);
        DevKeys keys = DevKeys.in(home.resolve("keys"));

        Map<Service, ChildProcess> running = new LinkedHashMap<>();
        for (Service service : SERVICES) {
            System.out.println("Starting " + service.name() + " on port " + service.port() + " ...");
            running.put(service, ChildProcess.start(service.name(), List.of(
                    Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-XX:+UseSerialGC", "-Xmx256m", "-jar", service.jar(root).toString()),
                    serviceEnvironment(service, stack, keys), log(service)));
        }
        for (Map.Entry<Service, ChildProcess> entry : running.entrySet()) {
            awaitReady(entry.getKey(), entry.getValue());
        }
        printWelcome(keys);
        awaitInterrupt();
    }

    private Map<String, String> serviceEnvironment(Service service, DevStack stack, DevKeys keys) {
        Map<String, String> env = new LinkedHashMap<>();
        env.put("QUARKUS_HTTP_PORT", Integer.toString(service.port()));
        env.put("QUARKUS_DATASOURCE_JDBC_URL", stack.jdbcUrl(service.database()));
        env.put("QUARKUS_DATASOURCE_USERNAME", stack.mysqlUser());
        env.put("QUARKUS_DATASOURCE_PASSWORD", stack.mysqlPassword());
        env.put("KAFKA_BOOTSTRAP_SERVERS", stack.kafkaBootstrap());
        env.put("MP_JWT_VERIFY_PUBLICKEY_LOCATION", keys.publicKeyFile().toString());
        env.put("MP_JWT_VERIFY_ISSUER", DevTokens.ISSUER);
        return env;
    }

    private void awaitReady(Service service, ChildProcess process) {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        URI ready = URI.create("http://localhost:" + service.port() + "/q/health/ready");
        Instant deadline = Instant.now().plus(READY_TIMEOUT);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException(service.name() + " exited during start-up; the end of " + log(service) + ":\n"
                        + KafkaBroker.tail(log(service)));
            }
            try {
                HttpResponse<Void> response = http.send(HttpRequest.newBuilder(ready).timeout(Duration.ofSeconds(2)).build(),
                        HttpResponse.BodyHandlers.discarding());
                if (response.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            KafkaBroker.sleep(250);
        }
        throw new IllegalStateException(service.name() + " was not ready within " + READY_TIMEOUT + "; see " + log(service));
    }

    private void printWelcome(DevKeys keys) {
        DevTokens tokens = new DevTokens(keys);
        StringBuilder out = new StringBuilder("\nAccountable is running. Swagger UI:\n");
        for (Service service : SERVICES) {
            out.append(String.format("  %-21s http://localhost:%d/q/swagger-ui%n", service.name(), service.port()));
        }
        out.append("\nDevelopment bearer tokens (12 h; ./accountable token <role> [--sub <id>] makes more):\n");
        for (String role : ROLES) {
            out.append(String.format("  %-19s %s%n", role, tokens.mint(role, "dev-" + role)));
        }
        out.append("\nAn account executive's token needs their executive id as subject:\n")
                .append("  ./accountable token account-executive --sub <executive-id>\n")
                .append("\nLogs: ").append(home.resolve("logs")).append("\nPress Ctrl-C to stop everything.\n");
        System.out.println(out);
    }

    private void token(String[] args) {
        if (args.length < 2 || !ROLES.contains(args[1])) {
            throw new UsageError("usage: ./accountable token <" + String.join("|", ROLES) + "> [--sub <id>]");
        }
        String role = args[1];
        String subject = "dev-" + role;
        for (int i = 2; i < args.length; i++) {
            if ("--sub".equals(args[i]) && i + 1 < args.length) {
                subject = args[++i];
            } else {
                throw new UsageError("unknown argument " + args[i] + "; usage: ./accountable token <role> [--sub <id>]");
            }
        }
        System.out.println(DevTokens.in(home.resolve("keys")).mint(role, subject));
    }

    private static void usage() {
        System.out.println("""
                usage: ./accountable up                         start Kafka, the database and the four services
                       ./accountable token <role> [--sub <id>]  print a development bearer token
                roles: admin, sales-manager, compliance-officer, account-executive""");
    }

    private Path log(Service service) {
        return home.resolve("logs").resolve(service.name() + ".log");
    }

    private static void awaitInterrupt() {
        CountDownLatch forever = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> System.out.println("\nStopping Accountable ...")));
        try {
            forever.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void createDirectories(Path dir) {
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static final class UsageError extends RuntimeException {
        UsageError(String message) {
            super(message);
        }
    }
}
