package io.accountable.notification.delivery;

import static io.accountable.notification.Fixtures.PATIENCE;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.icegreen.greenmail.util.GreenMail;
import io.accountable.devstack.DevStackTestResource;
import io.accountable.notification.InjectSmtp;
import io.accountable.notification.Mailbox;
import io.accountable.notification.SmtpTestResource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The dispatcher keeps up with more than a batch per poll interval (the tests' batch is 3). */
@QuarkusTest
@WithTestResource(value = DevStackTestResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = SmtpTestResource.class, scope = TestResourceScope.GLOBAL)
class DeliveryDispatcherTest {

    @Inject
    Deliveries deliveries;

    @Inject
    DeliveryDispatcher dispatcher;

    @InjectSmtp
    GreenMail smtp;

    @Test
    void oneRunSendsEveryDueDeliveryNotOnlyOneBatch() {
        String eventId = UUID.randomUUID().toString();
        String address = "backlog-" + eventId + "@firm.example";
        QuarkusTransaction.requiringNew().run(() -> {
            for (int i = 0; i < 7; i++) {
                deliveries.record(DeliveryChannel.EMAIL, eventId, "accountable.test.backlog.v1", "user-" + i, address, "Backlog " + i, "Body", null);
            }
        });

        dispatcher.dispatchDue();

        // a scheduled run may have claimed some of them at the same time and still be sending; none is left waiting
        long waiting = QuarkusTransaction.requiringNew().call(() -> Delivery.count("eventId = ?1 and status = ?2", eventId, DeliveryStatus.PENDING));
        assertEquals(0, waiting);
        await().atMost(PATIENCE).until(() -> QuarkusTransaction.requiringNew()
                .call(() -> Delivery.count("eventId = ?1 and status = ?2", eventId, DeliveryStatus.DELIVERED)) == 7);
        assertEquals(7, Mailbox.to(smtp, address).size(), "each was sent once");
    }
}
