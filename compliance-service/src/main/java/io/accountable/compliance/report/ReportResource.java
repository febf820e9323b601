package io.accountable.compliance.report;

import io.accountable.compliance.Money;
import io.accountable.compliance.policy.PolicyInForce;
import io.accountable.compliance.policy.PolicyService;
import io.accountable.platform.security.Roles;
import io.accountable.platform.time.FirmCalendar;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/reports/recipients")
@Tag(name = "Reports", description = "Gift totals for compliance and examiners")
@RolesAllowed(Roles.COMPLIANCE_OFFICER)
public class ReportResource {

    @Schema(name = "RecipientTotal", description = "What one recipient received toward the limit in the window of the report's date")
    public record RecipientTotal(UUID recipientId, String fullName, String employerName, LocalDate windowStart, LocalDate windowEnd,
            Money limit, Money used, Money remaining, BigDecimal percent) {
    }

    @Inject
    PolicyService policies;

    @Inject
    EntityManager entityManager;

    @Inject
    FirmCalendar calendar;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Transactional(Transactional.TxType.SUPPORTS)
    @Operation(operationId = "reportRecipients", summary = "Per recipient: used and remaining in the window of a date (default today), most used first; nearLimit keeps those at or above the warning threshold")
    @APIResponse(responseCode = "200", description = "The totals", content = @Content(schema = @Schema(implementation = RecipientTotal[].class)))
    @APIResponse(responseCode = "422", description = "No limit in force on that date")
    public List<RecipientTotal> recipients(@QueryParam("date") LocalDate date, @QueryParam("nearLimit") boolean nearLimit) {
        return totals(date, nearLimit);
    }

    @GET
    @Produces("text/csv")
    @Transactional(Transactional.TxType.SUPPORTS)
    @Operation(operationId = "exportRecipients", summary = "The per-recipient totals as CSV, streamed")
    @APIResponse(responseCode = "200", description = "CSV with a header row", content = @Content(mediaType = "text/csv"))
    public Response recipientsCsv(@QueryParam("date") LocalDate date, @QueryParam("nearLimit") boolean nearLimit) {
        return CsvExport.of("recipients.csv",
                List.of("recipientId", "fullName", "employerName", "windowStart", "windowEnd", "limitUsd", "usedUsd", "remainingUsd", "percent"),
                totals(date, nearLimit),
                total -> List.of(total.recipientId().toString(), total.fullName(), total.employerName(), total.windowStart().toString(),
                        total.windowEnd().toString(), total.limit().amount().toPlainString(), total.used().amount().toPlainString(),
                        total.remaining().amount().toPlainString(), total.percent().toPlainString()));
    }

    private List<RecipientTotal> totals(LocalDate date, boolean nearLimit) {
        PolicyInForce policy = policies.inForceOn(date == null ? calendar.today() : date);
        List<Object[]> rows = entityManager.createQuery("""
                select s.recipientId, max(s.recipientName), max(s.employerName), sum(s.shareUsd) from GiftShare s
                where s.countsTowardLimit = true and s.giftDate between :start and :end
                  and not exists (select 1 from Gift c where c.correctsGiftId = s.giftId)
                group by s.recipientId
                having sum(s.shareUsd) >= :floor
                order by sum(s.shareUsd) desc, s.recipientId""", Object[].class)
                .setParameter("start", policy.window().start())
                .setParameter("end", policy.window().end())
                .setParameter("floor", nearLimit ? policy.warningThresholdUsd() : BigDecimal.ZERO)
                .getResultList();
        return rows.stream().map(row -> {
            BigDecimal used = Money.cents((BigDecimal) row[3]);
            return new RecipientTotal((UUID) row[0], (String) row[1], (String) row[2], policy.window().start(), policy.window().end(),
                    Money.usd(policy.limitUsd()), Money.usd(used), Money.usd(policy.limitUsd().subtract(used).max(BigDecimal.ZERO)),
                    used.multiply(BigDecimal.valueOf(100)).divide(policy.limitUsd(), 2, RoundingMode.HALF_UP));
        }).toList();
    }
}
