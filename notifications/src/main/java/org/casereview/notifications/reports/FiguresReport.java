package org.casereview.notifications.reports;

import org.casereview.notifications.templates.TemplateEngines;
import org.casereview.notifications.letters.LetterRenderer;
import org.casereview.statistics.Figures;
import org.casereview.statistics.FiguresProse;
import org.casereview.statistics.FiguresTable;
import org.springframework.stereotype.Component;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.templatemode.TemplateMode;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The figures as a printable report for the partnership and the Office of the Police and Crime Commissioner: who and
 * which period, the summary in words, then every figure in tables. Rendered from {@code templates/reports/figures.html}
 * (well-formed XHTML) to PDF by the letters' renderer.
 */
@Component
public class FiguresReport {

    private final TemplateEngine engine = TemplateEngines.of("templates/reports/", TemplateMode.HTML, ".html");
    private final LetterRenderer renderer;

    FiguresReport(LetterRenderer renderer) {
        this.renderer = renderer;
    }

    public String html(Figures figures) {
        Map<String, List<FiguresTable.Row>> sections = new LinkedHashMap<>();
        for (FiguresTable.Row row : FiguresTable.rows(figures)) {
            sections.computeIfAbsent(row.section(), any -> new java.util.ArrayList<>()).add(row);
        }
        Context context = new Context(Locale.UK, Map.of(
                "figures", figures,
                "summary", FiguresProse.summary(figures),
                "audience", "For the " + figures.areaNames() + " Community Safety "
                        + (figures.areas().size() == 1 ? "Partnership" : "Partnerships")
                        + " and the Office of the Police and Crime Commissioner",
                "sections", sections,
                "rules", FiguresProse.COUNTING_RULES));
        return engine.process("figures", context);
    }

    public byte[] pdf(Figures figures) {
        return renderer.pdf(html(figures));
    }
}
