package io.accountable.client.opportunity;

import io.accountable.client.opportunity.OpportunityApi.OpportunityChange;
import io.accountable.client.opportunity.OpportunityApi.OpportunityView;
import io.accountable.client.opportunity.OpportunityApi.StageChange;
import io.accountable.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
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

@Path("/api/opportunities")
@Tag(name = "Opportunities", description = "The pipeline: from qualification to won or lost")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class OpportunityResource {

    @Inject
    OpportunityService opportunities;

    @GET
    @Path("/{id}")
    @RolesAllowed({ Roles.ADMIN, Roles.SALES_MANAGER, Roles.ACCOUNT_EXECUTIVE })
    @Operation(operationId = "getOpportunity", summary = "Get an opportunity")
    @APIResponse(responseCode = "200", description = "The opportunity", content = @Content(schema = @Schema(implementation = OpportunityView.class)))
    @APIResponse(responseCode = "404", description = "No such opportunity")
    public OpportunityView get(@PathParam("id") UUID id) {
        return opportunities.get(id);
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed({ Roles.ADMIN, Roles.SALES_MANAGER, Roles.ACCOUNT_EXECUTIVE })
    @Operation(operationId = "changeOpportunity", summary = "Change an open opportunity's terms (optimistic locking on version)")
    @APIResponse(responseCode = "200", description = "Changed", content = @Content(schema = @Schema(implementation = OpportunityView.class)))
    @APIResponse(responseCode = "404", description = "No such opportunity")
    @APIResponse(responseCode = "409", description = "Stale version, or the opportunity is already won or lost")
    public OpportunityView change(@PathParam("id") UUID id, @Valid @NotNull OpportunityChange request) {
        return opportunities.change(id, request);
    }

    @POST
    @Path("/{id}/stage")
    @RolesAllowed({ Roles.ADMIN, Roles.SALES_MANAGER, Roles.ACCOUNT_EXECUTIVE })
    @Operation(operationId = "changeOpportunityStage", summary = "Move an opportunity to another stage; WON (published once, for quota crediting) and LOST (with a reason) close it")
    @APIResponse(responseCode = "200", description = "Moved", content = @Content(schema = @Schema(implementation = OpportunityView.class)))
    @APIResponse(responseCode = "404", description = "No such opportunity")
    @APIResponse(responseCode = "409", description = "Stale version, or already won or lost")
    @APIResponse(responseCode = "422", description = "Same stage, LOST without a reason, or a future close date")
    public OpportunityView changeStage(@PathParam("id") UUID id, @Valid @NotNull StageChange request) {
        return opportunities.changeStage(id, request);
    }
}
