package org.casereview.benchmarks;

import org.casereview.DomainTestApplication;
import org.casereview.application.AccessibleFormat;
import org.casereview.application.Agency;
import org.casereview.application.Answer;
import org.casereview.application.ApplicantType;
import org.casereview.application.ApplicationService;
import org.casereview.application.BehaviourType;
import org.casereview.application.Channel;
import org.casereview.application.ConsentMethod;
import org.casereview.application.ContactMethod;
import org.casereview.application.ImpactArea;
import org.casereview.application.NewApplication;
import org.casereview.application.Relationship;
import org.casereview.application.ReportMethod;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;

/**
 * Submitting an application as the portal does ({@link ApplicationService#submit}: applicant, victim, four
 * incidents, consent, contact preferences, and the acknowledgement written to the outbox in the same transaction),
 * one thread and four, into a database of its own on the benchmark's server. The floor, in the same run: the very
 * rows those submissions wrote, copied with plain JDBC batches, one transaction per application as the service uses.
 */
final class SubmissionBenchmark {

    private static final int WARM_UPS = 500;
    private static final int PER_THREAD = 200;
    private static final String DATABASE = "casereview_submit";
    /** Copies' ids are the originals' moved up by this much, so no copy meets an original. */
    private static final long COPY_OFFSET = 100_000_000L;

    /** Applications per second through one way of writing them. */
    /**
     * @param statementsEach   statements each application sent the server (its Questions counter)
     * @param lockWaitMillisEach time each application's statements waited for another transaction's row lock
     *                         (InnoDB's Innodb_row_lock_time): the reference counter's row is held to the commit
     */
    record Throughput(String name, int threads, int applications, double seconds, double statementsEach,
                      double lockWaitMillisEach) {

        double perSecond() {
            return applications / seconds;
        }
    }

    /**
     * The service at one thread and at four, and the plain JDBC floor at one thread and at four (the same rows each
     * time); the tables one submission writes.
     */
    record Result(Throughput oneThread, Throughput fourThreads, Throughput floor, Throughput floorFourThreads,
                  List<String> tables) {
    }

    private SubmissionBenchmark() {
    }

    static Result measure(BenchmarkDatabase archive) throws Exception {
        archive.jdbc().execute("DROP DATABASE IF EXISTS " + DATABASE);
        archive.jdbc().execute("CREATE DATABASE " + DATABASE + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        SpringApplication application = new SpringApplication(DomainTestApplication.class);
        application.setWebApplicationType(WebApplicationType.NONE);
        try (ConfigurableApplicationContext context = application.run(java.util.stream.Stream.concat(
                java.util.stream.Stream.of("--spring.datasource.url=" + archive.serverUrl() + "/" + DATABASE,
                        "--spring.datasource.username=root", "--spring.datasource.password="),
                java.util.Arrays.stream(BenchmarkDatabase.QUIET)).toArray(String[]::new))) {
            ApplicationService service = context.getBean(ApplicationService.class);
            JdbcTemplate jdbc = new JdbcTemplate(context.getBean(DataSource.class));

            Map<String, Long> before = rowCounts(jdbc);
            for (int i = 0; i < WARM_UPS; i++) {
                service.submit(application(), "Applicant (online)");
            }
            Map<String, Long> after = rowCounts(jdbc);
            List<String> written = after.keySet().stream()
                    .filter(table -> after.get(table) > before.getOrDefault(table, 0L)).sorted().toList();

            Long firstTimed = jdbc.queryForObject("SELECT COALESCE(MAX(id), 0) + 1 FROM application", Long.class);
            Throughput one = timed("The service", 1, service, jdbc);
            Long lastOfOne = jdbc.queryForObject("SELECT MAX(id) FROM application", Long.class);
            Throughput four = timed("The service", 4, service, jdbc);
            Throughput floor = copied(context.getBean(DataSource.class), jdbc, written, firstTimed, lastOfOne, 1);
            Throughput floorFour = copied(context.getBean(DataSource.class), jdbc, written, firstTimed, lastOfOne,
                    4);
            return new Result(one, four, floor, floorFour, written);
        } finally {
            archive.jdbc().execute("DROP DATABASE IF EXISTS " + DATABASE);
        }
    }

    private static Throughput timed(String name, int threads, ApplicationService service, JdbcTemplate jdbc)
            throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            long statements = statements(jdbc);
            long lockWaits = status(jdbc, "Innodb_row_lock_time");
            long started = System.nanoTime();
            List<Future<?>> running = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                running.add(pool.submit(() -> {
                    for (int i = 0; i < PER_THREAD; i++) {
                        service.submit(application(), "Applicant (online)");
                    }
                }));
            }
            for (Future<?> thread : running) {
                thread.get();
            }
            double seconds = (System.nanoTime() - started) / 1e9;
            return new Throughput(name, threads, threads * PER_THREAD, seconds,
                    (statements(jdbc) - statements - 1) / (double) (threads * PER_THREAD),
                    (status(jdbc, "Innodb_row_lock_time") - lockWaits) / (double) (threads * PER_THREAD));
        } finally {
            pool.shutdown();
        }
    }

    /**
     * The rows the one-thread run wrote, read before timing, then inserted again as copies (ids moved up, unique
     * references and keys changed): a batch per table, a transaction per application.
     */
    private static Throughput copied(DataSource dataSource, JdbcTemplate jdbc, List<String> tables, long firstId,
                                     long lastId, int threads) throws Exception {
        Map<String, List<Map<String, Object>>> rows = new LinkedHashMap<>();
        // The application first: the other tables' rows refer to it.
        List<String> ordered = new ArrayList<>(tables);
        ordered.remove("application");
        ordered.addFirst("application");
        // The reference number's counter is not a row per application: the floor takes a number as the service does.
        boolean numbered = ordered.remove("reference_counter");
        for (String table : ordered) {
            String key = table.equals("application") ? "id" : "application_id";
            if (!columns(jdbc, table).contains(key)) {
                throw new IllegalStateException("A submission writes to " + table + ", which does not name the "
                        + "application: the floor cannot copy its rows");
            }
            // Columns the database makes itself (the search keys) are not written.
            List<String> written = jdbc.queryForList("""
                    SELECT COLUMN_NAME FROM information_schema.COLUMNS
                    WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = ? AND EXTRA NOT LIKE '%GENERATED%'
                    ORDER BY ORDINAL_POSITION""", String.class, table);
            rows.put(table, jdbc.queryForList("SELECT " + String.join(", ", written) + " FROM " + table + " WHERE "
                    + key + " BETWEEN ? AND ? ORDER BY " + key, firstId, lastId));
        }
        int applications = (int) (lastId - firstId + 1);
        Map<String, Map<Long, List<Map<String, Object>>>> byApplication = new LinkedHashMap<>();
        rows.forEach((table, list) -> byApplication.put(table, list.stream().collect(Collectors.groupingBy(
                row -> ((Number) row.get(table.equals("application") ? "id" : "application_id")).longValue()))));
        // Each run's copies are moved up by another offset: the one-thread copies and the four-thread ones differ.
        long offset = COPY_OFFSET * threads;
        long statements = statements(jdbc);
        long lockWaits = status(jdbc, "Innodb_row_lock_time");
        long started = System.nanoTime();
        try (ExecutorService pool = Executors.newFixedThreadPool(threads)) {
            List<Future<?>> running = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int thread = t;
                running.add(pool.submit(() -> {
                    copy(dataSource, ordered, rows, byApplication, numbered, firstId, lastId, thread, threads,
                            offset);
                    return null;
                }));
            }
            for (Future<?> thread : running) {
                thread.get();
            }
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        return new Throughput("Plain JDBC batches of the same rows", threads, applications, seconds,
                (statements(jdbc) - statements - 1) / (double) applications,
                (status(jdbc, "Innodb_row_lock_time") - lockWaits) / (double) applications);
    }

    /** One thread's share of the copies: every {@code threads}th application, one transaction each. */
    private static void copy(DataSource dataSource, List<String> ordered, Map<String, List<Map<String, Object>>> rows,
                             Map<String, Map<Long, List<Map<String, Object>>>> byApplication, boolean numbered,
                             long firstId, long lastId, int thread, int threads, long offset) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            Map<String, PreparedStatement> inserts = new LinkedHashMap<>();
            for (String table : ordered) {
                List<String> columns = List.copyOf(rows.get(table).getFirst().keySet());
                inserts.put(table, connection.prepareStatement("INSERT INTO " + table + " (" + String.join(", ",
                        columns) + ") VALUES (" + columns.stream().map(c -> "?").collect(Collectors.joining(", "))
                        + ")"));
            }
            try (PreparedStatement number = connection.prepareStatement("""
                    INSERT INTO reference_counter (year, last_value) VALUES (9999, LAST_INSERT_ID(1))
                    ON DUPLICATE KEY UPDATE last_value = LAST_INSERT_ID(last_value + 1)""")) {
                for (long id = firstId + thread; id <= lastId; id += threads) {
                    if (numbered) {
                        number.executeUpdate();
                    }
                    for (String table : ordered) {
                        PreparedStatement insert = inserts.get(table);
                        for (Map<String, Object> row : byApplication.get(table).getOrDefault(id, List.of())) {
                            int i = 1;
                            for (Map.Entry<String, Object> column : row.entrySet()) {
                                insert.setObject(i++, copy(table, column.getKey(), column.getValue(), offset));
                            }
                            insert.addBatch();
                        }
                        insert.executeBatch();
                    }
                    connection.commit();
                }
            } finally {
                for (PreparedStatement insert : inserts.values()) {
                    insert.close();
                }
            }
        }
    }

    /** A copy's value: ids moved up, the unique reference and submission key made different. */
    private static Object copy(String table, String column, Object value, long offset) {
        if (value == null) {
            return null;
        }
        if (column.equals("application_id") || (column.equals("id"))) {
            return ((Number) value).longValue() + offset;
        }
        if (table.equals("application") && (column.equals("reference") || column.equals("submission_key"))) {
            return "J" + offset / COPY_OFFSET + value;
        }
        return value;
    }

    /** Statements the server has been sent (its "Questions" counter): a batch sends each of its rows. */
    private static long statements(JdbcTemplate jdbc) {
        return status(jdbc, "Questions");
    }

    private static long status(JdbcTemplate jdbc, String variable) {
        return Long.parseLong(String.valueOf(jdbc.queryForMap("SHOW GLOBAL STATUS LIKE '" + variable + "'")
                .get("Value")));
    }

    private static Set<String> columns(JdbcTemplate jdbc, String table) {
        return Set.copyOf(jdbc.queryForList("""
                SELECT LOWER(COLUMN_NAME) FROM information_schema.COLUMNS
                WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = ?""", String.class, table));
    }

    private static Map<String, Long> rowCounts(JdbcTemplate jdbc) {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (String table : jdbc.queryForList("""
                SELECT TABLE_NAME FROM information_schema.TABLES
                WHERE TABLE_SCHEMA = DATABASE() AND TABLE_TYPE = 'BASE TABLE'""", String.class)) {
            counts.put(table, jdbc.queryForObject("SELECT COUNT(*) FROM " + table, Long.class));
        }
        return counts;
    }

    /** A victim applying for themselves is the portal's commonest case; here someone applies for a victim. */
    static NewApplication application() {
        LocalDate today = LocalDate.now(org.casereview.DomainConfiguration.UK);
        List<NewApplication.NewIncident> incidents = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            incidents.add(new NewApplication.NewIncident(today.minusDays(60 - i * 12L), today.minusDays(59 - i * 12L),
                    Agency.POLICE, null, "KP-" + (4400 + i), "Loud music and shouting from the flat upstairs until "
                    + "3am, and threats when asked to stop", "PC Jones, neighbourhood team", ReportMethod.PHONE,
                    "Outside 3 High Street", BehaviourType.NOISE, null, "An officer visited once",
                    Answer.NO, Answer.NO, null, null));
        }
        NewApplication.Applicant applicant = new NewApplication.Applicant("Alex Applicant", "1 High Street, Tonbridge",
                "TN9 1AA", "01632 960001", "alex.applicant@example.org", LocalDate.of(1970, 5, 17));
        NewApplication.Applicant victim = new NewApplication.Applicant("Vic Victim", "3 High Street, Tonbridge",
                "TN9 1AB", "01632 960002", "vic.victim@example.org", LocalDate.of(1948, 2, 3));
        return new NewApplication("tonbridge-malling", Channel.ONLINE, ApplicantType.ON_BEHALF_OF_VICTIM, applicant,
                ContactMethod.EMAIL, true, incidents, UUID.randomUUID().toString(),
                NewApplication.Representation.onBehalfOf(victim, Relationship.CARER, null, true,
                        ConsentMethod.IN_WRITING, null),
                new NewApplication.Circumstances(Answer.YES, Answer.NO, null),
                new NewApplication.Impact(Set.of(ImpactArea.SLEEP, ImpactArea.HEALTH), "I cannot sleep and my "
                        + "mother is frightened to go out", Answer.YES, "My mother has dementia", Answer.YES,
                        "They shout her name", Answer.YES),
                new NewApplication.ContactPreferences(Set.of(ContactMethod.EMAIL, ContactMethod.PHONE),
                        "Weekdays after 6pm", Answer.YES, Answer.NO, Set.of(AccessibleFormat.LARGE_PRINT), null, true,
                        "Polish"),
                true);
    }
}
