package io.accountable.platform.problem;

import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Refuses a boolean query parameter that is neither {@code true} nor {@code false}. JAX-RS reads one
 * with {@code Boolean.valueOf}, which takes anything else for false, so a mistyped filter
 * ({@code ?unread=yes}) would silently answer as if it were off. A ParamConverterProvider would be
 * the JAX-RS way, but Quarkus REST then also applies it to the fields of a {@code @BeanParam}
 * (the paging parameters), so the check is made here, before the parameters are read.
 */
public class StrictBooleanParameters {

    private final Map<Method, List<String>> booleansOf = new ConcurrentHashMap<>();

    @ServerRequestFilter
    public Optional<Response> refuseWhatIsNotABoolean(UriInfo uri, ResourceInfo resource) {
        Method method = resource.getResourceMethod();
        if (method == null) {
            return Optional.empty();
        }
        for (String name : booleansOf.computeIfAbsent(method, StrictBooleanParameters::booleanQueryParameters)) {
            for (String value : uri.getQueryParameters().getOrDefault(name, List.of())) {
                if (!value.isEmpty() && !value.equalsIgnoreCase("true") && !value.equalsIgnoreCase("false")) {
                    Problem problem = Problem.invalidField(name, "must be true or false, not '" + value + "'",
                            "The request has 1 invalid field(s)", "/" + uri.getPath().replaceFirst("^/", ""));
                    return Optional.of(Response.status(400).type(Problem.MEDIA_TYPE).entity(problem).build());
                }
            }
        }
        return Optional.empty();
    }

    private static List<String> booleanQueryParameters(Method method) {
        List<String> names = new ArrayList<>();
        for (Parameter parameter : method.getParameters()) {
            QueryParam query = parameter.getAnnotation(QueryParam.class);
            if (query != null && (parameter.getType() == boolean.class || parameter.getType() == Boolean.class)) {
                names.add(query.value());
            }
        }
        return List.copyOf(names);
    }
}
