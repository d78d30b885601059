package org.casereview.decision;

import org.casereview.threshold.ThresholdAssessment;
import org.casereview.threshold.ThresholdWording;
import org.jspecify.annotations.Nullable;

import java.util.ArrayList;
import java.util.List;

/**
 * What the applicant is told about the decision, built on the threshold's own wording so that the screen, the e-mail
 * and a later letter say the same.
 */
final class DecisionWording {

    static final String DISCRETION_USED = "Although your application does not meet the threshold, we have decided to "
            + "carry out a case review because of the harm the behaviour is causing or could cause, or because of "
            + "your circumstances.";
    static final String DISCRETION_CONSIDERED = "We have considered whether to carry out a case review anyway, "
            + "because of the harm the behaviour is causing or because of your circumstances, and decided not to.";

    private DecisionWording() {
    }

    static List<String> residentParagraphs(DecisionOutcome outcome, ThresholdAssessment assessment,
                                           @Nullable String reason) {
        List<String> paragraphs = new ArrayList<>(ThresholdWording.residentParagraphs(assessment));
        if (assessment.discretionAvailable() && !paragraphs.isEmpty()) {
            // "An officer will consider this": now they have, so say what they decided instead.
            paragraphs.removeLast();
        }
        switch (outcome) {
            case MET -> {
            }
            case DISCRETION -> paragraphs.add(DISCRETION_USED);
            case NOT_MET -> {
                if (assessment.met()) {
                    paragraphs.add("However, we have decided that your application does not meet the threshold for "
                            + "a case review" + (reason == null ? "." : ", for this reason:"));
                    if (reason != null) {
                        paragraphs.add(reason);
                    }
                } else {
                    if (assessment.discretionAvailable()) {
                        paragraphs.add(DISCRETION_CONSIDERED);
                    }
                    if (reason != null) {
                        paragraphs.add(reason);
                    }
                }
            }
            case EXCLUDED -> {
                if (reason != null) {
                    paragraphs.add(reason);
                }
            }
        }
        return paragraphs;
    }
}
