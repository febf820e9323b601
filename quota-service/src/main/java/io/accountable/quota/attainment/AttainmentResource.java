package io.accountable.quota.attainment;

import io.accountable.platform.problem.ProblemException;
import io.accountable.platform.security.Roles;
import io.accountable.quota.attainment.AttainmentApi.AttainmentView;
import io.accountable.quota.attainment.AttainmentApi.RankedAttainment;
import io.accountable.quota.period.PeriodParameter;
import io.accountable.quota.period.QuotaConfig;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/attainment")
@Tag(name = "Attainment", description = "Live attainment against quota, per executive and for a manager's team")
@Produces(MediaType.APPLICATION_JSON)
public class AttainmentResource {

    @Inject
    AttainmentService attainment;

    @Inject
    QuotaConfig config;

    @GET
    @Path("/{executiveId}")
    @RolesAllowed({ Roles.ADMIN, Roles.SALES_MANAGER, Roles.ACCOUNT_EXECUTIVE })
    @Operation(operationId = "getAttainment", summary = "An executive's quota, credited sales and attainment in a period")
    @APIResponse(responseCode = "200", description = "The attainment", content = @Content(schema = @Schema(implementation = AttainmentView.class)))
    @APIResponse(responseCode = "422", description = "Not a period")
    public AttainmentView get(@PathParam("executiveId") UUID executiveId,
            @Parameter(description = "FY2026, FY2026-Q1 or 2026-01", example = "FY2026-Q1") @NotNull @QueryParam("period") String period) {
        return attainment.view(executiveId, PeriodParameter.parse(period, config));
    }

    @GET
    @Path("/team")
    @RolesAllowed(Roles.SALES_MANAGER)
    @Operation(operationId = "getTeamAttainment", summary = "Everyone on the caller's team, ranked by attainment")
    @APIResponse(responseCode = "200", description = "The team, highest attainment first")
    @APIResponse(responseCode = "422", description = "Not a period")
    public List<RankedAttainment> team(@Parameter(example = "FY2026-Q1") @NotNull @QueryParam("period") String period) {
        return attainment.team(PeriodParameter.parse(period, config));
    }
}
