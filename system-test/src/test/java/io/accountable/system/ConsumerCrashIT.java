package io.accountable.system;

import static io.accountable.system.RunningSystem.NOTIFICATION;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * notification-service is SIGKILLed while events stream in and started again: it resumes from its
 * last committed offsets, and what it had applied but not yet committed is skipped by event id.
 */
class ConsumerCrashIT {

    final RunningSystem system = RunningSystem.get();
    final Steps steps = new Steps(system);

    @Test
    void aKilledConsumerLosesNothingAndNotifiesNothingTwice() {
        Steps.Executive owner = steps.executive(Steps.unique("Cory Crash"), null);
        SteadyLoad load = new SteadyLoad().writer("clients", 201, Duration.ofMillis(20),
                i -> MixedLoad.outcome(steps.onboard(Steps.unique("Crash Test Client"), null, owner)));
        try (load) {
            await().atMost(Steps.EVENTUALLY).until(() -> !steps.assignmentNotifications(owner).isEmpty());
            system.fleet.kill(NOTIFICATION);
            SteadyLoad.sleep(Duration.ofSeconds(3));
            system.fleet.start(NOTIFICATION);
            SteadyLoad.sleep(Duration.ofSeconds(2));
        }
        assertEquals(List.of(), load.failures());
        List<String> clients = load.created("clients");
        Map<String, Long> notified = steps.awaitAssignmentNotifications(owner, clients);
        assertEquals(Set.copyOf(clients), notified.keySet());
        assertEquals(Set.of(1L), Set.copyOf(notified.values()), "nothing is notified twice");
        System.out.printf("consumer crash: notification-service killed mid-stream, %d events checked, 0 lost, 0 duplicated%n", clients.size());
    }
}
