package io.accountable.notification.routing;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.accountable.notification.AppLinks;
import io.quarkus.qute.Engine;
import io.quarkus.qute.Template;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import org.jboss.logging.Logger;

/**
 * Renders an event's notification from its Qute template, {@code templates/notifications/<type>.txt},
 * whose fragments {@code title}, {@code body} and (optional) {@code link} see the payload as {@code data},
 * the person as {@code recipient} and the frontend's base URL ({@code ACCOUNTABLE_APP_URL}) as {@code app}.
 */
@ApplicationScoped
public class NotificationTemplates {

    private static final Logger LOG = Logger.getLogger(NotificationTemplates.class);
    private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {
    };

    @Inject
    Engine engine;

    @Inject
    ObjectMapper mapper;

    @Inject
    AppLinks links;

    public NotificationText render(String eventType, JsonNode data, NotifiedUser recipient) {
        Template template = engine.getTemplate("notifications/" + eventType);
        if (template == null) {
            throw new IllegalStateException("No notification template for " + eventType);
        }
        Map<String, Object> payload = mapper.convertValue(data, MAP);
        try {
            String link = template.getFragment("link") == null ? null : render(template, "link", payload, recipient).strip();
            return new NotificationText(
                    render(template, "title", payload, recipient).strip(),
                    render(template, "body", payload, recipient).strip(),
                    link == null || link.isEmpty() ? null : link);
        } catch (RuntimeException missingField) {
            // Tolerant reader: a payload without a field the template shows still tells the person something happened.
            LOG.warnf("Template for %s could not render this payload (%s); using the generic text", eventType, missingField.getMessage());
            return new NotificationText("New event: " + eventType, "Details: " + data, null);
        }
    }

    private String render(Template template, String fragment, Map<String, Object> payload, NotifiedUser recipient) {
        return template.getFragment(fragment).data("data", payload).data("recipient", recipient).data("app", links.base()).render();
    }
}
