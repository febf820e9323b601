package io.accountable.client.risk;

import io.accountable.client.risk.RiskApi.NewRiskRating;
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

@Path("/api/clients/{clientId}/risk-ratings")
@Tag(name = "Risk and retention", description = "Client risk ratings with reviews, and retention-risk flags to act on")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ClientRiskResource {

    @Inject
    RiskService risk;

    @POST
    @RolesAllowed({ Roles.ADMIN, Roles.SALES_MANAGER, Roles.ACCOUNT_EXECUTIVE })
    @Operation(operationId = "rateClientRisk", summary = "Rate the client's risk (low / medium / high) with a reason and the next review date")
    @APIResponse(responseCode = "201", description = "Rated", content = @Content(schema = @Schema(implementation = RiskRatingView.class)))
    @APIResponse(responseCode = "404", description = "No such client")
    @APIResponse(responseCode = "422", description = "Closed client, or a review date not ahead")
    public Response rate(@PathParam("clientId") UUID clientId, @Valid @NotNull NewRiskRating request, @Context UriInfo uri) {
        RiskRatingView rated = risk.rate(clientId, request);
        return Response.created(uri.getAbsolutePathBuilder().path(rated.id().toString()).build()).entity(rated).build();
    }

    @GET
    @Path("/{ratingId}")
    @RolesAllowed({ Roles.ADMIN, Roles.SALES_MANAGER, Roles.ACCOUNT_EXECUTIVE, Roles.COMPLIANCE_OFFICER })
    @Operation(operationId = "getClientRiskRating", summary = "One risk rating of the client")
    @APIResponse(responseCode = "200", description = "The rating", content = @Content(schema = @Schema(implementation = RiskRatingView.class)))
    @APIResponse(responseCode = "404", description = "No such client, or no such rating of it")
    public RiskRatingView rating(@PathParam("clientId") UUID clientId, @PathParam("ratingId") UUID ratingId) {
        return risk.rating(clientId, ratingId);
    }

    @GET
    @RolesAllowed({ Roles.ADMIN, Roles.SALES_MANAGER, Roles.ACCOUNT_EXECUTIVE, Roles.COMPLIANCE_OFFICER })
    @Operation(operationId = "listClientRiskRatings", summary = "The client's risk ratings, current first")
    @APIResponse(responseCode = "200", description = "The ratings")
    @APIResponse(responseCode = "404", description = "No such client")
    public List<RiskRatingView> ratings(@PathParam("clientId") UUID clientId) {
        return risk.ratings(clientId);
    }
}
