package io.accountable.client.cadence;

import io.accountable.platform.time.FirmCalendar;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

/** Runs the overdue-contact check on a timer ({@code accountable.cadence.check-interval}, "off" to disable). */
@ApplicationScoped
public class CadenceCheck {

    private static final Logger LOG = Logger.getLogger(CadenceCheck.class);

    @Inject
    CadenceService cadence;

    @Inject
    FirmCalendar calendar;

    @Scheduled(identity = "contact-cadence-check", every = "${accountable.cadence.check-interval}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void run() {
        int opened = cadence.check(calendar.today());
        if (opened > 0) {
            LOG.infof("%d client(s) newly overdue for contact", opened);
        }
    }
}
