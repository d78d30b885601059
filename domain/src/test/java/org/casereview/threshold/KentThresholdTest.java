package org.casereview.threshold;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.casereview.threshold.Incidents.d;
import static org.casereview.threshold.Incidents.incident;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@DisplayName("Kent (Tonbridge & Malling, Sevenoaks, Folkestone & Hythe): \"At least three incidents of anti-social "
        + "behaviour reported to the relevant bodies within the previous six months\"")
class KentThresholdTest {

    private static final ThresholdPolicy KENT = ThresholdPolicy.kent();
    private static final LocalDate APPLIED = d("2026-03-10");

    /** Two reports that always count for an application on 10 March 2026. */
    private static List<ReportedIncident> twoGoodReports() {
        return List.of(incident("a", "2026-01-05", "2026-01-06"), incident("b", "2026-02-01", "2026-02-02"));
    }

    private static List<ReportedIncident> with(List<ReportedIncident> some, ReportedIncident... more) {
        List<ReportedIncident> all = new ArrayList<>(some);
        all.addAll(List.of(more));
        return all;
    }

    @Test
    @DisplayName("three incidents, each reported within one month, meet the threshold")
    void threeMeet() {
        ThresholdAssessment result = ThresholdAssessment.assess(KENT,
                with(twoGoodReports(), incident("c", "2026-03-01", "2026-03-02")), APPLIED);
        assertThat(result.outcome()).isEqualTo(ThresholdOutcome.MET);
        assertThat(result.met()).isTrue();
        assertThat(result.route()).isEqualTo(Route.INDIVIDUAL);
        assertThat(result.qualifyingCount()).isEqualTo(3);
        assertThat(result.requiredCount()).isEqualTo(3);
        assertThat(result.requiredIndividuals()).isZero();
        assertThat(result.communityRouteMet()).isFalse();
        assertThat(result.incidents()).allSatisfy(verdict -> assertThat(verdict.qualifies()).isTrue());
        assertThat(result.discretionAvailable()).isFalse();
    }

    @Test
    @DisplayName("a report the agency has no record of does not count, and comes first among the reasons")
    void noRecordAtAgency() {
        ReportedIncident unconfirmed = incident("c", "2026-03-01", "2026-03-02").withNoRecordAtAgency(true);
        ThresholdAssessment result = ThresholdAssessment.assess(KENT, with(twoGoodReports(), unconfirmed), APPLIED);
        assertThat(result.outcome()).isEqualTo(ThresholdOutcome.NOT_MET);
        assertThat(result.incident("c").reason()).isEqualTo(NotQualifyingReason.NO_RECORD_AT_AGENCY);

        ReportedIncident lateAndUnknown = incident("d", "2026-01-01", "2026-02-20").withNoRecordAtAgency(true);
        assertThat(ThresholdAssessment.assess(KENT, List.of(lateAndUnknown), APPLIED).incident("d").reasons())
                .containsExactly(NotQualifyingReason.NO_RECORD_AT_AGENCY,
                        NotQualifyingReason.REPORTED_MORE_THAN_ONE_MONTH_AFTER);
    }

    @Test
    @DisplayName("two incidents do not; Kent has no discretion to accept fewer")
    void twoDoNot() {
        ThresholdAssessment result = ThresholdAssessment.assess(KENT, twoGoodReports(), APPLIED);
        assertThat(result.outcome()).isEqualTo(ThresholdOutcome.NOT_MET);
        assertThat(result.route()).isNull();
        assertThat(result.qualifyingCount()).isEqualTo(2);
        assertThat(result.discretionAvailable()).isFalse();
    }

    @Test
    @DisplayName("no incidents listed: not met, and nothing to explain")
    void none() {
        ThresholdAssessment result = ThresholdAssessment.assess(KENT, List.of(), APPLIED);
        assertThat(result.outcome()).isEqualTo(ThresholdOutcome.NOT_MET);
        assertThat(result.qualifyingCount()).isZero();
        assertThat(result.incidents()).isEmpty();
    }

    @Test
    @DisplayName("four incidents, one not counting: 3 of 4 count and the threshold is met")
    void threeOfFour() {
        ThresholdAssessment result = ThresholdAssessment.assess(KENT, with(twoGoodReports(),
                incident("c", "2026-03-01", "2026-03-02"), incident("late", "2026-01-28", "2026-03-02")), APPLIED);
        assertThat(result.met()).isTrue();
        assertThat(result.totalQualifying()).isEqualTo(3);
        assertThat(result.incident("late").reason()).isEqualTo(NotQualifyingReason.REPORTED_MORE_THAN_ONE_MONTH_AFTER);
        assertThat(result.notQualifyingIncidents()).extracting(IncidentAssessment::id).containsExactly("late");
        assertThat(result.qualifyingIncidents()).extracting(IncidentAssessment::id).containsExactly("a", "b", "c");
    }

    @Nested
    @DisplayName("\"The incidents must have been reported within one month of taking place\"")
    class WithinOneMonth {

        @ParameterizedTest(name = "behaviour on {0}, reported on {1}: counts = {2}")
        @CsvSource({
                "2026-02-10, 2026-02-10, true", // reported the same day
                "2026-01-15, 2026-02-14, true", // the last day of the month beginning with 15 January
                "2026-01-15, 2026-02-15, false", // the corresponding date is one day too late
                "2026-01-28, 2026-02-27, true",
                "2026-01-28, 2026-02-28, false",
                "2026-01-29, 2026-02-28, true", // no 29 February 2026: the month ends on 28 February
                "2026-01-29, 2026-03-01, false",
                "2026-01-31, 2026-02-28, true",
                "2026-01-31, 2026-03-01, false",
                "2026-02-28, 2026-03-27, true",
                "2026-02-28, 2026-03-28, false",
                "2025-12-31, 2026-01-30, true", // across the new year
                "2025-12-31, 2026-01-31, false",
                "2026-01-30, 2026-02-28, true"})
        void oneMonth(LocalDate occurred, LocalDate reported, boolean counts) {
            ThresholdAssessment result = ThresholdAssessment.assess(KENT,
                    List.of(ReportedIncident.of("x", occurred, reported)), d("2026-04-01"));
            IncidentAssessment verdict = result.incident("x");
            assertThat(verdict.qualifies()).isEqualTo(counts);
            if (!counts) {
                assertThat(verdict.reasons()).containsExactly(NotQualifyingReason.REPORTED_MORE_THAN_ONE_MONTH_AFTER);
            }
        }

        @ParameterizedTest(name = "leap year: behaviour on {0}, reported on {1}: counts = {2} (last day {3})")
        @CsvSource({
                "2024-01-29, 2024-02-28, true,  2024-02-28",
                "2024-01-29, 2024-02-29, false, 2024-02-28", // 29 February 2024 exists: the month ends the day before
                "2024-01-30, 2024-02-29, true,  2024-02-29",
                "2024-01-30, 2024-03-01, false, 2024-02-29",
                "2024-01-31, 2024-02-29, true,  2024-02-29",
                "2024-01-31, 2024-03-01, false, 2024-02-29",
                "2024-02-29, 2024-03-28, true,  2024-03-28",
                "2024-02-29, 2024-03-29, false, 2024-03-28",
                "2028-01-31, 2028-02-29, true,  2028-02-29",
                "2028-01-31, 2028-03-01, false, 2028-02-29"})
        void leapYears(LocalDate occurred, LocalDate reported, boolean counts, LocalDate lastDay) {
            ThresholdAssessment result = ThresholdAssessment.assess(KENT,
                    List.of(ReportedIncident.of("x", occurred, reported)), reported.plusDays(1));
            assertThat(result.incident("x").qualifies()).isEqualTo(counts);
            assertThat(result.incident("x").lastDayToReport()).isEqualTo(lastDay);
        }

        @Test
        @DisplayName("a report dated before the behaviour is a mistake in the dates, not a late report")
        void reportedBeforeItHappened() {
            ThresholdAssessment result = ThresholdAssessment.assess(KENT,
                    List.of(incident("x", "2026-02-10", "2026-02-09")), APPLIED);
            assertThat(result.incident("x").reasons()).containsExactly(NotQualifyingReason.REPORTED_BEFORE_IT_HAPPENED);
        }
    }

    @Nested
    @DisplayName("\"within the previous six months\": the application within six months beginning with each report")
    class WithinSixMonths {

        @ParameterizedTest(name = "reported on {0}, applied on {1}: counts = {2}")
        @CsvSource({
                "2026-03-10, 2026-03-10, true", // applied the same day as the report
                "2025-09-11, 2026-03-10, true",
                "2025-09-10, 2026-03-10, false",
                "2025-09-15, 2026-03-14, true",
                "2025-09-15, 2026-03-15, false",
                "2025-08-31, 2026-02-28, true", // no 31 February: six months end on 28 February
                "2025-08-31, 2026-03-01, false",
                "2025-08-29, 2026-02-28, true",
                "2025-08-28, 2026-02-28, false",
                "2025-09-01, 2026-02-28, true",
                "2025-09-01, 2026-03-01, false",
                "2023-08-31, 2024-02-29, true", // leap year
                "2023-08-31, 2024-03-01, false",
                "2023-08-29, 2024-02-28, true",
                "2023-08-29, 2024-02-29, false",
                "2024-02-29, 2024-08-28, true",
                "2024-02-29, 2024-08-29, false",
                "2025-12-31, 2026-06-30, true",
                "2025-12-31, 2026-07-01, false"})
        void sixMonths(LocalDate reported, LocalDate applied, boolean counts) {
            ThresholdAssessment result = ThresholdAssessment.assess(KENT,
                    List.of(ReportedIncident.of("x", reported, reported)), applied);
            IncidentAssessment verdict = result.incident("x");
            assertThat(verdict.qualifies()).isEqualTo(counts);
            if (!counts) {
                assertThat(verdict.reasons())
                        .containsExactly(NotQualifyingReason.REPORTED_MORE_THAN_SIX_MONTHS_BEFORE_APPLICATION);
            }
            assertThat(!reported.isBefore(result.earliestQualifyingReportDate())).isEqualTo(counts);
        }

        @Test
        @DisplayName("a report made after the application does not count towards it")
        void afterApplication() {
            ThresholdAssessment result = ThresholdAssessment.assess(KENT,
                    List.of(incident("x", "2026-03-10", "2026-03-11")), APPLIED);
            assertThat(result.incident("x").reasons()).containsExactly(NotQualifyingReason.REPORTED_AFTER_APPLICATION);
        }

        @Test
        @DisplayName("three good reports that have aged past six months no longer meet the threshold")
        void aged() {
            List<ReportedIncident> reports = List.of(incident("a", "2025-09-01", "2025-09-02"),
                    incident("b", "2025-10-01", "2025-10-02"), incident("c", "2025-11-01", "2025-11-02"));
            assertThat(ThresholdAssessment.assess(KENT, reports, d("2026-03-01")).met()).isTrue();
            assertThat(ThresholdAssessment.assess(KENT, reports, d("2026-03-02")).met()).isFalse();
            assertThat(ThresholdAssessment.assess(KENT, reports, d("2026-03-01")).incident("a").lastDayToApply())
                    .isEqualTo(d("2026-03-01"));
        }
    }

    @Nested
    @DisplayName("\"The anti-social behaviour must be a repeat of the same or similar incident\"")
    class SameOrSimilar {

        @Test
        @DisplayName("three reports about noise and one about graffiti: the graffiti report does not count")
        void oneDifferent() {
            ThresholdAssessment result = ThresholdAssessment.assess(KENT, List.of(
                    incident("a", "2026-01-05", "2026-01-06").withProblem("noise"),
                    incident("b", "2026-02-01", "2026-02-02").withProblem("Noise"),
                    incident("c", "2026-03-01", "2026-03-02").withProblem(" noise "),
                    incident("d", "2026-03-03", "2026-03-04").withProblem("graffiti")), APPLIED);
            assertThat(result.met()).isTrue();
            assertThat(result.problem()).isEqualTo("noise");
            assertThat(result.incident("d").reasons()).containsExactly(NotQualifyingReason.NOT_THE_SAME_PROBLEM);
            assertThat(result.incident("d").sameProblem()).isFalse();
        }

        @Test
        @DisplayName("two about noise and two about graffiti: not three of the same, so not met")
        void twoAndTwo() {
            ThresholdAssessment result = ThresholdAssessment.assess(KENT, List.of(
                    incident("a", "2026-01-05", "2026-01-06").withProblem("noise"),
                    incident("b", "2026-02-01", "2026-02-02").withProblem("graffiti"),
                    incident("c", "2026-03-01", "2026-03-02").withProblem("noise"),
                    incident("d", "2026-03-03", "2026-03-04").withProblem("graffiti")), APPLIED);
            assertThat(result.met()).isFalse();
            assertThat(result.qualifyingCount()).isEqualTo(2);
            // the most recent behaviour decides which problem the explanation is about
            assertThat(result.problem()).isEqualTo("graffiti");
        }

        @Test
        @DisplayName("a report with no problem named is taken to be about the same problem as the others")
        void unnamedIsSame() {
            ThresholdAssessment result = ThresholdAssessment.assess(KENT, List.of(
                    incident("a", "2026-01-05", "2026-01-06").withProblem("noise"),
                    incident("b", "2026-02-01", "2026-02-02"),
                    incident("c", "2026-03-01", "2026-03-02").withProblem("noise")), APPLIED);
            assertThat(result.met()).isTrue();
        }

        @Test
        @DisplayName("a problem whose reports are late does not outvote one whose reports count")
        void chosenFromCountingReports() {
            ThresholdAssessment result = ThresholdAssessment.assess(KENT, List.of(
                    incident("a", "2026-01-05", "2026-01-06").withProblem("noise"),
                    incident("b", "2026-02-01", "2026-02-02").withProblem("noise"),
                    incident("c", "2026-03-01", "2026-03-02").withProblem("noise"),
                    incident("d", "2025-12-01", "2026-03-01").withProblem("dogs"),
                    incident("e", "2025-12-02", "2026-03-01").withProblem("dogs"),
                    incident("f", "2025-12-03", "2026-03-01").withProblem("dogs"),
                    incident("g", "2025-12-04", "2026-03-01").withProblem("dogs")), APPLIED);
            assertThat(result.met()).isTrue();
            assertThat(result.problem()).isEqualTo("noise");
            assertThat(result.incident("d").reasons()).containsExactly(
                    NotQualifyingReason.REPORTED_MORE_THAN_ONE_MONTH_AFTER, NotQualifyingReason.NOT_THE_SAME_PROBLEM);
        }
    }

    @Nested
    @DisplayName("whose reports count")
    class Reporters {

        @Test
        @DisplayName("without a community route, every report about the behaviour counts, whoever made it")
        void anyReporter() {
            ThresholdAssessment result = ThresholdAssessment.assess(KENT, List.of(
                    incident("a", "2026-01-05", "2026-01-06").withReporter("the victim"),
                    incident("b", "2026-02-01", "2026-02-02").withReporter("her daughter"),
                    incident("c", "2026-03-01", "2026-03-02").withReporter("a neighbour")), APPLIED);
            assertThat(result.met()).isTrue();
            assertThat(result.route()).isEqualTo(Route.INDIVIDUAL);
            assertThat(result.qualifyingCount()).isEqualTo(3);
        }

        @Test
        @DisplayName("Kent does not ask whether the reporter was satisfied")
        void satisfactionIgnored() {
            ThresholdAssessment result = ThresholdAssessment.assess(KENT, with(twoGoodReports(),
                    incident("c", "2026-03-01", "2026-03-02").withReporterSatisfied(true)), APPLIED);
            assertThat(result.met()).isTrue();
        }
    }

    @Nested
    @DisplayName("duplicates and missing dates")
    class Duplicates {

        @Test
        @DisplayName("the same report listed twice counts once")
        void duplicateCountsOnce() {
            ThresholdAssessment result = ThresholdAssessment.assess(KENT, with(twoGoodReports(),
                    incident("b-again", "2026-02-01", "2026-02-02").asDuplicateOf("b")), APPLIED);
            assertThat(result.met()).isFalse();
            assertThat(result.qualifyingCount()).isEqualTo(2);
            assertThat(result.incident("b-again").reasons()).containsExactly(NotQualifyingReason.DUPLICATE);
        }

        @Test
        @DisplayName("a duplicate of a duplicate is still a duplicate")
        void chain() {
            ThresholdAssessment result = ThresholdAssessment.assess(KENT, with(twoGoodReports(),
                    incident("c", "2026-02-01", "2026-02-02").asDuplicateOf("b"),
                    incident("d", "2026-02-01", "2026-02-02").asDuplicateOf("c")), APPLIED);
            assertThat(result.qualifyingCount()).isEqualTo(2);
        }

        @Test
        @DisplayName("an unknown date means the report cannot be checked, so it does not count")
        void unknownDates() {
            ThresholdAssessment result = ThresholdAssessment.assess(KENT, List.of(
                    ReportedIncident.of("no-behaviour-date", null, d("2026-02-02")),
                    ReportedIncident.of("no-report-date", d("2026-02-01"), null),
                    ReportedIncident.of("neither", null, null)), APPLIED);
            assertThat(result.incident("no-behaviour-date").reasons())
                    .containsExactly(NotQualifyingReason.DATE_OF_BEHAVIOUR_UNKNOWN);
            assertThat(result.incident("no-report-date").reasons())
                    .containsExactly(NotQualifyingReason.DATE_OF_REPORT_UNKNOWN);
            assertThat(result.incident("neither").reasons()).containsExactly(
                    NotQualifyingReason.DATE_OF_BEHAVIOUR_UNKNOWN, NotQualifyingReason.DATE_OF_REPORT_UNKNOWN);
            assertThat(result.incident("neither").lastDayToReport()).isNull();
            assertThat(result.incident("neither").lastDayToApply()).isNull();
        }

        @Test
        @DisplayName("every reason that applies is kept, the most basic first")
        void allReasons() {
            ThresholdAssessment result = ThresholdAssessment.assess(KENT, with(twoGoodReports(),
                    incident("old-and-late", "2025-06-01", "2025-08-01").asDuplicateOf("a")), APPLIED);
            assertThat(result.incident("old-and-late").reasons()).containsExactly(
                    NotQualifyingReason.DUPLICATE,
                    NotQualifyingReason.REPORTED_MORE_THAN_ONE_MONTH_AFTER,
                    NotQualifyingReason.REPORTED_MORE_THAN_SIX_MONTHS_BEFORE_APPLICATION);
            assertThat(result.incident("old-and-late").reason()).isEqualTo(NotQualifyingReason.DUPLICATE);
        }

        @Test
        @DisplayName("ids must be unique and duplicates must point at a listed incident, without going round in circles")
        void badInput() {
            assertThatThrownBy(() -> ThresholdAssessment.assess(KENT,
                    List.of(incident("a", "2026-01-05", "2026-01-06"), incident("a", "2026-02-01", "2026-02-02")),
                    APPLIED)).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> ThresholdAssessment.assess(KENT,
                    List.of(incident("a", "2026-01-05", "2026-01-06").asDuplicateOf("z")), APPLIED))
                    .isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> ThresholdAssessment.assess(KENT,
                    List.of(incident("a", "2026-01-05", "2026-01-06").asDuplicateOf("b"),
                            incident("b", "2026-01-05", "2026-01-06").asDuplicateOf("a")), APPLIED))
                    .isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> incident("a", "2026-01-05", "2026-01-06").asDuplicateOf("a"))
                    .isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> ReportedIncident.of(" ", null, null)).isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Nested
    @DisplayName("\"A Community Trigger should not be submitted where ...\"")
    class Exclusions {

        private final List<ReportedIncident> three = with(twoGoodReports(), incident("c", "2026-03-01", "2026-03-02"));

        @ParameterizedTest(name = "the agency said it would act by {0}; applied on 10 March 2026: excluded = {1}")
        @DisplayName("the agencies have given a time-frame for actions that has not yet expired")
        @CsvSource({"2026-03-31, true", "2026-03-10, true", "2026-03-09, false", "2026-01-01, false"})
        void timeframe(LocalDate endsOn, boolean excluded) {
            ThresholdAssessment result = ThresholdAssessment.assess(KENT, three, APPLIED,
                    new Exclusion.AgencyTimeframeNotExpired("Kent Police", endsOn));
            assertThat(result.outcome()).isEqualTo(excluded ? ThresholdOutcome.EXCLUDED : ThresholdOutcome.MET);
            assertThat(result.exclusions()).hasSize(excluded ? 1 : 0);
            assertThat(result.individualRouteMet()).isTrue();
        }

        @Test
        @DisplayName("the victim is unhappy with the conduct of a particular agency: excluded, not \"not met\"")
        void oneAgency() {
            ThresholdAssessment result = ThresholdAssessment.assess(KENT, three, APPLIED,
                    List.of(new Exclusion.SingleAgencyConduct("Sevenoaks District Council")));
            assertThat(result.outcome()).isEqualTo(ThresholdOutcome.EXCLUDED);
            assertThat(result.excluded()).isTrue();
            assertThat(result.met()).isFalse();
            assertThat(result.route()).isNull();
            assertThat(result.exclusions()).containsExactly(
                    new Exclusion.SingleAgencyConduct("Sevenoaks District Council"));
        }

        @Test
        @DisplayName("an exclusion applies even when there are too few reports")
        void excludedBelowThreshold() {
            ThresholdAssessment result = ThresholdAssessment.assess(KENT, twoGoodReports(), APPLIED,
                    new Exclusion.SingleAgencyConduct("Kent Police"));
            assertThat(result.outcome()).isEqualTo(ThresholdOutcome.EXCLUDED);
        }

        @Test
        @DisplayName("an exclusion must name the agency")
        void named() {
            assertThatThrownBy(() -> new Exclusion.SingleAgencyConduct(" "))
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }
}
