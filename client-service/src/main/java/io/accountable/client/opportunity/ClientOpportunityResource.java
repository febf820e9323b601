package io.accountable.client.opportunity;

import io.accountable.client.opportunity.OpportunityApi.NewOpportunity;
import io.accountable.client.opportunity.OpportunityApi.OpportunityView;
import io.accountable.platform.api.Idempotency;
import io.accountable.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/clients/{clientId}/opportunities")
@Tag(name = "Opportunities", description = "The pipeline: from qualification to won or lost")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ClientOpportunityResource {

    @Inject
    OpportunityService opportunities;

    @Inject
    Idempotency idempotency;

    @POST
    @RolesAllowed({ Roles.ADMIN, Roles.SALES_MANAGER, Roles.ACCOUNT_EXECUTIVE })
    @Operation(operationId = "openOpportunity", summary = "Open an opportunity with a client (honours Idempotency-Key)")
    @APIResponse(responseCode = "201", description = "Opened", content = @Content(schema = @Schema(implementation = OpportunityView.class)))
    @APIResponse(responseCode = "404", description = "No such client")
    @APIResponse(responseCode = "409", description = "Idempotency-Key reused with another request")
    @APIResponse(responseCode = "422", description = "Closed client, no primary executive, or a closed stage")
    public Response open(@PathParam("clientId") UUID clientId, @Valid @NotNull NewOpportunity request,
            @HeaderParam(Idempotency.HEADER) String idempotencyKey, @Context UriInfo uri) {
        return idempotency.once(idempotencyKey, request, () -> {
            OpportunityView created = opportunities.open(clientId, request);
            return Response.created(uri.getBaseUriBuilder().path("api/opportunities").path(created.id().toString()).build())
                    .entity(created).build();
        });
    }

    @GET
    @RolesAllowed({ Roles.ADMIN, Roles.SALES_MANAGER, Roles.ACCOUNT_EXECUTIVE })
    @Operation(operationId = "listClientOpportunities", summary = "The client's opportunities by expected close date")
    @APIResponse(responseCode = "200", description = "The opportunities")
    @APIResponse(responseCode = "404", description = "No such client")
    public List<OpportunityView> forClient(@PathParam("clientId") UUID clientId, @QueryParam("stage") Stage stage) {
        return opportunities.forClient(clientId, stage);
    }
}
