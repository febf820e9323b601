package io.accountable.system;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.accountable.devstack.KafkaBroker;
import io.accountable.devstack.KafkaCluster;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * One broker of three, the leader of a client-events partition, is SIGKILLed for 20 seconds while
 * clients, sales and gifts are written through two replicas of every service: the other two take
 * over its partitions (replication 3, min.insync.replicas 2), so no request fails, every event is
 * delivered, and every notification arrives once. How long the event path paused is reported.
 */
class BrokerKillFaultIT {

    @BeforeAll
    static void onTheReplicatedTopology() {
        RunningSystem.assumeReplicated();
    }

    final RunningSystem system = RunningSystem.get();

    @Test
    void aKilledBrokerOfThreeFailsNoRequestLosesNoEventAndNotifiesOnce() throws Exception {
        KafkaCluster cluster = system.stack.cluster().orElseThrow(() -> new IllegalStateException("the environment named a Kafka of its own"));
        MixedLoad traffic = MixedLoad.prepare(system, "Bree Broker");
        KafkaBroker leader = leaderOfFirstPartition(cluster, "accountable.client.events");

        SteadyLoad load;
        long longestGap;
        long longestLatency;
        try (EventPathWatch watch = EventPathWatch.on(system.stack.kafkaBootstrap(),
                List.of("accountable.client.events", "accountable.quota.events", "accountable.compliance.events"))) {
            load = traffic.start(Duration.ofMillis(100));
            try (load) {
                SteadyLoad.sleep(Duration.ofSeconds(5));
                leader.kill();
                SteadyLoad.sleep(Duration.ofSeconds(20));
                leader.start();
                SteadyLoad.sleep(Duration.ofSeconds(5));
            }
            SteadyLoad.sleep(Duration.ofSeconds(2));
            longestGap = watch.longestGapMillis();
            longestLatency = watch.longestLatencyMillis();
        }
        MixedLoad.Checked checked = traffic.check(load);
        assertEquals(0, checked.retried(), "no request needed a retry");
        FaultResults.report("broker killed (1 of 3, a partition leader, 20 s)", String.format(
                "%d requests, 0 failed; 1 fault; %d events checked, 0 lost, 0 notified twice, %d records published twice on the topics; "
                        + "longest pause of the event path %d ms, slowest event outbox-to-consumer %d ms",
                checked.requests(), checked.events(), checked.duplicatesOnTopics(), longestGap, longestLatency));
    }

    /** The node that leads partition 0 of {@code topic}: killing it makes the cluster elect a new leader on the event path. */
    private static KafkaBroker leaderOfFirstPartition(KafkaCluster cluster, String topic) throws Exception {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, cluster.bootstrapServers()))) {
            int node = admin.describeTopics(List.of(topic)).allTopicNames().get(30, TimeUnit.SECONDS).get(topic).partitions().get(0).leader().id();
            return cluster.brokers().get(node - 1);
        }
    }
}
