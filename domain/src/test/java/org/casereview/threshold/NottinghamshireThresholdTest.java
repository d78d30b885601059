package org.casereview.threshold;

import static org.assertj.core.api.Assertions.assertThat;
import static org.casereview.threshold.Incidents.d;
import static org.casereview.threshold.Incidents.incident;
import static org.casereview.threshold.Incidents.reportBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@DisplayName("Bassetlaw, Newark & Sherwood")
class NottinghamshireThresholdTest {

    private static final ThresholdPolicy NOTTS = ThresholdPolicy.nottinghamshire();
    private static final LocalDate APPLIED = d("2026-06-15");

    @Nested
    @DisplayName("1) \"A victim has reported three times in the last six months separate, but related, anti-social "
            + "incidents\"")
    class Victim {

        @Test
        @DisplayName("three related reports by the victim meet the threshold by the individual route")
        void three() {
            ThresholdAssessment result = ThresholdAssessment.assess(NOTTS, List.of(
                    incident("1", "2026-01-10", "2026-01-10"),
                    incident("2", "2026-03-10", "2026-03-11"),
                    incident("3", "2026-06-01", "2026-06-02")), APPLIED);
            assertThat(result.outcome()).isEqualTo(ThresholdOutcome.MET);
            assertThat(result.route()).isEqualTo(Route.INDIVIDUAL);
            assertThat(result.qualifyingCount()).isEqualTo(3);
            assertThat(result.distinctIndividuals()).isEqualTo(1);
            assertThat(result.requiredIndividuals()).isEqualTo(5);
        }

        @Test
        @DisplayName("two reports: not met, but an officer may use discretion for the harm or the victim's "
                + "vulnerability")
        void twoWithDiscretion() {
            ThresholdAssessment result = ThresholdAssessment.assess(NOTTS, List.of(
                    incident("1", "2026-03-10", "2026-03-11"),
                    incident("2", "2026-06-01", "2026-06-02")), APPLIED);
            assertThat(result.outcome()).isEqualTo(ThresholdOutcome.NOT_MET);
            assertThat(result.discretionAvailable()).isTrue();
            assertThat(result.route()).isNull();
        }

        @Test
        @DisplayName("reports about unrelated problems are not \"related\"")
        void unrelated() {
            ThresholdAssessment result = ThresholdAssessment.assess(NOTTS, List.of(
                    incident("1", "2026-01-10", "2026-01-10").withProblem("drug dealing"),
                    incident("2", "2026-03-10", "2026-03-11").withProblem("drug dealing"),
                    incident("3", "2026-06-01", "2026-06-02").withProblem("fly-tipping")), APPLIED);
            assertThat(result.met()).isFalse();
            assertThat(result.incident("3").reason()).isEqualTo(NotQualifyingReason.NOT_THE_SAME_PROBLEM);
        }

        @Test
        @DisplayName("the victim's three and others' reports: met by the victim's, the individual route first")
        void individualFirst() {
            ThresholdAssessment result = ThresholdAssessment.assess(NOTTS, List.of(
                    incident("1", "2026-01-10", "2026-01-10"),
                    incident("2", "2026-03-10", "2026-03-11"),
                    incident("3", "2026-06-01", "2026-06-02"),
                    reportBy("B", "2026-05-01"), reportBy("C", "2026-05-02"), reportBy("D", "2026-05-03"),
                    reportBy("E", "2026-05-04")), APPLIED);
            assertThat(result.route()).isEqualTo(Route.INDIVIDUAL);
            assertThat(result.individualRouteMet()).isTrue();
            assertThat(result.communityRouteMet()).isTrue();
            assertThat(result.distinctIndividuals()).isEqualTo(5);
        }
    }

    @Nested
    @DisplayName("2) \"The trigger will be started if five or more individuals have made separate, but related reports "
            + "over a six month period\"")
    class Community {

        @Test
        @DisplayName("five individuals, one report each: met by the community route")
        void five() {
            ThresholdAssessment result = ThresholdAssessment.assess(NOTTS, List.of(
                    reportBy("Ann", "2026-01-20"), reportBy("Bob", "2026-02-20"), reportBy("Cat", "2026-03-20"),
                    reportBy("Dev", "2026-04-20"), reportBy("Eve", "2026-05-20")), APPLIED);
            assertThat(result.outcome()).isEqualTo(ThresholdOutcome.MET);
            assertThat(result.route()).isEqualTo(Route.COMMUNITY);
            assertThat(result.distinctIndividuals()).isEqualTo(5);
            assertThat(result.qualifyingCount()).isEqualTo(1);
            assertThat(result.individualRouteMet()).isFalse();
            assertThat(result.incidents()).allSatisfy(verdict -> assertThat(verdict.countedForCommunity()).isTrue());
        }

        @Test
        @DisplayName("four individuals: not met (discretion available)")
        void four() {
            ThresholdAssessment result = ThresholdAssessment.assess(NOTTS, List.of(
                    reportBy("Ann", "2026-01-20"), reportBy("Bob", "2026-02-20"), reportBy("Cat", "2026-03-20"),
                    reportBy("Dev", "2026-04-20")), APPLIED);
            assertThat(result.outcome()).isEqualTo(ThresholdOutcome.NOT_MET);
            assertThat(result.distinctIndividuals()).isEqualTo(4);
            assertThat(result.discretionAvailable()).isTrue();
        }

        @Test
        @DisplayName("three people reporting once each is neither \"a victim ... three times\" nor five individuals")
        void threePeopleOnceEach() {
            ThresholdAssessment result = ThresholdAssessment.assess(NOTTS, List.of(
                    reportBy("Ann", "2026-01-20"), reportBy("Bob", "2026-02-20"), reportBy("Cat", "2026-03-20")),
                    APPLIED);
            assertThat(result.outcome()).isEqualTo(ThresholdOutcome.NOT_MET);
            assertThat(result.totalQualifying()).isEqualTo(3);
            assertThat(result.qualifyingCount()).isEqualTo(1);
        }

        @Test
        @DisplayName("many reports by the same few people are still only those people")
        void samePeopleRepeatedly() {
            ThresholdAssessment result = ThresholdAssessment.assess(NOTTS, List.of(
                    reportBy("Ann", "2026-01-20"), reportBy("ann ", "2026-02-20"), reportBy("ANN", "2026-03-20"),
                    reportBy("Bob", "2026-02-21"), reportBy("Bob", "2026-03-21"),
                    reportBy("Mrs  C Smith", "2026-04-20"), reportBy("mrs c smith", "2026-05-20"),
                    reportBy("Dev", "2026-04-21")), APPLIED);
            assertThat(result.distinctIndividuals()).isEqualTo(4);
            assertThat(result.qualifyingCount()).isEqualTo(3); // Ann, under three spellings
            assertThat(result.route()).isEqualTo(Route.INDIVIDUAL);
        }

        @Test
        @DisplayName("the applicant's own report (no reporter named) is one of the individuals")
        void applicantCounts() {
            ThresholdAssessment result = ThresholdAssessment.assess(NOTTS, List.of(
                    incident("mine", "2026-05-01", "2026-05-01"),
                    reportBy("Bob", "2026-02-20"), reportBy("Cat", "2026-03-20"),
                    reportBy("Dev", "2026-04-20"), reportBy("Eve", "2026-05-20")), APPLIED);
            assertThat(result.route()).isEqualTo(Route.COMMUNITY);
            assertThat(result.distinctIndividuals()).isEqualTo(5);
        }

        @Test
        @DisplayName("an individual whose only report was late or too old is not counted")
        void lateReportDoesNotAddAPerson() {
            ThresholdAssessment result = ThresholdAssessment.assess(NOTTS, List.of(
                    reportBy("Ann", "2026-01-20"), reportBy("Bob", "2026-02-20"), reportBy("Cat", "2026-03-20"),
                    reportBy("Dev", "2026-04-20"),
                    incident("eve", "2026-04-01", "2026-05-20").withReporter("Eve"),
                    reportBy("Fay", "2025-12-14")), APPLIED);
            assertThat(result.distinctIndividuals()).isEqualTo(4);
            assertThat(result.met()).isFalse();
            assertThat(result.incident("eve").countedForCommunity()).isFalse();
            assertThat(result.incident("Fay@2025-12-14").reason())
                    .isEqualTo(NotQualifyingReason.REPORTED_MORE_THAN_SIX_MONTHS_BEFORE_APPLICATION);
        }

        @Test
        @DisplayName("reports about an unrelated problem do not make up the five")
        void unrelated() {
            ThresholdAssessment result = ThresholdAssessment.assess(NOTTS, List.of(
                    reportBy("Ann", "2026-01-20").withProblem("youths"),
                    reportBy("Bob", "2026-02-20").withProblem("youths"),
                    reportBy("Cat", "2026-03-20").withProblem("youths"),
                    reportBy("Dev", "2026-04-20").withProblem("youths"),
                    reportBy("Eve", "2026-05-20").withProblem("barking dog")), APPLIED);
            assertThat(result.met()).isFalse();
            assertThat(result.distinctIndividuals()).isEqualTo(4);
            assertThat(result.problem()).isEqualTo("youths");
        }

        @ParameterizedTest(name = "fifth person''s behaviour on {0}, reported {1}: met = {2}")
        @DisplayName("\"a qualifying complaint of ASB is if the complaint is made within the period of one month "
                + "beginning with the date on which the behaviour is alleged to have occurred\"")
        @CsvSource({
                "2026-03-31, 2026-04-30, true",
                "2026-03-31, 2026-05-01, false",
                "2026-04-30, 2026-05-29, true",
                "2026-04-30, 2026-05-30, false"})
        void fifthPersonBoundary(LocalDate occurred, LocalDate reported, boolean met) {
            ThresholdAssessment result = ThresholdAssessment.assess(NOTTS, List.of(
                    reportBy("Ann", "2026-01-20"), reportBy("Bob", "2026-02-20"), reportBy("Cat", "2026-03-20"),
                    reportBy("Dev", "2026-04-20"),
                    ReportedIncident.of("eve", occurred, reported).withReporter("Eve")), APPLIED);
            assertThat(result.met()).isEqualTo(met);
            assertThat(result.route()).isEqualTo(met ? Route.COMMUNITY : null);
        }

        @ParameterizedTest(name = "first person reported on {0}, applied on {1}: met = {2}")
        @DisplayName("\"in the last six months\": each report within six months beginning with it")
        @CsvSource({
                "2025-12-16, 2026-06-15, true",
                "2025-12-15, 2026-06-15, false",
                "2025-12-31, 2026-06-30, true",
                "2025-12-31, 2026-07-01, false"})
        void windowBoundary(LocalDate firstReport, LocalDate applied, boolean met) {
            ThresholdAssessment result = ThresholdAssessment.assess(NOTTS, List.of(
                    ReportedIncident.of("ann", firstReport, firstReport).withReporter("Ann"),
                    reportBy("Bob", "2026-02-20"), reportBy("Cat", "2026-03-20"), reportBy("Dev", "2026-04-20"),
                    reportBy("Eve", "2026-05-20")), applied);
            assertThat(result.met()).isEqualTo(met);
        }
    }

    @Test
    @DisplayName("Nottinghamshire does not ask whether reporters were satisfied")
    void satisfactionIgnored() {
        ThresholdAssessment result = ThresholdAssessment.assess(NOTTS, List.of(
                incident("1", "2026-01-10", "2026-01-10").withReporterSatisfied(true),
                incident("2", "2026-03-10", "2026-03-11").withReporterSatisfied(true),
                incident("3", "2026-06-01", "2026-06-02")), APPLIED);
        assertThat(result.met()).isTrue();
    }
}
