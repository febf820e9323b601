package io.accountable.system;

import static io.accountable.system.RunningSystem.CLIENT;
import static io.accountable.system.RunningSystem.NOTIFICATION;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Commit → notification: clients are onboarded at a steady 100 per second, each with a primary
 * executive (two events each, client-onboarded and client-assigned: 200 events per second), and
 * the executive's live stream (SSE) is read. The latency of one event is from the
 * onboarding's 201 (its transaction, with the outbox row, has committed) to the client-assigned
 * notification arriving on the stream, through the relay, Kafka, the consumer and the inbox.
 * A rising load first runs unmeasured, and every service catches up with it, so the figures are
 * those of running services, not of JVMs still compiling; and the load is sent as a frontend
 * would send it, with one token, from a light HTTP client, so the generator leaves the cores to
 * the system.
 */
class EventLatencyBench {

    static final int RATE_PER_SECOND = 100;
    static final int EVENTS_PER_ONBOARDING = 2;
    /**
     * Unmeasured, with the rate rising from a fifth of the measured one: fresh JVMs on two shared cores
     * need about a minute of load before the JIT has compiled the write path, and the full rate from
     * the first second builds a backlog (and a queue of requests) that the warm-up never works off.
     */
    static final Duration WARM_UP = Duration.ofSeconds(60);
    /** An onboarding that has no answer by then counts as failed, so an overloaded run ends instead of waiting forever. */
    static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(30);
    static final Duration MEASURED = Duration.ofSeconds(20);
    static final Pattern CLIENT_ID = Pattern.compile("Client ([0-9a-f-]{36}) now belongs");
    static final String ONBOARDING = "{\"legalName\":\"%s\",\"clientType\":\"CORPORATE\",\"industry\":\"Logistics\","
            + "\"segment\":\"Mid-market\",\"region\":\"Northeast\",\"country\":\"US\",\"primaryExecutiveId\":\"%s\"}";
    static final Pattern ID = Pattern.compile("\"id\":\"([0-9a-f-]{36})\"");

    final RunningSystem system = RunningSystem.get();
    final Steps steps = new Steps(system);
    final HttpClient http = HttpClient.newBuilder().executor(Executors.newFixedThreadPool(4)).build();
    final Map<String, Long> notifiedAt = new ConcurrentHashMap<>();

    @Test
    void commitToInbox() throws Exception {
        Steps.Executive owner = steps.executive(Steps.unique("Lena Latency"), null);
        HttpRequest stream = HttpRequest.newBuilder(URI.create(system.fleet.uri(NOTIFICATION) + "/api/notifications/stream"))
                .header("Authorization", "Bearer " + system.tokens.mint("account-executive", owner.id()))
                .header("Accept", "text/event-stream").build();
        var lines = http.sendAsync(stream, HttpResponse.BodyHandlers.ofLines());
        lines.thenAccept(response -> response.body().forEach(line -> {
            Matcher matcher = CLIENT_ID.matcher(line);
            if (line.startsWith("data:") && matcher.find()) {
                notifiedAt.putIfAbsent(matcher.group(1), System.nanoTime());
            }
        }));
        Thread.sleep(1000);

        String token = system.tokens.mint("admin", "system-test-admin");
        Load warmUp = offer(owner, token, WARM_UP, RATE_PER_SECOND / 5);
        awaitNotified(warmUp.committedAt.keySet());
        Load measured = offer(owner, token, MEASURED, RATE_PER_SECOND);
        awaitNotified(measured.committedAt.keySet());
        lines.cancel(true);

        List<Long> latencies = new ArrayList<>();
        measured.committedAt.forEach((client, committed) -> {
            Long notified = notifiedAt.get(client);
            if (notified != null) {
                latencies.add(Math.max(0, (notified - committed) / 1_000_000));
            }
        });
        latencies.sort(Long::compare);
        BenchResults.write(RunningSystem.root(), "Event latency, commit → notification on the executive's live stream", List.of(
                "| events offered | events achieved | onboardings | notified | p50 | p90 | p99 | max | target |",
                "|---|---|---|---|---|---|---|---|---|",
                String.format("| %d/s | %.0f/s | %d (%d failed) | %d | %d ms | %d ms | %d ms | %d ms | p99 ≤ 300 ms |",
                        RATE_PER_SECOND * EVENTS_PER_ONBOARDING, EVENTS_PER_ONBOARDING * measured.committedAt.size() / measured.seconds,
                        measured.committedAt.size(), measured.failed.get(), latencies.size(),
                        BenchResults.percentile(latencies, 50), BenchResults.percentile(latencies, 90),
                        BenchResults.percentile(latencies, 99), latencies.isEmpty() ? 0 : latencies.get(latencies.size() - 1))),
                "the path is relay (after-commit signal), Kafka, notification-service's consumer (one transaction per partition's poll), SSE;"
                        + " all processes share 2 cores with the onboarding load; measured after " + WARM_UP.toSeconds()
                        + " s of unmeasured load rising from " + RATE_PER_SECOND / 5 + " to " + RATE_PER_SECOND + " onboardings/s");
    }

    private record Load(Map<String, Long> committedAt, AtomicInteger failed, double seconds) {
    }

    /**
     * Onboards clients for the executive for the duration, at a rate rising evenly from {@code fromRate}
     * to the measured rate (steady when they are equal); the commit time of each, by client id.
     */
    private Load offer(Steps.Executive owner, String token, Duration duration, int fromRate) throws InterruptedException {
        Map<String, Long> committedAt = new ConcurrentHashMap<>();
        AtomicInteger failed = new AtomicInteger();
        List<CompletableFuture<Void>> sent = new ArrayList<>();
        double seconds = duration.toSeconds();
        long start = System.nanoTime();
        for (double at = 0; at < seconds; at += 1 / (fromRate + (RATE_PER_SECOND - fromRate) * at / seconds)) {
            long wait = start + (long) (at * 1e9) - System.nanoTime();
            if (wait > 0) {
                TimeUnit.NANOSECONDS.sleep(wait);
            }
            HttpRequest onboarding = HttpRequest.newBuilder(URI.create(system.fleet.uri(CLIENT) + "/api/clients"))
                    .timeout(REQUEST_TIMEOUT).header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(String.format(ONBOARDING, Steps.unique("Latency Client"), owner.id()))).build();
            sent.add(http.sendAsync(onboarding, HttpResponse.BodyHandlers.ofString()).handle((response, error) -> {
                Matcher id = ID.matcher(response == null ? "" : response.body());
                if (error == null && response.statusCode() == 201 && id.find()) {
                    committedAt.put(id.group(1), System.nanoTime());
                } else {
                    failed.incrementAndGet();
                }
                return null;
            }));
        }
        CompletableFuture.allOf(sent.toArray(CompletableFuture[]::new)).join();
        return new Load(committedAt, failed, (System.nanoTime() - start) / 1e9);
    }

    private void awaitNotified(Set<String> clients) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
        while (!notifiedAt.keySet().containsAll(clients) && System.nanoTime() < deadline) {
            Thread.sleep(200);
        }
    }
}
