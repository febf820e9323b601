package io.accountable.client.complaint;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Days allowed to resolve a complaint, per severity ({@code accountable.complaints.sla.*}). */
@ConfigMapping(prefix = "accountable.complaints.sla")
public interface ComplaintSla {

    @WithDefault("1")
    int criticalDays();

    @WithDefault("3")
    int highDays();

    @WithDefault("10")
    int mediumDays();

    @WithDefault("30")
    int lowDays();

    default int days(Severity severity) {
        return switch (severity) {
            case CRITICAL -> criticalDays();
            case HIGH -> highDays();
            case MEDIUM -> mediumDays();
            case LOW -> lowDays();
        };
    }
}
