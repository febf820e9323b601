package io.accountable.client.product;

import io.accountable.client.product.ProductApi.NewProduct;
import io.accountable.client.product.ProductApi.ProductChange;
import io.accountable.client.product.ProductApi.ProductView;
import io.accountable.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/products")
@Tag(name = "Products", description = "The product catalogue, the products each client holds, and cross-sell")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ProductResource {

    @Inject
    ProductService products;

    @GET
    @RolesAllowed({ Roles.ADMIN, Roles.SALES_MANAGER, Roles.ACCOUNT_EXECUTIVE, Roles.COMPLIANCE_OFFICER })
    @Operation(operationId = "listProducts", summary = "The product catalogue by product line and code")
    @APIResponse(responseCode = "200", description = "The products")
    public List<ProductView> list(
            @QueryParam("productLine") @Size(max = 100) @Parameter(description = "Only this product line") String productLine,
            @QueryParam("active") @Parameter(description = "Only active (true) or inactive (false) products") Boolean active) {
        return products.list(productLine, active);
    }

    @GET
    @Path("/{code}")
    @RolesAllowed({ Roles.ADMIN, Roles.SALES_MANAGER, Roles.ACCOUNT_EXECUTIVE, Roles.COMPLIANCE_OFFICER })
    @Operation(operationId = "getProduct", summary = "Get a product")
    @APIResponse(responseCode = "200", description = "The product", content = @Content(schema = @Schema(implementation = ProductView.class)))
    @APIResponse(responseCode = "404", description = "No such product")
    public ProductView get(@PathParam("code") String code) {
        return products.get(code);
    }

    @POST
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "createProduct", summary = "Add a product to the catalogue")
    @APIResponse(responseCode = "201", description = "Created", content = @Content(schema = @Schema(implementation = ProductView.class)))
    @APIResponse(responseCode = "409", description = "Code already taken")
    @APIResponse(responseCode = "422", description = "End date not after the start date")
    public Response create(@Valid @NotNull NewProduct request, @Context UriInfo uri) {
        ProductView created = products.create(request);
        return Response.created(uri.getAbsolutePathBuilder().path(created.code()).build()).entity(created).build();
    }

    @PUT
    @Path("/{code}")
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "changeProduct", summary = "Change a product's name, line, dates or active flag (optimistic locking on version); holdings stay")
    @APIResponse(responseCode = "200", description = "Changed", content = @Content(schema = @Schema(implementation = ProductView.class)))
    @APIResponse(responseCode = "404", description = "No such product")
    @APIResponse(responseCode = "409", description = "Stale version")
    @APIResponse(responseCode = "422", description = "End date not after the start date")
    public ProductView change(@PathParam("code") String code, @Valid @NotNull ProductChange request) {
        return products.change(code, request);
    }
}
