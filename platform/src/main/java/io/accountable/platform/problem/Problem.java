package io.accountable.platform.problem;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An RFC 9457 problem detail, the body of every error response. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@Schema(name = "Problem", description = "RFC 9457 problem details")
public final class Problem {

    public static final String MEDIA_TYPE = "application/problem+json";
    private static final String TYPE_PREFIX = "urn:accountable:problem:";

    @Schema(description = "Stable identifier of the kind of problem", example = "urn:accountable:problem:validation")
    public final URI type;
    @Schema(example = "Invalid request")
    public final String title;
    @Schema(example = "400")
    public final int status;
    @Schema(description = "What went wrong, for a person")
    public final String detail;
    @Schema(description = "The request path")
    public final String instance;
    @Schema(description = "Per-field validation errors")
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

    @Schema(name = "FieldError")
    public record FieldError(
            @Schema(example = "email") String field,
            @Schema(example = "must be a well-formed email address") String message) {
    }
}
