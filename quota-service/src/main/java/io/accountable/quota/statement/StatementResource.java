package io.accountable.quota.statement;

import io.accountable.platform.security.Roles;
import io.accountable.quota.period.PeriodParameter;
import io.accountable.quota.period.QuotaConfig;
import io.accountable.quota.statement.StatementApi.ClosedPeriodView;
import io.accountable.quota.statement.StatementApi.LineView;
import io.accountable.quota.statement.StatementApi.StatementView;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.math.BigDecimal;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api")
@Tag(name = "Statements", description = "Compensation statements per executive and period, and closing periods")
public class StatementResource {

    static final String CSV = "text/csv";

    @Inject
    StatementService statements;

    @Inject
    QuotaConfig config;

    @GET
    @Path("/statements/{executiveId}/{period}")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.ADMIN, Roles.SALES_MANAGER, Roles.ACCOUNT_EXECUTIVE })
    @Operation(operationId = "getStatement", summary = "An executive's statement for a month, quarter or fiscal year")
    @APIResponse(responseCode = "200", description = "The statement: live while the period is open, as issued once it is closed", content = @Content(schema = @Schema(implementation = StatementView.class)))
    @APIResponse(responseCode = "422", description = "Not a period, or no plan (or quota the plan needs) in it")
    public StatementView get(@PathParam("executiveId") UUID executiveId,
            @Parameter(description = "FY2026, FY2026-Q1 or 2026-01", example = "2026-03") @PathParam("period") String period) {
        return statements.get(executiveId, PeriodParameter.parse(period, config));
    }

    @GET
    @Path("/statements/{executiveId}/{period}/csv")
    @Produces(CSV)
    @RolesAllowed({ Roles.ADMIN, Roles.SALES_MANAGER, Roles.ACCOUNT_EXECUTIVE })
    @Operation(operationId = "exportStatement", summary = "The statement as CSV, a row per line and a total row")
    @APIResponse(responseCode = "200", description = "CSV", content = @Content(mediaType = CSV))
    public Response csv(@PathParam("executiveId") UUID executiveId, @PathParam("period") String period) {
        StatementView statement = statements.get(executiveId, PeriodParameter.parse(period, config));
        StringBuilder csv = new StringBuilder("line,kind,date,sale_id,adjusted_period,base_amount,rate_percent,amount,currency,rule\r\n");
        for (LineView line : statement.lines()) {
            csv.append(line.lineNo()).append(',').append(line.kind()).append(',').append(line.date()).append(',')
                    .append(text(line.saleId())).append(',').append(text(line.adjustedPeriod())).append(',')
                    .append(number(line.baseAmount())).append(',').append(number(line.ratePercent())).append(',')
                    .append(line.amount().amount().toPlainString()).append(',').append(line.amount().currency()).append(',')
                    .append(quoted(line.rule())).append("\r\n");
        }
        csv.append(",TOTAL,,,,,,").append(statement.totals().totalCompensation().amount().toPlainString()).append(',')
                .append(statement.totals().totalCompensation().currency()).append(",\r\n");
        return Response.ok(csv.toString(), CSV)
                .header("Content-Disposition", "attachment; filename=\"statement-" + executiveId + "-" + statement.period() + ".csv\"").build();
    }

    @POST
    @Path("/periods/{period}/close")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "closePeriod", summary = "Close a period: issue and lock everyone's statement for it")
    @APIResponse(responseCode = "200", description = "Closed", content = @Content(schema = @Schema(implementation = ClosedPeriodView.class)))
    @APIResponse(responseCode = "409", description = "Already closed")
    @APIResponse(responseCode = "422", description = "Not a period, or not over yet")
    public ClosedPeriodView close(@PathParam("period") String period) {
        return statements.close(PeriodParameter.parse(period, config));
    }

    private static String text(Object value) {
        return value == null ? "" : value.toString();
    }

    private static String number(BigDecimal value) {
        return value == null ? "" : value.toPlainString();
    }

    private static String quoted(String value) {
        return "\"" + value.replace("\"", "\"\"") + "\"";
    }
}
