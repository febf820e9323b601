package io.accountable.compliance.policy;

import static io.accountable.compliance.Fixtures.as;
import static io.accountable.compliance.Fixtures.usd;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.accountable.devstack.DevStackTestResource;
import io.accountable.platform.time.FirmCalendar;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(value = DevStackTestResource.class, scope = TestResourceScope.GLOBAL)
class PolicyResourceTest {

    @Inject
    FirmCalendar calendar;

    @Test
    void theSeededScheduleRaisesTheLimitOn2026_03_30() {
        as("account-executive", "someone").queryParam("date", "2026-03-29").get("/api/policy")
                .then().statusCode(200)
                .body("limit.amount", equalTo("100.00"))
                .body("limit.currency", equalTo("USD"))
                .body("windowType", equalTo("CALENDAR_YEAR"))
                .body("windowStart", equalTo("2026-01-01"))
                .body("windowEnd", equalTo("2026-12-31"))
                .body("warningPercent", equalTo(80))
                .body("nominalCeiling.amount", equalTo("50.00"))
                .body("retentionYears", equalTo(6));
        as("account-executive", "someone").queryParam("date", "2026-03-30").get("/api/policy")
                .then().statusCode(200).body("limit.amount", equalTo("300.00"));
        as("compliance-officer", "someone").get("/api/policy/limits")
                .then().statusCode(200)
                .body("effectiveFrom", hasItems("1992-12-28", "2026-03-30"))
                .body("recordedBy", hasItems("migration"));
        as("compliance-officer", "someone").queryParam("date", "1990-01-01").get("/api/policy")
                .then().statusCode(422).contentType("application/problem+json")
                .body("type", equalTo("urn:accountable:problem:no-policy-in-force"));
    }

    @Test
    void anAdminAddsAFutureVersionThatTakesEffectOnItsDateAndIsAudited() {
        LocalDate from = LocalDate.of(2100 + ThreadLocalRandom.current().nextInt(800), 1, 1);
        Map<String, Object> version = newVersion(from);
        as("admin", "admin-1").body(version).post("/api/policy/versions")
                .then().statusCode(201)
                .body("windowType", equalTo("FISCAL_YEAR"))
                .body("recordedBy", equalTo("admin-1"))
                .body("reason", equalTo("Move to the fiscal year"))
                .body("bereavementExcluded", contains("RECIPIENT", "SPOUSE", "PARENT", "PARENT_IN_LAW", "SIBLING", "CHILD"));
        as("admin", "admin-1").body(Map.of("effectiveFrom", from.toString(), "amount", usd("500.00"), "source", "Notice"))
                .post("/api/policy/limits").then().statusCode(201);

        as("account-executive", "someone").queryParam("date", from.plusMonths(2).toString()).get("/api/policy")
                .then().statusCode(200)
                .body("windowType", equalTo("FISCAL_YEAR"))
                .body("windowStart", equalTo(from.withMonth(7).minusYears(1).toString()))
                .body("limit.amount", equalTo("500.00"));
        as("account-executive", "someone").queryParam("date", from.minusDays(1).toString()).get("/api/policy")
                .then().statusCode(200).body("limit.amount", equalTo("300.00"));

        as("admin", "admin-1").body(version).post("/api/policy/versions")
                .then().statusCode(409).contentType("application/problem+json");
    }

    /** Today's policy is kept once read (no change can reach it any more); tomorrow's is read afresh. */
    @Test
    void aVersionAddedTodayForTomorrowLeavesTodaysPolicyAsItWasAndIsInForceTomorrow() {
        LocalDate today = calendar.today();
        LocalDate tomorrow = today.plusDays(1);
        JsonPath current = policyOn(today);
        int events = current.getInt("entertainmentMaxEvents");
        assertEquals(events, policyOn(tomorrow).getInt("entertainmentMaxEvents"));

        Map<String, Object> version = new HashMap<>();
        version.put("effectiveFrom", tomorrow.toString());
        version.put("windowType", current.getString("windowType"));
        version.put("fiscalYearStartMonth", current.get("fiscalYearStartMonth"));
        version.put("warningPercent", current.getInt("warningPercent"));
        version.put("nominalCeiling", current.getMap("nominalCeiling"));
        version.put("retentionYears", current.getInt("retentionYears"));
        version.put("preclearanceValidDays", current.getInt("preclearanceValidDays"));
        version.put("preclearanceReviewPercent", current.getInt("preclearanceReviewPercent"));
        version.put("entertainmentMaxEvents", events + 1);
        version.put("reason", "One more entertainment event before review");
        as("admin", "admin-1").body(version).post("/api/policy/versions").then().statusCode(201);

        assertEquals(events, policyOn(today).getInt("entertainmentMaxEvents"));
        assertEquals(events + 1, policyOn(tomorrow).getInt("entertainmentMaxEvents"));
        assertEquals(current.getList("bereavementExcluded"), policyOn(tomorrow).getList("bereavementExcluded"),
                "a version that leaves the bereavement exclusions out keeps them as they were");
    }

    private static JsonPath policyOn(LocalDate date) {
        return as("account-executive", "someone").queryParam("date", date.toString()).get("/api/policy")
                .then().statusCode(200).extract().jsonPath();
    }

    @Test
    void onlyAnAdminChangesThePolicyOnlyForTheFutureAndBadInputWritesNothing() {
        long before = versions();
        LocalDate future = LocalDate.of(2099, 1, 1);
        as("compliance-officer", "c").body(newVersion(future)).post("/api/policy/versions").then().statusCode(403);
        as("admin", "a").body(newVersion(LocalDate.of(2026, 1, 1))).post("/api/policy/versions")
                .then().statusCode(422).body("type", equalTo("urn:accountable:problem:retroactive-policy-change"));
        Map<String, Object> fiscalWithoutMonth = new HashMap<>(newVersion(future));
        fiscalWithoutMonth.remove("fiscalYearStartMonth");
        as("admin", "a").body(fiscalWithoutMonth).post("/api/policy/versions")
                .then().statusCode(422).body("type", equalTo("urn:accountable:problem:fiscal-year-start-month-required"));
        Map<String, Object> invalid = new HashMap<>(newVersion(future));
        invalid.put("warningPercent", 0);
        invalid.put("fiscalYearStartMonth", 13);
        invalid.put("windowType", "FORTNIGHT");
        as("admin", "a").body(invalid).post("/api/policy/versions")
                .then().statusCode(400).contentType("application/problem+json");
        invalid.put("windowType", "FISCAL_YEAR");
        as("admin", "a").body(invalid).post("/api/policy/versions")
                .then().statusCode(400).body("errors.field", hasItems("warningPercent", "fiscalYearStartMonth"));
        Map<String, Object> excludingOther = new HashMap<>(newVersion(future));
        excludingOther.put("bereavementExcluded", List.of("RECIPIENT", "OTHER"));
        as("admin", "a").body(excludingOther).post("/api/policy/versions")
                .then().statusCode(422).body("type", equalTo("urn:accountable:problem:bereavement-exclusion-outside-family"))
                .body("field", equalTo("bereavementExcluded"));
        as("admin", "a").body(Map.of("effectiveFrom", "2099-01-01", "amount", Map.of("amount", "300", "currency", "EUR"), "source", "x"))
                .post("/api/policy/limits").then().statusCode(422).body("type", equalTo("urn:accountable:problem:limit-currency"));
        assertEquals(before, versions());
    }

    private static Map<String, Object> newVersion(LocalDate from) {
        Map<String, Object> version = new HashMap<>();
        version.put("effectiveFrom", from.toString());
        version.put("windowType", "FISCAL_YEAR");
        version.put("fiscalYearStartMonth", 7);
        version.put("warningPercent", 75);
        version.put("nominalCeiling", usd("40.00"));
        version.put("retentionYears", 7);
        version.put("preclearanceValidDays", 14);
        version.put("preclearanceReviewPercent", 70);
        version.put("reason", "Move to the fiscal year");
        return version;
    }

    private static long versions() {
        return QuarkusTransaction.requiringNew().call(() -> GiftPolicy.count() + GiftLimit.count());
    }
}
