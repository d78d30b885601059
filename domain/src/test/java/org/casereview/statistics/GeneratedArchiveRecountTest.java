package org.casereview.statistics;

import org.casereview.application.Agency;
import org.casereview.application.ApplicationStatus;
import org.casereview.application.Channel;
import org.casereview.archive.ArchiveCase;
import org.casereview.archive.ArchiveGenerator;
import org.casereview.decision.DecisionOutcome;
import org.casereview.review.Recommendation;
import org.casereview.review.SecondStageReview;
import org.casereview.threshold.Route;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import javax.sql.DataSource;
import java.sql.Connection;
import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The database's counts against a count made here, case by case, of a generated archive with every state, route and
 * deadline in it: the SQL and the rules written in decision 0012 must agree for any partnerships and period.
 */
@SpringBootTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class GeneratedArchiveRecountTest {

    private static final LocalDate TODAY = LocalDate.of(2021, 6, 15);

    @Autowired
    ArchiveFixtures fixtures;
    @Autowired
    FiguresQuery query;
    @Autowired
    ReportingAreas areas;
    @Autowired
    DataSource dataSource;

    private List<ArchiveCase> archive;

    @BeforeAll
    void writeArchive() throws Exception {
        try (Connection connection = dataSource.getConnection()) {
            archive = new ArchiveGenerator(TODAY, 3, 7).cases(connection, 3000);
        }
        fixtures.write(archive);
    }

    @AfterAll
    void removeArchive() {
        fixtures.removeAll();
    }

    @Test
    void the_archive_has_every_kind_of_case() {
        assertThat(archive.stream().map(ArchiveCase::status).collect(Collectors.toSet()))
                .containsAll(Set.of(ApplicationStatus.values()));
        assertThat(archive).anyMatch(c -> c.appeals().stream().anyMatch(ArchiveCase.Appeal::reviewActivated));
        assertThat(archive).anyMatch(c -> c.outcome() == DecisionOutcome.DISCRETION);
        assertThat(archive).anyMatch(c -> c.route() == Route.COMMUNITY);
    }

    @Test
    void one_partnership_a_financial_year_at_a_time() {
        for (ReportingArea area : areas.all()) {
            for (int year = 2018; year <= 2021; year++) {
                check(List.of(area), ReportingPeriod.financialYear(year));
            }
        }
    }

    @Test
    void a_county_over_the_whole_archive_quarters_and_calendar_years() {
        List<ReportingArea> kent = areas.all().stream().filter(area -> area.county().equals("Kent")).toList();
        check(kent, ReportingPeriod.between(TODAY.minusYears(3), TODAY));
        List<ReportingArea> notts = areas.all().stream().filter(a -> a.county().equals("Nottinghamshire")).toList();
        check(notts, ReportingPeriod.quarter(2020, Month.OCTOBER));
        check(notts, ReportingPeriod.quarter(2021, Month.APRIL));
        check(areas.all(), ReportingPeriod.calendarYear(2020));
    }

    private void check(List<ReportingArea> chosen, ReportingPeriod period) {
        Figures counted = query.figures(chosen, period, TODAY);
        Figures recounted = recount(chosen, period);
        assertThat(counted).as(period.label() + " for " + counted.areaNames()).isEqualTo(recounted);
    }

    /** The rules of decision 0012, case by case. */
    private Figures recount(List<ReportingArea> chosen, ReportingPeriod period) {
        Set<Long> ids = chosen.stream().map(ReportingArea::id).collect(Collectors.toSet());
        List<ArchiveCase> ours = archive.stream().filter(c -> ids.contains(c.partnershipId())).toList();
        List<ArchiveCase> received = ours.stream().filter(c -> period.contains(c.receivedOn())).toList();

        Map<Channel, Long> byChannel = zeros(Channel.class);
        Map<ApplicationStatus, Long> byStatus = zeros(ApplicationStatus.class);
        Map<MetBy, Long> metBy = zeros(MetBy.class);
        TreeMap<YearMonth, Long> byMonth = new TreeMap<>();
        long notMet = 0;
        long excluded = 0;
        long closedBeforeDecision = 0;
        for (ArchiveCase c : received) {
            byChannel.merge(c.channel(), 1L, Long::sum);
            byStatus.merge(c.status(), 1L, Long::sum);
            byMonth.merge(YearMonth.from(c.receivedOn()), 1L, Long::sum);
            DecisionOutcome outcome = c.outcome();
            boolean overturned = c.appeals().stream().anyMatch(ArchiveCase.Appeal::reviewActivated);
            if (outcome == null) {
                if (c.status() == ApplicationStatus.WITHDRAWN || c.status() == ApplicationStatus.CLOSED) {
                    closedBeforeDecision++;
                }
            } else if (outcome == DecisionOutcome.MET) {
                metBy.merge(c.route() == Route.COMMUNITY ? MetBy.COMMUNITY : MetBy.INDIVIDUAL, 1L, Long::sum);
            } else if (outcome == DecisionOutcome.DISCRETION) {
                metBy.merge(MetBy.DISCRETION, 1L, Long::sum);
            } else if (overturned) {
                metBy.merge(MetBy.SECOND_STAGE, 1L, Long::sum);
            } else {
                notMet++;
                excluded += outcome == DecisionOutcome.EXCLUDED ? 1 : 0;
            }
        }
        Predicate<ArchiveCase> undecided = c -> c.status() == ApplicationStatus.RECEIVED
                || c.status() == ApplicationStatus.ACKNOWLEDGED;
        Predicate<ArchiveCase> awaitingOutcome = c -> c.status() == ApplicationStatus.REVIEW_ACTIVATED
                || c.status() == ApplicationStatus.REVIEW_HELD;
        Timeliness acknowledgements = timeliness(received, ArchiveCase::acknowledgedOn,
                ArchiveCase::acknowledgementDue, c -> c.status() == ApplicationStatus.RECEIVED, c -> true);
        Timeliness decisions = timeliness(received, ArchiveCase::decidedOn, ArchiveCase::decisionDue, undecided,
                c -> true);
        Timeliness outcomes = timeliness(received, ArchiveCase::outcomeSentOn,
                c -> c.delay() == null ? c.decisionDue() : c.delay().newDue(), awaitingOutcome, awaitingOutcome);
        // Outcomes are on time against the deadline itself; a delay notice only moves the day they become overdue.
        outcomes = new Timeliness(count(received, c -> c.outcomeSentOn() != null
                && !c.outcomeSentOn().isAfter(c.decisionDue())), count(received, c -> c.outcomeSentOn() != null
                && c.outcomeSentOn().isAfter(c.decisionDue())), outcomes.notDone(), outcomes.overdue());
        long met = metBy.values().stream().mapToLong(Long::longValue).sum();
        Figures.Applications applications = new Figures.Applications(received.size(), byChannel, byStatus, met,
                metBy, notMet, excluded, closedBeforeDecision, count(received, undecided),
                byStatus.get(ApplicationStatus.REVIEW_ACTIVATED), byStatus.get(ApplicationStatus.SECOND_STAGE_REVIEW),
                acknowledgements, decisions, outcomes, count(received, c -> c.delay() != null), byMonth);

        List<ArchiveCase> reviewed = ours.stream()
                .filter(c -> c.panelHeldOn() != null && period.contains(c.panelHeldOn())).toList();
        Figures.Reviews reviews = new Figures.Reviews(reviewed.size(), count(reviewed, c -> c.recommendations()
                .stream().anyMatch(r -> !r.fromAppeal() && r.issuedOn() != null)));

        List<ArchiveCase.Appeal> appeals = ours.stream().flatMap(c -> c.appeals().stream())
                .filter(a -> period.contains(a.requestedOn())).toList();
        Map<SecondStageReview.About, Long> byAbout = zeros(SecondStageReview.About.class);
        Map<SecondStageReview.Decision, Long> byDecision = zeros(SecondStageReview.Decision.class);
        appeals.forEach(a -> byAbout.merge(a.about(), 1L, Long::sum));
        appeals.stream().filter(a -> a.decision() != null).forEach(a -> byDecision.merge(a.decision(), 1L, Long::sum));
        Figures.SecondStage secondStage = new Figures.SecondStage(appeals.size(), byAbout, byDecision,
                appeals.stream().filter(a -> a.decision() == null).count(),
                appeals.stream().filter(ArchiveCase.Appeal::reviewActivated).count());

        List<ArchiveCase.Made> issued = ours.stream().flatMap(c -> c.recommendations().stream())
                .filter(r -> r.issuedOn() != null && period.contains(r.issuedOn())).toList();
        List<AgencyRecommendations> recommendations = new ArrayList<>();
        for (Agency agency : Agency.values()) {
            List<ArchiveCase.Made> to = issued.stream().filter(r -> r.agency() == agency).toList();
            if (!to.isEmpty()) {
                recommendations.add(new AgencyRecommendations(agency, to.size(),
                        to.stream().filter(r -> r.response() == Recommendation.Response.WILL_ACT).count(),
                        to.stream().filter(r -> r.response() == Recommendation.Response.WILL_NOT_ACT).count(),
                        to.stream().filter(r -> r.response() == null).count(),
                        to.stream().filter(ArchiveCase.Made::fromAppeal).count()));
            }
        }
        return new Figures(chosen, period, TODAY, applications, reviews, secondStage, recommendations);
    }

    private static Timeliness timeliness(List<ArchiveCase> cases,
                                         java.util.function.Function<ArchiveCase, LocalDate> done,
                                         java.util.function.Function<ArchiveCase, LocalDate> due,
                                         Predicate<ArchiveCase> stillToDo, Predicate<ArchiveCase> notDoneCounts) {
        long onTime = count(cases, c -> done.apply(c) != null && !done.apply(c).isAfter(due.apply(c)));
        long late = count(cases, c -> done.apply(c) != null && done.apply(c).isAfter(due.apply(c)));
        long notDone = count(cases, c -> done.apply(c) == null && notDoneCounts.test(c));
        long overdue = count(cases, c -> done.apply(c) == null && stillToDo.test(c) && due.apply(c).isBefore(TODAY));
        return new Timeliness(onTime, late, notDone, overdue);
    }

    private static long count(List<ArchiveCase> cases, Predicate<ArchiveCase> which) {
        return cases.stream().filter(which).count();
    }

    private static <E extends Enum<E>> Map<E, Long> zeros(Class<E> type) {
        Map<E, Long> map = new EnumMap<>(type);
        for (E value : type.getEnumConstants()) {
            map.put(value, 0L);
        }
        return map;
    }
}
