package io.accountable.compliance.gift;

import static io.accountable.compliance.Fixtures.asExecutive;
import static io.accountable.compliance.Fixtures.contact;
import static io.accountable.compliance.Fixtures.executive;
import static io.accountable.compliance.Fixtures.gift;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.accountable.devstack.DevStackTestResource;
import io.accountable.devstack.TopicReader;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/**
 * A gift's events leave with the trace context of the request that recorded it (the CloudEvents
 * distributed-tracing extension), so notification-service's spans join that trace.
 */
@QuarkusTest
@WithTestResource(value = DevStackTestResource.class, scope = TestResourceScope.GLOBAL)
class GiftTraceTest {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    @Inject
    InMemorySpanExporter spans;

    @Test
    void aGiftRecordedUnderTheCallersTraceCarriesThatTraceToKafka() {
        String traceId = hex(16);
        String callerSpanId = hex(8);
        UUID recipient = contact("Initrode");
        asExecutive(executive()).header("traceparent", "00-" + traceId + "-" + callerSpanId + "-01").header("tracestate", "firm=gateway")
                .body(gift("2026-04-01", "20.00", recipient)).post("/api/gifts").then().statusCode(201);

        ConsumerRecord<String, String> recorded = recordedEvent(recipient);
        String[] carried = TopicReader.header(recorded, "ce_traceparent").split("-");
        assertEquals(traceId, carried[1], "the event continues the caller's trace");
        assertNotEquals(callerSpanId, carried[2], "its parent is this service's span, not the caller's");
        assertEquals("firm=gateway", TopicReader.header(recorded, "ce_tracestate"));

        SpanData request = serverSpanOf(traceId);
        assertEquals(callerSpanId, request.getParentSpanId());
        assertEquals(request.getSpanId(), carried[2], "the event was written by the request's span");
    }

    @Test
    void aGiftRecordedWithoutACallerTraceStartsOneAndTheEventCarriesIt() {
        UUID recipient = contact("Initrode");
        asExecutive(executive()).body(gift("2026-04-02", "20.00", recipient)).post("/api/gifts").then().statusCode(201);

        String[] carried = TopicReader.header(recordedEvent(recipient), "ce_traceparent").split("-");
        SpanData request = serverSpanOf(carried[1]);
        assertEquals(request.getSpanId(), carried[2]);
        assertEquals("0000000000000000", request.getParentSpanId(), "the request's span is the trace's root");
    }

    private ConsumerRecord<String, String> recordedEvent(UUID recipient) {
        List<ConsumerRecord<String, String>> events = TopicReader.read(bootstrap, GiftResourceTest.TOPIC,
                r -> recipient.toString().equals(r.key()) && GiftEvents.RECORDED.equals(TopicReader.header(r, "ce_type")), 1,
                Duration.ofSeconds(30));
        assertEquals(1, events.size());
        assertNotNull(TopicReader.header(events.get(0), "ce_traceparent"), "the event carries a traceparent");
        return events.get(0);
    }

    private SpanData serverSpanOf(String traceId) {
        return await().atMost(Duration.ofSeconds(30)).until(() -> spans.getFinishedSpanItems().stream()
                .filter(span -> span.getTraceId().equals(traceId) && span.getKind() == SpanKind.SERVER).findFirst(), Optional::isPresent)
                .orElseThrow();
    }

    private static String hex(int bytes) {
        byte[] random = new byte[bytes];
        ThreadLocalRandom.current().nextBytes(random);
        return HexFormat.of().formatHex(random);
    }
}
