package io.accountable.notification.delivery;

import static io.accountable.notification.Fixtures.PATIENCE;
import static io.accountable.notification.Fixtures.QUOTA_TOPIC;
import static io.accountable.notification.Fixtures.emailOf;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.icegreen.greenmail.util.GreenMail;
import io.accountable.devstack.DevStackTestResource;
import io.accountable.devstack.TestEvents;
import io.accountable.notification.Fixtures;
import io.accountable.notification.InjectSmtp;
import io.accountable.notification.Mailbox;
import io.accountable.notification.SmtpTestResource;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/**
 * An event that arrives with the CloudEvents distributed-tracing extension is applied in a span of
 * that trace, and the e-mail it causes is sent in a span of the same trace, however much later.
 */
@QuarkusTest
@WithTestResource(value = DevStackTestResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = SmtpTestResource.class, scope = TestResourceScope.GLOBAL)
class EventTraceTest {

    static final String STATEMENT_ISSUED = "accountable.quota.statement-issued.v1";

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    @InjectSmtp
    GreenMail smtp;

    @Inject
    InMemorySpanExporter spans;

    @Test
    void applyingAnEventAndMailingItsNotificationContinueThePublishersTrace() {
        String executive = Fixtures.executive(bootstrap, "Cy Tracer", null);
        String traceId = hex(16);
        String publisherSpanId = hex(8);
        String eventId = UUID.randomUUID().toString();
        Map<String, String> headers = TestEvents.cloudEvent(eventId, STATEMENT_ISSUED, "/accountable/quota-service", executive);
        headers.put("ce_traceparent", "00-" + traceId + "-" + publisherSpanId + "-01");
        headers.put("ce_tracestate", "firm=gateway");
        TestEvents.send(bootstrap, QUOTA_TOPIC, executive, headers, Fixtures.statementIssued(executive, "2026-Q2"));

        await().atMost(PATIENCE).until(() -> Mailbox.to(smtp, emailOf(executive)).size() == 1);
        SpanData applied = span(traceId, "apply " + STATEMENT_ISSUED);
        assertEquals(SpanKind.CONSUMER, applied.getKind());
        assertEquals(publisherSpanId, applied.getParentSpanId(), "the consumer's span is a child of the publisher's");
        assertEquals(eventId, applied.getAttributes().asMap().entrySet().stream()
                .filter(attribute -> attribute.getKey().getKey().equals("messaging.message.id")).findFirst().orElseThrow().getValue());

        SpanData sent = span(traceId, "deliver EMAIL");
        assertEquals(applied.getSpanId(), sent.getParentSpanId(), "the e-mail is sent under the span that recorded its delivery");
        Delivery delivery = Fixtures.deliveriesOf(eventId).get(0);
        assertEquals(traceId, delivery.trace().traceId());
        assertEquals("firm=gateway", delivery.tracestate);
    }

    private SpanData span(String traceId, String name) {
        return await().atMost(PATIENCE).until(() -> spans.getFinishedSpanItems().stream()
                .filter(span -> span.getTraceId().equals(traceId) && span.getName().equals(name)).findFirst(), Optional::isPresent)
                .orElseThrow();
    }

    private static String hex(int bytes) {
        byte[] random = new byte[bytes];
        ThreadLocalRandom.current().nextBytes(random);
        return HexFormat.of().formatHex(random);
    }
}
