package io.accountable.notification.webhook;

import io.accountable.notification.webhook.WebhookApi.NewWebhookSubscription;
import io.accountable.notification.webhook.WebhookApi.SecretRotationRequest;
import io.accountable.notification.webhook.WebhookApi.SecretRotationView;
import io.accountable.notification.webhook.WebhookApi.WebhookSubscriptionChange;
import io.accountable.notification.webhook.WebhookApi.WebhookSubscriptionView;
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
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Duration;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/webhook-subscriptions")
@Tag(name = "Webhooks", description = "Signed CloudEvents posted to internal systems; see docs/webhooks.md")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ADMIN)
public class WebhookResource {

    @Inject
    WebhookService webhooks;

    @Inject
    Idempotency idempotency;

    @POST
    @Operation(operationId = "subscribeWebhook", summary = "Register a URL to receive some event types")
    @APIResponse(responseCode = "201", description = "Subscribed", content = @Content(schema = @Schema(implementation = WebhookSubscriptionView.class)))
    @APIResponse(responseCode = "409", description = "Idempotency-Key reused with a different body")
    @APIResponse(responseCode = "422", description = "Unusable URL")
    public Response subscribe(@HeaderParam(Idempotency.HEADER) String idempotencyKey, @Valid @NotNull NewWebhookSubscription request,
            @Context UriInfo uri) {
        return idempotency.once(idempotencyKey, request, () -> {
            WebhookSubscriptionView created = webhooks.subscribe(request);
            return Response.created(uri.getAbsolutePathBuilder().path(created.id().toString()).build()).entity(created).build();
        });
    }

    @GET
    @Operation(operationId = "listWebhookSubscriptions", summary = "Webhook subscriptions, newest first")
    @APIResponse(responseCode = "200", description = "A page of subscriptions")
    public Page<WebhookSubscriptionView> list(@Valid @BeanParam PageRequest page) {
        return webhooks.list(page);
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getWebhookSubscription", summary = "One webhook subscription (without its secret)")
    @APIResponse(responseCode = "200", description = "The subscription", content = @Content(schema = @Schema(implementation = WebhookSubscriptionView.class)))
    @APIResponse(responseCode = "404", description = "No such subscription")
    public WebhookSubscriptionView get(@PathParam("id") UUID id) {
        return webhooks.get(id);
    }

    @POST
    @Path("/{id}/secret-rotations")
    @Operation(operationId = "rotateWebhookSecret", summary = "Give a subscription a new secret (shown once); the old one keeps signing for an overlap",
            description = "While the overlap lasts every delivery carries two signatures in webhook-signature, the new secret's first;"
                    + " the deprecated Accountable-Signature is signed with the new secret only")
    @APIResponse(responseCode = "200", description = "Rotated; the answer holds the new secret",
            content = @Content(schema = @Schema(implementation = SecretRotationView.class)))
    @APIResponse(responseCode = "404", description = "No such subscription")
    public SecretRotationView rotateSecret(@PathParam("id") UUID id, @Valid SecretRotationRequest request) {
        return webhooks.rotateSecret(id, request == null || request.overlapSeconds() == null ? null
                : Duration.ofSeconds(request.overlapSeconds()));
    }

    @PUT
    @Path("/{id}")
    @Operation(operationId = "changeWebhookSubscription", summary = "Change a subscription: URL, filter, secret, active (optimistic locking on version)",
            description = "Deactivating stops its deliveries at once: those not yet delivered become CANCELLED. A secret sent here replaces the current one"
                    + " at once; rotate it (secret-rotations) to keep the old one signing meanwhile")
    @APIResponse(responseCode = "200", description = "Changed", content = @Content(schema = @Schema(implementation = WebhookSubscriptionView.class)))
    @APIResponse(responseCode = "404", description = "No such subscription")
    @APIResponse(responseCode = "409", description = "Stale version")
    @APIResponse(responseCode = "422", description = "Unusable URL")
    public WebhookSubscriptionView change(@PathParam("id") UUID id, @Valid @NotNull WebhookSubscriptionChange request) {
        return webhooks.change(id, request);
    }
}
