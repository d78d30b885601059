package org.casereview.risk;

import org.casereview.application.RiskLevel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.casereview.risk.RiskAnswer.NO;
import static org.casereview.risk.RiskAnswer.NOT_KNOWN;
import static org.casereview.risk.RiskAnswer.YES;

class RiskScoringTest {

    @Test
    void only_yes_answers_add_their_weight() {
        assertThat(RiskScoring.score(List.of(new RiskScoring.Scored(2, YES), new RiskScoring.Scored(3, NO),
                new RiskScoring.Scored(3, NOT_KNOWN), new RiskScoring.Scored(1, YES)))).isEqualTo(3);
    }

    /** The default bands: Medium from 3, High from 7 (of 13). */
    @ParameterizedTest
    @CsvSource({"0, STANDARD", "2, STANDARD", "3, MEDIUM", "6, MEDIUM", "7, HIGH", "13, HIGH"})
    void the_level_follows_the_bands(int score, RiskLevel level) {
        assertThat(RiskScoring.level(score, 3, 7)).isEqualTo(level);
    }

    @Test
    void bands_must_be_in_order() {
        assertThatThrownBy(() -> RiskScoring.level(1, 5, 5)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> RiskScoring.level(1, 0, 5)).isInstanceOf(IllegalArgumentException.class);
    }
}
