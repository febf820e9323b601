package io.accountable.notification.inbox;

import io.accountable.notification.inbox.InboxApi.NotificationView;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.subscription.MultiEmitter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The live feed behind the inbox's Server-Sent Events: each open stream gets its user's new
 * notifications once they are committed. Streams are per replica; a client that reconnects
 * catches up from {@code GET /api/notifications}.
 */
@ApplicationScoped
public class NotificationStream {

    private final Map<String, Set<MultiEmitter<? super NotificationView>>> listeners = new ConcurrentHashMap<>();

    public Multi<NotificationView> of(String userId) {
        return Multi.createFrom().emitter(emitter -> {
            listeners.computeIfAbsent(userId, id -> ConcurrentHashMap.newKeySet()).add(emitter);
            emitter.onTermination(() -> listeners.computeIfPresent(userId, (id, emitters) -> {
                emitters.remove(emitter);
                return emitters.isEmpty() ? null : emitters;
            }));
        });
    }

    /** How many streams the user has open. */
    public int listening(String userId) {
        return listeners.getOrDefault(userId, Set.of()).size();
    }

    void onCommitted(@Observes(during = TransactionPhase.AFTER_SUCCESS) NotificationCreated created) {
        listeners.getOrDefault(created.recipientId(), Set.of()).forEach(emitter -> emitter.emit(created.notification()));
    }
}
