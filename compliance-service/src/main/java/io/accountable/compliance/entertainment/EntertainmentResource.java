package io.accountable.compliance.entertainment;

import io.accountable.compliance.entertainment.EntertainmentApi.EntertainmentCorrection;
import io.accountable.compliance.entertainment.EntertainmentApi.EntertainmentView;
import io.accountable.compliance.entertainment.EntertainmentApi.NewEntertainment;
import io.accountable.platform.api.Idempotency;
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

@Path("/api/entertainment")
@Tag(name = "Entertainment", description = "Hosted business entertainment: not counted toward the gift limit, flagged when too frequent or costly")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class EntertainmentResource {

    @Inject
    EntertainmentService entertainment;

    @Inject
    Idempotency idempotency;

    @POST
    @RolesAllowed({ Roles.ACCOUNT_EXECUTIVE, Roles.COMPLIANCE_OFFICER })
    @Operation(operationId = "logEntertainment", summary = "Log a hosted entertainment event (honours Idempotency-Key)")
    @APIResponse(responseCode = "201", description = "Logged (and flagged for review if too frequent or costly)", content = @Content(schema = @Schema(implementation = EntertainmentView.class)))
    @APIResponse(responseCode = "422", description = "No host attended (record a gift instead), unknown host or contact, future date, missing rate")
    public Response log(@Valid @NotNull NewEntertainment request, @HeaderParam(Idempotency.HEADER) String idempotencyKey,
            @Context UriInfo uri) {
        return idempotency.once(idempotencyKey, request, () -> {
            EntertainmentView logged = entertainment.log(request);
            return Response.created(uri.getAbsolutePathBuilder().path(logged.id().toString()).build()).entity(logged).build();
        });
    }

    @POST
    @Path("/{id}/corrections")
    @RolesAllowed({ Roles.ACCOUNT_EXECUTIVE, Roles.COMPLIANCE_OFFICER })
    @Operation(operationId = "correctEntertainment", summary = "Correct an entertainment record: records a new one that references it, with who, when and why (records are never edited; honours Idempotency-Key)")
    @APIResponse(responseCode = "201", description = "The correcting record", content = @Content(schema = @Schema(implementation = EntertainmentView.class)))
    @APIResponse(responseCode = "404", description = "No such event the caller may see")
    @APIResponse(responseCode = "409", description = "Already corrected: correct the latest record of the chain")
    @APIResponse(responseCode = "422", description = "No host attended, unknown host or contact, future date, missing rate")
    public Response correct(@PathParam("id") UUID id, @Valid @NotNull EntertainmentCorrection request,
            @HeaderParam(Idempotency.HEADER) String idempotencyKey, @Context UriInfo uri) {
        return idempotency.once(idempotencyKey, request, () -> {
            EntertainmentView created = entertainment.correct(id, request);
            return Response.created(uri.getBaseUriBuilder().path("api/entertainment").path(created.id().toString()).build())
                    .entity(created).build();
        });
    }

    @GET
    @Path("/{id}/history")
    @RolesAllowed({ Roles.ACCOUNT_EXECUTIVE, Roles.SALES_MANAGER, Roles.COMPLIANCE_OFFICER })
    @Operation(operationId = "getEntertainmentHistory", summary = "The chain of an entertainment record and its corrections, oldest first")
    @APIResponse(responseCode = "200", description = "The chain")
    @APIResponse(responseCode = "404", description = "No such event the caller may see")
    public List<EntertainmentView> history(@PathParam("id") UUID id) {
        return entertainment.history(id);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({ Roles.ACCOUNT_EXECUTIVE, Roles.SALES_MANAGER, Roles.COMPLIANCE_OFFICER })
    @Operation(operationId = "getEntertainment", summary = "An entertainment event the caller hosted (compliance: any)")
    @APIResponse(responseCode = "200", description = "The event", content = @Content(schema = @Schema(implementation = EntertainmentView.class)))
    @APIResponse(responseCode = "404", description = "No such event the caller may see")
    public EntertainmentView get(@PathParam("id") UUID id) {
        return entertainment.get(id);
    }

    @GET
    @RolesAllowed({ Roles.ACCOUNT_EXECUTIVE, Roles.COMPLIANCE_OFFICER })
    @Operation(operationId = "listEntertainment", summary = "Entertainment the caller may see, newest first, optionally for one recipient")
    @APIResponse(responseCode = "200", description = "A page of events")
    public Page<EntertainmentView> list(@QueryParam("recipientId") UUID recipientId, @Valid @BeanParam PageRequest page) {
        return entertainment.list(recipientId, page);
    }
}
