package io.accountable.system;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Date;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The baseline of the benchmarks' {@code POST /api/gifts} run: a plain JDBC loop that issues, per
 * gift, the statements compliance-service issues for a gift of the benchmark's kind (one
 * BUSINESS_GIFT in USD, paid by the firm, from the token's executive to one contact), in one
 * transaction, with no HTTP, JSON, security, CDI or ORM in between. bench/run.sh runs it right after
 * the gifts-many measurement, on the same contacts and with as many threads as wrk has connections,
 * and reports the ratio of the two.
 *
 * <p>It mirrors {@code GiftService.record} (compliance-service, io.accountable.compliance.gift) as
 * MariaDB's general log showed it for one such gift: the giver looked up
 * ({@code GiftParties.givers}), the contact looked up ({@code GiftParties.recipients}), the gift, its
 * share, the gift-recorded event ({@code GiftEvents.recorded} through platform's {@code EventPublisher})
 * and the giver inserted, the recipient's row locked ({@code RecipientLock.lock}), the used amount
 * summed ({@code Allowances.used}, this share included), commit. The policy in force
 * ({@code PolicyService.inForceOn}) is read once per thread, as the service reads it once per date and
 * then keeps it. When that path changes, change {@link #STATEMENTS} with it; to compare, turn the
 * general log on ({@code SET GLOBAL general_log=1}) while the stack records one gift, then while
 * this loop runs.
 *
 * <p>Usage: {@code GiftStatementsLoop <jdbc url> <user> <password> <contacts file> <executive id>
 * <gift date> <amount> <threads> <warm-up seconds> <seconds>}. Prints a {@code WARMUP} line after
 * the warm-up and a {@code BENCH} line after the measured window, each one JSON object in the form
 * bench/lua/report.lua prints for wrk (req/s is requests over duration_us; a failed transaction
 * counts as a status error); after each it waits for a line on stdin (see {@link #run}).
 */
public final class GiftStatementsLoop {

    private static final String TOPIC = "accountable.compliance.events";
    private static final String GIFT_RECORDED = "accountable.compliance.gift-recorded.v1";
    private static final String SOURCE = "/accountable/compliance-service";

    /**
     * The statements of one gift, as compliance-service's ORM writes them. The general log also shows
     * the connection pool's {@code SET autocommit=0} and {@code SET autocommit=1} around each of the
     * service's transactions; the loop keeps autocommit off instead, as plain JDBC would, so that
     * cost is part of what the ratio measures.
     */
    private static final String[] STATEMENTS = {
        // GiftParties.givers: AssociatedPerson.findById
        "SELECT id, email, full_name, source_version, status, supervisor_id FROM associated_person WHERE id = ?",
        // PolicyService.inForceOn (once per thread): the settings in force, then the limit schedule
        "SELECT id, effective_from, entertainment_max_events, entertainment_max_per_attendee_amount, fiscal_year_start_month,"
                + " nominal_ceiling_amount, nominal_ceiling_currency, preclearance_review_percent, preclearance_valid_days, reason,"
                + " received_gift_threshold_amount, recorded_at, recorded_by, retention_years, warning_percent, window_type"
                + " FROM gift_policy WHERE effective_from <= ? ORDER BY effective_from DESC LIMIT ?",
        "SELECT id, amount, currency, effective_from, recorded_at, recorded_by, source FROM gift_limit",
        // GiftParties.recipients: Contact.findById
        "SELECT id, active, client_id, email, employer_name, full_name, source_version, title FROM contact WHERE id = ?",
        // RecipientLock.lock
        "SELECT recipient_id FROM recipient_lock WHERE recipient_id = ? FOR UPDATE",
        // Allowances.used
        "SELECT COALESCE(SUM(s.share_usd), 0) FROM gift_share s"
                + " WHERE s.recipient_id = ? AND s.counts_toward_limit = TRUE AND s.gift_date BETWEEN ? AND ?"
                + " AND NOT EXISTS (SELECT 1 FROM gift c WHERE c.corrects_gift_id = s.gift_id) AND (? IS NULL OR s.gift_id <> ?)",
        // Gift, GiftShare, GiftEvents.recorded through EventPublisher and Gift.giverIds, all flushed before the lock
        "INSERT INTO gift (attested, category, correction_reason, corrects_gift_id, cost, currency, description, face_value,"
                + " gift_date, market_value, paid_by, preclearance_id, rate_to_usd, recorded_at, recorded_by, value_usd, id)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        "INSERT INTO gift_share (contact_id, counts_toward_limit, employer_name, gift_date, gift_id, position, recipient_id,"
                + " recipient_name, share_usd, id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        "INSERT INTO gift_giver (gift_id, executive_id) VALUES (?, ?)",
        "INSERT INTO outbox_event (event_id, message_key, occurred_at, payload, source, topic, type) VALUES (?, ?, ?, ?, ?, ?, ?)",
    };
    private static final int GIVER = 0, POLICY = 1, LIMITS = 2, CONTACT = 3, LOCK = 4, USED = 5, GIFT = 6, SHARE = 7,
            GIFT_GIVER = 8, OUTBOX = 9;

    record Recipient(String id, String fullName, String employerName) {
    }

    private final String url;
    private final Properties connectionProperties;
    private final List<Recipient> recipients;
    private final String executiveId;
    private final LocalDate giftDate;
    private final BigDecimal amount;
    private final AtomicLong nextRecipient = new AtomicLong();

    /** The end of the phase being run. */
    private volatile long deadline;

    private GiftStatementsLoop(String url, Properties connectionProperties, List<Recipient> recipients, String executiveId,
            LocalDate giftDate, BigDecimal amount) {
        this.url = url;
        this.connectionProperties = connectionProperties;
        this.recipients = recipients;
        this.executiveId = executiveId;
        this.giftDate = giftDate;
        this.amount = amount;
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 10) {
            System.err.println("usage: GiftStatementsLoop <jdbc url> <user> <password> <contacts file> <executive id> <gift date>"
                    + " <amount> <threads> <warm-up seconds> <seconds>");
            System.exit(2);
        }
        Properties properties = new Properties();
        properties.setProperty("user", args[1]);
        properties.setProperty("password", args[2]);
        // as platform's microprofile-config.properties configures every service's driver
        properties.setProperty("cachePrepStmts", "true");
        properties.setProperty("prepStmtCacheSize", "250");
        properties.setProperty("prepStmtCacheSqlLimit", "2048");
        properties.setProperty("useLocalSessionState", "true");
        List<String> contactIds = readIds(Path.of(args[3]));
        List<Recipient> recipients;
        try (Connection connection = DriverManager.getConnection(args[0], properties)) {
            recipients = recipientsOf(connection, contactIds);
        }
        GiftStatementsLoop loop = new GiftStatementsLoop(args[0], properties, recipients, args[4], LocalDate.parse(args[5]),
                new BigDecimal(args[6]));
        loop.run(Integer.parseInt(args[7]), Integer.parseInt(args[8]), Integer.parseInt(args[9]));
    }

    private static List<String> readIds(Path file) {
        try {
            return Files.readAllLines(file).stream().map(String::strip).filter(line -> !line.isEmpty()).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * compliance-service's recipient of a contact has the contact's id (Recipients creates its
     * recipient_lock row when the contact arrives); the share names the contact and their employer
     * as {@code Contact.employer()} does.
     */
    private static List<Recipient> recipientsOf(Connection connection, List<String> contactIds) throws SQLException {
        List<Recipient> recipients = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement("""
                SELECT c.full_name, COALESCE(NULLIF(TRIM(c.employer_name), ''), f.legal_name, CONCAT('client ', c.client_id))
                FROM contact c JOIN recipient_lock l ON l.recipient_id = c.id LEFT JOIN client_firm f ON f.id = c.client_id
                WHERE c.id = ?""")) {
            for (String id : contactIds) {
                select.setString(1, id);
                try (ResultSet row = select.executeQuery()) {
                    if (!row.next()) {
                        throw new IllegalStateException("compliance-service has no contact with a recipient row for " + id);
                    }
                    recipients.add(new Recipient(id, row.getString(1), row.getString(2)));
                }
            }
        }
        if (recipients.isEmpty()) {
            throw new IllegalStateException("no contacts to give gifts to");
        }
        return recipients;
    }

    /**
     * Runs the warm-up, waits for a line on stdin, runs the measured window, waits for another line:
     * between the phases no gift is being given, so bench/run.sh's snapshots of CPU time and database
     * counters frame the measured window on a quiet machine, as they frame a wrk run.
     */
    private void run(int threads, int warmupSeconds, int seconds) throws Exception {
        BufferedReader go = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        CyclicBarrier phase = new CyclicBarrier(threads + 1);
        List<Worker> workers = new ArrayList<>();
        deadline = System.nanoTime() + warmupSeconds * 1_000_000_000L;
        for (int i = 0; i < threads; i++) {
            Worker worker = new Worker(phase);
            workers.add(worker);
            Thread thread = new Thread(worker::run, "gift-loop-" + i);
            thread.setDaemon(true);
            thread.start();
        }
        phase.await();
        System.out.println("WARMUP " + summary(workers, false, warmupSeconds));
        go.readLine();
        deadline = System.nanoTime() + seconds * 1_000_000_000L;
        phase.await();
        phase.await();
        System.out.println("BENCH " + summary(workers, true, seconds));
        go.readLine();
    }

    /** The same fields as bench/lua/report.lua's line; a failed transaction counts as a status error. */
    private static String summary(List<Worker> workers, boolean measured, int seconds) {
        long[] latencies = workers.stream()
                .flatMapToLong(worker -> Arrays.stream(measured ? worker.measured.values() : worker.warmup.values()))
                .sorted().toArray();
        long errors = workers.stream().mapToLong(worker -> measured ? worker.measuredErrors : worker.warmupErrors).sum();
        double mean = latencies.length == 0 ? 0 : Arrays.stream(latencies).average().orElse(0);
        return String.format(Locale.ROOT, "{\"requests\":%d,\"duration_us\":%d,\"status_errors\":%d,\"socket_errors\":0,"
                + "\"p50_us\":%d,\"p90_us\":%d,\"p99_us\":%d,\"max_us\":%d,\"mean_us\":%.1f}",
                latencies.length + errors, seconds * 1_000_000L, errors, percentile(latencies, 50), percentile(latencies, 90),
                percentile(latencies, 99), latencies.length == 0 ? 0 : latencies[latencies.length - 1], mean);
    }

    private static long percentile(long[] sorted, int percent) {
        if (sorted.length == 0) {
            return 0;
        }
        int index = (int) Math.ceil(percent / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, index)];
    }

    /** One thread with its own connection and prepared statements, as a request thread holds a pooled connection. */
    private final class Worker {

        final Latencies warmup = new Latencies();
        final Latencies measured = new Latencies();
        final CyclicBarrier phase;
        long warmupErrors;
        long measuredErrors;
        Window window;

        Worker(CyclicBarrier phase) {
            this.phase = phase;
        }

        void run() {
            try (Connection connection = DriverManager.getConnection(url, connectionProperties)) {
                // compliance-service's datasource: READ COMMITTED, so the sum after the lock sees every committed gift
                connection.setTransactionIsolation(Connection.TRANSACTION_READ_COMMITTED);
                connection.setAutoCommit(false);
                PreparedStatement[] statements = new PreparedStatement[STATEMENTS.length];
                for (int i = 0; i < STATEMENTS.length; i++) {
                    statements[i] = connection.prepareStatement(STATEMENTS[i]);
                }
                window = readPolicy(statements);
                connection.commit();
                warmupErrors = givePhase(connection, statements, warmup);
                phase.await();
                phase.await();
                measuredErrors = givePhase(connection, statements, measured);
                phase.await();
            } catch (Exception e) {
                e.printStackTrace();
                System.exit(1);
            }
        }

        /** Gives gifts until the deadline; the latency of each that completed before it, and the count of failed ones. */
        private long givePhase(Connection connection, PreparedStatement[] statements, Latencies latencies) throws SQLException {
            long errors = 0;
            long end = deadline;
            for (long begin = System.nanoTime(); begin < end; begin = System.nanoTime()) {
                // one rotation shared by all threads, as wrk's connections share their thread's: two
                // threads rarely write to one recipient at once
                Recipient recipient = recipients.get((int) (nextRecipient.getAndIncrement() % recipients.size()));
                boolean given;
                try {
                    giveGift(statements, recipient);
                    connection.commit();
                    given = true;
                } catch (SQLException e) {
                    // a lock wait timeout or deadlock, which a service answers with an error
                    connection.rollback();
                    given = false;
                }
                long done = System.nanoTime();
                if (done >= end) {
                    break;
                }
                if (given) {
                    latencies.add((done - begin) / 1000);
                } else {
                    errors++;
                }
            }
            return errors;
        }

        private void giveGift(PreparedStatement[] statements, Recipient recipient) throws SQLException {
            Date date = Date.valueOf(giftDate);
            statements[GIVER].setString(1, executiveId);
            readAll(statements[GIVER]);
            statements[CONTACT].setString(1, recipient.id());
            readAll(statements[CONTACT]);

            String giftId = UUID.randomUUID().toString();
            Timestamp now = Timestamp.from(Instant.now());
            PreparedStatement gift = statements[GIFT];
            gift.setBoolean(1, true);
            gift.setString(2, "BUSINESS_GIFT");
            gift.setNull(3, Types.VARCHAR);
            gift.setNull(4, Types.CHAR);
            gift.setBigDecimal(5, amount);
            gift.setString(6, "USD");
            gift.setString(7, "Benchmark gift");
            gift.setNull(8, Types.DECIMAL);
            gift.setDate(9, date);
            gift.setNull(10, Types.DECIMAL);
            gift.setString(11, "FIRM");
            gift.setNull(12, Types.CHAR);
            gift.setBigDecimal(13, BigDecimal.ONE);
            gift.setTimestamp(14, now);
            gift.setString(15, executiveId);
            gift.setBigDecimal(16, amount);
            gift.setString(17, giftId);
            gift.executeUpdate();
            PreparedStatement share = statements[SHARE];
            share.setString(1, recipient.id());
            share.setBoolean(2, true);
            share.setString(3, recipient.employerName());
            share.setDate(4, date);
            share.setString(5, giftId);
            share.setInt(6, 0);
            share.setString(7, recipient.id());
            share.setString(8, recipient.fullName());
            share.setBigDecimal(9, amount);
            share.setString(10, UUID.randomUUID().toString());
            share.executeUpdate();

            PreparedStatement outbox = statements[OUTBOX];
            outbox.setString(1, UUID.randomUUID().toString());
            outbox.setString(2, recipient.id());
            outbox.setTimestamp(3, now);
            outbox.setString(4, giftRecorded(giftId, recipient));
            outbox.setString(5, SOURCE);
            outbox.setString(6, TOPIC);
            outbox.setString(7, GIFT_RECORDED);
            outbox.executeUpdate();
            statements[GIFT_GIVER].setString(1, giftId);
            statements[GIFT_GIVER].setString(2, executiveId);
            statements[GIFT_GIVER].executeUpdate();

            statements[LOCK].setString(1, recipient.id());
            readAll(statements[LOCK]);
            PreparedStatement used = statements[USED];
            used.setString(1, recipient.id());
            used.setDate(2, window.start());
            used.setDate(3, window.end());
            used.setNull(4, Types.CHAR);
            used.setNull(5, Types.CHAR);
            readAll(used);
        }

        /** The policy in force on the date and its window, as AggregationWindow.of computes it. */
        private Window readPolicy(PreparedStatement[] statements) throws SQLException {
            Date date = Date.valueOf(giftDate);
            statements[POLICY].setDate(1, date);
            statements[POLICY].setInt(2, 1);
            String type;
            int fiscalYearStartMonth;
            try (ResultSet policy = statements[POLICY].executeQuery()) {
                if (!policy.next()) {
                    throw new IllegalStateException("no gift policy in force on " + giftDate);
                }
                readRow(policy);
                type = policy.getString("window_type");
                fiscalYearStartMonth = policy.getInt("fiscal_year_start_month");
            }
            readAll(statements[LIMITS]);
            LocalDate start = switch (type) {
                case "CALENDAR_YEAR" -> giftDate.withDayOfYear(1);
                case "FISCAL_YEAR" -> {
                    LocalDate fiscalStart = LocalDate.of(giftDate.getYear(), fiscalYearStartMonth, 1);
                    yield fiscalStart.isAfter(giftDate) ? fiscalStart.minusYears(1) : fiscalStart;
                }
                case "ROLLING_12_MONTHS" -> giftDate.minusMonths(12).plusDays(1);
                default -> throw new IllegalStateException("unknown window type " + type);
            };
            LocalDate end = type.equals("ROLLING_12_MONTHS") ? giftDate : start.plusYears(1).minusDays(1);
            return new Window(Date.valueOf(start), Date.valueOf(end));
        }

        /** The gift-recorded event as GiftEvents.recorded writes it, so the relay and the consumers take it as a real one. */
        private String giftRecorded(String giftId, Recipient recipient) {
            String value = "{\"amount\":\"" + amount.toPlainString() + "\",\"currency\":\"USD\"}";
            return "{\"giftId\":\"" + giftId + "\",\"recipientId\":\"" + recipient.id() + "\",\"contactId\":\"" + recipient.id()
                    + "\",\"recipientName\":" + json(recipient.fullName()) + ",\"employerName\":" + json(recipient.employerName())
                    + ",\"giverIds\":[\"" + executiveId + "\"],\"giftDate\":\"" + giftDate + "\",\"category\":\"BUSINESS_GIFT\""
                    + ",\"valueUsd\":" + value + ",\"giftValueUsd\":" + value + ",\"countsTowardLimit\":true,\"paidBy\":\"FIRM\""
                    + ",\"correctsGiftId\":null}";
        }
    }

    record Window(Date start, Date end) {
    }

    /** Reads every row, as the ORM does, so the baseline also pays for transferring and decoding the results. */
    private static void readAll(PreparedStatement statement) throws SQLException {
        try (ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                readRow(rows);
            }
        }
    }

    private static void readRow(ResultSet row) throws SQLException {
        int columns = row.getMetaData().getColumnCount();
        for (int i = 1; i <= columns; i++) {
            row.getObject(i);
        }
    }

    private static String json(String text) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }

    /** Microsecond latencies of one thread, growing as needed. */
    private static final class Latencies {

        private long[] values = new long[4096];
        private int size;

        void add(long micros) {
            if (size == values.length) {
                values = Arrays.copyOf(values, size * 2);
            }
            values[size++] = micros;
        }

        long[] values() {
            return Arrays.copyOf(values, size);
        }
    }
}
