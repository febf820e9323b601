package io.accountable.system;

import static io.accountable.system.RunningSystem.COMPLIANCE;
import static io.accountable.system.RunningSystem.NOTIFICATION;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * One replica of compliance-service and one of notification-service are SIGKILLed mid-load and
 * started again: their consumer groups hand the dead replica's partitions to the other and back,
 * nothing is lost or applied twice, and a gift whose replica died before it answered is sent again
 * with its Idempotency-Key to the other and recorded once.
 */
class ReplicaCrashFaultIT {

    @BeforeAll
    static void onTheReplicatedTopology() {
        RunningSystem.assumeReplicated();
    }

    final RunningSystem system = RunningSystem.get();

    @Test
    void killedReplicasLoseNothingAndApplyNothingTwice() throws Exception {
        MixedLoad traffic = MixedLoad.prepare(system, "Rhea Replica");
        SteadyLoad load = traffic.start(Duration.ofMillis(100));
        try (load) {
            SteadyLoad.sleep(Duration.ofSeconds(5));
            system.fleet.kill(COMPLIANCE, 1);
            system.fleet.kill(NOTIFICATION, 1);
            SteadyLoad.sleep(Duration.ofSeconds(10));
            system.fleet.start(COMPLIANCE, 1);
            system.fleet.start(NOTIFICATION, 1);
            SteadyLoad.sleep(Duration.ofSeconds(5));
        }
        MixedLoad.Checked checked = traffic.check(load);

        List<String> clients = load.created("clients");
        Set<String> known = await().atMost(Steps.EVENTUALLY).until(() -> MixedLoad.knownToCompliance(system, clients), set -> set.containsAll(clients));
        assertEquals(Set.copyOf(clients), known, "compliance-service applied every client's onboarding");
        // one from prepare, then one per created gift however often it was sent
        assertEquals(load.created("gifts").size() + 1, giftsRecordedFor(traffic.owner.id()), "every gift recorded once");

        int threads = 3;
        for (String group : List.of(COMPLIANCE, NOTIFICATION)) {
            await().atMost(Steps.EVENTUALLY).until(() -> members(group) == RunningSystem.REPLICAS * threads);
        }
        FaultResults.report("replica crash (compliance- and notification-service, 1 of 2 each, 10 s, restarted)", String.format(
                "%d requests, 0 failed (%d gifts sent again to the other replica with their Idempotency-Key); 2 faults; "
                        + "%d events checked, 0 lost, 0 duplicated; both consumer groups back to %d members",
                checked.requests(), checked.retried(), checked.events() + clients.size(), RunningSystem.REPLICAS * threads));
    }

    private int giftsRecordedFor(String executive) throws Exception {
        try (Connection connection = system.database(COMPLIANCE);
                PreparedStatement select = connection.prepareStatement("SELECT COUNT(*) FROM gift_giver WHERE executive_id = ?")) {
            select.setString(1, executive);
            try (ResultSet rs = select.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }

    /** The members of the consumer group {@code group}: each replica runs its consumer threads in it. */
    private int members(String group) throws Exception {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, system.stack.kafkaBootstrap()))) {
            return admin.describeConsumerGroups(List.of(group)).all().get(30, TimeUnit.SECONDS).get(group).members().size();
        }
    }
}
