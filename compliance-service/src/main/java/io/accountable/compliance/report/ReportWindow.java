package io.accountable.compliance.report;

import io.accountable.compliance.policy.PolicyService;
import io.accountable.platform.problem.ProblemException;
import java.time.LocalDate;
import java.util.Map;

/** The dates a report covers: from/to as given, or else the policy's aggregation window on a date (default today). */
record ReportWindow(LocalDate start, LocalDate end) {

    static ReportWindow resolve(LocalDate from, LocalDate to, LocalDate date, PolicyService policies, LocalDate today) {
        if (from != null || to != null) {
            if (from == null || to == null) {
                throw ProblemException.ruleViolation("incomplete-report-window", "Give both from and to, or neither",
                        Map.of("field", from == null ? "from" : "to"));
            }
            if (date != null) {
                throw ProblemException.ruleViolation("ambiguous-report-window", "Give either from and to, or a date, not both",
                        Map.of("field", "date"));
            }
            if (from.isAfter(to)) {
                throw ProblemException.ruleViolation("report-window-reversed", "from " + from + " is after to " + to,
                        Map.of("from", from.toString(), "to", to.toString()));
            }
            return new ReportWindow(from, to);
        }
        var window = policies.inForceOn(date == null ? today : date).window();
        return new ReportWindow(window.start(), window.end());
    }
}
