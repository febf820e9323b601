package io.accountable.client.assignment;

import io.accountable.platform.events.EventPublisher;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.UUID;

/** Primary-executive and account-team changes on accountable.client.events, keyed by client id. */
@ApplicationScoped
public class AssignmentEvents {

    public static final String ASSIGNED = "accountable.client.client-assigned.v1";
    public static final String TEAM_MEMBER_ADDED = "accountable.client.team-member-added.v1";
    public static final String TEAM_MEMBER_REMOVED = "accountable.client.team-member-removed.v1";

    public record AssignedPayload(UUID clientId, UUID executiveId, UUID previousExecutiveId, LocalDate effectiveDate, String reason) {
    }

    public record TeamMemberPayload(UUID clientId, UUID executiveId, TeamRole role) {
    }

    @Inject
    EventPublisher publisher;

    void assigned(UUID clientId, UUID executiveId, UUID previousExecutiveId, LocalDate effectiveDate, String reason) {
        publisher.publish(ASSIGNED, clientId.toString(), new AssignedPayload(clientId, executiveId, previousExecutiveId, effectiveDate, reason));
    }

    void teamMemberAdded(AccountTeamMember member) {
        publisher.publish(TEAM_MEMBER_ADDED, member.clientId.toString(),
                new TeamMemberPayload(member.clientId, member.executiveId, member.role));
    }

    void teamMemberRemoved(AccountTeamMember member) {
        publisher.publish(TEAM_MEMBER_REMOVED, member.clientId.toString(),
                new TeamMemberPayload(member.clientId, member.executiveId, member.role));
    }
}
