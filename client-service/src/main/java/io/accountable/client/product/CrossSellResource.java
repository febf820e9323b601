package io.accountable.client.product;

import io.accountable.client.product.CrossSellApi.ClientSuggestions;
import io.accountable.platform.api.Page;
import io.accountable.platform.api.PageRequest;
import io.accountable.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/executives/{executiveId}/cross-sell")
@Tag(name = "Products")
@Produces(MediaType.APPLICATION_JSON)
public class CrossSellResource {

    @Inject
    CrossSellService crossSell;

    @GET
    @RolesAllowed({ Roles.ADMIN, Roles.SALES_MANAGER, Roles.ACCOUNT_EXECUTIVE, Roles.COMPLIANCE_OFFICER })
    @Operation(operationId = "getCrossSell", summary = "For each client the executive holds (by legal name), the products the other clients of its segment hold and it does not, most common first")
    @APIResponse(responseCode = "200", description = "A page of clients with at least one suggestion")
    @APIResponse(responseCode = "404", description = "No such executive, or not one the caller may see")
    public Page<ClientSuggestions> crossSell(@PathParam("executiveId") UUID executiveId,
            @QueryParam("productLine") @Size(max = 100) @Parameter(description = "Only products of this line") String productLine,
            @Valid @BeanParam PageRequest page) {
        return crossSell.forExecutive(executiveId, productLine, page);
    }
}
