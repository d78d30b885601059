package org.casereview.notifications.reports;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.casereview.DomainConfiguration;
import org.casereview.application.Agency;
import org.casereview.application.ApplicantType;
import org.casereview.application.ApplicationService;
import org.casereview.application.Channel;
import org.casereview.application.ContactMethod;
import org.casereview.application.NewApplication;
import org.casereview.statistics.Figures;
import org.casereview.statistics.FiguresProse;
import org.casereview.statistics.PublishedFigures;
import org.casereview.statistics.ReportingArea;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The PDF report for the partnership and the Commissioner's office says what it covers and holds every figure. */
@SpringBootTest
class FiguresReportTest {

    @Autowired
    FiguresReport report;
    @Autowired
    PublishedFigures published;
    @Autowired
    ApplicationService applications;

    @Test
    void the_report_names_the_partnership_the_period_and_the_statutory_figures_with_the_summary() throws Exception {
        LocalDate today = LocalDate.now(DomainConfiguration.UK);
        for (Channel channel : List.of(Channel.ONLINE, Channel.PHONE, Channel.LETTER)) {
            applications.submit(new NewApplication("newark-sherwood", channel, ApplicantType.VICTIM,
                    new NewApplication.Applicant("Robin Report", "1 Castle Gate", "NG24 1BY", "01632 960 000", null),
                    ContactMethod.PHONE, true, List.of(new NewApplication.NewIncident(today.minusDays(3),
                    today.minusDays(2), Agency.POLICE, null, null, "Shouting in the street")), null), "Test intake");
        }
        ReportingArea area = published.area("newark-sherwood").orElseThrow();
        Figures figures = published.years(area).getFirst();
        assertThat(figures.received()).isGreaterThanOrEqualTo(3);

        String text;
        try (PDDocument document = Loader.loadPDF(report.pdf(figures))) {
            text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
        assertThat(text).contains("Community Trigger (ASB Case Review) figures",
                "For the Newark and Sherwood Community Safety Partnership and the Office of the Police and Crime "
                        + "Commissioner",
                figures.period().label(),
                "Applications received " + figures.received(),
                "Threshold not met " + figures.thresholdNotMet(),
                "Case reviews carried out " + figures.reviewsCarriedOut(),
                "Case reviews that resulted in recommendations " + figures.reviewsWithRecommendations(),
                "Telephone " + figures.applications().byChannel().get(Channel.PHONE),
                "How the figures are counted");
        assertThat(text).contains(FiguresProse.sentences(figures).getFirst());
        assertThat(report.html(figures)).contains("<caption>", "scope=\"row\"");
    }
}
