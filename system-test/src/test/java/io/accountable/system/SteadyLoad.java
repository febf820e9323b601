package io.accountable.system;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.IntFunction;

/**
 * Writers that each send one request after another at a steady pace while a fault is injected, and
 * keep every outcome: what was created, and every request that did not succeed.
 */
final class SteadyLoad implements AutoCloseable {

    /** One attempt: the status and, when created, the id; {@code detail} explains a failure. */
    record Outcome(int status, String id, String detail) {
    }

    private final AtomicBoolean running = new AtomicBoolean(true);
    private final List<Thread> threads = new ArrayList<>();
    private final Map<String, List<String>> created = new ConcurrentHashMap<>();
    private final List<String> failures = new CopyOnWriteArrayList<>();
    private final Map<String, Integer> sent = new ConcurrentHashMap<>();

    /** Starts a writer that calls {@code request} with 0, 1, 2, … every {@code pause}, until closed. */
    SteadyLoad writer(String name, int expectedStatus, Duration pause, IntFunction<Outcome> request) {
        created.put(name, new CopyOnWriteArrayList<>());
        Thread thread = new Thread(() -> {
            for (int i = 0; running.get(); i++) {
                Outcome outcome;
                try {
                    outcome = request.apply(i);
                } catch (RuntimeException e) {
                    outcome = new Outcome(-1, null, e.toString());
                }
                sent.merge(name, 1, Integer::sum);
                if (outcome.status() == expectedStatus) {
                    created.get(name).add(outcome.id());
                } else {
                    failures.add(name + " #" + i + ": " + outcome.status() + " " + outcome.detail());
                }
                sleep(pause);
            }
        }, "load-" + name);
        threads.add(thread);
        thread.start();
        return this;
    }

    List<String> created(String name) {
        return created.get(name);
    }

    int sent() {
        return sent.values().stream().mapToInt(Integer::intValue).sum();
    }

    List<String> failures() {
        return failures;
    }

    @Override
    public void close() {
        running.set(false);
        for (Thread thread : threads) {
            try {
                thread.join(Duration.ofMinutes(2).toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
