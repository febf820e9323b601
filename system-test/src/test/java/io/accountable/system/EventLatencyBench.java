package io.accountable.system;

import static io.accountable.system.RunningSystem.NOTIFICATION;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
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
 */
class EventLatencyBench {

    static final int RATE_PER_SECOND = 100;
    static final int EVENTS_PER_ONBOARDING = 2;
    static final Duration MEASURED = Duration.ofSeconds(20);
    static final Pattern CLIENT_ID = Pattern.compile("Client ([0-9a-f-]{36}) now belongs");

    final RunningSystem system = RunningSystem.get();
    final Steps steps = new Steps(system);

    @Test
    void commitToInbox() throws Exception {
        Steps.Executive owner = steps.executive(Steps.unique("Lena Latency"), null);
        Map<String, Long> committedAt = new ConcurrentHashMap<>();
        Map<String, Long> notifiedAt = new ConcurrentHashMap<>();
        HttpClient http = HttpClient.newHttpClient();
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

        warmUp(owner);
        int total = (int) (RATE_PER_SECOND * MEASURED.toSeconds());
        ExecutorService senders = Executors.newFixedThreadPool(16);
        AtomicInteger failed = new AtomicInteger();
        long start = System.nanoTime();
        for (int i = 0; i < total; i++) {
            long due = start + i * 1_000_000_000L / RATE_PER_SECOND;
            long wait = due - System.nanoTime();
            if (wait > 0) {
                TimeUnit.NANOSECONDS.sleep(wait);
            }
            senders.execute(() -> {
                var response = steps.onboard(Steps.unique("Latency Client"), null, owner);
                if (response.statusCode() == 201) {
                    committedAt.put(response.path("id"), System.nanoTime());
                } else {
                    failed.incrementAndGet();
                }
            });
        }
        senders.shutdown();
        senders.awaitTermination(2, TimeUnit.MINUTES);
        double offeredSeconds = (System.nanoTime() - start) / 1e9;
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (!notifiedAt.keySet().containsAll(committedAt.keySet()) && System.nanoTime() < deadline) {
            Thread.sleep(200);
        }
        lines.cancel(true);

        List<Long> latencies = new ArrayList<>();
        committedAt.forEach((client, committed) -> {
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
                        RATE_PER_SECOND * EVENTS_PER_ONBOARDING, EVENTS_PER_ONBOARDING * committedAt.size() / offeredSeconds,
                        committedAt.size(), failed.get(), latencies.size(),
                        BenchResults.percentile(latencies, 50), BenchResults.percentile(latencies, 90),
                        BenchResults.percentile(latencies, 99), latencies.isEmpty() ? 0 : latencies.get(latencies.size() - 1))),
                "the path is relay (after-commit signal), Kafka, notification-service's consumer (one transaction per partition's poll), SSE;"
                        + " all processes share 2 cores with the onboarding load");
    }

    private void warmUp(Steps.Executive owner) {
        for (int i = 0; i < 200; i++) {
            steps.onboard(Steps.unique("Warm-up Client"), null, owner);
        }
    }
}
