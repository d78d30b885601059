package org.casereview.threshold;

import static org.assertj.core.api.Assertions.assertThat;
import static org.casereview.threshold.Incidents.d;
import static org.casereview.threshold.Incidents.incident;
import static org.casereview.threshold.Incidents.reportBy;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@DisplayName("Test Valley")
class TestValleyThresholdTest {

    private static final ThresholdPolicy TEST_VALLEY = ThresholdPolicy.testValley();
    private static final LocalDate APPLIED = d("2026-06-15");

    @Nested
    @DisplayName("\"At least three complaints of Anti-Social Behaviour have been made in the previous six months, where "
            + "the individual reporting feels that no action has been taken or are not satisfied with the action "
            + "taken\"")
    class ThreeComplaints {

        @ParameterizedTest(name = "satisfied: {0}, {1}, {2} -> met = {3}")
        @CsvSource(nullValues = "not-asked", value = {
                "false,     false,     false,     true",
                "not-asked, not-asked, not-asked, true", // not asked: applying says they are not satisfied
                "false,     false,     true,      false",
                "true,      true,      true,      false",
                "false,     not-asked, false,     true"})
        void dissatisfied(@Nullable Boolean first, @Nullable Boolean second, @Nullable Boolean third, boolean met) {
            ThresholdAssessment result = ThresholdAssessment.assess(TEST_VALLEY, List.of(
                    incident("1", "2026-01-10", "2026-01-10").withReporterSatisfied(first),
                    incident("2", "2026-03-10", "2026-03-11").withReporterSatisfied(second),
                    incident("3", "2026-06-01", "2026-06-02").withReporterSatisfied(third)), APPLIED);
            assertThat(result.met()).isEqualTo(met);
            assertThat(result.route()).isEqualTo(met ? Route.INDIVIDUAL : null);
            if (Boolean.TRUE.equals(third)) {
                assertThat(result.incident("3").reasons()).containsExactly(NotQualifyingReason.REPORTER_SATISFIED);
            }
        }

        @Test
        @DisplayName("the three need not be about the same problem: the guide asks only that they are about "
                + "anti-social behaviour")
        void differentProblems() {
            ThresholdAssessment result = ThresholdAssessment.assess(TEST_VALLEY, List.of(
                    incident("1", "2026-01-10", "2026-01-10").withProblem("noise"),
                    incident("2", "2026-03-10", "2026-03-11").withProblem("graffiti"),
                    incident("3", "2026-06-01", "2026-06-02").withProblem("intimidation")), APPLIED);
            assertThat(result.met()).isTrue();
            assertThat(result.route()).isEqualTo(Route.INDIVIDUAL);
        }

        @Test
        @DisplayName("Test Valley's guide gives officers no discretion below the threshold")
        void noDiscretion() {
            ThresholdAssessment result = ThresholdAssessment.assess(TEST_VALLEY, List.of(
                    incident("1", "2026-01-10", "2026-01-10")), APPLIED);
            assertThat(result.met()).isFalse();
            assertThat(result.discretionAvailable()).isFalse();
        }
    }

    @Nested
    @DisplayName("\"At least five individuals in a local community have reported separately similar incidents ... and "
            + "all five think that no action has been taken or are not satisfied with the action taken\"")
    class FiveIndividuals {

        @Test
        @DisplayName("five dissatisfied individuals: met by the community route")
        void fiveDissatisfied() {
            ThresholdAssessment result = ThresholdAssessment.assess(TEST_VALLEY, List.of(
                    reportBy("Ann", "2026-01-20").withReporterSatisfied(false),
                    reportBy("Bob", "2026-02-20").withReporterSatisfied(false),
                    reportBy("Cat", "2026-03-20").withReporterSatisfied(false),
                    reportBy("Dev", "2026-04-20").withReporterSatisfied(false),
                    reportBy("Eve", "2026-05-20").withReporterSatisfied(false)), APPLIED);
            assertThat(result.route()).isEqualTo(Route.COMMUNITY);
            assertThat(result.distinctIndividuals()).isEqualTo(5);
        }

        @Test
        @DisplayName("five individuals, one of them satisfied: not all five are dissatisfied, so not met")
        void oneSatisfied() {
            ThresholdAssessment result = ThresholdAssessment.assess(TEST_VALLEY, List.of(
                    reportBy("Ann", "2026-01-20"), reportBy("Bob", "2026-02-20"), reportBy("Cat", "2026-03-20"),
                    reportBy("Dev", "2026-04-20"), reportBy("Eve", "2026-05-20").withReporterSatisfied(true)),
                    APPLIED);
            assertThat(result.met()).isFalse();
            assertThat(result.distinctIndividuals()).isEqualTo(4);
            assertThat(result.incident("Eve@2026-05-20").reason()).isEqualTo(NotQualifyingReason.REPORTER_SATISFIED);
        }

        @Test
        @DisplayName("six individuals, one satisfied: five dissatisfied remain, so met")
        void sixOneSatisfied() {
            ThresholdAssessment result = ThresholdAssessment.assess(TEST_VALLEY, List.of(
                    reportBy("Ann", "2026-01-20"), reportBy("Bob", "2026-02-20"), reportBy("Cat", "2026-03-20"),
                    reportBy("Dev", "2026-04-20"), reportBy("Eve", "2026-05-20"),
                    reportBy("Fay", "2026-05-21").withReporterSatisfied(true)), APPLIED);
            assertThat(result.route()).isEqualTo(Route.COMMUNITY);
            assertThat(result.distinctIndividuals()).isEqualTo(5);
        }

        @Test
        @DisplayName("the five must report similar incidents: a different problem counts as a complaint but not "
                + "towards the five")
        void similar() {
            ThresholdAssessment result = ThresholdAssessment.assess(TEST_VALLEY, List.of(
                    reportBy("Ann", "2026-01-20").withProblem("off-road bikes"),
                    reportBy("Bob", "2026-02-20").withProblem("off-road bikes"),
                    reportBy("Cat", "2026-03-20").withProblem("off-road bikes"),
                    reportBy("Dev", "2026-04-20").withProblem("off-road bikes"),
                    reportBy("Eve", "2026-05-20").withProblem("dog fouling")), APPLIED);
            assertThat(result.met()).isFalse();
            assertThat(result.distinctIndividuals()).isEqualTo(4);
            IncidentAssessment eve = result.incident("Eve@2026-05-20");
            assertThat(eve.qualifies()).isTrue();
            assertThat(eve.sameProblem()).isFalse();
            assertThat(eve.countedForCommunity()).isFalse();
        }
    }

    @ParameterizedTest(name = "behaviour on {0}, logged on {1}: counts = {2}")
    @DisplayName("\"The complaint must have been logged within one month of the incident\"")
    @CsvSource({
            "2026-05-15, 2026-06-14, true",
            "2026-05-15, 2026-06-15, false",
            "2026-05-31, 2026-06-15, true",
            "2026-01-31, 2026-02-28, true",
            "2026-01-31, 2026-03-01, false"})
    void loggedWithinOneMonth(LocalDate occurred, LocalDate logged, boolean counts) {
        ThresholdAssessment result = ThresholdAssessment.assess(TEST_VALLEY,
                List.of(ReportedIncident.of("x", occurred, logged)), APPLIED);
        assertThat(result.incident("x").qualifies()).isEqualTo(counts);
    }
}
