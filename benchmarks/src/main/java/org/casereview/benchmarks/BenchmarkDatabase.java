package org.casereview.benchmarks;

import org.casereview.DomainConfiguration;
import org.casereview.DomainTestApplication;
import org.casereview.archive.ArchiveGenerator;
import org.casereview.staff.StaffAccount;
import org.casereview.staff.StaffAccountRepository;
import org.casereview.staff.StaffRole;
import org.casereview.statistics.FiguresSummary;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

import javax.sql.DataSource;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Properties;

/**
 * The domain running on its own embedded MariaDB, kept in a directory of its own between runs, holding a generated
 * archive of the size asked for. Generating a million applications takes minutes, so an archive already there is
 * reused; one of another size is refused (delete the directory to start again).
 */
final class BenchmarkDatabase implements AutoCloseable {

    static final long BUFFER_POOL_BYTES = 1024L * 1024 * 1024;
    /** The note, beside the data, of how the archive was made. */
    private static final String MADE = "archive.properties";

    private final ConfigurableApplicationContext context;
    private final JdbcTemplate jdbc;
    private final boolean generatedNow;
    private final Properties made;

    private BenchmarkDatabase(ConfigurableApplicationContext context, boolean generatedNow, Properties made) {
        this.context = context;
        this.jdbc = new JdbcTemplate(context.getBean(DataSource.class));
        this.generatedNow = generatedNow;
        this.made = made;
    }

    /**
     * What every context of the benchmark runs with: nothing scheduled (no message sent, no case anonymised, no
     * reminder written while measuring), and a mail host named so that the outbox's beans can be made.
     */
    static final String[] QUIET = {"--spring.mail.host=localhost", "--casereview.outbox.sender-enabled=false",
            "--casereview.retention.enabled=false", "--casereview.drafts.cleanup-enabled=false",
            "--casereview.reminders.initial-delay=3650d", "--spring.jpa.open-in-view=false",
            "--spring.jpa.hibernate.ddl-auto=validate", "--logging.level.root=WARN"};

    static BenchmarkDatabase open(Path directory, int applications) throws SQLException, IOException {
        SpringApplication application = new SpringApplication(DomainTestApplication.class);
        application.setWebApplicationType(WebApplicationType.NONE);
        ConfigurableApplicationContext context = application.run(java.util.stream.Stream.concat(java.util.stream.Stream.of(
                "--casereview.embedded-db.server-directory=" + directory.resolve("server"),
                "--casereview.embedded-db.data-directory=" + directory.resolve("mariadb"),
                "--casereview.embedded-db.port=0",
                "--casereview.embedded-db.fresh=false"), java.util.Arrays.stream(QUIET)).toArray(String[]::new));
        JdbcTemplate jdbc = new JdbcTemplate(context.getBean(DataSource.class));
        // A database server for a million cases is given memory for them; the embedded default (128 MB) is sized for
        // a demonstration.
        jdbc.execute("SET GLOBAL innodb_buffer_pool_size = " + BUFFER_POOL_BYTES);
        long existing = count(jdbc);
        long generation = -1;
        long counting = -1;
        if (existing == 0) {
            System.out.printf("Generating an archive of %,d applications in %s …%n", applications, directory);
            long started = System.nanoTime();
            // Loading only: the log is written at each commit but flushed to disk once a second.
            jdbc.execute("SET GLOBAL innodb_flush_log_at_trx_commit = 2");
            try (Connection connection = context.getBean(DataSource.class).getConnection()) {
                new ArchiveGenerator(LocalDate.now(DomainConfiguration.UK), 10, 42)
                        .generate(connection, applications);
            }
            jdbc.execute("SET GLOBAL innodb_flush_log_at_trx_commit = 1");
            generation = seconds(started);
            System.out.printf("Generated in %d s%n", generation);
            // Written around the services: the figures are counted from scratch, once.
            started = System.nanoTime();
            context.getBean(FiguresSummary.class).rebuild();
            counting = seconds(started);
            System.out.printf("Figures counted in %d s%n", counting);
            jdbc.execute("ANALYZE TABLE application, incident, threshold_decision, panel_meeting, recommendation, "
                    + "second_stage_review, delay_notice, figures_day");
            Properties made = new Properties();
            made.setProperty("generated-on", LocalDate.now(DomainConfiguration.UK).toString());
            made.setProperty("generation-seconds", String.valueOf(generation));
            made.setProperty("counting-seconds", String.valueOf(counting));
            try (Writer out = Files.newBufferedWriter(directory.resolve(MADE))) {
                made.store(out, "How this benchmark archive was made");
            }
        } else if (existing != applications) {
            context.close();
            throw new IllegalStateException("The benchmark database in " + directory + " holds " + existing
                    + " applications, not " + applications + ": delete the directory to generate it again");
        }
        Properties made = new Properties();
        if (Files.exists(directory.resolve(MADE))) {
            try (Reader in = Files.newBufferedReader(directory.resolve(MADE))) {
                made.load(in);
            }
        }
        return new BenchmarkDatabase(context, generation >= 0, made);
    }

    private static long seconds(long startedNanos) {
        return (System.nanoTime() - startedNanos) / 1_000_000_000L;
    }

    private static long count(JdbcTemplate jdbc) {
        Long count = jdbc.queryForObject("SELECT COUNT(*) FROM application", Long.class);
        return count == null ? 0 : count;
    }

    /** Signs in (in this thread) as a county-wide member of staff with this role, made the first time. */
    void signIn(String username, StaffRole role) {
        StaffAccountRepository accounts = context.getBean(StaffAccountRepository.class);
        if (accounts.findByUsername(username).isEmpty()) {
            accounts.save(new StaffAccount(username, "Benchmark " + role, "{noop}unused", EnumSet.of(role), null,
                    false));
        }
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                username, null, List.of(new SimpleGrantedAuthority("ROLE_" + role.name()))));
    }

    /** The JDBC address of this database's server, for another database on it. */
    String serverUrl() {
        try (Connection connection = context.getBean(DataSource.class).getConnection()) {
            String url = connection.getMetaData().getURL();
            return url.substring(0, url.indexOf('/', "jdbc:mariadb://".length()));
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    ConfigurableApplicationContext context() {
        return context;
    }

    JdbcTemplate jdbc() {
        return jdbc;
    }

    /** How and when the archive was made: in this run, or by an earlier one (from the note it left). */
    String howMade() {
        String when = generatedNow ? "in this run" : "by an earlier run on " + made.getProperty("generated-on", "?");
        return when + ", in " + made.getProperty("generation-seconds", "?") + " s (ArchiveGenerator, seed 42, "
                + "LOAD DATA LOCAL INFILE with the secondary indexes built afterwards); the figures were then counted "
                + "from scratch in " + made.getProperty("counting-seconds", "?") + " s (FiguresSummary.rebuild)";
    }

    @Override
    public void close() {
        context.close();
    }
}
