package io.accountable.compliance.report;

import io.accountable.compliance.policy.PolicyService;
import io.accountable.compliance.report.GiftTotals.EmployerTotal;
import io.accountable.compliance.report.GiftTotals.GiverTotal;
import io.accountable.platform.api.Page;
import io.accountable.platform.api.PageRequest;
import io.accountable.platform.problem.ProblemException;
import io.accountable.platform.security.Roles;
import io.accountable.platform.time.FirmCalendar;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/reports")
@Tag(name = "Reports", description = "Gift totals for compliance and examiners")
@RolesAllowed(Roles.COMPLIANCE_OFFICER)
public class GiftTotalsResource {

    /** The window query parameters every totals report takes. */
    public static class WindowParams {
        @QueryParam("from")
        @Parameter(description = "First gift date of the window (with to)")
        public LocalDate from;

        @QueryParam("to")
        @Parameter(description = "Last gift date of the window (with from)")
        public LocalDate to;

        @QueryParam("date")
        @Parameter(description = "Without from/to: the policy's aggregation window on this date (default today)")
        public LocalDate date;
    }

    @Inject
    GiftTotals totals;

    @Inject
    ExaminerPack examinerPack;

    @Inject
    PolicyService policies;

    @Inject
    FirmCalendar calendar;

    @GET
    @Path("/employers")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "reportEmployers", summary = "Per employer: total given to its people, recipients and gifts in the window, largest first")
    @APIResponse(responseCode = "200", description = "One page of totals")
    @APIResponse(responseCode = "422", description = "Incomplete or reversed window, or no policy in force on the date")
    public Page<EmployerTotal> employers(@BeanParam WindowParams window, @Valid @BeanParam PageRequest page) {
        return totals.byEmployer(window(window), page);
    }

    @GET
    @Path("/employers")
    @Produces("text/csv")
    @Operation(operationId = "exportEmployers", summary = "The per-employer totals as CSV, streamed")
    @APIResponse(responseCode = "200", description = "CSV with a header row", content = @Content(mediaType = "text/csv"))
    @APIResponse(responseCode = "422", description = "Incomplete or reversed window, or no policy in force on the date")
    public Response employersCsv(@BeanParam WindowParams window) {
        ReportWindow resolved = window(window);
        return CsvExport.of("employers.csv",
                List.of("employerName", "windowStart", "windowEnd", "totalGivenUsd", "countingTowardLimitUsd", "recipients", "gifts"),
                totals.all(page -> totals.byEmployer(resolved, page)),
                (EmployerTotal row) -> List.of(row.employerName(), row.windowStart().toString(), row.windowEnd().toString(),
                        row.totalGiven().amount().toPlainString(), row.countingTowardLimit().amount().toPlainString(),
                        String.valueOf(row.recipients()), String.valueOf(row.gifts())));
    }

    @GET
    @Path("/givers")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "reportGivers", summary = "Per giver: total given, gifts and recipients in the window, largest first")
    @APIResponse(responseCode = "200", description = "One page of totals")
    @APIResponse(responseCode = "422", description = "Incomplete or reversed window, or no policy in force on the date")
    public Page<GiverTotal> givers(@BeanParam WindowParams window, @Valid @BeanParam PageRequest page) {
        return totals.byGiver(window(window), page);
    }

    @GET
    @Path("/givers")
    @Produces("text/csv")
    @Operation(operationId = "exportGivers", summary = "The per-giver totals as CSV, streamed")
    @APIResponse(responseCode = "200", description = "CSV with a header row", content = @Content(mediaType = "text/csv"))
    @APIResponse(responseCode = "422", description = "Incomplete or reversed window, or no policy in force on the date")
    public Response giversCsv(@BeanParam WindowParams window) {
        ReportWindow resolved = window(window);
        return CsvExport.of("givers.csv",
                List.of("executiveId", "fullName", "windowStart", "windowEnd", "totalGivenUsd", "countingTowardLimitUsd", "recipients", "gifts"),
                totals.all(page -> totals.byGiver(resolved, page)),
                (GiverTotal row) -> Arrays.asList(row.executiveId().toString(), row.fullName(), row.windowStart().toString(),
                        row.windowEnd().toString(), row.totalGiven().amount().toPlainString(),
                        row.countingTowardLimit().amount().toPlainString(), String.valueOf(row.recipients()), String.valueOf(row.gifts())));
    }

    @GET
    @Path("/examiner-pack")
    @Produces("text/csv")
    @Operation(operationId = "exportExaminerPack", summary = "Every gift (with its shares), amendment, refusal, entertainment (with its attendees), gift received and review decision in a date range, as one CSV streamed, with the record kind in the first column")
    @APIResponse(responseCode = "200", description = "CSV with a header row", content = @Content(mediaType = "text/csv"))
    @APIResponse(responseCode = "422", description = "Missing or reversed dates")
    public Response examinerPack(
            @Parameter(required = true, description = "First day of the range", example = "2026-01-01") @QueryParam("from") LocalDate from,
            @Parameter(required = true, description = "Last day of the range", example = "2026-12-31") @QueryParam("to") LocalDate to) {
        if (from == null || to == null) {
            throw ProblemException.ruleViolation("incomplete-report-window", "An examiner pack covers a date range: give from and to",
                    Map.of("field", from == null ? "from" : "to"));
        }
        ReportWindow window = ReportWindow.resolve(from, to, null, policies, calendar.today());
        return CsvExport.of("examiner-pack-" + from + "-" + to + ".csv", ExaminerPack.COLUMNS, examinerPack.rows(window), row -> row);
    }

    private ReportWindow window(WindowParams params) {
        return ReportWindow.resolve(params.from, params.to, params.date, policies, calendar.today());
    }
}
