package io.accountable.devstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

/**
 * The local run behind {@code ./accountable}: the dev stack and the four services on fixed ports,
 * with data kept under {@code .accountable/}.
 */
public final class LocalRun {

    private static final List<Integer> SERVICE_PORTS = List.of(8081, 8082, 8083, 8084);

    static final List<String> ROLES = List.of("admin", "sales-manager", "compliance-officer", "account-executive");

    private static final int KAFKA_PORT = 19092;
    private static final int MYSQL_PORT = 13306;

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
        for (int i = 0; i < SERVICE_PORTS.size(); i++) {
            if (Ports.isListening("127.0.0.1", SERVICE_PORTS.get(i))) {
                taken.add(SERVICE_PORTS.get(i) + " (" + ServiceFleet.SERVICES.get(i) + ")");
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

        System.out.println("Starting the four services on ports " + SERVICE_PORTS + " ...");
        ServiceFleet fleet = ServiceFleet.on(root, home.resolve("logs"), SERVICE_PORTS, stack, keys, Map.of()).start();
        printWelcome(fleet, keys);
        awaitInterrupt();
    }

    private void printWelcome(ServiceFleet fleet, DevKeys keys) {
        DevTokens tokens = new DevTokens(keys);
        StringBuilder out = new StringBuilder("\nAccountable is running. Swagger UI:\n");
        for (String service : ServiceFleet.SERVICES) {
            out.append(String.format("  %-21s %s/q/swagger-ui%n", service, fleet.uri(service)));
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
