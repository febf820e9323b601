package io.accountable.compliance.policy;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/** One version of the firm's gift settings (append-only), in force from its date until the next version. */
@Entity
@Table(name = "gift_policy")
public class GiftPolicy extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "effective_from", nullable = false)
    public LocalDate effectiveFrom;

    @Enumerated(EnumType.STRING)
    @Column(name = "window_type", nullable = false)
    public WindowType windowType;

    @Column(name = "fiscal_year_start_month")
    public Integer fiscalYearStartMonth;

    @Column(name = "warning_percent", nullable = false)
    public int warningPercent;

    /** The most a de minimis, promotional or commemorative item may be worth per recipient. */
    @Column(name = "nominal_ceiling_amount", nullable = false)
    public BigDecimal nominalCeilingAmount;

    @Column(name = "nominal_ceiling_currency", nullable = false)
    public String nominalCeilingCurrency;

    @Column(name = "retention_years", nullable = false)
    public int retentionYears;

    @Column(name = "preclearance_valid_days", nullable = false)
    public int preclearanceValidDays;

    /** A planned gift that would take a recipient's use above this share of the limit needs review. */
    @Column(name = "preclearance_review_percent", nullable = false)
    public int preclearanceReviewPercent;

    /** Entertainment events per recipient in a window above which they are flagged for review. */
    @Column(name = "entertainment_max_events", nullable = false)
    public int entertainmentMaxEvents;

    /** Cost per person of one entertainment event above which it is flagged for review (USD). */
    @Column(name = "entertainment_max_per_attendee_amount", nullable = false)
    public BigDecimal entertainmentMaxPerAttendeeUsd;

    /** Gifts an executive receives above this value (USD) go to compliance review. */
    @Column(name = "received_gift_threshold_amount", nullable = false)
    public BigDecimal receivedGiftThresholdUsd;

    /** The relationships (comma-separated {@code Deceased} names) whose death keeps a bereavement gift outside the limit. */
    @Column(name = "bereavement_excluded", nullable = false)
    public String bereavementExcluded;

    @Column(nullable = false)
    public String reason;

    @Column(name = "recorded_by", nullable = false)
    public String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    public Instant recordedAt;

    public Set<Deceased> bereavementExclusions() {
        return Arrays.stream(bereavementExcluded.split(",")).map(Deceased::valueOf)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Deceased.class)));
    }

    public void bereavementExclusions(Set<Deceased> relationships) {
        bereavementExcluded = relationships.stream().sorted().map(Deceased::name).collect(Collectors.joining(","));
    }
}
