package io.accountable.client.complaint;

import io.accountable.platform.time.FirmCalendar;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** Publishes overdue complaints on a timer ({@code accountable.complaints.check-interval}, "off" to disable). */
@ApplicationScoped
public class ComplaintCheck {

    @Inject
    ComplaintService complaints;

    @Inject
    FirmCalendar calendar;

    @Scheduled(identity = "complaint-overdue-check", every = "${accountable.complaints.check-interval}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void run() {
        complaints.publishOverdue(calendar.today());
    }
}
