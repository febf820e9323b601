package io.accountable.platform.events;

import io.quarkus.hibernate.orm.panache.Panache;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.ToLongFunction;

/**
 * The one rule of every read model kept from another service's versioned events: an event updates the
 * row of its aggregate, creating it when unknown, unless the row already took a later version (an
 * event can come again, and a redelivered one can follow a later one).
 */
public final class ReadModelRows {

    private ReadModelRows() {
    }

    /**
     * The row that an event of {@code version} about aggregate {@code id} updates: the stored one, or
     * a new one from {@code create}; empty when the stored one holds a later version.
     */
    public static <T> Optional<T> toUpdate(Class<T> type, UUID id, long version, ToLongFunction<T> sourceVersion,
            Function<UUID, T> create) {
        T stored = Panache.getEntityManager().find(type, id);
        if (stored == null) {
            return Optional.of(create.apply(id));
        }
        return sourceVersion.applyAsLong(stored) > version ? Optional.empty() : Optional.of(stored);
    }
}
