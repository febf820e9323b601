package io.accountable.platform.time;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * The firm's time zone ({@code ACCOUNTABLE_TIME_ZONE}): timestamps are UTC instants, but business
 * dates (a gift date, a close date, "today" for overdue checks) are the firm's calendar dates.
 */
@ConfigMapping(prefix = "accountable.time")
public interface FirmCalendar {

    @WithDefault("America/New_York")
    ZoneId zone();

    default LocalDate today() {
        return LocalDate.now(Clock.system(zone()));
    }
}
