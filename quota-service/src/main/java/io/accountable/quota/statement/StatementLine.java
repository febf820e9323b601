package io.accountable.quota.statement;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/** One line of an issued statement. */
@Entity
@Table(name = "statement_line")
public class StatementLine extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "statement_id", nullable = false)
    public UUID statementId;

    @Column(name = "line_no", nullable = false)
    public int lineNo;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public LineKind kind;

    @Column(name = "line_date", nullable = false)
    public LocalDate lineDate;

    @Column(name = "sale_id")
    public UUID saleId;

    @Column(name = "adjusted_period")
    public String adjustedPeriod;

    @Column(name = "base_amount", precision = 19, scale = 4)
    public BigDecimal baseAmount;

    @Column(name = "rate_percent", precision = 9, scale = 4)
    public BigDecimal ratePercent;

    @Column(nullable = false, precision = 19, scale = 4)
    public BigDecimal amount;

    @Column(nullable = false, length = 1000)
    public String rule;
}
