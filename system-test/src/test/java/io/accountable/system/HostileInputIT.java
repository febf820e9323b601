package io.accountable.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.accountable.devstack.ServiceFleet;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

/**
 * Thousands of requests per service that break its contract (see {@link HostileRequests}), sent
 * with a token of a role the operation allows, so they get past the role check to the parsing and
 * validation behind it. Every one must be refused with a problem+json 4xx, none may fail with a
 * 5xx, and none may write a row.
 */
class HostileInputIT {

    static final List<String> SERVICES = ServiceFleet.SERVICES;
    static final int AT_LEAST = 2_000;
    /** Two cores run the four services and this test; more senders would only queue. */
    static final int SENDERS = 4;
    static final int SHOWN = 40;

    final RunningSystem system = RunningSystem.get();
    final RawHttp http = new RawHttp();

    record Outcome(HostileRequests.Request request, RawHttp.Reply reply) {

        @Override
        public String toString() {
            return request + "\n    -> " + reply;
        }
    }

    @ParameterizedTest(name = "{0}")
    @FieldSource("SERVICES")
    void requestsThatBreakTheContractAreRefusedWithAProblemAndWriteNothing(String service) throws Exception {
        long seed = service.hashCode();
        List<HostileRequests.Request> requests = new HostileRequests(OpenApiContract.of(service), seed).generate(AT_LEAST);
        assertTrue(requests.size() >= AT_LEAST, "only " + requests.size() + " hostile requests for " + service);

        Map<String, Long> before = RowCounts.settled(system, service);
        List<Outcome> outcomes = sendAll(system.fleet.uri(service), requests);
        Map<String, Long> after = RowCounts.settled(system, service);

        List<Outcome> failed = outcomes.stream().filter(outcome -> outcome.reply().status() >= 500).toList();
        List<Outcome> accepted = outcomes.stream().filter(outcome -> outcome.reply().status() < 400).toList();
        List<String> misshapen = outcomes.stream()
                .filter(outcome -> outcome.reply().status() >= 400 && outcome.reply().status() < 500)
                .filter(outcome -> outcome.reply().problemShapeError() != null)
                .map(outcome -> outcome.reply().problemShapeError() + ": " + outcome).toList();
        Map<String, Long> byRole = requests.stream().collect(Collectors.groupingBy(HostileRequests.Request::role, TreeMap::new, Collectors.counting()));
        Map<Integer, Long> byStatus = outcomes.stream()
                .collect(Collectors.groupingBy(outcome -> outcome.reply().status(), TreeMap::new, Collectors.counting()));
        Path record = record(service, outcomes);
        System.out.printf("HostileInputIT %s: %d requests (%s), %d 4xx (%s), %d accepted, 5xx=%d, rows %s in %d tables (seed %d; each answer in %s)%n",
                service, requests.size(), byRole, outcomes.size() - failed.size() - accepted.size(), byStatus, accepted.size(), failed.size(),
                before.equals(after) ? "unchanged" : "CHANGED", after.size(), seed, record);

        assertTrue(failed.isEmpty(), failed.size() + " hostile requests to " + service + " failed with a 5xx:\n" + shown(failed));
        assertTrue(accepted.isEmpty(), accepted.size() + " hostile requests to " + service + " were accepted:\n" + shown(accepted));
        assertTrue(misshapen.isEmpty(), misshapen.size() + " refusals by " + service + " are not RFC 9457 problems:\n"
                + misshapen.stream().limit(SHOWN).collect(Collectors.joining("\n")));
        assertEquals(before, after, service + " wrote rows while refusing hostile requests");
    }

    private List<Outcome> sendAll(URI base, List<HostileRequests.Request> requests) throws Exception {
        ExecutorService senders = Executors.newFixedThreadPool(SENDERS);
        try {
            List<Future<Outcome>> replies = new ArrayList<>();
            for (HostileRequests.Request request : requests) {
                replies.add(senders.submit(() -> new Outcome(request,
                        http.send(base, request.call(), system.tokens.mint(request.role(), request.subject().toString())))));
            }
            List<Outcome> outcomes = new ArrayList<>();
            for (Future<Outcome> reply : replies) {
                outcomes.add(reply.get());
            }
            return outcomes;
        } finally {
            senders.shutdownNow();
        }
    }

    /** Every request and its answer, one a line, for whoever looks into a failure or a change in what the services answer. */
    private static Path record(String service, List<Outcome> outcomes) throws IOException {
        Path file = RunningSystem.root().resolve("system-test/target/hostile-input").resolve(service + ".txt");
        Files.createDirectories(file.getParent());
        Files.write(file, outcomes.stream()
                .map(outcome -> outcome.request().breaks() + "\t" + outcome.request().role() + "\t"
                        + outcome.request().call().method() + " " + outcome.request().operation().path() + "\t"
                        + outcome.reply().toString().replaceAll("\\s+", " "))
                .toList());
        return file;
    }

    private static String shown(List<Outcome> outcomes) {
        return outcomes.stream().limit(SHOWN).map(Outcome::toString).collect(Collectors.joining("\n"))
                + (outcomes.size() > SHOWN ? "\n… and " + (outcomes.size() - SHOWN) + " more" : "");
    }
}
