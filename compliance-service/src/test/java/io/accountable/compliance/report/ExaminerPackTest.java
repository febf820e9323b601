package io.accountable.compliance.report;

import static io.accountable.compliance.Fixtures.asCompliance;
import static io.accountable.compliance.Fixtures.asExecutive;
import static io.accountable.compliance.Fixtures.contact;
import static io.accountable.compliance.Fixtures.executive;
import static io.accountable.compliance.Fixtures.gift;
import static io.accountable.compliance.Fixtures.usd;
import static io.accountable.compliance.Fixtures.with;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import io.accountable.compliance.review.ReviewItem;
import io.accountable.devstack.DevStackTestResource;
import io.accountable.platform.time.FirmCalendar;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(value = DevStackTestResource.class, scope = TestResourceScope.GLOBAL)
class ExaminerPackTest {

    @Inject
    FirmCalendar calendar;

    @Test
    void everyRecordOfTheRangeInOneCsv() {
        String today = calendar.today().toString();
        UUID giver = executive();
        String employer = "Employer " + UUID.randomUUID();
        UUID one = contact(employer);
        UUID two = contact(employer);
        String original = asExecutive(giver).body(gift(today, "30.00", one, two)).post("/api/gifts").then().statusCode(201).extract().path("id");
        String amendment = asExecutive(giver).body(Map.of("reason", "Receipt shows USD 40", "gift", gift(today, "40.00", one, two)))
                .post("/api/gifts/" + original + "/corrections").then().statusCode(201).extract().path("id");
        asExecutive(giver).body(gift(today, "400.00", one)).post("/api/gifts").then().statusCode(422);
        Map<String, Object> event = new HashMap<>();
        event.put("hostAttended", true);
        event.put("attendees", List.of(Map.of("contactId", one.toString())));
        event.put("purpose", "Portfolio review " + giver);
        event.put("businessRelationship", "Treasury client");
        event.put("venue", "Steakhouse");
        event.put("eventDate", today);
        event.put("totalCost", usd("200.00"));
        String entertainment = asExecutive(giver).body(event).post("/api/entertainment").then().statusCode(201).extract().path("id");
        Map<String, Object> corrected = new HashMap<>(event);
        corrected.put("totalCost", usd("180.00"));
        String entertainmentAmendment = asExecutive(giver).body(Map.of("reason", "Tip was not included", "entertainment", corrected))
                .post("/api/entertainment/" + entertainment + "/corrections").then().statusCode(201).extract().path("id");
        String received = asExecutive(giver).body(Map.of("receivedDate", today, "giverName", "Pat Doe", "giverEmployer", "Globex Corp",
                "description", "Bottle of wine", "estimatedValue", usd("20.00"))).post("/api/received-gifts")
                .then().statusCode(201).extract().path("id");
        String unlisted = asExecutive(giver).body(with(gift(today, "20.00"), "recipients",
                List.of(Map.of("fullName", "Russ Hanneman", "employerName", "RH " + UUID.randomUUID())))).post("/api/gifts")
                .then().statusCode(201).extract().path("id");
        String review = QuarkusTransaction.requiringNew().call(() -> ReviewItem.<ReviewItem>find("subjectId", UUID.fromString(unlisted))
                .firstResult().id.toString());
        asCompliance().body(Map.of("decision", "APPROVED", "comment", "Known banker")).post("/api/reviews/" + review + "/decision")
                .then().statusCode(200);

        asCompliance().accept("text/csv").queryParam("from", today).queryParam("to", today).get("/api/reports/examiner-pack")
                .then().statusCode(200)
                .contentType(startsWith("text/csv"))
                .body(startsWith(String.join(",", ExaminerPack.COLUMNS) + "\r\n"))
                .body(containsString("GIFT," + original + "," + today + ",," + giver + ",,,,Gift basket,BUSINESS_GIFT,30.0000,USD,30.0000,"))
                .body(containsString("GIFT_AMENDMENT," + amendment + "," + today + "," + original + "," + giver + ","))
                .body(containsString("correctionReason=Receipt shows USD 40"))
                .body(containsString("," + today + "," + amendment + ",," + one + ",Contact " + one + "," + employer + ",,,,,20.0000,"))
                .body(containsString("," + giver + "," + one + ",,,Gift basket,BUSINESS_GIFT,,,400.0000,limitUsd=300.0000;usedUsd=20.0000;remainingUsd=280.0000,"))
                .body(containsString("ENTERTAINMENT," + entertainment + "," + today + ",," + giver + ",,,,Portfolio review " + giver))
                .body(containsString("ENTERTAINMENT_AMENDMENT," + entertainmentAmendment + "," + today + "," + entertainment + "," + giver + ","))
                .body(containsString(",180.0000,USD,180.0000,"))
                .body(containsString("correctionReason=Tip was not included"))
                .body(containsString("ENTERTAINMENT_ATTENDEE,"))
                .body(containsString("," + entertainment + ",," + one + ",Contact " + one + ","))
                .body(containsString("GIFT_RECEIVED," + received + "," + today + ",," + giver + ",,Pat Doe,Globex Corp,Bottle of wine,,20.0000,USD,"))
                .body(containsString("," + today + "," + unlisted + "," + giver + ","))
                .body(containsString("decision=APPROVED;comment=Known banker"));
        asCompliance().accept("text/csv").queryParam("from", "2019-01-01").queryParam("to", "2019-01-02").get("/api/reports/examiner-pack")
                .then().statusCode(200)
                .body(not(containsString(original)));
    }

    @Test
    void onlyForComplianceOfficersAndForAWholeRange() {
        asExecutive(executive()).accept("text/csv").queryParam("from", "2026-01-01").queryParam("to", "2026-01-31")
                .get("/api/reports/examiner-pack").then().statusCode(403);
        asCompliance().accept("text/csv").queryParam("from", "2026-01-01").get("/api/reports/examiner-pack")
                .then().statusCode(422).contentType("application/problem+json");
        asCompliance().accept("text/csv").get("/api/reports/examiner-pack")
                .then().statusCode(422).contentType("application/problem+json");
        asCompliance().accept("text/csv").queryParam("from", "2026-02-01").queryParam("to", "2026-01-31").get("/api/reports/examiner-pack")
                .then().statusCode(422).contentType("application/problem+json");
    }
}
