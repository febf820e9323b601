package io.accountable.compliance.gift;

import io.accountable.compliance.gift.GiftApi.GiftCorrection;
import io.accountable.compliance.gift.GiftApi.GiftView;
import io.accountable.compliance.gift.GiftApi.NewGift;
import io.accountable.platform.api.Idempotency;
import io.accountable.platform.api.Page;
import io.accountable.platform.api.PageRequest;
import io.accountable.platform.api.SharedContractFilter;
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
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/gifts")
@Tag(name = "Gifts", description = "Gifts given to people at other firms (FINRA Rule 3220): append-only, limited per recipient")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class GiftResource {

    @Inject
    GiftService gifts;

    @Inject
    GiftRefusals refusals;

    @Inject
    Idempotency idempotency;

    @POST
    @RolesAllowed({ Roles.ACCOUNT_EXECUTIVE, Roles.COMPLIANCE_OFFICER })
    @Operation(operationId = "recordGift", summary = "Record a gift given; refused with 422 if it would take a recipient over the limit")
    @APIResponse(responseCode = "201", description = "Recorded", content = @Content(schema = @Schema(implementation = GiftView.class)))
    @APIResponse(responseCode = "409", description = "The same Idempotency-Key is being used by a concurrent request")
    @APIResponse(responseCode = "422", description = "Over the limit (with limit, used, remaining), above the nominal ceiling, unknown giver or contact, future date, or missing rate",
            extensions = @Extension(name = SharedContractFilter.PROBLEM_TYPES, value = GiftOverLimit.SLUG))
    public Response record(@Valid @NotNull NewGift request, @HeaderParam(Idempotency.HEADER) String idempotencyKey,
            @Context UriInfo uri) {
        try {
            return idempotency.once(idempotencyKey, request, () -> {
                GiftView created = gifts.record(request);
                return Response.created(uri.getAbsolutePathBuilder().path(created.id().toString()).build()).entity(created).build();
            });
        } catch (GiftOverLimit refused) {
            refusals.keep(refused);
            throw refused;
        }
    }

    @POST
    @Path("/{id}/corrections")
    @RolesAllowed({ Roles.ACCOUNT_EXECUTIVE, Roles.COMPLIANCE_OFFICER })
    @Operation(operationId = "correctGift", summary = "Correct a gift: records a new gift that references it, with who, when and why (gifts are never edited)")
    @APIResponse(responseCode = "201", description = "The correcting gift", content = @Content(schema = @Schema(implementation = GiftView.class)))
    @APIResponse(responseCode = "404", description = "No such gift the caller may see")
    @APIResponse(responseCode = "409", description = "Already corrected: correct the latest gift of the chain")
    @APIResponse(responseCode = "422", description = "The corrected gift would exceed the limit, or breaks another rule",
            extensions = @Extension(name = SharedContractFilter.PROBLEM_TYPES, value = GiftOverLimit.SLUG))
    public Response correct(@PathParam("id") UUID id, @Valid @NotNull GiftCorrection request,
            @HeaderParam(Idempotency.HEADER) String idempotencyKey, @Context UriInfo uri) {
        try {
            return idempotency.once(idempotencyKey, request, () -> {
                GiftView created = gifts.correct(id, request);
                return Response.created(uri.getBaseUriBuilder().path("api/gifts").path(created.id().toString()).build())
                        .entity(created).build();
            });
        } catch (GiftOverLimit refused) {
            refusals.keep(refused);
            throw refused;
        }
    }

    @GET
    @Path("/{id}/history")
    @RolesAllowed({ Roles.ACCOUNT_EXECUTIVE, Roles.SALES_MANAGER, Roles.COMPLIANCE_OFFICER })
    @Operation(operationId = "getGiftHistory", summary = "The chain of a gift and its corrections, oldest first")
    @APIResponse(responseCode = "200", description = "The chain")
    @APIResponse(responseCode = "404", description = "No such gift the caller may see")
    public java.util.List<GiftView> history(@PathParam("id") UUID id) {
        return gifts.history(id);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({ Roles.ACCOUNT_EXECUTIVE, Roles.SALES_MANAGER, Roles.COMPLIANCE_OFFICER })
    @Operation(operationId = "getGift", summary = "Get a gift (executives: their own; managers: their team's)")
    @APIResponse(responseCode = "200", description = "The gift", content = @Content(schema = @Schema(implementation = GiftView.class)))
    @APIResponse(responseCode = "404", description = "No such gift the caller may see")
    public GiftView get(@PathParam("id") UUID id) {
        return gifts.get(id);
    }

    @GET
    @RolesAllowed({ Roles.ACCOUNT_EXECUTIVE, Roles.SALES_MANAGER, Roles.COMPLIANCE_OFFICER })
    @Operation(operationId = "listGifts", summary = "List gifts the caller may see, newest first, filtered and paged")
    @APIResponse(responseCode = "200", description = "A page of gifts")
    public Page<GiftView> list(@QueryParam("giverId") UUID giverId, @QueryParam("recipientId") UUID recipientId,
            @QueryParam("from") LocalDate from, @QueryParam("to") LocalDate to, @QueryParam("category") GiftCategory category,
            @Valid @BeanParam PageRequest page) {
        return gifts.list(giverId, recipientId, from, to, category, page);
    }
}
