package io.accountable.client.executive;

import io.accountable.client.executive.ExecutiveApi.ExecutiveChange;
import io.accountable.client.executive.ExecutiveApi.ExecutiveView;
import io.accountable.client.executive.ExecutiveApi.NewExecutive;
import io.accountable.platform.api.Page;
import io.accountable.platform.api.PageRequest;
import io.accountable.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/executives")
@Tag(name = "Executives", description = "The account-executive directory")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ExecutiveResource {

    @Inject
    ExecutiveService executives;

    @POST
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "registerExecutive", summary = "Register an account executive")
    @APIResponse(responseCode = "201", description = "Registered", content = @Content(schema = @Schema(implementation = ExecutiveView.class)), headers = @Header(name = "ETag", required = true, description = "The executive's version, as a strong entity tag", schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "409", description = "E-mail already taken")
    @APIResponse(responseCode = "422", description = "Unknown manager")
    public Response register(@Valid @NotNull NewExecutive request, @jakarta.ws.rs.core.Context UriInfo uri) {
        ExecutiveView created = executives.register(request);
        return Response.created(uri.getAbsolutePathBuilder().path(created.id().toString()).build())
                .entity(created).build();
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({ Roles.ADMIN, Roles.SALES_MANAGER, Roles.ACCOUNT_EXECUTIVE, Roles.COMPLIANCE_OFFICER })
    @Operation(operationId = "getExecutive", summary = "Get an executive")
    @APIResponse(responseCode = "200", description = "The executive", content = @Content(schema = @Schema(implementation = ExecutiveView.class)), headers = @Header(name = "ETag", required = true, description = "The executive's version, as a strong entity tag", schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "404", description = "No such executive")
    public Response get(@PathParam("id") UUID id) {
        ExecutiveView executive = executives.get(id);
        return Response.ok(executive).build();
    }

    @GET
    @RolesAllowed({ Roles.ADMIN, Roles.SALES_MANAGER, Roles.ACCOUNT_EXECUTIVE, Roles.COMPLIANCE_OFFICER })
    @Operation(operationId = "listExecutives", summary = "List executives, filtered and paged")
    @APIResponse(responseCode = "200", description = "A page of executives")
    public Page<ExecutiveView> list(@QueryParam("status") ExecutiveStatus status, @QueryParam("region") String region,
            @QueryParam("managerId") UUID managerId, @Valid @BeanParam PageRequest page) {
        return executives.list(status, region, managerId, page);
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "changeExecutive", summary = "Change an executive (optimistic locking on version)")
    @APIResponse(responseCode = "200", description = "Changed", content = @Content(schema = @Schema(implementation = ExecutiveView.class)), headers = @Header(name = "ETag", required = true, description = "The executive's version, as a strong entity tag", schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "404", description = "No such executive")
    @APIResponse(responseCode = "409", description = "Stale version or e-mail taken")
    @APIResponse(responseCode = "422", description = "Unknown manager or reporting cycle")
    public Response change(@PathParam("id") UUID id, @Valid @NotNull ExecutiveChange request) {
        ExecutiveView changed = executives.change(id, request);
        return Response.ok(changed).build();
    }
}
