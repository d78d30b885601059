package org.casereview.application;

import org.casereview.threshold.NotQualifyingReason;
import org.casereview.threshold.ThresholdAssessment;
import org.casereview.threshold.ThresholdOutcome;
import org.casereview.threshold.ThresholdPolicy;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The answers the form collects become the threshold check's inputs; the check itself is the domain's. */
class ApplicationThresholdTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 20);
    static final NewApplication.Circumstances PLAIN = new NewApplication.Circumstances(Answer.YES, Answer.NO, null);

    static NewApplication.NewIncident incident(int daysAgo, BehaviourType behaviour, Answer same) {
        return new NewApplication.NewIncident(TODAY.minusDays(daysAgo), TODAY.minusDays(daysAgo), Agency.POLICE, null,
                null, "Noise", null, null, null, behaviour, same, null, null, null, null, null);
    }

    @Test
    void three_reports_of_noise_meet_kents_threshold_and_the_resident_is_told_so() {
        ThresholdAssessment result = ApplicationThreshold.assess(ThresholdPolicy.kent(), List.of(
                incident(30, BehaviourType.NOISE, null), incident(20, BehaviourType.NOISE, null),
                incident(10, BehaviourType.NOISE, null)), PLAIN, TODAY);

        assertThat(result.outcome()).isEqualTo(ThresholdOutcome.MET);
        assertThat(result.residentText()).startsWith("All 3 of your reports count. The threshold is 3");
    }

    @Test
    void an_incident_the_resident_calls_the_same_problem_counts_with_the_first_whatever_its_kind() {
        ThresholdAssessment same = ApplicationThreshold.assess(ThresholdPolicy.kent(), List.of(
                incident(30, BehaviourType.NOISE, null), incident(20, BehaviourType.ABUSE_OR_THREATS, Answer.YES),
                incident(10, BehaviourType.DAMAGE, Answer.YES)), PLAIN, TODAY);
        assertThat(same.met()).isTrue();

        ThresholdAssessment different = ApplicationThreshold.assess(ThresholdPolicy.kent(), List.of(
                incident(30, BehaviourType.NOISE, null), incident(20, BehaviourType.NOISE, Answer.YES),
                incident(10, BehaviourType.NOISE, Answer.NO)), PLAIN, TODAY);
        assertThat(different.met()).isFalse();
        assertThat(different.incident("incident-3").reason()).isEqualTo(NotQualifyingReason.NOT_THE_SAME_PROBLEM);
    }

    @Test
    void satisfied_reporters_do_not_count_in_test_valley_and_not_sure_counts_as_not_asked() {
        var satisfied = new NewApplication.NewIncident(TODAY.minusDays(5), TODAY.minusDays(5), Agency.COUNCIL, null,
                null, "Rubbish", null, null, null, null, null, null, Answer.YES, null, null, null);
        var notSure = new NewApplication.NewIncident(TODAY.minusDays(4), TODAY.minusDays(4), Agency.COUNCIL, null,
                null, "Rubbish", null, null, null, null, null, null, Answer.NOT_SURE, null, null, null);

        ThresholdAssessment result = ApplicationThreshold.assess(ThresholdPolicy.testValley(),
                List.of(satisfied, notSure), PLAIN, TODAY);

        assertThat(result.incident("incident-1").reason()).isEqualTo(NotQualifyingReason.REPORTER_SATISFIED);
        assertThat(result.incident("incident-2").qualifies()).isTrue();
    }

    @Test
    void reports_by_five_members_of_a_group_meet_the_community_route() {
        List<NewApplication.NewIncident> reports = List.of("Kim", "Lee", "Sam", "Ali", "Jo").stream()
                .map(name -> new NewApplication.NewIncident(TODAY.minusDays(3), TODAY.minusDays(3), Agency.POLICE,
                        null, null, "Gang in the park", null, null, null, BehaviourType.GROUPS, Answer.YES, null, null,
                        null, null, name))
                .toList();

        ThresholdAssessment result = ApplicationThreshold.assess(ThresholdPolicy.nottinghamshire(), reports, PLAIN,
                TODAY);

        assertThat(result.met()).isTrue();
        assertThat(result.distinctIndividuals()).isEqualTo(5);
    }

    @Test
    void a_time_frame_still_running_or_a_complaint_about_one_agency_is_excluded_with_the_reason_in_words() {
        var withTimeframe = new NewApplication.NewIncident(TODAY.minusDays(5), TODAY.minusDays(5), Agency.OTHER,
                "Greenfields Housing", null, "Noise", null, null, null, null, null, null, null, Answer.YES,
                TODAY.plusDays(7), null);
        ThresholdAssessment timeframe = ApplicationThreshold.assess(ThresholdPolicy.kent(), List.of(withTimeframe),
                PLAIN, TODAY);
        assertThat(timeframe.outcome()).isEqualTo(ThresholdOutcome.EXCLUDED);
        assertThat(timeframe.residentText()).contains("Greenfields Housing told you it would take action by");

        ThresholdAssessment conduct = ApplicationThreshold.assess(ThresholdPolicy.kent(),
                List.of(incident(3, BehaviourType.NOISE, null)),
                new NewApplication.Circumstances(Answer.YES, Answer.YES, "Kent Police"), TODAY);
        assertThat(conduct.excluded()).isTrue();
        assertThat(conduct.residentText()).contains("Kent Police's own complaints procedure");
    }

    @Test
    void whoever_shows_the_result_names_the_problems_and_organisations_in_its_own_words() {
        ApplicationThreshold.Names shouting = new ApplicationThreshold.Names() {
            @Override
            public String problem(BehaviourType behaviour, Integer report) {
                String kind = behaviour == null ? "SOMETHING ELSE" : behaviour.name();
                return report == null ? kind : kind + " #" + report;
            }

            @Override
            public String organisation(NewApplication.NewIncident incident) {
                return "THE " + incident.reportedTo().name();
            }
        };
        var withTimeframe = new NewApplication.NewIncident(TODAY.minusDays(5), TODAY.minusDays(5), Agency.POLICE,
                null, null, "Noise", null, null, null, null, null, null, null, Answer.YES, TODAY.plusDays(7), null);

        ThresholdAssessment different = ApplicationThreshold.assess(ThresholdPolicy.kent(), List.of(
                incident(30, BehaviourType.NOISE, null), incident(20, BehaviourType.NOISE, Answer.YES),
                incident(10, BehaviourType.NOISE, Answer.NO)), PLAIN, TODAY, shouting);
        ThresholdAssessment timeframe = ApplicationThreshold.assess(ThresholdPolicy.kent(), List.of(withTimeframe),
                PLAIN, TODAY, shouting);

        assertThat(different.incident("incident-3").reason()).isEqualTo(NotQualifyingReason.NOT_THE_SAME_PROBLEM);
        assertThat(different.residentText()).contains("a different problem (NOISE #3) from the reports that count "
                + "(NOISE)");
        assertThat(timeframe.residentText()).contains("THE POLICE told you it would take action by");
    }
}
