package io.accountable.platform.problem;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** An RFC 9457 problem detail, the body of every error response; documented per type by SharedContractFilter. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public final class Problem {

    public static final String MEDIA_TYPE = "application/problem+json";
    private static final String TYPE_PREFIX = "urn:accountable:problem:";

    public final URI type;
    public final String title;
    public final int status;
    public final String detail;
    public final String instance;
    public final List<FieldError> errors;
    private final Map<String, Object> extensions;

    Problem(String slug, String title, int status, String detail, String instance, List<FieldError> errors,
            Map<String, Object> extensions) {
        this.type = URI.create(TYPE_PREFIX + slug);
        this.title = title;
        this.status = status;
        this.detail = detail;
        this.instance = instance;
        this.errors = errors == null ? List.of() : errors;
        this.extensions = extensions == null ? Map.of() : new LinkedHashMap<>(extensions);
    }

    /** 400 for one field (a body property or a query parameter) that cannot be read. */
    static Problem invalidField(String field, String message, String detail, String instance) {
        return new Problem("validation", "Invalid request", 400, detail, instance, List.of(new FieldError(field, message)), null);
    }

    /** Problem-specific members, e.g. the limit, used and remaining amounts of a refused gift. */
    @JsonAnyGetter
    public Map<String, Object> extensions() {
        return extensions;
    }
    public record FieldError(
            String field,
            String message) {
    }
}
