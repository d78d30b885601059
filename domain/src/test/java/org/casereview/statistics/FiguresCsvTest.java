package org.casereview.statistics;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class FiguresCsvTest {

    @Test
    void the_csv_says_what_the_figures_are_for_and_has_one_line_per_figure() {
        Figures figures = SampleFigures.of(ReportingPeriod.financialYear(2017), LocalDate.of(2019, 1, 1),
                2, 0, 3, 0, 0, 1, 4, 1);
        String csv = new String(FiguresCsv.csv(figures), StandardCharsets.UTF_8);
        List<String> lines = csv.lines().toList();
        assertThat(lines.getFirst()).isEqualTo("\uFEFFPartnerships,Tonbridge and Malling");
        assertThat(lines).contains("Period,April 2017 to March 2018", "From,2017-04-01", "To,2018-03-31",
                "Figures as at,2019-01-01",
                "Section,Measure,Count",
                "Statutory figures,Applications received,5",
                "Statutory figures,Threshold not met,3",
                "Statutory figures,Case reviews carried out,4",
                "Statutory figures,Case reviews that resulted in recommendations,1",
                "Deadlines,Acknowledgements: on time,0");
        assertThat(lines).anySatisfy(line -> assertThat(line).startsWith("Summary,\"During April 2017 to March 2018 "
                + "there were five applications. Of these, two met the threshold and three did not."));
        assertThat(lines.stream().filter(line -> line.startsWith("Threshold,Met: "))).hasSize(MetBy.values().length);
        assertThat(csv).contains("\r\n");
        assertThat(FiguresCsv.fileName(figures, "csv")).isEqualTo("case-review-figures-2017-18-tonbridge-malling.csv");
    }
}
