package org.casereview.backoffice.reports;

import com.github.mvysny.kaributesting.v10.DownloadKt;
import com.github.mvysny.kaributesting.v10.MockAccessDeniedException;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.casereview.application.Channel;
import org.casereview.backoffice.Applications;
import org.casereview.backoffice.KaribuTest;
import org.casereview.statistics.Figures;
import org.casereview.statistics.FiguresProse;
import org.casereview.statistics.ReportingArea;
import org.casereview.statistics.ReportingPeriod;
import org.casereview.statistics.StatisticsService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.nio.charset.StandardCharsets;
import java.util.Set;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ReportsViewTest extends KaribuTest {

    @Autowired
    Applications applications;
    @Autowired
    StatisticsService statistics;

    @SuppressWarnings("unchecked")
    private static CheckboxGroup<ReportingArea> partnerships() {
        return _get(CheckboxGroup.class, spec -> spec.withId("partnerships"));
    }

    private static String heading() {
        return _get(H2.class, spec -> spec.withId("results-heading")).getText();
    }

    /** The count in the row of the first table (the statutory figures) named {@code measure}. */
    private static long statutory(String measure) {
        NativeTable table = _find(NativeTable.class).getFirst();
        for (NativeTableRow row : table.getBody().getRows()) {
            if (row.getHeaderCells().getFirst().getText().equals(measure)) {
                return Long.parseLong(row.getDataCells().getFirst().getText().replace(",", ""));
            }
        }
        throw new AssertionError("No row " + measure);
    }

    @Test
    void a_county_wide_manager_sees_every_partnership_this_year_with_charts_and_tables_and_chooses_a_county() {
        applications.apply("sevenoaks", Channel.PHONE, "Fran Figures", null, 5);
        applications.apply("folkestone-hythe", Channel.ONLINE, "Gus Figures", "gus@example.org", 5);
        signIn("reports-manager", "MANAGER");
        UI.getCurrent().navigate("reports");

        assertThat(partnerships().getValue()).hasSize(6);
        ReportingPeriod year = ReportingPeriod.financialYearOf(Applications.today());
        assertThat(heading()).isEqualTo("6 partnerships: " + year.label());
        Figures all = statistics.figures(partnerships().getValue().stream().map(ReportingArea::id).toList(), year);
        assertThat(statutory("Applications received")).isEqualTo(all.received()).isGreaterThanOrEqualTo(2);
        assertThat(statutory("Threshold not met")).isEqualTo(all.thresholdNotMet());
        assertThat(statutory("Case reviews carried out")).isEqualTo(all.reviewsCarriedOut());
        assertThat(_get(Paragraph.class, spec -> spec.withId("summary")).getText())
                .isEqualTo(FiguresProse.summary(all));
        assertThat(_find(Image.class)).extracting(Image::getId).extracting(id -> id.orElseThrow())
                .containsExactly("chart-statutory", "chart-threshold", "chart-channels", "chart-over-time",
                        "chart-recommendations");
        String svg = new String(DownloadKt.download(_get(Image.class, spec -> spec.withId("chart-statutory"))),
                StandardCharsets.UTF_8);
        assertThat(svg).startsWith("<svg").contains("Applications received", String.valueOf(all.received()));
        assertThat(_find(NativeTable.class)).allSatisfy(table -> assertThat(table.getCaptionText()).isNotBlank());

        _click(_find(Button.class, spec -> spec.withText("All of Kent")).getFirst());
        _click(_get(Button.class, spec -> spec.withId("show")));
        assertThat(heading()).isEqualTo("3 partnerships in Kent: " + year.label());
        Figures kent = statistics.figures(partnerships().getValue().stream().map(ReportingArea::id).toList(), year);
        assertThat(statutory("Applications received")).isEqualTo(kent.received()).isLessThanOrEqualTo(all.received());
    }

    @Test
    void the_csv_and_the_pdf_hold_the_figures_shown() throws Exception {
        applications.apply("bassetlaw", Channel.EMAIL, "Hal Figures", "hal@example.org", 5);
        signInFor("reports-bassetlaw", "bassetlaw", "CASE_OFFICER");
        UI.getCurrent().navigate("reports");
        long received = statutory("Applications received");

        String csv = new String(DownloadKt.download(_get(Anchor.class, spec -> spec.withId("download-csv"))),
                StandardCharsets.UTF_8);
        assertThat(csv).contains("Partnerships,Bassetlaw", "Statutory figures,Applications received," + received);
        byte[] pdf = DownloadKt.download(_get(Anchor.class, spec -> spec.withId("download-pdf")));
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertThat(text).contains("Bassetlaw", "Applications received " + received);
        }
    }

    @Test
    void staff_of_one_partnership_report_on_it_alone_for_any_period_they_choose() {
        signInFor("reports-officer", "sevenoaks", "CASE_OFFICER");
        UI.getCurrent().navigate("reports");
        assertThat(_find(CheckboxGroup.class)).isEmpty();
        assertThat(_get(Paragraph.class, spec -> spec.withId("only-partnership")).getText())
                .isEqualTo("Partnership: Sevenoaks");
        assertThat(heading()).startsWith("Sevenoaks: ");

        @SuppressWarnings("unchecked")
        RadioButtonGroup<ReportsView.PeriodKind> kind = _get(RadioButtonGroup.class, spec -> spec.withId("period-kind"));
        _setValue(kind, ReportsView.PeriodKind.DATES);
        DatePicker from = _get(DatePicker.class, spec -> spec.withId("from"));
        DatePicker to = _get(DatePicker.class, spec -> spec.withId("to"));
        _setValue(from, Applications.today().minusDays(3));
        _setValue(to, Applications.today().minusDays(10));
        _click(_get(Button.class, spec -> spec.withId("show")));
        assertThat(to.isInvalid()).isTrue();
        assertThat(to.getErrorMessage()).isEqualTo("The last day must be the same as or after the first day");
        assertThat(_find(H2.class, spec -> spec.withId("results-heading"))).isEmpty();

        _setValue(to, Applications.today());
        _click(_get(Button.class, spec -> spec.withId("show")));
        assertThat(heading()).isEqualTo("Sevenoaks: " + ReportingPeriod.between(Applications.today().minusDays(3),
                Applications.today()).label());
    }

    @Test
    void administrators_panel_members_and_agencies_cannot_open_the_reports() {
        for (String role : Set.of("ADMINISTRATOR", "PANEL_MEMBER", "PARTNER_AGENCY")) {
            signIn("reports-" + role.toLowerCase(), role);
            assertThatThrownBy(() -> UI.getCurrent().navigate(ReportsView.class)).as(role)
                    .isInstanceOf(MockAccessDeniedException.class);
            assertThatThrownBy(statistics::areas).as(role)
                    .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
        }
    }

    @Test
    void nobody_signed_in_is_sent_to_the_login_page() {
        UI.getCurrent().navigate(ReportsView.class);
        assertThat(UI.getCurrent().getCurrentView().getClass().getSimpleName()).isEqualTo("LoginView");
    }

    @Test
    void the_menu_offers_the_reports_to_officers_and_managers() {
        signInFor("reports-menu", "test-valley", "CASE_OFFICER");
        UI.getCurrent().navigate("queue");
        assertThat(_find(com.vaadin.flow.component.sidenav.SideNavItem.class).stream()
                .map(com.vaadin.flow.component.sidenav.SideNavItem::getPath).toList()).contains("reports");
    }
}
