package io.accountable.client.tier;

import static jakarta.transaction.Transactional.TxType.SUPPORTS;

import io.accountable.client.tier.TierApi.NewTier;
import io.accountable.client.tier.TierApi.TierChange;
import io.accountable.client.tier.TierApi.TierView;
import io.accountable.platform.problem.ProblemException;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Map;

@ApplicationScoped
@Transactional
public class TierService {

    @Inject
    TierEvents events;

    public TierView create(NewTier request) {
        if (Tier.findById(request.code()) != null) {
            throw ProblemException.conflict("tier-exists", "A tier with code " + request.code() + " already exists");
        }
        Tier tier = new Tier();
        tier.code = request.code();
        tier.name = request.name().strip();
        tier.cadenceDays = request.cadenceDays();
        tier.maxClientsPerExecutive = request.maxClientsPerExecutive();
        tier.csatFloor = request.csatFloor();
        tier.npsFloor = request.npsFloor();
        tier.createdAt = Instant.now();
        tier.updatedAt = tier.createdAt;
        tier.persistAndFlush();
        events.configured(tier);
        return TierView.of(tier);
    }

    public TierView change(String code, TierChange request) {
        Tier tier = find(code);
        if (tier.version != request.version()) {
            throw ProblemException.staleVersion("tier", code, request.version(), tier.version);
        }
        tier.name = request.name().strip();
        tier.cadenceDays = request.cadenceDays();
        tier.maxClientsPerExecutive = request.maxClientsPerExecutive();
        tier.csatFloor = request.csatFloor();
        tier.npsFloor = request.npsFloor();
        tier.updatedAt = Instant.now();
        Tier.flush();
        events.configured(tier);
        return TierView.of(tier);
    }

    @Transactional(SUPPORTS)
    public TierView get(String code) {
        return TierView.of(find(code));
    }

    @Transactional(SUPPORTS)
    public List<TierView> list() {
        return Tier.<Tier>listAll(Sort.by("cadenceDays").and("code")).stream().map(TierView::of).toList();
    }

    /** The tier a client is to be given; an unknown code is the caller's mistake, not a missing resource. */
    @Transactional(SUPPORTS)
    public Tier require(String code) {
        Tier tier = Tier.findById(code);
        if (tier == null) {
            throw ProblemException.ruleViolation("unknown-tier", "No tier with code " + code, Map.of("tier", code));
        }
        return tier;
    }

    private Tier find(String code) {
        Tier tier = Tier.findById(code);
        if (tier == null) {
            throw ProblemException.notFound("tier", code);
        }
        return tier;
    }
}
