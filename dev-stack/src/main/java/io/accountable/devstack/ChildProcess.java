package io.accountable.devstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Deque;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.TimeUnit;

/**
 * A process this JVM starts and must not leave behind: it is stopped by a shutdown hook when the
 * JVM exits normally, and by a small watchdog shell when the JVM is killed (a shutdown hook cannot
 * run then), so a crashed test run or local run leaves no orphan broker or database.
 */
public final class ChildProcess {

    /** Started processes, stopped newest first at exit: services before the broker and database they use. */
    private static final Deque<ChildProcess> STARTED = new ConcurrentLinkedDeque<>();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(ChildProcess::stopAll, "stop-child-processes"));
    }

    private final String name;
    private final long pid;

    private ChildProcess(String name, long pid) {
        this.name = name;
        this.pid = pid;
    }

    public static ChildProcess start(String name, List<String> command, Map<String, String> environment, Path log) {
        return start(name, command, environment, Path.of("").toAbsolutePath(), log);
    }

    public static ChildProcess start(String name, List<String> command, Map<String, String> environment, Path directory, Path log) {
        ProcessBuilder builder = new ProcessBuilder(command)
                .directory(directory.toFile())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        builder.environment().putAll(environment);
        try {
            Process process = builder.start();
            return adopt(name, process.pid());
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start " + name + ": " + e.getMessage(), e);
        }
    }

    /** Takes responsibility for a process started by someone else in this JVM (a library). */
    public static ChildProcess adopt(String name, long pid) {
        ChildProcess child = new ChildProcess(name, pid);
        child.guard();
        return child;
    }

    /** A handle on a process that another part of this JVM started and already guards. */
    public static ChildProcess existing(String name, long pid) {
        return new ChildProcess(name, pid);
    }

    public long pid() {
        return pid;
    }

    public String name() {
        return name;
    }

    public boolean isAlive() {
        return handle().map(ProcessHandle::isAlive).orElse(false);
    }

    /** Asks the process to end (SIGTERM) and waits for it, forcing it after 30 seconds. */
    public void stop() {
        stop(Duration.ofSeconds(30));
    }

    /**
     * Asks the process to end (SIGTERM) and waits for it; after {@code grace} forces it and every process
     * it started (a JVM assembling its ahead-of-time cache runs a child for it).
     *
     * @return whether it ended by itself within the grace period
     */
    public boolean stop(Duration grace) {
        Optional<ProcessHandle> handle = handle();
        if (handle.isEmpty()) {
            return true;
        }
        ProcessHandle process = handle.get();
        process.destroy();
        try {
            process.onExit().get(grace.toMillis(), TimeUnit.MILLISECONDS);
            return true;
        } catch (Exception e) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
            process.onExit().join();
            return false;
        }
    }

    /** Ends the process at once (SIGKILL), as a crash or an operator's kill -9 would. */
    public void kill() {
        handle().ifPresent(process -> {
            process.destroyForcibly();
            process.onExit().join();
        });
    }

    private Optional<ProcessHandle> handle() {
        return ProcessHandle.of(pid);
    }

    /** Stops every process this JVM started, newest first. */
    public static void stopAll() {
        for (ChildProcess child = STARTED.pollFirst(); child != null; child = STARTED.pollFirst()) {
            child.stop();
        }
    }

    private void guard() {
        STARTED.addFirst(this);
        long parent = ProcessHandle.current().pid();
        String watchdog = "while kill -0 " + parent + " 2>/dev/null; do sleep 1; done; "
                + "kill " + pid + " 2>/dev/null; sleep 10; kill -9 " + pid + " 2>/dev/null";
        try {
            new ProcessBuilder("sh", "-c", watchdog)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .redirectError(ProcessBuilder.Redirect.DISCARD)
                    .start();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the watchdog for " + name, e);
        }
    }
}
