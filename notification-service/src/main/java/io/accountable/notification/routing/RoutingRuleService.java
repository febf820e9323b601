package io.accountable.notification.routing;

import static jakarta.transaction.Transactional.TxType.SUPPORTS;

import io.accountable.notification.routing.RoutingApi.RoutingRuleChange;
import io.accountable.notification.routing.RoutingApi.RoutingRuleView;
import io.accountable.platform.problem.ProblemException;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;

@ApplicationScoped
@Transactional
public class RoutingRuleService {

    public RoutingRuleView change(String eventType, RoutingRuleChange request) {
        RoutingRule rule = find(eventType);
        if (rule.version != request.version()) {
            throw ProblemException.staleVersion("routing rule", eventType, request.version(), rule.version);
        }
        if (request.active() && (request.audiences().isEmpty() || request.channels().isEmpty())) {
            throw ProblemException.ruleViolation("rule-reaches-nobody",
                    "An active rule needs at least one audience and one channel; deactivate it to stop notifying",
                    Map.of("audiences", request.audiences().size(), "channels", request.channels().size()));
        }
        rule.audiences = request.audiences().isEmpty() ? EnumSet.noneOf(Audience.class) : EnumSet.copyOf(request.audiences());
        rule.channels = request.channels().isEmpty() ? EnumSet.noneOf(Channel.class) : EnumSet.copyOf(request.channels());
        rule.active = request.active();
        rule.updatedAt = Instant.now();
        RoutingRule.flush();
        return RoutingRuleView.of(rule);
    }

    @Transactional(SUPPORTS)
    public RoutingRuleView get(String eventType) {
        return RoutingRuleView.of(find(eventType));
    }

    @Transactional(SUPPORTS)
    public List<RoutingRuleView> list() {
        return RoutingRule.<RoutingRule> listAll(Sort.by("eventType")).stream().map(RoutingRuleView::of).toList();
    }

    private RoutingRule find(String eventType) {
        RoutingRule rule = RoutingRule.findById(eventType);
        if (rule == null) {
            throw ProblemException.notFound("routing rule", eventType);
        }
        return rule;
    }
}
