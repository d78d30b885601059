package org.casereview.risk;

import org.jspecify.annotations.Nullable;

import java.util.List;

/**
 * The questionnaire for a case: its partnership's questions (or the default set), where the levels begin, and the
 * assessments so far, newest first.
 */
public record RiskQuestionnaire(long applicationId, long version, List<RiskQuestion> questions, int mediumFrom,
                                int highFrom, List<RiskAssessment> assessments, boolean canAssess) {

    public @Nullable RiskAssessment latest() {
        return assessments.isEmpty() ? null : assessments.getFirst();
    }

    public int maximum() {
        return questions.stream().mapToInt(RiskQuestion::getWeight).sum();
    }
}
