package io.accountable.compliance.review;

import static jakarta.transaction.Transactional.TxType.SUPPORTS;

import io.accountable.compliance.review.ReviewApi.NewDecision;
import io.accountable.compliance.review.ReviewApi.ReviewView;
import io.accountable.platform.api.Page;
import io.accountable.platform.api.PageRequest;
import io.accountable.platform.problem.ProblemException;
import io.accountable.platform.security.CurrentUser;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.UUID;

@ApplicationScoped
@Transactional
public class ReviewService {

    @Inject
    Reviews reviews;

    @Inject
    CurrentUser user;

    @Transactional(SUPPORTS)
    public Page<ReviewView> list(String status, ReviewKind kind, PageRequest page) {
        StringBuilder query = new StringBuilder("1 = 1");
        Parameters parameters = new Parameters();
        if (status != null && !status.isBlank()) {
            query.append(" and status = :status");
            parameters.and("status", status);
        }
        if (kind != null) {
            query.append(" and kind = :kind");
            parameters.and("kind", kind);
        }
        return Page.of(ReviewItem.<ReviewItem>find(query.toString(), Sort.by("createdAt").and("id"), parameters), page, ReviewView::of);
    }

    @Transactional(SUPPORTS)
    public ReviewView get(UUID id) {
        return ReviewView.of(find(id));
    }

    /**
     * Decides an open item once; the row lock keeps two officers from deciding it both (a native
     * FOR UPDATE, as MariaDB has no "FOR UPDATE OF" that Hibernate's MySQL dialect writes).
     */
    public ReviewView decide(UUID id, NewDecision request) {
        ReviewItem.getEntityManager().createNativeQuery("SELECT id FROM review_item WHERE id = ?1 FOR UPDATE")
                .setParameter(1, id.toString()).getResultList();
        ReviewItem item = find(id);
        if (!ReviewItem.OPEN.equals(item.status)) {
            throw ProblemException.conflict("already-decided", "Review item " + id + " was already decided");
        }
        ReviewDecision decision = new ReviewDecision();
        decision.id = UUID.randomUUID();
        decision.reviewItemId = item.id;
        decision.decision = request.decision();
        decision.comment = request.comment().strip();
        decision.decidedBy = user.id();
        decision.decidedAt = Instant.now();
        decision.persist();
        item.status = ReviewItem.DECIDED;
        ReviewItem.flush();
        reviews.decided(item, decision);
        return ReviewView.of(item);
    }

    private static ReviewItem find(UUID id) {
        ReviewItem item = ReviewItem.findById(id);
        if (item == null) {
            throw ProblemException.notFound("review item", id);
        }
        return item;
    }
}
