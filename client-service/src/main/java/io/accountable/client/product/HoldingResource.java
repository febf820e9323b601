package io.accountable.client.product;

import io.accountable.client.product.HoldingApi.Closure;
import io.accountable.client.product.HoldingApi.HoldingStatus;
import io.accountable.client.product.HoldingApi.HoldingView;
import io.accountable.client.product.HoldingApi.NewHolding;
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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/clients/{clientId}/products")
@Tag(name = "Products")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class HoldingResource {

    @Inject
    HoldingService holdings;

    @POST
    @RolesAllowed({ Roles.ADMIN, Roles.SALES_MANAGER, Roles.ACCOUNT_EXECUTIVE })
    @Operation(operationId = "openHolding", summary = "Record that the client took a product up")
    @APIResponse(responseCode = "201", description = "Opened", content = @Content(schema = @Schema(implementation = HoldingView.class)))
    @APIResponse(responseCode = "404", description = "No such client")
    @APIResponse(responseCode = "409", description = "The client holds the product already")
    @APIResponse(responseCode = "422", description = "Unknown product, one not offered on that day, a closed client, a future date, or a product the client closed (never reopened)")
    public Response open(@PathParam("clientId") UUID clientId, @Valid @NotNull NewHolding request, @Context UriInfo uri) {
        HoldingView opened = holdings.open(clientId, request);
        return Response.created(uri.getAbsolutePathBuilder().path(opened.productCode()).build()).entity(opened).build();
    }

    @GET
    @RolesAllowed({ Roles.ADMIN, Roles.SALES_MANAGER, Roles.ACCOUNT_EXECUTIVE, Roles.COMPLIANCE_OFFICER })
    @Operation(operationId = "listHoldings", summary = "The products the client holds and held, in the order it took them up")
    @APIResponse(responseCode = "200", description = "The holdings")
    @APIResponse(responseCode = "404", description = "No such client")
    public List<HoldingView> list(@PathParam("clientId") UUID clientId,
            @QueryParam("status") @Parameter(description = "Only open or only closed holdings") HoldingStatus status) {
        return holdings.forClient(clientId, status);
    }

    @GET
    @Path("/{productCode}")
    @RolesAllowed({ Roles.ADMIN, Roles.SALES_MANAGER, Roles.ACCOUNT_EXECUTIVE, Roles.COMPLIANCE_OFFICER })
    @Operation(operationId = "getHolding", summary = "The client's holding of one product")
    @APIResponse(responseCode = "200", description = "The holding", content = @Content(schema = @Schema(implementation = HoldingView.class)))
    @APIResponse(responseCode = "404", description = "No such client, or the client never held the product")
    public HoldingView get(@PathParam("clientId") UUID clientId, @PathParam("productCode") String productCode) {
        return holdings.get(clientId, productCode);
    }

    @POST
    @Path("/{productCode}/closure")
    @RolesAllowed({ Roles.ADMIN, Roles.SALES_MANAGER, Roles.ACCOUNT_EXECUTIVE })
    @Operation(operationId = "closeHolding", summary = "Record that the client gave a product up; final (optimistic locking on version)")
    @APIResponse(responseCode = "200", description = "Closed", content = @Content(schema = @Schema(implementation = HoldingView.class)))
    @APIResponse(responseCode = "404", description = "No such client, or the client never held the product")
    @APIResponse(responseCode = "409", description = "Stale version, or closed already")
    @APIResponse(responseCode = "422", description = "A future date, or one before the opening")
    public HoldingView close(@PathParam("clientId") UUID clientId, @PathParam("productCode") String productCode,
            @Valid @NotNull Closure request) {
        return holdings.close(clientId, productCode, request);
    }
}
