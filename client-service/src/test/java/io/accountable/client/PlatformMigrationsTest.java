package io.accountable.client;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.accountable.devstack.DevStackTestResource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

/**
 * The platform's migrations (V0_n) share a history with the service's (V1 onwards), so one the
 * platform adds later has a lower version than those an existing schema already applied; the
 * configuration (out of order) must still apply it there.
 */
@QuarkusTest
@WithTestResource(value = DevStackTestResource.class, scope = TestResourceScope.GLOBAL)
class PlatformMigrationsTest {

    @Inject
    Flyway flyway;

    @Inject
    EntityManager entityManager;

    @Test
    void aPlatformMigrationAddedAfterTheServiceOnesReachesASchemaThatAppliedThem() {
        // The schema as an installation of the release before V0_4 has it: every service migration applied, V0_4 not.
        QuarkusTransaction.requiringNew().run(() -> {
            entityManager.createNativeQuery("DROP INDEX processed_event_processed_at ON processed_event").executeUpdate();
            entityManager.createNativeQuery("DELETE FROM flyway_schema_history WHERE version = '0.4'").executeUpdate();
        });

        assertEquals(List.of("0.4"), flyway.migrate().migrations.stream().map(applied -> applied.version).toList());
        assertEquals(1L, QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager.createNativeQuery(
                "SELECT count(*) FROM information_schema.statistics WHERE table_schema = DATABASE()"
                        + " AND table_name = 'processed_event' AND index_name = 'processed_event_processed_at'")
                .getSingleResult()).longValue()));
    }
}
