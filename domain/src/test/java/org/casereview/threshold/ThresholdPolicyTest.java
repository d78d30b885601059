package org.casereview.threshold;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@DisplayName("A partnership's threshold policy")
class ThresholdPolicyTest {

    @Test
    @DisplayName("has exactly the components the database maps, in order")
    void components() {
        assertThat(Arrays.stream(ThresholdPolicy.class.getRecordComponents()).map(RecordComponent::getName))
                .containsExactly("qualifyingComplaints", "windowMonths", "reportWithinMonths",
                        "sameOrSimilarRequired", "communityRoute", "communityIndividuals", "dissatisfactionRequired",
                        "discretionAllowed", "onlineAcknowledgementDays", "otherAcknowledgementDays",
                        "decisionWorkingDays", "decisionFrom", "finalReviewMonths");
    }

    @Test
    @DisplayName("Kent: at least three incidents in six months, same or similar, within one month; acknowledged "
            + "automatically online, within 2 days by telephone or writing; decision within 25 working days of "
            + "acknowledgement; final review after 6 months")
    void kent() {
        ThresholdPolicy kent = ThresholdPolicy.kent();
        assertThat(kent.qualifyingComplaints()).isEqualTo(3);
        assertThat(kent.windowMonths()).isEqualTo(6);
        assertThat(kent.reportWithinMonths()).isEqualTo(1);
        assertThat(kent.sameOrSimilarRequired()).isTrue();
        assertThat(kent.communityRoute()).isFalse();
        assertThat(kent.dissatisfactionRequired()).isFalse();
        assertThat(kent.discretionAllowed()).isFalse();
        assertThat(kent.onlineAcknowledgementDays()).isZero();
        assertThat(kent.otherAcknowledgementDays()).isEqualTo(2);
        assertThat(kent.acknowledgementDays(true)).isZero();
        assertThat(kent.acknowledgementDays(false)).isEqualTo(2);
        assertThat(kent.decisionWorkingDays()).isEqualTo(25);
        assertThat(kent.decisionFrom()).isEqualTo(DecisionClock.ACKNOWLEDGEMENT);
        assertThat(kent.finalReviewMonths()).isEqualTo(6);
        assertThat(kent.individualRouteCountsOnePerson()).isFalse();
    }

    @Test
    @DisplayName("Bassetlaw, Newark & Sherwood: three related incidents or five individuals, discretion for harm, "
            + "receipt confirmed within 3 working days, full response within 25 working days from receipt")
    void nottinghamshire() {
        ThresholdPolicy notts = ThresholdPolicy.nottinghamshire();
        assertThat(notts.qualifyingComplaints()).isEqualTo(3);
        assertThat(notts.windowMonths()).isEqualTo(6);
        assertThat(notts.reportWithinMonths()).isEqualTo(1);
        assertThat(notts.sameOrSimilarRequired()).isTrue();
        assertThat(notts.communityRoute()).isTrue();
        assertThat(notts.communityIndividuals()).isEqualTo(5);
        assertThat(notts.dissatisfactionRequired()).isFalse();
        assertThat(notts.discretionAllowed()).isTrue();
        assertThat(notts.onlineAcknowledgementDays()).isEqualTo(3);
        assertThat(notts.otherAcknowledgementDays()).isEqualTo(3);
        assertThat(notts.decisionWorkingDays()).isEqualTo(25);
        assertThat(notts.decisionFrom()).isEqualTo(DecisionClock.RECEIPT);
        assertThat(notts.individualRouteCountsOnePerson()).isTrue();
    }

    @Test
    @DisplayName("Test Valley: three complaints or five individuals, reporters not satisfied, logged within one month")
    void testValley() {
        ThresholdPolicy testValley = ThresholdPolicy.testValley();
        assertThat(testValley.qualifyingComplaints()).isEqualTo(3);
        assertThat(testValley.windowMonths()).isEqualTo(6);
        assertThat(testValley.reportWithinMonths()).isEqualTo(1);
        assertThat(testValley.sameOrSimilarRequired()).isFalse();
        assertThat(testValley.communityRoute()).isTrue();
        assertThat(testValley.communityIndividuals()).isEqualTo(5);
        assertThat(testValley.dissatisfactionRequired()).isTrue();
        assertThat(testValley.discretionAllowed()).isFalse();
        assertThat(testValley.decisionFrom()).isEqualTo(DecisionClock.RECEIPT);
    }

    @ParameterizedTest(name = "threshold of {0} complaints accepted")
    @DisplayName("an area may set the threshold lower than three")
    @CsvSource({"1", "2", "3"})
    void lowerThresholds(int complaints) {
        assertThat(policy(complaints, 6, 1).qualifyingComplaints()).isEqualTo(complaints);
    }

    @ParameterizedTest(name = "{0} complaints, {1}-month window, reported within {2} month(s): refused")
    @DisplayName("a policy may not be stricter than the Act: no more than three complaints, a window of at least six "
            + "months, at least one month to report")
    @CsvSource({
            "4, 6, 1",
            "0, 6, 1",
            "-1, 6, 1",
            "3, 5, 1",
            "3, 13, 1",
            "3, 6, 0",
            "3, 6, 7"})
    void stricterThanTheAct(int complaints, int window, int reportWithin) {
        assertThatThrownBy(() -> policy(complaints, window, reportWithin))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    @DisplayName("refuses impossible timescales and a community route of fewer than two people")
    void otherLimits() {
        assertThatThrownBy(() -> new ThresholdPolicy(3, 6, 1, true, true, 1, false, false, 0, 2, 25,
                DecisionClock.RECEIPT, 6)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ThresholdPolicy(3, 6, 1, true, false, -1, false, false, 0, 2, 25,
                DecisionClock.RECEIPT, 6)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ThresholdPolicy(3, 6, 1, true, false, 5, false, false, -1, 2, 25,
                DecisionClock.RECEIPT, 6)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ThresholdPolicy(3, 6, 1, true, false, 5, false, false, 0, -2, 25,
                DecisionClock.RECEIPT, 6)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ThresholdPolicy(3, 6, 1, true, false, 5, false, false, 0, 2, 0,
                DecisionClock.RECEIPT, 6)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ThresholdPolicy(3, 6, 1, true, false, 5, false, false, 0, 2, 25,
                DecisionClock.RECEIPT, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ThresholdPolicy(3, 6, 1, true, false, 5, false, false, 0, 2, 25,
                null, 6)).isInstanceOf(NullPointerException.class);
        // the community route off: its number is kept but not checked beyond being sensible
        assertThat(new ThresholdPolicy(3, 6, 1, true, false, 0, false, false, 0, 2, 25, DecisionClock.RECEIPT, 6))
                .isNotNull();
    }

    @Test
    @DisplayName("two policies with the same numbers are equal, so a recorded decision can keep its own copy")
    void valueEquality() {
        assertThat(ThresholdPolicy.kent()).isEqualTo(ThresholdPolicy.kent()).isNotEqualTo(ThresholdPolicy.nottinghamshire());
    }

    private static ThresholdPolicy policy(int complaints, int window, int reportWithin) {
        return new ThresholdPolicy(complaints, window, reportWithin, true, false, 5, false, false, 0, 2, 25,
                DecisionClock.ACKNOWLEDGEMENT, 6);
    }
}
