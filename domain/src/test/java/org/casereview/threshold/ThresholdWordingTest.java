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
import org.junit.jupiter.params.provider.EnumSource;

@DisplayName("\"A result must say, in plain English, which incidents count and why each other one does not\"")
class ThresholdWordingTest {

    private static final LocalDate APPLIED = d("2026-03-10");

    @ParameterizedTest(name = "{0} is written \"{1}\"")
    @DisplayName("dates are written the GOV.UK way")
    @CsvSource({"2026-03-02, 2 March 2026", "2027-01-01, 1 January 2027", "2024-02-29, 29 February 2024",
            "2026-12-31, 31 December 2026"})
    void dates(LocalDate date, String written) {
        assertThat(ThresholdWording.date(date)).isEqualTo(written);
    }

    private static ThresholdAssessment threeOfFourInKent() {
        return ThresholdAssessment.assess(ThresholdPolicy.kent(), List.of(
                incident("a", "2026-01-05", "2026-01-06"),
                incident("b", "2026-02-01", "2026-02-02"),
                incident("c", "2026-03-01", "2026-03-02"),
                incident("d", "2026-01-28", "2026-03-02")), APPLIED);
    }

    @Test
    @DisplayName("Kent, 3 of 4 reports count: says so, and says why the fourth does not")
    void threeOfFour() {
        ThresholdAssessment result = threeOfFourInKent();
        assertThat(ThresholdWording.residentParagraphs(result)).containsExactly(
                "3 of your 4 reports count. The threshold is 3, so your application meets it.",
                "The report of 2 March 2026 does not count because it was made more than one month after the "
                        + "behaviour happened (on 28 January 2026).");
        assertThat(result.residentText()).isEqualTo(ThresholdWording.forResident(result));
    }

    @Test
    @DisplayName("the same text as message keys and arguments, for another bundle (the portal's) to word")
    void sentences() {
        ThresholdAssessment result = threeOfFourInKent();

        List<List<ThresholdWording.Sentence>> paragraphs = ThresholdWording.residentSentences(result);

        assertThat(paragraphs).hasSize(2);
        assertThat(paragraphs.getFirst()).containsExactly(
                new ThresholdWording.Sentence("threshold.count.some", List.of(3, 4)),
                new ThresholdWording.Sentence("threshold.rule.met", List.of(3, 5, 3, 1)));
        assertThat(paragraphs.get(1)).containsExactly(new ThresholdWording.Sentence(
                "threshold.not-counted.REPORTED_MORE_THAN_ONE_MONTH_AFTER", List.of(
                        new ThresholdWording.Sentence("threshold.report.of", List.of(d("2026-03-02"))), 1,
                        d("2026-01-28"))));
        assertThat(ThresholdWording.words(paragraphs.get(1).getFirst(), java.util.Locale.UK))
                .isEqualTo(ThresholdWording.residentParagraphs(result).get(1));
    }

    @Test
    @DisplayName("Kent, 2 of 2: all count but there are not enough")
    void notEnough() {
        ThresholdAssessment result = ThresholdAssessment.assess(ThresholdPolicy.kent(), List.of(
                incident("a", "2026-01-05", "2026-01-06"), incident("b", "2026-02-01", "2026-02-02")), APPLIED);
        assertThat(result.residentText())
                .isEqualTo("All 2 of your reports count. The threshold is 3, so your application does not meet it.");
    }

    @ParameterizedTest(name = "{0} listed, {1} counting: \"{2}\"")
    @DisplayName("the count reads naturally for any number")
    @CsvSource(delimiter = '|', value = {
            "0 | 0 | You did not list any reports.",
            "1 | 1 | Your report counts.",
            "1 | 0 | Your report does not count.",
            "4 | 0 | None of your 4 reports count.",
            "4 | 1 | 1 of your 4 reports counts.",
            "4 | 3 | 3 of your 4 reports count.",
            "4 | 4 | All 4 of your reports count."})
    void counts(int listed, int counting, String sentence) {
        List<ReportedIncident> incidents = new java.util.ArrayList<>();
        for (int i = 0; i < listed; i++) {
            incidents.add(i < counting
                    ? incident("ok" + i, "2026-02-0" + (i + 1), "2026-02-0" + (i + 1))
                    : incident("late" + i, "2025-12-0" + (i + 1), "2026-02-0" + (i + 1)));
        }
        ThresholdAssessment result = ThresholdAssessment.assess(ThresholdPolicy.kent(), incidents, APPLIED);
        assertThat(ThresholdWording.residentParagraphs(result).getFirst()).startsWith(sentence + " ");
    }

    @Nested
    @DisplayName("each reason a report does not count has its own sentence")
    class Reasons {

        private final ThresholdPolicy kent = ThresholdPolicy.kent();

        private String sentenceFor(ReportedIncident odd, ThresholdPolicy policy) {
            ThresholdAssessment result = ThresholdAssessment.assess(policy, List.of(
                    incident("a", "2026-01-05", "2026-01-06").withProblem("noise"),
                    incident("b", "2026-02-01", "2026-02-02").withProblem("noise"),
                    incident("c", "2026-03-01", "2026-03-02").withProblem("noise"), odd), APPLIED);
            return ThresholdWording.notCountedSentence(result, result.incident(odd.id()));
        }

        @Test
        @DisplayName("the agency has no record of it")
        void noRecord() {
            assertThat(sentenceFor(incident("x", "2026-02-10", "2026-02-10").withNoRecordAtAgency(true), kent))
                    .isEqualTo("The report of 10 February 2026 does not count because the organisation it was made "
                            + "to has no record of it.");
        }

        @Test
        @DisplayName("reported more than one month after")
        void late() {
            assertThat(sentenceFor(incident("x", "2026-01-28", "2026-03-02"), kent)).isEqualTo(
                    "The report of 2 March 2026 does not count because it was made more than one month after the "
                            + "behaviour happened (on 28 January 2026).");
        }

        @Test
        @DisplayName("reported more than six months before the application")
        void old() {
            assertThat(sentenceFor(incident("x", "2025-08-01", "2025-08-02"), kent)).isEqualTo(
                    "The report of 2 August 2025 does not count because it was made more than 6 months before you "
                            + "applied (on 10 March 2026).");
        }

        @Test
        @DisplayName("reported before it happened")
        void before() {
            assertThat(sentenceFor(incident("x", "2026-02-10", "2026-02-09"), kent)).isEqualTo(
                    "The report of 9 February 2026 does not count because its date is before the behaviour happened "
                            + "(on 10 February 2026). Please check the dates.");
        }

        @Test
        @DisplayName("reported after the application")
        void after() {
            assertThat(sentenceFor(incident("x", "2026-03-10", "2026-03-11"), kent)).isEqualTo(
                    "The report of 11 March 2026 does not count because it was made after you applied (on 10 March "
                            + "2026).");
        }

        @Test
        @DisplayName("a duplicate")
        void duplicate() {
            assertThat(sentenceFor(incident("x", "2026-02-01", "2026-02-02").asDuplicateOf("b"), kent)).isEqualTo(
                    "The report of 2 February 2026 is not counted again because it is the same report as the report "
                            + "of 2 February 2026.");
        }

        @Test
        @DisplayName("a different problem")
        void differentProblem() {
            assertThat(sentenceFor(incident("x", "2026-02-10", "2026-02-10").withProblem("Graffiti"), kent))
                    .isEqualTo("The report of 10 February 2026 does not count because it is about a different "
                            + "problem (Graffiti) from the reports that count (noise).");
        }

        @Test
        @DisplayName("the reporter was satisfied (Test Valley)")
        void satisfied() {
            assertThat(sentenceFor(incident("x", "2026-02-10", "2026-02-10").withReporterSatisfied(true),
                    ThresholdPolicy.testValley())).isEqualTo("The report of 10 February 2026 does not count because "
                    + "the person who made it said they were satisfied with the action taken.");
        }

        @Test
        @DisplayName("dates not known")
        void unknown() {
            assertThat(sentenceFor(ReportedIncident.of("x", d("2026-02-10"), null), kent)).isEqualTo(
                    "The report about the behaviour on 10 February 2026 does not count because we do not know the "
                            + "date it was made.");
            assertThat(sentenceFor(ReportedIncident.of("x", null, d("2026-02-10")), kent)).isEqualTo(
                    "The report of 10 February 2026 does not count because we do not know the date the behaviour "
                            + "happened.");
            assertThat(sentenceFor(ReportedIncident.of("x", null, null), kent)).startsWith("One of your reports");
        }

        @ParameterizedTest
        @EnumSource(NotQualifyingReason.class)
        @DisplayName("every reason has a staff label")
        void labels(NotQualifyingReason reason) {
            assertThat(ThresholdWording.label(reason, kent)).isNotBlank();
        }
    }

    @Nested
    @DisplayName("the community route and discretion (Bassetlaw, Newark & Sherwood)")
    class Community {

        @Test
        @DisplayName("met by five people")
        void community() {
            ThresholdAssessment result = ThresholdAssessment.assess(ThresholdPolicy.nottinghamshire(), List.of(
                    reportBy("Ann", "2026-01-20"), reportBy("Bob", "2026-02-20"), reportBy("Cat", "2026-03-01"),
                    reportBy("Dev", "2026-03-02"), reportBy("Eve", "2026-03-03")), APPLIED);
            assertThat(result.residentText()).isEqualTo("All 5 of your reports count. The reports that count were "
                    + "made by 5 different people. The threshold is 5 different people, so your application meets it.");
        }

        @Test
        @DisplayName("met by one victim's three reports")
        void individual() {
            ThresholdAssessment result = ThresholdAssessment.assess(ThresholdPolicy.nottinghamshire(), List.of(
                    incident("a", "2026-01-05", "2026-01-06"), incident("b", "2026-02-01", "2026-02-02"),
                    incident("c", "2026-03-01", "2026-03-02")), APPLIED);
            assertThat(result.residentText()).isEqualTo("All 3 of your reports count. The threshold is 3 reports by "
                    + "the same person, so your application meets it.");
        }

        @Test
        @DisplayName("not met: explains both routes and that an officer may still accept it")
        void notMet() {
            ThresholdAssessment result = ThresholdAssessment.assess(ThresholdPolicy.nottinghamshire(), List.of(
                    incident("a", "2026-01-05", "2026-01-06"), incident("b", "2026-02-01", "2026-02-02"),
                    reportBy("Cat", "2026-03-01")), APPLIED);
            assertThat(ThresholdWording.residentParagraphs(result)).containsExactly(
                    "All 3 of your reports count. The threshold is 3 reports by the same person, or reports by 5 "
                            + "different people. The reports that count include 2 by the same person and were made "
                            + "by 2 different people, so your application does not meet it.",
                    "We may still carry out a case review because of the harm the behaviour is causing or could "
                            + "cause, or because you may be vulnerable. An officer will consider this and tell you "
                            + "what they decide.");
        }

        @Test
        @DisplayName("Test Valley: a report about another problem counts, but not towards the five people")
        void notTowardsFive() {
            ThresholdAssessment result = ThresholdAssessment.assess(ThresholdPolicy.testValley(), List.of(
                    reportBy("Ann", "2026-01-20").withProblem("bikes"), reportBy("Bob", "2026-02-20").withProblem("bikes"),
                    reportBy("Cat", "2026-03-01").withProblem("bikes"), reportBy("Dev", "2026-03-02").withProblem("bikes"),
                    reportBy("Eve", "2026-03-03").withProblem("dogs")), APPLIED);
            assertThat(result.residentText()).contains("The report of 3 March 2026 counts, but not towards reports by "
                    + "different people, because it is about a different problem (dogs) from the reports that count "
                    + "(bikes).");
        }
    }

    @Test
    @DisplayName("not met by one person's reports: says so without counting people")
    void notMetByOnePerson() {
        ThresholdAssessment result = ThresholdAssessment.assess(ThresholdPolicy.nottinghamshire(), List.of(
                incident("a", "2026-01-05", "2026-01-06"), incident("b", "2026-02-01", "2026-02-02")), APPLIED);
        assertThat(ThresholdWording.residentParagraphs(result).getFirst()).isEqualTo("All 2 of your reports count. "
                + "The threshold is 3 reports by the same person, or reports by 5 different people. The 2 reports "
                + "that count were all made by one person, so your application does not meet it.");
    }

    @Test
    @DisplayName("Test Valley: another person's report counts only if they are not satisfied, which we have not asked")
    void countsOnlyIf() {
        ThresholdAssessment result = ThresholdAssessment.assess(ThresholdPolicy.testValley(), List.of(
                incident("a", "2026-01-05", "2026-01-06"), incident("b", "2026-02-01", "2026-02-02"),
                reportBy("Bob", "2026-03-02"), reportBy("Cat", "2026-03-03").withReporterSatisfied(false)), APPLIED);
        assertThat(ThresholdWording.residentParagraphs(result)).containsExactly(
                "All 4 of your reports count. The threshold is 3 reports by the same person, or reports by 5 "
                        + "different people. The reports that count include 2 by the same person and were made by 3 "
                        + "different people, so your application does not meet it.",
                "The report of 2 March 2026 counts only if the person who made it is not satisfied with the action "
                        + "taken. We will check this with them.");
    }

    @Nested
    @DisplayName("exclusions point the resident elsewhere instead of saying \"not met\"")
    class Exclusions {

        private final List<ReportedIncident> three = List.of(incident("a", "2026-01-05", "2026-01-06"),
                incident("b", "2026-02-01", "2026-02-02"), incident("c", "2026-03-01", "2026-03-02"));

        @Test
        @DisplayName("a time-frame for action not yet expired")
        void timeframe() {
            ThresholdAssessment result = ThresholdAssessment.assess(ThresholdPolicy.kent(), three, APPLIED,
                    new Exclusion.AgencyTimeframeNotExpired("Kent Police", d("2026-03-31")));
            assertThat(result.residentText()).isEqualTo("We cannot start a case review yet. Kent Police told you it "
                    + "would take action by 31 March 2026, and that time has not passed. If the problem carries on "
                    + "after 31 March 2026, you can apply again.");
            assertThat(result.staffSummary()).startsWith("Excluded: Kent Police's time-frame for action runs to "
                    + "31 March 2026.");
        }

        @Test
        @DisplayName("the conduct of one agency")
        void conduct() {
            ThresholdAssessment result = ThresholdAssessment.assess(ThresholdPolicy.kent(), three, APPLIED,
                    new Exclusion.SingleAgencyConduct("Folkestone and Hythe District Council"));
            assertThat(result.residentText()).isEqualTo("A case review cannot look at a complaint about how one "
                    + "organisation has dealt with you. Please use Folkestone and Hythe District Council's own "
                    + "complaints procedure.");
        }
    }

    @Test
    @DisplayName("resident text avoids jargon: no \"qualifying\", \"ASB\", \"CSP\" or section numbers")
    void noJargon() {
        ThresholdAssessment result = ThresholdAssessment.assess(ThresholdPolicy.nottinghamshire(), List.of(
                incident("a", "2026-01-05", "2026-01-06").withProblem("noise"),
                incident("b", "2025-12-01", "2026-02-02").withProblem("noise"),
                incident("c", "2025-08-01", "2025-08-02").withProblem("noise"),
                incident("d", "2026-03-01", "2026-03-02").withProblem("litter"),
                incident("e", "2026-03-01", "2026-03-02").asDuplicateOf("a")), APPLIED);
        assertThat(result.residentText()).doesNotContainIgnoringCase("qualif").doesNotContain("ASB")
                .doesNotContain("CSP").doesNotContain("s104").doesNotContain("null");
    }

    @Test
    @DisplayName("the staff summary gives the verdict, the counts against the policy and each report not counted")
    void staff() {
        ThresholdAssessment result = ThresholdAssessment.assess(ThresholdPolicy.nottinghamshire(), List.of(
                incident("a", "2026-01-05", "2026-01-06"), incident("b", "2026-02-01", "2026-02-02"),
                incident("late", "2026-01-28", "2026-03-02"),
                incident("again", "2026-02-01", "2026-02-02").asDuplicateOf("b")), APPLIED);
        assertThat(result.staffSummary()).isEqualTo("Threshold not met. 2 of 3 qualifying complaints by one person; "
                + "1 of 5 individuals. 2 of 4 listed incidents qualify; application 10 March 2026, reports from "
                + "11 September 2025 count. The policy allows acceptance at the officer's discretion for harm or "
                + "vulnerability; record the reason.\n"
                + "- late: Reported more than one month after it happened\n"
                + "- again: Duplicate of another report (of b)");
    }
}
