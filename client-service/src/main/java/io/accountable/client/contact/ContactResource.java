package io.accountable.client.contact;

import io.accountable.client.contact.ContactApi.ContactChange;
import io.accountable.client.contact.ContactApi.ContactView;
import io.accountable.client.contact.ContactApi.NewContact;
import io.accountable.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
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
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/clients/{clientId}/contacts")
@Tag(name = "Contacts", description = "People at clients")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ContactResource {

    @Inject
    ContactService contacts;

    @POST
    @RolesAllowed({ Roles.ADMIN, Roles.SALES_MANAGER, Roles.ACCOUNT_EXECUTIVE })
    @Operation(operationId = "addContact", summary = "Add a person at the client")
    @APIResponse(responseCode = "201", description = "Added", content = @Content(schema = @Schema(implementation = ContactView.class)))
    @APIResponse(responseCode = "404", description = "No such client")
    @APIResponse(responseCode = "422", description = "The client is closed")
    public Response add(@PathParam("clientId") UUID clientId, @Valid @NotNull NewContact request, @Context UriInfo uri) {
        ContactView created = contacts.add(clientId, request);
        return Response.created(uri.getAbsolutePathBuilder().path(created.id().toString()).build()).entity(created).build();
    }

    @GET
    @RolesAllowed({ Roles.ADMIN, Roles.SALES_MANAGER, Roles.ACCOUNT_EXECUTIVE, Roles.COMPLIANCE_OFFICER })
    @Operation(operationId = "listContacts", summary = "The people at the client, by name")
    @APIResponse(responseCode = "200", description = "The contacts")
    @APIResponse(responseCode = "404", description = "No such client")
    public List<ContactView> list(@PathParam("clientId") UUID clientId, @QueryParam("active") Boolean active) {
        return contacts.list(clientId, active);
    }

    @GET
    @Path("/{contactId}")
    @RolesAllowed({ Roles.ADMIN, Roles.SALES_MANAGER, Roles.ACCOUNT_EXECUTIVE, Roles.COMPLIANCE_OFFICER })
    @Operation(operationId = "getContact", summary = "Get a person at the client")
    @APIResponse(responseCode = "200", description = "The contact", content = @Content(schema = @Schema(implementation = ContactView.class)))
    @APIResponse(responseCode = "404", description = "No such client or contact")
    public ContactView get(@PathParam("clientId") UUID clientId, @PathParam("contactId") UUID contactId) {
        return contacts.get(clientId, contactId);
    }

    @PUT
    @Path("/{contactId}")
    @RolesAllowed({ Roles.ADMIN, Roles.SALES_MANAGER, Roles.ACCOUNT_EXECUTIVE })
    @Operation(operationId = "changeContact", summary = "Change or deactivate a person at the client (optimistic locking on version)")
    @APIResponse(responseCode = "200", description = "Changed", content = @Content(schema = @Schema(implementation = ContactView.class)))
    @APIResponse(responseCode = "404", description = "No such client or contact")
    @APIResponse(responseCode = "409", description = "Stale version")
    public ContactView change(@PathParam("clientId") UUID clientId, @PathParam("contactId") UUID contactId, @Valid @NotNull ContactChange request) {
        return contacts.change(clientId, contactId, request);
    }
}
