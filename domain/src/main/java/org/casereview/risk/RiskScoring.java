package org.casereview.risk;

import org.casereview.application.RiskLevel;

import java.util.Collection;

/**
 * The score is the sum of the weights of the questions answered "yes"; the level follows from where the partnership's
 * Medium and High bands begin. Plain Java, so the rule is tested on its own.
 */
public final class RiskScoring {

    private RiskScoring() {
    }

    /** One weighted question and its answer. */
    public record Scored(int weight, RiskAnswer answer) {
        public Scored {
            if (weight < 0) {
                throw new IllegalArgumentException("A weight cannot be negative: " + weight);
            }
        }
    }

    public static int score(Collection<Scored> answers) {
        return answers.stream().filter(a -> a.answer() == RiskAnswer.YES).mapToInt(Scored::weight).sum();
    }

    public static RiskLevel level(int score, int mediumFrom, int highFrom) {
        if (mediumFrom < 1 || highFrom <= mediumFrom) {
            throw new IllegalArgumentException("Medium must start at 1 or more and below High: " + mediumFrom + ", "
                    + highFrom);
        }
        if (score >= highFrom) {
            return RiskLevel.HIGH;
        }
        return score >= mediumFrom ? RiskLevel.MEDIUM : RiskLevel.STANDARD;
    }
}
