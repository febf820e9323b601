package io.accountable.client.risk;

import io.accountable.client.risk.RiskApi.RetentionAction;
import io.accountable.client.risk.RiskApi.RetentionFlagView;
import io.accountable.client.risk.RiskApi.RiskRatingView;
import io.accountable.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/risk")
@Tag(name = "Risk and retention")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class RetentionFlagResource {

    @Inject
    RiskService risk;

    @GET
    @Path("/reviews-due")
    @RolesAllowed({ Roles.ADMIN, Roles.SALES_MANAGER, Roles.ACCOUNT_EXECUTIVE, Roles.COMPLIANCE_OFFICER })
    @Operation(operationId = "listRiskReviewsDue", summary = "Current risk ratings whose review is due, soonest first")
    @APIResponse(responseCode = "200", description = "The ratings to review")
    public List<RiskRatingView> reviewsDue(
            @Parameter(description = "Due on or before this day; today when absent") @QueryParam("until") LocalDate until) {
        return risk.reviewsDue(until);
    }

    @GET
    @Path("/executives/{executiveId}/retention-flags")
    @RolesAllowed({ Roles.ADMIN, Roles.SALES_MANAGER, Roles.ACCOUNT_EXECUTIVE })
    @Operation(operationId = "listOpenRetentionFlags", summary = "The retention flags an executive has yet to act on")
    @APIResponse(responseCode = "200", description = "The open flags")
    @APIResponse(responseCode = "404", description = "No such executive, or not one the caller may see")
    public List<RetentionFlagView> openFlags(@PathParam("executiveId") UUID executiveId) {
        return risk.openFlags(executiveId);
    }

    @POST
    @Path("/retention-flags/{flagId}/action")
    @RolesAllowed({ Roles.ADMIN, Roles.SALES_MANAGER, Roles.ACCOUNT_EXECUTIVE })
    @Operation(operationId = "actOnRetentionFlag", summary = "Record what was done about a retention flag; that closes it")
    @APIResponse(responseCode = "200", description = "Acted on", content = @Content(schema = @Schema(implementation = RetentionFlagView.class)))
    @APIResponse(responseCode = "404", description = "No such flag")
    @APIResponse(responseCode = "409", description = "Stale version, or already acted on")
    public RetentionFlagView act(@PathParam("flagId") UUID flagId, @Valid @NotNull RetentionAction request) {
        return risk.act(flagId, request.actionTaken(), request.version());
    }
}
