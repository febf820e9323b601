package io.accountable.client.timeline;

import static io.accountable.client.Fixtures.as;
import static io.accountable.client.Fixtures.asExecutive;
import static io.accountable.client.Fixtures.asManager;
import static io.accountable.client.Fixtures.client;
import static io.accountable.client.Fixtures.contact;
import static io.accountable.client.Fixtures.executive;
import static io.accountable.client.Fixtures.product;
import static io.accountable.client.Fixtures.uniqueName;
import static org.hamcrest.Matchers.both;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.lessThan;

import io.accountable.devstack.DevStackTestResource;
import io.accountable.platform.time.FirmCalendar;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Seven things happen to one client: a product opened 20 days ago, an interaction 10 days ago, a
 * survey answer 5 days ago, a complaint received 3 days ago, and today the onboarding assignment,
 * an opportunity opened and then moved on. The feed lists them by day, newest first, and today's by
 * the time they happened.
 */
@QuarkusTest
@WithTestResource(value = DevStackTestResource.class, scope = TestResourceScope.GLOBAL)
class TimelineResourceTest {

    @Inject
    FirmCalendar calendar;

    @Test
    void theRelationshipIsOneFeedNewestFirstPagedAndFilteredByKind() {
        String manager = executive("Mia Timeline");
        String dana = executive("Dana Timeline", manager);
        String clientId = client(uniqueName("Timeline Co"), dana, null);
        String jordan = contact(clientId, "Jordan Timeline");
        LocalDate today = calendar.today();
        String custody = product("Custody");

        asExecutive(dana).body(Map.of("productCode", custody, "openedOn", today.minusDays(20).toString()))
                .post("/api/clients/" + clientId + "/products").then().statusCode(201);
        asExecutive(dana).body(Map.of("kind", "MEETING", "summary", "Quarterly review",
                "occurredAt", today.minusDays(10).atTime(12, 0).atZone(calendar.zone()).toInstant().toString()))
                .post("/api/clients/" + clientId + "/interactions").then().statusCode(201);
        asExecutive(dana).body(Map.of("survey", "Annual survey", "scale", "NPS", "score", 9, "answeredOn", today.minusDays(5).toString(),
                "contactId", jordan)).post("/api/clients/" + clientId + "/survey-answers").then().statusCode(201);
        String complaintId = asExecutive(dana).body(Map.of("severity", "LOW", "subject", "Late statement", "description", "A week late",
                "receivedOn", today.minusDays(3).toString())).post("/api/clients/" + clientId + "/complaints").then().statusCode(201)
                .extract().path("id");
        String opportunityId = asExecutive(dana).body(Map.of("productLine", "FX", "amount", Map.of("amount", "1000", "currency", "USD"),
                "expectedCloseDate", today.plusDays(30).toString(), "probability", 20))
                .post("/api/clients/" + clientId + "/opportunities").then().statusCode(201).extract().path("id");
        asExecutive(dana).body(Map.of("stage", "PROPOSAL", "version", 0)).post("/api/opportunities/" + opportunityId + "/stage")
                .then().statusCode(200);

        String timeline = "/api/clients/" + clientId + "/timeline";
        asExecutive(dana).get(timeline + "?size=3").then().statusCode(200)
                .body("totalItems", equalTo(7)).body("totalPages", equalTo(3))
                .body("items.kind", contains("OPPORTUNITY_STAGE_CHANGED", "OPPORTUNITY_OPENED", "ASSIGNED"))
                .body("items.on", contains(today.toString(), today.toString(), today.toString()))
                .body("items[0].summary", equalTo("Opportunity QUALIFICATION → PROPOSAL"))
                .body("items[0].link", equalTo("/api/opportunities/" + opportunityId));
        asExecutive(dana).get(timeline + "?size=3&page=1").then().statusCode(200)
                .body("items.kind", contains("COMPLAINT_OPENED", "SURVEY_ANSWERED", "INTERACTION"))
                .body("items.on", contains(today.minusDays(3).toString(), today.minusDays(5).toString(), today.minusDays(10).toString()))
                .body("items[0].link", equalTo("/api/complaints/" + complaintId))
                .body("items[2].summary", equalTo("MEETING: Quarterly review"));
        String productLink = asExecutive(dana).get(timeline + "?size=3&page=2").then().statusCode(200)
                .body("items.kind", contains("PRODUCT_OPENED"))
                .body("items[0].id", equalTo(custody))
                .extract().path("items[0].link");
        asExecutive(dana).get(productLink).then().statusCode(200).body("productCode", equalTo(custody));

        String surveyLink = asExecutive(dana).queryParam("kind", "SURVEY_ANSWERED").queryParam("kind", "PRODUCT_OPENED").get(timeline)
                .then().statusCode(200).body("totalItems", equalTo(2)).body("items.kind", contains("SURVEY_ANSWERED", "PRODUCT_OPENED"))
                .extract().path("items[0].link");
        asExecutive(dana).get(surveyLink).then().statusCode(200).body("score", equalTo(9));

        asManager(manager).get(timeline).then().statusCode(200).body("totalItems", equalTo(7));
        as("compliance-officer").get(timeline).then().statusCode(200).body("items.kind", contains(List.of("OPPORTUNITY_STAGE_CHANGED",
                "OPPORTUNITY_OPENED", "ASSIGNED", "COMPLAINT_OPENED", "SURVEY_ANSWERED", "INTERACTION", "PRODUCT_OPENED").toArray()));
        asExecutive(executive("Eve Timeline")).get(timeline).then().statusCode(404).contentType("application/problem+json");
        asExecutive(dana).get(timeline + "?kind=VISIT").then().statusCode(both(greaterThanOrEqualTo(400)).and(lessThan(500)))
                .contentType("application/problem+json");
        asExecutive(dana).get(timeline + "?size=201").then().statusCode(400).contentType("application/problem+json");
    }
}
