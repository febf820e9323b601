package io.accountable.client.satisfaction;

import io.accountable.client.satisfaction.SatisfactionApi.NewSurveyAnswer;
import io.accountable.client.satisfaction.SatisfactionApi.SatisfactionView;
import io.accountable.client.satisfaction.SatisfactionApi.SurveyAnswerView;
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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/clients/{clientId}")
@Tag(name = "Satisfaction", description = "Survey answers of a client's people, its latest and trailing satisfaction, and drops")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class SatisfactionResource {

    @Inject
    SatisfactionService satisfaction;

    @POST
    @Path("/survey-answers")
    @RolesAllowed({ Roles.ADMIN, Roles.SALES_MANAGER, Roles.ACCOUNT_EXECUTIVE })
    @Operation(operationId = "recordSurveyAnswer", summary = "Record a contact's survey answer; a drop below the tier's floor, or a detractor after a resolved complaint, is published")
    @APIResponse(responseCode = "201", description = "Recorded", content = @Content(schema = @Schema(implementation = SurveyAnswerView.class)))
    @APIResponse(responseCode = "404", description = "No such client")
    @APIResponse(responseCode = "422", description = "A score outside the scale, a future answer date, a contact of another client, or a closed client")
    public Response record(@PathParam("clientId") UUID clientId, @Valid @NotNull NewSurveyAnswer request, @Context UriInfo uri) {
        SurveyAnswerView recorded = satisfaction.record(clientId, request);
        return Response.created(uri.getAbsolutePathBuilder().path(recorded.id().toString()).build()).entity(recorded).build();
    }

    @GET
    @Path("/survey-answers")
    @RolesAllowed({ Roles.ADMIN, Roles.SALES_MANAGER, Roles.ACCOUNT_EXECUTIVE, Roles.COMPLIANCE_OFFICER })
    @Operation(operationId = "listSurveyAnswers", summary = "The client's survey answers, the last answered first")
    @APIResponse(responseCode = "200", description = "A page of answers")
    @APIResponse(responseCode = "404", description = "No such client")
    public Page<SurveyAnswerView> answers(@PathParam("clientId") UUID clientId,
            @QueryParam("scale") @Parameter(description = "Only answers on this scale") Scale scale, @Valid @BeanParam PageRequest page) {
        return satisfaction.answers(clientId, scale, page);
    }

    @GET
    @Path("/survey-answers/{answerId}")
    @RolesAllowed({ Roles.ADMIN, Roles.SALES_MANAGER, Roles.ACCOUNT_EXECUTIVE, Roles.COMPLIANCE_OFFICER })
    @Operation(operationId = "getSurveyAnswer", summary = "One survey answer")
    @APIResponse(responseCode = "200", description = "The answer", content = @Content(schema = @Schema(implementation = SurveyAnswerView.class)))
    @APIResponse(responseCode = "404", description = "No such client or answer")
    public SurveyAnswerView answer(@PathParam("clientId") UUID clientId, @PathParam("answerId") UUID answerId) {
        return satisfaction.get(clientId, answerId);
    }

    @GET
    @Path("/satisfaction")
    @RolesAllowed({ Roles.ADMIN, Roles.SALES_MANAGER, Roles.ACCOUNT_EXECUTIVE, Roles.COMPLIANCE_OFFICER })
    @Operation(operationId = "getClientSatisfaction", summary = "Per scale: the latest answer, the trailing average, and the tier's floor")
    @APIResponse(responseCode = "200", description = "The client's satisfaction", content = @Content(schema = @Schema(implementation = SatisfactionView.class)))
    @APIResponse(responseCode = "404", description = "No such client")
    public SatisfactionView satisfaction(@PathParam("clientId") UUID clientId) {
        return satisfaction.satisfaction(clientId);
    }
}
