package io.accountable.quota.common;

import io.accountable.platform.problem.ProblemException;
import io.quarkus.hibernate.orm.panache.Panache;
import java.util.function.Supplier;
import org.hibernate.exception.ConstraintViolationException;

/**
 * The checks before an insert cannot see a concurrent request's uncommitted row; the unique key
 * then refuses the second insert. Flushing here turns that into the same 409 the check gives,
 * instead of an internal error.
 */
public final class UniqueRows {

    private UniqueRows() {
    }

    public static void flushOr(Supplier<ProblemException> conflict) {
        try {
            Panache.getEntityManager().flush();
        } catch (ConstraintViolationException e) {
            throw conflict.get();
        }
    }
}
