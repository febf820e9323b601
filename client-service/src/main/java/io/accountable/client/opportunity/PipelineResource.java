package io.accountable.client.opportunity;

import io.accountable.client.opportunity.OpportunityApi.Pipeline;
import io.accountable.client.opportunity.OpportunityApi.TeamPipeline;
import io.accountable.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/executives/{executiveId}")
@Tag(name = "Opportunities")
@Produces(MediaType.APPLICATION_JSON)
public class PipelineResource {

    @Inject
    OpportunityService opportunities;

    @GET
    @Path("/pipeline")
    @RolesAllowed({ Roles.ADMIN, Roles.SALES_MANAGER, Roles.ACCOUNT_EXECUTIVE })
    @Operation(operationId = "getExecutivePipeline", summary = "An executive's open opportunities with totals and weighted forecast per currency")
    @APIResponse(responseCode = "200", description = "The pipeline", content = @Content(schema = @Schema(implementation = Pipeline.class)))
    @APIResponse(responseCode = "404", description = "No such executive, or not one the caller may see")
    public Pipeline pipeline(@PathParam("executiveId") UUID executiveId) {
        return opportunities.pipeline(executiveId);
    }

    @GET
    @Path("/team-pipeline")
    @RolesAllowed({ Roles.ADMIN, Roles.SALES_MANAGER })
    @Operation(operationId = "getTeamPipeline", summary = "A manager's team pipeline: each direct report's totals and the team's weighted forecast")
    @APIResponse(responseCode = "200", description = "The team pipeline", content = @Content(schema = @Schema(implementation = TeamPipeline.class)))
    @APIResponse(responseCode = "404", description = "No such manager, or not the caller's team")
    public TeamPipeline teamPipeline(@PathParam("executiveId") UUID managerId) {
        return opportunities.teamPipeline(managerId);
    }
}
