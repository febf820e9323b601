package io.accountable.platform.problem;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Error responses the framework answers by itself (an unreadable body, a wrong method or media
 * type) bypass the exception mappers; this gives them the same problem+json shape.
 */
public class ProblemResponseFilter {

    @ServerResponseFilter
    public void asProblem(ContainerRequestContext request, ContainerResponseContext response) {
        int status = response.getStatus();
        MediaType type = response.getMediaType();
        if (status < 400 || (type != null && type.toString().startsWith(Problem.MEDIA_TYPE))) {
            return;
        }
        Response.Status known = Response.Status.fromStatusCode(status);
        String title = known == null ? "HTTP " + status : known.getReasonPhrase();
        String slug = status == 400 ? "malformed-request" : title.toLowerCase().replace(' ', '-');
        String detail = status == 400 ? "The request could not be read: it is not valid JSON or does not fit the expected shape" : title;
        String path = "/" + request.getUriInfo().getPath().replaceFirst("^/", "");
        response.setEntity(new Problem(slug, title, status, detail, path, null, null), null, MediaType.valueOf(Problem.MEDIA_TYPE));
    }
}
