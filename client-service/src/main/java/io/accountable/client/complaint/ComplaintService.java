package io.accountable.client.complaint;

import static jakarta.transaction.Transactional.TxType.SUPPORTS;

import io.accountable.client.client.Client;
import io.accountable.client.client.ClientAccess;
import io.accountable.client.complaint.ComplaintApi.ComplaintView;
import io.accountable.client.complaint.ComplaintApi.NewComplaint;
import io.accountable.platform.problem.ProblemException;
import io.accountable.platform.time.FirmCalendar;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

@ApplicationScoped
@Transactional
public class ComplaintService {

    static final List<ComplaintStatus> UNRESOLVED = List.of(ComplaintStatus.OPEN, ComplaintStatus.ACKNOWLEDGED);

    @Inject
    ComplaintEvents events;

    @Inject
    ClientAccess access;

    @Inject
    ComplaintSla sla;

    @Inject
    FirmCalendar calendar;

    public ComplaintView open(UUID clientId, NewComplaint request) {
        Client client = access.changeable(clientId);
        if (client.primaryExecutiveId == null) {
            throw ProblemException.ruleViolation("primary-executive-required",
                    "A complaint is handled by the client's primary executive; assign one first", Map.of("clientId", clientId));
        }
        LocalDate today = calendar.today();
        LocalDate receivedOn = request.receivedOn() == null ? today : request.receivedOn();
        if (receivedOn.isAfter(today)) {
            throw ProblemException.ruleViolation("future-received-date", "A complaint is received today at the latest",
                    Map.of("receivedOn", receivedOn, "today", today));
        }
        Complaint complaint = new Complaint();
        complaint.id = UUID.randomUUID();
        complaint.clientId = clientId;
        complaint.executiveId = client.primaryExecutiveId;
        complaint.severity = request.severity();
        complaint.subject = request.subject().strip();
        complaint.description = request.description().strip();
        complaint.status = ComplaintStatus.OPEN;
        complaint.receivedOn = receivedOn;
        complaint.dueDate = receivedOn.plusDays(sla.days(request.severity()));
        complaint.createdAt = Instant.now();
        complaint.updatedAt = complaint.createdAt;
        complaint.persistAndFlush();
        events.publish(ComplaintEvents.OPENED, complaint);
        return ComplaintView.of(complaint);
    }

    public ComplaintView acknowledge(UUID id, long version) {
        Complaint complaint = changeable(id, version);
        if (complaint.status != ComplaintStatus.OPEN) {
            throw ProblemException.conflict("complaint-not-open", "Complaint " + id + " is already " + complaint.status);
        }
        complaint.status = ComplaintStatus.ACKNOWLEDGED;
        complaint.acknowledgedAt = Instant.now();
        touched(complaint);
        events.publish(ComplaintEvents.ACKNOWLEDGED, complaint);
        return ComplaintView.of(complaint);
    }

    public ComplaintView resolve(UUID id, String resolution, long version) {
        Complaint complaint = changeable(id, version);
        if (complaint.status == ComplaintStatus.RESOLVED) {
            throw ProblemException.conflict("complaint-resolved", "Complaint " + id + " was already resolved");
        }
        complaint.status = ComplaintStatus.RESOLVED;
        complaint.resolution = resolution.strip();
        complaint.resolvedAt = Instant.now();
        touched(complaint);
        events.publish(ComplaintEvents.RESOLVED, complaint);
        return ComplaintView.of(complaint);
    }

    @Transactional(SUPPORTS)
    public ComplaintView get(UUID id) {
        return ComplaintView.of(visible(id));
    }

    @Transactional(SUPPORTS)
    public List<ComplaintView> forClient(UUID clientId) {
        access.readable(clientId);
        return Complaint.<Complaint>list("clientId", Sort.descending("receivedOn").and("id"), clientId).stream().map(ComplaintView::of).toList();
    }

    /** Unresolved complaints past their due date that the caller may see, most overdue first. */
    @Transactional(SUPPORTS)
    public List<ComplaintView> overdue() {
        StringBuilder query = new StringBuilder("status in :unresolved and dueDate < :today");
        Parameters parameters = Parameters.with("unresolved", UNRESOLVED).and("today", calendar.today());
        if (!access.readsEveryClient()) {
            if (access.reach().isEmpty()) {
                return List.of();
            }
            query.append(" and clientId in (select c.id from Client c where c.primaryExecutiveId in :reach)");
            parameters.and("reach", access.reach());
        }
        return Complaint.<Complaint>list(query.toString(), Sort.by("dueDate").and("id"), parameters).stream().map(ComplaintView::of).toList();
    }

    /** Publishes complaint-overdue for each unresolved complaint past its due date, once per complaint. Returns how many. */
    public int publishOverdue(LocalDate today) {
        List<Complaint> due = Complaint.list("status in ?1 and dueDate < ?2 and overduePublished = false", UNRESOLVED, today);
        int published = 0;
        for (Complaint complaint : due) {
            // Claimed with a conditional update: when two replicas run the check at once, the second
            // waits for the first's row lock, then finds the flag set and publishes nothing.
            if (Complaint.update("overduePublished = true where id = ?1 and overduePublished = false", complaint.id) == 1) {
                events.publish(ComplaintEvents.OVERDUE, complaint);
                published++;
            }
        }
        return published;
    }

    private Complaint visible(UUID id) {
        Complaint complaint = Complaint.findById(id);
        if (complaint == null) {
            throw ProblemException.notFound("complaint", id);
        }
        try {
            access.readable(complaint.clientId);
        } catch (ProblemException hidden) {
            throw ProblemException.notFound("complaint", id);
        }
        return complaint;
    }

    private Complaint changeable(UUID id, long version) {
        Complaint complaint = visible(id);
        access.changeable(complaint.clientId);
        if (complaint.version != version) {
            throw ProblemException.staleVersion("complaint", id, version, complaint.version);
        }
        return complaint;
    }

    private static void touched(Complaint complaint) {
        complaint.updatedAt = Instant.now();
        Complaint.flush();
    }
}
