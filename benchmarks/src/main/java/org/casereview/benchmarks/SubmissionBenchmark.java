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
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

import javax.sql.DataSource;
import java.io.BufferedReader;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
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

    /** Warm-up rounds (one at one thread, one at four) at least and at most, until two in a row take as long. */
    private static final int LEAST_WARM_UPS = 5;
    private static final int MOST_WARM_UPS = 15;
    private static final int PER_THREAD = 200;
    /**
     * Each way is timed this many times, the service's rounds and the floor's taking turns, and the median round is
     * the figure: a single round of a second or two swings by a fifth on a shared machine, and the turns see the same
     * drift on both sides of a ratio.
     */
    private static final int ROUNDS = 7;
    private static final String DATABASE = "casereview_submit";
    /** How the process of its own prints its result. */
    private static final String RESULT = "SUBMISSION-RESULT ";
    /** Copies' ids are the originals' moved up by a multiple of this, so no copy meets an original or another copy. */
    private static final long COPY_OFFSET = 100_000_000L;

    /** One timed run: how many applications, how long, and what they asked of the server. */
    record Round(int applications, double seconds, long statements, long lockWaitMillis) {

        double perSecond() {
            return applications / seconds;
        }
    }

    /** Applications per second through one way of writing them, over {@link #ROUNDS} rounds. */
    record Throughput(String name, int threads, List<Round> rounds) {

        /** The median round's rate. */
        double perSecond() {
            List<Double> rates = rounds.stream().map(Round::perSecond).sorted().toList();
            int middle = rates.size() / 2;
            return rates.size() % 2 == 1 ? rates.get(middle) : (rates.get(middle - 1) + rates.get(middle)) / 2;
        }

        double lowest() {
            return rounds.stream().mapToDouble(Round::perSecond).min().orElseThrow();
        }

        double highest() {
            return rounds.stream().mapToDouble(Round::perSecond).max().orElseThrow();
        }

        int applicationsEach() {
            return rounds.getFirst().applications();
        }

        /** Statements each application sent the server (its Questions counter). */
        double statementsEach() {
            return rounds.stream().mapToLong(Round::statements).sum() / (double) applications();
        }

        /** How long each application's statements waited for a row another transaction held. */
        double lockWaitMillisEach() {
            return rounds.stream().mapToLong(Round::lockWaitMillis).sum() / (double) applications();
        }

        private int applications() {
            return rounds.stream().mapToInt(Round::applications).sum();
        }
    }

    /**
     * The service at one thread and at four, and the plain JDBC floor at one thread and at four (the same rows each
     * time); the tables one submission writes.
     */
    record Result(Throughput oneThread, Throughput fourThreads, Throughput floor, Throughput floorFourThreads,
                  List<String> tables, int warmUps) {
    }

    /** The rows of the applications one round of the service wrote, by table and by application, to copy. */
    private record Written(List<String> tables, Map<String, Map<Long, List<Map<String, Object>>>> rows, long firstId,
                           long lastId) {
    }

    private SubmissionBenchmark() {
    }

    /**
     * The measurement in a JVM of its own, as the portal that submits applications runs in a process of its own. In
     * the benchmark's JVM, after the back office's queries on the archive, the same code ran compiled for those (the
     * JIT's profiles polluted): a third slower, and far less steady from round to round.
     */
    static Result measureInOwnProcess(BenchmarkDatabase archive) throws Exception {
        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx2g", "-cp", System.getProperty("java.class.path"), SubmissionBenchmark.class.getName(),
                archive.serverUrl()).redirectErrorStream(true).start();
        List<String> output;
        try (BufferedReader lines = child.inputReader()) {
            output = lines.lines().toList();
        }
        child.waitFor();
        return output.stream().filter(line -> line.startsWith(RESULT)).findFirst()
                .map(line -> decode(line.substring(RESULT.length())))
                .orElseThrow(() -> new IllegalStateException("The submission benchmark's process gave no result:\n"
                        + String.join("\n", output.subList(Math.max(0, output.size() - 40), output.size()))));
    }

    /** The measurement, printed as one line for {@link #measureInOwnProcess}: the database server's URL. */
    public static void main(String[] args) throws Exception {
        JdbcTemplate server = new JdbcTemplate(new SimpleDriverDataSource(new org.mariadb.jdbc.Driver(), args[0],
                "root", ""));
        System.out.println(RESULT + encode(measure(args[0], server)));
    }

    static Result measure(String serverUrl, JdbcTemplate server) throws Exception {
        server.execute("DROP DATABASE IF EXISTS " + DATABASE);
        server.execute("CREATE DATABASE " + DATABASE + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        SpringApplication application = new SpringApplication(DomainTestApplication.class);
        application.setWebApplicationType(WebApplicationType.NONE);
        try (ConfigurableApplicationContext context = application.run(java.util.stream.Stream.concat(
                java.util.stream.Stream.of("--spring.datasource.url=" + serverUrl + "/" + DATABASE,
                        "--spring.datasource.username=root", "--spring.datasource.password="),
                java.util.Arrays.stream(BenchmarkDatabase.QUIET)).toArray(String[]::new))) {
            ApplicationService service = context.getBean(ApplicationService.class);
            DataSource dataSource = context.getBean(DataSource.class);
            JdbcTemplate jdbc = new JdbcTemplate(dataSource);

            Map<String, Long> before = rowCounts(jdbc);
            service.submit(application(), "Applicant (online)");
            Map<String, Long> after = rowCounts(jdbc);
            // A year's reference base is not a row per application (the year's first submission wrote it).
            List<String> tables = after.keySet().stream()
                    .filter(table -> after.get(table) > before.getOrDefault(table, 0L))
                    .filter(table -> !table.equals("reference_year")).sorted().toList();
            // Warm-up, at one thread and at four, until the JIT has compiled the path: in a fresh JVM each round
            // still runs faster than the one before after a thousand submissions. Done when a round takes within
            // 5% of the time of the one before.
            int warmUps = 1;
            double previous = 0;
            for (int round = 1; round <= MOST_WARM_UPS; round++) {
                Round single = timed(1, service, jdbc);
                Round together = timed(4, service, jdbc);
                warmUps += single.applications() + together.applications();
                double seconds = single.seconds() + together.seconds();
                if (round >= LEAST_WARM_UPS && Math.abs(seconds - previous) <= 0.05 * previous) {
                    break;
                }
                previous = seconds;
            }

            List<Round> one = new ArrayList<>();
            List<Round> four = new ArrayList<>();
            List<Round> floorOne = new ArrayList<>();
            List<Round> floorFour = new ArrayList<>();
            Written written = null;
            for (int round = 0; round < ROUNDS; round++) {
                Long firstId = jdbc.queryForObject("SELECT COALESCE(MAX(id), 0) + 1 FROM application", Long.class);
                one.add(timed(1, service, jdbc));
                if (written == null) {
                    written = written(jdbc, tables, firstId, jdbc.queryForObject("SELECT MAX(id) FROM application",
                            Long.class));
                }
                floorOne.add(copied(dataSource, jdbc, written, 1, 2L * round + 1));
                four.add(timed(4, service, jdbc));
                floorFour.add(copied(dataSource, jdbc, written, 4, 2L * round + 2));
            }
            return new Result(new Throughput("The service", 1, one), new Throughput("The service", 4, four),
                    new Throughput("Plain JDBC batches of the same rows", 1, floorOne),
                    new Throughput("Plain JDBC batches of the same rows", 4, floorFour), tables, warmUps);
        } finally {
            server.execute("DROP DATABASE IF EXISTS " + DATABASE);
        }
    }

    private static String encode(Result result) {
        return String.join("|", String.join(",", result.tables()), encode(result.oneThread()),
                encode(result.fourThreads()), encode(result.floor()), encode(result.floorFourThreads()),
                String.valueOf(result.warmUps()));
    }

    private static String encode(Throughput throughput) {
        return throughput.name() + "~" + throughput.threads() + "~" + throughput.rounds().stream()
                .map(round -> round.applications() + ":" + round.seconds() + ":" + round.statements() + ":"
                        + round.lockWaitMillis()).collect(Collectors.joining("/"));
    }

    private static Result decode(String encoded) {
        String[] parts = encoded.split("\\|");
        return new Result(decodeThroughput(parts[1]), decodeThroughput(parts[2]), decodeThroughput(parts[3]),
                decodeThroughput(parts[4]), List.of(parts[0].split(",")), Integer.parseInt(parts[5]));
    }

    private static Throughput decodeThroughput(String encoded) {
        String[] parts = encoded.split("~");
        List<Round> rounds = new ArrayList<>();
        for (String round : parts[2].split("/")) {
            String[] values = round.split(":");
            rounds.add(new Round(Integer.parseInt(values[0]), Double.parseDouble(values[1]),
                    Long.parseLong(values[2]), Long.parseLong(values[3])));
        }
        return new Throughput(parts[0], Integer.parseInt(parts[1]), rounds);
    }

    private static Round timed(int threads, ApplicationService service, JdbcTemplate jdbc) throws Exception {
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
            // The statement that read the counter is not the applications'.
            return new Round(threads * PER_THREAD, seconds, statements(jdbc) - statements - 1,
                    status(jdbc, "Innodb_row_lock_time") - lockWaits);
        } finally {
            pool.shutdown();
        }
    }

    /** The rows one round of the service wrote, read once before the floor's rounds copy them. */
    private static Written written(JdbcTemplate jdbc, List<String> tables, long firstId, long lastId) {
        // The application first: the other tables' rows refer to it.
        List<String> ordered = new ArrayList<>(tables);
        ordered.remove("application");
        ordered.addFirst("application");
        Map<String, Map<Long, List<Map<String, Object>>>> byApplication = new LinkedHashMap<>();
        for (String table : ordered) {
            String key = table.equals("application") ? "id" : "application_id";
            if (!columns(jdbc, table).contains(key)) {
                throw new IllegalStateException("A submission writes to " + table + ", which does not name the "
                        + "application: the floor cannot copy its rows");
            }
            // Columns the database makes itself (the search keys) are not written.
            List<String> columns = jdbc.queryForList("""
                    SELECT COLUMN_NAME FROM information_schema.COLUMNS
                    WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = ? AND EXTRA NOT LIKE '%GENERATED%'
                    ORDER BY ORDINAL_POSITION""", String.class, table);
            byApplication.put(table, jdbc.queryForList("SELECT " + String.join(", ", columns) + " FROM " + table
                    + " WHERE " + key + " BETWEEN ? AND ? ORDER BY " + key, firstId, lastId).stream()
                    .collect(Collectors.groupingBy(row -> ((Number) row.get(key)).longValue(), LinkedHashMap::new,
                            Collectors.toList())));
        }
        return new Written(ordered, byApplication, firstId, lastId);
    }

    /**
     * The rows of {@code written} inserted again as copies (ids moved up, unique references and keys changed): a batch
     * per table, a transaction per application.
     *
     * @param copy which copy this is: each has ids and references of its own
     */
    private static Round copied(DataSource dataSource, JdbcTemplate jdbc, Written written, int threads, long copy)
            throws Exception {
        long offset = COPY_OFFSET * copy;
        long statements = statements(jdbc);
        long lockWaits = status(jdbc, "Innodb_row_lock_time");
        long started = System.nanoTime();
        try (ExecutorService pool = Executors.newFixedThreadPool(threads)) {
            List<Future<?>> running = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int thread = t;
                running.add(pool.submit(() -> {
                    copy(dataSource, written, thread, threads, offset);
                    return null;
                }));
            }
            for (Future<?> thread : running) {
                thread.get();
            }
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        return new Round((int) (written.lastId() - written.firstId() + 1), seconds,
                statements(jdbc) - statements - 1, status(jdbc, "Innodb_row_lock_time") - lockWaits);
    }

    /** One thread's share of the copies: every {@code threads}th application, one transaction each. */
    private static void copy(DataSource dataSource, Written written, int thread, int threads, long offset)
            throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            Map<String, PreparedStatement> inserts = new LinkedHashMap<>();
            for (String table : written.tables()) {
                List<String> columns = List.copyOf(written.rows().get(table).values().iterator().next().getFirst()
                        .keySet());
                inserts.put(table, connection.prepareStatement("INSERT INTO " + table + " (" + String.join(", ",
                        columns) + ") VALUES (" + columns.stream().map(c -> "?").collect(Collectors.joining(", "))
                        + ")"));
            }
            try (PreparedStatement number = connection.prepareStatement(
                    "SELECT NEXTVAL(reference_numbers) - base FROM reference_year WHERE year = ?")) {
                number.setInt(1, LocalDate.now(org.casereview.DomainConfiguration.UK).getYear());
                for (long id = written.firstId() + thread; id <= written.lastId(); id += threads) {
                    try (ResultSet taken = number.executeQuery()) {
                        taken.next();
                    }
                    for (String table : written.tables()) {
                        PreparedStatement insert = inserts.get(table);
                        for (Map<String, Object> row : written.rows().get(table).getOrDefault(id, List.of())) {
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
