package io.accountable.quota.dispute;

import io.accountable.quota.period.Period;
import io.accountable.quota.statement.AcceptedDisputes;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The accepted disputes that statements pay, read for the statement feature. */
@ApplicationScoped
class DisputesPaid implements AcceptedDisputes {

    private final EntityManager entityManager;

    DisputesPaid(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Override
    public Map<UUID, List<AcceptedDispute>> paidIn(List<UUID> executives, Period period) {
        Map<UUID, List<AcceptedDispute>> disputes = new HashMap<>();
        entityManager.createQuery("select d.executiveId, s.periodCode, d.lineNo, d.adjustmentAmount, d.resolutionComment"
                + " from Dispute d, Statement s where s.id = d.statementId and d.executiveId in ?1 and d.appliedPeriod = ?2 and d.status = ?3"
                + " order by d.resolvedAt", Object[].class)
                .setParameter(1, executives).setParameter(2, period.code()).setParameter(3, DisputeStatus.ACCEPTED)
                .getResultList()
                .forEach(row -> disputes.computeIfAbsent((UUID) row[0], id -> new ArrayList<>())
                        .add(new AcceptedDispute((String) row[1], (Integer) row[2], (BigDecimal) row[3], (String) row[4])));
        return disputes;
    }
}
