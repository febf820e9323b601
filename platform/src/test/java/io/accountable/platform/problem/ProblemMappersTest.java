package io.accountable.platform.problem;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.ws.rs.core.Response;
import java.sql.SQLException;
import java.sql.SQLTransactionRollbackException;
import org.hibernate.exception.GenericJDBCException;
import org.hibernate.exception.LockAcquisitionException;
import org.junit.jupiter.api.Test;

/** What the database's refusals under load become for the client: something to retry, never a 500. */
class ProblemMappersTest {

    final ProblemMappers mappers = new ProblemMappers();

    @Test
    void anExhaustedConnectionPoolIsABusyServiceToRetry() {
        Response response = mappers.unexpected(new GenericJDBCException("Unable to acquire JDBC Connection",
                new SQLException("Sorry, acquisition timeout!")), null, null);

        assertEquals(503, response.getStatus());
        assertEquals("1", response.getHeaderString("Retry-After"));
        assertEquals("urn:accountable:problem:busy", ((Problem) response.getEntity()).type.toString());
    }

    @Test
    void aDeadlockVictimIsAConflictToRetry() {
        Response response = mappers.unexpected(new LockAcquisitionException("could not execute statement",
                new SQLTransactionRollbackException("Deadlock found when trying to get lock; try restarting transaction", "40001", 1213)), null, null);

        assertEquals(409, response.getStatus());
    }

    @Test
    void anyOtherDatabaseErrorIsStillAnIncident() {
        Response response = mappers.unexpected(new GenericJDBCException("could not execute statement", new SQLException("Something else")), null, null);

        assertEquals(500, response.getStatus());
    }
}
