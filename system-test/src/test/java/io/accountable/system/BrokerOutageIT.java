package io.accountable.system;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.accountable.devstack.KafkaBroker;
import java.time.Duration;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The broker is SIGKILLed for 30 seconds while clients, sales and gifts are written: the outbox keeps
 * every event, so no request fails, every event reaches Kafka after the restart, and every
 * notification arrives exactly once.
 */
class BrokerOutageIT {

    static final Duration OUTAGE = Duration.ofSeconds(30);

    final RunningSystem system = RunningSystem.get();

    @Test
    void aKilledBrokerFailsNoRequestAndLosesNoEvent() {
        Assumptions.assumeTrue(system.stack.broker().isPresent(), "the dev stack started no single broker of its own to kill");
        KafkaBroker broker = system.stack.broker().get();
        MixedLoad traffic = MixedLoad.prepare(system, "Olive Outage");
        SteadyLoad load = traffic.start(Duration.ofMillis(100));
        try (load) {
            SteadyLoad.sleep(Duration.ofSeconds(3));
            broker.kill();
            SteadyLoad.sleep(OUTAGE);
            broker.start();
            SteadyLoad.sleep(Duration.ofSeconds(3));
        }
        MixedLoad.Checked checked = traffic.check(load);
        assertEquals(0, checked.retried(), "no request needed a retry");
        System.out.printf("broker outage: %d requests, 0 failed; %d events checked, 0 lost; 0 notified twice; %d records published again%n",
                checked.requests(), checked.events(), checked.duplicatesOnTopics());
    }
}
