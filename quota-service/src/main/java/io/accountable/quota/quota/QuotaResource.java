package io.accountable.quota.quota;

import io.accountable.platform.security.Roles;
import io.accountable.quota.quota.QuotaApi.QuotaChange;
import io.accountable.quota.quota.QuotaApi.QuotaView;
import io.accountable.quota.quota.QuotaService.SetResult;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
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

@Path("/api/quotas/{executiveId}")
@Tag(name = "Quotas", description = "Quotas per executive and fiscal year, with effective-dated history")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class QuotaResource {

    @Inject
    QuotaService quotas;

    @PUT
    @Path("/{fiscalYear}")
    @RolesAllowed({ Roles.ADMIN, Roles.SALES_MANAGER })
    @Operation(operationId = "setQuota", summary = "Set an executive's quota for a fiscal year, or change it from an effective date")
    @APIResponse(responseCode = "201", description = "Quota created", content = @Content(schema = @Schema(implementation = QuotaView.class)))
    @APIResponse(responseCode = "200", description = "Quota changed; the change is a new version in the history", content = @Content(schema = @Schema(implementation = QuotaView.class)))
    @APIResponse(responseCode = "409", description = "Stale version")
    @APIResponse(responseCode = "422", description = "Unknown executive, quarters that do not add up, a date outside the fiscal year, another currency")
    public Response set(@PathParam("executiveId") UUID executiveId, @PathParam("fiscalYear") @Min(2000) @Max(2200) int fiscalYear,
            @Valid @NotNull QuotaChange change, @Context UriInfo uri) {
        SetResult result = quotas.set(executiveId, fiscalYear, change);
        Response.ResponseBuilder response = result.created() ? Response.created(uri.getAbsolutePath()) : Response.ok();
        return response.entity(result.quota()).build();
    }

    @GET
    @Path("/{fiscalYear}")
    @RolesAllowed({ Roles.ADMIN, Roles.SALES_MANAGER, Roles.ACCOUNT_EXECUTIVE })
    @Operation(operationId = "getQuota", summary = "An executive's quota for a fiscal year: per quarter and month, and its history")
    @APIResponse(responseCode = "200", description = "The quota", content = @Content(schema = @Schema(implementation = QuotaView.class)))
    @APIResponse(responseCode = "404", description = "No quota for that year")
    public Response get(@PathParam("executiveId") UUID executiveId, @PathParam("fiscalYear") @Min(2000) @Max(2200) int fiscalYear) {
        QuotaView quota = quotas.get(executiveId, fiscalYear);
        return Response.ok(quota).build();
    }

    @GET
    @RolesAllowed({ Roles.ADMIN, Roles.SALES_MANAGER, Roles.ACCOUNT_EXECUTIVE })
    @Operation(operationId = "listQuotas", summary = "Every fiscal year's quota of an executive")
    @APIResponse(responseCode = "200", description = "The quotas, by fiscal year")
    public List<QuotaView> list(@PathParam("executiveId") UUID executiveId) {
        return quotas.list(executiveId);
    }
}
