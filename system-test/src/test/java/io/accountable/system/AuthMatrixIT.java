package io.accountable.system;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.accountable.devstack.DevTokens;
import io.accountable.devstack.ServiceFleet;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

/**
 * Every operation of every service's exported contract, called without a token, with an expired
 * one, with one signed by a key the services do not trust, and as each role: the documented
 * security is what the running services enforce. Public endpoints never ask for a token, and an
 * allowed role reaches the operation (no 404 where nothing in the path can be missing).
 */
class AuthMatrixIT {

    static final List<String> SERVICES = ServiceFleet.SERVICES;
    static final List<String> ROLES = List.of("admin", "sales-manager", "compliance-officer", "account-executive");
    /** The endpoints every service serves without a token (README, Security); they are not in the contracts. */
    static final List<String> PUBLIC_ENDPOINTS = List.of("/q/health", "/q/health/live", "/q/health/ready", "/q/openapi", "/q/metrics");
    /** Beyond smallrye-jwt's default 60 s clock skew, so no verifier can still accept it. */
    static final Duration EXPIRED = Duration.ofMinutes(-10);

    static final AtomicInteger operations = new AtomicInteger();
    static final AtomicInteger publicOperations = new AtomicInteger();
    static final AtomicInteger calls = new AtomicInteger();
    static final AtomicInteger rejectedTokens = new AtomicInteger();
    static final AtomicInteger forbiddenRoles = new AtomicInteger();
    static final AtomicInteger allowedRoles = new AtomicInteger();
    static final Map<Integer, Integer> allowedStatuses = new ConcurrentSkipListMap<>();

    final RunningSystem system = RunningSystem.get();
    final RawHttp http = new RawHttp();

    @ParameterizedTest(name = "{0}")
    @FieldSource("SERVICES")
    void theDocumentedSecurityIsWhatTheServiceEnforces(String service, @TempDir Path otherKeys) {
        OpenApiContract contract = OpenApiContract.of(service);
        ContractSamples samples = new ContractSamples(contract, new Random(service.hashCode()));
        DevTokens untrusted = DevTokens.in(otherKeys);
        URI base = system.fleet.uri(service);
        List<String> failures = new ArrayList<>();

        for (String endpoint : PUBLIC_ENDPOINTS) {
            publicOperations.incrementAndGet();
            RawHttp.Call call = RawHttp.Call.of("GET", endpoint);
            for (Map.Entry<String, String> caller : callers(untrusted, samples.uuid()).entrySet()) {
                RawHttp.Reply reply = send(base, call, caller.getValue());
                // answered, whatever the token: a token a public endpoint cannot verify is no reason to refuse it
                if (reply.status() != 200) {
                    failures.add(call + " (public) as " + caller.getKey() + ": expected 200, got " + reply);
                }
            }
        }

        List<OpenApiContract.Operation> documented = contract.operations();
        assertTrue(documented.size() > 10, service + "'s contract lists its operations");
        for (OpenApiContract.Operation operation : documented) {
            operations.incrementAndGet();
            // the caller's subject is the executive the operation is about, so that no role is refused for asking about someone else
            UUID subject = samples.uuid();
            RawHttp.Call call = RawHttp.Call.of(operation.method(), samples.target(operation, subject, Map.of()));
            if (operation.bodySchema() != null) {
                // every documented body has required members, so an empty object is refused before it could change anything
                call = call.withBody("application/json", "{}".getBytes(StandardCharsets.UTF_8));
            }
            if (operation.isPublic()) {
                publicOperations.incrementAndGet();
            }
            for (Map.Entry<String, String> caller : callers(untrusted, subject).entrySet()) {
                String who = caller.getKey();
                RawHttp.Reply reply = send(base, call, caller.getValue());
                String failure = operation.isPublic() ? (reply.status() == 401 || reply.status() == 403 ? "a public operation refused" : null)
                        : ROLES.contains(who) ? judgeRole(operation, who, reply) : judgeBadToken(reply);
                if (failure != null) {
                    failures.add(operation + " as " + who + ": " + failure + "; sent " + call + ", got " + reply);
                }
            }
        }
        assertTrue(failures.isEmpty(), failures.size() + " of " + service + "'s answers contradict its documented security:\n"
                + String.join("\n", failures));
    }

    @AfterAll
    static void summary() {
        System.out.printf("AuthMatrixIT: %d documented operations and %d public endpoints in %d services, %d calls: "
                        + "%d bad tokens refused with 401, %d undocumented roles refused with 403, %d documented roles let through (%s)%n",
                operations.get(), publicOperations.get(), SERVICES.size(), calls.get(), rejectedTokens.get(), forbiddenRoles.get(),
                allowedRoles.get(), allowedStatuses);
    }

    /** Who calls, by name: no token, two bad ones, then each role with {@code subject} as the token's subject. */
    private Map<String, String> callers(DevTokens untrusted, UUID subject) {
        Map<String, String> callers = new LinkedHashMap<>();
        callers.put("no token", null);
        callers.put("an expired token", system.tokens.mint("admin", subject.toString(), EXPIRED));
        callers.put("a token signed by an untrusted key", untrusted.mint("admin", subject.toString()));
        ROLES.forEach(role -> callers.put(role, system.tokens.mint(role, subject.toString())));
        return callers;
    }

    private RawHttp.Reply send(URI base, RawHttp.Call call, String token) {
        calls.incrementAndGet();
        return http.send(base, call, token);
    }

    private static String judgeBadToken(RawHttp.Reply reply) {
        if (reply.status() != 401) {
            return "expected 401";
        }
        rejectedTokens.incrementAndGet();
        return reply.body().length == 0 ? null : reply.problemShapeError();
    }

    private static String judgeRole(OpenApiContract.Operation operation, String role, RawHttp.Reply reply) {
        if (!operation.allows(role)) {
            if (reply.status() != 403) {
                return "expected 403: the contract allows only " + operation.roles();
            }
            forbiddenRoles.incrementAndGet();
            return reply.problemShapeError();
        }
        if (reply.status() == 401 || reply.status() == 403 || reply.status() >= 500) {
            return "a documented role (" + operation.roles() + ") refused or failed";
        }
        if (reply.status() == 404 && operation.in("path").isEmpty()) {
            return "not found, though its path names nothing that could be missing";
        }
        allowedRoles.incrementAndGet();
        allowedStatuses.merge(reply.status(), 1, Integer::sum);
        return null;
    }
}
