package io.accountable.quota.statement;

import static io.accountable.quota.Fixtures.asAdmin;
import static io.accountable.quota.statement.CompensationScenario.terms;
import static io.accountable.quota.statement.CompensationScenario.tier;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.accountable.devstack.DevStackTestResource;
import io.accountable.quota.StatementLog;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/**
 * What closing a period costs the database, counted in statements rather than timed. It closes
 * months of 2023, which no other test class uses; each month's executives are on a plan for that
 * month only, so each close issues exactly their statements.
 */
@QuarkusTest
@WithTestResource(value = DevStackTestResource.class, scope = TestResourceScope.GLOBAL)
class StatementCloseCostTest {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    /** Assigned for {@code month} only, with a quota, two sales that reach it and so a bonus, and a base salary. */
    List<CompensationScenario> executivesClosing(String month, int count) {
        Map<String, Object> terms = terms("MARGINAL_RUNNING_TOTAL", "MONTH", "PERCENT_OF_QUOTA", List.of(tier("0", "4"), tier("100", "7")));
        terms.put("bonuses", List.of(Map.of("attainmentPercent", "100", "amount", "1000")));
        terms.put("baseSalary", "60000");
        List<CompensationScenario> executives = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            CompensationScenario scenario = CompensationScenario.onPlan(bootstrap, terms, month + "-01", month + "-28").quota(2023, "120000.00");
            scenario.sell("6000.00", month + "-05");
            scenario.sell("5000.00", month + "-20");
            executives.add(scenario);
        }
        return executives;
    }

    static List<String> close(String month) {
        return StatementLog.during(() -> asAdmin().post("/api/periods/" + month + "/close").then().statusCode(200));
    }

    static long reads(List<String> statements) {
        return statements.stream().filter(sql -> sql.stripLeading().toLowerCase().startsWith("select")).count();
    }

    @Test
    void closingForMoreExecutivesReadsNoMoreAndWritesOnlyTheirEventsOneByOne() {
        List<CompensationScenario> two = executivesClosing("2023-01", 2);
        List<CompensationScenario> six = executivesClosing("2023-03", 6);

        List<String> ofTwo = close("2023-01");
        List<String> ofSix = close("2023-03");

        String both = "closing 2 executives: " + ofTwo.size() + " statements, " + reads(ofTwo) + " reads; closing 6: " + ofSix.size()
                + " statements, " + reads(ofSix) + " reads\n" + String.join("\n", ofSix);
        // The closes' lock, whether the period is closed, who is on a plan in it; then once for all of them
        // (for each chunk of a firm's executives): assignments, plans with their versions, the attainment's
        // quotas and sums, accepted disputes, closed periods (for adjustments), the commission period's
        // quotas, credits and reversals.
        assertTrue(reads(ofSix) <= reads(ofTwo) && reads(ofSix) <= 12, both);
        // Statements and lines are inserted in batches; each statement's event is written on its own (the
        // outbox's ids are the database's), so four more executives cost four more inserts.
        assertTrue(ofSix.size() - ofTwo.size() <= 4, both);

        // 240 + 230 commission (4% to quota, 7% above), the 1,000 bonus for 110%, a month's 5,000 of salary.
        for (CompensationScenario executive : List.of(two.get(0), six.get(5))) {
            String month = executive == two.get(0) ? "2023-01" : "2023-03";
            assertEquals("6470.00", executive.statement(month).getString("totals.totalCompensation.amount"));
            assertTrue(executive.statement(month).getBoolean("closed"));
        }
    }
}
