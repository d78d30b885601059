package org.casereview.statistics;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/** The summary reads like the councils' own, whatever the counts. */
class FiguresProseTest {

    private static final ReportingPeriod YEAR = ReportingPeriod.financialYear(2017);
    private static final LocalDate LATER = LocalDate.of(2019, 1, 1);

    @Test
    void tonbridge_and_mallings_year_five_applications_none_met() {
        assertThat(FiguresProse.summary(SampleFigures.of(YEAR, LATER, 0, 0, 5, 0, 0, 0, 0, 0)))
                .isEqualTo("During April 2017 to March 2018 there were five applications. None of these met the "
                        + "threshold. No case reviews were carried out.");
    }

    @Test
    void test_valleys_year_one_met_and_pending_review_and_one_not() {
        assertThat(FiguresProse.summary(SampleFigures.of(ReportingPeriod.financialYear(2023), LATER.plusYears(6),
                1, 0, 1, 0, 0, 1, 0, 0)))
                .isEqualTo("During April 2023 to March 2024 there were two applications. Of these, one met the "
                        + "threshold and one did not. One is awaiting a case review. No case reviews were carried "
                        + "out.");
    }

    @Test
    void a_year_with_nothing_says_so() {
        assertThat(FiguresProse.summary(SampleFigures.of(ReportingPeriod.calendarYear(2022), LATER.plusYears(4),
                0, 0, 0, 0, 0, 0, 0, 0)))
                .isEqualTo("During 2022 there were no applications. No case reviews were carried out.");
    }

    @Test
    void larger_numbers_are_figures_and_every_part_is_named() {
        assertThat(FiguresProse.summary(SampleFigures.of(YEAR, LATER, 12, 1, 30, 3, 1, 0, 11, 7)))
                .isEqualTo("During April 2017 to March 2018 there were 46 applications. Of these, 12 met the "
                        + "threshold, 30 did not, three are awaiting a decision and one was withdrawn or closed "
                        + "before a decision. One of these met the threshold after a second-stage review. 11 case "
                        + "reviews were carried out, seven of which resulted in recommendations.");
    }

    @Test
    void one_application_and_one_review() {
        assertThat(FiguresProse.summary(SampleFigures.of(YEAR, LATER, 1, 0, 0, 0, 0, 0, 1, 1)))
                .isEqualTo("During April 2017 to March 2018 there was one application. It met the threshold. One "
                        + "case review was carried out and it resulted in recommendations.");
        assertThat(FiguresProse.summary(SampleFigures.of(YEAR, LATER, 0, 0, 0, 1, 0, 0, 2, 0)))
                .isEqualTo("During April 2017 to March 2018 there was one application. It is awaiting a decision. "
                        + "Two case reviews were carried out, neither of which resulted in recommendations.");
    }

    @Test
    void applications_all_awaiting_a_decision() {
        assertThat(FiguresProse.summary(SampleFigures.of(YEAR, LATER, 0, 0, 0, 3, 0, 0, 0, 0)))
                .isEqualTo("During April 2017 to March 2018 there were three applications. All of these are awaiting "
                        + "a decision. No case reviews were carried out.");
        assertThat(FiguresProse.sentences(SampleFigures.of(YEAR, LATER, 0, 0, 0, 2, 0, 0, 0, 0)).get(1))
                .isEqualTo("Both are awaiting a decision.");
    }

    @Test
    void a_period_not_yet_over_says_on_which_day_the_figures_stand() {
        assertThat(FiguresProse.summary(SampleFigures.of(YEAR, LocalDate.of(2017, 9, 30), 2, 0, 0, 0, 0, 2, 3, 3)))
                .isEqualTo("During April 2017 to March 2018 there were two applications. Both met the threshold. Two "
                        + "are awaiting a case review. Three case reviews were carried out, all of which resulted in "
                        + "recommendations. The period is not over: these are the figures on 30 September 2017.");
    }

    @Test
    void numbers_as_the_councils_write_them() {
        assertThat(FiguresProse.number(0)).isEqualTo("no");
        assertThat(FiguresProse.number(9)).isEqualTo("nine");
        assertThat(FiguresProse.number(10)).isEqualTo("10");
        assertThat(FiguresProse.number(1204)).isEqualTo("1,204");
        assertThat(FiguresProse.count(1, "review", "reviews")).isEqualTo("one review");
    }
}
