package io.accountable.notification.recipient;

import static jakarta.transaction.Transactional.TxType.SUPPORTS;

import io.accountable.notification.recipient.StaffApi.NewStaffMember;
import io.accountable.notification.recipient.StaffApi.StaffMemberChange;
import io.accountable.notification.recipient.StaffApi.StaffMemberView;
import io.accountable.platform.api.Page;
import io.accountable.platform.api.PageRequest;
import io.accountable.platform.problem.ProblemException;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;

@ApplicationScoped
@Transactional
public class StaffService {

    public StaffMemberView add(NewStaffMember request) {
        String id = request.id().strip();
        if (StaffMember.findById(id) != null) {
            throw ProblemException.conflict("staff-member-exists", "A staff member with id " + id + " is already registered");
        }
        StaffMember member = new StaffMember();
        member.id = id;
        member.fullName = request.fullName().strip();
        member.email = request.email().strip();
        member.role = request.role();
        member.active = true;
        member.createdAt = Instant.now();
        member.updatedAt = member.createdAt;
        member.persistAndFlush();
        return StaffMemberView.of(member);
    }

    public StaffMemberView change(String id, StaffMemberChange request) {
        StaffMember member = find(id);
        if (member.version != request.version()) {
            throw ProblemException.staleVersion("staff member", id, request.version(), member.version);
        }
        member.fullName = request.fullName().strip();
        member.email = request.email().strip();
        member.role = request.role();
        member.active = request.active();
        member.updatedAt = Instant.now();
        StaffMember.flush();
        return StaffMemberView.of(member);
    }

    @Transactional(SUPPORTS)
    public StaffMemberView get(String id) {
        return StaffMemberView.of(find(id));
    }

    @Transactional(SUPPORTS)
    public Page<StaffMemberView> list(StaffRole role, PageRequest page) {
        if (role == null) {
            return Page.of(StaffMember.findAll(Sort.by("fullName").and("id")), page, StaffMemberView::of);
        }
        return Page.of(StaffMember.find("role = :role", Sort.by("fullName").and("id"), Parameters.with("role", role)), page,
                StaffMemberView::of);
    }

    private StaffMember find(String id) {
        StaffMember member = StaffMember.findById(id);
        if (member == null) {
            throw ProblemException.notFound("staff member", id);
        }
        return member;
    }
}
