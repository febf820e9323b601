package io.accountable.compliance.report;

import io.accountable.compliance.Money;
import io.accountable.compliance.person.AssociatedPerson;
import io.accountable.platform.api.Page;
import io.accountable.platform.api.PageRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Gift totals by employer and by giver over a window of gift dates. A corrected gift is replaced by its
 * correction, so only the latest version of each gift is summed.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class GiftTotals {

    @Schema(name = "EmployerTotal", description = "What the people of one employer received in the window")
    public record EmployerTotal(String employerName, LocalDate windowStart, LocalDate windowEnd, Money totalGiven,
            Money countingTowardLimit, long recipients, long gifts) {
    }

    @Schema(name = "GiverTotal", description = "What one executive gave in the window; a gift with several givers counts in full for each")
    public record GiverTotal(UUID executiveId, String fullName, LocalDate windowStart, LocalDate windowEnd, Money totalGiven,
            Money countingTowardLimit, long recipients, long gifts) {
    }

    private static final String CURRENT_SHARES_IN_WINDOW = """
            s.giftDate between :start and :end
              and not exists (select 1 from Gift c where c.correctsGiftId = s.giftId)""";

    @Inject
    EntityManager entityManager;

    public Page<EmployerTotal> byEmployer(ReportWindow window, PageRequest page) {
        long total = entityManager.createQuery("select count(distinct s.employerName) from GiftShare s where " + CURRENT_SHARES_IN_WINDOW, Long.class)
                .setParameter("start", window.start()).setParameter("end", window.end()).getSingleResult();
        List<Object[]> rows = entityManager.createQuery("""
                select s.employerName, sum(s.shareUsd), sum(case when s.countsTowardLimit = true then s.shareUsd else 0 end),
                       count(distinct s.recipientId), count(distinct s.giftId)
                from GiftShare s where %s
                group by s.employerName
                order by sum(s.shareUsd) desc, s.employerName""".formatted(CURRENT_SHARES_IN_WINDOW), Object[].class)
                .setParameter("start", window.start()).setParameter("end", window.end())
                .setFirstResult(page.page * page.size).setMaxResults(page.size)
                .getResultList();
        return page(rows.stream().map(row -> new EmployerTotal((String) row[0], window.start(), window.end(),
                Money.usd((BigDecimal) row[1]), Money.usd((BigDecimal) row[2]), (Long) row[3], (Long) row[4])).toList(), page, total);
    }

    public Page<GiverTotal> byGiver(ReportWindow window, PageRequest page) {
        long total = entityManager.createQuery("""
                select count(distinct giver) from Gift g join g.giverIds giver, GiftShare s
                where s.giftId = g.id and\s""" + CURRENT_SHARES_IN_WINDOW, Long.class)
                .setParameter("start", window.start()).setParameter("end", window.end()).getSingleResult();
        List<Object[]> rows = entityManager.createQuery("""
                select giver, sum(s.shareUsd), sum(case when s.countsTowardLimit = true then s.shareUsd else 0 end),
                       count(distinct s.recipientId), count(distinct s.giftId)
                from Gift g join g.giverIds giver, GiftShare s
                where s.giftId = g.id and %s
                group by giver
                order by sum(s.shareUsd) desc, giver""".formatted(CURRENT_SHARES_IN_WINDOW), Object[].class)
                .setParameter("start", window.start()).setParameter("end", window.end())
                .setFirstResult(page.page * page.size).setMaxResults(page.size)
                .getResultList();
        List<UUID> ids = rows.stream().map(row -> (UUID) row[0]).toList();
        Map<UUID, String> names = ids.isEmpty() ? Map.of()
                : AssociatedPerson.<AssociatedPerson>list("id in ?1", ids).stream()
                        .collect(Collectors.toMap(person -> person.id, person -> person.fullName));
        return page(rows.stream().map(row -> new GiverTotal((UUID) row[0], names.get((UUID) row[0]), window.start(), window.end(),
                Money.usd((BigDecimal) row[1]), Money.usd((BigDecimal) row[2]), (Long) row[3], (Long) row[4])).toList(), page, total);
    }

    /** Every row of a report, for the CSV export, which is not paged. */
    public <T> List<T> all(Function<PageRequest, Page<T>> report) {
        PageRequest everything = new PageRequest();
        everything.page = 0;
        everything.size = Integer.MAX_VALUE;
        return report.apply(everything).items();
    }

    private static <T> Page<T> page(List<T> items, PageRequest page, long total) {
        return new Page<>(items, page.page, page.size, total, (int) ((total + page.size - 1) / page.size));
    }
}
