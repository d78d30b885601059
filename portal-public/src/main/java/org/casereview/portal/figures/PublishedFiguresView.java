package org.casereview.portal.figures;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.OptionalParameter;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.casereview.statistics.Figures;
import org.casereview.statistics.FiguresProse;
import org.casereview.statistics.PublishedFigures;
import org.casereview.statistics.ReportingArea;
import org.casereview.statistics.YearBasis;
import org.jspecify.annotations.Nullable;

import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The figures each partnership publishes, made from the cases whenever the page is opened: at {@code /figures} the
 * council areas, at {@code /figures/<area>} one area's figures by year (financial or calendar, as the partnership
 * publishes), in a table and in words. Only counts; small numbers are shown as they are, as the councils publish them.
 */
@Route("figures")
@AnonymousAllowed
public class PublishedFiguresView extends Main implements HasUrlParameter<String>, HasDynamicTitle {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private final PublishedFigures published;
    private String title = "";

    PublishedFiguresView(PublishedFigures published) {
        this.published = published;
        addClassName("page");
        addClassName("figures-page");
    }

    @Override
    public void setParameter(BeforeEvent event, @OptionalParameter @Nullable String code) {
        removeAll();
        if (code == null || code.isBlank()) {
            areas();
            return;
        }
        published.area(code).ifPresentOrElse(this::area, () -> {
            heading(t("figures.unknown.heading"));
            add(new Paragraph(t("figures.unknown.text")));
            areaList();
        });
    }

    private void areas() {
        heading(t("figures.heading"));
        add(new Paragraph(t("figures.intro")), new Paragraph(t("figures.counted")));
        areaList();
    }

    private void areaList() {
        Map<String, List<ReportingArea>> counties = new LinkedHashMap<>();
        published.areas().forEach(area -> counties.computeIfAbsent(area.county(), any -> new java.util.ArrayList<>())
                .add(area));
        Div list = new Div();
        list.setId("areas");
        counties.forEach((county, areas) -> {
            UnorderedList links = new UnorderedList();
            areas.forEach(area -> links.add(new ListItem(new RouterLink(area.name(), PublishedFiguresView.class,
                    area.code()))));
            list.add(new H2(county), links);
        });
        add(list);
    }

    private void area(ReportingArea area) {
        List<Figures> years = published.years(area);
        heading(t("figures.area.heading", area.name()));
        add(new Paragraph(t("figures.area.intro", area.name())),
                new Paragraph(t(area.basis() == YearBasis.FINANCIAL ? "figures.basis.financial"
                        : "figures.basis.calendar")),
                new Paragraph(t("figures.updated", DAY.format(published.today()))));

        NativeTable table = new NativeTable();
        table.setId("figures-table");
        table.addClassName("figures-table");
        table.setCaptionText(t("figures.table.caption", area.name()));
        NativeTableRow head = table.getHead().addRow();
        head.add(header(t("figures.column.year"), "col"), header(t("figures.column.received"), "col"),
                header(t("figures.column.not-met"), "col"), header(t("figures.column.reviews"), "col"),
                header(t("figures.column.recommendations"), "col"));
        for (Figures year : years) {
            NativeTableRow row = table.getBody().addRow();
            row.add(header(yearName(year), "row"));
            for (long count : new long[]{year.received(), year.thresholdNotMet(), year.reviewsCarriedOut(),
                    year.reviewsWithRecommendations()}) {
                row.addDataCell().setText(String.format(Locale.UK, "%,d", count));
            }
        }
        Div scroll = new Div(table);
        scroll.addClassName("table-scroll");
        // On a narrow screen the table scrolls sideways: the keyboard can reach and scroll it too.
        scroll.getElement().setAttribute("tabindex", "0");
        scroll.getElement().setAttribute("role", "region");
        scroll.getElement().setAttribute("aria-label", table.getCaptionText());
        add(scroll);

        add(new H2(t("figures.words.heading")));
        Div words = new Div();
        words.setId("figures-in-words");
        for (Figures year : years) {
            words.add(new H3(yearName(year)), new Paragraph(FiguresProse.summary(year)));
        }
        add(words, new Paragraph(t("figures.counted")));
        RouterLink all = new RouterLink(t("figures.all-areas"), PublishedFiguresView.class);
        all.setId("all-areas");
        add(new Paragraph(all), new Paragraph(new Anchor("/", t("figures.apply"))));
    }

    private String yearName(Figures year) {
        String name = year.period().kind() == org.casereview.statistics.ReportingPeriod.Kind.FINANCIAL_YEAR
                ? t("figures.year.financial", year.period().shortLabel(), year.period().label())
                : year.period().shortLabel();
        return year.period().isUnderway(year.asOf()) ? t("figures.year.so-far", name) : name;
    }

    private void heading(String text) {
        H1 heading = new H1(text);
        heading.setId("page-heading");
        heading.getElement().setAttribute("tabindex", "-1");
        add(heading);
        title = t("figures.title", text);
    }

    private static NativeTableHeaderCell header(String text, String scope) {
        NativeTableHeaderCell cell = new NativeTableHeaderCell(text);
        cell.getElement().setAttribute("scope", scope);
        return cell;
    }

    private String t(String key, Object... args) {
        return getTranslation(key, args);
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
