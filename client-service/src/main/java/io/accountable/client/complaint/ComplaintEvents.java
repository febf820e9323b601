package io.accountable.client.complaint;

import io.accountable.platform.events.EventPublisher;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.UUID;

/** Complaint events on accountable.client.events, keyed by client id. */
@ApplicationScoped
public class ComplaintEvents {

    public static final String OPENED = "accountable.client.complaint-opened.v1";
    public static final String ACKNOWLEDGED = "accountable.client.complaint-acknowledged.v1";
    public static final String RESOLVED = "accountable.client.complaint-resolved.v1";
    public static final String OVERDUE = "accountable.client.complaint-overdue.v1";

    public record ComplaintPayload(UUID complaintId, UUID clientId, UUID executiveId, Severity severity, String subject,
            LocalDate receivedOn, LocalDate dueDate, ComplaintStatus status) {

        static ComplaintPayload of(Complaint c) {
            return new ComplaintPayload(c.id, c.clientId, c.executiveId, c.severity, c.subject, c.receivedOn, c.dueDate, c.status);
        }
    }

    @Inject
    EventPublisher publisher;

    void publish(String type, Complaint complaint) {
        publisher.publish(type, complaint.clientId.toString(), ComplaintPayload.of(complaint));
    }
}
