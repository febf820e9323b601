package io.accountable.notification.routing;

import com.fasterxml.jackson.databind.JsonNode;
import io.accountable.notification.recipient.Recipient;
import io.accountable.notification.recipient.StaffMember;
import io.accountable.notification.recipient.StaffRole;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** Turns a rule's audiences into people, from the event's payload and the recipient read models. */
@ApplicationScoped
public class AudienceResolver {

    private static final String NEEDS_REVIEW = "NEEDS_REVIEW";
    private static final List<String> EXECUTIVE_FIELDS = List.of("executiveId", "executiveIds", "giverIds", "hostIds");

    /** Everyone the audiences reach, each once, even when they belong to several audiences. */
    public List<NotifiedUser> resolve(Set<Audience> audiences, JsonNode data) {
        Map<String, NotifiedUser> users = new LinkedHashMap<>();
        Set<String> executives = idsIn(data, EXECUTIVE_FIELDS);
        Set<String> previousExecutives = idsIn(data, List.of("previousExecutiveId"));
        for (Audience audience : audiences) {
            switch (audience) {
                case EXECUTIVE -> executives.forEach(id -> users.putIfAbsent(id, executive(id)));
                case PREVIOUS_EXECUTIVE -> previousExecutives.forEach(id -> users.putIfAbsent(id, executive(id)));
                case MANAGER -> managers(data, executives, previousExecutives).forEach(id -> users.putIfAbsent(id, executive(id)));
                case COMPLIANCE -> staff(StaffRole.COMPLIANCE_OFFICER).forEach(user -> users.putIfAbsent(user.id(), user));
                case COMPLIANCE_ON_REVIEW -> {
                    if (NEEDS_REVIEW.equals(data.path("decision").asText())) {
                        staff(StaffRole.COMPLIANCE_OFFICER).forEach(user -> users.putIfAbsent(user.id(), user));
                    }
                }
                case ADMINS -> staff(StaffRole.ADMIN).forEach(user -> users.putIfAbsent(user.id(), user));
            }
        }
        return new ArrayList<>(users.values());
    }

    /** The payload's manager when it names one (quota events do); otherwise each named executive's manager. */
    private static Set<String> managers(JsonNode data, Set<String> executives, Set<String> previousExecutives) {
        Set<String> named = idsIn(data, List.of("managerId"));
        if (!named.isEmpty()) {
            return named;
        }
        Set<String> managers = new LinkedHashSet<>();
        Set<String> reports = new LinkedHashSet<>(executives);
        reports.addAll(previousExecutives);
        for (String id : reports) {
            Recipient recipient = findExecutive(id);
            if (recipient != null && recipient.managerId != null) {
                managers.add(recipient.managerId.toString());
            }
        }
        return managers;
    }

    private static NotifiedUser executive(String id) {
        Recipient recipient = findExecutive(id);
        return recipient == null ? new NotifiedUser(id, null, null) : new NotifiedUser(id, recipient.fullName, recipient.email);
    }

    private static Recipient findExecutive(String id) {
        try {
            return Recipient.findById(UUID.fromString(id));
        } catch (IllegalArgumentException notAnExecutiveId) {
            return null;
        }
    }

    private static List<NotifiedUser> staff(StaffRole role) {
        return StaffMember.activeIn(role).stream().map(member -> new NotifiedUser(member.id, member.fullName, member.email)).toList();
    }

    private static Set<String> idsIn(JsonNode data, List<String> fields) {
        Set<String> ids = new LinkedHashSet<>();
        for (String field : fields) {
            JsonNode value = data.path(field);
            if (value.isArray()) {
                value.forEach(element -> addText(ids, element));
            } else {
                addText(ids, value);
            }
        }
        return ids;
    }

    private static void addText(Set<String> ids, JsonNode value) {
        if (value.isTextual() && !value.asText().isBlank()) {
            ids.add(value.asText());
        }
    }
}
