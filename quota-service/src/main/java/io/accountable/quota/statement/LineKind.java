package io.accountable.quota.statement;

/** What a statement line is for; every line's amount is part of the statement's total. */
public enum LineKind {
    SALE, CLAWBACK, CAP, BONUS, DRAW_TOP_UP, DRAW_RECOVERY, BASE_SALARY, ADJUSTMENT,
    /** An accepted dispute of a line in an earlier, closed statement. */
    DISPUTE
}
