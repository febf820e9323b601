package io.accountable.devstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;

/**
 * The four services as operations run them: one JVM per replica, started from its packaged jar and
 * configured only through environment variables. The local run and most system tests run one
 * replica of each; the fault tests run several against the one database and Kafka. Replica 0 is
 * what the methods without a replica number mean.
 */
public final class ServiceFleet {

    public static final List<String> SERVICES = List.of("client-service", "quota-service", "compliance-service", "notification-service");
    /** The one origin for the four APIs (module gateway); it holds no data, so it needs only the services' URLs. */
    public static final String GATEWAY = "gateway";

    private static final Duration READY_TIMEOUT = Duration.ofMinutes(3);
    /**
     * Sized from RSS after start and after the benchmark load (bench/results): a small initial heap that
     * grows on demand, up to a cap that leaves a service near 250 MB in all. The JIT's code cache stays
     * at its default: capped, it can fill under load, and the JVM then stops compiling.
     */
    private static final List<String> JVM_OPTIONS = List.of("-XX:+UseSerialGC", "-Xms32m", "-Xmx192m");
    private static final ClassArchive CLASS_ARCHIVE = ClassArchive.forThisJvm();

    private final Path root;
    private final Path logs;
    private final DevStack stack;
    private final Map<String, List<Integer>> ports;
    private final Map<String, String> sharedEnvironment;
    /** By instance name: the service's for replica 0, with the replica's number after it for the others. */
    private final Map<String, ChildProcess> running = new ConcurrentHashMap<>();
    /** The instances that were ready once and have not been stopped or killed since. */
    private final Set<String> serving = ConcurrentHashMap.newKeySet();

    private ServiceFleet(Path root, Path logs, DevStack stack, Map<String, List<Integer>> ports, Map<String, String> sharedEnvironment) {
        this.root = root;
        this.logs = logs;
        this.stack = stack;
        this.ports = ports;
        this.sharedEnvironment = sharedEnvironment;
    }

    /**
     * A fleet on the stack's Kafka and database, verifying tokens with {@code keys}.
     *
     * @param root the repository, where each service's {@code target/quarkus-app} is
     * @param ports the HTTP port of each service, in {@link #SERVICES} order
     * @param extraEnvironment more configuration for every service (each ignores what is not its own)
     */
    public static ServiceFleet on(Path root, Path logs, List<Integer> ports, DevStack stack, DevKeys keys,
            Map<String, String> extraEnvironment) {
        Map<String, List<Integer>> byService = new LinkedHashMap<>();
        for (int i = 0; i < SERVICES.size(); i++) {
            byService.put(SERVICES.get(i), List.of(ports.get(i)));
        }
        return create(root, logs, byService, stack, keys, extraEnvironment);
    }

    /** A fleet of {@code replicas} replicas of every service, each on a free port, as {@link #on} otherwise. */
    public static ServiceFleet replicated(Path root, Path logs, int replicas, DevStack stack, DevKeys keys,
            Map<String, String> extraEnvironment) {
        Map<String, List<Integer>> byService = new LinkedHashMap<>();
        for (String service : SERVICES) {
            byService.put(service, IntStream.range(0, replicas).mapToObj(replica -> Ports.free()).toList());
        }
        return create(root, logs, byService, stack, keys, extraEnvironment);
    }

    private static ServiceFleet create(Path root, Path logs, Map<String, List<Integer>> byService, DevStack stack, DevKeys keys,
            Map<String, String> extraEnvironment) {
        Map<String, String> env = new LinkedHashMap<>();
        env.put("QUARKUS_DATASOURCE_USERNAME", stack.mysqlUser());
        env.put("QUARKUS_DATASOURCE_PASSWORD", stack.mysqlPassword());
        env.put("KAFKA_BOOTSTRAP_SERVERS", stack.kafkaBootstrap());
        env.put("MP_JWT_VERIFY_PUBLICKEY_LOCATION", keys.publicKeyFile().toString());
        env.put("MP_JWT_VERIFY_ISSUER", DevTokens.ISSUER);
        // glibc gives each thread that allocates its own malloc arena; a few suffice for a JVM.
        env.put("MALLOC_ARENA_MAX", "2");
        // MariaDB, not production's MySQL: the driver's metadata probe and Hibernate's version check would warn at every start
        env.put("QUARKUS_HIBERNATE_ORM_DATABASE_VERSION_CHECK_ENABLED", "false");
        env.put("QUARKUS_LOG_CATEGORY__ORG_HIBERNATE_ORM_JDBC__LEVEL", "ERROR");
        env.putAll(extraEnvironment);
        createDirectories(logs);
        return new ServiceFleet(root.toAbsolutePath(), logs, stack, byService, env);
    }

    /**
     * Starts every replica of every service at once, as a deployment does (their migrations take
     * Flyway's lock in turn), then waits until all are ready; first trains the class-data archives
     * that are missing or stale.
     */
    public ServiceFleet start() {
        train(SERVICES.stream().filter(service -> !trained(service)).toList());
        for (String service : SERVICES) {
            for (int replica = 0; replica < replicas(service); replica++) {
                launch(service, replica);
            }
        }
        for (String service : SERVICES) {
            for (int replica = 0; replica < replicas(service); replica++) {
                awaitReady(service, replica);
            }
        }
        return this;
    }

    /**
     * A training run of each service: started until ready, then stopped, with the JVM writing every
     * class it loaded to an archive on the way out. Later starts map those classes from the archive
     * instead of loading, verifying and linking them again. Quarkus's build-time archive
     * (quarkus.package.jar.appcds) holds only the classes of its static initialisation, a third of
     * the ~16,000 a service loads before it is ready (Hibernate's and Kafka's come later). The JVM
     * would ignore an archive made from other jars; one older than the package is made again.
     */
    private void train(List<String> services) {
        for (String service : services) {
            deleteIfExists(archive(service));
            deleteIfExists(trainingArchive(service));
            List<String> command = javaCommand(jar(service));
            command.addAll(command.size() - 2, CLASS_ARCHIVE.trainingOptions(trainingArchive(service).getFileName().toString()));
            launch(service, 0, command, logs.resolve(service + "-training.log"));
        }
        services.forEach(service -> awaitReady(service, 0));
        for (String service : services) {
            serving.remove(service);
            boolean finished = running.remove(service).stop(CLASS_ARCHIVE.writing());
            if (finished && Files.isRegularFile(trainingArchive(service))) {
                move(trainingArchive(service), archive(service));
            } else {
                deleteIfExists(trainingArchive(service));
            }
        }
    }

    /** Starts the gateway on {@code port} in front of the running services, and waits until it is ready. */
    public URI startGateway(int port) {
        Path jar = jar(GATEWAY);
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar + " is missing: package it first (./mvnw package -DskipTests)");
        }
        Map<String, String> env = new LinkedHashMap<>();
        env.put("QUARKUS_HTTP_PORT", Integer.toString(port));
        env.put("MALLOC_ARENA_MAX", "2");
        for (String service : SERVICES) {
            env.put("ACCOUNTABLE_" + service.toUpperCase().replace('-', '_') + "_URL", uri(service).toString());
        }
        ports.put(GATEWAY, List.of(port));
        running.put(GATEWAY, ChildProcess.start(GATEWAY, javaCommand(jar), env, jar.getParent(), log(GATEWAY)));
        awaitReady(GATEWAY, 0);
        return uri(GATEWAY);
    }

    /** Starts one service (again) and waits until it is ready. */
    public void start(String service) {
        start(service, 0);
    }

    /** Starts one replica (again) and waits until it is ready. */
    public void start(String service, int replica) {
        launch(service, replica);
        awaitReady(service, replica);
    }

    /** Kills one service at once (SIGKILL), as a crash would. */
    public void kill(String service) {
        kill(service, 0);
    }

    /** Kills one replica at once (SIGKILL), as a crash would. */
    public void kill(String service, int replica) {
        String instance = instance(service, replica);
        serving.remove(instance);
        ChildProcess process = running.remove(instance);
        if (process != null) {
            process.kill();
        }
    }

    /** Stops the gateway and every replica (SIGTERM, so each drains and closes cleanly), in reverse start order. */
    public void stop() {
        ChildProcess gateway = running.remove(GATEWAY);
        if (gateway != null) {
            gateway.stop();
        }
        for (int i = SERVICES.size() - 1; i >= 0; i--) {
            String service = SERVICES.get(i);
            for (int replica = replicas(service) - 1; replica >= 0; replica--) {
                String instance = instance(service, replica);
                serving.remove(instance);
                ChildProcess process = running.remove(instance);
                if (process != null) {
                    process.stop();
                }
            }
        }
    }

    public int replicas(String service) {
        return ports.get(service).size();
    }

    public int port(String service) {
        return port(service, 0);
    }

    public int port(String service, int replica) {
        return ports.get(service).get(replica);
    }

    public URI uri(String service) {
        return uri(service, 0);
    }

    public URI uri(String service, int replica) {
        return URI.create("http://localhost:" + port(service, replica));
    }

    /** Whether the replica has been ready since it was last started, and not stopped or killed since: what a load balancer would send to. */
    public boolean isServing(String service, int replica) {
        return serving.contains(instance(service, replica));
    }

    /** The process id of a running replica, for a test that must tell which replica holds a connection. */
    public long pid(String service, int replica) {
        ChildProcess process = running.get(instance(service, replica));
        if (process == null) {
            throw new IllegalStateException(instance(service, replica) + " is not running");
        }
        return process.pid();
    }

    public Path log(String service) {
        return log(service, 0);
    }

    public Path log(String service, int replica) {
        return logs.resolve(instance(service, replica) + ".log");
    }

    private static String instance(String service, int replica) {
        return replica == 0 ? service : service + "-" + (replica + 1);
    }

    private void launch(String service, int replica) {
        launch(service, replica, javaCommand(jar(service)), log(service, replica));
    }

    private void launch(String service, int replica, List<String> command, Path log) {
        String instance = instance(service, replica);
        if (running.containsKey(instance)) {
            throw new IllegalStateException(instance + " is already running");
        }
        Path jar = jar(service);
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar + " is missing: package the services first (./mvnw package -DskipTests)");
        }
        Map<String, String> env = new LinkedHashMap<>(sharedEnvironment);
        env.put("QUARKUS_HTTP_PORT", Integer.toString(port(service, replica)));
        env.put("QUARKUS_DATASOURCE_JDBC_URL", stack.jdbcUrl(service.replace("-service", "")));
        running.put(instance, ChildProcess.start(instance, command, env, jar.getParent(), log));
    }

    private Path jar(String service) {
        return root.resolve(service).resolve("target/quarkus-app/quarkus-run.jar");
    }

    /** The class archive the service runs with, once trained. */
    public Path archive(String service) {
        return jar(service).resolveSibling(CLASS_ARCHIVE.file());
    }

    /** Where the training JVM writes, so a run cut short never leaves a half-written archive to be used. */
    public Path trainingArchive(String service) {
        return archive(service).resolveSibling(CLASS_ARCHIVE.file() + ".training");
    }

    private boolean trained(String service) {
        try {
            return Files.isRegularFile(archive(service))
                    && Files.getLastModifiedTime(archive(service)).compareTo(Files.getLastModifiedTime(jar(service))) > 0;
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * What the JDK offers for starting from a training run. JDK 25's ahead-of-time cache (JEP 483, 514,
     * 515) keeps classes loaded and linked, and method profiles; side by side with JDK 17's dynamic
     * class-data archive it took client-service from 4.6–5.4 s to 3.6–4.0 s to ready. It is assembled
     * when the training JVM exits, which takes a while longer than writing a class-data archive.
     */
    private record ClassArchive(String file, String trainingOption, List<String> quietTrainingOptions, String useOption,
            Duration writing) {

        static ClassArchive forThisJvm() {
            if (Runtime.version().feature() >= 25) {
                return new ClassArchive("app.aot", "-XX:AOTCacheOutput=", List.of(), "-XX:AOTCache=", Duration.ofMinutes(3));
            }
            return new ClassArchive("app-cds.jsa", "-XX:ArchiveClassesAtExit=", List.of("-Xlog:cds=off,cds+dynamic=off"),
                    "-XX:SharedArchiveFile=", Duration.ofSeconds(30));
        }

        List<String> trainingOptions(String trainingFile) {
            List<String> options = new ArrayList<>(List.of(trainingOption + trainingFile));
            options.addAll(quietTrainingOptions);
            return options;
        }

        String runOption() {
            return useOption + file;
        }
    }

    /**
     * The JVM: the serial collector (one service has little to gain from a parallel one on a small
     * machine) and the sizes above; and the trained class-data archive when there is one. The JVM
     * accepts an archive only for the class path it was made with, quarkus-run.jar relative to its
     * folder, so the service always runs in that folder.
     */
    private static List<String> javaCommand(Path jar) {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        command.addAll(JVM_OPTIONS);
        if (Files.isRegularFile(jar.resolveSibling(CLASS_ARCHIVE.file()))) {
            command.add(CLASS_ARCHIVE.runOption());
        }
        command.addAll(List.of("-jar", jar.getFileName().toString()));
        return command;
    }

    private void awaitReady(String service, int replica) {
        String instance = instance(service, replica);
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        URI ready = uri(service, replica).resolve("/q/health/ready");
        Instant deadline = Instant.now().plus(READY_TIMEOUT);
        while (Instant.now().isBefore(deadline)) {
            ChildProcess process = running.get(instance);
            if (process == null || !process.isAlive()) {
                throw new IllegalStateException(instance + " exited during start-up; the end of " + log(service, replica) + ":\n"
                        + KafkaBroker.tail(log(service, replica)));
            }
            try {
                HttpResponse<Void> response = http.send(HttpRequest.newBuilder(ready).timeout(Duration.ofSeconds(2)).build(),
                        HttpResponse.BodyHandlers.discarding());
                if (response.statusCode() == 200) {
                    serving.add(instance);
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for " + instance, e);
            }
            KafkaBroker.sleep(250);
        }
        throw new IllegalStateException(instance + " was not ready within " + READY_TIMEOUT + "; see " + log(service, replica));
    }

    private static void deleteIfExists(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void move(Path from, Path to) {
        try {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void createDirectories(Path dir) {
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
