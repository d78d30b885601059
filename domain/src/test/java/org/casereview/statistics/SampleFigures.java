package org.casereview.statistics;

import org.casereview.application.ApplicationStatus;
import org.casereview.application.Channel;
import org.casereview.review.SecondStageReview;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Figures with chosen counts, for the tests of what is made from them. */
final class SampleFigures {

    private SampleFigures() {
    }

    /** Figures with these counts; {@code met} are all by the individual route unless {@code onAppeal}. */
    static Figures of(ReportingPeriod period, LocalDate asOf, long met, long onAppeal, long notMet,
                      long awaitingDecision, long closed, long awaitingReview, long reviews,
                      long withRecommendations) {
        Map<MetBy, Long> metBy = zeros(MetBy.class);
        metBy.put(MetBy.INDIVIDUAL, met - onAppeal);
        metBy.put(MetBy.SECOND_STAGE, onAppeal);
        long received = met + notMet + awaitingDecision + closed;
        Timeliness none = new Timeliness(0, 0, 0, 0);
        Figures.Applications applications = new Figures.Applications(received, zeros(Channel.class),
                zeros(ApplicationStatus.class), met, metBy, notMet, 0, closed, awaitingDecision,
                awaitingReview, 0, none, none, none, 0, new TreeMap<>());
        return new Figures(List.of(new ReportingArea(1, "tonbridge-malling", "Tonbridge and Malling", "Kent",
                YearBasis.FINANCIAL)), period, asOf, applications, new Figures.Reviews(reviews, withRecommendations),
                new Figures.SecondStage(0, zeros(SecondStageReview.About.class),
                        zeros(SecondStageReview.Decision.class), 0, 0), List.of());
    }

    static <E extends Enum<E>> Map<E, Long> zeros(Class<E> type) {
        Map<E, Long> map = new EnumMap<>(type);
        for (E value : type.getEnumConstants()) {
            map.put(value, 0L);
        }
        return map;
    }
}
