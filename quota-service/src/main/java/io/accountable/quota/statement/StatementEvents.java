package io.accountable.quota.statement;

import io.accountable.platform.events.EventPublisher;
import io.accountable.quota.common.Money;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** Statement and period events on accountable.quota.events. */
@ApplicationScoped
public class StatementEvents {

    public static final String STATEMENT_ISSUED = "accountable.quota.statement-issued.v1";
    public static final String PERIOD_CLOSED = "accountable.quota.period-closed.v1";

    public record StatementIssuedPayload(UUID statementId, UUID executiveId, String period, Money totalCompensation, LocalDate periodEnd) {
    }

    public record PeriodClosedPayload(String period, LocalDate start, LocalDate end, Instant closedAt, int statementsIssued) {
    }

    @Inject
    EventPublisher publisher;

    void issued(Statement statement) {
        publisher.publish(STATEMENT_ISSUED, statement.executiveId.toString(), new StatementIssuedPayload(statement.id, statement.executiveId,
                statement.periodCode, Money.of(statement.totalCompensation, statement.currency), statement.periodEnd));
    }

    /** Keyed by the period code: the close concerns every executive. */
    void closed(ClosedPeriod closed, LocalDate start, LocalDate end, int statements) {
        publisher.publish(PERIOD_CLOSED, closed.periodCode, new PeriodClosedPayload(closed.periodCode, start, end, closed.closedAt, statements));
    }
}
