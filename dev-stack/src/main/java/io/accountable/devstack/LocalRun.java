package io.accountable.devstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

/**
 * The local run behind {@code ./accountable}: the dev stack and the four services on fixed ports,
 * with data kept under {@code .accountable/}, or under {@code ACCOUNTABLE_HOME} when that is set
 * (the benchmarks run on a throw-away home so they neither read nor grow the developer's data).
 */
public final class LocalRun {

    private static final List<Integer> SERVICE_PORTS = List.of(8081, 8082, 8083, 8084);
    private static final int GATEWAY_PORT = 8080;

    static final List<String> ROLES = List.of("admin", "sales-manager", "compliance-officer", "account-executive");

    private static final int KAFKA_PORT = 19092;
    private static final int MYSQL_PORT = 13306;
    /** notification-service's default relay is localhost:1025 (application.properties), Mailpit's port too. */
    private static final int SMTP_PORT = 1025;
    private static final int IMAP_PORT = 1143;

    private static final String CADENCE_CHECK_INTERVAL = "ACCOUNTABLE_CADENCE_CHECK_INTERVAL";
    private static final String HOME = "ACCOUNTABLE_HOME";
    private static final String CORS_ORIGINS = "ACCOUNTABLE_CORS_ORIGINS";
    /** The usual local dev servers' origins (Vite's 5173; 3000 of Create React App, Next.js and others), so an app under development can call the API. */
    private static final String LOCAL_DEV_ORIGINS = "http://localhost:5173,http://127.0.0.1:5173,http://localhost:3000,http://127.0.0.1:3000";

    private final Path root;
    private final Path home;

    LocalRun(Path root, Map<String, String> env) {
        this.root = root.toAbsolutePath();
        String home = env.get(HOME);
        this.home = home == null || home.isBlank() ? this.root.resolve(".accountable") : Path.of(home).toAbsolutePath();
    }

    public static void main(String[] args) {
        LocalRun run = new LocalRun(Path.of(System.getProperty("accountable.root", ".")), System.getenv());
        String command = args.length == 0 ? "help" : args[0];
        try {
            switch (command) {
                case "up" -> run.up(args);
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

    private void up(String[] args) {
        boolean demo = false;
        int brokers = 1;
        for (int i = 1; i < args.length; i++) {
            if ("--demo".equals(args[i])) {
                demo = true;
            } else if ("--brokers".equals(args[i]) && i + 1 < args.length && args[i + 1].matches("[1-9]")) {
                brokers = Integer.parseInt(args[++i]);
            } else {
                throw new UsageError("unknown argument " + args[i] + "; usage: ./accountable up [--demo] [--brokers <1-9>]");
            }
        }
        List<String> taken = new ArrayList<>();
        if (Ports.isListening("127.0.0.1", GATEWAY_PORT)) {
            taken.add(GATEWAY_PORT + " (gateway)");
        }
        for (int i = 0; i < SERVICE_PORTS.size(); i++) {
            if (Ports.isListening("127.0.0.1", SERVICE_PORTS.get(i))) {
                taken.add(SERVICE_PORTS.get(i) + " (" + ServiceFleet.SERVICES.get(i) + ")");
            }
        }
        Map<String, String> env = System.getenv();
        for (int port = KAFKA_PORT; port < KAFKA_PORT + brokers; port++) {
            if (!env.containsKey("ACCOUNTABLE_KAFKA_BOOTSTRAP") && Ports.isListening("127.0.0.1", port)) {
                taken.add(port + " (Kafka)");
            }
        }
        if (!env.containsKey("ACCOUNTABLE_MYSQL_URL") && Ports.isListening("127.0.0.1", MYSQL_PORT)) {
            taken.add(MYSQL_PORT + " (MySQL-compatible server)");
        }
        if (!taken.isEmpty()) {
            throw new UsageError("port(s) already in use: " + String.join(", ", taken)
                    + ". Is Accountable already running? Stop whatever holds them and try again.");
        }
        createDirectories(home.resolve("logs"));
        System.out.println("Starting Kafka" + (brokers > 1 ? " (" + brokers + " brokers)" : "") + " and the database (data in " + home + ") ...");
        DevStack stack = DevStack.start(home, brokers, KAFKA_PORT, MYSQL_PORT, env);
        DevKeys keys = DevKeys.in(home.resolve("keys"));
        String mail = startMailCatcher(env);

        System.out.println("Starting the four services on ports " + SERVICE_PORTS + " and the gateway on " + GATEWAY_PORT + " ...");
        Map<String, String> serviceEnvironment = new HashMap<>();
        if (demo && !env.containsKey(CADENCE_CHECK_INTERVAL)) {
            // client-service's hourly cadence check runs first at its start, before the demo's lapsed clients exist
            serviceEnvironment.put(CADENCE_CHECK_INTERVAL, "1m");
        }
        if (!env.containsKey(CORS_ORIGINS)) {
            serviceEnvironment.put(CORS_ORIGINS, LOCAL_DEV_ORIGINS);
        }
        ServiceFleet fleet = ServiceFleet.on(root, home.resolve("logs"), SERVICE_PORTS, stack, keys, serviceEnvironment).start();
        URI gateway = fleet.startGateway(GATEWAY_PORT);
        printWelcome(fleet, gateway, keys, mail);
        if (demo) {
            loadDemo(fleet, keys);
        }
        awaitInterrupt();
    }

    private void loadDemo(ServiceFleet fleet, DevKeys keys) {
        System.out.println("Loading the demo data ...");
        DevTokens tokens = new DevTokens(keys);
        DemoData.Loaded demo = DemoData.load(fleet, tokens, home);
        StringBuilder out = new StringBuilder();
        if (demo.alreadyLoaded()) {
            out.append("Demo data already loaded (by an earlier ./accountable up --demo; remove " + home + " to start afresh).\n");
        } else {
            demo.summary().forEach(line -> out.append(line).append('\n'));
        }
        out.append("\nDemo tokens (12 h), each with the person's executive id as subject:\n");
        for (DemoData.Member member : demo.team()) {
            out.append(String.format("  %-17s %-14s %-10s %s%n", member.role(), member.fullName(), member.region(),
                    tokens.mint(member.role(), member.id())));
        }
        System.out.println(out);
    }

    /**
     * Catches the e-mail unless the developer relays it elsewhere or already runs something on the SMTP
     * port (a Mailpit, say); says where the e-mail goes, for the welcome.
     */
    private static String startMailCatcher(Map<String, String> env) {
        if (env.containsKey("QUARKUS_MAILER_HOST") || env.containsKey("QUARKUS_MAILER_PORT")) {
            return "to the relay that QUARKUS_MAILER_HOST and QUARKUS_MAILER_PORT name";
        }
        if (Ports.isListening("127.0.0.1", SMTP_PORT)) {
            return "to the SMTP server already listening on localhost:" + SMTP_PORT;
        }
        MailCatcher catcher = MailCatcher.start(SMTP_PORT, IMAP_PORT);
        Runtime.getRuntime().addShutdownHook(new Thread(catcher::close));
        return "caught on localhost:" + SMTP_PORT + " and kept in memory; read it with an IMAP client at localhost:" + IMAP_PORT
                + "\n  (user name and password: the recipient's address)";
    }

    private void printWelcome(ServiceFleet fleet, URI gateway, DevKeys keys, String mail) {
        DevTokens tokens = new DevTokens(keys);
        StringBuilder out = new StringBuilder("\nAccountable is running at ").append(gateway)
                .append(" (all four APIs; Swagger UI at ").append(gateway).append("/q/swagger-ui)\n")
                .append("\nEach service on its own port, for operators:\n");
        for (String service : ServiceFleet.SERVICES) {
            out.append(String.format("  %-21s %s/q/swagger-ui%n", service, fleet.uri(service)));
        }
        out.append("\nDevelopment bearer tokens (12 h; ./accountable token <role> [--sub <id>] makes more):\n");
        for (String role : ROLES) {
            out.append(String.format("  %-19s %s%n", role, tokens.mint(role, defaultSubject(role))));
        }
        out.append("\nAn account executive's token needs their executive id as subject:\n")
                .append("  ./accountable token account-executive --sub <executive-id>\n")
                .append("\nE-mail: ").append(mail)
                .append("\n\nLogs: ").append(home.resolve("logs")).append("\nPress Ctrl-C to stop everything.\n");
        System.out.println(out);
    }

    private void token(String[] args) {
        if (args.length < 2 || !ROLES.contains(args[1])) {
            throw new UsageError("usage: ./accountable token <" + String.join("|", ROLES) + "> [--sub <id>]");
        }
        String role = args[1];
        String subject = defaultSubject(role);
        for (int i = 2; i < args.length; i++) {
            if ("--sub".equals(args[i]) && i + 1 < args.length) {
                subject = args[++i];
            } else {
                throw new UsageError("unknown argument " + args[i] + "; usage: ./accountable token <role> [--sub <id>]");
            }
        }
        System.out.println(DevTokens.in(home.resolve("keys")).mint(role, subject));
    }

    /** The subject of the welcome's token for {@code role}, and of {@code ./accountable token <role>} without --sub. */
    static String defaultSubject(String role) {
        return "dev-" + role;
    }

    private static void usage() {
        System.out.println("""
                usage: ./accountable up [--demo] [--brokers <n>]
                                                                start Kafka, the database, the four services and the gateway;
                                                                --demo also loads a sales team's demo data through the APIs;
                                                                --brokers 3 runs Kafka as a cluster of three nodes (replication 3,
                                                                min.insync.replicas 2) on ports 19092-19094 instead of one broker
                       ./accountable token <role> [--sub <id>]  print a development bearer token
                       ./accountable bench                      run the benchmarks on a throw-away stack (bench/README.md)
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
