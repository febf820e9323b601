package io.accountable.platform.problem;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.hibernate.StaleStateException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Turns every failure into RFC 9457 problem+json: field-level detail for invalid input, the numbers
 * for a rule violation, and never a stack trace or SQL. Anything unexpected is logged with an id
 * that the response carries, so support can find it.
 */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);
    /** What Agroal, the connection pool, says when no connection came free within its acquisition timeout (it sets no SQL state). */
    private static final String POOL_EXHAUSTED = "Sorry, acquisition timeout!";

    @ServerExceptionMapper
    public Response problem(ProblemException e, UriInfo uri, HttpHeaders headers) {
        return respond(underIfMatch(e, headers), uri);
    }

    @ServerExceptionMapper
    public Response invalid(ConstraintViolationException e, UriInfo uri) {
        List<Problem.FieldError> errors = e.getConstraintViolations().stream()
                .map(v -> new Problem.FieldError(fieldOf(v), v.getMessage()))
                .sorted(Comparator.comparing(Problem.FieldError::field))
                .collect(Collectors.toCollection(ArrayList::new));
        return respond(new Problem("validation", "Invalid request", 400,
                "The request has " + errors.size() + " invalid field(s)", path(uri), errors, null));
    }

    /** Listed one by one: the framework's own mapper for MismatchedInputException would be closer otherwise. */
    @ServerExceptionMapper({ JsonProcessingException.class, JsonParseException.class, MismatchedInputException.class,
            InvalidFormatException.class, UnrecognizedPropertyException.class })
    public Response unreadable(JsonProcessingException e, UriInfo uri) {
        return respond(unreadableBody(e, path(uri)));
    }

    @ServerExceptionMapper
    public Response http(WebApplicationException e, UriInfo uri) {
        Throwable cause = e.getCause();
        if (cause instanceof JsonProcessingException json) {
            return respond(unreadableBody(json, path(uri)));
        }
        int status = e.getResponse().getStatus();
        if (status == 404 && cause != null) {
            Optional<String> parameter = queryParameterNamedIn(cause, uri);
            if (parameter.isPresent()) {
                return respond(Problem.invalidField(parameter.get(), "cannot be read: " + cause.getMessage(),
                        "The request has 1 invalid field(s)", path(uri)));
            }
        }
        Response.Status known = Response.Status.fromStatusCode(status);
        String title = known == null ? "HTTP " + status : known.getReasonPhrase();
        String slug = title.toLowerCase().replace(' ', '-');
        String detail = status == 404 ? "No resource at " + path(uri) : title;
        return respond(new Problem(slug, title, status, detail, path(uri), null, null));
    }

    @ServerExceptionMapper({ UnauthorizedException.class, AuthenticationFailedException.class })
    public Response unauthenticated(RuntimeException e, UriInfo uri) {
        Problem problem = new Problem("unauthenticated", "Unauthorized", 401,
                "A valid bearer token is required", path(uri), null, null);
        return Response.status(401).type(Problem.MEDIA_TYPE).header("WWW-Authenticate", "Bearer").entity(problem).build();
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri) {
        return respond(new Problem("forbidden", "Forbidden", 403,
                "Your role does not allow this operation", path(uri), null, null));
    }

    @ServerExceptionMapper({ OptimisticLockException.class, StaleStateException.class })
    public Response concurrentModification(RuntimeException e, UriInfo uri, HttpHeaders headers) {
        return respond(staleVersion(path(uri), headers));
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e, UriInfo uri, HttpHeaders headers) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof OptimisticLockException || cause instanceof StaleStateException) {
                return respond(staleVersion(path(uri), headers));
            }
            if (cause instanceof ProblemException problem) {
                return respond(underIfMatch(problem, headers), uri);
            }
            if (cause instanceof org.hibernate.exception.ConstraintViolationException
                    || cause instanceof org.hibernate.exception.LockAcquisitionException) {
                // a unique key lost a race to a concurrent request that the service's own check could not see yet,
                // or the database chose this transaction as a deadlock's victim; either way nothing was written
                return respond(new Problem("conflict", "Conflict", 409,
                        "A concurrent request changed the same data first; read it again and retry", path(uri), null, null));
            }
            if (cause instanceof java.sql.SQLException sql && POOL_EXHAUSTED.equals(sql.getMessage())) {
                // every connection stayed busy for the pool's acquisition timeout: overload, which the client may retry
                return Response.status(503).type(Problem.MEDIA_TYPE).header("Retry-After", "1")
                        .entity(new Problem("busy", "Service busy",
                                503, "Every database connection is in use; try again shortly", path(uri), null, null))
                        .build();
            }
            if (cause instanceof org.hibernate.exception.JDBCConnectionException
                    || cause instanceof java.sql.SQLTransientConnectionException) {
                return Response.status(503).type(Problem.MEDIA_TYPE).header("Retry-After", "5")
                        .entity(new Problem("unavailable", "Service unavailable",
                                503, "The database is unreachable; try again shortly", path(uri), null, null))
                        .build();
            }
        }
        String incident = UUID.randomUUID().toString();
        LOG.errorf(e, "Unexpected error, incident %s", incident);
        return respond(new Problem("internal", "Internal error", 500,
                "Something went wrong on our side; quote incident " + incident, path(uri), null,
                Map.of("incident", incident)));
    }

    private static Problem staleVersion(String path, HttpHeaders headers) {
        String detail = "Someone else changed this resource at the same time; read it again and retry";
        return headers.getHeaderString(HttpHeaders.IF_MATCH) != null
                ? new Problem(ProblemException.PRECONDITION_FAILED, "Precondition failed", 412, detail, path, null, null)
                : new Problem(ProblemException.STALE_VERSION, "Concurrent modification", 409, detail, path, null, null);
    }

    private static ProblemException underIfMatch(ProblemException e, HttpHeaders headers) {
        return headers.getHeaderString(HttpHeaders.IF_MATCH) != null ? e.underIfMatch() : e;
    }

    /**
     * JAX-RS answers 404 when a query parameter cannot be converted (its cause is the conversion
     * failure); that is bad input, not a missing resource. The converters quote the value they could
     * not read (a date, UUID or enum constant), which names the parameter. Path parameters keep 404.
     */
    private static Optional<String> queryParameterNamedIn(Throwable conversionFailure, UriInfo uri) {
        String message = String.valueOf(conversionFailure.getMessage());
        return uri.getQueryParameters().entrySet().stream()
                .filter(parameter -> parameter.getValue().stream().anyMatch(value -> !value.isEmpty() && message.contains(value)))
                .map(Map.Entry::getKey)
                .sorted()
                .findFirst();
    }

    private static Problem unreadableBody(JsonProcessingException e, String path) {
        if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            String field = mapping.getPath().stream()
                    .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                    .collect(Collectors.joining(".")).replace(".[", "[");
            String message;
            if (e instanceof UnrecognizedPropertyException) {
                message = "is not a known field";
            } else if (e instanceof InvalidFormatException format) {
                message = "must be a valid " + describe(format.getTargetType());
            } else {
                message = "has the wrong type or shape";
            }
            return Problem.invalidField(field, message, "The request body has an invalid field", path);
        }
        return new Problem("malformed-request", "Bad Request", 400,
                "The request body is not valid JSON", path, null, null);
    }

    private static String describe(Class<?> type) {
        if (type == null) {
            return "value";
        }
        if (type.isEnum()) {
            return "value, one of " + java.util.Arrays.toString(type.getEnumConstants());
        }
        return switch (type.getSimpleName()) {
            case "LocalDate" -> "date (YYYY-MM-DD)";
            case "Instant", "OffsetDateTime" -> "timestamp (ISO-8601, e.g. 2026-11-23T10:15:30Z)";
            case "UUID" -> "UUID";
            case "BigDecimal", "Integer", "int", "Long", "long" -> "number";
            default -> type.getSimpleName();
        };
    }

    /** The field a violation is about, without the method and body-parameter names. */
    private static String fieldOf(ConstraintViolation<?> violation) {
        List<Path.Node> nodes = new ArrayList<>();
        violation.getPropertyPath().forEach(nodes::add);
        List<String> names = new ArrayList<>();
        for (int i = 0; i < nodes.size(); i++) {
            Path.Node node = nodes.get(i);
            boolean bodyOrBeanParameter = node.getKind() == ElementKind.PARAMETER && i < nodes.size() - 1;
            if (node.getKind() == ElementKind.METHOD || bodyOrBeanParameter || node.getName() == null) {
                continue;
            }
            names.add(node.getIndex() != null ? node.getName() + "[" + node.getIndex() + "]" : node.getName());
        }
        return names.isEmpty() ? "body" : String.join(".", names);
    }

    private static Response respond(ProblemException e, UriInfo uri) {
        Response.ResponseBuilder answer = Response.status(e.status()).type(Problem.MEDIA_TYPE).entity(e.toProblem(path(uri)));
        if (e.retryAfterSeconds() != null) {
            answer.header("Retry-After", e.retryAfterSeconds().toString());
        }
        return answer.build();
    }

    private static Response respond(Problem problem) {
        return Response.status(problem.status).type(Problem.MEDIA_TYPE).entity(problem).build();
    }

    private static String path(UriInfo uri) {
        return uri == null ? null : "/" + uri.getPath().replaceFirst("^/", "");
    }
}
