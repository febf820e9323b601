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
import java.util.concurrent.ConcurrentHashMap;

/**
 * The four services as operations run them: one JVM each, started from its packaged jar and
 * configured only through environment variables. Used by the local run and the system tests.
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
    private final Map<String, Integer> ports;
    private final Map<String, String> sharedEnvironment;
    private final Map<String, ChildProcess> running = new ConcurrentHashMap<>();

    private ServiceFleet(Path root, Path logs, DevStack stack, Map<String, Integer> ports, Map<String, String> sharedEnvironment) {
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
        Map<String, Integer> byService = new LinkedHashMap<>();
        for (int i = 0; i < SERVICES.size(); i++) {
            byService.put(SERVICES.get(i), ports.get(i));
        }
        Map<String, String> env = new LinkedHashMap<>();
        env.put("QUARKUS_DATASOURCE_USERNAME", stack.mysqlUser());
        env.put("QUARKUS_DATASOURCE_PASSWORD", stack.mysqlPassword());
        env.put("KAFKA_BOOTSTRAP_SERVERS", stack.kafkaBootstrap());
        env.put("MP_JWT_VERIFY_PUBLICKEY_LOCATION", keys.publicKeyFile().toString());
        env.put("MP_JWT_VERIFY_ISSUER", DevTokens.ISSUER);
        // glibc gives each thread that allocates its own malloc arena; a few suffice for a JVM.
        env.put("MALLOC_ARENA_MAX", "2");
        env.putAll(extraEnvironment);
        createDirectories(logs);
        return new ServiceFleet(root.toAbsolutePath(), logs, stack, byService, env);
    }

    /** Starts every service, then waits until all are ready; first trains the class-data archives that are missing or stale. */
    public ServiceFleet start() {
        train(SERVICES.stream().filter(service -> !trained(service)).toList());
        SERVICES.forEach(this::launch);
        SERVICES.forEach(this::awaitReady);
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
            launch(service, command, logs.resolve(service + "-training.log"));
        }
        services.forEach(this::awaitReady);
        for (String service : services) {
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
        ports.put(GATEWAY, port);
        running.put(GATEWAY, ChildProcess.start(GATEWAY, javaCommand(jar), env, jar.getParent(), log(GATEWAY)));
        awaitReady(GATEWAY);
        return uri(GATEWAY);
    }

    /** Starts one service (again) and waits until it is ready. */
    public void start(String service) {
        launch(service);
        awaitReady(service);
    }

    /** Kills one service at once (SIGKILL), as a crash would. */
    public void kill(String service) {
        ChildProcess process = running.remove(service);
        if (process != null) {
            process.kill();
        }
    }

    /** Stops the gateway and every service (SIGTERM, so each drains and closes cleanly), in reverse start order. */
    public void stop() {
        ChildProcess gateway = running.remove(GATEWAY);
        if (gateway != null) {
            gateway.stop();
        }
        for (int i = SERVICES.size() - 1; i >= 0; i--) {
            ChildProcess process = running.remove(SERVICES.get(i));
            if (process != null) {
                process.stop();
            }
        }
    }

    public int port(String service) {
        return ports.get(service);
    }

    public URI uri(String service) {
        return URI.create("http://localhost:" + port(service));
    }

    public Path log(String service) {
        return logs.resolve(service + ".log");
    }

    private void launch(String service) {
        launch(service, javaCommand(jar(service)), log(service));
    }

    private void launch(String service, List<String> command, Path log) {
        if (running.containsKey(service)) {
            throw new IllegalStateException(service + " is already running");
        }
        Path jar = jar(service);
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar + " is missing: package the services first (./mvnw package -DskipTests)");
        }
        Map<String, String> env = new LinkedHashMap<>(sharedEnvironment);
        env.put("QUARKUS_HTTP_PORT", Integer.toString(port(service)));
        env.put("QUARKUS_DATASOURCE_JDBC_URL", stack.jdbcUrl(service.replace("-service", "")));
        running.put(service, ChildProcess.start(service, command, env, jar.getParent(), log));
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

    private void awaitReady(String service) {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        URI ready = uri(service).resolve("/q/health/ready");
        Instant deadline = Instant.now().plus(READY_TIMEOUT);
        while (Instant.now().isBefore(deadline)) {
            ChildProcess process = running.get(service);
            if (process == null || !process.isAlive()) {
                throw new IllegalStateException(service + " exited during start-up; the end of " + log(service) + ":\n"
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
                throw new IllegalStateException("interrupted while waiting for " + service, e);
            }
            KafkaBroker.sleep(250);
        }
        throw new IllegalStateException(service + " was not ready within " + READY_TIMEOUT + "; see " + log(service));
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
