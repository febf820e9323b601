package io.accountable.system;

import static io.accountable.system.RunningSystem.CLIENT;
import static io.accountable.system.RunningSystem.COMPLIANCE;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Both client-service replicas run the outbox relay; the one draining is SIGKILLed in the middle of a
 * batch, after the broker acknowledged it and before its rows were deleted. The test makes that moment
 * certain instead of hoping to hit it: it holds the relay lock while clients are onboarded (so a
 * backlog builds), then holds one row of the first batch, so the relay's delete waits after the send,
 * and kills the replica whose relay thread is waiting there.
 * The other replica then publishes the batch again: every event reaches the topic, the ones of the
 * interrupted batch twice (at-least-once, as the design says), and the consumers apply each once.
 */
class OutboxRelayFaultIT {

    @BeforeAll
    static void onTheReplicatedTopology() {
        RunningSystem.assumeReplicated();
    }

    final RunningSystem system = RunningSystem.get();
    final Steps steps = new Steps(system);

    @Test
    void aRelayKilledMidBatchLosesNoEventAndNoConsumerAppliesOneTwice() throws Exception {
        Steps.Executive owner = steps.executive(Steps.unique("Otto Outbox"), null);
        SteadyLoad load;
        int backlog;
        int killed;
        try (Connection relayLock = system.database(CLIENT); Connection rowLock = system.database(CLIENT)) {
            relayLock.setAutoCommit(false);
            query(relayLock, "SELECT name FROM outbox_relay_lock WHERE name = 'relay' FOR UPDATE");
            load = new SteadyLoad().writer("clients", 201, Duration.ofMillis(20),
                    i -> MixedLoad.outcome(steps.onboard(Steps.unique("Outbox Client"), null, owner)));
            try (load) {
                SteadyLoad.sleep(Duration.ofSeconds(8));
            }
            backlog = Integer.parseInt(query(rowLock, "SELECT COUNT(*) FROM outbox_event"));
            rowLock.setAutoCommit(false);
            query(rowLock, "SELECT id FROM outbox_event ORDER BY id LIMIT 1 OFFSET " + Math.min(backlog, 500) / 2 + " FOR UPDATE");
            relayLock.commit();
            killed = await().atMost(Steps.EVENTUALLY).until(this::replicaDeleting, replica -> replica >= 0);
            system.fleet.kill(CLIENT, killed);
            rowLock.commit();
        }
        assertEquals(List.of(), load.failures());
        List<String> clients = load.created("clients");
        Map<String, Long> onboarded = PublishedEvents.of(system.stack.kafkaBootstrap(), "accountable.client.events",
                "accountable.client.client-onboarded.v1", "clientId", clients);
        assertEquals(Set.copyOf(clients), onboarded.keySet(), "every event reached the topic");
        long republished = PublishedEvents.duplicates(onboarded);
        assertTrue(onboarded.values().stream().allMatch(count -> count <= 2), "no event was published more than twice: " + onboarded);

        Map<String, Long> notified = steps.awaitAssignmentNotifications(owner, clients);
        assertEquals(Set.of(1L), Set.copyOf(notified.values()), "notification-service applied each assignment once");
        assertEquals(Set.copyOf(clients), await().atMost(Steps.EVENTUALLY).until(() -> MixedLoad.knownToCompliance(system, clients), known -> known.containsAll(clients)));
        system.fleet.start(CLIENT, killed);
        FaultResults.report("outbox relay killed mid-batch (1 of 2 client-service replicas)", String.format(
                "%d clients onboarded, a backlog of %d outbox rows; 1 fault; %d events checked on the topic, 0 lost, %d client-onboarded "
                        + "events of the interrupted batch published twice (at-least-once), every assignment notified once (0 applied twice)",
                clients.size(), backlog, onboarded.size() + notified.size(), republished));
    }

    /**
     * The client-service replica whose relay thread is in the middle of deleting a published batch (its
     * stack, from the JDK's jcmd), or -1 while none is: that replica holds the relay lock.
     */
    private int replicaDeleting() throws IOException, InterruptedException {
        Path jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd");
        for (int replica = 0; replica < system.fleet.replicas(CLIENT); replica++) {
            Process threads = new ProcessBuilder(jcmd.toString(), Long.toString(system.fleet.pid(CLIENT, replica)), "Thread.print")
                    .redirectErrorStream(true).start();
            String dump = new String(threads.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            threads.waitFor();
            if (dump.contains("io.accountable.platform.events.OutboxRelay.delete")) {
                return replica;
            }
        }
        return -1;
    }

    private static String query(Connection connection, String sql) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql); ResultSet rs = statement.executeQuery()) {
            return rs.next() ? rs.getString(1) : null;
        }
    }
}
