package io.accountable.quota;

import io.quarkus.hibernate.orm.PersistenceUnitExtension;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.resource.jdbc.spi.StatementInspector;

/**
 * Every SQL statement Hibernate sends from a request thread while {@link #during} runs, so a test
 * can count what one request costs the database. The event consumer's and the relay's statements
 * run on threads of their own and are left out.
 */
@PersistenceUnitExtension
public class StatementLog implements StatementInspector {

    private static final List<String> recorded = new ArrayList<>();
    private static volatile boolean recording;

    @Override
    public String inspect(String sql) {
        if (recording && Thread.currentThread().getName().startsWith("executor-thread")) {
            synchronized (recorded) {
                recorded.add(sql);
            }
        }
        return sql;
    }

    /** The statements request threads sent while {@code action} ran. */
    public static List<String> during(Runnable action) {
        synchronized (recorded) {
            recorded.clear();
        }
        recording = true;
        try {
            action.run();
        } finally {
            recording = false;
        }
        synchronized (recorded) {
            return List.copyOf(recorded);
        }
    }
}
