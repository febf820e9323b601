package io.accountable.system;

import static io.accountable.system.RunningSystem.COMPLIANCE;
import static io.accountable.system.Steps.EVENTUALLY;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.restassured.response.Response;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The steady traffic the fault tests inject their faults into: one executive's clients onboarded,
 * sales credited and gifts recorded, each writer one request after another; and the checks that
 * none of it was lost or doubled on its way through the events: every client-onboarded,
 * sale-credited and gift-recorded event on its topic, and every client's assignment notified once.
 */
final class MixedLoad {

    /** What the checks covered: the figures a reliability report gives. */
    record Checked(int requests, int retried, int events, long duplicatesOnTopics) {
    }

    final RunningSystem system;
    final Steps steps;
    final Steps.Executive owner;
    final String account;
    final String today;
    private final List<String> contacts;
    private final AtomicInteger retried = new AtomicInteger();

    private MixedLoad(RunningSystem system, Steps steps, Steps.Executive owner, String account, String today, List<String> contacts) {
        this.system = system;
        this.steps = steps;
        this.owner = owner;
        this.account = account;
        this.today = today;
        this.contacts = contacts;
    }

    /** An executive with a client and 20 contacts, once quota- and compliance-service have learnt of them from events. */
    static MixedLoad prepare(RunningSystem system, String name) {
        Steps steps = new Steps(system);
        Steps.Executive owner = steps.executive(Steps.unique(name), null);
        String account = steps.corporateClient(Steps.unique(name + " Holdings"), null, owner);
        List<String> contacts = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            contacts.add(steps.contact(owner, account, Steps.unique("Recipient " + i)));
        }
        String today = steps.asExecutive(COMPLIANCE, owner).get("/api/policy").then().statusCode(200).extract().path("date");
        await().atMost(EVENTUALLY).until(() -> steps.sale(account, today).statusCode() == 201);
        await().atMost(EVENTUALLY).until(() -> steps.gift(owner, contacts.get(contacts.size() - 1), today, UUID.randomUUID().toString())
                .statusCode() == 201);
        return new MixedLoad(system, steps, owner, account, today, contacts);
    }

    /** Starts the three writers, each pausing {@code pause} between requests; closing the load stops them. */
    SteadyLoad start(Duration pause) {
        return new SteadyLoad()
                .writer("clients", 201, pause, i -> outcome(steps.onboard(Steps.unique("Steady Client"), null, owner)))
                .writer("sales", 201, pause, i -> outcome(steps.sale(account, today)))
                .writer("gifts", 201, pause, i -> gift(contacts.get(i % contacts.size())));
    }

    /**
     * A gift, sent again with the same Idempotency-Key when the replica that had it died before it
     * answered, as a client behind a load balancer retries: recorded once either way.
     */
    private SteadyLoad.Outcome gift(String contact) {
        String key = UUID.randomUUID().toString();
        try {
            return outcome(steps.gift(owner, contact, today, key));
        } catch (Exception connectionLost) { // RestAssured throws the socket's IOException undeclared
            retried.incrementAndGet();
            return outcome(steps.gift(owner, contact, today, key));
        }
    }

    /**
     * No request failed, every event of what was created reached its topic, and every client's
     * assignment was notified exactly once.
     */
    Checked check(SteadyLoad load) {
        assertEquals(List.of(), load.failures(), "no request fails");
        List<String> clients = load.created("clients");
        String bootstrap = system.stack.kafkaBootstrap();
        Map<String, Long> onboarded = PublishedEvents.of(bootstrap, "accountable.client.events", "accountable.client.client-onboarded.v1",
                "clientId", clients);
        Map<String, Long> credited = PublishedEvents.of(bootstrap, "accountable.quota.events", "accountable.quota.sale-credited.v1",
                "saleId", load.created("sales"));
        Map<String, Long> recorded = PublishedEvents.of(bootstrap, "accountable.compliance.events", "accountable.compliance.gift-recorded.v1",
                "giftId", load.created("gifts"));
        assertEquals(Set.copyOf(clients), onboarded.keySet(), "every client-onboarded event reached Kafka");
        assertEquals(Set.copyOf(load.created("sales")), credited.keySet(), "every sale-credited event reached Kafka");
        assertEquals(Set.copyOf(load.created("gifts")), recorded.keySet(), "every gift-recorded event reached Kafka");

        // the executive's inbox also holds the prepared client's assignment, notified once as well
        Map<String, Long> notified = steps.awaitAssignmentNotifications(owner, clients);
        assertEquals(Set.of(1L), Set.copyOf(notified.values()), "every client's assignment notifies exactly once");
        long duplicates = PublishedEvents.duplicates(onboarded) + PublishedEvents.duplicates(credited) + PublishedEvents.duplicates(recorded);
        return new Checked(load.sent(), retried.get(), onboarded.size() + credited.size() + recorded.size() + notified.size(), duplicates);
    }

    /** Which of {@code clients} compliance-service's read model holds: what it applied of their onboarding events. */
    static Set<String> knownToCompliance(RunningSystem system, Collection<String> clients) throws SQLException {
        Set<String> known = new HashSet<>();
        try (Connection connection = system.database(COMPLIANCE);
                PreparedStatement select = connection.prepareStatement("SELECT id FROM client_firm");
                ResultSet rs = select.executeQuery()) {
            while (rs.next()) {
                known.add(rs.getString(1));
            }
        }
        known.retainAll(clients);
        return known;
    }

    static SteadyLoad.Outcome outcome(Response response) {
        return new SteadyLoad.Outcome(response.statusCode(), response.path("id"), response.asString());
    }
}
