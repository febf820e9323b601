package io.accountable.quota.sale;

import io.accountable.platform.api.Idempotency;
import io.accountable.platform.api.Page;
import io.accountable.platform.api.PageRequest;
import io.accountable.platform.security.CurrentUser;
import io.accountable.platform.security.Roles;
import io.accountable.quota.sale.SaleApi.NewReversal;
import io.accountable.quota.sale.SaleApi.NewSale;
import io.accountable.quota.sale.SaleApi.ReversalView;
import io.accountable.quota.sale.SaleApi.SaleView;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
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
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/sales")
@Tag(name = "Sales", description = "Closed sales and whom they are credited to")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class SaleResource {

    @Inject
    SaleService sales;

    @Inject
    Idempotency idempotency;

    @Inject
    CurrentUser user;

    @POST
    @RolesAllowed({ Roles.ADMIN, Roles.SALES_MANAGER })
    @Operation(operationId = "recordSale", summary = "Record a closed sale, credited to the client's owner on the close date or split explicitly")
    @APIResponse(responseCode = "201", description = "Recorded and credited", content = @Content(schema = @Schema(implementation = SaleView.class)))
    @APIResponse(responseCode = "409", description = "The external reference is already recorded")
    @APIResponse(responseCode = "422", description = "Unknown client or executive, no owner on the close date, or credits that do not add up to 100%")
    public Response record(@Valid @NotNull NewSale request,
            @HeaderParam(Idempotency.HEADER) String idempotencyKey,
            @Context UriInfo uri) {
        return idempotency.once(idempotencyKey, request, () -> {
            SaleView created = sales.record(request, user.id());
            return Response.created(uri.getAbsolutePathBuilder().path(created.id().toString()).build()).entity(created).build();
        });
    }

    @POST
    @Path("/{id}/reversals")
    @RolesAllowed({ Roles.ADMIN, Roles.SALES_MANAGER })
    @Operation(operationId = "reverseSale", summary = "Cancel or refund part or all of a sale; its commission is clawed back at the rate paid")
    @APIResponse(responseCode = "201", description = "Reversed", content = @Content(schema = @Schema(implementation = ReversalView.class)))
    @APIResponse(responseCode = "404", description = "No such sale")
    @APIResponse(responseCode = "422", description = "More than is left to reverse, another currency, or dated before the close")
    public Response reverse(@PathParam("id") UUID id, @Valid @NotNull NewReversal request,
            @HeaderParam(Idempotency.HEADER) String idempotencyKey,
            @Context UriInfo uri) {
        return idempotency.once(idempotencyKey, request, () -> {
            ReversalView reversal = sales.reverse(id, request, user.id());
            return Response.created(uri.getAbsolutePathBuilder().path(reversal.id().toString()).build()).entity(reversal).build();
        });
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({ Roles.ADMIN, Roles.SALES_MANAGER, Roles.ACCOUNT_EXECUTIVE })
    @Operation(operationId = "getSale", summary = "Get a sale credited to you or your team")
    @APIResponse(responseCode = "200", description = "The sale", content = @Content(schema = @Schema(implementation = SaleView.class)))
    @APIResponse(responseCode = "404", description = "No such sale you may see")
    public SaleView get(@PathParam("id") UUID id) {
        return sales.get(id);
    }

    @GET
    @RolesAllowed({ Roles.ADMIN, Roles.SALES_MANAGER, Roles.ACCOUNT_EXECUTIVE })
    @Operation(operationId = "listSales", summary = "Sales credited to an executive, by close date, paged")
    @APIResponse(responseCode = "200", description = "A page of sales")
    public Page<SaleView> list(@NotNull @QueryParam("executiveId") UUID executiveId, @QueryParam("from") LocalDate from,
            @QueryParam("to") LocalDate to, @Valid @BeanParam PageRequest page) {
        return sales.list(executiveId, from, to, page);
    }
}
