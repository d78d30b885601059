package org.casereview.archive;

import org.casereview.DomainConfiguration;
import org.casereview.application.Agency;
import org.casereview.application.ApplicationStatus;
import org.casereview.application.Channel;
import org.casereview.decision.DecisionOutcome;
import org.casereview.review.Recommendation;
import org.casereview.review.SecondStageReview;
import org.casereview.threshold.Route;
import org.casereview.workingdays.WorkingDayCalendar;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * A realistic archive of cases over the years before a day, across the partnerships in the database: channels,
 * acknowledgements and decisions on time and late, the threshold met by each route or not, exclusions, withdrawals,
 * review panels, recommendations and agencies' answers, delay notices, final reviews and closing, and second-stage
 * reviews, some of which overturn a not-met decision. Cases received lately are still part-way through. The same seed
 * gives the same archive.
 *
 * <p>Run on its own: {@code java -cp … org.casereview.archive.ArchiveGenerator <jdbc-url> <user> <password>
 * [applications] [years] [seed]}.
 */
public final class ArchiveGenerator {

    /** Rough populations (thousands), so larger districts get more applications. */
    private static final Map<String, Integer> POPULATION = Map.of("tonbridge-malling", 132, "sevenoaks", 121,
            "folkestone-hythe", 110, "bassetlaw", 117, "newark-sherwood", 122, "test-valley", 130);

    private record Area(long id, int weight, int onlineAcknowledgementDays, int otherAcknowledgementDays,
                        int decisionWorkingDays, boolean fromReceipt, boolean communityRoute,
                        boolean discretionAllowed, int finalReviewMonths) {
    }

    private final WorkingDays calendar = new WorkingDays(WorkingDayCalendar.englandAndWales());
    private final LocalDate today;
    private final int years;
    private final long seed;

    /** Cases received over {@code years} years up to and including {@code today}. */
    public ArchiveGenerator(LocalDate today, int years, long seed) {
        this.today = today;
        this.years = years;
        this.seed = seed;
    }

    public static void main(String[] args) throws SQLException {
        if (args.length < 3) {
            System.err.println("Usage: ArchiveGenerator <jdbc-url> <user> <password> [applications] [years] [seed]");
            System.exit(2);
        }
        int count = args.length > 3 ? Integer.parseInt(args[3]) : 1_000_000;
        int years = args.length > 4 ? Integer.parseInt(args[4]) : 10;
        long seed = args.length > 5 ? Long.parseLong(args[5]) : 42;
        try (Connection connection = DriverManager.getConnection(args[0], args[1], args[2])) {
            long started = System.nanoTime();
            new ArchiveGenerator(LocalDate.now(DomainConfiguration.UK), years, seed).generate(connection, count);
            System.out.printf("%,d applications written in %d s%n", count,
                    (System.nanoTime() - started) / 1_000_000_000L);
        }
    }

    /** Writes {@code count} applications with everything that followed them, in a bulk load on this connection. */
    public void generate(Connection connection, int count) throws SQLException {
        Cases cases = new Cases(areas(connection), count);
        long started = System.nanoTime();
        try (ArchiveWriter writer = new ArchiveWriter(connection, true)) {
            for (int i = 1; i <= count; i++) {
                writer.write(cases.next());
                if (i % Math.max(1, count / 20) == 0) {
                    long seconds = Math.max(1, (System.nanoTime() - started) / 1_000_000_000L);
                    System.out.printf("  %,d of %,d applications (%,d a second)%n", i, count, i / seconds);
                }
            }
        }
    }

    /** The calendar's arithmetic is exact but slow for millions of cases; the same few sums recur, so keep them. */
    private record WorkingDays(WorkingDayCalendar calendar, Map<Long, LocalDate> known) {

        WorkingDays(WorkingDayCalendar calendar) {
            this(calendar, new HashMap<>());
        }

        LocalDate plusWorkingDays(LocalDate start, int days) {
            return known.computeIfAbsent(start.toEpochDay() * 1000 + days,
                    key -> calendar.plusWorkingDays(start, days));
        }
    }

    /** {@code count} cases as {@link #generate} would write them, in the same order, without writing them. */
    public List<ArchiveCase> cases(Connection connection, int count) throws SQLException {
        Cases cases = new Cases(areas(connection), count);
        List<ArchiveCase> list = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            list.add(cases.next());
        }
        return list;
    }

    /**
     * The stream of cases a seed gives, in the order they were received (so ids grow with time, as they do in a real
     * database, and the indexes on dates fill in order).
     */
    private final class Cases {

        private final List<Area> areas;
        private final int totalWeight;
        private final SplittableRandom random = new SplittableRandom(seed);
        private final long[] days;
        private int next;

        Cases(List<Area> areas, int count) {
            this.areas = areas;
            this.totalWeight = areas.stream().mapToInt(Area::weight).sum();
            LocalDate first = today.minusYears(years).plusDays(1);
            int span = (int) ChronoUnit.DAYS.between(first, today) + 1;
            days = new long[count];
            for (int i = 0; i < count; i++) {
                days[i] = receivedOn(random, first, span).toEpochDay();
            }
            java.util.Arrays.sort(days);
        }

        ArchiveCase next() {
            Area area = pick(areas, random.nextInt(totalWeight));
            return simulate(random, area, LocalDate.ofEpochDay(days[next++]));
        }
    }

    private static Area pick(List<Area> areas, int roll) {
        for (Area area : areas) {
            roll -= area.weight();
            if (roll < 0) {
                return area;
            }
        }
        return areas.getLast();
    }

    /** More applications on weekdays than at weekends (only the portal is open then), a little more in summer. */
    private LocalDate receivedOn(SplittableRandom random, LocalDate first, int days) {
        while (true) {
            LocalDate day = first.plusDays(random.nextInt(days));
            boolean weekend = day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
            int month = day.getMonthValue();
            int weight = (weekend ? 35 : 100) * (month >= 6 && month <= 8 ? 12 : 10);
            if (random.nextInt(1200) < weight) {
                return day;
            }
        }
    }

    private Channel channel(SplittableRandom random, LocalDate received) {
        boolean weekend = received.getDayOfWeek() == DayOfWeek.SATURDAY
                || received.getDayOfWeek() == DayOfWeek.SUNDAY;
        int roll = random.nextInt(100);
        if (weekend || roll < 55) {
            return Channel.ONLINE;
        }
        return roll < 75 ? Channel.PHONE : roll < 87 ? Channel.EMAIL : roll < 93 ? Channel.LETTER
                : Channel.PARTNER_AGENCY;
    }

    /** One case's life from receipt up to today. */
    ArchiveCase simulate(SplittableRandom random, Area area, LocalDate received) {
        Channel channel = channel(random, received);
        int ackDays = channel.isOnline() ? area.onlineAcknowledgementDays() : area.otherAcknowledgementDays();
        LocalDate ackDue = ackDays == 0 ? received : calendar.plusWorkingDays(received, ackDays);
        ArchiveCase c = new ArchiveCase(area.id(), channel, received).incidents(3 + random.nextInt(4));
        LocalDate acknowledged = ackDays == 0 ? received
                : random.nextInt(100) < 88 ? between(random, received, ackDue)
                : calendar.plusWorkingDays(ackDue, 1 + random.nextInt(6));
        LocalDate clockStart = area.fromReceipt() ? received : acknowledged;
        LocalDate decisionDue = calendar.plusWorkingDays(clockStart, area.decisionWorkingDays());
        c.due(ackDue, decisionDue);
        if (acknowledged.isAfter(today)) {
            return c;
        }
        c.acknowledged(acknowledged);
        if (random.nextInt(100) < 3) {
            return closeIfPast(c, ApplicationStatus.WITHDRAWN, acknowledged.plusDays(1 + random.nextInt(20)));
        }
        LocalDate decided = random.nextInt(100) < 85
                ? between(random, calendar.plusWorkingDays(acknowledged, 1), decisionDue)
                : calendar.plusWorkingDays(decisionDue, 1 + random.nextInt(15));
        if (decided.isAfter(today)) {
            return c;
        }
        int roll = random.nextInt(100);
        DecisionOutcome outcome = roll < 52 ? DecisionOutcome.NOT_MET : roll < 58 ? DecisionOutcome.EXCLUDED
                : roll < 92 || !area.discretionAllowed() ? DecisionOutcome.MET : DecisionOutcome.DISCRETION;
        if (outcome == DecisionOutcome.DISCRETION && !area.discretionAllowed()) {
            outcome = DecisionOutcome.NOT_MET;
        }
        Route route = switch (outcome) {
            case MET -> area.communityRoute() && random.nextInt(4) == 0 ? Route.COMMUNITY : Route.INDIVIDUAL;
            case NOT_MET -> random.nextInt(20) == 0 ? Route.INDIVIDUAL : null;
            default -> null;
        };
        c.decided(outcome, route, decided);
        if (outcome.activatesReview()) {
            return review(random, c, decided, decisionDue, area);
        }
        // Not met or excluded: an appeal now and then, which may start a review after all.
        if (random.nextInt(100) < 7) {
            LocalDate requested = decided.plusDays(3 + random.nextInt(40));
            if (!requested.isAfter(today)) {
                ApplicationStatus from = outcome.status();
                LocalDate appealDecided = requested.plusDays(10 + random.nextInt(30));
                if (appealDecided.isAfter(today)) {
                    c.appeal(new ArchiveCase.Appeal(about(random), requested, from, null, null, false));
                    return c;
                }
                SecondStageReview.Decision result = appealResult(random);
                boolean overturned = from == ApplicationStatus.THRESHOLD_NOT_MET
                        && result != SecondStageReview.Decision.NOT_UPHELD && random.nextInt(10) < 6;
                c.appeal(new ArchiveCase.Appeal(SecondStageReview.About.OUTCOME, requested, from, result,
                        appealDecided, overturned));
                if (overturned) {
                    return review(random, c, appealDecided, decisionDue, area);
                }
            }
        }
        return random.nextInt(4) == 0 ? closeIfPast(c, ApplicationStatus.CLOSED, decided.plusDays(5 + random.nextInt(55)))
                : c;
    }

    private ArchiveCase review(SplittableRandom random, ArchiveCase c, LocalDate activated, LocalDate decisionDue,
                               Area area) {
        if (random.nextInt(100) < 2) {
            return closeIfPast(c, ApplicationStatus.WITHDRAWN, activated.plusDays(3 + random.nextInt(20)));
        }
        LocalDate panel = calendar.plusWorkingDays(activated, 8 + random.nextInt(28));
        if (panel.isAfter(today)) {
            return c;
        }
        c.panel(panel);
        int made = weighted(random, 35, 25, 20, 12, 8);
        for (int i = 0; i < made; i++) {
            c.recommendation(Agency.values()[weighted(random, 35, 30, 20, 10, 5)], null, null, null);
        }
        LocalDate outcomeDue = decisionDue;
        if (random.nextInt(100) < 12) {
            LocalDate newDue = calendar.plusWorkingDays(max(decisionDue, panel), 10);
            LocalDate sent = max(panel, decisionDue.minusDays(3));
            if (!sent.isAfter(today)) {
                c.delayed(sent, newDue);
                outcomeDue = newDue;
            }
        }
        LocalDate outcome = random.nextInt(100) < 90
                ? between(random, calendar.plusWorkingDays(panel, 1), max(outcomeDue, calendar.plusWorkingDays(panel, 2)))
                : calendar.plusWorkingDays(max(outcomeDue, panel), 1 + random.nextInt(10));
        if (outcome.isAfter(today)) {
            return c;
        }
        LocalDate finalReview = outcome.plusMonths(area.finalReviewMonths());
        c.outcomeSent(outcome, finalReview);
        // Each agency answers its recommendations within weeks; the latest are still waiting.
        List<ArchiveCase.Made> answered = new ArrayList<>();
        for (ArchiveCase.Made recommendation : c.recommendations) {
            LocalDate respondedOn = outcome.plusDays(5 + random.nextInt(40));
            answered.add(respondedOn.isAfter(today) ? recommendation
                    : new ArchiveCase.Made(recommendation.agency(), recommendation.issuedOn(),
                    random.nextInt(100) < 85 ? Recommendation.Response.WILL_ACT : Recommendation.Response.WILL_NOT_ACT,
                    respondedOn, false));
        }
        c.recommendations.clear();
        c.recommendations.addAll(answered);
        if (random.nextInt(100) < 4) {
            LocalDate requested = outcome.plusDays(5 + random.nextInt(35));
            if (!requested.isAfter(today)) {
                LocalDate appealDecided = requested.plusDays(10 + random.nextInt(30));
                if (appealDecided.isAfter(today)) {
                    c.appeal(new ArchiveCase.Appeal(about(random), requested, ApplicationStatus.OUTCOME_SENT, null,
                            null, false));
                    return c;
                }
                SecondStageReview.Decision result = appealResult(random);
                c.appeal(new ArchiveCase.Appeal(about(random), requested, ApplicationStatus.OUTCOME_SENT, result,
                        appealDecided, false));
                if (result != SecondStageReview.Decision.NOT_UPHELD && random.nextInt(10) < 4) {
                    c.appealRecommendation(Agency.values()[random.nextInt(3)], appealDecided);
                }
            }
        }
        if (!finalReview.isAfter(today)) {
            // Most cases close at their final review; the rest wait in a backlog for up to six months more, so only
            // the latest of those are still open, their final review overdue.
            return closeIfPast(c, ApplicationStatus.CLOSED, random.nextInt(100) < 85
                    ? finalReview.plusDays(random.nextInt(20)) : finalReview.plusDays(20 + random.nextInt(160)));
        }
        return c;
    }

    private ArchiveCase closeIfPast(ArchiveCase c, ApplicationStatus as, LocalDate on) {
        return on.isAfter(today) ? c : c.closed(as, on);
    }

    private static SecondStageReview.About about(SplittableRandom random) {
        return random.nextInt(3) == 0 ? SecondStageReview.About.HANDLING : SecondStageReview.About.OUTCOME;
    }

    private static SecondStageReview.Decision appealResult(SplittableRandom random) {
        int roll = random.nextInt(100);
        return roll < 70 ? SecondStageReview.Decision.NOT_UPHELD : roll < 85 ? SecondStageReview.Decision.PARTLY_UPHELD
                : SecondStageReview.Decision.UPHELD;
    }

    /** An index chosen with the given weights (percentages). */
    private static int weighted(SplittableRandom random, int... weights) {
        int roll = random.nextInt(100);
        for (int i = 0; i < weights.length; i++) {
            roll -= weights[i];
            if (roll < 0) {
                return i;
            }
        }
        return weights.length - 1;
    }

    private static LocalDate between(SplittableRandom random, LocalDate from, LocalDate to) {
        long span = ChronoUnit.DAYS.between(from, to);
        return span <= 0 ? from : from.plusDays(random.nextLong(span + 1));
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    private static List<Area> areas(Connection connection) throws SQLException {
        List<Area> areas = new ArrayList<>();
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("""
                     SELECT id, code, online_acknowledgement_days, other_acknowledgement_days, decision_working_days,
                            decision_from, community_route, discretion_allowed, final_review_months
                     FROM partnership ORDER BY id""")) {
            while (rows.next()) {
                areas.add(new Area(rows.getLong(1), POPULATION.getOrDefault(rows.getString(2), 100), rows.getInt(3),
                        rows.getInt(4), rows.getInt(5), "RECEIPT".equals(rows.getString(6)), rows.getBoolean(7),
                        rows.getBoolean(8), rows.getInt(9)));
            }
        }
        if (areas.isEmpty()) {
            throw new IllegalStateException("No partnerships in the database: migrate it first");
        }
        return areas;
    }
}
