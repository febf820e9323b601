package io.accountable.compliance.review;

import io.accountable.compliance.review.ReviewApi.NewDecision;
import io.accountable.compliance.review.ReviewApi.ReviewView;
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
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/reviews")
@Tag(name = "Review queue", description = "What compliance has to look at, and its decisions")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.COMPLIANCE_OFFICER)
public class ReviewResource {

    @Inject
    ReviewService reviews;

    @GET
    @Operation(operationId = "listReviewItems", summary = "The review queue, oldest first, filtered by status (OPEN, DECIDED) and kind")
    @APIResponse(responseCode = "200", description = "A page of review items")
    public Page<ReviewView> list(@QueryParam("status") String status, @QueryParam("kind") ReviewKind kind,
            @Valid @BeanParam PageRequest page) {
        return reviews.list(status, kind, page);
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getReviewItem", summary = "A review item and its decision")
    @APIResponse(responseCode = "200", description = "The item", content = @Content(schema = @Schema(implementation = ReviewView.class)))
    @APIResponse(responseCode = "404", description = "No such item")
    public ReviewView get(@PathParam("id") UUID id) {
        return reviews.get(id);
    }

    @POST
    @Path("/{id}/decision")
    @Operation(operationId = "decideReviewItem", summary = "Decide an open review item, with a comment (once; decisions are never changed)")
    @APIResponse(responseCode = "200", description = "Decided", content = @Content(schema = @Schema(implementation = ReviewView.class)))
    @APIResponse(responseCode = "404", description = "No such item")
    @APIResponse(responseCode = "409", description = "Already decided")
    public ReviewView decide(@PathParam("id") UUID id, @Valid @NotNull NewDecision request) {
        return reviews.decide(id, request);
    }
}
