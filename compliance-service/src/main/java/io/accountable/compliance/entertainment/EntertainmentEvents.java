package io.accountable.compliance.entertainment;

import io.accountable.compliance.Money;
import io.accountable.platform.events.EventPublisher;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** entertainment-logged.v1 and entertainment-flagged.v1, one per attendee, keyed by the attendee's recipient id. */
@ApplicationScoped
public class EntertainmentEvents {

    public static final String LOGGED = "accountable.compliance.entertainment-logged.v1";
    public static final String FLAGGED = "accountable.compliance.entertainment-flagged.v1";

    public record EntertainmentPayload(UUID entertainmentId, UUID recipientId, List<UUID> hostIds, List<UUID> attendeeIds,
            LocalDate eventDate, Money totalCostUsd, Money perPersonUsd, String venue, String reason) {
    }

    @Inject
    EventPublisher publisher;

    void logged(Entertainment entertainment, List<EntertainmentAttendee> attendees) {
        publish(LOGGED, entertainment, attendees, attendees, null);
    }

    void flagged(Entertainment entertainment, List<EntertainmentAttendee> attendees, List<EntertainmentAttendee> flagged, String reason) {
        publish(FLAGGED, entertainment, attendees, flagged, reason);
    }

    private void publish(String type, Entertainment entertainment, List<EntertainmentAttendee> attendees,
            List<EntertainmentAttendee> about, String reason) {
        List<UUID> hostIds = entertainment.hostIds.stream().sorted().toList();
        List<UUID> attendeeIds = attendees.stream().map(a -> a.recipientId).toList();
        for (EntertainmentAttendee attendee : about) {
            publisher.publish(type, attendee.recipientId.toString(), new EntertainmentPayload(entertainment.id, attendee.recipientId,
                    hostIds, attendeeIds, entertainment.eventDate, Money.usd(entertainment.totalCostUsd),
                    Money.usd(entertainment.perPersonUsd), entertainment.venue, reason));
        }
    }
}
