package io.accountable.client.gift;

import static io.accountable.client.Fixtures.as;
import static io.accountable.client.Fixtures.asExecutive;
import static io.accountable.client.Fixtures.asManager;
import static io.accountable.client.Fixtures.client;
import static io.accountable.client.Fixtures.contact;
import static io.accountable.client.Fixtures.executive;
import static io.accountable.client.Fixtures.uniqueName;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.accountable.devstack.DevStackTestResource;
import io.accountable.devstack.EventSchemas;
import io.accountable.devstack.TestEvents;
import io.accountable.platform.time.FirmCalendar;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/**
 * compliance-service's gift-recorded events, fed onto its topic as it publishes them, put gifts to a
 * client's contact on the client's timeline, for compliance officers and the client's primary
 * executive only. Events of one recipient share a key and so a partition: once a later one is
 * applied, the earlier ones were.
 */
@QuarkusTest
@WithTestResource(value = DevStackTestResource.class, scope = TestResourceScope.GLOBAL)
class GiftTimelineTest {

    static final String TOPIC = "accountable.compliance.events";
    static final String SOURCE = "/accountable/compliance-service";

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    @Inject
    FirmCalendar calendar;

    @Inject
    EntityManager entityManager;

    @Test
    void giftsToTheClientsPeopleAreOnItsTimelineForComplianceAndThePrimaryExecutiveOnly() {
        String manager = executive("Mo Giftmanager");
        String dana = executive("Dana Gift", manager);
        String analyst = executive("Cal Giftanalyst");
        String clientId = client(uniqueName("Gift Co"), dana, null);
        String pat = contact(clientId, "Pat Gift");
        asExecutive(dana).body(Map.of("executiveId", analyst, "role", "CREDIT_ANALYST")).post("/api/clients/" + clientId + "/team")
                .then().statusCode(201);
        LocalDate today = calendar.today();
        String timeline = "/api/clients/" + clientId + "/timeline";

        String first = UUID.randomUUID().toString();
        String firstEvent = UUID.randomUUID().toString();
        String firstPayload = gift(first, pat, pat, dana, today.minusDays(5), "120.00", null);
        TestEvents.send(bootstrap, TOPIC, pat, TestEvents.cloudEvent(firstEvent, GiftsRecorded.GIFT_RECORDED, SOURCE, pat), firstPayload);
        TestEvents.send(bootstrap, TOPIC, pat, TestEvents.cloudEvent(firstEvent, GiftsRecorded.GIFT_RECORDED, SOURCE, pat), firstPayload);
        publish(pat, firstPayload);
        String second = UUID.randomUUID().toString();
        publish(pat, gift(second, pat, pat, dana, today.minusDays(3), "45.5", null));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> as("compliance-officer").get(timeline + "?kind=GIFT").then()
                .statusCode(200).body("items.id", contains(second, first)));
        as("compliance-officer").get(timeline + "?kind=GIFT").then().statusCode(200)
                .body("totalItems", equalTo(2))
                .body("items.kind", contains("GIFT", "GIFT"))
                .body("items.on", contains(today.minusDays(3).toString(), today.minusDays(5).toString()))
                .body("items.link", contains("/api/gifts/" + second, "/api/gifts/" + first))
                .body("items[0].summary", equalTo("Gift to Pat Gift (BUSINESS_GIFT): 45.50 USD"))
                .body("items[1].gift.contactId", equalTo(pat))
                .body("items[1].gift.recipientName", equalTo("Pat Gift"))
                .body("items[1].gift.giverIds", contains(dana))
                .body("items[1].gift.category", equalTo("BUSINESS_GIFT"))
                .body("items[1].gift.valueUsd.amount", equalTo("120.00"))
                .body("items[1].gift.valueUsd.currency", equalTo("USD"));
        asExecutive(dana).get(timeline).then().statusCode(200)
                .body("totalItems", equalTo(3))
                .body("items.kind", contains("ASSIGNED", "GIFT", "GIFT"))
                .body("items[0].gift", equalTo(null));

        for (RequestSpecification other : new RequestSpecification[] { asManager(manager), asExecutive(analyst), as("admin") }) {
            other.get(timeline).then().statusCode(200).body("totalItems", equalTo(1)).body("items.kind", contains("ASSIGNED"));
        }
        for (RequestSpecification other : new RequestSpecification[] { asManager(manager), asExecutive(analyst), as("admin") }) {
            other.get(timeline + "?kind=GIFT").then().statusCode(200).body("totalItems", equalTo(0)).body("items", empty());
        }
        asExecutive(executive("Eve Giftless")).get(timeline).then().statusCode(404);
    }

    @Test
    void aCorrectionTakesTheCorrectedGiftsPlaceInWhicheverOrderTheyArrive() {
        String dana = executive("Dana Correction");
        String clientId = client(uniqueName("Correction Co"), dana, null);
        String pat = contact(clientId, "Pat Correction");
        LocalDate day = calendar.today().minusDays(1);
        String original = UUID.randomUUID().toString();
        String correction = UUID.randomUUID().toString();
        String lateOriginal = UUID.randomUUID().toString();
        String earlyCorrection = UUID.randomUUID().toString();

        publish(pat, gift(original, pat, pat, dana, day, "80", null));
        publish(pat, gift(correction, pat, pat, dana, day, "60", original));
        publish(pat, gift(earlyCorrection, pat, pat, dana, day.minusDays(1), "30", lateOriginal));
        publish(pat, gift(lateOriginal, pat, pat, dana, day.minusDays(1), "35", null));

        String gifts = "/api/clients/" + clientId + "/timeline?kind=GIFT";
        await().atMost(Duration.ofSeconds(30)).until(() -> applied(lateOriginal));
        asExecutive(dana).get(gifts).then().statusCode(200)
                .body("totalItems", equalTo(2))
                .body("items.id", contains(correction, earlyCorrection))
                .body("items.gift.valueUsd.amount", contains("60.00", "30.00"));
    }

    @Test
    void aShareNamingNoContactOfAClientIsOnNoTimeline() {
        String dana = executive("Dana Stranger");
        String clientId = client(uniqueName("Stranger Co"), dana, null);
        String pat = contact(clientId, "Pat Stranger");
        String unknownContact = UUID.randomUUID().toString();
        String toUnknown = UUID.randomUUID().toString();
        String toOutsider = UUID.randomUUID().toString();
        String outsider = UUID.randomUUID().toString();

        String unknownEvent = publish(unknownContact, gift(toUnknown, unknownContact, unknownContact, dana, calendar.today(), "10", null));
        String outsiderEvent = publish(outsider, gift(toOutsider, outsider, null, dana, calendar.today(), "10", null));

        await().atMost(Duration.ofSeconds(30)).until(() -> processed(unknownEvent) && processed(outsiderEvent));
        assertEquals(0L, QuarkusTransaction.requiringNew().call(() -> ClientGift.count("giftId in ?1",
                java.util.List.of(UUID.fromString(toUnknown), UUID.fromString(toOutsider)))));
        as("compliance-officer").get("/api/clients/" + clientId + "/timeline?kind=GIFT").then().statusCode(200)
                .body("totalItems", equalTo(0));
        // the contact is the client's: the same consumer places a share that names it
        String known = UUID.randomUUID().toString();
        publish(pat, gift(known, pat, pat, dana, calendar.today(), "10", null));
        await().atMost(Duration.ofSeconds(30)).until(() -> applied(known));
        as("compliance-officer").get("/api/clients/" + clientId + "/timeline?kind=GIFT").then().statusCode(200)
                .body("items.id", contains(known));
    }

    /** A gift-recorded payload as compliance-service publishes it, checked against the event's schema. */
    private static String gift(String giftId, String recipientId, String contactId, String giver, LocalDate giftDate, String valueUsd,
            String correctsGiftId) {
        String payload = """
                {"giftId": "%s", "recipientId": "%s", "contactId": %s, "recipientName": "Someone", "employerName": "Gift Co",
                 "giverIds": ["%s"], "giftDate": "%s", "category": "BUSINESS_GIFT", "valueUsd": {"amount": "%s", "currency": "USD"},
                 "giftValueUsd": {"amount": "%s", "currency": "USD"}, "countsTowardLimit": true, "paidBy": "FIRM",
                 "correctsGiftId": %s, "someNewField": 1}"""
                .formatted(giftId, recipientId, quoted(contactId), giver, giftDate, valueUsd, valueUsd, quoted(correctsGiftId));
        EventSchemas.assertValid(GiftsRecorded.GIFT_RECORDED, payload);
        return payload;
    }

    private static String quoted(String value) {
        return value == null ? "null" : "\"" + value + "\"";
    }

    /** Published keyed by the recipient, as compliance-service keys its gift events. */
    private String publish(String recipientId, String payload) {
        return TestEvents.publish(bootstrap, TOPIC, GiftsRecorded.GIFT_RECORDED, recipientId, payload);
    }

    private boolean applied(String giftId) {
        return QuarkusTransaction.requiringNew().call(() -> ClientGift.count("giftId", UUID.fromString(giftId))) > 0;
    }

    private boolean processed(String eventId) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager
                .createNativeQuery("SELECT COUNT(*) FROM processed_event WHERE event_id = ?1").setParameter(1, eventId)
                .getSingleResult()).longValue()) > 0;
    }
}
