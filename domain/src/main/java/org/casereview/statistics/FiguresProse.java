package org.casereview.statistics;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The figures in a few plain sentences, as the councils write them: "During April 2017 to March 2018 there were five
 * applications. None of these met the threshold. No case reviews were carried out." Numbers up to nine are words;
 * larger ones are figures.
 */
public final class FiguresProse {

    /** How the figures are counted (decision 0012), in words for staff and for the reports. */
    public static final List<String> COUNTING_RULES = List.of(
            "An application is counted in the period it was received, and its threshold decision with it, whenever "
                    + "the decision was made. \"Threshold not met\" includes applications excluded whatever the count "
                    + "(an agency's time-frame not yet over, or a complaint about one agency's conduct), and leaves "
                    + "out decisions that a second-stage review overturned to start a case review: those count as met.",
            "A case review is counted in the period its panel met, whenever the application came. It resulted in "
                    + "recommendations when at least one of the panel's recommendations has been issued (with the "
                    + "outcome). Second-stage reviews are counted in the period they were asked for, and "
                    + "recommendations, with each agency's answer, in the period they were issued.",
            "Where the applications stand now, and what is overdue, is as on the day the figures were made: figures "
                    + "for a recent period can still change as cases move on.");

    private static final String[] WORDS = {"no", "one", "two", "three", "four", "five", "six", "seven", "eight",
            "nine"};
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private FiguresProse() {
    }

    /** The summary as one paragraph. */
    public static String summary(Figures figures) {
        return String.join(" ", sentences(figures));
    }

    public static List<String> sentences(Figures figures) {
        Figures.Applications applications = figures.applications();
        long received = applications.received();
        List<String> sentences = new ArrayList<>();
        sentences.add("During " + figures.period().label() + " there " + (received == 1 ? "was " : "were ")
                + count(received, "application", "applications") + ".");
        if (received > 0) {
            sentences.add(threshold(applications));
            long onAppeal = applications.metBy().get(MetBy.SECOND_STAGE);
            if (onAppeal > 0) {
                sentences.add(capitalised(number(onAppeal)) + " of " + (received == 1 ? "it" : "these")
                        + " met the threshold after a second-stage review.");
            }
            long awaitingReview = applications.awaitingReview();
            if (awaitingReview > 0) {
                sentences.add(capitalised(number(awaitingReview)) + (awaitingReview == 1 ? " is" : " are")
                        + " awaiting a case review.");
            }
        }
        sentences.add(reviews(figures.reviews()));
        long appeals = figures.secondStage().requested();
        if (appeals > 0) {
            sentences.add(capitalised(count(appeals, "second-stage review was", "second-stage reviews were"))
                    + " asked for.");
        }
        if (figures.period().isUnderway(figures.asOf())) {
            sentences.add("The period is not over: these are the figures on " + DAY.format(figures.asOf()) + ".");
        }
        return sentences;
    }

    private static String threshold(Figures.Applications applications) {
        long received = applications.received();
        long met = applications.thresholdMet();
        long notMet = applications.thresholdNotMet();
        if (notMet == received) {
            return received == 1 ? "It did not meet the threshold." : received == 2 ? "Neither met the threshold."
                    : "None of these met the threshold.";
        }
        if (met == received) {
            return received == 1 ? "It met the threshold." : received == 2 ? "Both met the threshold."
                    : "All of these met the threshold.";
        }
        if (applications.awaitingDecision() == received) {
            return received == 1 ? "It is awaiting a decision." : received == 2 ? "Both are awaiting a decision."
                    : "All of these are awaiting a decision.";
        }
        List<String> parts = new ArrayList<>();
        if (met > 0) {
            parts.add(number(met) + " met the threshold");
        }
        if (notMet > 0) {
            parts.add(number(notMet) + (met > 0 ? " did not" : " did not meet the threshold"));
        }
        long awaiting = applications.awaitingDecision();
        if (awaiting > 0) {
            parts.add(number(awaiting) + (awaiting == 1 ? " is" : " are") + " awaiting a decision");
        }
        long closed = applications.closedBeforeDecision();
        if (closed > 0) {
            parts.add(number(closed) + (closed == 1 ? " was" : " were") + " withdrawn or closed before a decision");
        }
        if (received == 1) {
            return capitalised(parts.getFirst().replaceFirst("^one", "it")) + ".";
        }
        return "Of these, " + list(parts) + ".";
    }

    private static String reviews(Figures.Reviews reviews) {
        long carried = reviews.carriedOut();
        long with = reviews.withRecommendations();
        if (carried == 0) {
            return "No case reviews were carried out.";
        }
        String start = capitalised(count(carried, "case review was", "case reviews were")) + " carried out";
        if (carried == 1) {
            return start + (with == 1 ? " and it resulted in recommendations." : "; it has not resulted in "
                    + "recommendations.");
        }
        if (with == 0) {
            return start + (carried == 2 ? ", neither" : ", none") + " of which resulted in recommendations.";
        }
        if (with == carried) {
            return start + (carried == 2 ? ", both" : ", all") + " of which resulted in recommendations.";
        }
        return start + ", " + number(with) + " of which resulted in recommendations.";
    }

    /** "no applications", "one application", "five applications", "12 applications". */
    public static String count(long n, String one, String many) {
        return number(n) + " " + (n == 1 ? one : many);
    }

    /** Words up to nine ("no" for nought), figures from 10 ("1,204"). */
    public static String number(long n) {
        return n >= 0 && n < WORDS.length ? WORDS[(int) n] : String.format(Locale.UK, "%,d", n);
    }

    private static String capitalised(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    private static String list(List<String> parts) {
        if (parts.size() == 1) {
            return parts.getFirst();
        }
        return String.join(", ", parts.subList(0, parts.size() - 1)) + " and " + parts.getLast();
    }
}
