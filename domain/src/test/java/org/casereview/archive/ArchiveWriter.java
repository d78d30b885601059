package org.casereview.archive;

import org.casereview.DomainConfiguration;
import org.casereview.application.Agency;
import org.casereview.application.ApplicantType;
import org.casereview.application.ApplicationStatus;
import org.casereview.application.BehaviourType;
import org.casereview.application.Channel;
import org.casereview.decision.DecisionOutcome;
import org.jspecify.annotations.Nullable;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Writes {@link ArchiveCase}s as the rows the services would have written (application, incidents, threshold decision,
 * panel, recommendations, second-stage reviews, delay notices), loaded in large batches with LOAD DATA LOCAL INFILE.
 * Ids are given here, so children need no generated keys. Names, addresses and incidents are made up from a seed, so
 * the same cases give the same rows. Nothing else may write to these tables while a writer is open.
 */
public final class ArchiveWriter implements AutoCloseable {

    private static final String[] FIRST_NAMES = {"Amelia", "Olivia", "Isla", "Ava", "Mia", "Grace", "Sophia", "Lily",
            "Emily", "Freya", "Jack", "Oliver", "Harry", "George", "Noah", "Charlie", "Jacob", "Alfie", "Thomas",
            "Oscar", "Priya", "Aisha", "Mohammed", "Fatima", "Tomasz", "Agnieszka", "Dylan", "Rhys", "Siobhan",
            "Kwame", "Chen", "Dana", "Margaret", "Brian", "Susan", "Peter", "Janet", "Graham", "Carol", "Derek"};
    private static final String[] SURNAMES = {"Smith", "Jones", "Taylor", "Brown", "Williams", "Wilson", "Johnson",
            "Davies", "Robinson", "Wright", "Thompson", "Evans", "Walker", "White", "Roberts", "Green", "Hall",
            "Wood", "Jackson", "Clarke", "Patel", "Khan", "Ahmed", "Nowak", "Kowalski", "Okafor", "Mensah", "Hughes",
            "Edwards", "Lewis", "Harris", "Martin", "Cooper", "Ward", "Morris", "Turner", "Hill", "Baker", "Price",
            "Bennett", "Gray", "Cox", "Murphy", "Kelly", "Bell", "Shaw", "Mills", "Palmer", "Holmes", "Chapman"};
    private static final String[] STREETS = {"Station Road", "High Street", "Church Lane", "Mill Road", "Victoria "
            + "Street", "Park Avenue", "London Road", "Queen's Road", "The Green", "Orchard Close", "Meadow Way",
            "Chapel Street", "King Street", "Manor Road", "School Lane", "Elm Grove", "Beech Drive", "Castle Hill",
            "North Street", "Windmill Lane"};
    private static final String LETTERS = "ABDEFGHJLNPQRSTUWXYZ";
    private static final String[] DESCRIPTIONS = {
            "Loud music and shouting from the flat next door late at night.",
            "A group gathered outside the shop, swearing at customers and blocking the door.",
            "Our fence was damaged and rubbish thrown into the garden.",
            "Threats shouted at me in the street by the same neighbour.",
            "Cars revving and racing up and down the road after midnight.",
            "Drug dealing from the alleyway behind the houses.",
            "The dog next door barks for hours and the owner is abusive when asked."};

    private final Connection connection;
    private final boolean bulk;
    private final Map<Long, String> postcodeAreas = new HashMap<>();
    private final Map<Long, Object[]> policies = new HashMap<>();
    private final Map<Integer, Integer> references = new HashMap<>();
    private final Table applications;
    private final Table incidents;
    private final Table decisions;
    private final Table panels;
    private final Table panelMembers;
    private final Table recommendations;
    private final Table appeals;
    private final Table delays;
    private long nextApplicationId;
    private long nextIncidentId;
    private long nextDecisionId;
    private long nextPanelId;
    private long nextRecommendationId;
    private long nextAppealId;
    private long nextDelayId;
    private int written;
    /** No case is stamped later than this: the figures would take it for a change still to count. */
    private final Instant latestStamp = Instant.now().minus(java.time.Duration.ofHours(1));
    private List<String> droppedIndexes = List.of();

    /**
     * @param bulk for loading a large archive: turns off unique and foreign key checks on this connection while it is
     *             open, and commits every few thousand cases (the connection must not be in someone's transaction)
     */
    public ArchiveWriter(Connection connection, boolean bulk) throws SQLException {
        this.connection = connection;
        this.bulk = bulk;
        try (Statement statement = connection.createStatement()) {
            if (bulk) {
                statement.execute("SET SESSION unique_checks = 0, foreign_key_checks = 0");
                droppedIndexes = dropIndexes(statement);
                connection.setAutoCommit(false);
            }
            try (ResultSet rows = statement.executeQuery("""
                    SELECT id, code, qualifying_complaints, window_months, report_within_months,
                           same_or_similar_required, community_route, community_individuals, dissatisfaction_required,
                           discretion_allowed, online_acknowledgement_days, other_acknowledgement_days,
                           decision_working_days, decision_from, final_review_months FROM partnership""")) {
                while (rows.next()) {
                    long id = rows.getLong(1);
                    postcodeAreas.put(id, postcodeArea(rows.getString(2)));
                    Object[] policy = new Object[13];
                    for (int i = 0; i < 13; i++) {
                        policy[i] = rows.getObject(i + 3);
                    }
                    policies.put(id, policy);
                }
            }
            // At least the last number each year has used (each row takes a value of the sequence of its own).
            try (ResultSet rows = statement.executeQuery(
                    "SELECT year, NEXTVAL(reference_numbers) - base - 1 FROM reference_year")) {
                while (rows.next()) {
                    references.put(rows.getInt(1), rows.getInt(2));
                }
            }
            nextApplicationId = nextId(statement, "application");
            nextIncidentId = nextId(statement, "incident");
            nextDecisionId = nextId(statement, "threshold_decision");
            nextPanelId = nextId(statement, "panel_meeting");
            nextRecommendationId = nextId(statement, "recommendation");
            nextAppealId = nextId(statement, "second_stage_review");
            nextDelayId = nextId(statement, "delay_notice");
        }
        applications = new Table("application", """
                id, reference, partnership_id, channel, status, received_at, received_on, acknowledged_on,
                acknowledgement_due, decision_due, applicant_type, applicant_name, applicant_address,
                applicant_postcode, applicant_phone, applicant_email, preferred_contact, consent_to_share,
                consent_given_at, declaration_made, declaration_made_at, contact_channels, acknowledgement_method,
                decided_on, outcome_sent_on, final_review_due, revised_decision_due, status_before, closed_on,
                close_reason, last_changed_at, last_changed_by""");
        incidents = new Table("incident", """
                id, application_id, position, occurred_on, reported_on, reported_to, agency_reference, description,
                behaviour, location""");
        decisions = new Table("threshold_decision", """
                id, application_id, outcome, route, reason, decided_by, decided_by_name, decided_at, decided_on,
                assessment_summary, resident_text, policy_qualifying_complaints, policy_window_months,
                policy_report_within_months, policy_same_or_similar_required, policy_community_route,
                policy_community_individuals, policy_dissatisfaction_required, policy_discretion_allowed,
                policy_online_acknowledgement_days, policy_other_acknowledgement_days, policy_decision_working_days,
                policy_decision_from, policy_final_review_months""");
        panels = new Table("panel_meeting", """
                id, application_id, held_on, victim_consulted, victim_invited, findings, recorded_by, recorded_at""");
        panelMembers = new Table("panel_meeting_member", "panel_meeting_id, position, name, role, agency");
        recommendations = new Table("recommendation", """
                id, application_id, second_stage_id, agency, agency_name, recommendation_text, issued_on, response,
                response_reasons, responded_on, responded_by, created_by, created_at""");
        appeals = new Table("second_stage_review", """
                id, application_id, about, reasons, requested_on, requested_via, recorded_by, appealed_from,
                decision, decision_reasons, decided_on, decided_by, review_activated""");
        delays = new Table("delay_notice", "id, application_id, sent_on, reason, previous_due, new_due, sent_by");
    }

    /** Writes one case (in the next batch) and returns the id its application will have. */
    public long write(ArchiveCase c) throws SQLException {
        long id = nextApplicationId++;
        SplittableRandom random = new SplittableRandom(id * 0x9E3779B97F4A7C15L);
        int year = c.receivedOn.getYear();
        int number = references.merge(year, 1, Integer::sum);
        Instant receivedAt = notLater(c.receivedOn.atTime(LocalTime.of(7 + random.nextInt(14), random.nextInt(60)))
                .atZone(DomainConfiguration.UK).toInstant(), c.receivedOn);
        String name = FIRST_NAMES[random.nextInt(FIRST_NAMES.length)] + " "
                + SURNAMES[random.nextInt(SURNAMES.length)];
        String postcode = postcodeAreas.getOrDefault(c.partnershipId, "AB1") + " " + random.nextInt(1, 10)
                + LETTERS.charAt(random.nextInt(LETTERS.length())) + LETTERS.charAt(random.nextInt(LETTERS.length()));
        boolean email = c.channel == Channel.ONLINE || c.channel == Channel.EMAIL || random.nextInt(3) == 0;
        String contact = email ? "EMAIL" : random.nextInt(4) == 0 ? "POST" : "PHONE";
        ApplicationStatus status = c.status();
        Instant lastChange = notLater(latest(c).atTime(12, 0).atZone(DomainConfiguration.UK).toInstant(),
                latest(c));
        applications.add(id, "CT-%d-%05d".formatted(year, number), c.partnershipId, c.channel.name(), status.name(),
                Timestamp.from(receivedAt), date(c.receivedOn), date(c.acknowledgedOn), date(c.acknowledgementDue),
                date(c.decisionDue), applicantType(random).name(), name,
                (1 + random.nextInt(180)) + " " + STREETS[random.nextInt(STREETS.length)], postcode,
                "01632 " + (960_000 + random.nextInt(1000)),
                email ? name.toLowerCase().replace(' ', '.') + id + "@example.org" : null, contact, true,
                Timestamp.from(receivedAt), true, Timestamp.from(receivedAt), contact,
                c.acknowledgedOn == null || c.channel.isOnline() ? null : email ? "EMAIL" : "LETTER",
                date(c.decidedOn), date(c.outcomeSentOn), date(c.finalReviewDue),
                c.delay == null ? null : date(c.delay.newDue()), c.statusBefore == null ? null : c.statusBefore.name(),
                date(c.closedOn), c.closedOn == null ? null : status == ApplicationStatus.WITHDRAWN
                        ? "Withdrawn by the applicant" : "No further action", Timestamp.from(lastChange),
                "Generated archive");
        for (int i = 0; i < c.incidents; i++) {
            LocalDate reported = c.receivedOn.minusDays(5L + random.nextInt(170));
            Agency agency = Agency.values()[random.nextInt(3)];
            incidents.add(nextIncidentId++, id, i, date(reported.minusDays(random.nextInt(4))), date(reported),
                    agency.name(), agency == Agency.POLICE ? "KP/" + random.nextInt(10_000, 99_999) + "/" + year : null,
                    DESCRIPTIONS[random.nextInt(DESCRIPTIONS.length)],
                    BehaviourType.values()[random.nextInt(BehaviourType.values().length)].name(),
                    STREETS[random.nextInt(STREETS.length)]);
        }
        if (c.outcome != null) {
            writeDecision(id, c);
        }
        if (c.panelHeldOn != null) {
            long panelId = nextPanelId++;
            panels.add(panelId, id, date(c.panelHeldOn), true, random.nextInt(3) == 0,
                    "The agencies shared what each had done and agreed further action.", "Generated archive",
                    Timestamp.from(c.panelHeldOn.atTime(16, 0).atZone(DomainConfiguration.UK).toInstant()));
            String[] agencies = {"Police", "Council", "Housing provider"};
            for (int seat = 0; seat < agencies.length; seat++) {
                panelMembers.add(panelId, seat, SURNAMES[random.nextInt(SURNAMES.length)], "Senior officer",
                        agencies[seat]);
            }
        }
        List<Long> appealIds = new ArrayList<>();
        for (ArchiveCase.Appeal appeal : c.appeals) {
            long appealId = nextAppealId++;
            appealIds.add(appealId);
            appeals.add(appealId, id, appeal.about().name(), "I do not think my case was looked at properly.",
                    date(appeal.requestedOn()), "STAFF", "Generated archive", appeal.appealedFrom().name(),
                    appeal.decision() == null ? null : appeal.decision().name(),
                    appeal.decision() == null ? null : "The panel considered the case again.",
                    date(appeal.decidedOn()), appeal.decision() == null ? null : "Generated archive",
                    appeal.reviewActivated());
        }
        for (ArchiveCase.Made made : c.recommendations) {
            Long appealId = made.fromAppeal() && !appealIds.isEmpty() ? appealIds.getLast() : null;
            recommendations.add(nextRecommendationId++, id, appealId, made.agency().name(), made.agency().label(),
                    "Review the case and agree a joint plan with the other agencies.", date(made.issuedOn()),
                    made.response() == null ? null : made.response().name(),
                    made.response() == null ? null : "Considered by the agency's senior management team.",
                    date(made.respondedOn()), made.response() == null ? null : "Generated archive",
                    "Generated archive", Timestamp.from(receivedAt));
        }
        if (c.delay != null) {
            delays.add(nextDelayId++, id, date(c.delay.sentOn()), "Waiting for an agency's information.",
                    date(c.delay.previousDue()), date(c.delay.newDue()), "Generated archive");
        }
        if (bulk && ++written % 20_000 == 0) {
            flush();
            connection.commit();
        }
        return id;
    }

    private void writeDecision(long id, ArchiveCase c) throws SQLException {
        DecisionOutcome outcome = c.outcome;
        LocalDate on = c.decidedOn;
        Object[] policy = policies.get(c.partnershipId);
        if (policy == null) {
            throw new IllegalArgumentException("No partnership with id " + c.partnershipId);
        }
        Object[] row = new Object[24];
        Object[] head = {nextDecisionId++, id, outcome.name(), c.route == null ? null : c.route.name(),
                outcome == DecisionOutcome.MET ? null : "Recorded with the decision.", "generated",
                "Generated archive", Timestamp.from(on.atTime(11, 0).atZone(DomainConfiguration.UK).toInstant()),
                date(on), "Assessed on the incidents the agencies confirmed.", "We have made a decision."};
        System.arraycopy(head, 0, row, 0, head.length);
        System.arraycopy(policy, 0, row, head.length, policy.length);
        decisions.add(row);
    }

    /** Sends what is still buffered. */
    public void flush() throws SQLException {
        for (Table table : List.of(applications, incidents, decisions, panels, panelMembers, appeals,
                recommendations, delays)) {
            table.flush();
        }
    }

    /**
     * Flushes, brings the years' reference bases down below the references given, has the figures counted again, and
     * commits a bulk load.
     */
    @Override
    public void close() throws SQLException {
        flush();
        // Each year's base brought down so that the services' next references come after the ones given here.
        long value;
        try (Statement statement = connection.createStatement();
             ResultSet next = statement.executeQuery("SELECT NEXTVAL(reference_numbers)")) {
            next.next();
            value = next.getLong(1);
        }
        try (PreparedStatement statement = connection.prepareStatement("""
                INSERT INTO reference_year (year, base) VALUES (?, ?)
                ON DUPLICATE KEY UPDATE base = LEAST(base, VALUES(base))""")) {
            for (Map.Entry<Integer, Integer> counter : references.entrySet()) {
                statement.setInt(1, counter.getKey());
                statement.setLong(2, value - counter.getValue());
                statement.addBatch();
            }
            statement.executeBatch();
        }
        try (Statement statement = connection.createStatement()) {
            // The incidents' ids were given here: the servers' next blocks of ids from the sequence start above them.
            statement.execute("SELECT SETVAL(incident_ids, " + (nextIncidentId - 1 + 50) + ")");
            // Written around the services: the figures are counted again from scratch at the next read.
            statement.execute("UPDATE figures_refresh SET refreshed_through = NULL WHERE id = 1");
        }
        if (bulk) {
            connection.commit();
            connection.setAutoCommit(true);
            try (Statement statement = connection.createStatement()) {
                for (String restore : droppedIndexes) {
                    statement.execute(restore);
                }
                statement.execute("SET SESSION unique_checks = 1, foreign_key_checks = 1");
            }
        }
    }

    /**
     * InnoDB keeps every secondary index up to date row by row, which makes a large load several times slower than
     * building each index once, sorted, afterwards (what MyISAM's DISABLE KEYS does). Drops the secondary indexes that
     * no foreign key needs on the tables loaded here and returns the statements that put them back.
     */
    private List<String> dropIndexes(Statement statement) throws SQLException {
        Set<String> foreignKeyColumns = new HashSet<>();
        try (ResultSet rows = statement.executeQuery("""
                SELECT table_name, column_name FROM information_schema.key_column_usage
                WHERE table_schema = DATABASE() AND referenced_table_name IS NOT NULL""")) {
            while (rows.next()) {
                foreignKeyColumns.add(rows.getString(1) + "." + rows.getString(2));
            }
        }
        // table -> index -> its definition ("UNIQUE INDEX `name` (`a`, `b`)"), in the order the columns come
        Map<String, Map<String, StringBuilder>> droppable = new LinkedHashMap<>();
        try (ResultSet rows = statement.executeQuery("""
                SELECT table_name, index_name, seq_in_index, column_name, non_unique, sub_part
                FROM information_schema.statistics
                WHERE table_schema = DATABASE() AND index_name <> 'PRIMARY'
                  AND table_name IN ('application', 'incident', 'threshold_decision', 'panel_meeting',
                                     'recommendation', 'second_stage_review', 'delay_notice')
                ORDER BY table_name, index_name, seq_in_index""")) {
            while (rows.next()) {
                String table = rows.getString(1);
                String index = rows.getString(2);
                String column = "`" + rows.getString(4) + "`" + (rows.getObject(6) == null ? "" : "(" + rows.getInt(6) + ")");
                Map<String, StringBuilder> ofTable = droppable.computeIfAbsent(table, any -> new LinkedHashMap<>());
                if (rows.getInt(3) == 1) {
                    // An index a foreign key needs cannot be dropped; it is appended to in order anyway.
                    if (!foreignKeyColumns.contains(table + "." + rows.getString(4))) {
                        ofTable.put(index, new StringBuilder((rows.getInt(5) == 0 ? "UNIQUE " : "") + "INDEX `" + index
                                + "` (" + column));
                    }
                } else if (ofTable.containsKey(index)) {
                    ofTable.get(index).append(", ").append(column);
                }
            }
        }
        List<String> restore = new ArrayList<>();
        for (Map.Entry<String, Map<String, StringBuilder>> table : droppable.entrySet()) {
            if (!table.getValue().isEmpty()) {
                statement.execute("ALTER TABLE " + table.getKey() + " " + String.join(", ", table.getValue().keySet()
                        .stream().map(index -> "DROP INDEX `" + index + "`").toList()));
                restore.add("ALTER TABLE " + table.getKey() + " " + String.join(", ", table.getValue().values()
                        .stream().map(definition -> "ADD " + definition + ")").toList()));
            }
        }
        return restore;
    }

    /** Today's cases get a time before the writer started, on their own day where there is one. */
    private Instant notLater(Instant at, LocalDate day) {
        if (!at.isAfter(latestStamp)) {
            return at;
        }
        Instant startOfDay = day.atStartOfDay(DomainConfiguration.UK).toInstant();
        return latestStamp.isAfter(startOfDay) ? latestStamp : startOfDay;
    }

    private static LocalDate latest(ArchiveCase c) {
        LocalDate latest = c.receivedOn;
        for (LocalDate day : new LocalDate[]{c.acknowledgedOn, c.decidedOn, c.panelHeldOn, c.outcomeSentOn,
                c.closedOn}) {
            if (day != null && day.isAfter(latest)) {
                latest = day;
            }
        }
        return latest;
    }

    private static ApplicantType applicantType(SplittableRandom random) {
        int roll = random.nextInt(100);
        return roll < 74 ? ApplicantType.VICTIM : roll < 89 ? ApplicantType.ON_BEHALF_OF_VICTIM
                : roll < 95 ? ApplicantType.ON_BEHALF_OF_GROUP : ApplicantType.BUSINESS_OR_GROUP;
    }

    private static String postcodeArea(String code) {
        return switch (code) {
            case "tonbridge-malling" -> "ME19";
            case "sevenoaks" -> "TN13";
            case "folkestone-hythe" -> "CT20";
            case "bassetlaw" -> "S80";
            case "newark-sherwood" -> "NG24";
            case "test-valley" -> "SP10";
            default -> "AB1";
        };
    }

    private static @Nullable Date date(@Nullable LocalDate day) {
        return day == null ? null : Date.valueOf(day);
    }

    private static long nextId(Statement statement, String table) throws SQLException {
        try (ResultSet max = statement.executeQuery("SELECT COALESCE(MAX(id), 0) + 1 FROM " + table)) {
            max.next();
            return max.getLong(1);
        }
    }

    /**
     * One table's rows waiting to be sent, as tab-separated text for {@code LOAD DATA LOCAL INFILE}: the server's
     * fastest way in, with no SQL to parse per row.
     */
    private final class Table {

        private static final int FLUSH_AT_CHARS = 4 << 20;

        private final String load;
        private final int columns;
        private final StringBuilder pending = new StringBuilder(FLUSH_AT_CHARS + 64 * 1024);

        Table(String table, String columnList) {
            String list = columnList.replaceAll("\\s+", " ").strip();
            this.columns = list.split(",").length;
            this.load = "LOAD DATA LOCAL INFILE 'generated-" + table + ".tsv' INTO TABLE " + table
                    + " CHARACTER SET utf8mb4 (" + list + ")";
        }

        void add(Object... row) throws SQLException {
            if (row.length != columns) {
                throw new IllegalArgumentException(load + ": " + row.length + " values for " + columns + " columns");
            }
            for (int i = 0; i < row.length; i++) {
                if (i > 0) {
                    pending.append('\t');
                }
                append(row[i]);
            }
            pending.append('\n');
            if (pending.length() >= FLUSH_AT_CHARS) {
                flush();
            }
        }

        private void append(@Nullable Object value) {
            switch (value) {
                case null -> pending.append("\\N");
                case Boolean bool -> pending.append(bool ? '1' : '0');
                case Number number -> pending.append(number);
                case Date day -> pending.append(day);
                case Timestamp time -> pending.append(time);
                default -> {
                    String text = value.toString();
                    for (int i = 0; i < text.length(); i++) {
                        char ch = text.charAt(i);
                        switch (ch) {
                            case '\\' -> pending.append("\\\\");
                            case '\t' -> pending.append("\\t");
                            case '\n' -> pending.append("\\n");
                            default -> pending.append(ch);
                        }
                    }
                }
            }
        }

        void flush() throws SQLException {
            if (pending.isEmpty()) {
                return;
            }
            byte[] data = pending.toString().getBytes(StandardCharsets.UTF_8);
            pending.setLength(0);
            try (Statement statement = connection.createStatement()) {
                statement.unwrap(org.mariadb.jdbc.Statement.class)
                        .setLocalInfileInputStream(new ByteArrayInputStream(data));
                statement.execute(load);
            }
        }
    }
}
