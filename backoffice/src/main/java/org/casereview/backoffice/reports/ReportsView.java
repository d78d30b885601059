package org.casereview.backoffice.reports;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.checkbox.CheckboxGroupVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableBody;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;
import org.casereview.ActionRefusedException;
import org.casereview.backoffice.security.Roles;
import org.casereview.notifications.reports.FiguresReport;
import org.casereview.statistics.Figures;
import org.casereview.statistics.FiguresCsv;
import org.casereview.statistics.FiguresProse;
import org.casereview.statistics.FiguresTable;
import org.casereview.statistics.MetBy;
import org.casereview.statistics.ReportingArea;
import org.casereview.statistics.ReportingPeriod;
import org.casereview.statistics.StatisticsService;
import org.jspecify.annotations.Nullable;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The figures for the partnership (or, for county-wide staff, the partnerships chosen) over a financial year, a
 * calendar year, a quarter or any dates: the summary in words, charts, every figure in tables, and the same as CSV or
 * as a PDF report for the partnership and the Police and Crime Commissioner's office.
 */
@Route("reports")
@PageTitle("Figures and reports – Case Review")
@RolesAllowed({Roles.CASE_OFFICER, Roles.MANAGER})
public class ReportsView extends Main {

    /** The kinds of period staff report on. */
    enum PeriodKind {
        FINANCIAL_YEAR("Financial year (April to March)"),
        CALENDAR_YEAR("Calendar year"),
        QUARTER("Quarter"),
        DATES("Dates of your choice");

        private final String label;

        PeriodKind(String label) {
            this.label = label;
        }
    }

    private static final int YEARS_BACK = 10;
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMM yy", Locale.UK);

    final CheckboxGroup<ReportingArea> partnerships = new CheckboxGroup<>("Partnerships");
    final RadioButtonGroup<PeriodKind> kind = new RadioButtonGroup<>("Period");
    final Select<ReportingPeriod> year = new Select<>();
    final Select<ReportingPeriod> quarter = new Select<>();
    final DatePicker from = new DatePicker("From");
    final DatePicker to = new DatePicker("To");
    final Button show = new Button("Show the figures");
    final Div results = new Div();

    private final StatisticsService statistics;
    private final FiguresReport report;
    private final List<ReportingArea> areas;
    private final LocalDate today;

    ReportsView(StatisticsService statistics, FiguresReport report) {
        this.statistics = statistics;
        this.report = report;
        this.areas = statistics.areas();
        this.today = statistics.today();
        addClassNames("view", "reports-view");

        add(new H1("Figures and reports"), new Paragraph("The figures the Act asks each partnership to report and "
                + "publish, and more. An application is counted in the period it was received, a case review in the "
                + "period its panel met; see how each figure is counted at the foot of the page."));
        add(choices());
        results.setId("results");
        results.addClassName("report-results");
        add(results);
        showFigures();
    }

    private Component choices() {
        partnerships.setId("partnerships");
        partnerships.setItems(areas);
        partnerships.setItemLabelGenerator(area -> area.name() + " (" + area.county() + ")");
        partnerships.addThemeVariants(CheckboxGroupVariant.LUMO_VERTICAL);
        partnerships.setValue(new LinkedHashSet<>(areas));
        Div who = new Div();
        who.addClassName("report-choice");
        if (areas.size() == 1) {
            // Staff of one partnership report on it alone: nothing to choose.
            Paragraph only = new Paragraph("Partnership: " + areas.getFirst().name());
            only.setId("only-partnership");
            who.add(only);
        } else {
            who.add(partnerships, countyButtons());
        }

        kind.setId("period-kind");
        kind.setItems(PeriodKind.values());
        kind.setItemLabelGenerator(k -> k.label);
        kind.addThemeVariants(com.vaadin.flow.component.radiobutton.RadioGroupVariant.LUMO_VERTICAL);
        kind.setValue(PeriodKind.FINANCIAL_YEAR);
        year.setId("year");
        year.setLabel("Year");
        year.setWidth("19em");
        year.setItemLabelGenerator(period -> period.kind() == ReportingPeriod.Kind.FINANCIAL_YEAR
                ? period.shortLabel() + " (" + period.label() + ")" : period.label());
        quarter.setId("quarter");
        quarter.setLabel("Quarter");
        quarter.setWidth("19em");
        quarter.setItems(quarters());
        quarter.setItemLabelGenerator(period -> period.label() + " (" + period.shortLabel() + ")");
        quarter.setValue(ReportingPeriod.quarterOf(today));
        from.setId("from");
        to.setId("to");
        from.setLocale(Locale.UK);
        to.setLocale(Locale.UK);
        from.setValue(today.withDayOfMonth(1));
        to.setValue(today);
        from.setMax(today);
        to.setMax(today);
        kind.addValueChangeListener(e -> periodFields());
        periodFields();

        show.setId("show");
        show.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        show.addClickListener(e -> showFigures());
        Div when = new Div(kind, year, quarter, from, to);
        when.addClassName("report-choice");
        FlexLayout choices = new FlexLayout(who, when);
        choices.addClassName("report-choices");
        Div form = new Div(choices, show);
        form.addClassName("report-form");
        return form;
    }

    /** "Select all in Kent": a county-wide report in one click. */
    private Component countyButtons() {
        Div buttons = new Div();
        buttons.addClassName("county-buttons");
        Map<String, List<ReportingArea>> counties = new LinkedHashMap<>();
        areas.forEach(area -> counties.computeIfAbsent(area.county(), any -> new ArrayList<>()).add(area));
        counties.forEach((county, inCounty) -> {
            Button all = new Button("All of " + county, e -> partnerships.setValue(new LinkedHashSet<>(inCounty)));
            all.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            buttons.add(all);
        });
        Button every = new Button("All partnerships", e -> partnerships.setValue(new LinkedHashSet<>(areas)));
        every.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        buttons.add(every);
        return buttons;
    }

    private void periodFields() {
        PeriodKind chosen = kind.getValue();
        year.setVisible(chosen == PeriodKind.FINANCIAL_YEAR || chosen == PeriodKind.CALENDAR_YEAR);
        quarter.setVisible(chosen == PeriodKind.QUARTER);
        from.setVisible(chosen == PeriodKind.DATES);
        to.setVisible(chosen == PeriodKind.DATES);
        if (chosen == PeriodKind.FINANCIAL_YEAR || chosen == PeriodKind.CALENDAR_YEAR) {
            List<ReportingPeriod> years = new ArrayList<>();
            ReportingPeriod current = chosen == PeriodKind.FINANCIAL_YEAR ? ReportingPeriod.financialYearOf(today)
                    : ReportingPeriod.calendarYear(Year.from(today).getValue());
            for (int i = 0; i <= YEARS_BACK; i++) {
                years.add(current);
                current = current.previous();
            }
            year.setItems(years);
            year.setValue(years.getFirst());
        }
    }

    private List<ReportingPeriod> quarters() {
        List<ReportingPeriod> quarters = new ArrayList<>();
        ReportingPeriod current = ReportingPeriod.quarterOf(today);
        for (int i = 0; i < 4 * YEARS_BACK; i++) {
            quarters.add(current);
            current = current.previous();
        }
        return quarters;
    }

    /** The period chosen, or null with the field's error shown. */
    private @Nullable ReportingPeriod period() {
        from.setInvalid(false);
        to.setInvalid(false);
        return switch (kind.getValue()) {
            case FINANCIAL_YEAR, CALENDAR_YEAR -> year.getValue();
            case QUARTER -> quarter.getValue();
            case DATES -> {
                if (from.getValue() == null || from.isInvalid()) {
                    from.setErrorMessage("Enter the first day, for example 1/4/2025");
                    from.setInvalid(true);
                    yield null;
                }
                if (to.getValue() == null) {
                    to.setErrorMessage("Enter the last day, for example 31/3/2026");
                    to.setInvalid(true);
                    yield null;
                }
                if (to.getValue().isBefore(from.getValue())) {
                    to.setErrorMessage("The last day must be the same as or after the first day");
                    to.setInvalid(true);
                    yield null;
                }
                yield ReportingPeriod.between(from.getValue(), to.getValue());
            }
        };
    }

    void showFigures() {
        results.removeAll();
        partnerships.setInvalid(false);
        ReportingPeriod period = period();
        if (period == null) {
            return;
        }
        List<Long> chosen = (areas.size() == 1 ? areas : List.copyOf(partnerships.getValue())).stream()
                .map(ReportingArea::id).toList();
        if (chosen.isEmpty()) {
            partnerships.setErrorMessage("Choose at least one partnership");
            partnerships.setInvalid(true);
            return;
        }
        Figures figures;
        try {
            figures = statistics.figures(chosen, period);
        } catch (ActionRefusedException e) {
            partnerships.setErrorMessage(e.getMessage());
            partnerships.setInvalid(true);
            return;
        }
        H2 heading = new H2(figures.areaNames() + ": " + period.label());
        heading.setId("results-heading");
        Paragraph summary = new Paragraph(FiguresProse.summary(figures));
        summary.setId("summary");
        summary.addClassName("figures-summary");
        results.add(heading, summary, downloads(figures), charts(figures), tables(figures), rules());
    }

    private Component downloads(Figures figures) {
        Anchor csv = download("Download the figures (CSV)", FiguresCsv.fileName(figures, "csv"), "text/csv",
                () -> FiguresCsv.csv(figures));
        csv.setId("download-csv");
        Anchor pdf = download("Download the report for the partnership and the Commissioner (PDF)",
                FiguresCsv.fileName(figures, "pdf"), "application/pdf", () -> report.pdf(figures));
        pdf.setId("download-pdf");
        Div links = new Div(csv, pdf);
        links.addClassName("report-downloads");
        return links;
    }

    private static Anchor download(String text, String fileName, String type, Supplier<byte[]> content) {
        Anchor link = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] bytes = content.get();
            return new DownloadResponse(new ByteArrayInputStream(bytes), fileName, type, bytes.length);
        }), text);
        link.setDownload(true);
        return link;
    }

    private Component charts(Figures figures) {
        Figures.Applications applications = figures.applications();
        Div charts = new Div();
        charts.setId("charts");
        charts.addClassName("report-charts");
        charts.add(chart("statutory", "The figures the Act asks for", SvgCharts.bars("The figures the Act asks for",
                List.of(new SvgCharts.Bar("Applications received", figures.received()),
                        new SvgCharts.Bar("Threshold not met", figures.thresholdNotMet()),
                        new SvgCharts.Bar("Case reviews carried out", figures.reviewsCarriedOut()),
                        new SvgCharts.Bar("Reviews with recommendations", figures.reviewsWithRecommendations())))));
        List<SvgCharts.Bar> outcomes = new ArrayList<>();
        for (MetBy route : MetBy.values()) {
            outcomes.add(new SvgCharts.Bar("Met: " + route.label(), applications.metBy().get(route)));
        }
        outcomes.add(new SvgCharts.Bar("Not met", applications.thresholdNotMet() - applications.excluded()));
        outcomes.add(new SvgCharts.Bar("Excluded", applications.excluded()));
        outcomes.add(new SvgCharts.Bar("Awaiting a decision", applications.awaitingDecision()));
        outcomes.add(new SvgCharts.Bar("Withdrawn or closed first", applications.closedBeforeDecision()));
        charts.add(chart("threshold", "The threshold decision, by route", SvgCharts.bars(
                "The threshold decision, by route", outcomes)));
        charts.add(chart("channels", "How applications were made", SvgCharts.bars("How applications were made",
                applications.byChannel().entrySet().stream()
                        .map(e -> new SvgCharts.Bar(e.getKey().label(), e.getValue())).toList())));
        charts.add(chart("over-time", "Applications received over time", SvgCharts.columns(
                "Applications received " + (byYear(figures) ? "each year" : "each month"), overTime(figures))));
        List<SvgCharts.Stack> agencies = figures.recommendations().stream()
                .map(a -> new SvgCharts.Stack(a.agencyLabel(), new long[]{a.willAct(), a.willNotAct(),
                        a.awaitingResponse()})).toList();
        charts.add(chart("recommendations", "Recommendations issued, and the agencies' answers", SvgCharts.stacked(
                "Recommendations issued, and the agencies' answers", List.of("Accepted", "Not accepted",
                        "No answer yet"), agencies)));
        return charts;
    }

    /** More than two years of months is too many columns: show years instead. */
    private static boolean byYear(Figures figures) {
        return figures.period().from().plusMonths(24).isBefore(figures.period().to());
    }

    private static List<SvgCharts.Bar> overTime(Figures figures) {
        Map<String, Long> columns = new LinkedHashMap<>();
        boolean byYear = byYear(figures);
        YearMonth month = YearMonth.from(figures.period().from());
        YearMonth last = YearMonth.from(figures.period().to());
        while (!month.isAfter(last)) {
            String key = byYear ? String.valueOf(month.getYear()) : MONTH.format(month);
            columns.merge(key, figures.applications().byMonth().getOrDefault(month, 0L), Long::sum);
            month = month.plusMonths(1);
        }
        return columns.entrySet().stream().map(e -> new SvgCharts.Bar(e.getKey(), e.getValue())).toList();
    }

    private static Component chart(String id, String alt, String svg) {
        byte[] bytes = svg.getBytes(StandardCharsets.UTF_8);
        Image image = new Image(DownloadHandler.fromInputStream(event -> new DownloadResponse(
                new ByteArrayInputStream(bytes), id + ".svg", "image/svg+xml", bytes.length)).inline(),
                alt + ". The same figures are in the tables below.");
        image.setId("chart-" + id);
        image.addClassName("report-chart");
        return image;
    }

    private Component tables(Figures figures) {
        Div tables = new Div();
        tables.setId("tables");
        Map<String, List<FiguresTable.Row>> sections = new LinkedHashMap<>();
        FiguresTable.rows(figures).forEach(row -> sections.computeIfAbsent(row.section(), any -> new ArrayList<>())
                .add(row));
        sections.forEach((section, rows) -> {
            NativeTable table = new NativeTable();
            table.addClassName("figures-table");
            table.setCaptionText(section + ", " + figures.period().label());
            NativeTableRow head = table.getHead().addRow();
            head.add(header("Measure", "col"), header("Count", "col"));
            NativeTableBody body = table.getBody();
            for (FiguresTable.Row row : rows) {
                NativeTableRow line = body.addRow();
                line.add(header(row.measure(), "row"));
                line.addDataCell().setText(String.format(Locale.UK, "%,d", row.count()));
            }
            tables.add(table);
        });
        return tables;
    }

    private static NativeTableHeaderCell header(String text, String scope) {
        NativeTableHeaderCell cell = new NativeTableHeaderCell(text);
        cell.getElement().setAttribute("scope", scope);
        return cell;
    }

    private static Component rules() {
        Div rules = new Div(new H2("How the figures are counted"));
        FiguresProse.COUNTING_RULES.forEach(rule -> rules.add(new Paragraph(rule)));
        rules.setId("counting-rules");
        return rules;
    }
}
