-- Attainment sums an executive's credits and reversals over a fiscal year after every sale. With
-- only (executive_id, date) to go on, MariaDB read each matching row from the table, and for an
-- executive with many sales chose to scan the whole table instead. These indexes hold every column
-- the sums read, so they are answered from the index alone; they start with the old indexes'
-- columns, which they replace for the statements' and sales lists' lookups too.
ALTER TABLE sale_credit
    DROP INDEX ix_sale_credit_executive,
    ADD INDEX ix_sale_credit_executive (executive_id, close_date, currency, credited_amount);

ALTER TABLE reversal_credit
    DROP INDEX ix_reversal_credit_executive,
    ADD INDEX ix_reversal_credit_executive (executive_id, reversal_date, sale_credit_id, amount);
