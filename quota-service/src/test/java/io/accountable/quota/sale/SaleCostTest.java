package io.accountable.quota.sale;

import static io.accountable.quota.Fixtures.asAdmin;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.accountable.devstack.DevStackTestResource;
import io.accountable.quota.Fixtures;
import io.accountable.quota.StatementLog;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/** What recording a sale costs the database, counted in statements rather than timed. */
@QuarkusTest
@WithTestResource(value = DevStackTestResource.class, scope = TestResourceScope.GLOBAL)
class SaleCostTest {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    static void sell(UUID clientId, String closeDate) {
        String reference = "INV-" + UUID.randomUUID();
        asAdmin().header("Idempotency-Key", reference)
                .body(Map.of("clientId", clientId, "amount", Map.of("amount", "1250.00", "currency", "USD"), "productLine", "Advisory",
                        "closeDate", closeDate, "externalReference", reference))
                .post("/api/sales").then().statusCode(201);
    }

    @Test
    void aSaleOfAnExecutiveWithAQuotaCostsAHandfulOfStatements() {
        UUID executive = Fixtures.executive(bootstrap, null);
        UUID clientId = Fixtures.client(bootstrap, executive, LocalDate.of(2026, 1, 1));
        asAdmin().body(Map.of("annualAmount", Map.of("amount", "1200000.00", "currency", "USD"))).put("/api/quotas/" + executive + "/2026")
                .then().statusCode(201);
        for (int i = 0; i < 5; i++) {
            sell(clientId, "2026-05-1" + i);
        }

        List<String> statements = StatementLog.during(() -> sell(clientId, "2026-05-20"));

        // The idempotency key's lookup, the client's owner, the sale (its unique key is the duplicate
        // check), its credit and its event; the executive's lock, the quota, one sum for month, quarter
        // and year, the threshold states; the stored answer.
        assertTrue(statements.size() <= 10, statements.size() + " statements:\n" + String.join("\n", statements));
    }
}
